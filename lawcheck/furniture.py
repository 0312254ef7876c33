"""One line-role pass for every format: page furniture is never report text.

Auditors get web pages saved as .html, but also page text pasted into .txt and
.docx, so the same furniture turns up everywhere: site banners and clocks
("今天是：2020年5月6日 星期三"), breadcrumbs, 无障碍/简体|繁体 switches, 索引号/
发文字号/成文日期 blocks (one per line or a table, label and value in separate
cells), 签发人 and 密级 marks, aggregator watermarks (also injected mid-sentence),
related links, 上一篇/下一篇, 【打印本页】【关闭窗口】, footers with 网站标识码/ICP,
dotted table-of-contents lines. ``prepare`` marks such paragraphs with the role
hint ``"furniture"`` (the outliner leaves them out of the report) and lifts
发布日期/来源/发文字号/成文日期 from them into ``RawDocument.meta``. The text is
never changed: a watermark inside a sentence becomes its own paragraph span.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .linebreaks import TooManyParagraphs, recover
from .metadata import ISSUER_TAIL, TITLE_AFTER_ISSUER, read_date
from .model import RawDocument, RawParagraph
from .normalize import PREFILTER_MIN, anchors, finditer, first_chars, quick, simplified_spans

FURNITURE = "furniture"

_LABELS = ("索引号|发文字号|文号|主题分类|体裁分类|题材分类|服务对象分类|成文日期|发布机构|发布单位|发文机关|发文单位|有效性|"
           "公开方式|公开范围|公开时限|公开属性|组配分类|生成日期|信息分类|所属机构|所属主题|公文种类|文件编号|主题词|时效性|"
           "生效日期|废止日期|信息来源|文章来源|来源|发布日期|发布时间|发表时间|更新时间|更新日期|浏览次数|访问次数|点击数|"
           "点击量|点击率|阅读数|阅读量|阅读次数|浏览量|作者|责任编辑|编辑|审核|校对|栏目|所属栏目|频道|字号|字体|签发人|密级|"
           "紧急程度|保密期限|份号|信息名称|内容概述|分享到|时间|日期")
_LABEL_LINE = re.compile(rf"^[【\[]?(?:{_LABELS})[】\]]?[:：]")
_LABEL_ONLY = re.compile(rf"^(?:{_LABELS})[:：]?$")
_PAIR = re.compile(rf"({_LABELS})\s*[:：]?\s*(.*?)(?=\s*(?:{_LABELS})\s*[:：]?|$)")
_LABEL_WORD = re.compile(_LABELS)
_RELATED = re.compile(r"^(?:相关链接|相关文章|相关阅读|相关信息|相关新闻|相关文件|相关稿件|相关附件|推荐阅读|延伸阅读|热点推荐|"
                      r"热门文章|热门推荐|猜你喜欢|最新文章|最新发布|您可能感兴趣的?(?:文章)?|更多(?:文章|新闻|信息|阅读)?)[:：>»]*$")
_PREV_NEXT = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)[:：]?")
_SITE = "秘书之家|第一范文网|范文网|范文之家|文秘网|公文网|百度文库|原创力文档|道客巴巴|豆丁网"
_PHRASE = "全网资源每日更新|资源每日更新|更多范文|范文大全|免费下载|文档下载|下载本文"
_URL = r"(?:https?://)?www\.(?![A-Za-z0-9.-]*gov\.cn)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9\-./?=&%_]*)?"
_SEP = r"[—\-－_|｜:：\s]{0,3}"
WATERMARK = re.compile(rf"(?:{_SITE})(?:{_SEP}(?:{_PHRASE}))?(?:{_SEP}{_URL})?|(?:{_PHRASE})(?:{_SEP}{_URL})?|{_URL}")
_MARKER = re.compile(r"^(?:第[一二三四五六七八九十]+(?:部分|章)|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．])")

# (pattern, longest line it may match): whole-line furniture wherever it stands.
_ANYWHERE = (
    (re.compile(r"^(?:您?(?:当前|现在)?(?:所在)?的?位置|当前位置|所在位置)[:：]?"), 200),
    (re.compile(r"^(?:网站)?首页[>»›/]|^[^>»›]{1,12}首页[>»›]|^(?:[^>»›]{1,15}[>»›]){3,}"), 200),  # breadcrumbs
    (re.compile(r"^今天是"), 60),
    (re.compile(r"^(?:网友评论|网友留言|精选留言|发表评论|评论区|留言板|我要评论)$|^打印时间[:：]"), 40),
    (re.compile(r"^▲\s*(?:图|上图|下图)"), 80),  # a photo caption in a WeChat article
    (re.compile(r"^(?:分享到|微信|微博|QQ空间|朋友圈|QQ好友|复制链接)[:：]?$"), 8),
    (re.compile(r"\d{4}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}日?(?:星期|周|礼拜)[一二三四五六日天]"), 60),
    (re.compile(r"^(?:无障碍|长者模式|关怀版|适老化|读屏专用|English|手机版|移动版|设为首页|加入收藏|网站地图|智能问答)"), 60),
    (re.compile(r"^(?:登录|注册|搜索|简体|繁体|繁體)"), 12),
    (re.compile(r"简体[|｜/]?繁[体體]|繁[体體][|｜/]?简体"), 80),
    (re.compile(r"欢迎(?:您)?(?:访问|来到|光临)"), 60),
    (re.compile(r"(?:门户网站|政府网|网站|官网|政务网|公众网)$"), 30),
    (_LABEL_LINE, 300),
    (_LABEL_ONLY, 20),
    (re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【(（]\d{4}[〕\]］】)）]\d{1,4}号$"), 30),  # 发文字号: 枫府报〔2025〕3号
    (re.compile(r"^(?:特急|加急|平急|特提|急件|绝密|机密|秘密)(?:★.*)?$|^★\s*(?:\d+\s*(?:年|个月))?$"), 20),  # ★ alone: a secrecy mark
    (re.compile(r"网站标识码|ICP备|ICP证|公网安备|版权所有|^(?:主办|承办|协办)单位|^技术支持|^联系我们|Copyright|©|"
                r"建议使用.{0,30}浏览器|分辨率"), 150),
    (re.compile(r"打印本页|关闭窗口|打印此页|关闭本页|打印文章|【打印】|【关闭】|\[打印\]|\[关闭\]|返回顶部|收藏本页|【返回】|\[返回\]|"
                r"【字[体号]|【大中小】|\[大中小\]"), 80),
    (re.compile(r"^(?:扫一扫|手机扫码|微信扫|分享到|分享至)"), 40),
    (_PREV_NEXT, 120),
    (_RELATED, 30),
    (re.compile(r"^(?:声明|免责声明|原文链接|原文地址|本文链接|转载请注明|版权声明|文章出处)[:：]"), 300),
    (re.compile(r"^目录$"), 4),
)


def _by_length(table):
    """The test of ``table`` per length class: patterns anchored with ^ by first character, one regex for the rest.

    For a line of length n, every pattern whose limit is at least n. An anchored pattern can only
    match a line that starts with one of its first characters, so only those are tried
    (``_anchored``). The others are joined in one alternation (a search of "a|b" finds a match
    exactly when "a" or "b" would), tried only when the line holds one of its anchors.
    """
    from re import _constants as sc, _parser as sp

    limits = sorted({limit for _, limit in table})
    anchored, free = [], []
    for rx, limit in table:
        items = sp.parse(rx.pattern).data
        if rx.pattern.startswith("^") and items and items[0] == (sc.AT, sc.AT_BEGINNING):
            anchored.append((rx, limit, first_chars(rx)))
        else:
            free.append((rx.pattern, limit))
    joined: dict[str, tuple | None] = {"": None}  # length classes with the same patterns share one regex
    for n in limits:
        alts = "|".join(f"(?:{p})" for p, limit in free if limit >= n)
        if alts not in joined:
            rx = re.compile(alts)
            # Every match holds one of the anchors: a line without any is decided by one literal scan.
            joined[alts] = (anchors(rx), quick(rx))
    return limits, anchored, [joined["|".join(f"(?:{p})" for p, limit in free if limit >= n)] for n in limits]


_LIMITS, _ANCHORED, _FREE_BY_LENGTH = _by_length(_ANYWHERE)
_ANCHORED_BY_FIRST: list[dict[str, re.Pattern | None]] = [{} for _ in _LIMITS]


def _anchored(k: int, first: str) -> re.Pattern | None:
    """The anchored patterns of length class ``k`` that a line starting with ``first`` may match, as one regex
    (``match`` of "(?:a)|(?:b)" finds a match exactly when one of them would), or None."""
    cache = _ANCHORED_BY_FIRST[k]
    if first not in cache:
        if len(cache) > 20_000:
            cache.clear()
        alts = "|".join(f"(?:{rx.pattern[1:]})" for rx, limit, chars in _ANCHORED  # each starts with ^: match()
                        if limit >= _LIMITS[k] and (chars is None or chars.match(first)))  # anchors them
        # Most first characters select the same patterns: one compiled regex each, not one per character.
        if alts and alts not in _ANCHORED_JOINED:
            _ANCHORED_JOINED[alts] = re.compile(alts)
        cache[first] = _ANCHORED_JOINED[alts] if alts else None
    return cache[first]


_ANCHORED_JOINED: dict[str, re.Pattern] = {}


_LABELS_AT_START = re.compile(_LABELS)
_WATERMARK_QUICK = quick(WATERMARK)
_WATERMARK_ANCHORS = anchors(WATERMARK)
_TOC = quick(re.compile(r"(?:[.．·…⋯_\-]\s*){4,}\d{1,3}$|…{2,}\s*\d{1,3}$"))
_TAB_TOC = re.compile(r"^\s*(?:第[一二三四五六七八九十]+(?:部分|章)|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])"
                      r"[^\t]{2,60}\t+\s*\d{1,3}\s*$")
_BARE_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?$"
                        r"|^\d{4}年\d{1,2}月\d{1,2}日\d{1,2}:\d{2}")
_SHORT_LEADER = re.compile(r"[^.．·…\d](?:[.．·…]){2,3}\d{1,3}$")
_COMMENT = re.compile(r"(?:游客|网友|匿名用户|热心市民)\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_DISCLAIMER = re.compile(r"(?:免责声明|版权声明)[:：]|如有侵权|侵权请联系|版权归原作者")
_TITLEISH = re.compile(r"报告|情况|总结|要点|方案|意见|计划|安排|清单|解读|通知")
_TOPIC = re.compile(r"法治|年度|\d{4}年|关于|[〇一二]{4}年")
_TITLE_HEAD = re.compile(r"关于.{0,30}(?:\d{4}|[〇一二]{4})年度?$|(?:\d{4}|[〇一二]{4})年度$")


def prepare(raw: RawDocument) -> RawDocument:
    """Recover lost line breaks, split off inline watermarks, mark furniture, lift page metadata."""
    from .read import MAX_PARAGRAPHS, too_large

    try:
        paras = recover(raw.text, raw.paragraphs, raw.format, MAX_PARAGRAPHS)
    except TooManyParagraphs as exc:
        # A flattened text with hundreds of thousands of inline markers: refused before it is cut.
        raise too_large(raw.path, "按编号恢复换行后的段落至少", exc.count, MAX_PARAGRAPHS, "段") from None
    paras = _split_watermarks(raw.text, paras, raw.format)
    paras = _split_chrome(raw.text, paras)
    if len(paras) > MAX_PARAGRAPHS:
        raise too_large(raw.path, "恢复换行、拆出水印后的段落", len(paras), MAX_PARAGRAPHS, "段")
    spaced = simplified_spans(raw.text, [(p.start, p.end) for p in paras])
    lines = ["".join(s.split()) for s in spaced]  # white space removed (split() splits where \s matches)
    roles = line_roles(lines, spaced, [p.role for p in paras])
    paras = [replace(p, role=r) if r != p.role else p for p, r in zip(paras, roles)]
    meta = dict(raw.meta)
    for key, value in page_meta(spaced, roles).items():
        if meta.get(key) is None:
            meta[key] = value
    return replace(raw, paragraphs=paras, meta=meta)


def _split_watermarks(text: str, paras: list[RawParagraph], fmt: str) -> list[RawParagraph]:
    if _WATERMARK_ANCHORS is not None and not _WATERMARK_ANCHORS.search(text):
        return list(paras)  # every watermark holds one of these strings, and none occurs anywhere
    out = []
    for p in paras:
        s = text[p.start : p.end]
        marks: list[list[int]] = []
        for m in (finditer(WATERMARK, s) if len(s) >= PREFILTER_MIN else _WATERMARK_QUICK.finditer(s)):
            if m.end() <= m.start():
                continue
            # "范文大全_秘书之家": neighbouring marks joined by separators are one watermark.
            if marks and re.fullmatch(r"[—\-－_|｜:：\s]*", s[marks[-1][1] : m.start()]):
                marks[-1][1] = m.end()
            else:
                marks.append([m.start(), m.end()])
        if marks and re.fullmatch(r"[—\-－_|｜:：\s]+", s[max(0, marks[0][0] - 1) : marks[0][0]] or "x"):
            marks[0][0] -= 1  # the separator before a trailing watermark belongs to it
        if not marks:
            out.append(p)
            continue
        cuts = sorted({c for span in marks for c in span} | {0, len(s)})
        first = True
        for a, b in zip(cuts, cuts[1:]):
            piece = s[a:b]
            a2, b2 = a + len(piece) - len(piece.lstrip()), b - (len(piece) - len(piece.rstrip()))
            if b2 <= a2:
                continue
            is_mark = any(ms <= a < me for ms, me in marks)
            start, end = p.start + a2, p.start + b2
            out.append(replace(p, start=start, end=end, role=FURNITURE if is_mark else p.role,
                               source_index=p.source_index if fmt != "docx" or (a2, b2) == (0, len(s)) else None,
                               lead_end=p.lead_end if p.lead_end is not None and start < p.lead_end <= end else None,
                               style_level=p.style_level if first else None,
                               auto_number=p.auto_number if first else None))
            first = False
    return out


# A page header copied as one line: "首页 > 法治建设 > 年度报告　报告标题　发布时间:2025-03-28 来源:…　阅读:1024".
_CHROME_LINE = re.compile(r"(?:首页|当前位置|您的位置)\s*[>＞»]|[>＞»][^>＞»\n]{1,12}[>＞»]|"
                          r"(?:发布时间|发布日期|更新时间|来源|浏览次数|阅读次数|点击数)\s*[:：]")
_GAP = re.compile(r"[\u3000]+|[ \t\xa0]{2,}")
_LABEL_GAP = re.compile(r"[ \t\xa0](?=(?:来源|发布时间|发布日期|更新时间|浏览次数|阅读次数|点击数|字号)\s*[:：])")
_CHROME_VALUE = re.compile(r"(?:浏览次数|阅读次数|点击数|点击量|访问量|发布时间|发布日期|更新时间)[:：]\s*"
                           r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d+)"
                           r"(?![\d年月日:/.\-])(?=[\u4e00-\u9fff])")
MAX_CHROME_LINE = 300


def _split_chrome(text: str, paras: list[RawParagraph]) -> list[RawParagraph]:
    """Cut a page-header line at its wide gaps, so the breadcrumb, the title and the 发布时间 block
    are lines of their own (and each gets its role)."""
    out: list[RawParagraph] = []
    for p in paras:
        if p.end - p.start > MAX_CHROME_LINE * 40 or not _CHROME_LINE.search(text, p.start, min(p.end, p.start + MAX_CHROME_LINE)):
            out.append(p)
            continue
        s = text[p.start : p.end]
        head = s[:MAX_CHROME_LINE]
        # "浏览次数：316青石县交通运输局2023年……": the counter's value ends where the text begins.
        values = [m.end() for m in _CHROME_VALUE.finditer(head)]
        gaps = [(m.start(), m.end()) for m in _GAP.finditer(head)] if p.end - p.start <= MAX_CHROME_LINE else []
        gaps += [(m.start(), m.end()) for m in _LABEL_GAP.finditer(head)]  # "……报告 来源：…… 发布时间：……"
        if not gaps and not values:
            out.append(p)
            continue
        cuts = [0] + [c for a, b in gaps for c in (a, b)] + [c for v in values for c in (v, v)] + [len(s)]
        cuts.sort()
        pieces = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if s[a:b].strip()]
        for k, (a, b) in enumerate(pieces):
            out.append(replace(p, start=p.start + a, end=p.start + b, source_index=p.source_index if len(pieces) == 1 else None,
                               lead_end=None, style_level=p.style_level if k == 0 else None,
                               auto_number=p.auto_number if k == 0 else None))
    return out


def _furniture(line: str) -> bool:
    n = len(line)
    if n <= 200 and (_TOC.search(line) or _DISCLAIMER.search(line, 0, 60) or _COMMENT.match(line)):
        return True  # a dotted contents line; a site's disclaimer, a visitor's comment (sentences, never the report's)
    if _MARKER.match(line):
        # A numbered heading is never page furniture, unless it is a contents line whose leader the layout
        # squeezed: "三、……第一责任人职责情况..2".
        return n <= 120 and _SHORT_LEADER.search(line) is not None
    if n > 30 and line.endswith("。"):
        return False  # a sentence is never page furniture
    if n <= 150 and _LABELS_AT_START.match(line) and len(_LABEL_WORD.findall(line)) >= 2 \
            and not re.search(r"[,，。;；]", line):
        return True  # a metadata table row read as one line: "索引号……主题分类政务公开"
    k = bisect.bisect_left(_LIMITS, n)
    if k == len(_LIMITS):
        return False
    if not line:
        return any(rx.search(line) for rx, _ in _ANYWHERE)
    anchored = _anchored(k, line[0])
    if anchored is not None and anchored.match(line):
        return True
    free = _FREE_BY_LENGTH[k]
    return bool(free and (free[0] is None or free[0].search(line)) and free[1].search(line))


def _value_cell(line: str) -> bool:
    """What may follow a bare label ("发布机构" / "青石县公安局"): short, not a sentence, heading or title."""
    return (len(line) <= 50 and not line.endswith("。") and not _MARKER.match(line)
            and not (_TITLEISH.search(line) and _TOPIC.search(line)))


def line_roles(lines: list[str], spaced: list[str], hints: list[str | None]) -> list[str | None]:
    """"furniture" or the reader's hint, per line (lines: simplified text without white space)."""
    n = len(lines)
    roles = list(hints)
    i = 0
    while i < n:
        line = lines[i]
        if roles[i] != FURNITURE and _TAB_TOC.search(spaced[i]):
            roles[i] = FURNITURE  # a Word table of contents pasted as text: "一、……<tab>3"
        if roles[i] == FURNITURE or not _furniture(line):
            i += 1
            continue
        roles[i] = FURNITURE
        if _RELATED.match(line):
            # A list of other articles follows: short lines up to the next real paragraph.
            j = i + 1
            while j < n and len(lines[j]) <= 80 and not _MARKER.match(lines[j]):
                roles[j] = FURNITURE
                j += 1
            i = j
            continue
        if (_LABEL_ONLY.match(line) or _PREV_NEXT.fullmatch(line)) and i + 1 < n and _value_cell(lines[i + 1]):
            roles[i + 1] = FURNITURE  # the value cell of a label cell
            i += 2
            continue
        i += 1
    _front(lines, spaced, roles)
    return roles


def _front(lines: list[str], spaced: list[str], roles: list[str | None]) -> None:
    """Before the first real paragraph: bare dates, value cells, menus, and short lines above the title."""
    first = next((i for i, s in enumerate(lines) if roles[i] != FURNITURE and (
        _MARKER.match(s) or (len(s) >= 40 and re.search(r"[,，。;；]", s)))), len(lines))
    for i in range(first):
        if roles[i] == FURNITURE:
            continue
        s = lines[i]
        tokens = spaced[i].split()
        if _BARE_DATE.match(s) or (len(s) <= 40 and not re.search(r"[\u4e00-\u9fff]", s)) or (
                len(tokens) >= 3 and all(len(t) <= 8 for t in tokens) and not re.search(r"[,，。:：;；]", s)):
            roles[i] = FURNITURE
    title = next((i for i in range(min(first, 14)) if roles[i] != FURNITURE and len(lines[i]) <= 80
                  and _TITLEISH.search(lines[i]) and _TOPIC.search(lines[i]) and "，" not in lines[i]
                  and "," not in lines[i] and not lines[i].endswith(("。", ":", "："))), None)
    if title is None:
        return
    # "中共枫林市委" / "枫林市人民政府" over "关于2024年度……的报告": issuer lines of a split title.
    issuers = set()
    if TITLE_AFTER_ISSUER.match(lines[title]):
        j = title - 1
        while j >= 0 and (roles[j] == FURNITURE or (len(lines[j]) <= 40 and ISSUER_TAIL.search(lines[j]))):
            if roles[j] != FURNITURE:
                issuers.add(j)
            j -= 1
    # "云岭省生态环境厅关于2025年度" over "法治政府建设工作情况的报告": the first half of a broken title.
    above = next((j for j in range(title - 1, -1, -1) if roles[j] != FURNITURE), None)
    if above is not None and len(lines[above]) <= 40 and _TITLE_HEAD.search(lines[above]):
        issuers.add(above)
    for i in range(title):
        s = lines[i]
        if roles[i] == FURNITURE or i in issuers or len(s) > 40 or re.search(r"[,，。;；]", s):
            continue
        roles[i] = FURNITURE


_PUBLISHED = ("发布日期", "发布时间", "发表时间")
_UPDATED = ("更新时间", "更新日期", "时间", "日期")


def page_meta(spaced: list[str], roles: list[str | None]) -> dict[str, str]:
    """发布日期, 来源, 发文字号, 成文日期, 签发人 from furniture lines (label and value on one line or two)."""
    found: dict[str, str] = {}
    for i, (line, role) in enumerate(zip(spaced, roles)):
        if role != FURNITURE:
            continue
        flat = line.strip()
        pairs = [(m.group(1), m.group(2).strip()) for m in _PAIR.finditer(flat)]
        if _LABEL_ONLY.match(re.sub(r"\s+", "", flat)) and i + 1 < len(spaced) and roles[i + 1] == FURNITURE:
            pairs = [(re.sub(r"[\s:：]", "", flat), spaced[i + 1].strip())]
        elif pairs and not pairs[-1][1] and i + 1 < len(spaced) and roles[i + 1] == FURNITURE:
            pairs[-1] = (pairs[-1][0], spaced[i + 1].strip())  # "来源：……发布时间：" over "2026-03-06 09:30"
        for label, value in pairs:
            if not value:
                continue
            key = ("published" if label in _PUBLISHED else "updated" if label in _UPDATED
                   else "source" if label in ("来源", "信息来源", "文章来源")
                   else "doc_number" if label in ("发文字号", "文号") else "written_date" if label in ("成文日期", "生成日期")
                   else "signer" if label == "签发人" else "publisher" if label in ("发布机构", "发布单位") else None)
            if key and key not in found:
                found[key] = value
    out: dict[str, str] = {}
    for key in ("published", "updated"):
        if key in found and "published_date" not in out and "published_unreadable" not in out:
            iso, verbatim = read_date(found[key])
            if iso:
                out["published_date"] = iso
            elif verbatim:
                out["published_unreadable"] = verbatim
    if "source" in found:
        m = re.match(r"[^\s|｜丨:：]{2,40}", found["source"])
        if m:
            out["source"] = m.group()
    for key in ("doc_number", "signer", "publisher"):
        if key in found:
            out[key] = found[key].split()[0][:40]
    if "written_date" in found:
        iso, _ = read_date(found["written_date"])
        if iso:
            out["written_date"] = iso
    return out

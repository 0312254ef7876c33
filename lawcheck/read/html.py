"""Saved government web pages: keep the article, keep 发布日期 and 来源 as metadata.

Pages come with navigation, breadcrumbs, an info line (发布日期 · 来源 · 浏览次数 ·
字号【大 中 小】), scripts, 【打印本页】【关闭窗口】, related links and footers. We
pick the element that holds the most running Chinese text with few links, then
drop the chrome lines that sites put inside the article box as well.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import RawDocument, RawParagraph
from ..normalize import to_simplified

_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "header", "footer",
              "aside", "select", "button", "input", "template", "svg", "object", "embed")
# A table cell is a line of its own, as in Word: "法律顾问" | "暂缺" must not read as "法律顾问暂缺未落实".
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "table",
               "section", "article", "blockquote", "ul", "ol", "dd", "dt", "dl", "center", "pre", "hr"}
_CANDIDATE = re.compile(r"article|content|zoom|trs_?editor|detail|text|main|conten|zw|artibody|view|body|wz|nr",
                        re.I)
# Lines that are page furniture even when they sit inside the article box.
_CHROME_LINE = re.compile(
    r"^(首页\s*[>＞»]|当前位置|您(现在)?的?位置|您所在的位置|发布(日期|时间)[:：]|来源[:：]|信息来源[:：]|文章来源[:：]|"
    r"浏览(次数)?[:：]|阅读(次数)?[:：]|点击(数|量|次数)?[:：]|字号[:：]?|【\s*(打印|关闭|收藏|返回|大\s*中\s*小)|"
    r"\[\s*(打印|关闭)|打印本页|关闭窗口|分享到|扫一扫|上一篇|下一篇|相关链接|相关文章|相关阅读|责任编辑|"
    r"索引号[:：]|发文字号[:：]|主题分类[:：]|体裁分类[:：]|发布机构[:：]|发布单位[:：]|成文日期[:：]|有效性[:：]|"
    r"公开方式[:：]|栏目[:：]|无障碍|简体\s*[|｜]\s*繁体|网站地图|主办单位[:：]|承办单位[:：]|版权所有|ICP备|网站标识码)"
)
_DATE = r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
# Most specific label first; the date follows on the same line, or is the whole next line (a table's value
# cell). An empty cell ("发布日期：" then another field) is common, so nothing else may come between.
_PUBLISHED = (
    re.compile(r"(?:发布日期|发布时间|发表时间|发文日期)[ \t]*[:：]?[ \t]*(?:\n[ \t]*(?=" + _DATE
               + r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*(?:\n|$)))?" + _DATE),
    re.compile(r"(?:更新时间|日期|时间)[ \t]*[:：][ \t]*" + _DATE),
)
_SOURCE = re.compile(r"(?:信息来源|文章来源|来源)\s*[:：]\s*([^\s|｜丨：:]{2,40})")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def decode_html(path: str, data: bytes) -> tuple[str, str] | None:
    """The page's text, or None to let the text decoder detect the encoding.

    Bytes that are valid UTF-8 are UTF-8 whatever the page declares (sites copy
    ``charset=iso-8859-1`` or ``utf-16`` templates onto UTF-8 pages); otherwise the
    declared charset is used when it decodes cleanly and, for a single-byte Western
    charset, when the result has Chinese in it.
    """
    from .text import decode, decode_wide

    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return None  # a byte order mark: the text decoder knows these
    if b"\x00" in data[:4096]:
        wide = decode_wide(data)  # UTF-16/32 without a byte order mark; else stray NULs in an 8-bit page
        if wide is not None:
            return wide[0].replace("\r\n", "\n").replace("\r", "\n"), wide[1]
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    enc = m.group(1).decode("ascii").lower()
    if enc in ("gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936"):
        enc = "gb18030"
    if enc.startswith(("utf-16", "utf-32", "utf16", "utf32", "utf-7", "utf7", "ucs")):
        return None  # declared, but the bytes are not that (no NULs): detect instead
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None
    if not re.search(r"[\u4e00-\u9fff]", text[:200_000]):
        try:
            return decode(path, data)  # e.g. GBK bytes labelled iso-8859-1
        except InputError:
            pass
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def read_html(path: str, text: str, encoding: str) -> RawDocument:
    from . import MAX_CHARS, MAX_PARAGRAPHS, too_large

    root = _parse(path, text)

    meta = _page_meta(root)
    # Metadata lines (发布日期, 来源) sit near the top: look at the first part of the page only.
    head, size = [], 0
    for t in root.itertext():
        t = t.strip()
        if t:
            head.append(t)
            size += len(t)
            if size > _META_SCAN:
                break
    full_text = to_simplified("\n".join(head))
    published = _published(meta, full_text)
    source = meta.get("contentsource") or _first(_SOURCE, full_text)

    from lxml import etree

    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_DROP_TAGS)):
        _drop(el)

    page_title = _page_title(root, meta)
    box, cjk = _article_box(root)
    if cjk > MAX_CHARS:
        raise too_large(path, "正文汉字", cjk, MAX_CHARS, "字")
    found = _lines(box) if box is not None else []
    found = [(ln, lead) for ln, lead in found if not _CHROME_LINE.match(to_simplified(ln[:80]))]
    leads = {i: lead for i, (_, lead) in enumerate(found) if lead}  # str: a bold lead; True: all bold
    lines = [ln for ln, _ in found]
    body_chars = sum(len(ln) for ln in lines if not (page_title and _same(page_title, ln)))
    if page_title and not any(_same(page_title, ln) for ln in lines[:3]):
        lines.insert(0, page_title)
        leads = {i + 1: lead for i, lead in leads.items()}
    # Title printed twice (page title + body title): keep one.
    while len(lines) > 1 and _same(lines[0], lines[1]):
        del lines[1]
        leads = {i - (i > 1): lead for i, lead in leads.items() if i != 1}
    if not lines or body_chars < 20:
        raise InputError(path, "网页中没有找到正文内容（只有标题、脚本或导航）", "请确认保存的是报告正文页面，而不是栏目列表页")

    if len(lines) > MAX_PARAGRAPHS:
        raise too_large(path, "段落", len(lines), MAX_PARAGRAPHS, "段")
    out, paras = [], []
    pos = 0
    for i, ln in enumerate(lines):
        lead = leads.get(i)
        paras.append(RawParagraph(pos, pos + len(ln), style_level=0 if (i == 0 and page_title and ln == page_title) else None,
                                  lead_end=pos + len(lead) if isinstance(lead, str) else None,
                                  emphasis=lead is True and len(ln) <= MAX_LEAD))
        out.append(ln)
        pos += len(ln) + 1
    doc = RawDocument(path, "html", "\n".join(out), paras, encoding)
    doc.meta = {"published_date": published, "source": source, "page_title": page_title}
    return doc


_META_SCAN = 200_000  # characters of page text searched for 发布日期 and 来源


def _parse(path: str, text: str):
    """The page as an lxml tree; nesting past libxml2's depth limit is flattened first."""
    from lxml import etree

    from . import MAX_HTML_DEPTH

    text = _XML_DECL.sub("", text, count=1)  # lxml refuses a str that declares its encoding

    def parse(src):
        parser = etree.HTMLParser(huge_tree=True)
        try:
            root = etree.fromstring(src, parser)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            root = None
        if root is None:
            raise InputError(path, "网页文件无法解析（HTML 结构损坏或为空）",
                             "请在浏览器中另存为“网页，仅 HTML”后再检查") from None
        too_deep = any("Excessive depth" in e.message for e in parser.error_log)
        return root, too_deep

    root, too_deep = parse(text)
    if too_deep:
        root, too_deep = parse(_flatten(text, MAX_HTML_DEPTH))
        if too_deep:
            raise InputError(path, f"网页元素嵌套过深（超过 {MAX_HTML_DEPTH:,} 层），无法可靠提取正文",
                             "请在浏览器中打开后另存为“网页，仅 HTML”或复制正文为文本文件")
    return root


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _drop(el) -> None:
    """Remove an element (or comment) and its content, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<!.*?>|<(/?)([A-Za-z][\w:-]*)([^>]*)>", re.S | re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
         "basefont", "frame", "isindex", "keygen"}


def _flatten(text: str, limit: int) -> str:
    """Drop tags nested deeper than ``limit`` (a line break stands in for each), keeping all text."""
    stack: list[bool] = []  # for each open element: was its tag kept?

    def sub(m: re.Match) -> str:
        if m.group(3) is None:  # comment, script, style, doctype: unchanged
            return m.group(0)
        closing, name, rest = m.group(2), m.group(3).lower(), m.group(4)
        if closing:
            kept = stack.pop() if stack else True
            return m.group(0) if kept else "<br>"
        if name in _VOID or rest.rstrip().endswith("/"):
            return m.group(0)
        keep = len(stack) < limit
        stack.append(keep)
        return m.group(0) if keep else "<br>"

    return _TAG.sub(sub, text)


def _page_meta(root) -> dict[str, str]:
    meta = {}
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or "").strip().lower()
        if name and m.get("content"):
            meta[name] = m.get("content").strip()
    # A WeChat article prints its publication time in <em id="publish_time">, with no label.
    stamp = root.find('.//*[@id="publish_time"]')
    if stamp is not None and "".join(stamp.itertext()).strip():
        meta["publish_time"] = "".join(stamp.itertext()).strip()
    return meta


def _published(meta: dict[str, str], full_text: str) -> str | None:
    for key in ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "publish_time"):
        if key in meta:
            m = re.search(_DATE, meta[key])
            if m:
                return _iso(m)
    for rx in _PUBLISHED:
        m = rx.search(full_text)
        if m:
            return _iso(m)
    return None


def _iso(m: re.Match) -> str | None:
    """YYYY-MM-DD for a real calendar date, else None (2月30日 and year 0 are not dates)."""
    import datetime

    y, mo, d = (int(g) for g in m.groups()[-3:])
    try:
        return datetime.date(y, mo, d).isoformat() if y >= 1900 else None
    except ValueError:
        return None


def _first(rx: re.Pattern, s: str) -> str | None:
    m = rx.search(s)
    return m.group(1) if m else None


def _page_title(root, meta: dict[str, str]) -> str | None:
    for key in ("articletitle", "title", "og:title"):
        if meta.get(key):
            return _squash(meta[key])
    h1 = next((h for h in root.iter("h1") if _squash("".join(h.itertext()))), None)
    if h1 is not None:
        return _squash("".join(h1.itertext()))
    t = root.find(".//title")
    if t is not None and t.text:
        # "报告标题_示例县人民政府网" -> "报告标题"
        return re.split(r"\s*[_|｜]\s*|\s+-\s+", _squash(t.text))[0] or None
    return None


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def _cjk(s: str | None) -> int:
    return len(_NOT_CJK.sub("", s)) if s else 0


def _article_box(root):
    """The element with the most non-link Chinese text among likely containers, and its
    Chinese character count.

    One streaming pass (start/end events) sums, for every element, its Chinese
    characters, those inside links and its number of descendants, so that deep or
    huge pages stay linear in time; no per-element table is kept.
    """
    from lxml import etree

    body = root.find(".//body")
    if body is None:
        body = root
    best, best_key, best_cjk = None, (0.0, 0), 0
    order = 0
    stack: list[list] = []
    push, pop, strip = stack.append, stack.pop, _NOT_CJK.sub
    box_tags, direct_tags = _BOX_TAGS, _DIRECT_TAGS
    cur = [0, 0, 0, 0, 0]  # Chinese characters, of which in links, descendants, direct child text, pre-order index
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            push(cur)
            t = el.text
            cur = [len(strip("", t)) if t else 0, 0, 0, 0, order]
            order += 1
            continue
        total, link, size, direct, index = cur
        tag = el.tag
        if tag in box_tags and total >= 50 and link / total <= 0.3:
            attrs = " ".join(filter(None, (el.get("id"), el.get("class"))))[:200]
            # Direct paragraph text rewards the innermost article box over the page wrapper;
            # of nested boxes holding nearly the same text, the smaller wins.
            score = ((total - 2 * link) * (1.5 if _CANDIDATE.search(attrs) else 1.0) + 0.5 * direct
                     - 0.02 * size)
            if score > 0 and (score, -index) > best_key:
                best, best_key, best_cjk = el, (score, -index), total
        cur = pop()
        t = el.tail
        cur[0] += total + (len(strip("", t)) if t else 0)
        cur[1] += total if tag == "a" else link
        cur[2] += 1 + size
        if tag in direct_tags:
            cur[3] += total
    if best is None:
        return body, cur[0]
    return best, best_cjk


_BOX_TAGS = frozenset({"div", "td", "article", "section", "main", "span"})
_DIRECT_TAGS = frozenset({"p", "br", "div", "span", "font"})


def _lines(box) -> list[tuple[str, str | bool | None]]:
    """The box's lines, each with its bold lead ("<strong>法律顾问工作。</strong>正文……": a run-in heading
    marked by formatting, as a bold lead run in Word), or None."""
    from lxml import etree

    parts: list[tuple[str, bool, bool]] = []  # (text, inside a link, inside <strong>/<b>)
    links = bold = 0  # <a> and <strong>/<b> elements open around the current position
    # Newlines in the page source are formatting; "\x00" marks real breaks.
    for event, el in etree.iterwalk(box, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            links += tag == "a"
            bold += tag in _BOLD_TAGS
            if tag in _BLOCK_TAGS:
                parts.append(("\x00", False, False))
            if el.text and tag and tag not in _DROP_TAGS:
                parts.append((el.text.replace("\n", " "), links > 0, bold > 0))
        else:
            if tag in _BLOCK_TAGS:
                parts.append(("\x00", False, False))
            links -= tag == "a"
            bold -= tag in _BOLD_TAGS
            if el.tail and el is not box:
                parts.append((el.tail.replace("\n", " "), links > 0, bold > 0))
    lines, cur, plain = [], [], False
    for text, link, strong in parts + [("\x00", False, False)]:
        if text == "\x00":
            # A line made only of link text is navigation or a related-links list.
            ln = _squash("".join(t for t, _ in cur)) if plain else ""
            if ln:
                lines.append((ln, _lead(ln, cur)))
            if cur:
                cur, plain = [], False
            continue
        cur.append((text, strong))
        plain = plain or (not link and bool(text.strip()))
    return lines


_BOLD_TAGS = frozenset({"strong", "b"})
MAX_LEAD = 40  # as for Word: a bold run longer than this is emphasis, not a run-in heading


def _lead(line: str, pieces: list[tuple[str, bool]]) -> str | bool | None:
    """The bold text that opens a line followed by plain text, as it reads in the squashed line;
    True when the whole line is bold."""
    k = 0
    while k < len(pieces) and not pieces[k][0].strip():
        k += 1
    j = k
    while j < len(pieces) and (pieces[j][1] or not pieces[j][0].strip()):
        j += 1
    if j == k:
        return None  # no bold opening
    if j == len(pieces):
        return True
    lead = _squash("".join(t for t, _ in pieces[k:j]))
    return lead if lead and len(lead) <= MAX_LEAD and line.startswith(lead) and len(line) > len(lead) else None


def _squash(s: str) -> str:
    s = s.replace("\xa0", " ").replace("\u3000", " ")
    s = re.sub(r"[ \t\r\f\v]+", " ", s)
    # Spaces between two CJK characters are source formatting, not content.
    s = re.sub(r"(?<=[\u4e00-\u9fff，。、；：）》”]) (?=[\u4e00-\u9fff（《“])", "", s)
    return s.strip()


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s", "", a) == re.sub(r"\s", "", b)

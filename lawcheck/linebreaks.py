"""Split text that lost its line breaks back into paragraphs.

Copies from aggregator sites often arrive as one long line: "…报告2024年，我局……
一、主要举措和成效（一）强化领导。……二、存在的不足……青石县公安局2025年1月27日".
A paragraph counts as flattened when it carries at least two top-level markers
(一、二、) after a sentence end, or when it is nearly the whole document (alone, or with
one or two other long lines). It is
cut before every inline marker, after a leading title and addressee, and before
a trailing signature and date. Cuts only make sub-spans of the original text, so
offsets and quotes stay verbatim.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .metadata import DATE_PATTERN, ISSUER_TAIL
from .model import RawParagraph
from .normalize import finditer

_CN = "一二三四五六七八九十"
# A marker that starts a new paragraph: after a sentence end, a colon or white space.
_INLINE = re.compile(
    rf"(?:(?<=[。！？!?；;：:”\"’）)】\sA-Za-z]))\s*"  # a Latin letter: an aggregator's web address before it
    rf"(第[{_CN}]+(?:部分|章)|[{_CN}]{{1,3}}(?:、|[.．](?!\d)|[.．](?=\d{{4}}年))|[（(][{_CN}]{{1,3}}[)）]|\d{{1,2}}[.．、](?!\d)|"
    rf"[（(]\d{{1,2}}[)）]|[\u2474-\u2487])")  # "一．2025年……" and "⑴" too
# A sub-item marker glued to the previous heading ("成效（一）强化"), but not a citation ("第三条（一）项").
_GLUED_PAREN = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![第条款项之])(?:[（(][{_CN}]{{1,3}}[)）]|[\u2474-\u2487])(?=[\u4e00-\u9fff]|\d{{4}}年)")
_TOP = re.compile(rf"[{_CN}]{{1,3}}(?:、|[.．])|第[{_CN}]+(?:部分|章)")
_TITLE = re.compile(r"^\s*(\S.{3,60}?(?:的报告|情况报告|年度报告|工作报告|工作情况|建设情况))(?=\s*[^\s如，,。的及和报])")
_ADDRESSEE = re.compile(r"^\s*([^，,。；;：:\s]{2,40}[：:])(?=\s*\S)")
_TAIL_DATE = re.compile(rf"({DATE_PATTERN}|(?<!\d)\d{{4}}(?P<sep>[-./])\d{{1,2}}(?P=sep)\d{{1,2}})\s*$")
_DATE_THEN_CHROME = re.compile(rf"(?P<date>{DATE_PATTERN})(?P<gap>\s*)(?=(?:责任编辑|编辑[:：]|分享到|免责声明|【?打印|【?关闭|扫一扫|上一篇|下一篇|"
                               r"相关(?:阅读|文章|链接|推荐)|推荐阅读|延伸阅读|声明[:：]|网站标识码|\S{0,2}ICP备|【))")
_TAIL_NOTE = re.compile(r"(?:[【\[][^【】\[\]\n]{2,80}[】\]]|"
                        r"[（(][^（）()\n]{0,80}(?:来源|版权|转载|整理|访问)[^（）()\n]{0,80}[）)])\s*$")  # "（本文来源于网络……）"
_SPACE = re.compile(r"[ \t\u3000\xa0]+")
# How standalone headings end; used where a heading lost its break and runs into its body.
_HEADING_END = re.compile(r"(?:情况|成效|原因|安排|问题|不足|打算|设想|举措|措施|做法|工作|要求|目标|思路|计划|事项|领导|职责|建设|"
                          r"短板|弱项|差距|环节|谋划)")
_LISTING = re.compile("一是")
GLUED_SPAN = 45  # a heading is shorter than this
# After a number a space may separate the unit ("共 12 件"); that is not a lost line break.
_UNITS = set("件次个人名万亿元项条家所场期批份起宗户余多倍天时分位台辆套处类种篇本册部张页座米亩吨")
_CLOCK = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
MIN_FLAT = 150  # characters; a shorter paragraph is left alone


class TooManyParagraphs(ValueError):
    """Cutting would make more than ``limit`` paragraphs; ``count`` is how many at least."""

    def __init__(self, count: int):
        super().__init__(count)
        self.count = count


def recover(text: str, paras: list[RawParagraph], fmt: str = "txt", limit: int | None = None) -> list[RawParagraph]:
    """Paragraphs with flattened ones cut into their lost lines.

    With ``limit``, more than that many paragraphs raise ``TooManyParagraphs``, as soon as the
    markers of one flattened paragraph show it (before its cuts are worked out).
    """
    total = sum(p.end - p.start for p in paras) or 1
    # A report flattened into two or three long lines ("…一、…（一）…" then "二、…三、…") is flattened too.
    long = [p.end - p.start for p in paras if p.end - p.start >= MIN_FLAT]
    few_long = len(long) <= 3 and sum(long) / total > 0.8
    out: list[RawParagraph] = []
    for i, p in enumerate(paras):
        if p.end - p.start < MIN_FLAT:
            out.append(p)  # too short to hold lost lines (most paragraphs: decided without a copy)
            continue
        s = text[p.start : p.end]
        whole = ((p.end - p.start) / total > 0.6 and len(s) >= 400) or (few_long and len(s) >= MIN_FLAT)
        later = len(paras) - i - 1  # paragraphs still to come, one at least each
        try:
            cuts = _cuts(s, whole, None if limit is None else limit - len(out) - later) if len(s) >= MIN_FLAT else []
        except TooManyParagraphs as exc:
            raise TooManyParagraphs(len(out) + exc.count + later) from None
        if not cuts:
            out.append(p)
            continue
        bounds = [0] + cuts + [len(s)]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            piece = s[a:b]
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            if b <= a:
                continue
            start, end = p.start + a, p.start + b
            lead = p.lead_end if p.lead_end is not None and start < p.lead_end <= end else None
            # A cut .docx paragraph no longer matches its w:p text; writers must not anchor to it.
            idx = p.source_index if fmt != "docx" else None
            out.append(replace(p, start=start, end=end, lead_end=lead, source_index=idx,
                               style_level=p.style_level if k == 0 else None,
                               auto_number=p.auto_number if k == 0 else None))
    if limit is not None and len(out) > limit:
        raise TooManyParagraphs(len(out))
    return out


def _cuts(s: str, whole: bool, budget: int | None = None) -> list[int]:
    inline = [(m.start(1), m.group(1)) for m in finditer(_INLINE, s) if m.start(1) > 0]
    tops = [mk for _, mk in inline if _TOP.fullmatch(mk)]
    if len(tops) < 2 and not (whole and inline):
        return []
    cuts = {pos for pos, _ in inline}
    if budget is not None and len(cuts) > budget:
        raise TooManyParagraphs(len(cuts))  # each inline marker opens a paragraph of its own
    cuts |= {m.start() for m in finditer(_GLUED_PAREN, s) if m.start() > 0}
    m = _TITLE.match(s)
    if m and re.search(r"法治|年度|\d{4}\s*年", m.group(1)) and (not cuts or m.end(1) < min(cuts)):
        cuts.add(m.end(1))
        a = _ADDRESSEE.match(s, m.end(1))
        if a and not re.search(r"如下|[，,。]", a.group(1)):
            cuts.add(a.end(1))
    cuts |= _space_cuts(s)
    cuts |= _tail_cuts(s)
    bounds = sorted(cuts | {0, len(s)})
    for a, b in zip(bounds, bounds[1:]):
        cut = _glued_heading(s, a, b)
        if cut:
            cuts.add(cut)
    return sorted(c for c in cuts if 0 < c < len(s))


def _glued_heading(s: str, a: int, b: int) -> int | None:
    """"二、……第一责任人职责情况局长带头……": cut after the last heading ending before the first clause end."""
    piece = s[a:b]
    m = _TOP.match(piece.lstrip())
    if not m:
        return None
    start = len(piece) - len(piece.lstrip()) + m.end()
    end = re.search(r"[，,。；;：:!?！？]", piece[start:])
    if end is None and len(piece.strip()) <= GLUED_SPAN:
        return None  # "三、2026年工作谋划" up to a line break of its own: all of it is the heading
    stop = start + min(end.start() if end else len(piece), GLUED_SPAN)
    listing = _LISTING.search(piece, start + 2, stop)
    if listing:
        return a + listing.start()  # "二、短板弱项一是……": the list of its body starts at 一是
    # A heading ending right at the comma is a run-in title ("一、加强组织领导，……"), not a glued one.
    ends = [e.end() for e in _HEADING_END.finditer(piece, start, stop) if e.end() < stop]
    if not ends or ends[-1] - start < 4:
        return None
    return a + ends[-1]


def _open_quote(s: str, at: int) -> bool:
    """Is ``at`` inside “…” (an opening mark within 20 characters before it, not yet closed)?"""
    before = s[max(0, at - 20) : at]
    k = before.rfind("“")
    return k >= 0 and "”" not in before[k:] and "”" in s[at : at + 20]


def _space_cuts(s: str) -> set[int]:
    """White space inside flattened Chinese text is where a line break was (but not in "2025 年" or "共 12 件")."""
    out = set()
    for m in _SPACE.finditer(s):
        left, right = s[max(0, m.start() - 8) : m.start()], s[m.end() : m.end() + 16]  # windows: stay linear
        if not left or not right:
            continue
        if right[0] in "年月日号" or re.search(r"[\d〇一二三四五六七八九十]\s*[年月]$", left) or _CLOCK.match(right):
            continue
        if _open_quote(s, m.start()):
            continue  # "“学宪法 讲宪法”": a space inside quotation marks is the title's own
        # "浏览次数：312 2024年，我局……" or "青石县公安局 2025年1月27日": a year or a date opens a line.
        opens = re.match(rf"\d{{4}}\s*年(?:度|以来)?[，,]|{DATE_PATTERN}", right)
        if left[-1].isdigit():
            ok = opens or (re.match(r"[\u4e00-\u9fff]", right) and right[0] not in _UNITS)
        else:
            ok = opens or (re.match(r"[\u4e00-\u9fff（(《“【\[]", right)
                           and re.search(r"[\u4e00-\u9fff。！？：:；;）)》”】\]]$", left))
        if ok:
            out.add(m.end())
    return out


def _tail_cuts(s: str) -> set[int]:
    """"……特此报告。青石县公安局2025年1月27日": cut before the date and before the issuer.

    An aggregator's note glued after the date ("…1月27日【本文来源：…】") is cut off first, and so is
    page chrome after it ("…2月28日 责任编辑:小林 分享到: 微信 … 示ICP备00000000号").
    """
    out = set()
    for m in _DATE_THEN_CHROME.finditer(s, max(0, len(s) - 300)):
        out.add(m.end("gap"))
        s = s[: m.end("date")]
        break
    note = _TAIL_NOTE.search(s, max(0, len(s) - 120))
    if note and note.start() > 0:
        out.add(note.start())
        s = s[: note.start()].rstrip()
    base = max(0, len(s) - 80)
    m = _TAIL_DATE.search(s, base)
    if not m or m.start() == 0:
        return out
    out.add(m.start())
    head = s[base : m.start()].rstrip()
    last = max(head.rfind(c) for c in "。！？；;】]")  # "…周期。【汇政网 整理】青石县税务局"
    sig = head[last + 1 :].strip()
    if sig and len(sig) <= 30 and ISSUER_TAIL.search(sig) and not re.search(r"[，,：:]", sig):
        out.add(base + len(head) - len(sig))
    return out

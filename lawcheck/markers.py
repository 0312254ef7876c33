"""Heading candidates: numbering markers, sibling sequences, formatted leads.

Grammar of heading markers, from the top down (full- and half-width alike,
matched on the normalized text):

    第一部分 / 第一章   一、   （一）/ 一）   1. / 1、/ １．   （1）   ①

Word automatic numbering counts exactly like a typed marker. Numbering is the
backbone, not a length test: a short numbered line is a heading; a long
numbered sentence is one too when it continues a sibling sequence ("（二）局长
带头讲法治课三次，……" between （一） and （三）), titled by its lead clause; a
lone long numbered sentence stays body text. A bold or differently-fonted lead
run (``RawParagraph.lead_end``) is a run-in heading ending at the run boundary.
一是/二是 enumerations are items inside a paragraph, never headings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import NormText, to_simplified

_CN = "一二三四五六七八九十百〇零"
# (kind, rank, regex). Regexes run on normalized text (half-width punctuation).
MARKERS = (
    ("part", 0, re.compile(rf"第([{_CN}]+|\d+)(?:部分|章|篇)[ 、.:]*")),
    ("cn", 1, re.compile(rf"([{_CN}]+)(?:、|\.(?!\d)|\.(?=\d{{4}}\s*年))")),  # "一.2023年主要工作"
    ("cnparen", 2, re.compile(rf"(?:\(([{_CN}]+)\)|([{_CN}]+)\))")),
    ("num", 3, re.compile(r"(\d{1,2})(?:[、]|\.(?!\d)|\.(?=\d{4}\s*年))")),  # "3.2025年工作打算" is item 3
    ("numparen", 4, re.compile(r"\((\d{1,2})\)|([\u2474-\u2487])")),  # (1) and ⑴
    ("bullet", 4.5, re.compile(r"([●■◆▌▍])\s*")),  # WeChat articles: "●书记镇长带头履职", "▌推进依法治校" under 一、
    ("circled", 5, re.compile(r"([\u2460-\u2473])")),
)
LEAD_RANK = 6  # an unnumbered formatted lead nests under every numbered level
_FRAMED = re.compile(r"(?:[★☆]\s*([^★☆。;]{2,30})|【([^】。;]{2,30})】)")
BOLD_RANK = 0.5  # a paragraph bold throughout, in a report with no 一、 or styles: its top level
BOLD2_RANK = 5.5  # a heading face in the body size, under larger lines: under every numbered level, over leads
# All of MARKERS as one alternation, tried in the same order at the same position (the first kind
# that matches wins, as in a loop over MARKERS); each kind's own groups follow its wrapping group.
_ANY_MARKER = re.compile("|".join(f"({rx.pattern})" for _, _, rx in MARKERS))


def _marker_groups() -> dict[int, tuple[str, int, range]]:
    """Wrapping group of each kind in ``_ANY_MARKER`` -> (kind, rank, the kind's own groups)."""
    out, at = {}, 1
    for name, rank, rx in MARKERS:
        out[at] = (name, rank, range(at + 1, at + 1 + rx.groups))
        at += 1 + rx.groups
    return out


_GROUPS = _marker_groups()
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGITS["零"] = 0
_ENUMERATION = re.compile(rf"[{_CN}]+是")
# What may open a heading that has no declared level, Word number, lead run or emphasis.
_DECORATION = re.compile(r"[▌▍▎▐◆◇●○■□▶►▸▲•【]\s*")  # before a number in a WeChat article: "▌一、" "【一、……】"
_OPENS = re.compile(rf"\s*(?:{_DECORATION.pattern})?(?:{_ANY_MARKER.pattern}|[★☆【])")
_TERMINATOR = re.compile(r"[。;:!?]")
_CLAUSE = re.compile(r"[。;:!?,]")
_TRAILING = " 。.:：,，;；!！?？、*"
MAX_RUNIN_TITLE = 40  # a run-in title longer than this is a numbered sentence, not a heading
MAX_STANDALONE_TITLE = 50
MAX_SENTENCE_TITLE = 25
MAX_LEAD_CLAUSE = 40  # title of a long sequence item: its lead clause, at most this long


@dataclass(slots=True)
class Heading:
    index: int  # paragraph index
    kind: tuple  # ("style", n), (typed kind,) or ("lead",)
    rank: float
    numeral: str | None
    marker: str | None
    title_start: int
    title_end: int
    heading_end: int
    body_start: int | None  # run-in body starts here (original offsets)
    strong: bool = True  # passes the length tests on its own; weak ones need a sibling sequence
    value: int | None = None  # the numeral's value, for sequences
    typed_kind: str | None = None
    auto: bool = False  # marker rendered from Word numbering (not in the text)
    punctuated: bool = False  # a formatted lead that ends in 。/：


def numeral_value(numeral: str | None) -> int | None:
    if not numeral:
        return None
    if len(numeral) == 1 and "\u2460" <= numeral <= "\u2473":
        return ord(numeral) - 0x245F
    if len(numeral) == 1 and "\u2474" <= numeral <= "\u2487":  # ⑴ … ⒇
        return ord(numeral) - 0x2473
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    digits = _DIGITS
    if "百" in numeral:
        return None
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        t = digits.get(tens) if tens else 1
        o = digits.get(ones) if ones else 0
        return None if t is None or o is None else t * 10 + o
    return digits.get(numeral) if len(numeral) == 1 else None


def match_marker(s: str) -> tuple[str, int, str, int] | None:
    """(kind, rank, numeral, length) of a marker at the start of normalized ``s``.

    A WeChat article decorates its numbers ("▌一、……", "◆（一）……"): the number under the decoration decides.
    """
    if _ENUMERATION.match(s):
        return None
    deco = _DECORATION.match(s)
    inner = _ANY_MARKER.match(s, deco.end()) if deco else None
    m = inner if inner is not None and inner.lastindex not in _BULLET_GROUPS else _ANY_MARKER.match(s)
    if m is None:
        return None
    name, rank, groups = _GROUPS[m.lastindex]
    for g in groups:  # the numeral: the kind's first non-empty group
        numeral = m.group(g)
        if numeral:
            return name, rank, numeral, m.end()
    return None  # not reached: every kind captures its numeral


_BULLET_GROUPS = {k for k, (name, _, _) in _GROUPS.items() if name == "bullet"}


def _auto_marker(auto: str | None) -> tuple[str, int, str] | None:
    if not auto:
        return None
    a = to_simplified(auto).strip()
    found = match_marker(a)
    if found and found[3] >= len(a.rstrip()):
        return found[:3]
    if re.fullmatch(r"\d+(?:\.\d+)+\.?", a):  # legal numbering 1.1 / 1.1.1: one kind per depth
        parts = a.rstrip(".").split(".")
        return f"multi{len(parts)}", 3 + 0.1 * len(parts), parts[-1]
    return None


def heading(text: str, norm: NormText, p) -> Heading | None:
    """The heading a paragraph would be (strong or weak), or None."""
    if p.style_level == 0:
        return None
    ns, ne = norm.norm_span(p.start, p.end)
    s = norm.text[ns:ne]
    s_body = s.lstrip()
    lead = len(s) - len(s_body)
    found = match_marker(s_body)
    auto = False
    if found is None:
        am = _auto_marker(p.auto_number)
        if am:
            found, auto = (*am, 0), True
    kind, rank, numeral, marker_len = found if found else (None, None, None, 0)
    styled = p.style_level is not None and p.style_level >= 1
    rest = s_body[marker_len:]
    stripped = rest.lstrip()
    skip = len(rest) - len(stripped)
    rest = stripped
    n0 = ns + lead + marker_len + skip  # normalized offset of the title
    strong, punctuated = True, False
    lead_rel = _lead_rel(norm, p, n0, len(rest)) if getattr(p, "lead_end", None) is not None else None
    if lead_rel is not None:
        # Formatting marks the boundary: "**严格落实第一责任人职责**全年主持……".
        inner = _TERMINATOR.search(rest, 0, lead_rel)
        cut = inner.start() if inner else lead_rel
        title_len = len(rest[:cut].rstrip(_TRAILING))
        punctuated = bool(re.search(r"[。:]\s*$", rest[:lead_rel]))
        body_at = lead_rel + (len(rest[lead_rel:]) - len(rest[lead_rel:].lstrip()))
        if title_len < 2 or _ENUMERATION.match(rest):
            lead_rel = None
        elif kind is None and not styled and re.search(r"[\d%]", rest[:title_len]):
            lead_rel = None  # "**全年办理案件312件**，……" is an emphasised fact, not a heading
    framed = _FRAMED.fullmatch(rest.rstrip()) if kind is None and not styled and lead_rel is None else None
    if framed:  # "★主要负责人带头履职", "【2023年工作打算】": set off like a bold line
        g = 1 if framed.group(1) else 2
        return _bold(norm, n0 + framed.start(g), n0 + framed.end(g), n0 + len(rest.rstrip()))
    if lead_rel is None and kind is None and not styled and getattr(p, "emphasis", False):
        if rest.rstrip().endswith(("。", ";")) or _ENUMERATION.match(rest):
            return None
        title_end = n0 + len(rest.rstrip(_TRAILING))
        return _bold(norm, n0, title_end, title_end, second=p.emphasis == 2)
    if kind == "bullet" and lead_rel is None and (re.search(r"[\d。;；]", rest) or len(rest) > MAX_SENTENCE_TITLE * 2):
        return None  # a bulleted fact or sentence is a list item; only a short title line is a heading
    if lead_rel is None:
        if kind is None and not styled:
            return None
        t = _TERMINATOR.search(rest)
        if t and t.end() < len(rest):
            title_len, body_at = t.start(), t.end()
            strong = styled or title_len <= MAX_RUNIN_TITLE
        else:
            title_len = t.start() if t else len(rest)
            body_at = None
            # "1.全年组织……覆盖全部单位。" is a numbered sentence; headings ending in 。 are short.
            strong = styled or (len(rest) <= MAX_STANDALONE_TITLE and not (t and title_len > MAX_SENTENCE_TITLE))
        if not strong:
            # Its title is the lead clause; the rest is its body.
            c = _CLAUSE.search(rest, 0, MAX_LEAD_CLAUSE + 1)
            title_len = c.start() if c else MAX_LEAD_CLAUSE
            body_at = (c.end() if c else MAX_LEAD_CLAUSE) if title_len < len(rest) else None
        if title_len == 0 and not styled:
            return None
        if s_body.startswith("【") and rest[:title_len].endswith("】"):
            title_len -= 1  # "【三、2026年工作安排】": the frame closes after the title
    o_title_start, o_title_end = norm.orig_span(n0, n0 + title_len)
    o_body = norm.orig(n0 + body_at) if body_at is not None and body_at < len(rest) else None
    marker = None
    if auto:
        marker = p.auto_number  # rendered from Word numbering; not in the text
    elif kind:
        line = text[p.start : o_title_start]  # the marker, as typed, and the white space around it
        marker = line.strip()
    if styled:
        kind_key, rnk = ("style", p.style_level), -10 + p.style_level
        if numeral is None and p.auto_number:
            numeral = _auto_numeral(p.auto_number)
            marker = p.auto_number
    elif kind is None:
        kind_key, rnk = ("lead",), LEAD_RANK
    else:
        kind_key, rnk = (kind,), rank
    value = _VALUES.get(numeral, _VALUES)
    if value is _VALUES:
        value = numeral_value(numeral)
        if numeral is None or len(numeral) <= 4:
            _VALUES[numeral] = value
    # index, kind, rank, numeral, marker, title_start, title_end, heading_end, body_start, strong, value,
    # typed_kind, auto, punctuated
    return Heading(-1, kind_key, rnk, numeral, marker, o_title_start, o_title_end, o_title_end, o_body, strong, value,
                   kind, auto, punctuated)


_VALUES: dict = {}  # short numeral -> numeral_value(numeral)


def _bold(norm: NormText, title_start: int, title_end: int, heading_end: int, second: bool = False) -> Heading:
    """A heading set off by its look alone (bold throughout, ★, 【】): normalized offsets in, original out.
    ``second``: the look of the level under the top one (a PDF's 黑体 line in the body size under larger lines)."""
    o_title_start, o_title_end = norm.orig_span(title_start, title_end)
    o_heading_end = norm.orig_span(title_start, heading_end)[1]
    kind, rank = (("bold2",), BOLD2_RANK) if second else (("bold",), BOLD_RANK)
    return Heading(-1, kind, rank, None, None, o_title_start, o_title_end, o_heading_end, None, True, None,
                   None, False, False)


def headings(text: str, norm: NormText, paras) -> dict[int, Heading]:
    """``heading`` of every paragraph that would be one, by paragraph index.

    Where the normalized text keeps the original offsets, a heading depends only on its line (and
    the paragraph's declared level, Word number and lead), its offsets moving with the line: a
    line repeated verbatim ("一、标题" a hundred thousand times) is analysed once.
    """
    out: dict[int, Heading] = {}
    seen: dict[tuple, Heading | None] = {}
    t = norm.text
    same = norm._index is None
    for i, p in enumerate(paras):
        if p.style_level is None and not p.auto_number and getattr(p, "lead_end", None) is None \
                and not getattr(p, "emphasis", False):
            # Nothing but its text can make it a heading: a marker or a frame (★, 【】) must open it.
            ns, ne = (p.start, p.end) if same else norm.norm_span(p.start, p.end)
            if not _OPENS.match(t, ns, ne):
                continue
        if not same:
            h = heading(text, norm, p)
        else:
            lead_end = getattr(p, "lead_end", None)
            key = (text[p.start : p.end], p.style_level, p.auto_number, None if lead_end is None else lead_end - p.start,
                   getattr(p, "emphasis", False))
            if key not in seen:
                seen[key] = heading(text, norm, p), p.start
            first, at = seen[key]
            h = first if first is None or at == p.start else _moved(first, p.start - at)
        if h is not None:
            h.index = i
            out[i] = h
    return out


def _moved(h: Heading, by: int) -> Heading:
    """A copy of ``h`` with its offsets moved by ``by``."""
    return Heading(h.index, h.kind, h.rank, h.numeral, h.marker, h.title_start + by, h.title_end + by,
                   h.heading_end + by, None if h.body_start is None else h.body_start + by, h.strong, h.value,
                   h.typed_kind, h.auto, h.punctuated)


def _lead_rel(norm: NormText, p, n0: int, n_rest: int) -> int | None:
    """Where the formatted lead run ends, relative to the title start (normalized), if inside the text."""
    if getattr(p, "lead_end", None) is None:
        return None
    rel = norm.norm_span(p.start, p.lead_end)[1] - n0
    return rel if 0 < rel < n_rest else None


def _auto_numeral(auto: str) -> str | None:
    m = re.search(rf"[{_CN}]+|\d+|[\u2460-\u2473]", auto)
    return m.group() if m else None


def keep_sequences(cands: dict[int, Heading]) -> None:
    """Weak candidates survive only inside a sibling sequence (the previous or next marker of their kind)."""
    order = sorted(cands)
    by_kind: dict[str, list[int]] = {}
    for i in order:
        h = cands[i]
        if h.typed_kind and h.kind[0] != "style":
            by_kind.setdefault(h.typed_kind, []).append(i)
    for idxs in by_kind.values():
        for k, i in enumerate(idxs):
            h = cands[i]
            if h.strong or h.value is None:
                continue
            prev = cands[idxs[k - 1]].value if k > 0 else None
            nxt = cands[idxs[k + 1]].value if k + 1 < len(idxs) else None
            if not (prev == h.value - 1 or nxt == h.value + 1):
                h.strong = None  # marked for removal below (after all neighbours were read)
    for i in [i for i, h in cands.items() if h.strong is None or (h.strong is False and h.value is None)]:
        del cands[i]
    # Formatted leads: a style the document uses for several headings, or one that ends in 。/：.
    leads = [i for i, h in cands.items() if h.kind == ("lead",)]
    if len(leads) < 2:
        for i in leads:
            if not cands[i].punctuated:
                del cands[i]


def keep_bold(cands: dict[int, Heading], text: str, paras) -> None:
    """Bold paragraphs are top-level headings only in a report that has no other top level (no 一、, 第一部分
    or heading styles), at least two of them, and only after the opening text (bold title lines are not)."""
    bold = [i for i, h in cands.items() if h.kind == ("bold",)]
    if not bold:
        return
    other_top = any(h.kind[0] == "style" or h.typed_kind in ("cn", "part") for h in cands.values())
    # The opening text: the first sentence that is not a candidate ("现将……报告如下：" may be short; a browser's
    # print header with the page title is not a sentence).
    opening = next((i for i, p in enumerate(paras) if i not in cands and _opening(text[p.start : p.end])), None)
    for i in bold:
        if other_top or len(bold) < 2 or opening is None or i < opening:
            del cands[i]
    if sum(1 for h in cands.values() if h.kind == ("bold",)) == 1:
        del cands[next(i for i, h in cands.items() if h.kind == ("bold",))]


def _opening(s: str) -> bool:
    s = s.rstrip()
    return (len(s) >= 40 and bool(_SENTENCE_MARK.search(s))) or s.endswith(("。", "：", ":"))


_SENTENCE_MARK = re.compile(r"[，,。；;]")


def demote_lone_lists(cands: dict[int, Heading]) -> None:
    """Numbered lines before the first top-level heading are a list in the preamble."""
    if not cands:
        return
    styled = [i for i, h in cands.items() if h.kind[0] == "style"]
    if styled:
        first_top = min(styled)
        for i in [i for i in cands if i < first_top and cands[i].kind[0] != "style"]:
            del cands[i]
        return
    counts: dict[tuple, int] = {}
    for h in cands.values():
        counts[h.kind] = counts.get(h.kind, 0) + 1
    repeated = [h.rank for h in cands.values() if counts[h.kind] >= 2]
    top_rank = min(repeated) if repeated else min(h.rank for h in cands.values())
    first_top = min(i for i, h in cands.items() if h.rank == top_rank)
    for i in [i for i, h in cands.items() if i < first_top and h.rank > top_rank]:
        del cands[i]

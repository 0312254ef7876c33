"""Recover the section tree of a report from its paragraphs.

Grammar of heading markers, from the top down (full- and half-width alike,
matched on the normalized text):

    第一部分 / 第一章   一、   （一）/ 一）   1. / 1、/ １．   （1）   ①

The marker kind does not fix the level: levels come from the order in which
kinds appear (a stack, as in Markdown), so a report that skips （一） and goes
straight to 1. still nests correctly. Declared levels (Word heading styles,
outline levels) rank above every typed marker and win where present.
一是/二是 enumerations are items inside a paragraph, never headings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .metadata import DATE_PATTERN, ISSUER_TAIL
from .model import Paragraph, RawDocument, Section
from .normalize import NormText

_CN = "一二三四五六七八九十百〇零"
# (kind, rank, regex). Regexes run on normalized text (half-width punctuation).
_MARKERS = (
    ("part", 0, re.compile(rf"第([{_CN}]+|\d+)(?:部分|章|篇)[ 、.:]*")),
    ("cn", 1, re.compile(rf"([{_CN}]+)(?:、|\.(?!\d))")),
    ("cnparen", 2, re.compile(rf"(?:\(([{_CN}]+)\)|([{_CN}]+)\))")),
    ("num", 3, re.compile(r"(\d{1,2})(?:[、]|\.(?!\d))")),
    ("numparen", 4, re.compile(r"\((\d{1,2})\)")),
    ("circled", 5, re.compile(r"([\u2460-\u2473])")),
)
_ENUMERATION = re.compile(rf"[{_CN}]+是")
_TERMINATOR = re.compile(r"[。;:!?]")
MAX_RUNIN_TITLE = 40  # a run-in title longer than this is a numbered sentence, not a heading
MAX_STANDALONE_TITLE = 50
MAX_SENTENCE_TITLE = 25

_DATE_LINE = re.compile(rf"^[(]?{DATE_PATTERN}[)]?$")
_CLOSING = re.compile(r"^(综上|总之|特此报告|以上报告|专此报告|以上)")
_TRAILER = re.compile(r"^[(](此件|联系人|本文|附件)|^附件[:\d]|^抄送|^联系人")


@dataclass
class _Heading:
    index: int  # paragraph index
    kind: tuple  # ("style", n) or typed kind name
    rank: float
    numeral: str | None
    marker: str | None
    title_start: int
    title_end: int
    heading_end: int
    body_start: int | None  # run-in body starts here (original offsets)


def parse(raw: RawDocument, norm: NormText) -> tuple[list[Section], list[Paragraph]]:
    paras = raw.paragraphs
    n = len(paras)
    roles = ["body"] * n

    candidates: dict[int, _Heading] = {}
    for i, p in enumerate(paras):
        h = _heading(raw.text, norm, p)
        if h is not None:
            h.index = i
            candidates[i] = h

    _demote_lone_lists(candidates)
    first_heading = min(candidates) if candidates else n
    last_heading = max(candidates) if candidates else -1

    _mark_front(raw, norm, roles, first_heading)
    _mark_back(raw, norm, roles, last_heading)
    for i in candidates:
        if roles[i] in ("body", "preamble"):
            roles[i] = "heading"

    sections = _build(raw, candidates, roles)
    out_paras = [Paragraph(p.start, p.end, roles[i], p.source_index) for i, p in enumerate(paras)]
    return sections, out_paras


def _norm_slice(norm: NormText, start: int, end: int) -> tuple[str, int]:
    """Normalized text of an original span, and its normalized start offset."""
    ns, ne = norm.norm_span(start, end)
    return norm.text[ns:ne], ns


def _heading(text: str, norm: NormText, p) -> _Heading | None:
    s, ns = _norm_slice(norm, p.start, p.end)
    lead = len(s) - len(s.lstrip())
    s_body = s[lead:]
    if p.style_level == 0:
        return None
    kind, rank, numeral, marker_len = None, None, None, 0
    if not _ENUMERATION.match(s_body):
        for name, r, rx in _MARKERS:
            m = rx.match(s_body)
            if m:
                kind, rank = name, r
                numeral = next(g for g in m.groups() if g)
                marker_len = m.end()
                break
    styled = p.style_level is not None and p.style_level >= 1
    if kind is None and not styled:
        return None
    rest = s_body[marker_len:]
    skip = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    t = _TERMINATOR.search(rest)
    if t and t.end() < len(rest):
        title_len, body_at = t.start(), t.end()
        if title_len > MAX_RUNIN_TITLE and not styled:
            return None
    else:
        title_len = t.start() if t else len(rest)
        body_at = None
        if len(rest) > MAX_STANDALONE_TITLE and not styled:
            return None
        # "1.全年组织……覆盖全部单位。" is a numbered sentence; headings ending in 。 are short.
        if t and title_len > MAX_SENTENCE_TITLE and not styled:
            return None
    if title_len == 0 and not styled:
        return None
    n0 = ns + lead + marker_len + skip  # normalized offset of the title
    o_title_start, o_title_end = norm.orig_span(n0, n0 + title_len)
    o_body = norm.orig(n0 + body_at) if body_at is not None else None
    marker = text[p.start + lead : o_title_start].strip() if kind else None
    if styled:
        kind_key, rank = ("style", p.style_level), -10 + p.style_level
        if numeral is None and p.auto_number:
            numeral = _auto_numeral(p.auto_number)
            marker = p.auto_number
    else:
        kind_key = (kind,)
    return _Heading(-1, kind_key, rank, numeral, marker, o_title_start, o_title_end, o_title_end, o_body)


def _auto_numeral(auto: str) -> str | None:
    m = re.search(rf"[{_CN}]+|\d+|[\u2460-\u2473]", auto)
    return m.group() if m else None


def _demote_lone_lists(candidates: dict[int, _Heading]) -> None:
    """Numbered lines before the first top-level heading are a list in the preamble."""
    if not candidates:
        return
    styled = [i for i, h in candidates.items() if h.kind[0] == "style"]
    if styled:
        first_top = min(styled)
        for i in [i for i in candidates if i < first_top and candidates[i].kind[0] != "style"]:
            del candidates[i]
        return
    counts: dict[tuple, int] = {}
    for h in candidates.values():
        counts[h.kind] = counts.get(h.kind, 0) + 1
    repeated = [h.rank for h in candidates.values() if counts[h.kind] >= 2]
    top_rank = min(repeated) if repeated else min(h.rank for h in candidates.values())
    first_top = min(i for i, h in candidates.items() if h.rank == top_rank)
    for i in [i for i, h in candidates.items() if i < first_top and h.rank > top_rank]:
        del candidates[i]


def _plain(raw: RawDocument, norm: NormText, p) -> str:
    s, _ = _norm_slice(norm, p.start, p.end)
    return re.sub(r"\s+", "", s)


def is_date_line(s: str) -> bool:
    return bool(_DATE_LINE.match(re.sub(r"\s+", "", s)))


def _mark_front(raw, norm, roles, first_heading) -> None:
    """Title line(s) and an addressee line before the first heading."""
    paras = raw.paragraphs
    i = 0
    while i < min(first_heading, 3):
        p = paras[i]
        s = _plain(raw, norm, p)
        declared = p.style_level == 0
        titleish = (len(s) <= 60 and not s.endswith(("。", ":"))
                    and (declared or re.search(r"报告|情况|总结|要点|方案|意见|计划|安排|年度", s)))
        # A title split over two lines: issuer on the first, "关于……的报告" on the second.
        issuer_line = (i == 0 and len(s) <= 30 and ISSUER_TAIL.search(s) and i + 1 < first_heading
                       and re.match(r"关于|\d{4}年|[〇一二]{4}年", _plain(raw, norm, paras[i + 1])))
        if titleish or declared or issuer_line:
            roles[i] = "title"
            i += 1
            continue
        break
    if i < first_heading:
        s = _plain(raw, norm, paras[i])
        if s.endswith(":") and len(s) <= 30 and not re.search(r"[,。;]|如下", s):
            roles[i] = "addressee"
            i += 1
    for j in range(i, first_heading):
        if roles[j] == "body":
            roles[j] = "preamble"


def _is_signature_line(s: str) -> bool:
    return len(s) <= 30 and not re.search(r"[。,;:]", s) and bool(ISSUER_TAIL.search(s))


def _mark_back(raw, norm, roles, last_heading) -> None:
    """Signature block (issuer, date), trailers and the closing paragraph at the end."""
    paras = raw.paragraphs
    j = len(paras) - 1
    while j > last_heading and _TRAILER.match(_plain(raw, norm, paras[j])):
        roles[j] = "trailer"
        j -= 1
    if j > last_heading and is_date_line(_plain(raw, norm, paras[j])):
        roles[j] = "date"
        j -= 1
        k = 0
        while j > last_heading and k < 3:
            if _is_signature_line(_plain(raw, norm, paras[j])):
                roles[j] = "signature"
                j -= 1
                k += 1
            else:
                break
    elif j > last_heading:
        # Signature without a date.
        if _is_signature_line(_plain(raw, norm, paras[j])):
            roles[j] = "signature"
            j -= 1
    while j > last_heading and _CLOSING.match(_plain(raw, norm, paras[j])):
        roles[j] = "closing"
        j -= 1


def _build(raw: RawDocument, candidates: dict[int, _Heading], roles: list[str]) -> list[Section]:
    paras = raw.paragraphs
    text = raw.text
    top: list[Section] = []
    stack: list[tuple[Section, tuple, float]] = []
    for i, p in enumerate(paras):
        h = candidates.get(i)
        if h is not None and roles[i] == "heading":
            same = next((k for k, (_, kind, _) in enumerate(stack) if kind == h.kind), None)
            if same is not None:
                del stack[same:]
            else:
                while stack and stack[-1][2] >= h.rank:
                    stack.pop()
            title = text[h.title_start : h.title_end]
            sec = Section(
                number=h.numeral,
                title=title,
                level=len(stack) + 1,
                start=p.start,
                end=p.end,
                heading_end=h.heading_end,
                title_start=h.title_start,
                title_end=h.title_end,
                marker=h.marker,
            )
            heading_text = text[p.start : h.heading_end]
            if h.marker and p.style_level and not text[p.start : h.title_start].strip():
                heading_text = h.marker + heading_text  # Word auto-number, not in the text
            sec.path = (stack[-1][0].path if stack else ()) + (heading_text,)
            if h.body_start is not None:
                sec.paragraphs.append((h.body_start, p.end))
            (stack[-1][0].children if stack else top).append(sec)
            stack.append((sec, h.kind, h.rank))
        elif roles[i] == "body" and stack:
            stack[-1][0].paragraphs.append((p.start, p.end))
    for s in top:
        _close(s)
    return top


def _close(s: Section) -> int:
    end = max([s.heading_end] + [e for _, e in s.paragraphs])
    for c in s.children:
        end = max(end, _close(c))
    s.end = end
    return end

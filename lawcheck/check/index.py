"""What every engine needs to know about one document, computed once per check.

Matching runs on the normalized text (simplified, half-width punctuation);
every quote is cut from the original text through ``NormText.orig_span``.
Engines keep their own per-document results in ``DocIndex.cache`` (the trigger
scan of the polarity reader, the next-year plan sections, the resolved .docx
formatting) so that twenty rules share one computation.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from ..model import ANNUAL_REPORT, DOCUMENT_TYPES, Document, Evidence, Finding, Section, preorder
from ..normalize import normalize, to_simplified

CLAUSE_END = re.compile(r"[。;!?,\n]")
SENTENCE_END = re.compile(r"[。;!?\n]")
MAX_QUOTE = 120
MAX_EVIDENCE = 3
REACH = 2 * MAX_QUOTE + 8  # how far ``around`` looks for a sentence or clause boundary
_LAST = {rx: re.compile("(?s:.*)" + rx.pattern) for rx in (SENTENCE_END, CLAUSE_END)}


class DocIndex:
    """Per-document indexes built once and shared by every rule."""

    def __init__(self, doc: Document, book):
        self.doc = doc
        self.book = book
        self.norm = getattr(doc, "_norm", None) or normalize(doc.text)
        self.ntext = self.norm.text
        self.sections = preorder(doc.sections)
        self.titles = [to_simplified(s.title) for s in self.sections]
        # Normalized spans of text that counts as content: not the title, addressee or signature.
        spans = [(p.start, p.end) for p in doc.paragraphs if p.role in ("preamble", "heading", "body", "closing")]
        self.content = [self.norm.norm_span(s, e) for s, e in spans]
        self._content_starts = [s for s, _ in self.content]
        self.not_annual = doc.metadata.document_type not in (None, ANNUAL_REPORT)
        self.cache: dict[Any, Any] = {}
        self._by_title: dict[str, list[int]] | None = None

    # -- offsets ---------------------------------------------------------------------------
    def in_content(self, npos: int) -> bool:
        i = bisect.bisect_right(self._content_starts, npos) - 1
        return i >= 0 and self.content[i][0] <= npos < self.content[i][1]

    def nspan(self, start: int, end: int) -> tuple[int, int]:
        """Original span -> normalized span."""
        return self.norm.norm_span(start, end)

    def body_spans(self, sec: Section) -> list[tuple[int, int]]:
        """Normalized spans of a section's own body (run-in text included, sub-sections not)."""
        if self.norm._index is None:  # the same offsets
            return [(s, e) for s, e in sec.paragraphs]
        return [self.nspan(s, e) for s, e in sec.paragraphs]

    def title_span(self, sec: Section) -> tuple[int, int]:
        return self.nspan(sec.title_start, sec.title_end)

    def heading_sections(self, rx: re.Pattern | None, exclude: re.Pattern | None = None) -> list[Section]:
        """Sections whose title matches ``rx`` (and not ``exclude``), at any level."""
        if rx is None:
            return []
        if self._by_title is None:  # titles repeat ("总体情况", "存在问题"): each distinct one is searched once
            self._by_title = {}
            for k, t in enumerate(self.titles):
                self._by_title.setdefault(t, []).append(k)
        picked = [k for t, ks in self._by_title.items() if rx.search(t) and not (exclude and exclude.search(t))
                  for k in ks]
        return [self.sections[k] for k in sorted(picked)]

    # -- quotes ----------------------------------------------------------------------------
    def around(self, nstart: int, nend: int, boundary: re.Pattern = SENTENCE_END) -> tuple[int, int]:
        """The sentence (or clause) holding a match, clipped to MAX_QUOTE characters."""
        t = self.ntext
        left, right = _edges(t, nstart, nend, boundary)
        if right < len(t) and t[right] in "。;!?":
            right += 1
        if right - left > MAX_QUOTE and boundary is not CLAUSE_END:
            # A long sentence: quote the clause that holds the match instead.
            left, right = self.around(nstart, nend, CLAUSE_END)
        if right - left > MAX_QUOTE:
            half = (MAX_QUOTE - (nend - nstart)) // 2
            left = max(left, nstart - max(half, 10))
            right = min(right, left + MAX_QUOTE)
        while left < nstart and t[left] in " \t,":
            left += 1
        return left, max(right, nend)

    def evidence(self, nstart: int, nend: int) -> Evidence:
        s, e = self.norm.orig_span(nstart, nend)
        return Evidence(self.doc.path_at(s), self.doc.text[s:e], s, e)

    def heading_evidence(self, sec: Section) -> Evidence:
        return Evidence(" > ".join(sec.path), self.doc.text[sec.start : sec.heading_end], sec.start, sec.heading_end)

    def quotes(self, spans: list[tuple[int, int]]) -> list[Evidence]:
        """The sentences holding these normalized spans, each quoted once."""
        out, seen = [], set()
        for s, e in spans:
            qs, qe = self.around(s, e)
            if (qs, qe) in seen:
                continue
            seen.add((qs, qe))
            out.append(self.evidence(qs, qe))
            if len(out) >= MAX_EVIDENCE:
                break
        return out

    def original(self, nstart: int, nend: int) -> str:
        s, e = self.norm.orig_span(nstart, nend)
        return self.doc.text[s:e]

    # -- applicability ---------------------------------------------------------------------
    def skip_reason(self, rule) -> str | None:
        md = self.doc.metadata
        a = rule.applies_to
        if "format" in a and self.doc.format not in a["format"]:
            return f"仅适用于 {'/'.join(a['format'])} 文件"
        if "document_type" in a and self.not_annual and md.document_type not in a["document_type"]:
            label = DOCUMENT_TYPES.get(md.document_type, md.document_type)
            return f"文件不是法治政府建设年度报告（识别为：{label}），不检查此项"
        for key, label in (("issuer_type", "发文机关类型"), ("level", "行政层级")):
            if key in a:
                value = getattr(md, key)
                if value is None:
                    return f"无法从报告中确认{label}，此项仅适用于：{'、'.join(map(str, a[key]))}"
                if value not in a[key]:
                    return f"此项仅适用于{label}为 {'、'.join(map(str, a[key]))} 的报告"
        return None


def _edges(t: str, nstart: int, nend: int, boundary: re.Pattern) -> tuple[int, int]:
    """Start and end of the sentence (or clause) holding [nstart, nend), looked for within REACH.

    A boundary further away than REACH makes the span longer than MAX_QUOTE either way, and
    ``around`` then clips it to a window of the match that no longer depends on where exactly the
    boundary is: the edge of the reach stands in for it. So a quote costs the same in a document
    that is one 7-million-character sentence.
    """
    lo, hi = max(0, nstart - REACH), min(len(t), nend + REACH)
    if boundary is SENTENCE_END or boundary is CLAUSE_END:  # one character each: scan in C
        last = _LAST[boundary].match(t, lo, nstart)  # greedy: up to the last boundary before the match
        m = boundary.search(t, nend, hi)
        return (last.end() if last else lo), (m.start() if m else hi)
    left = nstart
    while left > lo and not boundary.match(t[left - 1]):
        left -= 1
    right = nend
    while right < hi and not boundary.match(t[right]):
        right += 1
    return left, right


def finding(rule, verdict: str, coverage: str, message: str, evidence: list[Evidence]) -> Finding:
    """A finding for ``rule``; the rule's own ``messages`` override the engine's wording."""
    return Finding(
        rule=rule.id,
        verdict=verdict,
        coverage=coverage,
        severity=rule.severity,
        title=rule.title,
        message=rule.messages.get(coverage, message) if verdict != "skip" else message,
        basis=rule.basis.text(),
        evidence=evidence[:MAX_EVIDENCE],
        guidance=rule.guidance,
        group=rule.group,
    )

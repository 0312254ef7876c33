"""Plain data records that flow through read -> outline -> check -> render.

Every offset (``start``/``end``) is a character offset into ``Document.text``,
the text as extracted from the file (never the normalized copy), so that
``text[start:end]`` is always a verbatim quote.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "lawcheck/1"

# Values of Metadata.level (contract): the administrative level of the issuer.
LEVELS = ("province", "city", "county", "township")

# Values of Metadata.document_type.
ANNUAL_REPORT = "annual_report"  # 法治政府建设年度报告
DOCUMENT_TYPES = {
    ANNUAL_REPORT: "法治政府建设年度报告",
    "info_disclosure_report": "政府信息公开工作年度报告",
    "work_plan": "工作要点/工作计划/工作安排",
    "implementation_plan": "实施方案/实施意见",
    "interpretation": "政策解读",
    "work_summary": "其他工作总结或报告",
    "news": "新闻报道",
    "paper": "研究文章",
    "template": "范文或模板（含占位符）",
    "duty_list": "职责清单",
    "notice": "通知、指引等其他公文",
    "personal_report": "个人述职、述法报告",
    "rectification_report": "整改情况报告",
}

VERDICTS = ("pass", "warn", "fail", "skip")
COVERAGES = ("heading", "body", "declared_absent", "none")
SEVERITIES = ("mandatory", "recommended", "info")


@dataclass(slots=True)
class RawParagraph:
    """One paragraph as a reader found it (never changed in place: passes make new ones with
    ``dataclasses.replace``; not frozen because a 200,000-paragraph file builds these several times, and a
    frozen dataclass costs twice as much to build).

    ``style_level`` is a heading level the file itself declares (Word heading
    style or outline level, HTML <h2>.., Markdown #): 1 = top. 0 marks a
    declared document title. None = no declaration (plain body or plain text).
    ``source_index`` is the reader's own index (e.g. the n-th ``w:p`` of a
    .docx body) so writers such as ``annotate`` can find the paragraph again.
    ``lead_end`` ends a run-in heading marked by formatting (a bold or
    differently-fonted lead run); ``emphasis`` marks a short paragraph that is bold
    throughout ("**主要工作及成效**" with no number); ``role`` is a hint from the line-role pass
    (``"furniture"``: page furniture, never content).
    """

    start: int
    end: int
    style_level: int | None = None
    auto_number: str | None = None  # e.g. "一、" rendered from Word numbering
    source_index: int | None = None
    lead_end: int | None = None
    role: str | None = None
    # The whole (short) paragraph is bold: a heading set off by formatting alone. 2: the look of the level below
    # (a PDF's heading face in the body size, under larger lines).
    emphasis: bool | int = False


@dataclass
class RawDocument:
    """What a reader returns: the text, its paragraphs, and facts from the file's chrome."""

    path: str
    format: str  # txt, md, html, pdf, docx
    text: str
    paragraphs: list[RawParagraph]
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # published_date, source, page_title
    source: Any = None  # the parsed file (python-docx Document for .docx), reused by later stages


@dataclass
class Metadata:
    title: str | None = None
    issuer: str | None = None
    issuer_type: str | None = None
    level: str | None = None
    region: str | None = None
    year: int | None = None
    signed_date: str | None = None  # YYYY-MM-DD
    published_date: str | None = None  # YYYY-MM-DD
    document_type: str | None = None
    source: str | None = None  # 来源 from web page chrome
    # Date fields whose date exists in the document but is impossible (2月30日): the verbatim text.
    unreadable: dict[str, str] = field(default_factory=dict)
    type_reason: str | None = None  # why document_type was decided (Chinese, for messages)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "issuer": self.issuer,
            "issuer_type": self.issuer_type,
            "level": self.level,
            "region": self.region,
            "year": self.year,
            "signed_date": self.signed_date,
            "published_date": self.published_date,
            "document_type": self.document_type,
            "source": self.source,
            "unreadable": dict(self.unreadable),
        }


@dataclass
class Section:
    number: str | None  # the numeral as written, e.g. "一", "(一)" -> "一", "1"
    title: str
    level: int  # 1 = top
    start: int  # start of the heading paragraph
    end: int  # end of the section's last paragraph
    heading_end: int  # end of the heading text (number + title)
    title_start: int
    title_end: int
    marker: str | None = None  # the numbering marker as written, e.g. "（一）"
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # body paragraphs
    children: list["Section"] = field(default_factory=list)
    path: tuple[str, ...] = ()  # headings from the top down to this one

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    @property
    def heading(self) -> str:
        return self.path[-1] if self.path else self.title

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "level": self.level,
            "start": self.start,
            "end": self.end,
            "heading_end": self.heading_end,
            "paragraphs": [list(p) for p in self.paragraphs],
            "children": [c.to_dict() for c in self.children],
        }


@dataclass(frozen=True)
class Evidence:
    section: str  # section path, " > "-joined headings; "" for text outside any section
    quote: str  # == Document.text[start:end]
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "quote": self.quote, "start": self.start, "end": self.end}


@dataclass
class Finding:
    rule: str
    verdict: str  # pass | warn | fail | skip
    coverage: str  # heading | body | declared_absent | none
    severity: str  # mandatory | recommended | info
    title: str
    message: str
    basis: str
    evidence: list[Evidence] = field(default_factory=list)
    guidance: str = ""
    group: str = ""
    expected: str | None = None  # layout rules: the expected value
    actual: str | None = None  # layout rules: the value found

    def to_dict(self) -> dict[str, Any]:
        d = {
            "rule": self.rule,
            "verdict": self.verdict,
            "coverage": self.coverage,
            "severity": self.severity,
            "title": self.title,
            "message": self.message,
            "basis": self.basis,
            "evidence": [e.to_dict() for e in self.evidence],
            "guidance": self.guidance,
            "group": self.group,
        }
        if self.expected is not None or self.actual is not None:
            d["expected"] = self.expected
            d["actual"] = self.actual
        return d


# Roles of a paragraph in the layout of a report.
# "furniture": page furniture (banners, breadcrumbs, metadata blocks, related links, footers).
ROLES = ("title", "addressee", "preamble", "heading", "body", "closing", "signature", "date", "trailer", "furniture")


@dataclass(slots=True)
class Paragraph:  # never changed in place (not frozen: see RawParagraph)
    start: int
    end: int
    role: str
    source_index: int | None = None  # reader's index (e.g. .docx body paragraph number)


@dataclass
class Document:
    """A report read and outlined: the result of ``lawcheck.outline(path)``."""

    file: str
    format: str
    text: str
    metadata: Metadata
    sections: list[Section]
    paragraphs: list[Paragraph]
    encoding: str | None = None
    source: Any = field(default=None, repr=False, compare=False)  # RawDocument.source; not serialised

    def __getstate__(self) -> dict[str, Any]:
        # The parsed file stays in the process that read it: python-docx (lxml) trees do not pickle,
        # and batch workers send their results to the parent.
        state = dict(self.__dict__)
        state["source"] = None
        return state

    def walk(self):
        for s in self.sections:
            yield from s.walk()

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose span holds ``offset``: the last one, in walk order, that holds it.

        A section holds [start, end), or just its start when it is empty. Answered by bisection in a
        table built once per document (every evidence quote asks), not by a walk over all sections.
        """
        import bisect

        index = self.__dict__.get("_section_index")
        if index is None or index[0] != (id(self.sections), len(self.sections)):
            index = ((id(self.sections), len(self.sections)),) + _section_table(preorder(self.sections))
            self.__dict__["_section_index"] = index
        _, xs, on_segment, at_point, secs = index
        i = bisect.bisect_right(xs, offset) - 1
        if i < 0:
            return None
        k = at_point[i] if offset == xs[i] else on_segment[i]
        return secs[k] if k >= 0 else None

    def path_at(self, offset: int) -> str:
        s = self.section_at(offset)
        return " > ".join(s.path) if s else ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "file": self.file,
            "format": self.format,
            "encoding": self.encoding,
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
        }


def preorder(top: list[Section]) -> list[Section]:
    """The sections in ``Document.walk`` order, without a generator per level (a deep outline has a hundred
    thousand sections)."""
    out, stack = [], list(reversed(top))
    while stack:
        s = stack.pop()
        out.append(s)
        stack.extend(reversed(s.children))
    return out


def _section_table(secs: list[Section]) -> tuple:
    """Breakpoints of ``section_at`` and its answer (an index into ``secs``, -1 for none) on each piece.

    Between two consecutive breakpoints (every start and end) the same sections hold the offset;
    the answer is the latest of them in walk order, found by a sweep from left to right (with a
    stack when sections open in walk order, else a max-heap). At a breakpoint itself, empty
    sections starting there also count.
    """
    import heapq

    starts = [s.start for s in secs]
    ends = [s.end for s in secs]
    xs = sorted(set(starts) | set(ends))
    opens: dict[int, list[int]] = {}
    points: dict[int, int] = {}
    for k, (a, b) in enumerate(zip(starts, ends)):
        if a < b:
            opens.setdefault(a, []).append(k)
        elif a == b:
            points[a] = k  # the last empty section at this offset
    on_segment, at_point = [], []
    order = [k for x in sorted(opens) for k in opens[x]]
    if all(a < b for a, b in zip(order, order[1:])):
        # Sections open in walk order (a well-formed tree): the latest open one is on top of a stack.
        stack: list[int] = []
        for x in xs:
            stack += opens.get(x, ())
            while stack and ends[stack[-1]] <= x:
                stack.pop()
            best = stack[-1] if stack else -1
            on_segment.append(best)
            at_point.append(best if x not in points else max(best, points[x]))
        return xs, on_segment, at_point, secs
    heap: list[tuple[int, int]] = []  # (-index, end)
    for x in xs:
        for k in opens.get(x, ()):
            heapq.heappush(heap, (-k, ends[k]))
        while heap and heap[0][1] <= x:
            heapq.heappop(heap)
        best = -heap[0][0] if heap else -1
        on_segment.append(best)
        at_point.append(best if x not in points else max(best, points[x]))
    return xs, on_segment, at_point, secs

"""What each Word comment of ``lawcheck annotate`` says, and where it goes.

Pure functions over a ``Document`` and its ``CheckResult`` (no python-docx): the
result is a list of ``PlannedComment`` in document order, each naming the
paragraph (and, for a quote, the characters) it belongs on. ``annotate.py``
turns them into Word comments.

Where:

- a finding with evidence: on its first quote (layout findings: the whole first
  paragraph that shows the problem);
- a missing item (``coverage == "none"``): where it belongs. After the last
  paragraph of the part it follows (the five items have a usual order), else
  before the heading of the part it precedes, else at the title. An
  institution a report should evidence goes at the end of the measures part.
  The comment's 建议位置 says the same place ("在“一、…”部分之后（即本段之后）");
- reference-level (参考) hints: one 审查概要 comment at the title, which first
  lists the mandatory problems and where their comments are.

What: ``【必备·缺失】标题（规则）``, then 发现, any quotes other than the anchored
one, 实际/应为 when the message does not already say them, 建议位置, 应补充
(or 修改建议) and 依据. No line repeats another.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .labels import SEVERITY_LABEL, fix_label, group_of, location, quote, verdict_label

# The five items of the annual report in the order a report usually has them.
ITEM_ORDER = ("content.measures", "content.first_responsibility", "content.shortcomings", "content.next_year",
              "content.other")
MEASURES = "content.measures"
# Page-level layout rules (paper, margins, page numbers): one dialog in Word, one comment at the title.
PAGE_SETUP = ("layout.page", "layout.margins", "layout.page_numbers")
FIRST_RESPONSIBILITY = "content.first_responsibility"
SUMMARY = "summary"

_SEVERITY_RANK = {"mandatory": 0, "recommended": 1, "info": 2}
_VERDICT_RANK = {"fail": 0, "warn": 1}


@dataclass
class PlannedComment:
    rule: str
    verdict: str
    severity: str
    paragraph: int  # index into Document.paragraphs; -1 when the document has none to offer
    start: int | None  # characters to anchor on (None: the whole paragraph)
    end: int | None
    anchor: str  # "evidence" | "place" | "title" | "first_paragraph"
    text: str
    rules: tuple[str, ...] = ()
    order: tuple = field(default=(), repr=False)
    elsewhere: str = ""  # the text to use if the anchor cannot be marked and the comment goes to the title
    spot: str = ""  # where the comment is, in words (for the 审查概要)


def plan_comments(doc, result) -> list[PlannedComment]:
    """The comments for every warn/fail finding of ``result``, in document order."""
    places = _Places(doc, result)
    planned: list[PlannedComment] = []
    info = []
    problems = [f for f in result.findings if f.verdict in ("warn", "fail")]
    page = [f for f in problems if f.rule in PAGE_SETUP and f.severity != "info"]
    if len(page) > 1:
        planned.append(_page_setup(places, page))
    for k, f in enumerate(problems):
        if f.severity == "info":
            info.append(f)
            continue
        if len(page) > 1 and f in page:
            continue
        i, start, end, anchor, where, spot = places.target(f)
        text = comment_text(f, where, places.cut(f), anchored=(start, end) if anchor == "evidence" else None)
        elsewhere = comment_text(f, where, places.cut(f)) if anchor == "evidence" else text
        planned.append(PlannedComment(f.rule, f.verdict, f.severity, i, start, end, anchor, text, (f.rule,),
                                      (_SEVERITY_RANK.get(f.severity, 3), _VERDICT_RANK[f.verdict], k),
                                      elsewhere, spot))
    summary = _summary(doc, places, planned, info)
    if summary is not None:
        planned.append(summary)
    planned.sort(key=lambda c: (c.paragraph, c.order))
    return planned


def comment_text(f, where: str = "", cut: dict | None = None, anchored: tuple | None = None) -> str:
    """The text of one comment; ``anchored``: the (start, end) it is anchored on, not quoted again."""
    cut = cut or {}
    layout = (f.group or group_of(f.rule)) == "layout"
    lines = [f"【{SEVERITY_LABEL.get(f.severity, f.severity)}·{verdict_label(f)}】{f.title}（{f.rule}）",
             f"发现：{f.message}"]
    said = f.message
    if layout:
        for name, value in (("实际", f.actual), ("应为", f.expected)):
            if value and not _already_said(value, said) and not (name == "应为" and ("应为" in said or "应在" in said)):
                lines.append(f"{name}：{value}")
                said += value
    else:
        shown = [e for e in f.evidence if anchored is None or (e.start, e.end) != anchored][:2]
        for e in shown:
            q = quote(e.quote, 60, cut.get((e.start, e.end), False))
            if q not in said:
                lines.append(f"原文：“{q}”")
    if where:
        lines.append(f"建议位置：{where}")
    if f.guidance:
        lines.append(f"{fix_label(f)}：{f.guidance}")
    lines.append(f"依据：{f.basis}")
    return "\n".join(lines)


def _page_setup(places, page: list) -> PlannedComment:
    """One comment for the page-level layout problems (they are fixed in one place in Word)."""
    worst = min(page, key=lambda f: (_SEVERITY_RANK.get(f.severity, 3), _VERDICT_RANK[f.verdict]))
    titles = "、".join(f.title.split("（")[0] for f in page)
    lines = [f"【{SEVERITY_LABEL.get(worst.severity, worst.severity)}·{verdict_label(worst)}】页面设置：{titles}"
             f"（{'、'.join(f.rule for f in page)}）"]
    for n, f in enumerate(page, 1):
        lines.append(f"{n}. {f.message}")
        if f.guidance:
            lines.append(f"   {fix_label(f)}：{f.guidance}")
    lines.append(f"依据：{'；'.join(dict.fromkeys(f.basis for f in page))}")
    i, kind = places.at_title()
    text = "\n".join(lines)
    return PlannedComment(page[0].rule, worst.verdict, worst.severity, i, None, None, kind, text,
                          tuple(f.rule for f in page), (_SEVERITY_RANK.get(worst.severity, 3), 0, -1), text, "标题")


def _already_said(value: str, said: str) -> bool:
    """Every "；"-separated piece of ``value`` (less a "（3处）" count or a "一级标题 " lead) is in ``said``."""
    import re

    pieces = [re.sub(r"（\d+处）$", "", p.strip()) for p in value.split("；") if p.strip()]
    return all(p in said or re.sub(r"^[一二三四五六七八九]级标题\s*", "", p) in said for p in pieces)


# --------------------------------------------------------------------------------------------


class _Places:
    """Paragraphs of the document, and the top-level part each of the five items was found in."""

    def __init__(self, doc, result):
        self.doc = doc
        self.paras = doc.paragraphs
        self.starts = [p.start for p in self.paras]
        self.title = next((i for i, p in enumerate(self.paras) if p.role == "title"), None)
        self.tops = list(doc.sections)
        self.top_of: dict[str, int] = {}
        for f in result.findings:
            if f.rule not in ITEM_ORDER or f.coverage != "heading" or not f.evidence or f.verdict == "skip":
                continue
            tops = [t for t in (self._top(e.start) for e in f.evidence) if t is not None]
            if f.rule == MEASURES and tops:
                self.top_of[f.rule] = max(tops)
            elif tops and self._is_top_heading(f.evidence[0].start):
                self.top_of[f.rule] = tops[0]
        measures = result.finding(MEASURES) if hasattr(result, "finding") else None
        others = sorted(v for r, v in self.top_of.items() if r != MEASURES)
        if MEASURES in self.top_of:
            later = [o for o in others if o > self.top_of[MEASURES]]
            if later:  # thematic parts before the next item are measures too
                self.top_of[MEASURES] = later[0] - 1
        elif measures is not None and measures.verdict in ("pass", "warn") and others and others[0] > 0:
            self.top_of[MEASURES] = others[0] - 1

    def _top(self, offset: int) -> int | None:
        for k, s in enumerate(self.tops):
            if s.start <= offset < max(s.end, s.start + 1):
                return k
        return None

    def _is_top_heading(self, offset: int) -> bool:
        k = self._top(offset)
        return k is not None and self.tops[k].start <= offset < max(self.tops[k].heading_end, self.tops[k].start + 1)

    def para_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0) if self.paras else -1

    def name(self, k: int) -> str:
        s = self.tops[k]
        return s.path[0] if s.path else s.title

    def last_paragraph(self, k: int) -> int:
        s = self.tops[k]
        return self.para_at(max(s.end - 1, s.start))

    def heading_paragraph(self, k: int) -> int:
        return self.para_at(self.tops[k].start)

    def at_title(self) -> tuple[int, str]:
        if self.title is not None:
            return self.title, "title"
        return (0, "first_paragraph") if self.paras else (-1, "title")

    def cut(self, f) -> dict:
        """Which quotes are pieces of their paragraph (they end before it does)."""
        out = {}
        for e in f.evidence:
            i = self.para_at(e.start)
            out[(e.start, e.end)] = i >= 0 and e.end < self.paras[i].end
        return out

    def target(self, f) -> tuple[int, int | None, int | None, str, str, str]:
        """(paragraph, start, end, anchor kind, 建议位置, where in words) for one finding."""
        if f.evidence and self.paras:
            e = f.evidence[0]
            i = self.para_at(e.start)
            spot = location(self.doc, e.start)
            if (f.group or group_of(f.rule)) == "layout":
                return i, None, None, "evidence", "", spot
            return i, e.start, e.end, "evidence", "", spot
        if f.coverage == "none" and (f.group or group_of(f.rule)) not in ("timing", "layout", "doc"):
            place = self._missing(f.rule)
            if place is not None:
                return place[0], None, None, "place", place[1], place[2]
            i, kind = self.at_title()
            return i, None, None, kind, self._default_where(f.rule), "标题"
        i, kind = self.at_title()
        return i, None, None, kind, "", "标题"

    def _missing(self, rule: str) -> tuple[int, str, str] | None:
        """(paragraph, 建议位置, where the comment is in words) for an item the report lacks."""
        top = self.top_of
        if rule == FIRST_RESPONSIBILITY and MEASURES in top:
            m = top[MEASURES]
            return (self.last_paragraph(m),
                    f"在“{self.name(m)}”部分末尾（即本段之后）增加一个小标题，或在该部分之后单列一部分",
                    f"“{self.name(m)}”部分末尾")
        if rule in ITEM_ORDER:
            k = ITEM_ORDER.index(rule)
            before = [r for r in reversed(ITEM_ORDER[:k]) if r in top]
            after = [r for r in ITEM_ORDER[k + 1:] if r in top]
            if before:
                t = top[before[0]]
                return (self.last_paragraph(t), f"在“{self.name(t)}”部分之后（即本段之后）单列一部分（一级标题）",
                        f"“{self.name(t)}”部分末尾")
            if after:
                t = top[after[0]]
                return (self.heading_paragraph(t), f"在“{self.name(t)}”之前（即本标题之前）单列一部分（一级标题）",
                        f"“{self.name(t)}”标题处")
            return None
        if MEASURES in top:
            m = top[MEASURES]
            return (self.last_paragraph(m), f"在“{self.name(m)}”部分末尾（即本段之后）补充，可增设小标题",
                    f"“{self.name(m)}”部分末尾")
        return None

    @staticmethod
    def _default_where(rule: str) -> str:
        if rule in ITEM_ORDER:
            return "作为报告的一个部分（一级标题）单列"
        return "在记述主要举措和成效的部分中补充"


def _summary(doc, places: _Places, planned: list[PlannedComment], info: list) -> PlannedComment | None:
    """The 审查概要 at the title: mandatory problems first, then the reference-level hints."""
    mandatory = sorted((c for c in planned if c.severity == "mandatory"), key=lambda c: (c.paragraph, c.order))
    recommended = sum(1 for c in planned if c.severity == "recommended")
    if not mandatory and not info:
        return None
    counts = [f"必备项问题 {len(mandatory)} 条"] if mandatory else ["没有必备项问题"]
    if recommended:
        counts.append(f"建议项 {recommended} 条")
    lines = [f"【审查概要】{'，'.join(counts)}" + ("（批注在相应位置）" if mandatory or recommended else "")
             + (f"；参考项 {len(info)} 条汇总在本批注" if info else "") + "。"]
    if mandatory:
        lines.append("请先处理必备项：")
        for n, c in enumerate(mandatory, 1):
            head = c.text.split("\n", 1)[0]
            title = head[head.index("】") + 1:].rsplit("（", 1)[0]
            word = head[1:head.index("】")].split("·")[-1]
            lines.append(f"{n}. {title}（{word}）——批注在：{c.spot or '标题'}")
    if info:
        lines.append("参考项（供参考，不作为报送的必备内容）：")
        for n, f in enumerate(info, 1):
            lines.append(f"{n}. {f.title}（{verdict_label(f)}）：{f.message}")
        sources = list(dict.fromkeys(f.basis.split("》")[0] + "》" if "》" in f.basis else f.basis for f in info))
        lines.append(f"依据：{'、'.join(sources)}")
    i, kind = places.at_title()
    worst = "fail" if any(c.verdict == "fail" for c in mandatory) else "warn"
    return PlannedComment(SUMMARY, worst, "", i, None, None, kind, "\n".join(lines),
                          tuple(f.rule for f in info), (-1,))

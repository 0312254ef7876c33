"""Judge a report against the rulebook: coverage, verdict and evidence per rule.

Four engines evaluate the data in the rule packs:
- ``doctype``: is this a 法治政府建设年度报告 at all?
- ``item``: a required content item, judged on the section tree (heading at any
  level, else body text, else a statement that it was not done, else nothing);
- ``cue``: an institution the report should evidence, judged clause by clause;
- ``timing``: signed and published dates against the deadlines.
The ``layout`` engine (GB/T 9704 for .docx) lives in ``layout.py``.
Matching runs on the normalized text; every quote is cut from the original.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .model import ANNUAL_REPORT, DOCUMENT_TYPES, Document, Evidence, Finding, Section
from .normalize import normalize, to_simplified
from .rulebook import Rule, Rulebook, as_rulebook

_CLAUSE_END = re.compile(r"[。;!?,\n]")
_SENTENCE_END = re.compile(r"[。;!?\n]")
MAX_QUOTE = 120
MAX_EVIDENCE = 3


@dataclass
class CheckResult:
    document: Document
    findings: list[Finding]
    rulebook: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = self.document.to_dict()
        d["findings"] = [f.to_dict() for f in self.findings]
        d["rule_packs"] = list(self.rulebook)
        return d

    def finding(self, rule_id: str) -> Finding | None:
        return next((f for f in self.findings if f.rule == rule_id), None)

    @property
    def verdicts(self) -> dict[str, str]:
        return {f.rule: f.verdict for f in self.findings}


def check(path, rules=None, **kwargs) -> CheckResult:
    """Read, outline and check one report file. ``rules``: extra pack names or files."""
    from .api import outline

    return check_document(outline(path), as_rulebook(rules, kwargs.get("defaults", True)))


def exit_code(result: CheckResult) -> int:
    return 1 if any(f.verdict == "fail" and f.severity == "mandatory" for f in result.findings) else 0


def check_document(doc: Document, book: Rulebook, only: set[str] | None = None) -> CheckResult:
    ctx = _Context(doc, book)
    findings = []
    for rule in book.rules:
        if only is not None and rule.id not in only:
            continue
        findings.append(ctx.evaluate(rule))
    return CheckResult(doc, findings, list(book.packs))


class _Context:
    """Per-document indexes built once and shared by every rule."""

    def __init__(self, doc: Document, book: Rulebook):
        self.doc = doc
        self.book = book
        self.norm = getattr(doc, "_norm", None) or normalize(doc.text)
        self.ntext = self.norm.text
        self.sections = list(doc.walk())
        self.titles = [to_simplified(s.title) for s in self.sections]
        # Offsets (normalized) of text that counts as content: not the title or signature.
        spans = [(p.start, p.end) for p in doc.paragraphs if p.role in ("preamble", "heading", "body", "closing")]
        self.content = [self.norm.norm_span(s, e) for s, e in spans]
        self._content_starts = [s for s, _ in self.content]
        self.not_annual = doc.metadata.document_type not in (None, ANNUAL_REPORT)
        self._plans: list[tuple[int, int]] | None = None

    # -- offsets -------------------------------------------------------------

    def in_content(self, npos: int) -> bool:
        i = bisect.bisect_right(self._content_starts, npos) - 1
        return i >= 0 and self.content[i][0] <= npos < self.content[i][1]

    def evidence(self, nstart: int, nend: int) -> Evidence:
        s, e = self.norm.orig_span(nstart, nend)
        return Evidence(self.doc.path_at(s), self.doc.text[s:e], s, e)

    def heading_evidence(self, sec: Section) -> Evidence:
        return Evidence(" > ".join(sec.path), self.doc.text[sec.start : sec.heading_end], sec.start, sec.heading_end)

    def around(self, nstart: int, nend: int, boundary: re.Pattern = _SENTENCE_END) -> tuple[int, int]:
        """The sentence (or clause) holding a match, clipped to MAX_QUOTE characters."""
        t = self.ntext
        left = nstart
        while left > 0 and not boundary.match(t[left - 1]):
            left -= 1
        right = nend
        while right < len(t) and not boundary.match(t[right]):
            right += 1
        if right < len(t) and t[right] in "。;!?":
            right += 1
        if right - left > MAX_QUOTE and boundary is not _CLAUSE_END:
            # A long sentence: quote the clause that holds the match instead.
            left, right = self.around(nstart, nend, _CLAUSE_END)
        if right - left > MAX_QUOTE:
            half = (MAX_QUOTE - (nend - nstart)) // 2
            left = max(left, nstart - max(half, 10))
            right = min(right, left + MAX_QUOTE)
        while left < nstart and t[left] in " \t,":
            left += 1
        return left, max(right, nend)

    # -- applicability ---------------------------------------------------------
    def skip_reason(self, rule: Rule) -> str | None:
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

    # -- engines ---------------------------------------------------------------
    def evaluate(self, rule: Rule) -> Finding:
        if rule.engine == "layout":
            from .layout import evaluate_layout

            return evaluate_layout(self.doc, rule, self.skip_reason(rule))
        reason = self.skip_reason(rule)
        if reason:
            return self.finding(rule, "skip", "none", reason, [])
        return getattr(self, "_" + rule.engine)(rule)

    def finding(self, rule: Rule, verdict: str, coverage: str, message: str, evidence: list[Evidence]) -> Finding:
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

    def _doctype(self, rule: Rule) -> Finding:
        md = self.doc.metadata
        accept = rule.detect.get("accept", [ANNUAL_REPORT])
        ev = self._title_evidence()
        if md.document_type in accept:
            return self.finding(rule, "pass", "heading", "文件是法治政府建设年度报告。", ev)
        if md.document_type is None:
            return self.finding(rule, "warn", "none",
                                "未能确认文件类型：标题和开头没有写明这是法治政府建设年度报告，仍按年度报告检查。", ev)
        label = DOCUMENT_TYPES.get(md.document_type, md.document_type)
        return self.finding(rule, "fail", "none", f"文件识别为“{label}”，不是法治政府建设年度报告，内容项不予检查。", ev)

    def _title_evidence(self) -> list[Evidence]:
        for p in self.doc.paragraphs:
            if p.role == "title":
                return [Evidence("标题", self.doc.text[p.start : p.end], p.start, p.end)]
        m = re.search(r"[^。\n]{0,40}报告如下", self.ntext[:800])
        if m:
            return [self.evidence(*self.around(m.start(), m.end()))]
        return []

    # Sections whose title matches.
    def heading_sections(self, rx: re.Pattern | None, exclude: re.Pattern | None = None) -> list[Section]:
        if rx is None:
            return []
        return [s for s, t in zip(self.sections, self.titles) if rx.search(t) and not (exclude and exclude.search(t))]

    def cue_matches(self, rule: Rule, cues: re.Pattern | None = None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """(positive, negated) normalized spans of cue matches in content text."""
        cues = cues or rule.detect.get("cues")
        if cues is None:
            return [], []
        neg = rule.detect.get("negation")
        exclude = rule.detect.get("exclude")
        pos, negd = [], []
        for m in cues.finditer(self.ntext):
            if not self.in_content(m.start()):
                continue
            cs, ce = self.around(m.start(), m.end(), _CLAUSE_END)
            clause = self.ntext[cs:ce]
            if exclude is not None and exclude.search(clause):
                continue
            before = self.ntext[cs : m.start()]
            if neg is not None and neg.search(before):
                negd.append((m.start(), m.end()))
            else:
                pos.append((m.start(), m.end()))
        return pos, negd

    def _quotes(self, spans: list[tuple[int, int]]) -> list[Evidence]:
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

    def _body_or_absent(self, rule: Rule, matches=None) -> Finding:
        pos, negd = matches or self.cue_matches(rule)
        if pos:
            return self.finding(rule, rule.verdict_for("body"), "body",
                                "正文中有相关表述，但没有单独的章节或小标题。" if rule.engine == "item"
                                else "正文中有相关表述。", self._quotes(pos))
        if negd:
            return self.finding(rule, rule.verdict_for("declared_absent"), "declared_absent",
                                "报告自述未开展或未建立此项工作（见引文）。", self._quotes(negd))
        return self.finding(rule, rule.verdict_for("none"), "none", "报告中没有找到相关内容。", [])

    def _cue(self, rule: Rule) -> Finding:
        secs = self.heading_sections(rule.detect.get("headings"), rule.detect.get("exclude"))
        done = [s for s in secs if not self.in_plan(s.start)]
        if done:
            return self.finding(rule, rule.verdict_for("heading"), "heading", "报告设有相关章节或小标题。",
                                [self.heading_evidence(s) for s in done])
        pos, negd = self.cue_matches(rule)
        if secs or pos:
            reported = [p for p in pos if not self.in_plan(self.norm.orig(p[0]))]
            if reported:
                return self.finding(rule, rule.verdict_for("body"), "body", "正文中有相关表述。", self._quotes(reported))
            # Only next year's plans mention it: nothing is reported as done this year.
            ev = [self.heading_evidence(s) for s in secs] + self._quotes(pos)
            return self.finding(rule, "warn", "body", "只在下一年度工作安排中提到，没有报告本年度的落实情况。", ev)
        return self._body_or_absent(rule, (pos, negd))

    def in_plan(self, offset: int) -> bool:
        """Is this original offset inside the next-year plan section?"""
        if self._plans is None:
            plan_rule = self.book.get("content.next_year")
            secs = self.heading_sections(plan_rule.detect.get("headings"), plan_rule.detect.get("exclude")) \
                if plan_rule else []
            self._plans = [(s.start, s.end) for s in secs if s.level == 1]
        return any(s <= offset < e for s, e in self._plans)

    def _item(self, rule: Rule) -> Finding:
        d = rule.detect
        secs = self.heading_sections(d.get("headings"), d.get("exclude"))
        fallback = False
        if not secs and d.get("fallback") == "leading_sections":
            secs = self._leading_sections(d.get("claimed_by", []))
            fallback = bool(secs)
        if not secs:
            return self._body_or_absent(rule)
        ev = [self.heading_evidence(s) for s in secs]
        msg = ("以下章节记述了主要举措和成效（标题未使用规定表述）。" if fallback else "报告设有相关章节或小标题。")
        verdict = rule.verdict_for("heading")
        causes = d.get("causes")
        if causes is not None and not any(self._section_has(s, causes) for s in secs):
            verdict = rule.verdicts.get("no_causes", "warn")
            msg = "列出了不足，但没有分析原因（未见“原因”“由于”“究其原因”等表述）。"
        if d.get("year_offset") is not None and self.doc.metadata.year:
            want = self.doc.metadata.year + int(d["year_offset"])
            for s, t in ((s, to_simplified(s.title)) for s in secs):
                m = re.search(r"(\d{4})\s*年", t)
                if m and int(m.group(1)) != want:
                    verdict = "warn"
                    msg = f"章节标题写的是 {m.group(1)} 年，而报告年度为 {self.doc.metadata.year} 年，应安排 {want} 年的工作。"
        return self.finding(rule, verdict, "heading", msg, ev)

    def _section_has(self, sec: Section, rx: re.Pattern) -> bool:
        ns, ne = self.norm.norm_span(sec.heading_end, sec.end)
        return rx.search(self.ntext, ns, ne) is not None

    def _leading_sections(self, claimed_by: list[str]) -> list[Section]:
        """Top-level sections before the first one another item claims (不足, 下一年度, …)."""
        claimed: set[int] = set()
        stop_at = None
        for rid in claimed_by:
            other = self.book.get(rid)
            if other is None:
                continue
            for s in self.heading_sections(other.detect.get("headings"), other.detect.get("exclude")):
                claimed.add(id(s))
                if s.level == 1 and rid != "content.first_responsibility":
                    stop_at = s.start if stop_at is None else min(stop_at, s.start)
        return [s for s in self.doc.sections
                if id(s) not in claimed and (stop_at is None or s.start < stop_at)]

    def _timing(self, rule: Rule) -> Finding:
        md = self.doc.metadata
        field_name = rule.detect.get("date", "signed_date")
        date = getattr(md, field_name)
        what = "签发日期" if field_name == "signed_date" else "发布日期"
        if md.year is None:
            return self.finding(rule, "skip", "none", f"未能从报告中确认报告年度，无法判断{what}是否按期。", [])
        if date is None:
            hint = "（只有网页文件带有发布日期）" if field_name == "published_date" else "（落款处没有可识别的日期）"
            return self.finding(rule, "skip", "none", f"未能从文件中读出{what}{hint}，无法判断是否按期。", [])
        deadline, label = self._deadline(rule)
        due = dt.date(md.year + 1, *deadline)
        got = dt.date.fromisoformat(date)
        ev = self._date_evidence(field_name)
        where = "（取自网页的发布信息，正文中没有）" if field_name == "published_date" else ""
        if got <= due:
            return self.finding(rule, "pass", "body", f"{what} {date}{where}，在 {md.year + 1} 年{label}的期限内。", ev)
        late = (got - due).days
        return self.finding(rule, "fail", "body",
                            f"{what} {date}{where}，晚于 {md.year + 1} 年{label}的期限 {late} 天。", ev)

    def _deadline(self, rule: Rule) -> tuple[tuple[int, int], str]:
        md = self.doc.metadata
        for d in rule.detect.get("deadlines", []):
            when = d.get("when") or {}
            if all(getattr(md, k) in v for k, v in when.items()):
                mo, day = (int(x) for x in str(d["month_day"]).split("-"))
                return (mo, day), d.get("label", f"{mo}月{day}日")
        return (4, 1), "4月1日"

    def _date_evidence(self, field_name: str) -> list[Evidence]:
        if field_name == "signed_date":
            for p in self.doc.paragraphs:
                if p.role == "date":
                    return [Evidence("落款", self.doc.text[p.start : p.end], p.start, p.end)]
        return []

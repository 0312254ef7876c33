"""Judging a .docx's formatting against a layout rule's expectations (for ``layout.py``).

``Ctx`` carries one layout rule's check: the outlined document, the resolved
formatting (``read.docx_format``), the rule and its params. It knows where the
title, headings and body paragraphs are in the file, what font and size a span
of text effectively has, and how to turn many judged places into one finding.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Document, Evidence, Finding, Paragraph, Section
from ..read.docx_format import ALIGN_NAMES, DocxFormat, SectionFormat, is_cjk, size_label

MAX_EVIDENCE = 3
QUOTE_LEN = 60  # layout quotes only need to identify the paragraph
MAX_JUDGED = 2_000  # paragraphs of one kind whose format is read; a real report has a few hundred


def sample(items: list) -> list:
    """All of ``items``, or ``MAX_JUDGED`` of them evenly spaced (first and last included) in a huge file:
    fonts and line pitch are set for the whole document, and reading each of 200,000 paragraphs' runs
    would take minutes."""
    n = len(items)
    if n <= MAX_JUDGED:
        return items
    step = (n - 1) / (MAX_JUDGED - 1)
    return [items[round(k * step)] for k in range(MAX_JUDGED)]


def layout_finding(rule, verdict: str, message: str, evidence: list[Evidence] | None = None,
                   expected: str | None = None, actual: str | None = None) -> Finding:
    return Finding(
        rule=rule.id,
        verdict=verdict,
        coverage="body" if verdict in ("pass", "warn", "fail") else "none",
        severity=rule.severity,
        title=rule.title,
        message=message,
        basis=rule.basis.text(),
        evidence=list(evidence or [])[:MAX_EVIDENCE],
        guidance=rule.guidance,
        group=rule.group,
        expected=expected,
        actual=actual,
    )



@dataclass

class Judgement:
    status: str  # ok | bad | unknown
    actual: str
    reason: str = ""  # why unknown


@dataclass
class Spec:
    label: str  # e.g. 一级标题
    fonts: tuple[str, ...]
    size: float | None
    size_tol: float = 0.0
    align: str | None = None

    def expected(self) -> str:
        # Name the first two accepted fonts; the rule file lists them all.
        fonts = "或".join(self.fonts[:2])
        s = f"{fonts} {size_label(self.size)}" if self.fonts else size_label(self.size)
        if self.align:
            s += f"，{ALIGN_NAMES.get(self.align, self.align)}"
        return s


def make_spec(label: str, p: dict, defaults: dict) -> Spec:
    fonts = p.get("fonts", defaults.get("fonts")) or []
    size = p.get("size_pt", defaults.get("size_pt"))
    return Spec(label, tuple(str(f) for f in fonts), float(size) if size is not None else None,
                float(p.get("size_tolerance_pt", defaults.get("size_tolerance_pt", 0)) or 0),
                p.get("align", defaults.get("align")))


def _font_ok(font: str, accepted: tuple[str, ...]) -> bool:
    f = font.replace(" ", "").lower()
    return any(f == a.replace(" ", "").lower() for a in accepted)


class Ctx:
    def __init__(self, doc: Document, fmt: DocxFormat | None, rule, params: dict):
        self.doc, self.fmt, self.rule, self.params = doc, fmt, rule, params
        self.mismatch = rule.verdicts.get("mismatch", "fail")

    # -- evidence ---------------------------------------------------------------
    def evidence(self, p: Paragraph | tuple[int, int]) -> Evidence:
        start, end = (p.start, p.end) if isinstance(p, Paragraph) else p
        end = min(end, start + QUOTE_LEN)
        return Evidence(self.doc.path_at(start), self.doc.text[start:end], start, end)

    def judge(self, p: Paragraph, spec: Spec, start: int | None = None, end: int | None = None) -> Judgement:
        """Effective font and size of ``doc.text[start:end]`` (default: the paragraph) against ``spec``."""
        fmt = self.fmt
        spans = fmt.para_runs(p.source_index, self.doc.text[p.start : p.end])
        if spans is None:
            return Judgement("unknown", "未能在 Word 文件中定位该段", "未能定位段落")
        a = (start if start is not None else p.start) - p.start
        b = (end if end is not None else p.end) - p.start
        text = self.doc.text[p.start : p.end]
        p_el = fmt.body_ps[p.source_index]
        # (font, note, size) -> [cjk chars, all non-space chars]
        tally: dict[tuple, list[int]] = {}
        for s, e, r in spans:
            s, e = max(s, a), min(e, b)
            if s >= e:
                continue
            chunk = text[s:e]
            n_all = sum(1 for c in chunk if not c.isspace())
            if not n_all:
                continue
            n_cjk = sum(1 for c in chunk if is_cjk(c))
            rf = fmt.run_format(p_el, r)
            t = tally.setdefault((rf.font, rf.font_note, rf.size), [0, 0])
            t[0] += n_cjk
            t[1] += n_all
        if not tally:
            return Judgement("unknown", "段落中没有文字", "没有文字")
        font_status, size_status = "ok", "ok"
        reasons = []
        for (font, note, size), (n_cjk, n_all) in tally.items():
            if spec.fonts and n_cjk:
                if font is None:
                    font_status = "unknown" if font_status == "ok" else font_status
                    reasons.append(f"中文字体无法确定：{note}")
                elif not _font_ok(font, spec.fonts):
                    font_status = "bad"
            if spec.size is not None:
                if size is None:
                    size_status = "unknown" if size_status == "ok" else size_status
                    reasons.append("字号在文件中未设置")
                elif abs(size - spec.size) > spec.size_tol + 1e-6:
                    size_status = "bad"
        align_status, align_actual = "ok", None
        if spec.align:
            jc = fmt.para_props(p_el).get("jc") or "left"
            align_actual = ALIGN_NAMES.get(jc, jc)
            if jc != spec.align:
                align_status = "bad"
        statuses = (font_status, size_status, align_status)
        status = "bad" if "bad" in statuses else "unknown" if "unknown" in statuses else "ok"
        actual = self._describe(tally, bool(spec.fonts))
        if align_actual:
            actual += f"，{align_actual}"
        return Judgement(status, actual, "；".join(dict.fromkeys(reasons)))

    @staticmethod
    def _describe(tally: dict, with_font: bool) -> str:
        items = sorted(tally.items(), key=lambda kv: -kv[1][1])
        parts = []
        for (font, note, size), (n_cjk, n_all) in items:
            if with_font and n_cjk:
                f = font if font else f"中文字体不确定（{note}）"
            else:
                f = ""
            parts.append((f"{f} {size_label(size)}".strip(), n_all))
        merged: dict[str, int] = {}
        for label, n in parts:
            merged[label] = merged.get(label, 0) + n
        if len(merged) == 1:
            return next(iter(merged))
        return "混用：" + "、".join(f"{k}（{n}字）" for k, n in merged.items())

    # -- verdict over many paragraphs ----------------------------------------------------
    def verdict(self, judged: list[tuple[Paragraph | tuple[int, int], str, Judgement]], what: str,
                expected: str, none_reason: str, expected_of: Callable[[str], str] | None = None) -> Finding:
        """``judged``: (paragraph or span, label, judgement) for each place checked.

        ``expected_of(label)`` names what one kind of place should be (headings differ by level).
        """
        bad = [j for j in judged if j[2].status == "bad"]
        ok = [j for j in judged if j[2].status == "ok"]
        unknown = [j for j in judged if j[2].status == "unknown"]
        rule = self.rule
        if bad:
            if expected_of:
                examples = "；".join(f"{lab}“{_clip(self.evidence(p).quote)}”为 {j.actual}（应为 {expected_of(lab)}）"
                                    for p, lab, j in bad[:MAX_EVIDENCE])
                msg = f"{len(bad)} 处{what}不符合要求（共检查 {len(judged)} 处）。如：{examples}。"
                exp = "；".join(dict.fromkeys(f"{lab} {expected_of(lab)}" for _, lab, _ in bad))
                act = summary([f"{lab} {j.actual}" for _, lab, j in bad])
            else:
                examples = "；".join(f"“{_clip(self.evidence(p).quote)}”为 {j.actual}" for p, _, j in bad[:MAX_EVIDENCE])
                msg = f"{len(bad)} 处{what}不符合要求（共检查 {len(judged)} 处），应为 {expected}。如：{examples}。"
                exp, act = expected, summary([j.actual for _, _, j in bad])
            return layout_finding(rule, self.mismatch, msg, [self.evidence(p) for p, _, _ in bad], exp, act)
        if ok:
            msg = f"检查了 {len(judged)} 处{what}，均符合要求（{expected}）。"
            if unknown:
                msg = (f"检查了 {len(judged)} 处{what}：{len(ok)} 处符合，{len(unknown)} 处无法确定"
                       f"（{unknown[0][2].reason}）。")
            return layout_finding(rule, "pass", msg, [self.evidence(ok[0][0])], expected,
                                  summary([j.actual for _, _, j in ok]))
        if unknown:
            j = unknown[0][2]
            return layout_finding(rule, "skip", f"无法确定{what}的格式：{j.reason or j.actual}。",
                                  [self.evidence(unknown[0][0])], expected, None)
        return layout_finding(rule, "skip", none_reason, [], expected, None)

    # -- structure -----------------------------------------------------------------
    def paragraphs(self, roles) -> list[Paragraph]:
        return sample([p for p in self.doc.paragraphs if p.role in roles and p.source_index is not None])

    def heading_paragraphs(self) -> list[tuple[Section, Paragraph]]:
        by_start = {p.start: p for p in self.doc.paragraphs}
        out = []
        for s in self.doc.walk():
            p = by_start.get(s.start)
            if p is not None and p.source_index is not None and p.role == "heading":
                out.append((s, p))
        return sample(out)

    def text_sections(self) -> list[SectionFormat]:
        """Sections of the file that hold report text (all sections if none can be mapped)."""
        fmt = self.fmt
        if len(fmt.sections) <= 1:
            return list(fmt.sections)  # one section holds everything: no need to map 200,000 paragraphs
        used = sorted({fmt.para_section[p.source_index] for p in self.doc.paragraphs
                       if p.source_index is not None and p.source_index < len(fmt.para_section)})
        secs = [fmt.sections[i] for i in used if i < len(fmt.sections)]
        return secs or list(fmt.sections)

    def first_paragraph_of(self, sec: SectionFormat) -> Paragraph | None:
        fmt = self.fmt
        for p in self.doc.paragraphs:
            if p.source_index is not None and p.source_index < len(fmt.para_section) \
                    and fmt.para_section[p.source_index] == sec.index:
                return p
        return self.doc.paragraphs[0] if self.doc.paragraphs else None

    def section_label(self, sec: SectionFormat) -> str:
        return "" if len(self.fmt.sections) == 1 else f"第{sec.index + 1}节"


def _clip(s: str, n: int = 24) -> str:
    return s if len(s) <= n else s[:n] + "…"


def summary(actuals: list[str]) -> str:
    counts: dict[str, int] = {}
    for a in actuals:
        counts[a] = counts.get(a, 0) + 1
    if len(counts) == 1:
        return next(iter(counts))
    return "；".join(f"{a}（{n}处）" for a, n in sorted(counts.items(), key=lambda kv: -kv[1]))


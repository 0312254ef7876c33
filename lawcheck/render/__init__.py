"""Formatters: results in, strings out. Checking never formats; formatting never checks."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..errors import printable  # file names may hold newlines or terminal escapes
from ..model import DOCUMENT_TYPES, Document
# The vocabulary lives in labels.py; re-exported here for existing imports.
from .jsontext import dumps
from .labels import (  # noqa: F401
    COVERAGE_LABEL,
    LEVEL_LABEL,
    SEVERITY_LABEL,
    VERDICT_LABEL,
    VERDICT_MARK,
    coverage_label,
    fix_label,
    label_counts,
    summary_line,
    verdict_label,
)

if TYPE_CHECKING:
    from ..checker import CheckResult
    from ..errors import InputError
    from ..rulebook import Rulebook

_COLORS = {"pass": "\033[32m", "warn": "\033[33m", "fail": "\033[31m", "skip": "\033[90m"}
_RESET = "\033[0m"


def metadata_lines(doc: Document) -> list[str]:
    md = doc.metadata
    unknown = "（未识别）"
    return [
        f"标题：{md.title or unknown}",
        f"发文机关：{md.issuer or unknown}"
        + (f"（{md.issuer_type or '类型未识别'}，{LEVEL_LABEL.get(md.level, '层级未识别')}）" if md.issuer else ""),
        f"报告年度：{md.year or unknown}",
        f"签发日期：{md.signed_date or unknown}",
        f"发布日期：{md.published_date or '（文件中没有）'}",
        f"文件类型：{DOCUMENT_TYPES.get(md.document_type, unknown) if md.document_type else unknown}",
    ]


def outline_text(doc: Document) -> str:
    lines = [f"文件：{printable(doc.file)}"] + metadata_lines(doc) + ["", "章节结构："]
    if not doc.sections:
        lines.append("  （没有识别出带编号的章节）")
    for s in doc.walk():
        marker = s.marker or (s.number or "")
        lines.append("  " * s.level + f"{marker}{s.title}")
    n = sum(1 for _ in doc.walk())
    lines.append("")
    lines.append(f"共 {n} 个章节（一级 {len(doc.sections)} 个）。")
    return "\n".join(lines)


def check_output(results: list["CheckResult"], errors: list["InputError"], fmt: str, color: bool = False) -> str:
    if fmt == "json":
        objs = [r.to_dict() for r in results] + [_error_obj(e) for e in errors]
        payload = objs[0] if len(objs) == 1 and not errors else objs
        return dumps(payload)
    if fmt == "html":
        from .html import check_html

        return check_html(results, errors)
    if fmt == "markdown":
        return "\n\n---\n\n".join(check_markdown(r) for r in results)
    return "\n\n".join(check_text(r, color) for r in results)


def _error_obj(e: "InputError") -> dict:
    from ..model import SCHEMA

    return {"schema": SCHEMA, "file": e.path, "error": {"reason": e.reason, "hint": e.hint}}


def summary_counts(result: "CheckResult") -> dict[str, int]:
    counts = {v: 0 for v in VERDICT_LABEL}
    for f in result.findings:
        counts[f.verdict] += 1
    return counts


def _paint(s: str, verdict: str, color: bool) -> str:
    return f"{_COLORS[verdict]}{s}{_RESET}" if color else s


def check_text(result: "CheckResult", color: bool = False) -> str:
    doc = result.document
    lines = [f"文件：{printable(doc.file)}"] + metadata_lines(doc) + [""]
    shown = [f for f in result.findings if f.verdict != "skip"]
    skipped = [f for f in result.findings if f.verdict == "skip"]
    for f in sorted(shown, key=_order):
        head = f"{VERDICT_MARK[f.verdict]} [{verdict_label(f)}] {f.title}"
        head += f"（{SEVERITY_LABEL[f.severity]}，{f.rule}）"
        lines.append(_paint(head, f.verdict, color))
        lines.append(f"    {f.message}")
        for e in f.evidence:
            where = e.section or "（正文开头或落款）"
            lines.append(f"    位置：{where}")
            lines.append(f"    原文：“{e.quote}”")
        if f.verdict in ("warn", "fail") and f.guidance:
            lines.append(f"    {fix_label(f)}：{f.guidance}")
        lines.append(f"    依据：{f.basis}")
    # Layout rules on a file that is not .docx: one phrase, not eight lines of noise.
    wrong_format = [f for f in skipped if f.group == "layout" and f.message.startswith("仅适用于")]
    other = [f for f in skipped if f not in wrong_format]
    parts = [f"{f.title}——{f.message.rstrip('。')}" for f in other[:6]] + (["……"] if len(other) > 6 else [])
    if wrong_format:
        parts.append(f"公文版式检查 {len(wrong_format)} 项——仅适用于 .docx 文件")
    if skipped:
        lines.append(_paint(f"- 跳过 {len(skipped)} 项（不适用或信息不足）：" + "；".join(parts), "skip", color))
    lines.append("")
    lines.append(summary_line(result))
    return "\n".join(lines)


_VERDICT_ORDER = {"fail": 0, "warn": 1, "pass": 2, "skip": 3}
_SEVERITY_ORDER = {"mandatory": 0, "recommended": 1, "info": 2}


def _order(f):
    return (_SEVERITY_ORDER[f.severity], _VERDICT_ORDER[f.verdict])


def check_markdown(result: "CheckResult") -> str:
    doc = result.document
    out = [f"# 法治政府建设年度报告检查：{doc.metadata.title or doc.file}", ""]
    out += [f"- {line}" for line in metadata_lines(doc)]
    out += ["", "| 结论 | 检查项 | 级别 | 覆盖 | 说明 |", "|---|---|---|---|---|"]
    for f in sorted(result.findings, key=_order):
        out.append(f"| {VERDICT_MARK[f.verdict]} {verdict_label(f)} | {f.title} (`{f.rule}`) | "
                   f"{SEVERITY_LABEL[f.severity]} | {coverage_label(f)} | {_md(f.message)} |")
    out += ["", "## 证据与指引", ""]
    for f in sorted(result.findings, key=_order):
        if f.verdict == "skip":
            continue
        out.append(f"### {verdict_label(f)}：{f.title}")
        out.append("")
        out.append(f.message)
        for e in f.evidence:
            out.append(f"> {e.section or '正文'}：“{_md(e.quote)}”")
        if f.verdict in ("warn", "fail") and f.guidance:
            out.append("")
            out.append(f"**{fix_label(f)}：** {f.guidance}")
        out.append("")
        out.append(f"依据：{f.basis}")
        out.append("")
    return "\n".join(out)


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def rules_output(book: "Rulebook", fmt: str) -> str:
    if fmt == "json":
        return json.dumps(
            [
                {"id": r.id, "title": r.title, "severity": r.severity, "group": r.group, "pack": r.pack,
                 "engine": r.engine, "basis": r.basis.text(), "basis_verified": r.basis.verified,
                 "basis_note": r.basis.note, "applies_to": r.applies_to, "guidance": r.guidance}
                for r in book.rules
            ],
            ensure_ascii=False,
            indent=2,
        )
    lines = []
    pack = None
    for r in book.rules:
        if r.pack != pack:
            pack = r.pack
            lines.append(f"[{pack}]")
        lines.append(f"  {r.id:<34} {SEVERITY_LABEL[r.severity]}  {r.title}")
        lines.append(f"  {'':<34}       依据：{r.basis.text()}")
    lines.append(f"共 {len(book.rules)} 条规则，规则包：{'、'.join(book.packs)}")
    return "\n".join(lines)

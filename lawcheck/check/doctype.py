"""The ``doctype`` engine: is this a 法治政府建设年度报告 at all?

Pass when ``metadata.document_type`` is one the rule accepts; fail for another
known genre (政府信息公开工作年度报告, 工作要点, …), which makes every rule with
``applies_to.document_type`` skip; warn when the genre is unknown.
"""
from __future__ import annotations

import re

from ..model import ANNUAL_REPORT, DOCUMENT_TYPES, Evidence, Finding
from .index import DocIndex, finding


def evaluate(ix: DocIndex, rule) -> Finding:
    md = ix.doc.metadata
    accept = rule.detect.get("accept", [ANNUAL_REPORT])
    ev = _title_evidence(ix)
    reason = getattr(md, "type_reason", None)
    why = f"（依据：{reason}）" if reason else ""
    if md.document_type in accept:
        return finding(rule, "pass", "heading", f"文件是法治政府建设年度报告{why}。", ev)
    if md.document_type is None:
        return finding(rule, "warn", "none",
                       "未能确认文件类型：标题和开头没有写明这是法治政府建设年度报告，仍按年度报告检查。", ev)
    label = DOCUMENT_TYPES.get(md.document_type, md.document_type)
    return finding(rule, "fail", "none", f"文件识别为“{label}”{why}，不是法治政府建设年度报告，内容项不予检查。", ev)


def _title_evidence(ix: DocIndex) -> list[Evidence]:
    doc = ix.doc
    for p in doc.paragraphs:
        if p.role == "title":
            return [Evidence("标题", doc.text[p.start : p.end], p.start, p.end)]
    m = re.search(r"[^。\n]{0,40}报告如下", ix.ntext[:800])
    if m:
        return [ix.evidence(*ix.around(m.start(), m.end()))]
    return []

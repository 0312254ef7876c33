"""The ``timing`` engine: signed and published dates against the deadlines.

The deadline is ``month_day`` of the year after the report year, the first
entry of ``deadlines`` whose ``when`` matches the metadata (省级政府 4月1日,
others 3月1日). A date that is missing or impossible ("二〇二五年二月三十日")
makes the rule skip with the reason, quoting what the report wrote; it never
raises.
"""
from __future__ import annotations

import datetime as dt

from ..errors import UsageError
from ..model import Evidence, Finding
from .index import DocIndex, finding

_WHAT = {"signed_date": ("签发日期", "落款日期"), "published_date": ("发布日期", "发布日期")}


def evaluate(ix: DocIndex, rule) -> Finding:
    md = ix.doc.metadata
    field_name = rule.detect.get("date", "signed_date")
    what, label = _WHAT.get(field_name, ("日期", "日期"))
    ev = _date_evidence(ix, field_name)
    if md.year is None:
        return finding(rule, "skip", "none", f"未能从报告中确认报告年度，无法判断{what}是否按期。", [])
    unreadable = (getattr(md, "unreadable", None) or {}).get(field_name)
    if unreadable:
        return finding(rule, "skip", "none", f"{label}“{unreadable}”不是有效日期，无法判断是否按期。", ev)
    date = getattr(md, field_name, None)
    if date is None:
        hint = "（落款处没有可识别的日期）"
        if field_name == "published_date":
            hint = "（网页中没有可识别的发布日期）" if ix.doc.format == "html" else "（只有网页文件带有发布日期）"
        return finding(rule, "skip", "none", f"未能从文件中读出{what}{hint}，无法判断是否按期。", [])
    try:
        got = dt.date.fromisoformat(date)
    except (TypeError, ValueError):
        written = ev[0].quote if ev else date
        return finding(rule, "skip", "none", f"{label}“{written}”不是有效日期，无法判断是否按期。", ev)
    (month, day), deadline_label = _deadline(rule, md)
    try:
        due = dt.date(md.year + 1, month, day)
    except ValueError:
        return finding(rule, "skip", "none", f"报告年度 {md.year} 无法用于计算报送期限，无法判断{what}是否按期。", [])
    where = "（取自网页的发布信息，正文中没有）" if field_name == "published_date" else ""
    if got <= due:
        return finding(rule, "pass", "body", f"{what} {date}{where}，在 {md.year + 1} 年{deadline_label}的期限内。", ev)
    late = (got - due).days
    return finding(rule, "fail", "body",
                   f"{what} {date}{where}，晚于 {md.year + 1} 年{deadline_label}的期限 {late} 天。", ev)


def _deadline(rule, md) -> tuple[tuple[int, int], str]:
    for d in rule.detect.get("deadlines", []):
        when = d.get("when") or {}
        if all(getattr(md, k, None) in v for k, v in when.items()):
            try:
                month, day = (int(x) for x in str(d["month_day"]).split("-"))
                dt.date(2000, month, day)  # a leap year: 02-29 is allowed
            except (KeyError, ValueError):
                raise UsageError(f"规则 {rule.id} 的 deadlines.month_day 应写作 \"MM-DD\"：{d.get('month_day')!r}") \
                    from None
            return (month, day), d.get("label", f"{month}月{day}日")
    return (4, 1), "4月1日"


def _date_evidence(ix: DocIndex, field_name: str) -> list[Evidence]:
    if field_name == "signed_date":
        doc = ix.doc
        for p in doc.paragraphs:
            if p.role == "date":
                return [Evidence("落款", doc.text[p.start : p.end], p.start, p.end)]
    return []

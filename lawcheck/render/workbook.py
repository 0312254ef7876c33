"""An .xlsx workbook an auditor can file: one sheet per view, Chinese headers, frozen header row,
verdict colours."""
from __future__ import annotations

import io
from typing import TYPE_CHECKING

from . import VERDICT_LABEL

if TYPE_CHECKING:
    import pandas as pd

_FILLS = {"pass": "DAFBE1", "warn": "FFF8C5", "fail": "FFEBE9", "skip": "EAEEF2"}
_HEADERS = {
    "report": "报告", "file": "文件", "issuer": "发文机关", "issuer_type": "机关类型", "level": "层级", "region": "地区",
    "year": "年度", "format": "格式", "signed_date": "签发日期", "published_date": "发布日期",
    "document_type": "文件类型", "mandatory_missing": "必备项缺失数", "warnings": "提示数",
    "from_year": "上一年度", "to_year": "本年度", "rule": "规则编号", "title": "检查项", "severity": "级别",
    "before": "上年结论", "after": "本年结论", "change": "变化", "a": "报告甲（文件）", "b": "报告乙（文件）",
    "a_report": "报告甲", "b_report": "报告乙", "similarity": "相似度", "same_issuer": "同一机关",
    "longest_shared": "最长相同段落（字）", "example": "相同段落示例", "characters": "正文字数",
    "figures_per_1k": "数字/千字", "percentages_per_1k": "百分比/千字", "counts_per_1k": "件次/千字",
    "report_deadline": "报送期限", "publication_deadline": "公开期限", "note": "说明",
}
_CHANGE = {"gained": "改进", "lost": "退步"}


def workbook_bytes(results, pairs: "pd.DataFrame") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from ..compare import coverage_matrix, evidence_density, reports_table, timeliness, year_over_year

    matrix = coverage_matrix(results)
    titles = {f.rule: f.title for r in results for f in r.findings}
    matrix_sheet = matrix.reset_index().rename(columns={"index": "report"})
    matrix_sheet.columns = ["report"] + [f"{titles.get(c, c)}\n{c}" for c in matrix.columns]
    yoy = year_over_year(results).replace({"change": _CHANGE})
    dup = pairs.drop(columns=[c for c in ("passages",) if c in pairs.columns]).copy()
    if "passages" in pairs.columns:
        dup["example"] = [ps[0].quote_a[:200] if ps else "" for ps in pairs["passages"]]
    sheets = [("报告一览", reports_table(results)), ("覆盖矩阵", matrix_sheet), ("逐年变化", yoy),
              ("雷同报告", dup), ("证据密度", evidence_density(results)), ("时效", timeliness(results))]

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for name, df in sheets:
        ws = wb.create_sheet(name)
        ws.append([_HEADERS.get(c, c) for c in df.columns])
        for row in df.itertuples(index=False):
            ws.append([_cell(v) for v in row])
        for cell in ws[1]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "B2" if name == "覆盖矩阵" else "A2"
        for i, col in enumerate(df.columns, 1):
            width = max([len(str(_HEADERS.get(col, col)))] + [len(str(v)) for v in df[col].head(200)]) + 2
            ws.column_dimensions[get_column_letter(i)].width = min(max(width, 8), 60)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.value in _REVERSE:
                    cell.fill = PatternFill("solid", fgColor=_FILLS[_REVERSE[cell.value]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_REVERSE = {label: verdict for verdict, label in VERDICT_LABEL.items()}


def _cell(v):
    if v in VERDICT_LABEL:
        return VERDICT_LABEL[v]
    if v is None or (isinstance(v, float) and v != v):
        return None
    if hasattr(v, "item"):
        return v.item()
    return v if isinstance(v, (int, float, str, bool)) else str(v)

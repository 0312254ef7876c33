"""An .xlsx workbook an auditor can file and print: one sheet per view of ``compare``.

Tables in (the DataFrames ``compare.workbook_tables`` builds), bytes out; this module
never imports ``compare`` (compare calls it).

- Chinese headers and cells: no codes (级别 必备, 层级 县级, 文件类型, 是/否); verdicts in
  the one vocabulary (通过/提示/缺失/逾期/不符合/跳过) with their colours; dates as dates.
- Column widths count a Chinese character as two, so 发文机关 and year show in full.
- 覆盖矩阵 uses short rule names as headers, the full title and rule id in a note on
  each header cell, so the matrix fits a screen.
- Every sheet: frozen header, autofilter, header row repeated on each printed page,
  landscape A4 fitted to the page width.
"""
from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

from ..model import DOCUMENT_TYPES
from .labels import (CHANGE_LABEL, FILL, FORMAT_LABEL, LABEL_VERDICT, LEVEL_LABEL, SEVERITY_LABEL, YES_NO,
                     display_width, label, short_title)

if TYPE_CHECKING:
    import pandas as pd

HEADERS = {
    "report": "报告（发文机关 年度）", "file": "文件", "issuer": "发文机关", "issuer_type": "机关类型", "level": "层级",
    "region": "地区", "year": "年度", "format": "格式", "signed_date": "签发日期", "published_date": "发布日期",
    "document_type": "文件类型", "mandatory_missing": "必备项问题数", "warnings": "提示数",
    "from_year": "上一年度", "to_year": "本年度", "title": "检查项", "severity": "级别",
    "before": "上年结论", "after": "本年结论", "change": "变化", "a": "报告甲文件", "b": "报告乙文件",
    "a_report": "报告甲", "b_report": "报告乙", "similarity": "相似度", "same_issuer": "同一机关",
    "longest_shared": "最长相同段落（字）", "example": "相同段落示例", "characters": "正文字数",
    "figures_per_1k": "数字/千字", "percentages_per_1k": "百分比/千字", "counts_per_1k": "件次/千字",
    "report_deadline": "按期报送", "publication_deadline": "按期公开", "note": "说明",
}
_DATES = {"signed_date", "published_date"}
_CODES = {"level": LEVEL_LABEL, "document_type": DOCUMENT_TYPES, "severity": SEVERITY_LABEL, "format": FORMAT_LABEL,
          "change": CHANGE_LABEL}
_WHOLE = {"year", "from_year", "to_year", "mandatory_missing", "warnings", "characters", "longest_shared"}
_WRAP = {"example", "note", "title"}  # long text: wrapped in a bounded column
MATRIX_WIDTH = 6  # characters per rule column of 覆盖矩阵: one verdict word (不符合 is six); the header is stacked


def workbook_bytes(*, reports: "pd.DataFrame", matrix: "pd.DataFrame", changes: "pd.DataFrame",
                   pairs: "pd.DataFrame", density: "pd.DataFrame", timeliness: "pd.DataFrame",
                   titles: dict[str, str]) -> bytes:
    """The workbook of ``compare --format xlsx``; ``titles``: rule id -> full title."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, "报告一览", _frame(reports))
    _matrix(wb, matrix, titles)
    ch = changes.drop(columns=[c for c in ("rule",) if c in changes.columns]).copy()
    if len(changes):
        ch["before"] = [label(v, r) for v, r in zip(changes["before"], changes["rule"])]
        ch["after"] = [label(v, r) for v, r in zip(changes["after"], changes["rule"])]
    _sheet(wb, "逐年变化", _frame(ch))
    dup = pairs.drop(columns=[c for c in ("passages",) if c in pairs.columns]).copy()
    if "passages" in pairs.columns:
        dup["example"] = [" ".join(ps[0].quote_a.split())[:200] if ps else "" for ps in pairs["passages"]]
    order = [c for c in ("a_report", "b_report", "similarity", "same_issuer", "longest_shared", "example", "a", "b")
             if c in dup.columns]
    _sheet(wb, "雷同报告", _frame(dup[order + [c for c in dup.columns if c not in order]]))
    _sheet(wb, "证据密度", _frame(density))
    tl = timeliness.copy()
    for col in ("report_deadline", "publication_deadline"):
        rule = f"timing.{col}"
        if col in tl.columns:
            tl[col] = [label(v, rule) for v in tl[col]]
    _sheet(wb, "时效", _frame(tl))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _frame(df: "pd.DataFrame") -> "pd.DataFrame":
    """Codes to Chinese words, booleans to 是/否, ISO dates to dates."""
    out = df.copy()
    for col in out.columns:
        if col in _WHOLE and out[col].dtype.kind == "f":  # a missing year makes pandas use floats
            out[col] = [None if v != v else int(v) for v in out[col]]
            continue
        if col in _CODES:
            out[col] = [_CODES[col].get(v, v) if isinstance(v, str) else v for v in out[col]]
        elif col in _DATES:
            out[col] = [_date(v) for v in out[col]]
        elif out[col].dtype == bool or col == "same_issuer":
            out[col] = [YES_NO.get(bool(v), v) if v is not None else None for v in out[col]]
    return out


def _date(v):
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return v
    return v


def _matrix(wb, matrix: "pd.DataFrame", titles: dict[str, str]) -> None:
    from openpyxl.comments import Comment

    rules = list(matrix.columns)
    df = matrix.reset_index().rename(columns={"index": "report"})
    df.columns = ["report"] + rules
    for r in rules:
        df[r] = [label(v, r) if isinstance(v, str) else None for v in df[r]]
    ws = _sheet(wb, "覆盖矩阵", df, headers=["报告（发文机关 年度）"] + [short_title(r, titles.get(r)) for r in rules],
                freeze="B2", fixed_width=MATRIX_WIDTH)
    from openpyxl.styles import Alignment

    names = [short_title(r, titles.get(r)) for r in rules]
    for i, r in enumerate(rules, 2):
        note = Comment(f"{titles.get(r, r)}\n规则编号：{r}", "lawcheck")
        note.width, note.height = 260, 90
        ws.cell(1, i).comment = note
        # Chinese reads top to bottom: a stacked header keeps each column one verdict wide.
        ws.cell(1, i).alignment = Alignment(text_rotation=255, horizontal="center", vertical="top")
    ws.row_dimensions[1].height = 14 * max([len(n) for n in names] + [4]) + 24  # + the filter button
    ws.print_title_cols = "A:A"


def _sheet(wb, name: str, df: "pd.DataFrame", headers: list[str] | None = None, freeze: str = "A2",
           fixed_width: int | None = None):
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(name)
    ws.append(headers or [HEADERS.get(c, c) for c in df.columns])
    for row in df.itertuples(index=False):
        ws.append([_cell(v) for v in row])
    header_fill = PatternFill("solid", fgColor="EEF1F4")
    thin = Side(style="thin", color="D0D7DE")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
        cell.border = Border(bottom=thin)
    fills = {k: PatternFill("solid", fgColor=FILL[v].lstrip("#")) for k, v in LABEL_VERDICT.items()}
    for j, col in enumerate(df.columns, 1):
        letter = get_column_letter(j)
        cells = ws[letter][1:]
        wrap = col in _WRAP
        for c in cells:
            if isinstance(c.value, dt.date):
                c.number_format = "yyyy-mm-dd"
            elif col == "similarity":
                c.number_format = "0.000"
            if c.value in fills:
                c.fill = fills[c.value]
                c.alignment = Alignment(horizontal="center", vertical="top")
            else:
                c.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal="left")
        if fixed_width and j > 1:
            width = fixed_width
        else:
            texts = [str(ws.cell(1, j).value or "")] + [_shown(c.value) for c in cells[:500]]
            width = max(display_width(t) for t in texts) + 2
            width = min(max(width, 6), 50 if wrap else 60)
        ws.column_dimensions[letter].width = width
    ws.row_dimensions[1].height = 20
    ws.freeze_panes = freeze
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(df.columns), 1))}{max(len(df) + 1, 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    return ws


def _shown(v) -> str:
    if isinstance(v, dt.date):
        return "2000-01-01"
    if isinstance(v, float):
        return f"{v:.3f}"
    return "" if v is None else str(v)


def _cell(v):
    if v is None or (isinstance(v, float) and v != v):
        return None
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    if isinstance(v, (int, float, str, bool, dt.date)):
        return v
    return str(v)

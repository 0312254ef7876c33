"""One standalone HTML page per run: no scripts, no network, fonts from the system.

- Several files: an overview table first (each file with its counts, linking to its report);
  each report starts on a new printed page.
- Print: white background, rows never split between a quote and its guidance, table
  headers repeat on every page.
- Phone width: the findings table reflows into one card per finding; long paths and
  quotes wrap instead of being cut off.
- Locations are what a person can find ("三、… > （三）… 第 2 段", "落款"); character
  offsets stay in the JSON output.
"""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from . import _order, metadata_lines
from .labels import (
    LABEL_VERDICT,
    SEVERITY_LABEL,
    SUMMARY_ORDER,
    coverage_label,
    evidence_location,
    evidence_quote,
    fix_label,
    label_counts,
    verdict_label,
)

if TYPE_CHECKING:
    from ..check import CheckResult
    from ..errors import InputError

TITLE = "法治政府建设年度报告检查结果"

_CSS = """
:root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de}
*{box-sizing:border-box}
body{font-family:"Noto Sans SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;
margin:0;background:#f6f7f9;color:var(--ink);line-height:1.6}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:18px;margin:0 0 8px;border-bottom:1px solid var(--line)}
.report{margin-top:28px}
.meta{color:var(--muted);font-size:14px;margin:0;padding:0;list-style:none}
.summary span,.count{display:inline-block;margin:0 8px 4px 0;padding:2px 10px;border-radius:12px;font-size:14px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;white-space:nowrap}
td,blockquote,.where{overflow-wrap:anywhere}
.v,.sev,.n{white-space:nowrap}.v{font-weight:bold}
.pass .v,.s-pass{color:#1a7f37}.warn .v,.s-warn{color:#9a6700}
.fail .v,.s-fail{color:#cf222e}.skip .v,.s-skip{color:#6e7781}
.s-pass{background:#dafbe1}.s-warn{background:#fff8c5}.s-fail{background:#ffebe9}.s-skip{background:#eaeef2}
.zero{color:#8c959f}
blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);background:#f6f8fa}
.where{color:var(--muted);font-size:12px}.guide{margin-top:6px}.basis{color:var(--muted);font-size:12px;margin-top:4px}
.err{background:#ffebe9;padding:8px;border-radius:6px}
a{color:#0969da}
@media print{
  @page{size:A4;margin:14mm 12mm}
  body{background:#fff;font-size:12px}
  main{max-width:none;padding:0}
  .report{margin-top:0}
  .overview~.report{break-before:page}
  table{background:#fff}
  thead{display:table-header-group}
  tr,blockquote,.guide{break-inside:avoid}
  th,blockquote,.s-pass,.s-warn,.s-fail,.s-skip{background:#fff}
  th{border-bottom:2px solid #57606a}
  a{color:inherit;text-decoration:none}
}
@media screen and (max-width:640px){
  main{padding:12px}
  h1{font-size:20px}
  table.findings,table.findings tbody,table.findings tr,table.findings td{display:block;width:100%}
  table.findings thead{display:none}
  table.findings tr{display:flex;flex-wrap:wrap;align-items:baseline;border:1px solid var(--line);border-radius:8px;
    margin:0 0 10px;background:#fff;padding:6px 10px}
  table.findings td{border:0;padding:2px 0;order:3}
  table.findings td.v{order:1;width:auto;margin-right:10px}
  table.findings td.v br{display:none}
  table.findings td.v .where{margin-left:6px;font-weight:normal}
  table.findings td.sev{order:2;width:auto;color:var(--muted)}
  table.findings td[data-label]::before{content:attr(data-label) "：";color:var(--muted);font-weight:normal}
  table.overview,table.overview tbody,table.overview tr{display:block;width:100%}
  table.overview thead,table.overview .file,table.overview .seq{display:none}
  table.overview tr{border:1px solid var(--line);border-radius:8px;margin:0 0 8px;padding:6px 10px;background:#fff}
  table.overview td{display:inline-block;border:0;padding:0 10px 0 0}
  table.overview td.name{display:block}
  table.overview td[data-label]::before{content:attr(data-label) " ";color:var(--muted)}
}
"""


def check_html(results: list["CheckResult"], errors: list["InputError"]) -> str:
    body = []
    for e in errors:
        body.append(f'<p class="err">无法检查 {escape(e.path)}：{escape(e.reason)}；{escape(e.hint)}</p>')
    many = len(results) > 1
    if many:
        body.append(_overview(results))
    for n, r in enumerate(results, 1):
        body.append(_report(r, f"r{n}" if many else "report"))
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{TITLE}</title><style>{_CSS}</style></head><body><main>"
            f"<h1>{TITLE}</h1>{''.join(body)}</main></body></html>\n")


def _name(r: "CheckResult") -> str:
    return r.document.metadata.title or r.document.file


def _overview(results: list["CheckResult"]) -> str:
    """A table of every file with its counts, each row linking to its report."""
    rows = []
    for n, r in enumerate(results, 1):
        c = label_counts(r.findings)
        md = r.document.metadata
        mandatory = sum(1 for f in r.findings if f.severity == "mandatory" and f.verdict == "fail")
        cells = "".join(f'<td class="n{" zero" if not c[k] else ""}" data-label="{k}">{c[k]}</td>'
                        for k in SUMMARY_ORDER)
        who = " ".join(str(x) for x in (md.issuer, md.year) if x) or "（未识别）"
        rows.append(f'<tr><td class="n seq">{n}</td><td class="name"><a href="#r{n}">{escape(_name(r))}</a>'
                    f'<div class="where">{escape(who)}</div></td><td class="file where">{escape(r.document.file)}</td>'
                    f'<td class="n{"" if mandatory else " zero"}" data-label="必备项问题">{mandatory}</td>{cells}</tr>')
    head = "".join(f"<th>{k}</th>" for k in SUMMARY_ORDER)
    return (f'<section class="overview"><h2>总览：共 {len(results)} 份报告</h2>'
            '<table class="overview"><thead><tr><th>序号</th><th>报告</th><th class="file">文件</th>'
            f"<th>必备项问题</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>")


def _report(r: "CheckResult", anchor: str) -> str:
    doc = r.document
    c = label_counts(r.findings)
    badges = "".join(f'<span class="s-{LABEL_VERDICT[k]}">{k} {c[k]}</span>' for k in SUMMARY_ORDER
                     if c[k] or k in ("通过", "提示", "缺失"))
    out = [f'<section class="report" id="{anchor}"><h2>{escape(_name(r))}</h2>',
           f'<p class="where">{escape(doc.file)}</p>',
           '<ul class="meta">' + "".join(f"<li>{escape(x)}</li>" for x in metadata_lines(doc)) + "</ul>",
           f'<p class="summary">{badges}</p>',
           '<table class="findings"><thead><tr><th>结论</th><th>检查项</th><th>级别</th><th>证据与指引</th></tr></thead>'
           "<tbody>"]
    for f in sorted(r.findings, key=_order):
        cell = [f"<div>{escape(f.message)}</div>"]
        for e in f.evidence:
            where = escape(evidence_location(doc, e))
            cell.append(f'<blockquote>{escape(evidence_quote(doc, e))}<div class="where">位置：{where}</div></blockquote>')
        if f.verdict in ("warn", "fail") and f.guidance:
            cell.append(f'<div class="guide"><b>{fix_label(f)}：</b>{escape(f.guidance)}</div>')
        cell.append(f'<div class="basis">依据：{escape(f.basis)}</div>')
        cov = coverage_label(f)
        out.append(f'<tr class="{f.verdict}"><td class="v">{verdict_label(f)}'
                   + (f'<br><span class="where">{cov}</span>' if cov else "") + "</td>"
                   f'<td>{escape(f.title)}<div class="where">{escape(f.rule)}</div></td>'
                   f'<td class="sev">{SEVERITY_LABEL[f.severity]}</td><td>{"".join(cell)}</td></tr>')
    out.append("</tbody></table></section>")
    return "".join(out)

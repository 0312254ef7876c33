"""One standalone HTML page per run: no scripts, no network, fonts from the system."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from . import SEVERITY_LABEL, coverage_label, VERDICT_LABEL, _order, fix_label, metadata_lines, summary_counts, verdict_label

if TYPE_CHECKING:
    from ..checker import CheckResult
    from ..errors import InputError

_CSS = """
body{font-family:"Noto Sans SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;
margin:0;background:#f6f7f9;color:#1f2328;line-height:1.6}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de}
.meta{color:#57606a;font-size:14px;margin:0;padding:0;list-style:none}
.summary span{display:inline-block;margin-right:12px;padding:2px 10px;border-radius:12px;font-size:14px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4}
.v,.sev{font-weight:bold;white-space:nowrap}.sev{font-weight:normal}
.pass .v,.s-pass{color:#1a7f37}.warn .v,.s-warn{color:#9a6700}.fail .v,.s-fail{color:#cf222e}.skip .v,.s-skip{color:#6e7781}
.s-pass{background:#dafbe1}.s-warn{background:#fff8c5}.s-fail{background:#ffebe9}.s-skip{background:#eaeef2}
blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid #d0d7de;background:#f6f8fa}
.where{color:#57606a;font-size:12px}.guide{margin-top:6px}.basis{color:#57606a;font-size:12px;margin-top:4px}
.err{background:#ffebe9;padding:8px;border-radius:6px}
"""


def check_html(results: list["CheckResult"], errors: list["InputError"]) -> str:
    body = []
    for e in errors:
        body.append(f'<p class="err">无法检查 {escape(e.path)}：{escape(e.reason)}；{escape(e.hint)}</p>')
    for r in results:
        body.append(_report(r))
    title = "法治政府建设年度报告检查结果"
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{title}</title><style>{_CSS}</style></head><body><main>"
            f"<h1>{title}</h1>{''.join(body)}</main></body></html>\n")


def _report(r: "CheckResult") -> str:
    doc = r.document
    c = summary_counts(r)
    out = [f"<h2>{escape(doc.metadata.title or doc.file)}</h2>", f'<p class="where">{escape(doc.file)}</p>',
           '<ul class="meta">' + "".join(f"<li>{escape(x)}</li>" for x in metadata_lines(doc)) + "</ul>",
           '<p class="summary">' + "".join(
               f'<span class="s-{v}">{VERDICT_LABEL[v]} {c[v]}</span>' for v in ("pass", "warn", "fail", "skip")) + "</p>",
           "<table><thead><tr><th>结论</th><th>检查项</th><th>级别</th><th>证据与指引</th></tr></thead><tbody>"]
    for f in sorted(r.findings, key=_order):
        cell = [f"<div>{escape(f.message)}</div>"]
        for e in f.evidence:
            cell.append(f'<blockquote>{escape(e.quote)}<div class="where">{escape(e.section or "正文")}'
                        f"（第 {e.start}–{e.end} 字）</div></blockquote>")
        if f.verdict in ("warn", "fail") and f.guidance:
            cell.append(f'<div class="guide"><b>{fix_label(f)}：</b>{escape(f.guidance)}</div>')
        cell.append(f'<div class="basis">依据：{escape(f.basis)}</div>')
        out.append(f'<tr class="{f.verdict}"><td class="v">{verdict_label(f)}<br>'
                   f'<span class="where">{coverage_label(f)}</span></td>'
                   f"<td>{escape(f.title)}<div class=\"where\">{escape(f.rule)}</div></td>"
                   f"<td class=\"sev\">{SEVERITY_LABEL[f.severity]}</td><td>{''.join(cell)}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)

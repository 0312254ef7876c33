"""A run over many files, at a glance: what was checked, what was not and why, what is missing.

``summarize`` turns a ``Batch`` into plain data (the ``summary`` object of the JSON
output); ``run_output`` renders the whole run in any format: the per-report output
of ``render.check_output`` plus this summary (last in the terminal, first in the
HTML page, a top-level object in JSON), or SARIF / JUnit XML for CI.

A run of one readable file with nothing else in it keeps the single-report
output exactly as before (a ``lawcheck/1`` object in JSON).
"""
from __future__ import annotations

import dataclasses
import json
from html import escape
from typing import TYPE_CHECKING

from ..errors import printable
from .jsontext import dumps
from .labels import SEVERITY_LABEL, label

if TYPE_CHECKING:
    from ..batch import Batch
    from ..check import CheckResult

_SEVERITY_ORDER = {"mandatory": 0, "recommended": 1, "info": 2}
FAIL_ON_LABEL = {"mandatory": "必备项缺失", "recommended": "必备项或建议项有问题", "any": "任何缺失或提示"}


def is_single(batch: "Batch") -> bool:
    return len(batch.results) == 1 and not batch.errors and not batch.skipped


class Tally:
    """The summary, counted one report at a time (a streamed run keeps only this, never the reports)."""

    def __init__(self, fail_on: str = "mandatory"):
        self.fail_on = fail_on
        self.checked = 0
        self.failing = 0
        self._missing = _Rows()  # the reports missing mandatory items, read back worst first
        self._rules: dict[str, dict] = {}

    def add(self, r) -> None:
        """Count one checked report (a CheckResult or a Digest)."""
        from ..batch import fails

        self.checked += 1
        self.failing += fails(r, self.fail_on)
        missing = []
        for f in r.findings:
            row = self._rules.get(f.rule)
            if row is None:
                row = self._rules[f.rule] = {"rule": f.rule, "title": f.title, "severity": f.severity,
                                             "fail": 0, "warn": 0, "pass": 0, "skip": 0}
            row[f.verdict] += 1
            if f.verdict == "fail" and f.severity == "mandatory":
                missing.append(row["rule"])  # the row's string: one copy per rule, not one per report
        if missing:
            md = r.document.metadata
            problems = sum(1 for f in r.findings if f.verdict in ("fail", "warn"))
            self._missing.add((len(missing), problems, self.checked),
                              [r.document.file, md.title, md.issuer, md.year, missing])

    def exit_code(self, not_checked: int, exit_zero: bool = False) -> int:
        """As ``batch.exit_status``: 2 nothing readable, 1 a report fails or a file was not read, else 0."""
        if not self.checked:
            return 2
        if exit_zero:
            return 0
        return 1 if not_checked or self.failing else 0

    def iter_missing(self):
        """The ``missing_mandatory`` entries, worst first, made one at a time."""
        for (missing, problems, _), (file, title, issuer, year, rules) in self._missing.worst_first():
            yield {"file": file, "title": title, "issuer": issuer, "year": year, "missing": missing,
                   "problems": problems, "rules": [{"rule": k, "title": self._rules[k]["title"]} for k in rules]}

    def summary(self, not_checked, ignored, exit_code: int | None = None, missing: bool = True) -> dict:
        """The ``summary`` object; ``not_checked``: InputErrors, ``ignored``: scan entries. ``missing=False``
        leaves ``missing_mandatory`` empty for a writer that takes ``iter_missing()`` instead (jsonl)."""
        reports = list(self.iter_missing()) if missing else []
        rules = sorted((dict(x) for x in self._rules.values() if x["fail"] or x["warn"]),
                       key=lambda x: (-x["fail"], _SEVERITY_ORDER.get(x["severity"], 3), -x["warn"], x["rule"]))
        not_checked = [{"file": e.path, "reason": e.reason, "hint": e.hint} for e in not_checked]
        ignored = [{"file": s.path, "reason": s.reason, "hint": s.hint} for s in ignored]
        return {
            "files": self.checked + len(not_checked) + len(ignored),
            "checked": self.checked,
            "not_checked": len(not_checked),
            "ignored": len(ignored),
            "reports_missing_mandatory": len(self._missing),
            "reports_failing": self.failing,
            "fail_on": self.fail_on,
            "exit_code": exit_code,
            "missing_mandatory": reports,
            "not_checked_files": not_checked,
            "ignored_files": ignored,
            "rules": rules,
        }


class _Rows:
    """Rows of a summary list, read back worst first. Past ``KEEP`` rows they go off the heap: each row is then a JSON
    line in a temporary file, and only a packed sort key and the row's offset stay in memory (16 bytes a report instead
    of its title, issuer and rule ids, about 400: a run over 20,000 reports keeps its memory flat)."""

    KEEP = 1000

    def __init__(self):
        import array

        self._keys = array.array("Q")  # fewer missing first inverted, then fewer problems inverted, then the row
        self._rows: list | None = []  # in memory, until KEEP
        self._offsets = array.array("Q")
        self._file = None

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: tuple[int, int, int], row: list) -> None:
        missing, problems, order = key
        self._keys.append(((255 - min(missing, 255)) << 56) | ((65535 - min(problems, 65535)) << 40) | len(self._keys))
        if self._rows is not None:
            self._rows.append((key, row))
            if len(self._rows) > self.KEEP:
                self._spill()
            return
        self._write(key, row)

    def _spill(self) -> None:
        import tempfile

        self._file = tempfile.TemporaryFile()
        for key, row in self._rows:
            self._write(key, row)
        self._rows = None

    def _write(self, key, row) -> None:
        self._offsets.append(self._file.tell())
        self._file.write(json.dumps([list(key), row], ensure_ascii=False).encode("utf-8") + b"\n")

    def worst_first(self):
        """(key, row) pairs, most missing items first, then most problems, then in the order added."""
        for packed in sorted(self._keys):
            i = packed & ((1 << 40) - 1)
            if self._rows is not None:
                yield self._rows[i]
                continue
            self._file.seek(self._offsets[i])
            key, row = json.loads(self._file.readline())
            yield tuple(key), row
        if self._file is not None:
            self._file.seek(0, 2)  # further rows are appended at the end


def summarize(batch: "Batch", fail_on: str = "mandatory", exit_code: int | None = None) -> dict:
    tally = Tally(fail_on)
    for r in batch.results:
        tally.add(r)
    return tally.summary(batch.not_checked, batch.ignored, exit_code)


def headline(s: dict) -> str:
    """One line: how many checked, not checked, missing mandatory items."""
    parts = [f"检查 {s['checked']} 份报告"]
    if s["not_checked"]:
        parts.append(f"{s['not_checked']} 个文件未能检查")
    if s["ignored"]:
        parts.append(f"忽略 {s['ignored']} 个非报告文件")
    parts.append(f"{s['reports_missing_mandatory']} 份缺少必备项" if s["reports_missing_mandatory"] else "没有报告缺少必备项")
    return "，".join(parts)


def text_summary(s: dict) -> str:
    p = printable
    lines = ["", "=" * 20 + " 汇总 " + "=" * 20, f"共 {s['files']} 个文件：{headline(s)}。"]
    if s["missing_mandatory"]:
        lines.append(f"缺少必备项的报告（{len(s['missing_mandatory'])} 份，缺得多的在前）：")
        for n, r in enumerate(s["missing_mandatory"], 1):
            name = r["title"] or r["file"]
            items = "；".join(x["title"] for x in r["rules"])
            lines.append(f"  {n}. {p(name)}（{p(r['file'])}）缺 {r['missing']} 项：{items}")
    if s["not_checked_files"]:
        lines.append(f"未能检查的文件（{s['not_checked']} 个）：")
        lines += [f"  ✗ {p(x['file'])}：{x['reason']}" + (f"；{x['hint']}" if x["hint"] else "") for x in s["not_checked_files"]]
    if s["ignored_files"]:
        lines.append(f"忽略的文件（{s['ignored']} 个，不是报告）：")
        lines += [f"  - {p(x['file'])}：{x['reason']}" for x in s["ignored_files"]]
    if s["rules"]:
        lines.append("各检查项有问题的报告数：")
        for x in s["rules"]:
            counts = "，".join(f"{label(v, x['rule'])} {x[v]}" for v in ("fail", "warn") if x[v])
            lines.append(f"  {x['rule']:<34} {counts}  {x['title']}（{SEVERITY_LABEL.get(x['severity'], '')}）")
    if s.get("exit_code") is not None:
        lines.append(f"结论：{_verdict(s)}（退出码 {s['exit_code']}）")
    return "\n".join(lines)


def _verdict(s: dict) -> str:
    bad = []
    if s["reports_failing"]:
        bad.append(f"{s['reports_failing']} 份报告{FAIL_ON_LABEL[s['fail_on']]}")
    if s["not_checked"]:
        bad.append(f"{s['not_checked']} 个文件未能检查")
    return "，".join(bad) if bad else f"全部 {s['checked']} 份报告已检查，没有{FAIL_ON_LABEL[s['fail_on']]}"


def html_summary(s: dict, anchors: dict[str, str]) -> str:
    """The section the HTML page opens with; ``anchors`` maps a file to its report's id on the page."""
    def link(file: str, text: str) -> str:
        a = anchors.get(file)
        return f'<a href="#{escape(a)}">{escape(text)}</a>' if a else escape(text)

    out = ['<section class="overview run-summary" id="summary"><h2>汇总</h2>',
           f'<p class="summary"><span class="s-pass">检查 {s["checked"]} 份</span>'
           f'<span class="s-{"fail" if s["not_checked"] else "skip"}">未能检查 {s["not_checked"]} 个</span>'
           f'<span class="s-{"fail" if s["reports_missing_mandatory"] else "pass"}">缺少必备项 '
           f'{s["reports_missing_mandatory"]} 份</span><span class="s-skip">忽略 {s["ignored"]} 个</span></p>']
    if s.get("exit_code") is not None:
        out.append(f"<p>结论：{escape(_verdict(s))}（退出码 {s['exit_code']}）</p>")
    if s["missing_mandatory"]:
        rows = "".join(f'<tr><td class="n">{n}</td><td>{link(r["file"], r["title"] or r["file"])}'
                       f'<div class="where">{escape(r["file"])}</div></td><td class="n">{r["missing"]}</td>'
                       f'<td>{escape("；".join(x["title"] for x in r["rules"]))}</td></tr>'
                       for n, r in enumerate(s["missing_mandatory"], 1))
        out.append('<h3>缺少必备项的报告（缺得多的在前）</h3><table class="overview"><thead><tr><th>序号</th>'
                   f'<th>报告</th><th>缺项数</th><th>缺少的必备项</th></tr></thead><tbody>{rows}</tbody></table>')
    if s["not_checked_files"] or s["ignored_files"]:
        rows = "".join(f'<tr class="fail"><td class="v s-fail">未能检查</td><td class="where">{escape(x["file"])}</td>'
                       f'<td>{escape(x["reason"])}{"；" + escape(x["hint"]) if x["hint"] else ""}</td></tr>'
                       for x in s["not_checked_files"])
        rows += "".join(f'<tr class="skip"><td class="v s-skip">忽略</td><td class="where">{escape(x["file"])}</td>'
                        f'<td>{escape(x["reason"])}</td></tr>' for x in s["ignored_files"])
        out.append('<h3>没有检查的文件</h3><table class="overview"><thead><tr><th>状态</th><th>文件</th>'
                   f'<th>原因</th></tr></thead><tbody>{rows}</tbody></table>')
    if s["rules"]:
        rows = "".join(f'<tr><td>{escape(x["title"])}<div class="where">{escape(x["rule"])}</div></td>'
                       f'<td class="sev">{SEVERITY_LABEL.get(x["severity"], "")}</td>'
                       f'<td class="n">{label("fail", x["rule"])} {x["fail"]}</td>'
                       f'<td class="n">{x["warn"]}</td></tr>' for x in s["rules"])
        # The fail column says 缺失/逾期/不符合 per rule (one vocabulary with the reports below).
        out.append('<h3>各检查项有问题的报告数</h3><table class="overview"><thead><tr><th>检查项</th><th>级别</th>'
                   f'<th>不通过</th><th>提示</th></tr></thead><tbody>{rows}</tbody></table>')
    out.append("</section>")
    return "".join(out)


def problems_only(results: list["CheckResult"]) -> list["CheckResult"]:
    """Each result with only its failures and warnings; results left with none are dropped."""
    out = []
    for r in results:
        kept = [f for f in r.findings if f.verdict in ("fail", "warn")]
        if kept:
            out.append(dataclasses.replace(r, findings=kept))
    return out


def run_output(batch: "Batch", fmt: str, color: bool = False, fail_on: str = "mandatory",
               only_problems: bool = False, exit_code: int | None = None) -> str:
    """The whole run rendered in ``fmt`` (text json markdown html sarif junit)."""
    from . import check_output

    s = summarize(batch, fail_on, exit_code)
    if fmt == "sarif":
        from .sarif import sarif

        return sarif(batch)
    if fmt == "junit":
        from .junit import junit

        return junit(batch)
    results = problems_only(batch.results) if only_problems else batch.results
    if is_single(batch):
        if fmt == "json":
            return dumps(results[0].to_dict() if results else batch.results[0].to_dict() | {"findings": []})
        if not results:  # --only-problems on a clean report
            return "没有缺失或提示。" if fmt != "html" else check_output([], [], "html")
        return check_output(results, [], fmt, color=color)
    if fmt == "json":
        from ..model import SCHEMA

        reports = [r.to_dict() for r in results]
        reports += [{"schema": SCHEMA, "file": e.path, "error": {"reason": e.reason, "hint": e.hint}}
                    for e in batch.not_checked]
        reports += [{"schema": SCHEMA, "file": x.path, "ignored": {"reason": x.reason, "hint": x.hint}}
                    for x in batch.ignored]
        return dumps({"schema": SCHEMA, "summary": s, "reports": reports})
    if fmt == "html":
        page = check_output(results, [], "html")
        many = len(results) > 1
        anchors = {r.document.file: (f"r{n}" if many else "report") for n, r in enumerate(results, 1)}
        at = page.find("</h1>")
        at = at + len("</h1>") if at >= 0 else page.find("<main>") + len("<main>")
        return page[:at] + html_summary(s, anchors) + page[at:]
    body = check_output(results, [], fmt, color=color) if results else ""
    if fmt == "markdown":
        return body + "\n\n---\n\n## 汇总\n\n```\n" + text_summary(s).strip() + "\n```\n"
    return (body + "\n" if body else "") + text_summary(s)

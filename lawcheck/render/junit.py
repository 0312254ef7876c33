"""JUnit XML for CI test reports (GitLab, Jenkins, GitHub test-report actions).

One ``<testsuite>`` per file; in it one ``<testcase>`` per mandatory rule checked:
``<failure>`` when the item is missing (verdict fail), ``<skipped>`` when the rule
did not apply, a pass otherwise (a warning is passed with its message in
``<system-out>``). A file that could not be read is a suite with one testcase in
``<error>``; an entry of a folder that was not checked, a suite with one
``<skipped>`` testcase: every file is accounted for. The layout follows the
de facto schema (Jenkins/Ant ``junit-10.xsd``): counts on every suite and on the root.
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from ..errors import printable

if TYPE_CHECKING:
    from ..batch import Batch

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML 1.0


def _x(s) -> str:
    return escape(_XML_BAD.sub("\ufffd", str(s)))


def _a(s) -> str:
    return quoteattr(_XML_BAD.sub("\ufffd", str(s)))


def junit(batch: "Batch") -> str:
    suites = []
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for r in batch.results:
        file = r.document.file
        cases, counts = [], {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for f in r.findings:
            if f.severity != "mandatory":
                continue
            counts["tests"] += 1
            head = f"<testcase classname={_a(_classname(file))} name={_a(f'{f.rule} {f.title}')} file={_a(file)}"
            if f.verdict == "fail":
                counts["failures"] += 1
                detail = f.message + (f"\n怎么改：{f.guidance}" if f.guidance else "") + f"\n依据：{f.basis}"
                cases.append(f"{head}><failure message={_a(f.message)} type={_a(f.rule)}>{_x(detail)}</failure>"
                             "</testcase>")
            elif f.verdict == "skip":
                counts["skipped"] += 1
                cases.append(f"{head}><skipped message={_a(f.message)}/></testcase>")
            elif f.verdict == "warn":
                cases.append(f"{head}><system-out>{_x('提示：' + f.message)}</system-out></testcase>")
            else:
                cases.append(f"{head}/>")
        name = r.document.metadata.title or file
        suites.append(_suite(name, file, counts, cases))
        for k in totals:
            totals[k] += counts[k]
    for e in batch.not_checked:
        case = (f"<testcase classname={_a(_classname(e.path))} name=\"读取文件\" file={_a(e.path)}>"
                f"<error message={_a(e.reason)} type=\"unreadable\">{_x(e.reason + ('；' + e.hint if e.hint else ''))}"
                "</error></testcase>")
        suites.append(_suite(e.path, e.path, {"tests": 1, "failures": 0, "errors": 1, "skipped": 0}, [case]))
        totals["tests"] += 1
        totals["errors"] += 1
    for s in batch.ignored:
        case = (f"<testcase classname={_a(_classname(s.path))} name=\"读取文件\" file={_a(s.path)}>"
                f"<skipped message={_a(s.reason)}/></testcase>")
        suites.append(_suite(s.path, s.path, {"tests": 1, "failures": 0, "errors": 0, "skipped": 1}, [case]))
        totals["tests"] += 1
        totals["skipped"] += 1
    attrs = " ".join(f'{k}="{v}"' for k, v in totals.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="lawcheck" {attrs}>\n' + "\n".join(suites) + "\n</testsuites>\n")


def _suite(name: str, file: str, counts: dict, cases: list[str]) -> str:
    attrs = " ".join(f'{k}="{v}"' for k, v in counts.items())
    return (f"  <testsuite name={_a(printable(name))} {attrs}>"
            f"<properties><property name=\"file\" value={_a(file)}/></properties>"
            + "".join(cases) + "</testsuite>")


def _classname(path: str) -> str:
    """``folder/报告.docx`` -> ``folder.报告``: the way CI tools group test cases."""
    stem = os.path.splitext(os.path.normpath(path))[0].lstrip("./" + os.sep)
    return stem.replace(os.sep, ".").replace("/", ".") or "report"

"""SARIF 2.1.0 (OASIS) for code-scanning tools: one result per failed or warned rule of each report.

- ``tool.driver.rules`` lists every rule that was checked (id, Chinese title, guidance, basis,
  default level from the rule's severity: mandatory -> error, recommended -> warning, info -> note).
- A result's level follows its severity; a warning-verdict on a mandatory rule is a warning.
- Locations are the file (relative to the folder lawcheck ran in, ``%SRCROOT%``); for plain text
  and Markdown, where lines of the extracted text are lines of the file, the quoted evidence
  also gets a region (line and column, in Unicode code points). Word, PDF, OFD and web pages have
  no lines a viewer could show, so their results point at the file.
- Files that could not be read, and entries of folders not checked, are
  ``invocations[0].toolExecutionNotifications`` (error / note) with the reason: listed, not hidden.
"""
from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING
from urllib.parse import quote

from .. import __version__

if TYPE_CHECKING:
    from ..batch import Batch

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"mandatory": "error", "recommended": "warning", "info": "note"}
_TEXT_FORMATS = ("txt", "md")


def sarif(batch: "Batch", root: str | None = None) -> str:
    root = os.path.abspath(root or os.getcwd())
    rules: dict[str, dict] = {}
    results = []
    for r in batch.results:
        doc = r.document
        for f in r.findings:
            if f.rule not in rules:
                rules[f.rule] = _rule(f, len(rules))
            if f.verdict not in ("fail", "warn"):
                continue
            level = LEVEL.get(f.severity, "warning")
            if f.verdict == "warn" and level == "error":
                level = "warning"
            text = f"{f.title}：{f.message}"
            if f.guidance:
                text += f"（{'怎么改' if f.verdict == 'fail' else '建议'}：{f.guidance}）"
            loc = {"physicalLocation": {"artifactLocation": _artifact(doc.file, root)}}
            if f.evidence and doc.format in _TEXT_FORMATS:
                e = f.evidence[0]
                if hasattr(doc, "places"):  # a batch digest (digest.py): the region was found where the text was
                    sl, sc, el, ec = doc.place(e)[2] or (1, 1, 1, 1)
                    loc["physicalLocation"]["region"] = {"startLine": sl, "startColumn": sc, "endLine": el,
                                                         "endColumn": ec, "snippet": {"text": e.quote}}
                else:
                    loc["physicalLocation"]["region"] = _region(doc.text, e.start, e.end, e.quote)
            results.append({"ruleId": f.rule, "ruleIndex": rules[f.rule]["_index"], "level": level,
                            "kind": "fail", "message": {"text": text}, "locations": [loc],
                            "properties": {"verdict": f.verdict, "coverage": f.coverage, "severity": f.severity}})
    notes = [_note("error", e.path, f"未能检查：{e.reason}" + (f"；{e.hint}" if e.hint else ""), root)
             for e in batch.not_checked]
    notes += [_note("note", s.path, f"未检查：{s.reason}", root) for s in batch.ignored]
    driver_rules = []
    for rule in rules.values():
        rule.pop("_index")
        driver_rules.append(rule)
    run = {
        "tool": {"driver": {"name": "lawcheck", "version": __version__, "semanticVersion": __version__,
                            "language": "zh-CN",
                            "rules": driver_rules}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": _dir_uri(root)}},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notes}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return json.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)


def _rule(f, index: int) -> dict:
    help_text = f"依据：{f.basis}" + (f"\n{f.guidance}" if f.guidance else "")
    return {"_index": index, "id": f.rule, "name": f.rule.replace(".", "_"),
            "shortDescription": {"text": f.title}, "fullDescription": {"text": f.guidance or f.title},
            "help": {"text": help_text}, "defaultConfiguration": {"level": LEVEL.get(f.severity, "warning")},
            "properties": {"severity": f.severity, "group": f.group, "basis": f.basis}}


def _artifact(path: str, root: str) -> dict:
    full = os.path.abspath(path)
    rel = os.path.relpath(full, root) if not os.path.relpath(full, root).startswith("..") else None
    if rel is None:
        return {"uri": _file_uri(full)}
    return {"uri": quote(rel.replace(os.sep, "/")), "uriBaseId": "%SRCROOT%"}


def _file_uri(full: str) -> str:
    p = full.replace(os.sep, "/")
    return "file://" + quote(os.fsencode(p if p.startswith("/") else "/" + p))  # bytes: any file name, %-escaped


def _dir_uri(root: str) -> str:
    uri = _file_uri(root)
    return uri if uri.endswith("/") else uri + "/"


def _region(text: str, start: int, end: int, snippet: str) -> dict:
    def line_col(pos: int) -> tuple[int, int]:
        line = text.count("\n", 0, pos) + 1
        return line, pos - (text.rfind("\n", 0, pos) + 1) + 1

    sl, sc = line_col(start)
    el, ec = line_col(end)
    return {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec, "snippet": {"text": snippet}}


def _note(level: str, path: str, text: str, root: str) -> dict:
    return {"level": level, "message": {"text": text},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(path, root)}}]}

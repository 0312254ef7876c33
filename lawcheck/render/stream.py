"""Batch outputs written while the run goes on: jsonl, csv, and json (whose reports wait in a spool file).

Each writer takes the reports one at a time (``report``), then the files that were not
checked and the ignored entries and the summary (``finish``); none of them keeps a report
after writing it. The record shapes are a public contract (README, "流式输出"):

- ``jsonl``: one JSON object per line, exactly the objects of the json output's
  ``reports`` list in the same order (checked reports, then files that could not be
  checked ``{"schema", "file", "error": {"reason", "hint"}}``, then ignored entries
  ``{"schema", "file", "ignored": {"reason", "hint"}}``), then one last line
  ``{"schema": "lawcheck/1", "summary": {...}}`` (the json output's ``summary``).
- ``csv``: a header, then one row per checked report and rule (``CSV_COLUMNS``), then one
  row per file not checked or ignored (``status`` says which; rule columns empty). No
  summary row: the summary is the jsonl/json outputs' business.
- ``json``: the same bytes as ``render.summary.run_output`` would give, but each report is
  serialised as it arrives into a temporary spool file, and copied after the summary.
"""
from __future__ import annotations

import csv
import io
import json
import tempfile
from typing import TYPE_CHECKING

from ..model import SCHEMA
from ..output import utf8
from .labels import coverage_label, verdict_label

if TYPE_CHECKING:
    from ..digest import Digest
    from ..errors import InputError
    from ..read.scan import Skipped

CSV_COLUMNS = ("file", "status", "title", "issuer", "year", "rule", "rule_title", "severity", "verdict", "label",
               "coverage", "message", "section", "quote", "reason", "hint")
STREAM_FORMATS = ("jsonl", "csv", "json")


_PLACE = "\0missing_mandatory\0"  # stands for the list while the summary line is encoded (cannot be a value)
_PLACE_JSON = json.dumps(_PLACE)


def _problems(d: "Digest", only_problems: bool):
    """The findings to show, or None when the report is not shown at all (``--only-problems`` on a clean report)."""
    if not only_problems:
        return d.findings
    kept = [f for f in d.findings if f.verdict in ("fail", "warn")]
    return kept or None


def error_obj(e: "InputError") -> dict:
    return {"schema": SCHEMA, "file": e.path, "error": {"reason": e.reason, "hint": e.hint}}


def ignored_obj(s: "Skipped") -> dict:
    return {"schema": SCHEMA, "file": s.path, "ignored": {"reason": s.reason, "hint": s.hint}}


class JsonlWriter:
    def __init__(self, out, only_problems: bool = False):
        self.out, self.only_problems = out, only_problems

    def _line(self, obj: dict) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.out.flush()  # a reader following the file (tail -f, a pipe) sees each report when it is done

    def report(self, d: "Digest") -> None:
        if not self.only_problems:
            self.out.write(d.line_text() + "\n")  # kept on the digest: the cache stores it with the result
            self.out.flush()
            return
        findings = _problems(d, self.only_problems)
        if findings is not None:
            self._line(d.to_dict(findings))

    def finish(self, not_checked, ignored, summary: dict, missing=None) -> None:
        """``missing``: the ``missing_mandatory`` entries one at a time (``Tally.iter_missing``), written in
        place of the summary's own list: a big run's summary is never one object or one string."""
        for e in not_checked:
            self._line(error_obj(e))
        for s in ignored:
            self._line(ignored_obj(s))
        if missing is not None:
            summary = dict(summary, missing_mandatory=_PLACE)
        for chunk in json.JSONEncoder(ensure_ascii=False).iterencode({"schema": SCHEMA, "summary": summary}):
            if chunk.endswith(_PLACE_JSON):  # the encoder yields a string value with its key: ', "k": "v"'
                self.out.write(chunk[:-len(_PLACE_JSON)] + "[")
                for n, m in enumerate(missing):
                    self.out.write((", " if n else "") + json.dumps(m, ensure_ascii=False))
                self.out.write("]")
            else:
                self.out.write(chunk)
        self.out.write("\n")
        self.out.flush()

    def close(self) -> None:
        pass


class CsvWriter:
    def __init__(self, out, only_problems: bool = False):
        self.out, self.only_problems = out, only_problems
        self._buf = io.StringIO()
        self._csv = csv.writer(self._buf, lineterminator="\n")
        self._csv.writerow(CSV_COLUMNS)

    def _rows(self, rows) -> None:
        for row in rows:
            self._csv.writerow(["" if v is None else v for v in row])
        self.out.write(self._buf.getvalue())
        self._buf.seek(0)
        self._buf.truncate()
        self.out.flush()

    def report(self, d: "Digest") -> None:
        findings = _problems(d, self.only_problems) or []
        doc, md = d.document, d.document.metadata
        rows = []
        for f in findings:
            e = f.evidence[0] if f.evidence else None
            rows.append((doc.file, "checked", md.title, md.issuer, md.year, f.rule, f.title, f.severity, f.verdict,
                         verdict_label(f), coverage_label(f) and f.coverage, f.message,
                         e.section if e else "", e.quote if e else "", "", ""))
        self._rows(rows)

    def finish(self, not_checked, ignored, summary: dict) -> None:
        blank = ("",) * 11
        self._rows([(e.path, "not_checked", *blank, e.reason, e.hint) for e in not_checked]
                   + [(s.path, "ignored", *blank, s.reason, s.hint) for s in ignored])

    def close(self) -> None:
        pass


class JsonWriter:
    """The json output of a batch: ``{"schema", "summary", "reports"}`` with the reports spooled to disk."""

    def __init__(self, out, only_problems: bool = False):
        self.out, self.only_problems = out, only_problems
        self._spool = tempfile.TemporaryFile()  # UTF-8 bytes, copied out as they are; gone when closed or on exit
        self._n = 0

    def _add(self, obj: dict | str | bytes) -> None:
        """One report, indented into the list (``bytes``: a cached rendering, UTF-8, written without decoding)."""
        if not isinstance(obj, bytes):
            text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, indent=2)
            obj = utf8(text)
        self._spool.write((b",\n    " if self._n else b"\n    ") + obj.replace(b"\n", b"\n    "))
        self._n += 1

    def report(self, d: "Digest") -> None:
        if not self.only_problems:
            self._add(d.pretty_text())  # kept on the digest: the cache stores it with the result
            return
        findings = _problems(d, self.only_problems)
        if findings is not None:
            self._add(d.to_dict(findings))

    def finish(self, not_checked, ignored, summary: dict) -> None:
        for e in not_checked:
            self._add(error_obj(e))
        for s in ignored:
            self._add(ignored_obj(s))
        head = json.dumps({"schema": SCHEMA, "summary": summary}, ensure_ascii=False, indent=2)
        self.out.write(head[:-2] + ",\n  \"reports\": [")  # head ends in "\n}"
        self._spool.seek(0)
        while chunk := self._spool.read(1 << 20):
            self.out.write_bytes(chunk)
        self.out.write("\n  ]\n}\n" if self._n else "]\n}\n")

    def close(self) -> None:
        self._spool.close()


WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "json": JsonWriter}

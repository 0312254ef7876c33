"""A checked report without its text: what the batch outputs need, small enough to keep by the thousand.

A ``Digest`` stands in for a ``CheckResult`` in the renderers (``.document.file``,
``.document.metadata``, ``.document.format``, ``.findings``). What the renderers would
otherwise compute from the full text is computed once, in the worker, and kept per
evidence in ``Brief.places``: the location a person can find (HTML), whether the quote
stops mid-paragraph (the "…" of a display quote) and, for plain text and Markdown, the
line/column region (SARIF).

``body`` is the report's JSON without its findings (``Document.to_dict()``, text and
sections included), serialised: present only when the output (json, jsonl) or the cache
needs it, written out and dropped by the parent as soon as the report's turn comes.

``meta``/``from_meta`` are the cache's stored form (plain JSON; cache.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .model import Evidence, Finding, Metadata

if TYPE_CHECKING:  # pragma: no cover
    from .check import CheckResult

_TEXT_FORMATS = ("txt", "md")  # where lines of the extracted text are lines of the file (SARIF regions)


@dataclass
class Brief:
    """The parts of a ``Document`` the batch outputs read."""

    file: str
    format: str
    encoding: str | None
    metadata: Metadata
    # (start, end) of an evidence -> (location in words, quote cut mid-paragraph, SARIF region or None)
    places: dict[tuple[int, int], tuple[str, bool, tuple | None]] = field(default_factory=dict)
    source: Any = None  # never a parsed file: nothing to drop before pickling

    def place(self, e: Evidence) -> tuple[str, bool, tuple | None]:
        return self.places.get((e.start, e.end), (e.section or "正文", False, None))


@dataclass
class Digest:
    document: Brief
    findings: list[Finding]
    rulebook: list[str] = field(default_factory=list)
    body: str | None = None  # Document.to_dict() as compact JSON, when wanted (json, jsonl, cache)
    key: tuple | None = None  # the cache key the parent looked up (content sha256, extension)
    raw: list[dict] | None = None  # the findings as stored (cache): no second to_dict
    # The whole report as the json (indent=2) and jsonl outputs write it, once made: the cache keeps them,
    # and an unchanged report is written again without being encoded again.
    pretty: str | None = None
    line: str | None = None

    def to_dict(self, findings: list[Finding] | None = None) -> dict[str, Any]:
        """The report's ``lawcheck/1`` object, identical to ``CheckResult.to_dict()`` (needs ``body``)."""
        if self.body is None:
            raise ValueError("this digest was made without its JSON body")
        d = json.loads(self.body)
        d["file"] = self.document.file  # a cached report keeps the content, not the old path
        if findings is None and self.raw is not None:
            d["findings"] = list(self.raw)
        else:
            d["findings"] = [f.to_dict() for f in (self.findings if findings is None else findings)]
        d["rule_packs"] = list(self.rulebook)
        return d

    def pretty_text(self) -> str | bytes:
        """``json.dumps(self.to_dict(), ensure_ascii=False, indent=2)``, made once (the standard library's
        indenting encoder is pure Python: the slowest step of writing a report)."""
        if self.pretty is None:
            self.pretty = json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
        return self.pretty

    def line_text(self) -> str:
        """``json.dumps(self.to_dict(), ensure_ascii=False)``, made once."""
        if self.line is None:
            self.line = json.dumps(self.to_dict(), ensure_ascii=False)
        return self.line

    def finding(self, rule_id: str) -> Finding | None:
        return next((f for f in self.findings if f.rule == rule_id), None)

    def tally(self) -> list:
        """What ``render.summary.Tally`` reads of a report, for the cache: title, issuer, year and per finding
        (rule, verdict, severity, title)."""
        md = self.document.metadata
        return [md.title, md.issuer, md.year, [[f.rule, f.verdict, f.severity, f.title] for f in self.findings]]

    def meta(self) -> dict[str, Any]:
        """The small part of the stored form (cache): everything but the text, read on every hit."""
        doc = self.document
        places = [[s, e, where, cut, list(region) if region else None]
                  for (s, e), (where, cut, region) in doc.places.items()]
        return {"file": doc.file, "format": doc.format, "encoding": doc.encoding, "metadata": doc.metadata.to_dict(),
                "findings": self.raw if self.raw is not None else [f.to_dict() for f in self.findings],
                "rule_packs": list(self.rulebook), "places": places}


def digest(result: "CheckResult", body: bool = False) -> Digest:
    """The compact form of a freshly checked report (run in the worker, where the text is)."""
    from .render.labels import evidence_location, evidence_quote_cut

    doc = result.document
    places: dict[tuple[int, int], tuple[str, bool, tuple | None]] = {}
    for f in result.findings:
        for e in f.evidence:
            if (e.start, e.end) not in places:
                region = _region(doc.text, e.start, e.end) if doc.format in _TEXT_FORMATS else None
                places[(e.start, e.end)] = (evidence_location(doc, e), evidence_quote_cut(doc, e), region)
    brief = Brief(doc.file, doc.format, doc.encoding, doc.metadata, places)
    text = json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":")) if body else None
    return Digest(brief, list(result.findings), list(result.rulebook), text)


def from_meta(meta: dict[str, Any], file: str, body: str | None = None, line: str | None = None,
              pretty: str | None = None) -> Digest:
    """A Digest from the cache's stored form, for the file now at ``file`` (the stored renderings name it)."""
    raw = meta["findings"]
    names = {f.name for f in fields(Metadata)}
    metadata = Metadata(**{k: v for k, v in meta["metadata"].items() if k in names})
    places = {(s, e): (where, bool(cut), tuple(region) if region else None)
              for s, e, where, cut, region in meta.get("places", [])}
    if meta.get("file") != file:
        line = _moved(line, '{"schema": "lawcheck/1", "file": ', ', "format": ', file)
        pretty = _moved(pretty, '{\n  "schema": "lawcheck/1",\n  "file": ', ",\n", file)
    brief = Brief(file, meta["format"], meta.get("encoding"), metadata, places)
    return Digest(brief, [_finding(f) for f in raw], list(meta.get("rule_packs", [])), body, raw=raw,
                  pretty=pretty, line=line)


def from_tally(tally: list, file: str, ext: str, line: str | None = None, pretty: str | bytes | None = None) -> Digest:
    """A Digest that can only be counted and written as stored (``line``/``pretty``), from ``Digest.tally()``:
    a warm jsonl or json run reads no more of a cached report than that. ``pretty`` may be UTF-8 bytes."""
    title, issuer, year, rows = tally
    findings = []
    for rule, verdict, severity, name in rows:
        f = object.__new__(Finding)
        f.__dict__.update(rule=rule, verdict=verdict, severity=severity, title=name)
        findings.append(f)
    if line is not None:
        line = _moved(line, '{"schema": "lawcheck/1", "file": ', ', "format": ', file)
    if pretty is not None:
        pretty = _moved(pretty, '{\n  "schema": "lawcheck/1",\n  "file": ', ",\n", file)
    brief = Brief(file, ext.lstrip("."), None, Metadata(title=title, issuer=issuer, year=year))
    return Digest(brief, findings, line=line, pretty=pretty)


def _moved(text, head: str, after: str, file: str):
    """A stored rendering (str, or UTF-8 bytes) with its ``"file"`` value (always right after ``head``) naming the
    file's new path; None (render again) if it does not look as expected. ``after`` cannot occur inside a JSON
    string."""
    if text is None:
        return None
    value = json.dumps(file, ensure_ascii=False)
    if isinstance(text, bytes):
        from .output import utf8

        head, after, value = utf8(head), utf8(after), utf8(value)
    if not text.startswith(head):
        return None
    end = text.find(after, len(head))
    return head + value + text[end:] if end > 0 else None


def _finding(d: dict) -> Finding:
    """A Finding from its ``to_dict()``, without going through ``__init__`` (thousands per warm run)."""
    f = object.__new__(Finding)
    f.__dict__.update(d)
    f.__dict__.setdefault("expected", None)
    f.__dict__.setdefault("actual", None)
    f.evidence = [Evidence(e["section"], e["quote"], e["start"], e["end"]) for e in d.get("evidence", ())]
    return f


def _region(text: str, start: int, end: int) -> tuple[int, int, int, int]:
    """(start line, start column, end line, end column), 1-based, in code points."""
    def line_col(pos: int) -> tuple[int, int]:
        return text.count("\n", 0, pos) + 1, pos - (text.rfind("\n", 0, pos) + 1) + 1

    return line_col(start) + line_col(end)


class Shared:
    """One copy of each repeated string (rule titles, basis, guidance) across the digests a parent keeps."""

    def __init__(self):
        self._seen: dict[str, str] = {}

    def __call__(self, d: Digest) -> Digest:
        s = self._seen.setdefault
        for f in d.findings:
            f.rule, f.title, f.basis = s(f.rule, f.rule), s(f.title, f.title), s(f.basis, f.basis)
            f.guidance, f.group = s(f.guidance, f.guidance), s(f.group, f.group)
            if f.verdict == "skip" or f.verdict == "pass":
                f.message = s(f.message, f.message)
        return d

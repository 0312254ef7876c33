"""Judge a report against the rulebook: coverage, verdict and evidence per rule.

One module per engine, registered in ``ENGINES`` below (a literal dict, no
discovery); each exposes ``evaluate(ix, rule) -> Finding``:

- ``doctype``: is this a 法治政府建设年度报告 at all?
- ``item``: a required content item, judged on the section tree;
- ``cue``: an institution the report should evidence, with the polarity reader
  (``polarity.py``, triggers in ``rules/polarity.yaml``) deciding whether each
  mention reports it done, declares it absent, partly done or only planned;
- ``timing``: signed and published dates against the deadlines;
- ``layout``: GB/T 9704 formatting of a .docx draft.

Engines share a per-document ``DocIndex`` (``index.py``), built once per check.
Matching runs on the normalized text; every quote is cut from the original.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..model import Document, Finding
from ..rulebook import Rulebook, as_rulebook
from . import cue, doctype, item, layout, timing
from .index import DocIndex, finding

ENGINES: dict[str, Callable[[DocIndex, Any], Finding]] = {
    "doctype": doctype.evaluate,
    "item": item.evaluate,
    "cue": cue.evaluate,
    "timing": timing.evaluate,
    "layout": layout.evaluate,
}


@dataclass
class CheckResult:
    document: Document
    findings: list[Finding]
    rulebook: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = self.document.to_dict()
        d["findings"] = [f.to_dict() for f in self.findings]
        d["rule_packs"] = list(self.rulebook)
        return d

    def finding(self, rule_id: str) -> Finding | None:
        return next((f for f in self.findings if f.rule == rule_id), None)

    @property
    def verdicts(self) -> dict[str, str]:
        return {f.rule: f.verdict for f in self.findings}


def check(path, rules=None, **kwargs) -> CheckResult:
    """Read, outline and check one report file. ``rules``: extra pack names or files."""
    from ..api import outline

    return check_document(outline(path), as_rulebook(rules, kwargs.get("defaults", True)))


def exit_code(result: CheckResult) -> int:
    return 1 if any(f.verdict == "fail" and f.severity == "mandatory" for f in result.findings) else 0


def check_document(doc: Document, book: Rulebook, only: set[str] | None = None) -> CheckResult:
    ix = DocIndex(doc, book)
    findings = [evaluate(ix, rule) for rule in book.rules if only is None or rule.id in only]
    return CheckResult(doc, findings, list(book.packs))


def evaluate(ix: DocIndex, rule) -> Finding:
    """One rule's finding: skipped when it does not apply, else its engine's judgement."""
    reason = ix.skip_reason(rule)
    if reason:
        return finding(rule, "skip", "none", reason, [])
    return ENGINES[rule.engine](ix, rule)


__all__ = ["ENGINES", "CheckResult", "check", "check_document", "evaluate", "exit_code"]

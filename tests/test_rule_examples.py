"""Every rule carries pass/fail examples, and every example holds (proselint-style guard).

Examples are snippets; they are wrapped into a minimal annual report whose
metadata comes from the rule's ``applies_to`` and the example's ``metadata``.
Layout rules (engine: layout) build real .docx files: see test_layout.py.
"""
import re

import pytest

from lawcheck.checker import check_document
from lawcheck.metadata import extract
from lawcheck.model import ANNUAL_REPORT, Document, RawDocument
from lawcheck.normalize import normalize
from lawcheck.outliner import parse
from lawcheck.read.text import split_paragraphs
from lawcheck.rulebook import PACKS, load_rulebook

BOOK = load_rulebook([], defaults=True)
CONTENT_RULES = [r for r in BOOK.rules if r.engine != "layout"]


def build(example, rule):
    text = example.text if example.text.endswith("\n") else example.text + "\n"
    raw = RawDocument("example.txt", example.format or "txt", text, split_paragraphs(text))
    norm = normalize(text)
    sections, paras = parse(raw, norm)
    md = extract(raw, paras, sections)
    if rule.engine != "doctype":
        md.document_type = ANNUAL_REPORT
        for key in ("issuer_type", "level"):
            if key in rule.applies_to and getattr(md, key) is None:
                setattr(md, key, rule.applies_to[key][0])
    for key, value in example.metadata.items():
        setattr(md, key, value)
    doc = Document("example.txt", raw.format, text, md, sections, paras)
    doc._norm = norm
    return doc


def test_every_rule_has_passing_and_non_passing_examples():
    missing = [r.id for r in BOOK.rules
               if not any(e.verdict == "pass" for e in r.examples)
               or not any(e.verdict in ("warn", "fail") for e in r.examples)]
    assert missing == []


def test_every_builtin_pack_loads_and_ids_are_unique():
    ids = []
    for name in PACKS:
        ids += [r.id for r in load_rulebook([name], defaults=False).rules]
    assert len(ids) == len(set(ids))
    for fixed in ("doc.type", "content.measures", "content.shortcomings", "content.first_responsibility",
                  "content.next_year", "content.other", "decision.catalog", "counsel.legal_adviser",
                  "timing.report_deadline", "timing.publication_deadline"):
        assert fixed in ids


CASES = [(r, i) for r in CONTENT_RULES for i in range(len(r.examples))]


@pytest.mark.parametrize("rule,i", CASES, ids=[f"{r.id}-{i}" for r, i in CASES])
def test_rule_example(rule, i):
    ex = rule.examples[i]
    doc = build(ex, rule)
    (finding,) = check_document(doc, BOOK, only={rule.id}).findings
    assert finding.verdict == ex.verdict, f"{rule.id} example {i}: {finding.message}"
    if ex.coverage:
        assert finding.coverage == ex.coverage
    for e in finding.evidence:
        assert doc.text[e.start:e.end] == e.quote


def test_rule_file_errors_are_one_line(tmp_path):
    from lawcheck.errors import UsageError

    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: x.y\n    title: t\n    severity: mandatory\n    engine: cue\n"
                   "    basis: {document: 《某规定》}\n    detect: {cues: ['(']}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape("x.y")):
        load_rulebook([str(bad)], defaults=False)


def test_user_rule_file_adds_and_overrides(tmp_path):
    extra = tmp_path / "province.yaml"
    extra.write_text(
        "source: {id: province, name: 示例省补充要求}\n"
        "rules:\n"
        "  - id: province.safety\n    title: 安全生产执法情况\n    severity: recommended\n    engine: cue\n"
        "    basis: {document: 示例省法治政府建设年度报告工作指引}\n    detect: {cues: ['安全生产']}\n"
        "  - id: content.other\n    title: 其他需要报告的情况（本省必备）\n    severity: mandatory\n    engine: item\n"
        "    basis: {document: 示例省工作指引}\n    detect: {headings: ['其他']}\n    verdicts: {none: fail}\n",
        encoding="utf-8")
    book = load_rulebook([str(extra)])
    assert book.get("province.safety").pack == "province"
    assert book.get("content.other").verdict_for("none") == "fail"
    assert sum(1 for r in book.rules if r.id == "content.other") == 1

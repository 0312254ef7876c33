"""Readers and rules at scale (#13): rule packs read with libyaml's CSafeLoader give the same
data as the pure-Python SafeLoader, and a .docx is parsed once for its text and its layout."""
from __future__ import annotations

import glob
import os

import pytest
import yaml

import lawcheck
from lawcheck import yamlload
from lawcheck.check import check_document
from lawcheck.rulebook import load_rulebook

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(ROOT, "lawcheck", "rules")


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(RULES, "*.yaml"))), ids=os.path.basename)
def test_csafeloader_reads_every_pack_as_safeloader_does(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert yamlload.safe_load(text) == yaml.load(text, Loader=yaml.SafeLoader)


def test_fallback_without_libyaml_gives_the_same_rulebook(monkeypatch):
    from lawcheck import rulebook
    from lawcheck.check import polarity

    fast = load_rulebook(["police", "gbt9704"])
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    rulebook._load_pack_cached.cache_clear()
    polarity.default_table.cache_clear()
    try:
        slow = load_rulebook(["police", "gbt9704"])
    finally:
        rulebook._load_pack_cached.cache_clear()
        polarity.default_table.cache_clear()
    assert [r.id for r in slow.rules] == [r.id for r in fast.rules]
    assert [repr(r) for r in slow.rules] == [repr(r) for r in fast.rules]
    assert [t.phrase for t in slow.triggers.triggers] == [t.phrase for t in fast.triggers.triggers]


def test_bad_yaml_still_names_the_line(tmp_path):
    from lawcheck.errors import UsageError
    from lawcheck.rulebook import load_pack

    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: a.b\n    title: [unclosed\n", encoding="utf-8")
    with pytest.raises(UsageError, match="不是有效的 YAML 第 \\d+ 行"):
        load_pack(str(bad))


def test_docx_is_parsed_once_for_text_and_layout(monkeypatch):
    import docx

    files = sorted(glob.glob(os.path.join(ROOT, "corpus", "synthetic", "*.docx")))[:3]
    assert files
    calls = []
    original = docx.Document
    monkeypatch.setattr(docx, "Document", lambda *a, **k: calls.append(1) or original(*a, **k))
    book = load_rulebook(["gbt9704"])
    for f in files:
        result = check_document(lawcheck.outline(f), book)
        assert any(x.rule.startswith("layout.") and x.verdict != "skip" for x in result.findings)
    assert len(calls) == len(files)

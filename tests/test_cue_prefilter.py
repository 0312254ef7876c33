"""The cue anchor prefilter (``check.cue.cue_matches``) changes speed only: the same cue matches
and the same findings, with and without it, on every report of the blind set and the corpus."""
from __future__ import annotations

import os

import pytest

import lawcheck
from lawcheck.check import check_document, cue
from lawcheck.errors import InputError
from lawcheck.read import expand_paths
from lawcheck.rulebook import load_rulebook

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def documents():
    docs = []
    for f in expand_paths([os.path.join(ROOT, "tests", "blind"), os.path.join(ROOT, "corpus")]):
        try:
            docs.append(lawcheck.outline(f))
        except InputError:  # a refused file has no findings to compare
            continue
    assert len(docs) >= 100
    return docs


@pytest.fixture(scope="module")
def book():
    return load_rulebook(["police", "gbt9704"])


def _cue_rules(book):
    return [r for r in book.rules if r.engine == "cue" and r.detect.get("cues") is not None]


def test_prefilter_covers_the_slow_cue_rules(book):
    windowed = [r.id for r in _cue_rules(book) if not cue._re_skips(r.detect["cues"])]
    assert {"review.reconsideration_litigation", "gangyao.leadership", "normative.review"} <= set(windowed)


def test_same_cue_matches_with_and_without_prefilter(documents, book, monkeypatch):
    from lawcheck.normalize import normalize

    for doc in documents:
        text = normalize(doc.text).text
        for r in _cue_rules(book):
            rx = r.detect["cues"]
            monkeypatch.setattr(cue, "PREFILTER", True)
            fast = [(m.span(), m.groups()) for m in cue.cue_matches(rx, text)]
            plain = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert fast == plain, (doc.file, r.id)


def test_same_findings_with_and_without_prefilter(documents, book, monkeypatch):
    for doc in documents:
        monkeypatch.setattr(cue, "PREFILTER", True)
        on = [f.to_dict() for f in check_document(doc, book).findings]
        monkeypatch.setattr(cue, "PREFILTER", False)
        off = [f.to_dict() for f in check_document(doc, book).findings]
        assert on == off, doc.file

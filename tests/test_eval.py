"""Accuracy on the hand-labelled sets holds (bench/evaluate.py prints the full tables)."""
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))

from evaluate import evaluate, summarize  # noqa: E402


@pytest.fixture(scope="module", params=["tests/eval/labels.yaml", "corpus/labels.yaml"])
def summary(request):
    return summarize(evaluate(os.path.join(ROOT, request.param)))


def test_overall_verdict_accuracy_at_least_95_percent(summary):
    assert summary["overall"]["lawcheck"] >= 0.95


def test_never_worse_than_the_keyword_baseline(summary):
    for rule, s in summary["per_rule"].items():
        assert s["lawcheck"][0] >= s["baseline"][0], rule


def test_metadata_is_read_correctly(summary):
    assert all(v >= 0.95 for v in summary["metadata"].values()), summary["metadata"]

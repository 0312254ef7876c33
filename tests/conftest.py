import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)  # tests/builders.py

SAMPLE = os.path.join(ROOT, "lawcheck", "data", "sample", "xinxing-police-2024.txt")


@pytest.fixture(scope="session")
def sample_path():
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text():
    with open(SAMPLE, encoding="utf-8") as fh:
        return fh.read()

"""YAML reading for rule packs and trigger tables: libyaml's CSafeLoader when PyYAML has it.

The C loader builds the same data several times faster (measured in bench/scale.py),
which is most of a cold rulebook load; without libyaml the pure-Python SafeLoader reads
the same files. Both raise ``yaml.YAMLError`` subclasses with a ``problem_mark``.
"""
from __future__ import annotations

from typing import IO, Any


def safe_load(stream: IO[str] | str) -> Any:
    import yaml

    # Looked up per call, so the benchmark can hide CSafeLoader to measure the fallback.
    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    return yaml.load(stream, Loader=loader)  # noqa: S506 (a safe loader either way)

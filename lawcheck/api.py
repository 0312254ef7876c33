"""The pipeline as functions: read -> line roles (furniture, lost line breaks) -> outline (+ metadata) -> check."""
from __future__ import annotations

import contextlib
import gc
import os

from .model import Document


def outline(path: str | os.PathLike) -> Document:
    """Read a report file and recover its section tree and metadata."""
    from . import metadata as md
    from .furniture import prepare
    from .normalize import forget, normalize
    from .outliner import parse
    from .read import read

    with _no_cycle_collection():
        try:
            raw = prepare(read(path))
            norm = normalize(raw.text)
            sections, paragraphs = parse(raw, norm)
            meta = md.extract(raw, paragraphs, sections)
        finally:
            forget()
    doc = Document(os.fspath(path), raw.format, raw.text, meta, sections, paragraphs, raw.encoding,
                   source=raw.source)
    doc._norm = norm  # reused by the checker
    return doc


@contextlib.contextmanager
def _no_cycle_collection():
    """The cycle collector paused while the pipeline builds its records.

    A long report makes hundreds of thousands of small records (paragraphs, headings, sections)
    that all stay alive, and each full collection walks every one of them again: a tenth of the
    run on 100,000 headings, for no garbage. Reference counting still frees everything; cycles
    made meanwhile (python-docx's parts) are collected once the pipeline is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

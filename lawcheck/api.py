"""The pipeline as functions: read -> line roles (furniture, lost line breaks) -> outline (+ metadata) -> check."""
from __future__ import annotations

import os

from .model import Document


def outline(path: str | os.PathLike) -> Document:
    """Read a report file and recover its section tree and metadata."""
    from . import metadata as md
    from .furniture import prepare
    from .normalize import normalize
    from .outliner import parse
    from .read import read

    raw = prepare(read(path))
    norm = normalize(raw.text)
    sections, paragraphs = parse(raw, norm)
    meta = md.extract(raw, paragraphs, sections)
    doc = Document(os.fspath(path), raw.format, raw.text, meta, sections, paragraphs, raw.encoding,
                   source=raw.source)
    doc._norm = norm  # reused by the checker
    return doc

"""Check many files: one bad file never stops the rest, on one core or several.

Workers receive the rulebook once (as the pool's initializer argument) and send
back results or plain error tuples; an exception object would not survive the
trip between processes with its fields intact.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from .checker import CheckResult
    from .rulebook import Rulebook

_BOOK: "Rulebook | None" = None  # set once per worker process by _init


@dataclass
class Batch:
    results: list["CheckResult"]
    errors: list[InputError] = field(default_factory=list)


def as_input_error(path: str, exc: Exception) -> InputError:
    """In a batch, an unexpected failure on one file is reported like bad input for that file."""
    if isinstance(exc, InputError):
        return exc
    if os.environ.get("LAWCHECK_DEBUG"):
        raise exc
    return InputError(path, f"处理此文件时出现内部错误（{type(exc).__name__}）",
                      "其余文件已照常处理；请把该文件提交给 lawcheck 维护者")


def _check_one(path: str, book: "Rulebook"):
    from .api import outline
    from .checker import check_document

    try:
        return check_document(outline(path), book)
    except Exception as exc:
        err = as_input_error(path, exc)
        return ("error", err.path, err.reason, err.hint)


def _init(book: "Rulebook") -> None:
    global _BOOK
    _BOOK = book


def _work(path: str):
    return _check_one(path, _BOOK)


def check_files(files: Iterable[str], book: "Rulebook", jobs: int = 1) -> Batch:
    """Check files in order; ``jobs`` > 1 uses that many processes (0 = every core)."""
    files = list(files)
    jobs = (os.cpu_count() or 1) if jobs == 0 else jobs
    if jobs > 1 and len(files) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(jobs, len(files)), initializer=_init, initargs=(book,)) as pool:
            outcomes = list(pool.map(_work, files, chunksize=max(1, len(files) // (jobs * 4))))
    else:
        outcomes = [_check_one(f, book) for f in files]
    batch = Batch([])
    for out in outcomes:
        if isinstance(out, tuple):
            batch.errors.append(InputError(*out[1:]))
        else:
            batch.results.append(out)
    return batch


def check_paths(paths: Iterable[str], rules=None, jobs: int = 1) -> Batch:
    """Expand folders, load the rulebook (a Rulebook, or extra pack names/files) and check everything."""
    from .read import SUPPORTED, expand_paths
    from .rulebook import as_rulebook

    paths = list(paths)
    book = as_rulebook(rules)
    files = expand_paths(paths)
    if not files:
        raise InputError(" ".join(paths), "没有找到报告文件", f"支持的格式：{SUPPORTED}")
    return check_files(files, book, jobs)

"""Check many files: one bad file never stops the rest, on one core or several.

In a budgeted run (the CLI with more than one file, or ``jobs`` > 1) each file is
checked in a worker process under a per-file budget: an address-space limit
(``RLIMIT_AS``) set in the worker and a wall-clock timeout enforced by the parent.
A file over budget is reported ("处理超时" / "内存超限") and its worker replaced;
the rest go on. Workers are killed whenever the parent stops (normally, on an
exception, or on SIGTERM/SIGHUP/SIGINT turned into an exception by the CLI), and
die with it if the parent is killed outright (Linux ``PR_SET_PDEATHSIG``).

Workers send back results or plain error tuples; an exception object would not
survive the trip between processes with its fields intact.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from .check import CheckResult
    from .rulebook import Rulebook

FILE_SECONDS = 60.0  # wall-clock budget for one file in a budgeted run (a real report takes a second or two)
FILE_MEMORY_MB = 2048  # address-space budget for one worker process (a real report needs under 200 MB)


@dataclass
class Budget:
    seconds: float = FILE_SECONDS
    memory_mb: int = FILE_MEMORY_MB

    @classmethod
    def from_env(cls) -> "Budget":
        """Defaults, overridden by LAWCHECK_FILE_TIMEOUT (seconds) and LAWCHECK_FILE_MEMORY (MB)."""
        def num(name, default, kind):
            try:
                value = kind(os.environ.get(name, default))
            except ValueError:
                return default
            return value if value > 0 else default
        return cls(num("LAWCHECK_FILE_TIMEOUT", FILE_SECONDS, float), num("LAWCHECK_FILE_MEMORY", FILE_MEMORY_MB, int))


@dataclass
class Batch:
    results: list["CheckResult"]
    errors: list[InputError] = field(default_factory=list)


def as_input_error(path: str, exc: Exception) -> InputError:
    """In a batch, an unexpected failure on one file is reported like bad input for that file."""
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, MemoryError):
        return _over_memory(path)
    if os.environ.get("LAWCHECK_DEBUG"):
        raise exc
    return InputError(path, f"处理此文件时出现内部错误（{type(exc).__name__}）",
                      "其余文件已照常处理；请把该文件提交给 lawcheck 维护者")


def _over_memory(path: str, mb: int | None = None) -> InputError:
    limit = f"（上限 {mb:,} MB）" if mb else ""
    return InputError(path, f"内存超限{limit}：文件内容过于庞大或结构异常，已跳过",
                      "其余文件已照常处理；请确认文件是否正确，或拆分后分别检查")


def _check_one(path: str, book: "Rulebook"):
    from .api import outline
    from .check import check_document

    try:
        return check_document(outline(path), book)
    except Exception as exc:
        err = as_input_error(path, exc)
        return ("error", err.path, err.reason, err.hint)


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(jobs: int, files: int) -> int:
    """``jobs`` (0 = every core) clamped to the number of files and of cores."""
    if jobs < 0:
        raise ValueError("jobs must be >= 0")
    cores = cpu_count()
    return max(1, min(jobs or cores, cores, files))


def check_files(files: Iterable[str], book: "Rulebook", jobs: int = 1, budget: Budget | None = None) -> Batch:
    """Check files in order. ``jobs`` > 1 uses that many processes (0 = every core, never more than
    the cores or the files); with ``budget`` (or ``jobs`` > 1) every file runs in a budgeted worker."""
    files = list(files)
    n = worker_count(jobs, len(files))
    if len(files) > 1 and (n > 1 or budget is not None):
        from .pool import run_budgeted

        outcomes = run_budgeted(files, book, n, budget or Budget.from_env(), _check_one)
    else:
        outcomes = [_check_one(f, book) for f in files]
    batch = Batch([])
    for out in outcomes:
        if isinstance(out, tuple):
            batch.errors.append(InputError(*out[1:]))
        else:
            batch.results.append(out)
    return batch


def check_paths(paths: Iterable[str], rules=None, jobs: int = 1, budget: Budget | None = None) -> Batch:
    """Expand folders, load the rulebook (a Rulebook, or extra pack names/files) and check everything."""
    from .read import SUPPORTED, expand_paths
    from .rulebook import as_rulebook

    paths = list(paths)
    book = as_rulebook(rules)
    files = expand_paths(paths)
    if not files:
        raise InputError(" ".join(paths), "没有找到报告文件", f"支持的格式：{SUPPORTED}")
    return check_files(files, book, jobs, budget)


def timeout_error(path: str, seconds: float) -> tuple:
    return ("error", path, f"处理超时（超过 {seconds:g} 秒），已跳过", "其余文件已照常处理；请确认文件是否正确，或拆分后分别检查")


def crash_error(path: str, memory_mb: int) -> tuple:
    err = _over_memory(path, memory_mb)
    return ("error", path, err.reason + "（处理进程意外退出）", err.hint)


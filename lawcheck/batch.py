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
from typing import TYPE_CHECKING, Callable, Iterable

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from .check import CheckResult
    from .read.scan import Skipped
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
    """Everything a run met: reports checked, files that could not be read, entries not checked."""

    results: list["CheckResult"]
    errors: list[InputError] = field(default_factory=list)
    skipped: list["Skipped"] = field(default_factory=list)  # from the folder scan (read/scan.py)

    @property
    def not_checked(self) -> list[InputError]:
        """Files that count as unread (exit code 1): read errors, then images, archives … found in folders."""
        return self.errors + [InputError(s.path, s.reason, s.hint) for s in self.skipped if s.kind == "error"]

    @property
    def ignored(self) -> list["Skipped"]:
        return [s for s in self.skipped if s.kind != "error"]


@dataclass(frozen=True)
class Plan:
    """What a worker needs besides the path: the rulebook and the rule ids to check (None: all);
    for ``digest_one``, whether the digest carries the report's JSON body (json, jsonl, cache)."""

    book: "Rulebook"
    only: frozenset | None = None
    body: bool = False


FAIL_ON = {  # --fail-on: which (verdicts, severities) make a report fail
    "mandatory": ({"fail"}, {"mandatory"}),
    "recommended": ({"fail", "warn"}, {"mandatory", "recommended"}),
    "any": ({"fail", "warn"}, {"mandatory", "recommended", "info"}),
}


def fails(result: "CheckResult", fail_on: str = "mandatory") -> bool:
    verdicts, severities = FAIL_ON[fail_on]
    return any(f.verdict in verdicts and f.severity in severities for f in result.findings)


def exit_status(batch: Batch, fail_on: str = "mandatory", exit_zero: bool = False) -> int:
    """0 every file read and none fails; 1 a report fails or a file was not read; 2 nothing was readable."""
    if not batch.results:
        return 2
    if exit_zero:
        return 0
    return 1 if batch.not_checked or any(fails(r, fail_on) for r in batch.results) else 0


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


def _check_one(path: str, plan):
    from .api import outline
    from .check import check_document

    book, only = (plan.book, plan.only) if isinstance(plan, Plan) else (plan, None)
    try:
        return check_document(outline(path), book, set(only) if only is not None else None)
    except Exception as exc:
        err = as_input_error(path, exc)
        return ("error", err.path, err.reason, err.hint)


def digest_one(path: str, plan: Plan):
    """``_check_one``, returning the compact ``Digest`` (digest.py): the text stays in the worker."""
    from .digest import digest

    out = _check_one(path, plan)
    if isinstance(out, tuple):
        return out
    try:
        return digest(out, plan.body)
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


def check_files(files: Iterable[str], book: "Rulebook", jobs: int = 1, budget: Budget | None = None,
                only=None, progress: Callable[[], None] | None = None) -> Batch:
    """Check files in order. ``jobs`` > 1 uses that many processes (0 = every core, never more than
    the cores or the files); with ``budget`` (or ``jobs`` > 1) every file runs in a budgeted worker.
    ``only``: the rule ids to check (None: every rule); ``progress`` is called once per file done."""
    files = list(files)
    plan = Plan(book, frozenset(only) if only is not None else None)
    batch = Batch([])
    for _, out in iter_outcomes(files, plan, jobs, budget, _check_one, progress):
        if isinstance(out, tuple):
            batch.errors.append(InputError(*out[1:]))
        else:
            batch.results.append(out)
    return batch


def iter_outcomes(files: list[str], plan: Plan, jobs: int = 1, budget: Budget | None = None,
                  check_one: Callable = _check_one, progress: Callable[[], None] | None = None,
                  ready: dict | None = None):
    """``(index, outcome)`` for every file in input order, each as soon as it and those before it are done.

    ``ready``: outcomes already known (cache hits), by index; only the other files are checked.
    An outcome is what ``check_one`` returns, or an ``("error", path, reason, hint)`` tuple."""
    ready = dict(ready or {})
    known = frozenset(ready)  # not ``ready`` itself: it changes as outcomes are handed on
    missing = len(files) - len(known)
    todo = ((i, f) for i, f in enumerate(files) if i not in known)  # drawn as workers free up
    n = worker_count(jobs, max(1, missing))
    if len(files) > 1 and missing and (n > 1 or budget is not None):
        from .pool import iter_budgeted

        done = iter_budgeted(todo, plan, n, budget or Budget.from_env(), check_one, progress)
    else:
        done = ((i, _tick(check_one(f, plan), progress)) for i, f in todo)
    nxt = 0
    for i, out in done:
        ready[i] = out
        while nxt in ready:  # finished out of order: held until the files before it are done (a few, as a rule)
            yield nxt, ready.pop(nxt)
            nxt += 1
    while nxt < len(files):
        yield nxt, ready.pop(nxt)
        nxt += 1


def _tick(out, progress):
    if progress:
        progress()
    return out


def check_paths(paths: Iterable[str], rules=None, jobs: int = 1, budget: Budget | None = None,
                exclude=(), only=None, progress=None) -> Batch:
    """Expand folders, load the rulebook (a Rulebook, or extra pack names/files) and check everything.

    Entries of the folders that are not checked (read/scan.py) are in ``Batch.skipped``."""
    from .read import SUPPORTED
    from .read.scan import scan_paths
    from .rulebook import as_rulebook

    paths = list(paths)
    book = as_rulebook(rules)
    scan = scan_paths(paths, exclude)
    if not scan.files:
        raise InputError(" ".join(paths), "没有找到报告文件", f"支持的格式：{SUPPORTED}")
    batch = check_files(scan.files, book, jobs, budget, only, progress)
    batch.skipped = scan.skipped
    return batch


def timeout_error(path: str, seconds: float) -> tuple:
    return ("error", path, f"处理超时（超过 {seconds:g} 秒），已跳过", "其余文件已照常处理；请确认文件是否正确，或拆分后分别检查")


def crash_error(path: str, memory_mb: int) -> tuple:
    err = _over_memory(path, memory_mb)
    return ("error", path, err.reason + "（处理进程意外退出）", err.hint)


"""Budgeted worker processes for batch runs (used by ``batch.check_files``).

Each worker takes one file at a time over a pipe. The parent gives every file a
deadline; a worker past it is killed (SIGKILL) and replaced, and the file is
reported as "处理超时". A worker that dies (the kernel's OOM killer, a crash in
a C library) is replaced the same way and its file reported. ``RLIMIT_AS`` in the
worker turns runaway memory use into a MemoryError for that file alone.

Whatever ends the parent's loop (the last result, an exception, SIGTERM/SIGHUP
raised as ``Terminated``, Ctrl-C), ``finally`` kills every worker; a worker also
gets SIGKILL from the kernel if the parent dies without unwinding (Linux).
"""
from __future__ import annotations

import os
import signal
import time
from collections import deque
from typing import Callable

_SIGNALS = tuple(s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGINT", "SIGHUP")) if s is not None)


def run_budgeted(files: list[str], book, workers: int, budget, check_one: Callable,
                 progress: Callable[[], None] | None = None) -> list:
    """``check_one(path, book)`` for every file, in order, on ``workers`` budgeted processes;
    ``progress()`` after each file is done."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    from .batch import crash_error, timeout_error

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    outcomes: list = [None] * len(files)
    queue = deque(enumerate(files))
    pool: list[_Worker] = []
    try:
        for _ in range(workers):
            w = _Worker(ctx, book, budget, check_one)
            pool.append(w)
            w.take(queue, budget.seconds)
        while True:
            busy = [w for w in pool if w.task is not None]
            if not busy:
                break
            wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for w in busy:
                i, path = w.task
                if w.conn in ready:
                    try:
                        _, out, retire = w.conn.recv()
                    except (EOFError, OSError):  # the worker died with this file
                        out, retire = crash_error(path, budget.memory_mb), True
                    if retire:  # dead, or grown past half its budget: start afresh
                        w = _replace(pool, w, ctx, book, budget, check_one)
                    outcomes[i] = out
                elif time.monotonic() >= w.deadline:
                    outcomes[i] = timeout_error(path, budget.seconds)
                    w = _replace(pool, w, ctx, book, budget, check_one)
                else:
                    continue
                if progress is not None:
                    progress()
                w.task = None
                w.take(queue, budget.seconds)
    except BaseException:
        for w in pool:
            w.kill()
        raise
    finally:
        for w in pool:
            w.stop()
    return outcomes


class _Worker:
    def __init__(self, ctx, book, budget, check_one):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, book, budget.memory_mb, check_one, os.getpid()),
                                daemon=True)
        held = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS) if hasattr(signal, "pthread_sigmask") else None
        try:  # the child starts with these signals held and resets their handlers before taking them
            self.proc.start()
        finally:
            if held is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
        child.close()
        self.task: tuple[int, str] | None = None
        self.deadline = 0.0

    def take(self, queue: deque, seconds: float) -> None:
        if queue and self.task is None:
            self.task = queue.popleft()
            self.deadline = time.monotonic() + seconds
            self.conn.send(self.task)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()

    def stop(self) -> None:
        try:
            self.conn.close()  # the worker reads EOF and exits
        except OSError:
            pass
        self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=2)


def _replace(pool: list, w: _Worker, ctx, book, budget, check_one) -> _Worker:
    w.kill()
    w.stop()
    new = _Worker(ctx, book, budget, check_one)
    pool[pool.index(w)] = new
    return new


def _serve(conn, book, memory_mb: int, check_one: Callable, parent: int) -> None:
    """Worker loop: (index, path) in, (index, result or error tuple) out, until EOF."""
    for s in _SIGNALS:  # the parent's handlers (raise Terminated) are not ours; Ctrl-C is the parent's to handle
        signal.signal(s, signal.SIG_IGN if s == signal.SIGINT else signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    _die_with_parent(parent)
    _limit_memory(memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            break
        i, path = task
        out = check_one(path, book)
        doc = getattr(out, "document", None)
        if getattr(doc, "source", None) is not None:
            doc.source = None  # the parsed file (python-docx objects) stays here: it cannot be pickled
        retire = _address_space() > memory_mb * 1024 * 1024 // 2
        try:
            conn.send((i, out, retire))
        except (OSError, EOFError):
            break
        except Exception as exc:  # a result that cannot be pickled: report it for this file
            conn.send((i, ("error", path, f"处理结果无法传回（{type(exc).__name__}）",
                           "其余文件已照常处理；请把该文件提交给 lawcheck 维护者"), retire))
        if retire:
            break
    conn.close()


def _address_space() -> int:
    """Bytes of address space in use (Linux); 0 where unknown."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _die_with_parent(parent: int) -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux only)
    except Exception:  # no prctl here: the parent's finally and EOF on the pipe still stop us
        pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(0)


def _limit_memory(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    want = memory_mb * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    if soft == resource.RLIM_INFINITY or want < soft:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (want, hard))
        except (ValueError, OSError):
            pass

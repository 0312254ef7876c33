"""Budgeted worker processes for batch runs (used by ``batch.check_files``).

Each worker takes one file at a time over a pipe. The parent gives every file a
deadline; a worker past it is killed (SIGKILL) and replaced, and the file is
reported as "处理超时". A worker that dies (the kernel's OOM killer, a crash in
a C library) is replaced the same way and its file reported. ``RLIMIT_AS`` in the
worker turns runaway memory use into a MemoryError for that file alone. A worker
is also replaced after ``FILES_PER_WORKER`` files, so its memory does not creep
up over a run of thousands of reports.

Whatever ends the parent's loop (the last result, an exception, SIGTERM/SIGHUP
raised as ``Terminated``, Ctrl-C), ``finally`` kills every worker; a worker also
gets SIGKILL from the kernel if the parent dies without unwinding (Linux).
"""
from __future__ import annotations

import os
import signal
import time
from typing import Callable

FILES_PER_WORKER = 500  # then the worker is replaced (a fork costs milliseconds; 500 small reports take seconds)
_SIGNALS = tuple(s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGINT", "SIGHUP")) if s is not None)


def run_budgeted(files: list[str], book, workers: int, budget, check_one: Callable,
                 progress: Callable[[], None] | None = None) -> list:
    """``check_one(path, book)`` for every file, in order, on ``workers`` budgeted processes;
    ``progress()`` after each file is done."""
    outcomes: list = [None] * len(files)
    for i, out in iter_budgeted(files, book, workers, budget, check_one, progress):
        outcomes[i] = out
    return outcomes


def iter_budgeted(files, book, workers: int, budget, check_one: Callable,
                  progress: Callable[[], None] | None = None):
    """``(index, outcome)`` for every file as its worker finishes it (completion order).

    ``files``: paths, or ``(index, path)`` pairs (a batch with cache hits sends only the misses),
    taken one at a time as workers free up (a list or a generator). Closing the generator early
    kills the workers like any other exit."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    from .batch import crash_error, timeout_error

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    queue = _Queue(f if isinstance(f, tuple) else (i, f) for i, f in enumerate(files))
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
                if w.conn in ready or _arrived(w.conn):  # done while we were writing out the last result
                    try:
                        _, out, retire = w.conn.recv()
                    except (EOFError, OSError):  # the worker died with this file
                        out, retire = crash_error(path, budget.memory_mb), True
                    if retire:  # dead, grown past half its budget, or done its share of files: start afresh
                        w = _replace(pool, w, ctx, book, budget, check_one)
                elif time.monotonic() >= w.deadline:
                    out = timeout_error(path, budget.seconds)
                    w = _replace(pool, w, ctx, book, budget, check_one)
                else:
                    continue
                if progress is not None:
                    progress()
                w.task = None
                w.take(queue, budget.seconds)  # the next file starts before this result is written out
                yield i, out
    except BaseException:
        for w in pool:
            w.kill()
        raise
    finally:
        for w in pool:
            w.stop()


def _arrived(conn) -> bool:
    try:
        return conn.poll()
    except (OSError, EOFError):
        return True  # a dead worker: recv() says so


class _Queue:
    """The files still to hand out, drawn lazily: no second list of every file in the parent."""

    def __init__(self, tasks):
        self._it = iter(tasks)

    def next(self):
        return next(self._it, None)


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

    def take(self, queue: "_Queue", seconds: float) -> None:
        if self.task is None:
            task = queue.next()
            if task is not None:
                self.task = task
                self.deadline = time.monotonic() + seconds
                # Bytes, not str: pickling a non-ASCII str caches its UTF-8 copy on every path the parent holds.
                self.conn.send((task[0], os.fsencode(task[1])))

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
    done = 0
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            break
        i, path = task
        path = os.fsdecode(path)
        done += 1
        out = check_one(path, book)
        doc = getattr(out, "document", None)
        if getattr(doc, "source", None) is not None:
            doc.source = None  # the parsed file (python-docx objects) stays here: it cannot be pickled
        # Grown past half its budget, or served its share of files: start afresh (slow leaks in the
        # parsing libraries never add up, and a worker's memory stays that of a short run).
        retire = done >= FILES_PER_WORKER or _address_space() > memory_mb * 1024 * 1024 // 2
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

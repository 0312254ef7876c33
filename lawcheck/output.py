"""Writing output files: one rule for every command (check, outline, compare, annotate).

- An output path that resolves to any input (the same path, a hard link, a symlink
  to it) is refused: lawcheck never overwrites what it reads.
- A file is written whole or not at all: a temporary ``.lawcheck-*.tmp`` beside the
  target, then ``os.replace`` (or ``os.link`` for an exclusive create, which never
  overwrites and so closes the race between two runs without ``--force``).
- SIGTERM, SIGHUP and SIGINT are held back while the temporary file exists, so an
  interruption leaves either the finished file or nothing.
- A new file gets mode ``0666 & ~umask`` like any other program's output; a
  replaced file keeps its permission bits.
- Every problem (a folder, a missing or read-only folder, /proc) is a one-line
  ``UsageError`` (exit code 2).
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import sys
from contextvars import ContextVar
from typing import Iterable

from .errors import UsageError, printable

_HELD = {signal.SIGTERM, signal.SIGINT} | ({signal.SIGHUP} if hasattr(signal, "SIGHUP") else set())
# (inputs as identity → name, exclusive) for the command being run
_POLICY: ContextVar[tuple[dict, bool]] = ContextVar("lawcheck_output_policy", default=({}, False))


def identity(st: os.stat_result) -> int:
    """A file's (device, inode) as one int: a batch of 20,000 inputs keeps 20,000 of these for the whole run."""
    return (st.st_dev << 64) | st.st_ino


# How every output and the cache write text: a file name the file system could not decode (held as lone
# surrogates) is spelt \udcff, which is also its JSON escape, so JSON output reads back as the same path.
ENCODE_ERRORS = "backslashreplace"


def utf8(text: str) -> bytes:
    """``text`` as written out: UTF-8, with ``ENCODE_ERRORS``."""
    return text.encode("utf-8", ENCODE_ERRORS)


def _identified(paths: Iterable[str]):
    """(``identity``, path) of every path that exists, following symlinks."""
    for p in paths:
        try:
            yield identity(os.stat(p)), p
        except (OSError, ValueError):
            continue


def identities(paths: Iterable[str]) -> dict[int, str]:
    """``identity`` of every existing input, following symlinks."""
    out: dict[int, str] = {}
    for ident, p in _identified(paths):
        out.setdefault(ident, p)
    return out


def identities_among(paths: Iterable[str], targets: Iterable[str | None]) -> dict[int, str]:
    """``identities(paths)`` restricted to the files that ``targets`` (output paths) already are: all that refusing
    those outputs needs, without holding one entry per input for the whole run (20,000 inputs, a few MB)."""
    wanted = {ident for ident, _ in _identified(t for t in targets if t)}  # a target not there yet is no input
    if not wanted:
        return {}
    out: dict[int, str] = {}
    for ident, p in _identified(paths):
        if ident in wanted:
            out.setdefault(ident, p)
    return out


def refuse_input(output: str | None, inputs: Iterable[str] | dict) -> None:
    """UsageError when ``output`` is (or links to) one of ``inputs``."""
    if not output:
        return
    ids = inputs if isinstance(inputs, dict) else identities(inputs)
    try:
        st = os.stat(output)
    except (OSError, ValueError):
        return  # nothing there (or unreachable): it cannot be an input
    name = ids.get(identity(st))
    if name is not None:
        same = os.path.abspath(name) == os.path.abspath(output)
        what = "就是输入文件" if same else f"与输入文件 {name} 是同一个文件（链接）"
        raise UsageError(printable(f"输出文件 {output} {what}，写入会覆盖原文件；请另指定输出文件"))


@contextlib.contextmanager
def policy(inputs: Iterable[str] | dict = (), exclusive: bool = False):
    """For one command: refuse outputs that are inputs (paths, or their ``identities``); ``exclusive`` never
    overwrites."""
    token = _POLICY.set((inputs if isinstance(inputs, dict) else identities(inputs), exclusive))
    try:
        yield
    finally:
        _POLICY.reset(token)


def write(path: str | None, data: str | bytes, exclusive: bool | None = None) -> None:
    """Write to stdout (``path`` None) or whole-or-nothing to ``path``."""
    if path is None:
        _stdout(data)
        return
    path = os.fspath(path)
    ids, default_exclusive = _POLICY.get()
    exclusive = default_exclusive if exclusive is None else exclusive
    refuse_input(path, ids)
    payload = data if isinstance(data, bytes) else utf8(data if data.endswith("\n") or not data else data + "\n")
    if path.endswith(os.sep) or (os.altsep and path.endswith(os.altsep)):
        raise _folder(path)
    try:
        st = os.stat(path)  # through symlinks
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _cannot(path, exc) from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if exclusive:
            raise UsageError(printable(f"输出文件已存在：{path}（如需覆盖，请加 --force）"))
        _write_special(path, st, payload)
        return
    if st is not None and exclusive:
        raise UsageError(printable(f"输出文件已存在：{path}（如需覆盖，请加 --force）"))
    # A symlink to a file is written through: the file is replaced, the link stays.
    target = os.path.realpath(path) if st is not None and os.path.islink(path) else path
    _atomic(path, target, payload, None if st is None else stat.S_IMODE(st.st_mode), exclusive)


def _stdout(data: str | bytes) -> None:
    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)
        if data and not data.endswith("\n"):
            sys.stdout.write("\n")
    sys.stdout.flush()


def _folder(path: str) -> UsageError:
    return UsageError(printable(f"输出路径是一个文件夹：{path}；请在文件夹后写上文件名，例如 {os.path.join(path, '结果.json')}"))


def _atomic(path: str, target: str, payload: bytes, keep_mode: int | None, exclusive: bool) -> None:
    directory = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(directory):
        raise UsageError(printable(f"输出目录不存在：{directory}；请先创建该目录，或换一个输出位置"))
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD) if hasattr(signal, "pthread_sigmask") else None
    tmp = None
    try:
        for _ in range(100):
            tmp = os.path.join(directory, f".lawcheck-{secrets.token_hex(4)}.tmp")
            try:
                # The kernel applies the umask to 0o666, as for any newly created file.
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
                break
            except FileExistsError:
                tmp = None
        else:
            raise UsageError(printable(f"无法在输出目录中创建临时文件：{directory}"))
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            if keep_mode is not None:
                os.chmod(tmp, keep_mode)
            if exclusive:
                _link_exclusive(path, tmp, target)
            else:
                os.replace(tmp, target)
            tmp = None
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    except UsageError:
        raise
    except OSError as exc:
        raise _cannot(path, exc) from None
    finally:
        if old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a held signal is delivered here


def _link_exclusive(path: str, tmp: str, target: str) -> None:
    """Publish ``tmp`` as ``target`` only if ``target`` does not exist yet."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise UsageError(printable(f"输出文件已存在：{path}（如需覆盖，请加 --force）")) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV):
            raise
        # No hard links on this file system: claim the name first, then replace it.
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            raise UsageError(printable(f"输出文件已存在：{path}（如需覆盖，请加 --force）")) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def _write_special(path: str, st: os.stat_result, payload: bytes) -> None:
    """A character device or a pipe (``-o /dev/stdout``, ``-o /dev/null``) is written directly."""
    if stat.S_ISDIR(st.st_mode):
        raise _folder(path)
    if not (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise UsageError(printable(f"输出路径不是普通文件：{path}；请指定一个普通文件作为输出"))
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _cannot(path, exc) from None
    try:
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise _cannot(path, exc) from None
    finally:
        os.close(fd)


def _cannot(path: str, exc: OSError) -> UsageError:
    why = {errno.EACCES: "没有写入权限", errno.EPERM: "不允许写入", errno.EROFS: "所在文件系统是只读的",
           errno.ENOSPC: "磁盘空间不足", errno.EDQUOT: "超出磁盘配额", errno.EISDIR: "这是一个文件夹",
           errno.ENOENT: "该位置不能创建文件", errno.ENOTDIR: "路径中有一部分不是文件夹",
           errno.ENAMETOOLONG: "文件名过长", errno.ENXIO: "管道没有读取方"}.get(exc.errno, exc.strerror or str(exc))
    return UsageError(printable(f"无法写入输出文件 {path}（{why}）；请换一个可写的输出位置"))


class _Stream:
    """What ``stream`` yields: ``write`` text as it is produced; ``discard()`` publishes nothing."""

    def __init__(self, fh):
        self._fh, self.keep = fh, True

    def write(self, text: str) -> None:
        self._fh.write(text)

    def write_bytes(self, data: bytes) -> None:
        """UTF-8 ``data`` as it is (a spooled part of the output: no decoding and encoding again)."""
        buffer = getattr(self._fh, "buffer", None)
        if buffer is None or (getattr(self._fh, "encoding", "") or "").lower().replace("-", "") != "utf8":
            self._fh.write(data.decode("utf-8"))
            return
        self._fh.flush()
        buffer.write(data)

    def flush(self) -> None:
        self._fh.flush()

    def discard(self) -> None:
        self.keep = False


@contextlib.contextmanager
def stream(path: str | None):
    """Write a long output while it is produced: to stdout, or to ``path`` by the same rules as ``write``.

    A file is written to the temporary file beside it and renamed into place when the block ends
    normally (and ``discard`` was not called); any exception, including SIGTERM/SIGHUP raised as
    ``Terminated`` and Ctrl-C, removes the temporary file instead. Signals are held back only for
    the rename, so a long run stays interruptible."""
    if path is None:
        out = _Stream(sys.stdout)
        yield out
        sys.stdout.flush()
        return
    path = os.fspath(path)
    ids, exclusive = _POLICY.get()
    refuse_input(path, ids)
    if path.endswith(os.sep) or (os.altsep and path.endswith(os.altsep)):
        raise _folder(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _cannot(path, exc) from None
    if st is not None and exclusive:
        raise UsageError(printable(f"输出文件已存在：{path}（如需覆盖，请加 --force）"))
    if st is not None and not stat.S_ISREG(st.st_mode):  # -o /dev/null, a pipe: written as it comes
        if stat.S_ISDIR(st.st_mode):
            raise _folder(path)
        if not (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
            raise UsageError(printable(f"输出路径不是普通文件：{path}；请指定一个普通文件作为输出"))
        try:
            fh = open(path, "w", encoding="utf-8", errors=ENCODE_ERRORS, newline="")
        except OSError as exc:
            raise _cannot(path, exc) from None
        with fh:
            yield _Stream(fh)
        return
    target = os.path.realpath(path) if st is not None and os.path.islink(path) else path
    directory = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(directory):
        raise UsageError(printable(f"输出目录不存在：{directory}；请先创建该目录，或换一个输出位置"))
    tmp = None
    try:
        for _ in range(100):
            candidate = os.path.join(directory, f".lawcheck-{secrets.token_hex(4)}.tmp")
            try:
                fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
                tmp = candidate
                break
            except FileExistsError:
                continue
        else:
            raise UsageError(printable(f"无法在输出目录中创建临时文件：{directory}"))
    except OSError as exc:
        raise _cannot(path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors=ENCODE_ERRORS, newline="") as fh:
            out = _Stream(fh)
            yield out
            fh.flush()
            os.fsync(fh.fileno())
        if out.keep:
            old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD) if hasattr(signal, "pthread_sigmask") else None
            try:
                if st is not None:
                    os.chmod(tmp, stat.S_IMODE(st.st_mode))
                os.replace(tmp, target)
                tmp = None
            finally:
                if old is not None:
                    signal.pthread_sigmask(signal.SIG_SETMASK, old)
    except OSError as exc:
        raise _cannot(path, exc) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

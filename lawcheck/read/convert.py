"""Legacy Word (.doc) and WPS (.wps) files, converted to .docx by LibreOffice and read as .docx.

The conversion runs ``soffice --headless --convert-to docx`` on a private copy of
the bytes already read (the input file is never opened again, let alone touched),
in a private temporary folder with a private LibreOffice profile (so two
conversions at once never share a lock, and the user's own profile is not
touched), under a timeout; the temporary folder is always removed.

Kingsoft WPS Writer files since WPS 2005 are Word 97-2003 compound files (they
hold a ``WordDocument`` stream), so such a .wps is handed to LibreOffice as a
.doc. Older WPS formats are refused with a hint to save as .docx.

Where LibreOffice is missing, the error says what to install and how to convert
by hand. The converted file is read like any .docx except that its ``format``
stays ``doc``/``wps``: GB/T 9704 layout checks judge a Word file's own
formatting, not what a converter made of it.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time

from ..errors import InputError
from ..model import RawDocument

_RESTART = 81  # soffice.bin: "restart me" (first start with a new profile)
CONVERT_SECONDS = 45.0  # LibreOffice takes 2-5 s for a report; LAWCHECK_CONVERT_TIMEOUT overrides (< the batch's 60 s)
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_LABEL = {"doc": "旧版 Word（.doc）", "wps": "WPS（.wps）"}
_INSTALL = ("请安装 LibreOffice 后重试（Debian/Ubuntu：apt-get install libreoffice-writer；"
            "Windows/macOS：从 libreoffice.org 下载安装），或在 Word/WPS 中另存为 .docx 后再检查")


def soffice() -> str | None:
    """The LibreOffice program to run, or None. LAWCHECK_SOFFICE names it explicitly ("" = none)."""
    env = os.environ.get("LAWCHECK_SOFFICE")
    if env is not None:
        return shutil.which(env) if env else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for path in ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                 r"C:\Program Files\LibreOffice\program\soffice.exe"):
        if os.path.isfile(path):
            return path
    return None


def read_legacy(path: str, data: bytes, kind: str, suffix: str = ".doc") -> RawDocument:
    """A .doc or .wps (``kind``) read through LibreOffice; InputError says why not, and what to do.

    ``suffix`` names the private copy: ``.doc`` for a compound file, ``.rtf`` for RTF under a Word name.
    """
    label = _LABEL[kind]
    if data.startswith(b"\xd0\xcf\x11\xe0") and _ENCRYPTED_STREAM in data:
        raise InputError(path, f"这个{label}文件已加密（设置了打开密码）", "请取消密码保护后另存一份再检查")
    if kind == "wps" and data.startswith(b"\xd0\xcf\x11\xe0") and _WORD_STREAM not in data:
        raise InputError(path, "这是早期版本的 WPS 文件，无法转换", "请在 WPS Office 中另存为 .docx 后再检查")
    program = soffice()
    if program is None:
        raise InputError(path, f"这是{label}文件，需要 LibreOffice 才能读取，本机没有安装", _INSTALL)
    docx_bytes = _convert(path, data, program, label, suffix)
    from . import _check_zip
    from .docx import read_docx

    _check_zip(path, docx_bytes)
    try:
        raw = read_docx(path, docx_bytes)
    except InputError as exc:
        raise InputError(path, f"{label}文件转换后无法读取：{exc.reason}", "请在 Word/WPS 中另存为 .docx 后再检查") from None
    raw.format = kind
    return raw


def _timeout() -> float:
    try:
        value = float(os.environ.get("LAWCHECK_CONVERT_TIMEOUT", CONVERT_SECONDS))
    except ValueError:
        return CONVERT_SECONDS
    return value if value > 0 else CONVERT_SECONDS


def _convert(path: str, data: bytes, program: str, label: str, suffix: str) -> bytes:
    seconds = _timeout()
    with tempfile.TemporaryDirectory(prefix="lawcheck-convert-") as tmp:
        src = os.path.join(tmp, "input" + suffix)  # named by content, whatever the file's own name said
        with open(src, "wb") as fh:
            fh.write(data)
        out_dir = os.path.join(tmp, "out")
        profile = "file://" + os.path.join(tmp, "profile").replace(os.sep, "/")
        cmd = [_binary(program), f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
               "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out_dir, src]
        env = dict(os.environ, HOME=tmp)  # nothing written under the user's home
        deadline = time.monotonic() + seconds
        for _ in range(3):  # soffice.bin exits 81 after creating a fresh profile: run it again (as oosplash does)
            returncode = _run(path, cmd, tmp, env, max(1.0, deadline - time.monotonic()), seconds, label)
            if returncode != _RESTART:
                break
        out = os.path.join(out_dir, "input.docx")
        if returncode != 0 or not os.path.isfile(out):
            raise InputError(path, f"{label}文件无法转换（LibreOffice 无法打开，文件可能已损坏或已加密）",
                             "请在 Word/WPS 中打开确认，另存为 .docx 后再检查")
        with open(out, "rb") as fh:
            return fh.read()


def _run(path: str, cmd: list[str], tmp: str, env: dict, left: float, seconds: float, label: str) -> int:
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                cwd=tmp, env=env, start_new_session=os.name == "posix",
                                preexec_fn=_child_setup if os.name == "posix" else None)
    except OSError as exc:
        raise InputError(path, f"无法启动 LibreOffice（{exc.strerror or exc}），{label}文件未能读取", _INSTALL) from None
    try:
        proc.communicate(timeout=left)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise InputError(path, f"{label}文件转换超时（LibreOffice 超过 {seconds:g} 秒未完成）",
                         "请在 Word/WPS 中另存为 .docx 后再检查；或设置 LAWCHECK_CONVERT_TIMEOUT 延长时限") from None
    except BaseException:  # Ctrl-C, SIGTERM: LibreOffice goes too
        _kill_group(proc)
        raise
    _kill_group(proc)  # helpers it may have left behind
    return proc.returncode


def _binary(program: str) -> str:
    """soffice.bin beside the launcher script, when there is one: killing it kills LibreOffice itself."""
    real = os.path.realpath(program)
    candidate = os.path.join(os.path.dirname(real), "soffice.bin")
    return candidate if os.name == "posix" and os.path.isfile(candidate) and os.access(candidate, os.X_OK) else program


def _child_setup() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Undo the batch worker's memory cap (LibreOffice maps more) and die with the worker (Linux)."""
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
    except (ImportError, ValueError, OSError):
        pass
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (OSError, AttributeError):
        try:
            proc.kill()
        except OSError:
            pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass

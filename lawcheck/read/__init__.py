"""Readers: turn a file as users receive it into a RawDocument.

Dispatch is by content first (magic bytes), extension second, so a .txt that is
really a PDF, or a .docx that is really an encrypted OLE file, gets the right
message. Heavy libraries are imported inside each reader.

Only regular files are read: a FIFO, a device (/dev/zero) or a socket, given
directly or found in a folder, is refused without being opened for reading.
Every reader is bounded by content as well as by file size (``MAX_CHARS``,
``MAX_PARAGRAPHS``, ``MAX_PAGES``); past a limit the file is refused with the
count and the limit.
"""
from __future__ import annotations

import errno
import os
import stat

from ..errors import InputError
from ..model import RawDocument

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.wps, or an encrypted .docx
_WORD_STREAM = "WordDocument".encode("utf-16-le")  # the stream every Word 97-2003 (and WPS) file holds
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # an encrypted OOXML file in a compound file
_TEXT_EXT = {".txt", ".text", ".md", ".markdown", ""}
_HTML_EXT = {".html", ".htm", ".shtml", ".xhtml"}

SUPPORTED = ".txt .md .html .htm .pdf .docx .doc .wps .ofd"
SUPPORTED_EXT = (".txt", ".md", ".html", ".htm", ".shtml", ".pdf", ".docx", ".doc", ".wps", ".ofd")
MAX_BYTES = 64 * 1024 * 1024  # reports are a few MB; anything larger is not one
MAX_UNZIPPED = 256 * 1024 * 1024  # a .docx inflating past this is a zip bomb
# Content limits. A real annual report has well under 200,000 characters, 5,000
# paragraphs and 200 pages; these leave a wide margin and keep every later stage
# within seconds. Past a limit the file is refused with its count and the limit.
MAX_CHARS = 10_000_000  # extracted characters (64 MB of UTF-8 Chinese would be about 22 million)
MAX_PARAGRAPHS = 250_000  # non-empty paragraphs (lines, for text files)
MAX_PAGES = 3_000  # PDF pages
MAX_HTML_DEPTH = 1_000  # elements nested deeper than this are flattened before parsing


def expand_paths(paths) -> list[str]:
    """Files as given, folders expanded (recursively) to their report files, sorted.

    The same file given twice (or through a link) is kept once. A folder that cannot
    be listed, and anything in a folder that is not a regular file (a FIFO, a device,
    a dangling or looping symlink) but has a report's extension, stays in the list so
    that ``read`` reports it; nothing is opened here. What a folder holds besides
    reports is accounted for by ``scan.scan_paths``.
    """
    from .scan import scan_paths

    return list(scan_paths(paths).files)


def too_large(path: str, what: str, count: int, limit: int, unit: str) -> InputError:
    """The one message for a file past a content limit: the real count and the limit."""
    return InputError(path, f"内容过多：{what} {count:,} {unit}（上限 {limit:,} {unit}），不像是一份年度报告",
                      "请确认文件是否正确；确需检查的，请拆分成几个文件分别检查")


def read(path: str | os.PathLike) -> RawDocument:
    path = os.fspath(path)
    data = _read_bytes(path)
    if not data.strip():
        raise InputError(path, "文件为空", "请确认导出或下载是否完整")
    raw = _dispatch(path, data)
    if len(raw.text) > MAX_CHARS:
        raise too_large(path, "提取出的文字", len(raw.text), MAX_CHARS, "字")
    if len(raw.paragraphs) > MAX_PARAGRAPHS:
        raise too_large(path, "段落", len(raw.paragraphs), MAX_PARAGRAPHS, "段")
    return raw


def _read_bytes(path: str) -> bytes:
    """The whole file, if it is a regular file of at most MAX_BYTES (never blocks on a FIFO)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _os_error(path, exc) from None
    except ValueError:  # NUL in the path
        raise InputError(path, "文件名无效", "请检查路径是否正确") from None
    if stat.S_ISDIR(st.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(path, "无法读取文件夹（没有访问权限）", "请检查文件夹权限，或换一个有权限的账户运行")
        raise InputError(path, "这是一个文件夹，不是报告文件", "请指定文件；lawcheck check 和 lawcheck compare 可以处理整个文件夹")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, f"这不是普通文件（{_kind(st.st_mode)}），不会读取", "请指定保存在磁盘上的报告文件")
    _check_size(path, st.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        st = os.fstat(fd)  # the file may have been swapped since the stat above
        if not stat.S_ISREG(st.st_mode):
            raise InputError(path, f"这不是普通文件（{_kind(st.st_mode)}），不会读取", "请指定保存在磁盘上的报告文件")
        _check_size(path, st.st_size)
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_BYTES:  # grew while being read
                _check_size(path, total)
        return b"".join(chunks)
    except OSError as exc:
        raise _os_error(path, exc) from None
    finally:
        os.close(fd)


def _check_size(path: str, size: int) -> None:
    if size > MAX_BYTES:
        raise InputError(path, f"文件过大（{size:,} 字节，约 {size / (1024 * 1024):.2f} MB），超过单个文件上限 "
                               f"{MAX_BYTES // (1024 * 1024)} MB（{MAX_BYTES:,} 字节）", "请确认文件是否正确")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "命名管道 FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "设备文件"
    if stat.S_ISSOCK(mode):
        return "套接字"
    return "特殊文件"


def _os_error(path: str, exc: OSError) -> InputError:
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return InputError(path, "这是一个失效的符号链接（指向的文件不存在）", "请检查链接指向的文件")
        return InputError(path, "文件不存在", "请检查路径是否正确")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputError(path, "无法读取文件（没有读取权限）", "请检查文件及其所在文件夹的权限，或换一个有权限的账户运行")
    if exc.errno == errno.ELOOP:
        return InputError(path, "符号链接循环指向自身，无法读取", "请检查链接")
    if exc.errno == errno.ENOTDIR:
        return InputError(path, "路径中有一部分不是文件夹", "请检查路径是否正确")
    if exc.errno == errno.ENAMETOOLONG:
        return InputError(path, "文件名或路径过长", "请缩短路径后再试")
    return InputError(path, f"无法读取文件（{exc.strerror or exc}）", "请检查文件是否可以正常打开")


def _dispatch(path: str, data: bytes) -> RawDocument:
    ext = os.path.splitext(path)[1].lower()
    if data.startswith(b"%PDF"):
        from .pdf import read_pdf

        return read_pdf(path, data)
    if data.startswith(_OLE):
        if ext in (".docx", ".docm") or _ENCRYPTED in data:
            raise InputError(path, "这个 .docx 文件已加密（设置了打开密码）", "请取消密码保护后另存一份再检查")
        if _WORD_STREAM not in data:
            raise InputError(path, "不是有效的旧版 Word（.doc）或 WPS 文件（文件已损坏，或是其他 Office 文件）",
                             "请在 Word/WPS 中打开确认，另存为 .docx 后再检查")
        from .convert import read_legacy

        return read_legacy(path, data, "wps" if ext == ".wps" else "doc")
    if data.startswith(b"PK\x03\x04"):
        if ext == ".ofd":
            from .ofd import read_ofd

            _check_zip(path, data, "ofd")
            return read_ofd(path, data)
        if ext in (".docx", ".docm") or ext not in _TEXT_EXT | _HTML_EXT:
            from .docx import read_docx

            _check_zip(path, data)
            return read_docx(path, data)
        raise InputError(path, "文件内容是压缩包（zip），与扩展名不符", "如果是 Word 文件，请改用 .docx 扩展名")
    if ext in (".docx", ".docm"):
        raise InputError(path, "不是有效的 .docx 文件（文件已损坏或并非 Word 文档）", "请在 Word 中重新保存为 .docx")
    if ext == ".ofd":
        raise InputError(path, "不是有效的 OFD 文件（文件已损坏或并非 OFD 文档）", "请重新下载，或在 OFD 阅读器中另存为 PDF 后再检查")
    if ext in (".doc", ".wps") and data.lstrip()[:5] == b"{\\rtf":
        from .convert import read_legacy

        return read_legacy(path, data, ext[1:], suffix=".rtf")  # RTF saved under a Word name
    if ext in (".doc", ".wps") and not _looks_like_markup(data):
        raise InputError(path, f"不是有效的 {ext} 文件（文件已损坏或并非 Word/WPS 文档）",
                         "请在 Word/WPS 中打开确认，另存为 .docx 后再检查")
    if ext == ".pdf":
        raise InputError(path, "不是有效的 PDF 文件（缺少 PDF 文件头）", "请重新下载或导出 PDF")

    from .text import decode, looks_like_html, read_markdown, read_text

    declared = None
    if ext in _HTML_EXT:
        from .html import decode_html

        declared = decode_html(path, data)
    text, encoding = declared or decode(path, data)
    if ext in _HTML_EXT or (ext not in (".md", ".markdown") and looks_like_html(text)):  # also a web page saved as .doc
        from .html import read_html

        return read_html(path, text, encoding)  # markup does not count: the page text is capped
    if len(text) > MAX_CHARS:
        raise too_large(path, "文字", len(text), MAX_CHARS, "字")
    if ext in (".md", ".markdown"):
        return read_markdown(path, text, encoding)
    return read_text(path, text, encoding)


def _looks_like_markup(data: bytes) -> bool:
    """A web page saved under a Word name ("另存为网页" with .doc): read as HTML."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<html", b"<!doctype html")) or b"<html" in head[:512]


def _check_zip(path: str, data: bytes, what: str = "docx") -> None:
    import io
    import zipfile

    label, resave = ("OFD", "请重新下载，或在 OFD 阅读器中另存为 PDF") if what == "ofd" else \
        (".docx", "请在 Word 中打开后重新另存为 .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(path, f"不是有效的 {label} 文件（压缩包已损坏）", resave) from None
    if total > MAX_UNZIPPED:
        raise InputError(path, f"{'OFD' if what == 'ofd' else 'Word'} 文件解压后异常巨大，已拒绝读取（可能是恶意构造的文件）",
                         "请确认文件来源")

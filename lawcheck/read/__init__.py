"""Readers: turn a file as users receive it into a RawDocument.

Dispatch is by content first (magic bytes), extension second, so a .txt that is
really a PDF, or a .docx that is really an encrypted OLE file, gets the right
message. Heavy libraries are imported inside each reader.
"""
from __future__ import annotations

import os

from ..errors import InputError
from ..model import RawDocument

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, or an encrypted .docx
_TEXT_EXT = {".txt", ".text", ".md", ".markdown", ""}
_HTML_EXT = {".html", ".htm", ".shtml", ".xhtml"}

SUPPORTED = ".txt .md .html .htm .pdf .docx"
SUPPORTED_EXT = (".txt", ".md", ".html", ".htm", ".shtml", ".pdf", ".docx")
MAX_BYTES = 64 * 1024 * 1024  # reports are a few MB; anything larger is not one
MAX_UNZIPPED = 256 * 1024 * 1024  # a .docx inflating past this is a zip bomb


def expand_paths(paths) -> list[str]:
    """Files as given, folders expanded (recursively) to their report files, sorted."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(root, f) for f in files
                          if f.lower().endswith(SUPPORTED_EXT) and not f.startswith((".", "~$"))
                          and not f.lower().startswith("readme")]
            out += sorted(found)
        else:
            out.append(p)
    return out


def read(path: str | os.PathLike) -> RawDocument:
    path = os.fspath(path)
    if not os.path.exists(path):
        raise InputError(path, "文件不存在", "请检查路径是否正确")
    if os.path.isdir(path):
        raise InputError(path, "这是一个文件夹，不是报告文件", "请指定文件；lawcheck check 和 lawcheck compare 可以处理整个文件夹")
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"文件过大（{size // (1024 * 1024)} MB），不像是一份年度报告",
                             f"请确认文件是否正确；单个文件上限 {MAX_BYTES // (1024 * 1024)} MB")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"无法读取文件（{exc.strerror}）", "请检查文件权限") from None
    if not data.strip():
        raise InputError(path, "文件为空", "请确认导出或下载是否完整")
    ext = os.path.splitext(path)[1].lower()

    if data.startswith(b"%PDF"):
        from .pdf import read_pdf

        return read_pdf(path, data)
    if data.startswith(_OLE):
        if ext == ".doc" or ext not in (".docx", ".docm"):
            raise InputError(path, "这是旧版 Word（.doc）文件，暂不支持", "请在 Word 或 WPS 中另存为 .docx 后再检查")
        raise InputError(path, "这个 .docx 文件已加密（设置了打开密码）", "请取消密码保护后另存一份再检查")
    if data.startswith(b"PK\x03\x04"):
        if ext in (".docx", ".docm") or ext not in _TEXT_EXT | _HTML_EXT:
            from .docx import read_docx

            _check_zip(path, data)
            return read_docx(path, data)
        raise InputError(path, "文件内容是压缩包（zip），与扩展名不符", "如果是 Word 文件，请改用 .docx 扩展名")
    if ext in (".docx", ".docm"):
        raise InputError(path, "不是有效的 .docx 文件（文件已损坏或并非 Word 文档）", "请在 Word 中重新保存为 .docx")
    if ext == ".doc":
        raise InputError(path, "这是旧版 Word（.doc）文件，暂不支持", "请在 Word 或 WPS 中另存为 .docx 后再检查")
    if ext == ".pdf":
        raise InputError(path, "不是有效的 PDF 文件（缺少 PDF 文件头）", "请重新下载或导出 PDF")

    from .text import decode, looks_like_html, read_markdown, read_text

    declared = None
    if ext in _HTML_EXT:
        from .html import decode_html

        declared = decode_html(path, data)
    text, encoding = declared or decode(path, data)
    if ext in _HTML_EXT or (ext not in (".md", ".markdown") and looks_like_html(text)):
        from .html import read_html

        return read_html(path, text, encoding)
    if ext in (".md", ".markdown"):
        return read_markdown(path, text, encoding)
    return read_text(path, text, encoding)


def _check_zip(path: str, data: bytes) -> None:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(path, "不是有效的 .docx 文件（压缩包已损坏）", "请在 Word 中打开后重新另存为 .docx") from None
    if total > MAX_UNZIPPED:
        raise InputError(path, "Word 文件解压后异常巨大，已拒绝读取（可能是恶意构造的文件）", "请确认文件来源")

"""A .docx bounded by its content before python-docx builds it: paragraphs, characters and XML elements counted on
the bytes while the parts inflate (an element bomb of 43 million empty ``<w:p/>`` takes a second to refuse)."""
from __future__ import annotations

import io
import re

from ..errors import InputError

_W_URI = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_DECL = re.compile(rb"xmlns(?::([A-Za-z_][\w.\-]*))?\s*=\s*[\"']" + re.escape(_W_URI) + rb"[\"']")
_XML_WS = bytes.maketrans(b"\t\n\r", b"   ")
_CHUNK = 1 << 22
_MAX_CARRY = 1 << 24
# Every element of every XML part becomes an lxml node (about 130 bytes) when python-docx loads the
# package: past this many the file is refused before anything is built. A real report has a few
# dozen elements a paragraph; an element bomb (millions of empty <w:r/>) has no paragraphs to count.
ELEMENTS_PER_PARAGRAPH = 20


def check_size(path: str, data: bytes) -> None:
    """Paragraphs, characters and XML elements counted on the bytes while the parts inflate, before python-docx
    parses: a second for the largest part the zip check lets through (43 million empty ``<w:p/>``)."""
    import zipfile
    import zlib

    from . import MAX_CHARS, MAX_PARAGRAPHS, too_large

    max_elements = ELEMENTS_PER_PARAGRAPH * MAX_PARAGRAPHS
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        name = _main_part(z)
        if name is None:
            return  # python-docx reports the broken package
        n_paras, n_chars, n_elements = _scan_part(z, name, MAX_PARAGRAPHS, max_elements)
        for info in z.infolist():
            if info.filename != name and info.filename.lower().endswith((".xml", ".rels")) and not info.is_dir():
                n_elements += _scan_part(z, info.filename, 0, max_elements)[2]
    except (zipfile.BadZipFile, zlib.error, KeyError, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        raise InputError(path, "不是有效的 .docx 文件（压缩包已损坏）", "请在 Word 中打开后重新另存为 .docx") from None
    if n_paras > MAX_PARAGRAPHS:
        raise too_large(path, "段落（含空段落）", n_paras, MAX_PARAGRAPHS, "段")
    if n_elements > max_elements:
        raise too_large(path, "Word 文件的 XML 元素", n_elements, max_elements, "个")
    if n_chars > MAX_CHARS:
        raise too_large(path, "文字", n_chars, MAX_CHARS, "字")


def _scan_part(z, name: str, max_paras: int, max_elements: int) -> tuple[int, int, int]:
    """(paragraphs, text characters, elements) of one XML part, read in chunks cut before a tag.

    Paragraphs and characters count under every prefix bound to the WordprocessingML namespace;
    past a limit only the paragraph count goes on (for the message: the file is refused anyway).
    """
    n_paras = n_chars = n_elements = 0
    prefixes: dict[bytes, tuple] = {}
    carry = b""
    with z.open(name) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            buf = carry + chunk if carry else chunk
            if chunk:
                cut = buf.rfind(b"<")
                if cut > 0:
                    buf, carry = buf[:cut], buf[cut:]
                elif len(buf) < _MAX_CARRY:
                    carry = buf  # no tag starts here yet: wait for one (only a giant text or tag is cut)
                    continue
                else:
                    carry = b""
            over = max_paras and n_paras > max_paras  # refused: only the paragraph count goes on
            if not over:
                n_elements += buf.count(b"<") - buf.count(b"</")
            if max_paras:
                if not over and _W_URI in buf:
                    for m in _W_DECL.finditer(buf):
                        prefix = m.group(1) + b":" if m.group(1) else b""
                        if prefix not in prefixes:
                            prefixes[prefix] = _tag_patterns(prefix)
                if prefixes:
                    if b"\t" in buf or b"\n" in buf or b"\r" in buf:
                        buf = buf.translate(_XML_WS)
                    for paras, text in prefixes.values():
                        n_paras += sum(buf.count(t) for t in paras)
                        if n_paras <= max_paras and n_elements <= max_elements:
                            n_chars += len(b"".join(text.findall(buf)).decode("utf-8", "replace"))
            if not chunk:
                return n_paras, n_chars, n_elements


def _tag_patterns(prefix: bytes) -> tuple[tuple[bytes, ...], re.Pattern]:
    """Byte patterns of a paragraph start tag, and a regex for the text of a text run, under ``prefix``."""
    p = b"<" + prefix + b"p"
    return (p + b">", p + b"/", p + b" "), re.compile(b"<" + re.escape(prefix) + rb"t(?: [^>]*)?>([^<]*)")


def _main_part(z) -> str | None:
    names = set(z.namelist())
    if "_rels/.rels" in names:
        m = re.search(rb'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"|'
                      rb'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"', z.read("_rels/.rels"))
        if m:
            name = (m.group(1) or m.group(2)).decode("utf-8", "replace")
            if name in names:
                return name
    return "word/document.xml" if "word/document.xml" in names else None

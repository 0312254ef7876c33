"""Plain text and Markdown: encoding detection and paragraph spans."""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import RawDocument, RawParagraph

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode bytes; report the encoding used. Never guesses silently:
    BOM, then strict UTF-8, then charset-normalizer; if none is confident, error."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(enc)), enc.replace("-sig", "")
            except UnicodeDecodeError:
                raise InputError(path, f"文件以 {enc} 字节序标记开头，但内容无法按该编码解码", "请重新导出为 UTF-8 文本") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "这是二进制文件，不是文本报告", f"支持的格式：{_supported()}")
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030 等常见中文编码）", "请另存为 UTF-8 编码的文本")
    enc = best.encoding
    # GBK is a subset of GB18030; decode with the superset so rare characters survive.
    if enc in ("gbk", "gb2312", "hz"):
        enc = "gb18030"
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise InputError(path, f"按检测到的编码 {enc} 解码失败", "请另存为 UTF-8 编码的文本") from None
    if _cjk_share(text) < 0.05 and enc not in ("ascii", "utf-8"):
        raise InputError(path, f"无法可靠识别文件编码（检测为 {enc}，但解码结果不像中文）", "请另存为 UTF-8 编码的文本")
    return _clean(text), enc


def _supported() -> str:
    from . import SUPPORTED

    return SUPPORTED


def _cjk_share(text: str) -> float:
    sample = text[:4000]
    if not sample:
        return 0.0
    return sum(1 for c in sample if "\u4e00" <= c <= "\u9fff") / len(sample)


def _clean(text: str) -> str:
    # One newline convention; keep every other character so offsets stay honest.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def split_paragraphs(text: str) -> list[RawParagraph]:
    """One paragraph per non-blank line, trimmed of surrounding white space."""
    paras = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        s = m.start() + (len(line) - len(line.lstrip()))
        e = m.end() - (len(line) - len(line.rstrip()))
        if e > s:
            paras.append(RawParagraph(s, e))
    return paras


def read_text(path: str, text: str, encoding: str) -> RawDocument:
    if _cjk_share(text) < 0.02 and not re.search(r"[\u4e00-\u9fff]", text):
        raise InputError(path, "文件中没有中文内容，不像是法治政府建设年度报告", "请确认选择了正确的文件")
    return RawDocument(path, "txt", text, split_paragraphs(text), encoding)


_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")  # used with .match(text, pos)


def read_markdown(path: str, text: str, encoding: str) -> RawDocument:
    paras = []
    for p in split_paragraphs(text):
        m = _MD_HEADING.match(text, p.start, p.end)
        if m:
            level = len(m.group(1))
            paras.append(RawParagraph(m.end(), p.end, style_level=level))
        else:
            paras.append(p)
    doc = RawDocument(path, "md", text, paras, encoding)
    # A single top "#" is the title; the rest shift up one level.
    levels = [p.style_level for p in paras if p.style_level]
    if levels and levels.count(1) == 1 and min(levels) == 1:
        doc.paragraphs = [
            RawParagraph(p.start, p.end, (p.style_level - 1) if p.style_level else None) for p in paras
        ]
    return doc

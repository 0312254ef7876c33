"""PDF with a text layer, via pdfplumber (pypdf moves quotes and adds spaces in Chinese).

PDF gives visual lines, not paragraphs. A line that runs to the right edge of the
text block continues in the next line; a short line ends its paragraph; a line
that starts with a heading marker always starts a new one. Page numbers
("- 3 -", "第3页") are dropped.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import RawDocument, RawParagraph

_PAGE_NO = re.compile(r"^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$")
_STARTS_BLOCK = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[部章])")


def read_pdf(path: str, data: bytes) -> RawDocument:
    import io
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    lines: list[tuple[str, bool]] = []  # (text, runs to right edge)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page_lines = page.extract_text_lines(layout=False, strip=True)
                page_lines = [ln for ln in page_lines if ln["text"].strip() and not _PAGE_NO.match(ln["text"].strip())]
                if not page_lines:
                    continue
                right = max(ln["x1"] for ln in page_lines)
                for ln in page_lines:
                    chars = ln.get("chars") or []
                    width = (chars[0]["x1"] - chars[0]["x0"]) if chars else 12
                    lines.append((ln["text"].strip(), ln["x1"] >= right - 1.5 * width))
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types for broken or encrypted files
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in str(exc):
            raise InputError(path, "PDF 文件已加密", "请取消密码保护后再检查") from None
        raise InputError(path, f"PDF 文件损坏，无法读取（{name}）", "请重新下载或重新导出 PDF") from None
    if not lines or sum(len(t) for t, _ in lines) < 20:
        raise InputError(path, "PDF 中没有文字层（可能是扫描件），不支持 OCR 识别",
                         "请提供带文字层的 PDF，或先用 OCR 软件转成文字后再检查")

    paragraphs: list[str] = []
    cont = False
    for text, full in lines:
        if paragraphs and cont and not _STARTS_BLOCK.match(text):
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        cont = full and not text.endswith(("。", "：", ":", "；"))
    out, paras, pos = [], [], 0
    for p in paragraphs:
        paras.append(RawParagraph(pos, pos + len(p)))
        out.append(p)
        pos += len(p) + 1
    return RawDocument(path, "pdf", "\n".join(out), paras, None)

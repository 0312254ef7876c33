"""OFD (GB/T 33190, the national fixed-layout format) via ofdkit.

An OFD file is a zip of XML: ``OFD.xml`` points to each document's
``Document.xml``, which lists pages and page templates; text sits in the
``TextCode`` elements of each page's ``TextObject``s, placed by X/Y and DeltaX.
ofdkit (standard library only) resolves all of that: namespace variants, GBK
parts, relative and absolute locations, transforms, templates, composite
objects, with limits on entries and part sizes. Of the readers on PyPI it was
the one that read our fixtures completely and needs nothing else: easyofd pulls
in PyMuPDF and reportlab, ofdreader is an empty placeholder, ofdparser was last
released in 2023.

Its text runs are joined into lines and paragraphs here, the way ``pdf.py``
does for PDF: runs on one baseline form a line with no space between Chinese
characters (ofdkit's own text output spaces out digits placed on a full-width
grid, "2 0 2 4年"); a line that runs to the right edge continues in the next;
page numbers are dropped.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import RawDocument, RawParagraph
from .pdf import _PAGE_NO, _STARTS_BLOCK

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_BROKEN = ("OFD 文件已损坏或结构不完整，无法读取", "请重新下载，或在数科/福昕等 OFD 阅读器中另存为 PDF 后再检查")


def read_ofd(path: str, data: bytes) -> RawDocument:
    try:
        import ofdkit
    except ImportError:
        raise InputError(path, "读取 OFD 文件需要 ofdkit 库，当前环境没有安装",
                         "请运行 pip install ofdkit 后重试，或在 OFD 阅读器中另存为 PDF 后再检查") from None
    from . import MAX_CHARS, MAX_PAGES, too_large

    lines: list[tuple[str, bool]] = []  # (text, runs to the right edge)
    try:
        with ofdkit.open(data) as doc:
            if len(doc.pages) > MAX_PAGES:
                raise too_large(path, "页数", len(doc.pages), MAX_PAGES, "页")
            title = (getattr(doc.info, "title", None) or "").strip()
            chars = 0
            for i, page in enumerate(doc.pages):
                page_lines = _page_lines(page)
                chars += sum(len(t) for t, _, _ in page_lines)
                if chars > MAX_CHARS:
                    raise too_large(path, f"读到第 {i + 1:,} 页时提取出的文字已有", chars, MAX_CHARS, "字")
                if not page_lines:
                    continue
                right = max(x1 for _, x1, _ in page_lines)
                lines += [(t, x1 >= right - 1.5 * size) for t, x1, size in page_lines]
    except InputError:
        raise
    except ofdkit.OFDLimitError:
        raise InputError(path, "OFD 文件结构异常庞大，已拒绝读取（可能是恶意构造的文件）", "请确认文件来源") from None
    except ofdkit.OFDError:
        raise InputError(path, *_BROKEN) from None
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError):  # malformed parts
        raise InputError(path, *_BROKEN) from None
    if sum(len(t) for t, _ in lines) < 20:
        raise InputError(path, "OFD 文件中没有文字（可能是扫描件，只有图片），不支持 OCR 识别",
                         "请提供带文字的 OFD、PDF 或 Word 文件，或先用 OCR 软件转成文字后再检查")
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
    return RawDocument(path, "ofd", "\n".join(out), paras, "utf-8", meta={"page_title": title} if title else {})


def _page_lines(page) -> list[tuple[str, float, float]]:
    """(text, right edge, font size) of each line of ``page``, top to bottom, page numbers dropped."""
    runs, seen = [], set()
    for r in sorted((r for r in page.runs if r.text.strip()), key=lambda r: (r.y, r.x)):
        key = (r.text, round(r.x, 1), round(r.y, 1))
        if key not in seen:  # the same text drawn twice (bold by overprinting) counts once
            seen.add(key)
            runs.append(r)
    groups: list[list] = []
    for r in runs:
        if groups and abs(r.y - groups[-1][0].y) <= 0.5 * max(min(r.size, groups[-1][0].size), 1.0):
            groups[-1].append(r)
        else:
            groups.append([r])
    out = []
    for g in groups:
        g.sort(key=lambda r: r.x)
        parts = [g[0].text]
        for prev, r in zip(g, g[1:]):
            # A space only between Latin words or numbers set well apart; never between Chinese characters.
            if r.x - (prev.x + prev.width) > 0.6 * max(r.size, 1.0) and _ASCII_WORD.match(r.text[:1]) \
                    and _ASCII_WORD.match(prev.text[-1:]):
                parts.append(" ")
            parts.append(r.text)
        text = "".join(parts).strip()
        if not text or _PAGE_NO.match(text):
            continue
        last = g[-1]
        out.append((text, last.x + last.width, max(g[0].size, 1.0)))
    return out

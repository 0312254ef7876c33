"""PDF with a text layer, via pypdfium2 (PDFium, the engine in Chrome).

pypdfium2 gives the same characters and lines as pdfplumber on our fixtures at
a small fraction of the time and memory (2,000 pages: about 1 s instead of a
minute), so a long PDF cannot stall a batch; pages are still capped (MAX_PAGES).

PDF gives visual lines, not paragraphs. A line that runs to the right edge of the
text block continues in the next line; a short line ends its paragraph; a line
that starts with a heading marker always starts a new one. Page numbers
("- 3 -", "第3页") are dropped, and so are running headers and footers (a line that recurs at
the top or bottom of most pages). A text layer whose fonts have no ToUnicode map
yields glyph ids, not characters: such a file is refused, never checked.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import RawDocument, RawParagraph

_PAGE_NO = re.compile(r"^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$")
_STARTS_BLOCK = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[部章]|"
                           r"(抄送|抄报|印发|主送)[:：])")  # 版记 lines start their own block
_UNDECODABLE = ("文字层无法解码（字体缺少 ToUnicode）", "请另存为可复制文字的 PDF 或提供 Word 文件")


def read_pdf(path: str, data: bytes) -> RawDocument:
    import pypdfium2 as pdfium

    from . import MAX_CHARS, MAX_PAGES, too_large

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(path, "PDF 文件已加密（设置了打开密码）", "请取消密码保护后另存一份再检查") from None
        raise InputError(path, "PDF 文件损坏，无法读取", "请重新下载或重新导出 PDF") from None
    lines: list[tuple] = []  # (text, runs to right edge, set centred, space above, look)
    pages_lines: list[list[tuple]] = []  # _page_lines per page
    try:
        pages = len(pdf)
        if pages > MAX_PAGES:
            raise too_large(path, "页数", pages, MAX_PAGES, "页")
        chars = 0
        for i in range(pages):
            page_lines = _page_lines(pdf, i)
            chars += sum(len(t) for t, *_ in page_lines)
            if chars > MAX_CHARS:
                raise too_large(path, f"读到第 {i + 1:,} 页时提取出的文字已有", chars, MAX_CHARS, "字")
            pages_lines.append(page_lines)
        pages_lines = _without_running_lines(pages_lines)
        # The text block's margins, from the body pages: a centred cover's widest line is not a full line.
        x0s = sorted(ln[1] for pl in pages_lines for ln in pl)
        x1s = sorted(ln[2] for pl in pages_lines for ln in pl)
        left, right = (x0s[len(x0s) // 10], x1s[-1 - len(x1s) // 10]) if x0s else (0.0, 0.0)
        # A right-aligned line (signature, date) also reaches the right edge; it starts far from the left.
        fulls = [[x1 >= right - 1.5 * width and x0 <= left + 4.5 * width for _, x0, x1, width, *_ in pl]
                 for pl in pages_lines]
        pitch = _line_pitch(pages_lines, fulls)
        looks = _Looks(pages_lines)
        for page_lines, page_full in zip(pages_lines, fulls):
            above = None
            for (text, x0, x1, width, y, first_look, last_look, lead), full in zip(page_lines, page_full):
                # Centred: more than a first-line indent (two characters) from the left, about as far from the right.
                centred = x0 >= left + 2.5 * width and abs((x0 + x1) - (left + right)) <= 3 * width
                # Space between paragraphs (段后/段前): a full heading line is not continued by the next paragraph.
                spaced = pitch is not None and above is not None and above - y > PARAGRAPH_GAP * pitch
                look, last = looks.of(*first_look), looks.of(*last_look)
                lines.append((text, full, centred, spaced, look, last, lead if look and not last else None))
                above = y
    except InputError:
        raise
    except pdfium.PdfiumError:
        raise InputError(path, "PDF 文件损坏，无法读取", "请重新下载或重新导出 PDF") from None
    finally:
        pdf.close()
    if not lines or sum(len(t) for t, *_ in lines) < 20:
        raise InputError(path, "PDF 中没有文字层（可能是扫描件），不支持 OCR 识别",
                         "请提供带文字层的 PDF，或先用 OCR 软件转成文字后再检查")
    _refuse_glyph_ids(path, "\n".join(t for t, *_ in lines))

    paragraphs: list[list] = []  # [text, a single centred line, look, lead]
    cont, look_above = False, 0
    for text, full, centred, spaced, look, last_look, lead in lines:
        # A line that opens in another size or face than the line above ends in (a 黑体 heading over 仿宋 text)
        # starts a paragraph; a bold run-in lead ends in the body's face, so its paragraph goes on.
        if paragraphs and cont and not spaced and look == look_above and not _STARTS_BLOCK.match(text):
            prev = paragraphs[-1]
            paragraphs[-1] = [prev[0] + text, False, prev[2] if look == last_look else 0, prev[3]]
        else:
            paragraphs.append([text, centred, look if look == last_look else 0, lead])
        cont = full and not text.endswith(("。", "：", ":", "；")) and not _TOC_END.search(text)
        look_above = last_look
    out, paras, pos = [], [], 0
    for p, centred, look, lead in paragraphs:
        # A short line set off by layout (centred, larger, or in a heading face) is a heading, as bold is in Word:
        # the larger size is the top level (1), a heading face in the body size the level under it (2).
        emphasis: bool | int = False
        if len(p) <= MAX_CENTRED and not p.endswith(("。", "；", "，", "：", ":")):
            emphasis = look or centred
        paras.append(RawParagraph(pos, pos + len(p), emphasis=emphasis, lead_end=pos + lead if lead else None))
        out.append(p)
        pos += len(p) + 1
    return RawDocument(path, "pdf", "\n".join(out), paras, None)


MAX_CENTRED = 30
MAX_PDF_LEAD = 40  # characters: a run-in lead in a heading face is shorter than this
PARAGRAPH_GAP = 1.15  # a baseline this many usual line pitches below the one above starts a paragraph (段后 0.5 行: 1.25)


# Faces that set headings apart from 仿宋/宋体 text: bold, 黑体 (a sans face), 楷体, 小标宋.
_HEADING_FACE = re.compile(r"Bold|Black|Heavy|Hei|Sans|Gothic|Kai|XBS|XiaoBiaoSong|黑|楷|标宋", re.I)


class _Looks:
    """The body text's look (font size and typeface of most long lines), and a line's look against it:
    0 the body's; 1 the top heading level (the largest size used after the opening text: a title above it is
    larger still); 2 the level below (a smaller heading size, or a heading face such as 黑体 in the body size)."""

    def __init__(self, pages: list[list]):
        counts: dict[tuple, int] = {}
        for pl in pages:
            for ln in pl:
                if len(ln[0]) >= 15:
                    counts[ln[5]] = counts.get(ln[5], 0) + 1
        self.body = max(counts, key=counts.get) if counts else None
        self.top = None
        if self.body is not None:
            flat = [ln for pl in pages for ln in pl]
            opening = next((i for i, ln in enumerate(flat) if ln[5] == self.body and len(ln[0]) >= 15), len(flat))
            sizes = [ln[5][0] for ln in flat[opening:] if ln[5][0] >= self.body[0] + 1.0]
            self.top = max(sizes) if sizes else None

    def of(self, size: float, face: str) -> int:
        if self.body is None:
            return 0
        if size >= self.body[0] + 1.0:
            return 1 if self.top is None or size >= self.top - 0.5 else 2
        if face != self.body[1] and abs(size - self.body[0]) < 1.0 and _HEADING_FACE.search(face) \
                and not _HEADING_FACE.search(self.body[1]):
            return 2 if self.top is not None else 1
        return 0


def _line_pitch(pages: list[list], fulls: list[list[bool]]) -> float | None:
    """The usual distance below a full line (the median): the pitch inside paragraphs, which run to the right
    edge and go on below (a paragraph's short last line is followed by 段后 spacing, so it is left out)."""
    steps = sorted(a[4] - b[4] for pl, fl in zip(pages, fulls) for a, b, f in zip(pl, pl[1:], fl) if f and a[4] - b[4] > 0)
    return steps[len(steps) // 2] if len(steps) >= 5 else None


_TOC_END = re.compile(r"(?:[.．·…]\s*){2,}\d{1,3}$")  # "二、存在的不足……………2": a contents line ends here
_DIGITS = re.compile(r"\d+")


def _without_running_lines(pages: list[list]) -> list[list]:
    """Drop running headers and footers: a first or last line that recurs (digits aside) on at least
    half the pages, three at least. The first page keeps its own first line (a 版头 may read the same)."""
    if len(pages) < 3:
        return pages
    key = lambda ln: _DIGITS.sub("#", ln[0].replace(" ", ""))  # noqa: E731
    counts: dict[str, int] = {}
    for pl in pages:
        for k in {key(ln) for ln in pl[:1] + pl[-1:]}:
            counts[k] = counts.get(k, 0) + 1
    running = {k for k, n in counts.items() if n >= max(3, len(pages) // 2)}
    if not running:
        return pages
    out = []
    for i, pl in enumerate(pages):
        pl = list(pl)
        if pl and key(pl[-1]) in running:
            pl.pop()
        if pl and i > 0 and key(pl[0]) in running:
            pl.pop(0)
        out.append(pl)
    return out


def _page_lines(pdf, i: int) -> list[tuple]:
    """(text, left edge, right edge, width of its first character, its baseline, look of its first and of its last
    Chinese character) for each visual line of page ``i`` (PDF y grows upwards; a look: font size and typeface)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    ox, oy = ctypes.c_double(), ctypes.c_double()  # a character's origin: its baseline, whatever its font
    face, flags = ctypes.create_string_buffer(128), ctypes.c_int()

    def look(k: int) -> tuple[float, str]:
        """(font size, typeface) of the character at ``k`` of the page text."""
        k = min(_utf16_index(text, k) if len(text) != n else k, n - 1)
        pdfium_c.FPDFText_GetFontInfo(tp.raw, k, face, len(face), ctypes.byref(flags))
        heavy = pdfium_c.FPDFText_GetFontWeight(tp.raw, k) >= 600
        return round(pdfium_c.FPDFText_GetFontSize(tp.raw, k), 1), face.value.decode("latin-1").split("+")[-1] + (
            " Bold" if heavy else "")

    page = pdf[i]
    try:
        tp = page.get_textpage()
        try:
            n = tp.count_chars()
            text = tp.get_text_range(0, n) if n > 0 else ""
            out = []
            pos = 0
            for raw in text.split("\n"):
                start, pos = pos, pos + len(raw) + 1
                line = raw.rstrip("\r")
                s = line.strip()
                if not s or _PAGE_NO.match(s):
                    continue
                # Offsets in ``text``; PDFium's own indices differ when characters outside the BMP count twice.
                first = start + len(line) - len(line.lstrip())
                last = start + len(line.rstrip()) - 1
                k0, k1 = (_utf16_index(text, first), _utf16_index(text, last)) if len(text) != n else (first, last)
                x0, _, x1, _ = tp.get_charbox(min(k0, n - 1), loose=True)
                right = tp.get_charbox(min(k1, n - 1), loose=True)[2]
                pdfium_c.FPDFText_GetCharOrigin(tp.raw, min(k0, n - 1), ctypes.byref(ox), ctypes.byref(oy))
                drop = _generated_spaces(tp, text, first, s, n) if " " in s else []
                head = next((k for k in range(first, min(first + 6, last + 1)) if "\u4e00" <= text[k] <= "\u9fff"), first)
                tail = next((k for k in range(last, max(last - 6, first - 1), -1) if "\u4e00" <= text[k] <= "\u9fff"), last)
                first_look, last_look = look(head), look(tail)
                lead = None
                if first_look != last_look:  # "依法决策方面。" in bold, then the body's face: a run-in lead
                    end = next((k for k in range(head, min(last, head + MAX_PDF_LEAD)) if look(k) == last_look), None)
                    if end is not None:
                        lead = end - first - sum(1 for d in drop if d < end - first)
                if drop:
                    keep = [0] + [x for d in drop for x in (d, d + 1)] + [len(s)]
                    s = "".join(s[a:b] for a, b in zip(keep[::2], keep[1::2]))
                out.append((s, x0, right, max(x1 - x0, 1.0), oy.value, first_look, last_look, lead))
            return out
        finally:
            tp.close()
    finally:
        page.close()


# A space PDFium inferred from a gap next to a Chinese character ("关于 2024 年度"): Word's spacing between
# Chinese and Western text, not a character of the document.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=\S)|(?<=\S) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")


def _generated_spaces(tp, text: str, at: int, s: str, n: int) -> list[int]:
    """Offsets in ``s`` (the line from ``at`` of the page text) of the spaces PDFium made up beside Chinese."""
    import pypdfium2.raw as pdfium_c

    drop = []
    for m in _CJK_GAP.finditer(s):
        k = at + m.start()
        if len(text) != n:
            k = _utf16_index(text, k)
        if k < n and pdfium_c.FPDFText_IsGenerated(tp.raw, k) == 1:
            drop.append(m.start())
    return drop


def _utf16_index(text: str, i: int) -> int:
    return i + sum(1 for c in text[:i] if ord(c) > 0xFFFF)


def _refuse_glyph_ids(path: str, text: str) -> None:
    """Fonts without a ToUnicode map give glyph ids: "(cid:123)" or code points spread over all of Unicode."""
    from .text import common_share

    if "(cid:" in text or common_share(text) < 0.8:
        raise InputError(path, *_UNDECODABLE)

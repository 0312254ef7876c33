"""Plain text and Markdown: encoding detection and paragraph spans."""
from __future__ import annotations

import re
from dataclasses import replace

from ..errors import InputError
from ..model import RawDocument, RawParagraph

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16: FF FE also starts UTF-32LE
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode bytes; report the encoding used. Never guesses silently:
    BOM, then UTF-16/32 without BOM, then strict UTF-8, then charset-normalizer;
    if none is confident, error."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(enc)), enc.replace("-sig", "")
            except UnicodeDecodeError:
                if enc == "utf-32":  # FF FE 00 00 may be UTF-16LE followed by U+0000
                    continue
                raise InputError(path, f"文件以 {enc.upper()} 字节序标记开头，但内容无法按该编码解码",
                                 "请重新导出为 UTF-8 文本") from None
    if b"\x00" in data[:4096]:
        wide = decode_wide(data)
        if wide is not None:
            return _clean(wide[0]), wide[1]
        raise InputError(path, "这是二进制文件，不是文本报告（也不是 UTF-16/UTF-32 编码的文本）", f"支持的格式：{_supported()}")
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
    if enc.replace("_", "-") in _WIDE or enc.startswith(("utf_16", "utf_32", "utf-16", "utf-32")):
        raise InputError(path, "无法可靠识别文件编码（文本中混有不同编码）", "请另存为 UTF-8 编码的文本")
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise InputError(path, f"按检测到的编码 {enc} 解码失败", "请另存为 UTF-8 编码的文本") from None
    if _cjk_share(text) < 0.05 and enc not in ("ascii", "utf-8"):
        raise InputError(path, f"无法可靠识别文件编码（检测为 {enc}，但解码结果不像中文）", "请另存为 UTF-8 编码的文本")
    return _clean(text), enc


def decode_wide(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 without a byte order mark: the one decoding that reads as text."""
    for enc in _WIDE:
        unit = 4 if "32" in enc else 2
        if len(data) % unit:
            continue
        probe = data[:65536].decode(enc, errors="replace")  # cheap test before decoding everything
        if "\x00" in probe or "\ufffd" in probe[:-1] or common_share(probe) < 0.9:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and common_share(text) >= 0.9:
            return text, enc
    return None


# Characters a Chinese report is made of: ASCII, Latin-1, general punctuation, number
# forms, circled numbers, box drawing, CJK punctuation and symbols, CJK ideographs,
# compatibility and full-width forms. Text decoded with the wrong encoding (or glyph
# ids read as characters) is scattered over the whole of Unicode instead.
_COMMON = ((0x09, 0x0D), (0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x257F),
           (0x25A0, 0x25FF), (0x3000, 0x303F), (0x3200, 0x33FF), (0x4E00, 0x9FFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))


def common_share(text: str, sample: int = 20000) -> float:
    """Share of the non-blank characters (a sample spread over the text) that a Chinese report is made of."""
    step = max(1, len(text) // sample)
    chars = [ord(c) for c in text[::step] if not c.isspace()]
    if not chars:
        return 1.0
    ok = sum(1 for o in chars if any(a <= o <= b for a, b in _COMMON))
    return ok / len(chars)


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


def split_paragraphs(text: str, path: str = "") -> list[RawParagraph]:
    """One paragraph per non-blank line, trimmed of surrounding white space.
    More than ``MAX_PARAGRAPHS`` lines is refused before any paragraph is built."""
    from . import MAX_PARAGRAPHS, too_large

    if text.count("\n") >= MAX_PARAGRAPHS:
        n = sum(1 for line in text.split("\n") if line.strip())
        if n > MAX_PARAGRAPHS:
            raise too_large(path, "段落（非空行）", n, MAX_PARAGRAPHS, "段")
    paras = []
    pos = 0
    for line in text.split("\n"):
        n = len(line)
        if n:
            lead = n - len(line.lstrip())
            if lead < n:
                paras.append(RawParagraph(pos + lead, pos + len(line.rstrip())))
        pos += n + 1
    return paras


def read_text(path: str, text: str, encoding: str) -> RawDocument:
    if _cjk_share(text) < 0.02 and not re.search(r"[\u4e00-\u9fff]", text):
        raise InputError(path, "文件中没有中文内容，不像是法治政府建设年度报告", "请确认选择了正确的文件")
    text = unwrap(text)
    paras = split_paragraphs(text, path)
    if _MARKDOWNISH.search(text) and len(_MARKDOWNISH.findall(text[:200_000])) >= 2:
        paras = markdown_paragraphs(text, paras)  # a report copied out of a Markdown editor or a chat app
    return RawDocument(path, "txt", text, paras, encoding)


_MARKDOWNISH = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+\S|\*\*[^*\n]{2,40}\*\*)")
_BOLD = re.compile(r"\*\*([^*\n]{2,40})\*\*")


def markdown_paragraphs(text: str, paras: list[RawParagraph]) -> list[RawParagraph]:
    """"### 一、主要举措" declares a level; "**加强组织领导**正文" is a bold lead; "**标题**" alone is bold
    throughout. The marks stay in the text (quotes are verbatim); paragraphs start after them."""
    out = []
    for p in paras:
        m = _MD_HEADING.match(text, p.start, p.end)
        if m:
            out.append(RawParagraph(m.end(), p.end, style_level=len(m.group(1))))
            continue
        b = _BOLD.match(text, p.start, p.end)
        if b:
            whole = b.end() >= p.end - 1 and not text[b.end() : p.end].strip("。 ")
            out.append(RawParagraph(p.start + 2, b.end(1) if whole else p.end,
                                    lead_end=None if whole else b.end(), emphasis=whole))
            continue
        out.append(p)
    levels = [q.style_level for q in out if q.style_level]
    if levels and levels.count(min(levels)) == 1 and min(levels) < max(levels):
        top = min(levels)  # a single top "#" is the title; the rest shift up
        out = [replace(q, style_level=(0 if q.style_level == top else q.style_level - top)) if q.style_level else q
               for q in out]
    elif levels:
        top = min(levels) - 1
        out = [replace(q, style_level=q.style_level - top) if q.style_level else q for q in out]
    return out


# Text copied out of a PDF keeps the PDF's visual lines: every line breaks at the same width,
# mid-sentence, with page numbers ("- 2 -") between pages. Such lines are joined back into
# paragraphs (as the PDF reader does), so a sentence is one sentence again.
_PAGE_NO = re.compile(r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?)\s*$")
_BLOCK_START = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|"
                          r"第[一二三四五六七八九十]+[部章]|[▲●■◆★]|(?:抄送|印发|附件)[:：]|"
                          r"(?:发布时间|发布日期|更新时间|成文日期|来源|索引号|发文字号|浏览次数|阅读次数)\s*[:：])")  # page labels
_ENDS = tuple("。！？!?；;：:")
MAX_UNWRAP = 2_000_000  # characters; a longer text is left as it is (not a pasted PDF)


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def unwrap(text: str) -> str:
    """Join hard-wrapped lines (most lines as wide as the widest, ending mid-sentence); else the text as is."""
    if len(text) > MAX_UNWRAP or text.count("\n") < 8:
        return text
    lines = text.split("\n")
    widths = sorted(_width(ln.strip()) for ln in lines if ln.strip())
    wrap = widths[int(len(widths) * 0.8)]
    if not 40 <= wrap <= 140:
        return text
    full = [wrap - 4 <= _width(ln.strip()) <= wrap + 2 and not ln.rstrip().endswith(_ENDS) for ln in lines]
    if sum(full) < 6 or sum(full) < 0.3 * len(widths):
        return text
    out: list[str] = []
    joining = False
    for ln, f in zip(lines, full):
        s = ln.strip()
        if _PAGE_NO.match(s) or (joining and not s):
            continue  # page numbers, and a page break inside a paragraph
        if joining and not _BLOCK_START.match(s):
            out[-1] += s
        else:
            out.append(ln.rstrip() if s else "")
        joining = f and bool(s)
    return "\n".join(out)


_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")  # used with .match(text, pos)


def read_markdown(path: str, text: str, encoding: str) -> RawDocument:
    paras = []
    for p in split_paragraphs(text, path):
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

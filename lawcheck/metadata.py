"""Metadata of a report: who issued it, for which year, when signed and published, what kind.

Unknown values stay None: a checker that guesses an issuer or a year would
judge deadlines against the wrong facts. A date that is written but cannot
exist (2月30日, 四月三十一日, 0000-01-01) is recorded in ``unreadable`` with its
text, never turned into a value and never an exception.
"""
from __future__ import annotations

import datetime as dt
import re

from . import issuer as iss
from .genre import classify
from .issuer import ISSUER_TAIL, ISSUER_TYPES, TITLE_AFTER_ISSUER  # noqa: F401  (re-exported)
from .model import Metadata, Paragraph, RawDocument, Section
from .normalize import ocr_zeros, to_simplified

_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_NUM.update({"零": 0, "○": 0, "Ｏ": 0, "O": 0})

_YEAR_CHARS = r"(\d{4}|[〇零○一二三四五六七八九]{4})"
_YEAR = re.compile(rf"(?<![\d—\-–~～至到]){_YEAR_CHARS}\s*年度?(?!\s*[—\-–~～至到])")
# A date as reports write it, in Arabic or Chinese numerals: 2025年1月27日, 二〇二五年一月二十七日.
DATE_PATTERN = (r"(\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_DATE = re.compile(DATE_PATTERN)
_DASH_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
_FORMULA_YEAR = re.compile(rf"(?<![\d—\-–~～至到]){_YEAR_CHARS}\s*年度?[^。；;！!]{{0,50}}?(?:报告|汇报)如下")
_OPENING_YEAR = re.compile(rf"^\D{{0,6}}?{_YEAR_CHARS}\s*年(?:度|以来)?(?!\s*\d{{1,2}}\s*月\s*\d)(?![—\-–~～至到])")
# Spam and site suffixes glued to titles by aggregators: "……报告_范文大全_秘书之家", "……报告(精选5篇)".
_TITLE_SPLIT = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")
_TITLE_SPAM = re.compile(r"[(（【\[](?:精选|完整版|最新|范文|word版|可编辑|通用|\d+篇)[^)）】\]]*[)）】\]]\s*$")


def cn_int(s: str) -> int | None:
    """'2025' / '二〇二五' / '十二' / '二十七' -> int."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in _CN_NUM for c in s):  # digit by digit: 二〇二五
        return int("".join(str(_CN_NUM[c]) for c in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_NUM.get(tens, None) if tens else 1
        o = _CN_NUM.get(ones, None) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    return None


def _iso(y: int | None, mo: int | None, d: int | None) -> str | None:
    if None in (y, mo, d) or not 1990 <= y <= 2100:
        return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:  # 2月30日, 13月, 0日
        return None


def read_date(s: str) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, the date text as written or None): the first date in ``s``.

    A date that is written but impossible gives (None, its text)."""
    fixed = ocr_zeros(s)  # "二O二四年" (same length: the text as written is still s[m.start():m.end()])
    m = _DATE.search(fixed) or _DASH_DATE.search(fixed)
    if not m:
        return None, None
    try:
        return _iso(*(cn_int(g) for g in m.groups())), s[m.start() : m.end()]
    except (ValueError, OverflowError):
        return None, s[m.start() : m.end()]


def parse_date(s: str) -> str | None:
    """A 年月日 date (Arabic or Chinese numerals) as YYYY-MM-DD; None if absent or impossible. Never raises."""
    m = _DATE.search(s)
    if not m:
        return None
    try:
        return _iso(*(cn_int(g) for g in m.groups()))
    except (ValueError, OverflowError):
        return None


def clean_title(title: str) -> str:
    """A title without aggregator suffixes; a title printed twice is one title."""
    parts = [p for p in _TITLE_SPLIT.split(title) if p.strip()]
    if parts:
        title = next((p for p in parts if re.search(r"报告|情况|总结|要点|方案|解读|通知|清单", p)), parts[0])
    return _TITLE_SPAM.sub("", title).strip(" _-|｜—")


def _title(lines: list[str]) -> str | None:
    out = ""
    for line in (clean_title(re.sub(r"\s+", " ", s.strip())) for s in lines):
        flat = line.replace(" ", "")
        if not flat or flat in out.replace(" ", ""):
            continue  # printed twice: page title + body title
        joint = out and ISSUER_TAIL.search(out) and ISSUER_TAIL.search(line)  # "中共枫林市委" / "枫林市人民政府"
        out = line if out.replace(" ", "") in flat else out + (" " if joint else "") + line
    return out or None


def _span(text: str, paras: list[Paragraph], role: str) -> list[str]:
    return [text[p.start : p.end] for p in paras if p.role == role]


def extract(raw: RawDocument, paras: list[Paragraph], sections: list[Section]) -> Metadata:
    text = raw.text
    md = Metadata()
    title_lines = _span(text, paras, "title")
    md.title = _title(title_lines) or (clean_title(raw.meta["page_title"]) if raw.meta.get("page_title") else None)
    md.source = raw.meta.get("source")
    _published(md, raw.meta)

    dates = _span(text, paras, "date")
    if dates:
        iso, verbatim = read_date(dates[-1])
        md.signed_date = iso
        if iso is None and verbatim:
            md.unreadable["signed_date"] = verbatim

    stitle = to_simplified(md.title) if md.title else ""
    content_paras = [p for p in paras if p.role in ("preamble", "heading", "body")]
    opening = to_simplified(text[content_paras[0].start : content_paras[0].end][:120]) if content_paras else ""
    sig = [to_simplified(s) for s in _span(text, paras, "signature")]
    name = iss.from_signature(sig + _who_of_date_line(dates)) or (iss.from_title(stitle) if stitle else None) \
        or iss.from_opening(opening)
    if name and iss.placeholder(name):
        name = None  # 范文 templates: "某县", "xx镇"
    # The issuer is an identifier (compared across years and counties): simplified.
    md.issuer = to_simplified(name) if name else None
    if md.issuer:
        md.issuer_type = iss.issuer_type(md.issuer)
        md.level, md.region = iss.level_region(md.issuer)

    content = to_simplified("\n".join(text[p.start : p.end] for p in paras if p.role in
                                      ("preamble", "heading", "body", "closing", "addressee")))
    md.year = _year(stitle, content, opening) or _year_before_signing(content, md.signed_date)
    front = "\n".join([stitle] + sig + [to_simplified(d) for d in dates] + [content[:300]])
    md.document_type, md.type_reason = classify(stitle, front, content, sections)
    return md


def _published(md: Metadata, meta: dict) -> None:
    value = meta.get("published_date")
    if value:
        iso, verbatim = read_date(str(value))
        md.published_date = iso
        if iso is None:
            md.unreadable["published_date"] = verbatim or str(value)
    elif meta.get("published_unreadable"):
        md.unreadable["published_date"] = meta["published_unreadable"]


def _who_of_date_line(dates: list[str]) -> list[str]:
    """"枫林市人民政府 2025年2月26日" on one line: the name before the date."""
    if not dates:
        return []
    head = re.split(DATE_PATTERN, to_simplified(dates[-1]))[0].strip(" ()（）")
    return [head] if head and iss.looks_like_issuer(re.sub(r"\s+", "", head)) else []


_BODY_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年")


def _year_before_signing(content: str, signed: str | None) -> int | None:
    """"过去一年……" with no year in the title or the first sentence, signed early in 2025, the body's dates in
    2024: the year before the signing, when the body names it more often than any other year."""
    if not signed or int(signed[5:7]) > 6:
        return None
    counts: dict[int, int] = {}
    for m in _BODY_YEAR.finditer(content):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    before = int(signed[:4]) - 1
    return before if counts and counts.get(before, 0) == max(counts.values()) else None


def _year(stitle: str, content: str, opening: str) -> int | None:
    """Report year: from the title, else from "现将……2023年度……报告如下", else from the first sentence."""
    candidates = []
    if stitle:
        candidates.append(_YEAR.search(stitle))
    candidates.append(_FORMULA_YEAR.search(content[:3000]))
    candidates.append(_OPENING_YEAR.match(opening))
    for m in candidates:
        if m:
            y = cn_int(m.group(1))
            if y and 1990 <= y <= 2100:
                return y
    return None

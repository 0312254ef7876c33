"""Metadata of a report: who issued it, for which year, when signed and published, what kind.

Unknown values stay None: a checker that guesses an issuer or a year would
judge deadlines against the wrong facts.
"""
from __future__ import annotations

import re

from .model import ANNUAL_REPORT, Metadata, Paragraph, RawDocument, Section
from .normalize import to_simplified

_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_NUM.update({"零": 0, "○": 0, "Ｏ": 0, "O": 0})

# Issuer type by the name's tail, most specific first (a 公安局 is not a 人民政府).
ISSUER_TYPES = (
    ("公安", r"公安(局|厅|部|分局)$"),
    ("司法", r"司法(局|厅|部|所)$"),
    ("市场监管", r"市场监督管理(局|厅|总局)$|市场监管局$"),
    ("生态环境", r"生态环境(局|厅|部)$"),
    ("交通运输", r"交通运输(局|厅|部)$"),
    ("自然资源", r"自然资源(局|厅|部)$|自然资源和规划局$"),
    ("住房城乡建设", r"住房和城乡建设(局|厅|部)$"),
    ("税务", r"税务(局|总局)$"),
    ("应急管理", r"应急管理(局|厅|部)$"),
    ("卫生健康", r"卫生健康(局|委员会|委)$"),
    ("教育", r"教育(局|厅|部)$|教育体育局$"),
    ("人力资源社会保障", r"人力资源和社会保障(局|厅|部)$"),
    ("财政", r"财政(局|厅|部)$"),
    ("民政", r"民政(局|厅|部)$"),
    ("农业农村", r"农业农村(局|厅|部)$"),
    ("水利", r"水利(局|厅|部)$|水务局$"),
    ("商务", r"商务(局|厅|部)$"),
    ("文化旅游", r"文化(广电)?和?旅游(体育)?(局|厅|部)$"),
    ("政府办", r"人民政府办公(室|厅)$|政府办$"),
    ("人民政府", r"人民政府$|街道办事处$|管委会$|管理委员会$"),
)
_PROVINCE = re.compile(r"^(.{2,3}?省|.{2,8}?自治区|北京市|天津市|上海市|重庆市)")
_MUNICIPALITY = ("北京市", "天津市", "上海市", "重庆市")
# Each unit's name may not contain a lower unit's suffix: "示例县市场监督管理局"
# is a county body, not a city called "示例县市".
_CITY = re.compile(r"^([^县区旗镇乡局厅部委办]{2,6}?(?:市|自治州|地区|盟))")
_COUNTY = re.compile(r"^([^市镇乡局厅部委办]{1,8}?(?:自治县|县|区|旗))")
_TOWNSHIP = re.compile(r"^([^市县局厅部委办]{1,8}?(?:镇|乡|街道))")

_TITLE_ISSUER = re.compile(r"^(.+?)(?:关于)?(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年")
_YEAR = re.compile(r"(\d{4}|[〇零○一二三四五六七八九]{4})\s*年度?")
# A date as reports write it, in Arabic or Chinese numerals: 2025年1月27日, 二〇二五年一月二十七日.
DATE_PATTERN = (r"(\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_DATE = re.compile(DATE_PATTERN)
# How the name of a reporting body ends (signature lines, the issuer half of a split title).
ISSUER_TAIL = re.compile(r"(政府|局|厅|部|委员会|委|办公室|办事处|院|中心|管委会|处|所|队|站|署|会|组|司法所|党委|党组)$")


def cn_int(s: str) -> int | None:
    """'2025' / '二〇二五' / '十二' / '二十七' -> int."""
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


def parse_date(s: str) -> str | None:
    m = _DATE.search(s)
    if not m:
        return None
    y, mo, d = (cn_int(g) for g in m.groups())
    if None in (y, mo, d) or not (1 <= mo <= 12 and 1 <= d <= 31) or not (1990 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _span(text: str, paras: list[Paragraph], role: str) -> list[str]:
    return [text[p.start : p.end] for p in paras if p.role == role]


def extract(raw: RawDocument, paras: list[Paragraph], sections: list[Section]) -> Metadata:
    text = raw.text
    md = Metadata()
    title_lines = _span(text, paras, "title")
    title = "".join(t.strip() for t in title_lines) or (raw.meta.get("page_title") or None)
    md.title = title
    md.published_date = raw.meta.get("published_date")
    md.source = raw.meta.get("source")

    dates = _span(text, paras, "date")
    md.signed_date = parse_date(dates[-1]) if dates else None

    sig = _span(text, paras, "signature")
    issuer = _issuer_from_signature(sig)
    stitle = to_simplified(title) if title else ""
    if issuer is None and stitle:
        m = _TITLE_ISSUER.match(stitle)
        if m and _looks_like_issuer(m.group(1)):
            issuer = m.group(1).strip()
    if issuer and _placeholder(issuer):
        issuer = None  # 范文 templates: "某县", "xx镇"
    # The issuer is an identifier (compared across years and counties): simplified.
    md.issuer = to_simplified(issuer) if issuer else None
    if issuer:
        simp = md.issuer
        md.issuer_type = next((name for name, rx in ISSUER_TYPES if re.search(rx, simp)), None)
        md.level, md.region = _level_region(simp)

    md.year = _year(stitle, text, paras)
    md.document_type = classify(stitle, to_simplified(text), sections)
    return md


def _issuer_from_signature(lines: list[str]) -> str | None:
    lines = [re.sub(r"\s+", "", s) for s in lines]
    # Joint issuers ("中共示例县委" + "示例县人民政府"): the government is the reporting body.
    gov = [s for s in lines if s.endswith(("人民政府", "办事处"))]
    if gov:
        return gov[-1]
    return lines[-1] if lines else None


def _looks_like_issuer(s: str) -> bool:
    s = s.strip()
    return 2 <= len(s) <= 30 and bool(ISSUER_TAIL.search(s))


def _placeholder(s: str) -> bool:
    return bool(re.search(r"某|[xX×＊*]{1,2}[县市区镇乡局]|^[xX]+|\*", s))


def _level_region(name: str) -> tuple[str | None, str | None]:
    """Administrative level and region from the issuer's name alone.

    The lowest unit named decides: 重庆市长寿区司法局 -> county, 重庆市长寿区.
    A county-level city (县级市) cannot be told from a prefecture city by its
    name; it is reported as city.
    """
    if name.startswith("中共"):
        name = name[2:]
    level, region, rest = None, "", name
    prov = _PROVINCE.match(rest)
    if prov:
        level, region, rest = "province", prov.group(1), rest[prov.end():]
    if not (prov and prov.group(1) in _MUNICIPALITY):
        m = _CITY.match(rest)
        if m:
            level, region, rest = "city", region + m.group(1), rest[m.end():]
    for rx, lv in ((_COUNTY, "county"), (_TOWNSHIP, "township")):
        m = rx.match(rest)
        if m:
            level, region, rest = lv, region + m.group(1), rest[m.end():]
    return level, region or None


def _year(stitle: str, text: str, paras: list[Paragraph]) -> int | None:
    """Report year: from the title, else from the opening of the preamble."""
    if stitle:
        m = _YEAR.search(stitle)
        if m:
            return cn_int(m.group(1))
    for p in paras:
        if p.role in ("preamble", "heading", "body"):
            head = to_simplified(text[p.start : min(p.end, p.start + 40)])
            m = re.match(r"^\D{0,6}?(\d{4})\s*年(?!\d{1,2}月\d)", head)
            if m:
                return int(m.group(1))
            break
    return None


_TYPE_TITLE = (
    ("info_disclosure_report", r"政府信息公开(工作)?(年度)?报告"),
    ("interpretation", r"解读"),
    ("work_plan", r"工作要点|工作计划|工作安排|任务分工"),
    ("implementation_plan", r"实施方案|实施意见|行动方案|工作方案"),
)


def classify(stitle: str, stext: str, sections: list[Section]) -> str | None:
    """Document type from the title, else from the opening and the outline."""
    if stitle:
        for name, rx in _TYPE_TITLE:
            if re.search(rx, stitle):
                return name
        if re.search(r"法治(政府)?建设", stitle) and re.search(r"报告|情况|总结", stitle):
            return ANNUAL_REPORT
    head = stext[:600]
    if re.search(r"政府信息公开(工作)?年度报告", head) or _info_disclosure_outline(sections):
        return "info_disclosure_report"
    if re.search(r"法治(政府|公安)?建设.{0,20}(情况|工作)?报告如下", head):
        return ANNUAL_REPORT
    tops = " ".join(to_simplified(s.title) for s in sections)
    if re.search(r"不足|问题", tops) and re.search(r"下一|工作安排|打算|计划", tops) and "法治" in stext[:2000]:
        return ANNUAL_REPORT
    if stitle and re.search(r"报告|总结", stitle):
        return "work_summary"
    return None


def _info_disclosure_outline(sections: list[Section]) -> bool:
    titles = " ".join(to_simplified(s.title) for s in sections)
    return "主动公开政府信息情况" in titles or "收到和处理政府信息公开申请情况" in titles

"""Who issued a report: from the signature, the title or the first sentence; its type, level and region.

Never from the breadcrumb, the addressee or the 来源 line (those are other
bodies). A title that names only a place ("三河镇2024年法治政府建设年度报告")
stands for that place's government. Joint issuers ("中共枫林市委 枫林市人民政府")
report through the government. Vertical systems carry a national prefix
("国家税务总局枫林市税务局") that says nothing about the level.
"""
from __future__ import annotations

import re

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
# The line under the issuer line(s) of a split title: "关于……", "2024年……", or a second name with 关于.
TITLE_AFTER_ISSUER = re.compile(r"^(?:关于|\d{4}\s*年|[〇一二]{4}年|[^，。,]{2,25}?(?:人民政府|政府|委员会|委|局|办事处)关于)")
# How the name of a reporting body ends (signature lines, the issuer half of a split title).
ISSUER_TAIL = re.compile(r"(政府|局|厅|部|委员会|委|办公室|办事处|院|中心|管委会|处|所|队|站|署|会|组|司法所|党委|党组)$")

_PROVINCE = re.compile(r"^(.{2,3}?省|.{2,8}?自治区|北京市|天津市|上海市|重庆市)")
_MUNICIPALITY = ("北京市", "天津市", "上海市", "重庆市")
# Each unit's name may not contain a lower unit's suffix: "示例县市场监督管理局"
# is a county body, not a city called "示例县市".
_CITY = re.compile(r"^([^县区旗镇乡局厅部委办]{2,6}?(?:市|自治州|地区|盟))")
_COUNTY = re.compile(r"^([^市镇乡局厅部委办和]{1,8}?(?:自治县|县|区|旗))")
# "城乡"/"城镇" in a department's name (住房和城乡建设局) are not a township.
_TOWNSHIP = re.compile(r"^([^市县局厅部委办和]{1,8}?(?:(?<!城)镇|(?<!城)乡|街道))")
# A city department's branch named after a county: 广州市公安局增城区分局, 松川市生态环境局青石分局.
_BRANCH = re.compile(r"(?:局|厅)([^局厅部委办]{2,8}?)分局$")
# National prefixes of vertically managed systems; the level is in what follows.
_VERTICAL = re.compile(r"^(?:国家税务总局|国家金融监督管理总局|中国人民银行|国家外汇管理局|中国证券监督管理委员会|海关总署|"
                       r"国家统计局|国家消防救援局|国家邮政局|中国气象局|国家烟草专卖局|国家药品监督管理局|国家矿山安全监察局)")
_SUPERVISION = re.compile(r"^([^市县区局]{2,6}?)(监管局|监管分局|监管支局)$")
_SUPERVISION_LEVEL = {"监管局": "province", "监管分局": "city", "监管支局": "county"}
_PLACE = re.compile(r"(?:省|自治区|市|自治州|地区|盟|县|区|旗|镇|乡|街道)$")
_YEAR = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年"
_TITLE_ISSUER = re.compile(rf"^(?:关于)?(.+?)(?:关于)?(?:{_YEAR}|推进法治|法治)")
_TITLE_AFTER_YEAR = re.compile(rf"^(?:关于)?{_YEAR}度?(.+?)(?:推进)?法治")
_OPENING = re.compile(
    rf"^(?:{_YEAR}(?:度|以来)?|今年以来|一年来|过去一年)?[,，]?\s*"
    r"([^,，。;；:：\s“”《》]{2,30}?(?:人民政府|政府|局|厅|部|总署|委员会|办公室|办事处|管委会|司法所|街道|镇|乡|县|市|区))"
    r"(?=在|坚持|认真|深入|以|全面|紧紧|始终|持续|聚焦|围绕|严格|按照|积极|切实|不断|高度|把|将|紧扣|牢牢|立足|着力|"
    r"主动|扎实|进一步|全力|大力|强化|加强|紧密|统筹|根据|贯彻|落实|锚定|扛牢)")
_BARE_UNIT = re.compile(r"^(省|自治区|市|州|县|区|旗|镇|乡|街道)(?!场|级|直|属|内|外|民|委书记)(?:人民政府|政府|委|[\u4e00-\u9fff]{1,10}?"
                        r"(?:局|厅|委员会|办公室|办事处))$")
_BARE_LEVEL = {"省": "province", "自治区": "province", "市": "city", "州": "city", "县": "county", "区": "county",
               "旗": "county", "镇": "township", "乡": "township", "街道": "township"}
# Central bodies opening their own report ("2022年，司法部坚持……"): a name without a place.
_CENTRAL = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}部|国家[\u4e00-\u9fff]{2,12}(?:局|总局|委员会)|海关总署|国务院[\u4e00-\u9fff]{2,10})$")
_PLACEHOLDER = re.compile(r"某|[xX×＊*]{1,3}[省市县区镇乡局]|^[xX]+|\*")


def placeholder(s: str) -> bool:
    return bool(_PLACEHOLDER.search(s))


def looks_like_issuer(s: str) -> bool:
    s = s.strip()
    return 2 <= len(s) <= 30 and bool(ISSUER_TAIL.search(s)) and not re.search(r"[,，。;；:：“”《》]", s)


def _government(parts: list[str]) -> str | None:
    """Joint issuers ("中共示例县委" + "示例县人民政府"): the government is the reporting body."""
    gov = [s for s in parts if s.endswith(("人民政府", "办事处"))]
    if gov:
        return gov[-1]
    named = [s for s in parts if looks_like_issuer(s)]
    return named[-1] if named else None


def _split_joint(s: str) -> list[str]:
    parts = [x for x in re.split(r"[\s、,，]+", s.strip()) if x]
    out = []
    for x in parts:
        # "中共枫林市委枫林市人民政府" (the space lost): the party committee, then the government.
        m = re.fullmatch(r"(中共.{2,12}?委)(.{2,12}?(?:人民政府|政府))", x)
        out += [m.group(1), m.group(2)] if m else [x]
    return out


def from_signature(lines: list[str]) -> str | None:
    parts = [x for s in lines for x in _split_joint(s)]
    return _government(parts)


def _place_government(place: str) -> str | None:
    """"三河镇" -> "三河镇人民政府": a title naming only a place is that place's government's report."""
    place = place.strip()
    if not (2 <= len(place) <= 20 and _PLACE.search(place)) or level_region(place)[0] is None:
        return None
    return place + ("办事处" if place.endswith("街道") else "人民政府")


def from_title(stitle: str) -> str | None:
    for rx in (_TITLE_AFTER_YEAR, _TITLE_ISSUER):
        m = rx.match(stitle)
        if not m or re.search(r"\d|年", m.group(1)):
            continue
        cand = m.group(1).strip()
        # "枫林市人民政府办公室关于印发《枫林市2025年……》的通知": the issuer ends where 关于 begins.
        cand = cand.split("关于", 1)[0].strip() or cand
        parts = _split_joint(cand)
        if len(parts) > 1:
            found = _government(parts)
            if found:
                return found
        if looks_like_issuer(cand):
            return cand
        gov = _place_government(cand)
        if gov:
            return gov
    return None


def from_opening(sentence: str) -> str | None:
    """"2024年，青石县公安局坚持……" -> 青石县公安局 (never "我局", "县政府": no place, no name)."""
    m = _OPENING.match(sentence.strip())
    if not m:
        return None
    name = m.group(1)
    if _CENTRAL.match(name) and not name.startswith(("我", "本", "该")):
        return name
    if level_region(name)[0] is None or name[0] in "省市县区镇乡":
        return None  # "县政府", "我局": not a name
    return name if ISSUER_TAIL.search(name) else _place_government(name)


def issuer_type(name: str) -> str | None:
    return next((t for t, rx in ISSUER_TYPES if re.search(rx, name)), None)


def level_region(name: str) -> tuple[str | None, str | None]:
    """Administrative level and region from the issuer's name alone.

    The lowest unit named decides: 重庆市长寿区司法局 -> county, 重庆市长寿区.
    A county-level city (县级市) cannot be told from a prefecture city by its
    name; it is reported as city.
    """
    if name.startswith("中共"):
        name = name[2:]
    vertical = _VERTICAL.match(name)
    name = _VERTICAL.sub("", name)
    if vertical:  # 国家金融监督管理总局枫林监管分局: the branch word says the level when the place has no 市
        m = _SUPERVISION.match(name)
        if m:
            return _SUPERVISION_LEVEL[m.group(2)], m.group(1)
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
    branch = _BRANCH.search(rest) if level == "city" else None
    if branch:
        level, region = "county", region + branch.group(1)
    if level is None:
        # "省人民政府关于……" (the province left unnamed): the unit word still says the level.
        m = _BARE_UNIT.match(name)
        if m:
            level = _BARE_LEVEL[m.group(1)]
    return level, region or None

"""What kind of document this is: a 法治政府建设年度报告, or a look-alike that must fail doc.type.

Look-alikes share the report's headings and vocabulary: 政府信息公开工作年度报告
(whose last part is also "其他需要报告的事项"), 工作要点/实施方案 (also printed
inside a 通知 or behind a 发文字号 cover), 政策解读 of a report, news about a
meeting that heard one, research papers about the reporting system, 范文 with
placeholders (某县, xx市, 20xx年, ****年), 职责清单, one leader's 述职/述法 report and
a report on rectifying 督察 findings (整改情况的报告). The title decides when it
names a genre; otherwise the body does (the "现将……报告如下" formula, the five
mandated items, a notice formula, a paper's abstract). ``None`` only when
nothing in the text gives a clue. Every decision carries a reason in Chinese.
"""
from __future__ import annotations

import re

from .model import ANNUAL_REPORT, Section
from .normalize import to_simplified

_PLACEHOLDER = re.compile(r"某(?:省|市|县|区|镇|乡|街道)|[xX×＊*]{1,3}(?:省|市|县|区|镇|乡|街道|局)|(?:20|19)[xX×＊*]{2}\s*年|"
                          r"[＊*]{4}\s*年|[xX×]{2,4}\s*年|[xX×]{1,2}\s*月\s*[xX×]{1,2}\s*日")
_STRONG_PLACEHOLDER = re.compile(r"(?:20|19)[xX×＊*]{2}\s*年|[＊*]{4}\s*年|[xX×]{2}(?:省|市|县|区|镇|乡|局)")
_NEWS_TITLE = re.compile(r"召开|举行|听取|审议|主持|会议强调|会议指出|会议要求")
_PAPER_TITLE = re.compile(r"^论|研究$|研究[—-]|探析|浅析|浅谈|探讨|刍议|思考|实证(?:分析|研究)|对策|路径|困境")
_REPORT_END = re.compile(r"(?:报告|情况|总结)$")
_SUMMARY_AND_PLAN = re.compile(r"(?:报告|总结|情况)(?:和|及|暨|与|以及).{0,20}(?:计划|安排|打算|要点|思路)$")
_ANNUAL_TITLE = re.compile(r"法治(?:政府)?(?:部门)?(?:建设)|依法行政|依法治(?:省|市|州|县|区|旗|镇|乡)")
_FORMULA = re.compile(r"(?:现将|现就|特将|兹将|今将)[^。]{0,80}?(?:报告|汇报)如下")
_NOTICE_PLAN = re.compile(r"(?:现将|将)《[^》]{2,60}?(工作要点|工作计划|工作安排|任务分工|实施方案|实施意见|行动方案|工作方案|"
                          r"职责清单|责任清单)》[^。]{0,10}?印发")
# News opens with a dateline and reports what a meeting said; a report may mention meetings too, never so.
_NEWS_LEAD = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日[,，]|本报讯|[^。]{0,12}(?:记者|通讯员))")
_NEWS_SAID = re.compile(r"会议(?:指出|强调|要求|认为)")
_NEWS_HEARD = re.compile(r"(?:召开|举行)[^。]{0,30}会议|会议(?:听取|审议)")
_PAPER_BODY = (re.compile(r"摘\s*要[:：]"), re.compile(r"关键词[:：]"), re.compile(r"参考文献"), re.compile(r"作者简介|基金项目"),
               re.compile(r"\[\d+\]"))
_ITEMS = (("主要举措和成效", re.compile(r"举措|成效|成绩|做法|工作情况|开展情况")),
          ("存在的不足", re.compile(r"不足|问题|短板")),
          ("第一责任人职责", re.compile(r"第一责任人|主要负责人")),
          ("下一年度安排", re.compile(r"下一|明年|打算|思路|\d{4}年.{0,12}(?:安排|计划|重点)|工作安排")),
          ("其他需要报告的情况", re.compile(r"其他需要报告")))
# A level-1 heading in the mandated wording ("一、2022年推进法治政府建设的主要举措和成效") is a report's.
_ITEM_HEADING = re.compile(r"法治(?:政府)?建设.{0,10}(?:举措|措施|成效|做法|工作情况|开展情况|基本情况|总体情况)|"
                           r"第一责任人职责(?:的)?(?:情况)?$")
# A report opens by looking back on its year: "2024年，青石县公安局坚持……"; plans and notices look ahead.
_LOOKS_BACK = re.compile(r"^\s*(?:\d{4}|[〇一二三四五六七八九]{4})\s*年(?:度|以来)?[，,]")
_LOOKS_AHEAD = re.compile(r"制定本|本(?:方案|要点|计划)|总体要求|工作目标|目标任务|责任单位|牵头单位|印发给你们|通知如下|"
                          r"请[^。]{0,10}(?:贯彻|落实|执行)")
_INFO_OUTLINE = re.compile(r"主动公开政府信息情况|收到和处理政府信息公开申请|政府信息公开行政复议|政府信息公开工作.{0,4}情况")


def _plan(kind: str) -> str:
    if kind in ("职责清单", "责任清单"):
        return "duty_list"
    return "implementation_plan" if ("方案" in kind or "意见" in kind) else "work_plan"


def by_title(t: str) -> tuple[str, str] | None:
    """Genre named by a (simplified, cleaned) title; None when the title does not say."""
    q = f"标题为“{t}”"
    if re.search(r"解读|图解|一图读懂", t):
        return "interpretation", f"{q}，是对文件的解读，不是报告本身"
    if "政府信息公开" in t and re.search(r"报告|年报", t):
        return "info_disclosure_report", f"{q}，是政府信息公开工作年度报告"
    m = re.search(r"印发(.+?)的?通知$", t)
    if m:
        inner = by_title(m.group(1).strip("《》\u201c\u201d\"")) or _by_head(m.group(1))
        if inner:
            return inner[0], f"{q}，是印发{m.group(1)}的通知"
    if re.search(r"述职|述法报告|述责|述廉", t):
        return "personal_report", f"{q}，是个人述职（述法）报告，不是机关的法治政府建设年度报告"
    if re.search(r"整改", t) and re.search(r"报告|情况", t):
        return "rectification_report", f"{q}，是督察（巡视、审计）反馈问题的整改情况报告，不是年度报告"
    if _NEWS_TITLE.search(t):
        return "news", f"{q}，是会议新闻报道"
    if re.search(r"(?:通知|函|通报|指引|办法|规定|细则|决定|批复|公告|通告|纪要)$", t):
        return "notice", f"{q}，是通知、指引等其他公文，不是报告本身"
    if _PAPER_TITLE.search(t):
        return "paper", f"{q}，是研究文章"
    # "……工作总结及2025年工作计划" reports the year first; its plan is the report's fourth item.
    if not _REPORT_END.search(t) and not _SUMMARY_AND_PLAN.search(t):
        head = _by_head(t)
        if head:
            return head[0], f"{q}，{head[1]}"
    if _ANNUAL_TITLE.search(t) and re.search(r"报告|情况|总结", t):
        return ANNUAL_REPORT, f"{q}"
    if re.search(r"总结$|工作报告$", t):
        return "work_summary", f"{q}，是其他工作总结或报告"
    return None


def _by_head(t: str) -> tuple[str, str] | None:
    if re.search(r"职责清单|权责清单|责任清单|清单$", t):
        return "duty_list", "是职责清单"
    m = re.search(r"工作要点|要点$|工作计划|计划$|工作安排|安排$|任务分工", t)
    if m:
        return "work_plan", "是工作要点或计划（安排下一步工作，不报告已做的工作）"
    m = re.search(r"实施方案|实施意见|行动方案|工作方案|方案$|意见$", t)
    if m:
        return "implementation_plan", "是实施方案或实施意见"
    return None


def _placeholders(front: str, content: str) -> str | None:
    m = _PLACEHOLDER.search(front)
    if m:
        return m.group()
    found = _STRONG_PLACEHOLDER.findall(content)
    return found[0] if len(found) >= 2 else None


def classify(title: str, front: str, content: str, sections: list[Section]) -> tuple[str | None, str | None]:
    """(document type, reason). ``title``: simplified title; ``front``: title, signature and date lines
    plus the opening of the text; ``content``: simplified report text without furniture."""
    ph = _placeholders(front, content)
    if ph:
        return "template", f"含有占位符“{ph}”，是范文或模板，不是某一机关的报告"
    if title:
        got = by_title(title)
        if got:
            return got
    head = content[:1500]
    if _info_outline(sections) or re.search(r"政府信息公开(?:工作)?年度报告", head[:600]):
        return "info_disclosure_report", "章节是政府信息公开工作年度报告的固定结构（主动公开政府信息情况等）"
    m = _NOTICE_PLAN.search(head)
    if m:
        return _plan(m.group(1)), f"正文是印发《……{m.group(1)}》的通知"
    formula = _FORMULA.search(head)
    said, heard = _NEWS_SAID.search(head), _NEWS_HEARD.search(head)
    if not formula and ((_NEWS_LEAD.match(head) and (said or heard)) or (said and heard)):
        return "news", "正文是会议新闻报道（会议听取或审议报告），不是报告本身"
    if sum(1 for rx in _PAPER_BODY if rx.search(content)) >= 2:
        return "paper", "正文有摘要、关键词或参考文献，是研究文章"
    if re.search(r"解读(?:机关|单位|人)[:：]|起草背景|一图读懂", head):
        return "interpretation", "正文是政策解读"
    if formula and "法治" in head[: formula.end() + 200]:
        return ANNUAL_REPORT, f"正文有“{formula.group()[:40]}”"
    items = _items(sections)
    if len(items) >= 2 and content.count("法治") >= 3:
        return ANNUAL_REPORT, f"章节包含年度报告的必备内容（{'、'.join(items)}）"
    named = next((s.title for s in sections if _ITEM_HEADING.search(to_simplified(s.title))), None)
    if named:
        return ANNUAL_REPORT, f"一级标题“{named}”是年度报告规定的内容"
    opening = next((ln for ln in head.split("\n")[:2] if _LOOKS_BACK.match(ln)), None)  # after an addressee too
    if opening and re.search(r"法治(?:政府)?建设", opening[:300]) and not _LOOKS_AHEAD.search(head[:800]):
        return ANNUAL_REPORT, "正文开头回顾本年度法治政府建设工作"
    if len(re.findall(r"责任单位|牵头单位", content)) >= 2:
        return "work_plan", "正文逐项列出“责任单位”，是工作要点或计划"
    if title and re.search(r"报告|总结", title):
        return "work_summary", f"标题为“{title}”，不是法治政府建设年度报告"
    return None, None


def _info_outline(sections: list[Section]) -> bool:
    titles = " ".join(to_simplified(s.title) for s in sections)
    return len(_INFO_OUTLINE.findall(titles)) >= 2 or "主动公开政府信息情况" in titles


def _items(sections: list[Section]) -> list[str]:
    titles = [to_simplified(sub.title) for top in sections for sub in top.walk()]
    return [name for name, rx in _ITEMS if any(rx.search(t) for t in titles)]

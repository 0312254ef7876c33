"""One vocabulary for every output: terminal, HTML, Excel, Word comments and notebooks.

A finding's verdict code (pass/warn/fail/skip) is shown as one of six words:

    通过  提示  缺失  逾期  不符合  跳过

``fail`` depends on what failed: a content item is 缺失 (missing), a deadline is
逾期 (late), a layout rule or the document type is 不符合 (does not conform).
Everything here is plain data and small functions; nothing heavy is imported.
"""
from __future__ import annotations

import bisect
import unicodedata
from typing import Iterable

VERDICT_LABEL = {"pass": "通过", "warn": "提示", "fail": "缺失", "skip": "跳过"}
VERDICT_MARK = {"pass": "✓", "warn": "!", "fail": "✗", "skip": "-"}
COVERAGE_LABEL = {"heading": "有专门章节", "body": "正文提及", "declared_absent": "自述未开展", "none": "未找到"}
SEVERITY_LABEL = {"mandatory": "必备", "recommended": "建议", "info": "参考"}
LEVEL_LABEL = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇级"}
FORMAT_LABEL = {"docx": "Word", "html": "网页", "htm": "网页", "pdf": "PDF", "txt": "文本", "md": "文本"}
CHANGE_LABEL = {"gained": "改进", "lost": "退步"}
YES_NO = {True: "是", False: "否"}

# The six words, in the order a reader wants them (problems first), and the colour family of each.
LABELS = ("缺失", "逾期", "不符合", "提示", "通过", "跳过")
SUMMARY_ORDER = ("通过", "提示", "缺失", "逾期", "不符合", "跳过")
LABEL_VERDICT = {"通过": "pass", "提示": "warn", "缺失": "fail", "逾期": "fail", "不符合": "fail", "跳过": "skip"}
# Fill colours (Excel, notebooks, HTML badges): green, amber, red, grey.
FILL = {"pass": "#DAFBE1", "warn": "#FFF8C5", "fail": "#FFEBE9", "skip": "#EAEEF2"}
INK = {"pass": "#1A7F37", "warn": "#9A6700", "fail": "#CF222E", "skip": "#57606A"}

_FAIL_BY_GROUP = {"timing": "逾期", "layout": "不符合", "doc": "不符合"}

# Short Chinese names of the bundled rules, for chart axes and matrix headers (full titles are in the packs).
SHORT_TITLES = {
    "doc.type": "文件类型",
    "content.measures": "主要举措和成效",
    "content.shortcomings": "不足和原因",
    "content.first_responsibility": "第一责任人职责",
    "content.next_year": "下一年度安排",
    "content.other": "其他需要报告的情况",
    "timing.report_deadline": "按期报送",
    "timing.publication_deadline": "按期公开",
    "gangyao.functions": "纲要·政府职能",
    "gangyao.institutions": "纲要·依法行政制度",
    "gangyao.decisions": "纲要·行政决策",
    "gangyao.enforcement": "纲要·行政执法",
    "gangyao.emergency": "纲要·突发事件应对",
    "gangyao.disputes": "纲要·矛盾纠纷化解",
    "gangyao.supervision": "纲要·权力制约监督",
    "gangyao.digital": "纲要·数字法治政府",
    "gangyao.leadership": "纲要·党的领导",
    "decision.catalog": "重大决策事项目录",
    "decision.procedures": "重大决策法定程序",
    "normative.review": "规范性文件审核备案",
    "enforcement.three_systems": "执法三项制度",
    "review.reconsideration_litigation": "复议应诉数据",
    "review.head_in_court": "负责人出庭应诉",
    "counsel.legal_adviser": "法律顾问、公职律师",
    "pufa.responsibility": "谁执法谁普法",
    "shufa.report": "主要负责人述法",
    "police.standardization": "公安执法规范化",
    "police.quality_evaluation": "执法质量考评",
    "police.qualification_exam": "执法资格考试",
    "police.case_review": "案件法制审核",
    "layout.page": "纸张 A4",
    "layout.margins": "页边距",
    "layout.title_font": "标题字体",
    "layout.body_font": "正文字体",
    "layout.heading_fonts": "各级标题字体",
    "layout.line_pitch": "行距",
    "layout.page_numbers": "页码",
    "layout.date_format": "成文日期写法",
}


def group_of(rule_id: str) -> str:
    return rule_id.split(".", 1)[0]


def label(verdict: str | None, rule_id: str = "", group: str | None = None) -> str:
    """The word for a verdict of a rule: 通过/提示/缺失/逾期/不符合/跳过 ("" for no verdict)."""
    if verdict not in VERDICT_LABEL:
        return ""
    if verdict == "fail":
        return _FAIL_BY_GROUP.get(group or group_of(rule_id), "缺失")
    return VERDICT_LABEL[verdict]


def verdict_label(f) -> str:
    """The word for a Finding."""
    return label(f.verdict, f.rule, f.group or None)


def verdict_text(f) -> str:
    """Mark and word, e.g. ``✗ 缺失``."""
    return f"{VERDICT_MARK[f.verdict]} {verdict_label(f)}"


def coverage_label(f) -> str:
    """Coverage speaks of where content was found; dates, layout and type have none to speak of."""
    return "" if (f.group or group_of(f.rule)) in ("timing", "layout", "doc") else COVERAGE_LABEL[f.coverage]


def fix_label(f) -> str:
    """What the guidance line is called: what to add, or what to change."""
    group = f.group or group_of(f.rule)
    if group in ("layout", "timing"):
        return "修改建议"
    return "说明" if group == "doc" else "应补充"


def short_title(rule_id: str, title: str | None = None, width: int = 12) -> str:
    """A short Chinese label for a rule: the known short name, else the title's first clause."""
    if rule_id in SHORT_TITLES:
        return SHORT_TITLES[rule_id]
    if not title:
        return rule_id
    head = title
    for sep in ("，", "（", "(", "、", ","):
        head = head.split(sep)[0]
    head = head or title
    return head if len(head) <= width else head[: width - 1] + "…"


def label_counts(findings: Iterable) -> dict[str, int]:
    """How many findings carry each of the six words (all six keys, in ``SUMMARY_ORDER``)."""
    counts = {k: 0 for k in SUMMARY_ORDER}
    for f in findings:
        counts[verdict_label(f)] += 1
    return counts


def summary_line(result) -> str:
    """``小结：通过 21 项，提示 6 项，缺失 1 项（其中必备项 1 项），…，跳过 5 项。`` (words with a zero count are left out,
    except 通过 and 跳过)."""
    c = label_counts(result.findings)
    mandatory = sum(1 for f in result.findings if f.verdict == "fail" and f.severity == "mandatory")
    parts = []
    for k in SUMMARY_ORDER:
        if c[k] or k in ("通过", "提示", "跳过"):
            parts.append(f"{k} {c[k]} 项")
    head = "，".join(parts)
    return f"小结：{head}；必备项问题 {mandatory} 项。"


def quote(text: str, limit: int = 60, cut: bool = False) -> str:
    """A quote for display: one line, at most ``limit`` characters, ending in "…" when shortened.

    ``cut``: the text is itself a piece of a longer passage (the checker shortened it), so it
    ends in "…" even when it fits.
    """
    s = " ".join(text.split())
    if len(s) > limit:
        return s[: limit - 1].rstrip("，、；：,;: ") + "…"
    if cut and s and s[-1] not in "。！？；…”）)":
        return s + "…"
    return s


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: two for a Chinese (wide) character, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


# -- where a quote is, in words ---------------------------------------------------------

_OUTSIDE = {"title": "标题", "addressee": "主送机关", "signature": "落款", "date": "落款（日期）",
            "closing": "结尾", "trailer": "文末"}


def location(doc, offset: int) -> str:
    """Where ``offset`` is, as a person finds it: ``三、… > （三）… 第 2 段``, ``标题``, ``落款``, ``开头第 1 段``.

    Character offsets stay in the JSON output; this is for people.
    """
    paras = doc.paragraphs
    i = bisect.bisect_right([p.start for p in paras], offset) - 1
    para = paras[i] if 0 <= i < len(paras) else None
    if para is not None and para.role in _OUTSIDE:
        return _OUTSIDE[para.role]
    sec = doc.section_at(offset)
    if sec is None:
        if para is not None and para.role == "preamble":
            n = sum(1 for p in paras[: i + 1] if p.role == "preamble")
            return f"开头第 {n} 段"
        return f"全文第 {i + 1} 段" if para is not None else "正文"
    path = " > ".join(sec.path) if sec.path else sec.title
    if sec.start <= offset < sec.heading_end:
        return f"{path}（标题）"
    for k, (s, e) in enumerate(sec.paragraphs, 1):
        if s <= offset < max(e, s + 1):
            return f"{path} 第 {k} 段"
    return path


def evidence_quote(doc, e, limit: int = 10 ** 6) -> str:
    """An Evidence's quote for display: ends in "…" when it stops mid-sentence before its paragraph does."""
    return quote(e.quote, limit, evidence_quote_cut(doc, e))


def evidence_quote_cut(doc, e) -> bool:
    """Does the quote stop before its paragraph does? (A batch digest knows without the text: digest.py.)"""
    if hasattr(doc, "places"):
        return doc.place(e)[1]
    paras = getattr(doc, "paragraphs", None) or []
    i = bisect.bisect_right([p.start for p in paras], e.start) - 1
    return 0 <= i < len(paras) and e.end < paras[i].end


def evidence_location(doc, e) -> str:
    """``location`` for an Evidence, falling back on its section path when the document has no paragraphs."""
    if hasattr(doc, "places"):
        return doc.place(e)[0]
    if getattr(doc, "paragraphs", None):
        return location(doc, e.start)
    return e.section or "正文"

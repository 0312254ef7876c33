"""Recover the section tree of a report from its paragraphs.

Heading candidates come from ``markers`` (numbering, sibling sequences, Word
styles and numbering, formatted leads). Levels come from the order in which
marker kinds appear (a stack, as in Markdown), so a report that skips （一）
and goes straight to 1. still nests correctly. Declared levels (Word heading
styles, outline levels) rank above every typed marker and win where present.

Paragraphs the line-role pass marked as furniture (``RawParagraph.role``) are
left out of the report: they are neither title nor heading nor body. Around the
headings: one to three title lines (printed twice, or split issuer / 关于……),
an addressee, the preamble; at the end the closing, the signature block and
whatever follows it (trailers, related links), which never displaces the date.
"""
from __future__ import annotations

import re

from .markers import Heading, demote_lone_lists, headings, keep_bold, keep_sequences
from .metadata import DATE_PATTERN, ISSUER_TAIL, TITLE_AFTER_ISSUER
from .model import Paragraph, RawDocument, Section
from .normalize import NormText

# A signature date in words or in figures ("2025年2月8日", "2025.2.8", "2025-02-08").
_ANY_DATE = rf"(?:{DATE_PATTERN}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
_DATE_LINE = re.compile(rf"^[(]?{_ANY_DATE}[)]?$")
_SIGNED_LINE = re.compile(rf"^(?P<who>\S{{2,40}}?)\s*{_ANY_DATE}$")
_LINK_TITLE = re.compile(r"报告|目录|情况|(?<!委员)会$|会议|活动|通知|公告|发布")  # "……委员会" signs, "发布会" does not
_SEAL = re.compile(r"^[(（]?(?:盖章|印章|公章|章)[)）]?$")
_CLOSING = re.compile(r"^(综上|总之|特此报告|以上报告|专此报告|以上)")
# 版记 too: "抄送：……。" and "枫林市人民政府办公室　2025年2月19日印发" close the document after its signature.
_TRAILER = re.compile(r"^[(](此件|联系人|本文|附件)|^附件[:\d]|^抄送|^抄报|^联系人|^\S{2,30}\s*\d{4}年\d{1,2}月\d{1,2}日印发$")
_TITLE_WORDS = re.compile(r"报告|情况|总结|要点|方案|意见|计划|安排|年度|清单|解读|通知")
MAX_TAIL_SCAN = 15  # lines after the date that may still be furniture (related links, footers)


def parse(raw: RawDocument, norm: NormText) -> tuple[list[Section], list[Paragraph]]:
    keep = [i for i, p in enumerate(raw.paragraphs) if p.role != "furniture"]
    paras = [raw.paragraphs[i] for i in keep]
    n = len(paras)
    roles = ["body"] * n

    candidates = headings(raw.text, norm, paras)

    end = _mark_back(raw, norm, paras, roles, candidates)
    for i in [i for i in candidates if i >= end]:
        del candidates[i]
    keep_sequences(candidates)
    keep_bold(candidates, raw.text, paras)
    demote_lone_lists(candidates)
    first_heading = min(candidates) if candidates else end
    last_heading = max(candidates) if candidates else -1

    _mark_front(raw, norm, paras, roles, first_heading)
    _mark_closing(raw, norm, paras, roles, last_heading, end)
    for i in candidates:
        if roles[i] in ("body", "preamble"):
            roles[i] = "heading"

    sections = _build(raw, paras, candidates, roles)
    all_roles = ["furniture"] * len(raw.paragraphs)
    for k, i in enumerate(keep):
        all_roles[i] = roles[k]
    return sections, [Paragraph(p.start, p.end, r, p.source_index) for p, r in zip(raw.paragraphs, all_roles)]


_WS = re.compile(r"\s+")


def _plain(norm: NormText, p) -> str:
    ns, ne = norm.norm_span(p.start, p.end)
    return _WS.sub("", norm.text[ns:ne])


class _Plain:
    """``[_plain(norm, p) for p in paras]``, each computed when first read (the passes read lines near the ends)."""

    def __init__(self, norm: NormText, paras):
        self.norm, self.paras, self.done = norm, paras, {}

    def __len__(self) -> int:
        return len(self.paras)

    def __getitem__(self, i: int) -> str:
        if i < 0:
            i += len(self.paras)
        if not 0 <= i < len(self.paras):
            raise IndexError(i)
        if i not in self.done:
            self.done[i] = _plain(self.norm, self.paras[i])
        return self.done[i]


def is_date_line(s: str) -> bool:
    s = re.sub(r"\s+", "", s)
    if _DATE_LINE.match(s):
        return True
    m = _SIGNED_LINE.match(s)  # "青石县公安局2025年1月27日" on one line
    # A related link ends in its date too: "……新闻发布会2024-11-06", "……情况的报告2024-03-27".
    return bool(m and _is_signature_line(m.group("who")) and not _LINK_TITLE.search(m.group("who")))


def _is_signature_line(s: str) -> bool:
    # A name, not a headline: "青石县公安局召开2025年……推进会" ends like one but is a related link.
    return (len(s) <= 40 and not re.search(r"[。,;:]|\d|关于|召开|举行|开展|[“”\"《》]", s)
            and bool(ISSUER_TAIL.search(s)))


def _short(s: str) -> bool:
    return len(s) <= 80 and not (len(s) > 30 and s.endswith("。"))


def _mark_back(raw, norm, paras, roles, candidates) -> int:
    """Signature block (issuer, date) near the end, and what follows it. Returns where the report ends.

    The date is the last date line that closes the text: after it come only short
    lines (trailers, related links, footers), which become trailer or furniture.
    """
    n = len(paras)
    plain = _Plain(norm, paras)
    n = _attachments_at(plain, n)  # "附件：1. …" right after the date, then the attachments themselves
    for k in range(n, len(paras)):
        roles[k] = "trailer"
    j = n - 1
    scanned = 0
    date_at = None
    while j >= 0 and scanned <= MAX_TAIL_SCAN and (_short(plain[j]) or _TRAILER.match(plain[j])):
        if is_date_line(plain[j]) and j not in candidates:
            above = j - 1
            while above > 0 and _SEAL.match(plain[above]):
                above -= 1  # "中共柳溪县委 柳溪县人民政府 / （盖章） / 二〇二六年二月十二日"
            signed = above >= 0 and _is_signature_line(plain[above]) or _SIGNED_LINE.match(plain[j])
            after = range(j + 1, n)
            if signed or all(_TRAILER.match(plain[k]) for k in after):
                date_at = j
                break
        j -= 1
        scanned += 1
    if date_at is None:
        # Signature without a date, after the trailers.
        j = n - 1
        while j >= 0 and _TRAILER.match(plain[j]):
            roles[j] = "trailer"
            j -= 1
        if j >= 0 and j not in candidates and _is_signature_line(plain[j]) and j > 0:
            roles[j] = "signature"
            return j
        return j + 1
    listing = False  # "附件：1. ……" then "2. ……": the attachment list is a trailer too
    for k in range(date_at + 1, n):
        listing = bool(_TRAILER.match(plain[k])) or (listing and bool(re.match(r"\d{1,2}[.．、]", plain[k])))
        roles[k] = "trailer" if listing else "furniture"
    roles[date_at] = "date"
    j, k = date_at - 1, 0
    while j > 0 and _SEAL.match(plain[j]):
        roles[j] = "trailer"
        j -= 1
    while j >= 0 and k < 3 and j not in candidates and _is_signature_line(plain[j]):
        roles[j] = "signature"
        j -= 1
        k += 1
    return j + 1


_ATTACH = re.compile(r"^附件\s*\d{0,2}(?:[:：].*)?$")
MAX_ATTACHED = 400  # lines of attachments (tables, lists) a report may carry after its signature


def _attachments_at(plain, n: int) -> int:
    """Where the attachments begin: the first "附件" line, among the last lines, that follows the signature
    date within four lines; else ``n`` (no attachments)."""
    at = n
    for k in range(n - 1, max(0, n - MAX_ATTACHED) - 1, -1):
        if _ATTACH.match(plain[k]) and any(is_date_line(plain[m]) for m in range(max(0, k - 4), k)):
            at = k
    if at < n:  # the date line itself and what is between stay in the report's back matter
        return at
    return n


def _mark_closing(raw, norm, paras, roles, last_heading, end) -> None:
    j = end - 1
    while j > last_heading and roles[j] in ("body", "preamble") and _CLOSING.match(_plain(norm, paras[j])):
        roles[j] = "closing"
        j -= 1


def _titleish(s: str, declared: bool) -> bool:
    if len(s) > 80 or s.endswith(("。", ":")) or "如下" in s or ("," in s and not declared):
        return False
    return declared or bool(_TITLE_WORDS.search(s))


def _issuer_line(plain: list[str], i: int, stop: int) -> bool:
    """An issuer above "关于……的报告" (joint issuers: one per line, up to three)."""
    j = i
    while j < min(stop, i + 3) and len(plain[j]) <= 40 and ISSUER_TAIL.search(plain[j]) and not plain[j].endswith(":"):
        j += 1
    return j > i and j < stop and bool(TITLE_AFTER_ISSUER.match(plain[j]))


def _mark_front(raw, norm, paras, roles, first_heading) -> None:
    """Title line(s) and an addressee line before the first heading."""
    plain = _Plain(norm, paras[:first_heading])
    i = 0
    while i < min(first_heading, 6):
        s = plain[i]
        declared = paras[i].style_level == 0
        prev = [plain[k] for k in range(i) if roles[k] == "title"]
        issuer_line = _issuer_line(plain, i, first_heading)
        # "……情况的" / "报告": the rest of a title broken over lines.
        continuation = prev and i == len(prev) and len(s) <= 20 and re.match(r"^(的?报告|.{0,12}(报告|情况))$", s)
        repeated = any(s in t or t in s for t in prev) and len(s) >= 6
        plausible = len(s) <= 80 and not s.endswith(("。", ":")) and "如下" not in s
        if (_titleish(s, declared) or (plausible and (issuer_line or continuation or repeated))) \
                and (i == 0 or roles[i - 1] == "title"):
            roles[i] = "title"
            i += 1
            continue
        break
    if i < first_heading and i > 0 and is_date_line(plain[i]):
        roles[i] = "date"  # "（2025年1月27日）" printed under the title
        i += 1
    if i < first_heading:
        s = plain[i]
        if s.endswith(":") and len(s) <= 40 and not re.search(r"[,。;]|如下", s):
            roles[i] = "addressee"
            i += 1
    for j in range(i, first_heading):
        if roles[j] == "body":
            roles[j] = "preamble"


def _build(raw: RawDocument, paras, candidates: dict[int, Heading], roles: list[str]) -> list[Section]:
    text = raw.text
    top: list[Section] = []
    stack: list[tuple[Section, tuple, float]] = []
    for i, p in enumerate(paras):
        h = candidates.get(i)
        if h is not None and roles[i] == "heading":
            same = None
            for k, entry in enumerate(stack):
                if entry[1] == h.kind:
                    same = k
                    break
            if same is not None:
                del stack[same:]
            else:
                while stack and stack[-1][2] >= h.rank:
                    stack.pop()
            # number, title, level, start, end, heading_end, title_start, title_end, marker
            sec = Section(h.numeral, text[h.title_start : h.title_end], len(stack) + 1, p.start, p.end, h.heading_end,
                          h.title_start, h.title_end, h.marker)
            heading_text = text[p.start : h.heading_end]
            if h.marker and (p.style_level or h.auto) and not text[p.start : h.title_start].strip():
                heading_text = h.marker + heading_text  # Word auto-number, not in the text
            sec.path = (stack[-1][0].path if stack else ()) + (heading_text,)
            if h.body_start is not None:
                sec.paragraphs.append((h.body_start, p.end))
            (stack[-1][0].children if stack else top).append(sec)
            stack.append((sec, h.kind, h.rank))
        elif roles[i] == "body" and stack:
            stack[-1][0].paragraphs.append((p.start, p.end))
    for s in top:
        _close(s)
    return top


def _close(s: Section) -> int:
    end = max([s.heading_end] + [e for _, e in s.paragraphs])
    for c in s.children:
        end = max(end, _close(c))
    s.end = end
    return end

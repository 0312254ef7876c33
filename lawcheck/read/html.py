"""Saved government web pages: keep the article, keep 发布日期 and 来源 as metadata.

Pages come with navigation, breadcrumbs, an info line (发布日期 · 来源 · 浏览次数 ·
字号【大 中 小】), scripts, 【打印本页】【关闭窗口】, related links and footers. We
pick the element that holds the most running Chinese text with few links, then
drop the chrome lines that sites put inside the article box as well.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import RawDocument, RawParagraph
from ..normalize import to_simplified

_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "header", "footer",
              "aside", "select", "button", "input", "template", "svg", "object", "embed")
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table",
               "section", "article", "blockquote", "ul", "ol", "dd", "dt", "dl", "center", "pre", "hr"}
_CANDIDATE = re.compile(r"article|content|zoom|trs_?editor|detail|text|main|conten|zw|artibody|view|body|wz|nr",
                        re.I)
# Lines that are page furniture even when they sit inside the article box.
_CHROME_LINE = re.compile(
    r"^(首页\s*[>＞»]|当前位置|您(现在)?的?位置|您所在的位置|发布(日期|时间)[:：]|来源[:：]|信息来源[:：]|文章来源[:：]|"
    r"浏览(次数)?[:：]|阅读(次数)?[:：]|点击(数|量|次数)?[:：]|字号[:：]?|【\s*(打印|关闭|收藏|返回|大\s*中\s*小)|"
    r"\[\s*(打印|关闭)|打印本页|关闭窗口|分享到|扫一扫|上一篇|下一篇|相关链接|相关文章|相关阅读|责任编辑|"
    r"索引号[:：]|发文字号[:：]|主题分类[:：]|体裁分类[:：]|发布机构[:：]|发布单位[:：]|成文日期[:：]|有效性[:：]|"
    r"公开方式[:：]|栏目[:：]|无障碍|简体\s*[|｜]\s*繁体|网站地图|主办单位[:：]|承办单位[:：]|版权所有|ICP备|网站标识码)"
)
_DATE = r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
# Most specific label first; the date must follow on the same line (empty
# metadata cells such as "发布日期：" followed by another field are common).
_PUBLISHED = (
    re.compile(r"(?:发布日期|发布时间|发表时间|发文日期)[ \t]*[:：]?[ \t]*" + _DATE),
    re.compile(r"(?:更新时间|日期|时间)[ \t]*[:：][ \t]*" + _DATE),
)
_SOURCE = re.compile(r"(?:信息来源|文章来源|来源)\s*[:：]\s*([^\s|｜丨：:]{2,40})")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def decode_html(path: str, data: bytes) -> tuple[str, str] | None:
    """Honour the page's declared charset when it decodes cleanly."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    enc = m.group(1).decode("ascii").lower()
    if enc in ("gbk", "gb2312", "gb_2312-80", "x-gbk"):
        enc = "gb18030"
    try:
        return data.decode(enc).replace("\r\n", "\n").replace("\r", "\n"), enc
    except (UnicodeDecodeError, LookupError):
        return None


def read_html(path: str, text: str, encoding: str) -> RawDocument:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        raise InputError(path, "网页文件无法解析（HTML 结构损坏或为空）", "请在浏览器中另存为“网页，仅 HTML”后再检查") from None

    meta = _page_meta(root)
    full_text = to_simplified("\n".join(t.strip() for t in root.itertext() if t.strip()))
    published = _published(meta, full_text)
    source = meta.get("contentsource") or _first(_SOURCE, full_text)

    for el in root.iter(*_DROP_TAGS):
        el.drop_tree() if el.getparent() is not None else None
    for el in root.iter(etree.Comment):
        if el.getparent() is not None:
            el.getparent().remove(el)

    page_title = _page_title(root, meta)
    box = _article_box(root)
    lines = _lines(box) if box is not None else []
    lines = [ln for ln in lines if not _CHROME_LINE.match(to_simplified(ln))]
    if page_title and not any(_same(page_title, ln) for ln in lines[:3]):
        lines.insert(0, page_title)
    # Title printed twice (page title + body title): keep one.
    while len(lines) > 1 and _same(lines[0], lines[1]):
        del lines[1]
    if not lines or sum(len(ln) for ln in lines) < 20:
        raise InputError(path, "网页中没有找到正文内容", "请确认保存的是报告正文页面，而不是栏目列表页")

    out, paras = [], []
    pos = 0
    for i, ln in enumerate(lines):
        paras.append(RawParagraph(pos, pos + len(ln), style_level=0 if (i == 0 and page_title and ln == page_title) else None))
        out.append(ln)
        pos += len(ln) + 1
    doc = RawDocument(path, "html", "\n".join(out), paras, encoding)
    doc.meta = {"published_date": published, "source": source, "page_title": page_title}
    return doc


def _page_meta(root) -> dict[str, str]:
    meta = {}
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or "").strip().lower()
        if name and m.get("content"):
            meta[name] = m.get("content").strip()
    return meta


def _published(meta: dict[str, str], full_text: str) -> str | None:
    for key in ("pubdate", "publishdate", "firstpublishedtime", "article:published_time"):
        if key in meta:
            m = re.search(_DATE, meta[key])
            if m:
                return _iso(m)
    for rx in _PUBLISHED:
        m = rx.search(full_text)
        if m:
            return _iso(m)
    return None


def _iso(m: re.Match) -> str | None:
    y, mo, d = (int(g) for g in m.groups()[-3:])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _first(rx: re.Pattern, s: str) -> str | None:
    m = rx.search(s)
    return m.group(1) if m else None


def _page_title(root, meta: dict[str, str]) -> str | None:
    for key in ("articletitle", "title", "og:title"):
        if meta.get(key):
            return _squash(meta[key])
    h1 = next((h for h in root.iter("h1") if _squash(h.text_content())), None)
    if h1 is not None:
        return _squash(h1.text_content())
    t = root.find(".//title")
    if t is not None and t.text:
        # "报告标题_示例县人民政府网" -> "报告标题"
        return re.split(r"\s*[_|｜]\s*|\s+-\s+", _squash(t.text))[0] or None
    return None


def _cjk(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def _article_box(root):
    """The element with the most non-link Chinese text among likely containers."""
    body = root.find(".//body")
    if body is None:
        body = root
    best, best_score = None, 0.0
    for el in body.iter("div", "td", "article", "section", "main", "span"):
        attrs = " ".join(filter(None, (el.get("id"), el.get("class"))))
        text = el.text_content()
        total = _cjk(text)
        if total < 50:
            continue
        link = sum(_cjk(a.text_content()) for a in el.iter("a"))
        if link / total > 0.3:
            continue
        # Direct paragraph text rewards the innermost article box over the page wrapper.
        direct = sum(_cjk(c.text_content()) for c in el if c.tag in ("p", "br", "div", "span", "font"))
        score = (total - 2 * link) * (1.5 if _CANDIDATE.search(attrs) else 1.0) + 0.5 * direct
        # Prefer the smaller of nested boxes holding nearly the same text.
        score -= 0.02 * len(list(el.iterdescendants()))
        if score > best_score:
            best, best_score = el, score
    return best if best is not None else body


def _lines(box) -> list[str]:
    parts: list[tuple[str, bool]] = []  # (text, inside a link)

    def walk(el, in_link):
        tag = el.tag if isinstance(el.tag, str) else ""
        in_link = in_link or tag == "a"
        # Newlines in the page source are formatting; "\x00" marks real breaks.
        if tag in _BLOCK_TAGS:
            parts.append(("\x00", False))
        if el.text and tag not in _DROP_TAGS:
            parts.append((el.text.replace("\n", " "), in_link))
        for child in el:
            walk(child, in_link)
            if child.tail:
                parts.append((child.tail.replace("\n", " "), in_link))
        if tag in _BLOCK_TAGS:
            parts.append(("\x00", False))

    walk(box, False)
    lines, cur, plain = [], [], False
    for text, link in parts + [("\x00", False)]:
        if text == "\x00":
            ln = _squash("".join(cur))
            # A line made only of link text is navigation or a related-links list.
            if ln and plain:
                lines.append(ln)
            cur, plain = [], False
            continue
        cur.append(text)
        plain = plain or (not link and bool(text.strip()))
    return lines


def _squash(s: str) -> str:
    s = s.replace("\xa0", " ").replace("\u3000", " ")
    s = re.sub(r"[ \t\r\f\v]+", " ", s)
    # Spaces between two CJK characters are source formatting, not content.
    s = re.sub(r"(?<=[\u4e00-\u9fff，。、；：）》”]) (?=[\u4e00-\u9fff（《“])", "", s)
    return s.strip()


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s", "", a) == re.sub(r"\s", "", b)

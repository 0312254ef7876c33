#!/usr/bin/env python3
"""Rebuild w8 test documents: python-docx sources in src/, PDFs via LibreOffice."""
import os, subprocess, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
RED = RGBColor(0xD0, 0x00, 0x00)

from docs import DOCS  # noqa: E402


def set_font(run, name=SERIF, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", align=None, name=SERIF, size=16, bold=False, color=None, indent=True, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    return p


def border(p, side, color="D00000", sz=18):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)


def footer_pagenum(section):
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0] if f.paragraphs else f.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SERIF, 14)
    r = p.add_run()
    set_font(r, SERIF, 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    set_font(p.add_run(" —"), SERIF, 14)


def restart_numbering(section):
    sp = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    sp.append(pg)


def page_setup(section):
    section.page_width = Cm(21)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.2)


def build(name, blocks):
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    has_cover = any(b[0] == "endcover" for b in blocks)
    if not has_cover:
        footer_pagenum(sec)
    for b in blocks:
        k = b[0]
        if k == "redhead":      # red 版头 line(s)
            for line in b[1].split("\n"):
                para(doc, line, "c", SERIF, 30, True, RED, indent=False)
        elif k == "docno":      # 发文字号 (+ optional 签发人) followed by the red rule
            p = para(doc, b[1], "c", SERIF, 16, indent=False, space_after=6)
            border(p, "bottom")
            para(doc, "", indent=False)
        elif k == "plainline":
            para(doc, b[1], b[2] if len(b) > 2 else None, SERIF, 12, indent=False)
        elif k == "title":
            for line in b[1].split("\n"):
                para(doc, line, "c", SERIF, 22, True, indent=False)
            para(doc, "", indent=False)
        elif k == "addr":
            para(doc, b[1], None, SERIF, 16, indent=False)
        elif k == "p":
            para(doc, b[1], "j")
        elif k == "h1":
            para(doc, b[1], None, SANS, 16)
        elif k == "h2":
            para(doc, b[1], None, SERIF, 16, True)
        elif k == "runin":      # （一）标题。正文
            p = para(doc, "", "j")
            set_font(p.add_run(b[1]), SERIF, 16, True)
            set_font(p.add_run(b[2]), SERIF, 16)
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.paragraphs[0].text = ""
                    set_font(c.paragraphs[0].add_run(cell), SERIF, 12, i == 0)
            para(doc, "", indent=False)
        elif k == "sign":       # issuer, date
            para(doc, "", indent=False)
            para(doc, b[1], "r", SERIF, 16, indent=False)
            para(doc, b[2], "r", SERIF, 16, indent=False)
            if len(b) > 3:
                para(doc, b[3], None, SERIF, 16)
        elif k == "banji":      # 版记 lines
            para(doc, "", indent=False)
            for i, line in enumerate(b[1]):
                p = para(doc, line, None, SERIF, 14, indent=False)
                if i == 0:
                    border(p, "top", "000000", 12)
                border(p, "bottom", "000000", 12 if i == len(b[1]) - 1 else 4)
        elif k == "coverline":
            para(doc, b[1], "c", SANS if b[2] > 20 else SERIF, b[2], b[2] > 20, indent=False, space_after=b[3] if len(b) > 3 else 0)
        elif k == "toc":
            para(doc, "目　　录", "c", SANS, 22, indent=False, space_after=18)
            from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
            for text, page in b[1]:
                p = para(doc, f"{text}\t{page}", None, SERIF, 15, indent=False)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.paragraph_format.left_indent = Cm(0)
                p.paragraph_format.right_indent = Cm(0)
        elif k == "pagebreak":
            p = doc.add_paragraph()
            p.add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
        elif k == "endcover":   # new section, page numbers restart at 1
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(ns)
            footer_pagenum(ns)
            restart_numbering(ns)
        else:
            raise ValueError(k)
    path = os.path.join(SRC, name + ".docx")
    doc.save(path)
    return path


def main():
    os.makedirs(SRC, exist_ok=True)
    only = sys.argv[1:]
    for name, blocks in DOCS:
        if only and not any(name.startswith(o) for o in only):
            continue
        path = build(name, blocks)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_w8",
                        "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                       stdout=subprocess.DEVNULL)
        print("built", name)


if __name__ == "__main__":
    main()

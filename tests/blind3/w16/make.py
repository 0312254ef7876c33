# -*- coding: utf-8 -*-
"""Rebuild the 12 test documents of writer w16.  Run: /work/main/.venv/bin/python make.py"""
import os
import html as _html
import copy
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
from texts import DOCS  # noqa: E402  (texts.py holds the wording)


def write_txt(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def write_html(name, head_title, text):
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % _html.escape(head_title), "</head>", "<body>"]
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("@RAW "):
            out.append(line[5:])
        elif line.startswith("@H "):
            out.append('<h1 class="art-title">%s</h1>' % _html.escape(line[3:]))
        elif line.startswith("@B "):
            out.append('<p class="sec"><strong>%s</strong></p>' % _html.escape(line[3:]))
        elif line.startswith("@R "):
            out.append('<p style="text-align:right">%s</p>' % _html.escape(line[3:]))
        else:
            out.append('<p style="text-indent:2em">%s</p>' % _html.escape(line))
    out += ["</body>", "</html>"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def _setup_numbering(doc):
    """Add an abstractNum: lvl0 '一、', lvl1 '（一）' (chineseCounting) and return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 90
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    for ilvl, fmt in ((0, "%1、"), (1, "（%2）")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        st = OxmlElement("w:start"); st.set(qn("w:val"), "1"); lvl.append(st)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), "chineseCounting"); lvl.append(nf)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), fmt); lvl.append(lt)
        jc = OxmlElement("w:lvlJc"); jc.set(qn("w:val"), "left"); lvl.append(jc)
        a.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abs_id)); num.append(an)
    numbering.append(num)
    return 90


def _numpr(p, num_id, ilvl):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.append(numPr)
    ol = OxmlElement("w:outlineLvl"); ol.set(qn("w:val"), str(ilvl)); pPr.append(ol)


def _wrap_sdt(doc, p):
    """Move paragraph p into a block-level content control."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), "正文"); pr.append(alias)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    p._p.addprevious(sdt)
    content.append(p._p)


def write_docx(name, text):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    style.font.size = Pt(12)
    num_id = None
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        t = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
        table_rows.clear()

    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("@T "):
            table_rows.append([c.strip() for c in line[3:].split("|")])
            continue
        flush_table()
        if line.startswith("@N1 ") or line.startswith("@N2 "):
            if num_id is None:
                num_id = _setup_numbering(doc)
            p = doc.add_paragraph(line[4:])
            _numpr(p, num_id, 0 if line[2] == "1" else 1)
        elif line.startswith("@C "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line[3:]); r.bold = True; r.font.size = Pt(16)
        elif line.startswith("@R "):
            p = doc.add_paragraph(line[3:])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif line.startswith("@B ") or line.startswith("@SB "):
            body = line[4:] if line.startswith("@SB ") else line[3:]
            lead, rest = body.split("||", 1)
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            r = p.add_run(lead); r.bold = True
            p.add_run(rest)
            if line.startswith("@SB "):
                _wrap_sdt(doc, p)
        elif line.startswith("@S "):
            p = doc.add_paragraph(line[3:])
            p.paragraph_format.first_line_indent = Pt(24)
            _wrap_sdt(doc, p)
        else:
            p = doc.add_paragraph(line)
            p.paragraph_format.first_line_indent = Pt(24)
    flush_table()
    doc.save(os.path.join(HERE, name))


def main():
    for d in DOCS:
        name = d["file"]
        if name.endswith(".txt"):
            write_txt(name, d["text"])
        elif name.endswith(".html"):
            write_html(name, d.get("head_title", name), d["text"])
        elif name.endswith(".docx"):
            write_docx(name, d["text"])
        print("wrote", name)


if __name__ == "__main__":
    main()

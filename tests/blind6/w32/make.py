# -*- coding: utf-8 -*-
"""Generator for blind6/w32 test documents. Run with /work/main/.venv/bin/python make.py
All issuers, places and persons are fictional."""
import copy
import os
import shutil
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/w32build"
os.makedirs(BUILD, exist_ok=True)


# ---------------------------------------------------------------- docx helpers
def _font(run, size=16, bold=False, name="仿宋_GB2312"):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)


def _numbering(doc):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        "</w:abstractNum>" % nsdecls("w")
    )
    absn = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w")))


def _set_num(par, ilvl):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % (nsdecls("w"), ilvl)))
    ppr.append(parse_xml('<w:outlineLvl %s w:val="%d"/>' % (nsdecls("w"), ilvl)))


def _emit(doc, blk, h1bold):
    kind = blk[0]
    made = []
    if kind == "t":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(blk[1]), 22, True, "方正小标宋简体")
        made.append(p)
    elif kind == "c":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(blk[1]))
        made.append(p)
    elif kind == "l":
        p = doc.add_paragraph()
        _font(p.add_run(blk[1]))
        made.append(p)
    elif kind == "r":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(p.add_run(blk[1]))
        made.append(p)
    elif kind == "p":
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(blk[1]))
        made.append(p)
    elif kind == "h1":
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(blk[1]), bold=h1bold, name="黑体" if h1bold else "仿宋_GB2312")
        made.append(p)
    elif kind == "h2":  # typed number, run-in
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(blk[1]))
        if len(blk) > 2 and blk[2]:
            _font(p.add_run(blk[2]))
        made.append(p)
    elif kind == "b":  # bold lead run
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(blk[1]), bold=True)
        _font(p.add_run(blk[2]))
        made.append(p)
    elif kind in ("n1", "n2"):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(blk[1]), bold=(kind == "n1"))
        _set_num(p, 0 if kind == "n1" else 1)
        made.append(p)
    elif kind == "tbl":
        rows = blk[1]
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                _font(cell.paragraphs[0].add_run(val), 12, i == 0)
        made.append(t)
    elif kind == "sdt":
        inner = []
        for b in blk[2]:
            inner.extend(_emit(doc, b, h1bold))
        sdt = parse_xml(
            '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
            "<w:sdtContent/></w:sdt>" % (nsdecls("w"), blk[1], blk[1], abs(hash(blk[1])) % 100000000))
        first = inner[0]._p if hasattr(inner[0], "_p") else inner[0]._tbl
        first.addprevious(sdt)
        content = sdt.find(qn("w:sdtContent"))
        for obj in inner:
            el = obj._p if hasattr(obj, "_p") else obj._tbl
            content.append(el)
        made.append(_Wrap(sdt))
    else:
        raise ValueError(kind)
    return made


class _Wrap:
    def __init__(self, el):
        self._p = el


def write_docx(path, blocks, h1bold=False, autonum=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    if autonum:
        _numbering(doc)
    for b in blocks:
        _emit(doc, b, h1bold)
    doc.save(path)


def to_pdf(blocks, name, **kw):
    src = os.path.join(BUILD, name.replace(".pdf", ".docx"))
    write_docx(src, blocks, **kw)
    subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/w32lo", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(BUILD, name), os.path.join(HERE, name))


def write_txt(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


from docs_w32 import DOCS  # noqa: E402  (content lives next to this script)

if __name__ == "__main__":
    for name, kind, content, kw in DOCS:
        if kind == "docx":
            write_docx(os.path.join(HERE, name), content, **kw)
        elif kind == "pdf":
            to_pdf(content, name, **kw)
        else:
            write_txt(name, content)
        print("wrote", name)

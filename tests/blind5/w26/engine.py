# -*- coding: utf-8 -*-
"""Small docx builder used by make.py (writer w26). Plain python-docx + raw OOXML."""
import copy
from lxml import etree
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NSDECL = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"' % W)

CN = '零一二三四五六七八九十'


def cnum(n):
    if n <= 10:
        return CN[n]
    return '十' + CN[n - 10]


def set_font(run, east='仿宋_GB2312', size=16, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = 'Times New Roman'
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = etree.SubElement(rpr, qn('w:rFonts'))
        rpr.remove(rf)
        rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), east)


def add_abstract_num(doc, aid, levels, pstyles=None):
    """levels: list of (numFmt, lvlText). Returns numId."""
    numbering = doc.part.numbering_part.element
    lv = ''
    for i, (fmt, txt) in enumerate(levels):
        ps = ''
        if pstyles and i < len(pstyles) and pstyles[i]:
            ps = '<w:pStyle w:val="%s"/>' % pstyles[i]
        lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:suff w:val="nothing"/>'
               '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
               '</w:lvl>' % (i, fmt, ps, txt))
    xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
           % (NSDECL, aid, lv))
    an = etree.fromstring(xml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(an)
    else:
        numbering.append(an)
    numid = aid + 1
    num = etree.fromstring('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (NSDECL, numid, aid))
    numbering.append(num)
    return numid


def set_numpr(par, numid, ilvl):
    ppr = par._p.get_or_add_pPr()
    np_ = etree.SubElement(ppr, qn('w:numPr'))
    il = etree.SubElement(np_, qn('w:ilvl'))
    il.set(qn('w:val'), str(ilvl))
    ni = etree.SubElement(np_, qn('w:numId'))
    ni.set(qn('w:val'), str(numid))
    # numPr must come early in pPr (after pStyle, keepNext...)
    ppr.remove(np_)
    ps = ppr.find(qn('w:pStyle'))
    if ps is not None:
        ps.addnext(np_)
    else:
        ppr.insert(0, np_)


def style_numbering(doc, numid):
    """Attach numbering to Heading1/Heading2 styles (numbers live in styles, outline levels from the styles)."""
    for sid, lvl in (('Heading1', 0), ('Heading2', 1)):
        st = doc.styles.get_by_id(sid, 1) if False else None
        st = [s for s in doc.styles if s.style_id == sid][0]
        ppr = st.element.get_or_add_pPr()
        np_ = etree.fromstring('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (NSDECL, lvl, numid))
        ppr.insert(0, np_)
        ol = ppr.find(qn('w:outlineLvl'))
        if ol is None:
            ol = etree.SubElement(ppr, qn('w:outlineLvl'))
        ol.set(qn('w:val'), str(lvl))


def plain_headings(doc):
    for sid, east, size in (('Heading1', '黑体', 16), ('Heading2', '楷体_GB2312', 16)):
        st = [s for s in doc.styles if s.style_id == sid][0]
        st.font.size = Pt(size)
        st.font.bold = sid == 'Heading2'
        st.font.italic = False
        st.font.color.rgb = None
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = etree.SubElement(rpr, qn('w:rFonts'))
        for a in list(rf.attrib):
            del rf.attrib[a]
        rf.set(qn('w:ascii'), 'Times New Roman')
        rf.set(qn('w:hAnsi'), 'Times New Roman')
        rf.set(qn('w:eastAsia'), east)
        col = rpr.find(qn('w:color'))
        if col is not None:
            rpr.remove(col)


def page_field(par, instr='PAGE'):
    fld = etree.fromstring('<w:fldSimple %s w:instr=" %s "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % (NSDECL, instr))
    par._p.append(fld)


class Builder:
    """opts: num = auto | style | text | font ; h1style = None | 'Heading 1'"""

    def __init__(self, num='text', levels=None):
        self.doc = Document()
        d = self.doc
        st = d.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), '仿宋_GB2312')
        plain_headings(d)
        self.num = num
        self.c = [0, 0, 0]
        self.numid = None
        if num in ('auto', 'style'):
            lv = levels or [('chineseCounting', '%1、'), ('chineseCounting', '（%2）'), ('decimal', '%3.')]
            ps = ['Heading1', 'Heading2', None] if num == 'style' else None
            self.numid = add_abstract_num(d, 40, lv, ps)
            if num == 'style':
                style_numbering(d, self.numid)
        self.footnotes = []
        self.sdt_marks = []

    # ---- basic paragraphs
    def line(self, text, align='left', east='仿宋_GB2312', size=16, bold=False, indent=False, space_after=0):
        p = self.doc.add_paragraph()
        p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER,
                       'right': WD_ALIGN_PARAGRAPH.RIGHT, 'just': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.space_after = Pt(space_after)
        if text:
            r = p.add_run(text)
            set_font(r, east, size, bold)
        return p

    def title(self, *lines):
        for t in lines:
            self.line(t, 'center', '方正小标宋简体', 22)
        self.line('')

    def para(self, text):
        return self._rich(text, indent=True)

    def _rich(self, text, indent=True, p=None):
        """text may contain [[fn:...]] footnote markers."""
        if p is None:
            p = self.line('', 'just', indent=indent)
        parts = text.split('[[fn:')
        r = p.add_run(parts[0])
        set_font(r)
        for part in parts[1:]:
            note, rest = part.split(']]', 1)
            self.footnotes.append(note)
            fid = len(self.footnotes)
            ref = etree.fromstring('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                   '<w:footnoteReference w:id="%d"/></w:r>' % (NSDECL, fid))
            p._p.append(ref)
            r = p.add_run(rest)
            set_font(r)
        return p

    def h1(self, text):
        c = self.c
        c[0] += 1; c[1] = 0; c[2] = 0
        if self.num == 'style':
            p = self.doc.add_paragraph(text, style='Heading 1')
            return p
        if self.num == 'auto':
            p = self.line(text, 'left', '黑体', 16)
            set_numpr(p, self.numid, 0)
            p.paragraph_format.first_line_indent = Pt(32)
            return p
        if self.num == 'font':
            return self.line(text, 'left', '黑体', 18, indent=False)
        if self.num == 'h1style_text':
            p = self.doc.add_paragraph(cnum(c[0]) + '、' + text, style='Heading 1')
            return p
        return self.line(cnum(c[0]) + '、' + text, 'left', '黑体', 16, indent=True)

    def h2(self, text):
        c = self.c
        c[1] += 1; c[2] = 0
        if self.num == 'style':
            return self.doc.add_paragraph(text, style='Heading 2')
        if self.num == 'auto':
            p = self.line(text, 'left', '楷体_GB2312', 16, bold=True)
            set_numpr(p, self.numid, 1)
            return p
        if self.num == 'font':
            return self.line(text, 'left', '楷体_GB2312', 17, indent=True)
        return self.line('（%s）' % cnum(c[1]) + text, 'left', '楷体_GB2312', 16, indent=True)

    def h2run(self, lead, body):
        """run-in second level item; lead may be '' (whole paragraph is one long sentence item)."""
        c = self.c
        c[1] += 1; c[2] = 0
        p = self.line('', 'just', indent=True)
        if self.num == 'auto':
            set_numpr(p, self.numid, 1)
        elif self.num == 'text':
            r = p.add_run('（%s）' % cnum(c[1]))
            set_font(r, '楷体_GB2312')
        if lead:
            r = p.add_run(lead)
            set_font(r, '楷体_GB2312', 16, True)
        self._rich(body, p=p)
        return p

    def h3run(self, lead, body):
        c = self.c
        c[2] += 1
        p = self.line('', 'just', indent=True)
        if self.num == 'auto':
            set_numpr(p, self.numid, 2)
        else:
            r = p.add_run('%d.' % c[2])
            set_font(r)
        r = p.add_run(lead)
        set_font(r, '仿宋_GB2312', 16, True)
        self._rich(body, p=p)
        return p

    def lead(self, lead, body):
        """bold lead run as a heading, no number"""
        p = self.line('', 'just', indent=True)
        r = p.add_run(lead)
        set_font(r, '黑体' if False else '仿宋_GB2312', 16, True)
        self._rich(body, p=p)
        return p

    def table(self, rows, widths=None):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ''
                r = cell.paragraphs[0].add_run(val)
                set_font(r, '仿宋_GB2312', 12, i == 0)
        self.line('', size=8)
        return t

    def sign(self, *lines):
        self.line('')
        for t in lines:
            self.line(t, 'right')

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def header_footer(self, header=None, footer_page=True, footer_text=None):
        sec = self.doc.sections[0]
        if header:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(header)
            set_font(r, '仿宋_GB2312', 10)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer_text:
            r = fp.add_run(footer_text)
            set_font(r, '仿宋_GB2312', 9)
        if footer_page:
            r = fp.add_run('— ')
            set_font(r, '宋体', 12)
            page_field(fp)
            r = fp.add_run(' —')
            set_font(r, '宋体', 12)

    def textbox(self, lines, size=22):
        ps = ''
        for t in lines:
            ps += ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/>'
                   '<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (size * 2, t))
        xml = ('<w:r %s><w:pict><v:rect id="TitleBox" style="width:430pt;height:%dpt" strokecolor="#C00000" '
               'strokeweight="1pt"><v:textbox inset="4pt,4pt,4pt,4pt"><w:txbxContent>%s</w:txbxContent>'
               '</v:textbox></v:rect></w:pict></w:r>' % (NSDECL, 34 * len(lines) + 16, ps))
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p._p.append(etree.fromstring(xml))
        self.line('')
        return p

    # ---- content controls
    def sdt_start(self, alias):
        self.sdt_marks.append([alias, len(self.doc.element.body), None])

    def sdt_end(self):
        self.sdt_marks[-1][2] = len(self.doc.element.body)

    def _apply_sdt(self):
        body = self.doc.element.body
        kids = list(body)
        for k, (alias, a, b) in enumerate(self.sdt_marks):
            els = kids[a:b]
            sdt = etree.fromstring('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="part%d"/>'
                                   '<w:id w:val="%d"/></w:sdtPr><w:sdtContent/></w:sdt>'
                                   % (NSDECL, alias, k + 1, 700100 + k))
            els[0].addprevious(sdt)
            cont = sdt.find(qn('w:sdtContent'))
            for e in els:
                cont.append(e)

    def _apply_footnotes(self):
        if not self.footnotes:
            return
        notes = ''
        for i, t in enumerate(self.footnotes, 1):
            notes += ('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                      '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/>'
                      '<w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                      % (i, t))
        xml = ('<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
               '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
               '</w:r></w:p></w:footnote>%s</w:footnotes>' % (NSDECL, notes))
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    xml.encode('utf-8'), self.doc.part.package)
        self.doc.part.relate_to(part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes')

    def save(self, path):
        self._apply_sdt()
        self._apply_footnotes()
        self.doc.save(path)

# helper for building the w6 test documents (python-docx)
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

NUMBERING = '''<w:abstractNum %s w:abstractNumId="%d">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>'''


class Doc:
    def __init__(self, header=None, footer=None, font='仿宋_GB2312'):
        self.d = Document()
        st = self.d.styles['Normal']
        st.font.name = font
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
        sec = self.d.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
            sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if footer:
            sec.footer.paragraphs[0].text = footer
            sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.numid = None
        self._sdt = None

    # --- containers -------------------------------------------------
    def _body_append(self, el):
        if self._sdt is not None:
            self._sdt.append(el)
        else:
            body = self.d.element.body
            body.insert(len(body) - 1, el)  # before sectPr

    def _newp(self, text='', bold=False, align=None, size=None, first_indent=True):
        p = self.d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'right':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if self._sdt is not None:
            el = p._p
            el.getparent().remove(el)
            self._sdt.append(el)
        return p

    def begin_sdt(self, tag):
        sdt = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/></w:sdtPr><w:sdtContent/></w:sdt>' % (W, tag, tag))
        body = self.d.element.body
        body.insert(len(body) - 1, sdt)
        self._sdt = sdt.find(qn('w:sdtContent'))

    def end_sdt(self):
        self._sdt = None

    # --- blocks -----------------------------------------------------
    def title(self, text, size=22):
        return self._newp(text, bold=True, align='center', size=size)

    def p(self, text, bold=False, align=None):
        return self._newp(text, bold=bold, align=align)

    def lead(self, lead, rest):
        """bold lead run followed by normal body text in the same paragraph"""
        p = self._newp()
        r = p.add_run(lead)
        r.bold = True
        p.add_run(rest)
        return p

    def outline(self, p, level):
        pPr = p._p.get_or_add_pPr()
        o = OxmlElement('w:outlineLvl')
        o.set(qn('w:val'), str(level))
        pPr.append(o)

    def _ensure_num(self):
        if self.numid is None:
            np_ = self.d.part.numbering_part.element
            absn = parse_xml(NUMBERING % (W, 60))
            first_num = np_.find(qn('w:num'))
            if first_num is not None:
                first_num.addprevious(absn)
            else:
                np_.append(absn)
            num = parse_xml('<w:num %s w:numId="60"><w:abstractNumId w:val="60"/></w:num>' % W)
            np_.append(num)
            self.numid = 60
        return self.numid

    def restart(self):
        """start a new list instance (level 2 counter restarts at 1)"""
        self._ensure_num()
        np_ = self.d.part.numbering_part.element
        self._nextnum = getattr(self, '_nextnum', 60) + 1
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="60"/>'
                        '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (W, self._nextnum))
        np_.append(num)
        self.numid = self._nextnum

    def auto(self, text, level=0, bold=None, outline=True):
        """paragraph numbered by Word automatic numbering (number not in text)"""
        nid = self._ensure_num()
        p = self._newp(text, bold=(level == 0) if bold is None else bold)
        pPr = p._p.get_or_add_pPr()
        numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W, level, nid))
        pPr.insert(0, numPr)
        if outline:
            self.outline(p, level)
        return p

    def table(self, rows, bold_first_row=True, widths=None):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = ''
                r = c.paragraphs[0].add_run(val)
                if i == 0 and bold_first_row:
                    r.bold = True
        if self._sdt is not None:
            el = t._tbl
            el.getparent().remove(el)
            self._sdt.append(el)
        return t

    def save(self, path):
        self.d.save(path)

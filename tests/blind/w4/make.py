#!/usr/bin/env python3
"""Generator for blind evaluation documents of writer w4 (t01..t18).

All issuers, places and persons are fictional.

Needs: python-docx, lxml, opencc (pip), LibreOffice (soffice) with Noto CJK fonts.
    python3 -m venv /tmp/w4-venv && /tmp/w4-venv/bin/pip install python-docx lxml pyyaml pdfplumber opencc
    /tmp/w4-venv/bin/python make.py            # build all
    /tmp/w4-venv/bin/python make.py t01 t02    # build some

PDF documents (t01..t09) are built as .docx under /tmp/w4/src, converted with
LibreOffice to /tmp/w4/out, and only the .pdf is copied next to this script.
Traditional-script mirrors (t10..t18) are written in simplified script here and
converted with OpenCC (s2tw); pinyin artefacts are written inline and pass through.
"""
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/tmp/w4/src"
OUT = "/tmp/w4/out"

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"

# ---------------------------------------------------------------- docx helpers


def set_font(run, east=SERIF, size=16, bold=False, ascii_font="Times New Roman", color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def outline_level(par, lvl):
    ppr = par._element.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(lvl))
    ppr.append(el)


def line_spacing(par, pts=28, before=0, after=0):
    pf = par.paragraph_format
    pf.line_spacing = Pt(pts)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_page_field(par, east=SERIF, size=14, instr="PAGE"):
    run = par.add_run()
    set_font(run, east, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def new_doc(margins=(3.7, 3.5, 2.8, 2.6), footer="dash", body_size=16):
    """margins: top, bottom, left, right in cm. footer: 'dash' -> '— n —'."""
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(margins[0]), Cm(margins[1])
    sec.left_margin, sec.right_margin = Cm(margins[2]), Cm(margins[3])
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), SERIF)
    if footer == "dash":
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, SERIF, 14)
        add_page_field(fp)
        r = fp.add_run(" —")
        set_font(r, SERIF, 14)
    return d


def P(d, text, size=16, east=SERIF, bold=False, indent=True, align=None, pts=28, before=0, after=0, lvl=None):
    par = d.add_paragraph()
    if indent:
        par.paragraph_format.first_line_indent = Pt(size * 2)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align is None:
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    line_spacing(par, pts, before, after)
    if text:
        r = par.add_run(text)
        set_font(r, east, size, bold)
    if lvl is not None:
        outline_level(par, lvl)
    return par


def TITLE(d, text, size=22):
    return P(d, text, size=size, east=SERIF, bold=True, indent=False, align="c", pts=size * 1.5, after=12, lvl=0)


def H1(d, text):
    return P(d, text, east=SANS, lvl=1)


def H2(d, text):
    return P(d, text, bold=True, lvl=2)


def RUNIN(d, lead, rest, lead_east=SERIF):
    """Run-in heading: bold lead run followed by body text in the same paragraph."""
    par = P(d, "")
    r = par.add_run(lead)
    set_font(r, lead_east, 16, True)
    r = par.add_run(rest)
    set_font(r, SERIF, 16)
    return par


def SIGN(d, lines, right_indent_chars=4):
    for i, ln in enumerate(lines):
        par = P(d, ln, indent=False, align="r", before=(28 if i == 0 else 0))
        par.paragraph_format.right_indent = Pt(16 * right_indent_chars)


def TABLE(d, rows, widths=None, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            par = cell.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = par.add_run(val)
            set_font(r, SANS if i == 0 else SERIF, size, i == 0)
            if widths:
                cell.width = Cm(widths[j])
    return t


def build_pdf(d, name):
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    src = os.path.join(SRC, name + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(OUT, name + ".pdf"), os.path.join(HERE, name + ".pdf"))


# ------------------------------------------------------------ text helpers

_cc = None


def trad(text):
    """Simplified -> traditional (OpenCC s2tw); curly quotes -> 「」『』."""
    global _cc
    if _cc is None:
        import opencc
        _cc = opencc.OpenCC("s2tw")
    out = _cc.convert(text)
    return out.replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")


def write_text(name, text, encoding="utf-8"):
    with open(os.path.join(HERE, name), "w", encoding=encoding, newline="\n") as f:
        f.write(text)


DOCS = {}


def doc(key):
    def deco(fn):
        DOCS[key] = fn
        return fn
    return deco


def main(argv):
    keys = argv or sorted(DOCS)
    for k in keys:
        DOCS[k]()
        print("built", k)


# =============================================================== documents


@doc("t01")
def t01():
    """County government, standard five items, title and a heading wrapping over two lines."""
    d = new_doc()
    TITLE(d, "青石县人民政府关于2024年度法治政府建设工作情况的报告")
    P(d, "中共青石县委、枫林市人民政府：", indent=False)
    P(d, "2024年，青石县人民政府坚持把法治政府建设作为全局性、基础性工作来抓，围绕全县经济社会发展大局，"
         "持续提升依法行政能力和水平。现将有关情况报告如下。")
    H1(d, "一、2024年推进法治政府建设的主要举措和成效")
    H2(d, "（一）健全依法行政制度体系")
    P(d, "严格落实重大行政决策程序规定，年初编制《青石县人民政府2024年度重大行政决策事项目录》，列入城区供水管网改造、"
         "县域义务教育学校布局调整等6项事项，经县政府常务会议审议后在县政府门户网站向社会公布，全年6项决策均按公众参与、"
         "专家论证、风险评估、合法性审查、集体讨论决定的程序办结。全年制定行政规范性文件9件，全部经司法局合法性审核并报县人大常委会备案，"
         "清理规范性文件43件，废止5件、修改3件。")
    H2(d, "（二）推进严格规范公正文明执法")
    P(d, "深化乡镇综合行政执法改革，向11个乡镇下放执法事项58项，组织乡镇执法人员集中培训4期、累计326人次。"
         "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，全年办理行政处罚案件1264件，"
         "重大执法决定法制审核率达到100%。在市场监管、生态环境等领域推行“首违不罚”清单，对412家市场主体免予处罚。")
    H2(d, "（三）强化行政权力制约监督")
    P(d, "自觉接受县人大及其常委会的法律监督和县政协的民主监督，全年办理人大代表建议112件、政协提案97件，办复率100%。"
         "县政府聘请2家律师事务所的4名律师担任常年法律顾问，县司法局配备公职律师3名，全年审查政府合同协议87件，"
         "出具法律意见书126份。行政机关负责人出庭应诉率达到100%。")
    H2(d, "（四）依法化解社会矛盾纠纷")
    P(d, "健全县、乡、村三级调解网络，全年调解各类矛盾纠纷2318件，调解成功率97.6%。县行政复议局受理行政复议申请74件，"
         "审结70件，纠错率12.9%，行政复议主渠道作用进一步显现。")
    H1(d, "二、存在的不足和原因")
    P(d, "一是部分乡镇执法人员业务能力与下放事项不相匹配，个别案件证据收集不规范；二是行政规范性文件“立改废”的动态管理还不够及时；"
         "三是基层法治宣传形式较为单一。究其原因，主要是基层法治专门人才总量不足，乡镇执法队伍多由原有人员转岗组成，"
         "系统培训时间短；同时部分单位对法治建设的重视程度层层递减，把法治工作当作“软任务”。")
    H1(d, "三、党政主要负责人履行推进法治建设第一责任人职责，带头尊法学法守法用法的情况")
    P(d, "县政府主要负责同志认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议专题研究法治政府建设工作4次，"
         "带头参加县政府常务会议会前学法12次，亲自出庭应诉行政案件2件，并在县委全面依法治县委员会会议上进行年终述法。"
         "其他县政府领导同志对分管领域法治工作一并部署、一并检查。")
    H1(d, "四、2025年推进法治政府建设的主要安排")
    P(d, "2025年，我县将重点做好以下工作：")
    H2(d, "（一）持续提升决策科学化水平")
    P(d, "按时编制并公布2025年度重大行政决策事项目录，推进决策后评估工作。")
    H2(d, "（二）深化行政执法规范化建设")
    P(d, "分批对乡镇执法人员开展轮训，开展行政执法案卷评查，全面提升基层执法质效。")
    H2(d, "（三）加强法治宣传教育")
    P(d, "落实“谁执法谁普法”责任制，培育“法律明白人”600名。")
    H1(d, "五、其他需要报告的情况")
    P(d, "2024年，我县被省司法厅确定为乡镇综合执法规范化建设试点县，相关工作正在按计划推进。")
    SIGN(d, ["青石县人民政府", "2025年2月25日"])
    build_pdf(d, "t01_qingshi_county_gov")


@doc("t02")
def t02():
    """City department with a red-head cover block (发文字号/签发人), late signing in Chinese numerals."""
    d = new_doc()
    P(d, "枫林市司法局文件", size=40, east=SERIF, bold=True, indent=False, align="c", pts=60, after=18, )
    d.paragraphs[-1].runs[0].font.color.rgb = RGBColor.from_string("D00000")
    par = P(d, "", indent=False, align="l")
    par.paragraph_format.tab_stops.add_tab_stop(Cm(14.8), alignment=2)
    r = par.add_run("枫司报〔2025〕5号\t签发人：周明远")
    set_font(r, SERIF, 16)
    par = P(d, "", indent=False, pts=10)
    ppr = par._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "D00000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)
    P(d, "", indent=False, pts=14)
    TITLE(d, "枫林市司法局关于2024年度法治政府建设情况的报告")
    P(d, "市委全面依法治市委员会办公室、市人民政府：", indent=False)
    P(d, "根据《法治政府建设与责任落实督察工作规定》要求，现将我局2024年度法治政府建设工作情况报告如下。")
    H1(d, "一、主要举措和成效")
    H2(d, "（一）统筹推进法治政府建设")
    P(d, "协助市委、市政府制定《枫林市法治政府建设2024年工作要点》，分解任务46项，组织开展法治政府建设示范创建，"
         "全市2个县区、7个部门获评省级示范项目。全年审查市政府规范性文件送审稿21件，提出修改意见137条，"
         "不存在未经审核即印发规范性文件的情况。")
    H2(d, "（二）规范重大行政决策")
    P(d, "本局2024年度重大行政决策事项目录的编制工作尚在推进、年底前未能完成。全年涉及局机关的2项重要事项，"
         "均由局党组会议集体讨论决定，并事先进行合法性审查。")
    H2(d, "（三）加强法律顾问和公职律师队伍建设")
    P(d, "局机关现有公职律师5名，另聘请1家律师事务所担任常年法律顾问，全年参与起草、审查合同和协议34件，"
         "参与处理信访及行政争议案件11件。指导全市党政机关设立公职律师岗位，全市公职律师总数达到186名。")
    H2(d, "（四）提升行政复议和公共法律服务质效")
    P(d, "市行政复议局全年收到复议申请531件，受理486件，审结459件，调解和解率31.2%。建成“15分钟公共法律服务圈”，"
         "全年提供法律咨询2.4万人次，办理法律援助案件3107件。全市公证机构办理公证事项2.1万件，"
         "人民调解组织调解矛盾纠纷1.86万件，调解成功率97.1%，司法鉴定机构双随机抽查实现全覆盖。")
    H1(d, "二、强化“关键少数”示范带头")
    P(d, "局主要负责人认真履行推进法治建设第一责任人职责，全年主持局党组会议专题研究法治建设工作5次，"
         "带头讲授专题法治课2次，亲自协调解决法律援助经费保障问题，并于年底向市委全面依法治市委员会书面述法。"
         "局领导班子成员全年参加集体学法11次。")
    H1(d, "三、存在的问题")
    P(d, "一是对县区法治政府建设的督察指导力度还不够，督察发现问题的整改跟踪不及时；二是公共法律服务城乡分布不均衡，"
         "偏远乡镇法律服务资源不足。出现上述问题，主要是市县两级法治督察力量分散、专职人员偏少，"
         "加之基层法律服务人员待遇偏低、流失较多所导致。")
    H1(d, "四、下一步工作打算")
    RUNIN(d, "（一）加强法治督察。", "对县区和市直部门开展法治政府建设专项督察，建立问题整改台账，实行销号管理。")
    RUNIN(d, "（二）完善决策制度。", "2025年一季度完成本局重大行政决策事项目录编制并向社会公布。")
    RUNIN(d, "（三）优化法律服务供给。", "推动律师、公证员等法律服务资源向偏远乡镇流动，年内新建村级法律服务点30个。")
    SIGN(d, ["枫林市司法局", "二〇二五年三月六日"])
    build_pdf(d, "t02_fenglin_justice_bureau")


def WEB_HEADER(d, stamp, title):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2)
    r = hp.add_run(stamp + "\t" + title)
    set_font(r, SANS, 8)


def WEB_FOOTER(d, url):
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2)
    r = fp.add_run(url + "\t")
    set_font(r, SANS, 8)
    add_page_field(fp, SANS, 8)
    r = fp.add_run("/")
    set_font(r, SANS, 8)
    add_page_field(fp, SANS, 8, instr="NUMPAGES")


@doc("t03")
def t03():
    """Township web page printed from a browser to PDF: banner, breadcrumb, 发布日期, related links."""
    d = new_doc(margins=(1.8, 1.8, 1.5, 1.5), footer=None, body_size=11)
    WEB_HEADER(d, "2025/3/26 10:12", "三河镇2024年法治政府建设年度报告_三河镇人民政府")
    WEB_FOOTER(d, "https://www.sanhe.example.gov.cn/zwgk/fzzfjs/202503/t20250320_0000123.html")
    b = P(d, "三河镇人民政府", size=24, east=SANS, bold=True, indent=False, align="l", pts=32)
    b.runs[0].font.color.rgb = RGBColor.from_string("1F4E9A")
    P(d, "首页    政务公开    政务服务    政民互动    走进三河        无障碍  |  简体  |  繁体  |  长者模式",
      size=9, east=SANS, indent=False, align="l", pts=14)
    P(d, "今天是：2025年3月26日 星期三", size=9, east=SANS, indent=False, align="l", pts=14)
    P(d, "您当前所在位置：首页 > 政务公开 > 法定主动公开内容 > 法治政府建设", size=9, east=SANS, indent=False,
      align="l", pts=14, after=10)
    P(d, "三河镇2024年法治政府建设年度报告", size=16, east=SANS, bold=True, indent=False, align="c", pts=26)
    P(d, "发布日期：2025-03-20    信息来源：三河镇党政办    浏览次数：316    字号：【大 中 小】",
      size=9, east=SANS, indent=False, align="c", pts=14, after=10)

    def p(t):
        P(d, t, size=11, pts=19)

    def h1(t):
        P(d, t, size=11, east=SANS, bold=True, pts=19)

    def h2(t):
        P(d, t, size=11, bold=True, pts=19)

    p("2024年，三河镇人民政府在县委、县政府和镇党委的领导下，坚持以法治思维谋划和推进各项工作。镇长作为推进法治建设"
      "第一责任人，全年主持召开镇政府专题会议研究法治工作3次，带头参加集体学法6次，亲自接待信访群众41批次。"
      "现将有关情况报告如下。")
    h1("一、主要工作举措及成效")
    h2("（一）依法全面履行政府职能")
    p("对照县政府下发的乡镇履行职责事项清单，逐项梳理基本履职事项89项、配合履职事项64项，在镇政务服务中心公示。"
      "镇便民服务中心全年办理各类事项6241件，“一窗通办”事项占比达到83%。全面推行村级小微权力清单，"
      "12个村（社区）均公开了集体资产处置、低保评议等28项权力事项的运行流程。")
    h2("（二）规范执法和重要事项决策")
    p("镇综合行政执法队全年办理行政处罚案件57件，全部落实执法全过程记录。镇政府重要事项均经镇政府班子会议集体研究，"
      "全年召开班子会议24次，审议事项96项。执法队在集镇开展占道经营、乱堆乱放集中整治8次，"
      "以劝导整改为主，劝导整改率达到92%。")
    h2("（三）加强法治机构和队伍建设")
    p("法治机构建设情况：镇司法所在编人员2名；法律顾问：暂缺；村（社区）人民调解委员会12个，专兼职调解员58名。"
      "镇政府签订的合同目前由镇司法所工作人员初审后报镇政府班子会议研究。")
    h2("（四）化解矛盾纠纷和法治宣传")
    p("全年排查化解矛盾纠纷286件，化解率98.3%，未发生因矛盾纠纷激化引发的刑事案件。开展“法律进乡村”活动15场，"
      "新培育“法律明白人”72名，三河村被评为县级民主法治示范村。结合赶集日设置法律咨询台，"
      "镇司法所和驻镇法庭联合开展以案释法活动9次，受众1500余人次。")
    h1("二、存在的不足及原因")
    p("一是镇综合执法队伍中具备法律专业背景的人员只有1名，执法文书制作不够规范；二是部分村干部依法办事意识不强。"
      "原因主要在于镇级法治工作力量薄弱，法治培训以会代训较多，针对性不够。")
    h1("三、2025年工作打算")
    p("一是加强执法队伍培训，全年组织执法人员参加县级以上培训不少于4次；二是推动镇政府合同审查规范化；"
      "三是深化“法律明白人”培养工程，实现每个村民小组至少1名。")
    h1("四、其他需要报告的情况")
    p("2024年，我镇无行政复议被纠错案件，无行政诉讼败诉案件。")
    P(d, "三河镇人民政府", size=11, indent=False, align="r", pts=19, before=12)
    P(d, "2025年2月18日", size=11, indent=False, align="r", pts=19)
    P(d, "【打印本页】    【关闭窗口】", size=9, east=SANS, indent=False, align="c", pts=16, before=10)
    P(d, "上一篇：三河镇2024年政府信息公开工作年度报告", size=9, east=SANS, indent=False, align="l", pts=14)
    P(d, "下一篇：三河镇2025年重点民生实事项目公示", size=9, east=SANS, indent=False, align="l", pts=14)
    P(d, "相关链接", size=10, east=SANS, bold=True, indent=False, align="l", pts=16, before=8)
    for t in ["· 三河镇2023年法治政府建设年度报告    2024-03-15",
              "· 三河镇关于开展“法律进乡村”活动的通知    2024-05-08",
              "· 三河镇综合行政执法事项清单    2024-09-02"]:
        P(d, t, size=9, east=SANS, indent=False, align="l", pts=14)
    P(d, "主办：三河镇人民政府    承办：三河镇党政办    网站标识码：0000000000    示ICP备00000000号",
      size=8, east=SANS, indent=False, align="c", pts=14, before=12)
    build_pdf(d, "t03_sanhe_town_webprint")


@doc("t04")
def t04():
    """Province government, signed late March (deadline 4月1日), with a statistics table."""
    d = new_doc()
    TITLE(d, "云岭省人民政府关于2024年度法治政府建设情况的报告")
    P(d, "党中央、国务院：", indent=False)
    P(d, "2024年，云岭省人民政府深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，扎实推进依法行政，"
         "法治政府建设取得新进展。现将有关情况报告如下。")
    H1(d, "一、2024年法治政府建设主要举措和成效")
    H2(d, "（一）深化“放管服”改革")
    P(d, "省级行政许可事项压减至412项，全面推行证明事项告知承诺制，涉企经营许可事项全部实现“一网通办”，"
         "全省新登记经营主体31.6万户，同比增长8.7%。")
    H2(d, "（二）提高立法和决策质量")
    P(d, "提请省人大常委会审议地方性法规草案6件，制定省政府规章4件，修改废止规章7件。印发并向社会公布"
         "《云岭省人民政府2024年度重大行政决策事项目录》，列入全省国土空间生态修复规划等8项决策事项，"
         "全部履行法定程序。省政府法律顾问团由14名专家和律师组成，全年参与论证重大决策、审查重要合同61件次；"
         "全省各级行政机关公职律师达到2140名。")
    H2(d, "（三）推进严格规范公正文明执法")
    P(d, "开展行政执法突出问题专项整治，梳理涉企执法问题线索327条，整改到位319条。全省统一的行政执法监督平台"
         "上线运行，覆盖16个市州、118个县市区。")
    H2(d, "（四）强化行政权力制约和监督")
    P(d, "完成省对市州法治政府建设督察全覆盖，发现问题143个，已整改128个。全年办理人大代表建议和政协提案1486件。")
    H2(d, "（五）依法化解行政争议")
    P(d, "行政复议法修订施行后，全省行政复议案件数量明显上升，主要数据见表1。")
    P(d, "表1  2023—2024年全省行政复议和行政应诉主要数据", size=12, east=SANS, bold=True, indent=False, align="c",
      pts=20, before=6)
    TABLE(d, [["指标", "2023年", "2024年", "增减"],
              ["新收行政复议申请（件）", "9873", "14562", "+47.5%"],
              ["行政复议纠错率（%）", "11.4", "13.2", "+1.8个百分点"],
              ["一审行政诉讼案件（件）", "11207", "9845", "-12.2%"],
              ["行政机关负责人出庭应诉率（%）", "93.6", "98.9", "+5.3个百分点"]],
          widths=[6.0, 2.8, 2.8, 3.4])
    P(d, "", pts=10)
    H1(d, "二、存在的不足和原因")
    P(d, "一是部分市县重大行政决策程序执行不够到位，公众参与和专家论证流于形式的情况仍有发生；二是基层行政执法"
         "人员素质参差不齐，“小过重罚”等问题时有发生；三是法治督察发现问题的整改质量有待提高。产生这些问题的原因，"
         "既有少数领导干部运用法治思维和法治方式的能力不足，也有基层执法保障投入不足、考核评价导向不够鲜明等因素。")
    H1(d, "三、党政主要负责人履行推进法治建设第一责任人职责情况")
    P(d, "省政府主要负责同志坚持把法治政府建设摆在全局工作的重要位置，全年主持召开省政府常务会议专题研究法治政府"
         "建设事项6次，带头参加省政府常务会议会前学法10次，亲自批示督办法治督察发现的重点问题14件，"
         "在省委全面依法治省委员会会议上报告履行推进法治建设第一责任人职责情况。")
    H1(d, "四、2025年工作安排")
    P(d, "2025年是《法治政府建设实施纲要（2021—2025年）》的收官之年。省政府将一是全面评估纲要实施情况，"
         "查漏补缺；二是持续提升行政立法和决策质量，按时编制公布年度重大行政决策事项目录；三是深入推进"
         "行政执法质量三年行动；四是加强法治督察和考核，压紧压实各级政府法治建设责任。")
    H1(d, "五、其他需要报告的情况")
    P(d, "2024年，我省2个项目入选全国法治政府建设示范项目，全省未发生因行政决策违法引发的重大群体性事件。")
    SIGN(d, ["云岭省人民政府", "2025年3月28日"])
    build_pdf(d, "t04_yunling_province_gov")


def add_chinese_numbering(d):
    """Create an abstractNum with level 0 '一、' and level 1 '（一）'; return numId."""
    numbering = d.part.numbering_part.element
    abs_id, num_id = "90", "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, text in ((0, "%1、"), (1, "（%2）")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:lvlText", text),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        suff = OxmlElement("w:suff")
        suff.set(qn("w:val"), "nothing")
        lvl.insert(3, suff)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), abs_id)
    num.append(ani)
    numbering.append(num)
    return num_id


def numbered(par, num_id, ilvl):
    ppr = par._element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return par


@doc("t05")
def t05():
    """District department: Word automatic numbering (numbers not in the text), bold lead runs as headings."""
    d = new_doc()
    nid = add_chinese_numbering(d)
    TITLE(d, "枫林市青龙区应急管理局2023年度法治政府建设工作报告")
    P(d, "区委全面依法治区委员会办公室：", indent=False)
    P(d, "2023年，区应急管理局紧紧围绕安全生产和防灾减灾救灾中心工作，深入推进依法行政。现将2023年度法治政府建设"
         "工作情况报告如下。")
    numbered(H1(d, "主要工作及成效"), nid, 0)
    RUNIN(d, "主要负责人带头履职。", "局长切实履行推进法治建设第一责任人职责，全年主持召开局党组会议专题研究法治工作4次，"
          "带头在局机关讲授《安全生产法》专题课2次，亲自督办重大安全隐患执法案件3件，年底在区委全面依法治区委员会"
          "会议上述法。")
    RUNIN(d, "规范安全生产执法。", "制定年度监督检查计划，全年检查生产经营单位1372家次，查处隐患4581项，"
          "立案查处违法行为96起，罚款287.4万元。落实行政执法“三项制度”，96起案件全部完成法制审核，"
          "全年没有发生因执法不当引发的行政诉讼。")
    RUNIN(d, "健全制度机制。", "修订局党组会议议事规则和重大事项集体决策规则，局机关重要事项全部毫无例外地提交集体讨论。"
          "由于区政府统一部署推迟，我局年内没有编制决策事项目录。局里聘请律师事务所律师1名担任常年法律顾问，"
          "全年审查执法文书和合同42份，参与重大执法案件讨论9次。")
    RUNIN(d, "强化普法宣传。", "以“安全生产月”“防灾减灾日”为契机，开展安全生产法律法规进企业、进社区活动38场，"
          "发放宣传资料2.1万份，组织企业主要负责人和安全管理人员法律知识培训1260人次。"
          "在区融媒体中心开设“以案说法”专栏，全年刊播典型安全生产违法案例24期。")
    RUNIN(d, "推进应急管理综合执法。", "整合原安全生产、消防、防汛等执法职责，组建区应急管理综合行政执法大队，"
          "制定执法事项清单63项，统一执法文书和自由裁量基准。在汛期和重要节假日开展危险化学品、"
          "烟花爆竹、建筑施工等重点行业领域专项执法行动5轮，督促企业整改隐患1027项，"
          "对12家拒不整改的企业依法实施停产整顿。")
    numbered(H1(d, "存在的短板弱项及原因"), nid, 0)
    P(d, "一是执法人员数量与监管对象不匹配，全局在编执法人员仅14人，监管企业3100余家；二是执法检查“宽松软”"
         "现象仍不同程度存在。究其原因，主要是执法力量配备不足，执法人员专业化培训不够系统，"
         "部分执法人员对企业存在“怕影响发展”的顾虑。")
    numbered(H1(d, "2024年工作打算"), nid, 0)
    numbered(H2(d, "规范决策程序"), nid, 1)
    P(d, "2024年启动重大行政决策事项目录编制工作，严格执行重大事项集体决策规则。")
    numbered(H2(d, "提升执法质效"), nid, 1)
    P(d, "推行分级分类精准执法，开展执法案卷评查，力争案卷优秀率达到80%以上。")
    numbered(H2(d, "加强队伍建设"), nid, 1)
    P(d, "通过公开招录、跨部门调剂等方式充实执法力量，全年组织执法人员轮训不少于2次。")
    SIGN(d, ["枫林市青龙区应急管理局", "2024年2月26日"])
    build_pdf(d, "t05_qinglong_district_emergency")


@doc("t06")
def t06():
    """County public security bureau: run-in and glued headings, no item 3, impossible signature date."""
    d = new_doc()
    TITLE(d, "青石县公安局2024年法治政府建设年度报告")
    P(d, "2024年，青石县公安局以法治公安建设为统领，持续规范执法行为、提升执法公信力，全县刑事案件立案数同比下降"
         "9.6%，八类严重暴力犯罪案件全部破获，群众安全感测评位居全市前列。现将有关情况报告如下：")
    H1(d, "一、主要工作")
    RUNIN(d, "（一）健全执法制度体系。", "局党委高度重视法治公安建设，将其纳入年度工作要点，全年党委会研究法治工作3次。"
          "修订《执法办案场所管理规定》等制度9项，编制并在县政府门户网站公布《青石县公安局2024年度重大行政决策事项目录》，"
          "列入全县道路交通安全设施规划调整等2项事项，均已按程序完成。")
    RUNIN(d, "（二）严格规范执法办案。", "全面落实受案立案制度改革，全年受理刑事案件2186起、行政案件4973起，"
          "执法办案管理中心入区办案率达到100%。推行行政执法公示制度，行政处罚决定在法定期限内全部公开。"
          "推行轻微交通违法“首违警告”，全年对4120起轻微违法行为予以警告教育。完善受案回告机制，"
          "群众报警求助后24小时内回告率达到96.5%，全年群众对执法办案工作的满意率为95.8%。")
    P(d, "（三）深化执法监督全年开展执法质量考评2次，抽查案卷612卷，发现并整改问题87个；开展涉案财物专项清理，"
         "规范处置涉案财物1329件。对执法过错问题开展责任倒查，全年对3名民警予以执法过错责任追究，"
         "通报典型执法问题11起。")
    RUNIN(d, "（四）发挥法律顾问和公职律师作用。", "局法制大队现有公职律师4名，另聘请常年法律顾问2名，"
          "全年审核重大执法决定53件，参与行政复议、行政诉讼案件答辩21件。全年以局名义签订的采购、租赁等合同38份，全部经过合法性审查，"
          "行政复议被撤销、变更的案件同比减少4件。")
    RUNIN(d, "（五）推进法治宣传教育。", "依托“警营开放日”、社区警务室开展普法宣传，全年开展反诈、禁毒等法治宣传活动"
          "214场，覆盖群众8.6万人次。制作反诈宣传短视频36部，累计播放量超过120万次，全县电信网络诈骗"
          "案件发案数同比下降27.4%，群众识骗防骗能力明显增强。")
    H1(d, "二、存在的问题")
    P(d, "一是基层所队执法规范化水平不均衡，个别派出所案件办理超期；二是执法记录仪使用不规范的情况偶有发生；"
         "三是新招录民警执法经验不足，办案质量有待提升。")
    H1(d, "三、下步打算")
    P(d, "一是持续深化执法规范化建设，开展执法办案突出问题专项整治；二是强化执法全流程监督管理，推动执法记录仪"
         "规范使用；三是分层分类开展执法培训，全年组织执法资格考试辅导2期；四是继续发挥法律顾问、公职律师作用，"
         "提升依法决策和依法办案水平。")
    SIGN(d, ["青石县公安局", "2025年2月30日"])
    build_pdf(d, "t06_qingshi_county_police")


@doc("t07")
def t07():
    """Province department, thematic headings, item 3 as 压实法治建设领导责任, shortcomings only in body, late."""
    d = new_doc()
    TITLE(d, "云岭省生态环境厅")
    TITLE(d, "关于2024年度法治政府建设情况的报告")
    P(d, "省委全面依法治省委员会办公室、省人民政府：", indent=False)
    P(d, "2024年，省生态环境厅坚持用最严格制度最严密法治保护生态环境，各项工作取得积极成效。现将2024年度法治政府"
         "建设情况报告如下。")
    H1(d, "一、压实法治建设领导责任")
    P(d, "厅主要负责人严格履行推进法治建设第一责任人职责，全年主持召开厅党组会议、厅务会议专题研究法治工作5次，"
         "亲自审定厅年度法治政府建设工作计划，带头参加厅党组理论学习中心组法治专题学习4次，"
         "带队赴3个市州督导生态环境执法工作，并在年终述职中专门报告履行法治建设职责情况。")
    H1(d, "二、提高生态环境立法和决策质量")
    H2(d, "（一）推进重点领域立法")
    P(d, "配合省人大常委会完成《云岭省土壤污染防治条例》立法调研和起草，条例于2024年9月审议通过；"
         "起草省政府规章《云岭省排污许可管理办法》送审稿。")
    H2(d, "（二）编制公布重大行政决策事项目录")
    P(d, "编制《云岭省生态环境厅2024年度重大行政决策事项目录》并于3月在厅门户网站公开，列入重点流域水生态环境"
         "保护规划等3项事项。3项决策均严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，"
         "不存在未经合法性审查即提交集体讨论的情况。")
    H1(d, "三、严格规范生态环境执法")
    H2(d, "（一）强化执法监管")
    P(d, "全省生态环境部门全年下达行政处罚决定书1947份，罚没款1.63亿元，办理按日连续处罚、查封扣押等"
         "配套措施案件214件。推行“非现场执法”，在全省重点排污单位安装在线监控设备2871台（套），"
         "通过在线数据发现并查处超标排放违法行为63起。")
    H2(d, "（二）推行包容审慎监管")
    P(d, "修订生态环境轻微违法行为免罚清单，对首次轻微违法的286家企业依法不予处罚，同步开展普法教育。组织“送法入企”活动41场，"
         "为企业提供环评审批、排污许可政策指导服务1300余次。")
    H1(d, "四、强化法治保障和监督")
    P(d, "厅机关配备公职律师6名，聘请2家律师事务所担任常年法律顾问，全年审查合同协议73件，办理行政复议答复"
         "和行政应诉案件38件，未发生败诉案件。全年办理省人大代表建议、省政协提案64件，满意率100%。")
    H1(d, "五、2025年工作思路")
    P(d, "对照法治政府建设要求，我厅工作仍有差距：市县生态环境执法队伍专业能力不足，部分案件事实认定和法律适用"
         "不够准确，主要是机构改革后执法人员调整较大、培训不够系统。2025年，我厅将一是加快推进省政府规章出台；"
         "二是按时编制公布2025年度重大行政决策事项目录；三是开展全省生态环境执法大练兵，提升执法人员能力。")
    H1(d, "六、其他需要报告的情况")
    P(d, "2024年，我厅无其他需要报告的重大事项。")
    SIGN(d, ["云岭省生态环境厅", "2025年3月15日"])
    build_pdf(d, "t07_yunling_ecology_dept")


@doc("t08")
def t08():
    """Township: dotted table of contents, 法律顾问 heading positive, catalog only in next year's plan,
    a section contradicting its heading, item 5 as a closing body statement."""
    d = new_doc()
    TITLE(d, "柏川县白沙乡人民政府2024年度法治政府建设工作报告")
    P(d, "目  录", size=16, east=SANS, indent=False, align="c", before=6)
    for ln in ["一、2024年法治政府建设工作开展情况……………………1",
               "二、党政主要负责人履行推进法治建设第一责任人职责情况……2",
               "三、存在的不足及原因…………………………………………2",
               "四、2025年工作计划……………………………………………3"]:
        P(d, ln, size=14, indent=False, align="l", pts=24)
    P(d, "", pts=12)
    P(d, "2024年，白沙乡人民政府在县委、县政府和乡党委的坚强领导下，认真落实法治政府建设各项任务。"
         "现将我乡2024年度法治政府建设工作情况报告如下。")
    H1(d, "一、2024年法治政府建设工作开展情况")
    RUNIN(d, "（一）落实依法决策。", "乡政府涉及群众切身利益的重要事项均经乡政府常务会议集体讨论，全年召开常务会议"
          "18次，研究乡村道路养护、集体林地流转等事项63项，会前均由乡司法所进行合法性初审。")
    RUNIN(d, "（二）规范性文件管理。", "我乡今年尚未建立规范性文件合法性审核机制，全年以乡政府名义印发的通知类文件"
          "暂由乡党政办把关。")
    RUNIN(d, "（三）法律顾问工作。", "乡政府与县城一家律师事务所续签法律顾问服务协议，由2名律师担任乡政府法律顾问，"
          "全年审查合同协议26份，为土地征收补偿、林权纠纷调处等工作出具法律意见14份，列席乡政府常务会议6次，"
          "并为乡村两级干部开展合同管理专题讲座2次。")
    RUNIN(d, "（四）推进基层依法治理。", "指导9个村修订完善村规民约，开展“民主法治示范村”创建，"
          "全年调处矛盾纠纷173件，调处成功率98.8%，开展普法宣传活动22场。乡综合行政执法队"
          "全年开展农村乱搭乱建、秸秆焚烧等执法检查96次，办理行政处罚案件21件，全部按县里统一格式制作执法文书。"
          "乡便民服务中心公开办事指南131项，全年办理各类事项3862件。")
    H1(d, "二、党政主要负责人履行推进法治建设第一责任人职责情况")
    P(d, "乡长认真履行推进法治建设第一责任人职责，全年主持召开乡政府常务会议专题研究法治工作3次，带头学习"
         "《中华人民共和国行政复议法》等法律法规，亲自包案化解信访积案2件，年底向乡党委全面述法。")
    H1(d, "三、存在的不足及原因")
    P(d, "一是规范性文件审核机制尚未建立，文件把关不够严格；二是村干部法律素养总体不高，依法调处纠纷能力不足。"
         "造成上述问题的原因，主要是乡司法所仅有工作人员1名，力量薄弱，且乡村两级对法治培训投入不足。")
    H1(d, "四、2025年工作计划")
    P(d, "一是上半年建立乡政府规范性文件合法性审核机制，做到应审必审；二是研究编制乡政府重大行政决策事项目录，"
         "规范重大事项决策程序；三是开展村“两委”干部法治轮训，全年不少于2期；四是继续用好法律顾问，"
         "提高合同审查质量。")
    P(d, "此外，本年度我乡无其他需要报告的情况。")
    SIGN(d, ["柏川县白沙乡人民政府", "2025年1月20日"])
    build_pdf(d, "t08_baisha_township")


@doc("t09")
def t09():
    """Joint issuer (市委+市政府), run-in headings with 1. sub-items, signed on 29 Feb of a leap year."""
    d = new_doc()
    TITLE(d, "中共枫林市委 枫林市人民政府关于2023年度法治政府建设情况的报告")
    P(d, "中共云岭省委、云岭省人民政府：", indent=False)
    P(d, "2023年，枫林市坚持以习近平法治思想为指导，统筹推进法治政府建设各项任务，现将有关情况报告如下。")
    H1(d, "一、2023年法治政府建设主要举措和成效")
    RUNIN(d, "（一）党政主要负责人切实履行第一责任人职责。", "市委书记主持召开市委全面依法治市委员会会议2次，"
          "市长主持召开市政府常务会议专题研究法治政府建设4次，带头开展会前学法11次，亲自出庭应诉行政案件1件，"
          "市委、市政府主要负责同志均在年终述职中专门述法。")
    RUNIN(d, "（二）完善依法行政制度体系。", "")
    P(d, "1.推进政府立法。制定政府规章2部，修订1部，审查市政府规范性文件17件。")
    P(d, "2.规范重大行政决策事项目录管理。市政府印发《枫林市人民政府2023年度重大行政决策事项目录》并在市政府门户网站公布，"
         "确定城市更新三年行动方案等5项决策事项，全部按法定程序作出。")
    P(d, "3.发挥法律顾问作用。市政府聘请法律顾问9名，全市各级行政机关配备公职律师312名，全年审查重大合同、"
         "协议189件。")
    RUNIN(d, "（三）推进严格规范公正文明执法。", "深化综合行政执法改革，市级执法队伍由23支整合为8支，"
          "全年开展行政执法案卷评查两次，评查案卷860卷，优秀率由2022年的61%提高到74%。"
          "制定涉企行政检查“白名单”，对列入名单的286家企业原则上不主动开展现场检查，全年涉企检查次数同比下降31%。")
    RUNIN(d, "（四）强化行政权力监督。", "市政府向市人大常委会报告依法行政工作情况，全年办理人大代表建议"
          "358件、政协提案402件；开展法治督察3次，督促整改问题56个。")
    RUNIN(d, "（五）依法化解矛盾纠纷。", "全市行政复议机关受理复议案件1103件，市县两级行政机关负责人出庭应诉率"
          "保持100%，全市调解各类矛盾纠纷3.8万件。")
    H1(d, "二、存在的问题和不足")
    P(d, "一是部分县区依法行政考核结果运用不充分；二是行政执法“最后一公里”问题仍然存在，部分乡镇承接执法事项"
         "能力不足；三是法治政府建设区域发展不够平衡。这些问题的产生，主要是由于部分领导干部对法治建设的"
         "长期性认识不足，基层法治保障投入不够，法治人才队伍建设滞后。")
    H1(d, "三、2024年工作安排")
    RUNIN(d, "（一）深入推进依法行政。", "编制公布2024年度重大行政决策事项目录，开展重大行政决策后评估。")
    RUNIN(d, "（二）提升基层执法能力。", "对乡镇（街道）执法人员开展全员轮训，推动执法事项“放得下、接得住、管得好”。")
    RUNIN(d, "（三）强化考核督察。", "将法治政府建设纳入市对县区高质量发展综合考核，提高考核权重。")
    H1(d, "四、其他需要报告的情况")
    P(d, "2023年，我市被命名为第二批云岭省法治政府建设示范市。")
    SIGN(d, ["中共枫林市委　　枫林市人民政府", "2024年2月29日"])
    build_pdf(d, "t09_fenglin_city_joint")


# ------------------------------------------------- traditional-script mirrors

WM10 = "【本文來源：政策文庫網 zcwk.example.com 轉載請註明出處】"


@doc("t10")
def t10():
    """Traditional .txt, body lost its line breaks, aggregator watermark, pinyin artefacts, no shortcomings."""
    title = trad("柏川县交通运输局2024年度法治政府建设工作报告")
    body = trad(
        "2024年，柏川县交通运输局在县委、县政府的正确领导下，统(tǒng)筹推进交通运输法治建设，"
        "现将有关情况报告如下：一、主要工作开展情况（一）完善制度建设。全年清理涉及交通运输的规范性文件12件，"
        "修改2件，废止1件；制定《柏川县农村公路养护管理办法》并经县政府常务会议审议通过。（二）规(guī)范执(zhí)法行为。"
        "县交通运输综合行政执法大队全年开展路政、运政联合执法检查186次，查处超限超载车辆412辆，查处非法营运车辆57辆，"
        "行政处罚案件全部落实法制审核。全年未发生因执法不当引起的行政复议纠错和行政诉讼败诉。"
        "在县城至各乡镇的主要客运线路推行“轻微违法告知承诺”，对首次轻微违法的运输经营者以教育提醒为主，"
        "全年发出告知承诺书73份，整改率100%。深化“放管服”改革，道路运输从业资格、车辆年审等23项高频事项"
        "实现“一窗受理、限时办结”，平均办理时间由3个工作日压缩到1个工作日。"
        "（三）发(fā)挥法律顾问作用。局机关配备公职律师2名，并聘请律师事务所律师担任常年法律顾问，"
        "全年审查工程建设合同、养护合同等56份，参与处理信访事项9件。"
    ) + WM10 + trad(
        "（四）深化普法宣传。以“美丽农村路”建设为载体，开展交通运输法律法规进企业、进站场、进村组活动26场，"
        "发放宣传资料1.2万份，在县城客运站、各乡镇候车亭设置法治宣传栏48块，组织“交通运输法治讲堂”6期，"
        "培训运输企业负责人和驾驶员830人次。二、党政主要负责人履行推进法治建设第一责任人职责情况局长作为推进法治建设第一责任人，"
        "全年主持召开局党组会议专题研究法治工作3次，带头参加局党组中心组法治专题学习4次，亲自带队开展治超"
        "联合执法行动2次，并在年终述职中述法。局班子其他成员对分管领域法治工作认真履行“一岗双责”。"
        "三、2025年工作打算（一）加强执法队伍建设。组织执法人员参加执法资格培训和案卷评查，全面提升执法水平。"
        "（二）推进交通运输领域信用监管。建立运输企业信用评价结果与执法检查频次挂钩机制，做到无事不扰。"
        "同时，继续做好农村公路“路长制”相关制度的宣传解读，推动县乡村三级路长依法履职。"
        "（三）提升农村公路管护水平。依法查处损坏农村公路路产路权行为，全年完成路产损失赔偿案件办理率100%。"
        "柏川县交通运输局　2025年2月12日"
    ) + WM10
    text = (title + "\n" + "來源：柏川縣人民政府網站　　編輯：zcwk03　　" + "\n" + body + "\n"
            + "相關閱讀：柏川縣2024年交通運輸工作總結｜柏川縣農村公路養護管理辦法全文\n")
    write_text("t10_baichuan_transport_trad.txt", text)


def html_page(site, title, crumbs, today, meta_rows, publine, paras, sign, after_links, prevnext, extra_head=""):
    """A saved government web page (simplified source; caller converts). paras: list of (kind, text)
    where kind is 'p' (body), 'h' (bold heading paragraph), 'raw' (html as is)."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = []
    for kind, t in paras:
        if kind == "p":
            body.append('<p style="text-indent:2em;">%s</p>' % esc(t))
        elif kind == "h":
            body.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % esc(t))
        elif kind == "h1":
            body.append('<p style="text-indent:2em;font-family:黑体;">%s</p>' % esc(t))
        else:
            body.append(t)
    meta = ""
    if meta_rows:
        cells = "".join("<tr>%s</tr>" % "".join("<th>%s</th><td>%s</td>" % (esc(k), esc(v)) for k, v in row)
                        for row in meta_rows)
        meta = '<table class="xxgk-meta">%s</table>' % cells
    links = "".join('<li><a href="#">%s</a><span>%s</span></li>' % (esc(a), b) for a, b in after_links)
    pn = "".join('<p class="pn">%s</p>' % esc(x) for x in prevnext)
    signh = "".join('<p style="text-align:right;">%s</p>' % esc(x) for x in sign)
    return """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>%(title)s_%(site)s</title>
<meta name="SiteName" content="%(site)s">
<meta name="ArticleTitle" content="%(title)s">
%(extra_head)s<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div class="top-bar"><span class="clock">今天是：%(today)s</span>
<span class="tools"><a href="#">无障碍</a> | <a href="#">简体</a> | <a href="#" class="on">繁体</a> | <a href="#">长者模式</a> | <a href="#">登录</a></span></div>
<div class="banner"><h1 class="site-name">%(site)s</h1>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">数据发布</a></li></ul></div>
<div class="crumb">您当前所在位置：%(crumbs)s</div>
<div class="article">
%(meta)s
<h2 class="art-title">%(title)s</h2>
<div class="art-info">%(publine)s</div>
<div class="art-content" id="zoom">
%(body)s
%(signh)s
</div>
<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>
%(pn)s
<div class="related"><h3>相关文章</h3><ul>%(links)s</ul></div>
</div>
<div class="footer"><p>主办：%(site)s　　联系电话：0000-0000000</p>
<p>网站标识码：0000000000　　示ICP备00000000号　　示公网安备00000000000000号</p></div>
</body>
</html>
""" % dict(site=esc(site), title=esc(title), crumbs=esc(crumbs), today=esc(today), meta=meta,
           publine=esc(publine), body="\n".join(body), signh=signh, pn=pn, links=links, extra_head=extra_head)


@doc("t11")
def t11():
    """Traditional .html of a city bureau, saved with site chrome; published after 4月1日; 成文日期 differs."""
    paras = [
        ("p", "市委全面依法治市委员会办公室、市人民政府："),
        ("p", "2024年，枫林市市场监督管理局坚持依法行政、依法监管，为优化营商环境提供有力法治保障。现将2024年度"
              "法治政府建设工作情况报告如下。"),
        ("h1", "一、2024年度法治政府建设主要举措和成效"),
        ("h", "（一）深化市场准入制度改革"),
        ("p", "全面推行经营主体登记“一网通办”，全年新设经营主体4.27万户，办理注销登记1.13万户，平均办理时限压缩至"
              "0.8个工作日。"),
        ("h", "（二）严格落实重大行政决策事项目录管理"),
        ("p", "年初编制《枫林市市场监督管理局2024年度重大行政决策事项目录》，列入食品安全“放心工程”实施方案等3项事项，"
              "经局党组会议审定后在局门户网站公布，全年3项决策均已按程序作出。"),
        ("h", "（三）推进包容审慎监管"),
        ("p", "制定市场监管领域轻微违法行为不予处罚清单（第二版），对1083家经营主体依法免罚。全年办理行政处罚案件"
              "2216件，案件法制审核率100%，没有出现超期办案的情况。"),
        ("h", "（四）强化法治保障"),
        ("p", "不断完善法律顾问制度，局机关配备公职律师7名，聘请常年法律顾问1名，全年审核规范性文件4件、行政处罚决定"
              "312件、合同协议29份。"),
        ("h1", "二、党政主要负责人履行推进法治建设第一责任人职责情况"),
        ("p", "局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开局党组会议专题研究法治工作4次，"
              "带头讲授《反不正当竞争法》专题党课1次，亲自审定重大执法案件7件，年底在市委全面依法治市委员会会议上述法。"),
        ("h1", "三、存在的不足和原因"),
        ("p", "一是基层市场监管所执法人员结构老化，网络交易等新型案件办理能力不足；二是部分执法文书说理不够充分。"
              "主要原因是近年新进执法人员较少，执法培训内容与新业态监管需求衔接不够紧密。"),
        ("h1", "四、2025年工作安排"),
        ("p", "一是持续深化综合行政执法改革，推进“综合查一次”；二是按时编制公布2025年度重大行政决策事项目录；"
              "三是加强网络交易监管执法能力建设，全年开展专题培训3期。"),
        ("h1", "五、其他需要报告的情况"),
        ("p", "2024年，我局“信用+监管”工作经验被省市场监管局转发推广。"),
    ]
    meta = [[("索引号", "MSC-0000-2025-00031"), ("主题分类", "法治政府建设")],
            [("发布机构", "枫林市市场监督管理局"), ("成文日期", "2025-02-27")],
            [("发文字号", "枫市监报〔2025〕8号"), ("发布时间", "2025-04-08")]]
    html = html_page(
        "枫林市市场监督管理局", "枫林市市场监督管理局2024年度法治政府建设工作报告",
        "首页 > 政务公开 > 法定主动公开内容 > 法治政府建设年度报告", "2025年4月9日 星期三", meta,
        "发布时间：2025-04-08 16:30　　来源：局法规科　　浏览次数：208　　【字体：大 中 小】", paras,
        ["枫林市市场监督管理局", "2025年2月27日"],
        [("枫林市市场监督管理局2023年度法治政府建设工作报告", "2024-03-29"),
         ("枫林市市场监管领域轻微违法行为不予处罚清单（第二版）", "2024-06-12"),
         ("枫林市市场监督管理局2025年重大行政决策事项目录", "2025-02-18")],
        ["上一篇：枫林市市场监督管理局2024年政府信息公开工作年度报告",
         "下一篇：关于开展2025年“3·15”消费维权活动的通知"])
    write_text("t11_fenglin_market_bureau_trad.html", trad(html))


@doc("t12")
def t12():
    """Traditional .txt encoded in Big5; shortcomings only inside 下步打算; counsel only in the plan."""
    src = """柳溪镇人民政府关于2023年度法治政府建设工作情况的报告

县委全面依法治县委员会办公室：
　　2023年，柳溪镇人民政府紧紧围绕“法治柳溪”建设目标，扎实推进依法行政各项工作。现将有关情况报告如下：
　　一、2023年法治政府建设工作情况
　　（一）健全依法决策机制。制定《柳溪镇2023年度重大行政决策事项目录》，将集镇污水管网建设、镇区农贸市场迁建等2个事项纳入目录管理，两项决策均经过征求意见、合法性审查和镇政府常务会议集体讨论。全年以镇政府名义制发的文件均由镇司法所进行合法性初审，共审查文件31件，提出修改意见47条。
　　（二）规范行政执法行为。镇综合行政执法队全年开展执法检查312次，办理行政处罚案件43件，执法人员全部持证上岗，执法文书统一使用全县标准格式。针对集镇占道经营、违规搭建等群众反映集中的问题，采取“先教育、后处罚”的方式，劝导整改312起，立案处罚仅占全部违法行为的一成左右，群众对执法工作的认可度明显提升。
　　（三）做好矛盾纠纷化解。在镇综治中心设立矛盾纠纷调处窗口，实行“一站式接收、一揽子调处、全链条解决”，坚持和发展新时代“枫桥经验”，镇、村两级调委会全年受理纠纷197件，调解成功193件，涉法涉诉信访案件全部依法导入法律程序。
　　（四）加强法治宣传教育。围绕“宪法宣传周”“民法典宣传月”开展主题活动18场，为11个村（社区）各培训“法律明白人”5名以上。利用镇村微信群推送以案释法短视频40余条，组织中小学生旁听庭审1次，镇中心小学被评为县级青少年法治教育示范学校。
　　二、党政主要负责人履行推进法治建设第一责任人职责情况
　　镇长认真履行推进法治建设第一责任人职责，把法治政府建设与经济社会发展同部署、同推进，全年主持召开镇政府常务会议专题研究法治工作4次，带头参加镇政府常务会议会前学法10次，带领镇村干部赴县人民法院旁听行政案件庭审1次，亲自接访群众并包案化解重复信访2件，年底在镇党委会议上专题述法。
　　三、下步打算
　　我镇法治政府建设虽取得一定成效，但与上级要求相比仍有差距：部分干部依法决策意识不够强，执法队伍中法律专业人员偏少，执法的规范化水平还需提高。2024年，我镇将重点做好以下工作：一是严格执行重大行政决策程序，按时编制2024年度决策事项目录；二是探索聘请常年法律顾问，为镇政府依法决策和合同审查提供法律支撑；三是加大执法人员培训力度，全年组织执法业务培训不少于3次。

柳溪镇人民政府
2024年1月30日
"""
    text = trad(src)
    try:
        data = text.encode("big5")
        enc = "big5"
    except UnicodeEncodeError:
        enc = "utf-8"
    write_text("t12_liuxi_town_trad_big5.txt", text, encoding=enc)
    print("t12 encoding:", enc)


@doc("t13")
def t13():
    """Traditional .html of a province government report: signed and published after 4月1日, Chinese-numeral
    date, pinyin artefacts, title printed twice, no item 5."""
    paras = [
        ("p", "党中央、国务院："),
        ("p", "2024年，沧澜省人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
              "统(tǒng)筹推进法治政府建设各项任务。现将2024年度法治政府建设情况报告如下。"),
        ("h1", "一、2024年法治政府建设主要举措和成效"),
        ("h", "（一）持续优化法治化营商环境"),
        ("p", "全面清理妨碍统一市场和公平竞争的政策措施，废止和修改省级文件37件。省级政务服务事项“网上可办率”达到"
              "99.2%，企业开办时间压缩至1个工作日以内。在全省推行涉企行政检查“扫码入企”，全年涉企检查次数同比下降"
              "28.5%。"),
        ("h", "（二）提高依法决策和制度建设质量"),
        ("p", "年初印发《沧澜省人民政府2024年度重大行政决策事项目录》并向社会公布，列入全省水网建设规划、省级储备粮"
              "管理体制调整等7项事项，全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。"
              "提请省人大常委会审议地方性法规草案5件，制定修订省政府规章6件。省政府法律顾问委员会由"
              "17名专家学者和律师组成，全年参与论证重大决策、审查重大合同55件次；全省党政机关公职律师达到"
              "1862名，实现省市县三级政府工作部门全覆盖。"),
        ("h", "（三）深入推进严格规范公正文明执法"),
        ("p", "开展提升行政执法质量三年行动中期评估，全省统一行政执法人员资格管理，清理不符合条件的执法证件"
              "1300余件。发(fā)挥行政执法协调监督作用，办理行政执法投诉举报412件，督促纠正不当执法行为86件。"),
        ("h", "（四）全面加强行政权力制约监督"),
        ("p", "自觉接受省人大常委会法律监督和省政协民主监督，全年办理人大代表建议892件、政协提案764件。组织对"
              "8个设区市开展法治政府建设督察，发现问题97个，逐项建立整改台账。"),
        ("h", "（五）依法有效化解社会矛盾纠纷"),
        ("p", "全省各级行政复议机构新收行政复议申请12631件，同比增长41.3%，办结11874件，直接纠错率14.6%。"
              "行政机关负责人出庭应诉率保持在98%以上，一审行政诉讼败诉率下降至6.1%。"),
        ("h1", "二、存在的不足和原因"),
        ("p", "一是法治政府建设区域不平衡，部分县（市、区）基础较为薄弱；二是个别领域重大行政决策公众参与不够充分；"
              "三是基层执法人员素质与执法任务不相适应。究其原因，主要是部分地方对法治政府建设重视程度不够、"
              "投入不足，法治督察考核的刚性约束还没有完全发挥出来。"),
        ("h1", "三、省政府主要负责同志履行推进法治建设第一责任人职责情况"),
        ("p", "省长认真履行推进法治建设第一责任人职责，全年主持召开省政府常务会议专题研究法治政府建设工作5次，"
              "带头参加省政府常务会议会前学法12次，亲自部署法治政府建设督察工作，在省委全面依法治省委员会会议上"
              "报告履职情况，推动解决了一批基层执法保障方面的突出问题。"),
        ("h1", "四、2025年工作打算"),
        ("p", "2025年，省政府将一是开展法治政府建设实施纲要终期评估，确保各项目标任务如期完成；二是继续编制公布"
              "年度重大行政决策事项目录，推进重大行政决策后评估；三是深化行政执法体制改革，推动执法力量向基层下沉；"
              "四是健全行政复议案件审理机制，持续提升行政复议化解行政争议的主渠道作用。"),
    ]
    meta = [[("索引号", "CL-0000-2025-000112"), ("分类", "政府工作报告")],
            [("发布机构", "沧澜省人民政府办公厅"), ("成文日期", "2025-04-10")],
            [("标题", "沧澜省人民政府关于2024年度法治政府建设情况的报告"), ("发布日期", "2025-04-15")]]
    html = html_page(
        "沧澜省人民政府", "沧澜省人民政府关于2024年度法治政府建设情况的报告",
        "首页 > 政务公开 > 政府信息公开 > 法治政府建设", "2025年4月16日 星期三", meta,
        "发布日期：2025-04-15　　来源：省政府办公厅　　【大】【中】【小】", paras,
        ["沧澜省人民政府", "二〇二五年四月十日"],
        [("沧澜省人民政府关于2023年度法治政府建设情况的报告", "2024-03-27"),
         ("沧澜省2025年度重大行政决策事项目录", "2025-02-21"),
         ("沧澜省行政复议体制改革情况新闻发布会", "2024-11-06")],
        ["上一篇：沧澜省人民政府关于公布2025年度省级重点项目名单的通知",
         "下一篇：沧澜省人民政府办公厅关于做好春季森林防火工作的通知"])
    write_text("t13_canglan_province_gov_trad.html", trad(html))


@doc("t14")
def t14():
    """Traditional .html, run-in headings in <p>; 法律顾问 topic clause followed by negation; leader only in body."""
    paras = [
        ("p", "2024年，青石县自然资源局在县委、县政府的领导下，围绕耕地保护、国土空间规划和自然资源执法等重点工作，"
              "扎实推进法治政府建设。局长作为推进法治建设第一责任人，全年主持召开局务会议专题研究法治工作3次，"
              "带头参加县政府常务会议会前学法和局机关集中学法9次，亲自督办土地违法案件4件。现将有关情况报告如下。"),
        ("h1", "一、主要工作及成效"),
        ("raw", '<p style="text-indent:2em;"><strong>（一）依法履行自然资源管理职责。</strong>完成县级国土空间总体规划'
                '报批工作，划定耕地保护目标52.6万亩、永久基本农田46.1万亩。全年办理建设用地审批事项38件，'
                '全部在法定时限内办结，未雨绸缪做好重点项目用地预审，保障县域重点项目用地1860亩。</p>'),
        ("raw", '<p style="text-indent:2em;"><strong>（二）规范重大行政决策。</strong>编制《青石县自然资源局2024年度'
                '重大行政决策事项目录》并在县政府门户网站公布，列入县城控制性详细规划修编、集体经营性建设用地入市'
                '试点方案2项事项，均按程序开展公众参与、专家论证和合法性审查，提交局务会议集体讨论决定。</p>'),
        ("raw", '<p style="text-indent:2em;"><strong>（三）法律顾问工作。</strong>本局目前还没有聘请常年法律顾问，'
                '涉法事务主要由局政策法规股承担，重大合同和行政复议答复材料必要时送县司法局协助把关。</p>'),
        ("raw", '<p style="text-indent:2em;"><strong>（四）严格自然资源执法。</strong>运用卫星遥感开展土地'
                '例行督察，全年核查图斑1126个，立案查处土地违法案件47件，收回违法占用土地213亩，拆除违法建筑'
                '3.8万平方米。落实行政执法“三项制度”，执法信息在县政府网站及时公示。</p>'),
        ("raw", '<p style="text-indent:2em;"><strong>（五）开展法治宣传。</strong>结合“4·22世界地球日”“6·25'
                '全国土地日”开展宣传活动12场，发放《土地管理法》《矿产资源法》宣传资料8000余份，在乡镇自然资源所'
                '设立法律咨询点11个。</p>'),
        ("h1", "二、存在的不足和原因"),
        ("p", "一是基层自然资源所执法力量不足，11个所中有4个仅有1名执法人员；二是局机关缺少专职法律人员，"
              "合同审查和应诉工作压力较大；三是部分村组干部和群众土地法治意识淡薄，违法占地现象时有反弹。"
              "原因在于机构改革后编制调整尚未到位，专业法律人才引进渠道不畅，普法宣传的针对性和覆盖面还不够。"),
        ("h1", "三、2025年工作思路"),
        ("p", "一是加快推进国土空间规划实施监督，严格落实“先规划、后建设”；二是争取县财政支持，年内聘请1名"
              "常年法律顾问；三是持续开展土地违法“清零”行动，做到早发现、早制止、严查处；四是按时编制公布"
              "2025年度重大行政决策事项目录。"),
        ("h1", "四、其他需要报告的情况"),
        ("p", "2024年，我局被县委、县政府评为年度综合考核先进单位。全年涉及我局的行政复议案件3件、行政诉讼案件2件，"
              "均未被撤销或确认违法。"),
    ]
    html = html_page(
        "青石县人民政府", "青石县自然资源局2024年度法治政府建设工作报告",
        "首页 > 信息公开 > 部门信息公开 > 县自然资源局 > 法治政府建设", "2025年3月5日 星期三", None,
        "发布日期：2025-03-03 09:12　　信息来源：县自然资源局　　阅读次数：97", paras,
        ["青石县自然资源局", "2025年2月20日"],
        [("青石县自然资源局2023年度法治政府建设工作报告", "2024-02-28"),
         ("青石县国土空间总体规划（2021—2035年）批前公示", "2024-06-30")],
        ["上一篇：青石县自然资源局2024年政府信息公开工作年度报告",
         "下一篇：青石县2025年度国有建设用地供应计划"])
    write_text("t14_qingshi_natural_resources_trad.html", trad(html))


@doc("t15")
def t15():
    """Traditional .txt copy of a tax bureau page: pinyin artefacts, 发布时间 line, next-year heading naming the
    report year (clerical slip), item 3 under 一把手 wording, item 5 as a closing sentence."""
    src = """首页 > 税收政策 > 法治税务 > 年度报告
国家税务总局柏川县税务局2024年法治政府建设情况报告
发布时间：2025-03-12 10:05　　来源：柏川县税务局　　字号：大 中 小

　　2024年，国家税务总局柏川县税务局在上级税务机关和县委、县政府的领导下，坚持依法治税，统(tǒng)筹推进法治税务建设，全年组织各项税费收入18.74亿元。现将有关情况报告如下。
　　一、主要工作举措及成效
　　（一）规(guī)范税收执法。全面落实税务行政处罚“首违不罚”清单，对首次发生且及时纠正的轻微违法行为不予处罚1362户次。重大税务案件审理委员会全年审理案件9件，重大执法决定法制审核率100%。
　　（二）优化纳税缴费服务。推行“非接触式”办税缴费，网上办税率达到98.7%。开展“便民办税春风行动”，为小微企业和个体工商户办理减税降费及退税4.31亿元，各项税费优惠政策做到应享尽享。在县政务服务中心设立“办不成事”反映窗口，全年协调解决纳税人缴费人反映的复杂涉税诉求87件，纳税人满意度测评得分较上年提高2.3分。
　　（三）发(fā)挥公职律师作用。局内现有公职律师8名，全年参与规范性文件合法性审查、税务行政复议和应诉、重大税务案件审理等工作63件次，出具法律意见41份。
　　（四）加强税费征(zhēng)管风险防控。开展税收执法督察2次，抽查执法案卷316份，发现并整改问题29个；对12名执法人员实施执法过错责任追究，执(zhí)法行为进一步规范。
　　二、存在的短板弱项
　　一是少数税务人员对新出台的税收法律法规理解不深，执法尺度不够统一；二是税收风险线(xiàn)索的分析应对能力有待提升。究其原因，一方面是新招录人员比例较大，业务和法律培训跟进不够及时；另一方面是税收大数据应用人才不足，部门间涉税信息共享还不充分。
　　三、“一把手”带头推进依法治税
　　局党委书记、局长认真履行推进法治建设第一责任人职责，全年主持召开局党委会议专题研究法治税务建设4次，带头为全局干部讲授《税收征收管理法》专题法治课1次，亲自审定重大税务案件5件，亲自参加行政诉讼案件出庭应诉1件，并在年度述职中专门报告法治建设情况。
　　四、2024年工作计划
　　一是深化税收执法责任制改革，完善执法考评机制；二是加强执法人员法治培训，全年组织专题培训不少于4期；三是持续优化税费服务，推动更多事项“掌上办”“就近办”；四是健全税务公职律师参与重大事项审查的工作机制。
　　除上述情况外，本局无其他需要报告的情况。

国家税务总局柏川县税务局
二〇二五年二月二十八日

【打印本页】　【关闭窗口】
"""
    write_text("t15_baichuan_tax_trad.txt", trad(src))


@doc("t16")
def t16():
    """Look-alike: traditional .html of a district 政府信息公开工作年度报告 (sections end with 其他需要报告的事项)."""
    def table(rows):
        trs = []
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            trs.append("<tr>" + "".join("<%s>%s</%s>" % (tag, c, tag) for c in r) + "</tr>")
        return '<table border="1" cellspacing="0" cellpadding="4" style="margin:0 auto;">' + "".join(trs) + "</table>"

    paras = [
        ("p", "本报告依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开工作年度报告格式要求编制，"
              "内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼"
              "情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2024年1月1日至12月31日。"),
        ("h1", "一、总体情况"),
        ("p", "2024年，枫林市青龙区人民政府坚持以公开为常态、不公开为例外，围绕优化营商环境、重点民生领域持续加大"
              "政府信息公开力度。全年通过区政府门户网站主动公开各类政府信息5631条，其中政策文件142件、政策解读86篇；"
              "召开新闻发布会9场。区政府门户网站“政府信息公开”专栏新增法治政府建设栏目，集中公开区政府及各部门"
              "法治政府建设年度报告、行政执法公示等信息。"),
        ("h1", "二、主动公开政府信息情况"),
        ("raw", table([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                       ["规章", "0", "0", "0"],
                       ["行政规范性文件", "11", "3", "64"],
                       ["行政许可", "—", "—", "2873"],
                       ["行政处罚", "—", "—", "1546"]])),
        ("h1", "三、收到和处理政府信息公开申请情况"),
        ("p", "2024年，区政府及各部门共收到政府信息公开申请217件，上年结转9件。已办结219件，其中予以公开121件，"
              "部分公开28件，不予公开13件，无法提供43件，不予处理9件，其他处理5件；结转下年度继续办理7件。"),
        ("h1", "四、政府信息公开行政复议、行政诉讼情况"),
        ("raw", table([["类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                       ["行政复议", "6", "1", "0", "1", "8"],
                       ["行政诉讼（未经复议直接起诉）", "2", "0", "1", "1", "4"]])),
        ("h1", "五、存在的主要问题及改进情况"),
        ("p", "2024年，我区政府信息公开工作仍存在一些不足：一是个别部门公开信息更新不及时；二是政策解读形式较为单一，"
              "图解、视频解读占比不高。主要原因是部分部门信息公开工作人员调整频繁，业务培训不够。2025年，我区将加强"
              "政府信息公开业务培训，建立信息发布定期检查通报制度，丰富政策解读形式。"),
        ("h1", "六、其他需要报告的事项"),
        ("p", "1.收取信息处理费情况：本年度未收取信息处理费。2.人大代表建议和政协提案办理结果公开情况：全年办理区人大代表"
              "建议126件、区政协提案148件，办理结果已全部公开。3.本年度政务公开工作要点落实情况：各项任务均已完成。"),
    ]
    meta = [[("索引号", "QL-0000-2025-00009"), ("主题分类", "政府信息公开年报")],
            [("发布机构", "枫林市青龙区人民政府办公室"), ("发布日期", "2025-01-22")]]
    html = html_page(
        "枫林市青龙区人民政府", "枫林市青龙区人民政府2024年政府信息公开工作年度报告",
        "首页 > 政府信息公开 > 政府信息公开年报", "2025年1月23日 星期四", meta,
        "发布日期：2025-01-22　　来源：区政府办公室", paras,
        ["枫林市青龙区人民政府", "2025年1月20日"],
        [("枫林市青龙区人民政府2023年政府信息公开工作年度报告", "2024-01-25"),
         ("枫林市青龙区2024年度法治政府建设工作报告", "2025-02-27")],
        ["上一篇：青龙区2025年政务公开工作要点", "下一篇：青龙区人民政府关于调整部分行政执法事项的公告"])
    write_text("t16_qinglong_district_xxgk_trad.html", trad(html))


@doc("t17")
def t17():
    """Traditional .txt from an aggregator: watermark lines, 2025 report with 2026年工作思路, catalogue compiled
    but not published, counsel only in the plan, Chinese-numeral signature date."""
    wm = "（本文由政務資訊網整理收錄，僅供學習參考）"
    src = """政务资讯网 > 基层政务 > 正文
鹿鸣乡2025年度法治政府建设工作报告
（来源：鹿鸣乡人民政府）

鹿鸣乡2025年度法治政府建设工作报告

　　2025年，鹿鸣乡人民政府以建设法治乡镇为目标，坚持依法行政、依法办事，各项工作取得新进展。现将全年法治政府建设工作情况报告如下。
　　一、主要工作举措和成效
　　（一）推进依法决策。严格执行重大行政决策程序，本乡2025年度重大行政决策事项目录已编制，但尚未向社会公布，目录列入乡集镇供水改造工程1项事项；乡政府常务会议全年研究重要事项58项，会前均由乡司法所提出合法性意见。
　　（二）规(guī)范行政执法。乡综合行政执法队严格落实行政执法“三项制度”，全年开展执法巡查150余次，办理行政处罚案件19件，无一件被复议纠错或诉讼败诉。
WM
　　（三）化解矛盾纠纷。乡、村两级调解组织全年调处纠纷126件，调处成功率99.2%，实现“小事不出村、大事不出乡”。对3起群体性土地纠纷，乡里组织司法所、派出所和村“两委”联合调处，依法依规妥善化解。
　　（四）深化法治宣传。发(fā)挥“法律明白人”作用，全乡8个村各配备“法律明白人”6名以上，开展“法治赶集日”活动10次，发放宣传资料4600余份，鹿鸣村获评省级民主法治示范村。
　　二、压实法治建设领导责任
　　乡长履行推进法治建设第一责任人职责，全年主持召开乡政府常务会议专题研究法治政府建设3次，带头开展会前学法8次，亲自研究部署综合行政执法改革后的执法队伍建设，并在年底乡党委会议上专题述法。
WM
　　三、存在的短板弱项
　　一是乡综合行政执法队人员少、专业背景弱，执法办案能力与承接的执法事项还不匹配；二是重大行政决策事项目录公开不及时；三是群众特别是留守老人的法治意识仍需提高。原因主要是乡级编制有限、法治人才引进难，同时乡政府对目录公开环节重视不够，把它当成了可有可无的程序。
　　四、2026年工作思路
　　一是编制2026年度重大行政决策事项目录并及时向社会公布；二是拟聘请1名常年法律顾问，提升合同审查和依法决策水平；三是组织执法人员参加县级执法业务培训不少于3次；四是持续开展“法治赶集日”等群众喜闻乐见的普法活动。

鹿鸣乡人民政府
二〇二六年一月二十八日
WM
相关阅读：鹿鸣乡2024年度法治政府建设工作报告　　鹿鸣乡综合行政执法事项目录
"""
    write_text("t17_luming_township_trad.txt", trad(src).replace("WM", wm))


@doc("t18")
def t18():
    """Traditional .html of a province department; body as one <div> with <br> lines; a catalogue heading
    followed by a body saying it was not compiled; title split over issuer line + 关于…的报告."""
    lines = [
        "省委全面依法治省委员会办公室、省人民政府：",
        "　　2024年，省教育厅深入贯彻落实党中央、国务院关于法治政府建设的决策部署，统(tǒng)筹推进依法治教、"
        "依法治校，全省教育系统法治建设水平持续提升。现将有关情况报告如下。",
        "　　一、2024年度主要举措和成效",
        "　　（一）完善教育制度体系。配合省人大常委会完成《云岭省学前教育条例》立法调研，起草省政府规章"
        "《云岭省校外培训监督管理办法》送审稿；全年制发厅规范性文件6件，全部经过合法性审核，清理规范性文件"
        "58件，废止11件。",
        "　　（二）重大行政决策事项目录。因机构职能调整，本厅2024年度未编制重大行政决策事项目录。年内涉及全省"
        "的高中阶段学校招生制度改革等2项重要事项，提交厅党组会议集体讨论前均进行了合法性审查。",
        "　　（三）法律顾问和公职律师。厅机关设立公职律师4名，聘请2家律师事务所担任常年法律顾问，全年审查合同"
        "协议92份，参与处理行政复议、行政诉讼案件17件，为厅重大事项出具法律意见书23份。",
        "　　（四）规范教育行政执法。组织开展校外培训机构专项执法检查，全省共检查机构3126家次，依法查处违规"
        "培训行为214起；制定教育行政处罚裁量基准，明确裁量情形87种。",
        "　　（五）推进依法治校。全省认定省级依法治校示范校120所，中小学法治副校长配备率达到100%，"
        "高校全部完成章程修订核准工作。",
        "　　二、党政主要负责人履行推进法治建设第一责任人职责情况",
        "　　厅主要负责人认真履行推进法治建设第一责任人职责，全年主持召开厅党组会议专题研究法治工作4次，"
        "带头讲授法治专题党课1次，亲自部署校外培训治理专项执法行动，在全省教育工作会议上对依法治教作出部署，"
        "年底向省委全面依法治省委员会书面述法。",
        "　　三、存在的不足和原因",
        "　　一是重大行政决策程序制度执行不够到位，年度决策事项目录未能按时编制；二是市县教育行政执法力量"
        "薄弱，部分地方执法检查流于形式；三是个别学校依法处理校园纠纷的能力不足。出现这些问题，主要是由于"
        "机构改革后厅内处室职责调整，法治工作衔接不畅，加之市县教育部门普遍缺少专职执法人员。",
        "　　四、下一步工作计划",
        "　　一是年初编制并公布2025年度重大行政决策事项目录，健全决策全过程记录；二是加强市县教育行政执法"
        "队伍建设，开展执法人员全员培训；三是深入推进依法治校示范校创建，指导学校完善纠纷化解机制。",
        "　　五、其他需要报告的情况",
        "　　2024年，省教育厅未发生因违法行政引发的重大舆情事件。",
    ]
    body = '<div class="TRS_Editor">' + "<br>\n".join(lines) + "</div>"
    paras = [("raw", body)]
    html = html_page(
        "云岭省教育厅", "云岭省教育厅关于2024年度法治政府建设情况的报告",
        "首页 > 政务公开 > 法治政府建设 > 年度报告", "2025年3月12日 星期三", None,
        "发布日期：2025-03-10　　来源：厅政策法规处　　访问量：463", paras,
        ["云岭省教育厅", "2025年2月26日"],
        [("云岭省教育厅2023年度法治政府建设情况的报告", "2024-03-18"),
         ("云岭省教育厅行政处罚裁量基准", "2024-08-09")],
        ["上一篇：云岭省教育厅关于做好2025年春季学期开学工作的通知", "下一篇：云岭省教育厅2024年政府信息公开工作年度报告"])
    html = html.replace('<h2 class="art-title">云岭省教育厅关于2024年度法治政府建设情况的报告</h2>',
                        '<h2 class="art-title">云岭省教育厅<br>关于2024年度法治政府建设情况的报告</h2>')
    assert "<br>关于2024" in html
    write_text("t18_yunling_education_dept_trad.html", trad(html))


if __name__ == "__main__":
    main(sys.argv[1:])

# -*- coding: utf-8 -*-
"""Generator for blind7/w43 test documents. Run with /work/main/.venv/bin/python make.py"""
import os, sys, math, copy, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = '/tmp/w43build'
os.makedirs(BUILD, exist_ok=True)
SERIF = 'Noto Serif CJK SC'
SANS = 'Noto Sans CJK SC'
FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'

# ---------------------------------------------------------------- seal image
def make_seal(text, path, center='★'):
    S = 520
    img = Image.new('RGBA', (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 30, 215)
    d.ellipse((12, 12, S - 12, S - 12), outline=red, width=16)
    try:
        font = ImageFont.truetype(FONT_PATH, 58, index=0)
        sfont = ImageFont.truetype(FONT_PATH, 150, index=0)
    except Exception:
        font = sfont = ImageFont.load_default()
    n = len(text)
    span = min(250, 22 * n)
    start = -90 - span / 2
    r = S / 2 - 70
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        x = S / 2 + r * math.cos(a)
        y = S / 2 + r * math.sin(a)
        tile = Image.new('RGBA', (80, 80), (255, 255, 255, 0))
        td = ImageDraw.Draw(tile)
        td.text((40, 40), ch, font=font, fill=red, anchor='mm')
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - 40), int(y - 40)))
    d.text((S / 2, S / 2 + 10), center, font=sfont, fill=red, anchor='mm')
    img.save(path)
    return path

# ---------------------------------------------------------------- docx helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = SERIF
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), SERIF)
    pf = st.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    # footer page number
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('— ')
    _field(fp, 'PAGE')
    fp.add_run(' —')
    for rr in fp.runs:
        rr.font.size = Pt(14)
    return doc

def _field(p, instr):
    r = p.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)

def fnt(run, face=SERIF, size=16, bold=False, color=None):
    run.font.name = face
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), face)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run

def outline(p, lvl):
    pPr = p._p.get_or_add_pPr()
    o = OxmlElement('w:outlineLvl'); o.set(qn('w:val'), str(lvl))
    pPr.append(o)

def para(doc, text='', indent=True, align=None, face=SERIF, size=16, bold=False, color=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        fnt(p.add_run(text), face, size, bold, color)
    return p

def title(doc, lines, size=22):
    for ln in lines:
        p = para(doc, ln, indent=False, align='c', face=SERIF, size=size, bold=True)
        p.paragraph_format.line_spacing = Pt(36)
    para(doc, '', indent=False)

def h1(doc, text, auto=None):
    p = para(doc, text, face=SANS, size=16)
    outline(p, 0)
    return p

def h2(doc, text):
    p = para(doc, text, face=SERIF, size=16, bold=True)
    outline(p, 1)
    return p

def h3(doc, text):
    p = para(doc, text, size=16)
    return p

def runin(doc, lead, body, lead_face=SERIF, bold=True):
    p = para(doc, '', indent=True)
    fnt(p.add_run(lead), lead_face, 16, bold)
    fnt(p.add_run(body), SERIF, 16)
    return p

def table(doc, rows, widths=None, size=12, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ''
            p = c.paragraphs[0]
            p.paragraph_format.line_spacing = Pt(20)
            p.paragraph_format.first_line_indent = Pt(0)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fnt(p.add_run(str(val)), SANS if (header and i == 0) else SERIF, size, header and i == 0)
            if widths:
                c.width = Cm(widths[j])
    para(doc, '', indent=False)
    return t

def signature(doc, lines, seal=None):
    para(doc, '', indent=False)
    para(doc, '', indent=False)
    if seal:
        p = para(doc, '', indent=False, align='r')
        p.paragraph_format.line_spacing = None
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        p.paragraph_format.right_indent = Cm(2.2)
        p.add_run().add_picture(seal, width=Cm(4.0))
    for ln in lines:
        p = para(doc, ln, indent=False, align='r')
        p.paragraph_format.right_indent = Cm(1.6)

def pagebreak(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

def to_pdf(docx_path, out_dir, name):
    subprocess.run(['/usr/bin/soffice', '-env:UserInstallation=file:///tmp/w43lo', '--headless',
                    '--convert-to', 'pdf', '--outdir', BUILD, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    src = os.path.join(BUILD, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')
    shutil.move(src, os.path.join(out_dir, name))

def save(doc, name):
    """name ends with .docx -> saved in folder; .pdf -> built via LibreOffice."""
    if name.endswith('.docx'):
        doc.save(os.path.join(HERE, name))
    else:
        tmp = os.path.join(BUILD, name[:-4] + '.docx')
        doc.save(tmp)
        to_pdf(tmp, HERE, name)
    print('built', name)

# =====================================================================
# t01 青石县人民政府 2024 —— 完整合规的县政府上行文（发文字号、签发人、表格、印章）
# =====================================================================
def t01():
    doc = new_doc()
    seal = make_seal('青石县人民政府', os.path.join(BUILD, 'seal_qingshi.png'))
    p = para(doc, '', indent=False)
    fnt(p.add_run('青府报〔2025〕6号'), SERIF, 16)
    fnt(p.add_run('\u3000' * 9 + '签发人：罗建平'), SERIF, 16)
    para(doc, '', indent=False)
    title(doc, ['青石县人民政府', '关于2024年度法治政府建设情况的报告'])
    para(doc, '枫林市人民政府：', indent=False)
    para(doc, '2024年，青石县人民政府在市委、市政府和县委的领导下，对照《法治政府建设实施纲要（2021—2025年）》确定的任务，'
              '把依法行政贯穿政府工作各个环节，全县法治政府建设取得了新的进展。现将有关情况报告如下。')
    h1(doc, '一、2024年推进法治政府建设的主要举措和成效')
    h2(doc, '（一）健全依法行政制度体系')
    para(doc, '年初，县政府办公室会同县司法局逐一征集各乡镇、各部门拟提请决策的事项，经县政府第41次常务会议审议，'
              '形成《青石县人民政府2024年度重大行政决策事项目录》，列入城区供水价格调整、县域义务教育学校布局优化、'
              '青石河沿岸生态修复三年计划等6项事项，3月8日在县政府门户网站“政府信息公开”栏目全文公布。全年6项决策均走完'
              '公众参与、专家论证、风险评估、合法性审查和集体讨论决定各个环节，其中县域学校布局优化事项召开听证会2场，'
              '收集群众意见213条，采纳37条。县政府全年制发行政规范性文件9件，全部报县人大常委会备案。')
    h2(doc, '（二）严格规范公正文明执法')
    para(doc, '全县32个行政执法主体全面落实行政执法公示、执法全过程记录和重大执法决定法制审核三项制度，'
              '在县市场监管、交通运输、生态环境等领域推行“首违不罚”清单，全年对轻微违法行为不予处罚或减轻处罚412件。'
              '2024年全县行政执法主要数据见下表。')
    table(doc, [
        ['项目', '2023年', '2024年', '增减'],
        ['行政处罚案件（件）', '2,386', '2,147', '-10.0%'],
        ['行政许可事项办结（件）', '18,902', '21,355', '+13.0%'],
        ['重大执法决定法制审核（件）', '164', '198', '+20.7%'],
        ['执法案卷评查优秀率', '81.2%', '88.6%', '+7.4个百分点'],
    ], widths=[6, 3, 3, 3.5])
    h2(doc, '（三）强化行政权力制约和监督')
    para(doc, '县政府主动接受县人大及其常委会的法律监督和县政协的民主监督，全年办理人大代表建议98件、政协提案121件，'
              '办结率均为100%。县级行政复议案件统一由县政府管辖，全年收到行政复议申请57件，受理49件，'
              '审结46件，直接纠错7件，纠错率15.2%。县政府作为被告的行政诉讼案件18件，行政机关负责人出庭应诉18件。')
    h2(doc, '（四）发挥法律顾问和公职律师作用')
    para(doc, '县政府续聘青石正源律师事务所、枫林明理律师事务所共4名律师担任常年法律顾问，县司法局配备公职律师5名。'
              '全年法律顾问和公职律师审查县政府合同协议87件，列席县政府常务会议22次，对招商引资协议中违约责任不对等等'
              '问题提出修改意见46条，均被采纳。')
    h1(doc, '二、存在的不足和原因')
    para(doc, '对照上级要求，县政府法治建设还存在一些不足：一是部分乡镇执法力量承接下放事项后办案能力跟不上，'
              '个别案件存在证据收集不完整、文书说理不充分的情况；二是少数部门规范性文件起草前调研论证不够深入，'
              '出台后不久即需修改；三是基层法治宣传形式较为单一，群众参与度不高。')
    para(doc, '分析原因，主要是乡镇综合执法队伍组建时间短，人员多从其他岗位转岗而来，系统的执法业务培训不足；'
              '同时，部分部门负责同志对制度建设的重视程度仍不够，习惯于靠会议和文件推动工作，运用法治方式解决问题的能力有待提升。')
    h1(doc, '三、党政主要负责人履行推进法治建设第一责任人职责情况')
    para(doc, '县委书记、县长认真履行推进法治建设第一责任人职责，把法治政府建设与经济社会发展同谋划、同部署。'
              '县长全年主持县政府常务会议专题研究法治政府建设4次，审定年度工作要点和重大行政决策事项目录；'
              '在县政府常务会议会前学法12次，亲自讲授《中华人民共和国行政复议法》专题课1次；'
              '3月在县委全面依法治县委员会会议上就上年度履行职责情况作述法报告；'
              '亲自协调化解青石河采砂权纠纷、城东片区征收补偿等涉法难题3件，到县人民法院旁听行政案件庭审1次。')
    h1(doc, '四、2025年推进法治政府建设的主要安排')
    para(doc, '2025年，县政府将着重做好以下工作：一是对照纲要收官要求开展全面自查，逐项补齐短板；'
              '二是分批次组织乡镇综合执法人员轮训，确保每人年内参训不少于60学时；三是做好2025年度重大行政决策事项目录的编制和公布，'
              '严格执行决策后评估制度；四是持续推进行政复议规范化建设，提高案件审理质量；'
              '五是创新普法方式，推动“法律明白人”培养工程向自然村延伸。')
    h1(doc, '五、其他需要报告的情况')
    para(doc, '2024年，县政府未发生需要专门报告的重大涉法事项。')
    signature(doc, ['青石县人民政府', '2025年2月18日'], seal)
    para(doc, '（此件公开发布）', indent=True)
    save(doc, 't01_qingshi_county_gov_2024.pdf')

# =====================================================================
# t02 中共枫林市委 枫林市人民政府 2023 —— 联合署名；主题式一级标题；“短板弱项”无原因；目录未公开；逾期报送
# =====================================================================
def t02():
    doc = new_doc()
    s1 = make_seal('中国共产党枫林市委员会', os.path.join(BUILD, 'seal_fl_party.png'))
    p = para(doc, '', indent=False)
    fnt(p.add_run('枫委报〔2024〕11号'), SERIF, 16)
    fnt(p.add_run('\u3000' * 7 + '签发人：宋启明　韩卫东'), SERIF, 16)
    para(doc, '', indent=False)
    title(doc, ['中共枫林市委　枫林市人民政府', '关于2023年度法治政府建设情况的报告'])
    para(doc, '中共云岭省委、云岭省人民政府：', indent=False)
    para(doc, '2023年，枫林市坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，'
              '统筹推进法治政府建设各项任务。全市法治政府建设工作情况报告如下。')
    h1(doc, '一、坚持高位统筹，法治政府建设责任体系更加健全')
    h2(doc, '（一）健全工作推进机制')
    para(doc, '市委全面依法治市委员会下设的执法协调小组全年召开会议6次，建立法治政府建设任务清单季度调度制度，'
              '将法治建设成效纳入全市高质量发展综合考核，分值由3分提高至5分。对考核排名靠后的2个县（区）政府，'
              '由市委依法治市办约谈主要负责同志。')
    h2(doc, '（二）压紧压实“一把手”法治责任')
    para(doc, '市委书记宋启明主持召开市委常委会会议4次、市委全面依法治市委员会会议2次，听取法治政府建设情况汇报，'
              '研究解决行政复议体制改革后人员编制划转等问题。市长韩卫东作为市政府推进法治建设第一责任人，'
              '主持市政府常务会议专题研究法治工作5次，亲自审定市政府年度立法计划；带头在市政府常务会议上领学法律法规11次；'
              '年底在市委全面依法治市委员会全体会议上作年终述法。')
    h1(doc, '二、坚持依法决策，行政决策质量持续提升')
    h2(doc, '（一）严格决策程序')
    para(doc, '市政府办公室会同市司法局在年初梳理拟决策事项，编制了2023年度市政府重大行政决策事项目录，共9项，'
              '经市政府常务会议审定后以市政府办公室文件印发各有关单位执行。因其中涉及主城区停车收费标准调整等事项'
              '在年中多次调整，目录截至年底仍只在内部印发，尚未在市政府门户网站向社会公开。'
              '全年提交市政府常务会议审议的议题，全部先经市司法局合法性审查，审查意见采纳率96%。')
    h2(doc, '（二）发挥法律顾问和公职律师作用')
    para(doc, '市政府法律顾问团由6名执业律师和3名高校法学教师组成，全市党政机关公职律师增至214名。'
              '全年法律顾问参与市政府重大项目谈判17次，审查合同协议132件，出具书面法律意见142份。')
    h1(doc, '三、坚持严格执法，执法规范化水平不断提高')
    h2(doc, '（一）深化执法体制改革')
    para(doc, '完成市县两级城市管理、交通运输、农业农村等5个领域综合行政执法队伍整合，向乡镇（街道）下放执法事项'
              '共87项，配套制定乡镇执法事项承接评估办法。')
    h2(doc, '（二）提升执法规范化水平')
    para(doc, '全市执法部门全年办理行政处罚案件1.27万件，开展执法案卷交叉评查2轮，抽查案卷860卷，'
              '合格率由上年的84%提高到91%。全市行政机关负责人出庭应诉率达到100%。')
    h1(doc, '四、短板弱项')
    para(doc, '一年来，全市法治政府建设虽然取得了一定成绩，但与省委、省政府的要求相比仍有差距：'
              '一是部分县（区）基层执法人员数量偏少，个别乡镇仅有2名持证执法人员；'
              '二是行政复议案件数量同比增长38%，审理周期有所延长；'
              '三是法治宣传教育针对性还不够强，企业和群众对部分新出台法规的知晓率偏低。')
    h1(doc, '五、2024年工作思路')
    para(doc, '一是推进市县两级政府法治工作机构力量配备，年内实现乡镇（街道）法治审核人员全覆盖；'
              '二是优化行政复议案件繁简分流机制，力争普通程序案件平均审理期限缩短10天；'
              '三是完善重大行政决策全过程管理，推动决策事项目录按时公开；'
              '四是组织开展“法治进企业”系列活动，提升法治宣传实效。')
    signature(doc, ['中共枫林市委　　　　枫林市人民政府', '2024年3月12日'], s1)
    save(doc, 't02_fenglin_city_joint_2023.pdf')

# =====================================================================
# t03 云岭省自然资源厅 2024 —— 省直部门，附件（决策事项目录表），3月5日署名（部门仍适用3月1日）
# =====================================================================
def t03():
    doc = new_doc()
    seal = make_seal('云岭省自然资源厅', os.path.join(BUILD, 'seal_ylzrt.png'))
    title(doc, ['云岭省自然资源厅', '2024年法治政府建设年度报告'])
    para(doc, '云岭省人民政府：', indent=False)
    para(doc, '2024年，省自然资源厅紧紧围绕耕地保护、国土空间规划和自然资源资产管理等中心工作，'
              '坚持依法履职、依法用权。按照省委、省政府部署，现将本厅2024年度法治政府建设工作情况报告如下。')
    h1(doc, '一、2024年度主要工作举措及成效')
    h2(doc, '（一）加强党对法治工作的领导')
    para(doc, '厅党组把法治建设纳入年度工作要点和党组理论学习中心组学习计划，全年召开党组会议8次研究依法行政事项，'
              '修订《厅法治政府建设领导小组工作规则》，明确各处室（单位）主要负责人为本单位法治建设直接责任人。')
    h2(doc, '（二）厅党组书记、厅长切实履行第一责任人职责')
    para(doc, '厅党组书记、厅长周远航全年4次主持厅务会专题研究法治建设，亲自部署国土空间规划“一张图”审批监管、'
              '违法用地整治等重点工作；带头参加厅党组理论学习中心组法治专题学习5次，为全厅干部讲授《土地管理法实施条例》'
              '专题党课1次；亲自接待涉及征地补偿的信访群众12批次，现场协调解决问题7件。年初向省委依法治省办书面述法。')
    h2(doc, '（三）推进自然资源领域立法和规范性文件管理')
    para(doc, '配合省人大常委会完成《云岭省矿产资源管理条例》修订，起草《云岭省自然保护地管理办法（草案）》。'
              '全年制发的7件规范性文件，每一件都先由法规处出具合法性审核意见后再提交厅务会审议，'
              '没有哪一件跳过了审核环节；开展专项清理，废止规范性文件5件、修改3件。')
    h2(doc, '（四）编制公开重大行政决策事项目录')
    para(doc, '2月中旬，厅务会审议通过本厅2024年度重大行政决策事项目录，确定3项决策事项（详见附件），'
              '2月26日在厅门户网站“重大行政决策”专栏公开。截至年底，3项决策均已按程序作出，'
              '其中《云岭省国有建设用地使用权出让收入分配指导意见》召开专家论证会2次、公开征求意见30日。')
    h2(doc, '（五）发挥公职律师和法律顾问作用')
    para(doc, '厅机关现有公职律师11名，另聘请云岭衡正律师事务所担任常年法律顾问。全年公职律师和法律顾问'
              '参与审查厅属合同协议63件、信访复核事项21件，代理行政诉讼案件28件。')
    h2(doc, '（六）严格规范执法')
    para(doc, '全省自然资源系统立案查处违法用地、违法采矿案件1,083件，罚没款2.1亿元，向公安机关移送涉嫌犯罪案件19件。'
              '推行执法过程全记录，在全省16个市县配备执法记录仪460台。')
    h1(doc, '二、存在的不足及原因')
    para(doc, '一是基层执法力量与执法任务不匹配，部分县级自然资源部门一线执法人员不足10人；'
              '二是少数市县在土地征收中存在补偿安置程序不够规范的情况，引发行政诉讼败诉案件6件；'
              '三是对新修订法律法规的宣传解读还不够及时。')
    para(doc, '主要原因在于：机构改革后执法队伍整合尚未完全到位，部分人员身份、编制问题遗留至今；'
              '基层工作人员业务培训覆盖面不够，对程序规定理解不深；厅本级对市县指导督促的力度和频次不足。')
    h1(doc, '三、2025年工作安排')
    para(doc, '一是配合完成自然保护地管理地方立法，推进规范性文件全生命周期管理；二是开展征地补偿程序专项督导，'
              '力争行政诉讼败诉率下降3个百分点；三是按时编制并公开2025年度重大行政决策事项目录；'
              '四是举办市县自然资源执法骨干培训班2期，覆盖执法人员300人次。')
    h1(doc, '四、其他需要报告的情况')
    para(doc, '2024年12月，省审计厅在专项审计中指出某市国有土地出让金征缴不到位问题，本厅已督促有关市完成整改，'
              '并将整改情况报省政府。')
    para(doc, '附件：云岭省自然资源厅2024年度重大行政决策事项目录', indent=True)
    signature(doc, ['云岭省自然资源厅', '2025年3月5日'], seal)
    pagebreak(doc)
    para(doc, '附件', indent=False, face=SANS)
    para(doc, '', indent=False)
    title(doc, ['云岭省自然资源厅2024年度重大行政决策事项目录'], size=18)
    table(doc, [
        ['序号', '决策事项名称', '承办处室', '计划完成时间'],
        ['1', '云岭省国有建设用地使用权出让收入分配指导意见', '财务与资产处', '2024年9月'],
        ['2', '云岭省耕地占补平衡指标调剂管理办法', '耕地保护监督处', '2024年11月'],
        ['3', '云岭省矿业权出让收益市场基准价调整方案', '矿业权管理处', '2024年12月'],
    ], widths=[1.5, 8, 3.5, 3])
    save(doc, 't03_yunling_natres_dept_2024.pdf')

# =====================================================================
# t04 云岭省机关事务管理局 2025 —— 标题无“报告”二字；法律顾问仅见于下一年度安排
# =====================================================================
def t04():
    doc = new_doc()
    seal = make_seal('云岭省机关事务管理局', os.path.join(BUILD, 'seal_yljgsw.png'))
    p = para(doc, '', indent=False)
    fnt(p.add_run('云机管报〔2026〕3号'), SERIF, 16)
    para(doc, '', indent=False)
    title(doc, ['云岭省机关事务管理局', '2025年度法治政府建设工作情况'])
    para(doc, '省委全面依法治省委员会办公室：', indent=False)
    para(doc, '2025年，我局围绕机关运行保障、公共机构节能和公务用车管理等职责，坚持依法行政、依规保障。'
              '根据省委依法治省办通知要求，现将本局2025年法治政府建设工作情况报告如下。')
    h1(doc, '一、主要举措和成效')
    h2(doc, '（一）完善机关事务制度体系')
    para(doc, '配合省司法厅完成《云岭省机关事务管理办法》修订草案的起草论证，出台《省级机关办公用房调剂使用细则》'
              '《省级公务用车标识化管理规定》等规范性文件3件。局里与外单位签订的各类合同共58份，'
              '在签订前均由法规处逐份把关，做到份份过审、无一遗漏。')
    h2(doc, '（二）推进依法科学民主决策')
    para(doc, '按照省政府要求，局务会于3月审定本局2025年度重大行政决策事项目录，列入“省级机关集中办公区物业服务标准调整”1项，'
              '已在局门户网站“重大行政决策”栏目公开。该事项经问卷调查、座谈会广泛听取42家省直单位意见后，于10月作出决定。')
    h2(doc, '（三）规范公共机构节能执法检查')
    para(doc, '全年对全省公共机构开展节能监督检查3轮，检查单位416家，下达整改通知书27份，均已整改到位。'
              '检查过程全部录音录像，执法文书统一使用省级标准文本。')
    h2(doc, '（四）加强普法和法治培训')
    para(doc, '组织局机关干部参加年度学法考试，参考率、合格率均为100%；举办“机关事务法治讲堂”4期，'
              '邀请省委党校教授解读《机关事务管理条例》《公共机构节能条例》。')
    table(doc, [
        ['指标', '2024年', '2025年'],
        ['规范性文件合法性审核（件）', '2', '3'],
        ['合同审查（份）', '47', '58'],
        ['节能监督检查单位（家）', '389', '416'],
        ['行政复议、行政诉讼案件（件）', '0', '1'],
    ], widths=[8, 3.5, 3.5])
    h1(doc, '二、工作中存在的短板及成因')
    para(doc, '一是机关事务地方性立法进度滞后，修订草案尚未提请省政府常务会议审议；'
              '二是市县机关事务部门执法能力参差不齐，个别市尚未配备专职执法人员；'
              '三是局机关干部运用法律手段处理物业、采购纠纷的经验不足，全年出现1起采购合同纠纷诉讼。')
    para(doc, '之所以出现这些问题，主要在于：立法涉及的部门较多，协调周期长；机关事务管理体制在市县层面尚未理顺；'
              '局机关长期偏重服务保障，对法治能力建设投入的精力相对有限。')
    h1(doc, '三、主要负责人履行推进法治建设第一责任人职责情况')
    para(doc, '局党组书记、局长谭立新把推进法治建设作为“一把手”工程，全年主持局党组会议专题研究法治工作3次，'
              '亲自审定年度法治政府建设工作要点和重大行政决策事项目录；带头参加局党组理论学习中心组法治专题学习4次，'
              '在“机关事务法治讲堂”讲授首课；亲自协调处理采购合同纠纷案件并出庭应诉1次；'
              '年初在省直机关工委组织的述职会上专题述法。')
    h1(doc, '四、2026年工作打算')
    para(doc, '一是推动《云岭省机关事务管理办法》修订草案提请审议，年内力争出台；'
              '二是开展市县机关事务执法能力提升行动，实现专职执法人员配备全覆盖；'
              '三是健全法律顾问工作机制，推动法律顾问参与局重大事项决策和合同谈判；'
              '四是按时编制、公开2026年度重大行政决策事项目录。')
    signature(doc, ['云岭省机关事务管理局', '2026年2月26日'], seal)
    save(doc, 't04_yunling_jiguan_affairs_2025.pdf')

# ---------------------------------------------------------------- automatic numbering helpers
def add_cn_numbering(doc, abs_id=77, num_id=77):
    numbering = doc.part.numbering_part.element
    xml = (
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%%1、"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="%s"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%%2）"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (abs_id, SANS))
    absn = parse_xml(xml)
    # abstractNum elements must precede num elements
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="%d">'
                    '<w:abstractNumId w:val="%d"/></w:num>' % (num_id, abs_id))
    numbering.append(num)
    return num_id

def set_num(p, num_id, ilvl):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl))
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num_id))
    numPr.append(il); numPr.append(ni)
    pPr.insert(0, numPr)

# =====================================================================
# t05 枫林市青河区人民政府 2024 (.docx) —— Word 自动编号（编号不在文字里）；第一责任人只在正文句子；目录只在明年安排
# =====================================================================
def t05():
    doc = new_doc()
    nid = add_cn_numbering(doc)
    def A1(text):
        p = para(doc, text, indent=False, face=SANS)
        set_num(p, nid, 0); outline(p, 0)
    def A2(text):
        p = para(doc, text, indent=False, bold=True)
        set_num(p, nid, 1); outline(p, 1)
    title(doc, ['青河区人民政府', '2024年法治政府建设年度报告'])
    para(doc, '2024年，枫林市青河区人民政府在市委、市政府和区委的坚强领导下，认真落实法治政府建设各项任务，'
              '全区依法行政水平稳步提升。现将2024年度法治政府建设情况报告如下：')
    A1('2024年法治政府建设主要举措和成效')
    A2('深化“放管服”改革')
    para(doc, '全区政务服务事项网上可办率达到98.6%，“一件事一次办”主题事项扩展到36个。'
              '清理规范证明事项，取消区级自行设定的证明材料14项；全年新增市场主体8,412户，同比增长11.3%。')
    A2('推进科学民主依法决策')
    para(doc, '区政府严格执行《区政府工作规则》，全年召开区政府常务会议26次，审议议题178个，'
              '所有涉及群众切身利益的议题均在会前征求相关街道和群众代表意见。'
              '区政府法律顾问室由3名外聘律师和2名公职律师组成，全年审查区政府重大合同46份，'
              '为老旧小区改造、河道清淤等项目出具法律意见书39份。')
    A2('规范行政执法行为')
    para(doc, '区城管、市场监管、卫健等12个执法部门全面推行说理式执法，全年办理行政处罚案件3,105件，'
              '无一件被复议机关撤销。区长作为推进法治建设第一责任人，全年3次主持区政府常务会议专题研究执法规范化工作，'
              '并带头在区委理论学习中心组作学法发言，亲自到区行政执法协调监督中心调研指导。')
    A2('加强行政监督和矛盾化解')
    para(doc, '区政府自觉接受区人大常委会监督，全年向区人大常委会报告依法行政工作1次，办理人大代表建议74件、'
              '政协委员提案89件，按期办结率100%。认真落实政务公开制度，全年主动公开政府信息2,318条，'
              '依申请公开办理答复57件，未发生因信息公开引起的行政复议纠错。')
    para(doc, '全年办理行政复议案件68件，行政诉讼案件一审败诉2件，败诉率2.9%。行政复议和诉讼情况如下表：')
    table(doc, [
        ['类别', '收案数', '办结数', '纠错或败诉数'],
        ['行政复议', '68', '64', '9'],
        ['行政诉讼（一审）', '71', '69', '2'],
    ], widths=[5, 3, 3, 4])
    A1('存在的不足及原因')
    para(doc, '一是街道综合执法力量薄弱，执法文书制作质量不高；二是部分单位对合同审查重视不够，存在先签后审现象；'
              '三是公众参与行政决策的渠道还不够多。')
    para(doc, '出现上述问题，一方面是街道执法人员多为兼职，专业培训不足；另一方面是部分单位负责人法治意识有待增强，'
              '对合同风险认识不到位，加之决策公开征求意见平台建设滞后。')
    A1('2025年工作安排')
    para(doc, '一是开展街道综合执法人员全员轮训，组织执法案卷评查；二是严格执行重大行政决策事项目录管理制度，'
              '目录确定后及时在区政府网站公开；三是推行合同“审查在先、签订在后”清单管理；'
              '四是建设区级公众参与决策线上平台。')
    A1('其他需要报告的情况')
    para(doc, '无。')
    para(doc, '', indent=False)
    para(doc, '', indent=False)
    para(doc, '枫林市青河区人民政府', indent=False, align='r').paragraph_format.right_indent = Cm(1.6)
    para(doc, '二〇二五年二月二十日', indent=False, align='r').paragraph_format.right_indent = Cm(1.6)
    save(doc, 't05_qinghe_district_2024.docx')

# ---------------------------------------------------------------- content control helper
def wrap_sdt(doc, paragraphs, alias, tag):
    first = paragraphs[0]._p
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    a = OxmlElement('w:alias'); a.set(qn('w:val'), alias)
    t = OxmlElement('w:tag'); t.set(qn('w:val'), tag)
    i = OxmlElement('w:id'); i.set(qn('w:val'), str(abs(hash(tag)) % 100000000))
    pr.append(a); pr.append(t); pr.append(i)
    content = OxmlElement('w:sdtContent')
    sdt.append(pr); sdt.append(content)
    first.addprevious(sdt)
    for p in paragraphs:
        content.append(p._p)

# =====================================================================
# t06 石门县人民政府 2023 (.docx) —— 网页粘贴进Word（横幅、面包屑、索引号表、发布日期）、内容控件；
#      本年未编目录+明年承诺；行内标题
# =====================================================================
def t06():
    doc = new_doc()
    for ln in ['今天是：2024年4月3日　星期三', '石门县人民政府门户网站', '无障碍　|　简体　|　繁體　|　长者模式',
               '您当前所在位置：首页 > 政务公开 > 法定主动公开内容 > 法治政府建设']:
        para(doc, ln, indent=False, size=10.5)
    t = table(doc, [
        ['索引号', '000000000/2024-00312', '主题分类', '政府工作'],
        ['发文字号', '石府报〔2024〕2号', '发布机构', '石门县人民政府办公室'],
        ['成文日期', '2024-01-26', '发布日期', '2024-03-28'],
    ], size=10.5, header=False)
    para(doc, '石门县人民政府关于2023年度法治政府建设情况的报告', indent=False, align='c', size=18, bold=True)
    para(doc, '发布时间：2024-03-28 16:05　来源：县政府办公室　浏览次数：1276　【字体：大 中 小】', indent=False, align='c', size=10.5)
    para(doc, '', indent=False)
    body = []
    body.append(para(doc, '石门县人民政府关于2023年度法治政府建设情况的报告', indent=False, align='c', size=18, bold=True))
    body.append(para(doc, '中共石门县委全面依法治县委员会：', indent=False))
    body.append(para(doc, '2023年，石门县人民政府深入贯彻落实党中央、国务院和省委、省政府关于法治政府建设的部署，'
                          '结合县域实际扎实推进依法行政。现将我县2023年度法治政府建设工作情况报告如下。'))
    body.append(h1(doc, '一、2023年度主要工作及成效'))
    body.append(runin(doc, '（一）加强组织统筹。', '县政府成立以县长为组长的法治政府建设工作领导小组，'
                '制定《石门县2023年法治政府建设工作要点》，分解任务46项，逐项明确责任单位和完成时限，年底完成43项。'))
    body.append(runin(doc, '（二）规范行政决策。', '全年县政府常务会议审议议题132个，涉及群众切身利益的事项全部在会前公开征求意见。'
                '县政府当年没有就重大行政决策事项单独制定年度目录，需要决策的事项仍是随常务会议议题逐项报审。'
                '县政府常年法律顾问2名、县司法局公职律师3名全程参与议题合法性审查，出具审查意见118份。'))
    body.append(runin(doc, '（三）提升执法质效。', '整合组建县综合行政执法局，将自然资源、住建、水利等8个领域执法事项'
                '纳入综合执法范围。全年办理行政处罚案件1,326件，执法案卷评查合格率92%。'))
    body.append(runin(doc, '（四）化解行政争议。', '全年收到行政复议申请41件，审结39件，调解撤回13件；'
                '行政诉讼一审案件23件，败诉1件，负责人出庭应诉率100%。'))
    body.append(h1(doc, '二、存在的问题和原因'))
    body.append(para(doc, '一是少数乡镇对承接的执法事项不熟悉，出现过超期办案现象；二是部分部门规范性文件制定程序不够严谨；'
                          '三是行政决策的程序化管理还不够到位。由于县级执法队伍组建时间较短、乡镇法治工作人员多为兼职，'
                          '加之决策管理制度建设相对滞后，上述问题在短期内还未能根本解决。'))
    body.append(h1(doc, '三、党政主要负责人履行推进法治建设第一责任人职责情况'))
    body.append(para(doc, '县委书记、县长带头履行法治建设第一责任人职责。县长邓志刚全年4次主持县政府常务会议专题研究法治政府建设，'
                          '组织会前学法10次，亲自为全县新任职科级干部讲授法治专题课；6月带队到3个乡镇督导执法事项承接情况；'
                          '年底在县委全面依法治县委员会会议上述法。县委书记在县委常委会上2次听取法治政府建设情况汇报。'))
    body.append(h1(doc, '四、2024年工作计划'))
    body.append(para(doc, '一是梳理编制县政府2024年度重大行政决策事项目录，经常务会议审定后向社会公开；'
                          '二是开展乡镇执法人员业务轮训；三是全面清理现行有效的规范性文件；四是深化行政复议规范化建设。'))
    body.append(para(doc, '', indent=False))
    body.append(para(doc, '石门县人民政府', indent=False, align='r'))
    body.append(para(doc, '2024年1月26日', indent=False, align='r'))
    wrap_sdt(doc, body[:3], '正文开头', 'bodyhead')
    wrap_sdt(doc, body[3:], '正文', 'bodymain')
    para(doc, '【打印本页】　【关闭窗口】', indent=False, align='c', size=10.5)
    para(doc, '上一篇：石门县人民政府关于2023年政府信息公开工作年度报告', indent=False, size=10.5)
    para(doc, '下一篇：石门县2024年法治政府建设工作要点', indent=False, size=10.5)
    para(doc, '相关文章', indent=False, size=10.5, bold=True)
    for ln in ['石门县召开2024年第一次常务会议　2024-01-09', '县司法局开展行政执法案卷集中评查　2024-03-15',
               '石门县2022年度法治政府建设情况的报告　2023-03-30']:
        para(doc, ln, indent=False, size=10.5)
    para(doc, '主办：石门县人民政府办公室　网站标识码：0000000000　示ICP备00000000号', indent=False, align='c', size=9)
    save(doc, 't06_shimen_county_2023.docx')

# =====================================================================
# t07 云岭省统计局 2024 (.docx) —— 版头（密级/发文字号/签发人），二级标题为加粗引导语；署名日期二〇二五年二月二十九日（不存在）
# =====================================================================
def t07():
    doc = new_doc()
    para(doc, '密级：公开', indent=False, face=SANS)
    p = para(doc, '', indent=False)
    fnt(p.add_run('云统报〔2025〕7号'), SERIF, 16)
    fnt(p.add_run('\u3000' * 9 + '签发人：林晓岚'), SERIF, 16)
    para(doc, '', indent=False)
    title(doc, ['云岭省统计局关于2024年度', '法治政府建设情况的报告'])
    para(doc, '省人民政府：', indent=False)
    para(doc, '现将我局2024年度法治政府建设工作情况报告如下。')
    h1(doc, '一、2024年法治政府建设主要举措和成效')
    runin(doc, '统计法规制度进一步健全。', '配合省人大常委会开展《云岭省统计管理条例》立法后评估，'
          '制定《云岭省统计数据质量管理办法》，修订统计执法检查规程等内部制度4项。'
          '对2017年以来印发的规范性文件进行全面梳理，宣布失效2件。')
    runin(doc, '依法决策机制更加规范。', '年初编制《云岭省统计局2024年度重大行政决策事项目录》，'
          '将《云岭省统计数据质量管理办法》制定列为唯一事项，目录于2月7日在局门户网站公开。'
          '该办法起草过程中征求市县统计机构和调查对象意见186条，经专家论证、合法性审核和局务会集体讨论后于8月印发。')
    runin(doc, '统计执法监督持续加强。', '全年组织“双随机、一公开”统计执法检查，抽查调查对象1,240家，'
          '查处统计违法案件73件，对8家严重统计失信企业依法公示。对2起涉嫌统计造假案件移交纪检监察机关。'
          '推行执法检查“一案一评”，执法文书统一编号、全程留痕，全年执法案卷抽查合格率96%，'
          '较上年提高6个百分点；组织全省统计执法人员培训3期，新增持证执法人员58名。')
    runin(doc, '公职律师作用有效发挥。', '局机关现有公职律师4名，参与执法案件集体审议37次，'
          '审查局机关合同和合作协议22份，办理行政复议答复2件。')
    runin(doc, '局主要负责人带头抓法治。', '局党组书记、局长林晓岚全年主持局党组会议、局务会议专题研究统计法治工作5次，'
          '带头在全省统计系统视频会上讲授《统计法》专题课；亲自督办2起统计造假案件查处，'
          '年底向省委依法治省办提交个人述法报告。')
    h1(doc, '二、存在的问题及原因分析')
    para(doc, '一是部分市县统计执法力量不足，有的县统计局仅有1名执法证持有人，难以独立开展检查；'
          '二是统计违法案件查处后跟踪整改不够；三是统计法律知识宣传在企业层面覆盖不广。')
    para(doc, '究其根源，一是机构改革后县级统计机构编制普遍压缩，执法与业务人员交叉使用；'
          '二是统计执法工作起步较晚，尚未形成完整的案件回访制度；三是普法经费和手段有限。')
    h1(doc, '三、下步打算')
    para(doc, '我局将以统计督察问题整改为抓手，一是推动市县统计执法人员持证率达到80%以上；'
          '二是建立统计违法案件整改回访制度；三是编制并公开2025年度重大行政决策事项目录；'
          '四是深入开展“统计法治宣传进企业”活动。')
    para(doc, '此外，本局2024年度没有其他需要专门报告的事项。')
    para(doc, '', indent=False)
    para(doc, '', indent=False)
    for ln in ['云岭省统计局', '二〇二五年二月二十九日']:
        p = para(doc, ln, indent=False, align='r'); p.paragraph_format.right_indent = Cm(1.6)
    para(doc, '（联系人：法规处　何俊；联系电话：0000-00000000）', indent=True)
    save(doc, 't07_yunling_stats_bureau_2024.docx')

# =====================================================================
# t08 枫林市人民政府办公室 印发2025年法治政府建设工作要点的通知 —— 非年度报告（发文字号封面包装的工作要点）
# =====================================================================
def t08():
    doc = new_doc()
    seal = make_seal('枫林市人民政府办公室', os.path.join(BUILD, 'seal_flzfb.png'))
    para(doc, '枫林市人民政府办公室文件', indent=False, align='c', size=30, bold=True, color=(200, 20, 20))
    para(doc, '', indent=False)
    para(doc, '枫政办发〔2025〕9号', indent=False, align='c')
    para(doc, '━' * 24, indent=False, align='c', color=(200, 20, 20), size=12)
    title(doc, ['枫林市人民政府办公室', '关于印发《枫林市2025年法治政府建设工作要点》的通知'])
    para(doc, '各县（区）人民政府，市政府各部门，各直属机构：', indent=False)
    para(doc, '《枫林市2025年法治政府建设工作要点》已经市政府同意，现印发给你们，请结合实际认真抓好落实。'
              '各地各部门要于2025年12月底前将工作要点落实情况报市司法局，并按规定在2026年3月1日前报送'
              '本地本部门2025年度法治政府建设情况报告，4月1日前通过门户网站向社会公开。')
    signature(doc, ['枫林市人民政府办公室', '2025年3月15日'], seal)
    para(doc, '（此件公开发布）')
    pagebreak(doc)
    title(doc, ['枫林市2025年法治政府建设工作要点'], size=20)
    para(doc, '2025年是《法治政府建设实施纲要（2021—2025年）》的收官之年。为全面完成纲要确定的目标任务，'
              '结合我市实际，制定本工作要点。')
    h1(doc, '一、加强党对法治政府建设的领导')
    h2(doc, '（一）落实第一责任人职责')
    para(doc, '各级政府主要负责人要切实履行推进法治建设第一责任人职责，每年至少主持召开2次政府常务会议'
              '专题研究法治政府建设工作，年底前在本级党委全面依法治县（区）委员会会议上述法。（牵头单位：市委依法治市办）')
    h2(doc, '（二）健全考核评价机制')
    para(doc, '将法治政府建设成效纳入高质量发展综合考核，完善考核指标，强化考核结果运用。（牵头单位：市委组织部、市司法局）')
    h1(doc, '二、推进依法科学民主决策')
    h2(doc, '（一）实行决策事项目录管理')
    para(doc, '市、县两级政府要在一季度编制并公布2025年度重大行政决策事项目录，目录实行动态调整，'
              '调整情况及时向社会公开。（牵头单位：市政府办公室、市司法局）')
    h2(doc, '（二）发挥法律顾问和公职律师作用')
    para(doc, '健全政府法律顾问工作规则，市直部门公职律师设立率达到100%，法律顾问参与重大决策论证的比例不低于90%。'
              '（牵头单位：市司法局）')
    h1(doc, '三、严格规范公正文明执法')
    h2(doc, '（一）深化综合行政执法改革')
    para(doc, '完善乡镇（街道）执法事项动态调整机制，组织开展承接能力评估。（牵头单位：市委编办、市司法局）')
    h2(doc, '（二）开展执法质量提升行动')
    para(doc, '组织执法案卷评查2轮，常见违法行为“轻微不罚”清单扩大到15个领域。（牵头单位：市司法局、各执法部门）')
    h1(doc, '四、强化权力制约监督')
    h2(doc, '（一）加强行政复议工作')
    para(doc, '推进行政复议案件繁简分流，普通案件平均审理期限控制在50日以内。（牵头单位：市司法局）')
    h2(doc, '（二）落实年度报告制度')
    para(doc, '各级政府及其部门按时报送和公开年度法治政府建设情况报告，报告应写明上一年度主要举措和成效、'
              '存在的不足和原因、主要负责人履职情况、下一年度工作安排等内容。（牵头单位：市委依法治市办）')
    save(doc, 't08_fenglin_workpoints_notice_2025.pdf')

# =====================================================================
# t09 云岭省人民政府 2024 —— 省政府报告，三级标题，表格；3月20日署名（省级政府4月1日前，合规）
# =====================================================================
def t09():
    doc = new_doc()
    seal = make_seal('云岭省人民政府', os.path.join(BUILD, 'seal_ylsz.png'))
    p = para(doc, '', indent=False)
    fnt(p.add_run('云政报〔2025〕14号'), SERIF, 16)
    fnt(p.add_run('\u3000' * 9 + '签发人：顾承泽'), SERIF, 16)
    para(doc, '', indent=False)
    title(doc, ['云岭省人民政府', '关于2024年法治政府建设情况的报告'])
    para(doc, '党中央、国务院：', indent=False)
    para(doc, '2024年，云岭省人民政府坚持以习近平法治思想为指导，围绕法治政府建设实施纲要确定的目标任务，'
              '着力推进政府治理规范化、程序化、法治化。现将全省法治政府建设有关情况报告如下。')
    h1(doc, '一、2024年法治政府建设主要举措和成效')
    h2(doc, '（一）坚持党的全面领导')
    para(doc, '省政府党组全年召开会议6次专题研究法治政府建设，印发《云岭省法治政府建设督察实施办法》，'
              '对4个市、12个省直部门开展实地督察，督促整改问题63个。')
    h2(doc, '（二）依法全面履行政府职能')
    para(doc, '动态调整省级权责清单，取消和下放行政许可事项21项；全面推行证明事项告知承诺制，'
              '涉企经营许可事项“证照分离”改革覆盖率100%。')
    h2(doc, '（三）健全依法行政制度体系')
    h3(doc, '1.加强重点领域立法。')
    para(doc, '提请省人大常委会审议地方性法规草案7件，制定省政府规章5件，修改2件、废止3件，'
              '其中《云岭省优化营商环境条例》填补了省内该领域立法空白。')
    h3(doc, '2.加强规范性文件监督管理。')
    para(doc, '全省审核规范性文件2,640件，向省政府报备市级政府规范性文件312件，纠正存在问题的文件14件。')
    h2(doc, '（四）推进行政决策科学化民主化法治化')
    para(doc, '省政府于1月下旬编制完成2024年度重大行政决策事项目录，列入事项8项，2月5日通过省政府门户网站公布，'
              '并指导16个市全部公布本级目录。省政府法律顾问委员会15名委员全年参与论证重大事项29项；'
              '全省党政机关公职律师达到2,380名，覆盖全部省直部门。')
    h2(doc, '（五）严格规范公正文明执法')
    para(doc, '全省行政执法主要数据如下：')
    table(doc, [
        ['项目', '数量', '同比'],
        ['行政处罚案件（万件）', '18.6', '-6.2%'],
        ['行政强制措施（万件）', '2.3', '-3.9%'],
        ['轻微违法免罚（件）', '31,705', '+24.5%'],
        ['执法人员持证上岗率', '99.1%', '+0.8个百分点'],
    ], widths=[7, 4, 4])
    h1(doc, '二、存在的不足和原因')
    para(doc, '一是法治政府建设区域发展不平衡，部分边远县的法治工作机构人员配备不足；'
              '二是个别领域执法不规范、选择性执法问题仍有发生；三是行政复议案件增长较快，审理力量相对紧张。')
    para(doc, '产生这些问题，主要是因为部分地方对法治建设“说起来重要、做起来次要”的观念还未根本扭转，'
              '基层法治人才引进和培养机制不健全，同时行政复议体制改革后案件集中管辖带来工作量骤增。')
    h1(doc, '三、党政主要负责人履行推进法治建设第一责任人职责情况')
    para(doc, '省委书记、省长严格履行推进法治建设第一责任人职责。省长顾承泽全年主持召开省政府常务会议专题研究法治政府建设3次，'
              '审定省政府年度立法计划和重大行政决策事项目录；带头开展会前学法，全年省政府常务会议学法12次；'
              '亲自协调解决边远县法治工作机构编制问题；3月在省委全面依法治省委员会会议上书面述法。')
    h1(doc, '四、2025年工作安排')
    h2(doc, '（一）全面完成纲要目标任务')
    para(doc, '对照纲要开展终期评估，逐项核查完成情况，确保各项指标如期实现。')
    h2(doc, '（二）提升基层法治能力')
    para(doc, '实施基层法治人才“千人培训”计划，为边远县法治工作机构增配专职人员。')
    h2(doc, '（三）强化行政复议主渠道作用')
    para(doc, '推进行政复议与调解衔接，力争行政复议纠错率保持在合理区间。')
    h1(doc, '五、其他需要报告的情况')
    para(doc, '2024年，我省3个市、5个县被命名为全国或省级法治政府建设示范地区和项目，另有2个项目正在创建。')
    signature(doc, ['云岭省人民政府', '2025年3月20日'], seal)
    save(doc, 't09_yunling_province_gov_2024.pdf')

# =====================================================================
# t10 白沙县人民政府 2025 —— 网页打印成PDF（发布时间2026-04-08，逾期公开）；法律顾问标题下正文称没有；下一年度标题写成2025年
# =====================================================================
T10_HTML = '''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>白沙县人民政府关于2025年度法治政府建设情况的报告_白沙县人民政府</title>
<style>body{font-family:"Noto Serif CJK SC";font-size:12pt;margin:0 30px} .top{font-size:9pt;color:#555}
.banner{background:#b71c1c;color:#fff;font-size:20pt;padding:8px} table.meta{border-collapse:collapse;font-size:9pt;width:100%}
table.meta td{border:1px solid #999;padding:3px} h1{font-size:17pt;text-align:center} p{text-indent:2em;line-height:1.8}
.foot{font-size:8pt;color:#666;text-align:center;border-top:1px solid #ccc}</style></head>
<body>
<div class="top">今天是：2026年4月10日　星期五　　　无障碍浏览　|　简体　|　繁體　|　移动版</div>
<div class="banner">白沙县人民政府</div>
<div class="top">首页　政务公开　政务服务　互动交流　走进白沙</div>
<div class="top">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设 &gt; 年度报告</div>
<table class="meta"><tr><td>索引号：000000000/2026-01044</td><td>发布机构：白沙县人民政府办公室</td></tr>
<tr><td>主题分类：综合政务</td><td>成文日期：2026-02-12</td></tr></table>
<h1>白沙县人民政府关于2025年度法治政府建设情况的报告</h1>
<div class="top" style="text-align:center">发布时间：2026-04-08 09:41　　来源：白沙县司法局　　【字号 大 中 小】</div>
<p>中共白沙县委全面依法治县委员会：</p>
<p>2025年，白沙县人民政府坚持依法行政，推动法治政府建设各项任务落地见效。按照要求，现将我县2025年度法治政府建设情况报告如下。</p>
<p>一、2025年主要举措和成效</p>
<p>（一）优化法治化营商环境。全面落实涉企行政检查“扫码入企”，全年涉企检查次数同比减少31%；清理妨碍统一市场和公平竞争的政策措施9件。</p>
<p>（二）规范重大行政决策。县政府1月编制《白沙县人民政府2025年度重大行政决策事项目录》，确定县城集中供热价格调整、农村客运线路优化等4项事项，2月10日在县政府网站公开；各项决策均按法定程序作出。</p>
<p>（三）提升行政执法水平。全县办理行政处罚案件1,048件，组织执法人员培训5期、460人次，执法案卷评查合格率94%。</p>
<p>（四）法律顾问工作。县政府原聘请的常年法律顾问服务合同于2024年12月期满后没有续签，2025年全年县政府处于无常年法律顾问状态；县内机关也还没有人取得公职律师证书。县政府的合同和议题暂由县司法局工作人员进行审查。</p>
<p>（五）化解行政争议。全年受理行政复议案件33件，审结31件；行政诉讼一审案件15件，县政府负责人出庭应诉率100%。</p>
<p>二、存在的不足和原因</p>
<p>一是法律专业力量欠缺，合法性审查质量不高；二是个别乡镇执法程序不规范；三是普法工作与群众需求结合不够紧。造成上述问题的原因，主要是县财力有限，聘请法律顾问的经费未能列入预算；乡镇执法人员流动频繁，新人上岗前培训不充分。</p>
<p>三、县长履行推进法治建设第一责任人职责情况</p>
<p>县长杜海峰作为法治政府建设第一责任人，全年主持县政府常务会议专题研究法治工作3次，组织常务会议会前学法11次，亲自讲授法治专题课1次，带队督查乡镇执法工作2次，年底在县委依法治县委员会会议上作述法报告。</p>
<p>四、2025年工作计划</p>
<p>一是将法律顾问聘请经费列入县级财政预算，尽快完成选聘；二是鼓励符合条件的机关工作人员申领公职律师证书；三是开展乡镇执法规范化专项整治；四是按时编制并公开重大行政决策事项目录。</p>
<p>五、其他需要报告的情况</p>
<p>本年度无其他需要报告的情况。</p>
<p style="text-align:right">白沙县人民政府</p>
<p style="text-align:right">2026年2月12日</p>
<div class="top" style="text-align:center">【打印】　【关闭】</div>
<div class="top">上一篇：白沙县2025年政府信息公开工作年度报告</div>
<div class="top">下一篇：白沙县司法局2025年度法治政府建设情况报告</div>
<div class="foot">白沙县人民政府办公室主办　网站标识码：0000000000　示ICP备00000000号　示公网安备00000000000000号</div>
</body></html>'''

def t10():
    src = os.path.join(BUILD, 't10_baisha_county_gov_2025.html')
    open(src, 'w', encoding='utf-8').write(T10_HTML)
    subprocess.run(['/usr/bin/soffice', '-env:UserInstallation=file:///tmp/w43lo', '--headless',
                    '--convert-to', 'pdf:writer_web_pdf_Export', '--outdir', BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(BUILD, 't10_baisha_county_gov_2025.pdf'), os.path.join(HERE, 't10_baisha_county_gov_2025.pdf'))
    print('built t10')

# =====================================================================
# t11 云岭省司法厅 2023 —— 封面页+点线目录；不足只在正文一句话中，无单独章节；无其他事项
# =====================================================================
def t11():
    doc = new_doc()
    seal = make_seal('云岭省司法厅', os.path.join(BUILD, 'seal_ylsft.png'))
    for _ in range(5):
        para(doc, '', indent=False)
    para(doc, '云岭省司法厅', indent=False, align='c', size=26, bold=True)
    para(doc, '', indent=False)
    para(doc, '2023年度法治政府建设', indent=False, align='c', size=26, bold=True)
    para(doc, '年度报告', indent=False, align='c', size=26, bold=True)
    for _ in range(10):
        para(doc, '', indent=False)
    para(doc, '二〇二四年二月', indent=False, align='c', size=16)
    pagebreak(doc)
    para(doc, '目　　录', indent=False, align='c', size=18, face=SANS)
    para(doc, '', indent=False)
    for ln in ['一、2023年主要工作举措和成效……………………………1',
               '二、厅党委书记和厅长履行第一责任人职责情况…………4',
               '三、2024年工作安排………………………………………5']:
        para(doc, ln, indent=False)
    pagebreak(doc)
    title(doc, ['云岭省司法厅2023年度法治政府建设年度报告'], size=20)
    para(doc, '2023年，省司法厅作为省委全面依法治省委员会办公室所在单位和省政府法治工作部门，'
              '一方面统筹推进全省法治政府建设，一方面抓好本厅依法行政。现将2023年度有关情况报告如下。')
    h1(doc, '一、2023年主要工作举措和成效')
    h2(doc, '（一）统筹推进全省法治政府建设')
    h3(doc, '1.开展示范创建。')
    para(doc, '组织第三批省级法治政府建设示范创建活动，命名示范市2个、示范县（区）7个、单项示范项目11个。')
    h3(doc, '2.组织年度报告督促检查。')
    para(doc, '对全省16个市、98个县（市、区）政府和62个省直部门2022年度法治政府建设报告报送和公开情况进行检查，'
              '通报逾期公开单位5家。')
    h2(doc, '（二）完善行政立法和规范性文件审查')
    para(doc, '全年审查省政府规章草案6件、地方性法规草案代拟稿9件；备案审查市级政府规章18件、'
              '省直部门规范性文件207件，提出纠正意见12条。')
    h2(doc, '（三）深化行政执法协调监督')
    para(doc, '在全省推行行政执法监督员制度，选聘特邀行政执法监督员326名；组织全省行政执法案卷评查，'
              '抽查案卷3,120卷，优秀率较上年提高5.6个百分点。')
    h2(doc, '（四）规范本厅决策和法律事务')
    para(doc, '厅党委会1月审定《云岭省司法厅2023年度重大行政决策事项目录》，列入《云岭省法律援助经费管理办法》修订等2项，'
              '目录当月在厅网站公布。厅机关现有公职律师18名，另聘请法学专家2名担任法律顾问，'
              '全年参与审查厅重大事项和合同57件，代理行政应诉案件9件，胜诉8件。')
    para(doc, '与此同时我们也看到，全省行政执法监督信息平台应用还不充分，基层司法所“一人所”仍占31%，'
              '部分市县法治督察整改进度偏慢，这些都需要在今后工作中下大力气解决。')
    h1(doc, '二、厅党委书记和厅长履行第一责任人职责情况')
    para(doc, '厅党委书记、厅长梁振邦全年主持厅党委会专题研究法治政府建设和本厅依法行政工作6次；'
              '带头参加省政府常务会议会前学法，在厅党委理论学习中心组领学《行政复议法》修订内容；'
              '亲自牵头起草全省法治政府建设督察方案，带队赴3个市开展督察；年初向省委依法治省委员会述法。')
    h1(doc, '三、2024年工作安排')
    para(doc, '一是启动法治政府建设实施纲要中期评估后续整改；二是建成全省统一的行政执法监督信息平台；'
              '三是分两年消除“一人所”；四是编制并公开本厅2024年度重大行政决策事项目录。')
    signature(doc, ['云岭省司法厅', '2024年2月8日'], seal)
    save(doc, 't11_yunling_justice_dept_2023.pdf')

# =====================================================================
# t12 柳溪市人民政府 2025 —— 行内标题、长句编号段、“一把手”标题、正向否定表述；完全合规
# =====================================================================
def t12():
    doc = new_doc()
    seal = make_seal('柳溪市人民政府', os.path.join(BUILD, 'seal_liuxi.png'))
    p = para(doc, '', indent=False)
    fnt(p.add_run('柳政报〔2026〕5号'), SERIF, 16)
    fnt(p.add_run('\u3000' * 9 + '签发人：许文澜'), SERIF, 16)
    para(doc, '', indent=False)
    title(doc, ['柳溪市人民政府', '关于2025年度法治政府建设工作情况的报告'])
    para(doc, '中共云岭省委全面依法治省委员会办公室：', indent=False)
    para(doc, '2025年是法治政府建设实施纲要的收官之年。一年来，柳溪市人民政府对照纲要目标逐项销号，'
              '法治政府建设取得阶段性成果。现将有关情况报告如下。')
    h1(doc, '一、2025年法治政府建设举措及成效')
    runin(doc, '（一）依法全面履行政府职能。', '公布市级行政许可事项清单412项，全年新设市场主体1.9万户；'
          '推行涉企“综合查一次”，市级部门联合检查占比提高到46%。')
    runin(doc, '（二）严把决策和文件合法性关口。', '2月底，市政府常务会议审定《柳溪市人民政府2025年度重大行政决策事项目录》，'
          '列明老城区更新改造实施方案等8项事项，随即在市政府门户网站公示。凡是提交市政府常务会议审议的规范性文件，'
          '没有一件未经市司法局合法性审核；全年审核规范性文件21件，提出修改意见88条。'
          '市政府法律顾问团7名成员和全市263名公职律师参与重大决策论证、合同审查共640余件次。')
    para(doc, '（三）全年市级行政执法部门办理行政处罚案件4,126件，适用“首违轻微不罚”清单处理1,037件，'
              '执法案卷评查优秀率达到90.4%，比上年提高4.1个百分点。')
    runin(doc, '（四）强化行政权力监督。', '全年办理行政复议案件196件，综合纠错率13.8%；市政府作为被告的行政诉讼案件'
          '一审全部胜诉，全年没有一起因决策违法被法院判决撤销的案件。')
    runin(doc, '（五）推进法治社会建设。', '实施“八五”普法收官验收，培养农村“法律明白人”5,600名，'
          '建成市级法治文化公园3个。')
    h1(doc, '二、短板不足及成因')
    para(doc, '对照纲要要求，我市仍存在以下短板：一是镇街合法性审核力量薄弱，部分镇街依靠外聘律师兼顾；'
              '二是少数部门执法裁量基准更新不及时；三是数字法治政府建设进度落后于全省平均水平。'
              '形成这些短板的根本成因，在于镇街机构编制有限、法治专业人员引进困难，'
              '部分部门对裁量基准动态调整重视不够，加上信息化项目资金到位较晚。')
    h1(doc, '三、压实领导干部特别是“一把手”的法治责任')
    para(doc, '市长许文澜切实担起推进法治建设第一责任人的职责：一是亲自谋划，主持市政府常务会议专题研究法治政府建设4次，'
              '审定年度重大行政决策事项目录；二是带头学法，全年在市政府常务会议会前领学法律法规12次，'
              '为全市领导干部讲授依法行政专题课1次；三是亲自督办，带队督查镇街合法性审核工作2次，'
              '亲自协调老城区更新中的房屋征收补偿争议；四是述法接受评议，年底在市委全面依法治市委员会会议上现场述法。'
              '市委书记全年3次听取市政府法治政府建设工作汇报。')
    h1(doc, '四、2026年工作谋划')
    runin(doc, '（一）开展纲要实施总结评估。', '全面总结五年来法治政府建设成效，谋划新一轮法治政府建设规划。')
    runin(doc, '（二）夯实镇街法治基础。', '每个镇街配备不少于2名专职合法性审核人员，年内实现全覆盖。')
    runin(doc, '（三）加快数字法治政府建设。', '建成市级行政执法综合管理平台，执法数据与省平台全量对接。')
    h1(doc, '五、其他需要报告的情况')
    para(doc, '2025年，柳溪市被确定为全省行政复议规范化建设试点市，试点工作已通过中期评估。')
    signature(doc, ['柳溪市人民政府', '2026年2月27日'], seal)
    save(doc, 't12_liuxi_city_gov_2025.pdf')

ALL = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12]

if __name__ == '__main__':
    sel = sys.argv[1:]
    for f in ALL:
        if not sel or f.__name__ in sel:
            f()

# -*- coding: utf-8 -*-
"""Generator for blind6/w34 test documents. Run with /work/main/.venv/bin/python make.py
Builds intermediates in /tmp/w34build and writes final files + labels.yaml next to this script."""
import os, subprocess, shutil, datetime, html
import yaml
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/w34build'
os.makedirs(TMP, exist_ok=True)
LABELS = []
D = datetime.date


def to_pdf(src, final_name):
    subprocess.run(['/usr/bin/soffice', '-env:UserInstallation=file:///tmp/w34lo', '--headless',
                    '--convert-to', 'pdf', '--outdir', TMP, src], check=True,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + '.pdf'
    shutil.copy(os.path.join(TMP, base), os.path.join(OUT, final_name))


def label(file, fmt, covers, issuer, level, year, signed, published, dtype, top, n2, expected, coverage):
    keys = ['doc.type', 'content.measures', 'content.shortcomings', 'content.first_responsibility',
            'content.next_year', 'content.other', 'decision.catalog', 'counsel.legal_adviser',
            'timing.report_deadline', 'timing.publication_deadline']
    ckeys = keys[1:8]
    ex = dict(zip(keys, expected.split()))
    cv = dict(zip(ckeys, coverage.split()))
    assert len(ex) == 10 and len(cv) == 7
    LABELS.append({'file': file, 'format': fmt, 'covers': covers,
                   'metadata': {'issuer': issuer, 'level': level, 'year': year, 'signed_date': signed,
                                'published_date': published, 'document_type': dtype},
                   'outline': {'top': top, 'n_level2': n2},
                   'expected': ex, 'coverage': cv})


# ---------------------------------------------------------------- docx helpers
def fonts(run, east='仿宋_GB2312', size=16, bold=False, latin='Times New Roman'):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), east)
    rf.set(qn('w:ascii'), latin)
    rf.set(qn('w:hAnsi'), latin)


def P(doc, parts, east='仿宋_GB2312', size=16, bold=False, align=None, indent=True,
      after=0, before=0, line=28, latin='Times New Roman'):
    """parts: str or list of (text, dict(overrides))"""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if line:
        pf.line_spacing = Pt(line)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if isinstance(parts, str):
        parts = [(parts, {})]
    for t, o in parts:
        r = p.add_run(t)
        fonts(r, o.get('east', east), o.get('size', size), o.get('bold', bold), o.get('latin', latin))
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(paragraph, east='宋体', size=10.5, prefix='第 ', suffix=' 页'):
    r = paragraph.add_run(prefix); fonts(r, east, size)
    fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE')
    rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); fld.append(rr)
    paragraph._p.append(fld)
    r = paragraph.add_run(suffix); fonts(r, east, size)


def new_doc(margins=(3.7, 3.5, 2.8, 2.6)):
    doc = Document()
    s = doc.sections[0]
    s.page_height = Cm(29.7); s.page_width = Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.element.get_or_add_rPr()
    return doc


# ================================================================ t01
def t01():
    doc = new_doc()
    A = dict(after=10, line=30)   # 段后 10 磅, first-line indent 2 chars
    P(doc, '青石县市场监督管理局2024年度法治政府建设工作情况报告', east='方正小标宋简体', size=22, align='c',
      indent=False, after=24, line=36)
    P(doc, '县委全面依法治县委员会办公室：', indent=False, **A)
    P(doc, '2024年，我局以习近平法治思想为指导，围绕县委、县政府关于法治政府建设的总体部署，把依法行政贯穿于'
           '登记注册、日常监管、执法办案的各个环节，市场监管领域法治化水平稳步提高。现将全年工作情况报告如下。', **A)
    P(doc, '一、2024年法治政府建设主要举措和成效', east='黑体', **A)
    P(doc, [('（一）健全依法决策机制。', {'east': '楷体_GB2312', 'bold': True}),
            ('局党组会议全年研究涉法事项11件，出台《青石县市场监督管理局重大执法决定法制审核办法》。按照县政府统一部署，'
             '我局原定于三季度梳理本部门重大行政决策事项目录，但受食品安全、特种设备两个股室职能调整影响，事项范围几经核对'
             '仍未定稿，到12月31日本年度的目录始终没有编出来。全年作出的4项涉及企业切身利益的决定，均经过公开征求意见、'
             '合法性审查和局务会集体讨论。', {})], **A)
    P(doc, [('（二）推进严格规范公正文明执法。', {'east': '楷体_GB2312', 'bold': True}),
            ('全年办结行政处罚案件326件，罚没款412.6万元；对62件轻微违法行为依法不予处罚，首次违法免罚清单得到全面适用。'
             '行政执法公示、执法全过程记录、重大执法决定法制审核三项制度全面推开，执法记录仪配备到每个执法小组，'
             '全过程记录覆盖率达到100%。全年被申请行政复议2件，复议机关均维持原处理决定，没有出现行政诉讼败诉案件。', {})], **A)
    P(doc, [('（三）发挥法律顾问作用。', {'east': '楷体_GB2312', 'bold': True}),
            ('局机关常年法律顾问由县明理律师事务所2名律师担任，全年列席局务会议9次，审查合同及协议14份，'
             '出具书面法律意见23份，参与研究投诉举报中的疑难案件7件，有效降低了执法和合同风险。', {})], **A)
    P(doc, [('（四）深化普法宣传。', {'east': '楷体_GB2312', 'bold': True}),
            ('落实“谁执法谁普法”责任制，在消费者权益日、食品安全宣传周等节点开展现场宣传18场，发放资料1.2万份；'
             '组织“法律进市场”活动，走访个体工商户430余户，为小微企业提供合规指导160余次。', {})], **A)
    P(doc, '二、存在的不足和原因', east='黑体', **A)
    P(doc, '一是基层所执法力量偏弱，全县7个市场监管所中有3个所的持证执法人员不足4人；二是部分执法文书说理不够充分，'
           '年度案卷评查中发现瑕疵案卷9件；三是对直播带货等新兴业态的监管手段滞后。造成上述问题的原因，既有机构改革后'
           '人员结构老化、专业人才流失的客观因素，也有部分干部学法用法主动性不强、培训针对性不够的主观因素。', **A)
    P(doc, '三、党政主要负责人履行推进法治建设第一责任人职责情况', east='黑体', **A)
    P(doc, '局党组书记、局长将法治建设列入年度重点工作，全年主持召开党组会专题研究法治政府建设4次，亲自审定年度普法计划'
           '和执法监督计划。带头参加县政府常务会议会前学法，在局务会上讲授“新《公司法》与登记监管”法治课1次。年底在县委'
           '全面依法治县委员会会议上进行述法，对群众反映集中的预付式消费投诉问题亲自督办、逐件过问。', **A)
    P(doc, '四、2025年工作安排', east='黑体', **A)
    P(doc, '一是加快完成本局重大行政决策事项目录编制并按规定向社会公布；二是开展执法人员轮训，人均培训不少于60学时；'
           '三是推进“双随机、一公开”监管与信用监管深度融合；四是完善案卷评查机制，每季度抽查案卷不少于20件。', **A)
    P(doc, '五、其他需要报告的情况', east='黑体', **A)
    P(doc, '本年度我局无其他需要报告的情况。', **A)
    P(doc, '青石县市场监督管理局', align='r', indent=False, before=30, line=30)
    P(doc, '2025年2月18日', align='r', indent=False, line=30)
    src = os.path.join(TMP, 't01_lo_spacing.docx'); doc.save(src)
    to_pdf(src, 't01_lo_spacing.pdf')
    label('t01_lo_spacing.pdf', 'pdf',
          'Word稿（段后间距、首行缩进）经LibreOffice转PDF；决策目录写在“健全依法决策机制”下却说全年未编出（否定在提示词之后），法律顾问以标题承载',
          '青石县市场监督管理局', 'county', 2024, D(2025, 2, 18), None, 'annual_report',
          ['2024年法治政府建设主要举措和成效', '存在的不足和原因', '党政主要负责人履行推进法治建设第一责任人职责情况',
           '2025年工作安排', '其他需要报告的情况'], 4,
          'pass pass pass pass pass pass fail pass pass skip',
          'heading heading heading heading heading declared_absent heading')


# ================================================================ t02
def t02():
    body = [
        ('h1', '一、全年主要工作及成效'),
        ('p', '<b>（一）规范决策程序。</b>镇政府于3月印发《三河镇2024年度重大行政决策事项目录》，列入集镇污水管网改造、'
              '农贸市场搬迁等3个事项，目录在镇政务公开栏和县政府网站乡镇专栏同步公开。3个事项均经公开征求意见和镇司法所'
              '合法性审查后，提交镇党委会、镇长办公会集体研究，全年未发生因决策程序问题被上级通报的情况。'),
        ('p', '<b>（二）推进综合行政执法。</b>镇综合行政执法队承接县级下放执法事项97项，全年立案查处违法建设、占道经营等'
              '案件41件，办结率100%。对执法人员开展集中培训4期，12名执法队员全部持证上岗，执法文书统一使用县级规范文本。'),
        ('p', '<b>（三）化解基层矛盾纠纷。</b>依托镇村两级人民调解组织排查各类纠纷286起，调处成功279起，成功率97.6%；'
              '“法律明白人”培养工程覆盖全镇14个村（社区），每村至少配备3名。'),
        ('p', '<b>（四）法律顾问。</b>镇里至今没有同任何律师事务所或执业律师签订常年顾问协议，合同审查等涉法事项暂时请县司法局'
              '派人临时把关。'),
        ('h1', '二、工作中的短板'),
        ('p', '主要表现在：镇村干部运用法治思维处理问题的能力参差不齐；行政执法案卷归档不够及时；部分村规民约修订滞后，'
              '个别条款与现行法律不一致。之所以出现这些情况，主要是因为镇里懂法律的专业人员偏少，干部日常事务繁杂、'
              '用在法治工作上的精力不足，加之考核督促不够有力。'),
        ('h1', '三、镇党委书记、镇长抓法治建设情况'),
        ('p', '镇党委书记全年4次主持召开党委会专题研究法治工作，带队包案督办信访积案5件，逐案明确化解责任人；镇长在镇长'
              '办公会前组织会前学法10次，亲自讲授土地管理法专题课1次，年终在县委依法治县办组织的述法评议中作专题述法，'
              '评议结果为“好”。'),
        ('h1', '四、下步打算'),
        ('p', '一是持续规范镇村两级执法行为，每半年开展一次执法案卷评查；二是加强法治宣传，年内新培育“法律明白人”不少于'
              '60名；三是着手解决法律顾问缺位问题，争取上半年完成选聘；四是推动14个村（社区）村规民约全面修订。'),
    ]
    rows = []
    for kind, t in body:
        if kind == 'h1':
            rows.append(f'<p class="h1">{t}</p>')
        else:
            rows.append(f'<p class="bd">{t}</p>')
    page = f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>三河镇2024年法治政府建设年度报告_三河镇人民政府</title>
<style>
body{{font-family:"SimSun","Noto Serif CJK SC",serif;font-size:11pt;margin:0}}
.top{{background:#1d5fa8;color:#fff;padding:6px}} .top span{{margin-right:18px}}
.nav a{{margin-right:14px}} .crumb{{font-size:9pt;color:#555}}
table.meta{{border-collapse:collapse;width:100%;font-size:9pt}} table.meta td{{border:1px solid #999;padding:3px}}
h1{{text-align:center;font-size:16pt}} .h1{{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-weight:bold;text-indent:2em}}
.bd{{text-indent:2em;line-height:1.8}} .sig{{text-align:right}} .foot{{font-size:9pt;color:#555;text-align:center}}
</style></head><body>
<div class="top"><span>三河镇人民政府</span><span>今天是：2025年3月20日 星期四</span><span>无障碍</span><span>简体</span><span>繁體</span></div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进三河</a></div>
<p class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 法治政府建设</p>
<table class="meta">
<tr><td>索引号：</td><td>000000000/2025-00012</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>三河镇人民政府</td><td>成文日期：</td><td>2025-02-26</td></tr>
<tr><td>文号：</td><td>无</td><td>发布日期：</td><td>2025-03-20</td></tr>
</table>
<h1>三河镇2024年法治政府建设年度报告</h1>
<p class="crumb" style="text-align:center">发布时间：2025-03-20 16:42　来源：三河镇　浏览次数：318　【字体：大 中 小】</p>
<p class="bd">2024年，三河镇在县委、县政府领导下，紧扣建设法治乡镇目标，依法履行乡镇职能，基层治理法治化水平进一步提升。现将有关情况报告如下：</p>
{chr(10).join(rows)}
<p class="sig">三河镇人民政府</p>
<p class="sig">2025年2月26日</p>
<p>【打印本页】　【关闭窗口】</p>
<p>相关阅读：</p>
<ul><li>三河镇2023年法治政府建设年度报告　2024-03-15</li><li>三河镇2024年政府信息公开工作年度报告　2025-01-20</li>
<li>三河镇召开2025年法治建设工作会议　2025-03-04</li></ul>
<p>上一篇：三河镇2025年春耕生产安全提示</p><p>下一篇：三河镇关于开展农村人居环境整治的通知</p>
<div class="foot">主办单位：三河镇人民政府　网站标识码：0000000000　示ICP备00000000号　示公网安备00000000000000号<br>
地址：青石县三河镇迎宾路1号　联系电话：0000-0000000</div>
</body></html>'''
    src = os.path.join(TMP, 't02_web_print.html')
    open(src, 'w', encoding='utf-8').write(page)
    to_pdf(src, 't02_web_print.pdf')
    label('t02_web_print.pdf', 'pdf',
          '网页连同页眉、时钟、面包屑、索引号表格、相关阅读和页脚一起打印成PDF；“（四）法律顾问。”标题后正文说未签任何顾问（否定），其他情况缺项',
          '三河镇人民政府', 'township', 2024, D(2025, 2, 26), D(2025, 3, 20), 'annual_report',
          ['全年主要工作及成效', '工作中的短板', '镇党委书记、镇长抓法治建设情况', '下步打算'], 4,
          'pass pass pass pass pass warn pass fail pass pass',
          'heading heading heading heading none body declared_absent')


# ================================================================ t03
def t03():
    doc = new_doc()
    B = dict(line=29)
    P(doc, '枫林市交通运输局2023年度法治政府建设情况报告', east='方正小标宋简体', size=22, align='c', indent=False,
      after=20, line=36)
    P(doc, '2023年，市交通运输局深入贯彻落实党中央、国务院关于法治政府建设的部署要求，在市委、市政府的领导下，'
           '扎实推进交通运输领域依法行政，为全市综合交通体系建设提供了有力的法治保障。现将本年度工作情况报告如下。', **B)

    def H1(t):
        P(doc, t, east='黑体', size=18, indent=False, before=14, after=8, line=32)

    def H2(t):
        P(doc, t, east='楷体_GB2312', size=16, bold=True, indent=False, before=4, line=29)
    H1('主要工作举措与成效')
    H2('制度建设更加健全')
    P(doc, '全年起草、修订交通运输领域规范性文件3件，全部经过局法规科合法性审核和局务会集体审议，备案审查合格率100%。'
           '清理涉及不平等对待企业的文件，废止2件、修改1件。梳理交通运输领域行政许可事项28项，全部纳入清单管理，网上可办率达到98%。2023年度本局重大行政决策事项目录经局党组会审定后，于4月在'
           '局门户网站公开，列入城市公交线网优化、客运站场布局规划等3项决策，均按期完成。', **B)
    H2('执法行为更加规范')
    P(doc, '交通综合执法支队全年查处道路运输违法案件1108件，其中非法营运案件236件。推行首违不罚、轻微免罚清单，对首次'
           '轻微违法的167家经营户以教育劝导代替处罚。组织执法案卷评查2次，抽查案卷150卷，优良率92%。全年办理以本局为被申请人的行政复议案件5件，维持4件、撤销1件，撤销的案件已完成重新处理。', **B)
    H2('法治保障更加有力')
    P(doc, '局机关聘请2名执业律师担任常年法律顾问，另有3名干部取得公职律师证书，全年参与审查合同41份、出具法律意见书'
           '28份，代理行政应诉案件3件，均未败诉。', **B)
    H1('存在的问题')
    P(doc, '对照法治政府建设要求，我局工作仍有一些差距：一是部分区县执法人员办案经验不足，执法文书制作不够规范；二是网约车、'
           '共享单车等新业态的规范管理制度跟进偏慢；三是“互联网+监管”平台与公安、市场监管等部门的数据共享还不顺畅，'
           '跨部门联合执法次数偏少。', **B)
    H1('主要负责人履行法治建设第一责任人职责情况')
    P(doc, '局党组书记、局长坚持把法治建设与交通重点工作同谋划同部署，全年主持召开党组会、局务会专题研究法治工作5次，'
           '带头开展会前学法12次。亲自牵头协调解决出租车经营权到期处置等重大涉法问题，在市政府年度述法会上作书面述法。', **B)
    H1('2024年工作计划')
    P(doc, '一是修订《枫林市城市公共交通管理办法》配套文件；二是开展交通运输执法领域突出问题专项整治；三是加快推进执法'
           '信息平台与相关部门数据互通；四是组织全系统执法人员法律知识轮训，确保每人不少于40学时。', **B)
    P(doc, '枫林市交通运输局', align='r', indent=False, before=30, **B)
    P(doc, '2024年3月5日', align='r', indent=False, **B)
    src = os.path.join(TMP, 't03_heiti_headings.docx'); doc.save(src)
    to_pdf(src, 't03_heiti_headings.pdf')
    label('t03_heiti_headings.pdf', 'pdf',
          '标题全部不编号，一级为加大的黑体行、二级为加粗楷体行；问题部分只列现象不讲原因；2023年报告2024年3月5日才签署（超期）',
          '枫林市交通运输局', 'city', 2023, D(2024, 3, 5), None, 'annual_report',
          ['主要工作举措与成效', '存在的问题', '主要负责人履行法治建设第一责任人职责情况', '2024年工作计划'], 3,
          'pass pass warn pass pass warn pass pass fail skip',
          'heading heading heading heading none body body')


# ================================================================ t04
def t04():
    doc = new_doc()
    B = dict(line=28)
    P(doc, '青石县人民政府', east='方正小标宋简体', size=22, align='c', indent=False, line=36)
    P(doc, '关于2024年度法治政府建设情况的报告', east='方正小标宋简体', size=22, align='c', indent=False, after=18, line=36)
    P(doc, '枫林市人民政府：', indent=False, **B)
    P(doc, '2024年，县政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻市委、市政府关于法治政府建设的部署，'
           '各项工作取得新进展。现将有关情况报告如下。', **B)
    P(doc, '一、主要举措和成效', east='黑体', **B)
    P(doc, [('（一）主要指标完成情况。', {'east': '楷体_GB2312'}),
            ('全年法治政府建设主要指标完成情况见下表。', {})], **B)
    rows = [('指标', '2024年完成情况'),
            ('县政府常务会议会前学法（次）', '14'), ('县政府法律顾问（名）', '7'), ('公职律师（名）', '12'),
            ('合法性审核行政规范性文件（件）', '7'), ('审查政府合同（份）', '86'), ('行政规范性文件备案率（%）', '100'),
            ('清理规范性文件（件）', '41'), ('其中：废止（件）', '6'), ('其中：修改（件）', '3'),
            ('行政复议收案（件）', '153'), ('行政复议审结（件）', '147'), ('行政复议纠错率（%）', '11.8'),
            ('行政应诉案件（件）', '64'), ('行政机关负责人出庭应诉率（%）', '100'), ('行政诉讼败诉率（%）', '4.7'),
            ('行政处罚案件（件）', '5217'), ('行政许可办件（件）', '28633'), ('执法案卷评查（卷）', '420'),
            ('评查优良率（%）', '91.2'), ('持证执法人员（名）', '1386'), ('执法人员培训（人次）', '2950'),
            ('“双随机、一公开”抽查（次）', '612'), ('跨部门联合抽查（次）', '88'), ('减免罚款案件（件）', '245'),
            ('人民调解组织（个）', '231'), ('调解纠纷（件）', '6482'), ('调解成功率（%）', '98.1'),
            ('法律援助案件（件）', '917'), ('公证办件（件）', '3306'), ('村（社区）法律顾问覆盖率（%）', '100'),
            ('“法律明白人”（名）', '1542'), ('民主法治示范村（社区）（个）', '27'), ('普法宣传活动（场）', '368'),
            ('政务公开主动公开信息（条）', '12740'), ('依申请公开办理（件）', '96'), ('12345热线涉法诉求办结率（%）', '99.3'),
            ('信访事项按期办结率（%）', '98.7'), ('行政执法监督检查（次）', '23'), ('发出执法监督意见书（份）', '9')]
    tb = doc.add_table(rows=len(rows), cols=2)
    tb.style = 'Table Grid'
    for i, (a, b) in enumerate(rows):
        for j, v in enumerate((a, b)):
            c = tb.cell(i, j); c.text = ''
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j == 1 or i == 0 else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(v); fonts(r, '黑体' if i == 0 else '仿宋_GB2312', 12, i == 0)
    # repeat header row
    trPr = tb.rows[0]._tr.get_or_add_trPr(); h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)
    P(doc, [('（二）优化政府职能配置。', {'east': '楷体_GB2312'}),
            ('动态调整县级权责清单，全年取消、下放、调整行政权力事项38项；“高效办成一件事”首批13个事项全部上线，'
             '企业开办压缩至1个工作日。', {})], **B)
    P(doc, [('（三）深化制度建设。', {'east': '楷体_GB2312'}),
            ('全年县政府制发行政规范性文件7件，全部经县司法局合法性审核，报县人大常委会备案率100%。县政府于2月编制'
             '2024年度重大行政决策事项目录，列入6个事项，目录文本3月经县政府常务会议审议通过；由于其中2个事项须待县委'
             '审定，截至本报告报送之日，该目录还没有向社会发布。县政府法律顾问团全年列席常务会议22次，出具法律意见119份。', {})], **B)
    P(doc, [('（四）提升执法质效。', {'east': '楷体_GB2312'}),
            ('县级行政执法机关全部落实行政执法三项制度，开展执法案卷评查2轮，评查案卷420卷；行政机关负责人出庭应诉实现'
             '全覆盖。', {})], **B)
    P(doc, '二、存在的不足及原因', east='黑体', before=10, **B)
    P(doc, '一是部分乡镇执法力量薄弱，承接下放事项后“接得住、管得好”的能力还不够；二是部分部门规范性文件起草质量不高，'
           '审核中退回修改的比例达到28%；三是行政复议纠错率仍然偏高。究其根源，主要在于基层法治专门人才短缺，部分领导'
           '干部对法治政府建设重要性认识不到位，考核的刚性约束作用发挥还不充分。', **B)
    P(doc, '三、党政主要负责人履行推进法治建设第一责任人职责情况', east='黑体', **B)
    P(doc, '县长全年主持县政府常务会议专题研究法治政府建设3次，组织会前学法14次并亲自领学4次；带头出庭应诉行政案件1件，'
           '对行政复议纠错案件逐一过问整改；年初对各乡镇、部门主要负责人述法情况进行点评，年底向县委全面依法治县委员会'
           '述法。', **B)
    P(doc, '四、2025年主要安排', east='黑体', **B)
    P(doc, '一是完成县级行政执法监督平台建设；二是开展规范性文件“回头看”清理；三是推进行政复议体制改革后续工作，力争'
           '纠错率下降2个百分点；四是深化“八五”普法总结验收。', **B)
    P(doc, '五、其他需要报告的情况', east='黑体', **B)
    P(doc, '县政府2024年度法治政府建设示范创建工作已通过市级评估，除此之外没有需要专门报告的事项。', **B)
    P(doc, '青石县人民政府', align='r', indent=False, before=30, **B)
    P(doc, '2025年2月27日', align='r', indent=False, **B)
    src = os.path.join(TMP, 't04_table_pagebreak.docx'); doc.save(src)
    to_pdf(src, 't04_table_pagebreak.pdf')
    label('t04_table_pagebreak.pdf', 'pdf',
          '两栏统计表跨页（表头重复）；标题拆成机关行+“关于…的报告”；决策目录已编制审议但明确尚未向社会发布（部分缺失）',
          '青石县人民政府', 'county', 2024, D(2025, 2, 27), None, 'annual_report',
          ['主要举措和成效', '存在的不足及原因', '党政主要负责人履行推进法治建设第一责任人职责情况', '2025年主要安排',
           '其他需要报告的情况'], 4,
          'pass pass pass pass pass pass warn pass pass skip',
          'heading heading heading heading heading body body')


# ================================================================ t05 (flat ODT with real footnotes)
def t05():
    fn_counter = [0]

    def esc(s):
        return html.escape(s, quote=False)

    def para_xml(text, style='Body'):
        # footnote markers written as {{fn:text}}
        out, rest = [], text
        while '{{fn:' in rest:
            a, b = rest.split('{{fn:', 1)
            note, rest = b.split('}}', 1)
            fn_counter[0] += 1
            n = fn_counter[0]
            out.append(esc(a))
            out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                       f'<text:note-body><text:p text:style-name="Footnote">{esc(note)}</text:p></text:note-body></text:note>')
        out.append(esc(rest))
        return f'<text:p text:style-name="{style}">{"".join(out)}</text:p>'
    items = [
        ('Title', '白鹭市2025年法治政府建设年度报告'),
        ('Body', '2025年是“十四五”规划收官之年。一年来，市政府坚持把法治政府建设作为全局性、基础性工作来抓，依法行政'
                 '能力和水平持续提升。现将2025年度法治政府建设情况报告如下。'),
        ('H1', '一、统筹谋划，法治政府建设取得新进展'),
        ('Body', '（一）政府决策更加科学民主。市政府于1月公布《白鹭市2025年度重大行政决策事项目录》'
                 '{{fn:目录经市政府第31次常务会议审议，于2025年1月24日在市政府门户网站“重大行政决策”专栏公开。}}，共列入'
                 '8项决策。纳入目录的每一项决策，公众参与、专家论证、风险评估、合法性审查、集体讨论决定五个环节一个不落，'
                 '其中老旧小区改造三年计划先后召开听证会2场，收到意见建议214条，采纳67条。'),
        ('Body', '（二）行政执法更加规范。在市场监管、生态环境、城市管理等领域全面推行证明事项告知承诺制'
                 '{{fn:指申请人以书面形式承诺符合相关条件后，行政机关不再索要有关证明而依据承诺办理事项的制度。}}，'
                 '全年以承诺代替证明办件1.9万件。开展行政执法质量提升年活动，评查案卷1260卷，发现问题整改率100%。'),
        ('Body', '（三）法治保障更加有力。市政府外聘法律顾问9名，全市党政机关共有公职律师46名，全年为市政府审查合同、协议'
                 '173份，出具法律意见312份。深化府院联动'
                 '{{fn:指市政府与市中级人民法院建立的联席会议、信息共享、案件会商等常态化沟通协作机制。}}，联合发布行政审判'
                 '白皮书1份，全市行政诉讼败诉率降至3.9%。'),
        ('H1', '二、强化“头雁”带动，主要负责同志带头履职'),
        ('Body', '市长全年5次主持召开市政府常务会议专题听取法治政府建设情况汇报，组织会前学法16次，其中亲自领学《中华人民'
                 '共和国行政复议法》等6次；带头出庭应诉涉土地征收案件1件，并在庭后召集相关部门研究整改。常务副市长、'
                 '分管副市长分别牵头督办行政复议纠错案件18件。年底，市长向市委全面依法治市委员会会议述法，并对11个县区政府'
                 '主要负责人的述法报告逐一作出书面点评。'),
        ('H1', '三、存在的短板及成因'),
        ('Body', '一是部分县区行政复议纠错率高于全省平均水平；二是少数部门规范性文件起草时公众参与走过场；三是基层执法队伍'
                 '专业化程度不够。分析其成因，主要是部分单位对程序性规定的刚性认识不足，考核指标偏重结果而轻过程，加之基层'
                 '执法岗位人员流动频繁，培训成果难以沉淀。'),
        ('H1', '四、2026年工作思路'),
        ('Body', '围绕“十五五”开局，一是出台《白鹭市重大行政决策程序实施细则》；二是推进行政执法监督与12345热线数据贯通；'
                 '三是建设市级法治人才库，力争新增公职律师20名；四是持续开展行政复议纠错案件“以案促改”。'),
        ('H1', '五、其他需要报告的情况'),
        ('Body', '2025年8月，我市被确定为全省行政执法协调监督工作体系建设试点，目前试点工作按计划推进。'),
        ('Sig', '白鹭市人民政府'),
        ('Sig', '二〇二六年二月十日'),
    ]
    body_xml = '\n'.join(para_xml(t, s) for s, t in items)
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="FS" svg:font-family="仿宋" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:text-properties style:font-name-asian="FS" fo:font-size="15pt" style:font-size-asian="15pt"/></style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="30pt" fo:line-height="150%" fo:margin-bottom="4pt" fo:text-align="justify"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="18pt"/>
  <style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="30pt" fo:margin-top="6pt" fo:margin-bottom="4pt"/>
  <style:text-properties style:font-name-asian="黑体" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Sig" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="6pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="3cm" fo:margin-bottom="2.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{body_xml}
</office:text></office:body></office:document>'''
    src = os.path.join(TMP, 't05_footnotes.fodt')
    open(src, 'w', encoding='utf-8').write(doc)
    to_pdf(src, 't05_footnotes.pdf')
    label('t05_footnotes.pdf', 'pdf',
          '带真实脚注的PDF（脚注文字在页底）；标题只写地名；第一责任人用“强化‘头雁’带动”式主题标题；2025年度报告、中文数字落款二〇二六年',
          '白鹭市人民政府', 'city', 2025, D(2026, 2, 10), None, 'annual_report',
          ['统筹谋划，法治政府建设取得新进展', '强化“头雁”带动，主要负责同志带头履职', '存在的短板及成因', '2026年工作思路',
           '其他需要报告的情况'], 3,
          'pass pass pass pass pass pass pass pass pass skip',
          'heading heading heading heading heading body body')


# ================================================================ t06 cover + 目录
def t06():
    doc = new_doc()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp, prefix='— ', suffix=' —')
    for _ in range(6):
        P(doc, '', indent=False)
    P(doc, '云岭省司法厅', east='黑体', size=26, align='c', indent=False, after=20, line=40)
    P(doc, '2024年度法治政府建设情况报告', east='方正小标宋简体', size=26, align='c', indent=False, line=40)
    for _ in range(10):
        P(doc, '', indent=False)
    P(doc, '二〇二五年三月', east='楷体_GB2312', size=16, align='c', indent=False)
    page_break(doc)
    P(doc, '目    录', east='黑体', size=18, align='c', indent=False, after=18, line=32)
    toc = [('一、2024年工作举措和成效', '3'), ('二、存在的不足和原因', '3'),
           ('三、厅主要负责同志履行推进法治建设第一责任人职责情况', '4'), ('四、2025年工作打算', '4'),
           ('五、其他需要报告的情况', '4')]
    for t, n in toc:
        dots = '…' * max(4, 30 - len(t))
        P(doc, f'{t}{dots}{n}', size=14, indent=False, line=30)
    page_break(doc)
    B = dict(line=28)
    P(doc, '云岭省司法厅2024年度法治政府建设情况报告', east='方正小标宋简体', size=20, align='c', indent=False, after=16, line=34)
    P(doc, '2024年，省司法厅在省委、省政府坚强领导下，认真履行全面依法治省统筹协调和行政立法、行政执法监督、行政复议、'
           '公共法律服务等职责，本厅法治政府建设各项任务全面完成。现将本厅2024年度法治政府建设情况报告如下。', **B)

    def H1(t): P(doc, t, east='黑体', **B)

    def H2(t, body): P(doc, [(t, {'east': '楷体_GB2312'}), (body, {})], **B)
    H1('一、2024年工作举措和成效')
    H2('（一）履行统筹协调职责。', '牵头起草省委全面依法治省委员会年度工作要点，组织对16个省直部门和8个市州开展法治政府建设'
       '督察，发现问题97个，已督促整改90个。')
    H2('（二）严把立法和文件审查关。', '全年审查省政府规章草案5件、省政府行政规范性文件43件，提出修改意见211条。厅2024年度'
       '重大行政决策事项目录列入《云岭省公共法律服务体系建设规划》编制等2项，经厅长办公会审定后于2月在厅门户网站公布，'
       '2项决策均已按程序作出。')
    H2('（三）规范行政执法监督。', '出台全省行政执法案卷评查标准，组织省级执法部门交叉评查案卷880卷；办理行政执法投诉'
       '举报34件，均在法定期限内答复。')
    H2('（四）强化公职律师和法律顾问工作。', '厅机关现有公职律师18名，另聘请外部法律顾问3名，全年参与审查厅机关合同'
       '62份，办理行政复议和应诉案件27件，出具法律意见93份。')
    H1('二、存在的不足和原因')
    P(doc, '一是行政立法项目储备不足，部分项目论证不充分；二是行政执法监督手段偏传统，信息化监督覆盖面不广；三是公共法律'
           '服务城乡发展不平衡。这些问题的原因在于：立法调研力量分散，执法监督平台建设资金到位较晚，部分基层司法所人员'
           '配备不足。', **B)
    H1('三、厅主要负责同志履行推进法治建设第一责任人职责情况')
    P(doc, '厅党委书记、厅长全年主持召开厅党委会专题研究法治建设6次，亲自审定厅年度法治建设工作要点；带头在厅党委理论学习'
           '中心组学法4次，讲授专题法治课2次；对全省行政复议案件“纠错率高”问题亲自调研、亲自督办；年底按要求向省委全面'
           '依法治省委员会书面述法。', **B)
    H1('四、2025年工作打算')
    P(doc, '一是完善省级行政立法项目库；二是建成全省一体化行政执法监督平台；三是推动公共法律服务资源向乡村倾斜，实现村'
           '（社区）法律顾问服务质效评估全覆盖；四是深化行政复议规范化建设。', **B)
    H1('五、其他需要报告的情况')
    P(doc, '本年度无其他需要报告的情况。', **B)
    P(doc, '云岭省司法厅', align='r', indent=False, before=30, **B)
    P(doc, '2025年3月10日', align='r', indent=False, **B)
    src = os.path.join(TMP, 't06_cover_toc.docx'); doc.save(src)
    to_pdf(src, 't06_cover_toc.pdf')
    label('t06_cover_toc.pdf', 'pdf',
          '封面页+带点线页码的目录页，目录行与正文标题重复；省级部门（非省政府）3月10日签署，适用3月1日期限而非4月1日',
          '云岭省司法厅', 'province', 2024, D(2025, 3, 10), None, 'annual_report',
          ['2024年工作举措和成效', '存在的不足和原因', '厅主要负责同志履行推进法治建设第一责任人职责情况', '2025年工作打算',
           '其他需要报告的情况'], 4,
          'pass pass pass pass pass pass pass pass fail skip',
          'heading heading heading heading heading body heading')


# ================================================================ t07 docx, signature table, bold leads
def t07():
    doc = new_doc()
    B = dict(line=28)
    P(doc, '枫林市柳溪区应急管理局2024年法治政府建设工作报告', east='方正小标宋简体', size=20, align='c', indent=False,
      after=16, line=34)
    P(doc, '柳溪区委全面依法治区委员会办公室：', indent=False, **B)
    P(doc, '2024年，我局围绕防范化解重大安全风险，坚持严格执法与服务企业并重，全区未发生较大以上生产安全事故。按照区委依法治区办的通知要求，现将我局2024年法治政府建设工作情况报告如下：', **B)

    def H1(t): P(doc, t, east='黑体', **B)

    def lead(t, body): P(doc, [(t, {'bold': True}), (body, {})], **B)
    H1('一、主要做法和成效')
    lead('严格执法监管。', '全年检查生产经营单位1246家次，立案查处安全生产违法行为58起，罚款213.5万元，其中对17家初次违法'
         '且危害后果轻微的企业依法免予处罚，以约谈和限期整改代替。执法全过程记录仪使用率100%。')
    lead('推进“谁执法谁普法”。', '在安全生产月、防灾减灾日组织进企业、进社区宣讲41场，为区内危化品企业送去“一企一策”'
         '法律风险提示清单63份，企业主要负责人安全法规考试参考率100%。')
    lead('强化法治保障。', '本局没有单独聘请常年法律顾问，涉法事务主要依托局内公职律师办理：政策法规股2名干部持有公职律师'
         '证书，全年审核执法决定112件、审查采购合同9份，代理行政诉讼案件1件并胜诉。')
    lead('规范权力运行。', '修订局权责清单，明确行政处罚、行政检查等事项167项；对执法案卷开展月度自查，年内整改文书瑕疵'
         '31处。落实行政执法公示制度，执法主体、人员、职责、依据和结果全部在区政府网站公示，全年公示处罚决定58份。')
    H1('二、工作中的薄弱环节')
    P(doc, '一是执法人员专业背景以综合管理为主，懂化工、懂消防的人员仅5名；二是部分执法案件调查取证不够扎实，一起案件因'
           '证据不足被区政府行政复议撤销；三是小微企业安全法规宣传的覆盖面仍不够。形成这些问题的原因主要有：区应急管理'
           '部门组建时间较短，编制人员少而任务重，系统性的法律培训还没有形成常态。', **B)
    H1('三、局主要负责人带头履职情况')
    P(doc, '局长坚持重要执法工作亲自部署、重大问题亲自过问，全年主持召开局党组会研究法治工作4次；在区政府常务会议前学法'
           '中领学《安全生产法》1次；亲自带队对3起较大事故隐患挂牌督办，年终向区委依法治区办书面述法。', **B)
    H1('四、下一年度工作打算')
    P(doc, '一是引进或培养专业执法人员不少于4名；二是每季度开展一次执法案卷交叉评查；三是推进非现场执法，扩大远程监测'
           '覆盖面；四是编制危化品企业常见违法行为指引并向企业推送；五是对照新修订的安全生产行政处罚自由裁量基准，逐项调整本局裁量细则，年中前完成。', **B)
    P(doc, '', indent=False)
    tb = doc.add_table(rows=2, cols=2)
    cells = [('报告单位（盖章）', '枫林市柳溪区应急管理局'), ('报告日期', '2025年2月28日')]
    for i, (a, b) in enumerate(cells):
        for j, v in enumerate((a, b)):
            c = tb.cell(i, j); c.text = ''
            r = c.paragraphs[0].add_run(v); fonts(r, '仿宋_GB2312', 15)
    out = os.path.join(OUT, 't07_sigtable.docx'); doc.save(out)
    label('t07_sigtable.docx', 'docx',
          '落款做成表格（单位与日期在单元格内），截止日当天2月28日；加粗引导语作二级标题；未聘常年顾问但有公职律师在岗（应判通过）；决策目录与其他情况均未提',
          '枫林市柳溪区应急管理局', 'county', 2024, D(2025, 2, 28), None, 'annual_report',
          ['主要做法和成效', '工作中的薄弱环节', '局主要负责人带头履职情况', '下一年度工作打算'], 4,
          'pass pass pass pass pass warn warn pass pass skip',
          'heading heading heading heading none none body')


# ================================================================ t08 html, browser print, 3-line title
def t08():
    sec = [
        ('h1', '一、2024年度主要工作举措和成效'),
        ('p', '（一）坚持依法科学民主决策。县政府常务会议审议的议题全部事先经过合法性审查，县政府法律顾问室现有外聘律师5名，'
              '全年列席县政府常务会议21次，出具审查意见138条，对县城供水特许经营等3个项目提出的风险提示全部被采纳。'),
        ('p', '（二）县政府全年对涉及群众切身利益的14件行政规范性文件全部开展合法性审核，审核意见采纳率96%，其中2件因发现'
              '与上位法不一致被退回起草单位修改。'),
        ('p', '（三）深化行政执法体制改革。组建乡镇综合行政执法队11支，划转执法事项82项；开展“执法规范年”行动，评查案卷'
              '360卷，对发现的42个问题逐一反馈整改。'),
        ('p', '（四）推进基层法治建设。建成村（社区）公共法律服务工作室126个，“一村一法律顾问”实现全覆盖；全年调处矛盾'
              '纠纷3915件，调处成功率98.4%。'),
        ('h1', '二、存在的问题及原因'),
        ('p', '一是部分乡镇综合执法队伍刚组建，执法程序不够熟练；二是部分部门对规范性文件起草前的调研论证不够。原因是基层'
              '法治工作力量配备与任务不匹配，一些干部仍存在重实体、轻程序的惯性思维。'),
        ('h1', '三、“一把手”带头抓法治'),
        ('p', '县委书记全年主持召开县委常委会会议专题研究法治建设3次，带头在县委理论学习中心组讲授宪法专题课；县长主持县政府'
              '常务会议学法12次，亲自出庭应诉行政案件2件，对11个乡镇、28个县直部门主要负责人开展述法点评，年终分别向市委'
              '全面依法治市委员会述法。'),
        ('h1', '四、2025年工作安排'),
        ('p', '一是年初编制并公布2025年度县政府重大行政决策事项目录，推动决策程序闭环管理；二是完成乡镇执法人员全员轮训；'
              '三是开展行政规范性文件集中清理；四是推动县级行政复议案件办理质效提升。'),
    ]
    rows = []
    for k, t in sec:
        rows.append(f'<p class="{"h1" if k == "h1" else "bd"}">{t}</p>')
    page = f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于2024年度法治政府建设工作情况的报告-雾溪县人民政府网</title>
<style>
body{{font-family:"Noto Serif CJK SC",serif;font-size:11pt;margin:0}}
.bp{{font-size:8pt;color:#333}}
.logo{{font-size:20pt;color:#b00;font-weight:bold}} .nav span{{margin-right:16px}}
.crumb,.info{{font-size:9pt;color:#666}}
.t{{text-align:center;font-size:17pt;font-weight:bold;margin:2px}}
.h1{{font-weight:bold;text-indent:2em}} .bd{{text-indent:2em;line-height:1.75}} .sig{{text-align:right}}
.foot{{font-size:8.5pt;text-align:center;color:#444;border-top:1px solid #ccc}}
</style></head><body>
<table class="bp" width="100%"><tr><td>2025/4/10 09:32</td><td align="right">关于2024年度法治政府建设工作情况的报告-雾溪县人民政府网</td></tr></table>
<div class="logo">雾溪县人民政府网</div>
<div class="nav"><span>首页</span><span>政务公开</span><span>新闻中心</span><span>政务服务</span><span>互动交流</span><span>魅力雾溪</span></div>
<p class="crumb">当前位置：首页 &gt; 政务公开 &gt; 重点领域信息公开 &gt; 法治政府建设年度报告</p>
<p class="t">中共雾溪县委 雾溪县人民政府</p>
<p class="t">关于2024年度法治政府建设</p>
<p class="t">工作情况的报告</p>
<p class="info" style="text-align:center">发布时间：2025-04-03 09:15　来源：县司法局　字号：大 中 小　【打印】</p>
<p>中共枫林市委、枫林市人民政府：</p>
<p class="bd">2024年，雾溪县委、县政府以建设人民满意的法治政府为目标，统筹推进依法行政各项工作，法治政府建设取得积极成效，全县行政诉讼败诉率下降到5.1%，群众对法治建设满意度测评得分92.3分。现将有关情况报告如下。</p>
{chr(10).join(rows)}
<p class="sig">中共雾溪县委　　雾溪县人民政府</p>
<p class="sig">2025年1月26日</p>
<p>【打印本页】　【关闭窗口】</p>
<div class="foot">版权所有：雾溪县人民政府办公室　网站标识码：0000000000　示ICP备00000000号<br>
http://www.wxx.example.gov.cn/art/2025/4/3/art_0000_0000.html</div>
</body></html>'''
    src = os.path.join(TMP, 't08_three_line_title.html')
    open(src, 'w', encoding='utf-8').write(page)
    to_pdf(src, 't08_three_line_title.pdf')
    label('t08_three_line_title.pdf', 'pdf',
          '浏览器打印式网页PDF，标题拆成三行（联署机关行+两行“关于…报告”）；打印时间≠发布时间，发布晚于4月1日；决策目录只在明年安排中出现；“（二）”为长句编号项',
          '雾溪县人民政府', 'county', 2024, D(2025, 1, 26), D(2025, 4, 3), 'annual_report',
          ['2024年度主要工作举措和成效', '存在的问题及原因', '“一把手”带头抓法治', '2025年工作安排'], 4,
          'pass pass pass pass pass warn warn pass pass fail',
          'heading heading heading heading none body body')


# ================================================================ t09 header page number, impossible date
def t09():
    doc = new_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run('桐花镇人民政府　　'); fonts(r, '宋体', 10.5)
    page_field(hp)
    B = dict(line=28, after=4)
    P(doc, '桐花镇人民政府2025年度法治政府建设情况报告', east='方正小标宋简体', size=20, align='c', indent=False,
      after=16, line=34)
    P(doc, '2025年，桐花镇在县委、县政府的领导下，坚持依法行政、依法治镇，基层法治建设取得新成效，全镇全年未发生因行政执法引发的群体性事件，信访总量比上年下降17%。现将有关情况报告如下。', **B)

    def H1(t): P(doc, t, east='黑体', **B)

    def ri(t, body): P(doc, [(t, {'east': '楷体_GB2312', 'bold': True}), (body, {})], **B)
    H1('一、2025年工作举措和成效')
    ri('（一）依法决策有章可循。', '镇政府1月编制2025年度重大行政决策事项目录，列入镇区停车场建设、农村供水管网改造2项，'
       '经镇党委会审定后在镇政务公开栏张贴，并在县政府网站乡镇专栏公开。镇党委书记作为第一责任人，全年2次主持召开党委会'
       '专题研究法治建设，亲自包案化解一起拖了三年的土地承包纠纷。')
    ri('（二）执法监督有力有效。', '镇综合行政执法队全年办理行政处罚案件37件，全部经镇合法性审核后作出；邀请县司法局对'
       '执法案卷开展评查2次，评查结果均为合格以上。对群众举报的12起违法建设行为，执法队均在3日内到场核查，依法拆除违建面积1860平方米，当事人均未申请复议或提起诉讼。')
    ri('（三）法律服务触手可及。', '镇政府聘请县内正衡律师事务所1名律师为法律顾问，每周二到镇便民服务中心坐班，全年审查'
       '镇政府合同24份，为群众提供法律咨询310人次。镇公共法律服务站与县法律援助中心建立转介机制，全年为农民工讨薪、'
       '交通事故赔偿等事项办理法律援助申请19件，帮助群众挽回经济损失86万元。')
    ri('（四）法治宣传深入人心。', '开展“法律进农家”宣讲52场，培育“法律明白人”98名，10个村全部建成法治文化阵地。结合赶集日设立法律咨询摊位，由镇司法所干部和法律顾问轮流值守；组织中小学生开展“宪法晨读”活动，参与学生1200余人次。')
    H1('二、存在的短板和不足')
    P(doc, '一是部分村干部依法办事意识仍较淡薄，个别村财务公开不够规范；二是执法队伍中持证人员只有6名，难以覆盖全部执法'
           '事项。原因在于镇里年轻干部流动快，法律培训往往“一轮一换人”，效果难以持续。', **B)
    H1('三、2026年工作打算')
    P(doc, '一是推动执法人员持证率提高到100%；二是完善村级小微权力清单，年内对10个村的清单执行情况开展一次专项检查；三是继续落实法律顾问坐班制度，扩大服务范围到'
           '各村；四是开展村规民约合法性审查。', **B)
    P(doc, '除上述内容外，本年度本镇没有其他需要报告的情况。', **B)
    P(doc, '桐花镇人民政府', align='r', indent=False, before=30, line=28)
    P(doc, '2026年2月29日', align='r', indent=False, line=28)
    src = os.path.join(TMP, 't09_header_pageno.docx'); doc.save(src)
    to_pdf(src, 't09_header_pageno.pdf')
    label('t09_header_pageno.pdf', 'pdf',
          '页码印在页眉（无页脚）；落款“2026年2月29日”在非闰年不存在；第一责任人仅正文一句；其他情况以正文声明',
          '桐花镇人民政府', 'township', 2025, None, None, 'annual_report',
          ['2025年工作举措和成效', '存在的短板和不足', '2026年工作打算'], 4,
          'pass pass pass warn pass pass pass pass skip skip',
          'heading heading body heading body body body')


# ================================================================ t10 spaced Latin digits
def t10():
    doc = new_doc()
    B = dict(line=28, after=6)
    P(doc, '枫林市生态环境局 2024 年度法治政府建设工作报告', east='方正小标宋简体', size=20, align='c', indent=False,
      after=16, line=34)
    P(doc, '2024 年，市生态环境局以改善生态环境质量为核心，把法治要求落实到环评审批、监督执法、信访处理等各项工作中，全市空气优良天数比例和主要河流断面水质达标率均完成年度目标。'
           '现将 2024 年度法治政府建设情况报告如下。', **B)

    def H1(t): P(doc, t, east='黑体', **B)

    def ri(t, body): P(doc, [(t, {'east': '楷体_GB2312'}), (body, {})], **B)
    H1('一、2024 年主要举措和成效')
    ri('（一）完善生态环境制度体系。', '配合市人大常委会完成《枫林市扬尘污染防治条例》立法调研，起草规范性文件 2 件，'
       '清理文件 19 件、废止 4 件。建立环评审批“容缺受理”制度，全年审批建设项目环评文件 186 个，平均审批时限压缩到法定时限的 40%。')
    ri('（二）规范生态环境执法。', '全年现场检查企业 2 316 家次，立案查处环境违法案件 147 件，罚款 1 862.4 万元；对 39 件'
       '轻微违法行为依法不予处罚。移送公安机关涉嫌环境犯罪案件 6 件。推行“非现场执法”，利用在线监控数据发现并查处超标排放案件 21 件；全年以本局为被告的行政诉讼案件 3 件，均胜诉。')
    ri('（三）重大行政决策目录管理。', '这一年局里没有编出重大行政决策事项目录。年初曾对拟决策事项作过摸底，但局班子认为'
       '全年需要决策的事项只有零星一两件，便没有单独成册，这项工作实际上被搁置下来。')
    ri('（四）发挥法律顾问和公职律师作用。', '局机关常年法律顾问 2 名，公职律师 4 名；凡拟作出的重大行政处罚决定，一律先送'
       '法律顾问或公职律师审核，全年没有一件绕过审核直接作出。')
    H1('二、存在的不足及原因')
    P(doc, '一是部分区县分局执法装备陈旧，非现场监管能力不足；二是个别执法人员对新修订的排污许可规定掌握不够。主要原因是'
           '装备更新资金安排滞后，培训计划偏重业务技术而对法律法规的讲解较少。', **B)
    H1('三、主要负责人履行法治建设第一责任人职责情况')
    P(doc, '局党组书记、局长全年主持召开党组会议专题研究法治工作 3 次，带头学习新《行政复议法》，在全局执法人员培训班'
           '上讲授开班第一课；对 2 起群众反映强烈的企业偷排案件亲自督办，于 2024 年 12 月 20 日向市委依法治市办述法。', **B)
    H1('四、2025 年工作安排')
    P(doc, '一是 2025 年一季度完成本局重大行政决策事项目录编制并向社会公布；二是推进非现场执法设备更新，新增在线监控'
           '点位 60 个；三是组织执法人员法律知识考试，参考率 100%；四是修订生态环境行政处罚自由裁量基准，并在 6 月底前向社会公开。', **B)
    H1('五、其他需要报告的情况')
    P(doc, '无。', **B)
    P(doc, '枫林市生态环境局', align='r', indent=False, before=30, line=28)
    P(doc, '2025 年 2 月 14 日', align='r', indent=False, line=28)
    src = os.path.join(TMP, 't10_spaced_digits.docx'); doc.save(src)
    to_pdf(src, 't10_spaced_digits.pdf')
    label('t10_spaced_digits.pdf', 'pdf',
          '阿拉伯数字前后带空格（“2024 年”“2 316 家次”“2025 年 2 月 14 日”）；“（三）重大行政决策目录管理”标题下正文说本年没编出、明年再编；顾问双重否定式表述',
          '枫林市生态环境局', 'city', 2024, D(2025, 2, 14), None, 'annual_report',
          ['2024 年主要举措和成效', '存在的不足及原因', '主要负责人履行法治建设第一责任人职责情况', '2025 年工作安排',
           '其他需要报告的情况'], 4,
          'pass pass pass pass pass pass fail pass pass skip',
          'heading heading heading heading heading declared_absent heading')


# ================================================================ t11 notice wrapping 工作要点 (look-alike)
def t11():
    doc = new_doc()
    B = dict(line=28)
    P(doc, '青石县人民政府办公室文件', east='方正小标宋简体', size=30, align='c', indent=False, after=12, line=44,
      latin='Times New Roman')
    P(doc, '青政办发〔2025〕6号', align='c', indent=False, after=18, **B)
    P(doc, '青石县人民政府办公室关于印发', east='方正小标宋简体', size=20, align='c', indent=False, line=34)
    P(doc, '《青石县2025年法治政府建设工作要点》的通知', east='方正小标宋简体', size=20, align='c', indent=False,
      after=16, line=34)
    P(doc, '各乡镇人民政府，县政府各部门：', indent=False, **B)
    P(doc, '《青石县2025年法治政府建设工作要点》已经县政府第42次常务会议研究同意，现印发给你们，请结合实际认真抓好落实。'
           '各单位落实情况纳入年度法治建设考核。', **B)
    P(doc, '青石县人民政府办公室', align='r', indent=False, before=24, **B)
    P(doc, '2025年3月12日', align='r', indent=False, **B)
    page_break(doc)
    P(doc, '青石县2025年法治政府建设工作要点', east='方正小标宋简体', size=20, align='c', indent=False, after=16, line=34)
    P(doc, '2025年全县法治政府建设工作的总体要求是：以习近平法治思想为指导，对标法治政府建设实施纲要，聚焦决策、执法、'
           '监督等关键环节，力争年内通过省级法治政府建设示范县复核。各牵头单位要细化措施、明确时限，于每季度末向县委依法治县办报送推进情况，确保各项任务按期落地。', **B)

    def H1(t): P(doc, t, east='黑体', **B)

    def ri(t, body): P(doc, [(t, {'east': '楷体_GB2312'}), (body, {})], **B)
    H1('一、加强党对法治政府建设的领导')
    ri('（一）落实第一责任人职责。', '各乡镇、各部门党政主要负责人要年内至少主持一次专题会议研究法治建设，年终述法全覆盖。'
       '（牵头单位：县委依法治县办；责任单位：各乡镇、各部门）')
    ri('（二）按时报送年度报告。', '各乡镇、各部门于2026年1月31日前向县委依法治县办报送2025年度法治政府建设情况报告，'
       '报告应当包括主要举措和成效、存在的不足和原因、第一责任人履职情况、下一年度安排等内容，并于4月1日前向社会公开。')
    H1('二、依法全面履行政府职能')
    ri('（三）动态调整权责清单。', '6月底前完成县级权责清单年度调整。（牵头单位：县委编办）')
    ri('（四）优化法治化营商环境。', '全面清理妨碍统一市场和公平竞争的政策措施。（牵头单位：县市场监管局）')
    H1('三、健全依法行政制度体系')
    ri('（五）规范重大行政决策。', '县政府及各部门于3月底前编制并公布2025年度重大行政决策事项目录，严格履行法定程序。'
       '（牵头单位：县司法局）')
    ri('（六）落实法律顾问和公职律师制度。', '县政府各部门法律顾问或公职律师配备率达到100%。（牵头单位：县司法局）')
    H1('四、严格规范公正文明执法')
    ri('（七）深化行政执法三项制度。', '开展行政执法案卷集中评查，评查比例不低于5%。（牵头单位：县司法局）')
    ri('（八）推进包容审慎监管。', '各执法部门年内修订减免责清单。（责任单位：县级各执法部门）')
    H1('五、强化组织保障')
    ri('（九）加强督察考核。', '将本要点落实情况纳入县委全面依法治县督察内容，对工作推进不力的单位予以通报。'
       '（牵头单位：县委依法治县办）')
    P(doc, '抄送：县委办公室，县人大常委会办公室，县政协办公室。', size=14, indent=False, before=20, line=24)
    P(doc, '青石县人民政府办公室　　　　　　　　2025年3月12日印发', size=14, indent=False, line=24)
    src = os.path.join(TMP, 't11_notice_keypoints.docx'); doc.save(src)
    to_pdf(src, 't11_notice_keypoints.pdf')
    label('t11_notice_keypoints.pdf', 'pdf',
          '红头文件“关于印发工作要点的通知”（发文字号封面+印发页），正文满是“第一责任人”“决策事项目录”“法律顾问”等字样但属年度计划，不是年度报告',
          '青石县人民政府办公室', 'county', 2025, D(2025, 3, 12), None, 'not_annual_report',
          ['加强党对法治政府建设的领导', '依法全面履行政府职能', '健全依法行政制度体系', '严格规范公正文明执法',
           '强化组织保障'], 9,
          'fail skip skip skip skip skip skip skip skip skip',
          'none none none none none none none')


# ================================================================ t12 docx pasted web page, body-only items
def t12():
    doc = new_doc(margins=(2.5, 2.5, 2.5, 2.5))
    S = dict(east='宋体', size=10.5, indent=False, line=18)
    P(doc, '您当前所在位置：首页 > 税收法治 > 法治政府建设', **S)
    P(doc, '国家税务总局枫林市柳溪区税务局2023年法治政府建设工作情况', east='黑体', size=16, align='c', indent=False,
      before=8, after=6, line=26)
    P(doc, '发布时间：2024-04-08 10:20　　来源：国家税务总局枫林市柳溪区税务局　　【字体：大 中 小】', align='c', **S)
    B = dict(east='宋体', size=12, line=22, after=4)
    P(doc, '2023年，我局在上级税务局和区委、区政府的领导下，以建设法治税务为主线，持续规范税务执法、优化纳税服务，纳税人满意度调查得分在全市税务系统位列前三。现将'
           '有关情况报告如下：', **B)
    P(doc, '一、主要工作及成效', east='黑体', size=12, line=22, after=4)

    def ri(t, body): P(doc, [(t, {'bold': True}), (body, {})], **B)
    ri('（一）坚持依法治税。', '局党委把法治税务建设列入全年重点工作，纳入绩效考评。局党委书记、局长作为第一责任人，年内亲自'
       '主持召开法治专题会议3次，并在全局干部大会上讲授税收征管法修订要点1次。全局干部参加税务系统法律知识年度考试，'
       '参考率100%，平均分91.6分。')
    ri('（二）规范税务执法。', '全面落实税务行政处罚“首违不罚”事项清单，全年对428户次首次轻微违法纳税人不予处罚；'
       '重大税务案件审理委员会审理案件12件，审理意见全部被采纳。全年未发生税务行政诉讼败诉案件。推行说理式执法文书，在全局范围内统一税务事项通知书、责令限期改正通知书等12类文书的说理要素。')
    ri('（三）优化法治保障。', '局里配备公职律师3名，全年参与重大税务案件审理12件、审核合同19份，协助办理行政复议案件2件。'
       '本局2023年度重大行政决策事项目录已梳理成稿，按程序报上级税务局审核，目前还没有对外公开。')
    ri('（四）推进税收普法。', '开展“税法进园区”“税收宣传月”等活动27场，覆盖纳税人1.1万户次；依托办税服务厅“枫税e站”设立法律咨询窗口，解答涉税法律问题860余个。同时也要清醒看到，个别基层'
       '税务分局执法人员对新出台的税费优惠政策掌握不够及时，少数执法文书仍存在引用条款不准确的问题，这主要是日常学习'
       '培训不够系统所致。')
    P(doc, '二、2024年工作思路', east='黑体', size=12, line=22, after=4)
    ri('（一）深化税务执法规范。', '推进税务执法质量智能控制体系应用，执法过错率控制在0.5%以内。')
    ri('（二）加强法治队伍建设。', '新培养公职律师2名，组织执法人员分批轮训，每名执法人员全年接受法律培训不少于40学时。')
    ri('（三）提升普法实效。', '围绕新出台税费政策开展精准推送，全年推送不少于50万户次。')
    P(doc, '国家税务总局枫林市柳溪区税务局', align='r', east='宋体', size=12, indent=False, before=12, line=22)
    P(doc, '2024年2月20日', align='r', east='宋体', size=12, indent=False, line=22)
    P(doc, '【打印本页】　【关闭窗口】', **S)
    P(doc, '上一篇：柳溪区税务局开展2024年税收宣传月启动仪式', **S)
    P(doc, '下一篇：关于公开2024年第一季度欠税公告的通知', **S)
    P(doc, '主办：国家税务总局枫林市柳溪区税务局　网站标识码：0000000000　示ICP备00000000号', align='c', **S)
    out = os.path.join(OUT, 't12_pasted_tax.docx'); doc.save(out)
    label('t12_pasted_tax.docx', 'docx',
          '网页整页粘贴进Word（面包屑、发布时间、上一篇/下一篇），标题为“…工作情况”无“报告”；不足和第一责任人只在正文句子里；目录已成稿未公开；发布晚于4月1日',
          '国家税务总局枫林市柳溪区税务局', 'county', 2023, D(2024, 2, 20), D(2024, 4, 8), 'annual_report',
          ['主要工作及成效', '2024年工作思路'], 7,
          'pass pass warn warn pass warn warn pass pass fail',
          'heading body body heading none body body')


if __name__ == '__main__':
    for f in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12):
        f()
        print('built', f.__name__)
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        yaml.safe_dump(LABELS, fh, allow_unicode=True, sort_keys=False, width=1000)

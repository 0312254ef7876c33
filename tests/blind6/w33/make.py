# -*- coding: utf-8 -*-
"""Generator for blind6/w33 test documents and labels.yaml.
All issuers, places and persons are fictional.
t12 needs opencc-purepy (pip install --target /tmp/w33build/pylib opencc-purepy).
Run: /work/main/.venv/bin/python make.py
"""
import os, sys, random, datetime, html
import yaml

OUT = os.path.dirname(os.path.abspath(__file__))
D = datetime.date
LABELS = []
RULES7 = ["content.measures", "content.shortcomings", "content.first_responsibility",
          "content.next_year", "content.other", "decision.catalog", "counsel.legal_adviser"]


def esc(s):
    return html.escape(s, quote=False)


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


def n2(blocks):
    return sum(1 for b in blocks if b[0] in ("h2", "runin"))


def label(file, fmt, covers, meta, top, nl2, expected, coverage, blocks=None):
    if blocks is not None:
        assert n2(blocks) == nl2, (file, n2(blocks), nl2)
        tops = [b[1] for b in blocks if b[0] == "h1"]
        assert len(tops) == len(top), (file, tops, top)
    LABELS.append({
        "file": file, "format": fmt, "covers": covers,
        "metadata": meta, "outline": {"top": top, "n_level2": nl2},
        "expected": expected, "coverage": coverage})


def allskip():
    e = {"doc.type": "fail"}
    for r in RULES7:
        e[r] = "skip"
    e["timing.report_deadline"] = "skip"
    e["timing.publication_deadline"] = "skip"
    return e, {r: "none" for r in RULES7}


# ---------------------------------------------------------------- t01
# old table layout, <font>, <br> instead of <p>, 索引号/发布日期 in a table
t01 = [
    ("title", "枫林市发展和改革委员会2024年法治政府建设年度报告"),
    ("p", "2024年，市发展改革委坚持以习近平法治思想为指导，紧扣全市经济社会发展大局，把法治要求贯穿于规划编制、项目审批、价格管理和营商环境优化各个环节，各项工作取得新的进展。现将全年工作情况报告如下。"),
    ("h1", "一、推进法治政府建设的主要举措和成效"),
    ("runin", "（一）依法科学民主决策水平稳步提高。", "年初，委主任办公会审议通过《枫林市发展和改革委员会2024年度重大行政决策事项目录》，将《枫林市现代物流业发展三年行动计划》《市区居民用水阶梯价格调整方案》等4个事项列入其中，并于3月12日在委门户网站“重大决策”专栏向社会发布。4个事项均履行了公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，其中水价调整方案召开价格听证会1次，收集意见建议126条，采纳31条。"),
    ("runin", "（二）涉企审批服务持续优化。", "全面梳理委内行政许可事项清单，保留事项17项，企业投资项目核准、备案全部实行网上办理，平均办理时限由5个工作日压减至2个工作日；对22个重点项目实行“容缺受理”，没有一家企业因材料小瑕疵被拒之门外。"),
    ("runin", "（三）法律顾问和公职律师作用有效发挥。", "委机关继续聘请枫林明正律师事务所担任常年法律顾问，2名执业律师全年列席主任办公会11次，审查各类合同和协议23份，出具书面法律意见37份；委内另有2名干部取得公职律师证书，参与办理行政复议答复案件2件。"),
    ("runin", "（四）行政执法行为更加规范。", "严格落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，全年开展节能监察42家次、价格监督检查56家次，办结行政处罚案件9件，案卷评查合格率100%，全年未出现执法决定被复议机关撤销或在诉讼中败诉的情形。"),
    ("h1", "二、党组书记、主任履行推进法治建设第一责任人职责情况"),
    ("p", "委党组书记、主任把法治建设摆在全局工作的突出位置，全年主持召开党组会议专题研究法治政府建设4次，亲自审定年度法治工作要点和责任分工；带头参加市政府常务会议会前学法和委党组理论学习中心组法治专题学习6次，为全委干部讲授《行政许可法》专题课1次；对信访积案中涉及价格争议的2件事项亲自接访、协调化解；年底在市委依法治市办组织的述法评议中作现场述法。"),
    ("h1", "三、存在的不足和原因"),
    ("p", "一是个别科室对合法性审查的重视程度不够，部分文件送审时间仓促，审查周期被压缩；二是执法人员队伍结构老化，熟悉价格成本监审和节能监察的专业人员偏少；三是普法形式较为单一，面向企业的精准普法不足。分析其根源，在于部分干部依法行政意识仍停留在“办事不出错”的层面，加之近年来委内机构调整频繁、人员流动较大，专业培训跟进不及时。"),
    ("h1", "四、2025年工作安排"),
    ("h2", "（一）抓好重大行政决策全流程管理，按时编制并公开2025年度决策事项目录。"),
    ("h2", "（二）开展执法人员分批轮训，全年组织专题培训不少于4期。"),
    ("h2", "（三）围绕优化营商环境开展“送法进企业”活动，全年不少于10场。"),
    ("h1", "五、其他需要报告的情况"),
    ("p", "本年度我委无其他需要报告的情况。"),
    ("sign", "枫林市发展和改革委员会"),
    ("sign", "2025年2月18日"),
]


def render_t01(blocks):
    body = []
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] == "h1":
            body.append('<font face="黑体" size="3">%s</font><br>' % esc(b[1]))
        elif b[0] == "h2":
            body.append('&nbsp;&nbsp;&nbsp;&nbsp;<font face="楷体_GB2312" size="3">%s</font><br>' % esc(b[1]))
        elif b[0] == "runin":
            body.append('&nbsp;&nbsp;&nbsp;&nbsp;<font face="楷体_GB2312" size="3">%s</font><font face="仿宋_GB2312" size="3">%s</font><br>' % (esc(b[1]), esc(b[2])))
        elif b[0] == "sign":
            body.append('<div align="right"><font face="仿宋_GB2312" size="3">%s</font></div>' % esc(b[1]))
        else:
            body.append('&nbsp;&nbsp;&nbsp;&nbsp;<font face="仿宋_GB2312" size="3">%s</font><br>' % esc(b[1]))
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>枫林市发展和改革委员会2024年法治政府建设年度报告</title>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="90" bgcolor="#1E5AA8"><font color="#FFFFFF" size="5" face="黑体">&nbsp;枫林市发展和改革委员会</font></td></tr>
  <tr><td height="28" bgcolor="#E8F0FA"><font size="2">&nbsp;首页 | 机构概况 | 政务公开 | 发展规划 | 互动交流</font></td></tr>
  <tr><td height="26"><font size="2">&nbsp;当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; 法治政府建设</font></td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#C8D6E8" style="border-collapse:collapse">
  <tr><td width="12%%" bgcolor="#F3F7FC"><font size="2">索 引 号：</font></td><td width="38%%"><font size="2">000000000/2025-00012</font></td>
      <td width="12%%" bgcolor="#F3F7FC"><font size="2">主题分类：</font></td><td width="38%%"><font size="2">法治政府</font></td></tr>
  <tr><td bgcolor="#F3F7FC"><font size="2">发布机构：</font></td><td><font size="2">枫林市发展和改革委员会</font></td>
      <td bgcolor="#F3F7FC"><font size="2">发布日期：</font></td><td><font size="2">2025-02-26</font></td></tr>
  <tr><td bgcolor="#F3F7FC"><font size="2">名　　称：</font></td><td colspan="3"><font size="2">枫林市发展和改革委员会2024年法治政府建设年度报告</font></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="12" cellspacing="0">
  <tr><td align="center"><font face="方正小标宋简体" size="5" color="#C00000"><b>枫林市发展和改革委员会<br>2024年法治政府建设年度报告</b></font></td></tr>
  <tr><td><font size="3">
%s
  </font></td></tr>
  <tr><td align="center"><font size="2">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="6" cellspacing="0" bgcolor="#1E5AA8">
  <tr><td align="center"><font color="#FFFFFF" size="2">主办单位：枫林市发展和改革委员会　　网站标识码：0000000000<br>示ICP备00000000号　　地址：枫林市府前路18号</font></td></tr>
</table>
</body>
</html>
""" % "\n".join(body)


write("t01_fgw_table_font.html", render_t01(t01))
label("t01_fgw_table_font.html", "html",
      "老式table+font+br排版、索引号/发布日期在表格内、标题分两行；五项齐全，目录编制并公开，聘请法律顾问，运行式二级标题",
      {"issuer": "枫林市发展和改革委员会", "level": "city", "year": 2024, "signed_date": D(2025, 2, 18),
       "published_date": D(2025, 2, 26), "document_type": "annual_report"},
      ["推进法治政府建设的主要举措和成效", "党组书记、主任履行推进法治建设第一责任人职责情况",
       "存在的不足和原因", "2025年工作安排", "其他需要报告的情况"], 7,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "pass",
       "decision.catalog": "pass", "counsel.legal_adviser": "pass",
       "timing.report_deadline": "pass", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "heading", "decision.catalog": "body",
       "counsel.legal_adviser": "heading"}, t01)

# ---------------------------------------------------------------- t02
# text split over many <span>s; thematic top-level heading; no 其他 section
t02 = [
    ("title", "青岚市卫生健康委员会关于2024年度法治政府建设工作情况的报告"),
    ("p", "市委全面依法治市委员会办公室："),
    ("p", "2024年，在市委、市政府的坚强领导下，市卫生健康委认真贯彻中央和省、市关于法治政府建设的部署要求，以法治思维统筹推进健康青岚建设。现将我委2024年度法治政府建设工作情况报告如下："),
    ("h1", "一、深化依法行政，法治卫健建设迈出新步伐"),
    ("h2", "（一）党委书记、主任以上率下抓法治"),
    ("p", "委党委书记、主任全年4次在委党委会上专题听取法治工作汇报，逐项研究解决执法力量不足、医疗纠纷调处等问题；年内带头领学《基本医疗卫生与健康促进法》《医师法》等法律法规，并为全系统干部作法治专题辅导1次；亲自牵头协调处置一起涉及3家民营医院的群体性医疗纠纷；年终在市直部门主要负责人述法会上进行了现场述法。"),
    ("h2", "（二）决策程序持续规范"),
    ("p", "经委党委会审议，《青岚市卫生健康委员会2024年度重大行政决策事项目录》确定《青岚市医疗卫生设施布局规划（2024—2035年）》等2个事项，目录报市政府备案后于4月在委网站公开。全年提交委党委会集体讨论的重大事项共19项，均事先经过合法性审核。委法规科现有公职律师4名，同时聘请青岚正衡律师事务所作为常年法律顾问，全年审核合同、文件及涉法事项58件。"),
    ("h2", "（三）卫生健康执法提质增效"),
    ("p", "全市卫生监督机构开展“双随机、一公开”抽查1260户次，立案查处违法案件213件，罚没款138.6万元；在医疗美容、非法行医领域开展专项整治，移送公安机关涉嫌犯罪案件3件。推行轻微违法行为首次不罚清单，对46家单位依法不予处罚并责令整改。"),
    ("h2", "（四）法治宣传深入基层"),
    ("p", "组织“民法典进医院”等宣传活动52场，覆盖医务人员和群众2.3万人次；在全市二级以上医院全部设立医疗纠纷调解窗口，医疗纠纷人民调解成功率达到93%。"),
    ("h1", "二、仍需补齐的薄弱环节"),
    ("p", "对照上级要求，我委法治工作还有差距：基层卫生监督执法力量偏弱，部分县区执法人员人均监管对象超过400户；行政执法文书制作不够规范，案卷评查中发现瑕疵案卷11份；部分医疗机构负责人依法执业意识淡薄。之所以出现上述情况，一方面是因为卫生监督机构编制多年未增、新进人员以非法律专业为主，另一方面是因为对民营医疗机构的日常培训和指导频次偏低。"),
    ("h1", "三、2025年重点工作安排"),
    ("p", "一是完善法治建设责任体系，将法治建设成效纳入委属单位年度考核；二是按时编制2025年度重大行政决策事项目录，严格落实决策法定程序；三是推进卫生监督执法队伍规范化建设，全年组织执法业务培训不少于3次；四是深化“互联网+监管”，提高非现场执法比重。"),
    ("sign", "青岚市卫生健康委员会"),
    ("sign", "二〇二五年二月二十七日"),
]


def spans(text, rnd):
    out, i = [], 0
    while i < len(text):
        k = rnd.randint(1, 7)
        style = rnd.choice(['font-family:仿宋_GB2312;font-size:16pt', 'font-size:16pt;font-family:仿宋_GB2312',
                            'font-family:仿宋;font-size:21.3333px', 'mso-spacerun:yes;font-size:16pt'])
        out.append('<span style="%s">%s</span>' % (style, esc(text[i:i + k])))
        i += k
    return "".join(out)


def render_t02(blocks):
    rnd = random.Random(2)
    body = []
    for b in blocks:
        if b[0] == "title":
            body.append('<p class="MsoNormal" align="center" style="text-align:center">%s</p>' % spans(b[1], rnd))
        elif b[0] == "h1":
            body.append('<p class="MsoNormal" style="text-indent:2em"><span style="font-family:黑体">%s</span></p>' % spans(b[1], rnd))
        elif b[0] == "h2":
            body.append('<p class="MsoNormal" style="text-indent:2em"><span style="font-family:楷体_GB2312">%s</span></p>' % spans(b[1], rnd))
        elif b[0] == "sign":
            body.append('<p class="MsoNormal" align="right" style="text-align:right">%s</p>' % spans(b[1], rnd))
        else:
            body.append('<p class="MsoNormal" style="text-indent:2em">%s</p>' % spans(b[1], rnd))
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>青岚市卫生健康委员会关于2024年度法治政府建设工作情况的报告</title>
<meta name="ArticleTitle" content="青岚市卫生健康委员会关于2024年度法治政府建设工作情况的报告">
</head>
<body>
<div class="top-bar"><span>青岚市卫生健康委员会</span> <a href="#">无障碍浏览</a> <a href="#">繁體版</a></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk2/">信息公开</a><a href="/fzjs/">法治建设</a><a href="/hdjl/">互动交流</a></div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk2/">信息公开</a> &gt; <span>法治政府建设</span></div>
<div class="article">
  <h1 class="art-title">青岚市卫生健康委员会关于2024年度法治政府建设工作情况的报告</h1>
  <div class="art-info"><span>发布时间：</span><span>2025-03-05</span><span> 10:21</span>　<span>来源：</span><span>委政策法规科</span>　<span>字号：[大 中 小]</span></div>
  <div class="art-content">
%s
  </div>
  <div class="art-tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
</div>
<div class="footer"><p>主办：青岚市卫生健康委员会　网站标识码：0000000000　示ICP备00000000号</p></div>
</body>
</html>
""" % "\n".join(body)


write("t02_wjw_spans.html", render_t02(t02))
label("t02_wjw_spans.html", "html",
      "正文逐段被拆成大量span；一级标题为主题式；第一责任人在二级标题“以上率下抓法治”；不足标题换说法但有成因；无其他事项；中文数字落款",
      {"issuer": "青岚市卫生健康委员会", "level": "city", "year": 2024, "signed_date": D(2025, 2, 27),
       "published_date": D(2025, 3, 5), "document_type": "annual_report"},
      ["深化依法行政，法治卫健建设迈出新步伐", "仍需补齐的薄弱环节", "2025年重点工作安排"], 4,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "warn",
       "decision.catalog": "pass", "counsel.legal_adviser": "pass",
       "timing.report_deadline": "pass", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "none", "decision.catalog": "body",
       "counsel.legal_adviser": "body"}, t02)

# ---------------------------------------------------------------- t03
# headings only in <strong>; catalogue heading followed by a body saying it was not done; signed late
t03 = [
    ("title", "霁川市生态环境局2023年法治政府建设年度报告"),
    ("p", "2023年，霁川市生态环境局围绕打好污染防治攻坚战，持续推进生态环境领域依法行政，为全市生态环境质量持续改善提供了法治保障。现将全年有关情况报告如下。"),
    ("h1", "一、主要工作举措和成效"),
    ("h2", "（一）局党组书记、局长切实扛起法治建设首要职责"),
    ("p", "局党组书记、局长年内主持召开党组会议5次专题部署法治建设，对《霁川市生态环境局法治建设责任清单》逐条审定；带头参加学法活动并讲授《生态环境行政处罚办法》专题党课；对2起群众反映强烈的企业噪声扰民投诉亲自到现场督办；2023年底按要求向市委依法治市委员会书面述法。"),
    ("h2", "（二）规范性文件审核与清理"),
    ("p", "全年制发行政规范性文件2件，每一件在印发前都经法规科合法性审核和局务会集体审议；开展规范性文件专项清理，废止3件、修改1件。"),
    ("h2", "（三）生态环境执法"),
    ("p", "全年出动执法人员8600余人次，检查企业3120家次，办理环境行政处罚案件156件，罚款金额1123万元；推行“非现场监管”，利用在线监控数据立案29件；将42家守法企业纳入“执法正面清单”，相应减少现场检查频次。全年办理环境信访投诉1846件，按期办结率99.2%；对初次违法且危害后果轻微的14家企业依法不予处罚，通过约谈、帮扶指导促其整改到位。"),
    ("h2", "（四）重大行政决策目录管理"),
    ("p", "年初我局曾对可能纳入目录的事项进行初步梳理，但受职能划转影响，局领导班子研究后决定暂缓此项工作，2023年度本局最终既未形成、也未印发重大行政决策事项目录。"),
    ("h2", "（五）法律顾问和公职律师"),
    ("p", "局机关聘请常年法律顾问1名，配备公职律师3名，全年参与审查合同12份，参与行政复议和行政诉讼应诉7件，应诉案件全部胜诉。"),
    ("h1", "二、存在的问题及原因"),
    ("p", "一是部分执法人员证据意识不强，调查取证不够全面；二是涉企普法针对性不足，企业对新修订法规知晓率不高；三是决策目录管理工作滞后。造成上述问题的原因，主要是机构改革后人员调整较大，新进执法人员业务尚不熟练，同时局内对决策目录制度的学习领会不够深入。"),
    ("h1", "三、2024年工作计划"),
    ("h2", "（一）于2024年一季度完成本局年度重大行政决策事项目录的编制和公布工作。"),
    ("h2", "（二）开展执法案卷专项评查，组织执法人员全员轮训。"),
    ("h2", "（三）针对重点排污单位开展“环保法律进企业”活动。"),
    ("h1", "四、其他需要报告的情况"),
    ("p", "2023年本局未发生其他需要专门报告的事项。"),
    ("sign", "霁川市生态环境局"),
    ("sign", "2024年3月5日"),
]


def render_t03(blocks):
    body = []
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] in ("h1", "h2"):
            body.append('<div><strong>%s</strong></div>' % esc(b[1]))
        elif b[0] == "sign":
            body.append('<div style="text-align:right">%s</div>' % esc(b[1]))
        else:
            body.append('<div style="text-indent:2em">%s</div>' % esc(b[1]))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>霁川市生态环境局2023年法治政府建设年度报告-霁川市生态环境局</title>
</head>
<body>
<header><div class="logo">霁川市生态环境局</div><div class="today">今天是：2024年3月12日 星期二</div>
<nav><a href="/">首页</a> | <a href="/gk/">政府信息公开</a> | <a href="/hjzl/">环境质量</a> | <a href="/hd/">公众参与</a></nav></header>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法治建设</div>
<main>
<h2 style="text-align:center">霁川市生态环境局2023年法治政府建设年度报告</h2>
<div class="meta">发布日期：2024-03-12　　来源：霁川市生态环境局　　浏览次数：208</div>
<div class="content">
%s
</div>
<div class="pn"><p>上一篇：霁川市2024年春季大气污染防治工作推进会召开</p><p>下一篇：关于2023年度环境信用评价结果的公示</p></div>
</main>
<footer>霁川市生态环境局 版权所有　网站标识码：0000000000　示ICP备00000000号</footer>
</body>
</html>
""" % "\n".join(body)


write("t03_sthj_strong_headings.html", render_t03(t03))
label("t03_sthj_strong_headings.html", "html",
      "标题仅用strong标记；2023年度报告；“重大行政决策目录管理”标题下正文称本年度未形成目录（次年计划承诺编制）；落款3月5日超期",
      {"issuer": "霁川市生态环境局", "level": "city", "year": 2023, "signed_date": D(2024, 3, 5),
       "published_date": D(2024, 3, 12), "document_type": "annual_report"},
      ["主要工作举措和成效", "存在的问题及原因", "2024年工作计划", "其他需要报告的情况"], 8,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "pass",
       "decision.catalog": "fail", "counsel.legal_adviser": "pass",
       "timing.report_deadline": "fail", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "heading", "decision.catalog": "declared_absent",
       "counsel.legal_adviser": "heading"}, t03)

# ---------------------------------------------------------------- t04
# report inside <div class="TRS_Editor">; catalogue compiled but not published; no legal adviser; published late
t04 = [
    ("title", "鹿鸣市应急管理局2024年度法治政府建设情况报告"),
    ("p", "2024年，鹿鸣市应急管理局坚持用法治思维和法治方式防范化解重大安全风险，依法履行安全生产综合监管和防灾减灾救灾职责。现将本局2024年度法治政府建设情况报告如下。"),
    ("h1", "一、2024年法治政府建设主要做法及成效"),
    ("runin", "（一）压实“一把手”法治责任。", "局党委书记、局长将法治建设与安全生产工作同部署、同检查，全年主持局党委会专题研究法治事项3次，带头在局党委理论学习中心组讲授新修改的《安全生产法》要点，亲自审签重大执法决定11件，并于12月参加市直单位主要负责人年终述法。"),
    ("runin", "（二）健全依法决策机制。", "按照市政府统一部署，局里梳理形成《鹿鸣市应急管理局2024年度重大行政决策事项目录》，列入《鹿鸣市自然灾害应急能力提升工程实施方案》等2个事项，目录已于6月经局党委会审定。由于全市各部门目录须由市政府办公室统一汇总后发布，截至本报告报送时，该目录还没有在局门户网站或其他渠道对外公开。"),
    ("runin", "（三）法律顾问制度落实情况。", "本年度局机关未与任何律师事务所签订常年法律服务协议，局内也无人取得公职律师证书，遇到涉法事务主要依托市司法局临时协调解决。"),
    ("runin", "（四）安全生产执法。", "全年检查生产经营单位2316家次，查处安全生产违法行为1287项，实施行政处罚137起，罚款486万元；推行“执法+专家”检查模式，聘请行业专家参与检查312人次，执法文书网上流转率达到100%。同时，围绕“安全生产月”“防灾减灾日”开展法治宣传活动46场，向企业发放《安全生产法》解读手册1.2万册，组织危化品、工贸企业主要负责人法律知识考试2批次、共计860人参考。"),
    ("h1", "二、存在的不足及原因"),
    ("p", "一是执法力量与监管任务不匹配，全局具有执法资格的人员仅38名，却要面对全市4100余家生产经营单位；二是法律专业支撑薄弱，合同审查、复议应诉等工作主要靠业务科室自行摸索；三是部分执法案卷说理不充分。产生这些问题，原因在于机构组建时间较短、法律专业人才引进渠道不畅，同时局里对法治工作的经费投入还不够。"),
    ("h1", "三、下一步工作打算"),
    ("h2", "（一）通过政府购买服务方式引入常年法律顾问，鼓励符合条件的干部申领公职律师证书。"),
    ("h2", "（二）配合市政府办公室做好决策事项目录的公开工作，并按时编制2025年度目录。"),
    ("h2", "（三）加强执法人员法律知识培训，全年组织集中培训不少于2次。"),
    ("h1", "四、其他需要报告的情况"),
    ("p", "无。"),
    ("sign", "鹿鸣市应急管理局"),
    ("sign", "2025年2月25日"),
]


def render_t04(blocks):
    body = []
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] == "runin":
            body.append('<p style="text-indent:2em;line-height:1.8"><span style="font-family:楷体">%s</span>%s</p>' % (esc(b[1]), esc(b[2])))
        elif b[0] == "sign":
            body.append('<p style="text-align:right">%s</p>' % esc(b[1]))
        elif b[0] == "h1":
            body.append('<p style="text-indent:2em;font-family:黑体">%s</p>' % esc(b[1]))
        else:
            body.append('<p style="text-indent:2em;line-height:1.8">%s</p>' % esc(b[1]))
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>鹿鸣市应急管理局2024年度法治政府建设情况报告</title>
</head>
<body>
<div id="header"><div class="site-name">鹿鸣市应急管理局</div><div class="tools"><a href="#">无障碍</a> | <a href="#">简体</a> | <a href="#">繁体</a></div></div>
<div class="position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">法治政府建设</a></div>
<div class="detail">
  <div class="detail-title">鹿鸣市应急管理局2024年度法治政府建设情况报告</div>
  <div class="detail-info">发布时间：2025-04-08 09:30:12　来源：局政策法规科　【字体：大 中 小】</div>
  <div class="TRS_Editor">
%s
  </div>
  <div class="print">【打印本页】　【关闭窗口】</div>
</div>
<div class="related"><h4>相关信息</h4><ul>
<li><a href="#">鹿鸣市应急管理局2023年度法治政府建设情况报告</a><span>2024-03-28</span></li>
<li><a href="#">鹿鸣市2025年安全生产执法检查计划</a><span>2025-03-15</span></li>
</ul></div>
<div id="footer">主办单位：鹿鸣市应急管理局　网站标识码：0000000000　示ICP备00000000号</div>
</body>
</html>
""" % "\n".join(body)


write("t04_yjj_trs_editor.html", render_t04(t04))
label("t04_yjj_trs_editor.html", "html",
      "报告位于div.TRS_Editor内；目录已审定但截至报送尚未对外公开；法律顾问标题下正文称未签约且无公职律师（次年计划承诺）；发布时间4月8日超期",
      {"issuer": "鹿鸣市应急管理局", "level": "city", "year": 2024, "signed_date": D(2025, 2, 25),
       "published_date": D(2025, 4, 8), "document_type": "annual_report"},
      ["2024年法治政府建设主要做法及成效", "存在的不足及原因", "下一步工作打算", "其他需要报告的情况"], 7,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "pass",
       "decision.catalog": "warn", "counsel.legal_adviser": "fail",
       "timing.report_deadline": "pass", "timing.publication_deadline": "fail"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "heading", "decision.catalog": "body",
       "counsel.legal_adviser": "declared_absent"}, t04)

# ---------------------------------------------------------------- t05
# publication date only in the footer line; impossible signed date; shortcomings without causes
t05 = [
    ("title", "望舒市市场监督管理局2024年法治政府建设年度报告"),
    ("p", "2024年，望舒市市场监督管理局以服务经营主体、守护消费安全为主线，扎实推进市场监管领域法治建设。现将有关情况报告如下。"),
    ("h1", "一、主要举措和成效"),
    ("runin", "（一）严格依法决策。", "本局2024年度重大行政决策事项目录于3月印发，列入《望舒市食品安全“两个责任”落实办法》等3项，同步在局网站“政策文件”栏目公开；这3项决策从启动到出台，每一项都走完了公众参与、专家论证、合法性审查和集体讨论各个环节，没有哪一项是跳过程序草草拍板的。"),
    ("h2", "（二）局党组书记、局长全年主持召开党组会专题研究法治工作4次，带头参加会前学法6场，并在年底全市述法评议中当场述法，获评“好”等次。"),
    ("runin", "（三）公职律师和法律顾问队伍。", "全市市场监管系统现有公职律师5名，另聘请外部法律顾问1名，全年审查执法决定、合同等涉法事项104件，代理行政诉讼案件6件。"),
    ("runin", "（四）执法监管。", "全年办理各类行政处罚案件823件，罚没款2190万元；对首次轻微违法的217家经营主体依法免罚并开展说理教育；在食品、特种设备、药品领域开展专项整治行动5次。全面推行行政执法“三项制度”，执法全过程记录设备配备率达到100%，重大执法决定法制审核覆盖率达到100%；全年受理消费者投诉举报2.7万件，为消费者挽回经济损失1460万元。"),
    ("runin", "（五）营商环境。", "推行经营主体登记“一网通办”，全年新增经营主体2.1万户；开展信用修复指导，帮助1380家企业移出经营异常名录。围绕公平竞争审查，对本局起草的12件涉企政策措施逐件审查，修改存在排除限制竞争内容的条款3处；组织“检验检测机构开放日”“计量进企业”等活动，服务小微企业900余家。"),
    ("h1", "二、问题与不足"),
    ("p", "当前我局法治政府建设仍有一些薄弱之处：一是基层市场监管所执法装备配备参差不齐，快检设备覆盖率仅为68%；二是部分执法人员对新修订法律法规掌握不够全面，执法文书说理性不足；三是网络交易监管手段较为传统，对直播带货等新业态的监管办法还不多。"),
    ("h1", "三、下一步工作打算"),
    ("h2", "（一）按时编制2025年度重大行政决策事项目录并向社会公开。"),
    ("h2", "（二）为基层所补齐快检设备，年内覆盖率提高到90%以上。"),
    ("h2", "（三）研究制定网络直播营销监管工作指引。"),
    ("sign", "望舒市市场监督管理局"),
    ("sign", "2025年2月30日"),
]


def render_t05(blocks):
    body = []
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] == "runin":
            body.append('<p>%s%s</p>' % (esc(b[1]), esc(b[2])))
        elif b[0] == "sign":
            body.append('<p align="right">%s</p>' % esc(b[1]))
        else:
            body.append('<p>%s</p>' % esc(b[1]))
    return """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>望舒市市场监督管理局2024年法治政府建设年度报告</title>
</head>
<body>
<div class="head"><span class="name">望舒市市场监督管理局</span><span class="lang">简 | 繁 | 无障碍</span></div>
<div class="bread">首页 / 政务公开 / 法治政府建设</div>
<div class="article">
<h1>望舒市市场监督管理局2024年法治政府建设年度报告</h1>
<div class="sub">来源：局法规科　　阅读：516</div>
<div class="text">
%s
</div>
</div>
<div class="share">分享到：微信　微博</div>
<div class="foot">本页发布时间：2025年03月18日　|　主办：望舒市市场监督管理局　|　网站标识码：0000000000　|　示ICP备00000000号</div>
</body>
</html>
""" % "\n".join(body)


write("t05_scj_footer_date.html", render_t05(t05))
label("t05_scj_footer_date.html", "html",
      "发布时间只出现在页脚一行；落款日期2月30日不存在；第一责任人为长句式编号并列项；不足标题下无原因；目录双重否定式正面表述；无其他事项",
      {"issuer": "望舒市市场监督管理局", "level": "city", "year": 2024, "signed_date": None,
       "published_date": D(2025, 3, 18), "document_type": "annual_report"},
      ["主要举措和成效", "问题与不足", "下一步工作打算"], 8,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "warn",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "warn",
       "decision.catalog": "pass", "counsel.legal_adviser": "pass",
       "timing.report_deadline": "skip", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "none", "decision.catalog": "body",
       "counsel.legal_adviser": "heading"}, t05)

# ---------------------------------------------------------------- t06
# <title> differs from report title; 附件下载 list; first responsibility body only; plan heading names wrong year
t06 = [
    ("title", "岚溪市交通运输局2025年度法治政府建设工作报告"),
    ("p", "2025年，岚溪市交通运输局紧紧围绕建设人民满意交通的目标，持续推进交通运输领域依法行政。现将2025年度有关情况报告如下。"),
    ("h1", "一、2025年度工作成效"),
    ("p", "一年来，局党组把法治建设列为重点工作，局长作为推进法治建设第一责任人，亲自主持召开局务会专题研究法治工作3次，带队旁听行政诉讼庭审1次，对执法规范化建设中的难点问题逐一过问。"),
    ("h2", "（一）健全交通运输制度体系"),
    ("p", "配合市人大常委会完成《岚溪市城市公共交通条例》立法调研，制定《岚溪市网络预约出租汽车经营服务管理细则》等规范性文件2件，开展涉及营商环境的文件清理，废止过时文件4件。建立规范性文件起草、征求意见、合法性审核、集体审议、公开发布全流程台账，全年文件报备率、及时率均为100%。"),
    ("h2", "（二）依法决策有序推进"),
    ("p", "2025年度重大行政决策事项目录经局党组会研究确定后于2月在局网站公开，共列入《岚溪市中心城区公交线网优化方案》等2个事项；两项决策均组织了听证或座谈，收集意见183条。"),
    ("h2", "（三）执法能力不断增强"),
    ("p", "全年开展路政、运政执法检查4200余次，查处非法营运、超限超载等违法行为612起；全面推行“教科书式”执法标准，组织执法人员旁听、评案活动6次，执法案卷优良率提升到95%。在全市交通运输执法领域推行首违不罚、轻微免罚清单，全年对137起轻微违法行为依法免予处罚；建成治超非现场执法点位9个，非现场执法案件占比达到41%。"),
    ("h2", "（四）法律顾问作用充分发挥"),
    ("p", "局机关与两家律师事务所签订常年法律顾问合同，法律顾问全年参与合同审查41份、信访化解8件、重大项目谈判3次。"),
    ("h1", "二、存在问题及原因"),
    ("p", "执法人员结构老化、新业态监管能力不足，基层执法站点执法装备更新滞后。究其成因，主要是近年来执法队伍补员不足，而网约车、共享单车等新业态发展速度远超预期，相关配套制度来不及跟上。"),
    ("h1", "三、2025年工作打算"),
    ("p", "新的一年，我局将重点抓好三件事：一是推动《岚溪市城市公共交通条例》尽快出台；二是开展执法队伍能力提升年活动；三是加快智慧执法平台建设，实现非现场执法全覆盖。"),
    ("h1", "四、其他需要报告的情况"),
    ("p", "年内我局接受市委依法治市办法治督察1次，督察反馈的3个问题已全部整改完毕。"),
    ("sign", "岚溪市交通运输局"),
    ("sign", "2026年2月10日"),
]


def render_t06(blocks):
    body = []
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] in ("h1", "h2"):
            body.append('<p class="bt"><b>%s</b></p>' % esc(b[1]))
        elif b[0] == "sign":
            body.append('<p class="qm">%s</p>' % esc(b[1]))
        else:
            body.append('<p>%s</p>' % esc(b[1]))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>年度报告_岚溪市交通运输局</title>
<meta name="keywords" content="交通运输,政务公开">
</head>
<body>
<div class="banner">岚溪市交通运输局</div>
<div class="menu"><a href="/">网站首页</a><a href="/gk/">政务公开</a><a href="/bs/">办事服务</a><a href="/hd/">政民互动</a></div>
<div class="pos">位置：首页 &gt; 政务公开 &gt; 年度报告</div>
<div class="box">
  <div class="tit">岚溪市交通运输局2025年度法治政府建设工作报告</div>
  <div class="info">发布日期：2026-02-15　　信息来源：法规科</div>
  <div class="con">
%s
  </div>
  <div class="fujian">
    <p>附件下载：</p>
    <ul>
      <li><a href="/files/2026/fzzfbg2025.pdf">1. 岚溪市交通运输局2025年度法治政府建设工作报告.pdf</a></li>
      <li><a href="/files/2026/fzzfbg2025.docx">2. 岚溪市交通运输局2025年度法治政府建设工作报告（可编辑版）.docx</a></li>
    </ul>
  </div>
</div>
<div class="foot">岚溪市交通运输局主办　网站标识码：0000000000　示ICP备00000000号</div>
</body>
</html>
""" % "\n".join(body)


write("t06_jtj_title_attach.html", render_t06(t06))
label("t06_jtj_title_attach.html", "html",
      "页面<title>与报告标题不同，附件下载列表；2025年度报告；第一责任人仅在正文一句；下一年度标题误写为“2025年工作打算”",
      {"issuer": "岚溪市交通运输局", "level": "city", "year": 2025, "signed_date": D(2026, 2, 10),
       "published_date": D(2026, 2, 15), "document_type": "annual_report"},
      ["2025年度工作成效", "存在问题及原因", "2025年工作打算", "其他需要报告的情况"], 4,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "warn", "content.next_year": "warn", "content.other": "pass",
       "decision.catalog": "pass", "counsel.legal_adviser": "pass",
       "timing.report_deadline": "pass", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "body",
       "content.next_year": "heading", "content.other": "heading", "decision.catalog": "body",
       "counsel.legal_adviser": "heading"}, t06)

# ---------------------------------------------------------------- t07
# look-alike: news item about a meeting that reviewed the report
t07_html = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>市水务局召开党组会议审议年度法治政府建设报告_工作动态_枫林市水务局</title>
</head>
<body>
<div class="top">枫林市水务局　　<span>今天是：2025年2月20日 星期四</span></div>
<div class="nav"><a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a></div>
<div class="news">
<h1>市水务局召开党组会议审议年度法治政府建设报告</h1>
<div class="news-info">发布时间：2025-02-20　来源：局办公室　作者：陈思远</div>
<div class="news-body">
<p>2月19日，市水务局党组书记、局长周立恒主持召开党组会议，专题审议《枫林市水务局2024年法治政府建设年度报告（送审稿）》。局领导班子成员出席会议，各科室、局属单位主要负责同志列席。</p>
<p>会议听取了局政策法规科关于报告起草情况的汇报。报告从主要举措和成效、存在的不足和原因、主要负责人履行第一责任人职责情况、2025年工作安排等方面，对全局一年来的法治政府建设工作作了系统梳理。与会人员逐段讨论，提出修改意见12条。</p>
<p>会议指出，2024年全局上下围绕水资源节约保护、河湖管理和水旱灾害防御等重点任务，坚持依法行政，水行政执法、取水许可管理和河湖“清四乱”等工作取得明显成效，全年办理水事违法案件47件，河湖违法问题整改销号率达到百分之百。</p>
<p>会议强调，年度报告既是对过去一年工作的总结，也是接受社会监督的重要载体。政策法规科要在会后3个工作日内吸收会议意见、修改完善报告，按程序报送市委依法治市办，并在局门户网站向社会公开。各科室要对照报告中查摆的问题，逐项建立整改台账，明确时限和责任人。</p>
<p>周立恒要求，全局干部要把依法行政贯穿水务工作全过程，领导班子成员要带头学法用法，在重大决策、执法办案中自觉运用法治思维，推动全市水务工作在法治轨道上高质量发展。</p>
<p>（责任编辑：林晓雯）</p>
</div>
<div class="pn">上一篇：市水务局部署2025年春季河湖巡查工作　　下一篇：我市召开冬春水利建设现场推进会</div>
</div>
<div class="footer">枫林市水务局 主办　网站标识码：0000000000　示ICP备00000000号</div>
</body>
</html>
"""
write("t07_swj_meeting_news.html", t07_html)
e, c = allskip()
label("t07_swj_meeting_news.html", "html",
      "仿冒件：局党组会议审议年度报告的新闻稿，提及报告各部分但本身不是报告",
      {"issuer": "枫林市水务局", "level": "city", "year": 2024, "signed_date": None,
       "published_date": D(2025, 2, 20), "document_type": "not_annual_report"},
      [], 0, e, c)

# ---------------------------------------------------------------- t08
# look-alike: 政府信息公开工作年度报告 with 其他需要报告的事项
t08 = [
    ("title", "青岚市自然资源和规划局2024年政府信息公开工作年度报告"),
    ("p", "本报告依据《中华人民共和国政府信息公开条例》要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2024年1月1日至12月31日。"),
    ("h1", "一、总体情况"),
    ("runin", "（一）主动公开。", "全年在局门户网站主动公开政府信息1386条，其中规划许可批前公示214条、建设用地批准信息97条、国土空间规划类信息36条。"),
    ("runin", "（二）依申请公开。", "全年收到政府信息公开申请163件，较上年增长12%，全部在法定期限内答复。"),
    ("runin", "（三）政府信息管理。", "对本局历年制发的规范性文件进行梳理，动态更新现行有效文件目录，标注失效文件19件。"),
    ("runin", "（四）平台建设。", "完成门户网站适老化和无障碍改造，新增“不动产登记办事指南”专栏。"),
    ("runin", "（五）监督保障。", "将政府信息公开工作纳入科室年度考核，全年开展业务培训2次。"),
    ("h1", "二、主动公开政府信息情况"),
    ("table", [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
               ["规章", "0", "0", "0"], ["行政规范性文件", "3", "2", "27"],
               ["行政许可（处理决定数量）", "—", "—", "1842"], ["行政处罚（处理决定数量）", "—", "—", "65"]]),
    ("h1", "三、收到和处理政府信息公开申请情况"),
    ("table", [["申请情况", "自然人", "法人或其他组织", "总计"],
               ["本年新收申请数量", "141", "22", "163"], ["予以公开", "88", "14", "102"],
               ["部分公开", "21", "4", "25"], ["不予公开及无法提供", "32", "4", "36"]]),
    ("h1", "四、政府信息公开行政复议、行政诉讼情况"),
    ("p", "2024年，因政府信息公开被申请行政复议4件，其中维持3件、尚未审结1件；被提起行政诉讼2件，均维持原处理结果。"),
    ("h1", "五、存在的主要问题及改进情况"),
    ("p", "主要问题是部分科室对公开属性认定把握不准，个别规划公示信息更新不够及时。下一步将加强业务培训，完善信息发布前审核流程。"),
    ("h1", "六、其他需要报告的事项"),
    ("p", "本年度未收取信息处理费。本局全年办理人大代表建议23件、政协提案31件，办理结果均已按规定公开。"),
]


def render_t08(blocks):
    body = []
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in r) for r in b[1])
            body.append('<table border="1" cellspacing="0" cellpadding="4">%s</table>' % rows)
        elif b[0] == "runin":
            body.append('<p>%s%s</p>' % (esc(b[1]), esc(b[2])))
        else:
            body.append('<p>%s</p>' % esc(b[1]))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>青岚市自然资源和规划局2024年政府信息公开工作年度报告</title>
</head>
<body>
<div class="header">青岚市自然资源和规划局　<a href="#">无障碍</a></div>
<div class="crumb">您当前所在位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<table class="gkinfo" border="1" cellspacing="0" cellpadding="4">
<tr><td>索引号：</td><td>000000000/2025-00004</td><td>发布机构：</td><td>青岚市自然资源和规划局</td></tr>
<tr><td>发布日期：</td><td>2025-01-22</td><td>主题分类：</td><td>政府信息公开年报</td></tr>
</table>
<h1 style="text-align:center">青岚市自然资源和规划局2024年政府信息公开工作年度报告</h1>
<div class="zw">
%s
</div>
<div class="close">【打印本页】【关闭窗口】</div>
<div class="footer">主办：青岚市自然资源和规划局　网站标识码：0000000000　示ICP备00000000号</div>
</body>
</html>
""" % "\n".join(body)


write("t08_zrzy_xxgk_report.html", render_t08(t08))
e, c = allskip()
label("t08_zrzy_xxgk_report.html", "html",
      "仿冒件：政府信息公开工作年度报告，含“其他需要报告的事项”与“存在的主要问题”，索引号表格",
      {"issuer": "青岚市自然资源和规划局", "level": "city", "year": 2024, "signed_date": None,
       "published_date": D(2025, 1, 22), "document_type": "not_annual_report"},
      ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
       "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"], 5,
      e, c, t08)

# ---------------------------------------------------------------- t09
# headings in <b> only inside nested tables; shortcomings only in body; catalogue not mentioned; 其他 as body sentence
t09 = [
    ("title", "鹤汀市人力资源和社会保障局2024年法治政府建设年度报告"),
    ("p", "2024年，鹤汀市人力资源和社会保障局以保障劳动者合法权益、服务高质量充分就业为目标，全面推进人社领域依法行政。现就2024年度我局法治政府建设工作报告如下。"),
    ("h1", "一、2024年工作举措及成效"),
    ("h2", "（一）“一把手”亲自抓、负总责"),
    ("p", "局党组书记、局长对法治建设重要工作亲自部署、重大问题亲自过问，全年主持召开局党组会议研究法治建设议题4次；带头讲授《劳动合同法》专题课，参加旁听庭审1次；年底在全市部门主要负责人述法会上作述法报告。"),
    ("h2", "（二）制度建设与合法性审核"),
    ("p", "全年审核局发文件及协议46件，一是对涉及劳动者权益的规范性文件全部征求工会和企业代表意见；二是建立文件起草、审核、会签三级把关流程；三是完成社会保险领域规范性文件清理，宣布失效5件。全面落实行政执法公示制度，在局网站公开执法主体、人员、职责和依据等信息，执法决定信息公开率达到100%。"),
    ("h2", "（三）劳动保障监察执法"),
    ("p", "全年主动检查用人单位1520户，立案查处违法案件187件，为8900余名劳动者追发工资等待遇1.36亿元；依法将12家单位列入拖欠农民工工资失信联合惩戒对象名单。"),
    ("h2", "（四）法律顾问队伍建设"),
    ("p", "局机关聘请常年法律顾问2名，并配备公职律师2名，全年参与复议应诉、合同审查等事务73件次，所涉行政诉讼案件无一败诉。"),
    ("h2", "（五）劳动人事争议调解仲裁"),
    ("p", "全市受理劳动人事争议案件3260件，结案率96.4%，调解成功率达到68%，在3个工业园区设立调解工作站。组织“人社政策法规进企业”宣讲活动27场，覆盖企业1600余家、职工4.2万人次。"),
    ("h1", "二、下一步工作计划"),
    ("p", "回顾一年工作，我局法治建设也还存在一些差距，比如基层劳动保障监察员队伍年龄偏大，对新就业形态劳动者权益保护的执法手段不多。这主要是由于近几年执法人员补充不足，相关法律规定也尚不完善。2025年，我们将重点抓好以下工作："),
    ("h2", "（一）开展新就业形态劳动者权益保障专项行动，探索平台企业用工合规指引。"),
    ("h2", "（二）推进劳动保障监察与仲裁衔接，提高案件处理效率。"),
    ("h2", "（三）实施“法治人社”干部素能提升计划，全年培训执法人员200人次以上。"),
    ("p", "此外，本年度我局没有其他需要报告的情况。"),
    ("sign", "鹤汀市人力资源和社会保障局"),
    ("sign", "2025年2月12日"),
]


def render_t09(blocks):
    rows = []
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] in ("h1", "h2"):
            rows.append('<tr><td class="c"><b>%s</b></td></tr>' % esc(b[1]))
        elif b[0] == "sign":
            rows.append('<tr><td align="right">%s</td></tr>' % esc(b[1]))
        else:
            rows.append('<tr><td class="c">　　%s</td></tr>' % esc(b[1]))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鹤汀市人力资源和社会保障局2024年法治政府建设年度报告</title>
</head>
<body>
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="logo">鹤汀市人力资源和社会保障局</td></tr>
<tr><td class="nav">首页 ┊ 政务公开 ┊ 就业创业 ┊ 社会保障 ┊ 劳动关系</td></tr>
<tr><td>当前位置：首页 → 政务公开 → 法治政府建设</td></tr>
<tr><td>
  <table width="960" align="center" border="0" cellspacing="0" cellpadding="6">
  <tr><td align="center"><b>鹤汀市人力资源和社会保障局2024年法治政府建设年度报告</b></td></tr>
  <tr><td align="center">信息来源：局法规科　　发布日期：2025-02-19　　点击数：377</td></tr>
  <tr><td>
    <table width="100%%" border="0" cellspacing="0" cellpadding="3">
%s
    </table>
  </td></tr>
  <tr><td>附件下载：<a href="/u/2025/0219a.pdf">鹤汀市人社局2024年法治政府建设年度报告.pdf</a></td></tr>
  <tr><td align="center">【打印本页】　【关闭窗口】</td></tr>
  </table>
</td></tr>
<tr><td align="center" class="foot">版权所有：鹤汀市人力资源和社会保障局　网站标识码：0000000000　示ICP备00000000号</td></tr>
</table>
</body>
</html>
""" % "\n".join(rows)


write("t09_rsj_bold_nested_table.html", render_t09(t09))
label("t09_rsj_bold_nested_table.html", "html",
      "嵌套表格、标题仅用b标签；不足与原因只在“下一步”段首正文；未提决策目录；以正文一句说明无其他需要报告的情况；附件下载",
      {"issuer": "鹤汀市人力资源和社会保障局", "level": "city", "year": 2024, "signed_date": D(2025, 2, 12),
       "published_date": D(2025, 2, 19), "document_type": "annual_report"},
      ["2024年工作举措及成效", "下一步工作计划"], 8,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "warn",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "pass",
       "decision.catalog": "warn", "counsel.legal_adviser": "pass",
       "timing.report_deadline": "pass", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "body", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "body", "decision.catalog": "none",
       "counsel.legal_adviser": "heading"}, t09)

# ---------------------------------------------------------------- t10
# .txt copy of a saved page with furniture; 2023 report; counsel only in the plan; section contradicting heading
t10 = [
    ("title", "枫林市财政局2023年度法治政府建设工作报告"),
    ("p", "中共枫林市委全面依法治市委员会办公室："),
    ("p", "2023年，市财政局坚持依法理财、依法行政，推动财政工作在法治轨道上运行。现将我局2023年度法治政府建设工作情况报告如下："),
    ("h1", "一、2023年主要工作"),
    ("runin", "（一）完善法治财政工作格局。", "局党组将法治建设纳入年度工作要点，成立法治建设领导小组，各科室明确1名法治联络员，全年召开领导小组会议2次。"),
    ("runin", "（二）局长带头尊法学法守法用法。", "局党组书记、局长全年4次主持召开专题会议研究预算法实施、政府采购投诉处理等法治问题，亲自为全局干部讲授《预算法实施条例》辅导课，对2件政府采购投诉案件亲自阅卷把关；年末在市委依法治市办组织的会议上进行了述法。"),
    ("runin", "（三）依法科学民主决策。", "年初编制2023年度重大行政决策事项目录，列入《枫林市市级预算绩效管理办法》《市级国有资本经营预算管理办法》2项，并在局网站公开；凡是列入目录的事项，一律先走完法定程序再上会决定，没有例外。"),
    ("runin", "（四）规范性文件管理。", "我局在本年度还没有建立起独立的规范性文件合法性审核机制，制发的文件主要由起草科室自行把关，全年印发财政类规范性文件3件。"),
    ("runin", "（五）财会监督执法。", "开展会计信息质量检查38户，对9家会计师事务所执业质量进行抽查，作出行政处罚4件；政府采购投诉全部在法定期限内办结。全年受理政府采购投诉11件，驳回7件、责令重新开展采购活动2件、采购人撤回2件。组织“财经法规进单位”宣讲12场，覆盖预算单位会计人员1100余人次。"),
    ("h1", "二、存在的短板及原因"),
    ("p", "一是规范性文件审核把关环节不健全；二是财会监督检查人员法律素养有待提高；三是部分预算单位依法理财意识不强。深层次看，这些问题的出现，主要在于局内缺少法律专业人员、法治工作长期依附于业务科室，加之对预算单位的培训督导偏重业务操作、轻视法律要求。"),
    ("h1", "三、2024年工作谋划"),
    ("p", "2024年，我局将着力做好以下几方面工作：一是出台规范性文件合法性审核办法，明确审核主体和时限；二是通过政府购买服务方式引入法律顾问，让其在合同审查、政府采购投诉处理中发挥作用；三是开展预算单位财经法规集中培训，全年不少于3次。"),
    ("sign", "枫林市财政局"),
    ("sign", "2024年1月29日"),
]


def render_t10(blocks):
    lines = ["今天是：2024年2月6日 星期二", "枫林市财政局", "无障碍 | 简体 | 繁体 | 登录",
             "您当前所在位置：首页 > 政务公开 > 法定主动公开内容 > 法治政府建设",
             "索引号：000000000/2024-00031", "发布机构：枫林市财政局", "成文日期：2024-01-29",
             "发布日期：2024-02-05", "主题分类：财政", "枫林市财政局2023年度法治政府建设工作报告",
             "【字号：大 中 小】　浏览次数：142", ""]
    for b in blocks:
        if b[0] == "runin":
            lines.append(b[1] + b[2])
        else:
            lines.append(b[1])
    lines += ["", "【打印本页】【关闭窗口】", "上一篇：枫林市财政局关于2023年度政府采购信息统计情况的通报",
              "下一篇：2024年市级部门预算公开目录", "相关文章：",
              "枫林市财政局2022年度法治政府建设工作报告　2023-02-20",
              "关于做好2024年预算单位财经法规培训的通知　2024-01-15",
              "网站标识码：0000000000　示ICP备00000000号　主办：枫林市财政局"]
    return "\n".join(lines) + "\n"


write("t10_czj_pasted_page.txt", render_t10(t10))
label("t10_czj_pasted_page.txt", "txt",
      "粘贴的网页文本：时钟、面包屑、索引号逐行、标题重复、收文机关；2023年度报告；法律顾问只出现在次年计划；规范性文件标题下正文称尚未建立审核机制",
      {"issuer": "枫林市财政局", "level": "city", "year": 2023, "signed_date": D(2024, 1, 29),
       "published_date": D(2024, 2, 5), "document_type": "annual_report"},
      ["2023年主要工作", "存在的短板及原因", "2024年工作谋划"], 5,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "warn",
       "decision.catalog": "pass", "counsel.legal_adviser": "warn",
       "timing.report_deadline": "pass", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "none", "decision.catalog": "body",
       "counsel.legal_adviser": "body"}, t10)

# ---------------------------------------------------------------- t11
# aggregator copy on one line with watermarks; catalogue and counsel both declared absent; late Chinese-numeral date
t11 = [
    ("title", "青岚市农业农村局2024年法治政府建设年度报告"),
    ("p", "2024年，市农业农村局认真落实市委、市政府关于法治政府建设的决策部署，以法治护航乡村全面振兴。现将有关情况报告如下。"),
    ("h1", "一、2024年推进法治政府建设的主要举措和成效"),
    ("runin", "（一）主要负责同志带头履行法治建设职责。", "局党组书记、局长全年主持召开党组会议专题研究法治工作3次，带头学习《乡村振兴促进法》《农产品质量安全法》，为农业综合执法支队讲授执法规范化专题课1次；对一起跨县区农资假冒案件亲自督办；12月向市委依法治市委员会书面述法。"),
    ("runin", "（二）农业综合行政执法。", "全年出动执法人员5300余人次，检查农资经营门店1870家次，查处假劣农资、违规使用禁限用农药等案件96件，罚没款87万元；开展“护种”专项行动，抽检种子样品420批次，合格率98.1%。推进农业执法“三项制度”落地，全市农业综合行政执法机构统一配备执法记录仪186台，执法案卷评查优良率由上年的82%提升到91%；对首次轻微违法的23户农资经营者依法免罚并进行教育。"),
    ("runin", "（三）涉农普法宣传。", "结合“农民丰收节”等节点开展送法下乡活动38场，培育农村学法用法示范户260户，在全市42个村设立“法律明白人”服务点，全年调处土地承包经营纠纷317件，调处成功率达到94%。"),
    ("runin", "（四）决策和法律事务管理。", "本年度我局没有编制重大行政决策事项目录，涉及全市高标准农田建设规划等事项均按一般事项由局党组会研究；局里常年法律顾问的位置至今空着，干部中也还没有人取得公职律师资格，合同审查主要由办公室兼办。"),
    ("h1", "二、存在的不足和原因"),
    ("p", "一是决策程序制度不完善；二是法律专业力量薄弱；三是基层农业执法装备不足。其原因主要是局内法治工作机构与人员配备长期不到位，对法治建设的重视程度与业务工作相比存在差距。"),
    ("h1", "三、下阶段工作打算"),
    ("p", "一是2025年上半年启动本局重大行政决策事项目录编制，规范决策流程；二是选聘常年法律顾问，支持符合条件的干部申请公职律师证书；三是为县区执法队伍配备执法记录仪等装备。"),
    ("sign", "青岚市农业农村局"),
    ("sign", "二〇二五年三月六日"),
]


def render_t11(blocks):
    parts = []
    for b in blocks:
        if b[0] == "runin":
            parts.append(b[1] + b[2])
        else:
            parts.append(b[1])
    text = " ".join(parts)
    # aggregator watermarks inserted mid-text
    wm1 = "【本文转载自政务资讯汇，仅供学习参考】"
    wm2 = "（更多内容请关注政务资讯汇）"
    i = text.index("（三）涉农普法宣传")
    text = text[:i] + wm1 + text[i:]
    j = text.index("三、下阶段工作打算")
    text = text[:j] + wm2 + text[j:]
    head = "政务资讯汇 > 部门动态 > 青岚市农业农村局2024年法治政府建设年度报告 发布时间：2025-03-10 来源：青岚市农业农村局 浏览：312次 "
    tail = " 上一篇：青岚市2025年春耕备耕工作要点 下一篇：青岚市农业农村局开展农资打假专项行动 政务资讯汇 版权所有"
    return head + text + tail + "\n"


write("t11_nyj_oneline.txt", render_t11(t11))
label("t11_nyj_oneline.txt", "txt",
      "转载站复制、全文一行含水印；目录与法律顾问均在同一段中声明本年未做/没有（次年承诺）；中文数字落款三月六日超期；无其他事项",
      {"issuer": "青岚市农业农村局", "level": "city", "year": 2024, "signed_date": D(2025, 3, 6),
       "published_date": D(2025, 3, 10), "document_type": "annual_report"},
      ["2024年推进法治政府建设的主要举措和成效", "存在的不足和原因", "下阶段工作打算"], 4,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "warn",
       "decision.catalog": "fail", "counsel.legal_adviser": "fail",
       "timing.report_deadline": "fail", "timing.publication_deadline": "pass"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "none", "decision.catalog": "declared_absent",
       "counsel.legal_adviser": "declared_absent"}, t11)

# ---------------------------------------------------------------- t12
# traditional-script copy with pinyin artefacts; only 成文日期, no publication date
t12 = [
    ("title", "苇塘市住房和城乡建设局2024年法治政府建设年度报告"),
    ("p", "2024年，苇塘市住房和城乡建设局在市委、市政府的领导下，统筹推进住建领域依法行政，为城市建设和住房保障提供有力法治支撑。现将有关情况报告如下。"),
    ("h1", "一、2024年主要工作及成效"),
    ("h2", "（一）强化主要负责人示范引领"),
    ("p", "局党委书记、局长坚持把法治建设作为“一把手”工程，全年主持召开局党委会专题研究法治建设3次，带头参加市政府常务会议会前学法；亲自协调处理2个历史遗留的房屋产权登记纠纷；在年底市直单位述法评议会上作述法发言。"),
    ("h2", "（二）严格重大行政决策程序"),
    ("p", "印发并公开《苇塘市住房和城乡建设局2024年度重大行政决策事项目录》，列入《苇塘市老旧小区改造三年行动方案》等3个事项，均按规定完成公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。"),
    ("h2", "（三）法律顾问和公职律师"),
    ("p", "局机关现有公职律师3名，并与1家律师事务所签订常年法律顾问协议，全年审核合同、协议76份，参与处理行政复议、诉讼案件11件。"),
    ("h2", "（四）建筑市场执法监管"),
    ("p", "统筹开展建筑施工安全、工程质量和建筑市场秩序检查，全年检查在建项目640个次，查处违法违规行为58起，罚款312万元。推行建筑工地“智慧监管”平台，接入在建项目视频监控点位1200余个；对初次违法且及时改正的施工企业免予处罚9起。全年开展“民法典进社区”“物业管理条例宣传月”等普法活动31场，调处物业服务纠纷426件。"),
    ("h1", "二、存在的不足及原因"),
    ("p", "一是执法监管力量与在建项目数量增长不相适应；二是部分执法文书用语不够规范。原因在于近年来住建领域监管任务大幅增加，而执法人员编制未相应调整，培训也偏重业务技术。"),
    ("h1", "三、2025年工作安排"),
    ("h2", "（一）编制并公开2025年度重大行政决策事项目录，完善决策后评估。"),
    ("h2", "（二）开展住建领域执法人员全员培训和执法案卷评查。"),
    ("h1", "四、其他需要报告的情况"),
    ("p", "2024年11月，省住房和城乡建设厅对我局开展法治建设专项督察，反馈的2个问题已整改到位。"),
    ("sign", "苇塘市住房和城乡建设局"),
    ("sign", "2025年2月28日"),
]


def render_t12(blocks):
    sys.path.insert(0, "/tmp/w33build/pylib")
    from opencc_purepy import OpenCC
    cc = OpenCC("s2t")
    lines = ["苇塘市人民政府门户网站　繁体　无障碍", "当前位置：首页 > 政务公开 > 部门信息 > 苇塘市住房和城乡建设局",
             "索引号：000000000/2025-00019", "发布机构：苇塘市住房和城乡建设局", "成文日期：2025-02-28",
             "主题分类：城乡建设", ""]
    for b in blocks:
        lines.append(b[1] if b[0] != "runin" else b[1] + b[2])
    lines += ["", "【打印】【关闭】", "主办：苇塘市人民政府办公室　网站标识码：0000000000　示ICP备00000000号"]
    t = cc.convert("\n".join(lines) + "\n")
    # pinyin artefacts left by a bad copy
    t = t.replace("統籌推進住建", "統(tǒng)籌推進住建", 1)
    t = t.replace("執法監管力量", "執法監(jiān)管力量", 1)
    t = t.replace("決策程序", "決(jué)策程序", 1)
    return t


write("t12_zjj_traditional.txt", render_t12(t12))
label("t12_zjj_traditional.txt", "txt",
      "繁体网页粘贴文本含拼音残留；只有成文日期没有发布日期；第一责任人标题为“强化主要负责人示范引领”；五项齐全",
      {"issuer": "苇塘市住房和城乡建设局", "level": "city", "year": 2024, "signed_date": D(2025, 2, 28),
       "published_date": None, "document_type": "annual_report"},
      ["2024年主要工作及成效", "存在的不足及原因", "2025年工作安排", "其他需要报告的情况"], 6,
      {"doc.type": "pass", "content.measures": "pass", "content.shortcomings": "pass",
       "content.first_responsibility": "pass", "content.next_year": "pass", "content.other": "pass",
       "decision.catalog": "pass", "counsel.legal_adviser": "pass",
       "timing.report_deadline": "pass", "timing.publication_deadline": "skip"},
      {"content.measures": "heading", "content.shortcomings": "heading", "content.first_responsibility": "heading",
       "content.next_year": "heading", "content.other": "heading", "decision.catalog": "body",
       "counsel.legal_adviser": "heading"}, t12)

# ----------------------------------------------------------------
with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
    yaml.safe_dump(LABELS, f, allow_unicode=True, sort_keys=False, default_flow_style=None, width=200)
print("wrote", len(LABELS), "labels")

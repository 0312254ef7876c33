#!/usr/bin/env python3
"""Rebuild the 12 blind-test HTML pages of writer w7.  Usage: python3 make.py"""
import os, re, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []          # (filename, encoding, builder)

def doc(fname, enc='utf-8'):
    def deco(fn):
        DOCS.append((fname, enc, fn))
        return fn
    return deco

def esc(s):
    return html.escape(s, quote=False)

FOOT_ICP = '示ICP备00000000号'
SITE_ID = '0000000000'

def head(title, charset, extra_css=''):
    if charset.lower() in ('gbk', 'gb2312'):
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
        doctype = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
    else:
        meta = '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">'
        doctype = '<!DOCTYPE html>\n<html lang="zh-CN">'
    return '%s\n<head>\n%s\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n' % (doctype, meta, esc(title), extra_css)

# ---- item model -------------------------------------------------------
# ('h1', text)            top-level heading line
# ('h2', text)            standalone second-level heading
# ('h2r', lead, body)     run-in second-level heading: lead + body in one paragraph
# ('bl', lead, body)      bold lead (second level) + body
# ('p', text)             body paragraph
def report_text(items):
    out = []
    for it in items:
        out.append(''.join(it[1:]))
    return '\n'.join(out)

def cjk_count(s):
    return len(re.findall(r'[\u3400-\u9fff]', s))

def render_p_indent(items, strong_h1=False):
    """<p style="text-indent:2em"> family; headings as <strong> inside paragraphs."""
    out = []
    for it in items:
        k = it[0]
        if k == 'h1':
            out.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % esc(it[1]))
        elif k == 'h2':
            out.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % esc(it[1]))
        elif k in ('h2r', 'bl'):
            out.append('<p style="text-indent:2em;"><strong>%s</strong>%s</p>' % (esc(it[1]), esc(it[2])))
        else:
            out.append('<p style="text-indent:2em;">%s</p>' % esc(it[1]))
    return '\n'.join(out)

def render_br(items):
    """text in one <div> separated by <br>, indentation by &nbsp; / full-width spaces."""
    out = []
    for it in items:
        k = it[0]
        if k == 'h1':
            out.append('<b>%s</b>' % esc(it[1]))
        elif k == 'h2':
            out.append('&nbsp;&nbsp;&nbsp;&nbsp;%s' % esc(it[1]))
        elif k == 'h2r':
            out.append('&nbsp;&nbsp;&nbsp;&nbsp;%s%s' % (esc(it[1]), esc(it[2])))
        elif k == 'bl':
            out.append('&nbsp;&nbsp;&nbsp;&nbsp;<b>%s</b>%s' % (esc(it[1]), esc(it[2])))
        else:
            out.append('&nbsp;&nbsp;&nbsp;&nbsp;%s' % esc(it[1]))
    return '<br>\n'.join(out) + '<br>'

def render_plain_p(items):
    """plain <p> paragraphs inside a table cell; h1 in <p align=left><b>."""
    out = []
    for it in items:
        k = it[0]
        if k == 'h1':
            out.append('<p><font face="黑体">%s</font></p>' % esc(it[1]))
        elif k == 'h2':
            out.append('<p><font face="楷体_GB2312">%s</font></p>' % esc(it[1]))
        elif k == 'h2r':
            out.append('<p><font face="楷体_GB2312">%s</font>%s</p>' % (esc(it[1]), esc(it[2])))
        elif k == 'bl':
            out.append('<p><b>%s</b>%s</p>' % (esc(it[1]), esc(it[2])))
        else:
            out.append('<p>%s</p>' % esc(it[1]))
    return '\n'.join(out)

# =====================================================================
# t01 青石县司法局 2024 — old table-based CMS, GBK, 信息公开 metadata table
T01 = [
 ('p', '2024年，青石县司法局在县委、县政府的领导下，围绕县委全面依法治县委员会年度工作安排，统筹推进法治政府建设各项任务，较好完成了全年目标。现将有关情况报告如下：'),
 ('h1', '一、2024年推进法治政府建设的主要举措和成效'),
 ('h2', '（一）健全依法行政制度体系'),
 ('p', '全年对县政府及部门报送的规范性文件草案进行合法性审核41件，提出修改意见127条，采纳率达到96%；对县政府签订的各类合同审查63份，涉及金额约9.8亿元。清理与优化营商环境要求不相符的文件11件，其中废止4件、修改7件，清理结果已在县政府门户网站集中公布。'),
 ('h2', '（二）规范行政执法监督'),
 ('p', '组织开展行政执法案卷评查两轮，抽查全县18个执法部门的案卷236卷，对发现的文书不规范、证据链条不完整等问题逐一反馈并督促整改。全县新办理行政执法证件214本，注销调离岗位人员证件39本。全年办理行政复议案件58件，纠错率为12.1%，行政机关负责人出庭应诉率保持100%。'),
 ('h2', '（三）发挥法律顾问和公职律师作用'),
 ('p', '本局现有公职律师6名，另聘请云岭明正律师事务所2名律师担任常年法律顾问。全年顾问团队和公职律师参与局党组会、局务会研究涉法事项22次，出具书面法律意见书34份，审查局机关合同、协议19份，代理行政应诉案件5件，未发生败诉情况。'),
 ('h2', '（四）编制并公开重大行政决策事项目录'),
 ('p', '年初，局党组会审定本局2024年度重大行政决策事项目录，列入《青石县人民调解工作三年规划》《青石县公共法律服务网点布局方案》两项，并于3月8日通过局门户网站对外公开。两项决策均履行了公众参与、专家论证、合法性审查和集体讨论决定程序，其中公共法律服务网点布局方案征求意见期间收到群众建议43条，吸收采纳15条。'),
 ('h1', '二、存在的不足和原因'),
 ('p', '对照上级要求，工作中还有一些差距：一是乡镇司法所力量偏弱，全县14个司法所中有5个只有1名在编人员；二是部分执法部门对案卷评查反馈的问题整改不够及时，同类问题反复出现；三是法治宣传的针对性还不强，面向新业态从业人员的普法活动偏少。分析原因，主要是司法所人员编制长期没有增加，基层工作任务又逐年加重；同时我局对执法部门的跟踪督办机制不够健全，事后回头看做得不多；普法工作仍习惯于传统的集中宣讲方式，对新群体的需求研究不深。'),
 ('h1', '三、党政主要负责人履行推进法治建设第一责任人职责情况'),
 ('p', '局党组书记、局长带头落实法治建设第一责任人职责，年内主持召开局党组会议专题研究法治建设工作5次，对年度重点任务逐项明确责任领导和完成时限。局长带头参加县政府常务会议会前学法4次，为全局干部讲授《行政复议法》修订要点专题课1次；亲自接待群众来访12批次，亲自协调化解一起持续多年的土地承包纠纷。年底，局长在县委全面依法治县委员会会议上进行了述法，接受评议。'),
 ('h1', '四、2025年工作安排'),
 ('p', '2025年，我局将重点做好以下工作：一是推动县里为司法所增加编制或通过购买服务补充辅助人员，力争每个司法所至少配备2名工作人员；二是建立执法案卷评查问题整改台账，实行销号管理，对整改不力的部门在全县通报；三是针对快递员、网约车司机等群体开展“法律进驿站”活动不少于20场；四是继续按期编制并公开本局年度重大行政决策事项目录，严格落实决策法定程序。'),
 ('h1', '五、其他需要报告的情况'),
 ('p', '2024年，本局未发生因违法行政被上级督办或新闻媒体曝光的情况，在全市司法行政系统年度考核中位列第二等次。'),
]

@doc('t01_table_layout_county_justice_gbk.html', 'gbk')
def t01():
    title = '青石县司法局2024年法治政府建设年度报告'
    body = render_plain_p(T01)
    css = 'body{margin:0;font-size:12px;font-family:宋体} .bt_content p{text-indent:2em;line-height:28px;font-size:16px} td{font-size:12px}'
    return head(title + '-青石县人民政府', 'gbk', css) + '''<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.png" width="420" height="80" alt="青石县人民政府"></td></tr>
  <tr><td height="36" bgcolor="#0b5aa6">
    <table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td align="center"><a href="/">首页</a></td><td align="center"><a href="/zwgk/">政务公开</a></td>
      <td align="center"><a href="/zxfw/">政务服务</a></td><td align="center"><a href="/hdjl/">互动交流</a></td>
      <td align="center"><a href="/zjqs/">走进青石</a></td></tr></table>
  </td></tr>
  <tr><td height="30">&nbsp;当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/bm/">部门信息公开</a> &gt; <a href="/zwgk/bm/sfj/">县司法局</a> &gt; 法治政府建设</td></tr>
  <tr><td>
    <table width="96%%" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#cccccc" style="border-collapse:collapse">
      <tr><td width="12%%" bgcolor="#f2f2f2">索 引 号：</td><td width="38%%">QS-0107-2025-000031</td><td width="12%%" bgcolor="#f2f2f2">信息分类：</td><td>法治政府建设</td></tr>
      <tr><td bgcolor="#f2f2f2">发布机构：</td><td>青石县司法局</td><td bgcolor="#f2f2f2">成文日期：</td><td>2025-02-18</td></tr>
      <tr><td bgcolor="#f2f2f2">名　　称：</td><td colspan="3">%s</td></tr>
      <tr><td bgcolor="#f2f2f2">文　　号：</td><td></td><td bgcolor="#f2f2f2">发布日期：</td><td>2025-02-25</td></tr>
    </table>
  </td></tr>
  <tr><td align="center" height="60"><font size="5" color="#c00000"><b>%s</b></font></td></tr>
  <tr><td align="center" height="24">来源：青石县司法局　　浏览次数：<span id="hits">386</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
  <tr><td class="bt_content" style="padding:10px 40px">
%s
<p align="right">青石县司法局</p>
<p align="right">2025年2月18日</p>
  </td></tr>
  <tr><td align="right" height="30"><a href="javascript:window.print()">【打印此页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
  <tr><td bgcolor="#0b5aa6" height="90" align="center" style="color:#fff">
    主办：青石县人民政府办公室　承办：青石县大数据中心<br>
    网站标识码：%s　%s　　<a href="#">网站地图</a> | <a href="#">联系我们</a>
  </td></tr>
</table>
</body>
</html>
''' % (esc(title), esc(title), body, SITE_ID, FOOT_ICP)

# =====================================================================
# t02 三河镇人民政府 2024 — <div> text separated by <br>, utf-8, title names only the place
T02 = [
 ('p', '今年以来，三河镇在县委、县政府和县委全面依法治县委员会的指导下，把法治建设同乡村振兴、基层治理放在一起谋划、一起推进，各项工作平稳有序。现将全年情况报告如下。'),
 ('h1', '一、主要工作及成效'),
 ('h2r', '（一）抓学习，提升干部法治素养。', '镇党委理论学习中心组安排法治专题学习4次，内容包括《中华人民共和国行政复议法》《信访工作条例》等；组织镇村两级干部参加县里举办的法治培训班2期，参训136人次；镇机关干部年度学法考试参考率100%，平均成绩91分；在全镇11个行政村培养“法律明白人”87名，每村不少于6名，做到村民有事能就近找到懂法的人。'),
 ('h2r', '（二）主要负责人带头履责。', '镇党委书记、镇长年初共同签订法治建设责任书，把任务分解到分管领导和各站所。镇长全年主持召开镇长办公会专题研究依法行政工作3次，亲自带队到桥头村、柳湾村调处山林边界纠纷2起；镇党委书记在镇村干部大会上讲法治党课1次，并在年底县委组织的述法评议会上作了书面述法。'),
 ('h2r', '（三）抓决策，规范办事程序。', '镇政府本年度未制定重大行政决策事项目录。全年涉及群众切身利益的事项主要有两项：一是集镇农贸市场改造，二是镇区生活垃圾清运方式调整。两项事项都在镇村公示栏和微信群公开征求意见，经镇合法性审查后提交镇党委会、镇长办公会集体研究确定。镇政府与云岭启明律师事务所续签了常年法律顾问协议，顾问律师每周三到镇便民服务中心坐班，全年审查镇政府合同17份，列席镇长办公会9次，出具法律意见11份。'),
 ('h2r', '（四）抓调解，化解基层矛盾。', '镇、村两级人民调解委员会全年受理各类纠纷214件，调解成功207件；对邻里、婚姻家庭等小矛盾坚持当天受理、三天回访。镇司法所联合派出所、人民法庭建立“三所联调”工作机制，全年共同化解宅基地、土地流转等疑难纠纷9件，没有一起矛盾上行到县里。镇综合行政执法队全年办理行政处罚案件23件，全部做到执法全过程记录，没有一起被复议撤销或被法院判决败诉。'),
 ('h1', '二、存在的问题'),
 ('p', '一是部分村干部依法办事意识仍然薄弱，个别村在集体资产发包中程序不完整，村务公开不够及时。二是镇综合行政执法队现有在编执法人员仅4名，农村建房、环境卫生等领域的日常巡查覆盖不到位。三是法治宣传形式比较单一，群众参与热情不高，年轻人参加率偏低。四是部分执法文书填写不规范，县司法局抽查的12份文书中有3份存在漏项。'),
 ('h1', '三、下一步工作打算'),
 ('p', '2025年，三河镇将重点抓好四件事：第一，按照县里统一部署，编制并向社会公布本镇年度重大行政决策事项目录，把涉及面广、与群众利益密切相关的事项全部纳入；第二，对全镇11个村集体资产发包情况开展一次全面检查，发现程序问题立即纠正；第三，申请增加综合行政执法力量，并对现有执法人员开展文书制作专项培训；第四，结合赶集日、农闲时节开展“法律赶大集”活动，每季度不少于2场。'),
]

@doc('t02_div_br_township_late_signed.html')
def t02():
    title = '三河镇2024年法治政府建设年度报告'
    body = render_br(T02)
    css = 'body{font-family:"Microsoft YaHei";margin:0;background:#f5f5f5} .wrap{width:1100px;margin:0 auto;background:#fff} #zoom{font-size:16px;line-height:2;padding:20px 60px}'
    return head(title + '_三河镇人民政府', 'utf-8', css) + '''<body>
<div class="top-bar"><div class="wrap">
  <span id="clock">今天是：2025年3月12日 星期三</span>
  <span class="tools"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">简体</a> / <a href="#">繁體</a></span>
</div></div>
<div class="banner"><div class="wrap"><img src="/static/img/sanhe_banner.jpg" alt="青石县三河镇人民政府"></div></div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/zwgk/">政务公开</a><a href="/bmfw/">便民服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="wrap">
  <div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">法治政府建设</a></div>
  <div class="article">
    <div class="art-title">%s</div>
    <div class="art-info">发布时间：2025-03-10 16:42　来源：三河镇人民政府　浏览量：<span>127</span>　分享：<a href="#">微信</a> <a href="#">微博</a></div>
    <div id="zoom">
%s
<br>
<div style="text-align:right">三河镇人民政府<br>2025年3月5日</div>
    </div>
    <div class="art-share"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
    <div class="prevnext">
      <p>上一篇：<a href="/zwgk/fzzf/202501/t20250116_3301.html">三河镇召开2025年第一次镇长办公会议</a></p>
      <p>下一篇：<a href="/zwgk/fzzf/202503/t20250318_3377.html">三河镇开展“三八”妇女维权周法律宣传活动</a></p>
    </div>
  </div>
</div>
<div class="footer"><div class="wrap">
  主办单位：青石县三河镇人民政府　地址：三河镇河东街8号　联系电话：0000-00000000<br>
  %s　网站标识码：%s
</div></div>
</body>
</html>
''' % (esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t03 枫林市市场监督管理局 2024 — <p style="text-indent:2em">, <strong> headings in <p>,
#     signature after the 附件 link list, published after 4月1日
T03 = [
 ('p', '2024年，枫林市市场监督管理局认真落实市委、市政府关于法治政府建设的部署，以规范执法、优化营商环境为重点，推动市场监管工作在法治轨道上运行。按照要求，现将本局2024年度法治政府建设情况报告如下。'),
 ('h1', '一、2024年主要工作举措及成效'),
 ('bl', '围绕中心优化营商环境。', '全面推行经营主体登记“一网通办”，全年新设经营主体2.31万户，同比增长8.7%；对38项轻微违法行为实行首次不罚，全年适用不予处罚案件412件，减免罚没款约360万元。清理本局制定的规范性文件26件，废止已不适应监管需要的5件。'),
 ('bl', '严格规范公正文明执法。', '修订行政处罚裁量权基准，细化裁量情形到1024项；全系统执法人员全部持证上岗。全年查办各类案件1867件，罚没款2146万元；行政复议案件15件，维持13件，另有2件经调解申请人撤回，没有被复议机关撤销的案件。'),
 ('bl', '推进行政决策规范化。', '局里汇总各业务处室申报，形成《枫林市市场监督管理局2024年度重大行政决策事项目录》，列入食品安全抽检计划调整、电梯安全监管办法修订、集贸市场计量专项整治方案3项，经局长办公会审议通过。该目录原打算待市政府目录发布后一同对外公开，截至12月底仍未在局门户网站发布。'),
 ('bl', '主要负责人亲自抓、带头干。', '局党组书记、局长全年主持局党组会专题研究法治建设4次，审定年度法治建设工作要点和任务分工；带头在局党组理论学习中心组上领学《优化营商环境条例》，为新入职执法人员上法治第一课；亲自督办跨区域网络售假案件1起，并在年底市委依法治市办组织的述法会上作述法发言。'),
 ('h1', '二、存在的不足及原因'),
 ('p', '一是法律专业支撑跟不上。本局目前尚未与律师事务所或专家学者签订常年法律顾问协议，机关里也没有取得公职律师资格的人员，遇到疑难复杂的法律问题，主要靠法规科几位同志研究或向市司法局咨询。造成这种状况的原因，一方面是机构改革后法规科人员流动较大，另一方面是聘请顾问的经费一直没有列入预算。二是基层所执法水平参差不齐，部分案卷证据收集不全。这主要是由于基层所人员年龄偏大、新进人员培训时间不足。'),
 ('h1', '三、2025年工作计划'),
 ('p', '一是争取财政支持，通过政府采购选聘1至2家律师事务所担任常年法律顾问，同时鼓励法规科符合条件的同志申请公职律师证书。二是及时公开年度重大行政决策事项目录，并在决策作出后按规定做好解读。三是开展基层所执法能力提升年活动，每个基层所至少评查案卷10卷，组织全员轮训一遍。四是继续扩大包容审慎监管适用范围，编制第二批首次不罚事项清单。'),
 ('h1', '四、其他需要报告的情况'),
 ('p', '2024年本局被市委依法治市办确定为法治政府建设示范创建单位，相关创建材料已按时报送。'),
]

@doc('t03_indent_strong_city_market_late_pub.html')
def t03():
    title = '枫林市市场监督管理局2024年法治政府建设情况报告'
    body = render_p_indent(T03)
    css = 'body{font-family:"仿宋_GB2312","FangSong";} .main{width:1200px;margin:auto} .TRS_Editor p{font-size:16pt;line-height:1.8;margin:0}'
    return head(title, 'utf-8', css) + '''<body>
<header class="hd">
  <div class="main"><a href="/" class="logo"><img src="/images/fls_scjgj_logo.png" alt="枫林市市场监督管理局"></a>
  <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
  <nav class="main"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/jggg/">监管公告</a><a href="/hdjl/">互动交流</a></nav>
</header>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/fzzfjs/">法治政府建设</a></div>
  <h1 class="article-title">%s</h1>
  <div class="article-meta"><span>发布日期：2025-04-08</span><span>信息来源：市市场监管局法规科</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
  <div class="TRS_Editor">
%s
  </div>
  <div class="fujian">
    <p>附件：</p>
    <ul>
      <li><a href="/xxgk/fzzfjs/202504/P020250408551234.xlsx">1.枫林市市场监督管理局2024年行政执法数据统计表.xlsx</a></li>
      <li><a href="/xxgk/fzzfjs/202504/P020250408551235.pdf">2.2024年度行政复议、行政诉讼案件情况汇总.pdf</a></li>
    </ul>
  </div>
  <div class="luokuan" style="text-align:right;font-size:16pt;line-height:1.8">
    <p>枫林市市场监督管理局</p>
    <p>2025年2月26日</p>
  </div>
  <div class="related">
    <h3>相关链接</h3>
    <ul>
      <li><a href="/xxgk/fzzfjs/202403/t20240320_88121.html">枫林市市场监督管理局2023年法治政府建设情况报告</a><span>2024-03-20</span></li>
      <li><a href="/xxgk/fzzfjs/202501/t20250109_90217.html">市市场监管局召开2025年法治建设工作会议</a><span>2025-01-09</span></li>
    </ul>
  </div>
</div>
<footer><div class="main">
  <p>主办：枫林市市场监督管理局　地址：枫林市中山路100号</p>
  <p>%s　网站标识码：%s　<a href="#">网站地图</a></p>
</div></footer>
</body>
</html>
''' % (esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t04 枫林市云溪区人民政府 2024 — traditional-script (繁體) copy of the page, pinyin artefacts
T04 = [
 ('p', '2024年，雲溪區人民政府在市委、市政府和區委的堅強領導下，統(tǒng)籌推進法治政府建設各項任務，全區依法行政水平持續提升。現將有關情況報告如下：'),
 ('h1', '一、2024年法治政府建設主要成效'),
 ('h2', '（一）深化“放管服”改革'),
 ('p', '全區政務服務事項網上可辦率達到98.6%，“一件事一次辦”主題服務擴展到32項；承接市級下放行政許可事項14項，全部實現當月承接、當月運行。推行“證照分離”改革全覆蓋，全年新增經營主體8600餘戶，同比增長6.1%。開展涉企收費專項清理，取消不合規收費項目3項，為企業減輕負擔約420萬元。'),
 ('h2', '（二）編製公佈重大行政決策事項目錄'),
 ('p', '區政府2024年度重大行政決策事項目錄經區政府常務會議審定，列入老舊小區改造三年行動計劃、區屬公立幼兒園收費標準調整等5項，於2月20日在區政府門戶網站公佈。各項決策均嚴格履行公眾參與、專家論證、風險評估、合法性審查和集體討論決定程序，其中幼兒園收費調整召開聽證會1次，聽證代表25名。'),
 ('h2', '（三）加強法治宣傳教育'),
 ('p', '以“八五”普法中期評估為契機，在全區12個街道建成法治文化陣地46處，組織“憲法進萬家”主題活動80餘場。區長作為推進法治建設第一責任人，全年帶頭參加區政府常務會議會前學法6次，年底向區委全面依法治區委員會作了書面述法。區普法辦聯合區教育局開展青少年模擬法庭比賽，全區28所中小學參加。'),
 ('h2', '（四）提升行政執法質效'),
 ('p', '全面落實行政執法公示、執法全過程記錄、重大執法決定法制審核“三項制度”，全年審核重大執法決定97件；開展“雙隨機、一公開”部門聯合抽查126次，涉及經營主體1900餘戶，抽查結果全部在信用平台公示。區政府法律顧問室現有法律顧問5名，全區登記在冊的公職律師31名，全年參與審查重大合同86份、參與處理信訪及涉訴案件40餘件。全區行政機關負責人出庭應訴率100%，行政訴訟敗訴率下降到4.2%。'),
 ('h1', '二、存在的不足和原因'),
 ('p', '一是部分街道綜合執法隊伍專業能力不足，執法文書不規範問題仍有發生；二是行政爭議實質性化解的效果還不理想，個別案件反覆進入複議、訴訟程序。產生上述問題的原因主要在於：街道執法人員多數從其他崗位轉崗而來，系統培訓時間較短；部分部門在行政程序中與當事人溝通不夠，前端化解意識不強。'),
 ('h1', '三、2025年工作思路'),
 ('p', '一是開展街道綜合執法人員全員輪訓，全年每人培訓不少於60學時；二是建立行政爭議聯合化解中心，推動複議、訴訟、調解銜接；三是繼續按時編製並公佈年度重大行政決策事項目錄；四是深化法治政府示範創建，爭取在全市考核中進入第一方陣。'),
 ('h1', '四、其他需要報告的情況'),
 ('p', '2024年雲溪區未發生因行政違法被上級通報的事件。按照市裡部署，區政府已將本報告同步報送市人民政府和區委全面依法治區委員會。'),
]

@doc('t04_traditional_script_district.html')
def t04():
    title = '楓林市雲溪區人民政府2024年法治政府建設年度報告'
    body = render_p_indent(T04)
    css = 'body{font-family:"PMingLiU","Microsoft JhengHei";} .container{width:1180px;margin:0 auto} .content p{font-size:17px;line-height:2}'
    return head(title + '_雲溪區人民政府', 'utf-8', css) + '''<body>
<div class="toolbar"><div class="container">
  <span>歡迎訪問楓林市雲溪區人民政府網站</span>
  <span class="right"><a href="#">無障礙</a>｜<a href="#">關懷版</a>｜<a href="#">簡體</a>｜<a href="#" class="on">繁體</a>｜<a href="#">English</a></span>
</div></div>
<div class="header"><div class="container"><img src="/res/img/yunxi_logo.png" alt="楓林市雲溪區人民政府"></div></div>
<div class="container">
  <div class="location">您當前的位置：<a href="/">首頁</a> &gt; <a href="/zwgk/">政務公開</a> &gt; <a href="/zwgk/zdly/">重點領域信息公開</a> &gt; <a href="/zwgk/zdly/fzzf/">法治政府建設</a></div>
  <div class="xxgk-meta">
    <p>索引號：YX-00025-0203-2025-0017</p>
    <p>發佈機構：雲溪區人民政府辦公室</p>
    <p>成文日期：2025-02-27</p>
    <p>發佈日期：2025-03-28</p>
  </div>
  <div class="content">
    <h2 style="text-align:center">%s</h2>
%s
    <p style="text-align:right">楓林市雲溪區人民政府</p>
    <p style="text-align:right">2025年2月27日</p>
  </div>
  <div class="tools"><a href="javascript:print();">【打印】</a><a href="javascript:window.close();">【關閉】</a></div>
</div>
<div class="footer"><div class="container">
  主辦單位：楓林市雲溪區人民政府辦公室　技術支持：雲溪區大數據發展中心<br>
  %s　網站標識碼：%s
</div></div>
</body>
</html>
''' % (esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t05 青石县人民政府 2024 政府信息公开工作年度报告 — look-alike, GBK, table layout
T05 = [
 ('p', '本报告依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关年度报告格式的要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。'),
 ('h1', '一、总体情况'),
 ('h2r', '（一）主动公开。', '2024年，青石县人民政府通过县政府门户网站累计主动公开各类政府信息6218条，其中政策文件94件、政策解读71篇、财政预决算信息312条；在“青石发布”政务新媒体发布信息1530条。围绕法治政府建设、乡村振兴、义务教育等重点领域，集中公开年度工作报告、专项资金分配和项目实施情况。'),
 ('h2r', '（二）依申请公开。', '全年共收到政府信息公开申请47件，较上年减少9件，其中当面申请6件、网上申请35件、信函申请6件。所有申请均在法定期限内答复，未出现逾期答复情况。'),
 ('h2r', '（三）政府信息管理。', '对县政府及办公室2019年以来制发的规范性文件进行集中梳理，标注有效性状态，对失效、废止文件在网站上单独标明。严格执行公开前保密审查，全年未发生泄密事件。'),
 ('h2r', '（四）平台建设。', '完成县政府门户网站集约化改版，新增政策文件库检索功能，上线无障碍和适老化浏览服务。政务新媒体实行“先审后发、三审三校”，全年未发生错发漏发问题。'),
 ('h2r', '（五）监督保障。', '将政务公开工作纳入县直部门和乡镇年度综合考核，分值占比3%；全年组织业务培训2次，培训180余人次。'),
 ('h1', '二、主动公开政府信息情况'),
 ('p', '本年度县政府新制发规章0件，新制发规范性文件9件，现行有效规范性文件63件；行政许可处理决定12611件；行政处罚决定2207件；行政强制决定31件；行政事业性收费总金额1386.4万元。'),
 ('h1', '三、收到和处理政府信息公开申请情况'),
 ('p', '本年度新收申请47件，上年结转2件。办理结果：予以公开21件，部分公开6件，不予公开3件，无法提供12件，不予处理2件，其他处理1件，结转下年度继续办理4件。申请内容主要集中在征地补偿、房屋征收、项目审批等领域，占申请总数的六成以上。'),
 ('h1', '四、政府信息公开行政复议、行政诉讼情况'),
 ('p', '本年度因政府信息公开被申请行政复议3件，结果维持2件、纠正1件；被提起行政诉讼1件，经审理维持原处理结果。'),
 ('h1', '五、存在的主要问题及改进情况'),
 ('p', '主要问题：部分乡镇和部门信息更新不够及时，政策解读形式比较单一，图解、视频类解读占比偏低。改进措施：建立网站栏目月度巡查通报制度，对连续两个月未更新的栏目约谈责任单位；推动政策文件与解读材料同步起草、同步审签、同步发布。'),
 ('h1', '六、其他需要报告的事项'),
 ('p', '本年度未收取信息处理费。全年办理人大代表建议38件、政协提案52件，办理结果已全部公开。县政府年度政务公开工作要点落实情况已在网站专栏公布。'),
]

@doc('t05_lookalike_info_disclosure_gbk.html', 'gbk')
def t05():
    title = '青石县人民政府2024年政府信息公开工作年度报告'
    body = render_plain_p(T05)
    table = '''<table width="90%" border="1" cellspacing="0" cellpadding="3" align="center" style="border-collapse:collapse;font-size:14px">
<tr><th colspan="4">第二十条第（一）项</th></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>9</td><td>4</td><td>63</td></tr>
</table>'''
    body = body.replace('<p><font face="黑体">三、', table + '\n<p><font face="黑体">三、', 1)
    css = 'body{margin:0;font-family:宋体} .zw p{text-indent:2em;font-size:16px;line-height:30px}'
    return head(title, 'gbk', css) + '''<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/qsx_top.jpg" width="1002" height="140" alt="青石县人民政府"></td></tr>
<tr><td height="32" class="dqwz">&nbsp;&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">政府信息公开</a> &gt;&gt; <a href="/xxgk/ndbg/">政府信息公开年报</a></td></tr>
<tr><td>
 <table width="95%%" align="center" border="0" cellpadding="5" cellspacing="1" bgcolor="#d7d7d7">
  <tr bgcolor="#ffffff"><td width="15%%">索引号：</td><td width="35%%">QS-0001-2025-000008</td><td width="15%%">发布机构：</td><td>青石县人民政府办公室</td></tr>
  <tr bgcolor="#ffffff"><td>主题分类：</td><td>政务公开</td><td>发布日期：</td><td>2025-01-20</td></tr>
 </table>
</td></tr>
<tr><td align="center" height="70"><h2>%s</h2></td></tr>
<tr><td class="zw" style="padding:0 50px">
%s
</td></tr>
<tr><td align="center" height="40"><a href="#" onclick="window.print()">[打印本页]</a>&nbsp;&nbsp;<a href="#" onclick="window.close()">[关闭本页]</a></td></tr>
<tr><td bgcolor="#1f5fa8" align="center" height="80" style="color:#ffffff">青石县人民政府办公室主办　网站标识码：%s　%s</td></tr>
</table>
</body>
</html>
''' % (esc(title), body, SITE_ID, FOOT_ICP)

# =====================================================================
# t06 枫林市交通运输局 2023 — <div>+<br>, signature printed after 附件 list and after 【打印】【关闭】;
#     catalogue only in next year's plan
T06 = [
 ('p', '2023年，市交通运输局坚持以法治思维谋划交通运输发展，推动依法行政各项任务落地见效。按照市委全面依法治市委员会办公室通知要求，现将本局2023年度推进法治政府建设的有关情况汇报如下。'),
 ('h1', '一、2023年法治政府建设主要举措和成效'),
 ('h2', '（一）制度建设更加健全'),
 ('p', '配合市人大常委会完成《枫林市城市公共汽车客运条例》修订调研，起草修订草案初稿；全年制定规范性文件3件，每件都经过局法制科合法性审核和局长办公会集体审议，没有哪一件跳过审核环节直接印发。对2022年以前制定的47件规范性文件开展清理，宣布失效6件。'),
 ('h2', '（二）执法行为更加规范'),
 ('p', '全市交通运输综合执法支队全年查处道路运输违法案件2630件，较2022年下降11.4%；对货车超限超载实行“非现场执法”，非现场执法案件占比提高到41%。推行轻微违法告知承诺制，对首次轻微违法的经营者以批评教育为主，全年适用327次。'),
 ('h2', '（三）法律顾问作用有效发挥'),
 ('p', '局法制科2名同志取得公职律师证书，同时聘请枫林正衡律师事务所担任常年法律顾问。全年法律顾问和公职律师参与审查重大合同、特许经营协议14份，参与处理行政复议、诉讼案件9件，对轨道交通票价调整等事项出具法律意见6份。'),
 ('h2', '（四）普法宣传更加深入'),
 ('p', '在客运站、高速公路服务区设立法治宣传点12个，开展“交通法治进企业”活动26场，覆盖运输企业410家；组织全局干部参加年度学法考试，参考率、合格率均为100%。'),
 ('h1', '二、工作中的薄弱环节及成因'),
 ('p', '一是基层执法装备更新慢，部分执法站点仍在使用老旧执法记录仪；二是新业态监管存在空白，网络预约货运等领域执法依据不够充分；三是部分执法人员对新修订的法律法规掌握不及时。之所以出现这些问题，一方面是执法装备经费连续几年压减，另一方面是上位法对新业态的规定尚不完善，地方难以先行细化；同时执法培训多以集中授课为主，实操训练不足。'),
 ('h1', '三、“一把手”抓法治建设情况'),
 ('p', '局党组书记、局长把法治建设列入全年工作计划亲自部署，全年主持局党组会研究法治议题4次，听取执法支队规范执法情况汇报2次；带头参加市政府常务会议会前学法，在全局干部大会上专题宣讲《行政处罚法》；亲自协调处理出租汽车经营权到期续期引发的群体性信访1起。2024年1月，局长在市委依法治市办组织的年终述法会上作述法报告。'),
 ('h1', '四、2024年工作打算'),
 ('p', '（1）按时编制并公开本局2024年度重大行政决策事项目录，落实决策全过程记录；（2）争取执法装备专项资金，分两年完成执法记录仪更新；（3）研究网络预约货运监管规则，适时提请市政府出台规范性文件；（4）开展执法人员“以案释法”实操培训，每季度1次。'),
 ('h1', '五、其他需要报告的情况'),
 ('p', '我局2023年度未发生行政诉讼败诉案件，无其他需要专门报告的事项。'),
]

@doc('t06_div_br_2023_city_transport.html')
def t06():
    title = '枫林市交通运输局2023年度法治政府建设工作报告'
    body = render_br(T06)
    css = 'body{font:14px/1.6 "Microsoft YaHei";margin:0} .w1200{width:1200px;margin:0 auto} .zw{font-size:16px;line-height:2.1}'
    return head(title, 'utf-8', css) + '''<body>
<div class="w1200 header"><img src="/images/jtj_banner.png" alt="枫林市交通运输局"><div class="weather" id="time">2024年3月6日 星期三</div></div>
<div class="w1200 menu"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/gzhd/">公众互动</a></li></ul></div>
<div class="w1200">
  <div class="dqwz">当前位置：<a href="/">首页</a>&gt;<a href="/zwgk/">政务公开</a>&gt;<a href="/zwgk/fzjs/">法治建设</a></div>
  <div class="title">%s</div>
  <div class="info">时间：2024-03-06 09:15:21　作者：法制科　来源：枫林市交通运输局　点击数：<span>902</span></div>
  <div class="zw">
%s
  </div>
  <div class="attach">附件：<br>
    <a href="/upload/2024/03/jtj_fzbg_fb1.docx">附件1：2023年度行政执法统计年报表.docx</a><br>
    <a href="/upload/2024/03/jtj_fzbg_fb2.docx">附件2：2023年度规范性文件清理目录.docx</a>
  </div>
  <div class="print"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="zw" style="text-align:right">枫林市交通运输局<br>2024年2月22日</div>
  <div class="xgwz"><b>相关文章</b><br>
    · <a href="/zwgk/fzjs/202302/t20230224_1201.html">枫林市交通运输局2022年度法治政府建设工作报告</a>（2023-02-24）<br>
    · <a href="/zwgk/fzjs/202312/t20231205_1467.html">市交通运输局开展“12·4”国家宪法日宣传活动</a>（2023-12-05）<br>
  </div>
</div>
<div class="footer w1200">版权所有：枫林市交通运输局　%s　网站标识码：%s</div>
</body>
</html>
''' % (esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t07 云岭省人民政府 2025 — province government, signed 2026-03-25 (before 4月1日), thematic headings
T07 = [
 ('p', '党中央、国务院：'),
 ('p', '2025年，云岭省人民政府深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》收官之年的各项任务，全省法治政府建设取得新进展。现就有关情况报告如下。'),
 ('h1', '一、聚焦职能转变，持续优化法治化营商环境'),
 ('h2', '（一）深化行政审批制度改革'),
 ('p', '全年取消和调整省级行政许可事项19项，省级政务服务事项“全程网办”比例达到93%。在全省推行经营主体信用修复“一网通办”，办理信用修复申请1.2万件，平均办理时长由7个工作日压减到2个工作日。'),
 ('h2', '（二）加强产权和经营主体权益保护'),
 ('p', '组织开展涉企行政执法专项监督，纠正违规异地执法、趋利性执法问题案件43件，退还不当罚没款2860万元；清理妨碍统一市场和公平竞争的政策措施211件。'),
 ('h1', '二、聚焦制度供给，提高依法决策质量'),
 ('h2', '（一）提升立法和规范性文件质量'),
 ('p', '向省人大常委会提请审议地方性法规草案8件，制定省政府规章5件、修改3件、废止2件。省政府及省政府办公厅制发的规范性文件一律经省司法厅合法性审核，全年审核91件，提出修改意见388条。'),
 ('h2', '（二）严格执行重大行政决策事项目录管理'),
 ('p', '省政府2025年度重大行政决策事项目录确定6项，包括云岭省国土空间生态修复规划、省级储备粮轮换管理办法等，经省政府常务会议审议后于3月14日向社会公布，并实行动态调整。省政府法律顾问委员会现有委员15名，全省各级行政机关登记的公职律师达到2360名，全年为省政府重大决策和重大合同出具法律意见210余份。'),
 ('h1', '三、聚焦执法规范，提升行政执法质效'),
 ('h2', '（一）推进行政执法协调监督'),
 ('p', '建成全省统一的行政执法监督平台，实现省市县三级执法数据归集；开展行政执法案卷集中评查，抽查案卷4100卷，优秀率达到62%。'),
 ('h2', '（二）发挥行政复议化解争议主渠道作用'),
 ('p', '全省各级行政复议机关受理案件1.87万件，同比增长21%，直接纠错率为11.6%；行政机关负责人出庭应诉率持续保持在99%以上。'),
 ('h1', '四、省政府主要负责同志履行推进法治建设第一责任人职责情况'),
 ('p', '省长全年主持召开省政府常务会议专题研究法治政府建设工作3次，审定省政府年度立法计划和法治政府建设工作要点；带头参加省政府常务会议会前学法10次，带头深入市县督导涉企执法问题整改；亲自批办群众反映的执法问题线索27件。年初，省长在省委全面依法治省委员会会议上述法，接受省委检阅。'),
 ('h1', '五、存在的不足和原因'),
 ('p', '一是基层法治力量不足，部分县乡缺少专职法制审核人员；二是行政执法数字化水平不平衡，州市之间差距较大。主要原因是基层编制资源紧张，法治专业人才向上集中的趋势明显；另外，一些地方信息化投入有限，平台建设进度不一。'),
 ('h1', '六、2026年工作安排'),
 ('p', '2026年，省政府将对标新一轮法治政府建设规划，重点做好：编制实施全省“十五五”法治政府建设规划；修订省重大行政决策程序规定；开展基层法制审核力量补强行动；推进执法监督平台向乡镇延伸。'),
 ('h1', '七、其他需要报告的情况'),
 ('p', '按照规定，本报告在报送党中央、国务院的同时，通过省政府门户网站向社会公开。'),
]

@doc('t07_province_gov_2025_report.html')
def t07():
    title = '云岭省人民政府关于2025年法治政府建设情况的报告'
    body = render_p_indent(T07)
    css = 'body{font-family:"Microsoft YaHei";margin:0} .container{width:1200px;margin:0 auto} .pages_content p{font-size:18px;line-height:2;margin:0}'
    return head(title + '_云岭省人民政府门户网站', 'utf-8', css) + '''<body>
<div class="top"><div class="container"><span>云岭省人民政府门户网站</span><span class="r"><a href="#">无障碍</a> <a href="#">长者版</a> <a href="#">English</a></span></div></div>
<div class="container">
  <div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a> &gt; 正文</div>
  <div class="xxgk">
    <div>索 引 号：YL000000000/2026-00421</div>
    <div>主题分类：政务公开\\其他</div>
    <div>发文机关：云岭省人民政府</div>
    <div>成文日期：2026年03月25日</div>
    <div>标　　题：%s</div>
    <div>发布日期：2026年03月31日</div>
  </div>
  <h1 style="text-align:center">%s</h1>
  <div class="pages_content">
%s
<p style="text-align:right">云岭省人民政府</p>
<p style="text-align:right">2026年3月25日</p>
  </div>
  <div class="share">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="footer"><div class="container">云岭省人民政府办公厅主办　%s　网站标识码：%s</div></div>
</body>
</html>
''' % (esc(title), esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t08 青石县自然资源局 2024 — <strong> run-in headings, impossible signature date (2月30日),
#     legal-adviser heading followed by a negative body
T08 = [
 ('p', '2024年，青石县自然资源局围绕耕地保护、用地保障和执法监管三项重点，扎实推进依法行政，现将本年度法治政府建设情况报告如下：'),
 ('h1', '一、主要举措和成效'),
 ('h2r', '（一）依法保护耕地资源。', '全面落实耕地保护党政同责，全县耕地保有量稳定在57.3万亩，永久基本农田45.1万亩，均超额完成市下达任务。完成县级国土空间总体规划报批，划定城镇开发边界37.6平方公里，为重点项目保障建设用地2860亩。开展耕地“非农化”问题排查，整改图斑312个，恢复耕地1870亩。'),
 ('h2r', '（二）健全决策机制。', '年初经局党组会审定，印发本局2024年度重大行政决策事项目录，将《青石县城区控制性详细规划（修编）》《青石县集体经营性建设用地入市实施办法》2项列入，并在县政府网站部门专栏公开。两项决策均先后履行征求意见、专家论证、风险评估、合法性审查程序，没有一项是未经集体讨论就拍板的。'),
 ('h2r', '（三）严格规范执法。', '全年立案查处违法用地、违法采矿案件41件，结案39件，罚没款386万元；移送公安机关涉嫌犯罪案件2件。全部处罚决定都经过法制审核，全年未被复议撤销或被法院判决败诉。联合林业、水利部门开展“双随机、一公开”抽查46次，对发现的问题当场反馈、限期整改，整改完成率100%。'),
 ('h2r', '（四）法律顾问工作。', '局里现阶段未聘用常年法律顾问，单位编制内也没有公职律师，日常涉法事项由政策法规股兼顾处理，遇到复杂问题临时向县司法局请教。'),
 ('h1', '二、存在的问题和原因'),
 ('p', '一是执法力量与任务不匹配，全局执法人员11名，要负责全县17个乡镇的巡查；二是法律专业支撑薄弱，合同审查、应诉答辩等工作质量不稳定；三是部分乡镇自然资源所对土地管理新规掌握不够。这些问题，根子在于近年编制未随任务增加而调整，法律专业人员招录难；加之业务培训多集中在县局机关，覆盖乡镇所不够。'),
 ('h1', '三、局主要负责人抓法治建设情况'),
 ('p', '局党组书记、局长切实担起推进法治建设第一责任人职责，全年主持局党组会专题研究法治建设工作3次，研究解决执法车辆不足、执法人员培训等具体问题；带头参加县政府常务会议会前学法5次，在局机关讲授《土地管理法实施条例》专题党课1次；亲自出庭应诉行政诉讼案件1件。年底向县委依法治县办提交了个人述法报告。'),
 ('h1', '四、下一年度工作安排'),
 ('p', '2025年，我局将着力做好以下工作：一是在上半年通过竞争性磋商完成常年法律顾问选聘，并推荐符合条件的干部申请公职律师资格；二是继续按期编制、公开年度重大行政决策事项目录；三是争取增加执法编制，推行“局队所”联动巡查；四是开展乡镇自然资源所业务轮训，全年覆盖17个所。'),
 ('h1', '五、其他需要报告的情况'),
 ('p', '本年度我局无其他需要报告的情况。'),
]

@doc('t08_strong_runin_impossible_date.html')
def t08():
    title = '青石县自然资源局2024年度法治政府建设情况报告'
    body = render_p_indent(T08)
    css = 'body{font-family:"SimSun";margin:0} .con{width:1000px;margin:0 auto} .article-con p{font-size:16px;line-height:32px;margin:0}'
    return head(title, 'utf-8', css) + '''<body>
<div class="con head"><img src="/img/qsx_zrzyj.png" alt="青石县自然资源局"></div>
<div class="con">
  <p class="path">您所在的位置：<a href="/">首页</a> » <a href="/bmxxgk/">部门信息公开</a> » <a href="/bmxxgk/zrzyj/">县自然资源局</a> » 法治政府建设年度报告</p>
  <div class="article">
    <h2 class="article-title" style="text-align:center">%s</h2>
    <p class="article-info" style="text-align:center">发布时间：2025-03-04　　来源：县自然资源局　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>
    <div class="article-con">
%s
<p style="text-align:right">青石县自然资源局</p>
<p style="text-align:right">2025年2月30日</p>
    </div>
  </div>
  <div class="xglj"><h4>相关文章</h4>
    <ul>
      <li><a href="/bmxxgk/zrzyj/202502/t20250211_7712.html">青石县自然资源局2025年普法责任清单</a> <span>[2025-02-11]</span></li>
      <li><a href="/bmxxgk/zrzyj/202403/t20240301_6611.html">青石县自然资源局2023年度法治政府建设情况报告</a> <span>[2024-03-01]</span></li>
      <li><a href="/bmxxgk/zrzyj/202412/t20241220_7409.html">县自然资源局举办国土空间规划法律知识讲座</a> <span>[2024-12-20]</span></li>
    </ul>
  </div>
</div>
<div class="con foot">青石县人民政府办公室主办　青石县自然资源局维护　%s　网站标识码：%s</div>
</body>
</html>
''' % (esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t09 枫林市人民政府办公室 — 通知 wrapping 《2025年法治政府建设工作要点》: look-alike, table layout
T09 = [
 ('p', '各县（市、区）人民政府，市政府各部门、各直属机构：'),
 ('p', '《枫林市2025年法治政府建设工作要点》已经市政府同意，现印发给你们，请结合实际认真抓好贯彻落实。各地各部门要在每年12月底前将全年落实情况报送市委全面依法治市委员会办公室。'),
 ('p', '枫林市2025年法治政府建设工作要点'),
 ('p', '2025年是法治政府建设实施纲要的收官之年。全市法治政府建设工作的总体要求是：坚持以习近平法治思想为指导，围绕市委、市政府中心工作，着力在依法决策、规范执法、化解争议上取得新突破，为全市经济社会高质量发展提供法治保障。各牵头单位要细化任务清单，明确时间节点，于6月底和11月底前分别报送阶段性进展。'),
 ('h1', '一、压紧压实法治建设责任'),
 ('h2r', '（一）落实第一责任人职责。', '各级政府及部门主要负责人要切实履行推进法治建设第一责任人职责，每年至少主持召开2次专题会议研究法治建设，年底前向本级党委或上级机关述法。（牵头单位：市委依法治市办；责任单位：各县〔市、区〕政府、市直各部门）'),
 ('h2r', '（二）健全学法制度。', '市政府常务会议会前学法全年不少于10次，各部门党组（党委）理论学习中心组专题学法不少于2次；新任职领导干部任前法律知识考试实现全覆盖。（牵头单位：市司法局）'),
 ('h1', '二、提升依法决策水平'),
 ('h2r', '（三）实行重大行政决策目录管理。', '市、县两级政府及市直部门要在3月底前编制并向社会公布2025年度重大行政决策事项目录，对目录内事项实行全过程记录和立卷归档。（牵头单位：市政府办公室、市司法局）'),
 ('h2r', '（四）发挥法律顾问和公职律师作用。', '推动市直部门全面建立法律顾问制度，力争年底前实现党政机关法律顾问全覆盖；公职律师人数比上年增长10%以上。（牵头单位：市司法局）'),
 ('h1', '三、推进严格规范公正文明执法'),
 ('h2r', '（五）规范涉企执法。', '开展涉企行政执法突出问题专项整治，严禁趋利性执法和违规异地执法，推行“综合查一次”，同一部门对同一企业年度检查原则上不超过2次。（牵头单位：市司法局、市市场监管局）'),
 ('h2r', '（六）加强执法监督。', '全年组织行政执法案卷评查不少于2次，评查结果纳入法治建设考核。对评查中发现的共性问题，由市司法局统一制发整改提示函，责任单位须在30日内整改到位并书面反馈。（牵头单位：市司法局）'),
 ('h1', '四、加强法治政府建设督察考核'),
 ('h2r', '（七）按时报告年度情况。', '各县（市、区）政府和市直各部门要在2026年3月1日前向市委、市政府和市委依法治市办报告2025年度法治政府建设情况，并于4月1日前通过门户网站向社会公开。（牵头单位：市委依法治市办）'),
 ('h2r', '（八）开展督察。', '市委依法治市办会同市政府督查室适时开展法治政府建设专项督察，对工作推进不力的单位予以通报。'),
]

@doc('t09_lookalike_work_points_notice.html')
def t09():
    title = '枫林市人民政府办公室关于印发《枫林市2025年法治政府建设工作要点》的通知'
    body = render_plain_p(T09)
    css = 'body{margin:0;font-family:"Microsoft YaHei"} table.main{width:1000px} .content p{text-indent:2em;font-size:16px;line-height:2}'
    return head(title, 'utf-8', css) + '''<body>
<table class="main" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="/images/fls_banner.jpg" width="1000" height="150" alt="枫林市人民政府"></td></tr>
<tr><td class="nav"><a href="/">首页</a>　<a href="/zwgk/">政务公开</a>　<a href="/zcwj/">政策文件</a>　<a href="/zxft/">在线访谈</a></td></tr>
<tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/zcwj/">政策文件</a> &gt; <a href="/zcwj/szfbgswj/">市政府办公室文件</a></td></tr>
<tr><td>
<table width="100%%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#ddd">
<tr><th width="14%%">索 引 号</th><td width="36%%">FL0000-2025-00064</td><th width="14%%">主题分类</th><td>政府法制</td></tr>
<tr><th>发布机构</th><td>枫林市人民政府办公室</td><th>成文日期</th><td>2025年03月12日</td></tr>
<tr><th>发文字号</th><td>枫政办发〔2025〕6号</td><th>发布日期</th><td>2025年03月14日</td></tr>
<tr><th>标　　题</th><td colspan="3">%s</td></tr>
</table>
</td></tr>
<tr><td align="center"><h1 style="font-size:24px">%s</h1><p>枫政办发〔2025〕6号</p></td></tr>
<tr><td class="content">
%s
<p style="text-align:right">枫林市人民政府办公室</p>
<p style="text-align:right">2025年3月12日</p>
<p>（此件公开发布）</p>
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td class="foot" align="center">枫林市人民政府办公室主办　%s　网站标识码：%s</td></tr>
</table>
</body>
</html>
''' % (esc(title), esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t10 云岭省生态环境厅 2024 — province-level department (deadline still 3月1日), signed
#     二〇二五年三月十五日 (late); related-articles list with dates after signature; 其他 as a body sentence
T10 = [
 ('p', '2024年，云岭省生态环境厅以习近平生态文明思想和习近平法治思想为指引，坚持用最严格制度、最严密法治保护生态环境。现将本厅2024年度法治政府建设情况报告如下。'),
 ('h1', '一、2024年度主要举措和成效'),
 ('h2', '（一）完善生态环境制度体系'),
 ('p', '配合省人大常委会出台《云岭省土壤污染防治条例》，起草《云岭省生态环境损害赔偿办法》并报省政府审议。本厅制定的规范性文件全部经过法规处合法性审核和厅务会审议，全年审核5件；对2020年以来印发的31件规范性文件进行集中清理，废止3件、修改2件。'),
 ('h2', '（二）推进重大行政决策规范化'),
 ('p', '3月初，本厅编制完成2024年度重大行政决策事项目录，列入《云岭省“十五五”生态环境保护规划编制工作方案》《重点流域水生态补偿实施细则》两项，经厅党组会审定后在厅门户网站公布，两项决策均按程序组织了公众参与和专家论证。厅法律顾问团队由2名外聘律师、1名高校教授组成，厅机关另有公职律师4名，全年参与决策合法性审查、合同审查共37件次。'),
 ('h2', '（三）严格生态环境执法'),
 ('p', '全省生态环境部门下达行政处罚决定书1436份，罚没款1.03亿元；办理按日连续处罚、查封扣押、限产停产等配套办法案件188件，移送公安机关涉嫌环境犯罪案件64件。推行非现场监管，在重点排污单位安装在线监控设备2100余套。对68家企业适用轻微违法不予处罚，同步开展普法指导，做到处罚与教育相结合。全年本厅作为被申请人的行政复议案件7件、行政诉讼案件3件，均未被撤销或确认违法。'),
 ('h1', '二、厅主要负责同志示范引领法治建设'),
 ('p', '厅党组书记、厅长全年主持厅党组会议专题研究法治建设工作4次，部署开展生态环境执法领域突出问题专项整治；带头参加省政府常务会议会前学法，在全省生态环境系统法治培训班上作开班辅导报告；亲自督办长湖流域跨市污染纠纷，多次赴现场调研，推动两市签订联防联治协议。年终，厅长向省委依法治省办书面述法。'),
 ('h1', '三、短板与原因分析'),
 ('p', '一是市县执法人员专业能力与执法任务不相适应，个别案件证据采集不规范；二是部分行政处罚案件执行到位率不高。原因在于：近三年新进执法人员占比超过四成，实战经验不足；部分被处罚企业经营困难，履行能力受限，分期缴纳罚款的配套制度还不够完善。'),
 ('h1', '四、2025年主要安排'),
 ('p', '一是推动《云岭省生态环境损害赔偿办法》出台；二是继续按年度编制公布重大行政决策事项目录；三是实施市县执法人员“以案代训”计划，全年培训不少于1500人次；四是研究制定罚款分期缴纳和延期缴纳操作指引；五是深化“八五”普法总结验收，开展生态环境法治宣传进企业、进社区活动不少于100场。'),
 ('p', '除以上内容外，本厅2024年度没有其他需要报告的情况。'),
]

@doc('t10_province_dept_late_cn_numeral_date.html')
def t10():
    title = '云岭省生态环境厅2024年度法治政府建设情况报告'
    body = render_p_indent(T10)
    css = 'body{font-family:"Microsoft YaHei";margin:0} .wrapper{width:1180px;margin:0 auto} #UCAP-CONTENT p{font-size:16px;line-height:2;margin:0}'
    return head(title + '-云岭省生态环境厅', 'utf-8', css) + '''<body>
<div class="topbar"><div class="wrapper"><span id="nowDate">2025年3月20日 星期四</span> <a href="#">无障碍</a> <a href="#">简</a>/<a href="#">繁</a></div></div>
<div class="wrapper"><img src="/images/ylsthjt_logo.png" alt="云岭省生态环境厅"></div>
<div class="wrapper">
  <div class="bread">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></div>
  <table class="xxgk-table" border="1" cellspacing="0" cellpadding="5" width="100%%" style="border-collapse:collapse">
    <tr><td>索引号：</td><td>YLSTHJ-2025-000219</td><td>发布机构：</td><td>云岭省生态环境厅</td></tr>
    <tr><td>成文日期：</td><td>2025-03-15</td><td>发布日期：</td><td>2025-03-20</td></tr>
  </table>
  <h1 style="text-align:center">%s</h1>
  <div id="UCAP-CONTENT">
%s
<p style="text-align:right">云岭省生态环境厅</p>
<p style="text-align:right">二〇二五年三月十五日</p>
  </div>
  <div class="related">
    <div class="related-title">相关阅读</div>
    <ul>
      <li><a href="/zwgk/fzzfjs/202402/t20240228_41210.html">云岭省生态环境厅2023年度法治政府建设情况报告</a><span class="date">2024-02-28</span></li>
      <li><a href="/zwgk/fzzfjs/202501/t20250122_43305.html">省生态环境厅召开2025年全省生态环境法治工作会议</a><span class="date">2025-01-22</span></li>
      <li><a href="/zwgk/fzzfjs/202412/t20241204_42981.html">省生态环境厅开展“宪法宣传周”系列活动</a><span class="date">2024-12-04</span></li>
    </ul>
  </div>
  <div class="pagebtn"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><div class="wrapper">云岭省生态环境厅版权所有　%s　网站标识码：%s</div></div>
</body>
</html>
''' % (esc(title), body, FOOT_ICP, SITE_ID)

# =====================================================================
# t11 中共枫林市委 枫林市人民政府 2024 — joint issuer, GBK, title split over two lines, addressee,
#     bold-lead catalogue heading followed by a body saying it was not done
T11 = [
 ('p', '中共云岭省委、云岭省人民政府：'),
 ('p', '2024年，枫林市坚持党委领导、政府主责、部门协同，统筹推进法治政府建设，全市依法行政能力进一步提升。根据《法治政府建设与责任落实督察工作规定》，现将主要情况报告如下。'),
 ('h1', '一、2024年工作举措和成效'),
 ('bl', '党政“一把手”率先垂范。', '市委书记、市长带头履行推进法治建设第一责任人职责，市委常委会会议、市政府常务会议分别专题研究法治建设工作3次和4次；市长全年带头参加市政府常务会议会前学法12次，亲自协调解决城市更新项目征收补偿等重大涉法问题6件；2月，市委书记、市长在市委全面依法治市委员会会议上带头述法。'),
 ('bl', '制度建设提质增效。', '制定市政府规章2件，提请市人大常委会审议地方性法规草案3件；市政府及办公室规范性文件全部经市司法局合法性审核后印发，全年审核38件，提出修改意见142条。市政府法律顾问团现有成员9名，全年列席市政府常务会议26次，出具法律意见书57份。'),
 ('bl', '重大行政决策事项目录管理。', '市政府2024年度决策事项目录的起草工作年初已启动，但因部分事项前期论证周期较长、各部门申报口径不一，到年底仍未形成正式目录印发，也未向社会公开。全年提交市政府常务会议审议的重大事项，仍按个案履行法定程序。'),
 ('bl', '行政执法规范有序。', '深化综合行政执法改革，市级执法队伍由19支精简到8支；全市推行“扫码入企”，涉企行政检查同比下降37%。全年开展执法案卷评查2次，评查案卷1260卷，对评查中发现问题较多的3个部门进行了约谈。'),
 ('bl', '矛盾纠纷多元化解。', '全市行政复议机关受理案件2318件，审结2204件，直接纠错率10.8%；市县两级行政机关负责人出庭应诉率100%；人民调解组织调解纠纷3.6万件。全市建成公共法律服务站点1180个，实现村（社区）法律顾问全覆盖，全年为群众提供法律咨询4.2万人次。'),
 ('h1', '二、存在的不足及原因'),
 ('p', '一是决策程序刚性约束还不够强，目录管理没有落到实处；二是基层执法队伍专业化程度不高；三是部分部门对行政复议纠错意见整改不到位。原因主要有三方面：一些部门对决策目录的作用认识不足，牵头部门统筹协调力度不够；基层执法人员流动频繁，培训跟不上；复议纠错结果与考核挂钩不够紧密。'),
 ('h1', '三、2025年工作打算'),
 ('p', '一是2025年3月底前完成市政府年度重大行政决策事项目录编制并向社会公布，建立目录执行情况季度通报制度；二是开展基层执法人员全员轮训；三是把复议纠错和败诉情况纳入法治建设考核；四是持续做好法律顾问、公职律师参与决策和合同审查工作。'),
 ('p', '此外，本年度全市未发生需要专门向省委、省政府报告的重大法治事件，其他需要报告的情况暂无。'),
]

@doc('t11_joint_issuer_split_title_gbk.html', 'gbk')
def t11():
    title = '中共枫林市委 枫林市人民政府关于2024年度法治政府建设情况的报告'
    body = render_p_indent(T11)
    css = 'body{margin:0;font-family:宋体} .box{width:1000px;margin:0 auto} .detail p{font-size:16px;line-height:30px}'
    return head(title, 'gbk', css) + '''<body>
<div class="box"><img src="/images/fls_top.gif" width="1000" height="130" alt="枫林市人民政府"></div>
<div class="box nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/gzcy/">公众参与</a></div>
<div class="box">
  <div class="wz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/fzzf/">法治政府</a></div>
  <table width="100%%" border="0" cellspacing="1" cellpadding="4" bgcolor="#cfcfcf">
    <tr bgcolor="#f7f7f7"><td>索引号：FL0000-0301-2025-00017</td><td>发布机构：枫林市人民政府</td></tr>
    <tr bgcolor="#f7f7f7"><td>成文日期：2025-02-28</td><td>发布日期：2025-03-06</td></tr>
    <tr bgcolor="#f7f7f7"><td>主题分类：政府法制</td><td>文号：</td></tr>
  </table>
  <div class="detail">
    <p style="text-align:center;font-size:22px;font-weight:bold;margin:20px 0 0">中共枫林市委　枫林市人民政府</p>
    <p style="text-align:center;font-size:22px;font-weight:bold;margin:0 0 20px">关于2024年度法治政府建设情况的报告</p>
%s
<p style="text-align:right">中共枫林市委　　　枫林市人民政府</p>
<p style="text-align:right">2025年2月28日</p>
  </div>
  <div class="dy"><a href="#" onclick="window.print();return false;">【打印】</a> <a href="#" onclick="window.close();return false;">【关闭】</a></div>
  <div class="sxp">上一篇：<a href="/zwgk/fzzf/202502/t20250220_5521.html">枫林市2025年普法依法治理工作要点</a><br>下一篇：<a href="/zwgk/fzzf/202503/t20250312_5590.html">枫林市人民政府2024年度政府信息公开工作年度报告</a></div>
</div>
<div class="box foot">主办：枫林市人民政府办公室　%s　网站标识码：%s</div>
</body>
</html>
''' % (body, FOOT_ICP, SITE_ID)

# =====================================================================
# t12 国家税务总局青石县税务局 2025 — vertical system, 2025 report signed 2026; shortcomings only in a
#     body paragraph; plan heading names the wrong year (2025 instead of 2026); no catalogue, no 其他
T12 = [
 ('p', '2025年，国家税务总局青石县税务局在上级税务机关和青石县委、县政府的领导下，深入推进依法治税，全面落实税费优惠政策，税收征管质效稳步提升。现将本局2025年度法治税务建设情况报告如下：'),
 ('h1', '一、2025年法治税务建设主要工作'),
 ('h2r', '（一）主要负责人切实履行推进法治建设第一责任人职责。', '局党委书记、局长年初召开党委会专题部署法治税务建设，全年主持局党委会、局务会研究法治工作5次；带头参加县政府常务会议会前学法，在全局干部大会上讲授《税收征收管理法》修订动向专题课；亲自接待纳税人来访7次，亲自审定重大税务案件审理意见4件。11月，局长向市税务局党委和县委依法治县办提交了年度述法报告。'),
 ('h2r', '（二）规范税务执法。', '严格执行税务行政处罚裁量基准，全年作出行政处罚决定1184份，其中对首违轻微行为不予处罚862户次；重大税务案件全部提交案件审理委员会集体审理，全年审理9件。推进“非接触式”执法，文书电子送达率达到91%。'),
 ('h2r', '（三）优化纳税服务。', '全年办理各类退税、减免税8.7亿元，惠及经营主体1.6万户，确保政策红利直达快享；设立“枫税通”线上咨询平台，解答纳税人问题2.3万条，平均响应时间缩短到15分钟以内；在县政务服务中心设立税费争议调解室，全年调解涉税争议23件，均在基层化解。开展“春风行动”税法宣传进园区、进商圈活动31场。为小微企业开通诉求直通专线，全年受理诉求540件，全部在规定时限内办结。'),
 ('h2r', '（四）强化法律支撑。', '本局现有公职律师3名，另有2名干部取得法律职业资格。公职律师全年参与重大税务案件审理、税务行政复议答复和涉税诉讼应诉12件次，对4份政府采购合同出具审查意见。全年发生税务行政复议案件2件，均维持原具体行政行为；无行政诉讼败诉案件。'),
 ('h2r', '（五）加强内部监督。', '运用内控监督平台对执法风险进行实时预警，全年推送风险疑点1460条，核实整改1398条；开展执法督察2次，追究执法过错责任3人次。对督察发现的文书不规范、程序不完整问题，逐项建立整改台账，已全部整改完毕。'),
 ('p', '在肯定成绩的同时，对照上级税务机关的要求，本局工作中还有一些短处：部分基层分局执法人员对新出台的税费政策理解不深，执法尺度把握不一；数据分析在风险应对中的运用还不够充分，应对成效不够稳定。'),
 ('h1', '二、2025年工作打算'),
 ('p', '下一步，我局将在以下方面持续发力：一是深化税务执法“三项制度”，全面推行执法全过程记录电子化；二是分批组织基层分局执法人员参加税费政策集中培训，每人全年不少于40学时；三是加强涉税数据分析团队建设，提高风险识别准确率；四是拓展“枫税通”平台功能，推行更多“非接触式”办税缴费事项。'),
]

def render_span(items):
    out = []
    for it in items:
        k = it[0]
        if k == 'h1':
            out.append('<p style="text-indent:32px"><span style="font-family:黑体;font-size:16pt">%s</span></p>' % esc(it[1]))
        elif k == 'h2r':
            out.append('<p style="text-indent:32px"><span style="font-family:楷体_GB2312;font-size:16pt">%s</span><span style="font-family:仿宋_GB2312;font-size:16pt">%s</span></p>' % (esc(it[1]), esc(it[2])))
        else:
            out.append('<p style="text-indent:32px"><span style="font-family:仿宋_GB2312;font-size:16pt">%s</span></p>' % esc(it[1]))
    return '\n'.join(out)

@doc('t12_tax_bureau_2025_wrong_year_plan.html')
def t12():
    title = '国家税务总局青石县税务局2025年度法治政府建设情况报告'
    body = render_span(T12)
    css = 'body{margin:0;font-family:"Microsoft YaHei"} .w{width:1200px;margin:0 auto} .TRS_UEDITOR p{margin:0;line-height:2}'
    return head(title, 'utf-8', css) + '''<body>
<div class="header w"><img src="/r/cms/tax/qsx/img/logo.png" alt="国家税务总局青石县税务局"><div class="srh"><input type="text" placeholder="站内搜索"></div></div>
<div class="w nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/nsfw/">纳税服务</a><a href="/hdjl/">互动交流</a></div>
<div class="w">
  <div class="crumbs">首页 &gt; 信息公开 &gt; 法治税务 &gt; 法治政府建设年度报告</div>
  <div class="tit"><h2>%s</h2></div>
  <div class="fbsj">发布时间：2026-02-05　来源：法制股　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div class="TRS_UEDITOR">
%s
<p style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">国家税务总局青石县税务局</span></p>
<p style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">2026年1月20日</span></p>
  </div>
  <div class="w fx"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
  <div class="xgxx"><p>相关信息：</p>
    <p><a href="/xxgk/fzsw/202502/t20250213_884.html">国家税务总局青石县税务局2024年度法治政府建设情况报告</a> 2025-02-13</p>
    <p><a href="/xxgk/fzsw/202512/t20251203_1047.html">青石县税务局开展宪法宣传周活动</a> 2025-12-03</p>
  </div>
</div>
<div class="footer">国家税务总局青石县税务局版权所有　%s　网站标识码：%s</div>
</body>
</html>
''' % (esc(title), body, FOOT_ICP, SITE_ID)


# =====================================================================
def main():
    for fname, enc, fn in DOCS:
        page = fn()
        data = page.encode(enc)          # strict: fails if a character is not encodable
        with open(os.path.join(HERE, fname), 'wb') as f:
            f.write(data)
        print('%-50s %-6s %6d bytes' % (fname, enc, len(data)))

if __name__ == '__main__':
    main()

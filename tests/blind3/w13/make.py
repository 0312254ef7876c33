# -*- coding: utf-8 -*-
"""Rebuild the 12 blind test pages of writer w13.

Every issuer, place and person is fictional.  Run:  python3 make.py
t12 is rendered in traditional script; it needs the pure-Python package
opencc-purepy (pip install opencc-purepy).
"""
import datetime
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WEEK = "一二三四五六日"


def esc(s):
    return html.escape(s, quote=False)


def today_line(y, m, d):
    wd = WEEK[datetime.date(y, m, d).weekday()]
    return "今天是：%d年%d月%d日 星期%s" % (y, m, d, wd)


# ---------------------------------------------------------------- body renderers
def render_body(blocks, style):
    out = []
    for b in blocks:
        kind = b[0]
        if style == "hx":
            if kind == "addr":
                out.append('<p class="addr">%s</p>' % esc(b[1]))
            elif kind == "p":
                out.append('<p style="text-indent:2em;">%s</p>' % esc(b[1]))
            elif kind == "h1":
                out.append('<h2 class="t1">%s</h2>' % esc(b[1]))
            elif kind == "h2":
                out.append('<h3 class="t2">%s</h3>' % esc(b[1]))
            elif kind == "run":
                out.append('<p style="text-indent:2em;"><strong>%s</strong>%s</p>' % (esc(b[1]), esc(b[2])))
            elif kind == "sign":
                for line in b[1]:
                    out.append('<p style="text-align:right;">%s</p>' % esc(line))
        elif style == "pb":
            if kind == "addr":
                out.append('<p>%s</p>' % esc(b[1]))
            elif kind == "p":
                out.append('<p style="text-indent:2em;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span></p>' % esc(b[1]))
            elif kind == "h1":
                out.append('<p style="text-indent:2em;line-height:2em;"><b><span style="font-family:黑体;font-size:16pt;">%s</span></b></p>' % esc(b[1]))
            elif kind == "h2":
                out.append('<p style="text-indent:2em;line-height:2em;"><b><span style="font-family:楷体_GB2312;">%s</span></b></p>' % esc(b[1]))
            elif kind == "run":
                out.append('<p style="text-indent:2em;line-height:2em;"><b><span style="font-family:楷体_GB2312;">%s</span></b><span style="font-family:仿宋_GB2312;">%s</span></p>' % (esc(b[1]), esc(b[2])))
            elif kind == "sign":
                for line in b[1]:
                    out.append('<p style="text-align:right;line-height:2em;"><span style="font-family:仿宋_GB2312;">%s</span></p>' % esc(line))
        elif style == "wx":
            span = '<span style="font-size:15px;color:rgb(62,62,62);letter-spacing:1px;font-family:PingFangSC-Regular,sans-serif;">'
            if kind == "addr":
                out.append('<section style="margin:0 8px;"><p style="line-height:1.75em;">%s%s</span></p></section>' % (span, esc(b[1])))
            elif kind == "p":
                out.append('<section style="margin:0 8px;"><section style="line-height:1.75em;"><p style="text-indent:2em;line-height:1.75em;margin-bottom:12px;">%s%s</span></p></section></section>' % (span, esc(b[1])))
            elif kind == "h1":
                out.append('<section style="margin:20px 8px 10px;text-align:center;"><section style="display:inline-block;border-bottom:2px solid rgb(192,0,0);padding:0 6px;"><p><span style="font-size:17px;color:rgb(192,0,0);"><strong><span style="letter-spacing:1px;">%s</span></strong></span></p></section></section>' % esc(b[1]))
            elif kind == "h2":
                out.append('<section style="margin:12px 8px 6px;"><p style="line-height:1.75em;"><span style="font-size:15px;color:rgb(0,82,155);"><strong>%s</strong></span></p></section>' % esc(b[1]))
            elif kind == "run":
                out.append('<section style="margin:0 8px;"><p style="text-indent:2em;line-height:1.75em;margin-bottom:12px;"><span style="font-size:15px;color:rgb(0,82,155);"><strong>%s</strong></span>%s%s</span></p></section>' % (esc(b[1]), span, esc(b[2])))
            elif kind == "sign":
                for line in b[1]:
                    out.append('<section style="margin:0 8px;text-align:right;"><p style="text-align:right;">%s%s</span></p></section>' % (span, esc(line)))
        elif style == "tbl":
            if kind == "addr":
                out.append('<tr><td class="bt_content" align="left">%s</td></tr>' % esc(b[1]))
            elif kind == "p":
                out.append('<tr><td class="bt_content" align="left">&nbsp;&nbsp;&nbsp;&nbsp;%s</td></tr>' % esc(b[1]))
            elif kind == "h1":
                out.append('<tr><td class="bt_content" align="left">&nbsp;&nbsp;&nbsp;&nbsp;<strong><font face="黑体">%s</font></strong></td></tr>' % esc(b[1]))
            elif kind == "h2":
                out.append('<tr><td class="bt_content" align="left">&nbsp;&nbsp;&nbsp;&nbsp;<strong><font face="楷体">%s</font></strong></td></tr>' % esc(b[1]))
            elif kind == "run":
                out.append('<tr><td class="bt_content" align="left">&nbsp;&nbsp;&nbsp;&nbsp;<strong><font face="楷体">%s</font></strong>%s</td></tr>' % (esc(b[1]), esc(b[2])))
            elif kind == "sign":
                for line in b[1]:
                    out.append('<tr><td class="bt_content" align="right">%s&nbsp;&nbsp;&nbsp;&nbsp;</td></tr>' % esc(line))
    return "\n".join(out)


# ---------------------------------------------------------------- page templates
PORTAL_CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f3f3f3}
.w{width:1200px;margin:0 auto;background:#fff}.topbar{background:#eee;font-size:12px;padding:4px 20px}
.topbar a{margin-left:12px;color:#555}.banner{height:110px;background:#b30000;color:#fff;font-size:34px;line-height:110px;padding-left:40px}
.nav{background:#8e0000;margin:0;padding:0;list-style:none;overflow:hidden}.nav li{float:left}.nav a{display:block;color:#fff;padding:10px 26px}
.crumb{padding:10px 20px;font-size:13px}.xxgk{width:96%;margin:10px auto;border-collapse:collapse;font-size:13px}
.xxgk td{border:1px solid #ddd;padding:5px 8px}.xxgk .k{background:#f6f6f6;width:12%;font-weight:bold}
.article{padding:10px 50px}.article h1{text-align:center;font-size:24px;color:#b30000}.info{text-align:center;color:#888;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:8px}
.content{font-size:16px}.content h2{font-size:17px}.content h3{font-size:16px}
.footer{background:#333;color:#bbb;text-align:center;font-size:12px;padding:16px}"""


def nav_html(items):
    return '<ul class="nav">' + "".join('<li><a href="javascript:;">%s</a></li>' % esc(i) for i in items) + "</ul>"


def xxgk_table(rows):
    cells = []
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2]
        tds = "".join('<td class="k">%s</td><td>%s</td>' % (esc(k), esc(v)) for k, v in pair)
        cells.append("<tr>%s</tr>" % tds)
    return '<table class="xxgk">%s</table>' % "".join(cells)


def portal_page(d):
    cs = d.get("charset", "utf-8")
    parts = []
    parts.append('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs)
    parts.append("<title>%s</title>" % esc(d["page_title"]))
    for k, v in d.get("metatags", []):
        parts.append('<meta name="%s" content="%s">' % (k, html.escape(v)))
    parts.append("<style>%s</style>\n</head>\n<body>\n<div class=\"w\">" % PORTAL_CSS)
    parts.append('<div class="topbar">%s<a href="javascript:;">无障碍浏览</a><a href="javascript:;">长者模式</a><a href="javascript:;">简体</a>|<a href="javascript:;">繁体</a><a href="javascript:;">登录</a><a href="javascript:;">注册</a></div>' % esc(d["clock"]))
    parts.append('<div class="banner">%s</div>' % esc(d["site"]))
    parts.append(nav_html(d["nav"]))
    parts.append('<div class="crumb">%s</div>' % esc(d["crumb"]))
    if d.get("xxgk"):
        parts.append(xxgk_table(d["xxgk"]))
    parts.append('<div class="article">')
    parts.append("<h1>%s</h1>" % esc(d["title"]))
    if d.get("subtitle"):
        parts.append('<h1 style="font-size:20px;margin-top:0">%s</h1>' % esc(d["subtitle"]))
    parts.append('<div class="info">%s　字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></div>' % esc(d["info"]))
    parts.append('<div class="content" id="zoom">\n%s\n</div>' % render_body(d["blocks"], d["style"]))
    if d.get("attachments"):
        parts.append('<div class="attach"><p>附件下载：</p><ul>%s</ul></div>' % "".join(
            '<li><a href="/u/cms/att/%d.%s">%s</a></li>' % (i + 1, a.rsplit(".", 1)[1], esc(a)) for i, a in enumerate(d["attachments"])))
    parts.append('<div class="tools" style="text-align:right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="javascript:;">收藏</a>】</div>')
    if d.get("prevnext"):
        parts.append('<div class="prevnext"><p>上一篇：<a href="javascript:;">%s</a></p><p>下一篇：<a href="javascript:;">%s</a></p></div>' % tuple(esc(x) for x in d["prevnext"]))
    if d.get("related"):
        parts.append('<div class="related"><h4>相关文章</h4><ul>%s</ul></div>' % "".join(
            '<li><a href="javascript:;">%s</a><span style="float:right">%s</span></li>' % (esc(t), esc(dt)) for t, dt in d["related"]))
    if d.get("comments"):
        parts.append('<div class="comments"><h4>网友评论</h4>%s<form><textarea rows="4" cols="80" placeholder="请文明发言"></textarea><br><input type="submit" value="发表评论"></form></div>' % "".join(
            '<div class="c"><p><b>%s</b> <span>%s</span></p><p>%s</p></div>' % (esc(u), esc(t), esc(c)) for u, t, c in d["comments"]))
    parts.append('</div>\n<div class="footer"><p>%s</p><p>网站标识码：0000000000　示ICP备00000000号　示公网安备00000000000000号</p><p>建议使用1366×768分辨率浏览本站</p></div>\n</div>\n</body>\n</html>\n' % esc(d["footer"]))
    return "\n".join(parts)


def wechat_page(d):
    p = []
    p.append('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">')
    p.append("<title>%s</title>" % esc(d["page_title"]))
    p.append('<meta property="og:title" content="%s">' % html.escape(d["page_title"]))
    p.append('<meta property="og:type" content="article">\n<style>body{margin:0;background:#fff}.rich_media_area_primary{padding:20px 16px;max-width:677px;margin:0 auto}.rich_media_title{font-size:22px;line-height:1.4}.rich_media_meta{color:#576b95;font-size:15px;margin-right:8px}em{font-style:normal;color:rgba(0,0,0,.3)}</style>\n</head>\n<body id="activity-detail" class="zh_CN wx_wap_page">')
    p.append('<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">')
    p.append('<h1 class="rich_media_title" id="activity-name">%s</h1>' % esc(d["page_title"]))
    p.append('<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">%s</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">%s</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">%s</em><em id="js_ip_wording">%s</em></div>' % (esc(d["byline"]), esc(d["account"]), esc(d["publish"]), esc(d["ip"])))
    p.append('<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible;">')
    p.append('<section style="font-size:16px;box-sizing:border-box;"><section style="margin:10px 0;text-align:center;"><section style="display:inline-block;width:100%%;"><p style="text-align:center;"><img data-src="https://example.invalid/banner.gif" style="width:100%%;" alt=""></p></section></section>')
    for line in d["inner_title"]:
        p.append('<section style="text-align:center;margin:6px 8px;"><p style="text-align:center;"><span style="font-size:18px;"><strong><span style="color:rgb(0,0,0);">%s</span></strong></span></p></section>' % esc(line))
    p.append(render_body(d["blocks"], "wx"))
    p.append('<section style="margin:24px 8px;text-align:center;"><p><span style="font-size:12px;color:rgb(136,136,136);">%s</span></p></section></section>' % esc(d["credits"]))
    p.append('</div>\n<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="javascript:void(0);">阅读原文</a><span class="media_tool_meta">阅读 %s</span><a href="javascript:;" id="like3">赞</a><a href="javascript:;">分享</a><a href="javascript:;">在看</a></div>' % esc(d["reads"]))
    if d.get("comments"):
        p.append('<div id="js_cmt_area"><p class="discuss_title">留言</p>%s</div>' % "".join(
            '<div class="discuss_item"><strong class="nickname">%s</strong><div class="discuss_message">%s</div><p class="discuss_extra_info">%s</p></div>' % (esc(u), esc(c), esc(t)) for u, c, t in d["comments"]))
    p.append('<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div><p style="color:#999;font-size:12px">预览时标签不可点</p>')
    p.append("</div></div></div></div>\n</body>\n</html>\n")
    return "\n".join(p)


def table_page(d):
    cs = d.get("charset", "utf-8")
    p = []
    p.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs)
    p.append("<title>%s</title>" % esc(d["page_title"]))
    p.append('<style type="text/css">td{font-size:12px;font-family:宋体}.bt_content{font-size:15px;line-height:28px;padding:0 20px}.biaoti{font-size:20px;font-weight:bold;color:#C00}</style>\n</head>\n<body topmargin="0" leftmargin="0">')
    p.append('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="28" bgcolor="#EFEFEF">&nbsp;%s&nbsp;&nbsp;<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">繁體</a></td></tr>' % esc(d["clock"]))
    p.append('<tr><td height="120" bgcolor="#0B5BA8"><font color="#FFFFFF" size="6">&nbsp;&nbsp;%s</font></td></tr>' % esc(d["site"]))
    p.append('<tr><td height="36" bgcolor="#08427C">%s</td></tr></table>' % " ".join('<a href="#"><font color="#FFFFFF">&nbsp;%s&nbsp;</font></a>' % esc(n) for n in d["nav"]))
    p.append('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>')
    p.append('<td width="210" valign="top" bgcolor="#F5F8FC"><table width="100%%" border="0" cellspacing="0" cellpadding="6">%s</table></td>' % "".join('<tr><td><a href="#">· %s</a></td></tr>' % esc(x) for x in d["sidebar"]))
    p.append('<td width="790" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">')
    p.append('<tr><td height="30">&nbsp;%s</td></tr>' % esc(d["crumb"]))
    if d.get("xxgk"):
        p.append('<tr><td><table width="96%%" border="1" align="center" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">%s</table></td></tr>' % "".join(
            "<tr>%s</tr>" % "".join('<td bgcolor="#F2F2F2" width="15%%">%s</td><td>%s</td>' % (esc(k), esc(v)) for k, v in d["xxgk"][i:i + 2]) for i in range(0, len(d["xxgk"]), 2)))
    p.append('<tr><td align="center" class="biaoti" height="60">%s</td></tr>' % esc(d["title"]))
    p.append('<tr><td align="center" height="26"><font color="#999999">%s</font></td></tr>' % esc(d["info"]))
    p.append('<tr><td><table width="100%%" border="0" cellspacing="0" cellpadding="0">\n%s\n</table></td></tr>' % render_body(d["blocks"], "tbl"))
    p.append('<tr><td align="right" height="40">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>')
    if d.get("prevnext"):
        p.append('<tr><td>&nbsp;上一条：<a href="#">%s</a><br>&nbsp;下一条：<a href="#">%s</a></td></tr>' % tuple(esc(x) for x in d["prevnext"]))
    p.append('</table></td></tr></table>')
    p.append('<table width="1000" border="0" align="center" cellpadding="8" cellspacing="0" bgcolor="#E6E6E6"><tr><td align="center">%s<br>网站标识码：0000000000&nbsp;&nbsp;示ICP备00000000号</td></tr></table>\n</body>\n</html>\n' % esc(d["footer"]))
    return "\n".join(p)


DOCS = []

# ============================================================ t01 province government, <h2>/<h3>
DOCS.append(dict(
    fname="t01_province_gov_portal.html", kind="portal", style="hx",
    page_title="云岭省人民政府关于2024年度法治政府建设情况的报告_政府文件_云岭省人民政府门户网站",
    metatags=[("SiteName", "云岭省人民政府门户网站"), ("ColumnName", "政府文件"),
              ("ArticleTitle", "云岭省人民政府关于2024年度法治政府建设情况的报告"), ("PubDate", "2025-03-31 16:05")],
    clock=today_line(2025, 4, 9), site="云岭省人民政府",
    nav=["首页", "省情概况", "新闻中心", "政务公开", "政务服务", "互动交流", "数据开放", "专题专栏"],
    crumb="您当前所在位置：首页 > 政务公开 > 政府信息公开 > 法定主动公开内容 > 政府文件",
    xxgk=[("索引号", "000000000/2025-00417"), ("主题分类", "司法、公安/其他"), ("发布机构", "云岭省人民政府办公厅"),
          ("成文日期", "2025-03-28"), ("标题", "云岭省人民政府关于2024年度法治政府建设情况的报告"),
          ("发文字号", "云政报〔2025〕12号"), ("发布日期", "2025-03-31"), ("有效性", "有效")],
    title="云岭省人民政府关于2024年度法治政府建设情况的报告",
    info="发布日期：2025-03-31 16:05　来源：省司法厅　浏览次数：3862",
    blocks=[
        ("addr", "党中央、国务院："),
        ("p", "2024年，云岭省人民政府围绕全面依法治省的总体部署，以《法治政府建设实施纲要（2021—2025年）》为主线，把依法行政贯穿政府工作各环节，全省法治政府建设稳步向前。按照有关规定，现将全年工作情况报告如下。"),
        ("h1", "一、2024年推进法治政府建设的主要举措和成效"),
        ("h2", "（一）持续优化政府职能配置"),
        ("p", "修订省级政府部门权责清单，统一精简行政许可事项42项，将21项省级审批权限下放到市县实施。“一网通办”平台可办事项达到1.6万项，企业开办全流程压缩到1个工作日以内。全年清理涉及不平等对待经营主体的政策文件183件，废止或修改其中37件。"),
        ("h2", "（二）提高行政立法和规范性文件质量"),
        ("p", "全年向省人大常委会提请审议地方性法规草案6件，制定省政府规章4件、修改2件、废止3件。规章草案起草过程中召开立法听证会2场、基层立法联系点座谈会19场。省政府法律顾问11人和省直部门公职律师486人全程参与立法论证、合同审查和涉法信访处置，全年出具书面法律意见1200余份；省政府及其办公厅发布的规范性文件全部经过合法性审核后提交集体审议。"),
        ("h2", "（三）严格落实重大行政决策程序"),
        ("p", "年初经省政府常务会议审定，于2月中旬在省政府门户网站向社会公布2024年度省政府重大行政决策事项目录，列入全省水网建设规划、省级储备粮轮换管理办法等9项事项，年内已完成7项，另2项按程序延续办理。目录内事项均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。"),
        ("h2", "（四）深化行政执法体制改革"),
        ("p", "在全省推行行政执法“三项制度”数字化监管，上线执法监督平台，覆盖省市县三级执法单位2317个。开展涉企行政执法专项整治，纠正违规异地执法、趋利性执法问题64起。全省新增行政执法证件持证人员5400余人。"),
        ("h2", "（五）强化行政权力制约监督"),
        ("p", "全年办理行政复议案件1.9万件，直接纠错率为13.2%。省政府主动接受人大监督、政协民主监督，办理人大代表建议和政协提案1046件。政务公开标准目录全面更新，依申请公开答复按期办结率达到100%。"),
        ("h1", "二、存在的不足及原因"),
        ("p", "对照中央要求和群众期盼，我省法治政府建设仍有一些短处：一是部分市县规范性文件备案审查质量不高，个别文件存在增设许可条件的现象；二是基层执法人员数量不足、专业能力参差不齐，乡镇综合执法“接得住、管得好”的目标尚未完全实现；三是行政复议体制改革后案件量快速增长，办案力量相对紧张。这些问题的成因主要在于：部分地方和部门对法治政府建设的重视程度随层级递减，考核传导不够有力；法治专门人才向基层流动的机制尚不健全；改革配套制度出台相对滞后，经费和编制保障跟进不够及时。"),
        ("h1", "三、党政主要负责人履行推进法治建设第一责任人职责情况"),
        ("p", "省政府主要负责同志严格执行法治建设第一责任人职责规定，全年主持召开省政府常务会议专题研究法治政府建设4次，审定年度工作要点和督察方案；带头参加省政府常务会议会前学法12次，讲授专题法治课1次；在省委全面依法治省委员会会议上书面述法，并对2个市法治建设中存在的突出问题作出批示、亲自督办整改。省政府其他领导同志按照分工抓好分管领域的法治工作。"),
        ("h1", "四、2025年推进法治政府建设的主要安排"),
        ("run", "（一）完善依法行政制度体系。", "围绕营商环境、生态保护等领域，拟提请审议地方性法规草案5件，制定修订省政府规章5件，继续开展规章和规范性文件清理。"),
        ("run", "（二）提升重大行政决策质效。", "按时编制并公布2025年度重大行政决策事项目录，建立决策后评估常态化机制，完善决策档案管理。"),
        ("run", "（三）加强基层法治力量。", "推动市县两级公职律师扩面提质，实施乡镇执法人员轮训计划，年内完成全员培训一遍。"),
        ("h1", "五、其他需要报告的情况"),
        ("p", "2024年，我省在全国法治政府建设示范创建中新增1个综合示范市和2个单项示范项目。全年全省未发生因重大行政决策失误引发的群体性事件。"),
        ("sign", ["云岭省人民政府", "2025年3月28日"]),
    ],
    prevnext=["云岭省人民政府关于2024年度政府信息公开工作情况的报告", "云岭省人民政府关于进一步优化营商环境的若干措施"],
    related=[("2023年度云岭省法治政府建设情况报告", "2024-03-29"), ("云岭省法治政府建设实施方案（2021—2025年）", "2021-11-30")],
    footer="主办：云岭省人民政府办公厅　承办：云岭省大数据中心",
))

# ============================================================ t02 city bureau, GBK, <p><b> headings
DOCS.append(dict(
    fname="t02_city_natres_gbk.html", kind="portal", style="pb", charset="gbk",
    page_title="枫林市自然资源局2023年度法治政府建设工作报告-枫林市自然资源局",
    metatags=[("ArticleTitle", "枫林市自然资源局2023年度法治政府建设工作报告"), ("PubDate", "2024-03-12 09:41"),
              ("ContentSource", "局政策法规科")],
    clock=today_line(2024, 3, 20), site="枫林市自然资源局",
    nav=["网站首页", "机构概况", "新闻动态", "政府信息公开", "政务服务", "政民互动", "专题专栏"],
    crumb="当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 法治政府建设",
    xxgk=[("索引号", "FL-ZRZY-2024-000023"), ("公开方式", "主动公开"), ("发布机构", "枫林市自然资源局"),
          ("公开时限", "常年公开"), ("成文日期", "2024-03-05"), ("发布日期", "2024-03-12")],
    title="枫林市自然资源局2023年度法治政府建设工作报告",
    info="发布时间：2024-03-12　信息来源：局政策法规科　阅读：517",
    blocks=[
        ("p", "2023年，枫林市自然资源局在市委、市政府的领导下，紧扣自然资源管理主责主业，把依法行政要求落实到规划、用地、确权、执法各个环节。现将我局本年度法治政府建设工作情况报告如下："),
        ("h1", "一、主要工作及成效"),
        ("run", "（一）加强组织保障。", "局党组年初印发法治政府建设工作任务分解表，将28项具体任务落实到11个科室和4个直属单位，每季度通报进展。全年组织党组理论学习中心组集中学习《土地管理法实施条例》《行政复议法》等法律法规6次，开展全员法治培训2期，参训干部职工213人次。"),
        ("run", "（二）规范重大行政决策。", "对照市政府统一部署，我局在年初梳理形成2023年度重大行政决策事项目录，列入《枫林市国土空间总体规划（2021—2035年）》报批、城区基准地价更新等3项事项，并经局党组会议审定。由于该目录需与市级目录衔接后一并发布，而市级目录年内迟迟未定稿，截至12月底我局目录仍未对社会公开。"),
        ("run", "（三）严格规范行政执法。", "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年立案查处违法用地、违法采矿案件96件，结案89件，罚没款共计1730万元，重大执法决定法制审核率100%。推行“首违不罚”清单，对轻微违法的23家企业作出不予处罚决定。"),
        ("run", "（四）发挥法律顾问作用。", "局机关现有公职律师2名，另外通过政府采购聘请云川律师事务所担任常年法律顾问。全年由法律顾问和公职律师审查合同协议47份、出具法律意见书19份，代理行政诉讼案件14件，无一败诉。"),
        ("h1", "二、存在的问题"),
        ("p", "一年来，我局法治建设虽然取得一定进展，但对照上级要求，还存在一些问题：一是基层自然资源所执法力量薄弱，部分乡镇的违法用地发现不及时；二是个别科室对规范性文件合法性审核程序掌握不熟，送审材料多次退回补正；三是不动产登记领域信访量偏高，矛盾纠纷多元化解机制作用发挥不够；四是干部学法用法的主动性参差不齐，运用法治方式解决历史遗留问题的能力仍需提升。"),
        ("h1", "三、局主要负责同志抓法治建设履职情况"),
        ("p", "局长作为本单位推进法治建设第一责任人，全年4次主持召开局长办公会议专题研究法治工作，审定年度法治工作要点和执法检查方案；带头在局党组中心组学习会上领学《行政复议法》修订内容；对2件群众反映强烈的土地确权积案亲自接访、亲自协调，推动依法化解。年底在全市部门主要负责人述法会上作了专题述法。"),
        ("h1", "四、下一步工作计划"),
        ("p", "2024年，我局将重点抓好以下工作：一是加快推进自然资源领域行政执法与卫片执法监督衔接，充实乡镇自然资源所执法力量；二是加强规范性文件制定业务培训，严把合法性审核关口；三是及时公布2024年度重大行政决策事项目录；四是完善不动产登记领域矛盾纠纷调处机制，压降信访存量。"),
        ("sign", ["枫林市自然资源局", "2024年3月5日"]),
    ],
    prevnext=["枫林市自然资源局2023年政府信息公开工作年度报告", "关于开展2024年“世界地球日”主题宣传活动的通知"],
    related=[("枫林市自然资源局2022年度法治政府建设工作报告", "2023-02-27"), ("枫林市自然资源局行政执法公示目录", "2023-11-15")],
    footer="主办单位：枫林市自然资源局　地址：枫林市滨江路00号　联系电话：0000-00000000",
))

# ============================================================ t03 WeChat article, county bureau
DOCS.append(dict(
    fname="t03_wechat_county_samr.html", kind="wechat",
    page_title="权威发布丨年度法治“成绩单”来了！",
    byline="原创 县市场监管局法规股", account="青石市场监管", publish="2025年02月26日 18:30", ip="云岭",
    inner_title=["青石县市场监督管理局", "2024年度法治政府建设工作报告"],
    blocks=[
        ("p", "2024年，青石县市场监督管理局以优化法治化营商环境为抓手，统筹推进市场监管领域依法行政，各项工作有序开展。依照县委全面依法治县委员会办公室的要求，现将本局全年法治政府建设情况报告如下。"),
        ("h1", "一、履职尽责，法治政府建设取得新进展"),
        ("h2", "（一）规范涉企执法行为"),
        ("p", "制定涉企检查事项清单，全年“双随机、一公开”抽查市场主体1386户，联合抽查占比提升到41%，同比减少入企检查频次近三成。办结各类行政处罚案件212件，罚没款386万元，全部案件经法制审核后作出决定，执法案卷评查优良率92%。针对群众反映较多的校园周边食品安全、农贸市场计量作弊等问题，组织开展专项整治4轮，立案查处违法行为39起，相关执法信息在7个工作日内通过县政府网站和国家企业信用信息公示系统对外公示。推行执法全过程记录，全局配备执法记录仪46台，现场检查录像上传率达到98%。"),
        ("h2", "（二）推进包容审慎监管"),
        ("p", "对照省局发布的轻微违法行为免罚清单，对首次轻微违法的67户个体工商户依法免予处罚，同步开展行政指导和普法宣传。建立信用修复“一次告知”机制，帮助154户经营主体完成信用修复。在县政务服务中心设立市场主体登记“帮办代办”窗口，经营主体设立登记平均办理时间压缩至0.5个工作日。全年处理消费投诉举报3017件，为消费者挽回经济损失186万元，投诉按时办结率99.6%，消费纠纷在线化解单位（ODR企业）新增22家。"),
        ("h2", "（三）强化决策法律把关"),
        ("p", "局里与青石县明正律师事务所续签常年法律顾问协议，2名律师每周到局坐班半天，全年审查合同38份、参与处理投诉举报疑难件21件，出具法律意见书16份。需要说明的是，受年中机构职能调整和人员变动影响，本局2024年度的重大行政决策事项目录始终没有形成，也没有报县政府备案。"),
        ("h2", "（四）加强干部法治培训"),
        ("p", "全年组织执法人员参加网络学法考试2轮，参考率、合格率均为100%；举办食品安全、特种设备、价格监管等专题业务培训6期。局长作为法治建设第一责任人，亲自主持召开局党组会议专题研究法治工作3次，并于12月在全县部门述法评议会上现场述法。新入职人员均在取得执法证后方可从事执法工作。"),
        ("h1", "二、2026年工作打算"),
        ("p", "一是持续开展涉企执法突出问题专项整治，推行“综合查一次”；二是启动本局重大行政决策事项目录编制，计划上半年完成并向社会公开；三是健全执法人员常态化培训机制，年内实现执法人员轮训全覆盖；四是深化“谁执法谁普法”，组织“3·15”等集中普法活动不少于10场；五是推进知识产权保护和反不正当竞争执法，全年办结相关案件不少于15件。"),
        ("sign", ["青石县市场监督管理局", "2025年2月20日"]),
    ],
    credits="来源：县市场监管局法规股　编辑：林小禾　审核：周岩",
    reads="1089",
    comments=[("青石小吃张", "首违不罚这个政策好，给我们个体户吃了定心丸。", "02-27"),
              ("溪边的风", "点赞，希望检查少一点、服务多一点。", "02-26")],
))

# ============================================================ t04 county government, table layout
DOCS.append(dict(
    fname="t04_county_gov_table_layout.html", kind="table", style="tbl",
    page_title="岚溪县人民政府关于2025年法治政府建设工作情况的报告 - 岚溪县人民政府网",
    clock=today_line(2026, 2, 24), site="岚溪县人民政府网",
    nav=["首 页", "走进岚溪", "政务要闻", "信息公开", "网上办事", "公众参与", "招商引资"],
    sidebar=["政府文件", "政府办文件", "部门文件", "规划计划", "法治政府建设", "财政预决算", "人事信息"],
    crumb="您现在的位置：首页 >> 信息公开 >> 法治政府建设",
    xxgk=[("索 引 号：", "LX00-0000-2026-00008"), ("信息分类：", "法治政府建设"), ("发布机构：", "岚溪县人民政府"),
          ("生成日期：", "2026-02-10"), ("文　　号：", "岚政报〔2026〕4号"), ("关 键 词：", "法治政府 年度报告")],
    title="岚溪县人民政府关于2025年法治政府建设工作情况的报告",
    info="发布时间：2026-02-14 10:26:31　　作者：县司法局　　点击数：276",
    blocks=[
        ("addr", "中共汐川市委、汐川市人民政府："),
        ("p", "2025年是“十四五”规划收官之年，也是法治政府建设实施纲要的收官之年。县政府坚持把法治政府建设作为基础性工作来抓，全县依法行政水平进一步提升。现将一年来的工作情况报告如下。"),
        ("h1", "一、2025年法治政府建设主要成效"),
        ("run", "（一）政府职能依法全面履行。", "调整公布县级行政许可事项清单156项，政务服务事项网上可办率达到98.7%；全面推开“高效办成一件事”，新生儿出生、企业迁移等23个事项实现一次办结。"),
        ("run", "（二）行政决策科学民主合法。", "年初县政府常务会议审议通过并在县政府网站公开《岚溪县2025年度重大行政决策事项目录》，列入县城供水管网改造、义务教育学校布局调整等6项事项。全年县政府作出的重大行政决策，无一例外都在目录之内，并均经过合法性审查后提交常务会议讨论。县政府法律顾问团由5名执业律师和2名高校法学教师组成，全年列席县政府常务会议21次，审核县政府合同和协议64件。"),
        ("run", "（三）行政执法严格规范。", "深化乡镇综合行政执法改革，向9个乡镇下放执法事项63项，配套开展执法人员业务轮训，累计培训430人次。全县行政执法案卷评查合格率由上年的88%提升到95%。推行涉企行政检查“扫码入企”，全年涉企检查次数同比减少31%，企业对执法工作的满意度明显提高。"),
        ("run", "（四）矛盾纠纷化解有力。", "行政复议受理案件127件，审结119件，调解和解结案42件；县政府作为被告的一审行政诉讼案件，行政机关负责人出庭应诉率保持100%。"),
        ("h1", "二、县政府主要领导以上率下抓法治"),
        ("p", "县长切实扛起推进法治建设第一责任人职责，年内主持县政府常务会议专题听取法治政府建设工作汇报3次，对执法改革、行政复议等工作逐项提出要求；带头参加“会前学法”11次，为全县新任科级干部讲授法治专题课1次；亲自包案化解1起涉及征地补偿的行政争议；年终在县委全面依法治县委员会会议上述法，接受委员评议。"),
        ("h1", "三、工作中的薄弱环节"),
        ("p", "一是少数乡镇承接下放执法事项后“接不住”的情况仍然存在；二是规范性文件起草质量不高，个别部门草案多次被退回修改；三是部分领域行政复议纠错率偏高。分析成因，主要在于乡镇执法人员多为转岗人员，专业背景不足；部门法制机构人员少、兼职多，审核力量单薄；部分执法单位对新修订的法律法规学习跟进不及时。"),
        ("h1", "四、2026年重点工作安排"),
        ("run", "（一）", "对标“十五五”开局要求，谋划新一轮法治政府建设实施方案，编制并公布2026年度重大行政决策事项目录。"),
        ("run", "（二）", "开展乡镇执法能力提升年活动，建立县直部门与乡镇执法协作清单。"),
        ("run", "（三）", "加强部门法制审核力量，推动县直部门公职律师配备全覆盖。"),
        ("sign", ["岚溪县人民政府", "二〇二六年二月十日"]),
    ],
    prevnext=["岚溪县2025年度政府信息公开工作年度报告", "岚溪县人民政府关于公布2026年度重大行政决策事项目录的通知"],
    footer="版权所有：岚溪县人民政府办公室　技术支持：岚溪县融媒体中心",
))

# ============================================================ t05 township on a county portal, comments, impossible date
DOCS.append(dict(
    fname="t05_township_comments_badday.html", kind="portal", style="pb",
    page_title="鹤汀镇2024年法治政府建设年度报告_乡镇动态_雁回县人民政府",
    metatags=[("ArticleTitle", "鹤汀镇2024年法治政府建设年度报告"), ("PubDate", "2025-03-10 15:12")],
    clock=today_line(2025, 4, 21), site="雁回县人民政府",
    nav=["首页", "雁回概况", "政务动态", "乡镇动态", "信息公开", "办事服务", "互动交流"],
    crumb="首页 > 信息公开 > 乡镇（街道）信息公开 > 鹤汀镇 > 法治政府建设",
    xxgk=[("索引号", "YH-HT-2025-000031"), ("发布机构", "鹤汀镇人民政府"), ("生成日期", "2025-03-10"),
          ("发布日期", "2025-03-10"), ("主题分类", "法治政府建设"), ("文号", "无")],
    title="鹤汀镇2024年法治政府建设年度报告",
    info="发布日期：2025-03-10　来源：鹤汀镇　浏览量：198",
    blocks=[
        ("p", "2024年，鹤汀镇在县委、县政府的正确领导下，围绕乡村振兴和基层治理两条主线，扎实推进法治政府建设，全镇依法行政能力和基层法治水平有了新的提高。现将有关情况报告如下："),
        ("h1", "一、工作开展情况"),
        ("run", "（一）依法履行政府职能。", "镇便民服务中心设置综合受理窗口6个，承接县级下放事项89项，全年办件1.2万件，群众满意率99%以上。推行村级小微权力清单，27个行政村全部公开权力运行流程图。"),
        ("run", "（二）健全依法决策机制。", "镇政府年初研究确定2024年度重大行政决策事项目录，列入集镇污水管网改造、农村公益性公墓建设2项事项，并在镇政务公开栏和县政府网站镇街专栏同步公布。2项事项均经过征求意见、风险评估、合法性审查和镇党政联席会议集体讨论。本镇至今没有与律师事务所签订常年法律顾问协议，机关里也没有公职律师，遇到涉法事务一般临时向县司法局咨询。"),
        ("run", "（三）推进综合行政执法。", "镇综合行政执法队现有持证执法人员14名，全年查处违法建设、占道经营等案件73件，全部按照程序作出处理决定，未引发行政复议和诉讼。执法队全面推行行政执法公示、执法全过程记录和重大执法决定法制审核，执法文书统一使用县里印制的格式文本。"),
        ("run", "（四）化解基层矛盾纠纷。", "依托镇村两级人民调解组织和27名“法律明白人”，全年排查矛盾纠纷312件，调解成功301件，成功率96.5%；在农贸市场、村文化礼堂开展普法宣传活动18场，发放《民法典》读本和宣传折页3200余份，组织“以案说法”巡回宣讲9场。"),
        ("h1", "二、存在的问题和原因"),
        ("p", "一是镇机关干部依法行政意识还不够牢，少数干部处理信访问题时习惯于“摆平”而不是“依法”；二是综合执法队伍年龄结构偏大，执法文书制作不够规范；三是涉法事务缺少专业力量把关。之所以出现这些问题，一方面是因为镇里法治培训多以会议传达为主，针对性、实效性不强；另一方面是因为乡镇编制有限，法律专业人才招不进、留不住。"),
        ("h1", "三、镇党委书记、镇长履行第一责任人职责情况"),
        ("p", "镇党委书记、镇长带头履行推进法治建设第一责任人职责，全年共主持召开党委会、镇长办公会专题研究法治建设工作5次；镇长在镇党政联席会前带头学法8次，并参加县里组织的乡镇主要负责人年终述法。两人分别联系1起历时较长的土地承包纠纷，亲自协调化解。"),
        ("p", "2025年，我镇将着重做好三方面的工作：一是加强镇村干部法治培训，全年举办专题培训不少于4期；二是规范综合执法程序，开展执法案卷交叉评查；三是积极争取县里支持，补齐涉法事务专业审核力量；四是深化“枫桥式”调解工作，力争矛盾纠纷就地化解率保持在95%以上。"),
        ("sign", ["鹤汀镇人民政府", "2025年2月30日"]),
    ],
    prevnext=["鹤汀镇开展“宪法宣传周”系列活动", "鹤汀镇2024年政府信息公开工作年度报告"],
    related=[("鹤汀镇召开2025年春季安全生产工作会议", "2025-03-18"), ("鹤汀镇2023年法治政府建设年度报告", "2024-02-26")],
    comments=[("游客0417", "2025-04-15 08:32", "希望镇里把村里的土地纠纷多上点心。"),
              ("鹤汀村民", "2025-03-12 19:05", "法律明白人上门讲解很实用。")],
    footer="主办：雁回县人民政府办公室　承办：雁回县大数据发展中心",
))

# ============================================================ t06 look-alike: 政府信息公开工作年度报告 of a justice bureau
DOCS.append(dict(
    fname="t06_lookalike_info_disclosure.html", kind="portal", style="hx",
    page_title="枫林市司法局2024年政府信息公开工作年度报告_年度报告_枫林市司法局",
    metatags=[("ArticleTitle", "枫林市司法局2024年政府信息公开工作年度报告"), ("PubDate", "2025-01-20 11:00")],
    clock=today_line(2025, 2, 3), site="枫林市司法局",
    nav=["首页", "机构职能", "司法动态", "法治政府建设", "公共法律服务", "政府信息公开", "互动交流"],
    crumb="您当前所在位置：首页 > 政府信息公开 > 政府信息公开年报",
    xxgk=[("索引号", "FL-SFJ-2025-000002"), ("主题分类", "政府信息公开年报"), ("发布机构", "枫林市司法局"),
          ("发布日期", "2025-01-20")],
    title="枫林市司法局2024年政府信息公开工作年度报告",
    info="发布日期：2025-01-20　来源：局办公室",
    blocks=[
        ("p", "本报告依照《中华人民共和国政府信息公开条例》的规定编制，全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在枫林市司法局门户网站下载，如对报告有疑问，请与市司法局办公室联系。"),
        ("h1", "一、总体情况"),
        ("p", "2024年，市司法局围绕法治政府建设和公共法律服务中心工作，持续深化政务公开，全年在门户网站发布各类信息682条，其中法治政府建设专栏信息97条、行政执法监督信息54条、公共法律服务信息213条。我局及时公开本局权责清单、行政执法主体名单和行政复议办理流程，组织政策解读11篇，其中图解、视频等形式的解读6篇。"),
        ("h2", "（一）主动公开"),
        ("p", "重点公开行政复议体制改革、公共法律服务体系建设、普法依法治理等方面信息，按季度更新行政执法统计年报数据。在市政府网站开设“法治政府建设”专栏，集中公开全市各部门、各县（市、区）法治政府建设年度报告92份。"),
        ("h2", "（二）依申请公开"),
        ("p", "全年共受理政府信息公开申请36件，均在法定期限内答复，没有出现逾期答复的情况。"),
        ("h2", "（三）政府信息管理"),
        ("p", "严格执行信息发布“三审”制度，全年开展政府信息公开属性源头认定培训2次，对存量信息中已失效的规范性文件逐件标注。"),
        ("h2", "（四）平台建设"),
        ("p", "完成门户网站适老化和无障碍改造，政务新媒体“枫林司法”发布信息1240条，粉丝数增长18%。"),
        ("h1", "二、主动公开政府信息情况"),
        ("p", "本年度制发规范性文件2件，现行有效规范性文件9件；行政许可办理基层法律服务工作者执业核准等事项151件；行政处罚0件；行政强制0件；行政事业性收费0项。"),
        ("h1", "三、收到和处理政府信息公开申请情况"),
        ("p", "本年新收申请36件，其中自然人申请31件、法人或其他组织申请5件。办理结果：予以公开21件，部分公开4件，不予公开2件，无法提供7件，不予处理1件，其他处理1件；结转下年度继续办理0件。"),
        ("h1", "四、政府信息公开行政复议、行政诉讼情况"),
        ("p", "本年度因政府信息公开引起行政复议1件，结果维持；引起行政诉讼0件。"),
        ("h1", "五、存在的主要问题及改进情况"),
        ("p", "主要问题是部分栏目信息更新不够及时，政策解读形式仍较单一。下一年度，我局将完善信息发布审核机制，增加解读的可读性，并加强对各县（市、区）司法局政务公开工作的指导。"),
        ("h1", "六、其他需要报告的事项"),
        ("p", "本年度未收取信息处理费。我局依照规定对各县（市、区）司法局政务公开工作进行了年度考评，对3个排名靠后的单位进行了通报。我局全年办理人大代表建议3件、政协提案5件，均已按期答复，答复全文均已公开。"),
    ],
    prevnext=["枫林市司法局2023年政府信息公开工作年度报告", "枫林市2024年度法治政府建设工作报告"],
    related=[("枫林市司法局2023年政府信息公开工作年度报告", "2024-01-18")],
    footer="主办：枫林市司法局　地址：枫林市政通路00号",
))

# ============================================================ t07 province department, attachments list, late signature
DOCS.append(dict(
    fname="t07_province_dept_attachments.html", kind="portal", style="hx",
    page_title="云岭省交通运输厅2023年法治政府建设年度报告 - 云岭省交通运输厅",
    metatags=[("ArticleTitle", "云岭省交通运输厅2023年法治政府建设年度报告"), ("PubDate", "2024-03-29 17:20")],
    clock=today_line(2024, 4, 2), site="云岭省交通运输厅",
    nav=["首页", "机构概况", "交通要闻", "政务公开", "政务服务", "互动交流", "交通数据"],
    crumb="您当前所在位置：首页 > 政务公开 > 法治政府建设 > 年度报告",
    xxgk=[("索引号", "YLJT-2024-00058"), ("信息分类", "法治政府建设"), ("发布机构", "云岭省交通运输厅"),
          ("成文日期", "2024-03-20"), ("发布日期", "2024-03-29"), ("有效性", "—")],
    title="云岭省交通运输厅2023年法治政府建设年度报告",
    info="发布时间：2024-03-29 17:20　来源：厅政策法规处　【字体：大 中 小】",
    blocks=[
        ("addr", "省人民政府："),
        ("p", "2023年，省交通运输厅坚持以法治思维谋划交通强省建设，围绕建设人民满意交通，着力提升交通运输治理法治化水平。现就本厅2023年度法治政府建设工作情况报告如下。"),
        ("h1", "一、2023年法治政府建设主要举措和成效"),
        ("h2", "（一）交通运输立法有序推进"),
        ("p", "配合省人大常委会完成《云岭省农村公路条例》修订，起草《云岭省道路运输管理条例（修订草案）》送审稿；制定厅规范性文件5件，均按程序进行合法性审核、备案审查。"),
        ("h2", "（二）重大行政决策依法作出"),
        ("p", "厅党组会议于2月审议通过《云岭省交通运输厅2023年度重大行政决策事项目录》，列入全省综合交通运输“十四五”规划中期调整等4项事项，3月在厅门户网站向社会公布，目录全文附后。4项事项已全部按照法定程序完成。"),
        ("h2", "（三）法律顾问和公职律师作用有效发挥"),
        ("p", "厅机关现有公职律师9名，外聘法律顾问2名，全年参与审查重大合同、招标文件和信访事项89件，代理行政复议和行政诉讼案件17件。"),
        ("h2", "（四）交通运输执法持续规范"),
        ("p", "开展交通运输执法领域突出问题专项整治，梳理问题清单56条，完成整改54条；全省交通运输执法队伍轮训3200人次，统一配发执法记录仪1100台。"),
        ("h2", "（五）普法宣传深入开展"),
        ("p", "落实“谁执法谁普法”责任制，组织“路政宣传月”“安全生产月”主题普法活动36场，覆盖运输企业、驾驶员群体约5.3万人次。利用高速公路服务区电子屏、客运站候车室等场所滚动播放普法公益广告，全年播放时长累计超过2万小时。"),
        ("h1", "二、厅主要负责同志以上率下推进法治建设"),
        ("p", "厅主要负责同志把推进法治建设第一责任人职责放在重要位置，全年主持厅党组会议专题研究法治工作5次；在厅党组理论学习中心组带头领学《行政复议法》，为全系统执法骨干讲授法治专题课；亲自督办2起群众反映集中的高速公路占地补偿问题，推动依法解决；按要求向省委依法治省办书面报告年度履职情况。"),
        ("h1", "三、存在的不足和原因"),
        ("p", "一是交通运输地方立法存在滞后，新业态监管缺少明确的法规依据；二是部分市县执法装备和信息化水平不高，非现场执法覆盖面有限；三是基层执法人员素质与新形势要求相比还有差距。导致上述问题的原因，既有立法项目论证周期长、部门间协调难度较大的客观因素，也有厅系统对基层执法能力建设投入不足、培训针对性不强的主观因素。"),
        ("h1", "四、下步打算"),
        ("p", "2024年，我厅将加快推进道路运输条例修订，编制公布2024年度重大行政决策事项目录，深化非现场执法应用，推进执法人员分级分类培训，持续提升交通运输法治化水平。"),
        ("h1", "五、其他需要报告的情况"),
        ("p", "2023年，我厅在省政府组织的依法行政考核中被评为优秀等次，全年未发生交通运输行政诉讼败诉案件。"),
        ("sign", ["云岭省交通运输厅", "2024年3月20日"]),
    ],
    attachments=["云岭省交通运输厅2023年度重大行政决策事项目录.pdf", "2023年度法治政府建设工作任务完成情况表.xlsx"],
    prevnext=["云岭省交通运输厅关于开展2024年道路运输安全生产专项整治的通知", "云岭省交通运输厅2023年政府信息公开工作年度报告"],
    related=[("云岭省交通运输厅2022年法治政府建设年度报告", "2023-02-24"), ("全省交通运输法治工作会议召开", "2024-01-15")],
    footer="主办：云岭省交通运输厅　联系电话：0000-00000000",
))

# ============================================================ t08 city government joint issuer, <title> differs, late publication
DOCS.append(dict(
    fname="t08_city_joint_late_publish.html", kind="portal", style="pb",
    page_title="关于2024年度法治政府建设情况的报告_通知公告_枫林市人民政府门户网站",
    metatags=[("ArticleTitle", "关于2024年度法治政府建设情况的报告"), ("PubDate", "2025-04-08 10:03")],
    clock=today_line(2025, 4, 10), site="枫林市人民政府",
    nav=["首页", "走进枫林", "要闻动态", "政务公开", "政务服务", "互动交流", "专题专栏"],
    crumb="您所在的位置：首页 > 政务公开 > 通知公告",
    xxgk=[("索引号", "FL00-2025-0000147"), ("发布机构", "枫林市人民政府办公室"), ("成文日期", "2025-02-25"),
          ("发布日期", "2025-04-08"), ("主题分类", "其他"), ("体裁分类", "报告")],
    title="中共枫林市委 枫林市人民政府",
    subtitle="关于2024年法治政府建设工作情况的报告",
    info="发布时间：2025-04-08 10:03　来源：市司法局　访问量：1534",
    blocks=[
        ("addr", "中共云岭省委、云岭省人民政府："),
        ("p", "2024年，枫林市深入贯彻中央和省委关于全面依法治国、依法治省的决策部署，把法治政府建设摆在全市工作大局中统筹谋划、协同推进，全市法治政府建设呈现稳中有进的态势。现将有关情况报告如下。"),
        ("h1", "一、2024年工作举措和成效"),
        ("run", "坚持党对法治政府建设的领导。", "市委常委会会议、市政府常务会议分别审议法治政府建设年度工作要点，将法治建设成效纳入全市高质量发展综合绩效考核，权重由2%提高到3%。"),
        ("run", "市委书记、市长带头履行第一责任人职责。", "市委书记主持召开市委全面依法治市委员会会议2次，听取法治政府建设情况汇报；市长主持市政府常务会议专题研究法治政府建设4次，带头参加会前学法10次，并就行政复议败诉案件多发问题召开专题会亲自部署整改。年底，市长在全市述法大会上现场述法。"),
        ("run", "规范重大行政决策程序。", "市政府1月印发并公开《枫林市2024年度重大行政决策事项目录》，列入中心城区停车设施专项规划等10项事项，全年完成9项，1项因上位规划调整依程序暂缓。所有决策事项均履行公众参与、专家论证、风险评估等程序。"),
        ("run", "严格规范公正文明执法。", "全面推行包容审慎监管，全市公布不予处罚、减轻处罚事项清单326项；开展行政执法案卷集中评查，抽查案卷1100卷，发现并整改问题案卷47卷。"),
        ("run", "强化行政权力制约和监督。", "行政复议案件受理2876件，经复议后的行政诉讼败诉率较上年下降2.1个百分点；全市行政机关负责人出庭应诉1290人次。市政府主动接受人大法律监督和政协民主监督，全年办理人大代表建议412件、政协提案387件，办复率100%；政务公开工作在全省考评中位列第二。"),
        ("h1", "二、薄弱环节及成因"),
        ("p", "全市法治政府建设仍有一些薄弱环节：部分县（市、区）和部门对法治政府建设重视程度不够均衡，一些单位满足于完成规定动作；个别部门规范性文件制发不规范，出现过未按期报备的情况；基层执法规范化水平有待提高。产生这些问题，根源在于部分领导干部对“法治是最好的营商环境”认识不深，考核评价中法治指标的刚性约束还不够；基层法治工作队伍力量薄弱，人员流动较频繁。"),
        ("h1", "三、2025年工作安排"),
        ("p", "一是编制实施新一轮法治政府建设规划，做好“十四五”规划总结评估；二是推动市县两级政府和部门全面配齐法律顾问和公职律师，建立法律顾问履职评价办法；三是继续编制公布年度重大行政决策事项目录，加强决策执行情况后评估；四是深化执法领域突出问题专项整治，持续提升执法规范化水平；五是扎实推进“八五”普法总结验收，谋划新一轮普法规划。"),
        ("sign", ["中共枫林市委", "枫林市人民政府", "2025年2月25日"]),
    ],
    prevnext=["枫林市人民政府关于2025年第一季度重点工作推进情况的通报", "枫林市2024年政府信息公开工作年度报告"],
    related=[("中共枫林市委 枫林市人民政府关于2023年法治政府建设工作情况的报告", "2024-03-27"),
             ("枫林市召开2025年全面依法治市工作会议", "2025-04-02")],
    footer="主办：枫林市人民政府办公室　承办：枫林市政务服务数据管理局",
))

# ============================================================ t09 WeChat article, township, shortcomings only in body
DOCS.append(dict(
    fname="t09_wechat_township_body_only.html", kind="wechat",
    page_title="苇塘镇2023年法治政府建设工作报告",
    byline="", account="苇塘发布", publish="2024年02月02日 09:15", ip="云岭",
    inner_title=["苇塘镇人民政府", "关于2023年度法治政府建设情况的报告"],
    blocks=[
        ("addr", "枕云县人民政府："),
        ("p", "2023年，苇塘镇坚持以习近平法治思想为指引，按照县委、县政府关于法治政府建设的部署要求，结合本镇实际推进依法行政，基层治理法治化水平稳步提升。现将有关情况报告如下："),
        ("h1", "一、2023年主要工作"),
        ("h2", "（一）夯实依法行政基础"),
        ("p", "镇政府制定年度法治政府建设工作计划，细化任务19项，明确责任办公室和完成时限。组织镇村干部参加法治专题培训3期，参训186人次；镇综合行政执法队12名执法人员全部持证上岗，全年办理执法案件41件，执法文书规范率较上年提高。镇政府严格执行行政规范性文件管理规定，全年以镇政府名义制发的2件规范性文件均经县司法局合法性审核后发布，并在镇政务公开栏公示。镇村两级全面落实政务公开，镇政府网页专栏全年发布信息231条。"),
        ("h2", "（二）发挥法律顾问参谋作用"),
        ("p", "镇政府聘请枕云县恒信律师事务所律师担任法律顾问，全年列席党政联席会议12次，审查镇政府签订的工程、租赁合同26份，参与处理征地拆迁、劳资纠纷等涉法信访8件，为镇政府依法决策提供了专业意见。"),
        ("h2", "（三）推进矛盾纠纷多元化解"),
        ("p", "镇综治中心与派出所、司法所、法庭实行联合接访，全年受理矛盾纠纷258件，化解253件，其中婚姻家庭类97件、邻里纠纷类84件、土地山林类46件。在15个行政村建成法治文化阵地，组织“法律进村居”活动22场，发放宣传资料8600余份。镇司法所牵头培育“法律明白人”45名，覆盖全部村民小组，协助调处纠纷60余件，成为基层普法和纠纷化解的重要力量。镇政府全年收到行政复议申请1件，经调解申请人主动撤回；没有发生以镇政府为被告的行政诉讼案件。"),
        ("h1", "二、镇长带头履行法治建设第一责任人职责"),
        ("p", "镇长把法治政府建设列入镇政府重要议事日程，全年主持镇长办公会专题研究法治工作4次；带头在镇党政联席会上开展会前学法，全年学法11次；对3件群众反映强烈的土地流转纠纷，镇长亲自约见当事人、亲自协调解决；年终向县委依法治县办书面述法。"),
        ("h1", "三、2024年工作计划"),
        ("p", "从一年来的实践看，本镇执法人员数量偏少、部分村干部依法办事意识淡薄、法治宣传形式较为单一等情况依然存在。2024年，我镇将有针对性地抓好以下工作：一是通过招录和县级下派补充执法力量，力争执法人员增至16名；二是每季度对村“两委”干部开展一次法治轮训；三是探索用短视频、情景剧等群众喜闻乐见的方式开展普法；四是继续发挥好法律顾问作用，实现重要合同审查全覆盖；五是深化“民主法治村”创建，力争新增县级以上民主法治示范村2个。"),
        ("p", "除上述内容外，本镇本年度无其他需要报告的情况。"),
        ("sign", ["苇塘镇人民政府", "2024年1月26日"]),
    ],
    credits="供稿：苇塘镇党政办　编辑：许晴",
    reads="463",
    comments=[("苇塘人", "镇里的法治文化广场晚上很热闹。", "02-03")],
))

# ============================================================ t10 county bureau, GBK, heading contradicted by body
DOCS.append(dict(
    fname="t10_county_health_gbk_absent.html", kind="portal", style="hx", charset="gbk",
    page_title="青石县卫生健康局2025年度法治政府建设工作报告_部门信息公开_青石县人民政府",
    metatags=[("ArticleTitle", "青石县卫生健康局2025年度法治政府建设工作报告"), ("PubDate", "2026-03-05 08:50")],
    clock=today_line(2026, 3, 9), site="青石县人民政府",
    nav=["首页", "青石概况", "政务动态", "政府信息公开", "政务服务", "政民互动"],
    crumb="当前位置：首页 > 政府信息公开 > 部门信息公开 > 县卫生健康局 > 法治政府建设",
    xxgk=[("索引号", "QS-WJ-2026-000012"), ("发布机构", "青石县卫生健康局"), ("成文日期", "2026-02-27"),
          ("发布日期", "2026-03-05"), ("公开方式", "主动公开"), ("主题分类", "卫生、体育")],
    title="青石县卫生健康局2025年度法治政府建设工作报告",
    info="发布日期：2026-03-05　信息来源：县卫生健康局　浏览次数：88",
    blocks=[
        ("p", "2025年，县卫生健康局围绕健康青石建设目标，推进卫生健康领域依法行政，各项工作取得一定成效，也暴露出一些短板。按照县委依法治县办的统一安排，现将本局年度法治政府建设情况报告如下。"),
        ("h1", "一、2025年度推进法治政府建设的主要举措和成效"),
        ("h2", "（一）加强组织领导"),
        ("p", "局党组将法治政府建设纳入年度重点工作，印发工作要点和任务清单，明确分管领导和责任股室；全年党组会议研究法治工作3次，组织全局干部参加法治培训4场。"),
        ("h2", "（二）规范性文件管理"),
        ("p", "全年印发规范性文件4件，每一件在印发前都经过局法规股合法性审核并报县司法局备案，没有一件绕开审核程序；组织对现行有效的17件规范性文件开展清理，废止2件、修改3件。"),
        ("h2", "（三）重大行政决策"),
        ("p", "本年度我局原拟将县域医共体深化改革方案、基层医疗机构布局调整等事项列入重大行政决策事项目录，但因事项范围与县政府目录如何衔接一直未能明确，2025年度本局的重大行政决策事项目录最终没有编制出来。上述事项均以局党组会议集体研究的方式作出决定。"),
        ("h2", "（四）法律顾问与公职律师"),
        ("p", "这项工作在我局仍是空白。目前局里没有与任何律师事务所签订常年法律顾问合同，局机关干部中也无人取得公职律师证书，合同审查等涉法事项主要送县司法局把关。"),
        ("h2", "（五）卫生健康执法"),
        ("p", "县卫生健康综合监督执法队全年检查医疗机构、公共场所、学校等单位1260户次，立案查处违法案件58件，罚款52.6万元；全年没有出现因执法行为被行政复议撤销或者诉讼败诉的情况。"),
        ("h1", "二、存在的不足和原因"),
        ("p", "一是重大行政决策程序制度落实不到位，决策事项目录缺位；二是法律专业力量严重不足，涉法事务审核依赖外部；三是基层医疗卫生机构依法执业意识仍需加强。这些问题的出现，一是因为局党组过去对决策程序和法律顾问制度的重要性认识不足，投入精力不够；二是因为局机关编制紧张，法规股仅有1名工作人员，且非法律专业出身。"),
        ("h1", "三、党政主要负责人履行推进法治建设第一责任人职责情况"),
        ("p", "局党组书记、局长履行法治建设第一责任人职责，主持局党组会议专题研究法治工作3次，带头在党组理论学习中心组学习《基本医疗卫生与健康促进法》；对2起医疗纠纷信访件亲自阅批、亲自协调，督促依法依规处理；年终在县政府组织的部门主要负责人述法会上述法。"),
        ("h1", "四、2026年工作安排"),
        ("p", "一是年内完成本局重大行政决策事项目录编制，并与县政府目录同步公开；二是通过政府采购聘请常年法律顾问，鼓励符合条件的干部申请公职律师；三是充实法规股工作力量，提升规范性文件起草和审核水平；四是深化“双随机、一公开”监管，提高医疗卫生行业综合监管效能。"),
        ("h1", "五、其他需要报告的情况"),
        ("p", "无。"),
        ("sign", ["青石县卫生健康局", "2026年2月27日"]),
    ],
    prevnext=["青石县卫生健康局关于做好2026年春季传染病防控工作的通知", "青石县卫生健康局2025年政府信息公开工作年度报告"],
    related=[("青石县卫生健康局2024年度法治政府建设工作报告", "2025-02-28")],
    footer="主办：青石县人民政府办公室　承办：青石县数据资源管理中心",
))

# ============================================================ t11 look-alike: 工作要点 wrapped in a 通知
DOCS.append(dict(
    fname="t11_lookalike_workplan_notice.html", kind="portal", style="pb",
    page_title="枫林市人民政府办公室关于印发2025年枫林市法治政府建设工作要点的通知",
    metatags=[("ArticleTitle", "枫林市人民政府办公室关于印发2025年枫林市法治政府建设工作要点的通知"), ("PubDate", "2025-03-14 16:40")],
    clock=today_line(2025, 3, 17), site="枫林市人民政府",
    nav=["首页", "走进枫林", "要闻动态", "政务公开", "政务服务", "互动交流", "专题专栏"],
    crumb="您所在的位置：首页 > 政务公开 > 政府文件 > 市政府办文件",
    xxgk=[("索引号", "FL00-2025-0000102"), ("发布机构", "枫林市人民政府办公室"), ("成文日期", "2025-03-12"),
          ("发文字号", "枫政办发〔2025〕6号"), ("发布日期", "2025-03-14"), ("有效性", "有效")],
    title="枫林市人民政府办公室关于印发2025年枫林市法治政府建设工作要点的通知",
    info="发布时间：2025-03-14 16:40　来源：市政府办公室",
    blocks=[
        ("p", "枫政办发〔2025〕6号"),
        ("addr", "各县（市、区）人民政府，市政府各部门、各直属机构："),
        ("p", "《2025年枫林市法治政府建设工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。各地各部门要于2025年12月10日前将工作要点落实情况报送市司法局。"),
        ("sign", ["枫林市人民政府办公室", "2025年3月12日"]),
        ("p", "（此件公开发布）"),
        ("h1", "2025年枫林市法治政府建设工作要点"),
        ("p", "2025年是法治政府建设实施纲要的收官之年。全市法治政府建设工作的总体要求是：坚持以习近平法治思想为指导，对标纲要目标任务查漏补缺，确保各项指标如期完成。具体工作要点如下。"),
        ("h1", "一、压紧压实法治建设责任"),
        ("p", "各级政府及部门党政主要负责人要切实履行推进法治建设第一责任人职责，每年至少听取一次法治政府建设工作汇报，主持专题会议研究解决重大问题。各地各部门须在2026年3月1日前报送2025年度法治政府建设年度报告，并于4月1日前通过门户网站向社会公开。"),
        ("h1", "二、推进政府职能依法履行"),
        ("p", "1．动态调整权责清单，年内完成市级部门权责清单全面梳理。2．深化“高效办成一件事”改革，新增集成办理事项不少于15项。3．开展妨碍统一市场和公平竞争的政策措施清理。"),
        ("h1", "三、提高决策质量"),
        ("p", "4．市、县两级政府于3月底前编制并公布2025年度重大行政决策事项目录。5．严格落实重大行政决策公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。6．建立决策后评估清单，选取3项已实施的重大决策开展后评估。"),
        ("h1", "四、加强法律顾问和公职律师工作"),
        ("p", "7．市、县两级政府及其部门要实现法律顾问全覆盖，健全法律顾问参与决策、合同审查的工作规则。8．扩大公职律师队伍，力争全市公职律师人数增长10%以上。"),
        ("h1", "五、严格规范公正文明执法"),
        ("p", "9．开展行政执法质量提升年行动，组织执法案卷评查。10．完善涉企行政检查备案制度，减少重复检查。11．加强乡镇（街道）综合执法队伍培训，年内实现轮训全覆盖。"),
        ("h1", "六、强化行政权力制约监督"),
        ("p", "12．发挥行政复议化解行政争议主渠道作用，力争调解和解率达到30%。13．健全行政机关负责人出庭应诉制度。14．推进政务公开标准化规范化建设。"),
        ("h1", "七、抓好组织实施"),
        ("p", "市司法局要加强统筹协调和跟踪督促，每半年通报一次工作要点推进情况；对工作不力、进度滞后的单位，按照有关规定进行约谈。各县（市、区）政府和市直各部门要把法治政府建设与经济社会发展同部署、同推进、同督促、同考核，主要负责人要亲自研究、亲自部署；法治政府建设情况纳入年度绩效考核，考核结果作为领导班子和领导干部评价的重要依据。市委依法治市办将适时组织开展法治督察，督察发现的问题实行清单化管理、销号式整改。"),
    ],
    prevnext=["枫林市人民政府关于公布2025年度重大行政决策事项目录的通知", "中共枫林市委 枫林市人民政府关于2024年法治政府建设工作情况的报告"],
    related=[("2024年枫林市法治政府建设工作要点", "2024-03-08")],
    footer="主办：枫林市人民政府办公室　承办：枫林市政务服务数据管理局",
))

# ============================================================ t12 county bureau, traditional-script page, no 发布日期
DOCS.append(dict(
    fname="t12_county_edu_traditional.html", kind="portal", style="hx", traditional=True,
    page_title="枕云县教育体育局2024年度法治政府建设情况报告-枕云县人民政府（繁体版）",
    metatags=[("ArticleTitle", "枕云县教育体育局2024年度法治政府建设情况报告")],
    clock=today_line(2025, 5, 6), site="枕云县人民政府",
    nav=["首页", "枕云概况", "政务要闻", "信息公开", "办事服务", "互动交流"],
    crumb="您当前所在位置：首页 > 信息公开 > 部门信息 > 县教育体育局 > 其他",
    xxgk=[("索引号", "ZY-JT-2025-000006"), ("发布机构", "枕云县教育体育局"), ("成文日期", "2025-02-28"),
          ("主题分类", "教育")],
    title="枕云县教育体育局2024年度法治政府建设情况报告",
    info="来源：县教育体育局　浏览次数：64",
    blocks=[
        ("p", "2024年，枕云县教育体育局以建设法治校园、推进依法治教为重点，认真落实县委、县政府关于法治政府建设的各项部署。现将本年度法治政府建设工作情况报告如下。"),
        ("h1", "一、主要举措和成效"),
        ("run", "（一）完善制度建设。", "局党组高度重视法治工作，年内党组会议4次研究法治政府建设事项，修订《局机关合同管理办法》《教育行政执法工作规程》等制度6项，清理涉及教育收费、招生入学的规范性文件11件，其中宣布失效3件、修改4件。建立局机关学法制度，全年集中学习《教育法》《未成年人保护法》《体育法》等法律法规8次，组织全体机关干部和各学校管理人员参加网上学法考试，参考率和合格率均达到100%。"),
        ("run", "（二）加强法律审核。", "局机关有2名干部取得公职律师证书，全年审核各类合同协议53份、出具法律意见24份，参与处理校园安全事故纠纷9起，有效防范了法律风险。"),
        ("run", "（三）规范执法检查。", "开展校外培训机构专项治理，检查机构210家次，依法取缔无证培训机构7家，对12家违规开展学科类培训的机构责令限期整改，全部整改到位；联合市场监管、消防等部门开展“双随机、一公开”联合抽查3次，检查结果全部在县政府网站公示；对体育经营场所开展安全检查86家次，督促整改隐患42处。"),
        ("run", "（四）推进法治校园建设。", "全县中小学全部配备法治副校长，开展“宪法进校园”“模拟法庭”等活动130余场，创建市级依法治校示范校3所。推动全县56所中小学完成学校章程修订，健全校务委员会、教职工代表大会制度；设立校园欺凌举报电话，全年受理并妥善处置相关线索14条。全年受理教育领域信访事项47件，均按时办结，群众满意率较上年提升5个百分点。"),
        ("h1", "二、存在的不足及原因"),
        ("p", "一是部分学校依法治校意识不强，处理家校矛盾时程序不规范；二是执法人员少，校外培训监管存在盲区；三是局机关规范性文件起草质量有待提高，个别文件送审后多次修改。原因主要是：学校管理者法治培训覆盖面不够，局机关仅有兼职执法人员8名，文件起草人员也多为兼职，业务钻研不够。"),
        ("h1", "三、下一年度工作打算"),
        ("p", "2025年，我局将做好以下工作：一是按照县政府统一要求，编制并公开本局2025年度重大行政决策事项目录，规范决策程序；二是增加执法人员编制，健全校外培训机构联合执法机制；三是继续开展法治副校长履职评价，将依法治校纳入学校年度考核；四是组织校长、教师法治专题培训不少于3期，提升学校依法处理家校纠纷的能力；五是完善体育场馆开放和赛事活动安全管理制度。"),
        ("h1", "四、其他需要报告的情况"),
        ("p", "2024年，我局办理的行政复议案件1件，结果为维持；未发生行政诉讼案件。"),
        ("sign", ["枕云县教育体育局", "二〇二五年二月二十八日"]),
    ],
    prevnext=["枕云县2025年义务教育阶段学校招生工作方案", "枕云县教育体育局2024年政府信息公开工作年度报告"],
    related=[("枕云县教育体育局召开2025年全县教育工作会议", "2025-02-19")],
    footer="主办：枕云县人民政府办公室　承办：枕云县融媒体中心",
))

# ================================================================== build
def chinese_chars(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def report_text(d):
    return "".join(b[1] if b[0] != "run" else b[1] + b[2] for b in d["blocks"] if b[0] in ("p", "h1", "h2", "run", "addr"))


def build():
    for d in DOCS:
        if d["kind"] == "portal":
            page = portal_page(d)
        elif d["kind"] == "wechat":
            page = wechat_page(d)
        else:
            page = table_page(d)
        if d.get("traditional"):
            from opencc_purepy import OpenCC
            page = OpenCC("s2t").convert(page)
        enc = d.get("charset", "utf-8")
        with open(os.path.join(HERE, d["fname"]), "wb") as f:
            f.write(page.encode(enc))
        print("%-40s %5d report chars  %s" % (d["fname"], chinese_chars(report_text(d)), enc))


if __name__ == "__main__":
    build()

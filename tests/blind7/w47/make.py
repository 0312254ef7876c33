# -*- coding: utf-8 -*-
"""Generator for blind7/w47 test documents. All issuers, places and people are fictional.
Run: /work/main/.venv/bin/python make.py   (writes t01..t12 next to this file)"""
import os
import copy
import html as H
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return H.escape(s, quote=False)


# ---------------------------------------------------------------- HTML shells
def wechat_page(account, title, when, place, body_html, related):
    rel = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="{esc(title)}">
<title>{esc(title)}</title>
<style>
body{{margin:0;background:#f7f7f7;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}}
.rich_media{{max-width:677px;margin:0 auto;background:#fff;padding:20px 16px 40px}}
.rich_media_title{{font-size:22px;line-height:1.4;margin:0 0 14px}}
.rich_media_meta_list{{color:#888;font-size:15px;margin-bottom:22px}}
.rich_media_meta_list span{{margin-right:8px}}
.rich_media_content p{{line-height:1.75;font-size:16px;margin:0 0 12px;text-align:justify}}
.sec{{background:#1f5ba8;color:#fff;padding:6px 10px;font-weight:bold;margin:22px 0 12px}}
.sub{{color:#1f5ba8;font-weight:bold}}
.cap{{color:#999;font-size:13px;text-align:center}}
.img{{width:100%;height:180px;background:#dde5ee}}
.foot{{color:#999;font-size:13px;border-top:1px solid #eee;margin-top:26px;padding-top:12px}}
</style>
</head>
<body>
<div class="rich_media">
<div id="img-content">
<h1 class="rich_media_title" id="activity-name">{esc(title)}</h1>
<div class="rich_media_meta_list" id="meta_content">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="#" id="js_name">{esc(account)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{esc(when)}</em>
<span id="js_ip_wording_wrp">{esc(place)}</span>
</div>
<div class="rich_media_content" id="js_content">
{body_html}
</div>
<div class="foot">
<p>预览时标签不可点</p>
<p>微信扫一扫<br>关注该公众号</p>
<p>往期推荐</p>
<ul>{rel}</ul>
<p>阅读原文 &nbsp; 分享 &nbsp; 收藏 &nbsp; 赞 &nbsp; 在看</p>
</div>
</div>
</div>
</body>
</html>
"""


def portal_page(site, crumbs, info_rows, title, body_html, related, traditional=False, extra_top=""):
    if traditional:
        tools = "無障礙 | 簡體 | 繁體 | 長者模式"
        crumb_label = "您當前所在位置："
        print_bar = "【打印本頁】【關閉窗口】"
        foot = f"主辦：{site} &nbsp; 網站標識碼：0000000000 &nbsp; 示ICP備00000000號 &nbsp; 示公網安備00000000000000號"
        rel_h = "相關文章"
    else:
        tools = "无障碍 | 简体 | 繁體 | 长者模式"
        crumb_label = "您当前所在位置："
        print_bar = "【打印本页】【关闭窗口】"
        foot = f"主办单位：{site} &nbsp; 网站标识码：0000000000 &nbsp; 示ICP备00000000号 &nbsp; 示公网安备00000000000000号"
        rel_h = "相关文章"
    rows = ""
    for i in range(0, len(info_rows), 2):
        pair = info_rows[i:i + 2]
        cells = "".join(f"<th>{esc(k)}</th><td>{esc(v)}</td>" for k, v in pair)
        rows += f"<tr>{cells}</tr>\n"
    rel = "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{esc(d)}</span></li>' for t, d in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{esc(site)}">
<meta name="ArticleTitle" content="{esc(title)}">
<title>{esc(title)}_{esc(site)}</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,serif;margin:0;background:#eef2f6}}
.top{{background:#b31b1b;color:#fff;padding:8px 30px;font-size:13px}}
.banner{{background:#c62828;color:#fff;font-size:30px;padding:24px 30px;font-weight:bold}}
.nav{{background:#8e1515;padding:8px 30px}} .nav a{{color:#fff;margin-right:22px;text-decoration:none}}
.wrap{{width:1000px;margin:0 auto;background:#fff;padding:20px 40px 40px}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.xxgk{{width:100%;border-collapse:collapse;margin:16px 0;font-size:13px}}
table.xxgk th,table.xxgk td{{border:1px solid #d6d6d6;padding:6px 8px;text-align:left}}
table.xxgk th{{background:#f3f3f3;width:12%;font-weight:normal}}
h1.art-title{{text-align:center;font-size:24px;color:#222;margin:22px 0 10px}}
.art-info{{text-align:center;color:#888;font-size:13px;margin-bottom:20px}}
.TRS_Editor p{{font-size:16px;line-height:2;text-indent:2em;margin:0 0 6px}}
.TRS_Editor p.r{{text-align:right}}
.bar{{text-align:right;font-size:13px;color:#555;margin-top:20px}}
.rel li{{font-size:14px;line-height:2}} .rel .date{{float:right;color:#999}}
.foot{{background:#5a5a5a;color:#ddd;font-size:12px;text-align:center;padding:18px}}
</style>
</head>
<body>
<div class="top">{extra_top}<span style="float:right">{tools}</span></div>
<div class="banner">{esc(site)}</div>
<div class="nav"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="wrap">
<div class="crumb">{crumb_label}{esc(' > '.join(crumbs))}</div>
<table class="xxgk">
{rows}</table>
<h1 class="art-title">{esc(title)}</h1>
{body_html}
<div class="bar">{print_bar}</div>
<div class="rel"><h3>{rel_h}</h3><ul>{rel}</ul></div>
</div>
<div class="foot">{foot}</div>
</body>
</html>
"""


def ps(paras, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in paras)


# ---------------------------------------------------------------- docx helpers
def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return d


def para(d, text="", bold=False, align=None, style=None, size=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def lead(d, head, rest):
    p = d.add_paragraph()
    r = p.add_run(head)
    r.bold = True
    p.add_run(rest)
    return p


def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        pass
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    return t


def add_chinese_numbering(d):
    """abstractNum with lvl0 = 一、  lvl1 = （一）  lvl2 = 1. ; returns numId"""
    numbering = d.part.numbering_part.element
    aid, nid = "90", "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), aid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    specs = [("chineseCounting", "%1、", 640), ("chineseCounting", "（%2）", 640), ("decimal", "%3.", 640)]
    for lv, (fmt, txt, ind) in enumerate(specs):
        l = OxmlElement("w:lvl")
        l.set(qn("w:ilvl"), str(lv))
        s = OxmlElement("w:start"); s.set(qn("w:val"), "1"); l.append(s)
        f = OxmlElement("w:numFmt"); f.set(qn("w:val"), fmt); l.append(f)
        t = OxmlElement("w:lvlText"); t.set(qn("w:val"), txt); l.append(t)
        j = OxmlElement("w:lvlJc"); j.set(qn("w:val"), "left"); l.append(j)
        ppr = OxmlElement("w:pPr")
        i = OxmlElement("w:ind"); i.set(qn("w:firstLine"), str(ind)); ppr.append(i)
        l.append(ppr)
        an.append(l)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), nid)
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), aid); num.append(a)
    numbering.append(num)
    return nid


def numbered(d, text, ilvl, numid, bold=False):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); np_.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), numid); np_.append(ni)
    ppr.append(np_)
    ol = OxmlElement("w:outlineLvl"); ol.set(qn("w:val"), str(ilvl)); ppr.append(ol)
    r = p.add_run(text)
    r.bold = bold
    return p


def wrap_sdt(paras, alias, sid):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(sid)); pr.append(i)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    paras[0]._p.addprevious(sdt)
    for p in paras:
        content.append(p._p)
    return sdt


def track_format(run, author, date):
    rpr = run._r.get_or_add_rPr()
    ch = OxmlElement("w:rPrChange")
    ch.set(qn("w:id"), "1")
    ch.set(qn("w:author"), author)
    ch.set(qn("w:date"), date)
    ch.append(OxmlElement("w:rPr"))
    rpr.append(ch)


def save_html(name, s):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(s)


def save_docx(d, name):
    d.save(os.path.join(OUT, name))


# ================================================================ documents

def t01():
    title = "枫林市市场监督管理局2024年法治政府建设年度报告"
    b = []
    b.append('<p style="text-align:center;color:#1f5ba8">▌ 依法公开 · 接受监督 ▌</p>')
    b.append(ps(["2024年，枫林市市场监督管理局在市委、市政府的坚强领导下，紧扣“放心消费在枫林”建设目标，把法治要求贯穿市场监管全过程，各项工作取得新进展。现将本局2024年度法治政府建设情况报告如下。"]))
    b.append('<p class="sec">▌一、2024年主要工作举措及成效</p>')
    b.append('<p class="sub">◆（一）健全依法决策机制</p>')
    b.append(ps(["年初，局法规科会同各业务科室逐项梳理全年拟决策事项，将食品安全抽检计划调整、重点工业产品质量提升行动方案等4项列为重大行政决策，汇编成《枫林市市场监督管理局2024年度重大行政决策事项目录》，经局党组会审定后于3月12日在局门户网站“重大行政决策”专栏公开。4项决策均履行了公众参与、专家论证、合法性审查和集体讨论程序，其中2项通过网上征求意见共收到意见建议37条，采纳11条。"]))
    b.append('<div class="img"></div><p class="cap">图为局法规科工作人员对决策草案开展合法性审查</p>')
    b.append('<p class="sub">◆（二）推进“双随机、一公开”监管</p>')
    b.append(ps(["全年部门联合抽查任务占比达到42%，抽查检查各类市场主体3186户，结果全部在规定时限内通过国家企业信用信息公示系统公示。对全市1.2万户小微经营主体推行“首违不罚”清单，办理不予处罚案件214件，减少经营主体负担约160万元。"]))
    b.append('<p class="sub">◆（三）深化普法宣传</p>')
    b.append(ps(["围绕“3·15”“食品安全宣传周”等节点，开展“法治进市场”活动46场，发放宣传资料2.3万份；在“枫林市场监管”公众号开设“以案说法”栏目，推送典型案例解读28期，累计阅读量超过9万人次。"]))
    b.append('<div class="img"></div><p class="cap">▲ 执法人员走进农贸市场为摊主讲解食品安全法律知识</p>')
    b.append('<p class="sub">◆（四）落实主要负责人法治建设职责</p>')
    b.append(ps(["局党组书记、局长郑文涛把法治建设作为“一把手工程”，全年主持召开局党组会专题研究法治工作5次，审定年度普法责任清单和执法监督计划；带头在党组理论学习中心组学习《优化营商环境条例》等法律法规4次，亲自为全系统执法人员讲授法治专题课1次；12月在市委依法治市办组织的部门主要负责人述法评议会上作专题述法，评议等次为“好”。"]))
    b.append('<p class="sub">◆（五）加强法治工作队伍建设</p>')
    b.append(ps(["局机关现有公职律师3名，并通过政府采购聘请云岭明正律师事务所担任常年法律顾问。全年公职律师和法律顾问共审查合同及协议21份，出具法律意见书17份，参与处理行政复议和行政诉讼案件9件，本局作为被申请人的复议案件无一被撤销。组织执法人员参加年度法律知识考试，参考率和合格率均为100%。"]))
    b.append('<p class="sec">▌二、存在的不足</p>')
    b.append(ps(["对照上级要求和群众期盼，我局法治政府建设仍有一些差距：一是部分基层市场监管所执法案卷制作不够规范，文书说理偏简单，个别案件证据链条不够完整；二是网络交易、直播带货等新业态监管手段相对滞后，线上线下一体化监管还不够顺畅；三是普法宣传形式较为单一，面向小微经营主体的精准普法还不多。"]))
    b.append('<p class="sec">▌三、2025年工作安排</p>')
    b.append(ps(["2025年，我局将重点抓好以下工作：一是开展执法案卷集中评查，每季度通报一次，年内实现基层所全覆盖；二是探索建立网络交易监测平台，提升新业态监管的针对性和有效性；三是制定分行业普法清单，组织“送法进企业”活动不少于30场；四是继续用好公职律师和法律顾问，推动合法性审查提质增效。"]))
    b.append(ps(["枫林市市场监督管理局", "2025年2月18日"], cls=None).replace("<p>", '<p style="text-align:right">'))
    b.append('<p style="color:#999;font-size:13px">来源：枫林市市场监督管理局法规科<br>编辑：林晓　审核：陈振</p>')
    rel = ["枫林市市场监管局召开2025年全市市场监管工作会议", "一图读懂｜经营者“首违不罚”清单来了", "3·15｜这些消费维权知识请收好"]
    save_html("t01_wechat_city_market_bureau.html",
              wechat_page("枫林市场监管", title, "2025年03月05日 18:30", "云岭", "\n".join(b), rel))

def t02():
    title = "青石县人民政府2024年度法治政府建设情况报告"
    info = [("索引号", "000000000/2025-00031"), ("主题分类", "综合政务\\其他"),
            ("发布机构", "青石县人民政府"), ("成文日期", "2025-02-26"),
            ("文号", "青政报〔2025〕4号"), ("发布日期", "2025-04-08"),
            ("标题", title), ("有效性", "有效")]
    body = [
        "中共枫林市委、枫林市人民政府：",
        "2024年，青石县人民政府坚持以法治政府建设示范创建为抓手，持续提升依法行政能力和水平，全县法治政府建设取得了新的成效。现将有关情况报告如下：",
        "一、2024年法治政府建设主要举措和成效",
        "（一）统筹推进法治政府建设。县政府常务会议先后6次听取法治政府建设、行政执法协调监督等专题汇报，制定《青石县法治政府建设2024年度重点任务清单》，将32项任务分解到27个责任单位，年中、年末各开展一次督查，任务完成率96.9%。法治建设成效考核在县管领导班子综合考核中的权重由3%提高到5%。",
        "（二）突出县长带头作用。县委副书记、县长韩立群全年亲自主持县政府常务会议会前学法6次，内容涵盖《行政复议法》修订要点、安全生产责任追究等；4月带队到3个乡镇调研行政执法协调监督工作，现场督办群众反映强烈的违建拆除执法问题2件；7月、11月两次出庭应诉行政诉讼案件；年底在县委全面依法治县委员会会议上作述法报告，接受委员评议。",
        "（三）提升依法行政水平。县政府年初梳理确定县级重大行政决策事项7项，汇编形成年度目录，经3月15日县政府常务会议审议通过，7项决策均按法定程序推进。但因县政府门户网站全年处于改版迁移阶段，该目录一直没有挂网公开，年内仅在内部印发执行。全年审查县政府规范性文件9件、合同协议86份，备案审查乡镇和部门规范性文件14件，纠正不当条款5处。",
        "（四）发挥法律顾问和公职律师作用。县政府常年聘请云岭衡平律师事务所、青石正道律师事务所担任法律顾问，县司法局配备公职律师4名。全年法律顾问和公职律师列席县政府常务会议22次，出具书面法律意见63份，参与化解涉企矛盾纠纷11件。",
        "（五）严格规范公正文明执法。全面推行行政执法“三项制度”，全县行政执法信息公示平台公开执法决定1842件；组织开展执法案卷评查，抽查案卷320卷，优良率由上年的81%提高到88%。全县行政复议案件纠错率7.3%，行政机关负责人出庭应诉率保持100%。",
        "二、存在的不足和原因",
        "一年来，我县法治政府建设虽有进步，但仍有不少短处：乡镇综合行政执法队伍力量薄弱，部分执法人员对新下放事项的法律依据掌握不准；政府信息公开的及时性有待提高；少数部门对合法性审查重视不够，存在临时送审、压缩审查时间的现象。分析原因，一方面是乡镇执法人员多为转岗人员，系统培训不足，法律专业背景人员占比不到两成；另一方面是部分单位负责人仍把法治工作看作“软任务”，考核压力传导不到位。",
        "三、2025年工作安排",
        "一是开展乡镇综合执法能力提升年活动，组织执法人员分批轮训，全年培训不少于4期；二是完成政府门户网站改版，及时公开2025年度重大行政决策事项目录及重要政策文件；三是将合法性审查落实情况纳入年度绩效考核，对未经审查即提交会议的议题一律退回；四是深化县乡两级公共法律服务体系建设，推动村（社区）法律顾问服务提质增效。",
        "四、其他需要报告的情况",
        "2024年，我县被云岭省委全面依法治省委员会办公室命名为第二批省级法治政府建设示范县。除此之外，没有其他需要专门报告的事项。",
    ]
    sig = ["青石县人民政府", "2025年2月26日"]
    html = '<div class="art-info">发布时间：2025-04-08 16:20 &nbsp; 来源：青石县人民政府办公室 &nbsp; 浏览次数：512 &nbsp; 【字体：大 中 小】</div>\n'
    html += '<div class="TRS_Editor">\n' + ps(body) + "\n" + ps(sig, cls="r") + "\n</div>"
    rel = [("青石县人民政府2023年度法治政府建设情况报告", "2024-03-28"),
           ("青石县2024年政府信息公开工作年度报告", "2025-01-20"),
           ("青石县召开县委全面依法治县委员会第五次会议", "2025-02-11")]
    save_html("t02_portal_county_gov_index_table.html",
              portal_page("青石县人民政府", ["首页", "政务公开", "法定主动公开内容", "法治政府建设"], info, title, html, rel,
                          extra_top="今天是：2025年4月9日 星期三"))

def t03():
    d = new_doc()
    for line in ["云岭省自然资源厅　　无障碍　|　简体　|　繁體　|　English",
                 "今天是：2024年3月21日 星期四　　　　搜索",
                 "首页　机构概况　政务公开　政务服务　互动交流　专题专栏",
                 "您当前所在位置：首页 > 政务公开 > 法治政府建设 > 年度报告"]:
        para(d, line, size=10)
    para(d, "云岭省自然资源厅2023年度法治政府建设情况报告", bold=True, align="c", size=18)
    para(d, "发布时间：2024-03-20 09:15　　来源：厅法规处　　浏览次数：368　　【字体：大 中 小】", align="c", size=10)
    body = [
        "2023年，云岭省自然资源厅在省委、省政府的领导下，围绕“严守资源安全底线、优化国土空间格局”的职责定位，扎实推进依法行政，法治政府建设各项任务有序落实。现将2023年度有关情况报告如下。",
        "一、2023年度主要工作及成效",
        "（一）完善制度体系。配合省人大常委会完成《云岭省土地管理条例》修订，起草《云岭省地质灾害防治办法（修订草案）》并报省政府审议；全年制定厅规范性文件6件，全部经过合法性审核和厅务会集体审议，按时报送省政府备案，备案审查中未被要求纠正。开展自然资源领域规章和规范性文件专项清理，废止8件、修改5件。",
        "（二）推进依法决策。年初编制并向社会公布《云岭省自然资源厅2023年度重大行政决策事项目录》，列入省级国土空间总体规划实施监督、全省耕地保护补偿办法制定、矿业权出让收益征收标准调整3项。3项决策均开展风险评估和专家论证，其中耕地保护补偿办法召开听证会1次，收集意见建议56条。",
        "（三）厅主要负责同志认真履行推进法治建设第一责任人职责，厅党组书记、厅长何承志全年主持厅党组会议专题研究法治工作4次，带头参加厅党组理论学习中心组集体学法5次，亲自协调解决跨市州矿业权纠纷等重大执法难题3件，并于2023年12月向厅党组和驻厅纪检监察组作年度述法。",
        "（四）加强执法监督。组织全省自然资源执法卫片图斑核查，立案查处违法用地案件1026件，移送涉嫌犯罪案件17件；推行执法全过程记录，省厅直接办理的行政处罚案件全部实现音像记录；办理行政复议案件41件，依法纠错4件。",
        "二、存在的问题和原因",
        "一是合法性审查力量明显不足。厅机关至今既没有与任何律师事务所签订常年法律顾问合同，也还没有一名取得证书的公职律师，规范性文件、重大合同和信访复议事项的法律把关全部由法规处3名干部承担，审查质量和时效难以保证。二是基层执法能力不够均衡，部分县级自然资源部门执法人员不足5人，对卫片图斑违法线索的处置不够及时。三是普法工作与业务工作融合不深。产生上述问题，根源在于厅党组前些年对法治机构和人才队伍建设投入偏少，机构改革后人员编制未及时调整到位，同时部分干部存在“重业务、轻法治”的思想。",
        "三、2024年工作打算",
        "2024年，我厅将围绕以下方面持续用力：一是充实法规处工作力量，通过遴选、调任等方式补充法律专业人员2至3名；二是编制公布2024年度重大行政决策事项目录，严格落实决策程序；三是开展基层执法能力提升专项行动，对执法力量薄弱的县级部门实施“一对一”帮扶；四是落实“谁执法谁普法”责任，编印自然资源典型案例汇编。",
    ]
    for t in body:
        para(d, t)
    para(d, "云岭省自然资源厅", align="r")
    para(d, "2024年3月6日", align="r")
    for line in ["【打印本页】　【关闭窗口】",
                 "上一篇：云岭省自然资源厅关于2023年度政府信息公开工作年度报告",
                 "下一篇：省自然资源厅召开2024年全省自然资源法治工作会议",
                 "主办单位：云岭省自然资源厅　　网站标识码：0000000000　　示ICP备00000000号",
                 "地址：云岭省栖梧市环湖东路88号　　邮编：000000"]:
        para(d, line, size=10)
    save_docx(d, "t03_docx_pasted_province_dept_page.docx")

def t04():
    d = new_doc()
    nid = add_chinese_numbering(d)
    para(d, "（送审稿）", align="r", size=12)
    para(d, "枫林市人民政府", bold=True, align="c", size=20)
    para(d, "关于2025年度法治政府建设情况的报告", bold=True, align="c", size=20)
    para(d, "中共云岭省委、云岭省人民政府：")
    para(d, "2025年，枫林市人民政府深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，紧扣纲要收官之年各项目标任务，推动法治政府建设向纵深发展。现将全年工作情况报告如下。")
    numbered(d, "2025年推进法治政府建设的主要举措和成效", 0, nid, bold=True)
    numbered(d, "加强党对法治政府建设的领导", 1, nid, bold=True)
    para(d, "市委常委会、市政府常务会议共11次研究法治政府建设议题，制定纲要收官评估工作方案，逐项对照纲要确定的62项市级任务开展自评，完成59项，其余3项已明确完成时限。")
    numbered(d, "市长履行推进法治建设第一责任人职责情况", 1, nid, bold=True)
    para(d, "市委副书记、市长周明远对全年法治政府建设重点任务逐项批示，亲自主持市政府常务会议专题研究行政执法监督体系建设、涉企行政检查规范化等议题5次；坚持“会前学法”，带头领学《行政复议法》《公平竞争审查条例》等7部法律法规；8月带队暗访4个县（市、区）行政执法窗口，对发现的问题现场交办；年末向市委全面依法治市委员会书面述法。")
    numbered(d, "深化“放管服”改革", 1, nid, bold=True)
    para(d, "调整市级行政许可事项清单，取消和下放事项23项；推行涉企行政检查“扫码入企”，全市入企检查次数同比下降31.6%；“高效办成一件事”重点事项清单26项全部落地。")
    numbered(d, "重大行政决策目录编制", 1, nid, bold=True)
    para(d, "按照省里部署，本应在一季度编制市政府年度重大行政决策事项目录。因市政府工作部门职能调整持续到三季度，年度决策事项难以提前确定，2025年市政府最终没有形成并发布这份目录，全年4项重大事项采取“一事一报”方式履行决策程序。")
    numbered(d, "法律顾问和公职律师工作", 1, nid, bold=True)
    para(d, "市政府法律顾问室现有外聘法律顾问8名，全市党政机关公职律师达到52名。全年为市政府重大合同、招商引资协议等出具法律意见131份，参与处理重大涉法涉诉事项19件，为市政府挽回或避免经济损失约2.4亿元。")
    para(d, "表1　2025年主要法治指标完成情况", align="c", size=12)
    table(d, [["指标", "2024年", "2025年", "变化"],
              ["行政复议案件受理数（件）", "612", "745", "+21.7%"],
              ["行政复议直接纠错率", "9.8%", "11.2%", "+1.4个百分点"],
              ["行政机关负责人出庭应诉率", "98.6%", "100%", "+1.4个百分点"],
              ["行政诉讼一审败诉率", "6.1%", "4.3%", "-1.8个百分点"],
              ["市政府规范性文件审查数（件）", "18", "21", "+3"]])
    numbered(d, "存在的不足及原因", 0, nid, bold=True)
    para(d, "一是重大行政决策程序的制度化还不够，年度决策事项目录这一基础工作出现脱节；二是县级行政执法监督力量偏弱，部分县（市、区）司法局执法监督科室仅有1至2人；三是基层法治宣传的覆盖面和针对性仍需提升。究其根源，主要在于机构改革后部分工作的衔接机制没有及时建立，执法监督编制配备滞后于工作需要，加之一些干部对法治建设的长期性认识不足。")
    numbered(d, "2026年工作安排", 0, nid, bold=True)
    para(d, "2026年是“十五五”开局之年，市政府将着力抓好以下工作：一是启动新一轮法治政府建设规划编制；二是将重大行政决策事项目录编制纳入市政府年初重点工作，一季度完成并向社会公布；三是健全市县两级行政执法监督工作体系，力争每个县级司法局执法监督专职人员不少于3名；四是深入开展“八五”普法总结验收。")
    numbered(d, "其他需要报告的情况", 0, nid, bold=True)
    para(d, "2025年，枫林市在全省法治政府建设考评中位列第四名。本年度无其他需要报告的事项。")
    para(d, "")
    para(d, "枫林市人民政府", align="r")
    para(d, "二〇二六年二月二十五日", align="r")
    save_docx(d, "t04_docx_autonumbered_city_draft.docx")

def t05():
    title = "三河镇2024年法治政府建设年度报告"
    b = []
    b.append(ps(["按照县委全面依法治县委员会办公室的统一安排，现将三河镇2024年法治政府建设工作情况报告如下。"]))
    b.append('<p class="sec">【一、主要举措和成效】</p>')
    b.append('<p class="sub">◆ 基层法治阵地建设</p>')
    b.append(ps(["镇里把法治阵地建设与美丽乡村建设结合起来，新建法治文化广场1处、法治长廊2条，12个行政村全部设立“法律明白人”工作室，培育“法律明白人”86名、“学法用法示范户”140户。清溪村被评为省级民主法治示范村。"]))
    b.append('<div class="img"></div><p class="cap">▲ 镇司法所工作人员在赶集日为群众解答土地承包法律问题</p>')
    b.append('<p class="sub">◆ 矛盾纠纷多元化解</p>')
    b.append(ps(["坚持和发展新时代“枫桥经验”，镇、村、组三级调解组织全年排查矛盾纠纷412件，调解成功398件，成功率96.6%；对涉及征地拆迁、婚姻家庭的疑难纠纷，由镇综治中心牵头组织“联合会诊”27次，全年未发生因矛盾激化引发的群体性事件和民转刑案件。"]))
    b.append('<p class="sub">◆ 依法行政规范运行</p>')
    b.append(ps(["镇政府年初梳理出农村集体建设用地收储、镇区排水管网改造2项重大事项，编制《三河镇2024年度重大行政决策事项目录》，在镇政务公开栏和“美丽三河”公众号同步公示。两项决策都经过了群众座谈、法律审查和镇党委会、镇政府常务会集体讨论。",
                 "镇政府与县城平川律师事务所签订法律顾问服务协议，由2名律师担任镇政府法律顾问，每月固定到镇坐班2天，全年审核镇政府合同32份，参与信访接待19次。",
                 "镇长刘振华亲自主持召开镇政府专题会议3次，研究综合行政执法事项承接、村规民约合法性审查等问题，并在镇政府常务会议前带头学法8次。全镇综合行政执法队全年办理行政处罚案件57件，无一件被复议撤销或诉讼败诉。"]))
    b.append('<div class="img"></div><p class="cap">▲ 镇综合行政执法队开展“法治体检”进企业活动</p>')
    b.append('<p class="sec">【二、短板弱项及成因】</p>')
    b.append(ps(["回顾全年工作，我镇法治政府建设还存在一些短板：综合行政执法队伍中具有法律专业背景的仅1人，执法文书质量参差不齐；部分村干部依法办事意识不强，个别村“三资”管理不够规范；普法活动以集中宣传为主，针对外出务工返乡人员的普法不多。",
                 "之所以出现这些问题，一是镇里懂法律的专职人员少，执法队伍大多由原站所人员转岗而来；二是对村干部的法治培训以会代训较多，系统性不够；三是普法经费有限，宣传载体更新不及时。"]))
    b.append('<p class="sec">【三、下步打算】</p>')
    b.append(ps(["一是加强综合行政执法队伍建设，每季度组织一次案卷交叉评查，年内争取招录或选调法律专业人员1名；二是对12个行政村开展“三资”管理专项法律审查；三是利用春节、中秋返乡高峰开展“法治返乡行”宣传；四是继续落实重大行政决策程序，年初及时编制公布2025年度目录。",
                 "除以上内容外，本年度本镇没有其他需要报告的情况。"]))
    b.append('<p style="text-align:right">三河镇人民政府<br>2025年2月30日</p>')
    b.append('<p style="color:#999;font-size:13px">供稿：三河镇党政办　编辑：王雨桐　审核：周立</p>')
    rel = ["三河镇召开2025年经济工作会议", "身边的法律明白人｜清溪村老支书的调解经", "春耕时节，这份安全用电提示请收好"]
    save_html("t05_wechat_township_bad_date.html",
              wechat_page("美丽三河", title, "2025年03月12日 09:02", "云岭", "\n".join(b), rel))

def t06():
    title = "松崗區司法局2023年法治政府建設工作情況"
    info = [("索 引 號", "000000000/2024-00108"), ("主題分類", "司法\\公共法律服務"),
            ("發佈機構", "楓林市松崗區司法局"), ("成文日期", "2024-02-20"),
            ("發佈日期", "2024-03-01"), ("文　　號", "無")]
    body = [
        "2023年，楓林市松崗區司法局在區委、區政府和市司法局的領導下，統(tǒng)籌推進(jìn)法治政府建設各項任務，充分發揮全面依法治區的統籌協調職能。現將我局2023年度法治政府建設工作情況報告如下：",
        "一、2023年工作舉措和成效",
        "（一）統(tǒng)籌推進法治建設。承擔區委依法治區辦日常工作，起草區委全面依法治區委員會工作要點，組織開展法治政府建設示範創建自評，對全區21個部門、6個街道的法治建設情況開展實地督察，督促整改問題43個。",
        "（二）局長帶頭履職盡責。局黨組書記、局長林書堯全年主持局黨組會議專題研究法治工作4次，帶頭為全局幹部講授《行政復議法》修訂專題課2次；親自包案督辦跨街道的物業糾紛等重點信訪事項3件；年底向區委依法治區委員會書面述法，並在全區述法大會上作口頭述法。",
        "（三）優化公共法律服務。建成區、街道、社區三級公共法律服務平台，全年提供法律諮詢1.6萬人次，辦理法律援助案件612件。本局2名公職律師全年為區政府各部門審查合同、協議78份，參與重大信訪事項法律研判15次，辦理涉法涉訴事項的法律意見書29份。",
        "（四）做好行政復議應訴。全年受理行政復議申請186件，審結171件，直接糾錯19件；指導全區行政機關應訴案件64件，行政機關負責人出庭應訴率達100%。",
        "二、存在的不足和原因",
        "一是街道司法所人員力量不足，全區6個司法所中有2個僅1名在編人員；二是行政執法監督手段比較單一，主要依靠案卷評查，日常監督覆蓋面不夠；三是重大行政決策程序在本局的落實還不夠系統。這些問題的產生，主要是由於司法所編製長期偏緊，政法專項編製補充渠道有限；同時本局對自身依法決策的制度建設重視程度不如對外統籌工作。",
        "三、2025年工作思路",
        "一是推動司法所規範化建設，爭取新增政法專項編製4名；二是建設行政執法監督信息平台，實現對重點執法領域的線上監督；三是啟動本局重大行政決策事項目錄的梳理編製工作，完善決策程序規定；四是開展“八五”普法中期評估整改。",
    ]
    sig = ["楓林市松崗區司法局", "2024年2月20日"]
    html = '<div class="art-info">發佈時間：2024-03-01 10:42　瀏覽次數：203　【字號：大 中 小】</div>\n'
    html += '<div class="TRS_Editor">\n' + ps(body) + "\n" + ps(sig, cls="r") + "\n</div>"
    rel = [("松崗區2023年行政復議和應訴工作情況通報", "2024-02-06"),
           ("區司法局召開2024年全區司法行政工作會議", "2024-01-30"),
           ("松崗區司法局2022年法治政府建設工作情況", "2023-03-14")]
    save_html("t06_portal_district_justice_traditional.html",
              portal_page("楓林市松崗區人民政府", ["首頁", "政務公開", "部門信息", "區司法局"], info, title, html, rel,
                          traditional=True, extra_top="今天是：2024年3月5日 星期二"))

def t07():
    d = new_doc()
    para(d, "密级：公开", size=12)
    para(d, "栖梧市人民政府文件", bold=True, align="c", size=26)
    para(d, "栖府报〔2025〕5号　　　　　　　　　　签发人：顾长庚", size=14)
    para(d, "栖梧市人民政府", bold=True, align="c", size=20)
    para(d, "关于2024年度法治政府建设情况的报告", bold=True, align="c", size=20)
    para(d, "云岭省人民政府：")
    para(d, "2024年，我市坚持把法治政府建设作为全局性、基础性工作，统筹推进依法行政各项任务。根据《法治政府建设与责任落实督察工作规定》，现将我市2024年度法治政府建设情况报告如下。")
    para(d, "一、2024年度法治政府建设主要举措和成效", bold=True)
    p1 = lead(d, "（一）党政主要负责人带头抓法治。", "市委书记、市长分别在市委常委会、市政府常务会议上部署法治建设重点任务。市长吴启航全年主持市政府常务会议专题研究法治政府建设工作4次，带头讲授法治专题党课1次，亲自接待涉法信访群众并督办化解积案6件；将述法工作延伸到市政府全体组成部门，本人于12月在市委全面依法治市委员会会议上述法。")
    p2 = para(d, "全市63个市直部门和9个县（市、区）党政主要负责人全部完成年度述法，述法报告在市依法治市网公开。")
    wrap_sdt([p1, p2], "第一责任人履职", 4711)
    p = d.add_paragraph()
    r = p.add_run("（二）依法科学民主决策。")
    r.bold = True
    track_format(r, "市司法局 法制科", "2025-02-24T09:30:00Z")
    p.add_run("市政府于2月下旬印发并向社会公布《栖梧市2024年度重大行政决策事项目录》，列入城区供水价格调整、中心城区停车收费管理办法制定等5项事项，全部按期完成决策。市政府坚持凡是没有经过合法性审查的议题，不上常务会议；凡是涉及群众切身利益的决策，无一例外组织听证或网上征求意见。全年共召开决策听证会3场。")
    lead(d, "（三）规范性文件监督管理。", "全年审查以市政府及市政府办公室名义印发的规范性文件14件，全部按时报省政府和市人大常委会备案；对县级政府和市直部门报备的37件文件开展备案审查，发现并督促纠正问题条款9处。全年没有一件规范性文件因为制定程序不规范被上级撤销或责令改正。")
    lead(d, "（四）法律顾问队伍建设。", "市政府法律顾问团由11名专家、律师组成，市直部门公职律师已达到76名，实现市直部门全覆盖。法律顾问和公职律师全年参与审查重大合同143份，参与论证重大行政决策5项，提出法律意见建议210余条。")
    lead(d, "（五）行政执法规范化。", "在全市推行行政执法“三项制度”标准化建设，梳理公布行政执法事项清单3617项；开展执法领域突出问题专项整治，查纠问题287个。全市行政诉讼一审败诉率下降至3.9%。")
    para(d, "二、存在的不足和原因", bold=True)
    para(d, "我市法治政府建设仍存在三个方面不足：一是行政执法“三项制度”在部分乡镇落实不到位，执法全过程记录设备配备不足；二是行政复议吸纳化解行政争议的主渠道作用发挥还不充分；三是部分领导干部运用法治思维解决问题的能力有待提高。原因在于，乡镇执法经费保障主要依靠县级财政，投入不均衡；行政复议机构改革后人员调整尚在磨合；领导干部学法培训的针对性、实效性不够强。")
    para(d, "三、2025年工作安排", bold=True)
    para(d, "一是实施乡镇执法装备补短板工程，年底前实现执法记录仪配备全覆盖；二是健全行政复议调解机制，力争调解和解率提高5个百分点；三是将领导干部学法纳入年度考核，组织“法治讲堂”不少于4期；四是按时编制公布2025年度重大行政决策事项目录；五是迎接省委依法治省办法治督察。")
    para(d, "四、其他需要报告的情况", bold=True)
    para(d, "本年度我市无其他需要报告的情况。")
    para(d, "")
    para(d, "栖梧市人民政府", align="r")
    para(d, "2025年3月4日", align="r")
    para(d, "（此件公开发布）")
    para(d, "栖梧市人民政府办公室　　　　　　　　2025年3月4日印发", size=12)
    save_docx(d, "t07_docx_cover_bold_leads_late.docx")

def t08():
    d = new_doc()
    para(d, "荟萃政务网 > 政务资讯 > 法治建设", size=10)
    para(d, "雁回县应急管理局2024年法治政府建设年度报告", bold=True, size=16)
    para(d, "发布时间：2025-02-10 14:26　　来源：雁回县应急管理局　　阅读：97", size=10)
    wm = "（荟萃政务网 huicui.example 整理，转载请注明出处）"
    long_text = (
        "2024年，雁回县应急管理局在县委、县政府的领导下，坚持以习近平法治思想为指导，围绕安全生产、防灾减灾和应急救援主责主业，依法履职、规范执法，全县安全生产形势保持总体稳定。现将我局2024年法治政府建设情况报告如下："
        "一、2024年主要工作举措及成效"
        "（一）完善应急管理制度体系。修订《雁回县生产安全事故应急预案》和《雁回县自然灾害救助应急预案》，制定危险化学品企业分类监管办法等内部制度5项，清理本局规范性文件4件，宣布失效1件。"
        "（二）规范安全生产行政执法。严格落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，全年检查生产经营单位1147家次，查处违法行为326起，实施行政处罚89起，罚没款合计213.6万元，所有处罚决定均在7个工作日内公示。组织执法案卷评查2次，评查案卷60卷，合格率98.3%。"
        + wm +
        "（三）依法科学民主决策。年初将全县森林防灭火网格化管理方案、工贸企业安全生产风险分级管控办法2项列入本局2024年度重大行政决策事项目录，目录经局党委会审议后于2月28日在县政府门户网站部门专栏公布，两项决策均按程序完成公开征求意见和合法性审查。局党委会全年3次研究法治建设工作，局领导班子集体学法4次。"
        "（四）法律顾问工作。局里眼下仍未与律师事务所签订常年顾问协议，全局也没有取得公职律师证书的人员，日常涉法事务主要由政策法规股2名干部兼办，遇到疑难问题临时向县司法局咨询。"
        "二、存在的不足及原因"
        "一是执法人员力量不足，全局持证执法人员仅14人，与辖区1100余家生产经营单位的监管需求不相匹配；二是执法装备和信息化水平偏低，非现场执法手段运用较少；三是专业法律支撑薄弱。造成这些问题的主要原因，是近年来机构改革后人员编制未能同步增加，执法经费以年度预算为主、缺少稳定投入，加之本局对法律专业人才引进重视不够。"
        + wm +
        "三、2025年工作计划"
        "一是争取增加执法人员编制，推动乡镇应急管理站配齐专职人员；二是推广“互联网+执法”，在重点企业推行远程监测预警；三是按程序选聘常年法律顾问，提升合法性审查和应诉工作质量；四是深入开展“安全生产月”“防灾减灾日”普法宣传。"
        "四、其他需要报告的情况"
        "无。"
        "雁回县应急管理局 2025年1月24日"
    )
    para(d, long_text)
    for line in ["声明：本站部分内容来源于网络，仅供学习交流，如有侵权请联系删除。",
                 "相关推荐：",
                 "雁回县2024年安全生产工作总结　2025-01-15",
                 "应急管理执法典型案例汇编（第三期）　2024-12-20",
                 "返回顶部　|　关于我们　|　联系我们"]:
        para(d, line, size=10)
    save_docx(d, "t08_docx_aggregator_one_paragraph.docx")

def t09():
    title = "《苇塘县人民政府2024年度法治政府建设情况报告》解读"
    info = [("索引号", "000000000/2025-00057"), ("主题分类", "政策解读"),
            ("发布机构", "苇塘县司法局"), ("成文日期", "2025-03-18"),
            ("发布日期", "2025-03-19"), ("解读类型", "部门解读")]
    body = [
        "近日，苇塘县人民政府在县政府门户网站公开了《苇塘县人民政府2024年度法治政府建设情况报告》（以下简称《报告》）。为便于社会公众了解《报告》内容，现从以下几个方面进行解读。",
        "一、《报告》的起草背景",
        "按照《法治政府建设与责任落实督察工作规定》，县级以上地方各级政府每年第一季度要向同级党委和上一级政府报告上一年度法治政府建设情况，并通过报刊、网站等新闻媒体向社会公开。县司法局在系统汇总县直各部门、各乡镇年度报告的基础上，起草形成了《报告》，经县政府常务会议审议后报送县委和枫林市人民政府。",
        "二、《报告》的主要内容",
        "《报告》共分为四个部分。第一部分总结了2024年全县法治政府建设的主要举措和成效，重点介绍了县长履行推进法治建设第一责任人职责、编制公布年度重大行政决策事项目录、实现县直部门法律顾问全覆盖等方面的做法；第二部分分析了存在的不足和原因；第三部分明确了2025年的重点工作安排；第四部分报告了其他需要说明的情况。",
        "三、《报告》的主要亮点",
        "一是数据翔实。《报告》用具体数字反映了全年行政复议、行政诉讼和行政执法工作情况，如全县行政机关负责人出庭应诉率达到100%。二是问题查找比较实在。《报告》没有回避基层执法力量不足、部分部门合法性审查走过场等问题，并逐条分析了原因。三是措施具体可操作。2025年的每项工作安排都明确了牵头单位和时间节点。",
        "四、公众如何查阅和监督",
        "社会公众可登录苇塘县人民政府门户网站“法治政府建设”专栏查阅《报告》全文。对《报告》内容有意见建议的，可通过县政府网站“政民互动”栏目或拨打县司法局电话（0000-0000000）反映。",
        "解读机关：苇塘县司法局",
        "解读人：县司法局法治督察科　孟庆安",
    ]
    html = '<div class="art-info">发布时间：2025-03-19 11:05　来源：苇塘县司法局　【字体：大 中 小】</div>\n'
    html += '<div class="TRS_Editor">\n' + ps(body) + "\n</div>"
    rel = [("苇塘县人民政府2024年度法治政府建设情况报告", "2025-03-18"),
           ("图解：苇塘县2024年法治政府建设成绩单", "2025-03-19"),
           ("苇塘县2024年政府信息公开工作年度报告", "2025-01-22")]
    save_html("t09_portal_policy_interpretation.html",
              portal_page("苇塘县人民政府", ["首页", "政务公开", "政策解读", "部门解读"], info, title, html, rel,
                          extra_top="今天是：2025年3月20日 星期四"))

def t10():
    title = "鹤汀县教育局2025年度法治政府建设情况报告"
    b = []
    b.append(ps(["2025年，鹤汀县教育局以创建“依法治校示范县”为牵引，推动教育系统法治建设各项任务落地见效。现将本局2025年度法治政府建设情况报告如下："]))
    b.append('<p class="sec">【一、2025年主要工作及成效】</p>')
    b.append('<p class="sub">▌落实主要负责人法治责任</p>')
    b.append(ps(["局党组书记、局长吴慧敏把推进教育法治作为年度“书记项目”，全年主持局党组会议专题研究法治工作4次，审定《鹤汀县教育系统法治建设责任清单》；带头参加县政府常务会议会前学法，并为全县中小学校长讲授《未成年人保护法》专题课；亲自协调处理校外培训机构退费纠纷等涉法信访事项5件；12月在县委依法治县办组织的述法会上作述法。"]))
    b.append('<div class="img"></div><p class="cap">▲ 吴慧敏在全县中小学校长法治培训班上授课</p>')
    b.append('<p class="sub">▌推进依法治校示范创建</p>')
    b.append(ps(["全县47所中小学全部完成学校章程修订，配备法治副校长47名，全年开展“开学法治第一课”“宪法晨读”等活动310余场；新增省级依法治校示范校2所、市级示范校6所。校园欺凌专项治理排查隐患线索23条，全部整改到位。"]))
    b.append('<p class="sub">▌规范行政决策和合同管理</p>')
    b.append(ps(["全年局党组会议集体研究“三重一大”事项36项。需要说明的是，今年我局仍没有把重大行政决策事项梳理成年度目录并向社会公开，调整学区划分、新建城东幼儿园等事项是按照个案分别履行征求意见和合法性审查程序的。",
                 "局机关现有公职律师2名，全程参与民办学校审批、校舍建设工程合同、校车服务采购等事项的法律审核，全年审核合同58份，提出修改意见91条，本局全年未发生行政诉讼败诉案件。"]))
    b.append('<p class="sec">【二、存在的不足及原因】</p>')
    b.append(ps(["一是依法决策的制度化水平不高，决策事项目录制度尚未落地；二是部分乡村学校法治教育师资不足，法治课以班主任兼授为主；三是校外培训机构监管执法力量薄弱。从原因上看，本局长期把法治工作重心放在学校管理上，对机关自身决策程序建设研究不够；乡村学校编制紧张，专职道德与法治教师招聘困难；校外培训监管职能划转后，专门执法人员尚未配齐。"]))
    b.append('<p class="sec">【三、2026年工作安排】</p>')
    b.append(ps(["一是2026年一季度首次编制本局重大行政决策事项目录，并在县政府门户网站公布；二是实施乡村学校法治教师培训计划，年内培训不少于120人次；三是会同县市场监管、公安等部门开展校外培训联合执法；四是推进“法治校园”数字化平台建设。"]))
    b.append('<p class="sec">【四、其他需要报告的情况】</p>')
    b.append(ps(["本年度无其他需要报告的情况。"]))
    b.append('<p style="text-align:right">鹤汀县教育局<br>2026年2月12日</p>')
    b.append('<p style="color:#999;font-size:13px">来源：鹤汀县教育局政策法规股　编辑：许安然</p>')
    rel = ["鹤汀县2026年春季学期开学工作部署会召开", "寒假安全提醒｜致全县中小学生家长的一封信", "我县2所学校入选省级依法治校示范校"]
    save_html("t10_wechat_county_education_no_catalog.html",
              wechat_page("鹤汀教育", title, "2026年02月28日 17:45", "云岭", "\n".join(b), rel))

def t11():
    d = new_doc()
    para(d, "栖梧市砚湖区人民政府办公室文件", bold=True, align="c", size=24)
    para(d, "砚政办发〔2025〕6号", align="c")
    para(d, "栖梧市砚湖区人民政府办公室", bold=True, align="c", size=20)
    para(d, "关于印发《砚湖区2025年法治政府建设工作要点》的通知", bold=True, align="c", size=20)
    para(d, "各街道办事处，区政府各部门，各直属单位：")
    para(d, "《砚湖区2025年法治政府建设工作要点》已经区政府同意，现印发给你们，请结合实际认真抓好贯彻落实。各单位要于2026年1月20日前将本单位2025年度法治政府建设情况报告报送区司法局，并于3月底前向社会公开。")
    para(d, "栖梧市砚湖区人民政府办公室", align="r")
    para(d, "2025年3月10日", align="r")
    para(d, "（此件公开发布）")
    para(d, "砚湖区2025年法治政府建设工作要点", bold=True, align="c", size=18)
    para(d, "2025年是《法治政府建设实施纲要（2021—2025年）》的收官之年。为扎实推进全区法治政府建设，制定本工作要点。")
    para(d, "一、加强党对法治政府建设的领导", bold=True)
    para(d, "1. 各单位党政主要负责人要切实履行推进法治建设第一责任人职责，年内至少主持召开2次专题会议研究法治工作，年底前完成述法。（牵头单位：区委依法治区办；责任单位：各单位）")
    para(d, "2. 将法治政府建设情况纳入区管领导班子年度考核，考核权重不低于4%。（牵头单位：区委组织部）")
    para(d, "二、推进依法科学民主决策", bold=True)
    para(d, "3. 区政府及各部门于3月底前编制并公布2025年度重大行政决策事项目录，严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。（牵头单位：区政府办公室、区司法局）")
    para(d, "4. 完善政府法律顾问制度，区政府各部门法律顾问或公职律师配备率达到100%。（牵头单位：区司法局）")
    para(d, "三、严格规范公正文明执法", bold=True)
    para(d, "5. 开展行政执法质量提升年活动，组织执法案卷评查不少于2次，评查结果纳入考核。（牵头单位：区司法局；责任单位：各行政执法部门）")
    para(d, "6. 全面推行涉企行政检查备案制度，杜绝多头检查、重复检查。（牵头单位：区市场监管局）")
    para(d, "四、强化行政权力制约和监督", bold=True)
    para(d, "7. 发挥行政复议化解行政争议主渠道作用，行政复议调解和解率力争达到20%以上。（牵头单位：区司法局）")
    para(d, "8. 落实行政机关负责人出庭应诉制度，出庭应诉率保持100%。（责任单位：各单位）")
    para(d, "五、推进法治社会建设", bold=True)
    para(d, "9. 组织“八五”普法总结验收，评选表彰普法先进单位和个人。（牵头单位：区委宣传部、区司法局）")
    para(d, "10. 各单位要于2026年1月20日前报送本单位2025年度法治政府建设情况报告，报告须包含主要举措和成效、存在的不足和原因、主要负责人履行第一责任人职责情况、下一年度工作安排和其他需要报告的情况。（牵头单位：区委依法治区办）")
    para(d, "抄送：区委办公室，区人大常委会办公室，区政协办公室。", size=12)
    para(d, "栖梧市砚湖区人民政府办公室　　　　　　2025年3月10日印发", size=12)
    save_docx(d, "t11_docx_notice_work_points.docx")

def t12():
    d = new_doc()
    para(d, "（送审稿·2025年3月18日修改）", align="r", size=12)
    d.add_paragraph("云岭省人民政府关于2024年法治政府建设情况的报告", style="Title")
    para(d, "党中央、国务院：")
    para(d, "2024年，云岭省人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻习近平法治思想，认真落实党中央、国务院关于法治政府建设的决策部署，着力推进政府治理法治化，全省法治政府建设取得积极成效。现将有关情况报告如下。")
    d.add_paragraph("一、2024年法治政府建设主要举措和成效", style="Heading 1")
    d.add_paragraph("（一）健全依法行政制度体系", style="Heading 2")
    para(d, "全年提请省人大常委会审议地方性法规草案9件，制定省政府规章6件，修改和废止规章11件。开展涉及不平等对待企业的法规规章和政策措施专项清理，修改废止文件73件。")
    d.add_paragraph("（二）压实党政主要负责人法治建设责任", style="Heading 2")
    para(d, "省长贺国栋主持省政府常务会议专题研究法治政府建设工作3次，听取全省行政执法质量提升、行政复议体制改革推进情况汇报；带头开展会前学法12次，亲自部署全省法治政府建设示范创建工作，并率队赴4个市州督导涉企行政执法突出问题整改。省政府各部门和各市州政府主要负责人全部完成年度述法。")
    d.add_paragraph("（三）提升行政决策公信力", style="Heading 2")
    para(d, "省政府及省直部门严格执行重大行政决策程序，主要制度落实情况见下表。")
    table(d, [["制度", "2024年落实情况"],
              ["重大行政决策事项目录", "省政府于2月编制2024年度目录，列入事项6项，经省政府常务会议审定后在省政府门户网站公开"],
              ["决策合法性审查", "提交省政府常务会议审议的决策草案、文件草案全部经省司法厅审查，出具审查意见212份"],
              ["决策后评估", "对2项已实施3年以上的重大决策开展后评估，调整完善措施5条"]])
    d.add_paragraph("（四）严格规范公正文明执法", style="Heading 2")
    para(d, "深入推进行政执法“三项制度”，在全省推广“教科书式”执法示范单位经验；开展行政执法领域群众反映强烈问题专项整治，整改问题1.3万个；全省行政执法人员培训轮训率达到100%。")
    d.add_paragraph("（五）加强行政权力监督", style="Heading 2")
    para(d, "全省各级行政复议机关新收行政复议案件3.86万件，同比增长41%，行政复议案件数量首次超过一审行政诉讼案件数量；全省行政机关负责人出庭应诉率99.2%。")
    para(d, "同时也要清醒看到，全省法治政府建设仍有一些薄弱环节：部分市县政府对法治建设的重视程度逐级递减，县乡两级行政执法监督力量偏弱；少数地方行政复议纠错后执行不到位；数字法治政府建设在各地推进不平衡。")
    d.add_paragraph("二、2025年工作安排", style="Heading 1")
    d.add_paragraph("（一）高质量完成纲要收官任务", style="Heading 2")
    para(d, "对照《法治政府建设实施纲要（2021—2025年）》和我省实施方案开展终期评估，确保各项任务如期完成。")
    d.add_paragraph("（二）完善政府法律服务体系", style="Heading 2")
    para(d, "推动省直部门和市县政府普遍建立法律顾问制度，扩大公职律师队伍规模，力争年底前省直部门法律顾问、公职律师配备实现全覆盖。")
    d.add_paragraph("（三）提升基层执法监督能力", style="Heading 2")
    para(d, "建立省市县乡四级行政执法协调监督工作体系，县级执法监督机构专职人员原则上不少于3名。")
    d.add_paragraph("三、其他需要报告的情况", style="Heading 1")
    para(d, "2024年，我省3个市、11个县（市、区）被命名为全国或省级法治政府建设示范地区和项目。")
    para(d, "")
    para(d, "云岭省人民政府", align="r")
    para(d, "2025年3月25日", align="r")
    save_docx(d, "t12_docx_province_heading_styles.docx")


if __name__ == "__main__":
    for f in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12):
        f()
    print("done")

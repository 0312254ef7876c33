"""Derive the two deliberate copy texts of the synthetic corpus.

The corpus contains two deliberate "照搬照抄" cases:

* yi-police-2023 copies yi-police-2022 (the issuer's own report of the previous
  year) with the year and most figures changed and two sentences reworded;
* bing-gov-2024 copies jia-gov-2024 (another county's report) with the county
  name swapped and a few sentences changed.

This script records exactly how the copy texts were produced.  The resulting
texts are stored in corpus/tools/texts/ and are what make_corpus.py renders;
running this script again rewrites them identically.

    python corpus/tools/derive_copies.py
"""
from pathlib import Path

TEXTS = Path(__file__).resolve().parent / "texts"

YI_POLICE_2023 = [
    # year of the plan section and of the closing sentence first, then all 2022 -> 2023
    ("2023年工作安排", "2024年工作安排"),
    ("2023年，我局将", "2024年，我局将"),
    ("2022", "2023"),
    ("2023年2月8日", "2024年2月7日"),
    ("会议4次，制定年度", "会议5次，制定年度"),
    ("明确任务28项", "明确任务31项"),
    ("制度10项", "制度8项"),
    ("警情3.6万起，受理行政案件4210起，立刑事案件1085起", "警情3.9万起，受理行政案件4476起，立刑事案件1023起"),
    ("全年快速办理行政案件980起", "全年快速办理行政案件1105起"),
    ("使用1873人次", "使用2045人次"),
    ("涉案财物1452件，依法返还、移交、拍卖处置1320件", "涉案财物1538件，依法返还、移交、拍卖处置1406件"),
    ("决定书867份", "决定书912份"),
    ("执法记录仪310台", "执法记录仪336台"),
    ("考评案件1520起，发现问题86个", "考评案件1647起，发现问题79个"),
    ("执法讲评会11次", "执法讲评会12次"),
    ("投诉件37件", "投诉件41件"),
    ("行政复议案件22件，经复议维持19件、撤销2件、终止1件；行政诉讼案件7件，负责人出庭应诉5件",
     "行政复议案件25件，经复议维持22件、撤销2件、终止1件；行政诉讼案件8件，负责人出庭应诉6件"),
    ("民警42人、中级考试的民警55人", "民警38人、中级考试的民警61人"),
    ("培训12期，培训民警1340人次", "培训13期，培训民警1420人次"),
    ("法律意见31条", "法律意见36条"),
    ("活动64场次，发放宣传资料2.8万份", "活动71场次，发放宣传资料3.1万份"),
    ("群众12万人次，电信网络诈骗发案数同比下降23.4%", "群众13.5万人次，电信网络诈骗发案数同比下降18.7%"),
    ("宣传展板40块", "宣传展板46块"),
    ("可网办事项达到86项，全年网上办理业务2.1万笔", "可网办事项达到93项，全年网上办理业务2.6万笔"),
    ("整改窗口服务问题13个", "整改窗口服务问题9个"),
    ("整改隐患15处", "整改隐患11处"),
    ("仅11人", "仅13人"),
    ("工作6次，定期听取", "工作5次，定期听取"),
    ("法治课2次", "法治课3次"),
    ("审核会议9次", "审核会议11次"),
    ("检查执法工作5次，现场解决执法保障问题12个", "检查执法工作6次，现场解决执法保障问题9个"),
    ("不少于1500人次", "不少于1600人次"),
    ("新增持证民警5人", "新增持证民警4人"),
    # two reworded sentences
    ("对照新修订的行政处罚法，修订", "结合执法实际，修订"),
    ("（四）持续深化执法办案管理中心建设，提升中心智能化管理水平。",
     "（四）推进执法办案管理中心智能化升级，缩短涉案人员在中心滞留时间。"),
]

BING_GOV_2024 = [
    ("示例甲县", "示例丙县"),
    ("2025年2月18日", "2025年2月25日"),
    ("带队督导乡镇法治建设2次，协调解决执法装备保障等事项7件", "带队督导乡镇法治建设3次，协调解决执法装备保障等事项5件"),
    ("上线新生儿出生、企业信息变更等13个“一件事”场景", "上线退休、企业迁移登记等11个“一件事”场景"),
    ("针对县域学校布局调整事项，通过网络征集、座谈会等方式听取家长和教师意见620余条，根据意见对方案作出3处调整。",
     "针对城区农贸市场搬迁事项，通过入户走访、座谈会等方式听取商户和居民意见410余条，根据意见对方案作出2处调整。"),
    ("新培育“法律明白人”420名，建成村级公共法律服务工作室183个。",
     "新培育“法律明白人”350名，村级公共法律服务工作室实现全覆盖。"),
    ("（二）行政复议办案力量与案件增量不匹配。复议机构专职人员仅5名，人均办案量明显高于全市平均水平，原因是行政复议体制改革后人员划转未完全到位。",
     "（二）行政复议办案力量相对不足。复议机构专职人员仅4名，难以适应案件数量增长，原因是行政复议体制改革后人员划转未完全到位。"),
    ("2024年，县政府未发生因违法行政造成重大社会影响的事件。县人大常委会对县政府2023年度法治政府建设情况审议中提出的4条意见，已全部整改落实并书面报告。",
     "2024年，县政府未发生因违法行政造成重大社会影响的事件，无其他需要报告的情况。"),
]


def derive(src: str, dst: str, reps) -> None:
    text = (TEXTS / src).read_text(encoding="utf-8")
    for old, new in reps:
        if old not in text:
            raise SystemExit(f"{dst}: pattern not found: {old}")
        text = text.replace(old, new)
    (TEXTS / dst).write_text(text, encoding="utf-8")


def main() -> None:
    derive("yi-police-2022.text", "yi-police-2023.text", YI_POLICE_2023)
    derive("jia-gov-2024.text", "bing-gov-2024.text", BING_GOV_2024)


if __name__ == "__main__":
    main()

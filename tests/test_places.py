"""Article-level place resolution: realistic snippets and the annotated sample issue."""

import json
from pathlib import Path

import pytest

from ghcli.places import resolve_places

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "000_e8ce5f1fa4209a3c.gold.json"
SEED = ROOT / "seeds" / "000_e8ce5f1fa4209a3c.txt"


def town_pairs(result):
    return [(t["name"], t["district"]) for t in result["towns"]]


# --- newspaper-style snippets (written for these tests) --------------------------------
def test_district_from_title_short_name():
    r = resolve_places("顺义工会为快递小哥送上清凉包",
                       "本报讯(记者 王路曼) 近日,区总工会走进快递站点,为一线职工送去防暑物资。")
    assert r["district"] == "顺义区"
    assert r["districts"] == [{"name": "顺义区", "count": 1}]


def test_district_from_town_only():
    r = resolve_places("镇总工会举办职工趣味运动会",
                       "本报讯 近日,魏善庄镇总工会在镇文体中心举办职工趣味运动会,200余名职工参加。")
    assert r["district"] == "大兴区"
    assert town_pairs(r) == [("魏善庄镇", "大兴区")]


def test_company_name_beginning_with_place():
    r = resolve_places("国企青年岗位练兵",
                       "记者近日从通州商业资产运营集团有限公司工会了解到,该集团组织青年职工开展业务培训。")
    assert r["district"] == "通州区"


def test_daxing_development_zone_is_daxing_not_etdz():
    r = resolve_places("开发区工会开展团辅活动",
                       "本报讯 大兴经济技术开发区总工会依托心灵驿站,组织30名职工开展压力管理团辅活动。")
    assert r["district"] == "大兴区"
    assert r["towns"] == []


def test_etdz_written_yizhuang():
    r = resolve_places("亦庄职工技能大赛开赛",
                       "本报讯 日前,北京经济技术开发区总工会举办职工技能大赛,区内40家企业参赛。")
    assert r["district"] == "北京经济技术开发区"


def test_citywide_story_has_no_district():
    r = resolve_places("市总工会启动“冬送温暖”活动",
                       "本报讯 北京市总工会日前下发通知,在全市范围开展“冬送温暖”活动。\n"
                       "据介绍,东城、西城、朝阳、海淀等区总工会将同步开展走访慰问。")
    assert r["district"] is None
    assert {d["name"] for d in r["districts"]} == {"东城区", "西城区", "朝阳区", "海淀区"}


def test_story_set_outside_beijing():
    r = resolve_places("央企工会助学圆梦",
                       "本报讯 近日,某建筑企业“彩虹益路”助学活动在甘肃康乐县一中举行。\n"
                       "该公司工会还组织职工向甘肃康乐县捐款。")
    assert r["district"] is None
    assert r["places"] == [{"name": "康乐县", "province": "甘肃省", "city": "临夏回族自治州", "county": "康乐县"}]


def test_paired_support_keeps_district_and_most_specific_place():
    r = resolve_places("平谷区总工会赴内蒙古开展对口帮扶",
                       "本报讯 平谷区总工会党组书记带队到内蒙古商都县开展对口帮扶精准对接活动。\n"
                       "此行还走访了在内蒙古的挂职干部。")
    assert r["district"] == "平谷区"
    assert r["places"] == [{"name": "商都县", "province": "内蒙古自治区", "city": "乌兰察布市", "county": "商都县"}]


def test_province_only_place_is_kept_when_alone():
    r = resolve_places("职工赴新疆开展技术帮扶", "本报讯 近日,丰台区总工会组织技术骨干赴新疆开展帮扶。")
    assert r["district"] == "丰台区"
    assert r["places"] == [{"name": "新疆维吾尔自治区", "province": "新疆维吾尔自治区", "city": None, "county": None}]


def test_changchun_chaoyang_is_outside_beijing():
    r = resolve_places("两地工会交流经验",
                       "本报讯 吉林省长春市朝阳区总工会一行来京,与东城区总工会座谈交流。")
    assert r["district"] == "东城区"
    assert r["places"] == [{"name": "朝阳区", "province": "吉林省", "city": "长春市", "county": "朝阳区"}]


def test_informal_area_is_a_town():
    r = resolve_places("昌平区总工会走进回天地区宣传垃圾分类",
                       "本报讯 近日,昌平区总工会志愿服务队走进回天地区智慧社区开展宣传活动。")
    assert r["district"] == "昌平区"
    assert town_pairs(r) == [("回天地区", "昌平区")]


def test_fuzhongxin_counts_but_is_no_town():
    r = resolve_places("青年职工“充电蓄能”", "该集团组织青年骨干开展业务培训,以更好助力副中心经济发展。")
    assert r["district"] == "通州区"
    assert r["towns"] == []


def test_shared_town_name_resolved_by_article():
    r = resolve_places("朝阳区八里庄街道工会走访企业",
                       "本报讯 近日,八里庄街道总工会结合走访调研,了解辖区企业职工需求。")
    assert r["district"] == "朝阳区"
    assert town_pairs(r) == [("八里庄街道", "朝阳区")]


def test_diqu_office_keeps_printed_town_name():
    r = resolve_places("大兴各级工会关爱职工",
                       "本报讯 西红门镇总工会、瀛海地区工会和西红门镇职工之家联合开展活动。")
    assert r["district"] == "大兴区"
    assert r["towns"] == [
        {"name": "西红门镇", "form": "西红门镇", "district": "大兴区"},
        {"name": "瀛海地区", "form": "瀛海地区", "district": "大兴区"},
    ]


def test_township_under_a_former_suffix_keeps_the_printed_name():
    r = resolve_places("丰台工会送清凉", "本报讯 花乡乡和南苑地区的环卫工人收到了清凉物资。")
    assert town_pairs(r) == [("花乡乡", "丰台区"), ("南苑地区", "丰台区")]


def test_street_without_suffix_takes_official_name():
    r = resolve_places("和平街工会举办知识竞赛", "本报讯 朝阳区和平街工会举办“安康杯”知识竞赛。")
    assert r["towns"] == [{"name": "和平街街道", "form": "和平街", "district": "朝阳区"}]


def test_safety_contest_and_cooperation_are_no_places():
    r = resolve_places("“安康杯”竞赛掀起学安全热潮",
                       "本报讯 各单位加强合作,推动和平发展,以“安康杯”竞赛为载体提升安全意识。")
    assert r == {"district": None, "districts": [], "towns": [], "places": []}


def test_passing_mention_is_not_the_district():
    r = resolve_places("劳模工匠进校园宣讲",
                       "本报讯 北京市总工会组织劳模走进校园。\n活动在全市多所学校举行。\n其中一场设在海淀。")
    assert r["district"] is None
    assert r["districts"] == [{"name": "海淀区", "count": 1}]


def test_kicker_weighs_in():
    r = resolve_places("职工书屋焕新升级", "本报讯 近日,区总工会为基层职工书屋配送图书。",
                       kicker="延庆区总工会")
    assert r["district"] == "延庆区"


def test_old_county_name_in_dateline():
    r = resolve_places("工会组织劳模疗休养", "本报讯 记者从密云县总工会获悉,今年将组织劳模疗休养。")
    assert r["district"] == "密云区"


# --- the annotated sample issue ------------------------------------------------------
def _cut_articles():
    """(gold article, body) pairs; a body runs from its title line to the next title
    (or the next article's kicker)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    lines = SEED.read_text(encoding="utf-8").split("\n")
    stripped = [line.lstrip("#").strip() for line in lines]
    starts = [stripped.index(a["title"]) for a in gold]
    out = []
    for k, art in enumerate(gold):
        end = starts[k + 1] if k + 1 < len(gold) else len(lines)
        body = [s for s in stripped[starts[k] + 1:end] if s]
        if k + 1 < len(gold) and gold[k + 1].get("kicker") and body and body[-1] == gold[k + 1]["kicker"]:
            body.pop()
        out.append((art, "\n".join(body)))
    return out


@pytest.mark.parametrize("art,body", _cut_articles(), ids=lambda v: str(v["index"]) if isinstance(v, dict) else "")
def test_gold_sample_issue(art, body):
    r = resolve_places(art["title"], body, kicker=art.get("kicker"), subtitle=art.get("subtitle"))
    assert r["district"] == art["district"]
    assert town_pairs(r) == [(t["name"], t["district"]) for t in art["towns"]]
    assert r["places"] == art["places_outside_beijing"]


# --- whose story it is: the acting body, not the destination; citywide stories ------------
@pytest.mark.parametrize("title, lead, district", [
    ("西城区劳模赴房山疗休养",
     "本报讯(通讯员 杨帆) 近日,西城区总工会组织60名劳模赴房山区开展疗休养活动。在房山区,劳模们参观了"
     "周口店遗址和房山世界地质公园,走进十渡镇体验乡村振兴成果。", "西城区"),
    ("延庆区总工会到望京学习楼宇工会建设",
     "本报讯 日前,延庆区总工会组织基层工会干部到朝阳区望京街道学习楼宇工会建设经验,参观了望京街道"
     "楼宇工会联合会,听取了望京街道总工会的经验介绍。", "延庆区"),
    ("朝阳、海淀两区工会联合举办职工联谊会",
     "本报讯 近日,朝阳区总工会与海淀区总工会联合举办青年职工联谊会,朝阳、海淀两区200余名职工参加。", None),
    ("全市职工服务卡办卡量突破500万",
     "本报讯(记者 孙艳) 记者从市总工会获悉,本市工会会员服务卡累计办卡量已突破500万张。在朝阳区,"
     "服务卡已接入120家定点药店;朝阳区总工会还推出“会员日”专属优惠。", None),
    ("中关村丰台园企业工会开展技能比武",
     "本报讯 近日,中关村科技园区丰台园第三届职工技能比武举行。比武由丰台园工会联合会主办。"
     "中关村丰台园聚集了大量轨道交通企业。", "丰台区"),
    ("北京大学工会举办教职工运动会", "本报讯 近日,北京大学工会举办第十届教职工运动会,3000余名教职工参加。", "海淀区"),
    ("天坛医院工会开展心理减压活动", "本报讯 近日,天坛医院工会为一线医务人员开展心理减压活动。", "丰台区"),
])
def test_the_district_a_story_is_about(title, lead, district):
    assert resolve_places(title, lead)["district"] == district


@pytest.mark.parametrize("text", [
    "日前,市总工会走进建筑工地,帮助职工理顺义务教育入学流程。",  # 理顺 + 义务, not 顺义
    "清晨5时,迎着朝阳,环卫工人们已经开始工作。",
    "号召全市广大职工大兴勤俭节约之风。",
    "中国贸促会北京分会工会举办读书分享会。",  # 国贸 inside 贸促会
    "出生于山东庄户人家的刘师傅如今是技术能手。",
    "每天早上地铁还没开,他就出门了。",
    "乘坐地铁昌平线、房山线上下班。",
    "北京大学生志愿者走进工地。",
    "劳模张劲松说,金盏花开的时候,商场照常营业。",  # 劲松, 金盏, 常营 inside words and a name
    "站点正常营业,捐赠的东西集中分拣,第一缕朝阳洒在屋顶。",  # 常营, 西集, 朝阳
    "线路工人登上铁塔,清理了12处鸟巢。地铁平谷线项目工会慰问建设者。",  # birds' nests, a subway line
])
def test_words_that_hold_a_beijing_name_are_no_places(text):
    r = resolve_places("职工风采", text)
    assert (r["district"], r["districts"], r["towns"]) == (None, [], [])


def test_balizhuang_of_chaoyang_or_haidian_is_told_by_its_landmarks():
    # 八里庄街道 is in 朝阳 and in 海淀: a park or temple of one of them decides
    r = resolve_places("八里庄街道举办职工趣味运动会",
                       "近日,八里庄街道总工会在玲珑公园举办职工趣味运动会。玲珑公园因园内的慈寿寺塔而得名。")
    assert r["district"] == "海淀区"
    r = resolve_places("八里庄街道“楼宇工会联盟”揭牌成立", "近日,八里庄街道楼宇工会联盟在红领巾公园北侧的一座商务楼宇内揭牌成立。")
    assert r["district"] == "朝阳区"
    # … or a ring road that runs through one district only
    r = resolve_places("八里庄街道工会把“暖心集市”搬进商务楼宇",
                       "近日,八里庄街道总工会在东四环边的一座商务楼宇大堂里办起“暖心集市”,300余名职工参与。")
    assert r["district"] == "朝阳区"


def test_shilipu_in_a_chaoyang_story_is_chaoyangs():
    r = resolve_places("十里堡快递小哥有了“爱心驿站”",
                       "本报讯 近日,朝阳区八里庄街道总工会在十里堡地铁站附近建成一处爱心驿站。十里堡一带写字楼集中。")
    assert r["district"] == "朝阳区"
    assert town_pairs(r) == [("八里庄街道", "朝阳区"), ("十里堡", "朝阳区")]
    r = resolve_places("十里堡镇开展职工健步走", "本报讯 近日,密云区总工会在十里堡开展职工健步走活动。")
    assert town_pairs(r) == [("十里堡镇", "密云区")]


def test_tongzhou_of_nantong_is_outside_beijing():
    r = resolve_places("南通通州工友来京交流技能", "本报讯 日前,来自江苏南通通州的30名建筑业工友来京交流技能。")
    assert r["district"] is None and r["districts"] == []
    assert [(p["name"], p["city"]) for p in r["places"]] == [("通州区", "南通市")]


def test_a_headlines_bare_name_is_the_place_the_lead_qualifies():
    # 南通市通州区 in the lead: the headline's bare 通州区 is the same one, not Beijing's
    r = resolve_places("通州区家纺产业工人“技能+学历”双提升",
                       "近日,南通市通州区总工会与南通科技职业学院合作开设家纺设计“订单班”,65名一线职工走进课堂。\n"
                       "通州区是全国重要的家纺产业基地。")
    assert r["district"] is None and r["districts"] == []
    assert {(p["name"], p["city"]) for p in r["places"]} == {("通州区", "南通市")}
    # without the qualified form the headline's 通州区 is Beijing's
    r = resolve_places("通州区家纺产业工人“技能+学历”双提升", "近日,通州区总工会与职业院校合作开设“订单班”。")
    assert r["district"] == "通州区"


def test_a_township_elsewhere_ending_in_a_beijing_townships_name():
    # 辽宁 龙城区 大平房镇 holds 平房镇 (朝阳区): no Beijing town, and the story stays in 朝阳市
    r = resolve_places("朝阳市总工会“送技能下乡”进大棚",
                       "近日,朝阳市总工会组织农业技术专家走进朝阳县柳城街道、龙城区大平房镇的设施农业园区,"
                       "为种植户开展大棚管理技术培训。“设施农业是我们这里的朝阳产业。”")
    assert (r["district"], r["towns"]) == (None, [])
    r = resolve_places("环卫工人收到冬季慰问品", "本报讯 近日,朝阳区平房镇总工会走进环卫所,在平房镇的各个作业点送去慰问品。")
    assert r["district"] == "朝阳区" and [t["district"] for t in r["towns"]] == ["朝阳区"]


@pytest.mark.parametrize("title, text, district", [
    # the only district, named once as the organiser in the last sentence
    ("快递员技能比武决出“十佳”",
     "近日,一场快递员技能比武在一处物流园区举行,60名快递员同场竞技。\n此次比赛由石景山区总工会、区人力社保局联合主办。",
     "石景山区"),
    # the union acting in the lead, the headline's district a destination
    ("百名一线职工赴延庆疗休养",
     "近日,东城区总工会组织百名一线职工赴延庆区开展疗休养活动。\n在延庆,职工们登上八达岭长城,参观了世园公园。",
     "东城区"),
    # a lead that sets the story citywide; 朝阳 is an example
    ("工会爱心托管班开班",
     "记者从市总工会获悉,今年暑期,本市各级工会共开办职工子女爱心托管班320个。\n"
     "在朝阳区呼家楼街道的托管班里,30余名孩子正在上书法课。朝阳区今年共开办托管班45个,海淀区开办38个。",
     None),
    ("马驹桥物流园区“小哥”有了歇脚地", "近日,马驹桥物流园区新就业形态劳动者服务站正式投入使用。", "通州区"),
    ("职工游园会在北海公园举行", "9月23日,西城区总工会在北海公园举办职工游园会。", "西城区"),
    # no district named: the acting 区总工会 and the landmark where it happens
    ("千名职工健步走 畅游世园公园",
     "近日,千余名职工在世园公园集结,参加区总工会主办的健步走活动。\n队伍沿妫水河畔绕行世园公园一周。",
     "延庆区"),
    # the old district's name in a hospital's; a two-character township stem
    ("宣武医院工会开展“白衣天使”健步走", "近日,首都医科大学宣武医院工会组织200余名医护职工参加健步走。", "西城区"),
    ("职工篮球联赛开赛", "近日,由区总工会主办的职工篮球联赛在鲁谷职工体育中心开赛。", "石景山区"),
    # the acting union's district: the others are destinations listed together, a destination
    # given by where it lies, or where invited guests come from; a street's union after its district
    ("劳模们走进山水间 感受京郊新变化",
     "近日，西城区总工会组织50名劳动模范开展疗休养活动，先后走进密云区古北口镇和延庆区八达岭镇，在京郊山水间放松身心。",
     "西城区"),
    ("百余名职工走进首钢园感受工业遗存新变化",
     "近日,海淀区学院路街道总工会组织120余名青年职工,走进位于石景山区的首钢园,开展主题活动。",
     "海淀区"),
    ("书画翰墨颂劳动",
     "近日,东城区体育馆路街道总工会在辖区职工之家举办职工书画作品展。本次展览还特邀西城区、丰台区部分职工书画爱好者的作品参展。",
     "东城区"),
    # a union's team beaten in a final is no union acting; winners from districts are examples
    # of a national contest; a city industry union's own events, at a site or among companies
    # named after places
    ("第十届北京职工篮球联赛在工人体育馆收官",
     "伴随着终场哨声响起,北京城建集团代表队以68比61战胜海淀区总工会代表队,夺得男子组冠军。近日,由北京市总工会主办的联赛总决赛在北京工人体育馆落下帷幕。\n"
     "本届联赛历时4个多月,来自全市16个区总工会、市级产业工会和部分大型企业的41支代表队参赛。预赛阶段分别在朝阳、丰台、昌平、"
     "通州四个赛区展开,复赛和总决赛集中在北京工人体育馆举行。\n"
     "经过激烈角逐,海淀区总工会代表队、北京地铁运营公司代表队分获亚军和季军,朝阳区总工会代表队、丰台区总工会代表队分列第四、五名;"
     "女子组西城区总工会代表队获亚军,大兴区总工会代表队获季军,昌平区总工会等8家单位获得“优秀组织奖”。",
     None),
    ("全国职工摄影大赛评选揭晓 北京12幅作品获奖",
     "近日,中华全国总工会主办的全国职工摄影大赛评选结果揭晓,北京市总工会推荐的12幅作品获奖。\n"
     "北京获奖作品中,海淀区一名科研院所职工拍摄的作品获得银奖,通州区一名建筑工人拍摄的《副中心的塔吊》获得铜奖。",
     None),
    ("市建设工会启动重点工程“百日攻坚”劳动竞赛",
     "近日,北京市建设工会在城市副中心一处在建工地举行劳动竞赛启动仪式。竞赛覆盖42项市级重点工程。",
     None),
    ("市商贸工会职工羽毛球赛收官",
     "近日，北京市商贸工会职工羽毛球比赛落下帷幕。来自王府井集团、首商集团、北京物美集团等企业的30支代表队参加了比赛。\n"
     "北京二商集团代表队获得团体总分第一名，王府井集团代表队、北京物美集团代表队分获第二、三名；"
     "首商集团西单商场的营业员徐晓雯和同事搭档获得女子双打冠军。",
     None),
    ("北大人民医院56名护工“持证上岗”", "近日，北大人民医院首批56名护工通过专业培训和考核，实现持证上岗。", "西城区"),
    ("丽泽职工午间“充电”", "近日，丽泽一座商务楼宇的职工之家开设午间课堂，百余名职工参加。", "丰台区"),
    # the city's stories: a campaign launched at one site (a year before the city's name), a
    # final at a company's base named after its district, a national story's Beijing example
    ("2025年首都职工“安康杯”竞赛启动",
     "4月28日,2025年首都职工“安康杯”竞赛活动启动仪式在城市副中心一处重点工程建设工地举行。", None),
    ("北京市职工职业技能大赛焊工决赛落幕",
     "近日,2024年北京市职工职业技能大赛焊工决赛在北京城建集团丰台职业技能培训基地落下帷幕。", None),
    ("人社部等三部门部署开展招聘专项行动",
     "人力资源社会保障部、教育部、国务院国资委近日联合印发通知,部署开展招聘专项行动。\n"
     "通知要求,各地要集中推出一批招聘活动。在北京，朝阳区人力资源公共服务中心日前已举办首场专场招聘会。",
     None),
    ("全总推进工会法律援助服务全覆盖",
     "据《工人日报》报道,全国总工会近日印发通知,要求各级工会健全职工法律援助服务体系。\n"
     "据了解,北京市西城区总工会在辖区商务楼宇设立“职工法律服务工作站”,这一做法被全总作为经验推广。",
     None),
    # 苹果园 alone may be an orchard; its bus hub is 石景山区's
    ("公交场站“职工之家”焕新", "近日,北京公交集团苹果园场站“职工之家”完成改造升级。", "石景山区"),
    ("果园里的职工志愿者", "近日,镇总工会组织职工志愿者走进万亩苹果园帮助果农采摘。", None),
    # a name placed in a city elsewhere in the lead is no Beijing place in the headline or body
    # either (黄岩区西城街道); a district's name inside a host company's does not hold a story set
    # elsewhere
    ("台州黄岩西城街道：“家门口”驿站服务户外劳动者",
     "据《工人日报》报道 近日，浙江省台州市黄岩区西城街道总工会建成户外劳动者服务驿站。\n西城街道地处黄岩老城区西部。",
     None),
    ("京津冀焊工技能邀请赛在河北保定举行",
     "近日，第三届京津冀职工焊工技能邀请赛在河北省保定市举行。本次比赛由河北保定顺义通汽车零部件有限公司承办。\n"
     "承办企业顺义通公司是当地一家汽车零部件生产企业。",
     None),
    # 燕山 alone may be the mountains; the area 房山区 runs by its names
    ("陈立军：把“老手艺”练成“新绝活”", "清晨7点半，燕山地区的厂区里已是一片忙碌。作为中国石化北京燕山分公司的一名钳工，陈立军走进检修现场。", "房山区"),
    ("燕山脚下的长城守护员", "近日,河北省秦皇岛市的长城保护员们在燕山深处开展巡护。", None),
    # a hospital's campus in another district than its name's
    ("医护职工有了“充电”新空间", "近日,位于京原路的首都医科大学附属北京朝阳医院京西院区职工书屋正式揭牌。", "石景山区"),
    # the water works by their names (高碑店 alone is also a city in 河北)
    ("再生水厂职工比武练技能", "近日,高碑店再生水厂工会举办职工技能比武,60名运行工参赛。", "朝阳区"),
    ("水务职工的“夏日清凉”", "近日,槐房再生水厂工会为一线运行班组送去防暑降温用品。", "丰台区"),
    # a locality of Beijing's name placed in a city elsewhere (高碑店市的新发地): that one, in
    # the headline too; Beijing's when its place is Beijing's (花乡的新发地)
    ("高碑店新发地园区建起“司机之家”",
     "近日,位于河北省保定市高碑店市的新发地农副产品物流园“司机之家”正式投用。\n每天往返京冀运送蔬菜的货车司机有了休息的港湾。",
     None),
    ("职工驿站落户新发地", "近日,花乡的新发地农产品批发市场建起职工驿站,为货车司机提供休息场所。", "丰台区"),
    # 长春市朝阳区 in the lead: the later bare 朝阳区 is the same one
    ("社区工会服务新就业形态劳动者",
     "新华社长春电 近日,吉林省长春市朝阳区总工会在辖区建成20家工会驿站。\n据了解,朝阳区目前有快递员、外卖骑手等3000余人。",
     None),
    # the acting union's own story, held at a venue in another district
    ("朝阳区总工会在雁栖湖畔举办基层工会主席培训班",
     "近日,朝阳区总工会在怀柔雁栖湖畔的一处培训基地举办基层工会主席培训班,120名基层工会主席参加。",
     "朝阳区"),
    # the organiser, not the union that helps it (both in the headline)
    ("平谷密云两区职工登山赛举行",
     "近日,由平谷区总工会主办、密云区总工会协办的平谷密云两区职工登山比赛在金海湖畔举行,两区500余名职工参加。\n"
     "平谷区总工会相关负责人表示,将与密云区总工会加强合作。",
     "平谷区"),
    ("两区工会联合举办职工篮球赛",
     "近日,由密云区总工会协办、平谷区总工会主办的职工篮球赛举行。",
     "平谷区"),
    # two ambiguous names whose only common district is 朝阳 (八里庄: 朝阳 or 海淀; 十里堡: 朝阳 or 密云)
    ("社区“小哥驿站”挂牌运行",
     "近日,八里庄街道红庙社区“小哥驿站”挂牌。\n驿站主要服务在十里堡一带跑单的快递员和外卖骑手。",
     "朝阳区"),
    # a hospital with campuses in several districts: the campus places the story
    ("医院工会为护士办“集体生日会”",
     "近日,北京积水潭医院回龙观院区职工之家里歌声阵阵,院区工会为42名护士举办集体生日会。", "昌平区"),
    ("北京协和医院工会开展义诊", "近日,北京协和医院工会在东单院区门诊楼前举办义诊活动。", "东城区"),
    # a headline set outside Beijing and a lead naming no district: the body's districts are
    # where people work or go; a Beijing union acting there keeps its district
    ("燕郊为进京通勤职工设起“早班驿站”",
     "近日，河北省三河市总工会在燕郊的多个进京公交站点附近设立了5处通勤职工驿站。\n"
     "不少人在国贸、通州等地工作。在国贸一家广告公司上班的李娜说：“现在能在驿站里热个早饭。”", None),
    ("“娘家人”千里探望职工家属",
     "4月22日，在河南省周口市沈丘县付井镇的一个农家小院里，70岁的王大娘拉着来访客人的手说不出话来。\n"
     "来访的客人是大兴区总工会“送温暖到家乡”慰问组的工作人员。大兴区总工会相关负责人表示，活动已连续开展5年。", "大兴区"),
    # a city enterprise's site, placed by a sentence that says where the headline's subject is
    ("第九水厂成立“劳模创新工作室联盟”",
     "近日,北京市自来水集团第九水厂“劳模创新工作室联盟”揭牌成立。\n第九水厂位于朝阳区,是北京市规模最大的地表水厂之一。", "朝阳区"),
    ("燕郊职工来京参加技能交流", "近日，平谷区总工会邀请燕郊30名职工来到平谷区参加技能交流活动。\n平谷区总工会相关负责人介绍。", "平谷区"),
    ("雄安工地上的北京建设者", "近日，北京城建集团雄安项目部工会为建设者举办集体生日会。\n项目部职工大多来自北京朝阳。", None),
    # a university a student was admitted to is no evidence; one where people work is
    ("环卫工女儿考上清华，镇总工会送来助学金",
     "8月20日，溪翁庄镇总工会的工作人员来到环卫工人李桂英家中，为她被清华大学录取的女儿送上助学金。\n"
     "王思雨今年高考取得了优异成绩，考上清华大学。“等我毕业了，一定回来守护好密云水库这一湖清水。”", "密云区"),
    ("清华大学工会为教职工送清凉", "近日，清华大学工会为后勤一线职工送去清凉包800份。", "海淀区"),
    # a lead whose venue is outside Beijing, and a district named in the body only
    ("京津冀劳模工匠在津交流技艺",
     "近日，京津冀劳模工匠技艺交流活动在天津市滨海新区举行，三地150余名劳模工匠齐聚一堂。\n"
     "北京代表团的一位机务工程师分享了在北京大兴国际机场从事飞机维修的经验。", None),
    ("北京现代第一工厂“蓝领创客”团队获评工人先锋号",
     "近日，北京现代汽车有限公司第一工厂焊装车间“蓝领创客”团队获评北京市工人先锋号。\n据了解，林河开发区内的这座工厂投产已逾二十年。", "顺义区"),
    # a branch named after where it is; an institution named after a district, its campus elsewhere
    ("北京四中房山校区青年教师拜师", "近日,北京四中房山校区教职工工会举行师徒结对仪式。\n北京四中房山校区位于房山区长阳镇,也有从西城本部派来交流的特级教师。", "房山区"),
    ("人大附中朝阳学校教职工趣味运动会", "近日,人大附中朝阳学校教职工工会举办趣味运动会。\n学校是人大附中与朝阳区合作举办的公办学校。", "朝阳区"),
    ("朝阳医院京西院区医护人员有了“减压小屋”",
     "近日,北京朝阳医院京西院区职工“减压小屋”正式启用。小屋位于石景山区京原路院区门诊楼三层。\n医院工会将协调石景山区总工会资源。",
     "石景山区"),
    ("朝阳医院工会举办护士节活动", "近日,北京朝阳医院工会为200名护士举办护士节活动。", "朝阳区"),
    # the union acting in the lead, the other district named bare in the headline and as a destination in the lead
    ("海淀职工子女周口店探秘“北京人”",
     "“原来北京人的头盖骨就是在这里发现的！”近日,海淀区总工会组织的研学营走进房山区周口店北京人遗址博物馆。\n"
     "孩子们还在房山世界地质公园里辨认岩石。\n今年暑期海淀区总工会共开设研学营12期。", "海淀区"),
    # the station's own workforce places a story at it; leaving from it does not
    ("北京站为春运一线职工送上“暖心包”", "春运大幕拉开,北京站客流持续攀升。近日,北京站工会为一线职工送上“暖心包”。", "东城区"),
    ("劳模疗休养首发团启程", "近日,市总工会劳模疗休养首发团一行40人从北京站出发,前往黑龙江。", None),
    # the only Beijing district is where the workers came from; the story is in Hebei
    ("首钢总公司工会为京唐公司青年职工搭建成长平台",
     "首钢京唐公司地处河北唐山曹妃甸。\n不少青年职工是随着首钢搬迁从石景山老厂区来到海边的“钢二代”。", None),
    ("炉前三十年",
     "在河北迁安的首钢迁钢公司炼钢作业部,提起炉长李宏伟,工友们都会竖起大拇指。\n"
     "1994年,李宏伟进入首钢第二炼钢厂。2010年,随着首钢搬迁调整,他和许多工友一起来到迁安。\n"
     "这位从北京石景山老厂区走出来的“老首钢”,已经在转炉前站了整整三十年。", None),
    # a bus depot a reader places
    ("公交场站职工有了“爱心休息室”", "近日,北京公交集团第八客运分公司草桥场站新改造的“爱心休息室”投入使用。", "丰台区"),
    # the organiser and a list of unions that help it; a venue named before the acting union
    ("职工运动会开幕", "近日,由东城区总工会主办,西城区、丰台区总工会协办的职工运动会开幕。", "东城区"),
    ("劳模志愿服务队进果园",
     "在密云区太师屯镇的一片苹果园里,东城区总工会组织的劳模志愿服务队正在为果农剪枝。", "东城区"),
    # a city or national body acting; the district only in an example of the body
    ("新就业形态劳动者入会可“一键办理”",
     "记者近日从北京市总工会获悉,市总工会上线入会服务。\n据介绍,这项服务此前已在朝阳区开展了为期3个月的试点,朝阳区共有1.2万名劳动者加入工会。",
     None),
    ("人社部公示19个新职业",
     "记者从人力资源和社会保障部获悉,人社部日前向社会公示19个新职业。\n以智能网联汽车测试员为例,在北京亦庄的一家自动驾驶企业,测试员每天要驾驶测试车辆。",
     None),
    # a street the zone runs, named alone; the morning sun over a street union's story
    ("职工子女暑期托管班开班", "近日,博兴街道总工会联合辖区企业工会开办的职工子女暑期托管班开班。", "北京经济技术开发区"),
    ("工地早餐", "早上6点,朝阳映红了塔吊。近日,天宫院街道总工会推出爱心早餐。", "大兴区"),
    # a campaign across the city, launched at a campus (a landmark venue, no subject)
    ("“大国工匠进校园”活动启动",
     "近日,“大国工匠进校园”活动启动仪式在北京大学举行。今年活动将走进全市30所高校和职业院校。", None),
    # sights of another city listed with a name a Beijing township shares
    ("东城区劳模赴济南疗休养", "近日,东城区总工会组织劳模来到山东济南,先后参观了趵突泉、珍珠泉。", "东城区"),
    # the city body's own campaign, launched at a landmark in one district
    ("市总工会启动2025年“职工运动季”",
     "本报讯(记者 白莹) 7月20日,北京市总工会在奥林匹克公园启动2025年“职工运动季”系列活动。", None),
    # a township printed under its former name (花乡街道 was 花乡地区 and 花乡乡)
    ("花乡地区花卉市场商户工会成立", "近日,花乡地区花卉交易市场商户联合工会成立,300余名商户入会。", "丰台区"),
])
def test_more_stories_and_their_district(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("text", [
    "门头沟区职工沿着永定河南岸健步走,海淀区职工从昆明湖北岸、香山东门出发。",
    "兰州拉面、扬州炒饭、重庆小面摆上了职工食堂的餐桌。",
    "燕山南麓的职工书屋开放。",
])
def test_words_that_hold_a_place_elsewhere_are_no_places(text):
    assert resolve_places("职工生活", text)["places"] == []


def test_station_exits_are_not_nankou():
    r = resolve_places("地铁站旁的“职工驿站”启用",
                       "近日,位于地铁5号线惠新西街南口站旁的一处职工驿站正式启用。该驿站由小关街道总工会建设。")
    assert [t["name"] for t in r["towns"]] == ["小关街道"]


def test_banner_abbreviations_elsewhere():
    r = resolve_places("东城区总工会赴科右中旗开展对口帮扶", "近日,东城区总工会赴内蒙古兴安盟科右中旗开展对口帮扶。")
    assert r["district"] == "东城区"
    assert [(p["name"], p["city"]) for p in r["places"]] == [("科尔沁右翼中旗", "兴安盟")]


@pytest.mark.parametrize("title, text, district", [
    ("荣华街道工会服务站揭牌", "本报讯 近日，荣华街道工会服务站在经开区核心区的一栋商务楼宇内揭牌。", "北京经济技术开发区"),
    ("大兴区荣华街道总工会举办职工羽毛球赛", "近日,大兴区荣华街道总工会举办职工羽毛球比赛。", "大兴区"),
    ("东西城青年职工“鹊桥”相会", "本报讯 七夕前夕，东城区总工会与西城区总工会联合举办青年职工交友联谊活动。", None),
    ("丽泽职工健步迎新春", "近日，丽泽金融商务区工会联合会举办职工健步走活动。", "丰台区"),
])
def test_streets_run_by_the_development_zone_and_more_landmarks(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    ("首都职工运动会开幕", "本报讯 近日,首都职工运动会开幕式在石景山区首钢园举行,全市16个区和各产业工会的3000余名运动员将参加比赛。", None),
    ("全市首家职工驿站落成", "本报讯 近日，全市首家24小时职工驿站在朝阳区望京街道落成。", "朝阳区"),  # a rank, not a scope
])
def test_citywide_scope_and_rank(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    ("驿站建在胡同南口", "本报讯 近日，东四街道总工会在史家胡同南口设立户外劳动者驿站。", "东城区"),  # no 南口 of 昌平
    ("果农的苹果有了好销路", "西城区总工会组织干部职工到密云区西田各庄镇开展消费帮扶。\n在密云,职工们采购苹果。\n密云的果农表示感谢。",
     "西城区"),
    ("冬奥赛区有了职工驿站", "冬奥会期间，市总工会在北京、延庆、张家口三大赛区设立职工服务驿站。", None),
    ("地铁职工驿站覆盖12个车站", "地铁运营公司工会在国贸站、西单站、北京南站、北京西站等12个车站建成职工驿站。", None),
    ("职工乒乓球赛在工人体育馆举行", "北京市职工乒乓球比赛在北京工人体育馆进行,来自全市各区、企业的41支队伍参加了比赛。", None),
    ("工匠刘海涛", "本报讯(记者 盛丽) 凌晨五点,车间的灯已经亮了。\n刘海涛是北京经济技术开发区首批工匠。", "北京经济技术开发区"),
    ("职工代表座谈会召开", "本报讯 近日，市总工会召开职工代表座谈会。\n会上，海淀区总工会作了交流发言。", None),
])
def test_round_five_stories(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("text", ["确保广大旅客平安顺利返乡。", "与当地新乡贤、种植大户座谈。", "担任中卫的老队员王强。", "白银价格上涨。"])
def test_more_words_that_are_no_places(text):
    assert resolve_places("职工生活", text)["places"] == []


@pytest.mark.parametrize("title, text, district", [
    ("市总工会启动冬送温暖", "本报讯(记者 孙艳)1月8日,北京市总工会冬送温暖活动启动仪式在东城区劳动人民文化宫举行。全市各级工会将慰问困难职工。", None),
    ("市总工会领导到朝阳区调研", "近日，市总工会领导到朝阳区调研新就业形态劳动者服务工作。", "朝阳区"),
    # a city body's event at the city's hall, though the headline says nothing of the city
    ("“春风送岗”职工专场招聘会提供岗位1.2万个",
     "近日,由北京市总工会、北京市人力资源和社会保障局联合举办的“春风送岗”职工专场招聘会在北京市劳动人民文化宫举行,"
     "200余家用人单位提供就业岗位1.2万个。", None),
    ("职工羽毛球比赛开赛", "由北京市总工会主办的北京市职工羽毛球比赛(房山站)4月7日开赛。来自全区企事业单位的300名干部职工参加,满足全市广大职工的健身需要。",
     "房山区"),
])
def test_a_city_bodys_citywide_campaign_launched_in_one_district(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_a_worker_whose_name_opens_with_a_towns_name():
    # 张镇 is a township of 顺义; 焊工张镇涛 is a welder (the extract stage tells names from places)
    from ghcli.extract import extract_articles
    from ghcli.split import split_text

    text = "## 张镇涛:焊花里练就“金手”\n\n本报讯(记者 马超) 在通州区一处建筑工地上,焊工张镇涛正在焊接钢梁。\n"
    (art,) = extract_articles(split_text(text))
    assert art.district == "通州区" and art.towns == []


def test_a_driver_named_after_a_district():
    # 刘昌平 drives a subway train: a person, no evidence for 昌平区
    from ghcli.extract import extract_articles
    from ghcli.split import split_text

    text = ("## 地铁司机的“零差错”\n\n本报讯(记者 马超) 安全行车30万公里,这是北京地铁10号线电客车司机刘昌平交出的成绩单。\n\n"
            "刘昌平坚持“手指口呼”,刘昌平还把经验编成口诀。\n")
    (art,) = extract_articles(split_text(text))
    assert art.district is None and art.districts == []


def test_a_city_bodys_list_of_winners_places_no_district():
    r = resolve_places("2025年北京市五一劳动奖章获得者名单公布",
                       "本报讯(记者 白莹) 近日,北京市总工会印发表彰决定,授予100名职工北京市五一劳动奖章。\n"
                       "现将部分获奖者名单摘登如下:\n王建国 北京公交集团第一客运分公司驾驶员\n"
                       "李秀英 中关村科技园区海淀园一家软件企业工程师\n张伟 海淀区学院路街道社区工作者")
    assert r["district"] is None
    # a district union's list is that district's
    r = resolve_places("海淀区表彰一批优秀工会工作者",
                       "本报讯 近日,海淀区总工会表彰了一批优秀工会工作者。\n名单如下:\n张伟 学院路街道总工会")
    assert r["district"] == "海淀区"


def test_a_comparison_of_cities_and_the_bashang_plateau():
    r = resolve_places("户外劳动者驿站如何从“有没有”走向“好不好”",
                       "记者近日走访北京、上海、广州、成都四地发现，户外劳动者驿站数量大幅增加。\n"
                       "在朝阳区望京的一处驿站，外卖员李强说，夏天最需要的就是一口凉水。",
                       kicker="北京、上海、广州、成都四地调查")
    assert r["district"] is None
    r = resolve_places("张家口坝上的北京“电力铁军”", "入冬以来，张家口坝上地区气温骤降至零下20多摄氏度。")
    assert (r["district"], r["towns"]) == (None, [])  # 上地 inside 坝上地区


@pytest.mark.parametrize("title, text, district", [
    # a company's union named by where the company is, its outing elsewhere a destination
    ("软件企业工会组织职工登妙峰山",
     "近日，位于海淀区中关村软件园的一家软件有限公司工会组织70余名职工，赴门头沟区妙峰山开展秋季登山活动。\n"
     "职工们沿古香道拾级而上，全程约6公里。", "海淀区"),
    # a place where someone lives counts only when the story names no other district
    ("王建军:CBD楼宇里的“跨区”电工",
     "凌晨5点,家住通州区梨园镇的王建军就要出门,赶在7点前到达朝阳区建外街道的一栋甲级写字楼。\n"
     "今年“五一”前夕,他被评为朝阳区“最美楼宇职工”。“住在通州,房子宽敞些。”王建军说。", "朝阳区"),
    ("退休职工的“小院课堂”",
     "家住丰台区卢沟桥街道的退休职工张大爷,在自家小院里为邻居们开起了安全用电课。\n课堂已办了30期。", "丰台区"),
])
def test_where_a_body_is_and_where_a_worker_lives(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, subtitle, text", [
    # where a worker lives is no place of the story when the city acts, or when the worker is
    # portrayed at work; where a worker was born never is
    ("十名“最美一线职工”获表彰", None,
     "本报讯(记者 白莹) 日前,市总工会召开2024年“最美一线职工”发布会,10名一线职工获得表彰。\n"
     "北京公交集团驾驶员陈立平家住昌平区回龙观,每天凌晨4点起床,赶到场站发出首班车。"),
    ("方向盘上的“百万公里”", "——记北京公交集团驾驶员张建军",
     "每天清晨5点，张建军都会准时出现在公交场站。\n今年49岁的张建军家住丰台区，1998年成为一名公交驾驶员。"),
    ("从山村少年到全国技术能手", None,
     "焊花飞溅间,一条平整均匀的焊缝逐渐成形。\n宋海涛出生在平谷区熊儿寨乡的一个小山村,2016年进入北京建工集团。"),
])
def test_where_a_worker_lives_or_was_born_places_no_story(title, subtitle, text):
    assert resolve_places(title, text, subtitle=subtitle)["district"] is None


@pytest.mark.parametrize("title, text, district", [
    ("市教育工会走进北京交通大学调研教职工之家建设",
     "近日，北京市教育工会到北京交通大学调研教职工之家建设工作，实地察看了学校教职工活动中心。", "海淀区"),
    ("北航沙河校区食堂职工技能比武", "近日，北航沙河校区举办食堂职工技能比武，60名厨师参赛。", "昌平区"),  # the campus's place
    # a university's school or hospital is elsewhere; a student's university is no place of the story
    ("附中教师工会送温暖", "近日，北京师范大学附属实验中学工会为20名退休教师送去慰问品。", None),
    ("困难职工子女圆了大学梦", "近日，延庆区总工会为困难职工子女发放助学金。孩子考上了北京工业大学，学费不再发愁。", "延庆区"),
])
def test_universities_by_their_main_campus(title, text, district):
    r = resolve_places(title, text)
    assert r["district"] == district
    if "考上了" in text:
        assert [d["name"] for d in r["districts"]] == ["延庆区"]


@pytest.mark.parametrize("title, text, district", [
    # the text says where the headline's subject is, over the district its name holds
    ("朝阳医院京西院区工会为一线职工送清凉",
     "近日,北京朝阳医院京西院区工会开展“夏送清凉”慰问活动,送去防暑物品1200余份。\n"
     "京西院区位于石景山区京原路,是朝阳医院“一院多区”发展格局中的重要院区。", "石景山区"),
    # a district in a company's name, or named as its seat, is not where its people work
    ("城建朝阳建设公司工会把清凉送到副中心工地",
     "近日，北京城建朝阳建设工程有限公司工会走进公司承建的通州区潞城镇某安置房项目工地，送去清凉物资。\n"
     "该公司工会主席表示，公司总部虽在朝阳，但近年来在城市副中心承建的项目越来越多。", "通州区"),
    ("项目部工会把“职工之家”建在工地上",
     "近日，北京海淀城建集团有限公司驻延庆项目部工会“职工之家”在康庄镇某保障性住房项目工地揭牌。\n"
     "集团工会主席表示，集团总部在海淀，但一线职工分散在全市多个项目上。", "延庆区"),
    # … unless the story names that district otherwise too: a utility named after where it serves
    ("国网延庆供电公司工会：创新工作室里“长”出金点子",
     "近日，国网延庆供电公司的劳模创新工作室又传来好消息。\n延庆山区多、线路长，过去一条线路巡检要走上两天。", "延庆区"),
    # a project elsewhere that a Beijing company builds: the story is set there
    ("北京建设者扎根通州湾建港口",
     "近日,由北京城建港航工程有限公司承建的江苏南通通州湾示范区某港区码头工程完成主体结构施工。\n"
     "项目经理说,公司总部近年迁到了北京城市副中心。“北京的通州和江苏的通州湾,我们都在建。”", None),
    # a feature set elsewhere: the company's seat in Beijing is no place of the story …
    ("在昆仑山下种下“数字绿洲”",
     "清晨八点,新疆和田地区墨玉县的天刚蒙蒙亮。许言已经坐上了前往核桃种植基地的越野车。\n"
     "许言是北京中科云图信息技术有限公司的一名遥感工程师。这家总部位于海淀区上地的科技企业深耕农业遥感。", None),
    # … while with no place elsewhere the seat is all the story says
    ("遥感工程师许言:让数据替农户“看天”",
     "清晨八点,许言已经背着无人机出了门。\n"
     "许言是北京中科云图信息技术有限公司的一名遥感工程师。这家总部位于海淀区上地的科技企业深耕农业遥感。", "海淀区"),
    # a national body's list of cases: a district's is one of them
    ("全总发布新就业形态劳动者权益维护典型案例",
     "近日,中华全国总工会发布第二批典型案例,共10个案例入选。\n"
     "入选案例来自北京、上海、浙江等地。其中,北京市朝阳区某外卖配送站点工会通过集体协商推动建立补贴机制。", None),
    # plants in three districts, a carmaker's name standing for each
    ("北汽集团工会启动“技能提升月”",
     "近日，北京汽车集团有限公司工会启动职工“技能提升月”活动，集团所属北京奔驰、北京现代等企业的5万余名职工参与。\n"
     "位于亦庄的北京奔驰开展电池装配比武；位于顺义的北京现代聚焦焊装工艺；位于昌平的北汽福田组织底盘装调比拼。", None),
])
def test_names_that_hold_a_place_and_places_that_hold_a_story(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # a Beijing company's plant elsewhere, the district inside its name
    ("涿州一京企工会为职工子女办起暑托班",
     "本报讯(记者 刘欣欣) 暑假到来,在河北涿州高新区的北京海淀恒通机电(涿州)有限公司,工会开办的职工子女暑期托管班正式开班。", None),
    # commuters from elsewhere: where they go to work is no place of the story …
    ("燕郊职工的“通勤路”越走越顺",
     "本报讯(实习记者 郭嘉宁)每天清晨5点多,家住河北三河市燕郊镇的职工吴海涛就要出门,赶乘通勤班车前往北京国贸上班。\n"
     "该驿站由三河市总工会建设,提供热水、充电、早餐加热等服务。", None),
    # … but a Beijing union going there still acts
    ("为跨界通勤职工送上热早餐",
     "本报讯(记者 马超)近日,朝阳区总工会前往河北三河市燕郊镇,为在国贸上班的跨界通勤职工送上热早餐。", "朝阳区"),
    # a commentary running through examples in several places
    ("让“职工之家”建在家门口",
     "从荣华街道的“骑手加油站”，到回天地区的职工书屋，再到临空区的职工之家，越来越多的工会服务阵地正在向职工身边延伸。\n"
     "服务阵地建起来，关键在于用起来。", None),
    # … while a story that names its place otherwise keeps it
    ("回天地区职工书屋上新",
     "近日，回天地区的职工书屋新添图书2000册。从报名、到借阅，再到归还，职工都能在手机上办理。", "昌平区"),
])
def test_places_that_are_no_setting(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # a station, a hub, a depot or a hospital places a story by itself (a hospital by its main campus)
    ("清河站里的“小红帽”", "近日,在京张高铁清河站,北京铁路工会“小红帽”志愿服务队为老年旅客提供轮椅服务。", "海淀区"),
    ("公交集团工会在动物园枢纽建起“驾驶员之家”",
     "本报讯(通讯员 李静)近日,北京公交集团工会在动物园公交枢纽建成的“驾驶员之家”正式投入使用。", "西城区"),
    ("古城车辆段检修工练就“火眼金睛”", "凌晨零点,当最后一列地铁驶回古城车辆段,检修四班的14名职工便钻进了检修地沟。", "石景山区"),
    ("儿童医院“夜班妈妈”的坚守", "凌晨两点,北京儿童医院新生儿重症监护室里,护士刘静正轻轻为一名早产儿调整保温箱温度。", "西城区"),
    ("护士节里的“集体生日”", "近日,积水潭医院回龙观院区工会为50名护士举办集体生日会。", "昌平区"),
    # … but not another city's hospital of the same name, nor an expert's workplace under an answer
    ("武汉协和医院举办护理技能大赛", "近日,武汉协和医院举办护理技能大赛,200余名护士参赛。", None),
    ("久坐办公颈椎不适怎么办？",
     "问：我是一名财务人员，每天对着电脑一坐就是七八个小时，最近经常感到脖子僵硬。\n"
     "答：长时间低头伏案工作，很容易引起颈椎劳损。\n（北京积水潭医院康复科 副主任医师 刘志刚）", None),
])
def test_facilities_that_place_a_story(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # the Winter Olympics' venues by their nicknames, and 崇礼 (张家口) without its 区
    ("小海坨山上的“雪务专家”", "在小海坨山上,造雪工人们连夜作业,为赛道铺上“雪被”。", "延庆区"),
    ("冰立方里的制冰师", "国家游泳中心“冰立方”的制冰团队连日奋战,完成冰壶赛道的制冰任务。", "朝阳区"),
    ("大跳台下的“冰雪卫士”", "在首钢大跳台,30名运维职工昼夜值守。", "石景山区"),
    ("冰球场地迎来冬残奥“转场”", "近日,国家体育馆内,场馆运行团队职工对冰面和场地设施进行调整。", "朝阳区"),
])
def test_winter_olympic_venues(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_chongli_printed_without_its_district_word():
    r = resolve_places("冬奥服务保障职工在崇礼坚守", "近日,记者来到张家口崇礼,探访冬奥服务保障一线职工。")
    assert r["district"] is None
    assert [(p["province"], p["city"], p["county"]) for p in r["places"]] == [("河北省", "张家口市", "崇礼区")]


@pytest.mark.parametrize("title, text, district", [
    # a city body's event at a landmark: a participant's school elsewhere named in passing
    ("首都教职工乒乓球赛开拍",
     "本报讯(记者 马超)近日,由北京市教育工会主办的首都教职工乒乓球比赛在北京工业大学体育馆开拍。来自全市高校、中小学的68支代表队参赛。\n"
     "首次参赛的北京四中体育教师郭宁说:“平时在课堂上教学生打球,今天自己上场比赛,感觉特别过瘾。”", None),
    # … but the venue's district acting in the body too makes it the story's
    ("首都教职工乒乓球赛开拍",
     "本报讯(记者 马超)近日,由北京市教育工会主办的首都教职工乒乓球比赛在北京工业大学体育馆开拍。来自全市高校、中小学的68支代表队参赛。\n"
     "比赛由朝阳区教育工会承办,北京四中体育教师郭宁说:“感觉特别过瘾。”", "朝阳区"),
    # stops across the city listed together: none of them is the story's
    ("公交集团“送清凉”覆盖全部运营场站",
     "本报讯（记者 陈曦）入夏以来，北京公交集团工会启动“夏送清凉”活动，慰问覆盖全部运营场站和枢纽。\n"
     "在高温时段，集团工会慰问组深入四惠、六里桥、北京西站南广场等枢纽，看望坚守岗位的调度员和驾驶员。", None),
    # … while a list of one district's places names that district
    ("公交场站“送清凉”",
     "本报讯（记者 陈曦）入夏以来，北京公交集团工会启动“夏送清凉”活动。\n"
     "慰问组深入望京、酒仙桥、三里屯等场站，看望坚守岗位的驾驶员。", "朝阳区"),
    # a city body's campaign launched at a station, its service points at the city's stations
    ("市总工会为1万名来京务工人员送返乡车票",
     "1月13日,北京市总工会“温暖回家路”春节返乡送车票活动在北京西站启动。今年,市总工会将为1万名来京务工人员发放返乡车票补贴。\n"
     "活动期间,市总工会还联合铁路部门在北京站、北京西站、北京南站等设立职工服务点,为返乡职工提供行李打包等服务。", None),
])
def test_a_citys_event_and_its_stops(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # the headline's first place is its subject; another district it names as guests or as where
    # someone lives is no second subject
    ("八角街道职工之家迎来门头沟“同行”",
     "本报讯(记者 白莹)近日,石景山区八角街道总工会职工之家迎来门头沟区总工会组织的基层工会干部参观团。", "石景山区"),
    ("朝阳一物流企业工会为在通州安家的快递员解难题",
     "本报讯(记者 刘欣欣) 近日,北京顺达通物流有限公司快递员马建华拿到了孩子的入学通知书。\n"
     "北京顺达通物流有限公司位于朝阳区十八里店乡。家住通州区马驹桥镇的马建华为孩子入学材料犯了愁。", "朝阳区"),
    # a district's union that hosts (接待来自…) another's workers
    ("房山为门头沟一线职工办起疗休养专场",
     "近日,房山区总工会在周口店镇职工疗休养基地,接待来自门头沟区的50名一线职工开展为期三天的疗休养活动。"
     "这是两区工会建立职工服务协作机制后,首次开展跨区疗休养。", "房山区"),
    # the city's and the districts' model workers (市、区级劳动模范) are no every district's union
    ("区总工会组织劳模赴延庆开展疗休养",
     "6月17日至20日，朝阳区总工会组织2024年第二批劳模疗休养活动，来自全区各行业的62名市、区级劳动模范赴延庆区开展疗休养。",
     "朝阳区"),
    # … while two districts acting side by side share the story
    ("东城西城职工篮球联赛开赛",
     "本报讯(记者 马超)近日,东城区总工会和西城区总工会联合主办的职工篮球联赛开赛。", None),
])
def test_a_headlines_subject_beside_guests_and_residents(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # a district named as a model others copy, or as where someone comes from, is not the
    # story's: the city's meeting that spreads it, or the district that adopts it, is
    ("推广朝阳经验 全市新建楼宇工会联合会120家",
     "本报讯(记者 白莹) 近日，北京市总工会召开全市新经济组织建会入会工作推进会。\n"
     "会上，朝阳区总工会介绍了CBD楼宇工会联合会的做法，东城区、海淀区、通州区总工会作了交流发言。"
     "市总工会有关负责人表示，朝阳区依托商务楼宇建会的经验可复制、可推广。", None),
    ("海淀“小哥驿站”模式走进门头沟",
     "本报讯(记者 赵思远) 近日，门头沟区首批8家“小哥驿站”在大峪街道、城子街道和永定镇同时投入使用。"
     "这批驿站由门头沟区总工会借鉴海淀区“小哥驿站”建设模式打造。", "门头沟区"),
    ("密云小伙在CBD当“楼宇管家”",
     "早上7点，李浩然已经在国贸附近一座写字楼的设备层里巡检了一圈。这个28岁的小伙子老家在密云区太师屯镇。\n"
     "朝阳区建外街道总工会将他评为今年的“最美楼宇职工”。", "朝阳区"),
    # the city's event held in a district …
    ("全市职工书屋建设现场会在通州召开",
     "本报讯(记者 白莹) 近日，北京市总工会在通州区召开全市职工书屋建设工作现场会，各区总工会负责人70余人参加。", None),
    # … but a city body's event at one site, and a district's own event, keep the district
    ("市农林工会在八达岭林场举办护林技能竞赛", "近日，市农林工会在八达岭林场举办护林技能竞赛，60名护林员参赛。", "延庆区"),
    ("全市首家职工书屋在通州开放", "近日，通州区总工会在宋庄镇建成全市首家24小时职工书屋。", "通州区"),
])
def test_models_origins_and_the_citys_events_held_in_a_district(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_a_photo_spreads_first_caption_weighs_no_more_than_the_others():
    r = resolve_places("节日里，城市守护者在岗位上",
                       "①4月29日，北京公交集团顺义客运分公司的驾驶员在顺义区后沙峪公交场站进行出车前安全检查。\n"
                       "②北京站候车大厅内，客运值班员为老年旅客引路。\n"
                       "③昌平区回龙观街道一处社区快递驿站，快递员正在加紧分拣包裹。\n"
                       "④丰台区卢沟桥地区，电力工人对变电设备进行节前巡检。")
    assert r["district"] is None


@pytest.mark.parametrize("title, text, district", [
    # where a worker was born, lives and comes from is no evidence beside where he works
    ("老钳工的“毫米功夫”",
     "在石景山区一家轨道交通装备制造企业的装配车间里，一台转向架刚刚完成组装。\n"
     "赵德明1975年出生在门头沟的一个山村，至今家还在门头沟区城子街道。他被分配到位于石景山的这家企业当学徒。\n"
     "每天早上6点，赵德明从门头沟开车40分钟到单位。石景山区总工会也将他吸纳进区劳模宣讲团。", "石景山区"),
    # a district's union acting in the lead outweighs where a workplace in the headline is
    ("一个在车辆段 一个在幼儿园",
     "近日,大兴区总工会公布2024年度“最美职工家庭”名单,家住西红门镇的张海涛、刘敏夫妇榜上有名。\n"
     "张海涛是北京地铁一处车辆段的检修工,车辆段位于丰台区。妻子刘敏在大兴区黄村镇的一所幼儿园当老师。", "大兴区"),
])
def test_a_workers_life_names_many_places(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_the_two_airports():
    r = resolve_places("首都机场集团工会为“两场”一线职工送清凉",
                       "近日，首都机场集团工会工会干部分别走进北京首都国际机场和北京大兴国际机场，为一线职工送去防暑降温物品。\n"
                       "在大兴机场航站楼，工会慰问组走进安检、值机和行李分拣现场。")
    assert r["district"] is None and {d["name"] for d in r["districts"]} == {"顺义区", "大兴区"}
    assert resolve_places("首都机场街道工会送清凉", "近日，朝阳区首都机场街道总工会为环卫工人送去清凉物品。")["district"] == "朝阳区"


def test_where_parcels_go_is_no_citywide_scope():
    r = resolve_places("物流园里的“夜班人”",
                       "晚上10点，大兴区采育镇的一处物流园依然灯火通明。每天有近百万件快件从这里发往北京各区和河北、天津等地。\n"
                       "凌晨1点，园区里的“工会夜宵点”准时开放。这是采育镇总工会联合企业工会设立的。")
    assert r["district"] == "大兴区"
    assert resolve_places("职工冰雪季启幕", "近日，市总工会启动职工冰雪季，全市各区工会将组织职工参加。")["district"] is None


@pytest.mark.parametrize("title, text, district", [
    # another city's business district: its own CBD, not Beijing's
    ("京津冀职工在滨海新区“以赛会友”",
     "近日,2023年京津冀职工篮球邀请赛在天津滨海新区于家堡CBD举行。赛事由北京市总工会、天津市总工会联合主办。", None),
    # Beijing's CBD after a place of Beijing stays Beijing's
    ("CBD楼宇职工健步走", "本报讯(记者 刘欣欣)近日,北京CBD楼宇工会联合会组织300名白领职工健步走。", "朝阳区"),
    # a locality's quoted name as a figure of speech is no place
    ("打造职工创新的“中关村”",
     "近日,顺义区总工会职工创新孵化基地在空港地区揭牌。“我们要把这里打造成职工创新的‘中关村’。”区总工会相关负责人说。",
     "顺义区"),
    # a company named after a locality holds its games at a venue in another district
    ("王府井集团职工运动会在首钢园开幕",
     "近日,北京王府井百货(集团)股份有限公司第十届职工运动会在首钢园开幕,1200余名职工参加。\n"
     "集团工会相关负责人介绍,本届运动会选择在首钢园举办。", "石景山区"),
    # a free-trade zone's part named after a locality, on the other side of the border
    ("廊坊临空经济区成立工会联合会",
     "记者近日从廊坊市总工会获悉,中国(河北)自由贸易试验区大兴机场片区廊坊区域暨廊坊临空经济区工会联合会日前正式成立。", None),
    # the 中关村 zone as a whole, its parks in many districts, is none of 海淀's
    ("中关村各分园工会联动开展“工会服务月”",
     "记者近日获悉,中关村示范区各分园工会组织联动开展“工会服务月”活动。此次活动覆盖中关村丰台园、昌平园、延庆园等多个分园。",
     None),
    ("中关村顺义园企业工会联合会成立", "近日,中关村顺义园企业工会联合会成立。中关村顺义园是中关村示范区的重要组成部分。", "顺义区"),
    # … while its exhibition centre is a building in 海淀
    ("区职工创新成果展开幕", "本报讯(记者 赵思远)近日,职工创新成果展在中关村国家自主创新示范区展示中心开幕。", "海淀区"),
    # … while the locality itself still places a story
    ("王府井步行街商户职工享受“工会福利”",
     "本报讯(记者 陈曦)近日,王府井步行街的商户职工领到了工会送来的防暑降温物资。", "东城区"),
])
def test_localities_named_elsewhere_figuratively_or_in_a_company_name(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # a district's peaches handed out by another district's union
    ("平谷大桃送到西城一线职工手中",
     "近日,西城区总工会开展“夏送清凉”活动,在月坛街道职工服务中心向环卫、公交等行业一线职工发放清凉慰问品,"
     "其中包括从京郊采购的平谷大桃1.5万斤。", "西城区"),
    # the produce of three districts on sale at a fourth's fair
    ("怀柔板栗密云苹果亮相丰台职工年货节",
     "近日,丰台区总工会在丰台区工人文化宫举办职工年货节,怀柔板栗、密云苹果、延庆葡萄酒等60余种京郊特色农产品集中展销。",
     "丰台区"),
    # … while the growers' own town union selling them keeps its district
    ("庞各庄西瓜节开幕", "近日,第36届庞各庄西瓜节在大兴区庞各庄镇开幕,镇总工会组织瓜农职工开展技能比武。", "大兴区"),
    ("大华山镇桃农喜获丰收", "近日,平谷区大华山镇总工会走进桃园,为采摘平谷大桃的桃农送去防暑物资。", "平谷区"),
])
def test_produce_named_after_where_it_grows(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # an institution's union at one of its campuses in another district: the campus's
    ("北京理工大学良乡校区后勤职工赛技能",
     "近日,北京理工大学工会联合后勤集团在良乡校区举办第五届后勤职工技能大赛,126名一线职工同场竞技。", "房山区"),
    ("北京理工大学工会举办教职工健步走",  # the campus named in the lead only
     "近日,北京理工大学工会在良乡校区举办教职工健步走活动,1100余名教职工参加。\n起点设在良乡校区体育场。", "房山区"),
    ("同仁医院亦庄院区护士学急救新技能",
     "近日,北京同仁医院工会在亦庄院区举办急危重症护理培训班,60余名护士参加。", "北京经济技术开发区"),
    # … and at its main site, its own
    ("北京理工大学工会举办教职工运动会", "近日,北京理工大学工会举办第三十届教职工运动会,2000余名教职工参加。", "海淀区"),
    # schools and a hospital known by their names alone
    ("北京二中教职工读书会共话“师德”", "近日,北京市第二中学工会举办“书香润师德”教职工读书分享会。", "东城区"),
    ("职工书屋里的“充电时光”", "近日,北京市第八中学工会对学校职工书屋进行了升级改造。", "西城区"),
    ("北京中医医院职工练起八段锦", "近日,北京中医医院工会在全院推广“工间八段锦”。", "东城区"),
])
def test_institutions_place_their_unions_stories_by_the_campus_named(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # communities named like a district, under the street or town they are in
    ("西城社区工会推行“绿色积分”", "近日,房山区城关街道西城社区工会联合社区居委会推出职工家庭“绿色积分”活动。", "房山区"),
    ("东城社区“四点半课堂”解双职工家庭之忧", "新学期开学以来,密云区鼓楼街道东城社区工会开办的“四点半课堂”每天下午都格外热闹。",
     "密云区"),
    ("朝阳里社区开办职工午间“微课堂”", "近日,西城区德胜街道总工会在朝阳里社区党群服务中心开办职工午间“微课堂”。", "西城区"),
    # … while a district's lanes are its own (东城胡同里的四合院)
    ("胡同里的“职工之家”开门迎客", "近日，东城胡同里的一处“职工之家”挂牌开放，成为周边职工的新去处。", "东城区"),
])
def test_communities_named_like_a_district(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_the_expo_of_2019_is_in_yanqing_but_not_every_expo_is():
    assert resolve_places("世园会里的职工志愿者", "国庆期间，北京世园会迎来游园高峰，200余名职工志愿者在园区内服务。")["district"] == "延庆区"
    assert resolve_places("职工赴唐山参观世园会", "近日，职工们来到河北唐山，参观唐山世园会。")["district"] is None


@pytest.mark.parametrize("title, text, district", [
    # the produce of other districts at one district's fair
    ("平谷大桃“搬”进顺义职工年货大集",
     "近日，顺义区总工会在石园街道职工服务中心举办“职工年货大集”，其中来自平谷区的大桃罐头以及密云区的板栗格外受欢迎。",
     "顺义区"),
    # the headline's place is where the lead's acting union takes its members
    ("怀柔雁栖湖畔迎来西城劳模疗休养团", "近日,西城区总工会组织区级劳动模范60余人,赴怀柔区雁栖湖畔开展为期三天的疗休养活动。",
     "西城区"),
    # … but a place the visitors are in is the host's (在顺义区后沙峪镇的…, 前来观摩的昌平区总工会干部)
    ("顺义区职工心灵驿站成了外区工会的“观摩点”",
     "近日,在顺义区后沙峪镇的职工心灵驿站,前来观摩的昌平区总工会干部一边参观一边记录。", "顺义区"),
    # guests invited from two other districts
    ("劳模工匠进校园", "4月23日,东城区总工会组织劳模工匠走进东城区史家胡同小学。活动还特邀来自西城区和通州区的两位“北京大工匠”现场展示技艺。",
     "东城区"),
    # the ends of a bus route across the city
    ("28年,他把方向盘握成了“金字招牌”", "何建军驾驶的1路公交车,每天往返于老山公交场站和四惠枢纽站之间。", None),
])
def test_places_named_as_origins_destinations_and_route_ends(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_the_citys_awards_name_a_districts_unit_as_one_of_many():
    text = ("日前，北京市总工会印发决定，授予北京城市副中心站综合交通枢纽工程项目部等100个单位首都劳动奖状，"
            "授予498名职工首都劳动奖章。\n在冬奥会筹办、城市副中心建设、疫情防控等重点工作中作出突出贡献的集体和个人占有相当比例。")
    assert resolve_places("首都劳动奖状、奖章获得者名单揭晓", text)["district"] is None
    # … but a district union that acts is no example
    text = "开学之际,房山区总工会组织全国劳动模范、北京市劳动模范走进良乡第二小学、房山区长阳中学等8所学校。"
    assert resolve_places("劳模进校园讲“开学第一课”", text)["district"] == "房山区"



@pytest.mark.parametrize("title, text, district", [
    # stops across the city listed in the lead
    ("北京公交集团工会慰问春运一线驾驶员",
     "近日,北京公交集团工会负责人带队,先后来到六里桥、四惠、北京南站等公交枢纽和场站,慰问春运期间坚守岗位的驾驶员。", None),
    # experts invited from a hospital to a lecture given online to the whole network
    ("地铁女职工“巾帼课堂”开讲",
     "近日,北京地铁工会女职工委员会“巾帼课堂”系列讲座开讲,通过线上直播方式面向全路网女职工开放。\n"
     "讲座邀请了北京大学第三医院妇产科专家和劳动法律师,讲解了女职工常见疾病预防等知识。", None),
    # a city union's gift at one reserve, a depot's team at its depot
    ("松山保护区巡护员有了“流动书屋”",
     "近日,北京市农林工会向松山国家级自然保护区管理处赠送图书1200册,并为巡护员建起“流动书屋”。", "延庆区"),
    ("深夜里的列车“体检师”", "凌晨1点,当最后一列地铁驶回宋家庄停车场,检修工班的工作才刚刚开始。", "丰台区"),
    # a health page's expert quoted with the hospital's name, and a union's event at that hospital
    ("久坐办公 警惕颈椎“报警”",
     "不少办公室职工出现了脖子僵硬、肩背酸痛等症状。\n“颈椎病已经不是老年人的‘专利’。”北京积水潭医院脊柱外科"
     "副主任医师周晓东介绍,长时间低头会使颈部肌肉持续紧张。", None),
    ("医务职工技能比武开赛", "近日,积水潭医院工会举办护理技能比武,120名护士参赛。", "西城区"),
    # the airport by the name it had while it was built
    ("新机场工地上建起“职工之家”", "近日,北京城建集团新机场航站楼工程项目部“职工之家”投入使用。北京新机场航站楼工程高峰期现场施工人员超过8000人。",
     "大兴区"),
])
def test_a_city_bodys_stops_guests_and_single_sites(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # old and short names of today's units
    ("崇文区总工会慰问一线职工", "近日,崇文区总工会走访慰问环卫工人。", "东城区"),
    ("宣武区职工运动会开幕", "近日,宣武区第五届职工运动会开幕。", "西城区"),
    ("北京开发区职工技能赛", "近日,北京开发区总工会举办技能赛。", "北京经济技术开发区"),
    # a group of districts is none of them
    ("城六区工会联合开展送清凉", "近日,城六区总工会联合开展送清凉活动。", None),
])
def test_old_and_short_names_of_units(title, text, district):
    assert resolve_places(title, text)["district"] == district


@pytest.mark.parametrize("title, text, district", [
    # an invitational its host runs; one two unions run together
    ("朝阳海淀职工羽毛球邀请赛在朝阳体育中心落幕",
     "本报讯(实习记者 任洁)近日,由朝阳区总工会主办的2024年朝阳海淀职工羽毛球邀请赛在朝阳体育中心落幕。"
     "朝阳区总工会今年首次向海淀区总工会发出邀请,两区24支代表队近150名职工参赛。\n"
     "最终,朝阳区三里屯街道代表队和海淀区学院路街道代表队分获团体冠亚军。\n"
     "朝阳区总工会相关负责人表示,今年特别邀请海淀区职工队参赛,希望以球会友,促进两区职工交流。", "朝阳区"),
    ("两区工会联合举办职工足球邀请赛",
     "本报讯(记者 陈曦)近日,由朝阳区总工会、海淀区总工会联合主办的2025年职工足球邀请赛开赛。", None),
])
def test_an_invitational_is_its_hosts(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_the_south_of_the_city_is_no_town_of_changping():
    r = resolve_places("城南地区职工技能大赛落幕",
                       "近日,2018年城南地区职工职业技能大赛落下帷幕。大赛由东城、西城、丰台、房山、大兴5区总工会联合主办。"
                       "这是“城南行动计划”实施以来5区工会第三次联合举办技能大赛。")
    assert r["district"] is None
    assert "昌平区" not in [d["name"] for d in r["districts"]] and r["towns"] == []


@pytest.mark.parametrize("title, text, district", [
    # museums, halls and hospitals a story is placed by
    ("职工走进首都博物馆感受古都文化", "近日,百余名职工走进首都博物馆,参观“京城旧事”主题展览。", "西城区"),
    ("青年职工参观中国人民抗日战争纪念馆", "近日,青年职工来到中国人民抗日战争纪念馆开展主题教育。", "丰台区"),
    ("百余名职工赴平西抗日战争纪念馆缅怀先烈", "近日,职工们来到位于十渡镇的平西抗日战争纪念馆。", "房山区"),
    ("佑安医院工会为一线医护人员送清凉", "近日,北京佑安医院工会为一线医护人员送去防暑物资。", "丰台区"),
    ("恭王府讲解员练就“金话筒”", "近日,恭王府工会组织青年讲解员开展讲解技能比武。", "西城区"),
    ("秀水街商户职工有了“娘家”", "近日,秀水街市场工会联合会成立,300余名商户职工入会。", "朝阳区"),
    ("鲜花港园艺工人的“花样”春天", "近日,北京国际鲜花港郁金香文化节开幕,园艺班组50多名职工数月来辛勤付出。", "顺义区"),
    ("百里画廊里的“护林员”", "在百里山水画廊,20余名护林员每天巡山10多公里。", "延庆区"),
    ("湿地里的观鸟讲解员", "近日,汉石桥湿地工会为一线讲解员送去防寒物资。", "顺义区"),
    # every district's union at the city's hall is the city's story
    ("各区工会服务品牌亮相劳动人民文化宫",
     "本报讯(记者 王路曼) 近日,由北京市总工会主办的“一区一品”职工服务品牌展示活动在北京市劳动人民文化宫举行,"
     "全市16个区和北京经济技术开发区总工会带来了各自的特色服务项目。", None),
])
def test_landmarks_and_the_citys_hall(title, text, district):
    assert resolve_places(title, text)["district"] == district


def test_a_citys_intermediate_court_is_not_the_school_of_that_name():
    r = resolve_places("以“末位淘汰”为由解除劳动合同 公司被判支付赔偿金",
                       "近日,北京市第二中级人民法院(以下简称北京二中院)审结了这起劳动争议案件。\n北京二中院审理认为,考核排名末位并不等同于不能胜任工作。")
    assert (r["district"], r["districts"]) == (None, [])
    school = resolve_places("劳模走进北京二中", "东城区总工会组织8名劳模走进北京二中,与学生面对面交流。")
    assert school["district"] == "东城区"


def test_two_districts_unions_at_work_together_the_one_headline_and_lead_open_with():
    r = resolve_places(
        "东城区总工会携手平谷区总工会 推动大桃走进机关食堂",
        "5月14日,东城区总工会与平谷区总工会在东城区职工服务中心签署工会协作帮扶协议。根据协议,东城区总工会将组织辖区内单位工会集中采购平谷大桃。\n"
        "东城区总工会相关负责人介绍,东城区各级工会每年用于职工节日慰问的资金超过3000万元。\n下一步,东城区总工会还将组织劳模到平谷开展疗休养。")
    assert r["district"] == "东城区"
    # a lead opening with the other union, the two named as often: neither
    even = resolve_places("东城区总工会携手平谷区总工会开展职工疗休养合作",
                          "5月14日,平谷区总工会与东城区总工会签署协作协议,两区工会将在职工疗休养方面开展合作。")
    assert even["district"] is None


def test_a_city_bodys_launch_held_in_a_district_and_a_speakers_seat_in_another():
    launch = resolve_places(
        "职工疗休养工作全面启动",
        "4月2日，北京市总工会2024年职工疗休养工作启动仪式在延庆区世园公园举行。今年，市总工会将安排职工疗休养名额2.6万个。\n"
        "京郊线路覆盖怀柔、密云、平谷、延庆等生态涵养区的20余家疗休养基地。")
    assert launch["district"] is None
    talk = resolve_places(
        "劳模给职校学生讲“匠心”",
        "4月11日，房山区总工会“劳模工匠进校园”活动走进区内一所职业学校，海淀区政协委员、北京市劳动模范王丽为400余名师生讲述了成长经历。")
    assert talk["district"] == "房山区"


def test_a_union_acting_in_the_lead_keeps_its_story_though_the_body_names_two_districts_more():
    r = resolve_places(
        "百余名“新市民”领到技能证书",
        "6月5日，大兴区总工会“新市民技能提升计划”首批学员结业，126名学员领到了职业技能等级证书。\n"
        "学员中，有的每天从房山赶来上课；有的刚拿到证书，就在丰台一家养老机构找到了工作。")
    assert r["district"] == "大兴区"
    birthday = resolve_places(
        "120名职工过了个“集体生日”",
        "5月16日，城市副中心行政办公区工会联合会为当月过生日的120名职工举办集体生日会。\n"
        "行政办公区的职工中，有不少是随市级机关从东城、西城搬迁过来的。")
    assert birthday["district"] == "通州区"


def test_where_a_portrayed_worker_is_from_is_not_where_the_story_is():
    r = resolve_places(
        "车辆段里的“听诊师”",
        "凌晨1点，最后一列地铁列车驶回位于丰台区花乡的郭公庄车辆段。\n"
        "王立新是房山区河北镇人，1986年出生在一个小山村里。此后就一直在丰台区的这座车辆段工作。",
        subtitle="——记北京地铁郭公庄车辆段检修工长王立新")
    assert r["district"] == "丰台区"


def test_workers_sent_to_a_resort_are_the_sending_unions_story():
    r = resolve_places(
        "“小哥”们第一次住进了疗休养基地",
        "9月14日,在密云区溪翁庄镇的一处职工疗休养基地,40名来自卢沟桥街道的快递员开始了为期两天的疗休养。\n"
        "这是卢沟桥街道总工会首次组织新就业形态劳动者参加疗休养,安排他们游览密云水库。")
    assert r["district"] == "丰台区"
    # the resort's own union at work there keeps its story
    host = resolve_places(
        "密云区总工会为疗休养职工办起健康讲座",
        "9月14日,密云区总工会在溪翁庄镇的一处职工疗休养基地,为来自卢沟桥街道总工会组织的40名快递员举办健康讲座。")
    assert host["district"] == "密云区"


def test_parks_carrying_zhongguancuns_name_outside_beijing_are_their_hosts():
    r = resolve_places("宝坻区总工会为科技城企业职工办实事",
                       "近日，天津市宝坻区总工会在京津中关村科技城举办“工会服务进园区”活动，200余名职工入会。\n"
                       "京津中关村科技城位于宝坻区，园区内不少企业由北京迁入。")
    assert r["district"] is None and r["districts"] == []
    assert {(p["name"], p["province"]) for p in r["places"]} == {("宝坻区", "天津市")}
    r = resolve_places("海淀工会服务延伸到保定·中关村创新中心",
                       "近日，海淀区总工会一行来到保定·中关村创新中心，走访慰问入驻的海淀企业派驻职工。")
    assert r["district"] == "海淀区" and r["districts"] == [{"name": "海淀区", "count": 3}]  # (not 中关村)
    assert [p["city"] for p in r["places"]] == ["保定市"]
    # 中关村 itself is still 海淀's
    assert resolve_places("中关村职工运动会开幕", "近日，中关村科学城职工运动会开幕。")["district"] == "海淀区"


def test_where_a_portrayed_worker_set_out_from_is_not_where_the_story_is():
    r = resolve_places(
        "从延庆山村走出的“测绘尖兵”",
        "在海淀区上地信息产业基地一家导航地图企业的数据生产中心，王海涛正对着显示屏校核道路数据。\n"
        "王海涛出生在延庆区刘斌堡乡的一个小山村。他先后获得“海淀工匠”等称号。")
    assert r["district"] == "海淀区"
    # 从 a place without setting out from it: the union there is the source of the news
    r = resolve_places("今年职工疗休养名额增至千人", "记者从延庆区总工会获悉，今年延庆区职工疗休养名额增至1000人。")
    assert r["district"] == "延庆区"


def test_a_city_final_a_district_union_hosts_is_its_though_contestants_come_from_other_districts():
    lead = ("近日，由朝阳区总工会承办的第三届北京市职工诗词大会总决赛在朝阳区文化馆举行。"
            "经过层层选拔，来自西城、石景山、昌平、平谷等区的12名职工选手进入总决赛。")
    assert resolve_places("全市职工诗词大会总决赛在朝阳举行", lead)["district"] == "朝阳区"
    # with no district union acting, contestants from across the city make it the city's
    lead = "近日，第三届北京市职工诗词大会总决赛举行。来自西城、石景山、昌平、平谷等区的12名职工选手进入总决赛。"
    assert resolve_places("全市职工诗词大会总决赛举行", lead)["district"] is None


def test_a_city_body_setting_up_at_a_list_of_stations_is_the_citys():
    body = ("2月9日，记者从市总工会获悉，市总工会安排专项资金300万元，为1万名在京务工的农民工购买返乡火车票。\n"
            "与此同时，市总工会还联合铁路部门，在北京站、北京西站和北京南站设立了“农民工返乡服务站”。")
    assert resolve_places("市总工会出资为万名农民工购买返乡车票", body)["district"] is None
    # one district's union at its own station is that district's
    body = "近日，丰台区总工会在北京西站和北京南站设立了“农民工返乡服务站”，为返乡农民工提供免费饮水。"
    assert resolve_places("丰台区总工会为返乡农民工设服务站", body)["district"] == "丰台区"


def test_da_xing_the_verb_before_a_noun_of_work_is_no_place():
    r = resolve_places("“大兴土木”不如“大兴服务”",
                       "职工之家建得好不好，不在面积大小。与其大兴土木，不如大兴服务。建家更要管家。")
    assert r["district"] is None and r["districts"] == []

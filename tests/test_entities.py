"""Organisations and people in article text (ghcli.entities.find_orgs / find_people)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ghcli.entities import find_orgs, find_people


def names(orgs: list[dict]) -> list[str]:
    return [o["name"] for o in orgs]


# --- organisations ---------------------------------------------------------------------------

def test_left_boundary_after_time_word_and_preposition():
    orgs = find_orgs("日前,魏善庄镇总工会在该镇心灵驿站举办“亲密关系与心理健康”主题团辅活动。",
                     district="大兴区", towns=["魏善庄镇"])
    assert names(orgs) == ["魏善庄镇总工会"]  # the 心灵驿站 is a facility of that union


def test_two_unions_in_one_clause():
    orgs = find_orgs("怀柔区总工会向杂多县总工会捐助资金,用于乡镇工会规范化建设。", district="怀柔区")
    assert names(orgs) == ["怀柔区总工会", "杂多县总工会"]


def test_a_conjunction_after_a_place_word_opens_no_name():
    orgs = find_orgs("八里庄街道红庙社区驿站由社区和街道总工会认领。海淀区和北京市总工会派员参加,朝阳区和平街街道总工会协办。",
                     district="朝阳区", towns=["八里庄街道"])
    assert names(orgs) == ["八里庄街道总工会", "北京市总工会", "和平街街道总工会"]


def test_a_time_phrase_opens_no_name():
    orgs = find_orgs("北京协和医院工会关爱职工。近年来医院工会持续开展活动。")
    assert "近年来医院工会" not in names(orgs)


def test_company_union_after_descriptor():
    orgs = find_orgs("同时,爱心企业北京罗麦科技有限公司工会也向杂多县总工会捐助资金。")
    assert orgs[0] == {"name": "北京罗麦科技有限公司工会", "form": "北京罗麦科技有限公司工会", "kind": "union"}
    assert "北京罗麦科技有限公司" not in names(orgs)  # the company is folded into its union


def test_short_forms_resolve_in_article():
    text = ("近日,怀柔区人大常委会副主任、区总工会主席周福刚一行到青海省玉树州杂多县总工会,"
            "开展对口支援调研对接工作。")
    orgs = find_orgs(text, district="怀柔区")
    assert {"name": "怀柔区总工会", "form": "区总工会", "kind": "union"} in orgs
    assert {"name": "杂多县总工会", "form": "青海省玉树州杂多县总工会", "kind": "union"} in orgs
    assert {"name": "怀柔区人大常委会", "form": "怀柔区人大常委会", "kind": "government"} in orgs
    assert [o["kind"] for o in orgs] == ["union", "union", "government"]  # union bodies first


def test_this_town_union_is_the_latest_town():
    text = ("近日,西红门镇总工会工作人员来到惠泽幼儿园开展培训。"
            "正值暑期,礼贤镇总工会举办了一场亲子活动。该镇总工会相关负责人表示,镇总工会将持续开展活动。")
    orgs = find_orgs(text, district="大兴区", towns=["西红门镇", "礼贤镇"])
    assert names(orgs) == ["西红门镇总工会", "礼贤镇总工会", "惠泽幼儿园"]


def test_this_town_from_towns_argument():
    text = "记者近日来到长沟镇。该镇总工会组织职工开展健步走活动。"
    assert names(find_orgs(text, towns=["长沟镇"])) == ["长沟镇总工会"]
    assert find_orgs(text) == []  # unresolvable 该镇总工会 is not an organisation


def test_district_short_form_and_this_district():
    text = ("近日,海淀工会会员专享免费“共享冰柜”启动仪式在海淀工人文化宫举行。现场使用北京工会12351APP"
            "扫描活动二维码。该区总工会相关负责人表示,区总工会将持续总结送清凉模式。")
    orgs = find_orgs(text, district="海淀区")
    assert orgs == [
        {"name": "海淀区总工会", "form": "海淀工会", "kind": "union"},
        {"name": "海淀工人文化宫", "form": "海淀工人文化宫", "kind": "other"},
    ]


def test_place_words_protect_name_characters():
    """和 in 和平街 is not the conjunction; the district prefix is dropped from the local name."""
    text = "近日,朝阳区和平街街道总工会举办知识竞赛。据介绍,7月至8月期间,和平街街道总工会开展安全宣传。"
    assert find_orgs(text, district="朝阳区") == [
        {"name": "和平街街道总工会", "form": "朝阳区和平街街道总工会", "kind": "union"}]


def test_this_company_union_and_soe_abbreviation():
    text = ("近日,中建二局2023年“彩虹益路”助学活动在甘肃康乐县一中举行。中建二局安装公司工会加大对农民工群体的"
            "关注力度。该公司工会还积极组织职工捐款。")
    orgs = find_orgs(text)
    assert orgs == [
        {"name": "中建二局安装公司工会", "form": "中建二局安装公司工会", "kind": "union"},
        {"name": "中建二局", "form": "中建二局", "kind": "company"},
    ]


def test_soe_abbreviation_at_text_start():
    assert find_orgs("中建二局举办“彩虹益路”助学活动。") == [{"name": "中建二局", "form": "中建二局", "kind": "company"}]


def test_volunteer_team_lists_its_union():
    orgs = find_orgs("近日,昌平区总工会志愿服务队走进回天地区智慧社区开展垃圾分类宣传活动。")
    assert names(orgs) == ["昌平区总工会志愿服务队", "昌平区总工会"]


def test_a_union_of_a_zhongguancun_park_keeps_its_whole_name():
    text = "近日,中关村顺义园企业工会联合会成立。中关村顺义园是中关村示范区的重要组成部分。"
    assert names(find_orgs(text)) == ["中关村顺义园企业工会联合会"]


def test_government_and_other_bodies():
    text = ("由北京市文物局工会主办、职工美术俱乐部承办的书画展开幕。活动邀请六合心理研究中心老师和"
            "北京市心启航公益服务中心心理咨询师授课。市文物局工会共收到作品近300幅。")
    assert find_orgs(text) == [
        {"name": "北京市文物局工会", "form": "北京市文物局工会", "kind": "union"},
        {"name": "职工美术俱乐部", "form": "职工美术俱乐部", "kind": "other"},
        {"name": "六合心理研究中心", "form": "六合心理研究中心", "kind": "other"},
        {"name": "北京市心启航公益服务中心", "form": "北京市心启航公益服务中心", "kind": "other"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "正值暑期,大兴区各级工会积极关注职工群众心理健康。",
        "帮助完成基层工会职工之家改造建设计划,传递工会组织关爱。",
        "围绕区(县)级工会加强年专项工作进行深入交流,用于乡镇工会规范化建设。",
        "该公司工会还积极组织职工捐款。",  # no company named before: unresolvable
        "自觉融入党和政府中心大局,以更好助力副中心经济发展。",
        "各街道工会均启动送清凉活动,受到地区职工会员的欢迎。",
        "下一步,将进一步立足工会职能,为推动各项工作贡献工会力量。",
    ],
)
def test_generic_phrases_are_not_orgs(text):
    assert find_orgs(text) == []


# --- people ----------------------------------------------------------------------------------

def test_title_chain_before_name():
    text = "近日,怀柔区人大常委会副主任、区总工会主席周福刚一行到青海省玉树州杂多县总工会开展工作。"
    assert find_people(text, district="怀柔区") == [{
        "name": "周福刚",
        "roles": ["怀柔区人大常委会副主任", "区总工会主席"],
        "orgs": ["怀柔区人大常委会", "怀柔区总工会"],
    }]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("昌平区总工会党组书记、常务副主席王冰表示,垃圾分类是一种文明习惯。", "王冰",
         ["昌平区总工会党组书记", "常务副主席"]),
        ("中建二局安装公司党委副书记、纪委书记、工会主席李蔓妮表示,大学生是中坚力量。", "李蔓妮",
         ["中建二局安装公司党委副书记", "纪委书记", "工会主席"]),
        ("活动当天,全国劳动模范梁会兰带领职工志愿者来到红庙社区。", "梁会兰", ["全国劳动模范"]),
        ("该街道总工会主席陈洪祥对记者说:“这是首次承办。”", "陈洪祥", ["该街道总工会主席"]),
        ("“这近500人,就是我们主要慰问的人群。”密云县总工会常务副主席李国良说。", "李国良",
         ["密云县总工会常务副主席"]),
        ("连日来,平谷区人大常委会党组副书记、副主任,区总工会主席付湘生率队走访慰问。", "付湘生",
         ["平谷区人大常委会党组副书记", "副主任", "区总工会主席"]),
        ("会上,欧阳明辉指出,要做好服务。公司工会主席欧阳明辉强调安全。", "欧阳明辉", ["公司工会主席"]),
    ],
)
def test_people_with_roles(text, name, roles):
    people = find_people(text)
    assert [(p["name"], p["roles"]) for p in people] == [(name, roles)]


def test_quoted_speaker_without_title():
    text = ("来自康乐县农民工家庭的马楠等20名准大学生收到了笔记本电脑。"
            "“我报考的专业要求电脑制图。”马楠表示,多亏了助学行动。")
    assert find_people(text) == [{"name": "马楠", "roles": [], "orgs": []}]


@pytest.mark.parametrize(
    "text",
    [
        "提升职工幸福感——情绪管理。用阳光心态传递正能量。惠泽幼儿园的老师们表示满意。",
        "该镇总工会相关负责人表示,通过此次培训提升了职工的幸福感。",
        "职工们表示受益良多。大家纷纷表示会把学到的技巧用起来。",
        "一名韵达快递小哥说,工会是娘家人。记者了解到,活动很受欢迎。",
        "工会主席表示,将继续开展活动。文章指出,要关心职工。",
        "主席高度评价了这项工作。",
    ],
)
def test_common_words_are_not_people(text):
    assert find_people(text) == []


def test_reporters_are_excluded():
    text = "“活动很成功。”孙艳表示。记者孙艳在现场看到,孙艳表示的内容属实。"
    assert find_people(text, exclude={"孙艳"}) == []


# --- the sample issue ------------------------------------------------------------------------

# Recall floor for organisations on the sample (20/20 when calibrated).
MIN_ORG_RECALL = 0.9


def test_gold_sample_orgs(gold_bodies):
    hit = total = 0
    for art, body in gold_bodies:
        towns = [t["name"] for t in art["towns"]]
        got = set(names(find_orgs(body, district=art["district"], towns=towns)))
        hit += len(got & set(art["orgs"]))
        total += len(art["orgs"])
        assert not got - set(art["orgs"]), (art["title"], got - set(art["orgs"]))  # precision first
    assert hit / total >= MIN_ORG_RECALL


def test_gold_sample_people(gold_bodies):
    for art, body in gold_bodies:
        people = find_people(body, district=art["district"], exclude=set(art["reporters"]))
        got = sorted((p["name"], p["roles"]) for p in people)
        want = sorted((p["name"], p["roles"]) for p in art["people"])
        assert got == want, art["title"]


def test_finders_do_not_load_jieba():
    """find_* are regex/dictionary work: extracting must not import jieba (a fresh process)."""
    code = (
        "import sys; from ghcli.entities import find_orgs, find_people, find_quantities, find_topics;"
        "t = '昌平区总工会党组书记、常务副主席王冰表示,组织34名职工开展垃圾分类宣传。';"
        "find_orgs(t); find_people(t); find_quantities(t); find_topics('垃圾分类', t);"
        "assert 'jieba' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("text", [
    "海淀区科技园区员工会议上，大家踊跃发言。",    # 员工 + 会议, not a 员工会
    "他当选市政协工会界别委员。",                  # the union sector of a congress
    "各街道工会均启动送清凉活动,受到地区职工会员的欢迎。",  # 职工 + 会员
])
def test_gonghui_inside_other_words_is_no_union(text):
    assert [o for o in find_orgs(text) if o["name"].endswith("工会")] == []

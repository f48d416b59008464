"""Gazetteer matching: traps, context resolution, API, speed."""

import subprocess
import sys

import pytest

from ghcli.gazetteer import BEIJING_UNITS, PlaceMatch, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def names(gaz, text):
    return [(m.name, m.district) for m in gaz.find(text)]


# --- traps ----------------------------------------------------------------------------
def test_trap_daxinganling_is_not_daxing(gaz):
    # the prefecture in 黑龙江, never Beijing's 大兴区
    assert names(gaz, "大兴安岭林区职工开展森林防火演练") == [("大兴安岭地区", None)]


@pytest.mark.parametrize("text, found", [
    ("赴河北承德开展帮扶,还到张家口、拉萨、和田等地", ["承德市", "张家口市", "拉萨市", "和田地区"]),
    ("赴陕西安康开展交流", ["安康市"]),  # 安康 only after its province
    ("祝愿广大职工幸福安康", []),
    ("以“安康杯”竞赛为载体", []),
    ("在广安体育馆举行职工运动会", []),  # a Beijing venue
    ("三明治、中山装、天下大同", []),
])
def test_prefectures_elsewhere_read_bare(gaz, text, found):
    assert [n for n, _d in names(gaz, text) if n not in ("河北省", "陕西省")] == found


def test_trap_daxing_tumu_is_no_place(gaz):
    assert names(gaz, "不搞大兴土木，把资金用在职工身上") == []


def test_trap_chaoyang_chanye_is_not_chaoyang(gaz):
    assert names(gaz, "新能源是朝阳产业") == []


def test_trap_liaoning_chaoyang_is_not_beijing(gaz):
    found = gaz.find("来自辽宁朝阳的务工人员")
    assert [(m.name, m.province, m.district) for m in found] == [
        ("辽宁省", "辽宁省", None), ("朝阳市", "辽宁省", None)]


def test_a_locality_placed_in_a_city_elsewhere_is_not_beijings(gaz):
    # 新发地 after 高碑店市的 is that city's market, and so is a later bare 新发地 in the text
    found = gaz.find("位于河北省保定市高碑店市的新发地农副产品物流园,新发地园区内")
    assert [(m.name, m.district) for m in found] == [("河北省", None), ("保定市", None), ("高碑店市", None)]
    # a province before 的 says where someone is from: the locality stays Beijing's
    assert [(m.name, m.district) for m in gaz.find("来自河北的中关村工程师")] == [("河北省", None), ("中关村", "海淀区")]
    assert [(m.name, m.district) for m in gaz.find("丰台区的新发地")] == [("丰台区", "丰台区"), ("新发地", "丰台区")]


def test_the_airport_zones_part_in_hebei(gaz):
    # the 临空经济区 spans 大兴区 and 廊坊市: its 廊坊片区 is 河北's, the airport itself 大兴区's
    found = gaz.find("位于北京大兴国际机场临空经济区廊坊片区的园区职工之家")
    assert [(m.name, m.province, m.district) for m in found] == [("廊坊市", "河北省", None)]
    assert [(m.name, m.district) for m in gaz.find("北京大兴国际机场临空经济区")] == [("大兴国际机场", "大兴区")]


def test_trap_changchun_chaoyang_district(gaz):
    m = gaz.find("长春市朝阳区总工会")[-1]
    assert (m.name, m.province, m.city, m.county, m.district) == ("朝阳区", "吉林省", "长春市", "朝阳区", None)


def test_trap_jilin_changchun_chaoyang_chain(gaz):
    m = gaz.find("吉林省长春市朝阳区")[-1]
    assert (m.code, m.district) == ("220104", None)


def test_trap_ankang_cup_is_not_ankang(gaz):
    assert names(gaz, "举办2023年“安康杯”职工知识竞赛") == []
    assert names(gaz, "安康杯竞赛活动") == []


def test_trap_tongzhou_bay_is_not_tongzhou(gaz):
    assert names(gaz, "通州湾示范区建设") == []
    assert names(gaz, "江苏通州湾") == [("江苏省", None)]


def test_trap_hezuo_word_is_not_hezuo_city(gaz):
    assert names(gaz, "双方将加强合作，深化交流") == []


def test_trap_heping_word_is_not_hepingjie(gaz):
    assert names(gaz, "坚持走和平发展道路") == []


def test_beijing_city_alone_is_no_district(gaz):
    assert names(gaz, "北京市总工会") == [("北京市", None)]


def test_haidian_huangzhuang_is_haidian(gaz):
    assert names(gaz, "海淀黄庄地铁站") == [("海淀区", "海淀区")]


def test_xicheng_district(gaz):
    assert names(gaz, "西城区总工会") == [("西城区", "西城区")]


def test_person_name_is_no_place(gaz):
    assert names(gaz, "张朝阳表示") == []


def test_ordinary_official_name_needs_context(gaz):
    assert names(gaz, "老城区和新城区的职工") == []
    assert names(gaz, "在和县城里") == []
    assert names(gaz, "安徽和县")[-1] == ("和县", None)


def test_ambiguous_name_outside_home_is_dropped(gaz):
    assert names(gaz, "和平区") == []
    assert names(gaz, "天津市和平区")[-1] == ("和平区", None)


# --- forms and context ---------------------------------------------------------------
def test_diqu_office_printed_as_town(gaz):
    m = gaz.find("西红门镇总工会")[0]
    assert (m.form, m.name, m.level, m.code, m.district) == ("西红门镇", "西红门地区", "town", "110115007", "大兴区")


def test_street_without_suffix(gaz):
    assert names(gaz, "和平街工会") == [("和平街街道", "朝阳区")]


def test_town_of_shared_name_follows_district(gaz):
    assert names(gaz, "海淀区八里庄街道")[-1] == ("八里庄街道", "海淀区")
    assert names(gaz, "朝阳区八里庄街道")[-1] == ("八里庄街道", "朝阳区")
    assert names(gaz, "八里庄街道") == [("八里庄街道", None)]


def test_development_zone_is_its_own_unit(gaz):
    for form in ("北京经济技术开发区", "亦庄", "经开区", "北京经开区"):
        assert names(gaz, form) == [("北京经济技术开发区", "北京经济技术开发区")], form
    assert names(gaz, "大兴经济技术开发区总工会") == [("大兴经济技术开发区", "大兴区")]


def test_informal_areas(gaz):
    assert names(gaz, "回天地区") == [("回天地区", "昌平区")]
    assert names(gaz, "回天") == [("回天地区", "昌平区")]
    assert names(gaz, "城市副中心") == [("城市副中心", "通州区")]
    assert names(gaz, "中关村") == [("中关村", "海淀区")]
    assert names(gaz, "CBD") == [("CBD", "朝阳区")]
    assert names(gaz, "天通苑") == [("天通苑", "昌平区")]


def test_old_county_names(gaz):
    assert names(gaz, "密云县总工会") == [("密云区", "密云区")]
    assert names(gaz, "延庆县") == [("延庆区", "延庆区")]


def test_chain_outside_beijing(gaz):
    found = gaz.find("青海省玉树州杂多县")
    assert [m.name for m in found] == ["青海省", "玉树藏族自治州", "杂多县"]
    assert (found[-1].city, found[-1].code) == ("玉树藏族自治州", "632722")


def test_province_short_name_and_county(gaz):
    found = gaz.find("甘肃康乐县")
    assert [(m.form, m.name) for m in found] == [("甘肃", "甘肃省"), ("康乐县", "康乐县")]


def test_all_district_short_names(gaz):
    for unit in BEIJING_UNITS[:16]:
        assert names(gaz, unit[:-1] + "工会") == [(unit, unit)]


def test_leftmost_longest_non_overlapping(gaz):
    found = gaz.find("北京市朝阳区和平街街道")
    assert [(m.start, m.end, m.form) for m in found] == [(0, 3, "北京市"), (3, 6, "朝阳区"), (6, 11, "和平街街道")]
    assert all(isinstance(m, PlaceMatch) for m in found)


# --- loading and speed ---------------------------------------------------------------
def test_import_loads_nothing():
    code = ("import ghcli.gazetteer as g, ghcli.places; "
            "assert g.load_gazetteer.cache_info().currsize == 0; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_load_is_cached(gaz):
    assert load_gazetteer() is gaz


def test_extra_alias_file(tmp_path):
    extra = tmp_path / "extra.tsv"
    extra.write_text("# test\n望京SOHO\tarea\t朝阳区\n", encoding="utf-8")
    g = load_gazetteer((str(extra),))
    assert names(g, "望京SOHO") == [("望京SOHO", "朝阳区")]


def test_no_alias_row_is_listed_twice():
    # the same form and target twice would make the form two units of one district: ambiguous
    from pathlib import Path

    rows = [tuple(line.split("\t")[:3]) for line in
            (Path(__file__).resolve().parent.parent / "ghcli" / "data" / "aliases.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert sorted({r for r in rows if rows.count(r) > 1}) == []


@pytest.mark.parametrize("text, district", [("在北京欢乐谷举行", "朝阳区"), ("在国家植物园举行", "海淀区")])
def test_a_landmark_listed_once_resolves(gaz, text, district):
    assert [m.district for m in gaz.find(text) if m.district] == [district]

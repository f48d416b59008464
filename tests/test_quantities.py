"""Quantities: counted participants, money and material in article text (ghcli.quantities)."""

from __future__ import annotations


import pytest

from ghcli.quantities import find_quantities, parse_number


def one(text: str) -> dict:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def brief(text: str) -> list[tuple]:
    return [(q["value"], q["unit"], q["what"], q["kind"], q["approx"]) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大兴经济技术开发区总工会依托心灵驿站,组织34名职工开展团辅活动。", (34, "名", "职工", "participants", False)),
        ("西红门镇总工会开展职工心理培训活动,40余名职工参加活动。", (40, "名", "职工", "participants", True)),
        ("礼贤镇总工会举办亲子活动,15组职工家庭参加活动。", (15, "组", "职工家庭", "participants", False)),
        ("为镇域内31位“12345”接诉即办工作者开展专场心理辅导活动。",
         (31, "位", "“12345”接诉即办工作者", "participants", False)),
        ("举办“安康杯”职工知识竞赛,辖区36名一线职工组队参加。", (36, "名", "一线职工", "participants", False)),
        ("有近50名职工参与,其中不乏老人和小朋友。", (50, "名", "职工", "participants", True)),
        ("来自全区企事业单位的300名干部职工参加。", (300, "名", "干部职工", "participants", False)),
        ("共有500余名职工参加了本次比赛。", (500, "名", "职工", "participants", True)),
        ("热闹、有序,多时能达到上千名群众,各个年龄段的人都有。", (1000, "名", "群众", "participants", True)),
        ("近3000名职工参与比赛。", (3000, "名", "职工", "participants", True)),
        ("组织三十余名职工参观学习。", (30, "名", "职工", "participants", True)),
        ("十五组家庭参加了亲子运动会。", (15, "组", "家庭", "participants", False)),
        ("预计吸引辖区超3000名职工直接参与。", (3000, "名", "职工", "participants", True)),
    ],
)
def test_participants(text, expected):
    q = one(text)
    assert (q["value"], q["unit"], q["what"], q["kind"], q["approx"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("马楠等20名准大学生收到了价值5000元的笔记本电脑及助学礼。", [
            (20, "名", "准大学生", "participants", False),
            (5000, "元", "笔记本电脑及助学礼", "money", False),
        ]),
        ("目前,帮扶支出累计达到230余万元。", [(2300000, "元", "帮扶支出", "money", True)]),
        ("投入356万元开展“安心”系列帮扶行动,帮扶留守儿童。", [(3560000, "元", "帮扶行动", "money", False)]),
        ("通过走访慰问和京卡直发的方式发放慰问金58.8万元。", [(588000, "元", "慰问金", "money", False)]),
        ("市总工会将安排送温暖资金1000万元用于开展走访慰问。", [(10000000, "元", "送温暖资金", "money", False)]),
        ("每户发放困难补助两千元。", [(2000, "元", "困难补助", "money", False)]),
    ],
)
def test_money(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("捐赠图书4000册,充实到杂多县10个社区职工书屋。", [
            (4000, "册", "图书", "material", False),
            (10, "个", "社区职工书屋", "material", False),
        ]),
        ("为全区公共文明引导员免费发放清凉礼包120份。", [(120, "份", "清凉礼包", "material", False)]),
        ("活动发放酸梅晶1600袋、绿豆1600袋。", [
            (1600, "袋", "酸梅晶", "material", False),
            (1600, "袋", "绿豆", "material", False),
        ]),
        ("向环卫工人送去一百二十份清凉包。", [(120, "份", "清凉包", "material", False)]),
    ],
)
def test_material(text, expected):
    assert brief(text) == expected


def test_teams_and_bodies_are_other():
    """Teams are ``other`` so that summing participants never adds teams to people."""
    assert brief("来自全市各基层工会的20支代表队150多名职工参加了比赛。") == [
        (20, "支", "代表队", "other", False),
        (150, "名", "职工", "participants", True),
    ]
    assert brief("23个基层总工会悬挂宣传条幅130个。") == [
        (23, "个", "基层总工会", "other", False),
        (130, "个", "宣传条幅", "material", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "和平街街道总工会举办2023年“安康杯”职工知识竞赛。",  # year
        "双方签订了2023年度对口支援协议书。",  # year
        "据介绍,7月至8月期间,在辖区企业中广泛开展安全知识宣传。",  # dates
        "比赛于6月21日落幕。",  # date
        "组织劳模参加了第39个首都义务植树日活动。",  # ordinal
        "第七届北京职工象棋围棋比赛在高井热电厂举办;延庆职工第三十三届歌咏比赛落幕。",  # ordinals
        "现场使用北京工会12351APP扫描活动二维码。",  # app number
        "分为必答、选答和抢答三个环节;通过四类垃圾的讲解。",  # small Chinese counts
        "“彩虹益路”助学行动已连续开展了7年。",  # duration
        "近两个小时的时间里,活动持续了2个多月。",  # durations
        "参与职工中60岁以上的占30%。",  # age, percentage
        "千人大会上,数百名职工观看了演出。",  # names and counts with no value
        "一名韵达快递小哥说。",  # one person, told not counted
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_text_is_the_printed_span():
    q = one("该镇总工会组织40余名职工参加活动。")
    assert q["text"] == "40余名职工"
    q = one("活动中捐赠图书4000册。")
    assert q["text"] == "图书4000册"


def test_range_gives_upper_bound_approx():
    q = one("组织10-20名职工在地标场景集体诵读。")
    assert (q["value"], q["approx"]) == (20, True)


@pytest.mark.parametrize(
    ("token", "value"),
    [("两千", 2000), ("一百二十", 120), ("三十", 30), ("十五", 15), ("一百零五", 105),
     ("一亿五千万", 150_000_000), ("58.8", 58.8), ("4000", 4000), ("一二三", None)],
)
def test_parse_number(token, value):
    assert parse_number(token) == value


def test_gold_sample_quantities(gold_bodies):
    """Every gold quantity (value, unit, approx) and nothing else; ``what`` as annotated."""
    for art, body in gold_bodies:
        got = [(q["value"], q["unit"], q["approx"], q["what"]) for q in find_quantities(body)]
        want = [(q["value"], q["unit"], q.get("approx", False), q["what"]) for q in art["quantities"]]
        assert sorted(got, key=str) == sorted(want, key=str), art["title"]

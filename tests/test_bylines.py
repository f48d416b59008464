"""Bylines, datelines and photo credits in the forms real pages print them."""

import pytest

from ghcli.bylines import parse_byline_line, parse_credit, parse_lead, parse_trailing


@pytest.mark.parametrize(
    "para, dateline, reporters, correspondents, interns, rest",
    [
        ("本报讯(记者 孙艳) 职工组队畅谈", "本报讯", ["孙艳"], [], [], "职工组队畅谈"),
        ("本报讯（记者孙艳）近日，", "本报讯", ["孙艳"], [], [], "近日，"),
        ("本报讯 (记者 周美玉 通讯员 高岩) 近日", "本报讯", ["周美玉"], ["高岩"], [], "近日"),
        ("本报讯（记者 王路曼 李一然　实习生 张小凡）昨天", "本报讯", ["王路曼", "李一然"], [], ["张小凡"], "昨天"),
        ("本报讯(实习记者 闫长禄)6月25日", "本报讯", [], [], ["闫长禄"], "6月25日"),
        ("中工网讯(通讯员 王燕飞)近日", "中工网讯", [], ["王燕飞"], [], "近日"),
        ("新华社北京8月25日电(记者 张三)记者从", "新华社北京8月25日电", ["张三"], [], [], "记者从"),
        ("(通讯员 赵一鸣)近日,", None, [], ["赵一鸣"], [], "近日,"),
        ("本报讯（记者　孙　艳）近日", "本报讯", ["孙艳"], [], [], "近日"),
        ("本报讯 近日,延庆区总工会", "本报讯", [], [], [], "近日,延庆区总工会"),
    ],
)
def test_lead_bylines(para, dateline, reporters, correspondents, interns, rest):
    credits, end = parse_lead(para)
    assert credits.dateline == dateline
    assert credits.reporters == reporters
    assert credits.correspondents == correspondents
    assert credits.interns == interns
    assert para[end:].strip() == rest


@pytest.mark.parametrize(
    "para",
    [
        "本报记者近日从国网北京电力公司获悉,",  # a sentence, not a dateline
        "(上接第1版)据了解,",
        "近日,怀柔区总工会开展活动。",
        "“再过几天大学就要开学了,”",
    ],
)
def test_sentences_are_not_bylines(para):
    lead = parse_lead(para)
    assert lead is None or not (lead[0].dateline or lead[0].has_names)


@pytest.mark.parametrize(
    "line, reporters, correspondents",
    [
        ("□本报记者 李一然", ["李一然"], []),
        ("本报记者 王路曼 李一然", ["王路曼", "李一然"], []),
        ("记者 张三 报道", ["张三"], []),
        ("(劳动午报记者 王路曼)", ["王路曼"], []),
        ("本报讯(记者 孙艳)", ["孙艳"], []),
        ("本报记者 周美玉 通讯员 高岩", ["周美玉"], ["高岩"]),
    ],
)
def test_byline_lines(line, reporters, correspondents):
    credits = parse_byline_line(line)
    assert credits.reporters == reporters
    assert credits.correspondents == correspondents


@pytest.mark.parametrize("line", ["劳动模范代表发言", "记者节快乐", "青年职工“充电蓄能”"])
def test_headlines_are_not_byline_lines(line):
    assert parse_byline_line(line) is None


@pytest.mark.parametrize(
    "para, reporters, correspondents, photographers, before",
    [
        ("……服务品牌。 本报记者 赵思远 摄影报道", ["赵思远"], [], ["赵思远"], "……服务品牌。"),
        ("本报记者 陈艺 摄影报道", ["陈艺"], [], ["陈艺"], ""),
        ("通讯员 付彬 摄影报道", [], ["付彬"], ["付彬"], ""),
        ("本报记者 万玉藻/摄", ["万玉藻"], [], ["万玉藻"], ""),
        ("核心竞争力。 本报记者 周美玉 通讯员 高岩 摄影报道", ["周美玉"], ["高岩"], ["周美玉", "高岩"], "核心竞争力。"),
        ("活动现场。　付彬　摄", [], [], ["付彬"], "活动现场。"),
    ],
)
def test_photo_credits(para, reporters, correspondents, photographers, before):
    credits, start = parse_credit(para)
    assert credits.reporters == reporters
    assert credits.correspondents == correspondents
    assert credits.photographers == photographers
    assert para[:start].strip() == before


@pytest.mark.parametrize(
    "para",
    [
        "职工们在现场进行拍摄",  # a sentence that ends in 摄
        "活动由专业团队全程摄影",
        "他说:“欢迎大家来摄影。”",
    ],
)
def test_sentences_are_not_credits(para):
    assert parse_credit(para) is None


def test_trailing_byline():
    credits, start = parse_trailing("……送到贫困户家中。(劳动午报记者 王路曼)")
    assert credits.reporters == ["王路曼"]
    assert start == len("……送到贫困户家中。")
    assert parse_trailing("总面积达到110平方米(含公厕)") is None

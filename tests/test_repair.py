"""Page-break joins and punctuation normalisation."""

import pytest

from ghcli.repair import Paragraph, is_terminated, join_breaks, normalize_punct


@pytest.mark.parametrize(
    "text, done",
    [
        ("活动结束。", True),
        ("他说:“很好。”", True),
        ("如下:", True),
        ("真好!", True),
        ("……", True),
        ("职工重点关注的心理", False),
        ("据介绍,7月至8月期间,和", False),
        ("辖区12", False),
        ("选答和“安康", False),
        ("投入3.", False),
        ("问题,", False),
        ("改善检查站的工作生活条件。(据《工人日报》)", True),  # a source tag after the last sentence
        ("他说:“很好。”（完）", True),
        ("总面积达到110平方米(含公厕)", False),  # an aside inside the sentence
        ("组织职工检查线路隐患（下转第3版）", False),
        ("一起来看今天的劳动午报有哪些要闻👇", True),  # a post's line pointing at what follows
        ("海淀职工亲子运动会“嗨翻”全场🎉", False),  # a post's headline ends with its emoji
    ],
)
def test_is_terminated(text, done):
    assert is_terminated(text) is done


def test_join_breaks_records_each_join_and_chains():
    paras = [Paragraph("第一段。", 1), Paragraph("据介绍,和", 3), Paragraph("平街街", 5), Paragraph("道总工会开展活动。", 7)]
    out, repairs = join_breaks(paras)
    assert [p.text for p in out] == ["第一段。", "据介绍,和平街街道总工会开展活动。"]
    assert [(r["line"], r["next_line"]) for r in repairs] == [(3, 5), (5, 7)]
    assert repairs[0]["left"].endswith("和") and repairs[0]["right"].startswith("平街街")


def test_join_is_idempotent():
    paras = [Paragraph("职工重点关注的心理", 1), Paragraph("问题,通过互动游戏。", 2)]
    once, _ = join_breaks(paras)
    twice, repairs = join_breaks(once)
    assert [p.text for p in twice] == [p.text for p in once] and repairs == []


def test_punctuation_styles():
    text = "本报讯(记者 孙艳)近日,3,000名职工参加;时间12:30。"
    assert normalize_punct(text, "full") == "本报讯（记者 孙艳）近日，3,000名职工参加；时间12:30。"
    assert normalize_punct(normalize_punct(text, "full"), "half") == "本报讯(记者 孙艳)近日,3,000名职工参加;时间12:30。"
    assert normalize_punct(text, "keep") is text
    assert normalize_punct(normalize_punct(text, "full"), "full") == normalize_punct(text, "full")


def _texts(lines):
    out, _repairs = join_breaks([Paragraph(t, k + 1) for k, t in enumerate(lines)])
    return [p.text for p in out]


def test_verse_and_list_lines_are_lines_of_their_own():
    poem = ["那是一双握紧焊枪的手", "在弧光里把钢铁缝成大桥的脊梁", "那是一双紧握方向盘的手", "在晨雾中把山路开成回家的方向",
            "我们向你致敬", "平凡的劳动者啊"]
    assert _texts(poem) == poem
    names = ["冠军　首钢集团代表队", "亚军　北京京能热电代表队", "季军　北京银行石景山支行代表队", "第四名　八宝山街道总工会代表队"]
    assert _texts(names) == names


def test_a_hard_wrapped_paragraph_is_still_joined():
    # a narrow column: every line but the last as wide as the column (the first short by its
    # indent), punctuation pushed to a line's start
    column = ["在大峪中学，北京市劳动模范、", "一家新能源企业的电气工程师宋立新", "，给同学们讲述了门头沟从“煤都”", "到“绿谷”的变迁。"]
    assert _texts(column) == ["".join(column)]
    even = ["“五一”国际劳动节前夕，门", "头沟区总工会联合区教委开展“劳模", "工匠进校园”活动，组织12名劳模", "工匠走进大峪中学、东辛房小学等8",
            "所中小学校，为学生们讲授“劳动第", "一课”。"]
    assert _texts(even) == ["".join(even)]
    # three short lines are a page's break, not verse
    assert _texts(["在斋堂镇爨底下村，", "电工班长赵永刚带着队员为村里的民宿逐户排", "查线路隐患。"]) == ["在斋堂镇爨底下村，电工班长赵永刚带着队员为村里的民宿逐户排查线路隐患。"]

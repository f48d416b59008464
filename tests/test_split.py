"""The split stage on in-memory issues of the shapes real pages have."""

import pytest

from ghcli.extract import extract_articles
from ghcli.split import split_text


def titles(arts):
    return [a.title for a in arts]


def test_sample_matches_gold(sample_text, gold):
    arts = split_text(sample_text, "seeds/000_e8ce5f1fa4209a3c.txt")
    assert len(arts) == len(gold["articles"])
    for art, want in zip(arts, gold["articles"]):
        assert art.title == want["title"]
        assert art.kicker == want["kicker"]
        assert art.kind == want["kind"]
        assert art.dateline == want["dateline"]
        assert art.reporters == want["reporters"]
        assert art.correspondents == want["correspondents"]
        assert art.photographers == want["photographers"]
        assert art.text.startswith(want["body_starts"])
        assert art.text.endswith(want["body_ends"])
    repairs = [r for a in arts for r in a.repairs]
    assert len(repairs) == len(gold["page_break_repairs"])
    for left, right in gold["page_break_repairs"]:
        assert any(r["left"].endswith(left[-30:]) and r["right"].startswith(right[:30]) for r in repairs), left
    assert all(a.banner == gold["page_banner"] for a in arts)


def test_sample_records_ids_lines_and_chars(sample_text):
    arts = split_text(sample_text, "seeds/000_e8ce5f1fa4209a3c.txt")
    assert [a.id for a in arts] == [f"000_e8ce5f1fa4209a3c#{i}" for i in range(1, 8)]
    assert all(a.chars == len(a.text) for a in arts)
    firsts = [a.lines[0] for a in arts]
    assert firsts == sorted(firsts) and arts[0].lines[0] == 5  # the kicker line
    assert "本报讯" not in arts[0].text and "摄影报道" not in arts[4].text


BARE = """劳动午报 2023年8月25日 星期五
第03版：工会新闻

延庆区总工会组织劳模义务植树
本报讯（记者 马超）近日，延庆区总工会组织30余名劳模代表、职工志愿者参加了义务植树活动。
挥锹铲土、提苗扶正……活动现场，职工们热情高涨。
职工“五月鲜花”歌咏比赛落幕
5月20日，延庆职工第三十三届“五月鲜花”歌咏比赛圆满落幕。
近3000名职工参与比赛。
西城职工羽毛球赛开赛
本报讯（记者 陈曦　通讯员 李泫雅）“好球！”近日，广安体育馆内爆发出阵阵欢呼声。
"""


def test_issue_without_heading_markers():
    arts = split_text(BARE)
    assert titles(arts) == ["延庆区总工会组织劳模义务植树", "职工“五月鲜花”歌咏比赛落幕", "西城职工羽毛球赛开赛"]
    assert arts[0].reporters == ["马超"] and arts[0].dateline == "本报讯"
    assert arts[1].dateline is None and arts[1].reporters == []
    assert arts[2].correspondents == ["李泫雅"]
    assert arts[0].banner == "劳动午报 2023年8月25日 星期五 第03版：工会新闻"
    assert all(not a.repairs for a in arts)  # headlines end without 。 but are never joined


def test_kicker_and_subtitle_around_bare_headline():
    text = (
        "弘扬劳模精神 争当时代先锋\n\n劳模工匠进车间传技艺\n\n——记北京市劳动模范张建国\n\n"
        "□本报记者 李一然\n\n清晨六点，张建国已经来到车间。\n"
    )
    [art] = split_text(text)
    assert (art.kicker, art.title, art.subtitle) == ("弘扬劳模精神 争当时代先锋", "劳模工匠进车间传技艺", "——记北京市劳动模范张建国")
    assert art.reporters == ["李一然"] and art.text == "清晨六点，张建国已经来到车间。"


def test_marked_headline_with_kicker_and_subtitle():
    text = "提供心理健康服务\n\n## 大兴工会打造“心灵港湾”\n\n——各级工会关注职工心理健康\n\n本报讯(记者 孙艳) 正值暑期。\n"
    [art] = split_text(text)
    assert art.kicker == "提供心理健康服务"
    assert art.subtitle == "——各级工会关注职工心理健康"
    assert art.text == "正值暑期。"


def test_photo_item_with_credit_on_its_own_line():
    text = (
        "## 职工羽毛球比赛开赛\n\n本报讯(记者 陈艺) 4月7日，比赛开赛。\n\n"
        "乒乓球比赛火热进行\n\n上周六和周日，500余名职工参加了本次比赛。\n\n通讯员 付彬 摄影报道\n"
    )
    arts = split_text(text)
    assert [a.kind for a in arts] == ["article", "photo"]
    assert arts[1].title == "乒乓球比赛火热进行"
    assert arts[1].correspondents == ["付彬"] and arts[1].photographers == ["付彬"]
    assert arts[1].text == "上周六和周日，500余名职工参加了本次比赛。"


def test_page_break_across_masthead_and_inside_number():
    text = (
        "## 朝阳工会开展安全知识竞赛\n\n本报讯(记者 刘欣欣) 近日，辖区12\n\n"
        "劳动午报 2023年8月25日 星期五\n\n345名职工参加。竞赛分为必答、选答和“安康\n\n杯”专场。\n"
    )
    [art] = split_text(text)
    assert art.text == "近日，辖区12345名职工参加。竞赛分为必答、选答和“安康杯”专场。"
    assert [(r["left"][-2:], r["right"][:2]) for r in art.repairs] == [("12", "34"), ("安康", "杯”")]


def test_continuation_after_comma_and_no_repair_option():
    text = "## 标题一个\n\n本报讯(记者 马超) 近日，\n\n平谷区总工会推出5项举措。\n"
    assert split_text(text)[0].text == "近日，平谷区总工会推出5项举措。"
    assert split_text(text, repair=False)[0].text == "近日，\n平谷区总工会推出5项举措。"


def test_short_fragment_is_repaired_not_taken_for_headline():
    text = (
        "## 怀柔区总工会开展对口支援\n\n本报讯(记者 崔欣) 近日，怀柔区总工会赴杂多县调研。\n\n"
        "大兴经济技术开发区\n\n总工会依托心灵驿站，组织34名职工开展团辅活动。\n"
    )
    [art] = split_text(text)
    assert "大兴经济技术开发区总工会依托心灵驿站" in art.text
    assert len(art.repairs) == 1


def test_last_article_cut_off_stays_as_is():
    text = "## 标题甲乙丙\n\n本报讯(记者 马超) 近日，平谷区总工会推出5项举措。\n\n在广泛宣传方面，区总工会利用"
    [art] = split_text(text)
    assert art.text.endswith("区总工会利用") and not art.repairs


def test_issue_without_articles():
    assert split_text("# 深入学习贯彻党的二十大精神\n\n劳动午报 2023年8月25日 星期五\n") == []
    assert split_text("\n\n   \n") == []


def test_line_ends_crlf_and_cr_give_same_records(sample_text):
    base = [a.to_dict() for a in split_text(sample_text)]
    assert [a.to_dict() for a in split_text(sample_text.replace("\n", "\r\n"))] == base
    assert [a.to_dict() for a in split_text(sample_text.replace("\n", "\r"))] == base


def test_trailing_byline_and_jump_line_leave_text():
    text = (
        "## 市总工会部署送温暖\n\n本报讯 日前，市总工会发出通知。\n\n重点慰问8类职工群体。(劳动午报记者 白莹)\n\n(下转第4版)\n"
    )
    [art] = split_text(text)
    assert art.reporters == ["白莹"] and art.dateline == "本报讯"
    assert art.text == "日前，市总工会发出通知。\n重点慰问8类职工群体。"


def test_full_width_issue_with_single_newlines():
    text = (
        "# 首都工会\n## 海淀各街道工会借“送清凉”普及工会知识\n本报讯（记者　赵思远）记者近日从海淀区总工会获悉，"
        "各街道工会均启动“送清凉”活动。\n近日，清河街道工会服务站开展活动，发放酸梅晶1600袋。\n"
        "## 丰台工人俱乐部服务周边职工\n中工网讯（通讯员　王燕飞）近日，丰台工人俱乐部周边职工居民联名写信。\n"
    )
    arts = split_text(text)
    assert titles(arts) == ["海淀各街道工会借“送清凉”普及工会知识", "丰台工人俱乐部服务周边职工"]
    assert arts[0].reporters == ["赵思远"] and arts[1].correspondents == ["王燕飞"]
    assert arts[0].text.count("\n") == 1 and not arts[0].repairs


# --- shapes found on pages unlike the sample ---------------------------------------------------

def test_bare_stories_signed_at_their_end_are_separate_stories():
    text = (
        "快递小哥有了“暖心驿站”\n"
        "清晨六点，朝阳区望京街道的“暖心驿站”已经亮起了灯。\n"
        "“现在有了驿站，方便多了。”快递员小王说。（劳动午报记者 王路曼）\n\n"
        "这群“蓝领”不简单\n"
        "走进北京城建集团的职工创新工作室，一台台自主研发的设备整齐排列。\n"
        "（劳动午报记者 赵思远 通讯员 刘洋）\n"
    )
    arts = split_text(text)
    assert titles(arts) == ["快递小哥有了“暖心驿站”", "这群“蓝领”不简单"]
    assert [a.reporters for a in arts] == [["王路曼"], ["赵思远"]]
    assert arts[1].correspondents == ["刘洋"]


def test_a_second_signature_below_a_signed_story_opens_a_story():
    text = (
        "顺义区总工会开展“送清凉”活动\n"
        "本报讯（记者 崔欣） 近日，顺义区总工会为全区一线职工送去防暑降温物品3万余份。\n"
        "活动将持续至8月底。\n"
        "外卖小哥的“加油站”\n"
        "家住丰台区的王师傅是一名外卖骑手。“跑单更有劲儿了。”王师傅说。（劳动午报记者 王路曼）\n"
    )
    arts = split_text(text)
    assert titles(arts) == ["顺义区总工会开展“送清凉”活动", "外卖小哥的“加油站”"]
    assert [a.reporters for a in arts] == [["崔欣"], ["王路曼"]]


def test_photo_item_with_a_sentence_like_title_after_a_marked_story():
    text = (
        "## 西城区总工会开展职工法律服务月活动\n"
        "本报讯（记者 孙艳） 近日，西城区总工会启动“职工法律服务月”活动。\n\n"
        "这群“夜班人”的坚守\n\n"
        "凌晨2点，北京市自来水集团的抢修队员正在对一处破损管道进行抢修。 本报记者 赵思远 摄影报道\n"
    )
    arts = split_text(text)
    assert titles(arts) == ["西城区总工会开展职工法律服务月活动", "这群“夜班人”的坚守"]
    assert [a.kind for a in arts] == ["article", "photo"]
    assert arts[0].reporters == ["孙艳"] and arts[1].photographers == ["赵思远"]


def test_bracketed_caption_credit_closes_a_photo_item():
    text = (
        "## 环卫工人的“清凉驿站”\n"
        "7月20日，环卫工人在一处爱心驿站休息。（新华社记者 李贺 摄）\n"
        "## 工地上的“夏日课堂”\n"
        "7月22日，志愿者在一处建筑工地为农民工子女辅导功课。 新华社记者 季春鹏 摄\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.kind, a.photographers) for a in arts] == [
        (None, "photo", ["李贺"]), (None, "photo", ["季春鹏"])]
    assert arts[0].text == "7月20日，环卫工人在一处爱心驿站休息。"


def test_quoted_headline_ending_in_an_exclamation_mark():
    text = (
        "西城区总工会开展读书活动\n"
        "本报讯（记者 孙艳） 近日，西城区总工会举办女职工读书分享会。\n"
        "“这里就是我们的家！”\n"
        "本报讯（记者 王路曼） 近日，海淀区总工会新建的户外劳动者服务站投入使用。\n"
    )
    assert titles(split_text(text)) == ["西城区总工会开展读书活动", "“这里就是我们的家！”"]


def test_a_headline_opening_with_a_papers_name_is_no_masthead():
    text = "北京日报社工会举办职工乒乓球赛\n本报讯（记者 马超） 近日，北京日报社工会举办职工乒乓球比赛。\n"
    arts = split_text(text)
    assert titles(arts) == ["北京日报社工会举办职工乒乓球赛"] and arts[0].banner is None


def test_contact_line_ends_the_story_above_not_the_next_head():
    text = (
        "怀柔区总工会举办线上招聘会\n"
        "本报讯（记者 马超） 近日，怀柔区总工会举办“春风行动”线上招聘会。\n"
        "报名电话：010-69644125\n"
        "助力职工就业\n"
        "房山区总工会开展“订单式”技能培训\n"
        "本报讯（记者 孙艳） 日前，房山区总工会开展“订单式”技能培训。\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "怀柔区总工会举办线上招聘会"), ("助力职工就业", "房山区总工会开展“订单式”技能培训")]
    assert arts[0].text.endswith("报名电话：010-69644125")


def test_list_items_after_a_colon_stay_in_the_story():
    text = (
        "东城区总工会举办职工羽毛球赛\n"
        "本报讯（记者 马超） 近日，东城区总工会举办职工羽毛球比赛。比赛共设三个项目：\n"
        "男子单打\n女子单打\n混合双打\n"
        "据了解，各项目前三名将代表东城区参加全市比赛。\n"
    )
    arts = split_text(text)
    assert titles(arts) == ["东城区总工会举办职工羽毛球赛"]
    assert "混合双打" in arts[0].text


def test_editors_note_above_the_byline_belongs_to_the_story():
    text = (
        "## 新时代的“工匠之路”\n\n"
        "编者按：本版今起推出“新时代的工匠之路”系列报道，讲述首都技能人才的成长故事。\n\n"
        "□本报记者 李一然\n\n"
        "在北京奔驰的总装车间，高级技师韩磊正在调试一台新车的电气系统。\n"
    )
    arts = split_text(text)
    assert len(arts) == 1 and arts[0].reporters == ["李一然"]
    assert arts[0].text.startswith("编者按") and arts[0].text.endswith("电气系统。")


def test_signed_feature_ending_with_a_captioned_photo_is_an_article():
    text = (
        "## 大国工匠的“绝活”\n\n□本报记者 王鹏\n\n"
        "在北京航天科工某研究所的车间里，高级技师张立新正在加工一个精密零件。\n\n"
        "图为张立新（右）在指导徒弟。 本报记者 王鹏 摄\n"
    )
    arts = split_text(text)
    assert [(a.kind, a.reporters, a.photographers) for a in arts] == [("article", ["王鹏"], ["王鹏"])]


def test_captioned_photo_set_apart_from_a_signed_story_is_its_own_item():
    text = (
        "## 石景山区总工会开展“职工健步走”活动\n\n"
        "本报讯（记者 崔欣） 近日，石景山区总工会在永定河畔举办“职工健步走”活动，全区800余名职工参加。\n\n\n\n"
        "近日，在北京城市副中心某建设工地，工人们冒着高温进行钢筋绑扎作业。 本报记者 周美玉 摄\n"
    )
    arts = split_text(text)
    assert [(a.kind, a.reporters, a.photographers) for a in arts] == [
        ("article", ["崔欣"], []), ("photo", ["周美玉"], ["周美玉"])]


def test_crossheads_inside_a_signed_feature_open_no_story():
    text = (
        "职工之家“家味”浓\n"
        "□本报记者 李一然\n"
        "走进通州区某物流园区的职工之家，阅览室、健身房一应俱全。\n"
        "技能提升 “充电”不停\n"
        "近年来，园区工会还依托职工之家开设技能培训课堂。\n"
    )
    arts = split_text(text)
    assert titles(arts) == ["职工之家“家味”浓"]
    assert "技能提升 “充电”不停" in arts[0].text


def test_a_slogan_closing_a_story_is_no_kicker():
    text = (
        "## 职工技能大赛我们来了\n"
        "本报讯（记者 孙艳） 近日，西城区第五届职工技能大赛报名工作启动。\n"
        "技能成就梦想，大赛等你来！\n"
        "弘扬劳模精神\n"
        "## 石景山区劳模宣讲团走进社区\n"
        "本报讯（记者 崔欣） 日前，石景山区劳模宣讲团走进八角街道。\n"
    )
    arts = split_text(text)
    assert [a.kicker for a in arts] == [None, "弘扬劳模精神"]
    assert arts[0].text.endswith("大赛等你来！")


# --- web copies and PDF exports ------------------------------------------------------------

def test_web_copy_metadata_lines_are_furniture():
    text = (
        "当前位置：首页 > 工会动态\n"
        "海淀区总工会启动“职工服务月”活动\n"
        "2024-07-08 10:21:35　来源：劳动午报　作者：赵思远\n"
        "【字体：大 中 小】\n"
        "本报讯（记者 赵思远） 5月7日，海淀区总工会“职工服务月”活动启动。\n"
        "（图片由海淀区总工会提供）\n"
        "启动仪式后，区总工会工作人员分成5个小组开展慰问。\n"
        "【纠错】 【责任编辑：张静】\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [(None, "海淀区总工会启动“职工服务月”活动", ["赵思远"])]
    assert arts[0].text.endswith("开展慰问。") and arts[0].kind == "article"


def test_pdf_running_header_and_page_number_are_furniture():
    text = (
        "2024年7月3日 星期三\n工会新闻\n3\n"
        "通州区总工会举办职工篮球联赛\n"
        "本报讯（记者 马超） 7月1日，通州区第五届职工篮球联赛开赛。\n"
        "2024年7月3日 星期三\n工会新闻\n4\n"
        "近年来，通州区总工会每年组织职工体育赛事20余项。\n"
    )
    arts = split_text(text)
    assert titles(arts) == ["通州区总工会举办职工篮球联赛"]
    assert arts[0].text.endswith("体育赛事20余项。")


def test_byline_cut_across_two_lines():
    text = "## 昌平区总工会开展“送法进企业”活动\n本报讯（记者 周美玉 通讯员\n赵雪） 近日，昌平区总工会联合区法院走进未来科学城。\n"
    arts = split_text(text)
    assert (arts[0].reporters, arts[0].correspondents) == (["周美玉"], ["赵雪"])
    assert arts[0].text.startswith("近日")


def test_labelled_epaper_export():
    text = ("引题：聚焦新就业形态劳动者\n标题：西城区“暖心驿站”再添12家\n副题：覆盖快递、外卖等群体\n"
            "正文：本报讯（记者 周美玉） 记者近日从西城区总工会获悉，西城区新建成“暖心驿站”12家。\n")
    arts = split_text(text)
    assert [(a.kicker, a.title, a.subtitle, a.reporters) for a in arts] == [
        ("聚焦新就业形态劳动者", "西城区“暖心驿站”再添12家", "覆盖快递、外卖等群体", ["周美玉"])]


def test_picture_inside_a_signed_story_does_not_end_it():
    text = (
        "怀柔区总工会举办职工技能大赛\n"
        "本报讯（记者 崔欣） 6月25日，怀柔区第八届职工职业技能大赛开幕。\n"
        "图为选手在电工比赛中进行实操。 本报记者 崔欣 摄\n"
        "本届大赛设置电工、焊工等8个工种。\n"
    )
    arts = split_text(text)
    assert len(arts) == 1 and arts[0].text.endswith("8个工种。")


def test_crossheads_and_boxes_inside_a_signed_news_story():
    text = (
        "海淀区总工会多措并举服务新就业形态劳动者\n"
        "本报讯（记者 赵思远） 近年来，海淀区总工会建阵地、优服务，不断增强劳动者的获得感。\n"
        "建阵地 让劳动者歇脚有处\n"
        "今年以来，区总工会新建暖心驿站30家，实现街镇全覆盖。\n"
        "相关链接\n"
        "2023年，北京市各级工会共投入资金1.2亿元。\n"
    )
    assert titles(split_text(text)) == ["海淀区总工会多措并举服务新就业形态劳动者"]


@pytest.mark.parametrize("headline", [
    "市总工会召开十五届四次全委（扩大）会议 团结动员全市职工在推进中国式现代化北京实践中建功立业",
    "■怀柔区总工会开展“送文化进基层”活动",
])
def test_long_two_part_and_bulleted_headlines(headline):
    text = f"{headline}\n本报讯（记者 任洁） 5月7日，北京市总工会召开全委（扩大）会议。\n"
    assert titles(split_text(text)) == [headline.lstrip("■")]


def test_headlines_ending_like_sentences_or_with_a_comma():
    text = (
        "小驿站，大温暖\n"
        "近日，大兴区已建成的80余家暖心驿站成为户外劳动者的“歇脚点”。（本报记者 孙艳）\n"
        "这个夏天，他们在高温下坚守……\n"
        "□本报记者 陈曦\n"
        "38℃的高温下，北京地铁施工现场的工人们已经连续作业了4个小时。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters) for a in arts] == [
        ("小驿站，大温暖", ["孙艳"]), ("这个夏天，他们在高温下坚守……", ["陈曦"])]


def test_picture_credit_line_without_a_verb_makes_a_photo_item():
    text = "## 荷塘边的“劳动课”\n7月3日，顺义区职工子女在北郎中村体验采摘莲蓬。\n图/本报记者 赵思远\n"
    arts = split_text(text)
    assert [(a.kind, a.photographers) for a in arts] == [("photo", ["赵思远"])]


def test_a_credit_line_whose_role_word_is_set_off_by_a_space():
    # 摄影 本报记者 X (a space, or a full-width one, where 摄影： has its colon), 摄影 X
    text = (
        "水库“守水人”收到清凉包\n近日,密云区总工会走进溪翁庄镇,为密云水库一线巡查人员送去清凉包200份。\n"
        "摄影 本报记者 王路曼\n\n\n\n"
        "前门大街设起“职工志愿服务岗”\n近日，东城区前门街道总工会在前门大街设立“职工志愿服务岗”。\n"
        "摄影　本报记者　张晶\n\n\n\n"
        "红薯迎来采收季\n9月7日,密云区古北口镇的红薯迎来采收季,镇总工会组织志愿者到田间帮忙。\n摄影 刘振\n"
    )
    arts = split_text(text)
    assert [(a.kind, a.reporters, a.photographers) for a in arts] == [
        ("photo", ["王路曼"], ["王路曼"]), ("photo", ["张晶"], ["张晶"]), ("photo", [], ["刘振"])]
    assert all("摄影" not in a.text for a in arts)


def test_box_labels_stay_in_the_story_as_paragraphs_of_their_own():
    text = (
        "## 通州区总工会开展职工心理服务\n\n"
        "本报讯（记者　周美玉）近日，通州区总工会走进潞城镇开展职工心理服务，为60余名职工开展团体辅导。\n\n"
        "■记者手记\n\n"
        "心理服务不是“奢侈品”，而是职工的“必需品”。\n"
    )
    (art,) = split_text(text)
    assert art.reporters == ["周美玉"]
    assert art.text.split("\n")[1:] == ["■记者手记", "心理服务不是“奢侈品”，而是职工的“必需品”。"]


def test_section_labels_are_no_headlines():
    text = (
        "■工会简讯\n\n"
        "本报讯（记者　崔欣）近日，怀柔区总工会为200名护林员送去防暑降温物资。\n\n"
        "本报讯（记者　陈曦）近日，顺义区马坡镇总工会组织职工开展消防应急演练。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters) for a in arts] == [(None, ["崔欣"]), (None, ["陈曦"])]
    assert arts[0].banner == "■工会简讯"


def test_headline_marked_on_two_lines():
    text = "## 密云区总工会“两节”送温暖\n\n## 圆满收官\n\n本报讯（记者　王路曼）\n\n2月5日，记者从密云区总工会获悉，区总工会共投入送温暖资金860万元。\n"
    arts = split_text(text)
    assert [(a.title, a.reporters) for a in arts] == [("密云区总工会“两节”送温暖圆满收官", ["王路曼"])]


@pytest.mark.parametrize("text, kept", [
    # lines that open like web metadata but are sentences of the story
    ("## 标题一\n近日，职工参加活动。\n下一篇章，职工们将继续努力。\n作者：张三在文中说道，职工很辛苦。\n",
     ["下一篇章，职工们将继续努力。", "作者：张三在文中说道，职工很辛苦。"]),
    # the date under a notice
    ("## 关于开展职工书画比赛的通知\n各基层工会：\n现将有关事项通知如下。\n北京市总工会\n2024年5月8日\n", ["2024年5月8日"]),
    # 主题： inside a story is no label of an e-paper export
    ("## 标题一\n近日，职工参加活动。\n主题：学习贯彻会议精神\n活动中，职工们很开心。\n", ["主题：学习贯彻会议精神"]),
])
def test_lines_like_furniture_that_are_text(text, kept):
    arts = split_text(text)
    assert len(arts) == 1
    assert all(line in arts[0].text for line in kept)


def test_a_papers_client_byline_and_dateline_are_no_mastheads():
    arts = split_text("## 标题一\n工人日报客户端记者 张三\n近日，职工参加活动。\n")
    assert arts[0].reporters == ["张三"] and arts[0].banner is None
    arts = split_text("## 标题一\n工人日报北京5月8日电（记者 张三）近日，职工参加活动，效果很好\n")
    assert arts[0].dateline == "工人日报北京5月8日电" and arts[0].text == "近日，职工参加活动，效果很好"


def test_an_exclamation_above_a_closing_signature_ends_the_story():
    text = ("## 职工书屋开放\n本报讯（记者 王路曼）近日，职工书屋正式开放，吸引了许多职工前来阅读。\n"
            "“我们的书屋真好啊！”\n（劳动午报记者 王路曼）\n")
    (art,) = split_text(text)
    assert art.title == "职工书屋开放" and art.text.endswith("“我们的书屋真好啊！”")


def test_a_byline_is_rejoined_only_with_the_rest_of_its_names():
    arts = split_text("## 标题一\n本报讯（记者 张三\n(下转第4版)\n")
    assert "本报讯（记者 张三" in (arts[0].byline or "") + arts[0].text


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_crossheads_in_a_series_or_in_quotes_are_not_joined(sep):
    text = sep.join([
        "## 台湖镇工会“两个聚焦”服务职工", "本报讯（记者 孙艳） 近日，台湖镇总工会推出“两个聚焦”服务举措。",
        "聚焦技能提升", "镇总工会联合辖区企业开展技能培训12期。",
        "聚焦困难帮扶", "镇总工会建立困难职工台账，为23户困难职工家庭发放帮扶资金。",
        "书屋里“充电”", "“以前下班就回家刷手机，现在常来书屋看书。”小周说。",
    ]) + "\n"
    (art,) = split_text(text)
    assert art.repairs == []
    assert ["聚焦技能提升", "聚焦困难帮扶", "书屋里“充电”"] == [p for p in art.text.split("\n") if len(p) < 10]


def test_jump_markers_inside_paragraphs_are_removed_not_the_paragraphs():
    arts = split_text("## 甲\n\n本报讯(记者 盛丽) 近日,延庆区总工会开展活动,送去慰问品。(下转第3版)\n\n"
                      "## 乙\n\n(上接第1版)活动中,职工们积极参与。\n")
    assert [(a.reporters, a.text) for a in arts] == [
        (["盛丽"], "近日,延庆区总工会开展活动,送去慰问品。"), ([], "活动中,职工们积极参与。")]


def test_photo_credit_written_text_and_photo():
    text = ("## 甲工会开展活动\n\n本报讯(记者 盛丽) 近日,延庆区总工会开展活动。\n\n\n\n老手艺 新传人\n\n"
            "在东城区前门的一家老字号店铺里,大师正在教徒弟制作绒花。 本报记者 陈曦 文/摄\n")
    arts = split_text(text)
    assert [(a.title, a.kind, a.photographers) for a in arts] == [
        ("甲工会开展活动", "article", []), ("老手艺 新传人", "photo", ["陈曦"])]


def test_a_headline_wrapped_by_a_narrow_column_is_one_headline():
    # A PDF column wraps the headline inside a quote or after 的/和: no kicker is cut like that.
    text = (
        "第05版：区县工会\n\n"
        "怀柔区总工会启动“职工微\n心愿”认领活动\n"
        "本报讯（记者 陈曦）近日，怀柔区总工会启动“职工微心愿”认领活动。\n\n"
        "高温下的坚守\n环卫工人清晨四点上岗\n"
        "本报讯（记者 马超）连日来，朝阳区环卫工人坚守岗位。\n\n"
        "## 丰台区总工会举办《劳动\n法》知识竞赛\n"
        "本报讯（记者 孙艳）近日，丰台区总工会举办知识竞赛。\n\n"
        "## 职工书屋建设和\n管理经验交流会召开\n"
        "本报讯（记者 白莹）近日，交流会召开。\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        (None, "怀柔区总工会启动“职工微心愿”认领活动", None),
        ("高温下的坚守", "环卫工人清晨四点上岗", None),  # a whole phrase: still the kicker
        (None, "丰台区总工会举办《劳动法》知识竞赛", None),
        (None, "职工书屋建设和管理经验交流会召开", None),
    ]
    assert [a.reporters for a in arts] == [["陈曦"], ["马超"], ["孙艳"], ["白莹"]]


def test_a_commentary_signed_by_the_papers_commentator():
    text = (
        "## 门头沟职工“技术服务队”进山入村\n本报讯（记者 马超）近日，服务队走进清水镇。\n"
        "技能人才需要更宽的“上升通道”\n□本报评论员\n"
        "技能人才评价改革持续推进，不少企业打通了技能人才的晋升通道。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters, a.byline) for a in arts] == [
        ("门头沟职工“技术服务队”进山入村", ["马超"], "本报讯（记者 马超）"),
        ("技能人才需要更宽的“上升通道”", [], "□本报评论员"),
    ]


def test_a_commentary_signed_by_the_commentator_without_a_mark():
    page = (
        "工会论坛\n\n让“娘家人”的服务再近一点\n\n本报评论员\n\n"
        "从街头巷尾的户外劳动者驿站，到园区楼宇里的“午间课堂”，工会的实事让职工感受到了温度。\n\n"
        "服务职工，贵在“近”。距离近，职工才愿意来；心贴近，职工才信得过。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.reporters, art.byline) == ("工会论坛", "让“娘家人”的服务再近一点", [], "本报评论员")
    assert art.text.startswith("从街头巷尾")


def test_unmarked_heads_after_a_signed_feature():
    page = (
        "工匠故事\n\n焊花里的“绣花功夫”\n\n本报记者 彭程 通讯员 孙丽\n\n"
        "护目镜后面，一束蓝色弧光在钢板接缝处游走，焊工赵立强已经在这个岗位上干了十年。\n\n"
        "去年，赵立强被评为顺义区“金牌工匠”。如今，他的工作室每年为企业培养焊工20余名。\n\n"
        # an unsigned brief under its headline: the lead names the headline's subject after its date
        "门头沟区山区职工有了“流动健康站”\n\n"
        "近日，门头沟区总工会“职工流动健康站”走进斋堂镇、清水镇等山区乡镇，为一线职工提供免费体检。\n\n"
        # a photo item under a headline of two phrases closed by 了
        "苹果红了 果农忙了\n\n"
        "金秋时节，昌平区崔村镇的万亩苹果园迎来采摘季，镇总工会组织职工志愿者走进果园帮助果农。 本报记者 孙妍 摄\n\n"
        # a kicker of two parallel phrases over the headline, set tight: no wrapped headline
        "劳模带头 职工参与\n劳模志愿者义务植树 为家园添新绿\n\n"
        "本报讯（记者 马超）3月5日，大兴区总工会组织劳模志愿者开展义务植树活动。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters, a.kind) for a in arts] == [
        ("工匠故事", "焊花里的“绣花功夫”", ["彭程"], "article"),
        (None, "门头沟区山区职工有了“流动健康站”", [], "article"),
        (None, "苹果红了 果农忙了", ["孙妍"], "photo"),
        ("劳模带头 职工参与", "劳模志愿者义务植树 为家园添新绿", ["马超"], "article"),
    ]


def test_a_commentary_signed_with_a_bullet_and_a_name():
    text = (
        "第06版：工会新闻\n\n"
        "房山区举办劳模宣讲\n"
        "3月10日，房山区劳模宣讲团走进燕山石化，为职工讲述奋斗故事。\n\n"
        "让职工之家真正“暖”起来\n□ 李强\n"
        "职工之家建设，关键在于用心。一些基层工会把职工之家当成摆设，这种做法要不得。\n"
        "只有真正从职工需求出发，职工之家才能成为职工愿意来、留得住的家。\n\n"
        "工会干部要多到一线去\n□本报评论员 张明\n"
        "工会干部多到一线去，才能听到职工的真心话。\n"
    )
    arts = split_text(text)
    # The signature opens the story and stays in its byline; it names no reporter (no 记者 role).
    assert [(a.title, a.reporters, a.byline) for a in arts] == [
        ("房山区举办劳模宣讲", [], None),
        ("让职工之家真正“暖”起来", [], "□ 李强"),
        ("工会干部要多到一线去", [], "□本报评论员 张明"),
    ]
    assert arts[1].text.startswith("职工之家建设") and not arts[1].repairs  # nothing glued to the name
    assert arts[0].text.endswith("奋斗故事。")


def test_a_marked_byline_above_the_next_headline_signs_that_story():
    text = (
        "■工会简讯\n\n"
        "密云区为环卫工人送温暖\n日前，密云区总工会走访慰问环卫工人120名，送去米面油等慰问品。\n\n"
        "□本报记者 李强\n\n"
        "让职工之家真正“暖”起来\n职工之家建设，关键在于用心。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters) for a in arts] == [
        ("密云区为环卫工人送温暖", []),
        ("让职工之家真正“暖”起来", ["李强"]),
    ]


def test_a_bulleted_phrase_is_no_byline():
    text = "□ 致敬劳动者\n## 劳模工匠进车间\n本报讯（记者 马超）近日，劳模走进车间。\n"
    (art,) = split_text(text)
    assert (art.kicker, art.title, art.reporters) == ("致敬劳动者", "劳模工匠进车间", ["马超"])


def test_unsigned_briefs_set_apart_by_a_blank_line_are_separate_stories():
    # Paragraphs follow each other line by line; a blank line sets each brief apart, and each
    # brief's lead repeats the subject of its headline.
    text = (
        "## 朝阳区工会驿站达300家\n"
        "本报讯（记者 马超）近日，记者从朝阳区总工会获悉，全区工会驿站已达300家。\n"
        "驿站为户外劳动者提供热水、充电等服务。\n\n"
        "■工会简讯\n\n"
        "密云区为环卫工人送温暖\n密云区总工会走访慰问环卫工人120名，送去米面油等慰问品。\n\n"
        "房山区举办劳模宣讲\n房山区劳模宣讲团走进燕山石化，为职工讲述奋斗故事。\n\n"
        "延庆区职工篮球赛开赛\n为丰富职工业余生活，延庆区总工会举办职工篮球赛，16支队伍参赛。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters) for a in arts] == [
        ("朝阳区工会驿站达300家", ["马超"]),
        ("密云区为环卫工人送温暖", []),
        ("房山区举办劳模宣讲", []),
        ("延庆区职工篮球赛开赛", []),
    ]
    assert arts[1].text == "密云区总工会走访慰问环卫工人120名，送去米面油等慰问品。"
    assert all(not a.repairs for a in arts)


def test_crossheads_of_a_signed_story_set_apart_stay_its_paragraphs():
    text = (
        "## 工会驿站成为户外劳动者的“家”\n"
        "本报讯（记者 马超）近日，记者走访了朝阳区多个工会驿站。\n"
        "驿站里有热水、微波炉和充电设备，深受户外劳动者欢迎。\n\n"
        "暖心服务不打烊\n"
        "在望京街道的一处驿站，快递小哥正在休息。站长介绍，驿站全年无休。\n\n"
        "服务阵地再扩容\n"
        "据了解，今年朝阳区将再建设20家工会驿站。\n"
    )
    (art,) = split_text(text)
    assert art.text.split("\n")[2:] == [
        "暖心服务不打烊",
        "在望京街道的一处驿站，快递小哥正在休息。站长介绍，驿站全年无休。",
        "服务阵地再扩容",
        "据了解，今年朝阳区将再建设20家工会驿站。",
    ]
    assert not art.repairs


def test_two_fragments_cut_by_breaks_in_one_story_are_no_crossheads():
    text = (
        "## 西城区职工羽毛球赛开赛\n"
        "本报讯（记者 陈曦）近日，2025西城区职工羽毛球赛开赛，46支代表队参赛。\n"
        "本次比赛为混合团体\n"
        "赛，设置男子单打、女子单打和混合双打三个项目。\n"
        "“为庆祝中华全国\n"
        "总工会成立100周年，我们推出了系列活动。”西城区总工会相关负责人说。\n"
    )
    (art,) = split_text(text)
    assert [(r["left"], r["right"][:4]) for r in art.repairs] == [
        ("本次比赛为混合团体", "赛，设置"),
        ("“为庆祝中华全国", "总工会成"),
    ]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("lines, joint", [
    # 本次… opens a sentence inside a story, never a crosshead
    (["## 大兴区职工主题阅读系列活动启动", "本报讯（记者 孙艳）近日，大兴区职工主题阅读系列活动正式启动。",
      "本次启动仪式以“经典诵读+征集启动”", "为主要内容，聘任“好书推荐官”向全区职工荐书、讲书。"], ("启动”", "为主要")),
    # the headline's words run on across the break
    (["## 延庆职工“五月鲜花”歌咏比赛落幕", "本报讯（记者 马超）5月20日，延庆职工第三十三届“五月鲜花”歌咏比赛圆满落幕。",
      "延庆职工“五月鲜花”", "歌咏比赛已经连续举办了三十三届，比赛节目从基层优秀节目中产生。"], ("鲜花”", "歌咏比")),
])
def test_a_fragment_closing_a_quote_is_joined_not_kept_as_a_crosshead(sep, lines, joint):
    (art,) = split_text(sep.join(lines) + "\n")
    assert [(r["left"][-3:], r["right"][:3]) for r in art.repairs] == [joint]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_crosshead_closing_a_quote_with_the_headlines_words_stays_one(sep):
    text = sep.join([
        "## 职工书屋里“充电”忙",
        "本报讯（记者 马超）近日，延庆区职工书屋迎来读书热。",
        "书屋里“充电”",
        "“以前下班就回家刷手机，现在常来书屋看书。”小周说。",
    ]) + "\n"
    (art,) = split_text(text)
    assert art.repairs == [] and "书屋里“充电”" in art.text.split("\n")


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_lead_cut_after_its_date_is_not_the_rest_of_the_headline(sep):
    text = sep.join([
        "## 延庆职工“五月鲜花”歌咏比赛落幕",
        "5月20",
        "日，延庆职工第三十三届“五月鲜花”歌咏比赛落幕，12支代表队参赛。（记者 马超）",
    ]) + "\n"
    (art,) = split_text(text)
    assert art.title == "延庆职工“五月鲜花”歌咏比赛落幕"
    assert art.text.startswith("5月20日，延庆职工") and art.reporters == ["马超"]


def test_a_signature_after_the_last_sentence_closes_the_story():
    text = (
        "## 西城区女职工技能培训班结业\n"
        "本报讯 近日，西城区总工会女职工技能培训班结业，52名学员获得证书。\n"
        "学员张丽说，她打算明年考取技师证书。 本报记者 马超 实习记者 孙一鸣\n\n"
        "延庆区职工技能大赛开赛\n"
        "近日，延庆区职工技能大赛开赛，优胜者将被推荐参加市级大赛。\u3000本报记者 王路曼\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters, a.interns) for a in arts] == [
        ("西城区女职工技能培训班结业", ["马超", "孙一鸣"], ["孙一鸣"]),
        ("延庆区职工技能大赛开赛", ["王路曼"], []),
    ]
    assert arts[0].text.endswith("她打算明年考取技师证书。")
    assert arts[1].text.endswith("推荐参加市级大赛。")


def test_web_copies_with_menu_paths_and_button_rows():
    page = (
        "北京工会网 > 新闻中心 > 基层动态\n\n"
        "中关村软件园职工“咖啡夜校”开课\n"
        "来源：劳动午报　　发布时间：2025-04-08 09:12　　作者：赵思远\n"
        "【字号：大 中 小】　【打印】　【关闭】\n\n"
        "本报讯（记者 赵思远 实习生 林可）4月7日晚，中关村软件园工会联合会开设的“咖啡夜校”迎来首批学员。\n\n"
        "据介绍，“咖啡夜校”首期开设摄影、短视频剪辑等8门课程。\n\n"
        "编辑：李娜\n上一篇：丰台区总工会举办专场招聘会\n\n"
        "北京工会网 ＞ 新闻中心 ＞ 基层动态\n\n"
        "CBD楼宇职工“快闪”运动会热闹开赛\n"
        "来源：劳动午报　　发布时间：2025-04-09 10:05\n"
        "【打印】【关闭】\n\n"
        "跳绳、踢毽、夹球接力……4月8日中午，CBD工会联合会举办楼宇职工“快闪”运动会。\n\n"
        "据了解，CBD工会联合会今年将每月举办一次“快闪”运动会。（劳动午报记者 王路曼）\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("中关村软件园职工“咖啡夜校”开课", ["赵思远"]),
        ("CBD楼宇职工“快闪”运动会热闹开赛", ["王路曼"]),
    ]
    assert not any("北京工会网" in a.text or "【" in a.text for a in arts)
    assert arts[1].text.startswith("跳绳、踢毽")


def test_wechat_posts_pasted_with_their_buttons_and_counters():
    post = (
        "{title}\n\n"
        "{meta}\n\n"
        "▲点击上方蓝字“劳动午报”关注我们\n\n"
        "来源：劳动午报\n作者：{name}\n编辑：王佳琪\n\n"
        "本报讯（记者 {name}）{lead}\n\n"
        "“以前中午只能在路边歇一会儿，现在能热饭、能充电。”骑手王建伟说。\n\n"
        "（图片来源：{source}）\n\n"
        "往期推荐\n▶ 北京职工“五一”假期可免费游览这些公园\n▶ 一图读懂：工会会员如何申领职工互助保障\n\n"
        "阅读原文\n阅读 1.2万\n分享收藏\n点赞 86\n在看 23\n\n"
        "预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n轻触阅读原文\n\n"
        "{account}\n向上滑动看下一个\n知道了\n微信扫一扫\n使用小程序\n取消 允许\n"
        "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏\n\n\n"
    )
    page = post.format(
        title="三里屯街道工会为外卖骑手建起“暖心驿站”", meta="劳动午报 2024-05-12 08:30 北京", name="刘欣欣",
        lead="近日，朝阳区三里屯街道总工会建成的“暖心驿站”正式投入使用。", source="三里屯街道总工会",
        account="劳动午报",
    ) + post.format(
        title="副中心200余名建筑工人比武绑钢筋", meta="原创 孙艳 北京工会12351 2024年05月13日 07:45 北京",
        name="孙艳", lead="5月13日，通州区建筑业职工职业技能竞赛在城市副中心开赛。", source="通州区总工会",
        account="北京工会12351",
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.kicker, a.subtitle) for a in arts] == [
        ("三里屯街道工会为外卖骑手建起“暖心驿站”", ["刘欣欣"], None, None),
        ("副中心200余名建筑工人比武绑钢筋", ["孙艳"], None, None),
    ]
    for art in arts:
        # the bracketed picture source stays the story's last paragraph; no button, counter,
        # recommended link or account name is text
        assert art.text.endswith("骑手王建伟说。\n（图片来源：" + ("三里屯街道总工会）" if art is arts[0] else "通州区总工会）"))
        assert not any(w in art.text for w in ("阅读", "点赞", "往期推荐", "▶", "劳动午报", "12351", "扫一扫"))


def test_wechat_credits_set_off_by_bars_and_collection_tags():
    page = (
        "北京：一线职工疗休养今年扩容\n\n"
        "原创 孙艳 劳动午报 2024-05-13 07:45\n\n"
        "收录于合集\n#工会动态 36个\n\n"
        "来源 | 劳动午报\n记者 | 孙艳\n编辑 | 李涛\n\n"
        "记者日前从北京市总工会获悉，今年全市计划组织5万名一线职工参加疗休养。\n\n"
        "市总工会相关负责人表示，今年疗休养名额将重点向一线职工倾斜。\n\n"
        "- END -\n\n"
        "图片 | 视觉中国\n"
        "往期回顾\n北京职工“五一”假期可免费游览这些公园\n一图读懂：工会会员如何申领职工互助保障\n\n"
        "阅读原文\n写留言\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.byline) for a in arts] == [("北京：一线职工疗休养今年扩容", ["孙艳"], "记者 | 孙艳")]
    assert arts[0].text.endswith("今年疗休养名额将重点向一线职工倾斜。")
    assert "合集" not in arts[0].text and "工会动态" not in arts[0].text


def test_a_wechat_collection_line_with_its_tags_on_one_line_is_no_headline():
    page = (
        "海淀区“职工心理关爱月”活动在学院路街道启动\n"
        "原创 海淀工会 海淀工会 2024-10-12 17:30\n"
        "收录于合集 #工会动态 26个\n"
        "10月11日，海淀区“职工心理关爱月”启动仪式在学院路街道职工服务中心举行，80余名职工代表参加。\n"
        "区总工会向学院路街道授予“职工心理健康服务站”牌匾。\n"
    )
    arts = split_text(page)
    assert [a.title for a in arts] == ["海淀区“职工心理关爱月”活动在学院路街道启动"]
    assert "合集" not in arts[0].text


def test_a_wechat_digest_of_numbered_items_with_source_lines():
    page = (
        "早安，首都职工｜3月12日劳动午报要闻速览\n"
        "劳动午报 2025年03月12日 07:00 北京\n\n"
        "以下是今日《劳动午报》要闻速览，一起来看——\n\n"
        "【要闻】\n\n"
        "01\n本市启动职工技能提升“百千万”行动\n来源：劳动午报 记者：白莹\n\n"
        "记者从北京市总工会获悉，今年本市将启动实施职工技能提升“百千万”行动。\n\n"
        "02\n今年将评选表彰500名首都劳动奖章获得者\n来源：劳动午报 记者：崔欣 白莹 通讯员：王慧\n\n"
        "近日，北京市总工会印发通知，部署首都劳动奖状、奖章评选表彰工作。\n\n"
        "NO.3\n全总部署新就业形态劳动者入会集中行动\n来源：新华社\n\n"
        "记者从中华全国总工会获悉，全总日前印发通知，部署入会集中行动。\n\n"
        "【区县动态】\n\n"
        "▌学院路街道工会为高校后勤职工办技能比武\n来源：劳动午报 记者：赵思远\n\n"
        "近日，学院路街道总工会举办高校后勤职工技能比武，90余名职工参加比赛。\n"
    )
    arts = split_text(page)
    stories = [a for a in arts if a.kind != "notice"]
    # the item numbers are no kickers, the app's heading bar no part of a headline, and the
    # reporter's field after the source line is the byline
    assert [(a.kicker, a.title, a.reporters, a.correspondents) for a in stories] == [
        (None, "本市启动职工技能提升“百千万”行动", ["白莹"], []),
        (None, "今年将评选表彰500名首都劳动奖章获得者", ["崔欣", "白莹"], ["王慧"]),
        (None, "全总部署新就业形态劳动者入会集中行动", [], []),
        (None, "学院路街道工会为高校后勤职工办技能比武", ["赵思远"], []),
    ]
    # the digest's title is the banner its items are printed under; its lead-in is printed, but no story
    assert [a.title for a in arts if a.kind == "notice"] == ["以下是今日《劳动午报》要闻速览，一起来看——"]
    assert all(a.banner.startswith("早安，首都职工｜3月12日劳动午报要闻速览") for a in stories)


def test_a_news_sites_header_navigation_and_footer_are_furniture():
    header = (
        "北京工会网 | 劳动午报\n"
        "首页　新闻　工会　维权　劳模工匠　职工生活　图片　视频　专题　数字报\n"
        "登录 | 注册　　　搜索\n"
        "当前位置：首页 > 新闻 > 工会动态\n\n"
    )
    page = (
        header + "丰台工会为千名货车司机送上“夏季健康包”\n"
        "来源：劳动午报　　发布时间：2024-06-18 09:12:33　　作者：张晶\n【字号：大 中 小】\n\n"
        "本报讯（记者 张晶）6月17日，丰台区总工会走进新发地农产品批发市场，为货车司机发放“夏季健康包”1000份。\n\n"
        "【责任编辑：刘洋】\n【打印本页】【关闭窗口】\n\n"
        "上一篇：北京职工医疗互助二次报销开始受理\n下一篇：市总工会开展“安康杯”竞赛线上答题\n\n\n"
        + header + "胡同里的“职工驿站”成了快递小哥的家\n"
        "来源：劳动午报　　发布时间：2024-06-20 10:03:18　　作者：陈曦\n\n"
        "本报讯（记者 陈曦）西城区什刹海街道总工会在烟袋斜街附近设立的户外劳动者服务站开放一年多来，累计服务1.2万人次。\n\n"
        "相关新闻\n· 北京职工医疗互助二次报销开始受理\n· 职工维权热线12351夏季咨询量上升\n\n"
        "关于我们 | 联系我们 | 广告服务 | 网站地图 | 法律声明\n"
        "主办单位：北京市总工会　承办单位：劳动午报社\n"
        "版权所有 劳动午报社　京ICP备10031524号-1\n"
        "违法和不良信息举报电话：010-63588102\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("丰台工会为千名货车司机送上“夏季健康包”", ["张晶"]),
        ("胡同里的“职工驿站”成了快递小哥的家", ["陈曦"]),
    ]
    assert arts[0].text.endswith("“夏季健康包”1000份。")
    assert arts[1].text.endswith("累计服务1.2万人次。")
    assert all(a.banner is None or "编辑" not in a.banner for a in arts)


@pytest.mark.parametrize("banner", ["劳动午报｜第03版", "劳动午报 2024-05-12", "劳动午报 2024年5月12日 星期日"])
def test_dated_mastheads_stay_banners(banner):
    arts = split_text(f"{banner}\n\n## 丰台区总工会送清凉\n\n本报讯（记者 张晶）近日，丰台区总工会开展送清凉活动。\n")
    assert [(a.banner, a.title) for a in arts] == [(banner, "丰台区总工会送清凉")]


def test_lines_like_chrome_in_print_stay_text():
    # a list of names set apart by spaces, a bracketed aside and a markdown banner are no chrome
    page = (
        "# 第03版：区县工会\n\n"
        "## 丰台区表彰一批优秀工会工作者\n\n"
        "本报讯（记者 张晶）近日，丰台区总工会表彰了一批优秀工会工作者。受表彰的有：\n"
        "王建国　李秀芬　张立军　马国强　陈思远\n"
        "（名单按姓氏笔画排序）\n"
        "区总工会相关负责人表示，将继续发挥先进典型的示范作用。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.banner) for a in arts] == [("丰台区表彰一批优秀工会工作者", "第03版：区县工会")]
    assert "王建国　李秀芬　张立军" in arts[0].text and "（名单按姓氏笔画排序）" in arts[0].text


def test_a_reprint_closed_by_its_source_ends_before_the_next_photo_item():
    text = (
        "## 大兴安岭林区职工的“防火季”\n\n"
        "每年春季,黑龙江省大兴安岭地区进入森林防火期。\n\n"
        "据了解,各级工会今年共投入资金300余万元,改善瞭望塔和检查站的工作生活条件。(据《工人日报》)\n\n\n\n"
        "近日,中关村软件园工会举办“码农运动会”,500余名职工参加。 本报记者 龚晨 摄影报道\n"
    )
    arts = split_text(text)
    assert [(a.title, a.kind, a.reporters, a.byline) for a in arts] == [
        ("大兴安岭林区职工的“防火季”", "article", [], "(据《工人日报》)"),
        (None, "photo", ["龚晨"], "本报记者 龚晨 摄影报道"),
    ]
    assert arts[0].text.endswith("工作生活条件。") and not arts[0].repairs


def test_headlines_wrapped_in_narrow_pdf_columns():
    # Text copied out of a PDF page: the editors' line has no colons, every headline is
    # wrapped at the column width, and the body lines are cut where the column ends.
    text = (
        "2025年3月18日 星期二 第3版·区县工会\n"
        "责任编辑 周杨 美编 李昂\n"
        "打通服务职工“最后一公里”\n"
        "什刹海街道工会在胡同里\n建起快递员暖心驿站\n"
        "本报讯（记者 陈曦 通讯员 李泫雅）\n近日，什刹海街道总工会在烟袋斜街附\n近建成“小哥暖心驿站”。\n"
        "顺义临空经济区工会\n助力朝阳产业育人才\n"
        "本报讯（记者 马超）近日，顺义区临空经\n济核心区总工会启动人才培养计划。\n"
        "房山工会启动“春送岗位”\n专场招聘\n"
        "本报讯（记者 孙艳）近日，房山区总工会\n举办专场招聘会。\n"
        "经开区企业工会开展\n“安康杯”知识答题\n"
        "本报讯（记者 白莹）近日，经开区企业工\n会开展知识答题。\n"
        "未来科学城工会：\n为朝阳产业储备“金蓝领”\n"
        "本报讯（记者 周美玉）近日，未来科学城\n工会启动技能培训。\n"
        "高温下的坚守\n环卫工人清晨四点上岗\n"
        "本报讯（记者 刘欣欣）连日来，朝阳区环\n卫工人坚守岗位。\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title) for a in arts] == [
        ("打通服务职工“最后一公里”", "什刹海街道工会在胡同里建起快递员暖心驿站"),
        (None, "顺义临空经济区工会助力朝阳产业育人才"),
        (None, "房山工会启动“春送岗位”专场招聘"),
        (None, "经开区企业工会开展“安康杯”知识答题"),
        (None, "未来科学城工会：为朝阳产业储备“金蓝领”"),
        ("高温下的坚守", "环卫工人清晨四点上岗"),  # a kicker and a headline with its own subject
    ]
    assert arts[0].banner == "2025年3月18日 星期二 第3版·区县工会 责任编辑 周杨 美编 李昂"
    assert arts[0].text == "近日，什刹海街道总工会在烟袋斜街附近建成“小哥暖心驿站”。"


def test_an_organisation_over_a_longer_headline_is_its_kicker():
    text = (
        "顺义区总工会\n“小哥驿站”开进商圈\n"
        "本报讯(记者 陈曦)近日,区总工会在仁和镇的两个大型商圈内新建“小哥驿站”4个。\n"
    )
    (art,) = split_text(text)
    assert (art.kicker, art.title) == ("顺义区总工会", "“小哥驿站”开进商圈")


def test_a_narrow_pdf_page_with_a_jump_a_cut_credit_and_a_caption_without_headline():
    text = (
        "门头沟职工“技术服务队”进山入村\n"
        "本报讯（记者 周美玉）初春时节，由区总\n工会组建的职工“技术服务队”进山入村。\n"
        "在斋堂镇爨底下村，\n电工班长赵永刚带着队员为村里的民宿逐户排\n查线路隐患（下转第3版）\n\n"
        "3月16日，宋庄镇总工会组织辖区20余家\n企业的职工在潮白河畔开展春季义务植树活动，\n"
        "共栽种白蜡、油松等苗木600余株。 通讯\n员 高岩 摄影报道\n\n"
        "八达岭长城景区职工学急救\n"
        "本报讯（记者 张晶）近日，八达岭长城景\n区工会开展急救技能培训。\n"
        "近日，天坛公园管理处工会组织职工\n在祈年殿前开展“迎春植绿”志愿服\n务活动，为古树周边松土、浇水。\n"
        "劳动午报记者 孙妍 摄\n"
    )
    arts = split_text(text)
    assert [(a.title, a.kind, a.reporters, a.correspondents, a.photographers) for a in arts] == [
        ("门头沟职工“技术服务队”进山入村", "article", ["周美玉"], [], []),
        (None, "photo", [], ["高岩"], ["高岩"]),
        ("八达岭长城景区职工学急救", "article", ["张晶"], [], []),
        (None, "photo", ["孙妍"], [], ["孙妍"]),
    ]
    assert arts[0].text.endswith("电工班长赵永刚带着队员为村里的民宿逐户排查线路隐患")  # the rest is on page 3
    assert arts[1].text == "3月16日，宋庄镇总工会组织辖区20余家企业的职工在潮白河畔开展春季义务植树活动，共栽种白蜡、油松等苗木600余株。"
    assert arts[3].text == "近日，天坛公园管理处工会组织职工在祈年殿前开展“迎春植绿”志愿服务活动，为古树周边松土、浇水。"


def test_the_page_number_at_the_foot_of_a_pdf_page_is_furniture():
    (art,) = split_text("## 职工书屋揭牌\n本报讯（记者 马超）近日，职工书屋揭牌。\n3\n")
    assert art.text == "近日，职工书屋揭牌。"


def test_a_crosshead_is_not_tied_to_a_photo_credit_set_apart_below():
    # The feature's last crosshead and the photo item under it: three blank lines between them,
    # paragraphs one line apart. The credit is the photo item's, not the crosshead block's.
    text = (
        "让创新成果走出工作室\n"  # kicker-less feature headline
        "□本报记者 李一然\n"
        "在顺义区一家汽车零部件企业，劳模创新工作室里灯火通明。\n"
        "攻坚克难\n"
        "工作室成立以来，累计完成技术攻关30余项。\n"
        "成果转化\n"
        "去年，工作室的5项成果在企业推广应用。\n\n\n\n"
        "3月15日，赵全营镇总工会走进兆丰产业基地，为企业职工开展健康义诊。 本报记者 万玉藻/摄\n"
    )
    arts = split_text(text)
    assert [(a.title, a.kind, a.reporters) for a in arts] == [
        ("让创新成果走出工作室", "article", ["李一然"]),
        (None, "photo", ["万玉藻"]),
    ]
    assert "成果转化" in arts[0].text


def test_a_whole_issue_with_jumps_notices_columns_and_captions():
    text = (
        "劳动午报 2025年9月10日 星期三\n第01版：要闻\n\n"
        "首都教育系统100名“最美教职工”受表彰\n\n"
        "本报讯（记者 白莹）9月9日，北京市教育工会召开庆祝教师节大会。\n\n"
        "会上，市教育工会启动“教职工关爱行动”，（下转第2版）\n\n"
        "让尊师重教落到每一位教职工身上\n\n□本报特约评论员 周文\n\n"
        "教师节到来之际，各校纷纷表彰优秀教师。希望这样的“一视同仁”，能够成为常态。\n\n"
        "9月5日，西城区月坛街道总工会联合辖区医院开展“送健康进楼宇”活动。\n"
        "通讯员 冯军 摄\n\n"
        "第02版：工会新闻\n\n"
        "（上接第1版）\n\n"
        "重点关注乡村学校教师和学校后勤职工，今年计划为1万名教职工提供免费体检。\n\n"
        "来信\n\n一碗绿豆汤里的温暖\n\n"
        "我是清河街道的一名环卫工人，每天凌晨4点就要上岗。谢谢工会的同志们！\n\n"
        "关于第十届首都职工自然科学优秀论文评选结果的公示\n\n"
        "经各单位推荐、专家评审，现将评选结果予以公示。\n\n北京市职工技术协会\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title, a.kind, a.reporters) for a in arts] == [
        (None, "首都教育系统100名“最美教职工”受表彰", "article", ["白莹"]),
        (None, "让尊师重教落到每一位教职工身上", "article", []),
        (None, None, "photo", []),
        ("来信", "一碗绿豆汤里的温暖", "article", []),
        (None, "关于第十届首都职工自然科学优秀论文评选结果的公示", "notice", []),
    ]
    # the jump goes on where the story left off, on page 2
    assert arts[0].text.endswith("启动“教职工关爱行动”，重点关注乡村学校教师和学校后勤职工，今年计划为1万名教职工提供免费体检。")
    assert arts[1].byline == "□本报特约评论员 周文"
    assert arts[2].correspondents == ["冯军"] and arts[2].text.startswith("9月5日，西城区月坛街道")


def test_a_continuation_opening_with_a_crosshead_and_a_box_under_the_signature():
    text = (
        "# 第2版 深度调查\n\n"
        "## 小哥的午饭有了“固定餐桌”\n\n本报记者 周美玉 陈曦\n\n"
        "中午11点40分，通州区梨园镇的一家家常菜馆里，十几张桌子已经坐满了骑手。\n\n"
        "此外，仍有不少骑手不知道爱心餐厅的存在。\n\n（下转第3版）\n\n"
        "## 本市将新建一批职工爱心食堂\n\n本报讯（记者 白莹） 记者从北京市总工会获悉，今年本市将新建爱心食堂。\n\n"
        "# 第3版 深度调查\n\n（上接第2版）\n\n补贴能撑多久？\n\n"
        "爱心餐厅的平价套餐，靠的是工会补贴和商家让利“两头凑”。\n\n"
        "记者手记\n\n采访那天，一位骑手说，热饭比什么都强。\n\n本报记者 周美玉\n\n"
        "相关链接\n\n今年全市已建成爱心餐厅120家。\n\n"
        "## 密云区总工会为山区护林员送工装\n\n本报讯（记者 王路曼） 近日，密云区总工会走进不老屯镇。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters) for a in arts] == [
        ("小哥的午饭有了“固定餐桌”", ["周美玉", "陈曦"]),
        ("本市将新建一批职工爱心食堂", ["白莹"]),
        ("密云区总工会为山区护林员送工装", ["王路曼"]),
    ]
    # the continuation's crosshead is a paragraph of the jumped story, and so is the box under
    # the signature that closes its 记者手记
    assert arts[0].text.split("\n")[2:] == [
        "补贴能撑多久？", "爱心餐厅的平价套餐，靠的是工会补贴和商家让利“两头凑”。",
        "记者手记", "采访那天，一位骑手说，热饭比什么都强。", "相关链接", "今年全市已建成爱心餐厅120家。"]


def test_a_box_label_over_a_marked_headline_is_its_kicker():
    text = (
        "## 八角街道总工会开展急救培训\n本报讯（记者 董悦）近日，八角街道总工会开展急救培训。 本报记者 董悦 摄影报道\n\n"
        "记者手记\n\n## 讲台之外的“幕后英雄”\n\n在表彰会现场，一位在学校食堂干了20年的厨师上台领奖。\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "八角街道总工会开展急救培训"),
        ("记者手记", "讲台之外的“幕后英雄”"),
    ]


def test_a_bulleted_brief_without_headline_after_a_finished_one():
    text = (
        "西长安街街道开展职工急救培训\n"
        "■近日，西城区西长安街街道总工会邀请急救培训师为楼宇职工开展急救培训。\n"
        "■近日，丰台区卢沟桥街道总工会在丽泽金融商务区职工之家举办读书分享会。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.text[:11]) for a in arts] == [
        ("西长安街街道开展职工急救培训", "■近日，西城区西长安街"),
        (None, "■近日，丰台区卢沟桥街"),
    ]


def test_crossheads_over_an_in_story_picture_stay_in_the_feature():
    # A signed feature, single newlines: its crosshead is over a block that closes with the
    # credit of the story's own picture (图为…), which makes no photo item of it.
    text = (
        "水库边的“护水人”\n□本报记者 王路曼\n"
        "清晨六点，张建国已经背上工具包，沿着库区北岸的山路出发了。\n"
        "巡护有了“新装备”\n"
        "近年来，库区巡护手段不断升级，无人机配到了巡护队。\n"
        "图为张建国（右）在库区岸边操作无人机开展巡查。 本报记者 王路曼 摄\n"
        "工会是巡护员的“娘家”\n"
        "石城镇总工会把巡护员纳入重点服务对象，每年为他们送去劳保用品。\n"
    )
    (art,) = split_text(text)
    assert (art.title, art.reporters) == ("水库边的“护水人”", ["王路曼"])
    assert "巡护有了“新装备”\n" in art.text and "工会是巡护员的“娘家”\n石城镇" in art.text


def test_a_headline_printed_on_the_bylines_line_and_a_marked_section_label():
    text = (
        "劳动午报·区县工会\n\n"
        "怀柔区总工会开展送温暖活动 本报讯(记者 崔欣)近日,怀柔区总工会走访慰问困难职工120户。\n\n"
        "## 工会简讯\n\n"
        "■门头沟区总工会慰问一线环卫工人\n"
        "本报讯(记者 孙艳)近日,门头沟区总工会为环卫工人送去慰问品。\n"
    )
    arts = split_text(text)
    assert [(a.banner, a.title, a.subtitle, a.reporters) for a in arts] == [
        ("劳动午报·区县工会", "怀柔区总工会开展送温暖活动", None, ["崔欣"]),
        # the section of the page under the page's banner
        ("劳动午报·区县工会 工会简讯", "门头沟区总工会慰问一线环卫工人", None, ["孙艳"]),
    ]
    assert arts[0].text == "近日,怀柔区总工会走访慰问困难职工120户。"


def test_a_photo_credit_under_a_headline_credits_the_story_below_it():
    page = (
        "## 雁栖湖畔职工健步走\n\n本报记者 白莹 摄影报道\n\n"
        "10月19日，怀柔区总工会在雁栖湖畔举办职工健步走活动，1200余名职工参加。\n\n"
        "活动中，组织方在沿途设置了5个打卡点。\n\n"
        "## 北京队在全国职工乒乓球赛中获佳绩\n\n本报讯（记者 周美玉）日前，全国职工乒乓球比赛落下帷幕。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("雁栖湖畔职工健步走", ["白莹"]), ("北京队在全国职工乒乓球赛中获佳绩", ["周美玉"])]
    assert arts[0].text.endswith("设置了5个打卡点。")


def test_a_writer_and_photographer_byline_under_a_bare_headline_opens_its_story():
    page = (
        "第04版：区县工会\n\n"
        "顺义工会为货车司机建“司机之家”\n本报讯（记者 孙艳 何佳宁）近日，顺义区总工会在物流园建成货车司机之家。\n\n"
        "据了解，顺义区总工会今年已建成货车司机之家5家。\n\n"
        "第40个教师节\n海淀工会走进校园慰问一线教师\n本报记者 赵思远/文 陈艺/摄\n\n"
        "在第40个教师节到来之际，海淀区总工会走进中关村第一小学，慰问一线教师。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "顺义工会为货车司机建“司机之家”", ["孙艳", "何佳宁"]),
        ("第40个教师节", "海淀工会走进校园慰问一线教师", ["赵思远", "陈艺"]),
    ]


def test_an_essay_signed_by_its_writer_names_no_reporter():
    page = (
        "第08版：副刊\n\n## 父亲的工具箱\n\n文/李秀芝\n\n"
        "父亲是一名老钳工，他的工具箱跟了他整整四十年。\n\n"
        "如今，那只工具箱摆在我家的书架上，像一枚沉甸甸的勋章。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters, art.byline) == ("父亲的工具箱", [], "文/李秀芝")
    assert art.text.startswith("父亲是一名老钳工")


def _hard_wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)]


@pytest.mark.parametrize("layout", ["blank", "indent", "neither"])
def test_a_hard_wrapped_page_is_read_as_whole_paragraphs(layout):
    # text out of a PDF or an OCR program: every paragraph broken at the column's width, in a
    # word, a name or a byline; the headline wrapped once
    stories = [
        ("市总工会发布2024年职工服务实事项目",
         ["本报讯（记者 白莹 通讯员 高岩）记者日前从北京市总工会获悉，市总工会发布2024年职工服务实事项目，共计10类30项。",
          "据介绍，今年的实事项目聚焦新就业形态劳动者、一线职工和困难职工，全年投入资金2.3亿元。"]),
        ("朝阳区总工会为快递小哥送上清凉包",
         ["本报讯（记者 刘欣欣）7月15日，朝阳区总工会走进望京街道，为快递员、外卖骑手送上清凉包800份。",
          "“天气太热了，这个清凉包特别实用。”快递员王建伟说，他在望京片区已经送了五年快递。"]),
    ]
    width, lines = 14, []
    for title, paragraphs in stories:
        lines += ["## " + line for line in _hard_wrap(title, width)[:1]] + _hard_wrap(title, width)[1:] + [""]
        for k, para in enumerate(paragraphs):
            wrapped = _hard_wrap(("　　" if layout == "indent" else "") + para, width)
            lines += wrapped + ([""] if layout == "blank" or k == len(paragraphs) - 1 else [])
    arts = split_text("\n".join(["第02版：要闻", ""] + lines))
    assert [(a.title, a.reporters) for a in arts] == [
        ("市总工会发布2024年职工服务实事项目", ["白莹"]), ("朝阳区总工会为快递小哥送上清凉包", ["刘欣欣"])]
    assert arts[0].text.startswith("记者日前从北京市总工会获悉，市总工会发布2024年职工服务实事项目，共计10类30项。")
    assert arts[1].text.endswith("他在望京片区已经送了五年快递。")
    assert all(para.endswith(("。", "”")) for a in arts for para in a.text.split("\n"))  # no line cut left
    if layout != "neither":  # told by blank lines or indents: both paragraphs
        assert [a.text.count("\n") for a in arts] == [1, 1]
    assert arts[1].lines[1] == len(lines) + 1  # the last source line of the story


def test_a_pdfs_pages_wrapped_at_different_widths():
    # each page of the PDF's text ends with its number and has its own column width; a
    # subtitle under a headline as long as the column is no wrapped line of it; the two
    # names of a byline cut by the wrap are two names
    def page(number, width, head, byline, paragraphs, subtitle=None):
        lines = [f"第{number}版 工会新闻", head] + ([subtitle] if subtitle else [])
        for k, para in enumerate(paragraphs):
            lines += _hard_wrap("　　" + (byline if k == 0 else "") + para, width)
        return lines + [str(number)]

    para = ("近日，区总工会为一线职工送去慰问品，职工们纷纷表示感谢，工会干部还详细了解了职工的工作和生活情况。"
            "下一步，区总工会将持续开展走访慰问，把服务送到职工身边，让职工感受到娘家人的温暖。")
    one = page(1, 18, "门头沟区总工会走访慰问山区一线职工", "本报讯（记者 马超）", [para, para])
    two = page(2, 22, "在798，工会把“职工之家”开进了艺术园区", "本报讯（记者 崔欣 白莹）", [para, para],
               subtitle="——朝阳区酒仙桥街道探索文创企业建会新路径")
    assert len(two[1]) == 21  # one short of the column: it would go on, were the next line no subtitle
    arts = split_text("\n".join(one + two))
    assert [(a.title, a.subtitle, a.reporters) for a in arts] == [
        ("门头沟区总工会走访慰问山区一线职工", None, ["马超"]),
        ("在798，工会把“职工之家”开进了艺术园区", "——朝阳区酒仙桥街道探索文创企业建会新路径", ["崔欣", "白莹"]),
    ]
    # both pages read as whole paragraphs, each at its own width
    assert [a.text.split("\n") for a in arts] == [[para, para], [para, para]]


def test_a_guide_of_headlines_and_pages_set_off_by_wide_spaces():
    page = (
        "劳动午报　2024年6月20日　星期四　第01版\n\n导读\n\n"
        "京津冀职工技能大赛在津开赛　3版\n\n南通通州家纺工人比技能　5版\n\n"
        "三地工会携手推动疗休养资源共享\n\n## 京津冀职工疗休养基地实现“一卡通享”\n\n"
        "本报讯（记者 白莹）近日，京津冀三地工会签署协议，推动职工疗休养资源共享。\n"
    )
    (art,) = split_text(page)
    # the guide's entries are furniture: no kicker, and the running head stays the banner
    assert (art.kicker, art.title) == ("三地工会携手推动疗休养资源共享", "京津冀职工疗休养基地实现“一卡通享”")
    assert art.banner.startswith("劳动午报　2024年6月20日") and "3版" not in art.banner


def test_a_pictures_credit_line_under_a_news_storys_last_paragraph():
    page = (
        "## 西单大悦城里的小笼包师徒\n\n"
        "本报讯(记者 陈曦) 一张面皮,18道褶,一个小笼包要在十几秒内包好。\n\n"
        "今年56岁的陆国平是上海人,上世纪90年代来京,做了30多年面点。\n\n"
        "近日,门店所在公司工会为陆国平的“师徒工作室”授牌,并为师徒们发放了技能津贴。\n\n"
        "图/通讯员 贾晓宇\n\n"
        "## 798艺术区布展工人有了“技能证”\n\n"
        "(劳动午报记者 白莹) 近日,798艺术区首批42名展陈布展工人拿到了技能等级证书。\n"
    )
    arts = split_text(page)
    # the last paragraph opens like a news lead, but the credit set tight under it is the
    # story's picture: no photo item of its own
    assert [(a.title, a.reporters, a.photographers, a.kind) for a in arts] == [
        ("西单大悦城里的小笼包师徒", ["陈曦"], ["贾晓宇"], "article"),
        ("798艺术区布展工人有了“技能证”", ["白莹"], [], "article"),
    ]
    assert arts[0].text.endswith("发放了技能津贴。")


def test_marked_crossheads_inside_a_story():
    page = (
        "## 地铁司机的“毫秒”功夫\n\n——记北京市劳动模范、地铁电动列车司机王建军\n\n本报记者 王路曼\n\n"
        "每天清晨4点多,王建军就已经来到车辆段,开始出车前的检查。\n\n"
        "### 从学徒到“排故能手”\n\n2002年,刚从技校毕业的王建军进入北京地铁,成为一名学员。\n\n"
        "### 把经验变成“教科书”\n\n如今,已过不惑之年的王建军依然坚守在驾驶岗位上。\n\n"
        "### 稳字当头\n## 本市职工疗休养工作启动\n\n本报讯(记者 白莹) 记者日前从北京市总工会获悉,疗休养工作启动。\n"
    )
    arts = split_text(page)
    # ### between a story's paragraphs is its crosshead; ### over a ## headline its kicker
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "地铁司机的“毫秒”功夫", ["王路曼"]), ("稳字当头", "本市职工疗休养工作启动", ["白莹"])]
    assert arts[0].text.split("\n")[1::2] == ["从学徒到“排故能手”", "把经验变成“教科书”"]


def test_a_marked_crosshead_over_a_paragraph_a_column_break_cut():
    page = (
        "## 凝心聚力谱新篇 实干笃行开新局\n\n——通州区总工会2024年工作综述\n\n□本报记者 崔欣\n\n"
        "2024年,通州区总工会团结动员全区职工建功立业,各项工作取得新进展。\n\n"
        "### 一、围绕中心建功副中心\n\n区总工会在城市绿心等重点工程中广泛开展劳动竞赛。\n\n"
        "### 二、维权服务提质增效\n\n全年,区总工会职工服务中心接待职工来访来电5800余件次,提供法律援助\n\n"
        "312件,为职工挽回经济损失1500余万元。\n"
    )
    (art,) = split_text(page)
    assert art.text.split("\n")[1::2] == ["一、围绕中心建功副中心", "二、维权服务提质增效"]
    assert art.text.endswith("提供法律援助312件,为职工挽回经济损失1500余万元。")


def test_a_wide_column_page_read_by_ocr():
    page = (
        "劳动午报 2024年11月12日 星期二 第5版\n"
        "丰台区卢沟桥街道工会驿站升级改造投用本报讯（记者 崔 欣）近日,位于卢沟桥街道大井社区的工会驿站完成升级改造。\n"
        "东城区总工会开展“冬送温暖”专项慰问\n"
        "本报 讯（记 者 王路曼）近日，东城区总工会启动2024年“冬送温暖”专项慰问活动。\n"
        "门头沟区职工服务中心开设“一站式”维权窗口□本报记者 赵 思远\n"
        "“以前遇到劳动纠纷，得跑好几个部门，现在在一个窗口就能把事办了。”12月2日，职工张师傅说。\n"
        "首钢园冰雪嘉年华迎来职工“冰雪日”\n"
        "记者 崔 欣/文 王 宇/摄\n"
        "1月10日，石景山区总工会在首钢园举办职工冰雪日活动，500余名职工参加。\n"
        "带薪年休假不能只停留在纸面上\n"
        "口 李 强\n"
        "一年一度的春季出游季又要到了，不少职工却在为“假期”发愁。\n"
        "雄安新区首个“建设者之家”揭牌\n"
        "本报综合消息 近日,河北雄安新区首个“建设者之家”在容东片区揭牌运行。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.byline) for a in arts] == [
        ("丰台区卢沟桥街道工会驿站升级改造投用", ["崔欣"], "本报讯（记者 崔 欣）"),
        ("东城区总工会开展“冬送温暖”专项慰问", ["王路曼"], "本报讯（记者 王路曼）"),
        ("门头沟区职工服务中心开设“一站式”维权窗口", ["赵思远"], "□本报记者 赵 思远"),
        ("首钢园冰雪嘉年华迎来职工“冰雪日”", ["崔欣", "王宇"], "记者 崔 欣/文 王 宇/摄"),
        ("带薪年休假不能只停留在纸面上", [], "□ 李 强"),
        ("雄安新区首个“建设者之家”揭牌", [], "本报综合消息"),
    ]
    assert arts[5].text.startswith("近日,河北雄安新区")


def test_a_hand_made_export_marks_heads_in_many_ways():
    page = (
        "# 第04版：区县工会\n\n"
        "## 门头沟区职工书屋“流动”进山村 ——斋堂镇首批20个流动书箱投用\n\n"
        "本报讯(记者 孙艳)近日,门头沟区总工会在斋堂镇启动职工书屋“流动书箱”项目。\n\n"
        "**鲁谷街道开设女职工“妈咪小屋”**\n\n"
        "本报讯(记者 张晶)近日,石景山区鲁谷街道总工会在辖区5家企业建成“妈咪小屋”。\n\n"
        "据悉,鲁谷街道总工会计划年内再建成“妈咪小屋”10个。\n\n"
        "### 古北水镇里的“冰雪课堂”\n\n"
        "近日,密云区总工会在古北水镇景区举办职工冰雪运动体验活动,200名职工参加。\n\n"
        "本报记者 周美玉 摄影报道\n"
    )
    arts = split_text(page)
    assert [(a.title, a.subtitle, a.reporters, a.kind) for a in arts] == [
        ("门头沟区职工书屋“流动”进山村", "——斋堂镇首批20个流动书箱投用", ["孙艳"], "article"),
        ("鲁谷街道开设女职工“妈咪小屋”", None, ["张晶"], "article"),
        ("古北水镇里的“冰雪课堂”", None, ["周美玉"], "photo"),
    ]


def test_a_front_page_with_a_started_event_a_weather_box_and_a_label_over_a_head():
    page = (
        "第01版：要闻\n"
        "2024年北京市职工职业技能大赛启动\n"
        "百余项赛事为首都职工搭建成才“快车道”\n"
        "——预计全年参赛职工超过50万人次\n"
        "本报讯（记者 孙艳 白莹）昨天上午，2024年北京市职工职业技能大赛启动。\n"
        "龙舟竞渡庆端午\n"
        "6月10日，顺义区总工会在顺义奥林匹克水上公园举办职工龙舟赛。\n"
        "本报记者 王路曼 摄\n"
        "今日天气\n"
        "晴转多云 南风二三级\n"
        "最高气温33℃ 最低气温20℃\n"
        "编辑 刘洋 校对 王静\n"
        "第02版：要闻\n"
        "服务楼宇职工\n"
        "金融街职工“午间课堂”开讲\n"
        "本报讯（记者 张晶）“年轻人理财，第一步不是追求高收益。”近日，金融街街道总工会开设“午间课堂”。\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.kicker, a.title) for a in arts] == [
        ("article", "2024年北京市职工职业技能大赛启动", "百余项赛事为首都职工搭建成才“快车道”"),
        ("photo", None, "龙舟竞渡庆端午"),
        ("notice", "今日天气", "晴转多云 南风二三级"),
        ("article", "服务楼宇职工", "金融街职工“午间课堂”开讲"),
    ]


def test_a_reporters_notes_box_with_its_own_heading_and_numbered_pictures_stay_in_the_story():
    page = (
        "第05版：工会新闻\n"
        "德胜街道工会把普惠服务送进园区\n"
        "　　本报讯（记者　陈曦）　近日，在西城区德胜街道总工会举办的“普惠服务进园区”活动现场，职工排起了长队。\n"
        "　　德胜街道总工会相关负责人介绍，园区内科技型中小企业多、青年职工多。\n"
        "记者手记\n"
        "普惠服务贵在“精准”\n"
        "　　在活动现场，记者注意到，最受欢迎的不是礼品，而是心理咨询台。\n"
        "　　本报记者　陈曦\n"
        "\n"
        "昌平区第十届职工运动会开幕\n"
        "　　本报讯（记者　周美玉）　7月12日，昌平区第十届职工运动会在昌平体育馆开幕。\n"
        "　　图②：职工在拔河比赛中奋力拼搏。　本报记者　孙妍　摄\n"
        "　　图③：趣味运动项目吸引不少职工参与。　通讯员　高岩　摄\n"
        "　　昌平区总工会相关负责人表示，举办职工运动会旨在引导广大职工积极参加体育锻炼。\n"
        "\n"
        "八角街道总工会开展职工急救培训\n"
        "　　本报讯（实习记者 董悦）近日，八角街道总工会邀请专业急救培训师为职工授课。\n"
        "记者手记\n"
        "讲台之外的“幕后英雄”\n"
        "　　在表彰会现场，一位在学校食堂干了20年的厨师上台领奖。\n"
        "（白莹）\n"
    )
    arts = split_text(page)
    # a box signed by the story's own reporter is the story's; one signed by another is a piece
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "德胜街道工会把普惠服务送进园区", ["陈曦"]),
        (None, "昌平区第十届职工运动会开幕", ["周美玉", "孙妍"]),
        (None, "八角街道总工会开展职工急救培训", ["董悦"]),
        ("记者手记", "讲台之外的“幕后英雄”", []),
    ]
    assert "记者手记\n普惠服务贵在“精准”\n在活动现场" in arts[0].text
    assert arts[1].text.endswith("积极参加体育锻炼。")


def test_a_reprint_dated_by_its_source_and_a_commentator_spaced_out():
    page = (
        "第03版：工会\n"
        "酒仙桥街道总工会开展女职工健康讲座\n"
        "本报讯 （实习记者 王路曼）近日，酒仙桥街道总工会举办女职工健康知识讲座。\n"
        "全国总工会\n"
        "全总部署开展新就业形态劳动者入会集中行动\n"
        "据《工人日报》消息 近日，中华全国总工会印发通知，部署开展入会集中行动。\n"
        "全总：推动新就业形态劳动者入会扩面提质\n"
        "　　据《工人日报》报道　日前，中华全国总工会召开新就业形态劳动者入会工作推进会。\n"
        "为“小哥”撑起更暖的“保护伞”\n"
        "□ 本报评论员 郭 宁\n"
        "随着平台经济快速发展，新就业形态劳动者已成为城市运行中不可或缺的力量。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.byline, a.reporters) for a in arts] == [
        (None, "酒仙桥街道总工会开展女职工健康讲座", "本报讯 （实习记者 王路曼）", ["王路曼"]),
        ("全国总工会", "全总部署开展新就业形态劳动者入会集中行动", "据《工人日报》消息", []),
        (None, "全总：推动新就业形态劳动者入会扩面提质", "据《工人日报》报道", []),
        (None, "为“小哥”撑起更暖的“保护伞”", "□ 本报评论员 郭 宁", []),
    ]


def test_a_photo_story_credited_under_its_head_and_a_kicker_ending_with_a_verb():
    page = (
        "第06版：海淀工会\n\n"
        "学院路地区高校后勤职工比技能\n"
        "本报讯（记者 崔欣 实习生 唐宁）近日，学院路街道总工会联合辖区高校举办后勤职工技能比赛。\n\n"
        "上地软件园里的午间时光\n"
        "程序员们爱上了“工间操”\n"
        "本报记者 孙艳 摄影报道\n"
        "上午11点半，上地信息路一家软件企业的办公区里响起了音乐，程序员们纷纷起身做起了工间操。\n\n"
        "市总工会部署\n"
        "今年全市将新建改建户外劳动者服务站点300个\n"
        "本报讯（记者 王路曼）记者日前从北京市总工会获悉，今年全市将新建改建户外劳动者服务站点300个。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "学院路地区高校后勤职工比技能", ["崔欣"]),
        ("上地软件园里的午间时光", "程序员们爱上了“工间操”", ["孙艳"]),
        ("市总工会部署", "今年全市将新建改建户外劳动者服务站点300个", ["王路曼"]),
    ]


def test_briefs_labelled_with_their_district_and_a_correction_under_a_story():
    page = (
        "第04版：基层动态\n"
        "顺义区总工会为空港地区职工送“健康体检包”\n"
        "本报讯（记者 赵思远）近日，顺义区总工会在空港街道启动“健康体检进企业”活动。\n"
        "西城区：近日，西城区什刹海街道总工会组织辖区胡同里的餐饮、零售从业人员开展消防培训。\n"
        "平谷：日前，金海湖镇总工会举办职工环湖健步走活动，300余名职工参加。\n"
        "更正：本报4月10日第6版《和平街街道职工赛安全知识》一文中，“36名”应为“63名”。特此更正。\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.title, a.text[:6]) for a in arts] == [
        ("article", "顺义区总工会为空港地区职工送“健康体检包”", "近日，顺义区"),
        ("article", None, "西城区：近日"),
        ("article", None, "平谷：日前，"),
        ("notice", None, "更正：本报4"),
    ]
    # a speaker's words in an interview are no brief
    (art,) = split_text("## 访谈\n\n本报讯（记者 马超）近日，记者采访了一位劳模。\n\n王建国：近日我们班组攻克了一项难题。\n")
    assert art.text.endswith("王建国：近日我们班组攻克了一项难题。")


def test_a_list_by_district_closing_a_story_is_no_headline_over_the_next():
    page = (
        "第05版：综合\n"
        "市总工会命名50个“北京市职工创新工作室”\n"
        "　　本报讯（记者　白莹）日前，北京市总工会命名50个职工创新工作室。\n"
        "　　部分获命名的创新工作室名单：\n"
        "　　朝阳区：北京热力运营集团刘志国劳模创新工作室\n"
        "　　海淀区：北京中关村软件园发展有限公司郑海峰职工创新工作室\n"
        "　　延庆区：北京八达岭长城旅游服务有限公司孟庆华职工创新工作室\n"
        "\n"
        "通州区职工乒乓球团体赛收拍\n"
        "　　本报讯（记者　周美玉）6月15日，2024年通州区职工乒乓球团体赛落下帷幕。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "市总工会命名50个“北京市职工创新工作室”"), (None, "通州区职工乒乓球团体赛收拍")]
    assert arts[0].text.endswith("延庆区：北京八达岭长城旅游服务有限公司孟庆华职工创新工作室")


def test_a_commentator_padded_with_a_full_width_space_signs():
    page = (
        "全总：下半年重点推进平台企业工会建设\n"
        "　　本报讯（记者 张晶）记者近日从全国总工会获悉，全总将在下半年集中推进平台企业工会建设。\n"
        "【字号 大 中 小】\n"
        "“技能补贴”要让职工看得见摸得着\n"
        "□ 陈　方\n"
        "　　近年来，不少地方出台政策，对考取职业技能等级证书的职工给予补贴。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.byline, a.reporters) for a in arts] == [
        ("全总：下半年重点推进平台企业工会建设", "本报讯（记者 张晶）", ["张晶"]),
        ("“技能补贴”要让职工看得见摸得着", "□ 陈　方", []),
    ]


def test_what_saving_a_story_leaves_around_it():
    forward = (
        "发件人: 王静<wangjing_gh@163.com>\n发送时间: 2025年10月21日(星期二) 上午10:32\n"
        "主题: 转发：京津冀职工职业技能大赛在津落幕\n\n各位同事：\n转发今日《劳动午报》报道，供参考。\n\n"
        "-----原始邮件-----\n发件人: \"刘颖\"<liuying0803@126.com>\n\n"
        "京津冀职工职业技能大赛在津落幕\n记者 马超/文 通讯员 付彬/图\n\n"
        "本报讯 10月18日至20日，2025年京津冀职工职业技能大赛在天津举行，三地270余名选手参赛。\n"
    )
    arts = split_text(forward)
    # the e-mail's headers are furniture, its note is no story
    assert [(a.title, a.reporters, a.kind) for a in arts] == [
        (None, [], "notice"), ("京津冀职工职业技能大赛在津落幕", ["马超"], "article")]
    app = (
        "新浪新闻\n顺义区汽车产业职工技能比武落幕\n劳动午报\n2025-07-08 09:12 发布于北京 劳动午报官方账号\n+关注\n"
        "本报讯（记者 崔欣）7月5日，顺义区汽车产业职工技能比武举行。\n"
        "[ 打印 ]  [ 关闭 ]\nhttp://ldwb.workerbj.cn/content/2025-07/08/content_164523.htm\n"
        "2025/7/9 上午9:15                    顺义区汽车产业职工技能比武落幕\n"
    )
    (art,) = split_text(app)
    assert (art.title, art.reporters, art.text) == (
        "顺义区汽车产业职工技能比武落幕", ["崔欣"], "7月5日，顺义区汽车产业职工技能比武举行。")


def test_a_byline_set_above_the_next_headline():
    page = (
        "## 市总工会启动“技能提升月”\n\n本报讯(记者 白莹) 记者日前从北京市总工会获悉,“技能提升月”启动。\n\n"
        "本报记者 张晶\n\n## 鲁谷街道“暖心驿站”成了户外劳动者的“加油站”\n\n"
        "走进石景山区鲁谷街道的一家户外劳动者服务站,冰柜里摆满了矿泉水。\n\n\n\n"
        "西城职工乒乓球赛开拍\n\n近日,2024年西城区职工乒乓球比赛在月坛体育馆开拍。\n\n\n"
        "本报记者 陈曦 摄影报道\n\n本报记者 周美玉\n\n## 城市副中心工地上的“流动课堂”\n\n"
        "近日,通州区总工会在城市副中心一处工地开设“流动课堂”。\n"
    )
    arts = split_text(page)
    # a careless edit set each byline above the headline of its story; a credit set apart
    # under a caption still closes it
    assert [(a.title, a.reporters, a.kind) for a in arts] == [
        ("市总工会启动“技能提升月”", ["白莹"], "article"),
        ("鲁谷街道“暖心驿站”成了户外劳动者的“加油站”", ["张晶"], "article"),
        ("西城职工乒乓球赛开拍", ["陈曦"], "photo"),
        ("城市副中心工地上的“流动课堂”", ["周美玉"], "article"),
    ]


def test_a_union_bulletin_exported_from_word():
    page = (
        "丰台区总工会 工会信息\n第23期\n丰台区总工会办公室　　　　　　　　　　2025年9月15日\n\n"
        "目　录\n1.区总工会召开第三季度重点工作调度会\n2.卢沟桥街道总工会为快递小哥送上“爱心午餐”\n\n"
        "一、区总工会召开第三季度重点工作调度会\n9月8日，丰台区总工会召开第三季度重点工作调度会。\n"
        "会议听取了各单位建会入会、职工服务阵地建设等情况汇报。\n（区总工会办公室　供稿）\n\n"
        "二、卢沟桥街道总工会为快递小哥送上“爱心午餐”\n近日，卢沟桥街道总工会联合辖区餐饮企业推出“爱心午餐”服务。\n"
        "（供稿：卢沟桥街道总工会）\n\n"
        "三、区总工会举办职工心理健康讲座\n近日，区总工会邀请心理专家为职工举办讲座。\n撰稿：王红梅\n\n"
        "报：市总工会\n发：各基层工会\n编辑：邵婷　　审核：马志强\n"
    )
    arts = split_text(page)
    # the name and number are the masthead, the contents no stories; each item ends with its
    # source line, its number is no part of its headline
    assert [(a.title, a.reporters) for a in arts] == [
        ("区总工会召开第三季度重点工作调度会", []),
        ("卢沟桥街道总工会为快递小哥送上“爱心午餐”", []),
        ("区总工会举办职工心理健康讲座", []),
    ]
    assert "供稿" not in arts[0].text and arts[1].text.startswith("近日，卢沟桥")


def test_bylines_and_lines_of_other_outlets_and_copies():
    page = (
        "北京日报客户端\n首页 > 北京 > 民生\n\n城市副中心新增20家“暖心驿站”\n2025-05-12 10:36\n"
        "北京日报客户端 | 记者 韩晓彤\n\n近日，城市副中心新增20家“暖心驿站”，为户外劳动者提供服务。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("城市副中心新增20家“暖心驿站”", ["韩晓彤"])
    page = (
        "北京青年报\n2025年05月12日 星期一\nA06版：北京新闻\n\n母亲节 多区工会为“职工妈妈”送关爱\n\n"
        "文/北青报记者 林芷萱\n\n5月11日是母亲节。北青报记者从本市多区总工会获悉，各区工会开展女职工关爱活动。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("母亲节 多区工会为“职工妈妈”送关爱", ["林芷萱"])
    page = (
        "新京报\n丰台区职工职业技能大赛开赛\n新京报 2025-05-12 14:08 发布于北京 新京报官方账号\n"
        "新京报讯（记者 周怡宁）5月12日，丰台区职工职业技能大赛开赛。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("丰台区职工职业技能大赛开赛", ["周怡宁"])
    page = (
        "稿件类型：消息　　拟用版面：区域新闻　　字数：约1100字\n\n大兴区新建15个户外劳动者服务站点\n"
        "口本报记者 韩立新\n\n近日，大兴区新建15个户外劳动者服务站点。\n"
    )
    (art,) = split_text(page)
    # a manuscript's header fields; an OCR program's 口 for the byline's □
    assert (art.title, art.reporters) == ("大兴区新建15个户外劳动者服务站点", ["韩立新"])


def test_an_e_paper_download_of_one_article_after_another():
    block = "版面：第0{page}版 {section}\n{head}本报讯（记者 {name}）{lead}\n{more}\n==========\n"
    page = "".join(block.format(page=k % 4 + 1, section="区域", head=f"{title}\n", name=name, lead=lead,
                                more="活动现场气氛热烈，职工们纷纷表示收获很大，希望以后多组织这样的活动。")
                   for k, (title, name, lead) in enumerate([
                       ("门头沟区职工义务植树添新绿", "马超", "3月8日，门头沟区总工会组织职工开展义务植树活动。"),
                       ("空港街道“小哥驿站”添了共享充电柜", "刘欣欣", "近日，空港街道总工会为驿站添置共享充电柜。"),
                       ("德胜街道“职工午间课堂”开讲", "陈曦", "近日，德胜街道总工会开设职工午间课堂。"),
                       ("延庆户外劳动者服务站点实现乡镇全覆盖", "张晶", "近日，延庆区户外劳动者服务站点实现乡镇全覆盖。"),
                       ("平谷职工学做桃木雕刻", "白莹", "近日，平谷区总工会举办桃木雕刻培训班。"),
                   ]))
    page += (
        "【第02版：要闻】\n城市副中心“三大建筑”运维职工获表彰\n副题：——12个班组获评“副中心工人先锋号”\n"
        "作者：本报记者　白莹\n本报讯（记者　白莹）9月12日，城市副中心“三大建筑”运维职工表彰会举行。\n----------\n"
        "【第07版：评论】\n职工运动会，重在“全员”参与\n作者：□ 陈兵\n北京市第十届职工运动会日前开幕。\n"
    )
    arts = split_text(page)
    # the rules and page labels repeated between articles are no hard wrap of short lines; a
    # labelled subtitle under a plain headline; a commentary signed in the author field
    assert [(a.title, a.subtitle, a.reporters) for a in arts] == [
        ("门头沟区职工义务植树添新绿", None, ["马超"]), ("空港街道“小哥驿站”添了共享充电柜", None, ["刘欣欣"]),
        ("德胜街道“职工午间课堂”开讲", None, ["陈曦"]), ("延庆户外劳动者服务站点实现乡镇全覆盖", None, ["张晶"]),
        ("平谷职工学做桃木雕刻", None, ["白莹"]),
        ("城市副中心“三大建筑”运维职工获表彰", "——12个班组获评“副中心工人先锋号”", ["白莹"]),
        ("职工运动会，重在“全员”参与", None, []),
    ]


def test_a_headline_in_lenticular_brackets_is_given_without_them():
    page = (
        "第05版：基层\n\n【凌晨四点的“菜篮子”守护者】\n□本报记者 赵思远\n\n"
        "凌晨4点，丰台区新发地农产品批发市场里灯火通明，检测班组的职工已经开始工作。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("凌晨四点的“菜篮子”守护者", ["赵思远"])


def test_a_series_label_over_a_headline_is_a_kicker_line():
    page = (
        "第07版:文体\n庆祝中华全国总工会成立100周年\n2025北京职工文化节系列报道之三\n千名职工同唱一首歌\n"
        "本报讯(记者 孙艳)5月1日上午,“唱响劳动者之歌”北京职工合唱展演在北京工人体育馆举行。\n"
        "此次展演由北京市总工会主办,各区总工会承办。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.subtitle) == (
        "庆祝中华全国总工会成立100周年 2025北京职工文化节系列报道之三", "千名职工同唱一首歌", None)


def test_a_series_of_short_crossheads_in_a_bare_page_stays_in_its_story():
    page = (
        "第06版：职工生活\n\n今年已有3600名职工走进疗休养基地\n\n"
        "本报讯（记者 崔欣）记者近日从北京市总工会获悉，今年以来，市总工会已组织3600余名职工参加疗休养活动。\n\n"
        "线路更丰富\n\n今年，市总工会在原有“京郊休闲游”基础上，新增了“红色教育行”等主题线路。\n\n"
        "服务更贴心\n\n针对快递员、网约车司机等群体时间不固定的特点，今年首次推出“周末短线”疗休养。\n\n"
        "市总工会相关负责人表示，下半年还将组织3000名职工参加疗休养。\n\n"
        "《我的师傅》征文颁奖 120篇作品讲述师徒情\n\n"
        "本报讯（记者 周美玉）近日，北京市总工会举办《我的师傅》征文颁奖仪式。\n"
    )
    arts = split_text(page)
    assert [a.title for a in arts] == ["今年已有3600名职工走进疗休养基地", "《我的师傅》征文颁奖 120篇作品讲述师徒情"]
    assert "\n线路更丰富\n今年，市总工会" in arts[0].text and "\n服务更贴心\n针对快递员" in arts[0].text


def test_a_front_page_guide_and_service_box_are_no_stories():
    page = (
        "# 劳动午报 2024年3月20日 星期三 第1版\n\n本期导读\n\n"
        "▶第2版 丰台区新就业形态劳动者有了“职工之家”\n\n▶第3版 房山“春风行动”专场招聘会提供岗位1.2万个\n\n"
        "高温天，给劳动者多一份“清凉守护”（详见第3版）\n\n"
        "二十四节气·春分\n\n今日春分。春分过后本市气温回升加快，户外作业职工要注意防风保暖。\n\n"
        "## 本市启动全国五一劳动奖推荐工作\n\n本报讯(记者 张晶) 记者从北京市总工会获悉，推荐评选工作日前在本市启动。\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.title) for a in arts] == [
        ("notice", "二十四节气·春分"), ("article", "本市启动全国五一劳动奖推荐工作")]
    assert not any("详见" in (a.text + (a.banner or "")) or "▶" in a.text for a in arts)


def test_an_essay_named_after_a_solar_term_is_an_article():
    page = "# 第08版：副刊\n\n## 立秋\n\n□ 孙立群\n\n立秋这天，早晨推开窗，竟有一丝凉意扑面而来。\n"
    (art,) = split_text(page)
    assert (art.kind, art.title, art.reporters) == ("article", "立秋", [])


def test_a_jump_that_repeats_the_headline_continues_the_story():
    page = (
        "# 第1版\n\n## “春风行动”启动 百余场招聘会送岗上门\n\n"
        "本报讯(记者 白莹) 3月19日，2024年首都职工“春风行动”在北京市职工服务中心启动。(下转第3版)\n\n"
        "## 怀柔区总工会为环卫工送春装\n\n本报讯(记者 崔欣) 近日，怀柔区总工会来到雁栖镇环卫所送去春季工装。\n\n"
        "# 第3版\n\n## “春风行动”启动 百余场招聘会送岗上门\n\n(上接第1版)\n\n启动仪式现场同步举办了首场大型招聘会。\n"
    )
    arts = split_text(page)
    assert [a.title for a in arts] == ["“春风行动”启动 百余场招聘会送岗上门", "怀柔区总工会为环卫工送春装"]
    assert arts[0].text.endswith("启动仪式现场同步举办了首场大型招聘会。")


def test_headlines_printed_side_by_side_go_to_their_stories():
    # a two-column page flattened: kickers and headlines of both columns on one line each,
    # then the two stories one after the other
    page = (
        "劳动午报\n北京市总工会主管主办\n2025年1月22日　星期三\n今日8版\n天气：晴　北风二三级　-8℃～2℃\n\n"
        "情暖返乡路　　　　　　　　冰雪乐翻天\n"
        "丰台区总工会在北京西站设返乡职工服务点　　　　　　怀柔职工冰雪嘉年华燃动雁栖湖\n"
        "本报讯（记者 孙艳）“师傅，这是工会送的暖心包。”1月14日，丰台区总工会在北京西站设立服务点。\n"
        "服务点将持续至1月28日，每天为返乡职工提供热水和暖心包。\n"
        "本报讯（记者 马超）1月19日，怀柔区第八届职工冰雪嘉年华在雁栖湖开幕。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("情暖返乡路", "丰台区总工会在北京西站设返乡职工服务点", ["孙艳"]),
        ("冰雪乐翻天", "怀柔职工冰雪嘉年华燃动雁栖湖", ["马超"]),
    ]
    assert arts[0].text.endswith("提供热水和暖心包。")


def test_an_editors_note_between_a_bare_head_and_its_byline_belongs_to_the_story():
    page = (
        "劳动午报　2025年4月28日　星期一　第05版\n劳动者之歌\n本版编辑　许静　　美编　张颖\n"
        "庆祝“五一”国际劳动节　致敬首都最美劳动者\n“电力尖兵”的十八年坚守\n——记国网北京海淀供电公司配电抢修班班长郭志强\n"
        "编者按：在“五一”国际劳动节到来之际，本报推出“致敬首都最美劳动者”系列报道。\n"
        "本报记者　周美玉\n凌晨两点，一阵急促的电话铃声响起。“上地一处小区停电，抢修班马上出发！”\n"
        "■一个电话就是一道命令\n2007年，22岁的郭志强从技校毕业后进入海淀供电公司。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.subtitle, art.reporters) == (
        "“电力尖兵”的十八年坚守", "——记国网北京海淀供电公司配电抢修班班长郭志强", ["周美玉"])
    assert art.kicker.endswith("庆祝“五一”国际劳动节\u3000致敬首都最美劳动者")
    assert art.text.startswith("编者按：") and "■一个电话就是一道命令" in art.text


def test_a_headline_with_nothing_under_it_heads_the_story_below():
    # a digest post's title over the briefs it collects, each with its own headline
    page = (
        "## 区县工会一周速览\n\n劳动午报 2024-06-14 12:05\n\n长阳镇开设职工子女暑期托管班\n\n"
        "本报讯（首席记者 孙艳）暑假来临，房山区长阳镇总工会开设职工子女暑期托管班。\n\n"
        "三区职工足球联赛开赛\n\n本报讯（记者 刘欣欣）近日，“三区杯”职工足球联赛开赛。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title) for a in arts] == [
        ("区县工会一周速览", "长阳镇开设职工子女暑期托管班"), (None, "三区职工足球联赛开赛")]


def test_a_pages_reprint_note_is_furniture():
    page = (
        "## 普法宣传进工地\n\n6月13日，昌平区总工会走进未来科学城一处在建工地，为200余名建筑工人讲解法律知识。\n"
        "通讯员　孟琳　摄\n（本版稿件如需转载请注明出处）\n"
    )
    (art,) = split_text(page)
    assert art.title == "普法宣传进工地" and "转载" not in art.text


def test_a_byline_cut_by_a_page_break_across_a_blank_line_is_one_byline():
    page = (
        "\n\n# 区县工会\n\n## 市总工会发放元旦春节慰问金\n\n本报讯(记\n\n"
        "者 白莹) 记者近日从北京市总工会获悉,今年元旦春节期间,市总工会将发放慰问金1.2亿元。\n\n"
        "## 雄安工地上 建筑工人比技能\n\n本报讯(记者 崔欣 通讯员\n\n李泽) 近日,北京城建雄安项目部举办技能比武。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.correspondents) for a in arts] == [
        ("市总工会发放元旦春节慰问金", ["白莹"], []), ("雄安工地上 建筑工人比技能", ["崔欣"], ["李泽"])]
    assert arts[0].text.startswith("记者近日从北京市总工会获悉")


def test_a_story_that_opens_with_a_quotation_keeps_its_dateline():
    page = (
        "# 维护职工合法权益\n\n## 快递小哥有了“法律顾问”\n\n"
        "“以前遇到工资被扣,不知道该找谁,现在有了法律服务站,心里踏实多了。”快递员张师傅说。\n\n"
        "本报讯(记者 王路曼) 近日,西城区总工会在广安门外街道职工服务中心设立法律服务站。\n\n"
        "据介绍,法律服务站每周二、周四下午开放。\n\n"
        "## 丰台区职工书屋上新\n\n本报讯(记者 张晶) 近日,丰台区总工会为20家职工书屋配送新书。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.dateline) for a in arts] == [
        ("快递小哥有了“法律顾问”", ["王路曼"], "本报讯"), ("丰台区职工书屋上新", ["张晶"], "本报讯")]
    assert arts[0].text.startswith("“以前遇到工资被扣") and "本报讯" not in arts[0].text


def test_typing_noise_in_headlines_and_bylines():
    page = (
        "# 第03版\n\n## 书 香 进 工 地\n\n本 报 讯(记者 孙艳) 近日,大兴区总工会在大兴国际机场临空区建设工地开设职工书屋。\n\n"
        "## 海淀区职工篮球赛在海淀工人文化宫开赛。\n\n本报讯(记 者 张晶) 近日,海淀区第十届职工篮球赛开赛。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("书香进工地", ["孙艳"]), ("海淀区职工篮球赛在海淀工人文化宫开赛", ["张晶"])]


def test_credit_blocks_and_a_bracketed_byline_under_a_bare_headline():
    page = (
        "劳动午报电子版\n\n全市一线职工疗休养今年扩容\n\n本报讯 记者近日从北京市总工会获悉，今年将组织5万名职工疗休养。\n\n"
        "市总工会相关负责人表示，疗休养名额重点向一线职工倾斜。\n\n记者：马超　编辑：李涛　校对：张帆\n\n\n"
        "天津港码头工人技能竞赛决出“金牌吊机手”\n（工人日报-中工网记者 赵剑影）\n\n"
        "近日，天津港第十一届职工技能竞赛桥吊司机决赛在天津港举行。\n\n"
        "文字：本报记者 孙艳　摄影：周美玉\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.photographers) for a in arts] == [
        ("全市一线职工疗休养今年扩容", ["马超"], []),
        ("天津港码头工人技能竞赛决出“金牌吊机手”", ["赵剑影", "孙艳"], ["周美玉"]),
    ]
    assert not any("编辑" in a.text or "文字" in a.text for a in arts)


def test_a_newspaper_databases_export_with_its_fields():
    page = (
        "【标题】丰台区总工会为一线职工送清凉\n【作者】本报记者 张晶\n【报纸】劳动午报\n【日期】2024-06-12\n【版次】第03版\n"
        "【正文】6月11日，丰台区总工会走进新发地市场，为货车司机发放“夏季健康包”1000份。\n据了解，区总工会今年已设立2处服务站点。\n\n"
        "标题：金融街职工书屋上新\n副标题：——首批400册新书上架\n作者：陈曦\n日期：2024-06-12\n版面：第03版\n"
        "正文：本报讯（记者 陈曦）近日，西城区金融街街道职工书屋迎来新书400册。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.subtitle, a.reporters) for a in arts] == [
        ("丰台区总工会为一线职工送清凉", None, ["张晶"]), ("金融街职工书屋上新", "——首批400册新书上架", ["陈曦"])]
    assert arts[0].text.startswith("6月11日") and not any("【" in a.text or "日期" in a.text for a in arts)


def test_numbered_and_paged_exports_and_empty_fields():
    page = (
        "劳动午报　2024年11月20日\n\n【第01版】首都职工冬季长跑活动本月下旬启动\n"
        "本报讯（记者 孙艳 崔欣）记者昨天从市总工会获悉，冬季长跑活动将于本月下旬启动。\n\n"
        "1. 王府井商圈职工有了“午间课堂”\n2024-06-12 第03版\n\n本报讯（记者 王路曼）近日，王府井商圈开设职工午间课堂。\n\n"
        "引题：\n标题：首钢园区举办职工趣味运动会\n副题：\n日期：2024-08-07\n"
        "正文：本报讯（记者 马超）8月5日，石景山区金顶街街道总工会在首钢园举办职工趣味运动会。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "首都职工冬季长跑活动本月下旬启动", ["孙艳", "崔欣"]),
        (None, "王府井商圈职工有了“午间课堂”", ["王路曼"]),
        (None, "首钢园区举办职工趣味运动会", ["马超"]),
    ]
    assert split_text("## 3.8万名职工参加冬季长跑\n\n本报讯（记者 孙艳）近日，3.8万名职工参加冬季长跑。\n")[0].title == "3.8万名职工参加冬季长跑"


def test_reposts_on_news_portals_keep_only_their_stories():
    # 千龙网: the site's name before its menu path, a font-size chooser with print buttons
    qianlong = (
        "千龙网·中国首都网　首页 > 北京 > 社会民生\n\n"
        "东城区总工会为快递小哥送上冬季“暖心包”\n"
        "2026-11-26 09:15:32　来源：劳动午报　作者：本报记者 孙艳　责任编辑：王琳\n"
        "【字号 大 中 小】 打印本页 关闭窗口\n\n"
        "本报讯（记者 孙艳）近日，东城区总工会在王府井大街北口为300余名快递员送上冬季“暖心包”。\n"
        "东城区总工会相关负责人介绍，下一步还将持续为户外劳动者提供暖心服务。\n\n"
        "分享到：微信 微博 QQ空间\n打印本页 关闭窗口\n\n"
    )
    # 人民网: doubled arrows, a date | source | author line, 原标题, 小字号, the share prompt and
    # a list of related links without list marks
    people = (
        "人民网 >> 北京频道 >> 社会\n\n"
        "北京顺义：500余名职工在后沙峪“比武”\n"
        "2026年11月25日08:41 | 来源：劳动午报 | 作者：崔欣\n"
        "原标题：后沙峪镇举办第三届职工职业技能竞赛\n小字号\n"
        "本报讯(记者 崔欣)近日，顺义区后沙峪镇总工会举办第三届职工职业技能竞赛，500余名职工参加。\n"
        "（责编：张雪、王岩）\n分享让更多人看到\n相关新闻\n北京：今年已举办市级职工技能竞赛46项\n顺义区新增12家劳模创新工作室\n\n"
    )
    # 网易: 举报 / 0 / 分享至, the platform's disclaimers, a 相关推荐 list
    netease = (
        "## 密云溪翁庄镇工会开展职工冬季义诊\n"
        "2026-11-26 09:15:00 来源: 劳动午报\n举报\n0\n分享至\n\n"
        "本报讯（记者 马超 通讯员 姜宁）近日，密云区溪翁庄镇总工会联合镇社区卫生服务中心为职工开展冬季义诊。\n\n"
        "本文来自网易号“劳动午报”，仅代表作者观点，不代表网易立场。\n"
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n"
        "Notice: The content above is uploaded and posted by a user of NetEase Hao, which only provides information storage services.\n\n"
        "相关推荐\n热点 冬季流感高发期来临 专家提示做好防护\n\n"
    )
    # 新浪: a date, a time and the outlet; a row of the app's buttons
    sina = (
        "回龙观街道举办新就业形态劳动者“冬日暖心集市”\n"
        "2026年11月26日 08:12 劳动午报\n"
        "新浪财经APP　缩小字体　放大字体　收藏　微博　微信　分享\n"
        "本报讯（记者 周美玉）近日，昌平区回龙观街道总工会在龙域中心广场举办“冬日暖心集市”活动。\n"
        "责任编辑：张倩 SF006\n"
    )
    arts = split_text(qianlong + people + netease + sina)
    assert [(a.kicker, a.title, a.subtitle, a.reporters) for a in arts] == [
        (None, "东城区总工会为快递小哥送上冬季“暖心包”", None, ["孙艳"]),
        (None, "北京顺义：500余名职工在后沙峪“比武”", None, ["崔欣"]),
        (None, "密云溪翁庄镇工会开展职工冬季义诊", None, ["马超"]),
        (None, "回龙观街道举办新就业形态劳动者“冬日暖心集市”", None, ["周美玉"]),
    ]
    assert arts[0].text.endswith("暖心服务。") and arts[2].text.endswith("冬季义诊。")
    assert not any(w in a.text for a in arts for w in ("网易", "Notice", "相关新闻", "相关推荐", "热点", "分享", "小字号", "APP"))


def test_the_author_field_of_a_repost_is_a_byline_when_it_names_a_role():
    def repost(meta):
        return ("首钢园职工冰雪运动季开幕\n" + meta + "\n【字号 大 中 小】 打印本页 关闭窗口\n\n"
                "本报讯 11月23日，首钢园职工冰雪运动季在石景山区首钢园开幕。\n")
    for meta, reporters in [
        ("2026-11-24 10:12:36　来源：劳动午报　作者：记者 王路曼/文 张晶/摄　责任编辑：李然", ["王路曼", "张晶"]),
        ("北京日报客户端 | 作者 本报记者 孙艳", ["孙艳"]),
        ("2026-11-25 20:31:07 来源: 劳动午报 作者：本报记者 刘欣欣", ["刘欣欣"]),
        ("2026年11月23日09:00 | 来源：劳动午报 | 作者：本报记者 王路曼", ["王路曼"]),
        ("2026-11-24 10:12:36　来源：劳动午报　作者：李然", []),  # a name alone: no role, no reporter
    ]:
        (art,) = split_text(repost(meta))
        assert (art.title, art.reporters) == ("首钢园职工冰雪运动季开幕", reporters), meta
        assert art.text.startswith("11月23日")


def test_site_names_above_a_repost_are_no_kicker():
    for site in ("学习强国　北京学习平台", "北京日报客户端"):
        (art,) = split_text(f"{site}\n\n望京街道工会“职工夜校”冬季班开班\n本报讯（记者 刘欣欣）近日，朝阳区望京街道“职工夜校”开班。\n")
        assert (art.kicker, art.title) == (None, "望京街道工会“职工夜校”冬季班开班"), site
    # a headline may end like a site's name
    arts = split_text("朝阳区上线职工服务平台\n本报讯（记者 刘欣欣）近日，朝阳区总工会职工服务平台上线。\n")
    assert [a.title for a in arts] == ["朝阳区上线职工服务平台"]


def test_a_commentary_repost_under_the_outlet_and_date_is_a_story():
    page = (
        "未来科学城举办青年职工交友联谊会\n劳动午报\n2026-11-24\n作者：赵思远\n"
        "本报讯 近日，由昌平区总工会主办的青年职工交友联谊会在未来科学城举行。\n"
        "本文来源：劳动午报\n责任编辑：孟然\n声明：本文为劳动午报学习强国号发布内容，转载请注明出处。\n点赞　在看　分享\n"
        "让“送温暖”暖到职工心坎上\n劳动午报\n2026-11-24\n作者：本报评论员\n"
        "又是一年寒冬至，又到一年送温暖时。近日，本市各级工会陆续启动“两节”送温暖活动。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "未来科学城举办青年职工交友联谊会", []),
        (None, "让“送温暖”暖到职工心坎上", []),
    ]
    assert arts[0].text.endswith("未来科学城举行。")


def test_a_photo_items_headline_over_its_credit_after_a_story():
    page = (
        "怀柔区总工会“温暖包”送到护林员手中\n"
        "本报讯（记者 孙艳）近日，怀柔区总工会走进怀北镇，为180名护林员送去“温暖包”。\n"
        "区总工会相关负责人介绍，今冬还将组织医疗队进山开展巡回义诊。\n\n"
        "大兴国际机场地勤职工迎战首场降雪\n本报记者 陈曦 摄影报道\n"
        "11月24日夜间，北京迎来今冬首场降雪。在大兴国际机场，机务人员连夜为飞机除冰，保障航班400余架次。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.photographers) for a in arts] == [
        ("怀柔区总工会“温暖包”送到护林员手中", ["孙艳"], []),
        ("大兴国际机场地勤职工迎战首场降雪", ["陈曦"], ["陈曦"]),
    ]
    assert arts[0].text.endswith("巡回义诊。")
    # a caption line over a credit that closes the story above stays its caption
    arts = split_text(
        "## 职工冰雪运动会开幕\n\n本报讯（记者 白莹）近日，职工冰雪运动会在延庆开幕，500余名职工参加。\n"
        "图为职工在进行雪地拔河比赛\n本报记者 白莹 摄影报道\n")
    assert [(a.title, a.reporters) for a in arts] == [("职工冰雪运动会开幕", ["白莹"])]
    assert arts[0].text.endswith("图为职工在进行雪地拔河比赛")


def test_unmarked_lines_under_related_news_are_links_only_without_text():
    # in print, 相关新闻 heads a box with a story's text: its headline stays text
    page = (
        "## 本市启动“两节”送温暖\n\n"
        "本报讯（记者 崔欣）11月25日，市总工会启动“两节”送温暖活动。\n"
        "相关新闻\n去年送温暖慰问职工超百万人次\n据统计，去年“两节”期间全市工会慰问职工超百万人次。\n"
    )
    (art,) = split_text(page)
    assert "去年送温暖慰问职工超百万人次" in art.text and art.text.endswith("慰问职工超百万人次。")


def test_a_headline_set_on_two_lines_subject_over_predicate_is_one_headline():
    # a big-type headline the page set on two lines (an e-paper PDF's text): the subject on
    # one, the predicate on the next; a kicker above stays the kicker
    text = (
        "真情帮扶暖人心\n房山区总工会\n赴河北涞水对口帮扶\n——捐建职工书屋5个，采购农产品120万元\n"
        "本报讯（记者 孙艳）近日，房山区总工会组成工作组赴河北省保定市涞水县开展对口帮扶。\n\n"
        "门头沟山区职工\n喜领“健康包”\n本报讯（通讯员 李娜）近日，门头沟区总工会为山区职工送去“健康包”。\n\n"
        "海淀百余家企业联合开展\n冬季职工技能大练兵\n本报讯（记者 赵思远）近日，海淀区百余家企业联合开展技能大练兵。\n\n"
        "王府井商圈\n有了职工书屋\n本报讯（记者 王路曼）近日，王府井商圈首家职工书屋开放。\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        ("真情帮扶暖人心", "房山区总工会赴河北涞水对口帮扶", "——捐建职工书屋5个，采购农产品120万元"),
        (None, "门头沟山区职工喜领“健康包”", None),
        (None, "海淀百余家企业联合开展冬季职工技能大练兵", None),
        (None, "王府井商圈有了职工书屋", None),
    ]


def test_a_headline_set_on_two_lines_whose_first_waits_for_what_follows():
    # a PDF copy's headline cut before its verb (…劳动者 / 送上…), before the object of a verb
    # (…覆盖 / 全区…) or after a subject's colon (全国总工会：今年“金秋助学” / 资助…)
    text = (
        "“工会驿站+”服务再升级\n朝阳区总工会为两千余名新就业形态劳动者\n送上免费体检\n"
        "——覆盖外卖配送、快递、网约车等六类群体\n本报记者 刘欣欣 通讯员 王静\n"
        "连日来，朝阳区总工会联合区内3家二级医院开设“健康小屋”，为新就业形态劳动者提供免费体检。\n\n"
        "高温下的坚守\n大兴区总工会“送清凉”覆盖\n全区百余个重点工程\n本报记者 孙艳\n\n"
        "入伏以来，大兴区总工会启动2025年“夏送清凉”活动，组织慰问组深入100余个重点工程项目。\n\n"
        "全国总工会：今年“金秋助学”\n资助困难职工子女超10万人\n\n"
        "本报讯 据中工网消息，全国总工会近日透露，2025年全国工会“金秋助学”活动已进入集中发放阶段。\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("“工会驿站+”服务再升级", "朝阳区总工会为两千余名新就业形态劳动者送上免费体检", ["刘欣欣"]),
        ("高温下的坚守", "大兴区总工会“送清凉”覆盖全区百余个重点工程", ["孙艳"]),
        (None, "全国总工会：今年“金秋助学”资助困难职工子女超10万人", []),
    ]


@pytest.mark.parametrize("first, second", [
    ("石景山区总工会为", "1500名环卫工人办理互助保障"),  # a preposition waiting for its object
    ("平谷区420名", "果树修剪能手集中“充电”"),  # a count opening its subject
    ("让暖心驿站", "真正暖到劳动者心坎上"),  # an adverb that needs the subject above
    ("怀柔区雁栖镇", "百名职工志愿者守护雁栖湖"),  # a place, then a count of its people
    ("中关村软件园", "32家企业工会联办青年职工交友联谊会"),
    ("大兴区总工会联合区法院", "设立劳动争议诉调对接工作室"),  # a predicate naming what it sets up
    ("市总工会", "推出职工疗休养新线路"),  # a subject alone, however short, over its predicate
    ("东城区总工会", "织密“15分钟职工服务圈”"),
    ("昌平区职工技能大赛", "决出16个工种“状元”"),  # an event as the subject
    ("延庆工会携手怀来", "共建职工技能培训基地"),  # a subject and its partner
    ("三区工会联手", "为快递小哥送上“春日礼包”"),  # subjects joining forces, what they do below
    ("大兴区总工会走进大兴机场", "为800名一线职工送节日慰问"),  # a subject and where it goes
    ("望京街道12家“暖心驿站”", "服务新就业形态劳动者"),  # a count of the subject, what it does
    ("庞各庄镇农机手", "“充电”备春耕"),  # a town's group of workers
    ("经开区“工匠学院”", "首批312名学员结业"),  # a place's named thing as the subject
    ("金海湖镇工会“春训”", "助农民工提技能"),  # … or a union's
    ("大兴区总工会“春风行动”", "专场招聘会送岗1200余个"),
    ("上地街道职工之家", "成了外卖小哥的“加油站”"),  # a facility as the subject
    ("首钢园里的老工人", "用镜头记录城市变迁"),  # a group as the subject, what it uses below
    ("回龙观街道400余名职工", "趣味运动会上比拼欢乐"),  # a street's count of its workers
    ("30对职工新人", "在职工之家喜结连理"),  # a count of couples
    ("回龙观地区建成", "15个“小而美”职工之家"),  # a place and what it built
    ("门头沟区“工会+法院”", "劳动争议诉调对接工作室揭牌"),
    ("28家企业签订技能人才", "专项集体合同"),  # what is signed, cut in two
    ("石景山区职工定向越野赛", "在首钢园举行"),  # a contest as the subject
    ("门头沟区总工会慰问", "坚守一线的供热职工"),  # a subject and its verb, the object below
    ("顺义区总工会走访慰问", "空港一线职工"),  # … two verbs
    ("魏善庄镇月季园里", "养护工比起了“绝活”"),  # the place the subject below is in
    ("望京街道“小哥驿站”", "添了暖心洗衣房"),  # a subject named in quotes
    ("这间创新工作室成了", "“金点子”孵化器"),
    ("全总启动新就业形态劳动者", "入会集中行动"),  # a launch and the campaign it launches
    ("工会“清凉包”送到", "副中心建设工地"),
    ("首都8.6万名职工", "同台竞技比拼“真功夫”"),  # a count of the subject
    ("4.6万份“暖心包”", "送到朝阳一线职工手中"),
    ("经开区300余名劳模工匠", "走上“劳动者讲台”"),
    ("朝阳区总工会“暖新”行动", "惠及四万余名快递外卖小哥"),  # a campaign as the subject
    ("马家堡街道“职工书屋”", "开到了商务楼宇里"),  # a quoted name as the subject
    ("房山区首批30名“房山工匠”", "获授牌表彰"),
    ("马驹桥物流园区建起", "“货车司机之家”"),
    ("本市新就业形态劳动者", "可享免费健康体检"),
    ("北京经开区新增20", "个职工暖心驿站"),  # a number cut from its measure word
    ("房山区总工会投入86万元", "为职工购买互助保障"),  # an amount the subject spends
    ("石景山区首钢园", "职工书屋升级开放"),  # a place within a district, nothing else
    ("雄安新区建设工地上", "京华建设职工过“工地节”"),
    ("全国技术能手赵建华", "为青年职工“传帮带”"),  # a titled person as the subject
])
def test_a_pdf_headline_cut_where_no_kicker_ends(first, second):
    text = f"{first}\n{second}\n本报讯（记者 赵思远）近日，区总工会为职工办了一件实事，200余名职工受益。\n"
    (art,) = split_text(text)
    assert (art.kicker, art.title) == (None, first + second)


def test_a_pdf_headline_on_three_lines_between_its_kicker_and_subtitle():
    # the head's lines cut at phrase boundaries (a verb's object, 和 before a count; a time and
    # scope waiting for the subject; a subject over its predicate); the subtitle never joins
    page = (
        "“五一”国际劳动节前夕\n市总工会表彰\n100个首都劳动奖状单位\n和400名奖章获得者\n"
        "——号召全市广大职工以劳模为榜样奋力建功新时代\n"
        "本报讯（记者 白莹）4月28日，市总工会召开大会，表彰首都劳动奖状单位和奖章获得者。\n\n"
        "新就业形态劳动者权益保障\n今年全市\n户外劳动者服务站点\n将新增300家\n"
        "——市总工会推动服务阵地向新业态群体延伸\n记者 孙艳/文 陈曦/摄\n\n"
        "记者近日从市总工会获悉，今年本市将新建户外劳动者服务站点300家。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        ("“五一”国际劳动节前夕", "市总工会表彰100个首都劳动奖状单位和400名奖章获得者",
         "——号召全市广大职工以劳模为榜样奋力建功新时代"),
        ("新就业形态劳动者权益保障", "今年全市户外劳动者服务站点将新增300家", "——市总工会推动服务阵地向新业态群体延伸"),
    ]


def test_a_hotline_advert_between_two_stories_is_no_head():
    page = (
        "石景山区职工篮球联赛开赛\n本报讯（记者 白莹）近日，石景山区职工篮球联赛开赛。\n"
        "据悉，本届联赛由石景山区总工会主办，决赛将于5月下旬举行。\n"
        "北京市总工会职工服务热线\n12351\n法律咨询 心理疏导 困难帮扶\n24小时为职工服务\n"
        "永定镇新建6家“职工之家”\n"
        "本报讯（首席记者 闫长禄）日前，门头沟区永定镇总工会为辖区6家新建成的“职工之家”集中授牌。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "石景山区职工篮球联赛开赛", ["白莹"]), (None, "永定镇新建6家“职工之家”", ["闫长禄"])]
    assert arts[0].text.endswith("决赛将于5月下旬举行。") and "热线" not in arts[1].text


def test_a_continued_page_names_itself_over_its_number():
    page = (
        "2025年4月29日 星期二\n职工生活\n4\n编辑：郑红 校对：王敏\n劳动午报\n"
        "市总工会表彰100个首都劳动奖状单位和400名奖章获得者\n"
        "（上接第1版）会上，5名首都劳动奖章获得者代表作了发言。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title) == (None, "市总工会表彰100个首都劳动奖状单位和400名奖章获得者")


def test_a_bulleted_brief_after_a_dated_brief_and_a_crosshead_in_a_feature():
    # ■ over a news lead after a brief with a dateline: the next brief; ■ over the text of a
    # feature with a dateline: its crosshead
    page = (
        "■十八里店乡举办职工法律讲座\n本报讯（记者 王路曼）近日，十八里店乡总工会邀请律师走进辖区企业，100余名职工参加。\n\n"
        "■区总工会为环卫职工送月饼\n中秋节前夕，区总工会走访慰问坚守在一线的环卫职工，送去月饼3000余份。\n\n"
        "## 朝阳区总工会打造“15分钟职工服务圈”\n本报讯(记者 刘欣欣)记者近日从朝阳区总工会获悉，全区建设职工服务驿站300余个。\n\n"
        "■阵地建在职工家门口\n在望京街道的一处职工服务驿站，午休时间，不少职工来这里看书。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("十八里店乡举办职工法律讲座", ["王路曼"]), ("区总工会为环卫职工送月饼", []),
        ("朝阳区总工会打造“15分钟职工服务圈”", ["刘欣欣"])]
    assert "■阵地建在职工家门口" in arts[2].text


def test_bulleted_briefs_after_a_section_head_are_each_a_story():
    page = (
        "## 工会简讯\n\n■古城街道总工会举办职工中秋猜灯谜活动\n\n"
        "近日，石景山区古城街道总工会在辖区职工之家举办中秋猜灯谜活动，吸引200余名职工参与。\n\n"
        "■体育馆路街道工会为辖区教师送鲜花\n\n"
        "教师节前夕，东城区体育馆路街道工会走访辖区5所中小学，为一线教师送去鲜花。（记者　杨学义）\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("古城街道总工会举办职工中秋猜灯谜活动", []), ("体育馆路街道工会为辖区教师送鲜花", ["杨学义"])]


@pytest.mark.parametrize("kicker, title", [
    ("房山区总工会联合区人力社保局开展根治欠薪专项检查", "护薪在行动"),  # the verb has its object
    ("“健康小屋”开进了桃园里", "平谷区年内将建成20个职工健康小屋"),  # a place a verb goes into
    ("通州区总工会推进“职工之家”提质增效", "副中心新添38个“示范职工之家”"),  # a quoted object, no subject
    ("首都工匠风采", "把“芯”事做到极致"),  # a column's label after 工匠, no name
    ("扩大新经济组织工会覆盖", "丽泽金融商务区成立楼宇联合工会"),  # 覆盖 the object of 扩大, no verb waiting
])
def test_a_whole_kicker_over_its_headline_stays_a_kicker(kicker, title):
    text = f"{kicker}\n{title}\n本报讯（记者 赵思远）近日，区总工会为职工办了一件实事，200余名职工受益。\n"
    (art,) = split_text(text)
    assert (art.kicker, art.title) == (kicker, title)


def test_an_ocr_page_whose_stories_are_set_at_two_widths():
    # the page's width (17) holds for one story, the other is set narrower (15): its lines are
    # unwrapped too; a kicker as wide as the page under the page's label is no text
    page = (
        "劳动午报  2O24年5月l6日  星期四\n03  区县工会\n"
        "擂台搬上“云端” 百余工种同台竞技\n丰台区职工技能“云擂台”开赛\n"
        "　　本报讯（记者 张晶）近日，丰台\n区总工会在丽泽金融商务区启动职工\n技能“云擂台”系列赛。本次赛事设置\n"
        "电工、焊工、养老护理员、网约配送员\n等16个竞赛项目，预计全年将吸引全\n区300余家企业的1.2万名职工参与。\n\n"
        "一年攻克技术难题27项\n这间创新工作室成了\n“金点子”孵化器\n本报记者 崔欣/文 周美玉/摄\n"
        "　　走进位于北京经济技术开发区\n的北京华晟精密汽车部件有限公司,\n“马立新创新工作室”的墙上贴满\n"
        "了职工们提出的改善建议。工作室\n负责人、首都劳动奖章获得者马立\n新告诉记者，今年以来，工作室共\n"
        "收到职工“金点子”300余条，攻\n克技术难题27项，为企业节约成本\n近400万元。\n"
        "　　工作室成立于2O19年，目前有\n成员23人，其中一线职工占到七成\n以上。“很多好点子都来自一线，\n"
        "关键是要让大家敢说、愿说。”马\n立新说，工作室每月都会召开一次\n“点子会”。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("擂台搬上“云端” 百余工种同台竞技", "丰台区职工技能“云擂台”开赛", ["张晶"]),
        ("一年攻克技术难题27项", "这间创新工作室成了“金点子”孵化器", ["崔欣", "周美玉"]),
    ]
    assert arts[1].text.split("\n")[0].startswith("走进位于北京经济技术开发区的北京华晟精密汽车部件有限公司,")


def test_a_hotline_advert_named_with_its_number_between_two_stories():
    page = (
        "东城区总工会午间课堂开课\n本报讯（记者 陈曦）近日，东城区总工会午间课堂开课。\n本报记者 陈艺/摄\n"
        "北京工会12351职工服务热线\n有困难　找工会\n法律咨询　心理疏导　困难帮扶\n"
        "雄安新区建设工地上\n京华建设职工过“工地节”\n本报记者　孙艳　实习生　杨晨\n"
        "11月15日，在河北雄安新区一处安置房建设项目工地上，京华建设集团工会举办了“工地文化节”。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("东城区总工会午间课堂开课", ["陈曦", "陈艺"]), ("雄安新区建设工地上京华建设职工过“工地节”", ["孙艳"])]


def test_a_hotline_advert_at_a_pages_foot_is_no_part_of_the_last_brief():
    page = (
        "## 市总工会开展新就业形态劳动者集中入会活动\n\n"
        "近日，北京市总工会启动新就业形态劳动者集中入会活动。（记者　白莹）\n\n"
        "北京工会12351\n\n职工服务热线　法律援助　困难帮扶　心理咨询\n\n拨打12351，工会“娘家人”在身边\n\n"
        "本版编辑　刘冬梅　　校对　王芳\n"
    )
    (art,) = split_text(page)
    assert art.reporters == ["白莹"] and art.text == "近日，北京市总工会启动新就业形态劳动者集中入会活动。"


def test_a_kicker_that_ends_like_a_count_of_homes_stays_a_kicker():
    text = "工会服务进万家\n延庆户外劳动者服务站点实现乡镇全覆盖\n本报讯（记者 王路曼）近日，延庆区户外劳动者服务站点实现全覆盖。\n"
    (art,) = split_text(text)
    assert (art.kicker, art.title) == ("工会服务进万家", "延庆户外劳动者服务站点实现乡镇全覆盖")


def test_a_pdf_page_whose_stories_are_set_in_columns_of_their_own_widths():
    # no width holds for the page: each story's column has its own (about 21 and 17 Han
    # characters; digits fill half a character), lines vary where punctuation may not open one
    page = (
        "劳动午报 2024年11月22日 星期五 区县工会 05\n\n"
        "怀柔区雁栖镇\n百名职工志愿者守护雁栖湖\n\n记者 马超/文 崔欣/摄\n\n"
        "初冬时节，雁栖湖畔层林尽染。近日，怀柔区\n"
        "雁栖镇总工会组织辖区企业的100余名职工志\n"
        "愿者来到雁栖湖环湖步道，开展“守护雁栖湖\n"
        "职工在行动”生态环保志愿服务活动。\n\n"
        "志愿者们分成10个小组，沿着环湖步道捡拾垃\n"
        "圾、清理湖岸漂浮物、劝导游客文明游览。\n\n"
        "首钢园里职工冰雪季开幕\n\n"
        "11月19日，2024—2025年度石景山区职\n"
        "工冰雪季启动仪式在首钢园滑雪大跳台\n"
        "下举行。来自石景山区各基层工会的30\n"
        "0余名职工参加了冰壶体验、旱地冰球、\n"
        "雪地拔河等趣味项目。本报记者 张\n晶 摄\n\n"
        "建筑工人冬季技能“充电”\n\n本报记者 崔欣 实习记者 闫长\n禄 通讯员 刘建国\n\n"
        "入冬后，建筑工地陆续进入停工期，不少农\n"
        "民工返乡前参加了区总工会的技能培训。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("怀柔区雁栖镇百名职工志愿者守护雁栖湖", ["马超", "崔欣"]),
        ("首钢园里职工冰雪季开幕", ["张晶"]),
        ("建筑工人冬季技能“充电”", ["崔欣", "闫长禄"]),
    ]
    assert arts[0].text.split("\n")[0] == (
        "初冬时节，雁栖湖畔层林尽染。近日，怀柔区雁栖镇总工会组织辖区企业的100余名职工志愿者来到"
        "雁栖湖环湖步道，开展“守护雁栖湖职工在行动”生态环保志愿服务活动。")
    assert arts[1].kind == "photo" and arts[1].text.startswith("11月19日，2024—2025年度石景山区职工冰雪季")


def test_a_column_paragraph_opening_a_quotation_goes_on_past_its_first_line():
    # no width holds for the page (columns of about 21 and 17 characters, paragraphs told only by
    # a shorter last line, no blank lines): a paragraph whose first line has no comma but opens a
    # quotation it does not close goes on, where a headline never does
    page = (
        "石景山区职工定向越野赛\n在首钢园举行\n"
        "本报讯（记者 张晶）11月3日，石景山区第三\n"
        "届职工定向越野赛在首钢园举行，来自全区56\n"
        "家单位的420名职工参赛。\n"
        "本次比赛以“打卡首钢园 奋进新时代”为主\n"
        "题，在首钢园北区设置了35个检查点，途经三\n"
        "高炉、群明湖、首钢滑雪大跳台等标志性景观。\n"
        "城市副中心建设者\n有了“流动书屋”\n本报记者 陈曦\n"
        "11月4日下午，一辆印着“职工书屋”\n"
        "字样的蓝色大巴车开进了位于通州区潞\n"
        "城镇的城市副中心某综合交通枢纽项目\n"
        "工地。车门一打开，刚刚收工的建筑工\n"
        "人们便围了上来。\n"
        "这是通州区总工会今年推出的“流动职\n"
        "工书屋”。车内配备了3000余册图书和\n"
        "20台电子阅读器，内容涵盖建筑技术、\n"
        "安全生产、法律知识、文学历史等。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("石景山区职工定向越野赛在首钢园举行", ["张晶"]),
        ("城市副中心建设者有了“流动书屋”", ["陈曦"]),
    ]
    assert arts[1].text.split("\n")[1] == (
        "这是通州区总工会今年推出的“流动职工书屋”。车内配备了3000余册图书和20台电子阅读器，"
        "内容涵盖建筑技术、安全生产、法律知识、文学历史等。")


def test_an_ocr_page_of_narrow_indented_columns():
    # paragraphs indented, no blank line inside a story: a kicker as wide as the column is no
    # text, a photo item set apart under a signed feature is no crosshead of it, 一一 is the
    # OCR's ——
    page = (
        "2024年6月19日 星期三 区县新闻 4\n"
        "\n"
        "打造职工身边的“服务圈”\n"
        "长辛店街道职工服务中心投用\n"
        "——设有职工书屋、母婴室和法律咨询室\n"
        "□本报记者 崔欣 张晶\n"
        "　　近日，丰台区长辛店街道职\n"
        "工服务中心正式投入使用。中\n"
        "心面积约600平方米，设有职工书\n"
        "屋、母婴室、法律咨询室、健\n"
        "身室等功能区，可为辖区1.2万\n"
        "余名职工提供服务。\n"
        "　　记者在现场看到，职工书屋\n"
        "内摆放着3000余册图书，不少\n"
        "职工利用午休时间前来阅读；健\n"
        "身室内，跑步机、动感单车等\n"
        "器材一应俱全。中心还引入专业\n"
        "律师团队，每周三下午提供免费\n"
        "法律咨询。\n"
        "　　“我们单位离这儿只有几\n"
        "百米，中午过来看看书、锻炼\n"
        "锻炼，特别方便。”在附近一家\n"
        "物流企业工作的职工陈静说。\n"
        "　　长辛店街道总工会主席马丽\n"
        "娟表示，街道总工会将以职工服务\n"
        "中心为龙头，联合辖区企业、社区\n"
        "建设10个职工服务站点，打造“\n"
        "15分钟职工服务圈”。\n"
        "\n"
        "首钢园里看工匠绝活\n"
        "　　6月15日，石景山区总工会在\n"
        "首钢园举办“工匠绝活展示日”\n"
        "活动，来自全区的15名首都劳动\n"
        "奖章获得者、技术能手现场展示了\n"
        "焊接、钳工、数控加工等绝活，吸\n"
        "引了众多职工和市民驻足观看。\n"
        "图为一名焊工正在展示仰焊技\n"
        "术。　本报记者 白莹 摄\n"
        "\n"
        "本市工会“金秋助学”活动启动\n"
        "一一今年将资助2300名困难职工子女\n"
        "本报讯（记者 崔欣）记者日前\n"
        "从北京市总工会获悉，2024年“\n"
        "金秋助学”活动已全面启动，今\n"
        "年全市各级工会将投入助学资金\n"
        "1100余万元，资助2300名困\n"
        "难职工家庭子女顺利入学。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters, a.kind) for a in arts] == [
        ("打造职工身边的“服务圈”", "长辛店街道职工服务中心投用", ["崔欣", "张晶"], "article"),
        (None, "首钢园里看工匠绝活", ["白莹"], "photo"),
        (None, "本市工会“金秋助学”活动启动", ["崔欣"], "article"),
    ]
    assert arts[2].subtitle == "一一今年将资助2300名困难职工子女"


def test_a_call_for_contributions_under_a_bare_label_is_a_notice():
    page = (
        "## 公交集团工会为驾驶员送去“清凉包”\n\n"
        "近日,北京公交集团工会为一线驾驶员送去“清凉包”2.3万份。(记者 马超)\n\n"
        "征稿\n\n本报“职工生活”版面向广大职工征集“我的清凉故事”主题稿件,字数800字以内。\n"
    )
    brief, notice = split_text(page)
    assert brief.reporters == ["马超"] and notice.kind == "notice"


def test_metadata_lines_whose_reporter_follows_a_bar_or_a_wide_space():
    # a post's 来源丨劳动午报  记者丨马超, a site's 作者：本报记者　孙艳 (full-width spaces)
    page = (
        "雁栖湖畔 职工骑行迎夏日\n怀柔工会 2025年05月27日 19:05 北京\n来源丨劳动午报  记者丨马超\n"
        "近日，怀柔区总工会在雁栖湖畔举办职工骑行活动，来自全区各基层工会的300余名职工参加。\n\n"
        "德胜街道为环卫工人建起“爱心餐厅”\n来源：劳动午报　作者：本报记者　孙艳　张晶　发布时间：2025-05-28 10:00\n"
        "近日，德胜街道总工会为辖区环卫工人建起“爱心餐厅”。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("雁栖湖畔 职工骑行迎夏日", ["马超"]), ("德胜街道为环卫工人建起“爱心餐厅”", ["孙艳", "张晶"])]
    assert arts[0].text.startswith("近日，怀柔区总工会")


def test_a_compilation_of_stories_numbered_and_annotated_by_its_compiler():
    # a researcher's file: items numbered 【n】 (alone, or before the item's source), a post's
    # picture source under it, a note on where the next items come from
    page = (
        "北京工会新闻资料汇编（2025年5月 第二辑）\n整理：课题组 吴静\n"
        "说明：以下稿件分别摘自劳动午报电子版导出稿及劳动午报网站，仅供研究使用，未经核对。\n\n----------\n"
        "【1】\n石景山区：“职工之家”开进首钢园\n石景山工会 2025年05月15日 18:20 北京\n"
        "近日，石景山区总工会在首钢园建成园区职工之家，为园区企业职工提供阅读、健身等服务。\n"
        "图片来源：石景山区总工会\n\n"
        "【2】\n金融街楼宇里办起“职工夜校”\n来源：劳动午报 记者：白莹\n"
        "本报讯 近日，金融街街道总工会在辖区楼宇里办起“职工夜校”。\n\n"
        "（以下摘自微信公众号）\n\n"
        "【3】来源：劳动午报（导出稿）\n亦庄建设者喝上“爱心绿豆汤”\n"
        "本报讯（记者 马超）近日，经开区总工会为建设者送去绿豆汤。\n"
    )
    notes, *arts = split_text(page)
    assert notes.kind == "notice" and notes.text.startswith("说明：")  # the collection's head: no story
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "石景山区：“职工之家”开进首钢园", []),
        (None, "金融街楼宇里办起“职工夜校”", ["白莹"]),
        (None, "亦庄建设者喝上“爱心绿豆汤”", ["马超"]),
    ]
    assert arts[0].text.endswith("健身等服务。") and arts[1].text.endswith("职工夜校”。")


def test_a_digital_editions_page_with_its_navigation_and_fields():
    # the site's head, the page's list of stories, font buttons; fields on one line, a photo's
    # credit in the 作者 field
    page = (
        "劳动午报数字报\n首页 往期回顾 版面导航\n2025年08月21日 星期四\n上一版  下一版\n第02版：要闻\n\n"
        "本版文章\n◎前门地区户外劳动者服务站“升级上岗”\n◎工匠进校园\n\n放大 缩小 默认\n\n"
        "引题：劳动者港湾　标题：前门地区户外劳动者服务站“升级上岗”　副题：——新增冷藏柜、充电桩等设施\n"
        "作者：本报记者 王路曼 通讯员 赵颖\n\n"
        "　　本报讯 近日，东城区前门街道总工会对辖区5个户外劳动者服务站完成升级改造。\n\n"
        "【打印】【关闭】   返回目录\n\n上一篇  下一篇\n\n\n"
        "工匠进校园\n作者：本报记者 张晶 摄\n放大 缩小 默认\n\n"
        "　　7月7日，丰台区总工会“大国工匠进校园”活动走进卢沟桥街道一所职业学校。\n\n"
        "【打印】【关闭】   返回目录\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.subtitle, a.reporters, a.photographers) for a in arts] == [
        ("劳动者港湾", "前门地区户外劳动者服务站“升级上岗”", "——新增冷藏柜、充电桩等设施", ["王路曼"], []),
        (None, "工匠进校园", None, ["张晶"], ["张晶"]),
    ]
    assert arts[1].text == "7月7日，丰台区总工会“大国工匠进校园”活动走进卢沟桥街道一所职业学校。"


def test_wechat_posts_pasted_one_after_another():
    # each post: its title over the account's line; picture captions (▲ …, or bare) between its
    # paragraphs are text; a repost's card is furniture; a title that reads like a lead still
    # opens a post when the account's line is under it
    page = (
        "朝阳区总工会“夏季送清凉”活动启动\n原创 朝阳工会 北京朝阳工会 2025年06月12日 18:30 北京\n"
        "近日，朝阳区总工会2025年“夏季送清凉”活动在望京街道启动。\n"
        "▲ 区总工会工作人员为环卫工人送上慰问品\n"
        "今年，区总工会对辖区内182家户外劳动者服务站点进行了“清凉升级”。\n"
        "骑手在驿站内充电休息\n"
        "据统计，首批慰问共覆盖户外劳动者3000余名。\n来源：朝阳区总工会\n编辑：王雪\n阅读原文\n\n"
        "和平街街道开办“职工夜校” 下班后家门口学技能\n北京朝阳工会 2025年06月13日 17:45 北京\n"
        "以下文章来源于劳动午报 ，作者劳动午报\n劳动午报 .\n北京市总工会机关报，为职工说话，替职工办事。\n"
        "本报讯（记者 刘欣欣 通讯员 王婷）近日，朝阳区和平街街道总工会开办“职工夜校”。\n阅读原文\n\n"
        "2025年北京市职工职业技能大赛启动 设置50个竞赛项目\n原创 北京市总工会 北京市总工会 2025年06月14日 09:00 北京\n"
        "6月13日，2025年北京市职工职业技能大赛正式启动。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("朝阳区总工会“夏季送清凉”活动启动", []),
        ("和平街街道开办“职工夜校” 下班后家门口学技能", ["刘欣欣"]),
        ("2025年北京市职工职业技能大赛启动 设置50个竞赛项目", []),
    ]
    assert "▲ 区总工会工作人员为环卫工人送上慰问品" in arts[0].text and "骑手在驿站内充电休息" in arts[0].text
    assert arts[1].text.startswith("近日，朝阳区和平街街道总工会")


def test_a_front_pages_masthead_lines_are_no_story():
    page = (
        "劳动午报\nLAODONG WUBAO\n2024年10月15日 星期二\n农历甲辰年九月十三\n北京工会网：www.bjzgh.org\n"
        "多云转雷阵雨　南风二级　35℃/24℃\n\n"
        "首都8.6万名职工\n同台竞技比拼“真功夫”\n本报讯（记者 白莹）10月14日，首都职工职业技能大赛落幕。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.reporters) == (None, "首都8.6万名职工同台竞技比拼“真功夫”", ["白莹"])


def test_a_column_of_short_paragraphs_set_apart_by_blank_lines():
    # a 组图's captions and a commentary's last paragraphs: paragraphs of two lines, a blank line
    # between them, the column's width shown across them
    page = (
        "节日里 他们坚守岗位\n\n"
        "　　“五一”假期，首都各行各业的劳动者坚守岗位，用辛勤\n付出保障城市平稳运行，守护市民游客的欢乐假期。\n\n"
        "　　①5月3日，在东城区王府井步行街，环卫工人对街面进行\n清扫保洁。\n\n"
        "　　②5月4日，在海淀区一处电力施工现场，供电公司职工对\n线路进行检修。\n\n"
        "　　③5月5日，在通州区北京环球度假区，安保人员引导游客\n有序入园。\n\n"
        "本报记者　于佳　王路曼　摄\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters, art.kind) == ("节日里 他们坚守岗位", ["于佳", "王路曼"], "photo")
    assert "①5月3日，在东城区王府井步行街，环卫工人对街面进行清扫保洁。" in art.text


def test_a_digital_edition_copied_by_a_text_browser_or_a_phone():
    # numbered links, 版面导航 over the page's titles without bullets, the legal footer's
    # address, the References list of URLs
    page = (
        "   劳动午报电子版\n\n   [1]上一期  [2]下一期  [3]往期回顾\n   2023年09月06日 星期三\n\n"
        "版面导航\n东华门街道为环卫工人建起“爱心驿站”\n什刹海畔话阅读\n\n"
        "东华门街道为环卫工人建起“爱心驿站”\n作者：本报记者 崔欣\n\n"
        "   本报讯 近日，东城区东华门街道总工会为环卫工人建起“爱心驿站”。\n\n"
        "   版权所有 劳动午报社\n   京ICP备05012784号-1\n   地址：北京市东城区台基厂头条3号\n\n"
        "References\n\n   1. http://ldwb.workerbj.cn/content/2023-09/05/node_2.htm\n"
        "   2. http://ldwb.workerbj.cn/content/2023-09/07/node_2.htm\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("东华门街道为环卫工人建起“爱心驿站”", ["崔欣"])
    assert art.text == "近日，东城区东华门街道总工会为环卫工人建起“爱心驿站”。"


def test_posts_of_district_union_sites_and_accounts():
    # a district union's site: its name, a nav bar, 您现在的位置, 日期/来源/点击 lines, no blank lines
    site = (
        "北京市石景山区总工会\n网站首页 | 工会概况 | 工作动态 | 基层风采 | 职工服务 | 政策法规 | \n"
        "您现在的位置：首页 > 工作动态\n"
        "石景山区总工会：召开2024年工会经费审查工作会\n日期：2024-07-22　来源：石景山区总工会　点击：215\n"
        "7月19日，石景山区总工会召开2024年工会经费审查工作会。\n文/图：石景山区总工会宣传部\n【打印本页】【关闭窗口】\n"
        "【工作动态】鲁谷街道总工会开展“夏送清凉”慰问户外劳动者\n日期：2024-07-11　来源：鲁谷街道总工会　点击：188\n"
        "7月10日，石景山区鲁谷街道总工会开展“夏送清凉”慰问活动。\n（通讯员 郝晶）\n【打印本页】【关闭窗口】\n"
    )
    arts = split_text(site)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "石景山区总工会：召开2024年工会经费审查工作会", []),
        (None, "【工作动态】鲁谷街道总工会开展“夏送清凉”慰问户外劳动者", []),
    ]
    assert arts[0].text == "7月19日，石景山区总工会召开2024年工会经费审查工作会。"
    # a district union's WeChat account: the history page, a repost's source line, credits of
    # bodies, a source line closing each post, readers' comments
    account = (
        "海淀工会\n微信公众号 · 历史消息\n\n"
        "海淀区总工会举办2024年基层工会主席培训班\n原创 海淀工会 海淀工会 2024年06月18日 17:30 北京\n点击上方蓝字关注我们\n"
        "6月13日至14日，海淀区总工会举办2024年基层工会主席培训班。\n编辑：赵琳\n审核：周建国\n阅读 1208\n分享 收藏 点赞 在看\n\n"
        "上地街道：百名IT职工“同台”比拼编程技能\n海淀工会 2024年06月14日 17:15 北京\n以下文章来源于劳动午报\n"
        "（劳动午报记者 赵思远 实习生 韩雪）近日，海淀区上地街道总工会举办编程技能大赛。\n来源：劳动午报\n\n"
        "方庄地区：工会驿站里的“暖心早餐”\n每天清晨6点半，丰台区方庄地区的一处户外劳动者服务站飘出饭菜香。\n作者：曹蕾\n\n"
        "花乡地区职工拔河比赛\n6月8日，丰台区花乡地区总工会举办职工拔河比赛。\n图/丰台区总工会\n\n"
        "右安门街道工会开设“暖新课堂”\n近日，丰台区右安门街道总工会开设“暖新课堂”。\n（通讯员 谷雨）\n\n"
        "精选留言\n丰台快递小哥：方庄驿站的早餐真不错，点赞！\n丰台工会（作者）：感谢支持，我们会继续努力！\n"
    )
    arts = split_text(account)
    assert [(a.kicker, a.title, a.reporters, a.banner) for a in arts] == [
        # (a post's account line goes with its banner)
        (None, "海淀区总工会举办2024年基层工会主席培训班", [], "海淀工会 原创 海淀工会 海淀工会 2024年06月18日 17:30 北京"),
        (None, "上地街道：百名IT职工“同台”比拼编程技能", ["赵思远"], "海淀工会 海淀工会 2024年06月14日 17:15 北京"),
        (None, "方庄地区：工会驿站里的“暖心早餐”", [], "海淀工会"),
        (None, "花乡地区职工拔河比赛", [], "海淀工会"),
        (None, "右安门街道工会开设“暖新课堂”", [], "海淀工会"),
    ]
    assert arts[-1].text == "近日，丰台区右安门街道总工会开设“暖新课堂”。"
    assert not any(w in a.text for a in arts for w in ("以下文章", "留言", "点赞", "宣教部", "丰台区总工会\n", "审核"))


def test_a_pdf_page_that_indents_its_paragraphs_is_unwrapped():
    # a PDF's text at 17 characters a line drops the two-character indent: a paragraph's first
    # line is two short of the column; a subtitle as long as the column does not run into the
    # byline under it
    text = (
        '2026年12月3日 星期四\n'
        '工会新闻\n'
        '3\n'
        '\n'
        '一线见闻\n'
        '守护城市“血管”的\n'
        '地下管廊巡检员\n'
        '——记城市副中心综合管廊运维班组\n'
        '□本报记者 周美玉\n'
        '清晨6点半，在通州区城市副中心\n'
        '地下约15米深处，综合管廊运维班组的\n'
        '巡检员张磊已经背上工具包，开始了一\n'
        '天的巡检。这条综合管廊内敷设着电力、\n'
        '通信、给水、热力等多种管线，被称为\n'
        '城市的“血管”。\n'
        '“每一段管廊我们每天至少要走一\n'
        '遍，看管线有没有渗漏，听设备有没有\n'
        '异响，闻空气里有没有异味。”张磊说，\n'
        '他们班组共有11名巡检员，负责的管廊\n'
        '总长度超过20公里，每人每天步行2万\n'
        '多步是常态。\n'
        '管廊内常年恒温，但空间狭长、光\n'
        '线昏暗，长时间作业容易让人疲惫。为\n'
        '此，企业工会在管廊出入口设置了职工\n'
        '休息室，配备了按摩椅、微波炉和饮水\n'
        '机，还为巡检员定制了防滑工装和护膝。\n'
        '今年入冬以来，工会又为班组送来了保\n'
        '温饭盒和暖贴。\n'
        '“工会把我们当家人，我们也要把\n'
        '管廊守好。”班组长李海峰告诉记者，\n'
        '今年班组累计发现并处置各类隐患140\n'
        '余处，没有发生一起安全事故，班组被\n'
        '评为“北京市工人先锋号”。\n'
        '\n'
    )
    (art,) = split_text(text)
    assert (art.title, art.subtitle, art.reporters) == (
        "守护城市“血管”的地下管廊巡检员", "——记城市副中心综合管廊运维班组", ["周美玉"])
    assert art.kicker.endswith("一线见闻")  # under the page's running head (工会新闻)
    assert art.text.startswith("清晨6点半，在通州区城市副中心地下约15米深处，")
    assert "“每一段管廊我们每天至少要走一遍，看管线有没有渗漏，" in art.text
    assert art.text.endswith("被评为“北京市工人先锋号”。")


def test_two_line_headlines_of_a_group_or_a_verb_and_its_time():
    text = (
        "台湖镇职工\n乒乓球联赛收拍\n本报讯（记者 阎义）12月20日，通州区台湖镇职工乒乓球联赛落幕。\n\n"
        "大兴区开展冬季\n建筑工地安全检查\n近日，大兴区总工会联合区住房城乡建设委开展冬季建筑工地安全检查。（劳动午报记者 周美玉）\n\n"
        # kickers that say something of a group stay kickers
        "礼赞劳动者\n2024年北京市五一劳动奖名单公布\n本报讯（记者 崔欣）日前，2024年北京市五一劳动奖名单公布。\n\n"
        "冬奥遗产惠职工\n延庆区职工冰雪季启幕\n本报讯（记者 马超）近日，延庆区职工冰雪季启幕。\n"
    )
    arts = split_text(text)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "台湖镇职工乒乓球联赛收拍"),
        (None, "大兴区开展冬季建筑工地安全检查"),
        ("礼赞劳动者", "2024年北京市五一劳动奖名单公布"),
        ("冬奥遗产惠职工", "延庆区职工冰雪季启幕"),
    ]


def test_a_sentence_over_the_pages_first_headline_is_its_kicker():
    marked = (
        "# 以高质量工会工作服务首都高质量发展\n\n"
        "户外劳动者“冷可取暖、渴可喝水、累可歇脚”。\n\n朝阳区暖心驿站今冬再扩容\n\n"
        "## 朝阳：“暖心驿站”升级为职工“第二个家”\n\n本报讯（记者 刘欣欣）近日，朝阳区总工会完成了一批暖心驿站的升级。\n"
    )
    (art,) = split_text(marked)
    assert (art.kicker, art.title, art.reporters) == (
        "户外劳动者“冷可取暖、渴可喝水、累可歇脚”。 朝阳区暖心驿站今冬再扩容", "朝阳：“暖心驿站”升级为职工“第二个家”", ["刘欣欣"])
    bare = (
        "劳动午报 2026年2月11日 星期三 第04版 区县工会\n\n"
        "让每一位户外劳动者都能“歇歇脚、喝口水”。\n\n海淀区今冬新增56家户外劳动者服务站点\n\n"
        "本报讯（记者 赵思远 通讯员 林晓）记者近日从海淀区总工会获悉，今冬以来，海淀区新建户外劳动者服务站点56家。\n"
    )
    (art,) = split_text(bare)
    assert (art.kicker, art.title, art.reporters) == (
        "让每一位户外劳动者都能“歇歇脚、喝口水”。", "海淀区今冬新增56家户外劳动者服务站点", ["赵思远"])


def test_a_line_over_a_dateline_is_its_headline_though_long_or_closed_by_a_full_stop():
    text = (
        "## 密云区总工会慰问水库巡护员\n\n本报讯（记者 张晶）近日，密云区总工会走进水库巡护站慰问一线巡护员。\n\n"
        "北京经济技术开发区总工会联合园区企业举办2026年新春招聘会 30家企业拿出岗位800余个\n\n"
        "本报讯（记者 白莹 通讯员 邢磊）近日，北京经济技术开发区总工会联合园区企业举办新春招聘会。\n\n"
        "房山区总工会举办职工冬季长跑比赛。\n\n"
        "本报讯（记者 闫长禄）2月7日，房山区2026年职工冬季长跑比赛在良乡镇大学城鸣枪开跑。\n\n"
        # a story's last sentence over the next brief's dateline stays its last paragraph
        "## 工会简讯\n\n本报讯（记者 马超）近日，延庆区总工会为环卫工人送去防寒用品。\n\n活动共惠及环卫工人300余名。\n\n"
        "本报讯（记者 陈曦）近日，平谷区总工会举办职工书画展。\n"
    )
    arts = split_text(text)
    assert [(a.title, a.reporters) for a in arts] == [
        ("密云区总工会慰问水库巡护员", ["张晶"]),
        ("北京经济技术开发区总工会联合园区企业举办2026年新春招聘会 30家企业拿出岗位800余个", ["白莹"]),
        ("房山区总工会举办职工冬季长跑比赛", ["闫长禄"]),
        (None, ["马超"]),
        (None, ["陈曦"]),
    ]
    assert arts[3].text.endswith("活动共惠及环卫工人300余名。")


def test_a_headline_after_an_arrow_bullet():
    (art,) = split_text("▶通州区2026年职工技能大赛启动\n本报讯（记者 孙艳）近日，通州区2026年职工职业技能大赛在永顺镇启动。\n")
    assert art.title == "通州区2026年职工技能大赛启动"


def test_lists_inside_stories_stay_their_text():
    page = (
        "劳动午报 2025年7月3日 星期四 第2版 工会新闻\n\n"
        "海淀区街镇职工服务站点地址公布\n\n本报讯（记者 赵思远）近日，海淀区总工会公布了首批站点地址如下：\n\n"
        "中关村街道职工服务站\n地址：海淀区科学院南路2号院\n温泉镇职工服务站\n地址：海淀区温泉路117号\n\n"
        "服务时间：周一至周五9:00—17:00\n\n"
        "朝阳区总工会招募职工志愿者\n\n本报讯（记者 刘欣欣）为壮大职工志愿服务力量，朝阳区总工会面向全区招募志愿者。\n\n"
        "联系人：刘晓东\n\n联系电话：010-65120000\n\n"
        "2025年北京职工体育节赛程发布\n\n本报讯（记者 白莹）记者从北京市总工会获悉，2025年北京职工体育节将于6月21日开幕。主要赛事安排如下：\n\n"
        "6月21日 开幕式暨职工健步走 奥林匹克森林公园\n\n9月 职工趣味运动会 各区分会场\n\n10月 闭幕式 北京工人体育馆\n\n"
        "关于拟认定2025年度北京市职工创新工作室的公示\n\n经基层工会推荐、专家评审，拟认定以下50家工作室。\n\n"
        "怀柔区第十五届职工文化节开幕\n\n本报讯（记者 崔欣）近日，怀柔区第十五届职工文化节开幕。活动安排如下：\n\n"
        "5月10日　职工健步走　雁栖湖环湖步道\n10月　闭幕式暨优秀节目展演　怀柔区文化馆\n\n\n\n"
        "“小候鸟”走进工会托管班\n\n近日，大兴区总工会职工子女暑期托管班在黄村镇职工之家开班。 本报记者 孙艳 摄影报道\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.kicker, a.title) for a in arts] == [
        ("article", None, "海淀区街镇职工服务站点地址公布"),
        ("article", None, "朝阳区总工会招募职工志愿者"),
        ("article", None, "2025年北京职工体育节赛程发布"),
        ("notice", None, "关于拟认定2025年度北京市职工创新工作室的公示"),
        ("article", None, "怀柔区第十五届职工文化节开幕"),
        ("photo", None, "“小候鸟”走进工会托管班"),
    ]
    assert arts[0].text.endswith("服务时间：周一至周五9:00—17:00")
    assert arts[1].text.endswith("联系电话：010-65120000")
    assert arts[2].text.endswith("10月 闭幕式 北京工人体育馆")


def test_columns_interviews_and_editors_notes():
    page = (
        "# 基层工会\n\n"
        "编者按：基层工会主席是联系职工的“最后一公里”。本报今起开设专栏。\n\n基层工会主席谈履职\n\n"
        "## “工会工作要做到职工心坎上”\n\n本报讯（记者 孙艳）在黄村镇，提起镇总工会主席王淑芬，职工都会竖起大拇指。\n\n"
        "记者：您觉得基层工会主席最重要的是什么？\n\n王淑芬：我觉得是“腿勤”。\n\n"
        "## 又一篇访谈\n\n编者按：这是一篇放在标题下的编者按。\n\n本报讯（记者 马超）近日，怀柔区总工会开展活动。\n\n"
        "律师信箱\n\n工伤认定申请有时限吗\n\n读者问：我去年在工地干活时从脚手架上摔下来，腿骨折了，现在还能申请工伤认定吗？\n\n"
        "律师答：根据《工伤保险条例》第十七条规定，职工发生事故伤害，应当在一年内提出申请。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("基层工会主席谈履职", "“工会工作要做到职工心坎上”", ["孙艳"]),
        (None, "又一篇访谈", ["马超"]),
        ("律师信箱", "工伤认定申请有时限吗", []),
    ]
    assert arts[0].text.startswith("编者按：") and "记者：您觉得" in arts[0].text
    assert arts[1].text == "编者按：这是一篇放在标题下的编者按。\n近日，怀柔区总工会开展活动。"


def test_a_page_label_and_a_feature_signed_at_its_end():
    page = (
        "\n\n要闻\n\n新春走基层\n\n除夕夜，他们守护万家归途\n\n□本报记者 王路曼 张晶\n\n"
        "除夕晚上8点，北京南站候车大厅里依然人来人往。\n\n记者：今年是第几个在岗位上过年了？\n\n客运值班员刘晓燕：这是第11个了。\n\n"
        "大兴区总工会为职工圆“微心愿”\n\n一台新电脑、一套学习用品、一次全家福拍摄……近日，大兴区总工会“点亮职工微心愿”活动启动。\n\n"
        "记者：心愿被认领后，您心里是什么感觉？\n\n刘师傅：没想到这么快就有人认领了。\n\n"
        "大兴区总工会相关负责人表示，这项活动将常态化开展。（劳动午报记者 孙艳）\n"
    )
    arts = split_text(page)
    assert [(a.banner, a.kicker, a.title, a.reporters) for a in arts] == [
        ("要闻", "新春走基层", "除夕夜，他们守护万家归途", ["王路曼", "张晶"]),
        ("要闻", None, "大兴区总工会为职工圆“微心愿”", ["孙艳"]),
    ]


def test_a_photo_item_whose_picture_a_body_supplied():
    page = (
        "## 桃农的“春耕课堂”开进果园\n\n记者 孙艳/文 赵思远/摄\n\n"
        "春分过后,平谷区大华山镇的桃园里已是一派忙碌景象。\n\n图为农技专家在果园内为果农讲解桃树修剪技术。\n\n\n\n"
        "亦庄职工的“创新集市”\n\n"
        "近日,北京经济技术开发区总工会在亦庄“工匠之家”举办首届职工创新成果展示交流会。 图片由北京经济技术开发区总工会提供\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.title, a.reporters, a.byline) for a in arts] == [
        ("article", "桃农的“春耕课堂”开进果园", ["孙艳", "赵思远"], "记者 孙艳/文 赵思远/摄"),
        ("photo", "亦庄职工的“创新集市”", [], "图片由北京经济技术开发区总工会提供"),
    ]


def test_a_continuation_under_its_headline_shortened_goes_on_with_the_story():
    issue = (
        "# 2025年4月29日 星期二 第1版：要闻\n\n劳动午报\n北京市总工会主办　劳动午报社出版\n\n"
        "## 2025年首都劳动奖状奖章和工人先锋号名单揭晓\n\n"
        "本报讯（记者 白莹）4月28日，北京市总工会召开表彰大会，100个集体、500名个人获表彰。\n\n（下转第3版）\n\n"
        "# 2025年4月29日 星期二 第3版：工会\n\n"
        "## 首都劳动奖状奖章名单揭晓\n（上接第1版）\n\n市总工会有关负责人表示，获奖集体和个人是首都广大职工的优秀代表。\n\n"
        "## 丰台区总工会为快递小哥送清凉\n\n本报讯（记者 张晶）近日，丰台区总工会为快递小哥送去清凉物品。\n"
    )
    arts = split_text(issue)
    assert [(a.title, a.reporters) for a in arts] == [
        ("2025年首都劳动奖状奖章和工人先锋号名单揭晓", ["白莹"]),
        ("丰台区总工会为快递小哥送清凉", ["张晶"]),
    ]
    assert arts[0].text.endswith("获奖集体和个人是首都广大职工的优秀代表。")
    assert "北京市总工会主办" in arts[0].banner


def test_notices_and_case_columns_on_a_legal_page():
    page = (
        "# 第05版：维权\n\n"
        "## 西城区总工会职工法律服务中心免费法律咨询公告\n\n为做好职工法律服务工作，法律服务中心即日起提供免费咨询。\n\n"
        "咨询地点：西城区职工服务中心一层\n\n特此公告。\n\n西城区总工会\n\n2024年7月10日\n\n"
        "## 三中院：劳动者“自愿放弃社保”约定无效\n\n"
        "本报讯（通讯员 蔡越）近日，北京市第三中级人民法院审结一起劳动争议上诉案件。\n\n"
        "## 公司长期拖欠工资 员工被迫辞职可获经济补偿\n\n"
        "本报讯（记者 张晶）因公司连续三个月未发工资，王某某提出辞职并要求经济补偿。\n\n"
        "【启事】东城区总工会“律师坐诊”公益法律服务每月第一、第三周的周三下午开展，欢迎职工咨询。\n\n"
        "## 海淀区总工会“律师进驿站”公益法律服务通知\n\n即日起至12月底，海淀区总工会组织律师每周三走进服务驿站。\n\n"
        "以案说法\n\n公司未支付竞业限制补偿金 员工可解除协议\n\n【案例】\n\n陈某在北京某软件公司担任研发工程师。\n\n"
        "【评析】\n\n用人单位未按约定支付竞业限制补偿金，劳动者可以解除竞业限制协议。\n\n"
        "欢迎订阅2025年下半年《劳动午报》 订报热线:010-63522213\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.kicker, a.title) for a in arts] == [
        ("notice", None, "西城区总工会职工法律服务中心免费法律咨询公告"),
        ("article", None, "三中院：劳动者“自愿放弃社保”约定无效"),
        ("article", None, "公司长期拖欠工资 员工被迫辞职可获经济补偿"),
        ("notice", None, "启事"),
        ("notice", None, "海淀区总工会“律师进驿站”公益法律服务通知"),
        ("article", "以案说法", "公司未支付竞业限制补偿金 员工可解除协议"),
    ]
    assert arts[0].text.endswith("西城区总工会\n2024年7月10日")
    assert arts[2].text.endswith("要求经济补偿。")
    assert arts[5].text.startswith("【案例】") and arts[5].text.endswith("可以解除竞业限制协议。")


def test_the_papers_own_items_are_notices():
    page = (
        "# 第04版：工会\n\n"
        "## 更正\n\n本报7月16日第3版刊发的《长阳镇工会开展职工心理健康讲座》一文中，“本报记者 孙艳”应为“本报记者 孙妍”，特此更正。\n\n"
        "## 工会法知识有奖竞答\n\n为深入学习宣传工会法，本报特举办有奖竞答活动。\n\n1.工会是（ ）自愿结合的工人阶级的群众组织。\n\n"
        "## 北京工会12351APP 职工身边的“娘家人”\n\n会员服务 一键办理\n\n扫描二维码 立即下载\n\n"
        "扫码关注劳动午报\n\n[二维码]\n\n劳动午报微信公众号\n\n及时获取首都工会新闻 第一时间了解职工服务信息\n\n"
        "京津冀工会签署职工技能竞赛合作协议\n\n本报讯(记者 白莹) 近日，北京市总工会、天津市总工会、河北省总工会在天津签署合作协议。\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.title) for a in arts] == [
        ("notice", "更正"),
        ("notice", "工会法知识有奖竞答"),
        ("notice", "北京工会12351APP 职工身边的“娘家人”"),
        ("article", "京津冀工会签署职工技能竞赛合作协议"),
    ]
    assert arts[3].reporters == ["白莹"] and "二维码" not in (arts[3].kicker or "")


def test_a_list_of_names_and_a_tip_box_are_no_stories():
    page = (
        "# 第03版：要闻·服务\n\n"
        "## 本市劳模推荐对象名单今起公示\n\n本报讯(记者 刘欣欣) 记者从市总工会获悉,2025年北京市劳动模范推荐对象名单今起公示。\n\n"
        "## 2025年北京市劳动模范推荐对象公示名单(部分)\n\n东城区\n\n丁建平 北京京城环宇物业管理有限公司工程部主管\n\n"
        "西城区\n\n王雪梅(女) 北京市西城区德胜街道社区卫生服务中心护士长\n\n"
        "\n\n\n金海湖畔学技能\n\n近日,平谷区总工会在金海湖镇举办民宿服务技能培训班,50余名民宿从业人员参加。 通讯员 王静 摄影报道\n\n"
        "温馨提示\n\n求职季也是招聘陷阱高发期。求职者要通过正规渠道获取招聘信息,警惕以收取培训费为名义的招聘骗局。\n\n"
        "## 北京工会援疆技能培训班在和田开班\n\n本报讯(记者 陈曦) 近日,由北京市总工会主办的援疆职工技能培训班在新疆和田地区开班。\n\n"
        "温馨提示\n\n报名截止日期为3月31日。\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.title) for a in arts] == [
        ("article", "本市劳模推荐对象名单今起公示"),
        ("notice", "2025年北京市劳动模范推荐对象公示名单(部分)"),
        ("photo", "金海湖畔学技能"),
        ("notice", None),
        ("article", "北京工会援疆技能培训班在和田开班"),
    ]
    assert arts[3].text.startswith("温馨提示\n求职季")
    assert arts[4].text.endswith("温馨提示\n报名截止日期为3月31日。")  # under a story: its box


def test_a_picture_between_a_headline_and_its_lead():
    page = (
        "第08版：综合\n"
        "　　区总工会相关负责人表示，今年将继续推动改善一线职工的生产生活条件。\n"
        "海淀：职工春季健步走活动启动\n"
        "图为职工们在颐和园外围步道健步走。本报记者 任洁 摄\n"
        "本报讯（记者 任洁）3月30日，海淀区2024年职工春季健步走活动在颐和园启动。\n"
        "本次活动由海淀区总工会主办，活动期间将在全区设置10条健步走线路。\n"
        "房山区总工会为一线职工送去“清凉包”\n"
        "图为工会干部为环卫工人发放防暑物品。　通讯员 张宏伟 摄\n"
        "本报讯（记者 闫长禄）近日，房山区总工会启动2024年“夏送清凉”活动。\n"
        "把“小事”办成职工心里的“大事”\n"
        "□ 晓言\n"
        "一个服务站点、一碗绿豆汤……在不少人看来，这些都是工会工作中的“小事”。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.photographers, a.correspondents) for a in arts[1:]] == [
        ("海淀：职工春季健步走活动启动", ["任洁"], ["任洁"], []),
        ("房山区总工会为一线职工送去“清凉包”", ["闫长禄"], ["张宏伟"], ["张宏伟"]),
        ("把“小事”办成职工心里的“大事”", [], [], []),
    ]
    assert arts[2].text.startswith("图为工会干部为环卫工人发放防暑物品。\n近日，房山区总工会")
    assert arts[3].byline == "□ 晓言" and arts[3].text.startswith("一个服务站点")


def test_a_long_headline_over_a_short_one_is_no_wrapped_headline():
    page = (
        "第05版：基层\n"
        "东城区体育馆路街道为户外劳动者提供爱心午餐\n"
        "暖心午餐\n"
        "　　本报讯（记者 陈曦）近日，东城区体育馆路街道总工会联合辖区社区食堂推出“户外劳动者爱心午餐”。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title) == ("东城区体育馆路街道为户外劳动者提供爱心午餐", "暖心午餐")


def test_a_short_post_copied_with_its_qr_prompt_stays_a_story():
    (art,) = split_text("## 工会驿站上新了\n\n近日，朝阳区望京街道的工会驿站新增了微波炉和充电柜。\n\n扫码关注劳动午报\n")
    assert (art.kind, art.title) == ("article", "工会驿站上新了")


def test_a_headline_with_a_stray_full_stop_over_a_dated_dateline():
    arts = split_text("## 密云区总工会慰问水库巡护员\n\n本报讯（记者 张晶）近日，密云区总工会慰问一线巡护员。\n\n"
                      "房山区总工会举办职工冬季长跑比赛。\n\n"
                      "2月7日讯（记者 闫长禄）今天，房山区2026年职工冬季长跑比赛在良乡镇鸣枪开跑。\n")
    assert [(a.title, a.reporters) for a in arts] == [
        ("密云区总工会慰问水库巡护员", ["张晶"]), ("房山区总工会举办职工冬季长跑比赛", ["闫长禄"])]


def test_a_front_pages_weather_line_is_masthead():
    page = (
        "# 弘扬劳模精神 劳动精神 工匠精神\n\n"
        "劳动午报 北京市总工会主办 2025年1月14日 星期二 今日8版\n\n"
        "今日天气 晴转多云 北风三四级 最高气温3℃ 最低气温-8℃\n\n"
        "## 天气越来越冷 职工心里暖\n\n"
        "本报讯(记者 孙艳) 近日,大兴区总工会为1200名环卫工人送去冬衣。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [("天气越来越冷 职工心里暖", ["孙艳"])]
    assert "最高气温3℃" in arts[0].banner


def test_a_guides_entries_with_a_bare_page_number_are_furniture():
    page = (
        "# 第01版：要闻\n\n导读\n\n▶ 海淀工会为新业态劳动者送上免费体检 2版\n\n▶ 经开区技术工人夜校开课 3版\n\n"
        "今日天气：晴转多云 北风二三级 最高气温26℃ 最低气温13℃\n\n弘扬劳模精神 凝聚奋进力量\n\n"
        "## 首都庆祝“五一”国际劳动节暨劳模表彰大会举行\n\n"
        "本报讯（记者 白莹 陈曦）4月29日，首都庆祝“五一”国际劳动节暨劳模表彰大会举行。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title) for a in arts] == [("弘扬劳模精神 凝聚奋进力量", "首都庆祝“五一”国际劳动节暨劳模表彰大会举行")]
    assert "夜校" not in (arts[0].banner or "") + arts[0].text


def test_a_photo_spread_after_a_signed_feature_is_an_item_of_its_own():
    page = (
        "## 急诊科护士长的“五一”：把团圆留给患者\n\n□本报记者　周美玉　通讯员　范静\n\n"
        "4月29日上午9点，房山区良乡医院急诊科的候诊区已经坐满了患者。\n\n"
        "医院工会为急诊科、重症医学科等科室送去了水果和节日慰问金。\n\n"
        "节日里，城市守护者在岗位上\n\n"
        "①4月29日，公交驾驶员在顺义区后沙峪公交场站进行出车前安全检查。\n\n"
        "②北京站候车大厅内，客运值班员为老年旅客引路。\n\n"
        "③昌平区回龙观街道一处社区快递驿站，快递员正在分拣包裹。\n\n"
        "本报记者　于佳　摄\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.kind) for a in arts] == [
        ("急诊科护士长的“五一”：把团圆留给患者", ["周美玉"], "article"),
        ("节日里，城市守护者在岗位上", ["于佳"], "photo"),
    ]
    assert arts[0].text.endswith("节日慰问金。")


def test_numbered_list_under_a_crosshead_stays_in_its_story():
    page = (
        "## 顺义区总工会推出三项举措\n\n□本报记者　周美玉\n\n近日，顺义区总工会推出服务职工三项举措。\n\n"
        "具体举措如下\n\n①开通12351热线分线。\n\n②设立法律服务站。\n\n③组建志愿服务队。\n"
    )
    arts = split_text(page)
    assert [a.title for a in arts] == ["顺义区总工会推出三项举措"]


def test_photo_items_after_a_story_with_a_picture_of_its_own():
    page = (
        "## 老山街道总工会开展职工心理健康讲座\n\n"
        "本报讯（记者 张晶）近日，石景山区老山街道总工会邀请心理咨询师走进辖区企业，为60余名职工开展讲座。\n\n"
        "图为职工在心理咨询师带领下进行放松练习。 本报记者 张晶 摄\n\n\n\n"
        "6月15日，天津港集装箱码头的桥吊司机在高温下作业，确保港口生产平稳有序。 新华社发（李贺 摄）\n\n\n\n"
        "门头沟职工新春写福字\n\n"
        "图①:春节前夕,门头沟区大峪街道总工会为职工现场书写福字和春联。 图/本报记者 刘欣欣\n\n"
        "图②:一名环卫工人展示刚刚领到的福字。 图/通讯员 赵磊\n\n\n\n"
        "石景山职工技能大赛掠影\n\n"
        "①5月22日,石景山区职工职业技能竞赛焊工比赛在首钢园区举行。 本报记者 张晶 摄\n\n"
        "②电工比赛中,选手完成照明电路的安装与调试。 通讯员 李明 摄\n\n"
        "③中式烹调师比赛现场,一名选手展示刀工技艺。 本报记者 王路曼 摄\n"
    )
    arts = split_text(page)
    assert [(a.title, a.kind, a.reporters, a.correspondents) for a in arts] == [
        ("老山街道总工会开展职工心理健康讲座", "article", ["张晶"], []),
        (None, "photo", [], []),  # an agency's picture, no headline
        ("门头沟职工新春写福字", "photo", ["刘欣欣"], ["赵磊"]),  # a photo spread under a story signed already
        ("石景山职工技能大赛掠影", "photo", ["张晶", "王路曼"], ["李明"]),  # each picture credited: one spread
    ]
    assert arts[0].text.endswith("图为职工在心理咨询师带领下进行放松练习。")


def test_unmarked_issue_kickers_labels_and_crossheads():
    page = (
        "第07版　劳动者之歌\n\n大国工匠\n\n在“毫米”之间追求极致\n\n——记全国劳动模范、高级技师刘卫东\n\n本报记者 白莹\n\n"
        "清晨的车间里，刘卫东已经站在机床前。\n\n"
        "第02版　要闻\n\n市总工会部署元旦春节送温暖活动\n\n"
        "本报讯（记者 白莹）12月19日，北京市总工会召开送温暖活动部署会。\n\n"
        "慰问资金向一线倾斜\n\n根据部署，今年“两节”送温暖活动坚持“普遍慰问、重点帮扶”原则。\n\n"
        "服务活动贯穿“两节”\n\n今年送温暖期间，各级工会还将组织开展主题系列活动。\n\n"
        "怀柔职工雪场撒欢迎新年\n\n"
        "12月16日，怀柔区总工会在怀北国际滑雪场举办职工冰雪体验活动。 文/本报记者 崔欣　图/通讯员 韩冰\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("大国工匠", "在“毫米”之间追求极致", ["白莹"]),  # a label over a headline, each on its own line
        (None, "市总工会部署元旦春节送温暖活动", ["白莹"]),  # its crossheads stay in it
        (None, "怀柔职工雪场撒欢迎新年", ["崔欣"]),
    ]
    assert "服务活动贯穿“两节”" in arts[1].text and arts[2].correspondents == ["韩冰"]


def test_a_guides_entries_pointing_to_a_page_without_its_number_word():
    page = ("劳动午报\n\n2024年3月14日 星期四 今日8版\n\n# 第01版 要闻\n\n导读\n\n"
            "●试用期内被辞退 能否要求经济补偿? (见2版)\n\n●预付卡消费牢记“五不要” (见3版)\n\n"
            "今日天气 晴转多云 北风二三级 最高气温17℃\n\n“3·15”前夕 市总工会启动职工维权服务月\n\n"
            "## 法律服务“送上门”\n\n本报讯(记者 白莹) 3月13日,北京市总工会启动职工维权服务月活动。\n")
    arts = split_text(page)
    assert [(a.kicker, a.title) for a in arts] == [("“3·15”前夕 市总工会启动职工维权服务月", "法律服务“送上门”")]


@pytest.mark.parametrize("page, reporters, correspondents", [
    ("## 古城街道工会义诊\n\n近日,石景山区古城街道总工会开展职工义诊活动。\n\n据了解,义诊将持续到年底。(记者\n\n张晶)\n", ["张晶"], []),
    ("## 劲松街道亲子运动会\n\n近日，朝阳区劲松街道总工会举办职工家庭亲子运动会。（记者 崔欣 通讯员 李\n\n明）\n", ["崔欣"], ["李明"]),
    ("## 什刹海的胡同“导览员”\n\n□本报记者 李\n\n一然\n\n在西城区什刹海街道,有这样一群人。\n", ["李一然"], []),
    ("## 密云水库边的“守水人”\n\n本报记者 王路曼/文 白\n\n莹/摄\n\n清晨6点,溪翁庄镇的山路上还笼罩着薄雾。\n", ["王路曼", "白莹"], []),
    ("## 小汤山镇农民工夜校开课\n\n文/本报记者 周美玉 图/通讯\n\n员 赵宇\n\n近日,昌平区小汤山镇总工会“农民工夜校”开课。\n",
     ["周美玉"], ["赵宇"]),
    ("中关村工地上的“清凉驿站”\n\n近日,海淀区中关村街道总工会为120余名建筑工人送去防暑降温物品。 本报记者\n\n赵思远 摄影报道\n",
     ["赵思远"], []),
    ("## 丰台区劳模创新工作室“师带徒”结对\n\n本报讯(实习\n\n记者 李一然 通讯员 马骁)近日,丰台区总工会在卢沟桥街道举办结对签约仪式。\n",
     ["李一然"], ["马骁"]),
])
def test_credits_cut_by_a_break(page, reporters, correspondents):
    (art,) = split_text(page)
    assert (art.reporters, art.correspondents) == (reporters, correspondents)
    assert "赵思远" not in art.text and "张晶" not in art.text and "一然" not in art.text


def test_a_credit_after_a_web_copys_field_is_not_joined_to_it():
    page = ("大兴国际机场地勤职工迎战首场降雪\n北京日报客户端 | 作者 陈曦\n2026-11-25 08:20\n来源：劳动午报\n"
            "本报记者 陈曦 摄影报道\n11月24日夜间，北京迎来今冬首场降雪。在大兴国际机场，地勤保障职工连夜作业。\n")
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("大兴国际机场地勤职工迎战首场降雪", ["陈曦"])


def test_the_papers_correction_and_a_photo_with_its_credit_underneath():
    page = (
        "## 公司以“末位淘汰”为由解除合同合法吗？\n\n读者刘先生问：我在一家销售公司工作了5年。\n\n律师答：用人单位单方解除劳动合同，必须有法定事由。\n\n"
        "（本报记者 马春燕 整理）\n\n更正\n\n本报3月18日第6版《石景山职工冰雪季收官》一文中，参与职工人数有误。特此更正。\n\n"
        "## 全市工会“两节”送温暖活动全面启动\n\n本报讯（记者　白莹）记者从北京市总工会获悉，送温暖活动全面启动。\n\n\n\n\n"
        "今天是2025年春运首日。在北京南站，车站客运值班员张颖正在为旅客提供问询服务。\n本报记者　王路曼　摄影报道\n"
    )
    arts = split_text(page)
    assert [(a.title, a.kind, a.reporters) for a in arts] == [
        ("公司以“末位淘汰”为由解除合同合法吗？", "article", ["马春燕"]),
        ("更正", "notice", []),
        ("全市工会“两节”送温暖活动全面启动", "article", ["白莹"]),
        (None, "photo", ["王路曼"]),
    ]


def test_a_jump_marker_without_brackets_and_a_box_of_bare_briefs():
    page = (
        "# 第01版:要闻\n\n## 丰台千名职工学用灭火器\n\n"
        "本报讯(记者 张晶) 11月7日,丰台区总工会联合区消防救援支队开展消防培训,压下压把\n\n下转2版\n\n"
        "# 第02版:要闻\n\n## 丰台千名职工学用灭火器\n\n(上接1版)\n\n培训现场,消防救援人员讲解了电动自行车充电安全知识。\n\n"
        "东城职工学习情绪管理\n\n本报讯 近日,东城区总工会在和平里街道职工服务中心举办职工心理健康讲座。\n\n"
        "平谷职工棋赛落幕\n\n日前,平谷区第十二届职工象棋比赛在平谷区工人文化宫落幕。\n\n"
        "编辑/杜鹃 校对/赵丽\n\n\n\n"
        "燃气巡检员走进胡同\n\n入冬以来，北京燃气集团第二分公司工会组织志愿者走进西城区什刹海街道，为居民检查燃气管线。\n\n"
        "通讯员　张宇　摄影报道\n\n"
        "北京工会12351　职工服务一键通\n\n扫码下载北京工会12351APP，入会、普惠、帮扶、维权服务随时办。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.kind) for a in arts] == [
        ("丰台千名职工学用灭火器", "article"),  # one story across the jump
        ("东城职工学习情绪管理", "article"),
        ("平谷职工棋赛落幕", "article"),  # the next brief under a bare headline
        ("燃气巡检员走进胡同", "photo"),
        ("北京工会12351　职工服务一键通", "notice"),  # an advert of one sentence
    ]
    assert arts[0].text.endswith("电动自行车充电安全知识。") and "杜鹃" not in arts[2].text


def test_an_obituarys_signature_is_no_headline():
    page = ("## 征稿启事\n\n本版征集职工摄影作品。\n\n讣告\n\n北京市总工会原副主席沈国华同志，因病医治无效，不幸逝世。\n\n"
            "特此讣告\n\n北京市总工会\n\n2024年5月14日\n")
    arts = split_text(page)
    assert [(a.title, a.kind) for a in arts] == [("征稿启事", "notice"), ("讣告", "notice")]


def test_boxes_of_briefs_tagged_or_bulleted_without_headlines():
    page = (
        "## 海淀区职工创新工作室联盟成立\n\n本报讯(记者 孙艳) 近日,海淀区职工创新工作室联盟成立。\n\n"
        "【区县速递】\n\n【朝阳】近日,朝阳区十八里店地区总工会举办职工乒乓球比赛。(记者 马超)\n\n"
        "【房山】日前,房山区窦店镇总工会走进辖区12家企业为职工义诊。\n\n"
        "工会新闻一句话\n\n■ 海淀区温泉镇总工会近日举办职工厨艺大赛,20名职工参赛。\n\n"
        "■ 市总工会日前公布今年首批“职工之家”示范点名单。(记者 白莹)\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("海淀区职工创新工作室联盟成立", ["孙艳"]), (None, ["马超"]), (None, []), (None, []), (None, ["白莹"])]
    assert "区县速递" not in arts[0].text and "一句话" not in arts[2].text


def test_an_apps_slogans_on_a_line_of_their_own_are_chrome():
    page = ("高温下的“电力蓝”\n\n7月15日，国网北京西城供电公司的作业人员在金融街附近一处配电室开展设备巡检。"
            "　本报记者　赵思远　摄影报道\n\n北京工会12351　会员服务一键办理　扫码下载APP\n\n本版编辑　孟宁　校对　刘颖\n\n"
            "# 第02版：要闻\n\n（上接第1版）在保障职工权益方面，各级工会将加强与用人单位的沟通。\n\n"
            "## 全总部署做好新就业形态劳动者夏季防暑工作\n\n据新华社电　中华全国总工会日前印发通知。\n")
    arts = split_text(page)
    assert [a.title for a in arts if a.title] == ["高温下的“电力蓝”", "全总部署做好新就业形态劳动者夏季防暑工作"]
    assert not any("12351" in (a.title or "") + a.text for a in arts)


def test_a_headless_photo_item_whose_credit_is_a_paragraph_of_its_own():
    page = ("## 守护“大国重器”的80后工程师\n\n□首席记者　赵思远\n\n如今，孟凡宇已经带出了6名徒弟。\n\n\n\n"
            "重阳节即将到来之际，通州区张家湾镇总工会组织职工志愿者走进敬老院。\n\n本报记者　刘欣欣/摄\n\n"
            "## 石景山区总工会为20对职工新人举办集体婚礼\n\n本报讯（记者　田雨）“我愿意！”近日，在石景山区举行集体婚礼。\n")
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("守护“大国重器”的80后工程师", ["赵思远"]), (None, ["刘欣欣"]), ("石景山区总工会为20对职工新人举办集体婚礼", ["田雨"])]


def test_a_pdf_copy_with_two_line_heads_bylines_as_wide_as_the_column_and_credits_after_captions():
    # headlines broken over two lines by the PDF's column (subject 赴 destination / predicate,
    # a group of people / predicate, a verb's year / object, 首个… / its noun); a byline line as
    # wide as the column over a news lead; a lead opening 9月中旬; a caption closed by 摄影 吴昊
    col = 20
    def story(head, byline, body):
        return head + ([byline] if byline else []) + _hard_wrap(body, col)
    para = "，区总工会为一线职工送去慰问品，职工们纷纷表示感谢，工会干部还详细了解了职工的工作和生活情况。"
    lines = ["劳动午报  2025年9月18日 星期四  第3版  区县工会   编辑 刘洋  校对 张帆", ""]
    lines += story(["打造“15分钟暖心服务圈”", "和平街街道建成首个新就业形态", "劳动者综合服务站"], None,
                   "本报讯（记者 孙艳 通讯员 郑凯）近日，和平街街道总工会建成首个新就业形态劳动者综合服务站" + para)
    lines += story(["门头沟区总工会赴科右前旗", "开展对口帮扶"], None, "本报讯（记者 马超）9月上旬" + para)
    lines += story(["城市副中心建设者", "迎来“中秋家宴”"], None, "本报讯（记者 崔欣）9月19日晚" + para)
    lines += story(["全总部署开展2025年", "“金秋助学”活动"], None, "本报综合消息 近日" + para)
    lines += story(["长阳镇一线职工", "上了一堂“解压课”"], "文/本报记者 张晶 图/通讯员 刘涛", "近日" + para)
    lines += story(["劳动者风采", "金海湖畔桃农的“丰收季”"], "本报记者 刘欣欣 摄影报道", "9月中旬" + para)
    lines += _hard_wrap("八角街道为劳模家庭拍摄“全家福”", 16)
    lines += _hard_wrap("近日，八角街道总工会邀请专业摄影师走进辖区劳模家中，为劳模家庭拍摄“全家福”，并将照片送到劳模手中。 摄影 吴昊", col)
    lines += story(["全市百家职工服务驿站", "推出“中秋暖心餐”"], None, "本报讯（记者 刘欣欣 周美玉）中秋节当天" + para)
    arts = split_text("\n".join(lines) + "\n3\n")
    assert [(a.title, a.reporters) for a in arts] == [
        ("和平街街道建成首个新就业形态劳动者综合服务站", ["孙艳"]),
        ("门头沟区总工会赴科右前旗开展对口帮扶", ["马超"]),
        ("城市副中心建设者迎来“中秋家宴”", ["崔欣"]),
        ("全总部署开展2025年“金秋助学”活动", []),
        ("长阳镇一线职工上了一堂“解压课”", ["张晶"]),
        ("金海湖畔桃农的“丰收季”", ["刘欣欣"]),
        ("八角街道为劳模家庭拍摄“全家福”", []),
        ("全市百家职工服务驿站推出“中秋暖心餐”", ["刘欣欣", "周美玉"]),
    ]
    assert arts[6].photographers == ["吴昊"] and arts[6].text.endswith("送到劳模手中。")


def test_a_wechat_posts_account_lines_symbols_and_bracketed_source_with_its_reporter():
    page = "\n".join([
        "朝阳区第十届职工职业技能大赛开赛",
        "原创 朝阳工会 北京朝阳工会",
        "2025年04月18日 17:30 北京",
        "点击蓝字 关注我们",
        "👇",
        "本报讯（记者 刘欣欣）4月17日，朝阳区第十届职工职业技能大赛开赛，2600余名职工参赛。",
        "",
        "朝阳区总工会副主席汪涛表示，区总工会将以技能大赛为抓手，持续推进产业工人队伍建设改革。",
        "",
        "来源：劳动午报",
        "分享 收藏 在看 点赞",
        "",
        "",
        "未来科学城首批职工创新工作室集中揭牌",
        "北京昌平工会  2025-05-12 17:30  北京",
        "▼",
        "5月10日，昌平区总工会在未来科学城举行职工创新工作室集中揭牌仪式，8家职工创新工作室首批挂牌。",
        "",
        "聚焦“卡脖子”难题",
        "",
        "据了解，此次揭牌的工作室均由劳模、工匠或高级技术人员领衔，团队成员共计160余人。",
        "",
        "来源：昌平区总工会",
        "",
        "🎉🎉🎉",
        "",
        "回天地区新就业形态劳动者集中入会",
        "7月2日，昌平区总工会在天通苑北街道举办集中入会活动，280余人现场加入工会组织。",
        "（来源：劳动午报 记者 马超）",
        "编辑：郭佳 审核：赵敏",
    ]) + "\n"
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("朝阳区第十届职工职业技能大赛开赛", ["刘欣欣"]),
        ("未来科学城首批职工创新工作室集中揭牌", []),
        ("回天地区新就业形态劳动者集中入会", ["马超"]),
    ]
    assert arts[1].text.split("\n")[1] == "聚焦“卡脖子”难题"  # its crosshead: 据了解，此次… goes on
    assert not any(ch in a.text for a in arts for ch in "👇▼🎉")


def test_an_ocr_copy_of_a_narrow_column_wrapped_at_varying_widths():
    # an OCR program's lines vary in length with the characters in them (12 to 14 here); the
    # page's label and number head it
    def ocr_wrap(paragraph):
        lines, i, k = [], 0, 0
        while i < len(paragraph):
            width = (12, 14, 13)[k % 3]
            lines.append(paragraph[i:i + width])
            i, k = i + width, k + 1
        return lines
    stories = [
        ("聚焦“五小”创新成果", "经开区职工创新成果集中亮相",
         "本报讯(记者 周美玉)近日，北京经济技术开发区总工会在亦庄职工服务中心举办职工“五小”创新成果展示交流活动，"
         "来自区内42家企业的136项创新成果集中亮相，吸引了近500名职工现场观摩。华拓生物设备工程师韩立军展示的清洗装置，"
         "将单台设备清洗时间由4小时缩短至1.5小时，每年可为企业节约成本60余万元。"),
        (None, "魏善庄镇总工会为快递小哥送“清凉包”",
         "本报讯(记者 孙艳)连日来，京城持续高温。6月10日，魏善庄镇总工会走进辖区快递网点和外卖站点，"
         "为300余名快递小哥、外卖骑手送去装有藿香正气水、防晒袖套、毛巾等物品的“清凉包”。据了解，"
         "魏善庄镇总工会今年在镇域内设立了6个户外劳动者服务站点，全天候向户外劳动者开放。"),
    ]
    lines = ["劳动午报", "2024年6月12日 星期三", "工会新闻 3"]
    for kicker, title, body in stories:
        lines += ([kicker] if kicker else []) + [title] + ocr_wrap(body)
    # a commentary's headline as long as the column's lines, over its signature (□ read as 口)
    commentary = ("近年来，随着平台经济快速发展，快递员、外卖骑手、网约车司机等新就业形态劳动者队伍不断壮大。"
                  "工会组织只有真正走近劳动者、倾听劳动者，才能赢得劳动者的信赖。")
    lines += ["让新就业形态劳动者更有归属感", "口 李强"] + ocr_wrap(commentary)
    arts = split_text("\n".join(lines) + "\n")
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("聚焦“五小”创新成果", "经开区职工创新成果集中亮相", ["周美玉"]),
        (None, "魏善庄镇总工会为快递小哥送“清凉包”", ["孙艳"]),
        (None, "让新就业形态劳动者更有归属感", []),
    ]
    assert arts[2].byline == "□ 李强"
    # (a line that happens to end a sentence may end a paragraph: the text is whole either way)
    assert [a.text.replace("\n", "") for a in arts] == [
        *(body[body.index(")") + 1:] for _k, _t, body in stories), commentary]
    assert all(para.endswith("。") for a in arts for para in a.text.split("\n"))
    assert [a.repairs for a in arts] == [[], [], []]  # the copy's lines, joined before: no page breaks
    assert "工会新闻 3" in arts[0].banner



def test_a_scraped_list_numbered_in_brackets_and_a_notice_run_into_its_text():
    page = "\n".join([
        "【1】溪翁庄镇工会为水库巡护员送装备",
        "<p>本报讯（记者 王路曼）近日，溪翁庄镇总工会为30名水库巡护员送去冲锋衣和巡护装备。</p>",
        "<br>",
        "【2】环球度假区千余名一线员工技能&ldquo;大练兵&rdquo;",
        "<p>本报讯（记者 刘欣欣）近日，北京环球度假区工会组织千余名一线员工开展技能练兵。</p>",
        "<br>",
        "<p>遗失声明：北京某某物流有限公司不慎遗失工会法人资格证书副本，特此声明作废。</p>",
    ]) + "\n"
    arts = split_text(page)
    assert [(a.kind, a.title, a.reporters) for a in arts] == [
        ("article", "溪翁庄镇工会为水库巡护员送装备", ["王路曼"]),
        ("article", "环球度假区千余名一线员工技能“大练兵”", ["刘欣欣"]),
        ("notice", None, []),
    ]


def test_a_features_last_crosshead_over_paragraphs_its_pictures_credit_closes_stays_in_it():
    page = "\n\n".join([
        "## 大厨王海燕的“宴会味道”", "——记北京市劳动模范、北京雁栖湖会议中心行政总厨王海燕", "□本报记者 崔欣",
        "雁栖湖畔,秋意渐浓。上午10点,北京雁栖湖会议中心的后厨里已经忙碌起来。",
        "果乡姑娘学厨艺", "王海燕出生在平谷区大华山镇,家里种了几亩桃树。初中毕业后,她考进了职业学校学烹饪。",
        "“把怀柔的味道做出去”", "2014年,雁栖湖国际会都建成,王海燕作为技术骨干来到这里。",
        "“带出一支‘娘子军’”", "2019年,酒店工会为王海燕成立了劳模创新工作室,已培养出中式烹调高级技师3名。",
        "“以前大家都觉得后厨是男人的天下,现在我们女厨师也能挑大梁。”徒弟张璐说。",
        "怀柔区总工会有关负责人表示,区总工会将持续做好劳模服务工作。", "图/通讯员 杨帆",
    ]) + "\n"
    (art,) = split_text(page)
    assert (art.title, art.reporters, art.photographers) == ("大厨王海燕的“宴会味道”", ["崔欣"], ["杨帆"])
    assert "“带出一支‘娘子军’”" in art.text.split("\n")


# An OCR copy of a narrow column (about 12 characters, ±2), paragraphs not indented: the page's
# name under its masthead (the number misread), a kicker as wide as the column over a head in
# two parts, a byline cut after its role word, and one cut between two whole names.
OCR_NARROW_PAGE = (
    "2024年4月30日 星期二 劳动午报 T\n劳动者之歌\n\n"
    "庆祝“五一”国际劳动节\n劳模工匠进校园 讲述奋斗故事\n本报讯（记者\n孙艳）4月28日，东城区总工\n"
    "会组织6名全国和北京市\n劳动模范、大国工匠走进北\n京市第二中学，与500余名师\n生面对面交流，讲述自己\n"
    "在平凡岗位上拼搏奋斗的故事。\n东城区总工会相关负责人表\n示，开展劳模工匠进校园\n活动，旨在让青少年近距离感受\n"
    "劳模精神、劳动精神和工匠\n精神，从小树立热爱劳动、\n尊重劳动的观念。\n\n"
    "首都劳动奖状、奖章和\n工人先锋号获得者受表彰\n——100个集体、600名个人和200个班组获此殊荣\n"
    "本报讯（记者 赵思远\n张晶）4月26日，2〇24年首\n都劳动奖状、奖章和工人先\n锋号表彰大会召开。会议表\n"
    "彰了获得首都劳动奖状的100\n个集体。\n"
)


def test_an_ocr_page_of_a_narrow_column_without_indents():
    arts = split_text(OCR_NARROW_PAGE)
    assert [(a.kicker, a.title, a.subtitle, a.reporters) for a in arts] == [
        ("庆祝“五一”国际劳动节", "劳模工匠进校园 讲述奋斗故事", None, ["孙艳"]),
        (None, "首都劳动奖状、奖章和工人先锋号获得者受表彰", "——100个集体、600名个人和200个班组获此殊荣", ["赵思远", "张晶"]),
    ]
    assert arts[0].banner == "2024年4月30日 星期二 劳动午报 T 劳动者之歌"


@pytest.mark.parametrize("cut, reporters", [
    ("本报讯（记者 赵思远\n张晶）", ["赵思远", "张晶"]),  # two whole names: a space between them
    ("本报讯（记者 周美\n玉）", ["周美玉"]),  # a name cut in two
    ("本报讯（记者 孙艳 通讯员\n赵雪）", ["孙艳"]),
])
def test_a_byline_a_narrow_column_cut_between_or_inside_names(cut, reporters):
    (art,) = split_text(f"## 首都劳动奖状获得者受表彰\n{cut}4月26日，首都劳动奖状、奖章和工人先锋号表彰大会召开。\n")
    assert art.reporters == reporters


@pytest.mark.parametrize("name, banner", [
    ("区县工会", True), ("职工生活", True), ("综合新闻", True),
    ("喜迎国庆", False),  # a kicker under the masthead, no page's name
])
def test_a_pages_name_under_its_masthead_is_the_banners(name, banner):
    page = (f"2〇23年12月19日 星期二 劳动午报 B\n{name}\n“五小”创新激活一线智慧\n"
            "本报讯（记者 刘欣欣）近日，经开区一家新能源汽车企业的班组创新成果获得国家专利。\n")
    (art,) = split_text(page)
    assert (art.kicker is None, art.banner.endswith(name)) == (banner, banner)
    assert art.title == "“五小”创新激活一线智慧"


def test_records_of_newspaper_databases_in_english_fields_and_tables():
    english = (
        "Export: 2 record(s) | Database: Chinese Newspapers Full-text | 2024-06-20 10:42\n\n"
        "Title: 石景山区第十届职工文化节在首钢园开幕——百余项活动将持续至10月\nAuthor: 张晶\nSource: 劳动午报\n"
        "Date: 2024-06-12\nPage: 05\n\n"
        "本报讯（记者 张晶）6月8日，石景山区第十届职工文化节在首钢园三高炉广场开幕。\n\n"
        "Title: 亦庄建设工地万名职工喝上“清凉饮”\nAuthor: 孙艳; 宋佳\nSource: 劳动午报\nDate: 2024-06-12\n\n"
        "本报讯（记者 孙艳 通讯员 宋佳）连日来，北京经济技术开发区总工会启动“夏送清凉”活动。\n"
    )
    arts = split_text(english)
    assert [(a.title, a.subtitle, a.reporters) for a in arts] == [
        ("石景山区第十届职工文化节在首钢园开幕", "——百余项活动将持续至10月", ["张晶"]),
        ("亦庄建设工地万名职工喝上“清凉饮”", None, ["孙艳"]),
    ]
    table = (
        "标题\t作者\t日期\r\n"
        "房山区职工“健步走”活动在青龙湖畔举行\t闫长禄\t2024-10-15\r\n"
        "　　本报讯（记者 闫长禄）10月12日，房山区总工会职工“健步走”活动在青龙湖公园举行。\r\n\r\n"
        "三里屯街道工会驿站变身“职工加油站”\t本报记者 刘欣欣 通讯员 何佳\t2024-10-15\r\n"
        "　　走进位于三里屯街道的一处工会驿站，记者看到，职工正在听微课。\r\n"
    )
    arts = split_text(table)
    assert [(a.title, a.reporters) for a in arts] == [
        ("房山区职工“健步走”活动在青龙湖畔举行", ["闫长禄"]), ("三里屯街道工会驿站变身“职工加油站”", ["刘欣欣"])]
    assert "2024-10-15" not in arts[1].text


def test_a_records_kicker_field_after_its_title_is_its_kicker():
    record = (
        "5. 青云店镇总工会为职工子女送上“开学礼包”\n引题：迎接新学期\n作者：首席记者 孙艳\n来源：劳动午报\n"
        "日期：2024-09-03\n正文：\n本报讯（首席记者 孙艳）开学季来临之际，青云店镇总工会开展“金秋助学”活动。\n"
    )
    (art,) = split_text(record)
    assert (art.kicker, art.title, art.reporters) == ("迎接新学期", "青云店镇总工会为职工子女送上“开学礼包”", ["孙艳"])


def test_a_morning_digest_post_of_numbered_items():
    post = (
        "早安，首都职工｜3月12日劳动午报要闻速览\n原创 劳动午报 劳动午报 2025年03月12日 06:30 北京\n点击蓝字 关注我们\n"
        "今天是2025年3月12日，星期三，植树节。\n北京天气：晴转多云，北风3级，-1℃～14℃。\n"
        "新的一天，一起来看今天的劳动午报有哪些要闻👇\n"
        "① 市总工会启动2025年首都职工技能提升行动\n"
        "记者从北京市总工会获悉，2025年首都职工技能提升行动日前正式启动。（记者 白莹）\n"
        "② 卢沟桥街道工会驿站开设“夜间课堂”\n"
        "近日，丰台区卢沟桥街道总工会在辖区工会驿站开设“夜间课堂”，首期课堂吸引了40余名骑手参加。（记者 赵思远）\n"
        "▌来源：劳动午报\n▌编辑：王雪\n"
    )
    arts = [a for a in split_text(post) if a.kind != "notice"]
    assert [(a.title, a.reporters) for a in arts] == [
        ("市总工会启动2025年首都职工技能提升行动", ["白莹"]), ("卢沟桥街道工会驿站开设“夜间课堂”", ["赵思远"])]
    assert "编辑" not in arts[-1].text and "来源" not in arts[-1].text


def test_a_picture_captioned_and_credited_inside_a_post_does_not_end_it():
    post = (
        "中关村街道为500余名快递小哥送上“暖心包”\n原创 劳动午报 2025-03-12 07:30 北京\n来源：劳动午报\n记者｜刘欣欣\n"
        "本报讯 近日，海淀区中关村街道总工会为500余名快递员、外卖送餐员送上“暖心包”。\n"
        "图为工会干部为快递小哥发放“暖心包”。\n记者 刘欣欣 摄\n"
        "中关村街道总工会相关负责人告诉记者，辖区内长期在此工作的快递员、外卖送餐员超过2000人。\n"
    )
    (art,) = split_text(post)
    assert art.text.endswith("超过2000人。") and art.reporters == ["刘欣欣"]


def test_a_union_bulletin_with_contents_reprints_and_numbered_items():
    bulletin = (
        "海淀区总工会\n工会简报\n第12期\n海淀区总工会办公室编印　　　　　　　　　　2025年6月9日\n\n"
        "【本期要目】\n海淀区总工会新建20家暖心驿站\n2025年度在职职工互助保障活动启动\n\n"
        "一、海淀区总工会新建20家暖心驿站\n（转载自2025年6月5日《劳动午报》）\n"
        "本报讯（记者 王路曼 实习生 刘畅）记者日前从海淀区总工会获悉，今年以来新建“暖心驿站”20家。\n\n"
        "5. 2025年度在职职工互助保障活动启动\n"
        "近日，2025年度北京市在职职工互助保障活动启动，海淀区各基层工会可为会员集中办理参保。\n（供稿：宣教部）\n"
    )
    arts = split_text(bulletin)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "海淀区总工会新建20家暖心驿站", ["王路曼"]), (None, "2025年度在职职工互助保障活动启动", [])]
    assert arts[0].banner.startswith("海淀区总工会 工会简报 第12期")


def test_a_byline_under_a_headline_and_its_editors_note_signs_that_story():
    page = (
        "## 节日里,他们坚守在岗位上\n\n编者按:“五一”小长假即将到来,还有这样一群劳动者坚守在各自的岗位上。\n\n"
        "□本报记者 周美玉 孙艳\n\n公交司机:车厢就是我的第二个家\n\n"
        "早上5点,北京公交集团的驾驶员王建军已经在车队做好了出车前的各项检查。\n\n"
        "环卫工人:让游客看到干净的胡同\n\n在什刹海地区,环卫工人李秀英每天要在胡同里来回走上两万多步。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("节日里,他们坚守在岗位上", ["周美玉", "孙艳"])
    assert "公交司机:车厢就是我的第二个家" in art.text


def test_stories_reposted_one_after_another_under_an_outlets_date_line():
    page = (
        "中工网　工人日报\n首页 | 工会 | 劳模 | 维权 | 就业 | 地方工会 | 视频\n当前位置：首页 > 地方工会 > 北京\n\n"
        "石景山区千余名职工首钢园内健步迎春\n中工网 2025-04-02 来源：劳动午报\n\n"
        "本报讯（记者 张晶）3月30日，2025年石景山区职工春季健步走活动在首钢园举行，千余名职工参加。\n\n"
        "责任编辑：孟姣燕\n【纠错】【打印】【关闭】\n\n"
        "市总工会推出30条春季职工疗休养线路\n中工网 2025-04-02 来源：劳动午报\n\n"
        "本报讯（记者 白莹 通讯员 郭佳）记者日前从北京市总工会获悉，市总工会推出30条春季职工疗休养线路。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("石景山区千余名职工首钢园内健步迎春", ["张晶"]), ("市总工会推出30条春季职工疗休养线路", ["白莹"])]


def test_a_notice_set_after_its_label_and_a_space_is_a_notice():
    page = ("## 雁栖湖畔健步行\n\n近日,怀柔工会举办职工健步走活动,300余名职工参加。\n\n"
            "遗失声明 北京市顺兴达物流有限公司工会法人资格证书正本不慎遗失,声明作废。\n")
    arts = split_text(page)
    assert [a.kind for a in arts] == ["article", "notice"]


def test_a_front_pages_forecast_and_solar_term_box_are_no_stories():
    page = (
        "# 第01版:要闻\n\n劳动午报\n\n2018年8月23日 星期四 农历戊戌年七月十三\n\n今日处暑\n\n"
        "白天 多云转晴 南转北风一二级 最高气温30℃ 夜间 晴间多云 最低气温20℃\n\n"
        "处暑过后昼暖夜凉,户外作业职工早晚注意增添衣物。\n\n"
        "## “金秋助学”将惠及5200余名学子\n\n本报讯(记者 白莹) 记者昨天从市总工会获悉,今年“金秋助学”将惠及5200余名学子。\n"
    )
    arts = [a for a in split_text(page) if a.kind != "notice"]
    assert [(a.title, a.reporters) for a in arts] == [("“金秋助学”将惠及5200余名学子", ["白莹"])]


def test_a_legal_answer_signed_by_its_lawyer_and_written_up_by_a_reporter():
    page = (
        "律师在线\n\n## 试用期内被辞退,能否要求经济补偿?\n\n读者问:我今年5月入职一家广告公司,试用期第二个月被辞退,能否要求补偿?\n\n"
        "律师答:根据《劳动合同法》规定,用人单位在试用期解除劳动合同的,应当向劳动者说明理由。\n\n"
        "北京市中盛律师事务所 律师 王海涛\n\n本报记者 崔欣 整理\n\n"
        "职工来信\n\n## 工会帮我们讨回了血汗钱\n\n编辑同志:我是丰台区一家装修公司的工人,去年被拖欠工资3万元。\n\n□ 丰台区职工 张建国\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("试用期内被辞退,能否要求经济补偿?", ["崔欣"]), ("工会帮我们讨回了血汗钱", [])]
    assert arts[0].text.endswith("北京市中盛律师事务所 律师 王海涛")


def test_a_poems_last_lines_are_no_kicker_of_the_next_headline():
    page = (
        "# 第07版:副刊\n\n## 立冬,致供热人\n\n□ 刘振国(北京热力集团)\n\n立冬的风从北边来\n\n敲打着千家万户的窗\n\n"
        "我们在锅炉房里守着一团火\n\n像守着一个不能失约的承诺\n\n一位老人在窗边轻轻说了声真暖和\n\n"
        "这一声就是我们一整个冬天的勋章\n\n## 母亲的棉鞋\n\n□ 杨春燕(中国邮政集团北京市分公司)\n\n"
        "每年立冬,我都会收到一个从老家寄来的包裹。不用打开,我就知道里面装的是母亲亲手做的棉鞋。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title) for a in arts] == [(None, "立冬,致供热人"), (None, "母亲的棉鞋")]
    assert arts[0].text.endswith("这一声就是我们一整个冬天的勋章")
    # a column's label set apart after stanzas set tight is the next headline's kicker
    page = ("## 致敬\n\n它烧过艰苦的岁月\n也照亮了我们今天的路\n那团火依然在燃烧\n\n书香职工\n\n## 在字里行间遇见更好的自己\n\n"
            "近日,市总工会启动职工读书月活动。\n")
    assert [a.kicker for a in split_text(page)] == [None, "书香职工"]


def test_a_pdf_subtitle_the_column_wrapped_stays_the_subtitle():
    page = (
        "深化产业工人队伍建设改革\n海淀中关村科学城\n28家企业签订技能人才\n专项集体合同\n本报记者 周美玉\n"
        "　　近日，海淀区总工会在中关村科学城举行技能人才专项集体合同集中签约仪式。\n\n"
        "“职工暖心驿站”年内再添50家\n——通州区总工会推出服务户外\n劳动者十项举措\n"
        "　　本报讯（记者 孙艳）近日，通州区总工会印发《关于进一步做好户外劳动者服务工作的十项举措》。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        ("深化产业工人队伍建设改革", "海淀中关村科学城28家企业签订技能人才专项集体合同", None),
        (None, "“职工暖心驿站”年内再添50家", "——通州区总工会推出服务户外劳动者十项举措"),
    ]


def test_pictures_credited_inside_pdf_stories_and_a_columns_label_over_a_commentary():
    page = (
        "怀柔科学城女科技工作者座谈交流\n  本报讯（记者 任洁）3月6日，怀柔区总工会在怀柔科学城举办女科技工作者座谈会，"
        "30名女科技工作者参加。\n座谈会现场。（本报记者 周美玉 摄）\n"
        "  “实验往往一做就是一整天，孩子放学没人接是最头疼的事。”一位从事材料研究的女科研人员说。\n\n"
        "老山街道“妈妈岗”让宝妈就业顾家两不误\n记者 张晶/文 陈曦/摄\n"
        "  赵雪梅所在的岗位，是老山街道总工会联合辖区企业开发的“妈妈岗”，已有63名宝妈实现就业。\n"
        "宝妈们在“妈妈岗”工作间内进行手工制作。\n（本报记者 陈曦 摄）\n"
        "街道总工会还定期组织岗前培训，为宝妈们讲解劳动合同签订等方面的法律知识。\n\n"
        "短评\n让“她力量”更加出彩\n□本报评论员\n"
        "  从驾驶公交车安全行车80万公里，到深夜守护在病床边，首都女职工在平凡岗位上书写着不平凡的篇章。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "怀柔科学城女科技工作者座谈交流", ["任洁", "周美玉"]),
        (None, "老山街道“妈妈岗”让宝妈就业顾家两不误", ["张晶", "陈曦"]),
        ("短评", "让“她力量”更加出彩", []),
    ]
    assert arts[1].text.endswith("法律知识。")
    # the rest of a story from another page is signed there: a picture's credit does not end it
    rest = ("百名“最美巾帼职工”受表彰\n（上接第1版）\n  在新时代新征程上展现新作为。据介绍，今年市总工会将为10万名女职工免费提供筛查。\n"
            "图为大会现场，获奖代表上台领奖。\n（本报记者 白莹 摄）\n"
            "  会上，“最美巾帼职工”代表、航天某研究所高级工程师李晓燕作了发言。\n")
    (art,) = split_text(rest)
    assert art.text.endswith("作了发言。") and art.reporters == ["白莹"]


def test_posts_of_street_unions_with_emoji_lines_and_a_source_line():
    post = (
        "学院路街道“楼宇工会服务站”上新\n学院路街道总工会 2024年7月23日 12:30 北京\n\n转自：劳动午报\n\n"
        "本报讯（记者 周美玉 白莹）午休时间，在海淀区学院路街道的楼宇工会服务站里，职工们正在听健康讲座。\n\n"
        "✅ 温馨提示\n📍 辖区职工可就近前往服务站休息\n⏰ 开放时间：每日8:00—22:00\n\n"
        "▲工会工作人员为职工测量血压\n本报记者 白莹/摄\n\n"
        "学院路街道总工会相关负责人介绍，今年将再建3个服务站。\n\n"
        "八角街道总工会为户外劳动者送清凉\n八角街道总工会 2024年7月26日 16:15 北京\n\n"
        "近日，八角街道总工会开展“夏送清凉”慰问活动，为320余名户外劳动者送去清凉。\n"
    )
    arts = split_text(post)
    assert [(a.title, a.reporters) for a in arts] == [
        ("学院路街道“楼宇工会服务站”上新", ["周美玉", "白莹"]), ("八角街道总工会为户外劳动者送清凉", [])]
    assert arts[0].text.endswith("再建3个服务站。") and "转自" not in arts[0].text
    assert arts[1].banner == "八角街道总工会 2024年7月26日 16:15 北京"  # the account, where a banner stands


def test_a_union_sites_list_of_stories_and_its_article_page():
    listing = (
        "北京市总工会\nBeijing Federation of Trade Unions\n首页 | 工会动态 | 通知公告 | 政策法规 | 联系我们\n"
        "请输入关键字    搜索\n\n当前位置：首页 > 工会动态\n\n栏目导航\n工会动态\n基层风采\n区工会\n产业工会\n通知公告\n\n"
        "学院路街道职工趣味运动会开赛  2024-05-16\n"
        "本报讯（记者 赵思远）近日，学院路街道总工会举办2024年地区职工趣味运动会，500余名职工参赛。\n[详细]\n\n"
        "市总工会启动2024年职工互助保障集中参保  2024-05-15\n"
        "日前，北京市总工会印发通知，启动2024年度在职职工互助保障集中参保工作。\n[详细]\n"
    )
    arts = split_text(listing)
    assert [(a.title, a.reporters) for a in arts] == [
        ("学院路街道职工趣味运动会开赛", ["赵思远"]), ("市总工会启动2024年职工互助保障集中参保", [])]
    article = (
        "当前位置：首页 > 工会动态 > 正文\n\n本市启动2024年职工职业技能大赛\n——设置40个竞赛项目 预计参赛职工超10万人次\n"
        "发布时间：2024-05-15 来源：劳动午报 作者：记者 白莹 陈曦 浏览次数：1208\n【大 中 小】\n\n"
        "本报讯(记者 白莹 陈曦)5月14日，记者从北京市总工会获悉，2024年北京市职工职业技能大赛正式启动。\n\n【打印本页】【关闭窗口】\n"
    )
    (art,) = split_text(article)
    assert (art.title, art.reporters) == ("本市启动2024年职工职业技能大赛", ["白莹", "陈曦"])
    assert "大 中 小" not in art.text


def test_district_unions_posts_one_after_another():
    posts = (
        "和平街街道总工会为户外劳动者送上“清凉礼包”\n原创 北京朝阳工会 北京朝阳工会 2024年7月16日 17:42 北京\n点击蓝字关注我们\n"
        "7月15日上午，和平街街道总工会在樱花园东街“暖蜂驿站”为户外劳动者发放“清凉礼包”。\n▲活动现场\n摄影：高远\n"
        "活动中，社区卫生服务站的医生还为户外劳动者免费测量血压。\n来源：和平街街道总工会\n编辑：李然\n往期推荐\n"
        "朝阳区总工会召开2024年上半年工作推进会\n首钢园里的“工匠讲堂”开讲啦\n石景山工会 2024年4月26日 12:00\n"
        "以下文章来源于劳动午报 ，作者劳动午报\n文/本报记者 白莹 图/通讯员 李振\n"
        "“高炉出铁时的温度有一千五百摄氏度，我们当年就是在这样的环境里一点点练出来的。”\n编辑：胡月\n"
        "北京市总工会推出2024年职工“普惠服务包”\n原创 北京朝阳工会 北京朝阳工会 2024年3月1日 09:30 北京\n"
        "2月29日，北京市总工会发布2024年职工“普惠服务包”。\n来源：劳动午报（记者 刘欣欣）\n编辑：李然\n"
    )
    arts = split_text(posts)
    assert [(a.title, a.reporters) for a in arts] == [
        ("和平街街道总工会为户外劳动者送上“清凉礼包”", []),
        ("首钢园里的“工匠讲堂”开讲啦", ["白莹"]),
        ("北京市总工会推出2024年职工“普惠服务包”", ["刘欣欣"]),
    ]
    assert arts[0].text.endswith("免费测量血压。")  # the ▲ caption's credit does not end the post


def test_a_sites_english_name_and_its_font_size_buttons_are_no_stories():
    page = (
        "北京市朝阳区总工会\nBeijing Chaoyang District Federation of Trade Unions\n首页 | 工会概况 | 工会动态 | 联系我们\n\n"
        "丽泽商务区首批“职工健身驿站”启用\n——丰台区总工会打造楼宇职工“15分钟健身圈”\n"
        "来源：劳动午报 | 发布日期：2024-06-03 08:56\n【字号 大 中 小】　　打印　　关闭\n\n"
        "本报讯（记者 赵思远 通讯员 王婧）近日，位于丰台区丽泽商务区的首批3家“职工健身驿站”正式启用。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.reporters) == (None, "丽泽商务区首批“职工健身驿站”启用", ["赵思远"])


def test_a_posts_picture_captions_stay_apart_and_credits_on_their_line_count():
    post = (
        "学院路街道工会办起“暖新集市”\n原创 学院路街道工会 学院路街道工会 2024年9月3日 18:20 北京\n\n"
        "9月2日，学院路街道工会在五道口举办“暖新集市”，37名新就业形态劳动者现场入会。\n\n"
        "▲律师为骑手解答法律问题　摄影：刘畅\n\n"
        "学院路街道工会相关负责人表示，下一步将把“暖新集市”办成常态化活动。\n\n"
        "📰 媒体关注\n\n学院路街道32家科技企业\n组建工会联盟抱团服务职工\n\n"
        "本报讯（记者 贺宁远 通讯员 田恬）8月29日，学院路街道科技园区工会联盟成立。\n\n"
        "▲工会联盟成立现场　本报记者 沈一帆 摄\n\n"
        "“现在加入联盟，活动一起办，员工的归属感明显增强了。”一家芯片设计公司的工会主席孙蕾说。\n"
    )
    first, second = split_text(post)
    # the caption is a paragraph of its own: no page break joins it with the next one
    assert first.text.split("\n")[1] == "▲律师为骑手解答法律问题" and first.repairs == []
    assert first.photographers == ["刘畅"] and first.reporters == []
    assert second.title == "学院路街道32家科技企业组建工会联盟抱团服务职工"
    assert second.reporters == ["贺宁远", "沈一帆"] and second.photographers == ["沈一帆"]
    assert second.text.split("\n")[1] == "▲工会联盟成立现场" and second.text.endswith("孙蕾说。")
    (boxed,) = split_text("## 职工之家焕新开放\n近日，东小口镇职工之家重新开放。\n▲阅览区（本报记者 陈曦 摄）\n"
                          "每天9点至21点向会员免费开放。\n")
    assert boxed.reporters == ["陈曦"] and boxed.text.split("\n")[1] == "▲阅览区"


@pytest.mark.parametrize("first, second", [
    ("宣武区非公企业职工", "持卡享受工会服务"),  # a group, then a verb before 工会 (no subject of its own)
    ("学院路街道32家科技企业", "组建工会联盟抱团服务职工"),
    ("回龙观职工趣味运动会", "吸引45支队伍参赛"),
    ("怀柔“工会驿站”", "升级为“服务综合体”"),
    ("门头沟区打造", "职工疗休养“京西线路”"),  # a verb that waits for its object
    ("天竺综保区成立", "外贸企业工会联合会"),
    ("丰台区职工技能大赛", "12个工种同场竞技"),  # an event, then a count
    ("经开区百余名单身", "青年职工“亦”见倾心"),  # a count, then its people
    ("东城区职工书屋联盟", "再添15家成员单位"),
    ("让服务站点“暖”在", "劳动者心坎上"),
    ("地铁职工“安康杯”", "知识竞赛决出名次"),
    ("丰台区举办新就业形态劳动", "者专场招聘会"),  # a word the column cut
    ("亦庄产业工人有了", "“15分钟服务圈”"),
    ("顺义区新能源汽车", "职工技能大赛开赛"),  # a district's subject with no verb of its own
    ("东城区总工会与天津", "和平区总工会签署协作协议"),
    ("海淀心理服务站", "进驻中关村软件园"),
    ("青年科研人员", "有了“职工之家”"),
    ("浙江湖州：“共享职工之家”开进", "乡村民宿集聚区"),
    ("经开区“新八级工”评价试点", "首批247名职工获证"),
    ("让“娘家人”的服务", "跑在职工需求前面"),
    ("朝阳区打造“15分钟”", "职工服务圈"),  # a measure in quotes modifying the object on the next line
    ("京津冀三地工会", "共建职工疗休养服务联盟"),
    ("海淀区总工会联合", "中关村企业送岗位3200个"),
    ("今年“夏送清凉”活动启动 全市工会将为百万户外", "职工送去清凉礼包"),
])
def test_a_headline_a_column_wrapped_is_one_headline(first, second):
    page = f"{first}\n{second}\n\n本报讯（记者 赵思远）5月10日，相关工作在基层全面展开，职工反响热烈。\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == (None, first + second)


@pytest.mark.parametrize("kicker, title", [
    ("盘活山区资源 服务一线职工", "门头沟区推出三条职工疗休养线路"),
    ("顺义区总工会", "“小哥驿站”开进商圈"),
    ("服务楼宇职工", "朝阳区总工会开设午间课堂"),  # a headline with a subject of its own under its kicker
    ("打通服务职工“最后一公里”", "什刹海街道工会在胡同里建起快递员暖心驿站"),
    ("聚焦职工“急难愁盼”", "房山区总工会“流动体检车”开进产业园区"),
    ("幸福无处不在", "朝阳区总工会开设午间课堂"),
    ("两区工会“合二为一”", "新东城区总工会挂牌成立"),
    ("朝阳区总工会送“健康礼包”", "300名环卫职工享受免费体检"),
    ("“小个专”职工有了“娘家”", "丽泽金融商务区成立楼宇联合工会"),
])
def test_a_kicker_over_a_whole_headline_stays_a_kicker(kicker, title):
    page = f"{kicker}\n{title}\n\n本报讯（记者 赵思远）5月10日，相关工作在基层全面展开，职工反响热烈。\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == (kicker, title)


def test_a_front_pages_commentary_and_contents_out_of_a_pdf():
    page = (
        "　　经开区总工会相关负责人介\n绍，今年还将推动驿站与“12351”\n职工服务平台对接，实现驿站位置\n一键查询。\n\n"
        "午报时评\n技能比武，\n比出的是干事热情\n□何勇\n\n"
        "　　第十届首都职工职业技能大赛\n昨日启动。从数控加工到养老护理，\n从网约配送到整理收纳，52个竞赛\n"
        "工种几乎覆盖了城市运转的方方面\n面。一场技能大赛，比的不只是手\n上功夫，更是职工钻研本领的精气神。\n\n"
        "　　技能人才是支撑首都高质量发\n展的重要力量。近年来，不少企业\n出现“招工难”“技工荒”，根子\n"
        "上还在于技能人才的职业通道不够\n宽、社会认可度不够高。以赛促学、\n以赛促训，让技术能手脱颖而出。\n\n"
        "导 读\n卢沟桥街道为快递小哥开设“夜校” 3版\n怀柔“工会驿站”升级为“服务综合体” 4版\n\n1\n劳动午报\n"
    )
    arts = split_text("## 经开区新建20个“暖心驿站”\n本报讯（记者 韩雪）近日，经开区新建20个驿站。\n" + page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "经开区新建20个“暖心驿站”", ["韩雪"]), ("午报时评", "技能比武，比出的是干事热情", [])]
    assert arts[0].text.endswith("一键查询。")
    # a full line that only ends like a credit (…发) goes on; the contents are no text of the piece
    assert arts[1].text.split("\n")[1].startswith("技能人才是支撑首都高质量发展的重要力量。")
    assert arts[1].text.endswith("脱颖而出。")


def test_a_union_sites_name_and_greeting_are_no_story():
    page = (
        "北京市丰台区总工会\n丰台工会网\n请输入关键字　　搜索\n首页 | 工会动态 | 通知公告 | 政策法规 | 职工服务\n"
        "2024年6月12日 星期三　　欢迎访问北京市丰台区总工会网站！\n\n当前位置：首页 > 工会动态 > 正文\n\n"
        "丰台区总工会在新发地建起“货车司机之家”\n——可休息、能洗浴、会“充电”，日均服务司机300余人次\n\n"
        "发布时间：2024-06-12　　来源：劳动午报　　作者：邵文卓 韩雪\n\n"
        "本报讯（记者 邵文卓 通讯员 韩雪）6月11日，丰台区总工会建设的“货车司机之家”正式投用。\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("丰台区总工会在新发地建起“货车司机之家”", ["邵文卓"])


def test_a_pdf_pages_caption_over_its_credit_inside_a_story():
    page = (
        "2024年7月16日 星期二\n区县工会\n责编 刘丽娜 美编 张蕾 校对 王静\n05\n\n"
        "聚焦新就业形态劳动者 服务做到“家门口”\n朝阳区总工会在望京建成\n首个“小哥加油站”\n\n"
        "  本报讯（记者 刘欣欣 通讯员 王晓\n燕）近日，朝阳区总工会在望京街道阜\n通东大街建成全区首个“小哥加油站”，\n"
        "为快递员、外卖送餐员、网约车司机等\n新就业形态劳动者提供歇脚、充电、热\n饭、饮水等服务。\n"
        "  记者在现场看到，这处约80平方米的\n站点设有休息区、充电区和阅读角，微\n波炉、冰箱、急救箱、雨具等一应俱全，\n"
        "墙上还张贴着入会二维码和法律咨询热\n线。站点实行24小时开放，劳动者使用\n北京工会12351APP扫码即可进入。\n\n"
        "外卖送餐员在“小哥加油站”内给电动\n车电池充电。\n本报记者 孙妍 摄\n\n"
        "  “以前中午送完餐，只能在路边树荫\n下歇一会儿，现在有了固定的落脚点，\n喝口热水、充满电再出发，心里踏实多\n"
        "了。”在附近送餐的骑手赵师傅说。\n  据朝阳区总工会相关负责人介绍，今\n年区总工会将依托商务楼宇、社区党群\n"
        "服务中心和加油站便利店，再建设20个\n“小哥加油站”。\n\n"
        "丰台区职工技能大赛\n12个工种同场竞技\n——800余名职工参加决赛角逐\n\n□本报记者 张晶 实习生 李想\n\n"
        "  7月12日，2024年丰台区职工职业技\n能大赛决赛在丰台区职业技能公共实训\n基地拉开帷幕，800余名职工参加决赛。\n"
    )
    first, second = split_text(page)
    assert (first.title, first.reporters) == ("朝阳区总工会在望京建成首个“小哥加油站”", ["刘欣欣", "孙妍"])
    assert "外卖送餐员在“小哥加油站”内给电动车电池充电。" in first.text.split("\n")
    assert first.text.endswith("“小哥加油站”。")  # the story goes on under its picture
    assert (second.title, second.reporters) == ("丰台区职工技能大赛12个工种同场竞技", ["张晶"])


def test_digital_edition_and_database_copies_chrome():
    listing = (
        "劳动午报数字报\n首页 | 往期回顾 | 版面导航 | 标题导航 | PDF下载\n2024年11月14日　星期四\n\n第05版：区县工会\n上一版　　下一版\n\n"
        "本版标题导航\n· 朝阳区总工会为环卫职工送上冬季“暖心包”\n· 丰台区总工会“暖蜂驿站”新增二十家\n"
        "· 门头沟区总工会开展冬季送温暖入户走访\n· 图片新闻\n\n" + "-" * 40 + "\n\n"
        "引题：聚焦新就业形态劳动者急难愁盼\n标题：丰台区总工会“暖蜂驿站”新增二十家\n作者：本报记者 任洁 通讯员 郭晓东\n"
        "来源：劳动午报\n\n本报讯（记者 任洁 通讯员 郭晓东）今年以来，丰台区新建“暖蜂驿站”20家。\n\n"
        "本文网址：http://ldwb.workerbj.cn/content/2024-11/14/content_12345.htm\n"
    )
    (art,) = split_text(listing)
    assert (art.kicker, art.title, art.reporters) == ("聚焦新就业形态劳动者急难愁盼", "丰台区总工会“暖蜂驿站”新增二十家", ["任洁"])
    assert art.text.endswith("20家。")
    export = (
        "中国知网 CNKI · 中国重要报纸全文数据库\n文献导出 —— 自定义格式\n"
        "检索式：报纸名称=劳动午报 AND 发表时间 between（2024-11-01，2024-11-30） AND 主题=工会\n"
        "导出时间：2024-12-02 09:41:17\n共导出 1 条记录\n\n" + "=" * 40 + "\n第1条\n"
        "【标题】密云区总工会把果树修剪课开到田间地头\n【作者】王路曼;刘志强\n【来源】劳动午报\n"
        "【正文】本报讯（记者 王路曼 通讯员 刘志强）近日，密云区总工会在穆家峪镇开展冬季果树修剪培训。\n"
    )
    (art,) = split_text(export)
    assert (art.kicker, art.title, art.reporters) == (None, "密云区总工会把果树修剪课开到田间地头", ["王路曼"])


def test_a_pages_editors_line_an_app_advert_and_a_head_on_two_marked_lines():
    page = (
        "# 第06版：区县工会\n本版责编　陈思雨　　美编　王蕾　　校对　刘佳\n\n"
        "搭平台　送岗位　强技能\n通州区总工会助力农民工稳岗就业\n"
        "本报讯（记者　周美玉　通讯员　高岩）近日，通州区总工会在台湖镇举办农民工专场招聘会。\n\n"
        "## 临空经济区里织密\n\n## 职工服务“一张网”\n\n"
        "本报讯（记者 马超）顺义区总工会在临空经济区打造“15分钟职工服务圈”。\n\n"
        "## 金海湖镇总工会举办职工厨艺赛\n\n"
        "日前，平谷区金海湖镇总工会举办职工厨艺比赛，30名职工同台比拼。（记者 马超 实习记者 冯晓）\n\n\n\n"
        "北京工会12351 扫码入会 会员专享服务随时享\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("搭平台　送岗位　强技能", "通州区总工会助力农民工稳岗就业", ["周美玉"]),
        (None, "临空经济区里织密职工服务“一张网”", ["马超"]),
        (None, "金海湖镇总工会举办职工厨艺赛", ["马超", "冯晓"]),
    ]
    assert arts[2].text.endswith("同台比拼。")


def test_a_district_unions_weekly_roundup_post():
    post = (
        "丰台工会\n点击蓝字 关注我们\n\u200b\n丰台工会一周要闻（第36期）\n原创　丰台工会　丰台工会　2024-11-08 18:30　北京\n \n"
        "📢【全市动态】\n \n🔸市总工会启动2024年度“冬送温暖”活动\n\n"
        "本报讯（记者 白莹 盛丽）11月5日，北京市总工会启动2024年度“冬送温暖”活动。\n\n来源：劳动午报\n \n"
        "📢【基层动态】\n \n🔸卢沟桥街道总工会为环卫工人送上“暖心包”\n\n"
        "11月6日清晨，卢沟桥街道总工会工作人员为120名环卫工人送去“暖心包”。\n\n图片：卢沟桥街道总工会\n \n"
        "🔸丰台科技园区工会联合会开展劳动法律宣讲\n\n近日，丰台科技园区工会联合会为200余名职工开展劳动法律宣讲。\n\n"
        "来源：劳动午报　实习记者 孟凡\n \n丰台区总工会职工服务热线：12351\n编辑：王琳\n"
    )
    arts = [a for a in split_text(post) if a.kind != "notice"]
    assert [(a.title, a.reporters) for a in arts] == [
        ("市总工会启动2024年度“冬送温暖”活动", ["白莹", "盛丽"]),
        ("卢沟桥街道总工会为环卫工人送上“暖心包”", []),
        ("丰台科技园区工会联合会开展劳动法律宣讲", ["孟凡"]),
    ]
    assert arts[1].banner.endswith("📢【基层动态】") and "12351" not in arts[2].text
    # a post's crossheads after a bullet are no heads of stories of their own
    (one,) = split_text("职工夜校开课啦\n\n近日，和平里街道总工会开办职工夜校。\n\n🔸 专家讲座 干货满满\n\n讲座中，医生讲解了高血压的防治。\n\n"
                        "📍 活动地点：小堡村职工文化广场\n\n10月16日，职工艺术节在小堡村开幕。\n")
    assert one.title == "职工夜校开课啦" and "🔸 专家讲座 干货满满" in one.text
    numbered = (
        "海淀工会\n点击上方蓝字　关注我们\n \n【一周工会】金秋助学启动……海淀区各级工会本周工作速览\n"
        "海淀工会　2024-09-13 17:45　发表于北京\n\n编者按：金秋九月，海淀区各级工会持续发力。本期为您带来两则基层动态。\n \n"
        "一、区总工会启动2024年“金秋助学”活动\n\n9月10日，海淀区总工会“金秋助学”活动启动，216名学生受资助。\n\n"
        "二、四季青镇总工会为果农职工开展义诊\n\n9月11日，四季青镇总工会走进果园开展义诊服务。\n"
    )
    arts = split_text(numbered)
    assert [(a.kind, a.title) for a in arts] == [
        ("notice", None), ("article", "区总工会启动2024年“金秋助学”活动"), ("article", "四季青镇总工会为果农职工开展义诊")]
    assert arts[1].banner.startswith("【一周工会】")


def test_news_site_and_app_copies_around_their_story():
    site = (
        "千龙网·千龙新闻网\n首页 | 北京 | 国内 | 国际 | 评论 | 文化\n当前位置：千龙网首页 > 北京 > 民生\n\n"
        "副中心建筑工地开起“夜间课堂” 700余名农民工学技能拿证书\n\n"
        "2024-11-06 09:12:35    来源：劳动午报    作者：刘畅 王静\n\n"
        "本报讯（记者 刘畅 通讯员 王静）近日，通州区总工会在12个重点建筑工地开设“农民工夜间课堂”。\n\n"
        "[图片]\n11月4日晚，潞城镇一处建筑工地上，培训老师为农民工讲解电工操作要领。本报记者 郑凯文 摄\n\n"
        "来自河南周口的钢筋工老杨今年第一次拿到了中级工证书。\n\n责任编辑：张雨萌\n\n"
        "网友评论（3）                          查看全部评论>>\n运河边的老李  2024-11-06 10:21\n给工会点赞！这才是实实在在办事。\n\n"
        "相关新闻：\n· 朝阳区总工会为快递小哥送上“暖心午餐”\n· 北京市总工会启动2024年“冬送温暖”活动\n"
    )
    (art,) = split_text(site)
    assert art.reporters == ["刘畅", "郑凯文"] and art.text.endswith("中级工证书。")
    app = (
        "今日头条\n首页 / 正文\n搜索站内资讯、视频或用户                                   登录\n\n"
        "丰台首批20家“骑手暖心厨房”开张 外卖小哥花10元吃上热乎饭\n\n北京日报客户端\n2024-12-10 17:26 · 北京日报社官方账号\n\n"
        "北京日报客户端｜记者 邓嘉琪；实习生 柴一帆\n\n"
        "午后一点半，外卖骑手王磊把电动车停在丽泽商务区一家快餐店门口。\n\n"
        "图为外卖骑手在“骑手暖心厨房”用餐。北京日报记者 程远航 摄\n\n"
        "丰台区总工会相关负责人介绍，明年暖心厨房将扩展到60家。\n\n【短评】\n\n一碗热饭里的“娘家”温度\n\n文/江禾\n\n"
        "对于穿梭在大街小巷的骑手、快递员来说，按时吃上一顿热饭，往往是一件奢侈的事。\n"
    )
    story, comment = split_text(app)
    assert (story.title, story.reporters, story.interns) == (
        "丰台首批20家“骑手暖心厨房”开张 外卖小哥花10元吃上热乎饭", ["邓嘉琪", "程远航"], ["柴一帆"])
    assert story.text.endswith("扩展到60家。")
    assert (comment.kicker, comment.title, comment.reporters) == ("【短评】", "一碗热饭里的“娘家”温度", [])
    portal = (
        "人民网 >> 北京频道 >> 区县动态\n人民网北京频道\n人民网首页 | 时政 | 社会 | 财经 | 教育 | 健康\n\n"
        "密云区总工会赴河北滦平开展工会协作交流\n\n2025年06月20日08:36 | 来源：劳动午报\n\n"
        "本报讯（记者 苗佳禾）近日，密云区总工会带队赴河北省承德市滦平县总工会开展协作交流活动。\n"
    )
    (art,) = split_text(portal)
    assert (art.kicker, art.title) == (None, "密云区总工会赴河北滦平开展工会协作交流")


def test_pdf_pages_under_their_editors_line_and_a_spaced_notice():
    page = (
        "2024年9月26日 星期四\n责编：孙妍 美编：吴迪\n综合\n2\n\n"
        "顺义区劳模工匠走进怀柔科学城\n\n□本报记者 任洁\n\n9月20日，顺义区总工会组织劳动模范30余人走进怀柔科学城。\n\n"
        "公　告\n北京市总工会职工服务中心定于7月28日至29日进行系统维护，敬请谅解。\n"
    )
    arts = split_text(page)
    assert [(a.kind, a.kicker, a.title) for a in arts] == [
        ("article", None, "顺义区劳模工匠走进怀柔科学城"), ("notice", None, "公\u3000告")]
    assert arts[0].banner.endswith("综合")


def test_a_street_unions_post_with_numbered_and_bracketed_crossheads():
    post = (
        "“暖蜂驿站”开放日 望京街道总工会请骑手小哥来做客\n原创 望京工会 望京街道总工会 2024年06月17日 18:06 北京\n\n"
        "👆点击上方蓝字关注我们\n\n"
        "6月14日上午，望京街道总工会举办“暖蜂驿站”开放日活动，60余名快递员、外卖骑手走进驿站“做客”。\n\n"
        "01\n健康服务送上门\n\n现场，4名医护人员为骑手们测量血压、血糖。\n\n▲医护人员为骑手测量血压\n摄影：张蕾\n\n"
        "02\n扫码入会有“礼”\n\n工会工作人员指导大家扫码入会，当天共有23名新就业形态劳动者加入工会。\n\n"
        "【三大赛项 比拼真功夫】\n\n🔧电工组：选手们需在90分钟内完成照明线路安装。\n\n"
        "文字：刘畅\n图片：张蕾\n编辑：李思雨\n\n💙往期推荐💙\n望京街道总工会举办2024年职工趣味运动会\n"
    )
    (art,) = split_text(post)
    assert (art.kind, art.title, art.photographers) == ("article", "“暖蜂驿站”开放日 望京街道总工会请骑手小哥来做客", ["张蕾"])
    assert "健康服务送上门" in art.text.split("\n") and "关注我们" not in art.text and "趣味运动会" not in art.text


def test_a_news_sites_story_going_on_under_its_pictures_caption():
    page = (
        "通州宋庄首家“暖新驿站”投用 骑手快递员可免费充电歇脚\n\n新京报  2024-05-14 10:12\n\n"
        "新京报讯（记者 赵一鸣 通讯员 孙悦）5月13日，通州区宋庄镇首家“暖新驿站”正式投用。\n\n"
        "5月13日中午，外卖骑手在宋庄镇“暖新驿站”内歇脚充电。新京报记者 李木易 摄\n\n"
        "当天中午，记者在驿站看到，几名外卖骑手一边给电动车电池充电，一边热着自带的午饭。\n\n"
        "新京报记者 赵一鸣\n编辑 刘倩　校对 王心\n\n举报/反馈\n\n热门排行\n1  北京今夏首个高温预警发布\n"
    )
    (art,) = split_text(page)
    assert art.reporters == ["赵一鸣", "李木易"] and art.text.endswith("自带的午饭。")
    epaper = ("北京日报\n01 要闻　02 要闻　03 要闻　04 北京新闻　05 北京新闻\n\n"
              "怀柔区总工会推出十项暖心服务\n\n本报记者 马骁\n\n9月24日，怀柔科学城创新小镇的“科研职工之家”投用。\n")
    (art,) = split_text(epaper)
    assert (art.banner, art.title) == ("北京日报", "怀柔区总工会推出十项暖心服务")


def test_a_pdf_pages_caption_cut_by_its_column_and_its_editors_on_two_lines():
    page = (
        "02版责编 杨 春\n美编 王金朝 校对 刘 平\n2024年7月9日 星期二\n综合新闻\n2\n"
        "市总工会2024年“送清凉”活动启动\n5000万元清凉物资将送到一线\n本报记者 白莹\n"
        "7月8日，北京市总工会2024年“送清凉”活动正式启动，活动将持续至8月底。\n"
        "图为工会干部为建筑工人发放\n清凉包。\n本报记者 于佳 摄\n启动仪式在丰台区一处轨道交通建设工\n地举行。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.reporters) == (
        "市总工会2024年“送清凉”活动启动", "5000万元清凉物资将送到一线", ["白莹", "于佳"])
    assert "王金朝" not in (art.kicker or "") + art.text  # the editors' lines are the page's banner
    assert art.text.endswith("地举行。")


def test_submissions_and_a_bulletins_items():
    doc = (
        "稿件三\n标题：经开区百名技术工人同台比武\n供稿单位：北京经济技术开发区总工会\n撰稿：孙丽娟　　摄影：陈涛\n"
        "6月19日，2024年北京经济技术开发区职工职业技能竞赛在亦庄开赛，108名技术工人同台竞技。\n"
    )
    (art,) = split_text(doc)
    assert art.title == "经开区百名技术工人同台比武"
    bulletin = (
        "内部资料　注意保存\n\n工　作　简　报\n（第18期）\n\n编印：顺义区总工会办公室　　　　2024年7月15日\n\n"
        "一、区总工会组织一线劳模赴门头沟开展疗休养\n7月11日至13日，区总工会组织首批35名区级劳动模范赴门头沟区开展疗休养活动。\n"
    )
    (art,) = extract_articles(split_text(bulletin))
    assert (art.title, art.district) == ("区总工会组织一线劳模赴门头沟开展疗休养", "顺义区")
    assert "工　作　简　报" in art.banner


def test_a_front_pages_contents_and_a_commentary_signed_by_its_writer():
    page = (
        "# 第01版：要闻\n\n本期导读\n\n2版 丰台各街乡工会为一线职工送“暖心年货”\n\n"
        "## 送温暖要送到职工“心坎上”\n\n文/郑晓\n\n"
        "每到岁末年初，各级工会的送温暖活动总会如期而至。送温暖不是一阵风。\n"
    )
    (art,) = extract_articles(split_text(page))
    assert (art.title, art.district) == ("送温暖要送到职工“心坎上”", None)
    assert "丰台" not in (art.banner or "")


def test_a_posts_reprint_repeating_its_head_under_the_posts_title():
    post = (
        "中关村科学城“新就业形态劳动者之家”揭牌\n海淀工会 海淀工会 2024年05月22日 09:30 北京\n\n"
        "点击上方蓝字 关注我们\n\n▶ 点击观看视频\n\n来源：劳动午报 2024年5月22日 第03版\n\n"
        "中关村科学城“新就业形态劳动者之家”揭牌\n首批500名新就业形态劳动者领到工会会员卡\n\n"
        "本报讯（记者 赵思远　通讯员 李婷）5月20日，中关村科学城新就业形态劳动者之家在海淀区中关村街道揭牌。\n\n"
        "▲首批新就业形态劳动者领取工会会员卡。本报记者 王京 摄\n\n"
        "据了解，劳动者之家由海淀区总工会联合中关村街道共同建设，实行24小时开放。\n"
    )
    (art,) = split_text(post)
    assert (art.kicker, art.title, art.subtitle) == (
        None, "中关村科学城“新就业形态劳动者之家”揭牌", "首批500名新就业形态劳动者领到工会会员卡")
    assert art.reporters == ["赵思远", "王京"] and "点击观看视频" not in art.text


def test_app_copies_with_pictures_in_place_comments_and_a_writers_byline():
    app = (
        "打开APP\n北京日报客户端\n下载北京日报客户端，阅读体验更佳\n\n"
        "丰台这座“暖心驿站”上新：骑手歇脚能充电还能学技能\n\n北京日报客户端｜记者 孟环 通讯员 丰工宣\n2024-06-18 15:42\n"
        "字号  A-  A+\n\n18日，丰台区总工会在卢沟桥街道举行“暖心驿站”升级启用仪式。\n\n"
        "[图片]\n丰台区总工会工作人员为新就业形态劳动者发放“清凉包”。 通讯员 供图\n\n"
        "据介绍，今年丰台区总工会将投入资金280万元，对86家户外劳动者服务站进行提质改造。\n\n"
        "[图片]\n骑手在驿站内使用换电柜。 北京日报记者 邓伟 摄\n\n"
        "“驿站不光是歇脚的地方，更要成为新就业形态劳动者的‘娘家’。”丰台区总工会相关负责人表示。\n\n"
        "热评\n门头沟小王  2小时前  北京\n妙峰山也有了，周末就去！\n点赞 208\n\n"
        "骑行爱好者  1小时前  北京\n会员卡在哪办？\n\n下载央视新闻客户端 看更多\n\n北京时间\n下载北京时间APP\n\n"
        "延庆区总工会赴怀来开展京张工会协作 签下三项帮扶协议\n\n北京时间  2024-05-16 17:02\n文/刘晓蓓  图/延庆区总工会\n\n"
        "近日，延庆区总工会带队赴河北省张家口市怀来县总工会，开展京张工会协作交流活动。\n"
    )
    first, second = split_text(app)
    assert (first.title, first.reporters) == ("丰台这座“暖心驿站”上新：骑手歇脚能充电还能学技能", ["孟环", "邓伟"])
    assert first.text.endswith("相关负责人表示。") and "妙峰山" not in first.text
    assert (second.title, second.reporters, second.byline) == (
        "延庆区总工会赴怀来开展京张工会协作 签下三项帮扶协议", [], "文/刘晓蓓  图/延庆区总工会")


def test_reporters_in_the_order_they_are_printed():
    page = (
        "海淀百名“码农”进车间 跟着大国工匠学“真功夫”\n\n新京报讯 近日，海淀区总工会组织百名软件工程师走进车间。\n\n"
        "工程师们在车间学习。新京报记者 王贵彬 摄\n\n活动持续三天，工程师们跟着大国工匠学习。\n\n新京报记者 吴静\n编辑 刘倩\n"
    )
    (art,) = split_text(page)
    assert art.reporters == ["王贵彬", "吴静"]


def test_a_front_pages_contents_box_and_its_imprint():
    page = (
        "劳动午报\n2024年6月18日　星期二\n要闻\n\n今日导读\n房山千名职工\n练应急\n第2版\n门头沟山区职工\n家门口做体检\n第3版\n\n"
        "推进新时代首都产业工人队伍建设改革\n\n市总工会启动首都职工技能提升“百千万”行动\n\n"
        "本报讯（记者 白莹）6月17日，北京市总工会召开首都职工技能提升工作推进会。\n\n"
        "工会快评\n让“娘家人”的服务\n跑在职工需求前面\n□ 苏　磊\n从驿站里的一杯热水，到车间里的一堂技能课，工会服务越伸越长。\n\n"
        "社址：北京市东城区安定门外大街　邮编：100011\n"
    )
    arts = extract_articles(split_text(page))
    assert [(a.kicker, a.title) for a in arts] == [
        ("推进新时代首都产业工人队伍建设改革", "市总工会启动首都职工技能提升“百千万”行动"),
        ("工会快评", "让“娘家人”的服务跑在职工需求前面")]
    assert arts[1].district is None and "社址" not in arts[1].text


def test_platform_reposts_and_a_digests_framed_adverts():
    repost = (
        "百度首页\n百家号\n\n工会早班车｜6月20日：景区里的“暖心驿站”\n\n北京职工之家\n2.6万粉丝\n关注\n"
        "2024-06-20 07:30　北京\n来源：劳动午报\n\n"
        "怀柔区总工会在景区建起户外劳动者“暖心驿站”\n\n本报讯（记者 范文清）6月18日，怀柔区总工会在慕田峪长城景区建起驿站。\n\n"
        "本文内容来自劳动午报，如有侵权请联系删除。\n举报/反馈\n\n相关推荐\n"
        "广告　北京首钢园附近精装公寓 拎包入住 月租2800起　查看详情\n延庆区总工会为百名劳模送健康体检　劳动午报 3小时前\n\n"
        "评论 12\n写评论...\n京西老周：我们单位也去了，旱地龙舟太热闹了！　北京 · 6-20　回复　赞 8\n"
    )
    arts = [a for a in split_text(repost) if a.kind != "notice"]
    assert [(a.title, a.reporters) for a in arts] == [("怀柔区总工会在景区建起户外劳动者“暖心驿站”", ["范文清"])]
    assert arts[0].text.endswith("建起驿站。")
    sohu = ("搜狐首页 > 新闻 > 正文\n\n朝阳门街道总工会为楼宇职工开设“午间课堂”\n\n劳动午报\n文章 3.1万　总阅读 8695万\n关注\n"
            "2024-07-09 14:21　发布于：北京市\n\n（劳动午报记者 王晓彤 实习生 李悦）\n\n"
            "7月5日中午，东城区朝阳门街道总工会在银河SOHO职工之家举办“午间课堂”。\n")
    (art,) = split_text(sohu)
    assert (art.title, art.reporters) == ("朝阳门街道总工会为楼宇职工开设“午间课堂”", ["王晓彤"])
    digest = (
        "工会要闻｜6月17日 星期二\n劳动午报 2025-06-17 06:50 发表于北京\n\n今天是6月17日，一起来看👇\n\n"
        "③ 通州宋庄镇职工书画展开幕\n\n6月15日，宋庄镇职工书画作品展在小堡艺术区开幕。\n\n"
        "┏━━━━━━━━━━━━━━━━━━━━┓\n　📱 北京12351 职工服务APP\n　入会、普惠、法律援助、困难帮扶\n"
        "　👉 长按识别二维码 立即下载\n┗━━━━━━━━━━━━━━━━━━━━┛\n\n【维权】\n\n"
        "④ 工资被拖欠三个月 丰台区工会法律援助帮他讨回4.6万元\n\n"
        "今年3月，刘建军来到丰台区总工会职工法律服务中心求助，近日公司支付全部欠薪。（记者 赵一帆 实习生 刘畅）\n\n"
        "【12351】\n下载“北京12351”APP\n享受职工会员专属普惠\n（广告）\n\n编辑 / 刘一鸣\n审核 / 张立伟\n"
    )
    arts = [a for a in split_text(digest) if a.kind != "notice"]
    assert [(a.title, a.reporters) for a in arts] == [
        ("通州宋庄镇职工书画展开幕", []), ("工资被拖欠三个月 丰台区工会法律援助帮他讨回4.6万元", ["赵一帆"])]
    # (the section's label, then the digest's account, which every story of the one post shares)
    assert arts[0].text.endswith("开幕。") and arts[1].banner == "【维权】 劳动午报 2025-06-17 06:50 发表于北京"


def test_a_district_unions_own_paper_under_its_masthead():
    # (an OCR copy's photo item over its dated caption and a commentary signed 文/…: tests/fixtures/rounds/r104d_p4)
    paper = (
        "丰 台 工 会\nFENGTAI GONGHUI\n2024年6月28日　第6期（总第86期）\n主办：北京市丰台区总工会\n内部资料　免费交流\n"
        "准印证号：京内资准字2024-L0086\n\n区总工会召开十五届五次全委（扩大）会议\n\n"
        "本报讯（通讯员 孙悦）6月26日，丰台区总工会召开十五届五次全委（扩大）会议。\n"
    )
    (art,) = extract_articles(split_text(paper))
    assert (art.title, art.district) == ("区总工会召开十五届五次全委（扩大）会议", "丰台区")
    assert "主办：北京市丰台区总工会" in art.banner


def test_a_district_unions_digest_with_its_contents_and_pictures_credited_under_a_mark():
    digest = (
        "【一周动态】望京夜校开课啦！朝阳工会资讯速览\n\n朝阳工会 2024年07月19日 17:30 北京\n\n"
        "↑↑↑ 点击蓝字 关注我们 ↑↑↑\n\n💡本期导读\n1. 望京街道总工会为新就业形态劳动者办“夜校”\n2. 双井职工“夏日运动会”开赛\n\n"
        "━━━━━━━━━━━━\n01\n望京街道总工会为新就业形态劳动者办“夜校”\n━━━━━━━━━━━━\n\n"
        "7月16日晚，在望京街道新就业形态劳动者服务站里，外卖骑手李建伟完成了第一条剪辑作品。\n\n（通讯员　许晴）\n\n"
        "━━━━━━━━━━━━\n02\n双井职工“夏日运动会”开赛\n━━━━━━━━━━━━\n\n"
        "7月13日，朝阳区双井街道第五届职工“夏日运动会”在富力广场开赛。图为职工在进行集体跳绳比赛。\n\n"
        "▲劳动午报记者　宋卓然　摄\n"
    )
    arts = split_text(digest)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "望京街道总工会为新就业形态劳动者办“夜校”", []), (None, "双井职工“夏日运动会”开赛", ["宋卓然"])]


def test_sites_of_more_outlets_and_their_pictures_credits():
    page = (
        "千龙网首页 | 新闻 | 北京 | 财经\n\n石景山区职工技能大赛开幕\n\n2024-06-12 16:48:05  来源：千龙网\n\n"
        "千龙网北京6月12日讯（记者 韩雪晴 实习生 蒋一帆）6月11日，石景山区职工技能大赛开幕。\n\n"
        "[图片]\n6月11日，选手在进行焊接比赛。千龙网记者 邵可嘉 摄\n\n"
        "比赛现场，焊花飞溅，选手们在规定时间内完成管道对接焊。\n\n比赛现场。石景山区总工会供图\n\n"
        "据悉，本届大赛将持续至6月下旬。\n\n////////////\n\n"
        "雄安新区总工会为建设者开设“工地夜校”\n\n澎湃新闻记者 许晓彤 实习生 郑家豪\n\n"
        "澎湃新闻从雄安新区总工会了解到，“工地夜校”首批在容东片区开班，800余名农民工报名。\n"
    )
    first, second = split_text(page)
    assert (first.title, first.reporters) == ("石景山区职工技能大赛开幕", ["韩雪晴", "邵可嘉"])
    assert first.text.endswith("6月下旬。")
    assert (second.title, second.reporters, second.interns) == ("雄安新区总工会为建设者开设“工地夜校”", ["许晓彤"], ["郑家豪"])
    app = (
        "北京日报客户端\n打开APP\n\n今年“夏送清凉”活动启动 全市工会将为百万户外\n职工送去清凉礼包\n\n"
        "北京日报客户端  2024-06-18 15:07  阅读量 3.2万\n字号 A- A+   分享\n\n北京日报客户端 | 记者 孙宏宇\n\n"
        "6月18日上午，2024年北京市工会“夏送清凉”活动启动仪式举行。\n"
    )
    (art,) = split_text(app)
    assert (art.title, art.reporters) == ("今年“夏送清凉”活动启动 全市工会将为百万户外职工送去清凉礼包", ["孙宏宇"])


def test_a_pdf_pages_byline_of_its_own_over_text_set_tight():
    page = "\n".join([
        "2024年9月10日 星期二", "第03版 区域新闻", "推动新就业群体建会入会", "德胜街道“工会驿站”", "开到快递网点门口",
        "——今年以来新发展会员1800余人", "□本报记者 陈曦　通讯员 李泫雅", "清晨7点半，西城区德胜街道新街", "口外大街一处快递网点前，刚卸完",
        "货的快递员们围在一辆挂着“工会", "驿站”牌子的流动服务车旁，有人", "接热水，有人扫码入会。这是德胜", "街道总工会今年推出的“流动驿站”，",
        "每周三次开到快递、外卖站点门口。", "“网点离固定驿站有一公里多，小", "哥们忙起来根本顾不上过去，那我", "们就把驿站开过来。”德胜街道总",
        "工会主席陈洪祥说，流动驿站配有", "急救包、充电宝、雨具和常用药品，", "工作人员现场讲解入会流程，一次", "能为20多名职工办理入会手续。",
        "据了解，今年以来，德胜街道总工", "会已在辖区18个快递、外卖站点开", "展流动服务120余次。",
    ]) + "\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.reporters) == (
        "推动新就业群体建会入会", "德胜街道“工会驿站”开到快递网点门口", ["陈曦"])
    assert art.text.startswith("清晨7点半，西城区德胜街道新街口外大街")


def test_a_photo_item_without_a_headline_after_a_story_and_over_a_columns_label():
    page = (
        "## 经开区工会“订单式”培训助推朝阳产业\n\n"
        "本报讯(记者 赵新政) 集成电路、生物医药、新能源汽车……这些被称为“朝阳产业”的行业,正成为职工技能提升的主战场。\n\n"
        "开发区工会联合会负责人表示,今年将把培训补贴资金提高到500万元。\n\n"
        "1月19日,西城区总工会“送温暖”慰问团走进德胜街道,为坚守岗位的环卫工人送去慰问品。 本报记者 王伟 摄影报道\n\n"
        "午报时评\n\n## 安全生产没有“旁观者”\n\n□ 郭强\n\n和平年代,安全生产是最常见也最容易被忽视的“战场”。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        (None, "经开区工会“订单式”培训助推朝阳产业", ["赵新政"]), (None, None, ["王伟"]),
        ("午报时评", "安全生产没有“旁观者”", [])]
    assert arts[1].kind == "photo" and arts[1].text.startswith("1月19日,西城区总工会")


def test_a_posts_numbered_items_each_over_a_dated_lead_are_stories():
    post = (
        "## 五月的回龙观，职工们这样过！\n\n回龙观街道总工会　2024年05月13日 18:06\n原创 回龙观工会 北京\n\n"
        "五月的回龙观，处处洋溢着奋斗的热情，快来看看有没有你的身影吧👇\n\n01\n\n“回天杯”职工篮球联赛鸣哨开赛\n\n"
        "5月11日上午，2024年回龙观街道“回天杯”职工篮球联赛正式开赛。本届联赛共有14支队伍参加。\n\n"
        "▲ 活动现场\n\n据介绍，本届联赛冠军队将代表街道参加昌平区职工篮球赛。\n\n文字：孙悦　摄影：高强\n\n"
        "02\n\n骑手驿站“上新”啦：充电热饭歇脚一站全\n\n"
        "最近，位于回龙观西大街的“骑手之家”工会驿站完成改造，重新向快递员、外卖骑手开放。\n\n"
        "“跑单累了能进来歇歇脚，心里特别暖。”在辖区送餐三年的骑手老冯说。\n"
    )
    arts = split_text(post)
    assert [a.title for a in arts] == [
        "五月的回龙观，职工们这样过！", "“回天杯”职工篮球联赛鸣哨开赛", "骑手驿站“上新”啦：充电热饭歇脚一站全"]
    assert arts[1].text.startswith("5月11日上午，") and arts[2].text.startswith("最近，")
    # numbered parts of one event (01 / 健康服务送上门 / 现场，… / 02 / … / 据介绍，…) stay one story
    one = (
        "“暖蜂驿站”开放日 望京街道总工会请骑手小哥来做客\n原创 望京工会 望京街道总工会 2024年06月17日 18:06 北京\n\n"
        "“跑了一上午单，进门就有凉白开，还能量个血压，真贴心！”6月15日，望京街道总工会举办开放日。\n\n"
        "01\n健康服务送上门\n\n现场，4名医护人员为骑手们测量血压、血糖。\n\n"
        "03\n驿站常开 服务常在\n\n据介绍，“暖蜂驿站”去年底由街道总工会与商户共建。\n"
    )
    assert len(split_text(one)) == 1


def test_a_pdf_headline_of_a_subject_over_its_predicate_under_a_kicker():
    page = (
        "劳动午报 2023年6月14日 星期三 第3版\n汛期将至 排查先行\n门头沟区千名职工志愿者\n进山入村排查防汛隐患\n"
        "　　本报讯（记者 任敏 通讯员 韩旭）主汛期临近，门头沟区总工会日前组织全区1000余名职工志愿者开展排查。\n"
    )
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.subtitle, art.reporters) == (
        "汛期将至 排查先行", "门头沟区千名职工志愿者进山入村排查防汛隐患", None, ["任敏"])


def test_a_photo_captions_lead_phrase_is_its_headline():
    page = (
        "图片新闻\n秋收时节助农忙 10月10日，延庆区总工会组织50余名职工志愿者来到张山营镇帮助果农采摘。\n本报记者 于佳欣 摄\n"
        "“小巷管家”学急救 10月11日，回龙观街道总工会为辖区60余名“小巷管家”开展急救培训。（本报记者 陶冉 摄）\n"
        "10月8日，石景山区总工会在首钢园举办职工健步走活动。\n本报记者 刘晶晶 通讯员 吴超 摄\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("秋收时节助农忙", ["于佳欣"]), ("“小巷管家”学急救", ["陶冉"]), (None, ["刘晶晶"])]
    assert arts[0].text.startswith("10月10日，延庆区总工会")
    # a subject typed before the lead's time is no headline
    (art,) = split_text("朝阳区总工会 近日，朝阳区总工会为辖区100名环卫工人送去清凉包。\n本报记者 孙艳 摄\n")
    assert art.title is None and art.text.startswith("朝阳区总工会 近日")


def test_an_ocr_bylines_spaced_intern_reporter():
    page = "## 中关村科学城青年职工“牵手”联谊\n\n本 报 讯 （记 者 王 晨  实 习 记 者 李 想） 7月16日，由海淀区总工会主办的联谊活动举行。\n"
    (art,) = split_text(page)
    assert art.reporters == ["王晨", "李想"]


def test_a_collection_posts_editors_note_over_reposted_stories_is_no_story():
    post = (
        "劳动午报关注｜本周，这些工地上的暖心事\n\n北京建设职工之家  2024年05月25日 17:30 北京\n\n"
        "编者按：本周，劳动午报多篇报道聚焦建设领域一线职工，记录了各级工会为建设者办实事的点滴。现转载如下，与大家分享。\n\n"
        "【仁和镇重点工程工地“职工小屋”上新】\n来源：劳动午报\n记者：徐伟\n\n"
        "近日，顺义区仁和镇一处重点工程项目工地的“职工小屋”完成升级改造，重新向工友们开放。\n"
    )
    arts = split_text(post)
    assert [(a.kind, a.title) for a in arts] == [("notice", None), ("article", "仁和镇重点工程工地“职工小屋”上新")]


def test_pdf_heads_over_two_lines_of_a_subject_and_its_predicate():
    page = "\n".join([
        "丽泽商务区首家楼宇", "联合工会成立", "□本报记者 韩冬", "　　11月18日，丽泽金融商务区首家楼宇联合工会正式成立。", "",
        "月季种植工人", "学起“冬管”技术", "——魏善庄镇总工会“冬季农技课堂”开课", "文/本报记者 黄鹤　图/通讯员 宋佳",
        "　　11月19日，在魏善庄镇半壁店村的一处月季种植基地，20多名种植工人学习冬季修剪。", "",
        "中关村科技企业", "职工“充电”学AI", "　　本报讯（实习记者 程立 记者 陈曦）11月20日晚，80余名程序员参加公益课。",
    ]) + "\n"
    assert [(a.kicker, a.title) for a in split_text(page)] == [
        (None, "丽泽商务区首家楼宇联合工会成立"), (None, "月季种植工人学起“冬管”技术"), (None, "中关村科技企业职工“充电”学AI")]
    # a kicker over a head whose next line names where its people are stays a kicker
    kicker = "聚焦民营企业\n职工之家建设提速\n\n本报讯（记者 孙艳）近日，朝阳区总工会推进民营企业职工之家建设。\n"
    assert [(a.kicker, a.title) for a in split_text(kicker)] == [("聚焦民营企业", "职工之家建设提速")]


def test_a_headline_repeated_over_the_rest_of_a_story_from_another_page():
    page = (
        "供热“把脉人”首钢园里比绝活\n　　本报讯（记者 于佳欣）11月20日，石景山区供热行业职工职业技能竞赛在首钢园举行。\n"
        "　　据了解，区总工会还将为获奖选手发放总计6万元的奖金。\n“暖冬行动”走进回天\n（上接第1版）\n"
        "　　记者在启动现场看到，不少骑手领到暖心包后，又被驿站里的“冬季体检”摊位吸引。\n"
    )
    first, rest = split_text(page)
    assert first.text.endswith("6万元的奖金。") and (rest.title, rest.text[:6]) == ("“暖冬行动”走进回天", "记者在启动现")
    # in one issue the rest joins the story that jumped, its headline repeated no line of the story above
    issue = (
        "## 市总工会确定今年为职工办好十件实事\n\n本报讯（记者 马超）市总工会日前确定今年为职工办好十件实事。（下转第2版）\n\n"
        "## 门头沟区总工会开展“春送关爱”\n\n本报讯（记者 马超）近日，门头沟区总工会为一线环卫职工送去“春季礼包”800份。\n\n"
        "为职工办好十件实事\n（上接第1版）\n经过梳理、论证，最终形成今年的十件实事清单。\n"
    )
    jumped, other = split_text(issue)
    assert jumped.text.endswith("十件实事清单。") and other.text.endswith("“春季礼包”800份。")


def test_a_digital_editions_link_under_a_credit_and_a_contents_boxs_wrapped_entries():
    page = (
        "今日导读\n▶第3版　东城区总工会“暖心课堂”\n开进王府井商圈\n▶第5版　经开区工会为800名新就业\n形态劳动者送体检\n"
        "劳动午报\n\n## 东城区总工会“暖心课堂”开进王府井商圈\n\n本报讯（记者 任洁）近日，东城区总工会在王府井商圈开设“暖心课堂”。\n\n"
        "图为职工在“暖心课堂”上学习颈椎保健操。　本报记者 彭程 摄\n本版图片\n【打印】【关闭】\n"
    )
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("东城区总工会“暖心课堂”开进王府井商圈", ["任洁", "彭程"])


def test_a_box_of_one_sentence_news_gives_a_brief_per_item():
    page = "\n".join([
        "者服务站点。", "一句话新闻", "●东城区总工会近日举办“劳模工", "匠进校园”活动，8名劳模走进北", "京二中等5所学校，与600余名学",
        "生面对面交流。", "●昌平区总工会为南口镇、阳坊镇", "等地的160名困难职工发放冬季取", "暖补贴，共计32万元。",
        "●怀柔区总工会日前举办全区职工", "乒乓球比赛，来自38家单位的210", "名职工参赛。", "●石景山区总工会联合区司法局开",
        "展“法律服务进企业”活动，为辖", "区26家中小企业提供劳动用工“法", "治体检”。",
    ]) + "\n"
    arts = extract_articles(split_text(page))[1:]
    assert [(a.title, a.district) for a in arts] == [
        (None, "东城区"), (None, "昌平区"), (None, "怀柔区"), (None, "石景山区")]
    # a story's own bulleted measures stay in it
    story = ("## 朝阳区总工会推出服务职工十项举措\n\n本报讯（记者 孙艳）近日，朝阳区总工会推出十项举措。\n\n"
             "●建立困难职工帮扶机制，全年投入资金500万元。\n\n●开展职工技能提升行动，培训职工1万人次。\n")
    assert len(split_text(story)) == 1


def test_a_photo_item_of_another_day_under_a_signed_story():
    page = (
        "## 东六环地下“穿针引线”的盾构班组\n\n本报讯（记者 张瑶 通讯员 冯涛） 4月22日，在通州区东六环入地改造工程西线隧道内，盾构机正在掘进。\n\n"
        "项目工会为班组职工在始发井旁建起了“职工之家”。\n\n"
        "4月25日，来自全市各区、各产业的2000余名职工在国家体育场参加首都职工“迎五一”健步走活动。\n\n图/本报记者 赵思敏\n\n"
        "## 公交集团上万辆空调车全部“开冷”\n\n本报讯（记者 周美玉） 记者从北京公交集团获悉，公交车空调已全部开启。\n\n"
        "7月11日午后，北京大兴国际机场西跑道附近的机坪地表温度超过50℃，机务人员顶着烈日检查飞机。\n\n本报记者 彭程 摄\n"
    )
    assert [(a.title, a.reporters) for a in split_text(page)] == [
        ("东六环地下“穿针引线”的盾构班组", ["张瑶"]), (None, ["赵思敏"]),
        ("公交集团上万辆空调车全部“开冷”", ["周美玉"]), (None, ["彭程"])]


def test_a_single_posts_account_and_its_section_of_news_below_the_story():
    post = (
        "三里屯商圈300余名餐饮职工学会“救命术”\n三里屯街道总工会 2024年07月03日 09:12 北京\n点击蓝字 关注我们\n\n"
        "来源：劳动午报  记者：周美玉\n\n7月2日，一场特殊的“技能课”在三里屯商圈开讲。朝阳区三里屯街道总工会联合区红十字会开展培训。\n\n"
        "—— 工会动态 ——\n\n街道总工会召开新就业形态劳动者座谈会\n\n"
        "7月1日下午，街道总工会在工体北路的“暖心驿站”召开新就业形态劳动者座谈会，辖区12名快递员参加。\n\n"
        "文字：孙悦\n编辑：李晨\n阅读 1521 点赞 18 在看 7\n"
    )
    arts = extract_articles(split_text(post))
    assert [(a.title, a.reporters, a.district) for a in arts] == [
        ("三里屯商圈300余名餐饮职工学会“救命术”", ["周美玉"], "朝阳区"), ("街道总工会召开新就业形态劳动者座谈会", [], "朝阳区")]
    assert arts[0].banner == "三里屯街道总工会 2024年07月03日 09:12 北京"
    assert arts[1].banner == "工会动态 三里屯街道总工会 2024年07月03日 09:12 北京"


def test_a_union_sites_list_of_stories_its_pager_and_its_footer_are_furniture():
    page = (
        "北京市丰台区总工会\n首页 | 机构概况 | 工会动态 | 基层风采 | 职工服务 |\n当前位置：首页 > 工会动态\n工会动态\n"
        "· 区总工会召开2024年第三季度经费审查工作会议　2024-09-13\n· 丽泽商务区楼宇工会联盟迎来12家新成员　2024-09-12\n"
        "· 区总工会召开新就业形态劳动者入会工作推进会　2024-08-28\n共23页　首页　上一页　1　2　3　4　5　下一页　尾页\n\n"
        "【打印本页】【关闭窗口】\n主办：北京市丰台区总工会　地址：北京市丰台区丰台镇西安街1号\n\n"
        "北京市丰台区总工会\n当前位置：首页 > 工会动态\n丽泽商务区楼宇工会联盟迎来12家新成员\n发布时间：2024-09-12　来源：区总工会　浏览次数：487\n"
        "　　9月11日，丽泽金融商务区楼宇工会联盟2024年度新成员入盟仪式在丽泽SOHO举行。\n"
        "主办：北京市丰台区总工会　地址：北京市丰台区丰台镇西安街1号\n"
    )
    (art,) = split_text(page)
    assert art.title == "丽泽商务区楼宇工会联盟迎来12家新成员" and art.text == "9月11日，丽泽金融商务区楼宇工会联盟2024年度新成员入盟仪式在丽泽SOHO举行。"


def test_a_pdf_head_of_an_areas_named_thing_over_what_it_did():
    page = "\n".join([
        "劳动午报　2023年11月8日　星期三　4　区县新闻　责编 马琳　美编 吴菲", "", "深化产业工人队伍建设改革",
        "亦庄“技能大师工作室”", "一年带出百余名高级工", "经开区总工会推动建立“师带徒”激励机制　37家企业参与", "",
        "　　本报讯（记者 赵思远）近日，记者从北京经济技术开发区总工会获悉，区内技能大师工作室一年带出高级工百余名。",
    ]) + "\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == ("深化产业工人队伍建设改革", "亦庄“技能大师工作室”一年带出百余名高级工")


def test_a_posts_pictures_under_triangles_and_where_its_story_was_printed_first():
    post = (
        "“冰上绝活”亮相首钢园 260余名冰雪产业职工同台竞技\n原创\n劳动午报 2024年11月22日 12:00 北京\n\n"
        "本文刊发于2024年11月22日《劳动午报》01版\n\n劳动午报记者 冯艳蕾\n\n"
        "11月21日，2024年石景山区冰雪产业职工技能大赛在首钢园开赛。\n\n"
        "▲11月21日，2024年石景山区冰雪产业职工技能大赛在首钢园开赛。\n劳动午报记者 常少卿 摄\n\n"
        "在制冰项目赛场，选手们需要在规定时间内完成冰面喷水、刮平、画线等工序。\n\n"
        "▲制冰项目比赛中，选手正在进行冰面平整作业。\n劳动午报记者 冯艳蕾 摄\n\n据悉，大赛将持续至11月23日。\n"
    )
    (art,) = split_text(post)
    assert (art.title, art.reporters) == ("“冰上绝活”亮相首钢园 260余名冰雪产业职工同台竞技", ["冯艳蕾", "常少卿"])
    assert "刊发" not in art.text and art.text.endswith("持续至11月23日。")


def test_a_digests_sign_off_its_readers_comments_and_a_reposted_accounts_card():
    digest = (
        "早安，北京职工｜11月22日，星期五\n原创\n劳动午报 2024年11月22日 07:00 北京\n\n"
        "今天是2024年11月22日，星期五。一起来看今天的职工新闻👇\n\n"
        "①和平街街道举办职工冬季趣味运动会\n11月20日，和平街街道总工会在辖区一所中学的体育馆内举办职工冬季趣味运动会。\n\n"
        "☀️今日天气｜晴间多云，北风三四级，最高气温6℃，最低气温-3℃。请注意防寒保暖。\n\n周五啦，祝大家工作顺利！\n\n"
        "编辑：张蕾  审核：韩冬\n\n点个“在看”，把好消息分享给身边的工友吧～\n\n阅读 1.1万  赞 56  在看 23\n\n精选留言\n\n"
        "工会小王  北京\n和平街的运动会我们单位也去了，特别热闹！\n赞 12\n"
    )
    arts = [a for a in split_text(digest) if a.kind != "notice"]
    assert [(a.title, a.text) for a in arts] == [
        ("和平街街道举办职工冬季趣味运动会", "11月20日，和平街街道总工会在辖区一所中学的体育馆内举办职工冬季趣味运动会。")]
    repost = (
        "金融街22家金融企业职工书屋集中揭牌\n西城工会 2024年10月12日 18:30 北京\n\n以下文章来源于劳动午报 ，作者劳动午报\n\n"
        "劳动午报 .\n北京市总工会机关报，传递职工心声，服务首都职工。\n\n劳动午报记者 郭嘉\n\n"
        "10月11日，西城区总工会在金融街街道举行金融系统职工书屋集中揭牌仪式。\n\n▼\n\n【西城工会动态】\n\n"
        "什刹海街道总工会开展“金秋健步走”活动\n10月11日上午，什刹海街道总工会组织300余名职工开展“金秋健步走”活动。\n"
        "（供稿：什刹海街道总工会）\n"
    )
    arts = split_text(repost)
    assert [(a.title, a.reporters) for a in arts] == [
        ("金融街22家金融企业职工书屋集中揭牌", ["郭嘉"]), ("什刹海街道总工会开展“金秋健步走”活动", [])]
    assert arts[1].banner.startswith("【西城工会动态】")


def test_markup_headings_over_two_lines_kickers_over_h3_heads_and_italic_captions():
    html = ("<h1>山区民宿从业者<br>\n考出首批&ldquo;管家证&rdquo;</h1>\n"
            "<p><strong>本报讯（记者 周美玉）</strong></p>\n<p>8月28日，在潭柘寺镇一家精品民宿的院子里，46名民宿从业者拿到了证书。</p>\n")
    assert [a.title for a in split_text(html)] == ["山区民宿从业者考出首批“管家证”"]
    md = (
        "# 劳动午报 2024-09-10 第5版\n\n> 西红门镇总工会“职工之家”再升级\n\n### 两百余名快递员有了“暖心驿站”\n\n"
        "**本报讯（记者 陈艺）** 9月6日，位于大兴区西红门镇的一家物流企业分拣中心里，一间“暖心驿站”正式揭牌。\n\n"
        "“金牌师傅”进工地传绝活\n\n9月8日，丰台区总工会组织8名市级劳模走进丽泽金融商务区一处在建项目。\n\n"
        "*图为市劳模张国栋（左二）为青年工人讲解钢筋节点做法。（本报记者 孙立臣 摄）*\n\n"
        "### 企业工会“拼团”为青年职工搭鹊桥\n\n**本报讯（记者 郭悦）** 9月7日，一场青年职工交友联谊活动在空港街道举行。\n"
    )
    assert [(a.kicker, a.title, a.reporters) for a in split_text(md)] == [
        ("西红门镇总工会“职工之家”再升级", "两百余名快递员有了“暖心驿站”", ["陈艺"]),
        (None, "“金牌师傅”进工地传绝活", ["孙立臣"]), (None, "企业工会“拼团”为青年职工搭鹊桥", ["郭悦"])]


def test_bylines_wholly_in_square_brackets_of_a_word_document():
    page = (
        "                         楼宇白领午休时间学急救\n\n　　【本报讯 记者 孙艳】午休时间一到，国贸三期写字楼28层的多功能厅里坐满了白领。\n\n"
        "                     首钢园里的“老工匠”带出“新徒弟”\n\n　　【本报记者 王东生 文／摄】\n"
        "　　在首钢园三号高炉旁的一间设备维修车间里，58岁的高级技师韩建军正在带徒弟。\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters, a.dateline) for a in arts] == [
        ("楼宇白领午休时间学急救", ["孙艳"], "本报讯"), ("首钢园里的“老工匠”带出“新徒弟”", ["王东生"], None)]
    assert arts[0].text.startswith("午休时间一到")


def test_a_roundup_posts_items_each_under_its_head_over_a_dated_lead():
    page = (
        "🎉喜报｜礼贤镇总工会荣获“北京市模范职工之家”称号\n礼贤镇总工会 2024年07月25日 09:30 北京\n点击蓝字 关注我们\n\n"
        "近日，北京市总工会公布2024年度北京市模范职工之家名单，礼贤镇总工会榜上有名。\n\n\n"
        "速看！永定镇总工会近期工作速递\n原创 永定镇总工会 门头沟永定 2024年07月23日\n点击蓝字 关注我们\n\n"
        "近期，永定镇总工会围绕服务职工开展了一系列活动，快来看看吧！\n\n"
        "职工心理健康讲座走进社区\n\n7月18日，永定镇总工会联合镇社区卫生服务中心举办职工心理健康讲座。\n\n"
        "▲讲座现场\n\n职工篮球联赛火热开赛\n\n7月20日，永定镇2024年职工篮球联赛在镇文体活动中心开赛。\n\n"
        "🌿🌿🌿\n\n“工会法进企业”宣讲走进工业园区\n\n7月16日下午，镇工会在工业园区会议室举办宣讲会。\n\n"
        "【活动现场】\n\n7月17日上午，宣讲团还走进园区企业车间。\n"
    )
    arts = [a for a in split_text(page) if a.kind != "notice"]
    assert [a.title for a in arts] == [
        "🎉喜报｜礼贤镇总工会荣获“北京市模范职工之家”称号", "职工心理健康讲座走进社区", "职工篮球联赛火热开赛",
        "“工会法进企业”宣讲走进工业园区"]
    assert arts[-1].text.endswith("走进园区企业车间。")  # (a post's section label is a crosshead)


def test_heads_set_over_two_lines_in_other_ways():
    marked = ("## 国家速滑馆制冰师团队\n24小时守护“最快的冰”\n\n本报讯(记者 王晓晖) “冰面温度要控制在零下6.5摄氏度。”\n\n"
              "## 首钢园里的“暖心驿站”\n——志愿者有了歇脚地\n\n本报讯(记者 孙艳) 2月8日,首钢园里的驿站开放。\n")
    assert [(a.title, a.subtitle) for a in split_text(marked)] == [
        ("国家速滑馆制冰师团队24小时守护“最快的冰”", None), ("首钢园里的“暖心驿站”", "——志愿者有了歇脚地")]
    spaced = ("# 第01版：要闻\n\n高温下的坚守\n\n东城区总工会\n\n为环卫工人送清凉\n\n"
              "本报讯（记者 任洁）7月23日，东城区总工会走进环卫作业班组送清凉。\n\n劳午时评\n\n歇脚的地方要“常开”更要“好用”\n\n"
              "□ 张弛\n\n驿站建起来不难，难的是常开、好用。\n")
    assert [(a.kicker, a.title) for a in split_text(spaced)] == [
        ("高温下的坚守", "东城区总工会为环卫工人送清凉"), ("劳午时评", "歇脚的地方要“常开”更要“好用”")]



def test_a_tip_box_under_its_own_head_and_a_bulleted_crosshead_of_two_phrases():
    page = (
        "## 温馨提示\n职工朋友遇到劳动争议、拖欠工资等问题，可通过以下渠道寻求帮助：\n①北京市总工会职工服务热线：12351\n"
        "## 车辆段里的“听诊师”\n□本报记者 马超\n王立新进入地铁公司后，一直在丰台区的这座车辆段工作。\n"
        "■ 夜班是常态，团圆是奢侈\n地铁检修大多在夜里进行，王立新一年有200多个夜晚是在车辆段度过的。\n"
    )
    tip, story = split_text(page)
    assert (tip.kind, story.kind) == ("notice", "article")
    assert story.text.split("\n")[1:] == ["■ 夜班是常态，团圆是奢侈", "地铁检修大多在夜里进行，王立新一年有200多个夜晚是在车辆段度过的。"]


def test_a_readers_signature_over_the_next_letters_head_and_a_marked_head_cut_inside_a_word():
    page = (
        "## 感谢工会帮我们找回了“家”\n\n我们小区的职工之家终于重新开放了，特此致谢。\n\n朝阳区望京街道 张秀英\n\n"
        "## 工会帮我讨回了4万多元工钱\n\n我是一名木工,今年在房山区长阳镇的一个装修工地干了五个多月活。长阳镇总工会帮我们讨回了工钱。\n\n"
        "## 昌平区总工会法律援助中心为37名农\n\n## 民工追回欠薪86万元\n\n本报讯(记者 郭强) 记者近日从昌平区总工会获悉,法律援助中心为37名农民工追回欠薪。\n"
    )
    arts = extract_articles(split_text(page))
    assert [(a.kicker, a.title, a.district) for a in arts] == [
        (None, "感谢工会帮我们找回了“家”", "朝阳区"), (None, "工会帮我讨回了4万多元工钱", "房山区"),
        (None, "昌平区总工会法律援助中心为37名农民工追回欠薪86万元", "昌平区")]
    assert arts[0].text.endswith("朝阳区望京街道 张秀英")


def test_an_ocr_head_of_a_towns_trade_over_what_it_got():
    page = "\n".join(["宋庄镇艺术从业者", "有了自己的工会", "本报讯(记者 任洁)近日,宋庄镇艺术从业者联合工会成立,首批300余名画家、雕塑家入会。"]) + "\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == (None, "宋庄镇艺术从业者有了自己的工会")


def test_a_leads_first_line_cut_by_a_break_under_a_marked_head_is_no_second_line_of_it():
    text = "\n".join([
        "## 延庆职工“五月鲜花”歌咏比赛落幕", "5月20日，延庆职工第三十三届“五月", "鲜花”歌咏比赛圆满落幕。",
    ]) + "\n"
    (art,) = split_text(text)
    assert art.title == "延庆职工“五月鲜花”歌咏比赛落幕"
    assert art.text.startswith("5月20日，延庆职工第三十三届“五月鲜花”歌咏比赛圆满落幕。")


def test_a_unions_name_over_what_it_helped_workers_get_is_one_headline():
    lead = "本报讯（记者 王路漫）日前，在广安门内街道总工会的协调下，38名农民工拿到了被拖欠的工资。\n"
    for head in ("## 广安门内街道工会\n\n## 帮38名农民工讨回欠薪\n\n", "广安门内街道工会\n帮38名农民工讨回欠薪\n"):
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title) == (None, "广安门内街道工会帮38名农民工讨回欠薪")


def test_a_picture_credit_glued_to_a_captions_last_sentence_credits_its_reporter():
    page = "\n\n".join([
        "## 图片新闻",
        "1月16日,亦庄一家汽车零部件企业举办职工趣味运动会,300余名职工参加拔河、跳绳等8个项目的比拼。图/本报记者 徐新星",
        "1月18日,后沙峪镇总工会开展义诊活动,为260余名职工免费测量血压。图/通讯员 李伟",
    ]) + "\n"
    first, second = split_text(page)
    assert (first.reporters, first.photographers) == (["徐新星"], ["徐新星"])
    assert first.text.endswith("8个项目的比拼。")
    assert (second.reporters, second.correspondents) == ([], ["李伟"])
    assert second.text.endswith("免费测量血压。")


def test_a_subject_with_no_verb_over_a_line_with_no_subject_is_one_headline():
    for head in ("## 本市职工疗休养\n\n## 今年首次向新就业群体开放\n\n", "## 二十四小时守护\n\n## 老城胡同的“生命线”\n\n"):
        (art,) = split_text(head + "本报讯(记者 赵新政) 记者5月7日从市总工会获悉，2025年职工疗休养工作近日全面启动。\n")
        assert art.kicker is None and art.title == head.replace("## ", "").replace("\n", "")
    # a kicker with a verb of its own stays a kicker
    (art,) = split_text("## 服务新就业群体\n\n## 今年首次向快递员开放\n\n本报讯(记者 赵新政) 近日，职工疗休养工作启动。\n")
    assert (art.kicker, art.title) == ("服务新就业群体", "今年首次向快递员开放")


def test_a_heads_first_line_no_kicker_could_be_goes_on_past_a_blank_line():
    lead = "\n\n本报讯（记者 白莹）近日，镇总工会组织60名职工参加活动。\n"
    cases = {
        "怀柔区雁栖镇总工会组织\n\n职工走进怀柔科学城": "怀柔区雁栖镇总工会组织职工走进怀柔科学城",
        "## 西城区德胜街道总工会\n\n为“小哥”开设法律夜校": "西城区德胜街道总工会为“小哥”开设法律夜校",
        "## 平谷区金海湖镇总工会走进\n\n大桃产业园开展技能培训": "平谷区金海湖镇总工会走进大桃产业园开展技能培训",
        "## 密云水库岸边\n\n## 职工志愿者巡库护水": "密云水库岸边职工志愿者巡库护水",
    }
    for head, title in cases.items():
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title) == (None, title)
    # a kicker over its headline stays a kicker
    (art,) = split_text("弘扬劳模精神\n\n## 职工志愿者巡库护水" + lead)
    assert (art.kicker, art.title) == ("弘扬劳模精神", "职工志愿者巡库护水")
    (art,) = split_text("顺义区总工会\n\n“小哥驿站”开进商圈" + lead)
    assert (art.kicker, art.title) == ("顺义区总工会", "“小哥驿站”开进商圈")


def test_a_photo_items_head_of_a_places_side_over_its_people_is_one_headline():
    page = "奥森公园里\n\n职工健步走迎秋\n\n9月20日，朝阳区总工会在奥林匹克森林公园举办职工健步走活动，800余名职工参加。\n\n本报记者 刘欣欣 摄\n"
    (art,) = split_text(page)
    assert (art.title, art.reporters) == ("奥森公园里职工健步走迎秋", ["刘欣欣"])


def test_a_briefs_run_in_headline_after_its_bullet_is_its_title_and_opens_a_record():
    page = "\n\n".join([
        "## 一句话新闻",
        "●天津市和平区总工会日前在五大道文化旅游区举办职工文化节，展示职工书画作品300余件。",
        "●**副中心楼宇职工有了“共享食堂”**　城市副中心运河商务区楼宇工会联合会近日联合餐饮企业开设职工“共享食堂”。",
        "●**门头沟区首批职工疗休养团出发** 近日，门头沟区总工会组织的首批职工疗休养团出发。（记者 王路曼）",
    ]) + "\n"
    arts = split_text(page)
    assert [a.title for a in arts] == [None, "副中心楼宇职工有了“共享食堂”", "门头沟区首批职工疗休养团出发"]
    assert arts[1].text.startswith("城市副中心运河商务区") and arts[2].text.startswith("近日，门头沟区")
    assert arts[2].reporters == ["王路曼"]


def test_the_papers_subscription_advert_is_no_part_of_the_story_above_or_below():
    page = "\n\n".join([
        "## 副中心工地上办起“农民工夜校”",
        "本报讯(记者 马超) 近日，通州区总工会在建设工地开办“农民工夜校”，年内培训建筑工人2000人次。",
        "职工的报纸 工会的声音",
        "订阅热线:11185 各区邮局均可办理订阅手续",
        "以赛促学 以赛促练",
        "## 经开区百余名技术工人同台比武",
        "本报讯(记者 周美玉) 4月25日，北京经济技术开发区职工职业技能竞赛在亦庄开幕。",
        "●金融街街道总工会近日举办青年职工联谊活动，80余名职工参加。（记者 陈曦）\n"
        "《劳动午报》2025年度征订工作全面启动 邮发代号1-87 订阅热线:010-63526868",
    ]) + "\n"
    first, second, brief = split_text(page)
    assert first.text.endswith("年内培训建筑工人2000人次。")
    assert (second.kicker, second.title) == ("以赛促学 以赛促练", "经开区百余名技术工人同台比武")
    assert brief.reporters == ["陈曦"] and brief.text.endswith("80余名职工参加。")


def test_briefs_tagged_with_their_district_on_a_line_of_their_own_are_a_record_each():
    page = "\n\n".join([
        "区县传真",
        "■东城",
        "东城区天坛街道总工会近日为一线园林养护职工开展健康义诊。（记者　陈曦）",
        "■西城",
        "西城区金融街街道总工会日前举办职工健康跑活动，400余名职工参加。",
        "■朝阳区",
        "朝阳区总工会一行近日赴青海省玉树藏族自治州治多县开展对口支援工作。（记者 刘欣欣）",
        "【经开区】",
        "经开区总工会近日举办新就业形态劳动者专场招聘会。",
    ]) + "\n"
    arts = split_text(page)
    assert [a.text[:2] for a in arts] == ["东城", "西城", "朝阳", "经开"]
    assert [(a.kicker, a.title) for a in arts] == [("东城", None), ("西城", None), ("朝阳区", None), ("经开区", None)]
    assert [a.reporters for a in arts] == [["陈曦"], [], ["刘欣欣"], []]


def test_a_two_paragraph_caption_with_its_own_credit_after_a_credited_story_is_a_photo_item():
    page = "\n\n".join([
        "## 回天地区今年将新建15家职工之家",
        "本报讯(记者 周美玉) 记者近日从区总工会获悉，今年回天地区将新建15家职工之家。",
        "图为职工在回龙观街道一处职工之家内健身。",
        "本报记者 陈艺 通讯员 孙立 摄",
        "5月10日，长阳镇总工会在镇职工之家举办女职工插花沙龙，30余名女职工参加活动。",
        "活动中，花艺老师从花材挑选等方面进行讲解。图为女职工在老师指导下制作花束。",
        "本报记者 闫长禄 摄",
    ]) + "\n"
    story, photo = split_text(page)
    assert story.reporters == ["周美玉", "陈艺"] and photo.reporters == ["闫长禄"]
    assert photo.text.startswith("5月10日，长阳镇总工会")


def test_a_readers_signature_over_the_next_pieces_label_closes_the_letter():
    page = "\n\n".join([
        "## “娘家人”帮我家渡过难关",
        "去年秋天，我爱人突发脑出血住院，长阳镇总工会帮我们解决了6万余元的医疗费。我想道一声：谢谢你们！",
        "房山区读者 高淑芬",
        "工会知识问答",
        "## 新就业形态劳动者怎样加入工会",
        "问：我是一名网约配送员，可以加入工会吗？",
        "答：可以。新就业形态劳动者可以通过“北京工会12351”APP提交入会申请。",
        "本报记者 白莹 整理",
    ]) + "\n"
    letter, answers = split_text(page)
    assert letter.text.endswith("房山区读者 高淑芬")
    assert answers.kicker == "工会知识问答" and "房山" not in answers.text


def test_marked_lines_set_tight_under_a_bare_kicker_are_one_headline():
    page = "聚焦新就业形态劳动者权益保障\n\n## 人社部:推动平台企业\n## 规范用工 保障劳动者休息权\n\n" \
           "新华社北京5月28日电(记者黄晓辉、钟宇航) 记者28日从人力资源和社会保障部获悉，人社部近日印发通知。\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == ("聚焦新就业形态劳动者权益保障", "人社部:推动平台企业规范用工 保障劳动者休息权")
    assert art.reporters == ["黄晓辉", "钟宇航"]


def test_two_marked_lines_a_subject_over_its_predicate_are_one_headline():
    lead = "\n\n本报讯(记者 李昌平) 近日，延庆区生态护林员职业技能竞赛在八达岭镇举行。\n"
    for head, title in (("## 首都职工“安康杯”竞赛\n\n## 今年聚焦新就业形态劳动者", "首都职工“安康杯”竞赛今年聚焦新就业形态劳动者"),
                        ("## 延庆护林员技能比武\n\n## 比出“林海卫士”真本领", "延庆护林员技能比武比出“林海卫士”真本领")):
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title) == (None, title)
    # a marked kicker over a headline with its own subject stays a kicker
    (art,) = split_text("## 高温下的“娘家人”\n\n## 大兴区总工会为一线职工送去清凉" + lead)
    assert (art.kicker, art.title) == ("高温下的“娘家人”", "大兴区总工会为一线职工送去清凉")


def test_a_notices_issuer_over_a_continued_story_closes_the_notice():
    page = "\n\n".join([
        "## 回天职工服务中心开门迎客",
        "本报讯(记者 赵新政) 近日，昌平区回天地区职工服务中心正式开放。(下转第2版)",
        "## 启事",
        "本报“职工之声”栏目长期面向广大职工征集稿件，一经采用，即付稿酬。",
        "劳动午报社",
        "(上接第1版)在中心二层的职工书屋，3000余册图书按照主题分类上架。昌平区总工会表示，下一步将再建设8个职工服务站点。",
    ]) + "\n"
    story, notice = split_text(page)
    assert (story.title, notice.title) == ("回天职工服务中心开门迎客", "启事")
    assert story.text.endswith("再建设8个职工服务站点。") and notice.text.endswith("劳动午报社")


def test_heads_a_narrow_column_wrapped_after_a_verb_a_modifier_or_a_first_clause():
    lead = "\n本报讯（记者　白莹）\n近日，区总工会举办培训班，120名基层工会主席参加。\n\n"
    for head in ("八角街道总工会搭台\n百余名物业职工比技能", "麦子店街道工会调解\n帮12名装修工人追回欠薪",
                 "区总工会举办基层\n工会主席能力提升培训班", "市总工会投入1.2亿元提升\n基层职工之家建设水平",
                 "职工驿站别只“挂牌”\n更要“挂心”"):
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title) == (None, head.replace("\n", ""))
    # a kicker that ends with its own verb stays one (技能比武促提升 / BOE亦庄基地…)
    (art,) = split_text("技能比武促提升\nBOE亦庄基地300名一线员工同台竞技" + lead)
    assert (art.kicker, art.title) == ("技能比武促提升", "BOE亦庄基地300名一线员工同台竞技")


def test_an_editors_line_at_a_columns_foot_does_not_cut_a_hard_wrapped_paragraph():
    lines = [
        "CBD“午间课堂”", "开到白领家门口", "本报讯（记者　孙艳　刘欣欣）",
        "“午休一个小时，听完一堂课还能赶回工位。”", "近日，在国贸附近一座写字楼的职工之家里，",
        "30多名白领职工利用午休时间参加了一堂", "“职场压力与情绪管理”讲座。这是CBD楼",
        "宇工会联合会今年推出的“午间课堂”系列", "活动之一。", "",
        "据了解，CBD区域商务楼宇集中，青年白领", "多、工作节奏快，很多职工反映下班后时间", "本版责编：刘畅",
        "难以保证，希望在午休时间“充充电”。为", "此，楼宇工会联合会梳理职工需求，将课程",
        "分为心理健康、法律常识、职场技能和健康", "养生四大类，每周三中午在不同楼宇轮流开",
        "讲，每期时长45分钟，职工通过小程序即可", "预约。", "",
        "截至目前，“午间课堂”已在12座楼宇开课", "28期，参与职工1600余人次。楼宇工会联合",
        "会负责人表示，下一步将邀请更多劳模工匠、", "行业专家走进课堂，并把课程延伸到线上，", "方便更多职工随时学习。", "",
        "本报记者　孙艳　摄",
    ]
    (art,) = split_text("\n".join(lines) + "\n")
    assert art.title == "CBD“午间课堂”开到白领家门口"
    assert "很多职工反映下班后时间难以保证，希望在午休时间“充充电”。" in art.text and "责编" not in art.text


def test_a_captions_bold_head_or_another_unions_lead_after_a_story_opens_a_photo_item():
    page = "\n\n".join([
        "## 经开区总工会赴河北涞水开展结对帮扶",
        "本报讯(记者 赵新政) 近日，北京经济技术开发区总工会一行赴河北省保定市涞水县总工会开展结对帮扶工作。",
        "帮扶期间，经开区总工会一行走访慰问了涞水县10户困难职工家庭。",
        "近日，大兴区亦庄镇总工会在镇职工之家举办手工制作活动，50余名职工和家属参加。",
        "图/本报记者 孙艳",
        "**亦庄职工篮球联赛开赛** 7月13日，由北京经济技术开发区总工会主办的职工篮球联赛开赛。",
        "本报记者 于佳 摄",
    ]) + "\n"
    story, photo, bold = split_text(page)
    assert story.reporters == ["赵新政"] and story.text.endswith("10户困难职工家庭。")
    assert (photo.title, photo.reporters) == (None, ["孙艳"])
    assert (bold.title, bold.reporters) == ("亦庄职工篮球联赛开赛", ["于佳"])


def test_a_subtitle_marked_as_a_head_over_two_lines_is_the_headlines():
    page = "## 温泉镇职工运动会跑出“精气神”\n\n## ——镇总工会以体育赛事为纽带\n\n## 凝聚职工干事创业合力\n\n" \
           "本报讯（记者 赵思远）日前，温泉镇第六届职工运动会举行，30个基层工会600余名职工参赛。\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == (None, "温泉镇职工运动会跑出“精气神”")
    assert art.subtitle == "——镇总工会以体育赛事为纽带凝聚职工干事创业合力"


def test_a_hotline_advert_set_apart_by_a_wide_space_is_no_part_of_the_story_above():
    page = "\n\n".join([
        "## 石景山区启动“职工健康守护”行动",
        "8月以来，石景山区总工会在全区启动“职工健康守护”行动，为2100余名职工测量血压。(记者 张晶 通讯员 刘畅)",
        "职工维权\u3000请拨12351",
        "北京市总工会职工服务热线\u3000法律咨询·困难帮扶·心理疏导\u300024小时为您服务",
    ]) + "\n"
    (art,) = split_text(page)
    assert art.reporters == ["张晶"] and art.text.endswith("测量血压。")


def test_heads_and_kickers_a_pdfs_columns_wrapped():
    lead = "\n本报讯（记者 蔡文）\n近日，镇总工会联合区农业农村局组建技术帮扶团，为60余名瓜农讲解技术要点。\n"
    cases = {
        "庞各庄镇西瓜基地迎来\n“技术帮扶团”": (None, "庞各庄镇西瓜基地迎来“技术帮扶团”"),
        "京西稻田里\n上了一堂劳动课": (None, "京西稻田里上了一堂劳动课"),
        "2023年北京市职工\n职业技能大赛\n决赛落幕": (None, "2023年北京市职工职业技能大赛决赛落幕"),
        "推进新就业形态劳动者入会和服务工作　织\n密基层服务网络\n中关村核心区建成12家\n“骑手驿站”":
            ("推进新就业形态劳动者入会和服务工作　织密基层服务网络", "中关村核心区建成12家“骑手驿站”"),
        "聚焦集成电路、生物医药等重点\n产业链　推出“一企一策”培养方案\n\n经开区总工会启动“亦企\n工匠”培育计划":
            ("聚焦集成电路、生物医药等重点产业链　推出“一企一策”培养方案", "经开区总工会启动“亦企工匠”培育计划"),
    }
    for head, want in cases.items():
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title) == want


def test_a_photo_items_head_over_its_picture_credit_and_lead_after_a_story():
    page = "\n\n".join([
        "## 回天地区职工子女“爱心托管班”开班",
        "本报讯（记者 周美玉）近日，回天地区职工子女暑期爱心托管班在天通苑北街道职工之家开班。",
        "“工会办的托管班解决了大难题。”一位职工说。",
        "长阳镇职工趣味运动会欢乐开赛\n图/本报记者 于佳",
        "近日，长阳镇总工会举办职工趣味运动会，300余名职工参加了毛毛虫竞速等项目。",
    ]) + "\n"
    story, photo = split_text(page)
    assert story.reporters == ["周美玉"]
    assert (photo.title, photo.reporters) == ("长阳镇职工趣味运动会欢乐开赛", ["于佳"])


def test_a_masthead_whose_zeros_ocr_read_as_ling_is_the_pages_banner():
    page = "2〇23年〇8月22日  星期二\n第〇6版：朝阳工会\n劳动午报\n\n## 建筑工地上的“安康杯”应急演练\n\n" \
           "本报讯（通讯员 王强）近日，区建筑业产业工会在一处在建工地开展“安康杯”应急救援演练，150名职工参加。\n"
    (art,) = extract_articles(split_text(page))
    assert "第〇6版：朝阳工会" in art.banner and art.district == "朝阳区"


def test_a_bulletins_item_numbers_on_lines_of_their_own_are_no_records():
    page = "\n\n".join([
        "# 本版稿件选自朝阳区总工会《朝阳工会》2024年第5期",
        "一、", "## 望京街道“小哥之家”又添新点位", "本刊讯（通讯员 郭静）近日，望京街道总工会建成第二家“小哥之家”。",
        "二、", "## 十八里店地区工会举办职工技能比武", "4月下旬，朝阳区十八里店地区工会举办职工技能比武。",
    ]) + "\n"
    arts = split_text(page)
    assert [a.title for a in arts] == ["望京街道“小哥之家”又添新点位", "十八里店地区工会举办职工技能比武"]
    assert not arts[0].text.endswith("二、")


def test_a_front_pages_masthead_site_label_and_wrapped_contents_entries_are_no_stories():
    lines = [
        "劳动午报", "北京市总工会主办 第6746期", "2023年7月12日 星期三", "今日8版 国内统一连续出版物号 CN11-0254",
        "ldwb.workerbj.cn", "要闻 01", "本期导读",
        "■丰台区总工会为600名环卫工人送上", "“暖心包”……（详见第3版）",
        "西城区职工游泳比赛开赛", "……（详见第4版）",
        "## 全市工会“两节”送温暖活动全面启动",
        "本报讯（记者 白莹）1月17日，北京市总工会2024年元旦春节送温暖活动启动仪式在北京市职工服务中心举行。",
    ]
    (art,) = split_text("\n".join(lines) + "\n")
    assert art.title == "全市工会“两节”送温暖活动全面启动"
    assert "要闻 01" in art.banner and "ldwb.workerbj.cn" in art.banner


def test_two_columns_heads_flattened_onto_one_line_by_spaces_of_both_widths():
    page = "\n\n".join([
        "乡村振兴 工会有为   \u3000\u3000暖心服务",
        "## 马坊镇总工会带职工学直播带货   \u3000\u3000溪翁庄镇环卫工人吃上“爱心早餐”",
        "本报讯(记者 郭婷) 近日，平谷区马坊镇总工会举办职工直播带货技能培训班，45名职工参加培训。",
        "本报讯(记者 李杨) 近日，密云区溪翁庄镇总工会为环卫工人送上“爱心早餐”，惠及80余名环卫工人。",
    ]) + "\n"
    left, right = split_text(page)
    assert (left.title, right.title) == ("马坊镇总工会带职工学直播带货", "溪翁庄镇环卫工人吃上“爱心早餐”")
    left, right = split_text(page.replace("\u3000\u3000溪翁庄镇", "\u3000\u3000## 溪翁庄镇"))  # each half marked
    assert (left.title, right.title) == ("马坊镇总工会带职工学直播带货", "溪翁庄镇环卫工人吃上“爱心早餐”")


def test_a_head_wrapped_after_the_verb_of_a_contest():
    (art,) = split_text("怀柔科学城科研人员比拼\n实验室安全知识\n本报讯（记者　崔欣）近日，怀柔科学城职工实验室安全知识竞赛举行。\n")
    assert (art.kicker, art.title) == (None, "怀柔科学城科研人员比拼实验室安全知识")


def test_a_web_copys_site_and_reading_time_are_no_headline():
    page = "ldwb.workerbj.cn\n酷暑中的“守水人”收到工会清凉包\n3-4 分钟\n\n" \
           "本报讯（实习记者 宋佳宁 记者 刘欣欣）近日，密云区总工会为260余名水库巡护员送去防暑降温用品。\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title, art.subtitle) == (None, "酷暑中的“守水人”收到工会清凉包", None)


def test_heads_set_on_two_marked_lines_a_blank_line_apart():
    lead = "\n\n本报讯(记者 马超) 近日，区总工会组织相关负责同志开展学习考察。\n"
    for head in ("## 区总工会年内新建\n\n## 22家户外劳动者服务站", "## 延庆区总工会赴海淀\n\n## 考察职工创新工作室建设",
                 "## 平谷区总工会来石景山\n\n## 交流工会“会站家”一体化建设",
                 "## 12351职工服务热线\n\n## 开通暑期劳动法律咨询专线",
                 "## 市总工会发布高温季节\n\n## 职工劳动保护工作提示", "## 副中心建设者的孩子\n\n## 暑假来京与父母团聚",
                 "## 怀柔区表彰“安康杯”竞赛\n\n## 暨APEC会议服务保障先进"):
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title) == (None, head.replace("## ", "").replace("\n", ""))


def test_a_web_copys_meta_line_naming_a_correspondent_and_its_comma_headline():
    page = "\n".join([
        "当前位置:首页 > 新闻 > 全国工会", "",
        "北京街道把“职工之家”建进了步行街",
        "来源:工人日报\u3000\u3000作者:本报记者 刘友婷 本报通讯员 越工宣\u3000\u3000发布时间:2024-05-13", "",
        "本报讯(记者 刘友婷 通讯员 越工宣)日前,广州市越秀区北京街道总工会在北京路步行街商圈建成职工之家。", "",
        "＊\u3000＊\u3000＊", "",
        "为劳动者健康托底，需要更多“组合拳”",
        "来源：工人日报\u3000作者：吴迪\u3000发布时间：2024-05-14", "",
        "\u3000\u3000近日，多地工会推出面向新就业形态劳动者的免费体检服务，受到快递员、外卖骑手等群体欢迎。", "",
        "《工人日报》（2024年05月14日 03版）",
    ]) + "\n"
    first, second = split_text(page)
    assert (first.title, first.reporters, first.correspondents) == ("北京街道把“职工之家”建进了步行街", ["刘友婷"], ["越工宣"])
    assert second.title == "为劳动者健康托底，需要更多“组合拳”" and second.text.endswith("群体欢迎。")


def test_a_web_pager_between_stories_is_no_headline():
    page = "\n".join([
        "第03版:工会",
        "\u3000\u3000本报讯 (记者 孙艳) 近日,潞城镇总工会为副中心建设者建成职工公寓。",
        "<< 上一篇    下一篇 >>", "",
        "第03版:工会",
        "\u3000\u3000本报讯 (记者 赵思远) 近日,学院路街道总工会举办青年职工交友联谊会,80名职工参加活动。",
        "<< 上一篇    下一篇 >>",
    ]) + "\n"
    first, second = split_text(page)
    assert (first.title, second.title) == (None, None)
    assert "上一篇" not in first.text + second.text


def test_a_photo_items_second_picture_captioned_tu_wei_stays_with_it():
    page = "\n".join([
        "第08版:图片新闻", "石景山职工冰雪运动会开赛",
        "1月19日,2024年石景山区职工冰雪运动会在首钢园群明湖冰场开幕,1100余名职工报名参赛。", "本报记者 孙妍 摄影报道", "",
        "图为职工在冰上拔河比赛中奋力拼搏。“平时在车间里大家就配合默契。”队长刘建军说。", "本报记者 彭程 摄", "",
        "第08版:图片新闻",
        "1月18日,望京街道总工会在“暖心驿站”举办“新春送福”活动,为外卖送餐员书写春联200余幅。", "",
        "通讯员 付彬 摄影报道", "", "<<上一版  下一版>>",
    ]) + "\n"
    first, second = split_text(page)
    assert (first.title, first.reporters) == ("石景山职工冰雪运动会开赛", ["孙妍", "彭程"])
    assert (second.reporters, second.correspondents) == ([], ["付彬"]) and "下一版" not in second.text


def test_a_captions_bold_head_over_a_tu_credit_after_a_dated_story_is_an_item():
    page = "\n\n".join([
        "## 中关村软件园成立园区工会联合会",
        "本报讯(记者 赵思远) 7月8日,中关村软件园园区工会联合会成立。",
        "大会选举产生了联合会第一届委员会。",
        "**职工游泳比赛开赛**\u30007月9日,丰台区第八届职工游泳比赛在丰台体育中心游泳馆开赛。",
        "图/本报记者 孙妍",
        "■基层快讯",
        "●**回天地区新建5家职工之家**\u3000日前,回龙观、天通苑地区新建的5家职工之家投入使用。",
    ]) + "\n"
    story, photo, brief = split_text(page)
    assert story.reporters == ["赵思远"]
    assert (photo.title, photo.reporters) == ("职工游泳比赛开赛", ["孙妍"])
    assert brief.title == "回天地区新建5家职工之家"


def test_a_kicker_opening_with_da_xing_the_verb_is_no_districts_subject():
    (art,) = split_text("大兴调查研究之风\n西城区总工会班子成员带队走访“两新”组织\n本报讯(记者 陈曦) 8月以来,西城区总工会组织班子成员开展调研。\n")
    assert (art.kicker, art.title) == ("大兴调查研究之风", "西城区总工会班子成员带队走访“两新”组织")


def test_heads_wrapped_after_a_destination_an_adverb_an_amount_or_inside_a_list():
    lead = "\n本报讯（记者 白莹）3月9日，记者从北京市总工会获悉，市总工会追加专项资金慰问一线职工。\n"
    for head in ("朝阳区总工会赴\n内蒙古科左中旗开展帮扶对接", "让服务阵地真正\n“暖”到职工心里",
                 "## 市总工会追加2000万元\n\n## 专项资金慰问防疫一线职工"):
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title) == (None, head.replace("## ", "").replace("\n", ""))
    (art,) = split_text("24小时开放 配齐微波炉、充电柜\n和应急药箱\n学院路街道为快递小哥建起\n“暖蜂驿站”" + lead)
    assert (art.kicker, art.title) == ("24小时开放 配齐微波炉、充电柜和应急药箱", "学院路街道为快递小哥建起“暖蜂驿站”")


def test_a_bylines_last_character_alone_past_a_page_break():
    page = "## 工地板房里的“法律明白人”\n\n□本报记者 马春\n\n燕\n\n在十八里店地区的一处保障房建设工地，提起工会法律服务站，工人们都竖起大拇指。\n"
    (art,) = split_text(page)
    assert art.reporters == ["马春燕"] and art.text.startswith("在十八里店地区")


def test_a_posts_comments_end_at_the_next_posts_title_a_blank_line_over_its_account_line():
    page = "\n\n".join([
        "2024年北京市职工职业技能大赛启动 设32个竞赛项目",
        "原创 北京市总工会 北京市总工会 2024年06月14日 20:00 北京",
        "6月14日，2024年北京市职工职业技能大赛启动仪式在京举行。",
        "（来源：劳动午报 记者 白莹）",
        "精选留言", "老焊工", "干了二十年焊工，今年一定要报名试试！", "河北 6月15日", "",
        "雁栖镇总工会：民宿从业人员学急救",
        "原创 怀柔工会 北京怀柔工会 2024年06月15日 10:30 北京",
        "进入旅游旺季，雁栖湖周边民宿迎来客流高峰。6月13日，雁栖镇总工会组织50名民宿从业人员学习急救技能。",
    ]) + "\n"
    first, second = split_text(page)
    assert first.reporters == ["白莹"] and "焊工" not in first.text
    assert second.title == "雁栖镇总工会：民宿从业人员学急救" and second.text.startswith("进入旅游旺季")


def test_a_photo_item_opening_with_a_days_occasion_after_a_story():
    page = "\n\n".join([
        "## 望京街道28家楼宇企业签订工资集体协议",
        "本报讯（记者 刘欣欣）近日，望京街道28家楼宇企业与职工方签订工资集体协议。",
        "该街道总工会相关负责人表示，将持续扩大工资集体协商覆盖面。",
        "3月5日是第61个“学雷锋纪念日”,石景山区总工会组织劳模志愿服务队走进首钢园,现场服务群众300余人次。本报记者 张晶 摄影报道",
    ]) + "\n"
    story, photo = split_text(page)
    assert (story.reporters, photo.reporters) == (["刘欣欣"], ["张晶"])


def test_a_head_marked_over_two_lines_after_a_modifier_under_a_bare_kicker():
    page = "30名一线职工获评\n\n## 门头沟区首届\n\n## “京西工匠”名单揭晓\n\n本报讯(记者 阎鹏) 4月27日,门头沟区总工会召开首届“京西工匠”命名大会。\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == ("30名一线职工获评", "门头沟区首届“京西工匠”名单揭晓")


def test_a_marked_subject_a_blank_line_over_its_unmarked_predicate():
    lead = "\n\n本报讯(记者 张晶) 7月8日，镇总工会在镇内一家蔬菜种植合作社开办“田间课堂”，40余名职工参加。\n"
    for head, title in (("## 永乐店镇总工会\n\n为农业合作社职工办起“田间课堂”", "永乐店镇总工会为农业合作社职工办起“田间课堂”"),
                        ("## 万余名建设者\n\n喝上“解暑汤”住进“清凉屋”", "万余名建设者喝上“解暑汤”住进“清凉屋”"),
                        ("## 中关村科学城\n\n第二届“科技职工运动会”开幕", "中关村科学城第二届“科技职工运动会”开幕"),
                        ("## 怀柔科学城\n\n职工创新工作室联盟成立", "怀柔科学城职工创新工作室联盟成立")):
        (art,) = split_text(head + lead)
        assert (art.kicker, art.title, art.subtitle) == (None, title, None)
    (art,) = split_text("## 别让“隐形加班”\n侵蚀职工休息权\n\n□ 钟鸣\n\n下班后的工作群消息，正在侵蚀不少职工的休息时间。\n")
    assert art.title == "别让“隐形加班”侵蚀职工休息权"


def test_a_crosshead_over_a_paragraph_giving_the_view_of_someone_named_above():
    page = "\n\n".join([
        "## 车间里走出一支“冰壶队”", "□本报记者 李一然",
        "“蹲稳、推出、放手——好球!”12月的一个周末，在怀柔区雁栖镇的一座室内冰场上，一支职工冰壶队正在训练。",
        "“刚开始连冰面都站不稳。”队长、灌装车间班长王海燕笑着说。",
        "冰上练出团队精神",
        "在王海燕看来，冰壶是一项特别讲究配合的运动。",
        "冬奥会临近，队员们约定，要一起在电视机前为中国冰壶队加油。",
        "12月12日，平谷区总工会在金海湖镇举办职工冰雪嘉年华，千余名职工参加。",
        "本报记者 万玉藻/摄",
    ]) + "\n"
    story, photo = split_text(page)
    assert story.reporters == ["李一然"] and "在王海燕看来" in story.text
    assert photo.reporters == ["万玉藻"]


def test_an_offers_box_is_a_notice():
    page = "## 北京市职工服务中心 京卡会员专享\n\n持北京工会会员卡(京卡)到市职工服务中心指定合作场馆健身、观影，可享受优惠价格。" \
           "详情请拨打职工服务热线12351或登录北京工人APP查询。\n"
    (art,) = split_text(page)
    assert art.kind == "notice"


def test_lines_at_a_pages_foot_over_the_next_pages_banner_are_no_kicker():
    page = "\n\n".join([
        "## 大峪街道工会举办插花沙龙", "本报讯(通讯员 韩梅) 近日，门头沟区大峪街道总工会举办职工插花沙龙，40名职工参加。",
        "扫码入会 一键享受会员普惠服务", "职工服务热线:12351",
        "第06版:海淀工会",
        "## 区总工会推出“职工服务月”十项举措",
        "本报讯(记者 赵思远) 为迎接“五一”国际劳动节，区总工会近日推出“职工服务月”十项举措。",
    ]) + "\n"
    first, second = extract_articles(split_text(page))
    assert first.text.endswith("40名职工参加。")
    assert (second.kicker, second.district) == (None, "海淀区") and "海淀工会" in second.banner


def test_two_marked_lines_a_counted_group_over_what_it_does():
    page = "## 中关村软件园200余名程序员\n\n## 组队挑战“码上健身”\n\n□本报记者 李一然\n\n午休时间，软件园里的程序员们组队打卡健身。\n"
    (art,) = split_text(page)
    assert (art.kicker, art.title) == (None, "中关村软件园200余名程序员组队挑战“码上健身”")

"""Issues saved with the HTML of the page they were copied from."""

from ghcli.markup import from_markup, has_markup
from ghcli.split import split_text


def test_a_page_saved_as_html_splits_like_its_text():
    page = (
        "<html><head><title>劳动午报</title><style>p{margin:0}</style>"
        "<script>var a = '<p>no</p>';</script></head><body>\n"
        "<h2>朝阳区总工会为快递员送清凉</h2>\n"
        "<p>本报讯（记者 刘欣欣）近日，朝阳区总工会为快递员送去清凉包&nbsp;800份。</p>\n"
        "<p>&ldquo;太实用了。&rdquo;快递员王师傅说。<br/>他在望京片区已经送了五年快递。</p>\n"
        "<!-- 广告 --><p><strong>丰台区职工书屋上新</strong></p>\n"
        "<p>本报讯（记者 张晶）近日，丰台区总工会为20家职工书屋配送新书4000册。</p>\n"
        "</body></html>\n"
    )
    arts = split_text(page)
    assert [(a.title, a.reporters) for a in arts] == [
        ("朝阳区总工会为快递员送清凉", ["刘欣欣"]), ("丰台区职工书屋上新", ["张晶"])]
    assert arts[0].text == "近日，朝阳区总工会为快递员送去清凉包 800份。\n“太实用了。”快递员王师傅说。\n他在望京片区已经送了五年快递。"
    assert not any("<" in a.text or "&" in a.text or "var a" in a.text for a in arts)


def test_text_without_markup_is_left_as_it_is():
    for text in ("气温<35℃时，户外作业职工每隔1小时休息一次。", "《劳动法》规定……", "A&B公司工会成立", "## 标题\n\n正文。"):
        assert not has_markup(text)
        assert from_markup(text) is text


def test_character_references_alone_are_decoded():
    assert from_markup("职工&ldquo;充电&rdquo;&amp;成长") == "职工“充电”&成长"


def test_markdown_from_a_converter_splits_like_its_text():
    page = (
        "# 第03版：区县工会\n\n> 送清凉 保安全\n\n## 丰台区总工会为一线职工送清凉\n\n"
        "**本报讯（记者 张晶）**近日，丰台区总工会走进新发地市场，为货车司机发放“夏季健康包”1000份。\n\n"
        "![图片](http://example.com/a.jpg)\n\n---\n\n"
        "**职工书屋上新**\n\n**本报讯（记者 陈曦）**近日，西城区金融街街道职工书屋迎来新书400册，"
        "详见[北京工会网](http://example.com)。\n"
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.reporters) for a in arts] == [
        ("送清凉 保安全", "丰台区总工会为一线职工送清凉", ["张晶"]), (None, "职工书屋上新", ["陈曦"])]
    assert not any("*" in a.text or "](" in a.text or "---" in a.text for a in arts)
    assert arts[1].text.endswith("详见北京工会网。")


def test_underscores_and_asterisks_that_are_no_markdown_stay():
    assert from_markup("姓名____ 电话____") == "姓名____ 电话____"
    assert from_markup("a ** b ** c") == "a ** b ** c"


def test_an_epaper_page_keeps_subtitles_and_drops_its_bars():
    page = (
        '<html><body><div class="top-bar"><a href="/">劳动午报</a>&nbsp;|&nbsp;2024年5月20日</div>\n'
        '<p class="yinti">家门口的&ldquo;职工之家&rdquo;</p>\n<h1>什刹海街道打造胡同里的职工驿站</h1>\n'
        '<h3 class="futi">&mdash;&mdash;已为辖区2000余名职工提供服务</h3>\n'
        '<p>&emsp;&emsp;本报讯（记者 陈曦）近日，西城区什刹海街道总工会在烟袋斜街附近建成职工驿站。</p>\n'
        '<h3>全国职工数字化应用技术技能大赛启动</h3>\n'
        '<p>&nbsp;&nbsp;本报讯　日前，中华全国总工会等部门联合启动全国职工数字化应用技术技能大赛。</p>\n'
        '<div class="footer">主办：北京市总工会&nbsp;&nbsp;出版：劳动午报社<br>地址：北京市东城区</div>\n'
        '</body></html>\n'
    )
    arts = split_text(page)
    assert [(a.kicker, a.title, a.subtitle, a.reporters) for a in arts] == [
        ("家门口的“职工之家”", "什刹海街道打造胡同里的职工驿站", "——已为辖区2000余名职工提供服务", ["陈曦"]),
        (None, "全国职工数字化应用技术技能大赛启动", None, []),
    ]
    assert not any("东城区" in a.text or "劳动午报社" in a.text for a in arts)


def test_a_markdown_image_keeps_its_caption_with_the_story_above():
    page = (
        "## 斋堂镇古村落里的职工文化节\n\n"
        "本报讯（通讯员 刘佳）近日，门头沟区斋堂镇总工会在爨底下村举办第三届“古村职工文化节”。\n\n"
        "![图片](http://example.com/b2.jpg)\n\n职工在爨底下村学习京西太平鼓。 通讯员 刘佳 摄\n\n---\n\n"
        "责任编辑：王蕾　美术编辑：赵阳\n"
    )
    (art,) = split_text(page)
    assert art.title == "斋堂镇古村落里的职工文化节"
    assert art.text.endswith("职工在爨底下村学习京西太平鼓。") and art.photographers == ["刘佳"]

"""Bylines, datelines and photo credits in the forms real pages print them."""

import pytest

from ghcli.bylines import parse_byline_line, parse_credit, parse_lead, parse_names, parse_trailing


@pytest.mark.parametrize(
    "para, dateline, reporters, correspondents, interns, rest",
    [
        ("本报讯(记者 孙艳) 职工组队畅谈", "本报讯", ["孙艳"], [], [], "职工组队畅谈"),
        ("本报讯（记者孙艳）近日，", "本报讯", ["孙艳"], [], [], "近日，"),
        ("本报讯 (记者 周美玉 通讯员 高岩) 近日", "本报讯", ["周美玉"], ["高岩"], [], "近日"),
        ("本报讯（记者 王路曼 李一然　实习生 张小凡）昨天", "本报讯", ["王路曼", "李一然"], [], ["张小凡"], "昨天"),
        ("本报讯(实习记者 闫长禄)6月25日", "本报讯", ["闫长禄"], [], ["闫长禄"], "6月25日"),  # a trainee reporter
        ("本报讯 记者刘欣欣 “按压深度5到6厘米……”近日", "本报讯", ["刘欣欣"], [], [], "“按压深度5到6厘米……”近日"),  # glued, no brackets
        ("本报讯 记者刘欣欣 通讯员李明 近日，", "本报讯", ["刘欣欣"], ["李明"], [], "近日，"),
        ("中工网讯(通讯员 王燕飞)近日", "中工网讯", [], ["王燕飞"], [], "近日"),
        ("新华社北京8月25日电(记者 张三)记者从", "新华社北京8月25日电", ["张三"], [], [], "记者从"),
        ("(通讯员 赵一鸣)近日,", None, [], ["赵一鸣"], [], "近日,"),
        ("本报讯（记者　孙　艳）近日", "本报讯", ["孙艳"], [], [], "近日"),
        ("本报讯 近日,延庆区总工会", "本报讯", [], [], [], "近日,延庆区总工会"),
        # without brackets: names set off by spaces, each opening with a surname
        ("本报讯 记者 孙艳 通讯员 李明 7月10日，顺义区", "本报讯", ["孙艳"], ["李明"], [], "7月10日，顺义区"),
        ("本报讯　记者　崔欣　日前，平谷区总工会", "本报讯", ["崔欣"], [], [], "日前，平谷区总工会"),
        ("本报讯 记者 孙艳日前从市总工会获悉", "本报讯", [], [], [], "记者 孙艳日前从市总工会获悉"),
        # other outlets, and words in the bracket that are no names
        ("新京报讯（记者 耿子叶） 记者从", "新京报讯", ["耿子叶"], [], [], "记者从"),
        ("央广网北京7月5日消息（记者 李四） 近日", "央广网北京7月5日消息", ["李四"], [], [], "近日"),
        ("本报讯（记者 王路曼 发自雄安） 在雄安", "本报讯", ["王路曼"], [], [], "在雄安"),
        ("本报讯（记者 孙艳 文/图） 近日", "本报讯", ["孙艳"], [], [], "近日"),
        # a reprint: 据 before the outlet
        ("据工人日报讯(记者 李娜) 近日,全总", "据工人日报讯", ["李娜"], [], [], "近日,全总"),
        ("据新华社北京3月5日电(记者 王悦阳)记者从", "据新华社北京3月5日电", ["王悦阳"], [], [], "记者从"),
        # a resident reporter named with the place
        ("本报讯（本报驻房山记者　石磊）近日，房山区", "本报讯", ["石磊"], [], [], "近日，房山区"),
        # the reprinted paper named right before the bracket, with or without its title marks
        ("据《工人日报》（记者 杜鑫） 日前，全总部署", "据《工人日报》", ["杜鑫"], [], [], "日前，全总部署"),
        ("据工人日报(记者 杜鑫)日前,全总", "据工人日报", ["杜鑫"], [], [], "日前,全总"),
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
        ("本报记者 邹倜然 本报通讯员 徐珊", ["邹倜然"], ["徐珊"]),  # 本报通讯员 is no reporter "本报"
        ("■工人日报-中工网记者 赖书闻", ["赖书闻"], []),
        ("本报记者张丽", ["张丽"], []),  # no space, as text taken from a PDF prints it
        ("本报记者 崔欣　通讯员李文", ["崔欣"], ["李文"]),
        ("本报记者张丽通讯员李明", ["张丽"], ["李明"]),
        ("记者 | 孙艳", ["孙艳"], []),  # a phone copy sets the name off by a bar
        ("文｜本报记者 张晶　通讯员｜李明", ["张晶"], ["李明"]),
    ],
)
def test_byline_lines(line, reporters, correspondents):
    credits = parse_byline_line(line)
    assert credits.reporters == reporters
    assert credits.correspondents == correspondents


@pytest.mark.parametrize(
    "line, reporters, interns, photographers",
    [
        ("文/本报记者 陈曦 图/本报记者 王晓东", ["陈曦", "王晓东"], [], ["王晓东"]),  # a staff reporter took the picture
        ("本报记者 刘欣欣 文/摄", ["刘欣欣"], [], ["刘欣欣"]),
        ("文/图 本报记者 刘欣欣", ["刘欣欣"], [], ["刘欣欣"]),
        ("□本报记者 王鹏 文/图", ["王鹏"], [], ["王鹏"]),
        ("本报记者 刘静 本报实习生 张钰", ["刘静"], ["张钰"], []),
    ],
)
def test_text_and_picture_bylines(line, reporters, interns, photographers):
    credits = parse_byline_line(line)
    assert (credits.reporters, credits.interns, credits.photographers) == (reporters, interns, photographers)


@pytest.mark.parametrize(
    "line, reporters, correspondents, photographers",
    [
        ("记者 王萌/文 陈艺/摄", ["王萌", "陈艺"], [], ["陈艺"]),  # the 记者 heads both names
        ("文/本报记者 白莹　图/通讯员 付彬", ["白莹"], ["付彬"], ["付彬"]),
        ("本报记者 白莹/文 通讯员 付彬/摄", ["白莹"], ["付彬"], ["付彬"]),
        ("文/本报记者 白莹 图/付彬", ["白莹"], [], ["付彬"]),  # no role word: a photographer only
    ],
)
def test_a_photographer_is_a_reporter_only_under_a_reporters_role_word(line, reporters, correspondents, photographers):
    credits = parse_byline_line(line)
    assert (credits.reporters, credits.correspondents, credits.photographers) == (reporters, correspondents, photographers)


@pytest.mark.parametrize(
    "line, reporters, photographers",
    [
        ("（本报记者 任洁 综合报道）", ["任洁"], []),
        ("（记者 孙艳 整理）", ["孙艳"], []),
        ("□本报记者 孙艳 北京报道", ["孙艳"], []),
        ("（工人日报客户端记者 李丰）", ["李丰"], []),
        ("本报讯（记者 马超/文 赵思远/图）", ["马超", "赵思远"], ["赵思远"]),  # both sign as 记者
    ],
)
def test_words_in_bylines_that_are_no_names(line, reporters, photographers):
    credits = parse_byline_line(line)
    assert (credits.reporters, credits.photographers) == (reporters, photographers)


@pytest.mark.parametrize("line", ["劳动模范代表发言", "记者节快乐", "青年职工“充电蓄能”", "本报记者走基层", "□深化改革", "李强", "■ 高温"])
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
        ("500余名职工参加。（本报记者 王路曼 摄）", ["王路曼"], [], ["王路曼"], "500余名职工参加。"),
        ("在驿站休息。（新华社记者 李贺 摄）", ["李贺"], [], ["李贺"], "在驿站休息。"),
        ("参观展览。 新华社发（王鹏 摄）", [], [], ["王鹏"], "参观展览。"),
        ("参观展览。 新华社发 王鹏 摄", [], [], ["王鹏"], "参观展览。"),  # the agency is no name
        ("作品120余幅。 怀柔区总工会供图", [], [], [], "作品120余幅。"),
        ("活动现场。 通讯员 刘伟 供图", [], ["刘伟"], ["刘伟"], "活动现场。"),
        ("本报记者 马超 图文报道", ["马超"], [], ["马超"], ""),
        ("体验消防救援。（图片由朝阳区总工会提供）", [], [], [], "体验消防救援。"),
        ("首批配置图书5000册。 本报记者 孙艳 文/图", ["孙艳"], [], ["孙艳"], "首批配置图书5000册。"),
        ("提供服务。 本报记者 孙艳/文 周美玉/摄", ["孙艳", "周美玉"], [], ["周美玉"], "提供服务。"),
        ("前来体验. 本报记者 边磊 摄", ["边磊"], [], ["边磊"], "前来体验."),  # an ASCII full stop
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
        "工人们在拍摄(张三 摄)",  # a bracket glued to the sentence: part of the text
        "总面积达到110平方米(含公厕)",
    ],
)
def test_sentences_are_not_credits(para):
    assert parse_credit(para) is None


def test_trailing_byline():
    credits, start = parse_trailing("……送到贫困户家中。(劳动午报记者 王路曼)")
    assert credits.reporters == ["王路曼"]
    assert start == len("……送到贫困户家中。")
    assert parse_trailing("总面积达到110平方米(含公厕)") is None
    assert parse_byline_line("□本报特派记者 王路曼").reporters == ["王路曼"]  # a reporter sent out
    credits, _ = parse_credit("本报见习生　何　静　摄")  # the paper's trainee: no reporter
    assert (credits.reporters, credits.interns, credits.photographers) == ([], ["何静"], ["何静"])
    # an OCR's spaces around the slashes of a writer's and a photographer's parts
    for spaced in ("记者 白莹 /文 陈曦/ 摄", "记者 白莹 / 文 陈曦 / 摄"):
        credits = parse_byline_line(spaced)
        assert (credits.reporters, credits.photographers) == (["白莹", "陈曦"], ["陈曦"])
    # a reprint's source before the reporters it names
    credits, start = parse_trailing("……真正把工会当成自己的“娘家”。(据《工人日报》 记者 陈 华 李丹青)")
    assert (credits.reporters, start) == (["陈华", "李丹青"], len("……真正把工会当成自己的“娘家”。"))
    assert parse_trailing("……工作生活条件。(据《工人日报》)")[0].reporters == []


@pytest.mark.parametrize(
    "paragraph, reporters, interns, correspondents, start",
    [
        ("她打算明年考取技师证书。 本报记者 马超 实习记者 孙一鸣", ["马超", "孙一鸣"], ["孙一鸣"], [], 13),
        ("推荐参加区级职工技能大赛。\u3000本报记者 王路曼", ["王路曼"], [], [], 14),
        ("送去慰问品。 通讯员 李明", [], [], ["李明"], 7),
    ],
)
def test_signature_without_brackets_after_the_last_sentence(paragraph, reporters, interns, correspondents, start):
    credits, at = parse_trailing(paragraph)
    assert (credits.reporters, credits.interns, credits.correspondents, at) == (reporters, interns, correspondents, start)


@pytest.mark.parametrize("line, reporters, correspondents", [
    # names before 文/ and 摄 under a bare 记者 are reporters, up to the next person's role word
    ("记者 孙艳 张晶/文 于佳/摄", ["孙艳", "张晶", "于佳"], []),
    ("记者 马超 通讯员 韩雪/文 王磊/摄", ["马超"], ["韩雪"]),
    ("记者 王萌/文 陈艺/摄", ["王萌", "陈艺"], []),
])
def test_writers_and_photographers_under_a_role_word(line, reporters, correspondents):
    credits = parse_names(line)
    assert (credits.reporters, credits.correspondents) == (reporters, correspondents)


def test_two_names_run_together_by_a_wrapped_line():
    # 记者 崔欣 / 白莹 of a hard-wrapped page joined: two surnames, two names; a compound
    # surname's name of four characters is one
    assert parse_names("记者 崔欣白莹").reporters == ["崔欣", "白莹"]
    assert parse_names("记者 欧阳娜娜").reporters == ["欧阳娜娜"]
    assert parse_names("通讯员 王路曼").correspondents == ["王路曼"]


@pytest.mark.parametrize("line, signed", [
    ("本报评论员", True), ("特约评论员 王海", True), ("□评论员 李明", True),
    ("□刘振华（北京地铁运营一分公司）", True), ("□ 李强（作者系北京市总工会干部）", True),
    ("评论员认为", False), ("本报评论员认为", False),
    # a pen name set off after its □ (no surname needed); glued to the □ it must look like a name
    ("□ 晓言", True), ("□\u3000晓文", True), ("□晓言", False),
])
def test_the_papers_commentator_signs_without_a_mark(line, signed):
    credits = parse_byline_line(line)
    assert (credits is not None and credits.signature and not credits.reporters) == signed


@pytest.mark.parametrize(
    "paragraph",
    [
        "推荐参加大赛。本报记者王路曼",  # glued to the sentence: no signature
        "活动吸引了众多记者",  # the word at the end of a line cut by a break
        "大赛圆满落幕。 记者节快乐",  # no name after the role word
        "图为比赛现场。 图/本报记者 孙妍",  # a photo credit (parse_credit's), not a signature
        "他说：“感谢记者 王路曼”",
    ],
)
def test_text_ending_near_a_role_word_is_no_signature(paragraph):
    assert parse_trailing(paragraph) is None


@pytest.mark.parametrize("line", ["编辑 | 李涛", "北京工会网 | 劳动午报", "来源｜劳动午报", "首页 | 新闻 | 工会"])
def test_bars_without_a_role_word_are_no_bylines(line):
    assert parse_byline_line(line) is None


@pytest.mark.parametrize(
    "line, reporters, correspondents",
    [
        ("本报记者 白莹/文 通讯员 付彬/摄", ["白莹"], ["付彬"]),  # the role word before 白莹/文 counts
        ("文/本报记者 白莹", ["白莹"], []),
        ("通讯员 李明/文", [], ["李明"]),
        ("口述：刘强　整理：本报记者 陈曦", ["陈曦"], []),  # an as-told-to piece: the narrator signs nothing
    ],
)
def test_writers_take_the_field_of_their_role_word(line, reporters, correspondents):
    credits = parse_byline_line(line)
    assert (credits.reporters, credits.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize("line", ["文/李秀芝", "文／赵晓燕"])
def test_a_writer_without_a_role_word_signs_but_is_no_reporter(line):
    # an essay's or a contributor's signature under the headline (副刊): no 记者 role word
    credits = parse_byline_line(line)
    assert credits is not None and credits.signature
    assert not (credits.reporters or credits.correspondents or credits.interns or credits.photographers)


@pytest.mark.parametrize(
    "line, reporters, photographers",
    [
        ("文字:本报记者 孙艳　摄影:本报记者 周美玉　视频:本报记者 陈艺", ["孙艳", "周美玉", "陈艺"], ["周美玉", "陈艺"]),
        ("文字：本报记者 张晶　摄影：张伟", ["张晶"], ["张伟"]),  # a photographer with no 记者 role word
        ("视频：本报记者 陈艺", ["陈艺"], ["陈艺"]),
        ("记者:马超　编辑:李涛　校对:张帆", ["马超"], []),  # editors' credits name no one of the record
    ],
)
def test_credit_blocks_of_media_reporting(line, reporters, photographers):
    credits = parse_byline_line(line)
    assert (credits.reporters, credits.photographers) == (reporters, photographers)


@pytest.mark.parametrize("line", ["编辑:李涛　校对:张帆", "责任编辑：王佳琪"])
def test_editors_credits_alone_are_no_bylines(line):
    assert parse_byline_line(line) is None


@pytest.mark.parametrize("line, reporters, interns", [
    ("本报讯（记者 布仁巴雅尔）近日，", ["布仁巴雅尔"], []),  # a Mongolian name of five characters
    ("本报讯(见习记者 马海燕 见习生 刘洋)近日,", ["马海燕"], ["刘洋"]),  # 见习生: an intern
    ("本报讯(记者 欧阳晓婷、李 一然)近日,", ["欧阳晓婷", "李一然"], []),  # a stray space after the surname
])
def test_names_of_more_shapes(line, reporters, interns):
    credits, _end = parse_lead(line)
    assert (credits.reporters, credits.interns) == (reporters, interns)


def test_a_bodys_five_character_name_is_no_person():
    assert parse_byline_line("通讯员 朝阳区总工会") is None or not parse_byline_line("通讯员 朝阳区总工会").has_names
    assert parse_byline_line("通讯员 海淀宣传部") is None or not parse_byline_line("通讯员 海淀宣传部").has_names


@pytest.mark.parametrize("line, dateline, reporters", [
    ("11月20日讯（记者 孙艳）今天上午，大兴区总工会来到北京新机场建设工地。", "11月20日讯", ["孙艳"]),  # the older house style
    ("3月10日讯（记者 孙艳）记者今天从北京经济技术开发区总工会获悉，", "3月10日讯", ["孙艳"]),
])
def test_a_dateline_of_a_date_alone(line, dateline, reporters):
    credits, _end = parse_lead(line)
    assert (credits.dateline, credits.reporters) == (dateline, reporters)


def test_a_paragraph_opening_with_a_date_is_no_dateline():
    assert parse_lead("11月18日，石景山区总工会在首钢园区举办健步走活动。") is None
    assert parse_lead("11月20日讯息不通的山村里，") is None  # 讯息: a word, no dateline


def test_a_picture_supplied_by_a_body_closes_a_caption():
    credits, start = parse_credit("展示现场,职工们相互交流。 图片由北京经济技术开发区总工会提供")
    assert (credits.raw, credits.has_names, start) == ("图片由北京经济技术开发区总工会提供", False, 14)
    assert parse_credit("图片由平谷区总工会提供")[1] == 0
    assert parse_credit("今年区总工会将为一线职工提供") is None  # a sentence ending in 提供
    assert parse_credit("展示现场,职工们相互交流。图片由X总工会提供") is None  # glued to the sentence: text


@pytest.mark.parametrize("line, reporters", [
    ("本报讯（记者 白 莹　崔 欣）近日，", ["白莹", "崔欣"]),  # OCR: the wider space parts the names
    ("本报讯（记者 白 莹、崔 欣）近日，", ["白莹", "崔欣"]),  # 、 always parts them
    ("本报讯（记者 白 莹 崔 欣）近日，", ["白莹", "崔欣"]),  # evenly spaced: a surname opens each half
    ("本报讯（记者 欧 阳 晓 峰）近日，", ["欧阳晓峰"]),  # a compound surname: one name
    ("本报讯（记者 孙　艳 崔欣）近日，", ["孙艳", "崔欣"]),  # a name padded for layout stays one
])
def test_names_spaced_out_character_by_character(line, reporters):
    credits, _end = parse_lead(line)
    assert credits.reporters == reporters


def test_a_papers_reporter_opening_a_paragraph_without_brackets():
    # 工人日报's house style: the joint byline, names set off by spaces, then the text
    credits, end = parse_lead("工人日报—中工网记者 许锐 通讯员 孟凡　11月22日，北京经济技术开发区举行颁证仪式。")
    assert (credits.reporters, credits.correspondents, end) == (["许锐"], ["孟凡"], 20)
    assert parse_lead("本报记者近日从市总工会获悉，今年将新建驿站100个。") is None  # a sentence
    assert parse_lead("本报记者在现场看到，职工们正在排练。") is None


@pytest.mark.parametrize("line, reporters, correspondents, interns", [
    ("本报讯【记者 马超】近日,平谷区金海湖镇总工会", ["马超"], [], []),  # lenticular brackets
    ("本报讯［记者 周美玉］近日，朝阳区望京街道总工会", ["周美玉"], [], []),
    ("本报讯 记者：张晶 通讯员：刘洋 近日，门头沟区永定镇总工会", ["张晶"], ["刘洋"], []),  # colons, no brackets
    ("本报讯（记者 马超和实习记者 李一然）近日，", ["马超", "李一然"], [], ["李一然"]),  # 和 glued to a role word
    ("本报讯（记者 李志和 实习记者 王一）近日，", ["李志和", "王一"], [], ["王一"]),  # a name ending in 和
    ("本报记者王路曼报道12元就能吃上两荤两素一汤", ["王路曼"], [], []),  # glued to role word and text
])
def test_bylines_typed_carelessly(line, reporters, correspondents, interns):
    credits, _end = parse_lead(line)
    assert (credits.reporters, credits.correspondents, credits.interns) == (reporters, correspondents, interns)


def test_a_sentence_about_the_papers_reporters_is_no_glued_byline():
    assert parse_lead("本报记者今日报道了这一消息。") is None
    assert parse_lead("本报记者近日报道，") is None


@pytest.mark.parametrize("paragraph, reporters, correspondents, photographers", [
    ("进一步丰富山区职工的精神文化生活。 图/通讯员 张雪", [], ["张雪"], ["张雪"]),
    ("进一步丰富山区职工的精神文化生活。 图/本报记者 张晶", ["张晶"], [], ["张晶"]),
    ("职工们在赛场上奋力拼搏。 图/李明", [], [], ["李明"]),
    # the writer named before it, either way round; a photographer's role word set off by a space
    ("放松身心。 本报记者 王路曼/文 图/通讯员 宋佳", ["王路曼"], ["宋佳"], ["宋佳"]),
    ("放松身心。 文/本报记者 崔欣\u3000图/通讯员 韩冰", ["崔欣"], ["韩冰"], ["韩冰"]),
    ("并将照片装裱后送到劳模手中。 摄影 吴昊", [], [], ["吴昊"]),
])
def test_a_picture_credit_led_by_its_role_word_closes_a_caption(paragraph, reporters, correspondents, photographers):
    credits, start = parse_credit(paragraph)
    assert (credits.reporters, credits.correspondents, credits.photographers) == (reporters, correspondents, photographers)
    assert paragraph[:start].rstrip().endswith("。")


def test_a_picture_word_inside_a_sentence_is_no_credit():
    assert parse_credit("展板图/文并茂，吸引了不少职工驻足") is None


@pytest.mark.parametrize("text", [
    "（北京市总工会职工服务中心律师　刘畅　解答　本报记者　张晶　整理）",
    "单位可以单方面降低工资吗？不可以。（律师 刘畅 解答 记者 张晶 整理）",
])
def test_a_qa_credit_names_the_reporter_who_wrote_up_an_experts_answer(text):
    # the expert who answered is no credit of the paper's; the reporter who wrote it up is
    found = parse_trailing(text)
    assert found is not None and found[0].reporters == ["张晶"] and found[0].correspondents == []


@pytest.mark.parametrize("line", ["本报记者 孙艳 采访整理", "本报记者 孙艳 采写"])
def test_a_reporter_who_wrote_up_an_interview(line):
    credits = parse_byline_line(line)
    assert credits is not None and credits.reporters == ["孙艳"]
    assert parse_trailing(f"……他说。（{line}）")[0].reporters == ["孙艳"]


def test_a_credit_whose_parts_are_spaced_out_after_the_names():
    # 本报记者　陈曦　文　通讯员　于佳　摄: 陈曦 wrote it, the 通讯员 took the picture
    found = parse_credit("……安心工作。 本报记者　陈曦　文　通讯员　于佳　摄")
    assert found is not None and found[0].reporters == ["陈曦"] and found[0].correspondents == ["于佳"]


def test_a_name_glued_between_reporter_and_report_after_a_dateline_and_text_and_photos_by_one():
    credits, end = parse_lead("本报讯 记者孙艳报道 近日，记者从丰台区总工会获悉，截至5月底入会人数突破2万人。")
    assert (credits.dateline, credits.reporters, end) == ("本报讯", ["孙艳"], 10)
    credits, _ = parse_credit("……一线职工的创新热情。 本报记者 王路曼 文并摄")
    assert (credits.reporters, credits.photographers) == (["王路曼"], ["王路曼"])

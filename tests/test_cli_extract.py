"""`ghcli extract` and `ghcli eval` through the CLI entry point, on the sample and its gold copy."""

import json

import pytest

from conftest import GOLD, SAMPLE


@pytest.fixture(scope="module")
def extracted():
    from ghcli.extract import extract_articles
    from ghcli.split import split_text

    return extract_articles(split_text(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE)))


def _extract_page(page: str) -> list:
    """The records of ``page`` split and extracted in-process."""
    from ghcli.extract import extract_articles
    from ghcli.split import split_text

    return extract_articles(split_text(page))


def test_extract_json_has_every_field_and_gold_districts(cli, gold):
    res = cli(["extract", SAMPLE, "--format", "json"])
    assert res.code == 0, res.err
    records = json.loads(res.out)
    assert [r["district"] for r in records] == [a["district"] for a in gold["articles"]]
    for r in records:
        assert "district" in r
        for key in ("districts", "towns", "places", "orgs", "people", "quantities", "topics", "keywords"):
            assert isinstance(r[key], list)
    assert records[5]["places"] == [{"name": "康乐县", "province": "甘肃省", "city": "临夏回族自治州", "county": "康乐县"}]


def test_extract_matches_gold_towns_people_quantities(extracted, gold):
    for art, want in zip(extracted, gold["articles"]):
        assert [(t["name"], t["district"]) for t in art.towns] == [(t["name"], t["district"]) for t in want["towns"]]
        assert {(p["name"], tuple(p["roles"])) for p in art.people} == {(p["name"], tuple(p["roles"])) for p in want["people"]}
        got = {(q["value"], q["unit"], bool(q.get("approx"))) for q in art.quantities}
        assert got == {(q["value"], q["unit"], bool(q.get("approx"))) for q in want["quantities"]}
        assert set(want["topics"]) <= set(art.topics)


def test_extract_reads_split_jsonl_from_a_pipe(cli):
    split = cli(["split", SAMPLE, "-f", "jsonl"])
    res = cli(["extract", "-f", "jsonl"], stdin=split.out)
    assert res.code == 0, res.err
    direct = cli(["extract", SAMPLE, "-f", "jsonl"])
    assert [json.loads(x) for x in res.out.splitlines()] == [json.loads(x) for x in direct.out.splitlines()]


def test_extract_table_and_user_topics(cli, tmp_path):
    topics = tmp_path / "topics.tsv"
    topics.write_text("# my own topics\n冰柜\t冰柜,共享冰柜\n", encoding="utf-8")
    res = cli(["extract", SAMPLE, "-f", "json", "--topics", topics])
    assert res.code == 0
    assert "冰柜" in json.loads(res.out)[4]["topics"]
    table = cli(["extract", SAMPLE, "-f", "table"])
    assert table.code == 0 and "大兴区" in table.out and "周福刚" in table.out


def test_extract_bad_options(cli):
    assert cli(["extract", SAMPLE, "--topics", "no/such.tsv"]).code == 2
    assert cli(["extract", SAMPLE, "--format", "csv"]).code == 2


def test_eval_reports_every_field_on_the_sample(cli):
    res = cli(["eval", GOLD, "--issue", SAMPLE, "--format", "json"])
    assert res.code == 0, res.err
    report = json.loads(res.out)
    scores = {s["field"]: s for s in report["scores"]}
    for field in ("articles", "kinds", "reporters", "district", "towns", "places", "orgs", "people", "quantities"):
        assert field in scores
    assert scores["district"]["f1"] == 1.0 and scores["reporters"]["f1"] == 1.0 and scores["titles"]["f1"] == 1.0
    assert scores["repairs"]["correct"] == 7 and scores["repairs"]["predicted"] == 7


def test_eval_counts_mistakes(tmp_path, cli, gold):
    wrong = json.loads(json.dumps(gold))
    wrong["articles"][0]["district"] = "海淀区"
    wrong["articles"][1]["reporters"] = ["某某"]
    wrong["articles"].append({"title": "不存在的文章", "kind": "article", "reporters": []})
    path = tmp_path / "wrong.gold.json"
    path.write_text(json.dumps(wrong, ensure_ascii=False), encoding="utf-8")
    scores = {s["field"]: s for s in json.loads(cli(["eval", path, "--issue", SAMPLE, "-f", "json"]).out)["scores"]}
    assert scores["district"]["correct"] == 6
    assert scores["reporters"]["correct"] == 6 and scores["reporters"]["gold"] == 7
    assert scores["articles"]["recall"] == pytest.approx(7 / 8)


def test_eval_errors(cli, tmp_path):
    assert cli(["eval", tmp_path / "missing.json"]).code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    res = cli(["eval", bad, "--issue", SAMPLE])
    assert res.code == 1 and "not a gold annotation file" in res.err
    orphan = tmp_path / "orphan.json"
    orphan.write_text('{"issue": "nowhere.txt", "articles": []}', encoding="utf-8")
    res = cli(["eval", orphan])
    assert res.code == 2 and "--issue" in res.err


def test_stats_and_export_take_the_extract_options(cli, tmp_path):
    topics = tmp_path / "topics.tsv"
    topics.write_text("冰柜\t冰柜,共享冰柜\n", encoding="utf-8")
    res = cli(["stats", SAMPLE, "--by", "district", "--where", "topic=冰柜", "--topics", topics, "-m", "articles", "-f", "json"])
    assert res.code == 0, res.err
    assert json.loads(res.out) == [{"district": "海淀区", "articles": 1}]
    res = cli(["export", SAMPLE, "--table", "articles", "-f", "jsonl", "--topics", topics])
    assert "冰柜" in json.loads(res.out.splitlines()[4])["topics"]
    assert cli(["stats", SAMPLE, "--topics", tmp_path / "missing.tsv"]).code == 2


def test_one_article_extracts_like_its_issue(extracted):
    from ghcli.extract import extract_article
    from ghcli.split import split_text

    single = [extract_article(a) for a in split_text(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE))]
    assert [a.to_dict() for a in single] == [a.to_dict() for a in extracted]


@pytest.mark.parametrize("text, district, not_mentioned", [
    ("## “蓝领工匠”讲堂开讲\n本报讯(记者 孙艳) 近日,“蓝领工匠”讲堂在海淀区一家企业开讲,全国技术能手王朝阳为青年职工授课。"
     "王朝阳从事数控加工20余年。“技术没有止境。”王朝阳说。\n", "海淀区", "朝阳区"),
    ("## 石景山区劳模工作室联盟成立\n本报讯(记者 崔欣) 近日,石景山区劳模创新工作室联盟成立。全国劳动模范王大兴当选理事长,"
     "区总工会副主席陈延庆宣读成立决定。王大兴表示,联盟将发挥示范引领作用。\n", "石景山区", "大兴区"),
    ("## 王朝阳:跑道上的“夜行者”\n凌晨1点,北京大兴国际机场西一跑道上,34岁的王朝阳和班组的8名职工走上了跑道。"
     "王朝阳是大兴机场场道维护班班长。今年,王朝阳被评为大兴区劳动模范。\n", "大兴区", "朝阳区"),  # an age, an honour
    ("## 庞各庄镇举办职工趣味运动会\n本报讯(记者 孙艳) 近日,庞各庄镇总工会举办职工趣味运动会。镇总工会主席张镇华表示,"
     "今后将每年举办一届。\n", "大兴区", "顺义区"),
])
def test_names_of_people_are_no_places(text, district, not_mentioned):

    (art,) = _extract_page(text)
    assert art.district == district
    assert not_mentioned not in [d["name"] for d in art.districts]


def test_a_surname_before_a_place_is_no_name_without_a_title_or_verb():

    (art,) = _extract_page(
        "## 企业工会开展活动\n本报讯 近日,位于大兴的一家企业工会开展职工健步走,丰台站项目工会也参加了。\n")
    assert {d["name"] for d in art.districts} == {"大兴区", "丰台区"}


def test_a_story_naming_no_place_takes_the_district_of_its_page():

    (art,) = _extract_page(
        "第07版：海淀工会\n## 区总工会召开新就业形态劳动者座谈会\n本报讯（记者 孙艳） 近日，区总工会召开座谈会，30余名快递员参加。\n")
    assert art.district == "海淀区" and art.districts == []
    assert [o["name"] for o in art.orgs] == ["海淀区总工会"]


def test_a_district_page_lends_its_district_only_to_its_own_stories():

    page = (
        "# 第07版：海淀工会\n\n"
        "## 一线“追光者”的十年\n\n本报讯（记者 赵思远）清晨6点，他已经来到实验室，开始一天的调试工作。\n\n"
        "## 2024年职工疗休养季启动\n\n本报讯（记者 崔欣）近日，市总工会启动2024年职工疗休养季。\n\n"
        "## 全总：今年将为新就业形态劳动者办好十件实事\n\n本报讯 近日，全国总工会发布办实事清单。\n\n"
        "## 京津冀工会签署新一轮合作协议\n\n本报讯（记者 马超）近日，京津冀工会协同发展联席会议在天津召开。\n"
    )
    arts = _extract_page(page)
    assert [a.district for a in arts] == ["海淀区", None, None, None]
    # a post's account is its banner: a post naming no place takes the account's district
    posts = ("天通苑北街道工会为职工做“法律体检”\n天通苑北街道工会 2024年9月3日 18:20 北京\n\n"
             "近日，街道工会邀请律师走进辖区企业，为80余名职工开展劳动法律咨询。\n\n"
             "职工书屋添新书\n天通苑北街道工会 2024年9月5日 09:10 北京\n\n近日，街道工会为职工书屋新添图书500册。\n")
    assert [a.district for a in _extract_page(posts)] == ["昌平区", "昌平区"]
    # nor to a notice printed on it
    arts = _extract_page(page + "\n## 遗失声明\n\n北京某某物流有限公司遗失营业执照副本一份，声明作废。\n")
    assert (arts[-1].kind, arts[-1].district) == ("notice", None)


def test_a_district_page_lends_its_district_to_its_sections_and_past_places_of_the_body():

    page = (
        "# 第05版：顺义工会\n\n"
        "## 首钢冷轧公司建起职工书屋\n\n本报讯（记者 孙艳） 近日，首钢冷轧公司工会新建的职工书屋正式开放。\n\n"
        "公司职工中有不少是十多年前随企业搬迁从石景山老厂区过来的老职工。\n\n"
        "## 光电团队的创新之路\n\n清晨7点半，研发中心的实验室里已经亮起了灯。\n\n"
        "如今，团队的成果已在公司成都、重庆的生产线上推广应用。\n\n"
        "■工会简讯\n\n## 陈经纶中学教职工健步走\n\n日前，陈经纶中学工会组织120余名教职工开展健步走活动。\n\n"
        "## 京津冀职工技能大赛开幕\n\n本报讯 近日，京津冀职工技能大赛在天津开幕，300名职工参赛。\n"
    )
    arts = _extract_page(page)
    # the body's places (where workers came from, the company's plants elsewhere) do not keep
    # a story from its page's district; a brief under the page's section label takes it too;
    # a place outside Beijing in the lead does
    assert [(a.title, a.district) for a in arts] == [
        ("首钢冷轧公司建起职工书屋", "顺义区"), ("光电团队的创新之路", "顺义区"),
        ("陈经纶中学教职工健步走", "顺义区"), ("京津冀职工技能大赛开幕", None)]


def test_a_district_page_over_its_union_meeting_another_citys_and_a_column_label():

    page = (
        "第07版：平谷工会\n"
        "京津冀工会协同\n"
        "区总工会赴三河市开展劳模工匠交流活动\n"
        "本报讯（记者 马超）近日，区总工会组织15名劳模工匠代表赴河北省三河市开展交流活动，与三河市总工会共同举办劳模工匠座谈会。\n"
        "座谈会上，峪口镇一家禽业公司的技术总监刘振宇介绍了团队在蛋鸡育种方面的攻关经验。\n"
        "最美职工\n"
        "从学徒到“桃树医生”\n"
        "——记峪口镇农业服务中心技术员陈立新\n"
        "记者 马超/文 王路曼/摄\n"
        "走进峪口镇西营村的桃园，一眼就能看到正在给桃树“看病”的陈立新。\n"
    )
    arts = _extract_page(page)
    # another city's union (三河市总工会) is not the city's: the page's own union acts elsewhere;
    # a column's label (最美职工) is the kicker, not the start of the headline
    assert [(a.kicker, a.title, a.district) for a in arts] == [
        ("京津冀工会协同", "区总工会赴三河市开展劳模工匠交流活动", "平谷区"),
        ("最美职工", "从学徒到“桃树医生”", "平谷区"),
    ]


def test_places_typed_in_full_width_letters_and_digits():
    page = (
        "第０６版：区域\n"
        "７９８艺术区里办起职工摄影展\n"
        "　　本报讯（记者　刘欣欣）近日，“镜头里的劳动者”职工摄影作品展在７９８艺术区开幕，展出作品１２０幅。\n"
        "ＣＢＤ楼宇职工健步走\n"
        "　　本报讯（记者　白莹）近日，ＣＢＤ楼宇工会联合会组织２００名职工健步走。\n"
    )
    arts = _extract_page(page)
    assert [(a.district, [q["value"] for q in a.quantities]) for a in arts] == [("朝阳区", [120]), ("朝阳区", [200])]
    assert [(t["name"], t["form"]) for t in arts[1].towns] == [("CBD", "ＣＢＤ")]  # the form as printed


def test_a_commentary_on_a_district_page_takes_no_district_from_it():
    page = (
        "# 第05版：东城工会\n\n"
        "## 东四街道职工书屋上新\n\n本报讯（记者 陈曦）近日，街道总工会为职工书屋新添图书2000册。\n\n"
        "## 让服务阵地“活”起来\n\n□本报评论员\n\n服务阵地建起来，关键在于用起来。工会组织要多倾听职工意见。\n"
    )
    arts = _extract_page(page)
    assert [(a.title, a.district) for a in arts] == [("东四街道职工书屋上新", "东城区"), ("让服务阵地“活”起来", None)]


def test_a_commentary_that_names_a_place_only_for_what_it_stands_for():
    page = (
        "## 打造工会服务的“中关村”\n\n□本报评论员 徐立\n\n"
        "提起中关村,人们首先想到的是创新。如今,不少基层工会也在琢磨,打造工会服务的“中关村”。\n\n"
        "## 海淀区总工会推出服务“孵化器”\n\n□本报评论员 徐立\n\n"
        "海淀区总工会日前推出服务项目“孵化器”,这一做法值得肯定。\n"
    )
    arts = _extract_page(page)
    # a district named by its union keeps a commentary in it
    assert [a.district for a in arts] == [None, "海淀区"]


def test_a_commentary_on_two_districts_is_about_neither():
    page = ("## 老街巷里的新服务\n\n□ 石向阳\n\n"
            "从崇文区的花市、前门,到宣武区的大栅栏、琉璃厂,北京南城的老街巷里,藏着成千上万的打工职工。\n\n"
            "这一年来,两区工会把服务站开进胡同,把入会登记表送到柜台前。\n")
    (art,) = _extract_page(page)
    assert art.district is None and {d["name"] for d in art.districts} == {"东城区", "西城区"}


@pytest.mark.parametrize("banner, district", [
    ("# 第06版：丰台工会", "丰台区"), ("# 第06版：西城工会", "西城区"), ("# 第03版：区县工会", "西城区")])
def test_the_page_decides_between_two_districts_of_a_headline(banner, district):
    page = (
        f"{banner}\n\n## 西城区总工会到丰台交流职工服务阵地建设\n\n"
        "本报讯（记者 白莹）近日，西城区总工会副主席郭立新带队到丰台区，实地考察职工服务阵地建设情况。\n"
        "考察组先后来到丽泽金融商务区职工服务中心、右安门街道职工之家，详细了解阵地运营情况。\n"
    )
    (art,) = _extract_page(page)
    # the visitors' district is the headline's subject; on the host's page the host's story
    assert art.district == district


def test_where_a_worker_comes_from_does_not_keep_a_story_off_its_pages_district():
    page = (
        "# 第08版：大兴工会\n\n## 快递员小刘的“娘家”情缘\n\n□本报记者　陈曦\n\n"
        "早上7点，快递员刘志鹏已经在分拣站忙碌起来。这名来自河北保定的小伙子今年26岁，在快递行业已经干了5年。\n\n"
        "去年冬天，刘志鹏在送件途中不慎摔伤，工会帮助他申请了困难职工帮扶资金。\n"
    )
    (art,) = _extract_page(page)
    assert art.district == "大兴区"


def test_a_district_unions_newsletter():
    page = (
        "# 朝阳职工·第3版 基层风采\n\n本期要目：区总工会赴内蒙古开展对口帮扶｜职工书屋建设\n\n"
        "## 区总工会赴内蒙古开展对口帮扶\n\n"
        "本刊讯（本刊记者 吴倩）近日,区总工会一行赴内蒙古自治区兴安盟开展对口帮扶工作,走访当地困难职工家庭。\n\n"
        "## 兴安盟工会干部来京学习\n\n"
        "本刊讯 近日,内蒙古兴安盟总工会干部一行到北京学习工会工作经验。\n"
    )
    arts = _extract_page(page)
    # the guide is no story; the newsletter's own reporter; the page's own union acting
    # elsewhere keeps its district, a body from elsewhere acting does not
    assert [(a.title, a.reporters, a.district) for a in arts] == [
        ("区总工会赴内蒙古开展对口帮扶", ["吴倩"], "朝阳区"),
        ("兴安盟工会干部来京学习", [], None),
    ]


def test_editors_in_a_banner_and_prepositions_before_places():

    (art,) = _extract_page("责任编辑：王朝阳\n## 职工书屋正式开放\n近日，职工书屋正式开放，吸引许多职工阅读。\n")
    assert art.district is None
    (art,) = _extract_page("## 职工技能比赛举行\n近日，百余名职工于大兴参加技能比赛，场面热烈。\n")
    assert [d["name"] for d in art.districts] == ["大兴区"]

"""Topics from the lexicon and TF-IDF keywords (ghcli.entities.load_topics / find_topics / keywords)."""

from __future__ import annotations


from ghcli.entities import find_topics, keywords, load_topics

REQUIRED_TOPICS = (
    "心理健康", "对口支援", "劳动竞赛", "安全生产", "志愿服务", "送清凉", "助学", "职工培训", "慰问帮扶",
    "职工文体", "权益维护", "新就业形态劳动者", "亲子家庭", "垃圾分类", "农民工", "送温暖", "阅读",
    "劳模工匠", "职工之家建设", "困难帮扶",
)


def test_builtin_lexicon_covers_required_topics():
    lexicon = load_topics()
    assert set(REQUIRED_TOPICS) <= set(lexicon)
    assert all(lexicon[t] for t in REQUIRED_TOPICS)


def test_title_hit_counts():
    assert "垃圾分类" in find_topics("昌平区总工会走进回天地区宣传垃圾分类", "工会工作人员走进社区。")


def test_one_plain_body_hit_is_not_enough():
    body = "怀柔区总工会向杂多县总工会捐助资金,用于开展“送温暖”活动及关心关爱职工工作。"
    assert "送温暖" not in find_topics(None, body)
    assert "送温暖" in find_topics(None, body + "春节前夕,工会还走访了困难职工。")  # two plain hits


def test_strong_trigger_in_body_is_enough():
    body = "区总工会将持续总结“共享冰柜”送清凉模式。"
    assert find_topics(None, body) == ["送清凉"]


def test_unrelated_text_has_no_topic():
    assert find_topics("青年职工座谈", "会议由工会主席主持,大家畅所欲言。") == []


def test_user_file_extends_and_adds(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "# my topics\n送清凉\t冰镇西瓜\n冬奥保障\t*冬奥会, 冬残奥会\n\n", encoding="utf-8"
    )
    lexicon = load_topics(str(extra))
    assert "冰镇西瓜" in lexicon["送清凉"] and "*送清凉" in lexicon["送清凉"]
    assert lexicon["冬奥保障"] == ["*冬奥会", "冬残奥会"]
    assert load_topics()["送清凉"].count("冰镇西瓜") == 0  # the built-in lexicon is untouched
    assert find_topics(None, "为冬奥会保障人员送去慰问品。", lexicon) == ["冬奥保障"]


def test_trigger_repeated_by_user_counts_once(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("送温暖\t送温暖\n", encoding="utf-8")  # already a built-in plain trigger
    assert find_topics(None, "用于开展“送温暖”活动。", load_topics(str(extra))) == []


def test_gold_sample_topics(gold_bodies):
    for art, body in gold_bodies:
        assert sorted(find_topics(art["title"], body)) == sorted(art["topics"]), art["title"]


def test_keywords_use_union_dictionary_and_stop_list():
    text = (
        "近日,海淀区总工会在海淀工人文化宫开展送清凉活动,为快递小哥、网约送餐员等新就业形态劳动者"
        "免费发放矿泉水。区总工会相关负责人表示,送清凉活动将持续开展,服务新就业形态劳动者。"
    )
    words = keywords(text, k=6)
    assert len(words) <= 6
    assert "送清凉" in words and "新就业形态劳动者" in words  # kept whole by the user dictionary
    assert not {"活动", "工作", "职工", "开展", "表示"} & set(words)
    assert keywords("", k=5) == []

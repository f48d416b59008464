"""ghcli.aggregate on hand-built extracted records: group-bys, measures, filters, totals, export tables."""

import sys

import pandas as pd
import pytest

from aggregate_records import art, q, records
from ghcli.aggregate import (
    BY_CHOICES, NONE, TABLE_COLUMNS, Where, beijing_units, export_frame, filter_records, needs_extract, stats_table,
)
from ghcli.errors import DataError, UsageError
from ghcli.models import Article
from ghcli.pipeline import looks_like_records, parse_records


def rows(table, *cols):
    return [tuple(r[c] for c in cols) for r in table.frame.to_dict("records")]


def as_dict(table, key="district"):
    return {r[key]: r for r in table.frame.to_dict("records")}


def test_by_district_counts_measures_and_none_row():
    t = stats_table(records(), ["district"])
    assert list(t.frame.columns) == ["district", "articles", "issues", "participants", "participants_approx",
                                     "money", "money_approx", "material", "material_approx"]
    # articles descending, ties by name ('(' sorts before CJK)
    assert rows(t, "district", "articles") == [("海淀区", 2), ("(none)", 1), ("大兴区", 1), ("朝阳区", 1), ("通州区", 1)]
    d = as_dict(t)
    assert d["海淀区"]["issues"] == 2
    assert d["海淀区"]["participants"] == 650 and d["海淀区"]["participants_approx"]
    assert d["海淀区"]["money"] == 30000 and not d["海淀区"]["money_approx"]
    assert d["海淀区"]["material"] == 1200
    assert d["朝阳区"]["participants"] == 80 and not d["朝阳区"]["participants_approx"]  # 12家企业 is "other"
    assert d[NONE]["material"] == 2000 and d[NONE]["participants"] == 0


def test_totals_are_over_distinct_articles():
    t = stats_table(records(), ["town"])
    assert t.totals == {"articles": 6, "issues": 3, "participants": 1220, "participants_approx": True,
                        "money": 86000, "money_approx": False, "material": 3200, "material_approx": False}
    assert t.frame["articles"].sum() > t.totals["articles"]  # exploded rows


def test_by_town_explodes_and_counts_duplicates_once():
    t = stats_table(records(), ["town"], ["articles"])
    assert rows(t, "town", "articles") == [
        ("学院路街道", 2), ("(none)", 1), ("上地街道", 1), ("望京街道", 1), ("潞城镇", 1), ("采育镇", 1), ("青云店镇", 1),
    ]
    assert list(t.frame.columns) == ["town", "articles"]


@pytest.mark.parametrize("by, expected", [
    ("org", {"海淀区总工会": 1, "望京街道总工会": 1, "北京某科技有限公司": 1, "市总工会": 1, NONE: 3}),
    ("reporter", {"孙艳": 3, "刘欣欣": 1, "崔欣": 2, "周美玉": 1}),
    ("person", {"张三": 1, "李四": 1, NONE: 4}),
    ("topic", {"送清凉": 3, "劳动竞赛": 1, "健康": 1, "文体活动": 1, NONE: 1}),
    ("kind", {"article": 5, "photo": 1}),
    ("place", {"杂多县": 1, NONE: 5}),
    ("issue", {"a.txt": 3, "b.txt": 2, "c.txt": 1}),
    ("month", {"2023-07": 3, "2023-08": 2, NONE: 1}),
])
def test_each_by(by, expected):
    t = stats_table(records(), [by], ["articles", "issues"])
    assert {r[by]: r["articles"] for r in t.frame.to_dict("records")} == expected
    assert set(BY_CHOICES) >= {by}


def test_cross_table():
    t = stats_table(records(), ["district", "topic"], ["articles", "participants"])
    got = {(r["district"], r["topic"]): (r["articles"], r["participants"]) for r in t.frame.to_dict("records")}
    assert got == {
        ("海淀区", "送清凉"): (2, 650), ("海淀区", "健康"): (1, 50), ("朝阳区", "劳动竞赛"): (1, 80),
        ("大兴区", "送清凉"): (1, 400), ("通州区", "文体活动"): (1, 90), (NONE, NONE): (1, 0),
    }
    assert list(t.frame.columns) == ["district", "topic", "articles", "participants", "participants_approx"]
    assert t.frame.iloc[0][["district", "topic"]].tolist() == ["海淀区", "送清凉"]


def test_sort_top_and_name():
    t = stats_table(records(), ["district"], ["articles", "money"], sort="money", top=2)
    assert rows(t, "district", "money") == [("大兴区", 50000), ("海淀区", 30000)]
    t = stats_table(records(), ["district"], ["articles"], sort="name")
    assert t.frame["district"].tolist() == sorted(t.frame["district"].tolist())
    assert len(stats_table(records(), ["district"], top=0).frame) == 0


def test_all_districts_official_order_with_zeros():
    units = beijing_units()
    assert len(units) == 17 and units[0] == "东城区" and units[-1] == "北京经济技术开发区"
    t = stats_table(records(), ["district"], all_districts=True)
    assert t.frame["district"].tolist() == list(units) + [NONE]
    d = as_dict(t)
    assert d["东城区"]["articles"] == 0 and d["东城区"]["money"] == 0 and not d["东城区"]["participants_approx"]
    assert d["海淀区"]["articles"] == 2
    # an explicit sort wins over the official order
    t = stats_table(records(), ["district"], ["articles"], all_districts=True, sort="articles")
    assert t.frame["district"].iloc[0] == "海淀区" and t.frame["articles"].iloc[-1] == 0
    assert t.frame["articles"].dtype.kind == "i"


def test_where_membership_and_and():
    recs = records()
    assert [a.id for a in filter_records(recs, [Where.parse("district=海淀区")])] == ["a#1", "b#1"]
    assert [a.id for a in filter_records(recs, [Where.parse("topic=送清凉")])] == ["a#1", "b#1", "b#2"]
    assert [a.id for a in filter_records(recs, [Where.parse("topics=送清凉"), Where.parse("district=大兴区")])] == ["b#2"]
    assert [a.id for a in filter_records(recs, [Where.parse("district=(none)")])] == ["a#3"]
    assert [a.id for a in filter_records(recs, [Where.parse("town=学院路街道")])] == ["a#1", "b#1"]
    assert [a.id for a in filter_records(recs, [Where.parse("reporter=崔欣")])] == ["a#3", "b#1"]
    assert [a.id for a in filter_records(recs, [Where.parse("kind=photo")])] == ["a#3"]
    assert [a.id for a in filter_records(recs, [Where.parse("districts=通州区")])] == ["c#1"]
    assert [a.id for a in filter_records(recs, [Where.parse("issue_date=2023-08-25")])] == ["b#1", "b#2"]


def test_where_negated():
    recs = records()
    everyone = [a.id for a in recs]
    assert [a.id for a in filter_records(recs, [Where.parse("kind!=photo")])] == [i for i in everyone if i != "a#3"]
    assert [a.id for a in filter_records(recs, [Where.parse("district!=(none)")])] == [i for i in everyone if i != "a#3"]
    assert [a.id for a in filter_records(recs, [Where.parse("topic!=送清凉")])] == [
        i for i in everyone if i not in ("a#1", "b#1", "b#2")]


@pytest.mark.parametrize("bad", ["district", "=海淀区", "colour=red", "!=海淀区", "colour!=red"])
def test_where_errors(bad):
    with pytest.raises(UsageError):
        Where.parse(bad)


def test_since_until_exclude_undated_and_say_so():
    said = []
    kept = filter_records(records(), since="2023-08-01", warn=said.append)
    assert [a.id for a in kept] == ["b#1", "b#2"]
    assert said and "1 article(s) without an issue date" in said[0]
    kept = filter_records(records(), until="2023-07-03", warn=said.append)
    assert [a.id for a in kept] == ["a#1", "a#2", "a#3"]
    kept = filter_records(records(), since="2023-07-04", until="2023-08-24")
    assert kept == []
    said.clear()
    filter_records(records(), warn=said.append)
    assert said == []


def test_needs_extract():
    assert not needs_extract(["kind", "reporter", "issue", "month"], ["articles", "issues"])
    assert needs_extract(["town"], ["articles"])
    assert needs_extract(["kind"], ["money"])
    assert needs_extract(["kind"], ["articles"], [Where.parse("topic=送清凉")])
    assert not needs_extract(["kind"], ["articles"], [Where.parse("reporter=孙艳")])


def test_empty_corpus():
    t = stats_table([], ["district", "topic"], ["articles", "money"])
    assert t.frame.empty and list(t.frame.columns) == ["district", "topic", "articles", "money", "money_approx"]
    assert t.totals["articles"] == 0
    t = stats_table([], ["district"], ["articles"], all_districts=True)
    assert len(t.frame) == 17


def test_stats_usage_errors():
    with pytest.raises(UsageError):
        stats_table(records(), ["colour"])
    with pytest.raises(UsageError):
        stats_table(records(), ["district"], ["weight"])
    with pytest.raises(UsageError):
        stats_table(records(), [])


# --- export tables ----------------------------------------------------------------------------

def test_export_articles_table():
    f = export_frame(records(), "articles")
    assert tuple(f.columns) == TABLE_COLUMNS["articles"]
    first = f.iloc[0]
    assert first["towns"] == "学院路街道;上地街道"
    assert first["people"] == "张三"
    assert first["orgs"] == "海淀区总工会"
    assert first["quantities"] == "1200份防暑降温物品;600余名职工;30000元资金"
    assert first["lines"] == "1;3"
    assert first["participants"] == 600 and bool(first["participants_approx"])
    assert pd.isna(f.iloc[2]["district"])
    assert f["money"].dtype.kind == "i"
    assert f.iloc[3]["towns"] == "学院路街道"  # duplicates collapse


def test_export_mentions_people_orgs_quantities():
    m = export_frame(records(), "mentions")
    assert tuple(m.columns) == TABLE_COLUMNS["mentions"]
    a1 = m[m["article_id"] == "a#1"]
    assert a1["type"].tolist() == ["district", "town", "town", "org", "person"]
    assert a1.iloc[1][["name", "district"]].tolist() == ["学院路街道", "海淀区"]
    place = m[m["type"] == "place"].iloc[0]
    assert place[["name", "province", "county"]].tolist() == ["杂多县", "青海省", "杂多县"]
    p = export_frame(records(), "people")
    assert tuple(p.columns) == TABLE_COLUMNS["people"]
    assert p.iloc[0][["name", "roles", "orgs", "district"]].tolist() == ["张三", "主席;副区长", "海淀区总工会", "海淀区"]
    assert len(p) == 2
    o = export_frame(records(), "orgs")
    assert tuple(o.columns) == TABLE_COLUMNS["orgs"] and len(o) == 4
    assert o[o["name"] == "北京某科技有限公司"].iloc[0]["kind"] == "company"
    qt = export_frame(records(), "quantities")
    assert tuple(qt.columns) == TABLE_COLUMNS["quantities"]
    assert len(qt) == sum(len(a.quantities) for a in records())
    row = qt[(qt["article_id"] == "a#1") & (qt["kind"] == "participants")].iloc[0]
    assert row[["value", "unit", "what", "approx", "text"]].tolist() == [600, "名", "职工", True, "600余名职工"]


def test_export_empty_and_unknown():
    f = export_frame([], "quantities")
    assert f.empty and tuple(f.columns) == TABLE_COLUMNS["quantities"]
    with pytest.raises(UsageError):
        export_frame([], "colours")


# --- JSONL records -----------------------------------------------------------------------------

def test_jsonl_detection_and_parse():
    from aggregate_records import jsonl

    data = jsonl().encode()
    assert looks_like_records(data) and looks_like_records(b"\n  " + data)
    assert not looks_like_records("## 标题\n\n本报讯".encode())
    assert looks_like_records(b'{"colour": 1}\n')  # a brace opens records: parse_records says what is wrong
    with pytest.raises(DataError, match="line 1: record has no issue, index, id"):
        parse_records(b'{"colour": 1}\n')
    recs = parse_records(data)
    assert [r.id for r in recs] == [r.id for r in records()]
    assert all(r.extracted for r in recs) and recs[0].towns == records()[0].towns


@pytest.mark.parametrize("bad, where", [
    ('{"issue": "a", "index": 1, "id": "a#1"}\n{"issue": "a", \n', "line 2: not valid JSON"),
    ('{"issue": "a", "index": 1, "id": "a#1"}\n\n[1, 2]\n', "line 3: a JSON list"),
    ('{"issue": "a", "index": 1, "id": "a#1"}\n{"issue": "a"}\n', "line 2: record has no index, id"),
])
def test_parse_records_errors_name_the_line(bad, where):
    with pytest.raises(DataError) as exc:
        parse_records(bad.encode(), "-")
    assert where in str(exc.value)


def test_pandas_not_imported_at_import_time():
    import subprocess

    code = "import sys, ghcli.aggregate, ghcli.cli; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_unextracted_quantities_ignored_gracefully():
    a = Article(issue="x.txt", index=1, id="x#1")
    a.quantities = [q(5, "元", "钱", "money"), {"value": None, "kind": "money"}, "junk"]
    t = stats_table([a], ["district"], ["money"])
    assert t.frame.to_dict("records") == [{"district": NONE, "money": 5, "money_approx": False}]
    assert art("y.txt", 1, None, None).district is None

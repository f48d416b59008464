"""`ghcli stats` through the CLI entry point: inputs (files, JSONL on stdin), every --by,
filters, sorting, formats, totals, errors."""

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest

from aggregate_records import jsonl, records
from conftest import ROOT, SAMPLE

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SEEDS = ROOT / "seeds"

# End-to-end tests that need the extract stage (districts, towns, quantities from text).
needs_extract = pytest.mark.skipif(importlib.util.find_spec("ghcli.entities") is None, reason="extract stage not available")


def stats_json(cli, args, stdin=None):
    res = cli(["stats", *args, "--format", "json"], stdin=stdin)
    assert res.code == 0, res.err
    return json.loads(res.out), res


def by_key(rows, key="district"):
    return {r[key]: r for r in rows}


# --- on pre-built extracted records (JSONL on stdin, no file argument) -------------------------

def test_jsonl_stdin_by_district(cli):
    rows, _ = stats_json(cli, ["--by", "district"], stdin=jsonl())
    assert [r["district"] for r in rows] == ["海淀区", "(none)", "大兴区", "朝阳区", "通州区"]
    hd = rows[0]
    assert hd == {"district": "海淀区", "articles": 2, "issues": 2, "participants": 650, "participants_approx": True,
                  "money": 30000, "money_approx": False, "material": 1200, "material_approx": False}


@pytest.mark.parametrize("by, expected", [
    ("district", {"海淀区": 2, "朝阳区": 1, "大兴区": 1, "通州区": 1, "(none)": 1}),
    ("town", {"学院路街道": 2, "上地街道": 1, "望京街道": 1, "青云店镇": 1, "采育镇": 1, "潞城镇": 1, "(none)": 1}),
    ("org", {"海淀区总工会": 1, "望京街道总工会": 1, "北京某科技有限公司": 1, "市总工会": 1, "(none)": 3}),
    ("reporter", {"孙艳": 3, "崔欣": 2, "刘欣欣": 1, "周美玉": 1}),
    ("person", {"张三": 1, "李四": 1, "(none)": 4}),
    ("topic", {"送清凉": 3, "劳动竞赛": 1, "健康": 1, "文体活动": 1, "(none)": 1}),
    ("kind", {"article": 5, "photo": 1}),
    ("place", {"杂多县": 1, "(none)": 5}),
    ("issue", {"a.txt": 3, "b.txt": 2, "c.txt": 1}),
    ("month", {"2023-07": 3, "2023-08": 2, "(none)": 1}),
])
def test_every_by(cli, by, expected):
    rows, _ = stats_json(cli, ["--by", by, "--measure", "articles"], stdin=jsonl())
    assert {r[by]: r["articles"] for r in rows} == expected
    assert all(set(r) == {by, "articles"} for r in rows)


def test_cross_table_and_measures(cli):
    rows, _ = stats_json(cli, ["--by", "district", "--by", "topic", "-m", "articles", "-m", "money"], stdin=jsonl())
    got = {(r["district"], r["topic"]): (r["articles"], r["money"]) for r in rows}
    assert got[("海淀区", "送清凉")] == (2, 30000)
    assert got[("大兴区", "送清凉")] == (1, 50000)
    assert got[("(none)", "(none)")] == (1, 0)
    assert list(rows[0]) == ["district", "topic", "articles", "money", "money_approx"]


def test_where_since_until_top_sort(cli):
    rows, _ = stats_json(cli, ["--by", "district", "--where", "topic=送清凉"], stdin=jsonl())
    assert {r["district"]: r["articles"] for r in rows} == {"海淀区": 2, "大兴区": 1}
    rows, _ = stats_json(cli, ["--by", "topic", "-w", "district=海淀区", "-w", "reporter=孙艳", "-m", "articles"], stdin=jsonl())
    assert {r["topic"]: r["articles"] for r in rows} == {"送清凉": 2, "健康": 1}
    rows, res = stats_json(cli, ["--by", "district", "--since", "2023-08-01", "-m", "articles"], stdin=jsonl())
    assert {r["district"]: r["articles"] for r in rows} == {"海淀区": 1, "大兴区": 1}
    assert "without an issue date excluded" in res.err
    rows, _ = stats_json(cli, ["--by", "issue", "--until", "2023-07-31", "-m", "articles"], stdin=jsonl())
    assert rows == [{"issue": "a.txt", "articles": 3}]
    rows, _ = stats_json(cli, ["--by", "district", "--sort", "participants", "--top", "2", "-m", "participants"], stdin=jsonl())
    assert [(r["district"], r["participants"]) for r in rows] == [("海淀区", 650), ("大兴区", 400)]


def test_all_districts(cli):
    from ghcli.aggregate import beijing_units

    rows, _ = stats_json(cli, ["--by", "district", "--all-districts", "-m", "articles"], stdin=jsonl())
    assert [r["district"] for r in rows] == list(beijing_units()) + ["(none)"]
    assert sum(r["articles"] == 0 for r in rows) == 13


def test_table_md_csv_formats_with_totals(cli):
    res = cli(["stats", "--by", "district", "--format", "table"], stdin=jsonl())
    assert res.code == 0, res.err
    assert "海淀区" in res.out and "≈650" in res.out and "30,000" in res.out
    total = [line for line in res.out.splitlines() if "total" in line]
    assert total and "1,220" in total[0] and "86,000" in total[0]
    res = cli(["stats", "--by", "district", "--by", "topic", "--format", "md", "-m", "articles"], stdin=jsonl())
    lines = res.out.splitlines()
    assert lines[0] == "| district | topic | articles |"
    assert lines[-1] == "| **total** |  | **6** |"
    res = cli(["stats", "--by", "district", "--format", "csv"], stdin=jsonl())
    table = list(csv.DictReader(io.StringIO(res.out)))
    assert table[0]["district"] == "海淀区" and table[0]["participants_approx"] == "True"
    assert not res.out.startswith("\ufeff")


def test_default_format_in_a_pipe_is_json(cli):
    res = cli(["stats", "--by", "kind", "-m", "articles"], stdin=jsonl())
    assert json.loads(res.out) == [{"kind": "article", "articles": 5}, {"kind": "photo", "articles": 1}]


def test_date_option_sets_the_issue_date(cli):
    recs = [r for r in records() if r.issue == "c.txt"]
    rows, _ = stats_json(cli, ["--by", "month", "-m", "articles", "--date", "2023-10-01"], stdin=jsonl(recs))
    assert rows == [{"month": "2023-10", "articles": 1}]


# --- errors --------------------------------------------------------------------------------

@pytest.mark.parametrize("args, names", [
    (["--by", "colour"], ["district", "town", "org", "reporter", "month"]),
    (["--format", "xml"], ["table", "csv", "json", "md"]),
    (["--measure", "weight"], ["articles", "participants", "money"]),
    (["--sort", "colour"], ["articles", "name"]),
])
def test_unknown_choices_exit_2_naming_them(cli, args, names):
    res = cli(["stats", *args], stdin=jsonl())
    assert res.code == 2
    for name in names:
        assert name in res.err
    assert "Traceback" not in res.err


@pytest.mark.parametrize("args, msg", [
    (["--where", "colour=red"], "unknown field 'colour'"),
    (["--where", "district"], "not FIELD=VALUE"),
    (["--since", "2023-13-01"], "is not a date"),
])
def test_bad_option_values_exit_2(cli, args, msg):
    res = cli(["stats", "--by", "district", *args], stdin=jsonl())
    assert res.code == 2 and msg in res.err


def test_binary_stdin_is_a_clear_error(cli):
    res = cli(["stats", "--by", "kind"], stdin=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert res.code == 1
    assert "binary file" in res.err and len(res.err.strip().splitlines()) == 1


def test_malformed_jsonl_names_the_line(cli):
    lines = jsonl().splitlines()
    bad = "\n".join(lines[:2] + ['{"issue": "a.txt", "index": 9,'] + lines[2:]) + "\n"
    res = cli(["stats", "--by", "district"], stdin=bad)
    assert res.code == 1
    assert "line 3" in res.err and "not valid JSON" in res.err


def test_no_input_at_a_terminal_is_usage_error(cli):
    res = cli(["stats", "--by", "district"], tty=True)
    assert res.code == 2 and "no input" in res.err


# --- the fixture corpus and the sample issue (split-only stats need no extract) ----------------

def test_corpus_by_month_and_reporter_without_extract(cli):
    rows, res = stats_json(cli, [CORPUS, "--by", "month", "-m", "articles", "-m", "issues", "--since", "2023-07-01"])
    assert rows == [{"month": "2023-07", "articles": 6, "issues": 2}, {"month": "2023-08", "articles": 3, "issues": 1},
                    {"month": "2023-09", "articles": 3, "issues": 1}]
    assert "1 article(s) without an issue date" in res.err
    rows, _ = stats_json(cli, [CORPUS, "--by", "reporter", "-m", "articles", "--top", "1"])
    assert rows == [{"reporter": "周美玉", "articles": 4}]
    rows, _ = stats_json(cli, [str(CORPUS / "*.txt"), "--by", "issue", "-m", "articles", "--sort", "name"])
    assert [Path(r["issue"]).name for r in rows] == ["2023-07-03.txt", "2023-08-25.txt", "2023-09-01.txt",
                                                     "20230720.txt", "undated_issue.txt"]


def test_progress_bar_only_for_several_issues_at_a_terminal(monkeypatch):
    import sys

    from ghcli.cli import _progress

    assert _progress(False) is None  # stderr is not a terminal under pytest
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert _progress(True) is None  # --quiet
    wrap = _progress(False)
    assert wrap(["one"]) == ["one"]
    assert list(wrap(["a", "b"])) == ["a", "b"]


@needs_extract
def test_corpus_by_district_end_to_end(cli):
    rows, _ = stats_json(cli, [CORPUS, "--by", "district"])
    d = by_key(rows)
    assert {k: v["articles"] for k, v in d.items()} == {"通州区": 4, "海淀区": 3, "朝阳区": 3, "大兴区": 2, "(none)": 1}
    assert d["海淀区"]["money"] == 100000
    assert d["海淀区"]["participants_approx"] is True
    assert d["大兴区"]["issues"] == 2
    rows, _ = stats_json(cli, [CORPUS, "--by", "district", "--where", "town=宋庄镇", "-m", "articles"])
    assert rows == [{"district": "通州区", "articles": 2}]
    rows, _ = stats_json(cli, [CORPUS, "--by", "town", "--where", "district=通州区", "-m", "articles"])
    assert {r["town"]: r["articles"] for r in rows} == {"宋庄镇": 2, "永顺镇": 2, "潞城镇": 1}


@needs_extract
def test_sample_by_district(cli):
    rows, _ = stats_json(cli, [SEEDS, "--by", "district"])
    assert sorted(r["district"] for r in rows) == sorted(["大兴区", "怀柔区", "朝阳区", "昌平区", "海淀区", "通州区", "(none)"])
    assert all(r["articles"] == 1 for r in rows)
    rows, _ = stats_json(cli, [SEEDS, "--by", "district", "--all-districts"])
    assert len(rows) == 18
    assert sum(r["articles"] == 0 for r in rows) == 11


@needs_extract
@pytest.mark.parametrize("stage", ["extract", "split"])
def test_pipe_equivalence(cli, stage):
    direct = cli(["stats", SAMPLE, CORPUS, "--by", "district", "--format", "json"])
    assert direct.code == 0, direct.err
    piped_in = cli([stage, SAMPLE, CORPUS, "--format", "jsonl"])
    assert piped_in.code == 0, piped_in.err
    piped = cli(["stats", "--by", "district", "--format", "json"], stdin=piped_in.out)
    assert piped.code == 0, piped.err
    assert json.loads(piped.out) == json.loads(direct.out)


def test_broken_first_jsonl_line_is_reported_not_split(cli):
    bad = '{"issue": "a.txt", "index": 1\n' + jsonl()
    res = cli(["stats", "--by", "kind", "-m", "articles"], stdin=bad)
    assert res.code == 1 and "line 1: not valid JSON" in res.err

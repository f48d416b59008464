"""`ghcli export`: every --table in every --format read back, BOM, atomic files, --force, extras."""

import importlib.util
import json
import os
import sys

import pandas as pd
import pytest

from aggregate_records import jsonl, records
from conftest import ROOT
from ghcli.aggregate import TABLE_COLUMNS, TABLES

SEEDS = ROOT / "seeds"
FORMATS = ("csv", "json", "jsonl", "parquet", "xlsx")
needs_extract = pytest.mark.skipif(importlib.util.find_spec("ghcli.entities") is None, reason="extract stage not available")

# The first row of each table built from aggregate_records.records(): (column, value) checks.
FIRST = {
    "articles": {"id": "a#1", "district": "海淀区", "towns": "学院路街道;上地街道", "participants": 600, "money": 30000},
    "mentions": {"article_id": "a#1", "type": "district", "name": "海淀区", "count": 2},
    "people": {"article_id": "a#1", "name": "张三", "roles": "主席;副区长", "orgs": "海淀区总工会"},
    "orgs": {"article_id": "a#1", "name": "海淀区总工会", "kind": "union", "district": "海淀区"},
    "quantities": {"article_id": "a#1", "value": 1200, "unit": "份", "kind": "material", "approx": False},
}
ROWS = {"articles": 6, "mentions": 5 + 8 + 1 + 4 + 2, "people": 2, "orgs": 4, "quantities": 11}


def read_back(path, fmt) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path, encoding="utf-8-sig")
    if fmt == "json":
        return pd.DataFrame(json.loads(path.read_text(encoding="utf-8")))
    if fmt == "jsonl":
        return pd.DataFrame([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()])
    if fmt == "parquet":
        return pd.read_parquet(path)
    return pd.read_excel(path, sheet_name=None)  # every sheet, to check the sheet name


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_every_table_in_every_format(cli, tmp_path, table, fmt):
    out = tmp_path / f"{table}.{fmt}"
    res = cli(["export", "--table", table, "--format", fmt, "-o", out], stdin=jsonl())
    assert res.code == 0, res.err
    assert f"wrote {ROWS[table]} {table} row(s)" in res.err
    frame = read_back(out, fmt)
    if fmt == "xlsx":
        assert list(frame) == [table]
        frame = frame[table]
    assert tuple(frame.columns) == TABLE_COLUMNS[table]
    assert len(frame) == ROWS[table]
    first = frame.iloc[0]
    for col, want in FIRST[table].items():
        assert first[col] == want, (col, first[col])
    assert [f for f in os.listdir(tmp_path) if f.endswith(".tmp")] == []


def test_csv_to_stdout_has_no_bom_unless_asked(cli):
    res = cli(["export", "--table", "orgs"], stdin=jsonl())
    assert res.code == 0 and res.out.startswith("article_id,issue,")
    res = cli(["export", "--table", "orgs", "--bom"], stdin=jsonl())
    assert res.out.startswith("\ufeffarticle_id")
    res = cli(["export", "--table", "quantities", "--format", "jsonl"], stdin=jsonl())
    rows = [json.loads(line) for line in res.out.splitlines()]
    assert rows[0]["value"] == 1200 and rows[1]["approx"] is True and rows[0]["issue_date"] == "2023-07-03"


def test_no_bom_file(cli, tmp_path):
    out = tmp_path / "a.csv"
    assert cli(["export", "-o", out, "--no-bom"], stdin=jsonl()).code == 0
    assert out.read_bytes().startswith(b"issue,issue_date,index,id,")


def test_where_and_since_filter_exports(cli):
    res = cli(["export", "--table", "quantities", "--format", "json", "--where", "district=大兴区"], stdin=jsonl())
    assert {r["article_id"] for r in json.loads(res.out)} == {"b#2"}
    res = cli(["export", "--format", "json", "--since", "2023-08-01"], stdin=jsonl())
    assert [r["id"] for r in json.loads(res.out)] == ["b#1", "b#2"]
    assert "without an issue date" in res.err


# --- the sample issue, end to end --------------------------------------------------------

@needs_extract
def test_sample_csv_opens_in_pandas_and_excel(cli, tmp_path):
    out = tmp_path / "out.csv"
    res = cli(["export", SEEDS, "--format", "csv", "-o", out])
    assert res.code == 0, res.err
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert tuple(frame.columns) == TABLE_COLUMNS["articles"]
    assert len(frame) == 7
    assert frame["title"].iloc[0] == "大兴各级工会打造职工“心灵港湾”"
    assert frame["district"].iloc[0] == "大兴区"
    assert "魏善庄镇" in frame["towns"].iloc[0].split(";")


@needs_extract
@pytest.mark.parametrize("table", TABLES)
def test_sample_every_table_as_xlsx_and_parquet(cli, tmp_path, table):
    for fmt in ("parquet", "xlsx"):
        out = tmp_path / f"{table}.{fmt}"
        res = cli(["export", SEEDS, "--table", table, "--format", fmt, "-o", out])
        assert res.code == 0, res.err
        frame = pd.read_parquet(out) if fmt == "parquet" else pd.read_excel(out)
        assert tuple(frame.columns) == TABLE_COLUMNS[table]
        assert len(frame) > 0


@needs_extract
def test_split_only_records_are_extracted_before_export(cli):
    split = cli(["split", SEEDS, "--format", "jsonl"])
    res = cli(["export", "--table", "mentions", "--format", "json"], stdin=split.out)
    assert res.code == 0, res.err
    names = {(r["type"], r["name"]) for r in json.loads(res.out)}
    assert ("town", "魏善庄镇") in names and ("district", "怀柔区") in names


# --- errors ----------------------------------------------------------------------------

@pytest.mark.parametrize("args, names", [
    (["--format", "xml"], ["csv", "json", "jsonl", "parquet", "xlsx"]),
    (["--table", "colours"], ["articles", "mentions", "people", "orgs", "quantities"]),
])
def test_unknown_choices_exit_2(cli, args, names):
    res = cli(["export", *args], stdin=jsonl())
    assert res.code == 2
    assert all(n in res.err for n in names)


@pytest.mark.parametrize("fmt", ["parquet", "xlsx"])
def test_binary_formats_need_a_file(cli, fmt):
    res = cli(["export", "--format", fmt], stdin=jsonl())
    assert res.code == 2 and "-o FILE" in res.err and res.out == ""


def test_existing_file_needs_force(cli, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    res = cli(["export", "-o", out], stdin=jsonl())
    assert res.code == 1 and "file exists" in res.err and "--force" in res.err
    assert out.read_text(encoding="utf-8") == "keep me"
    res = cli(["export", "-o", out, "--force"], stdin=jsonl())
    assert res.code == 0 and len(pd.read_csv(out, encoding="utf-8-sig")) == 6


def test_missing_directory_leaves_nothing(cli, tmp_path):
    out = tmp_path / "no" / "such" / "dir" / "out.csv"
    res = cli(["export", "-o", out], stdin=jsonl())
    assert res.code == 1 and "directory does not exist" in res.err
    assert not (tmp_path / "no").exists()


def test_parent_is_a_file(cli, tmp_path):
    (tmp_path / "file").write_text("x")
    res = cli(["export", "-o", tmp_path / "file" / "out.csv"], stdin=jsonl())
    assert res.code == 1 and "ghcli: error:" in res.err and "Traceback" not in res.err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_directory(cli, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        res = cli(["export", "-o", ro / "out.xlsx", "--format", "xlsx"], stdin=jsonl())
        assert res.code == 1 and "cannot write" in res.err
        assert os.listdir(ro) == []
    finally:
        ro.chmod(0o755)


def test_failure_mid_write_leaves_no_partial_file(cli, tmp_path, monkeypatch):
    import ghcli.writers as writers

    def broken(frame, fmt, out, bom):
        out.write("issue,issue_date\npartial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writers, "_write_frame_text", broken)
    out = tmp_path / "out.csv"
    res = cli(["export", "-o", out], stdin=jsonl())
    assert res.code == 1 and "No space left on device" in res.err
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("fmt, module, extra", [("parquet", "pyarrow", "parquet"), ("xlsx", "openpyxl", "xlsx")])
def test_missing_extra_names_it(cli, tmp_path, monkeypatch, fmt, module, extra):
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    out = tmp_path / f"out.{fmt}"
    res = cli(["export", "--format", fmt, "-o", out], stdin=jsonl())
    assert res.code == 2
    assert f"ghcli[{extra}]" in res.err and module in res.err
    assert not out.exists()


def test_records_helper_matches_rows():
    assert len(records()) == ROWS["articles"]


def test_unwritable_directory_even_as_root(cli, tmp_path, monkeypatch):
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    out = tmp_path / "out.parquet"
    res = cli(["export", "--format", "parquet", "-o", out], stdin=jsonl())
    assert res.code == 1 and "cannot write: Permission denied" in res.err
    assert os.listdir(tmp_path) == []

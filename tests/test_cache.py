"""The per-issue record cache: miss then hit with equal results, invalidation by content,
options and version, corrupt entries ignored and rewritten, ``ghcli cache info/clear``.
The autouse fixture in conftest.py gives every test its own $XDG_CACHE_HOME."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT

from ghcli.cache import SUFFIX

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    shutil.copytree(CORPUS, d)
    return d


@pytest.fixture
def splits(monkeypatch):
    """Counts issues actually split (cache misses) in this process (``--jobs 1``)."""
    from ghcli import engine

    calls = []
    real = engine.split_issue

    def counting(source, text, opts):
        calls.append(source.name)
        return real(source, text, opts)

    monkeypatch.setattr(engine, "split_issue", counting)
    return calls


def cache_root() -> Path:
    return Path(os.environ["XDG_CACHE_HOME"]) / "ghcli"


def entries() -> list[Path]:
    return sorted(cache_root().glob("??/*" + SUFFIX))


def stats(cli, path, *extra):
    res = cli(["stats", path, "--by", "district", "--by", "month", "-f", "json", "-j", "1", *extra])
    assert res.code == 0, res.err
    return res.out


def test_cache_dir_follows_xdg(monkeypatch, tmp_path):
    from ghcli.cache import cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache_dir() == tmp_path / "x" / "ghcli"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "ghcli"


def test_miss_then_hit(cli, corpus, splits):
    cold = stats(cli, corpus)
    assert len(splits) == 5 and len(entries()) == 5
    splits.clear()
    warm = stats(cli, corpus)
    assert splits == [] and warm == cold
    exported = [cli(["export", corpus, "-f", "csv", "-j", "1", *x]).out for x in ([], ["--no-cache"])]
    assert exported[0] == exported[1]


def test_hit_in_worker_processes_too(cli, corpus):
    cold = cli(["extract", corpus, "-f", "jsonl", "-j", "2"])
    assert cold.code == 0 and len(entries()) == 5
    stamps = {p: p.stat().st_mtime_ns for p in entries()}
    warm = cli(["extract", corpus, "-f", "jsonl", "-j", "2"])
    assert warm.out == cold.out
    assert {p: p.stat().st_mtime_ns for p in entries()} == stamps  # read, not rewritten


def test_changed_file_is_never_served_stale(cli, corpus, splits):
    stats(cli, corpus)
    target = corpus / "2023-08-25.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("朝阳", "海淀"), encoding="utf-8")
    splits.clear()
    after = stats(cli, corpus)
    assert splits == [str(target)]
    assert after == stats(cli, corpus, "--no-cache")


def test_new_version_is_a_miss(cli, corpus, splits, monkeypatch):
    import ghcli

    first = stats(cli, corpus)
    monkeypatch.setattr(ghcli, "__version__", "99.0.0")
    splits.clear()
    assert stats(cli, corpus) == first
    assert len(splits) == 5 and len(entries()) == 10


def test_another_build_of_the_same_version_is_a_miss(cli, corpus, splits, monkeypatch):
    from ghcli import cache

    first = stats(cli, corpus)
    # an edited gazetteer or lexicon, a development checkout: same version, other files
    monkeypatch.setattr(cache, "build_digest", lambda: "another-build")
    splits.clear()
    assert stats(cli, corpus) == first
    assert len(splits) == 5 and len(entries()) == 10


def test_build_digest_follows_the_package_files(tmp_path, monkeypatch):
    import ghcli
    from ghcli import cache

    copy = tmp_path / "ghcli"
    shutil.copytree(Path(ghcli.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(ghcli, "__file__", str(copy / "__init__.py"))
    try:
        cache.build_digest.cache_clear()
        before = cache.build_digest()
        with open(copy / "data" / "aliases.tsv", "a", encoding="utf-8") as fh:
            fh.write("望京西\talias\t望京街道\n")
        cache.build_digest.cache_clear()
        assert cache.build_digest() != before
    finally:
        cache.build_digest.cache_clear()


def test_options_are_part_of_the_key(cli, corpus, splits):
    a = cli(["split", corpus, "-f", "jsonl", "-j", "1"]).out
    b = cli(["split", corpus, "-f", "jsonl", "-j", "1", "--no-repair"]).out
    c = cli(["split", corpus, "-f", "jsonl", "-j", "1", "--punct", "full"]).out
    assert len(splits) == 15
    assert c != a
    splits.clear()
    assert cli(["split", corpus, "-f", "jsonl", "-j", "1", "--no-repair"]).out == b
    assert splits == []


@pytest.mark.parametrize("damage", [
    lambda p: p.write_bytes(b"\x00garbage\xff"),
    lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),  # truncated
    lambda p: p.write_text('{"format": "ghcli-cache/1"}\n{"x": 1}\n'),
    lambda p: p.write_bytes(b""),
])
def test_corrupt_entry_is_ignored_and_rewritten(cli, corpus, splits, damage):
    first = stats(cli, corpus)
    victim = entries()[0]
    damage(victim)
    splits.clear()
    res = cli(["stats", corpus, "--by", "district", "--by", "month", "-f", "json", "-j", "1"])
    assert res.code == 0 and res.err == "" and res.out == first
    assert len(splits) == 1
    splits.clear()  # the entry was rewritten whole: the next run is all hits
    assert stats(cli, corpus) == first and splits == []


def test_no_cache_neither_reads_nor_writes(cli, corpus, splits):
    stats(cli, corpus, "--no-cache")
    assert entries() == []
    stats(cli, corpus)
    splits.clear()
    stats(cli, corpus, "--no-cache")
    assert len(splits) == 5


def test_unwritable_cache_is_not_an_error(cli, corpus, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    res = cli(["stats", corpus, "--by", "district", "-f", "json", "-j", "1"])
    assert res.code == 0 and res.err == ""


def test_stdin_is_not_cached(cli):
    res = cli(["split", "-f", "jsonl"], stdin=(CORPUS / "2023-07-03.txt").read_bytes())
    assert res.code == 0 and entries() == []


def test_cache_info_and_clear(cli, corpus):
    stats(cli, corpus)
    info = cli(["cache", "info", "-f", "json"])
    data = json.loads(info.out)
    assert data["location"] == str(cache_root()) and data["entries"] == 5 and data["bytes"] > 0
    text = cli(["cache", "info"])
    assert str(cache_root()) in text.out and "entries   5" in text.out
    res = cli(["cache", "clear"])
    assert res.code == 0 and "removed 5 cache entries" in res.err
    assert entries() == []
    assert json.loads(cli(["cache", "info", "-f", "json"]).out)["entries"] == 0
    assert cli(["cache", "clear"]).code == 0  # clearing an empty or missing cache is fine


# --- stats rows: a warm ``stats`` reads the stats projection, not the records ---------------

STATS_QUERIES = [
    ["--by", "district"],
    ["--by", "town", "--by", "month", "--where", "kind=article"],
    ["--by", "topic", "--where", "district=海淀区", "--since", "2023-07-15"],
    ["--by", "issue", "--until", "2023-08-31", "-m", "articles", "-m", "money"],
    ["--by", "org", "--where", "date=2023-08-25", "--sort", "name", "--top", "3"],
    ["--by", "reporter", "--by", "place", "--where", "people=(none)"],
    ["--by", "person", "--where", "towns=", "-f", "csv"],
    ["--by", "district", "--all-districts", "-f", "md"],
    ["--by", "kind", "-m", "articles"],  # no extract fields: entries of split records
]


@pytest.mark.parametrize("query", STATS_QUERIES)
def test_warm_stats_equals_cold(cli, corpus, splits, monkeypatch, query):
    argv = ["stats", corpus, *query]
    if "-f" not in query:
        argv += ["-f", "json"]
    plain = cli([*argv, "-j", "1", "--no-cache"])
    cold = cli([*argv, "-j", "1"])
    assert cold.code == plain.code == 0 and cold.out == plain.out and cold.err == plain.err
    assert cold.out.strip() and len(splits) == 10
    splits.clear()
    from ghcli import cache

    built = []
    real = cache._article
    monkeypatch.setattr(cache, "_article", lambda data: built.append(1) or real(data))
    for jobs in ("1", "2"):
        warm = cli([*argv, "-j", jobs])
        assert (warm.code, warm.out, warm.err) == (cold.code, cold.out, cold.err)
    assert splits == [] and built == []  # all hits, served as stats rows


def test_where_outside_the_rows_reads_records(cli, corpus, splits, monkeypatch):
    from ghcli import cache
    from ghcli.aggregate import Where, row_answers

    assert not row_answers([Where("index", "1")]) and row_answers([Where("date", "2023-07-03")])
    argv = ["stats", corpus, "--by", "district", "--where", "index=1", "-f", "json", "-j", "1"]
    cold = cli(argv)
    assert cold.code == 0 and json.loads(cold.out)
    assert cold.out == cli([*argv, "--no-cache"]).out
    assert cold.out != cli(["stats", corpus, "--by", "district", "-f", "json", "-j", "1"]).out
    splits.clear()
    built = []
    real = cache._article
    monkeypatch.setattr(cache, "_article", lambda data: built.append(1) or real(data))
    assert cli(argv).out == cold.out
    assert splits == [] and built  # hits, as records


def test_other_row_version_is_a_miss_and_rewritten(cli, corpus, splits, monkeypatch):
    from ghcli import aggregate

    first = stats(cli, corpus)
    monkeypatch.setattr(aggregate, "ROW_VERSION", aggregate.ROW_VERSION + 1)
    splits.clear()
    assert stats(cli, corpus) == first and len(splits) == 5
    splits.clear()
    assert stats(cli, corpus) == first and splits == []


def test_truncated_bodies_are_a_miss_for_stats_too(cli, corpus, splits):
    first = stats(cli, corpus)
    victim = entries()[0]
    victim.write_bytes(victim.read_bytes()[:-3])  # the head and its rows are intact
    splits.clear()
    assert stats(cli, corpus) == first and len(splits) == 1


def test_where_on_the_text_sees_bodies_in_a_warm_run(cli, corpus):
    body = json.loads(cli(["extract", corpus / "2023-07-03.txt", "-f", "json", "-j", "1"]).out)[0]["text"]
    query = ["stats", corpus, "--by", "district", "--where", f"text={body}", "-f", "json", "-j", "1"]
    cold = cli(query)
    warm = cli(query)
    assert cold.code == warm.code == 0
    assert cold.out == warm.out and json.loads(warm.out)[0]["articles"] == 1

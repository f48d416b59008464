"""``--engine dask``: on a distributed LocalCluster (loopback, started once for the module)
and on Dask's local scheduler, output equals the local engine's."""

from __future__ import annotations

import shutil
import sys

import pytest

from conftest import ROOT, SAMPLE

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                       host="127.0.0.1", dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def both(cli, args, scheduler):
    local = cli([*args, "--engine", "local", "-j", "1"])
    dask = cli([*args, "--engine", "dask", "--scheduler", scheduler])
    assert local.code == dask.code == 0, (local.err, dask.err)
    assert dask.err == local.err
    return local, dask


@pytest.mark.parametrize("args", [
    ["stats", CORPUS, "--by", "district", "-f", "json"],
    ["stats", CORPUS, "--by", "topic", "--by", "district", "-f", "json"],
    ["stats", CORPUS, "--by", "district", "--since", "2023-08-01", "-f", "md"],
    ["stats", CORPUS, "--by", "kind", "--where", "district=通州区", "-f", "csv"],
    ["export", CORPUS, "--table", "articles", "-f", "csv"],
    ["extract", CORPUS, "-f", "jsonl"],
])
def test_dask_equals_local(cli, scheduler, args):
    local, dask = both(cli, args, scheduler)
    assert dask.out == local.out and local.out.strip()


def test_dask_more_issues_and_errors_in_order(cli, scheduler, tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    for i in range(12):
        shutil.copy(SAMPLE, d / f"s{i:02d}.txt")
    (d / "s03.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (d / "s07.txt").write_text("\n\n", encoding="utf-8")
    for args in (["stats", d, "--by", "town", "-f", "json"], ["export", d, "--table", "people", "-f", "jsonl"]):
        local = cli([*args, "-j", "1"])
        dask = cli([*args, "--engine", "dask", "--scheduler", scheduler])
        assert local.code == dask.code == 1
        assert dask.out == local.out and dask.err == local.err
        assert "s03.txt" in dask.err and "s07.txt" in dask.err and "Traceback" not in dask.err


def test_dask_local_scheduler_without_a_cluster(cli):
    local = cli(["stats", CORPUS, "--by", "district", "-f", "json", "-j", "1"])
    dask = cli(["stats", CORPUS, "--by", "district", "-f", "json", "--engine", "dask", "-j", "1"])
    assert dask.code == 0 and dask.out == local.out


def test_reduction_merges_partial_aggregates():
    from aggregate_records import records
    from ghcli.aggregate import StatsAccumulator, stats_from, stats_table

    recs = records()
    whole = stats_table(recs, ["district", "topic"])
    parts = [StatsAccumulator(["district", "topic"]).update(recs[i:i + 2]) for i in range(0, len(recs), 2)]
    merged = parts[0]
    for p in parts[1:]:
        merged.merge(p)
    table = stats_from(merged)
    assert table.frame.equals(whole.frame) and table.totals == whole.totals


def test_stdin_is_refused(cli, scheduler):
    res = cli(["stats", "--by", "kind", "--engine", "dask", "--scheduler", scheduler], stdin=SAMPLE.read_bytes())
    assert res.code == 2 and "stdin" in res.err


def test_bad_engine_and_scheduler_without_dask(cli):
    res = cli(["stats", CORPUS, "--engine", "spark"])
    assert res.code == 2 and "local, dask" in res.err
    res = cli(["stats", CORPUS, "--scheduler", "tcp://127.0.0.1:1"])
    assert res.code == 2 and "--engine dask" in res.err


def test_unreachable_scheduler_is_one_line(cli):
    res = cli(["stats", CORPUS, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert res.code == 2 and "cannot connect to the Dask scheduler" in res.err
    assert len(res.err.strip().splitlines()) == 1


def test_missing_extra_names_it(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    res = cli(["stats", CORPUS, "--engine", "dask"])
    assert res.code == 2 and "ghcli[dask]" in res.err and "Traceback" not in res.err

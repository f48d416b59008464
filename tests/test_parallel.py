"""``--jobs N``: worker processes give the output of ``--jobs 1``, in the same order, for
split/extract/stats/export; per-input errors come back as one-line ghcli errors in input
order; stdin is read in the parent; Ctrl-C ends the pool cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """~20 copies of the sample plus the dated corpus, in one directory."""
    d = tmp_path_factory.mktemp("copies")
    for i in range(20):
        shutil.copy(SAMPLE, d / f"2023-07-{i + 1:02d}_sample.txt")
    for f in CORPUS.iterdir():
        shutil.copy(f, d / f.name)
    return d


def run_both(cli, args, stdin=None):
    one = cli([*args, "--jobs", "1", "--no-cache"], stdin=stdin)
    two = cli([*args, "--jobs", "2", "--no-cache"], stdin=stdin)
    assert one.code == two.code == 0, (one.err, two.err)
    assert one.err == two.err
    return one, two


@pytest.mark.parametrize("where", ["corpus", "copies"])
@pytest.mark.parametrize("args", [
    ["split", "-f", "jsonl"],
    ["extract", "-f", "jsonl"],
    ["stats", "--by", "district", "-f", "json"],
    ["stats", "--by", "topic", "--by", "district", "-f", "csv"],
    ["stats", "--by", "town", "--where", "kind=article", "-f", "json"],
    ["export", "--table", "articles", "-f", "csv"],
    ["export", "--table", "mentions", "-f", "jsonl"],
    ["export", "--table", "quantities", "-f", "json"],
])
def test_jobs_2_equals_jobs_1(cli, copies, where, args):
    path = CORPUS if where == "corpus" else copies
    one, two = run_both(cli, [args[0], path, *args[1:]])
    assert one.out == two.out and one.out.strip()


def test_split_order_is_input_order(cli, copies):
    import json

    _, two = run_both(cli, ["split", copies, "-f", "jsonl"])
    issues = [json.loads(line)["issue"] for line in two.out.splitlines()]
    seen = list(dict.fromkeys(issues))
    assert seen == sorted(seen)  # a directory is read in sorted order
    assert len(seen) == 25


@pytest.mark.parametrize("fmt", ["parquet", "xlsx"])
def test_export_files_equal(cli, copies, tmp_path, fmt):
    frames = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.{fmt}"
        res = cli(["export", copies, "-f", fmt, "-o", out, "--jobs", jobs, "--no-cache"])
        assert res.code == 0, res.err
        frames.append(pd.read_parquet(out) if fmt == "parquet" else pd.read_excel(out))
    pd.testing.assert_frame_equal(frames[0], frames[1])
    assert len(frames[0]) > 20


@pytest.fixture
def mixed(tmp_path):
    """Good issues with bad ones between them."""
    d = tmp_path / "mixed"
    d.mkdir()
    for i in range(6):
        shutil.copy(SAMPLE, d / f"a{i}.txt")
    (d / "a2.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (d / "a4.txt").write_bytes(b"")
    return d


def test_worker_errors_are_ghcli_errors_in_order(cli, mixed):
    one = cli(["split", mixed, "-f", "jsonl", "-j", "1", "--no-cache"])
    two = cli(["split", mixed, "-f", "jsonl", "-j", "2", "--no-cache"])
    assert one.code == two.code == 1
    assert one.out == two.out
    assert one.err == two.err
    lines = two.err.strip().splitlines()
    assert len(lines) == 2 and "a2.txt" in lines[0] and "binary file" in lines[0] and "a4.txt" in lines[1]
    assert "Traceback" not in two.err


def test_strict_stops_at_the_first_bad_input(cli, mixed):
    res = cli(["stats", mixed, "--by", "kind", "-j", "2", "--strict", "--no-cache"])
    assert res.code == 1
    assert res.err.strip().splitlines() == [l for l in res.err.strip().splitlines() if "a2.txt" in l]
    assert "Traceback" not in res.err


def test_stdin_is_read_in_the_parent_in_its_place(cli, copies):
    files = sorted(str(p) for p in copies.iterdir())[:4]
    args = ["split", files[0], "-", *files[1:], "-f", "jsonl", "--no-cache"]
    one = cli([*args, "-j", "1"], stdin=SAMPLE.read_bytes())
    two = cli([*args, "-j", "2"], stdin=SAMPLE.read_bytes())
    assert one.code == two.code == 0
    assert one.out == two.out
    assert '"issue": "-"' in two.out


def test_unexpected_worker_exception_is_one_line(monkeypatch):
    from ghcli import engine
    from ghcli.pipeline import Options
    from ghcli.sources import Source

    def boom(*args, **kwargs):
        raise RuntimeError("bad\nthing")

    monkeypatch.setattr(engine, "split_issue", boom)
    work = engine.make_work(Options(), cache=False)
    [(ok, packed)] = engine.run_chunk(work, [Source(str(SAMPLE), SAMPLE)])
    assert not ok
    err = engine.unpack_error(packed)
    assert err.exit_code == 1 and "internal error: RuntimeError: bad thing" in err.line()
    assert "\n" not in err.line()


def test_error_subclasses_survive_the_trip():
    from ghcli.engine import pack_error, unpack_error
    from ghcli.errors import MissingExtraError, UsageError

    for err in (MissingExtraError("Parquet export", "parquet", "pyarrow"), UsageError("no such file", source="x.txt")):
        back = unpack_error(pack_error(err))
        assert type(back) is type(err) and back.line() == err.line() and back.exit_code == err.exit_code


def test_stdin_and_cache_hits_stay_in_the_parent(tmp_path):
    from ghcli.engine import _chunks, make_work, process_source
    from ghcli.pipeline import Options
    from ghcli.sources import Source

    srcs = [Source("-")]
    for name in "abcd":
        path = tmp_path / f"{name}.txt"
        path.write_bytes(SAMPLE.read_bytes() + name.encode())
        srcs.append(Source(str(path), path))
    work = make_work(Options())
    process_source(work, srcs[3])  # c.txt is now cached
    units = [(where, [Path(s.name).stem for s in chunk], hit is not None) for where, chunk, hit in _chunks(iter(srcs), 2, work)]
    assert units == [("parent", ["-"], False), ("pool", ["a", "b"], False), ("hit", ["c"], True), ("pool", ["d"], False)]


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_ctrl_c_ends_the_pool_cleanly(tmp_path):
    psutil = pytest.importorskip("psutil")
    big = tmp_path / "big"
    big.mkdir()
    data = SAMPLE.read_bytes()
    for i in range(1500):
        (big / f"i{i:04d}.txt").write_bytes(data + f"\n{i}\n".encode())
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "xdg"))
    proc = subprocess.Popen([sys.executable, "-m", "ghcli", "stats", str(big), "--by", "district", "-j", "2", "-f", "json"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    parent = psutil.Process(proc.pid)
    deadline = time.time() + 20
    while time.time() < deadline and len(parent.children()) < 2:  # the pool is up
        time.sleep(0.05)
    workers = parent.children()
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
    out, err = proc.communicate(timeout=30)
    err = err.decode()
    assert proc.returncode == 130, err
    assert err.strip() == "ghcli: interrupted"
    assert out == b""
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive


def test_warm_stats_starts_no_pool(cli, copies, monkeypatch):
    """Every input a cache hit: served by the parent as stats rows, no worker started."""
    import concurrent.futures

    argv = ["stats", copies, "--by", "district", "--by", "topic", "-f", "json"]
    cold = cli([*argv, "--jobs", "2"])
    assert cold.code == 0 and cold.out == cli([*argv, "--jobs", "1", "--no-cache"]).out

    def refuse(*args, **kwargs):
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    warm = cli([*argv, "--jobs", "2"])
    assert (warm.code, warm.out, warm.err) == (cold.code, cold.out, cold.err)


def _die(*args, **kwargs):
    os._exit(3)  # what the kernel's OOM killer leaves behind: no exception, no result


@pytest.mark.skipif(sys.platform != "linux", reason="workers inherit the patched function only when forked")
def test_a_worker_that_dies_is_one_error_line(cli, copies, monkeypatch):
    import ghcli.engine

    monkeypatch.setattr(ghcli.engine, "run_chunk", _die)
    res = cli(["stats", str(copies), "--by", "district", "-f", "json", "--jobs", "2", "--no-cache"])
    assert res.code == 1
    assert res.err.strip().splitlines() == ["ghcli: error: a worker process died (out of memory?) (try fewer --jobs)"]

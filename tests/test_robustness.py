"""Robustness through the real entry point: bad input, interrupted runs, closed pipes,
failing disks. ghcli must say what is wrong in one line, exit with the documented code
(0 ok, 1 data error, 2 usage error, 130 interrupted) and never leave half a file or
touch an input."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import ghcli.sources
import ghcli.writers
from conftest import ROOT, SAMPLE

SAMPLE_BYTES = SAMPLE.read_bytes()
SAMPLE_TEXT = SAMPLE_BYTES.decode("utf-8")
N_SAMPLE = 7  # records of the sample issue


def one_error_line(res) -> str:
    """stderr holds exactly one line, an error, and no traceback."""
    lines = res.err.strip().splitlines()
    assert len(lines) == 1, res.err
    assert "Traceback" not in res.err
    assert "error:" in lines[0]
    return lines[0]


def leftovers(directory: Path) -> list[str]:
    """Temporary files the atomic writer would leave behind."""
    return sorted(p.name for p in directory.rglob(".*.tmp"))


# --- bad inputs ---------------------------------------------------------------------------

BAD_INPUTS = {
    # name: (bytes, exit code, words in the message)
    "empty.txt": (b"", 1, "file is empty"),
    "blank.txt": (" \n\r\n\t\u3000\n".encode("utf-8"), 1, "file is empty"),
    "nul.txt": (b"abc\x00\x01\x02def", 1, "binary file (NUL bytes)"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), 1, "PNG image"),
    "photo.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), 1, "JPEG image"),
    "scan.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", 1, "PDF document"),
    "page.txt": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(50), 1, "ZIP archive"),
    "random.txt": (random.Random(7).randbytes(4096), 1, "binary file"),
    "undecodable.txt": (b"\x80\x81\xfe\xfe\xc0\xaf hi \x90\x91\x92\x93\x94", 1, "cannot tell the text encoding"),
    "controls.txt": (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50, 1, "control characters"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_1(cli, tmp_path, name):
    data, code, words = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    res = cli(["split", path, "-f", "jsonl"])
    assert res.code == code
    assert words in one_error_line(res) and name in res.err
    assert res.out == ""
    assert path.read_bytes() == data  # inputs are never touched


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_among_good_ones_the_rest_still_processed(cli, tmp_path, name):
    data, code, _ = BAD_INPUTS[name]
    (tmp_path / name).write_bytes(data)
    res = cli(["split", SAMPLE, tmp_path / name, SAMPLE, "-f", "jsonl"])
    assert res.code == code
    assert len(res.out.splitlines()) == 2 * N_SAMPLE
    assert len(res.err.strip().splitlines()) == 1
    strict = cli(["split", SAMPLE, tmp_path / name, SAMPLE, "-f", "jsonl", "--strict"])
    assert strict.code == code and one_error_line(strict)
    assert len(strict.out.splitlines()) == N_SAMPLE  # the first issue, then the stop


def test_bad_input_on_stdin(cli):
    res = cli(["split", "-f", "jsonl"], stdin=b"%PDF-1.4 \x00\x00")
    assert res.code == 1 and "-: binary file" in one_error_line(res)
    res = cli(["split", "-f", "jsonl"], stdin=b"")
    assert res.code == 1 and "file is empty" in one_error_line(res)


def test_missing_file_is_a_usage_error(cli, tmp_path):
    res = cli(["split", tmp_path / "nope.txt"])
    assert res.code == 2 and "no such file" in one_error_line(res)
    res = cli(["split", tmp_path / "nope.txt", SAMPLE, "-f", "jsonl"])
    assert res.code == 2 and len(res.out.splitlines()) == N_SAMPLE


def test_directory_instead_of_file(cli, tmp_path):
    folder = tmp_path / "issue.txt"  # a directory with a file's name
    folder.mkdir()
    res = cli(["split", folder])
    assert res.code == 2 and "no .txt files" in one_error_line(res)
    # inside a corpus, a directory named *.txt is skipped, not read
    (folder / "real.txt").write_bytes(SAMPLE_BYTES)
    (folder / "sub.txt").mkdir()
    res = cli(["split", folder, "-f", "jsonl"])
    assert res.code == 0 and len(res.out.splitlines()) == N_SAMPLE and res.err == ""


def test_directory_read_as_a_file_is_a_usage_error():
    from ghcli.errors import UsageError
    from ghcli.sources import Source

    with pytest.raises(UsageError, match="is a directory"):
        Source(str(ROOT), ROOT).read_bytes()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads chmod 000 files")
def test_unreadable_file(cli, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SAMPLE_BYTES)
    locked.chmod(0)
    try:
        res = cli(["split", locked, SAMPLE, "-f", "jsonl"])
        assert res.code == 1 and "permission denied" in res.err
        assert len(res.out.splitlines()) == N_SAMPLE
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize(
    "exc, words",
    [(PermissionError(errno.EACCES, "Permission denied"), "permission denied"), (OSError(errno.EIO, "Input/output error"), "cannot read: Input/output error")],
)
def test_unreadable_file_simulated(cli, tmp_path, monkeypatch, exc, words):
    """Tests run as root, which reads chmod 000 files: make ``open`` fail instead."""
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SAMPLE_BYTES)
    real_open = open

    def guarded(path, *args, **kwargs):
        if Path(path) == locked:
            raise exc
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(ghcli.sources, "open", guarded, raising=False)
    res = cli(["split", locked, SAMPLE, "-f", "jsonl"])
    assert res.code == 1 and words in res.err and "locked.txt" in res.err
    assert len(res.err.strip().splitlines()) == 1 and len(res.out.splitlines()) == N_SAMPLE


def test_huge_file_is_refused_before_reading(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(ghcli.sources, "MAX_ISSUE_BYTES", 4096)
    big = tmp_path / "dump.txt"
    big.write_bytes(SAMPLE_BYTES)  # 9.6 KB > 4 KB
    real_open = open

    def never_open(path, *args, **kwargs):  # the size check comes first: nothing is read
        if Path(path) == big:
            raise AssertionError("a file over the limit was opened")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(ghcli.sources, "open", never_open, raising=False)
    res = cli(["split", big])
    assert res.code == 1
    line = one_error_line(res)
    assert "more than the 4 KB limit for one issue" in line and "9.4 KB" in line


def test_huge_stdin_is_refused_with_bounded_read(cli, monkeypatch):
    monkeypatch.setattr(ghcli.sources, "MAX_ISSUE_BYTES", 4096)
    res = cli(["split", "-"], stdin=SAMPLE_BYTES)
    assert res.code == 1 and "larger than the 4 KB limit" in one_error_line(res)

    class Endless:
        """A stream that never ends: only MAX_ISSUE_BYTES + 1 bytes may be asked for."""

        asked: list = []

        def read(self, n=-1):
            assert 0 < n <= 4097
            self.asked.append(n)
            return b"x" * n

    from ghcli.sources import Source

    with pytest.raises(ghcli.errors.DataError, match="limit"):
        Source("-").read_bytes(Endless())


def test_mixed_encodings_in_one_corpus_are_all_read(cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    encodings = {"a_utf8.txt": "utf-8", "b_bom.txt": "utf-8-sig", "c_gb.txt": "gb18030", "d_u16.txt": "utf-16",
                 "e_u16le.txt": "utf-16-le", "e_u16be.txt": "utf-16-be", "f_crlf_gb.txt": "gb18030"}
    for name, codec in encodings.items():
        text = SAMPLE_TEXT.replace("\n", "\r\n") if "crlf" in name else SAMPLE_TEXT
        (corpus / name).write_bytes(text.encode(codec))
    res = cli(["split", corpus, "-f", "jsonl"])
    assert res.code == 0, res.err
    records = [json.loads(line) for line in res.out.splitlines()]
    assert len(records) == N_SAMPLE * len(encodings)
    by_issue: dict[str, list[str]] = {}
    for r in records:
        by_issue.setdefault(Path(r["issue"]).name, []).append(r["text"])
    expected = by_issue["a_utf8.txt"]
    assert all(texts == expected for texts in by_issue.values())


def test_no_recognisable_article_is_a_warning(cli, tmp_path):
    furniture = tmp_path / "furniture.txt"
    furniture.write_text("劳动午报\n2023年8月25日 星期五\n第3版\n责任编辑：王伟\n\n(下转第4版)\n", encoding="utf-8")
    res = cli(["split", furniture, "-f", "jsonl"])
    assert res.code == 0 and res.out == ""
    assert res.err.strip() == f"warning: {furniture}: no articles found"


def test_a_single_line_of_megabytes(cli, tmp_path):
    # Speed is the benchmark's business (bench/run.py times split scaling); here: it works.
    line = tmp_path / "oneline.txt"
    unit = "职工组队畅谈生活体验（记者 孙艳），学习心理知识 (下转第4版) 体验科学减压。"
    line.write_text("## 标题\n\n" + unit * (3_000_000 // len(unit.encode())), encoding="utf-8")
    assert line.stat().st_size > 2_900_000
    res = cli(["split", line, "-f", "jsonl"])
    assert res.code == 0, res.err
    assert len(res.out.splitlines()) == 1


# Layouts that were once quadratic in split (many kickers, a long banner run, a long chain of
# page breaks): large inputs still give the right records.
LARGE_LAYOUTS = {
    "kickers": (lambda n: "".join(f"引题第{i}行\n## 标题{i}\n正文内容，很长的一段。\n" for i in range(n)), lambda n, arts: len(arts) == n and arts[-1].kicker == f"引题第{n - 1}行"),
    "banner": (lambda n: "第1版\n" * n + "## 标题\n正文。\n" * n, lambda n, arts: len(arts) == n),
    "breaks": (  # lines of many lengths: page breaks, not a hard-wrapped page (nor verse: too long)
        lambda n: "## 标题\n\n" + "\n".join(
            "职工组队畅谈生活体验学习心理知识体验科学减压传递正能量参加亲子活动增进亲子关系正值暑期"[: 25 + i % 18] for i in range(n)),
        lambda n, arts: len(arts) == 1 and len(arts[0].repairs) == n - 1 and "\n" not in arts[0].text,
    ),
    "wrapped": (  # a hard-wrapped page: every line of one width (and each its own text)
        lambda n: "## 标题\n\n" + "\n".join(f"职工组队畅谈生活体验学习心理知识体验科学减压传递正能量参加亲子活动增进亲子关系第{i:06d}期"
                                             for i in range(n)),
        lambda n, arts: len(arts) == 1 and not arts[0].repairs and "\n" not in arts[0].text and arts[0].lines == [1, n + 2],
    ),
}


@pytest.mark.parametrize("case", sorted(LARGE_LAYOUTS))
def test_large_layouts(case):
    from ghcli.split import split_text

    make, check = LARGE_LAYOUTS[case]
    n = 20_000
    assert check(n, split_text(make(n), "x.txt"))


# --- traditional Chinese ---------------------------------------------------------------------

def _traditional() -> str:
    opencc = pytest.importorskip("opencc")
    return opencc.OpenCC("s2t").convert(SAMPLE_TEXT)


def test_traditional_text_is_processed_and_can_be_simplified(cli, tmp_path):
    trad = tmp_path / "trad.txt"
    trad.write_text(_traditional(), encoding="utf-8")
    big5 = tmp_path / "trad_big5.txt"
    big5.write_bytes(_traditional().encode("big5", errors="replace"))
    plain = cli(["split", trad, "-f", "jsonl"])
    assert plain.code == 0 and plain.out
    assert "記者" in plain.out or "職工" in plain.out  # kept as printed
    simp = cli(["split", trad, "-f", "jsonl", "--to-simplified"])
    assert simp.code == 0, simp.err
    records = [json.loads(line) for line in simp.out.splitlines()]
    reference = [json.loads(line) for line in cli(["split", SAMPLE, "-f", "jsonl"]).out.splitlines()]
    assert len(records) == len(reference)
    assert "孙艳" in records[0]["reporters"]
    assert "職工" not in simp.out and "职工" in simp.out
    assert cli(["split", big5, "-f", "jsonl", "--to-simplified"]).code == 0


def test_every_command_reading_issues_converts_traditional_text(cli, tmp_path):
    trad = tmp_path / "trad.txt"
    trad.write_text(_traditional(), encoding="utf-8")
    reference = json.loads(cli(["extract", SAMPLE, "-f", "json", "--no-cache"]).out)
    res = cli(["extract", trad, "-f", "json", "--no-cache", "--to-simplified"])
    assert res.code == 0, res.err
    records = json.loads(res.out)
    assert [(r["reporters"], r["district"]) for r in records] == [(r["reporters"], r["district"]) for r in reference]
    stats = json.loads(cli(["stats", trad, "-f", "json", "--no-cache", "--to-simplified"]).out)
    assert {row["district"] for row in stats} == {r["district"] or "(none)" for r in reference}
    rows = cli(["export", trad, "-f", "jsonl", "--no-cache", "--to-simplified"])
    assert rows.code == 0 and "孙艳" in rows.out


def test_to_simplified_without_opencc_names_the_extra(cli, monkeypatch):
    import ghcli.zh

    ghcli.zh._converter.cache_clear()
    monkeypatch.setitem(sys.modules, "opencc", None)  # import opencc -> ImportError
    try:
        res = cli(["split", SAMPLE, SAMPLE, "--to-simplified", "-f", "jsonl"])
    finally:
        ghcli.zh._converter.cache_clear()
    assert res.code == 2 and res.out == ""
    line = one_error_line(res)
    assert "opencc" in line and "ghcli[zh]" in line


# --- outputs ---------------------------------------------------------------------------------

def _out_files(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir())


def test_existing_file_without_force_keeps_old_content(cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    old = out / "000_e8ce5f1fa4209a3c_3.json"
    old.write_text("old", encoding="utf-8")
    res = cli(["split", SAMPLE, "-d", out, "-f", "json"])
    assert res.code == 1
    line = one_error_line(res)
    assert "file exists" in line and "--force" in line
    assert old.read_text(encoding="utf-8") == "old" and leftovers(out) == []


def test_out_dir_under_a_file(cli, tmp_path):
    (tmp_path / "plain").write_text("x")
    res = cli(["split", SAMPLE, "-d", tmp_path / "plain" / "out"])
    assert res.code == 1 and "cannot create directory" in one_error_line(res)


def test_unwritable_out_dir_simulated(cli, tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    res = cli(["split", SAMPLE, "-d", tmp_path / "out"])
    assert res.code == 1 and "cannot write: Permission denied" in one_error_line(res)
    assert _out_files(tmp_path / "out") == []


class _FullDisk:
    """A file whose ``write`` fails with ENOSPC once ``budget`` characters were written."""

    def __init__(self, fh, budget):
        self.fh, self.budget = fh, budget

    def write(self, s):
        if len(s) > self.budget:
            self.fh.write(s[: self.budget])
            self.fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")
        self.budget -= len(s)
        return self.fh.write(s)

    def __getattr__(self, name):
        return getattr(self.fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.fh.__exit__(*exc)


def test_full_disk_leaves_old_file_and_no_temp(cli, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert cli(["split", SAMPLE, "-d", out, "-f", "json"]).code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_fdopen = os.fdopen
    monkeypatch.setattr(ghcli.writers.os, "fdopen", lambda *a, **k: _FullDisk(real_fdopen(*a, **k), 100))
    res = cli(["split", SAMPLE, "-d", out, "-f", "json", "--force"])
    assert res.code == 1
    line = one_error_line(res)
    assert "No space left on device" in line and "000_e8ce5f1fa4209a3c_1.json" in line
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before and leftovers(out) == []


def test_full_disk_at_fsync(cli, tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ghcli.writers.os, "fsync", full)
    res = cli(["split", SAMPLE, "-d", tmp_path / "out"])
    assert res.code == 1 and "No space left on device" in one_error_line(res)
    assert _out_files(tmp_path / "out") == []


def test_atomic_write_directly(tmp_path):
    from ghcli.errors import OutputError
    from ghcli.writers import atomic_write

    target = tmp_path / "t.txt"
    target.write_text("old")
    with pytest.raises(OutputError, match="file exists"):
        with atomic_write(target):
            pass
    with pytest.raises(RuntimeError):
        with atomic_write(target, force=True) as fh:
            fh.write("half")
            raise RuntimeError("boom")
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(target, force=True) as fh:
            fh.write("half")
            raise KeyboardInterrupt
    assert target.read_text() == "old" and leftovers(tmp_path) == []
    with atomic_write(target, force=True) as fh:
        fh.write("new")
    assert target.read_text() == "new" and leftovers(tmp_path) == []
    with pytest.raises(OutputError, match="is a directory"):
        with atomic_write(tmp_path, force=True):
            pass


def test_out_dir_never_replaces_an_input(cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(SAMPLE_BYTES)
    res = cli(["split", corpus, "-d", corpus / "articles", "--force"])
    assert res.code == 2 and "inside the input directory" in one_error_line(res)
    assert not (corpus / "articles").exists()
    # explicit files whose names the outputs would take
    (corpus / "a_1.txt").write_bytes(SAMPLE_BYTES)
    before = (corpus / "a_1.txt").read_bytes()
    res = cli(["split", corpus / "a.txt", corpus / "a_1.txt", "-d", corpus, "--force"])
    assert res.code == 1 and "would replace an input file" in one_error_line(res)
    assert (corpus / "a_1.txt").read_bytes() == before and leftovers(corpus) == []


# --- interrupts ------------------------------------------------------------------------------

def _interrupt_at_third_fsync(monkeypatch, action):
    calls = []
    real = os.fsync

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 3:
            action()
        real(fd)

    monkeypatch.setattr(ghcli.writers.os, "fsync", fsync)


def _prepared_out(cli, tmp_path) -> Path:
    out = tmp_path / "out"
    assert cli(["split", SAMPLE, "-d", out, "-f", "json"]).code == 0
    (out / "000_e8ce5f1fa4209a3c_3.json").write_text("old", encoding="utf-8")
    for p in out.iterdir():
        if p.name.endswith(("_4.json", "_5.json", "_6.json", "_7.json")):
            p.unlink()
    return out


def _assert_interrupted_cleanly(res, out):
    assert res.code == 130
    assert res.err.strip().splitlines()[-1] == "ghcli: interrupted" and "Traceback" not in res.err
    assert (out / "000_e8ce5f1fa4209a3c_3.json").read_text(encoding="utf-8") == "old"  # the old file
    assert json.loads((out / "000_e8ce5f1fa4209a3c_2.json").read_text(encoding="utf-8"))["index"] == 2  # complete new ones
    assert _out_files(out) == [f"000_e8ce5f1fa4209a3c_{i}.json" for i in (1, 2, 3)]
    assert leftovers(out) == []


def test_ctrl_c_mid_write(cli, tmp_path, monkeypatch):
    out = _prepared_out(cli, tmp_path)

    def ctrl_c():
        raise KeyboardInterrupt

    _interrupt_at_third_fsync(monkeypatch, ctrl_c)
    _assert_interrupted_cleanly(cli(["split", SAMPLE, "-d", out, "-f", "json", "--force"]), out)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_mid_write_is_an_interrupt_and_handler_restored(cli, tmp_path, monkeypatch):
    out = _prepared_out(cli, tmp_path)
    _interrupt_at_third_fsync(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGTERM))
    before = signal.getsignal(signal.SIGTERM)
    _assert_interrupted_cleanly(cli(["split", SAMPLE, "-d", out, "-f", "json", "--force"]), out)
    assert signal.getsignal(signal.SIGTERM) is before


CHILD = """
import os, signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # a background parent may ignore SIGINT
real = os.fsync
calls = []
def fsync(fd):
    calls.append(fd)
    if len(calls) == 3:
        sys.stderr.write("READY\\n"); sys.stderr.flush()
        time.sleep(60)
    real(fd)
os.fsync = fsync
from ghcli.cli import main
main(sys.argv[1:])
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_real_signal_mid_write(cli, tmp_path, signame):
    out = _prepared_out(cli, tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, "split", str(SAMPLE), "-d", str(out), "-f", "json", "--force"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stderr.readline().strip() == "READY"
        proc.send_signal(getattr(signal, signame))
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert err.strip() == "ghcli: interrupted"
    assert (out / "000_e8ce5f1fa4209a3c_3.json").read_text(encoding="utf-8") == "old"
    assert _out_files(out) == [f"000_e8ce5f1fa4209a3c_{i}.json" for i in (1, 2, 3)] and leftovers(out) == []


# --- pipes -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def fifty(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("fifty")
    for i in range(50):
        (corpus / f"issue_{i:02d}.txt").write_bytes(SAMPLE_BYTES)
    return corpus


@pytest.mark.skipif(os.name != "posix", reason="POSIX pipes")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "table", "md"])
def test_pipe_into_head_ends_quietly(fifty, fmt):
    ghcli = subprocess.Popen([sys.executable, "-m", "ghcli", "split", str(fifty), "-f", fmt],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-n", "3"], stdin=ghcli.stdout, stdout=subprocess.PIPE)
    ghcli.stdout.close()  # only head reads it now
    shown, _ = head.communicate(timeout=60)
    err = ghcli.stderr.read().decode()
    ghcli.wait(timeout=60)
    ghcli.stderr.close()
    assert len(shown.splitlines()) == 3
    assert ghcli.returncode in (0, 141, -signal.SIGPIPE), err
    assert err == "", err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_stdout_on_a_full_disk(fifty):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "ghcli", "split", str(fifty), "-f", "jsonl"],
                              cwd=ROOT, stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "ghcli: error: cannot write output: No space left on device"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x00\x01binary", "binary file"),  # eight bytes that would decode as UTF-16 "CJK"
        (b'{"id": 1\n', "line 1: not valid JSON"),  # a brace opens records, never an issue
        (b'{"a": 1}\n', "line 1: record has no issue, index, id"),
        # valid JSON, but the escape decodes to half a surrogate pair: no text to match or write
        (b'{"issue": "x", "index": 1, "id": "x#1", "text": "\\u5de5\\udc80"}\n', "line 1: a string holds an unpaired surrogate"),
    ],
)
def test_short_binary_or_broken_records_on_stdin(cli, data, message):
    for command in (["stats", "-", "-f", "json"], ["extract", "-", "-f", "jsonl"]):
        res = cli(command, stdin=data)
        assert res.code == 1
        assert message in one_error_line(res)


def test_paired_surrogate_escapes_are_text(cli):
    record = b'{"issue": "x", "index": 1, "id": "x#1", "title": null, "text": "\\ud83d\\ude00 \\u6d77\\u6dc0\\u533a\\u603b\\u5de5\\u4f1a"}\n'
    res = cli(["extract", "-", "-f", "jsonl"], stdin=record)
    assert res.code == 0, res.err
    assert json.loads(res.out)["district"] == "海淀区"

"""`ghcli split` through the CLI entry point: formats, inputs, errors and exit codes."""

import json
import subprocess
import sys

import pytest

from conftest import SAMPLE


def test_split_json_matches_gold(cli, gold):
    res = cli(["split", SAMPLE, "--format", "json"])
    assert res.code == 0, res.err
    records = json.loads(res.out)
    assert [r["title"] for r in records] == [a["title"] for a in gold["articles"]]
    assert [r["kind"] for r in records] == [a["kind"] for a in gold["articles"]]
    assert sum(len(r["repairs"]) for r in records) == len(gold["page_break_repairs"])
    # the contract: every field present, lists never null
    for r in records:
        for key in ("issue", "index", "id", "kind", "banner", "kicker", "title", "subtitle", "dateline", "byline",
                    "reporters", "correspondents", "interns", "photographers", "text", "chars", "lines", "repairs"):
            assert key in r
        assert r["issue"] == str(SAMPLE)


@pytest.mark.parametrize("fmt", ["jsonl", "md", "text", "table"])
def test_other_formats(cli, fmt):
    res = cli(["split", SAMPLE, "--format", fmt])
    assert res.code == 0
    assert "青年职工“充电蓄能”" in res.out
    if fmt == "jsonl":
        assert len(res.out.splitlines()) == 7
        assert all(json.loads(line)["id"] for line in res.out.splitlines())


def test_stdin_and_default_format_in_a_pipe(cli, sample_text):
    res = cli(["split"], stdin=sample_text)  # no argument, piped input, not a terminal -> jsonl
    assert res.code == 0
    lines = res.out.splitlines()
    assert len(lines) == 7 and json.loads(lines[0])["id"] == "-#1"
    assert cli(["split", "-", "-f", "json"], stdin=sample_text.encode("gb18030")).code == 0


def test_split_never_loads_jieba_or_pandas():
    code = (
        "import sys\nfrom ghcli.cli import run\n"
        f"rc = run(['split', {str(SAMPLE)!r}, '--format', 'json'])\n"
        "assert rc == 0, rc\n"
        "heavy = [m for m in ('jieba', 'pandas', 'numpy') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_bad_inputs_are_reported_and_others_processed(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    res = cli(["split", empty, binary, SAMPLE, "-f", "jsonl"])
    assert res.code == 1
    assert len(res.out.splitlines()) == 7
    errors = res.err.strip().splitlines()
    assert len(errors) == 2 and "empty.txt: file is empty" in errors[0] and "PNG" in errors[1]
    assert "Traceback" not in res.err


def test_strict_stops_at_first_bad_input(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = cli(["split", empty, SAMPLE, "-f", "jsonl", "--strict"])
    assert res.code == 1 and res.out == ""
    assert res.err.strip().count("\n") == 0 and "file is empty" in res.err


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["split", "no/such/issue.txt"], 2, "no such file"),
        (["split", SAMPLE, "--format", "xml"], 2, "'xml' is not one of"),
        (["split", SAMPLE, "--date", "yesterday"], 2, "not a date"),
        (["split", SAMPLE, "--encoding", "klingon"], 2, "unknown encoding"),
        (["split"], 2, "no input given"),
    ],
)
def test_usage_errors(cli, args, code, message):
    res = cli(args, tty=True)  # at a terminal, so no argument does not mean stdin
    assert res.code == code
    assert message in res.err and "Traceback" not in res.err


def test_directory_without_text_files(cli, tmp_path):
    res = cli(["split", tmp_path])
    assert res.code == 2 and "no .txt files" in res.err


def test_out_dir_writes_one_file_per_article(cli, tmp_path):
    out = tmp_path / "articles"
    res = cli(["split", SAMPLE, "--out-dir", out, "-f", "json"])
    assert res.code == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == [f"000_e8ce5f1fa4209a3c_{i}.json" for i in range(1, 8)]
    assert json.loads((out / files[4]).read_text(encoding="utf-8"))["kind"] == "photo"
    again = cli(["split", SAMPLE, "--out-dir", out, "-f", "json"])
    assert again.code == 1 and "exists" in again.err and "--force" in again.err
    assert cli(["split", SAMPLE, "--out-dir", out, "-f", "json", "--force"]).code == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left

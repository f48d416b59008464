"""Shared test helpers: paths to the bundled sample and its gold annotation, and a CLI runner
that goes through ghcli's real entry point (``ghcli.cli.run``)."""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_e8ce5f1fa4209a3c.txt"
GOLD = ROOT / "tests" / "fixtures" / "000_e8ce5f1fa4209a3c.gold.json"


@dataclass
class Result:
    code: int
    out: str
    err: str


class _Stdin(io.TextIOWrapper):
    tty = False  # a pipe, as in `cat issue.txt | ghcli split`

    def isatty(self) -> bool:
        return self.tty


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run ghcli in-process: cli(["split", path], stdin=b"...", tty=False) -> Result(code, out, err)."""
    from ghcli.cli import run

    def invoke(args, stdin: bytes | str | None = None, tty: bool = False) -> Result:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
        fake = _Stdin(io.BytesIO(data), encoding="utf-8")
        fake.tty = tty
        monkeypatch.setattr(sys, "stdin", fake)
        code = run([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _isolated_cache(monkeypatch, tmp_path_factory):
    """Every test gets its own empty record cache (``$XDG_CACHE_HOME/ghcli``): tests never
    touch the real home, and never see each other's entries."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    # In-process unless a test asks for --jobs: monkeypatched functions then reach the
    # stages (tests/test_parallel.py covers worker processes).
    monkeypatch.setenv("GHCLI_JOBS", "1")


@pytest.fixture(scope="session")
def gold_bodies(sample_text, gold) -> list[tuple[dict, str]]:
    """Each gold article with its body cut from the sample (page breaks joined as in the gold),
    independently of the split stage: extractor tests stand on the annotation alone."""
    text = sample_text
    for left, right in gold["page_break_repairs"]:
        text = re.sub(re.escape(left) + r"\s*\n\s*" + re.escape(right), left + right, text)
    out = []
    for art in gold["articles"]:
        start = text.index(art["body_starts"])
        end = text.index(art["body_ends"], start) + len(art["body_ends"])
        out.append((art, text[start:end]))
    return out

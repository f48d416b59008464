"""Pages reviewers wrote to find ghcli's mistakes: title, reporters and district per story.

Every ``tests/fixtures/rounds/NAME.txt`` is a page written by a reviewer who did not look at
ghcli's output first, in one of the shapes issues arrive in: the sample's export format, web
copies with their menus, metadata and footers, WeChat posts with their buttons, text copied out of a PDF (headlines and credits wrapped
by narrow columns, page numbers, jump markers), e-paper copies, whole issues of four pages with
jumps, notices, columns and commentaries, older pages and reprints, CRLF or GB18030 files. It is
paired with ``NAME.json``:

  stories     per story, in page order: title, reporters (print order) and district, as the
              reviewer answered them before running ghcli
  not_scored  the few calls a reader could argue either way, each with the field left out and why
  revised     the few answers changed after two reviewers' pages disagreed on one shape, or where an
              answer broke the rule every page follows, and why
  to_simplified  true for a page printed in traditional characters: read as ``--to-simplified`` reads it

The three fields are the ones users' pages are scored on. Reporters follow the record's rule
(README): every name with a 记者 role word in the byline or a photo credit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ghcli.extract import extract_articles
from ghcli.sources import decode_bytes
from ghcli.split import split_text
from ghcli.zh import to_simplified

ROUNDS = Path(__file__).resolve().parent / "fixtures" / "rounds"
FIELDS = ("title", "reporters", "district")


def _pages() -> list[Path]:
    return sorted(ROUNDS.glob("*.txt"))


def test_there_are_pages():
    assert len(_pages()) >= 40


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.stem)
def test_page(page: Path):
    doc = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    left_out = {(n["story"], n["field"]) for n in doc.get("not_scored", [])}
    text = decode_bytes(page.read_bytes(), page.name)
    if doc.get("to_simplified"):
        text = to_simplified(text)
    articles = extract_articles(split_text(text, page.name))
    articles = [a for a in articles if a.kind != "notice"]  # 征稿启事, 遗失声明: no stories to score
    assert len(articles) == len(doc["stories"]), [a.title for a in articles]
    for number, (art, want) in enumerate(zip(articles, doc["stories"]), 1):
        got = {field: getattr(art, field) for field in FIELDS if (number, field) not in left_out}
        assert got == {field: want[field] for field in got}, f"story {number}: {art.title}"

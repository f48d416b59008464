"""Whole pages in the format of the sample issue, annotated story by story: split and extract.

Every ``tests/fixtures/pages/NAME.txt`` is a page written for these tests in the export format
of the user's sample issue (``# `` banner, kickers, ``## `` headlines, ``本报讯(记者 X)`` leads,
photo-news items closed by ``本报记者 X 摄影报道``, paragraphs cut by page breaks), with new
stories: other districts and towns, other reporters, full-width or ASCII punctuation, blank
lines or single newlines, crossheads, photo credits in their other printed forms. It is paired
with ``NAME.expected.json``:

  stories   per story, in page order: title, kicker, kind, district, reporters,
            correspondents, photographers (compared exactly), text (the repaired body,
            compared exactly) and joins (``{"left", "right"}`` per page-break join: a repair
            whose ``left`` ends with left and whose ``right`` starts with right; the number
            of repairs must match)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ghcli.extract import extract_articles
from ghcli.split import split_text

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
FIELDS = ("title", "kicker", "kind", "district", "reporters", "correspondents", "photographers", "text")


def _pages() -> list[Path]:
    return sorted(PAGES.glob("*.txt"))


def test_there_are_pages():
    assert len(_pages()) >= 20


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.stem)
def test_page(page: Path):
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))["stories"]
    articles = extract_articles(split_text(page.read_text(encoding="utf-8"), page.name))
    assert [a.title for a in articles] == [s["title"] for s in expected]
    for art, want in zip(articles, expected):
        got = {field: getattr(art, field) for field in FIELDS}
        assert got == {field: want[field] for field in FIELDS}, art.title
        joins = want.get("joins", [])
        assert len(art.repairs) == len(joins), art.title
        for join in joins:
            assert any(r["left"].endswith(join["left"]) and r["right"].startswith(join["right"])
                       for r in art.repairs), (art.title, join)

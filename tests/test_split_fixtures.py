"""Hand-annotated issues checked against the split stage (an oracle independent of ghcli.split).

Every ``tests/fixtures/split/NAME.txt`` is paired with ``NAME.expected.json``. The .txt is stored
as UTF-8 with LF line ends; the test rewrites its line ends and encodes it as the expected file
says (``newline``, ``encoding``), decodes it with ``ghcli.sources.decode_bytes`` and splits it with
``ghcli.split.split_text``. The sample issue in ``seeds/`` is checked the same way against its gold
annotation in ``tests/fixtures/``.

Expected file keys:
  description   what shape the fixture covers
  encoding      utf-8 (default) | utf-8-sig | gb18030 | utf-16 (BOM)
  newline       "\\n" (default) | "\\r\\n" | "\\r"
  banner        text the first article's banner must contain, or null (not checked)
  articles      per article: title, kicker, subtitle, kind, dateline, reporters, correspondents,
                interns, photographers (compared exactly when present), body_starts / body_ends
                (prefix / suffix of the text), banner (optional: text this article's banner contains)
  repairs       [left, right] per page-break join: some repair's ``left`` ends with left and its
                ``right`` starts with right; the number of joins must match exactly
  text_excludes optional strings no article text may contain (leaked bylines, furniture)
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures" / "split"
ROOT = TESTS.parent
SEED = ROOT / "seeds" / "000_e8ce5f1fa4209a3c.txt"
SEED_GOLD = TESTS / "fixtures" / "000_e8ce5f1fa4209a3c.gold.json"

# Fields compared for equality when the expected article lists them.
COMPARED_FIELDS = (
    "title",
    "kicker",
    "subtitle",
    "kind",
    "dateline",
    "reporters",
    "correspondents",
    "interns",
    "photographers",
)


def _load_fixture(txt: Path) -> dict[str, Any]:
    expected = json.loads(txt.with_name(txt.stem + ".expected.json").read_text("utf-8"))
    expected.setdefault("encoding", "utf-8")
    expected.setdefault("newline", "\n")
    expected.setdefault("banner", None)
    expected.setdefault("repairs", [])
    expected.setdefault("text_excludes", [])
    return {"name": txt.stem, "source": txt, **expected}


def _load_seed() -> dict[str, Any]:
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    keep = ("title", "kicker", "kind", "dateline", "reporters", "correspondents", "photographers",
            "body_starts", "body_ends")
    return {
        "name": SEED.stem,
        "source": SEED,
        "description": "the user's sample issue and its gold annotation",
        "encoding": "utf-8",
        "newline": "\n",
        "banner": gold.get("page_banner"),
        "articles": [{k: a[k] for k in keep if k in a} for a in gold["articles"]],
        "repairs": gold.get("page_break_repairs", []),
        "text_excludes": [],
    }


def _cases() -> list[Any]:
    cases = [pytest.param(_load_fixture(p), id=p.stem) for p in sorted(FIXTURES.glob("*.txt"))]
    if SEED.exists() and SEED_GOLD.exists():
        cases.append(pytest.param(_load_seed(), id=SEED.stem))
    return cases


CASES = _cases()


def _source_text(case: dict[str, Any]) -> str:
    """The fixture text with LF line ends, as stored."""
    text = case["source"].read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _encoded(case: dict[str, Any]) -> bytes:
    """The issue as the splitter must meet it: line ends and encoding as the fixture says."""
    return _source_text(case).replace("\n", case["newline"]).encode(case["encoding"])


def test_fixture_folder_is_populated() -> None:
    assert len(list(FIXTURES.glob("*.txt"))) >= 14


@pytest.mark.parametrize("case", CASES)
def test_fixture_is_self_consistent(case: dict[str, Any]) -> None:
    """Guards the annotations themselves (runs without the splitter)."""
    src = _source_text(case)
    lines = [ln.strip() for ln in src.split("\n") if ln.strip()]
    flat = re.sub(r"[ \t]*\n\s*", "", src)  # body text with every line break undone
    assert case["encoding"] in {"utf-8", "utf-8-sig", "gb18030", "utf-16"}
    assert case["newline"] in {"\n", "\r\n", "\r"}
    for art in case["articles"]:
        assert art["kind"] in {"article", "photo"}
        assert art["title"] and art["title"] in src, art["title"]
        assert art["body_starts"] in flat and art["body_ends"] in flat, art["title"]
    for left, right in case["repairs"]:
        assert len(left) <= 30 and len(right) <= 30
        assert any(ln.endswith(left) for ln in lines), left
        assert any(ln.startswith(right) for ln in lines), right


@pytest.mark.parametrize("case", CASES)
def test_split_matches_annotation(case: dict[str, Any]) -> None:
    split = pytest.importorskip("ghcli.split", reason="the split stage is not written yet")
    from ghcli.sources import decode_bytes

    data = _encoded(case)
    text = decode_bytes(data, case["source"].name)
    articles = split.split_text(text, case["source"].name)

    expected = case["articles"]
    got_titles = [a.title for a in articles]
    assert len(articles) == len(expected), (
        f"article count {len(articles)} != {len(expected)}; titles: {got_titles}"
    )

    if case["banner"] and articles:
        assert articles[0].banner and case["banner"] in articles[0].banner, articles[0].banner

    for i, (art, exp) in enumerate(zip(articles, expected), start=1):
        want = {f: exp[f] for f in COMPARED_FIELDS if f in exp}
        got = {f: getattr(art, f) for f in want}
        assert got == want, f"article {i} ({art.title!r})"
        body = art.text
        assert body.startswith(exp["body_starts"]), f"article {i} text starts {body[:30]!r}"
        assert body.endswith(exp["body_ends"]), f"article {i} text ends {body[-30:]!r}"
        assert "\r" not in body and "" not in body.split("\n"), f"article {i}: blank or CR lines"
        if exp.get("banner"):
            assert art.banner and exp["banner"] in art.banner, f"article {i} banner {art.banner!r}"
        for bad in case["text_excludes"]:
            assert bad not in body, f"article {i} text contains {bad!r}"

    repairs = [r for a in articles for r in a.repairs]
    pairs = [(r.get("left", ""), r.get("right", "")) for r in repairs]
    for left, right in case["repairs"]:
        assert any(l.endswith(left) and r.startswith(right) for l, r in pairs), (
            f"missing repair {left!r} | {right!r}; got {pairs}"
        )
    assert len(repairs) == len(case["repairs"]), f"repairs: {pairs}"

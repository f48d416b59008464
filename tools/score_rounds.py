"""Score ghcli on reviewers' pages: title, reporters and district per story.

    python tools/score_rounds.py [GLOB ...] [-q]

GLOB defaults to ``tests/fixtures/rounds/*.txt``; each page's answers are in the ``.json``
beside it (the shape ``tests/test_rounds.py`` reads). Unlike that test, which fails on the
first page ghcli reads wrong, this prints every miss and the totals, so that two versions
of ghcli can be compared on the same pages (run it from each checkout), and pages kept out
of the suite (``tests/fixtures/open/*.txt``) can be scored too. A story counts as missed in
all three fields when ghcli splits its page into a different number of records around it;
a field a page lists under ``not_scored`` counts as right.
"""

from __future__ import annotations

import glob
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ghcli.extract import extract_articles  # noqa: E402
from ghcli.sources import decode_bytes  # noqa: E402
from ghcli.split import split_text  # noqa: E402

FIELDS = ("title", "reporters", "district")


def _norm(text: str | None) -> str:
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text or ""))


def score_page(page: Path, quiet: bool) -> dict[str, int]:
    doc = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    left_out = {(n["story"], n["field"]) for n in doc.get("not_scored", [])}
    text = decode_bytes(page.read_bytes(), page.name)
    if doc.get("to_simplified"):
        from ghcli.zh import to_simplified

        text = to_simplified(text)
    articles = [a for a in extract_articles(split_text(text, page.name)) if a.kind != "notice"]
    stories = doc["stories"]
    totals = dict.fromkeys(("stories", *FIELDS), 0)
    totals["stories"] = len(stories)
    if len(articles) != len(stories):
        if not quiet:
            print(f"{page.name}: {len(articles)} records for {len(stories)} stories")
        return totals
    for number, (art, want) in enumerate(zip(articles, stories), 1):
        for field in FIELDS:
            got, right = getattr(art, field), want[field]
            if (number, field) in left_out or (_norm(got) == _norm(right) if field == "title" else got == right):
                totals[field] += 1
            elif not quiet:
                print(f"{page.name} #{number} {field}: got {got!r}, want {right!r}")
    return totals


def main(argv: list[str]) -> int:
    quiet = "-q" in argv
    patterns = [a for a in argv if a != "-q"] or [str(ROOT / "tests" / "fixtures" / "rounds" / "*.txt")]
    pages = sorted({Path(p) for pattern in patterns for p in glob.glob(pattern)})
    totals = dict.fromkeys(("stories", *FIELDS), 0)
    for page in pages:
        for key, value in score_page(page, quiet).items():
            totals[key] += value
    n = totals["stories"] or 1
    print(f"{len(pages)} pages, {totals['stories']} stories: "
          + ", ".join(f"{field} {totals[field]} ({totals[field] / n:.1%})" for field in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

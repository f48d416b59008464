"""Split stage: one issue's text -> article records.

The issue is read line by line. Every non-blank line is classified (banner, marked headline,
byline line, photo credit, short bare line, body paragraph…); then runs of short bare lines
are resolved in context into kicker / headline / subtitle or body, articles are assembled,
bylines and credits are parsed off their bodies, and page breaks are repaired.

The steps, one module each, each importing only those before it:

* ``base``: tuning constants, the line kinds, the ``Token`` and ``_Draft`` records and the
  tests of page furniture every later step asks;
* ``columns``: text hard-wrapped at a column's width (PDF and OCR copies) set back into
  paragraphs;
* ``headlines``: a headline's lines: where a wrapped headline goes on, kicker and subtitle;
* ``lines``: every line classified (``_tokenize``), with the chrome of web and phone copies;
* ``assemble``: the classified lines grouped into articles;
* ``finish``: each article's record: credits parsed off, page breaks repaired, its kind.

This package must stay light: it never imports jieba or pandas.
"""

from __future__ import annotations

from ghcli.markup import from_markup
from ghcli.models import Article
from ghcli.split.lines import _tokenize
from ghcli.split.assemble import _assemble
from ghcli.split.finish import _finish


def split_text(text: str, issue: str = "-", *, repair: bool = True, issue_date: str | None = None) -> list[Article]:
    """Split one issue's text into articles (see ``Article`` for the fields)."""
    ends: dict[int, int] = {}
    tokens = _tokenize(from_markup(text), ends)  # text saved as HTML or Markdown: its plain lines
    drafts = _assemble(tokens)
    articles = []
    for draft in drafts:
        if ends:  # the story's last line joined lines of a hard-wrapped page: the last of them
            draft.last_line = ends.get(draft.last_line, draft.last_line)
        art = _finish(draft, issue, len(articles) + 1, repair=repair, issue_date=issue_date)
        if art is not None:
            articles.append(art)
    return articles

"""The record every stage passes on: one ``Article`` per story in an issue.

Field order is the output column order (CSV, tables, JSON keys). ``split`` fills the
fields in ``SPLIT_FIELDS``; ``extract`` fills ``EXTRACT_FIELDS``. A record that has not
been through ``extract`` serialises without the extract fields; one that has always
carries all of them (``null`` or ``[]`` when nothing was found, never absent).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SPLIT_FIELDS: tuple[str, ...] = (
    "issue",
    "issue_date",
    "index",
    "id",
    "kind",
    "banner",
    "kicker",
    "title",
    "subtitle",
    "dateline",
    "byline",
    "reporters",
    "correspondents",
    "interns",
    "photographers",
    "text",
    "chars",
    "lines",
    "repairs",
)

EXTRACT_FIELDS: tuple[str, ...] = (
    "district",
    "districts",
    "towns",
    "places",
    "orgs",
    "people",
    "quantities",
    "topics",
    "keywords",
)

# Fields whose value is a list; everything else is a scalar or null.
LIST_FIELDS = frozenset(
    {
        "reporters",
        "correspondents",
        "interns",
        "photographers",
        "lines",
        "repairs",
        "districts",
        "towns",
        "places",
        "orgs",
        "people",
        "quantities",
        "topics",
        "keywords",
    }
)

KINDS = ("article", "photo", "notice")


@dataclass
class Article:
    """One story of an issue.

    Split fields
      issue           source name as given (path, or ``-`` for stdin)
      issue_date      ISO date of the issue (``YYYY-MM-DD``) or None when unknown
      index           1-based position within the issue
      id              ``<issue-stem>#<index>``
      kind            ``article`` or ``photo`` (photo-news item with a photo credit)
      banner          page banner / masthead text in force above the story, and the label of
                      the page's section the story is in (■工会简讯)
      kicker          引题 above the headline
      title           headline
      subtitle        副题 below the headline
      dateline        ``本报讯``, ``新华社北京8月25日电``…
      byline          raw byline and credit text as printed
      reporters, correspondents (通讯员), interns (实习生/实习记者), photographers
      text            repaired body, paragraphs separated by ``\\n``; byline and credits removed
      chars           ``len(text)``
      lines           ``[first, last]`` 1-based line numbers in the source
      repairs         page-break joins: ``{"line", "next_line", "left", "right"}``

    Extract fields (see ghcli.extract)
      district        the one Beijing district the story is about, or None
      districts       ``[{"name", "count"}]`` every Beijing district mentioned
      towns           ``[{"name", "form", "district"}]`` Beijing township-level units
      places          ``[{"name", "province", "city", "county"}]`` places outside Beijing
      orgs            ``[{"name", "form", "kind"}]`` organisations (kind: union/company/government/other)
      people          ``[{"name", "roles", "orgs"}]`` named people
      quantities      ``[{"value", "unit", "what", "kind", "approx", "text"}]``
      topics          activity types from the topic lexicon
      keywords        top TF-IDF terms
    """

    issue: str
    index: int
    id: str
    kind: str = "article"
    issue_date: str | None = None
    banner: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    byline: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    interns: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    text: str = ""
    chars: int = 0
    lines: list[int] = field(default_factory=list)
    repairs: list[dict[str, Any]] = field(default_factory=list)
    # --- extract stage ---
    district: str | None = None
    districts: list[dict[str, Any]] = field(default_factory=list)
    towns: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    orgs: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    extracted: bool = field(default=False, repr=False)

    @property
    def field_names(self) -> tuple[str, ...]:
        return SPLIT_FIELDS + EXTRACT_FIELDS if self.extracted else SPLIT_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """Plain dict in output column order (extract fields only once extracted)."""
        return {name: getattr(self, name) for name in self.field_names}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """Rebuild a record from ``to_dict`` output (e.g. a JSONL line)."""
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known and k != "extracted"}
        for name in LIST_FIELDS & kwargs.keys():
            if kwargs[name] is None:
                kwargs[name] = []
        art = cls(**kwargs)
        art.extracted = any(name in data for name in EXTRACT_FIELDS)
        return art


def article_id(issue: str, index: int) -> str:
    """``<issue-stem>#<index>``; stdin is ``-``."""
    if issue == "-":
        stem = "-"
    else:
        base = issue.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    return f"{stem}#{index}"

"""Aggregate stage: many issues' records -> tables (``ghcli stats`` and ``ghcli export``).

Everything that turns records into tables lives here: the group-by dimensions, the
measures, ``--where``/``--since``/``--until`` filters, the stats projection of a record
(``stats_row``, what the record cache keeps for ``stats``), the stats table with its totals
(plain rows, a DataFrame on demand), and the flat export tables with their column order
(``TABLE_COLUMNS``). Formats are the writers' business (``ghcli.writers``). pandas is
imported inside the functions that need it, so importing this module (and starting the CLI)
stays cheap.

Stats semantics
  * A list dimension is exploded: an article naming two towns counts once for each town;
    the same town named twice in one article counts once.
  * An article with no value for a dimension (no district, no towns…) is kept in a row of its
    own labelled ``(none)``; it is never dropped.
  * Measures per group: ``articles`` (distinct articles), ``issues`` (distinct issue names),
    ``participants``/``money``/``material`` (sum of the quantities of that kind in the
    group's articles; money in yuan). ``<measure>_approx`` is true when any summed quantity
    was approximate (``40余名``); text renderings show it as ``≈``.
  * The totals are over the distinct articles that passed the filters, so they are not the
    sum of the rows when a list dimension was exploded (or when ``--top`` cut rows).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from ghcli.errors import UsageError
from ghcli.models import EXTRACT_FIELDS, LIST_FIELDS, SPLIT_FIELDS, Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

NONE = "(none)"
TOTAL = "total"

BY_CHOICES: tuple[str, ...] = ("district", "town", "org", "reporter", "person", "topic", "kind", "place", "issue", "month")
MEASURES: tuple[str, ...] = ("articles", "issues", "participants", "money", "material")
# Measures summed from ``quantities`` of the same ``kind``.
QUANTITY_MEASURES: tuple[str, ...] = ("participants", "money", "material")
SORT_CHOICES: tuple[str, ...] = MEASURES + ("name",)


def beijing_units() -> tuple[str, ...]:
    """The 16 districts in official order and the Economic-Technological Development Area."""
    try:
        from ghcli.gazetteer import BEIJING_UNITS
    except ImportError:  # pragma: no cover - the gazetteer ships with ghcli
        return (
            "东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区",
            "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区",
            "北京经济技术开发区",
        )
    return BEIJING_UNITS


# --- dimensions -------------------------------------------------------------------------------

def _names(items: Iterable[Any]) -> list[str]:
    """Distinct names of a list field, in order (dict items by their ``name``)."""
    out: list[str] = []
    for item in items or ():
        name = item.get("name") if isinstance(item, dict) else item
        if name is not None and name != "" and str(name) not in out:
            out.append(str(name))
    return out


DIMENSIONS: dict[str, Callable[[Article], list[str]]] = {
    "district": lambda a: [a.district] if a.district else [],
    "town": lambda a: _names(a.towns),
    "org": lambda a: _names(a.orgs),
    "reporter": lambda a: _names(a.reporters),
    "person": lambda a: _names(a.people),
    "topic": lambda a: _names(a.topics),
    "kind": lambda a: [a.kind] if a.kind else [],
    "place": lambda a: _names(a.places),
    "issue": lambda a: [a.issue],
    "month": lambda a: [a.issue_date[:7]] if a.issue_date else [],
}
# Dimensions (and --where fields) that only the extract stage fills.
EXTRACT_DIMENSIONS = frozenset({"district", "town", "org", "person", "topic", "place"})

# --where accepts the dimension names, their record-field plurals and any record field.
WHERE_ALIASES = {"towns": "town", "orgs": "org", "reporters": "reporter", "people": "person",
                 "topics": "topic", "places": "place", "date": "issue_date"}


def where_values(art: Article, name: str) -> list[str]:
    """The values ``--where name=…`` compares with (membership for list fields)."""
    name = WHERE_ALIASES.get(name, name)
    if name in DIMENSIONS:
        return DIMENSIONS[name](art)
    value = getattr(art, name)
    if name in LIST_FIELDS:
        return _names(value)
    return [] if value is None or value == "" else [str(value)]


def where_fields() -> tuple[str, ...]:
    return tuple(dict.fromkeys(BY_CHOICES + tuple(WHERE_ALIASES) + SPLIT_FIELDS + EXTRACT_FIELDS))


@dataclass(frozen=True)
class Where:
    """One ``--where FIELD=VALUE`` condition (``FIELD!=VALUE``: its negation, e.g.
    ``kind!=notice``); ``VALUE`` ``(none)`` or empty matches no value."""

    field: str
    value: str
    negated: bool = False

    @classmethod
    def parse(cls, text: str) -> "Where":
        name, sep, value = text.partition("=")
        negated = name.endswith("!")
        name, value = name.rstrip("!").strip(), value.strip()
        if not sep or not name:
            raise UsageError(f"--where '{text}' is not FIELD=VALUE", hint="e.g. --where district=海淀区")
        if name not in where_fields():
            raise UsageError(f"--where: unknown field '{name}'", hint="choose one of " + ", ".join(where_fields()))
        return cls(name, value, negated)

    def matches(self, art: Article) -> bool:
        return self._holds(where_values(art, self.field))

    def matches_row(self, row: tuple) -> bool:
        """``matches`` on a stats row (``stats_row``); the field must pass ``row_answers``."""
        return self._holds(row_where_values(row, self.field))

    def _holds(self, values: list[str]) -> bool:
        found = not values if self.value in ("", NONE) else self.value in values
        return found != self.negated

    @property
    def needs_extract(self) -> bool:
        name = WHERE_ALIASES.get(self.field, self.field)
        return name in EXTRACT_DIMENSIONS or name in EXTRACT_FIELDS


def needs_extract(by: Iterable[str] = (), measures: Iterable[str] = (), where: Iterable[Where] = ()) -> bool:
    """Whether a stats query reads fields only the extract stage fills."""
    return (
        any(b in EXTRACT_DIMENSIONS for b in by)
        or any(m in QUANTITY_MEASURES for m in measures)
        or any(w.needs_extract for w in where)
    )


# --- the stats projection ---------------------------------------------------------------------
#
# Everything a stats query reads of one record, as a plain tuple (``stats_row``): the issue
# date, the values of every dimension (``DIMENSIONS`` output, in ``BY_CHOICES`` order) and the
# quantity sums and approx flags (``quantity_sums``). The record cache stores these rows next
# to the records, so a warm ``stats`` never builds an Article; the accumulator only ever reads
# rows, so a query gives the same result from records or from cached rows. Bump
# ``ROW_VERSION`` whenever what a row holds changes: cached rows of another version are unused.

ROW_VERSION = 1
ROW_DATE = 0  # issue_date (None or str)
ROW_DIMENSION = {name: 1 + i for i, name in enumerate(BY_CHOICES)}  # -> list of labels
ROW_SUMS = 1 + len(BY_CHOICES)  # -> list of QUANTITY_MEASURES sums
ROW_APPROX = ROW_SUMS + 1  # -> list of QUANTITY_MEASURES approx flags
# --where fields a row can answer (besides the dimensions): record fields stored as such.
ROW_FIELDS = {"issue_date": ROW_DATE}


def stats_row(art: Article) -> tuple:
    """The stats projection of one record (see above); plain data that ``marshal`` stores."""
    sums, flags = quantity_sums(art)
    return (art.issue_date, *[DIMENSIONS[name](art) for name in BY_CHOICES], sums, flags)


def row_answers(where: Iterable["Where"]) -> bool:
    """Whether every ``--where`` condition can be evaluated on stats rows alone."""
    for w in where:
        name = WHERE_ALIASES.get(w.field, w.field)
        if name not in DIMENSIONS and name not in ROW_FIELDS:
            return False
    return True


def row_where_values(row: tuple, name: str) -> list[str]:
    """``where_values`` of the record ``row`` was made from (``row_answers`` fields only)."""
    name = WHERE_ALIASES.get(name, name)
    if name in DIMENSIONS:
        return row[ROW_DIMENSION[name]]
    value = row[ROW_FIELDS[name]]
    return [] if value is None or value == "" else [str(value)]


def iter_filtered_rows(
    rows: Iterable[tuple],
    where: Iterable["Where"] = (),
    since: str | None = None,
    until: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[tuple]:
    """``iter_filtered`` over stats rows (every condition must pass ``row_answers``)."""
    where = list(where)
    if not (where or since or until):
        yield from rows  # nothing to test: delegate (the warm ``stats`` hot path)
        return
    undated = 0
    for row in rows:
        if since or until:
            date = row[ROW_DATE]
            if not date:
                undated += 1
                continue
            if (since and date < since) or (until and date > until):
                continue
        if all(w.matches_row(row) for w in where):
            yield row
    if undated and warn is not None:
        warn(undated_message(undated))


def filter_records(
    records: Iterable[Article],
    where: Iterable[Where] = (),
    since: str | None = None,
    until: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Article]:
    """Records matching every ``where`` and dated within ``since``..``until`` (inclusive).

    With ``since`` or ``until``, records without an issue date are excluded and ``warn`` is
    told how many."""
    return list(iter_filtered(records, where, since, until, warn))


def iter_filtered(
    records: Iterable[Article],
    where: Iterable[Where] = (),
    since: str | None = None,
    until: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Article]:
    """``filter_records`` as a stream (memory stays flat); ``warn`` hears about undated
    records once the stream is exhausted."""
    where = list(where)
    undated = 0
    for art in records:
        if since or until:
            if not art.issue_date:
                undated += 1
                continue
            if (since and art.issue_date < since) or (until and art.issue_date > until):
                continue
        if all(w.matches(art) for w in where):
            yield art
    if undated and warn is not None:
        warn(undated_message(undated))


def undated_message(undated: int) -> str:
    return f"{undated} article(s) without an issue date excluded by --since/--until (set one with --date)"


# --- measures ---------------------------------------------------------------------------------

def quantity_sums(art: Article) -> tuple[list[float], list[bool]]:
    """Sums of the article's quantities per measure (QUANTITY_MEASURES order) and whether
    any summed quantity was approximate; one pass over the quantities."""
    sums: list[float] = [0] * len(QUANTITY_MEASURES)
    flags = [False] * len(QUANTITY_MEASURES)
    for q in art.quantities or ():
        if not isinstance(q, dict):
            continue
        i = _MEASURE_INDEX.get(q.get("kind"))
        value = q.get("value")
        if i is not None and isinstance(value, (int, float)):
            sums[i] += value
            flags[i] = flags[i] or bool(q.get("approx"))
    return sums, flags


_MEASURE_INDEX = {kind: i for i, kind in enumerate(QUANTITY_MEASURES)}
_ROW_ISSUE = 1 + BY_CHOICES.index("issue")
_NONE_LABELS = [NONE]
assert len(QUANTITY_MEASURES) == 3  # StatsAccumulator.add_row spells the three measures out


def article_measures(art: Article) -> dict[str, Any]:
    """``participants``, ``money`` (yuan), ``material`` of one article and their ``_approx`` flags."""
    sums, flags = quantity_sums(art)
    out: dict[str, Any] = {}
    for kind, total, approx in zip(QUANTITY_MEASURES, sums, flags):
        out[kind] = total
        out[f"{kind}_approx"] = approx
    return out


def _measure_columns(measures: Iterable[str]) -> list[str]:
    cols: list[str] = []
    for m in measures:
        cols.append(m)
        if m in QUANTITY_MEASURES:
            cols.append(f"{m}_approx")
    return cols


def _tidy_numbers(frame: "pd.DataFrame", columns: Iterable[str]) -> None:
    """Whole-number float columns become integers (money sums, zero-filled rows)."""
    for col in columns:
        if col in frame and frame[col].dtype.kind == "f":
            values = frame[col].fillna(0)
            if (values == values.round()).all():
                frame[col] = values.astype("int64")


# --- stats ------------------------------------------------------------------------------------

@dataclass
class StatsTable:
    """A stats result: one row per group (``by`` columns, then measure columns) and totals.

    ``rows`` are plain dicts (str labels; int, float and bool measures), in order;
    ``frame`` is the same table as a pandas DataFrame, built (and pandas imported) only when
    asked for: the text and JSON renderings do without, which keeps a warm ``stats`` fast."""

    rows: list[dict[str, Any]]
    by: list[str]
    measures: list[str]
    totals: dict[str, Any] = field(default_factory=dict)
    _frame: Any = field(default=None, repr=False, compare=False)

    @property
    def columns(self) -> list[str]:
        return self.by + _measure_columns(self.measures)

    @property
    def frame(self) -> "pd.DataFrame":
        if self._frame is None:
            import pandas as pd

            frame = pd.DataFrame(self.rows, columns=self.columns)
            for b in self.by:
                frame[b] = frame[b].astype(object)
            for col in self.columns[len(self.by):]:
                if col.endswith("_approx"):
                    frame[col] = frame[col].astype(bool)
                elif not self.rows:
                    frame[col] = frame[col].astype("int64")
            self._frame = frame
        return self._frame


class StatsAccumulator:
    """Partial aggregates of a stats query: per group (a tuple of ``by`` labels) the article
    count, the set of issue names and the quantity sums and approx flags, plus the totals.

    ``add`` takes one record; ``merge`` combines two partial aggregates (of any split of the
    records: per issue, per chunk, per Dask partition), so a corpus of any size is
    aggregated with memory that grows only with the number of groups and distinct issues,
    never with the number of records. Picklable (plain dicts, sets and numbers)."""

    __slots__ = ("by", "groups", "articles", "issues", "sums", "approx", "undated", "_dims")

    def __init__(self, by: Iterable[str]):
        self.by = list(by)
        self._dims = tuple(ROW_DIMENSION[b] for b in self.by)  # where each label list is in a row
        # combo -> [articles, {issues}, participants, money, material, p_approx, m_approx, mat_approx]
        self.groups: dict[tuple, list] = {}
        self.articles = 0
        self.issues: set[str] = set()
        self.sums: list[Any] = [0] * len(QUANTITY_MEASURES)
        self.approx: list[bool] = [False] * len(QUANTITY_MEASURES)
        self.undated = 0  # records dropped by --since/--until for having no date (Dask engine)

    def __getstate__(self):
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state):
        for name, value in state.items():
            setattr(self, name, value)

    def add(self, art: Article) -> None:
        self.add_row(stats_row(art))

    def add_row(self, row: tuple) -> None:
        """Add one record given as its stats row (``stats_row``)."""
        sums, flags = row[ROW_SUMS], row[ROW_APPROX]
        issue = row[_ROW_ISSUE][0]
        dims = self._dims
        if len(dims) == 1:
            combos = [(label,) for label in row[dims[0]] or _NONE_LABELS]
        else:
            combos = itertools.product(*[row[i] or _NONE_LABELS for i in dims])
        groups = self.groups
        for combo in combos:
            group = groups.get(combo)
            if group is None:
                group = groups[combo] = [0, set(), 0, 0, 0, False, False, False]
            group[0] += 1
            group[1].add(issue)
            group[2] += sums[0]
            group[3] += sums[1]
            group[4] += sums[2]
            group[5] = group[5] or flags[0]
            group[6] = group[6] or flags[1]
            group[7] = group[7] or flags[2]
        self.articles += 1
        self.issues.add(issue)
        totals, approx = self.sums, self.approx  # written out: this runs for every record
        totals[0] += sums[0]
        totals[1] += sums[1]
        totals[2] += sums[2]
        approx[0] = approx[0] or flags[0]
        approx[1] = approx[1] or flags[1]
        approx[2] = approx[2] or flags[2]

    def update_rows(self, rows: Iterable[tuple]) -> "StatsAccumulator":
        for row in rows:
            self.add_row(row)
        return self

    def update(self, records: Iterable[Article]) -> "StatsAccumulator":
        for art in records:
            self.add(art)
        return self

    def merge(self, other: "StatsAccumulator") -> "StatsAccumulator":
        """Combine ``other`` (aggregated over records that come after this one's) into this."""
        for combo, theirs in other.groups.items():
            group = self.groups.get(combo)
            if group is None:
                self.groups[combo] = [theirs[0], set(theirs[1]), *theirs[2:]]
                continue
            group[0] += theirs[0]
            group[1] |= theirs[1]
            for i in range(len(QUANTITY_MEASURES)):
                group[2 + i] += theirs[2 + i]
                group[5 + i] = group[5 + i] or theirs[5 + i]
        self.articles += other.articles
        self.issues |= other.issues
        for i in range(len(QUANTITY_MEASURES)):
            self.sums[i] += other.sums[i]
            self.approx[i] = self.approx[i] or other.approx[i]
        self.undated += other.undated
        return self


def check_stats_query(by: Iterable[str], measures: Iterable[str] = MEASURES, *, sort: str | None = None,
                      top: int | None = None) -> tuple[list[str], list[str]]:
    """Validated, de-duplicated ``by`` and ``measures`` (UsageError naming the choices)."""
    by = list(dict.fromkeys(by))
    if not by:
        raise UsageError("stats needs at least one --by", hint="choose from " + ", ".join(BY_CHOICES))
    for b in by:
        if b not in DIMENSIONS:
            raise UsageError(f"unknown --by '{b}'", hint="choose one of " + ", ".join(BY_CHOICES))
    measures = list(dict.fromkeys(measures)) or list(MEASURES)
    for m in measures:
        if m not in MEASURES:
            raise UsageError(f"unknown --measure '{m}'", hint="choose one of " + ", ".join(MEASURES))
    if sort is not None and sort not in SORT_CHOICES:
        raise UsageError(f"unknown --sort '{sort}'", hint="choose one of " + ", ".join(SORT_CHOICES))
    if top is not None and top < 0:
        raise UsageError("--top must be 0 or more")
    return by, measures


def stats_table(
    records: Iterable[Article],
    by: Iterable[str],
    measures: Iterable[str] = MEASURES,
    *,
    sort: str | None = None,
    top: int | None = None,
    all_districts: bool = False,
) -> StatsTable:
    """Group ``records`` by the ``by`` dimensions (exploding list fields) and measure each group.

    Rows are sorted by ``sort`` (a measure, descending; ``name``: by the group labels),
    default ``articles``; ties go by group label. ``all_districts`` adds every Beijing unit
    missing from the ``district`` column with zero measures and, unless ``sort`` is given,
    lists districts in official order. ``top`` keeps the first N rows.

    Records are consumed one at a time into a ``StatsAccumulator``; see ``stats_from``.
    """
    by, measures = check_stats_query(by, measures, sort=sort, top=top)
    acc = StatsAccumulator(by).update(records)
    return stats_from(acc, measures, sort=sort, top=top, all_districts=all_districts)


def stats_from(
    acc: StatsAccumulator,
    measures: Iterable[str] = MEASURES,
    *,
    sort: str | None = None,
    top: int | None = None,
    all_districts: bool = False,
) -> StatsTable:
    """The stats table of (combined) partial aggregates; the arguments are ``stats_table``'s.

    Plain Python throughout (no pandas): rows are sorted with stable sorts, and a quantity
    column holding a fractional sum keeps floats while a column of whole numbers is ints."""
    by, measures = check_stats_query(acc.by, measures, sort=sort, top=top)
    quantity_cols = list(QUANTITY_MEASURES) + [f"{m}_approx" for m in QUANTITY_MEASURES]
    rows = [
        {**dict(zip(by, combo)), "articles": g[0], "issues": len(g[1]), **dict(zip(quantity_cols, g[2:]))}
        for combo, g in acc.groups.items()
    ]
    if all_districts and "district" in by:
        present = {row["district"] for row in rows}
        blank = {b: "" for b in by if b != "district"}
        zeros = {"articles": 0, "issues": 0, **{m: 0 for m in QUANTITY_MEASURES},
                 **{f"{m}_approx": False for m in QUANTITY_MEASURES}}
        rows += [{**blank, "district": u, **zeros} for u in beijing_units() if u not in present]

    rows = _sort(rows, by, sort, official=all_districts and "district" in by)
    if top is not None:
        rows = rows[:top]
    columns = by + _measure_columns(measures)
    for m in measures:  # a column of whole-number sums shows ints; one fractional sum: floats
        if m in QUANTITY_MEASURES and any(isinstance(row[m], float) for row in rows):
            whole = all(float(row[m]).is_integer() for row in rows)
            for row in rows:
                row[m] = int(row[m]) if whole else float(row[m])
    rows = [{c: row[c] for c in columns} for row in rows]

    totals: dict[str, Any] = {"articles": acc.articles, "issues": len(acc.issues)}
    for i, m in enumerate(QUANTITY_MEASURES):
        total = acc.sums[i]
        totals[m] = int(total) if float(total).is_integer() else total
        totals[f"{m}_approx"] = acc.approx[i]
    totals = {k: totals[k] for k in _measure_columns(measures)}
    return StatsTable(rows, by, measures, totals)


def _sort(rows: list[dict[str, Any]], by: list[str], sort: str | None, official: bool) -> list[dict[str, Any]]:
    """Rows by group label; then (stable, so ties stay by label) by ``sort`` descending, or
    with ``official`` and no ``sort`` by district in official order (``(none)`` last)."""
    rows = sorted(rows, key=lambda row: tuple(row[b] for b in by))
    if sort == "name":
        return rows
    if sort is None and official:
        order = {u: i for i, u in enumerate(beijing_units())}
        return sorted(rows, key=lambda row: order.get(row["district"], len(order) + (row["district"] == NONE)))
    key = sort or "articles"
    return sorted(rows, key=lambda row: row[key], reverse=True)


# --- export tables ----------------------------------------------------------------------------

TABLES: tuple[str, ...] = ("articles", "mentions", "people", "orgs", "quantities")

# The column order of every export table: the one place it is defined.
#   articles    one row per article: the record fields (list fields joined by ';', dict
#               items by their name, quantities by their text, lines as first;last, repairs
#               as line-next_line) then the article's measures
#   mentions    one row per district/town/place/org/person mention; ``type`` says which;
#               ``district`` is the mention's own district (towns, districts)
#   people      one row per named person per article; roles and orgs joined by ';'
#   orgs        one row per organisation per article
#   quantities  one row per counted quantity
#   ``district`` in people, orgs and quantities is the article's district.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": SPLIT_FIELDS + EXTRACT_FIELDS + tuple(_measure_columns(QUANTITY_MEASURES)),
    "mentions": ("article_id", "issue", "issue_date", "type", "name", "form", "kind", "district",
                 "province", "city", "county", "count"),
    "people": ("article_id", "issue", "issue_date", "name", "roles", "orgs", "district"),
    "orgs": ("article_id", "issue", "issue_date", "name", "form", "kind", "district"),
    "quantities": ("article_id", "issue", "issue_date", "value", "unit", "what", "kind", "approx",
                   "text", "district"),
}

SEP = ";"


def _join(items: Iterable[Any]) -> str:
    return SEP.join(_names(items))


def _quantity_label(q: Any) -> str:
    if not isinstance(q, dict):
        return str(q)
    return str(q.get("text") or f"{q.get('value', '')}{q.get('unit') or ''}{q.get('what') or ''}")


def _article_row(art: Article) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in SPLIT_FIELDS + EXTRACT_FIELDS:
        value = getattr(art, name)
        if name == "quantities":
            value = SEP.join(_quantity_label(q) for q in value)
        elif name == "lines":
            value = SEP.join(str(x) for x in value)
        elif name == "repairs":
            value = SEP.join(f"{r.get('line')}-{r.get('next_line')}" if isinstance(r, dict) else str(r) for r in value)
        elif name in LIST_FIELDS:
            value = _join(value)
        row[name] = value
    row.update(article_measures(art))
    return row


def _base(art: Article) -> dict[str, Any]:
    return {"article_id": art.id, "issue": art.issue, "issue_date": art.issue_date}


def _mention_rows(art: Article) -> Iterable[dict[str, Any]]:
    base = _base(art)
    for d in art.districts:
        d = d if isinstance(d, dict) else {"name": d}
        yield {**base, "type": "district", "name": d.get("name"), "district": d.get("name"), "count": d.get("count")}
    for t in art.towns:
        t = t if isinstance(t, dict) else {"name": t}
        yield {**base, "type": "town", "name": t.get("name"), "form": t.get("form"), "district": t.get("district")}
    for p in art.places:
        p = p if isinstance(p, dict) else {"name": p}
        yield {**base, "type": "place", "name": p.get("name"), "province": p.get("province"),
               "city": p.get("city"), "county": p.get("county")}
    for o in art.orgs:
        o = o if isinstance(o, dict) else {"name": o}
        yield {**base, "type": "org", "name": o.get("name"), "form": o.get("form"), "kind": o.get("kind")}
    for p in art.people:
        p = p if isinstance(p, dict) else {"name": p}
        yield {**base, "type": "person", "name": p.get("name")}


def _people_rows(art: Article) -> Iterable[dict[str, Any]]:
    for p in art.people:
        p = p if isinstance(p, dict) else {"name": p}
        yield {**_base(art), "name": p.get("name"), "roles": _join(p.get("roles") or []),
               "orgs": _join(p.get("orgs") or []), "district": art.district}


def _org_rows(art: Article) -> Iterable[dict[str, Any]]:
    for o in art.orgs:
        o = o if isinstance(o, dict) else {"name": o}
        yield {**_base(art), "name": o.get("name"), "form": o.get("form"), "kind": o.get("kind"), "district": art.district}


def _quantity_rows(art: Article) -> Iterable[dict[str, Any]]:
    for q in art.quantities:
        if not isinstance(q, dict):
            continue
        yield {**_base(art), "value": q.get("value"), "unit": q.get("unit"), "what": q.get("what"),
               "kind": q.get("kind"), "approx": bool(q.get("approx")), "text": q.get("text"), "district": art.district}


_ROWS: dict[str, Callable[[Article], Iterable[dict[str, Any]]]] = {
    "articles": lambda a: [_article_row(a)],
    "mentions": _mention_rows,
    "people": _people_rows,
    "orgs": _org_rows,
    "quantities": _quantity_rows,
}


def export_frame(records: Iterable[Article], table: str = "articles") -> "pd.DataFrame":
    """One export table as a DataFrame with the columns of ``TABLE_COLUMNS[table]``, in order."""
    import pandas as pd

    if table not in TABLE_COLUMNS:
        raise UsageError(f"unknown --table '{table}'", hint="choose one of " + ", ".join(TABLES))
    rows = [row for art in records for row in _ROWS[table](art)]
    frame = pd.DataFrame(rows, columns=list(TABLE_COLUMNS[table]))
    if table == "articles":
        _tidy_numbers(frame, QUANTITY_MEASURES)
    return frame


def check_table(table: str) -> None:
    if table not in TABLE_COLUMNS:
        raise UsageError(f"unknown --table '{table}'", hint="choose one of " + ", ".join(TABLES))


def _whole(value: Any) -> Any:
    """A whole-number float as an int (money sums), anything else as it is."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def iter_export_rows(records: Iterable[Article], table: str = "articles") -> Iterator[dict[str, Any]]:
    """The rows of one export table, one record at a time (``export_frame`` as a stream).

    Every row has exactly the columns of ``TABLE_COLUMNS[table]``, in order (missing ones
    None); whole-number floats are ints, value by value, so the output does not depend on how
    the stream is cut into chunks."""
    check_table(table)
    columns = TABLE_COLUMNS[table]
    make = _ROWS[table]
    for art in records:
        for row in make(art):
            yield {c: _whole(row.get(c)) for c in columns}


# Column types of the export tables in typed formats (Parquet); everything else is text.
INT_COLUMNS = frozenset({"index", "chars", "count"})
FLOAT_COLUMNS = frozenset({"participants", "money", "material", "value"})
BOOL_COLUMNS = frozenset({"approx", "participants_approx", "money_approx", "material_approx"})


def column_type(name: str) -> str:
    """``int``, ``float``, ``bool`` or ``str``: the type of an export column in Parquet."""
    if name in INT_COLUMNS:
        return "int"
    if name in FLOAT_COLUMNS:
        return "float"
    if name in BOOL_COLUMNS:
        return "bool"
    return "str"

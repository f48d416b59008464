"""Article-level place resolution: which Beijing district a story is about, which Beijing
towns it names, and which places outside Beijing it mentions."""

from __future__ import annotations

from typing import Any

from ghcli.gazetteer import BEIJING_UNITS, Gazetteer, PlaceMatch, load_gazetteer

# Evidence weights: a district named in the headline says more than a passing mention.
TITLE_WEIGHT = 3.0      # headline
KICKER_WEIGHT = 2.0     # kicker (引题) and subtitle (副题)
LEAD_WEIGHT = 2.0       # first paragraph of the body (usually holds the dateline sentence)
BODY_WEIGHT = 1.0       # any later paragraph

# Weights of an article's sections, in the order ``places_from_matches`` takes them.
SECTION_WEIGHTS = (TITLE_WEIGHT, KICKER_WEIGHT, KICKER_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT)

# Decision thresholds for the one district an article is about.
MIN_SCORE = 2.0         # one passing mention deep in the body is not enough
DOMINANCE = 2.0         # the winner needs at least this many times the runner-up's score

# Township suffixes: a town printed with one keeps that form as its name (西红门镇 is the
# town government of the 西红门地区 office); a bare form (和平街) takes the official name.
TOWN_SUFFIXES = ("街道", "地区", "镇", "乡")
# A headline that sets a story citywide (全市职工…, 本市16区…) makes it about no one district
# unless the headline itself names one: a district named further down is an example.
CITYWIDE_MARKERS = ("全市", "本市", "全北京", "16个区", "16区", "十六个区", "各区")
# Verbs that make the place after them a destination, not the subject (赴房山疗休养).
DESTINATION_VERBS = ("赴", "到", "去", "前往", "来到", "走进", "走访", "深入", "奔赴", "进")
# Listing order of districts with equal counts: the official order of Beijing's units.
_UNIT_ORDER = {name: i for i, name in enumerate(BEIJING_UNITS)}


def resolve_places(
    title: str | None,
    text: str,
    *,
    kicker: str | None = None,
    subtitle: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict[str, Any]:
    """``{"district", "districts", "towns", "places"}`` for one article (see ghcli.models)."""
    gaz = gazetteer or load_gazetteer()
    lead, _, rest = text.strip().partition("\n")
    parts = (title, kicker, subtitle, lead, rest)
    return places_from_matches(gaz.find_parts([part or "" for part in parts]), gaz, title)  # one automaton pass


def places_from_matches(found: list[list[PlaceMatch]], gaz: Gazetteer, title: str | None = None) -> dict[str, Any]:
    """``resolve_places`` from the gazetteer matches of the article's sections, in the order
    of ``SECTION_WEIGHTS`` (title, kicker, subtitle, lead paragraph, rest of the body).

    The district is the one the headline opens with when the lead names it too (西城区劳模赴
    房山疗休养: the acting union's district, however often the destination is named), else
    the dominant one by weighted mentions (``_decide``); none for a headline that sets the
    story citywide (``CITYWIDE_MARKERS``) without naming a district."""
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}
    towns: dict[str, dict[str, Any]] = {}
    pending: list[PlaceMatch] = []          # Beijing towns whose district the article decides
    outside: list[PlaceMatch] = []
    home = gaz.home_province
    is_town = gaz.is_town
    for weight, matches in zip(SECTION_WEIGHTS, found):
        prev: PlaceMatch | None = None
        for m in matches:
            district = m.district
            if district:
                scores[district] = scores.get(district, 0.0) + weight
                counts[district] = counts.get(district, 0) + 1
                if is_town(m):
                    _add_town(towns, m, district)
            elif m.province == home:
                if m.level in ("town", "area"):
                    pending.append(m)
            else:
                if prev is not None and prev.end == m.start and _is_outside(prev, gaz):
                    outside[-1] = m       # 青海省玉树州杂多县: keep the most specific link
                else:
                    outside.append(m)
            prev = m

    district = _decide(scores)
    title_matches, lead_matches = found[0], found[3] if len(found) > 3 else []
    subject = _subject(title or "", title_matches, lead_matches)
    if subject is not None:
        district = subject
    elif title is not None and not any(m.district for m in title_matches) and any(
            w in title for w in CITYWIDE_MARKERS):
        district = None
    for m in pending:  # the unit of the article's district, else of the best-scored one
        options = gaz.home_units(m.form)
        if not options:
            continue
        chosen = next((o for o in options if o[0] == district), None) or max(
            options, key=lambda o: scores.get(o[0], 0.0))
        if scores.get(chosen[0]):
            _add_town(towns, m._replace(name=chosen[1], level=chosen[2]), chosen[0])

    order = _UNIT_ORDER
    districts = [{"name": d, "count": counts[d]}
                 for d in sorted(counts, key=lambda d: (-counts[d], order.get(d, len(order))))]
    return {"district": district, "districts": districts, "towns": list(towns.values()),
            "places": _places(outside)}


def _subject(title: str, title_matches: list[PlaceMatch], lead_matches: list[PlaceMatch]) -> str | None:
    """The Beijing unit a headline opens with (海淀区总工会…, 西红门镇…), when the lead
    paragraph names it too and the headline names no other but as a destination (西城区劳模
    赴房山…): the subject of the story."""
    if not title_matches or title_matches[0].start != 0:
        return None
    district = title_matches[0].district
    if any(m.district and m.district != district and not title.endswith(DESTINATION_VERBS, 0, m.start)
           for m in title_matches):
        return None  # 朝阳、海淀两区工会…: the headline names several (not as a destination)
    if district and any(m.district == district for m in lead_matches):
        return district
    return None


def _is_outside(m: PlaceMatch, gaz: Gazetteer) -> bool:
    return m.district is None and m.province != gaz.home_province


def _add_town(towns: dict[str, dict[str, Any]], m: PlaceMatch, district: str) -> None:
    key = f"{district}/{m.name}"
    if key not in towns:
        name = m.form if m.level == "town" and m.form.endswith(TOWN_SUFFIXES) else m.name
        towns[key] = {"name": name, "form": m.form, "district": district}


def _decide(scores: dict[str, float]) -> str | None:
    """The dominant Beijing unit, or None (no evidence, or several units without a clear lead)."""
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] < MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0] < DOMINANCE * ranked[1]:
        return None
    return max(scores, key=scores.__getitem__)


def _places(matches: list[PlaceMatch]) -> list[dict[str, Any]]:
    """Deduplicated places outside Beijing, minus a province or prefecture when a place
    inside it is listed too."""
    seen: dict[tuple, dict[str, Any]] = {}
    for m in matches:
        key = (m.province, m.city, m.county, m.name)
        seen.setdefault(key, {"name": m.name, "province": m.province, "city": m.city, "county": m.county})
    places = list(seen.values())

    def covered(p: dict[str, Any]) -> bool:
        if p["county"]:
            return False
        if p["city"]:
            return any(q is not p and q["city"] == p["city"] and q["county"] for q in places)
        return any(q is not p and q["province"] == p["province"] for q in places)

    return [p for p in places if not covered(p)]

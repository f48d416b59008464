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
    return places_from_matches(gaz.find_parts([part or "" for part in parts]), gaz)  # one automaton pass


def places_from_matches(found: list[list[PlaceMatch]], gaz: Gazetteer) -> dict[str, Any]:
    """``resolve_places`` from the gazetteer matches of the article's sections, in the order
    of ``SECTION_WEIGHTS`` (title, kicker, subtitle, lead paragraph, rest of the body)."""
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
                if m.level == "town":
                    pending.append(m)
            else:
                if prev is not None and prev.end == m.start and _is_outside(prev, gaz):
                    outside[-1] = m       # 青海省玉树州杂多县: keep the most specific link
                else:
                    outside.append(m)
            prev = m

    district = _decide(scores)
    for m in pending:
        options = gaz.districts_of(m.name)
        chosen = district if district in options else max(options, key=lambda d: scores.get(d, 0.0))
        if scores.get(chosen):
            _add_town(towns, m, chosen)

    order = _UNIT_ORDER
    districts = [{"name": d, "count": counts[d]}
                 for d in sorted(counts, key=lambda d: (-counts[d], order.get(d, len(order))))]
    return {"district": district, "districts": districts, "towns": list(towns.values()),
            "places": _places(outside)}


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

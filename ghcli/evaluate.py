"""Accuracy against hand annotations: precision, recall and F1 per field.

The gold format (documented in the README) is one JSON object per issue::

    {"issue": "000_e8ce5f1fa4209a3c.txt",            # the issue file, relative to the gold file
     "page_banner": "...", "page_break_repairs": [["left", "right"], ...],
     "articles": [{"title", "kicker", "kind", "dateline", "reporters", "correspondents",
                   "photographers", "district", "towns": [{"name", "district"}],
                   "places_outside_beijing": [{"name", "province", "city", "county"}],
                   "orgs": [...], "people": [{"name", "roles"}],
                   "quantities": [{"value", "unit", "what", "approx"?}], "topics": [...],
                   "body_starts", "body_ends"}]}

Predicted articles are matched to gold articles by title (punctuation width and spaces
ignored), then by body start. Every field is scored as sets of (article, item) pairs, so an
article found but not annotated costs precision and one missed costs recall. ``district`` is a
single value per article where ``null`` is a value too (a story about no district).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from ghcli.errors import DataError, UsageError
from ghcli.models import Article

FIELDS = ("articles", "titles", "kinds", "reporters", "district", "towns", "places", "orgs", "people", "roles", "quantities", "repairs")
_NONE = "(none)"


@dataclass
class Score:
    field: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def load_gold(path: str | Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError("no such gold file", source=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"not a gold annotation file: {exc}", source=str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise DataError("not a gold annotation file (no 'articles' list)", source=str(path))
    return data


def issue_path_for(gold_path: str | Path, gold: dict, override: str | None = None) -> Path:
    """Where the annotated issue is: --issue, else beside the gold file, else ./ or ./seeds/."""
    if override:
        return Path(override)
    name = gold.get("issue")
    if not name:
        raise UsageError("gold file names no issue", source=str(gold_path), hint="pass --issue FILE")
    for candidate in (Path(gold_path).parent / name, Path(name), Path("seeds") / name):
        if candidate.exists():
            return candidate
    raise UsageError(f"cannot find the annotated issue '{name}'", source=str(gold_path), hint="pass --issue FILE")


def _norm(s: str | None) -> str:
    if not s:
        return ""
    table = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?", "\u3000": "", " ": ""})
    return s.translate(table)


def match_articles(gold_articles: list[dict], predicted: list[Article]) -> dict[int, int]:
    """Map predicted index -> gold index (each gold article used once)."""
    by_title: dict[str, int] = {}
    for gi, g in enumerate(gold_articles):
        by_title.setdefault(_norm(g.get("title")), gi)
    used: set[int] = set()
    mapping: dict[int, int] = {}
    for pi, art in enumerate(predicted):
        gi = by_title.get(_norm(art.title))
        if gi is not None and gi not in used:
            mapping[pi] = gi
            used.add(gi)
    for pi, art in enumerate(predicted):
        if pi in mapping:
            continue
        for gi, g in enumerate(gold_articles):
            start = _norm(g.get("body_starts"))
            if gi not in used and start and _norm(art.text).startswith(start):
                mapping[pi] = gi
                used.add(gi)
                break
    return mapping


def _pairs(items_of: Callable[[Any], Iterable], records: list, keys: list) -> set:
    return {(key, item) for key, rec in zip(keys, records) for item in items_of(rec)}


def score_issue(gold: dict, predicted: list[Article]) -> list[Score]:
    """Scores for one issue (see the module docstring)."""
    garts = gold["articles"]
    mapping = match_articles(garts, predicted)
    gkeys = list(range(len(garts)))
    pkeys = [mapping.get(pi, ("extra", pi)) for pi in range(len(predicted))]

    def aliases(item: dict) -> set[str]:
        return {x for x in (item.get("name"), item.get("form")) if x}

    def set_score(name: str, gold_items, pred_items) -> Score:
        g = _pairs(gold_items, garts, gkeys)
        p = _pairs(pred_items, predicted, pkeys)
        correct = len(g & p)
        return Score(name, len(g), len(p), correct)

    scores = [
        Score("articles", len(garts), len(predicted), len(mapping)),
        set_score("titles", lambda g: [_norm(g.get("title"))], lambda a: [_norm(a.title)]),
        set_score("kinds", lambda g: [g.get("kind", "article")], lambda a: [a.kind]),
        set_score("reporters", lambda g: g.get("reporters", []), lambda a: a.reporters),
        set_score("district", lambda g: [g.get("district") or _NONE], lambda a: [a.district or _NONE] if a.extracted else []),
        _alias_score("towns", garts, gkeys, predicted, pkeys, lambda g: g.get("towns", []), lambda a: a.towns, aliases),
        set_score(
            "places",
            lambda g: [(p.get("province"), p.get("city"), p.get("county")) for p in g.get("places_outside_beijing", [])],
            lambda a: [(p.get("province"), p.get("city"), p.get("county")) for p in a.places],
        ),
        _alias_score("orgs", garts, gkeys, predicted, pkeys, lambda g: [{"name": o} for o in g.get("orgs", [])], lambda a: a.orgs, aliases),
        set_score("people", lambda g: [p["name"] for p in g.get("people", [])], lambda a: [p["name"] for p in a.people]),
        set_score(
            "roles",
            lambda g: [(p["name"], r) for p in g.get("people", []) for r in p.get("roles", [])],
            lambda a: [(p["name"], r) for p in a.people for r in p.get("roles", [])],
        ),
        set_score(
            "quantities",
            lambda g: [(float(q["value"]), q["unit"], bool(q.get("approx"))) for q in g.get("quantities", [])],
            lambda a: [(float(q["value"]), q["unit"], bool(q.get("approx"))) for q in a.quantities],
        ),
    ]
    gold_repairs = gold.get("page_break_repairs")
    if gold_repairs is not None:
        found = [r for a in predicted for r in a.repairs]
        correct = sum(
            1 for left, right in gold_repairs
            if any(r["left"].endswith(left[-30:]) and r["right"].startswith(right[:30]) for r in found)
        )
        scores.append(Score("repairs", len(gold_repairs), len(found), correct))
    return scores


def _alias_score(name, garts, gkeys, predicted, pkeys, gold_items, pred_items, aliases) -> Score:
    """Set score where a predicted item matches a gold one by any of its names (official or as printed)."""
    gold = [(k, g["name"]) for k, rec in zip(gkeys, garts) for g in gold_items(rec)]
    pred = [(k, aliases(p)) for k, rec in zip(pkeys, predicted) for p in pred_items(rec)]
    unmatched = list(gold)
    correct = 0
    for key, names in pred:
        for i, (gk, gname) in enumerate(unmatched):
            if gk == key and gname in names:
                correct += 1
                del unmatched[i]
                break
    return Score(name, len(gold), len(pred), correct)


def combine(per_issue: list[list[Score]]) -> list[Score]:
    """Micro-average scores of several issues field by field."""
    totals: dict[str, Score] = {}
    for scores in per_issue:
        for s in scores:
            t = totals.setdefault(s.field, Score(s.field, 0, 0, 0))
            t.gold += s.gold
            t.predicted += s.predicted
            t.correct += s.correct
    return [totals[f] for f in FIELDS if f in totals]

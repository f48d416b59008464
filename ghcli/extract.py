"""Extract stage: places, organisations, people, quantities, topics and keywords per article.

``extract_articles`` fills the extract fields of split records (see ``Article``). Place and
district resolution come first because the other extractors use them: ``区总工会`` in a
怀柔区 story is 怀柔区总工会, ``该镇总工会`` is the union of the town named before it.
Everything on the default path is dictionary/regex matching; jieba is used only for
``keywords``, which is opt-in because TF-IDF segmentation costs more than all the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ghcli.models import Article


@dataclass(frozen=True)
class ExtractOptions:
    """Extraction settings, built once at the CLI edge."""

    region: str = "北京"
    topics_file: str | None = None
    alias_files: tuple[str, ...] = ()
    keywords: bool = False
    keyword_count: int = 8


def extract_article(art: Article, opts: ExtractOptions = ExtractOptions()) -> Article:
    """Fill the extract fields of one record in place and return it."""
    from ghcli import entities
    from ghcli.gazetteer import load_gazetteer
    from ghcli.places import resolve_places

    gazetteer = load_gazetteer(opts.alias_files, opts.region)
    places = resolve_places(art.title, art.text, kicker=art.kicker, subtitle=art.subtitle, gazetteer=gazetteer)
    art.district = places["district"]
    art.districts = places["districts"]
    art.towns = places["towns"]
    art.places = places["places"]
    town_names = [t["form"] or t["name"] for t in art.towns]
    body = "\n".join(x for x in (art.title, art.text) if x)
    # One organisation scan of headline + body serves orgs and the org parts of people's roles.
    mentions = entities.scan_orgs(body, art.district, town_names)
    art.orgs = entities.orgs_from_mentions(mentions)
    credited = set(art.reporters) | set(art.correspondents) | set(art.interns) | set(art.photographers)
    offset = len(art.title) + 1 if art.title and art.text else 0
    art.people = entities.people_in(art.text, mentions, offset, exclude=credited)
    art.quantities = entities.find_quantities(art.text)
    art.topics = entities.topics_in(art.title, art.text, opts.topics_file)
    art.keywords = entities.keywords(body, opts.keyword_count) if opts.keywords else []
    art.extracted = True
    return art


def extract_articles(articles: Iterable[Article], opts: ExtractOptions = ExtractOptions()) -> list[Article]:
    """Extract every record of one issue (records already extracted are left as they are)."""
    return [a if a.extracted else extract_article(a, opts) for a in articles]

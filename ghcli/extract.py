"""Extract stage: places, organisations, people, quantities, topics and keywords per article.

``extract_articles`` fills the extract fields of split records (see ``Article``). Place and
district resolution come first because the other extractors use them: ``区总工会`` in a
怀柔区 story is 怀柔区总工会, ``该镇总工会`` is the union of the town named before it.
Everything on the default path is dictionary/regex matching; jieba is used only for
``keywords``, which is opt-in because TF-IDF segmentation costs more than all the rest.

Speed: the dictionary work of an issue is one pass of one automaton (``_combined_automaton``)
over all its records at once. Its keys are the gazetteer's names, the topic triggers and the
words that begin an organisation suffix, a role title or a speech verb; each record takes
its slice of the hits (they come as one list, ordered by end) and hands each hit to the
extractor(s) its key belongs to, which then work only around their hits: the
gazetteer resolves its place hits, topics count their trigger hits, and the organisation and
people patterns are tried only where one of their anchor words begins (``matches_at``),
which gives exactly their ``finditer`` matches. Quantities keep their own regex scan (a
number can start with almost any numeral character, so anchoring would not save anything).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
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


# What a key of the combined automaton begins, besides being a place or a topic trigger
# (bit flags: one word may be several, 工会 is an org suffix and a topic trigger).
_ORG = 1       # an organisation suffix (ghcli.entities.ORG_ANCHORS)
_TITLE = 2     # a role title (roles.txt)
_SPEECH = 4    # a speech verb (ghcli.entities.SPEECH_VERBS)


class _Combined:
    """The extract stage's automaton and what each of its keys is, by key index: the
    gazetteer's ``(key, entry)`` or None, the topic owners or None, the flag bits."""

    __slots__ = ("automaton", "place", "owners", "flags")

    def __init__(self, keys: dict[str, list]) -> None:
        from ghcli.gazetteer import Automaton

        self.automaton = Automaton(keys.items())
        self.place = [v[0] for v in self.automaton.values]
        self.owners = [v[1] for v in self.automaton.values]
        self.flags = [v[2] for v in self.automaton.values]


@lru_cache(maxsize=8)
def _combined_automaton(alias_files: tuple[str, ...], region: str, topics_file: str | None) -> _Combined:
    """One automaton over every key the extractors look for, built once per process."""
    from ghcli import entities
    from ghcli.gazetteer import load_gazetteer

    keys: dict[str, list] = {}

    def slot(key: str) -> list:
        return keys.setdefault(key, [None, None, 0])

    for key, place in load_gazetteer(alias_files, region).automaton_items():
        slot(key)[0] = place
    for word, owners in entities.topic_owners(topics_file):
        slot(word)[1] = owners
    # Only the anchors no other anchor begins: the patterns need where a word starts, and
    # 工会 already marks the start of 工会联合会.
    for flag, words in ((_ORG, entities.ORG_ANCHORS), (_TITLE, entities.role_titles()),
                        (_SPEECH, entities.SPEECH_VERBS)):
        for word in entities.anchor_starts(words):
            slot(word)[2] |= flag
    return _Combined(keys)


class _Layout:
    """Where one record's parts lie in the issue text: kicker, subtitle, title, text, each
    followed by a line break, so that headline + body (``title\\ntext``) is one stretch."""

    __slots__ = ("art", "kicker", "subtitle", "title", "text", "end", "hits", "source")

    def __init__(self, art: Article, pos: int) -> None:
        self.art = art
        self.kicker = pos
        self.subtitle = self.kicker + len(art.kicker or "") + 1
        self.title = self.subtitle + len(art.subtitle or "") + 1
        self.text = self.title + len(art.title or "") + 1
        self.end = self.text + len(art.text)
        self.hits: list = []  # (key index, start, end) of the combined automaton, by end
        self.source = ""  # the issue text laid out (``_scan_issue``)


def _end(hit: tuple[int, int, int]) -> int:
    return hit[2]


def _scan_issue(articles: list[Article], combined: _Combined) -> list[_Layout]:
    """Lay the records out in one text, run the automaton once, and give each its hits."""
    layouts, pieces, pos = [], [], 0
    for art in articles:
        layout = _Layout(art, pos)
        layouts.append(layout)
        pieces += (art.kicker or "", art.subtitle or "", art.title or "", art.text)
        pos = layout.end + 1
    # Hits come ordered by end; no key holds a line break, so none spans two records.
    source = "\n".join(pieces)
    hits = combined.automaton.matches(source)
    lo = 0
    for layout in layouts:
        hi = bisect_right(hits, layout.end, lo, key=_end)
        layout.hits = hits[lo:hi]
        layout.source = source
        lo = hi
    return layouts


# The extractor modules, imported by the first ``_extract`` (they compile their patterns at
# import, which commands that never extract should not pay for), not once per record.
entities = places = None


@lru_cache(maxsize=256)
def _banner_district(gazetteer, banner: str) -> str | None:
    """The one Beijing district a page banner names (第07版：海淀工会), or None."""
    label = _banner_credits_re().sub(" ", banner)  # 责任编辑：王朝阳 names a person, not a place
    found = {m.district for m in gazetteer.find(label) if m.district}
    return found.pop() if len(found) == 1 else None


def _page_district(gazetteer, banner: str, banners: dict) -> str | None:
    """``_banner_district`` of one issue's page banner, kept in ``banners`` (the stories of a
    page share its banner)."""
    if banner not in banners:
        banners[banner] = _banner_district(gazetteer, banner)
    return banners[banner]


@lru_cache(maxsize=1)
def _banner_credits_re() -> re.Pattern:
    """Editors' and designers' credits in a page banner (bylines.EDITOR_WORDS, which split reads too):
    a name follows them."""
    from ghcli.bylines import EDITOR_WORDS

    return re.compile("(?:" + "|".join(EDITOR_WORDS) + r")\s*[:：]\s*\S+")


def _without_person_names(place_hits: list, layout: _Layout) -> list:
    """The place hits that are no part of a person's name (王朝阳, 陈大兴, 张镇华): only
    two-character names next to a surname are looked at."""
    source, lo, hi = layout.source, layout.kicker, layout.end
    single = entities.surname_chars()
    suspects = [(s, e) for s, e, _p in place_hits if e - s == 2 and (s and source[s - 1] in single or source[s] in single)]
    if not suspects:
        return place_hits
    names = entities.person_names_at(source[lo:hi], [(s - lo, e - lo) for s, e in suspects])
    if not names:
        return place_hits
    return [h for h in place_hits if not (source[h[0] - 1:h[1]] in names or source[h[0]:h[1] + 1] in names)]


# How a headline opens with the union of the district whose page or bulletin prints it.
_OWN_UNION_OPENERS = ("区总工会", "区工会")


def _commentary(art: Article) -> bool:
    """Is the record a commentary (□ 李强, 本报评论员: signed, no reporter)? On a district's page
    it speaks of union work at large, not of the page's district."""
    byline = art.byline or ""
    return not art.reporters and (byline[:1] == "□" or "评论员" in byline
                                  or byline.startswith(("文/", "文／")) and not art.dateline)  # 文/郑晓


def _fill(layout: _Layout, opts: ExtractOptions, gazetteer, combined: _Combined, banners: dict) -> None:
    """The extract fields of one record from its hits (``gazetteer``: that of ``opts``;
    ``banners``: the district of each page banner seen in the issue so far)."""
    art = layout.art
    title, text = art.title or "", art.text
    # Places: sections in the order of places.SECTION_WEIGHTS; the body splits into its
    # lead paragraph and the rest as ``resolve_places`` splits ``text.strip()``.
    if text[:1].isspace() or text[-1:].isspace():
        stripped = text.strip()
        lead_start = layout.text + len(text) - len(text.lstrip())
    else:  # split's records are stripped already: no copies
        stripped, lead_start = text, layout.text
    lead_len = stripped.find("\n")
    if lead_len < 0:
        lead_len = len(stripped)
    bounds = (
        (layout.title, layout.title + len(title)),
        (layout.kicker, layout.kicker + len(art.kicker or "")),
        (layout.subtitle, layout.subtitle + len(art.subtitle or "")),
        (lead_start, lead_start + lead_len),
        (lead_start + lead_len + 1, lead_start + len(stripped)),
    )
    hits = layout.hits
    place_of = combined.place
    place_hits = [(s, e, place_of[i]) for i, s, e in hits if place_of[i] is not None]
    if place_hits:
        place_hits = _without_person_names(place_hits, layout)
    texts = (title, art.kicker or "", art.subtitle or "", stripped[:lead_len], stripped[lead_len + 1:])
    matches = gazetteer.resolve_hits(place_hits, bounds, layout.source)
    found = places.places_from_matches(matches, gazetteer, texts)
    art.district = found["district"]
    commentary = _commentary(art)
    if art.district is not None and commentary and (len(found["districts"]) > 1 or not any(
            m.district == art.district and m.level != "area" for part in matches for m in part)):
        # 提起中关村,人们首先想到的是创新: a commentary that names a district only by a locality
        # speaks of what the place stands for, not of union work there; one that names several
        # (从崇文区的花市…到宣武区的大栅栏…两区工会) speaks of them all
        art.district = None
    if art.banner and art.district is None:
        if not commentary and art.kind != "notice" \
                and places.page_district_applies(matches, texts, gazetteer.home_province):
            # No district settled, none named in the head, on a page of one district (第07版：海淀工会):
            # that district (not a notice's: 遗失声明 on 丰台's page is none of its union's work).
            art.district = _page_district(gazetteer, art.banner, banners)
    elif art.banner and len(named := {m.district for m in matches[0] if m.district}) > 1 \
            and _page_district(gazetteer, art.banner, banners) in named:
        # A headline naming two districts, one the page's (西城区总工会到丰台交流… on 丰台工会's
        # page): the page's.
        art.district = banners[art.banner]
    if art.banner and title.startswith(_OWN_UNION_OPENERS) and art.district != (
            page := _page_district(gazetteer, art.banner, banners)) and page is not None:
        # 区总工会组织一线劳模赴门头沟… on 顺义区总工会's bulletin or page: its district's union acts
        art.district = page
    art.districts = found["districts"]
    art.towns = found["towns"]
    art.places = found["places"]

    # Organisations in headline + body: that stretch of the issue text starts at ``body``.
    town_names = [t["form"] or t["name"] for t in art.towns]
    body_text = "\n".join(x for x in (art.title, art.text) if x)
    body = layout.title if title else layout.text
    # The anchor hits by use: org suffixes in headline + body (offsets from ``body``), titles
    # and speech verbs in the body text (offsets from ``layout.text``).
    flags_of = combined.flags
    anchors = [(s, flags_of[i]) for i, s, _ in hits if flags_of[i] and s >= body]
    text_pos = layout.text
    org_starts = sorted([s - body for s, flags in anchors if flags & _ORG])
    title_starts = sorted([s - text_pos for s, flags in anchors if flags & _TITLE and s >= text_pos])
    speech_starts = sorted([s - text_pos for s, flags in anchors if flags & _SPEECH and s >= text_pos])
    # One organisation scan of headline + body serves orgs and the org parts of people's roles.
    mentions = entities.scan_orgs(body_text, art.district, town_names, org_starts)
    art.orgs = entities.orgs_from_mentions(mentions)

    if title_starts or speech_starts:  # no role title and no speech verb: no one is named
        credited = {*art.reporters, *art.correspondents, *art.interns, *art.photographers}
        offset = len(title) + 1 if title and text else 0
        art.people = entities.people_in(
            text, mentions, offset, exclude=credited,
            title_starts=title_starts, speech_starts=speech_starts,
        )
    else:
        art.people = []
    art.quantities = entities.find_quantities(text)
    # Topics: headline and body hits only (not kicker or subtitle).
    owners_of, title_pos = combined.owners, layout.title
    art.topics = entities.topics_from_hits(
        [(s, e, owners_of[i]) for i, s, e in hits if owners_of[i] is not None and s >= title_pos],
        title_pos + len(title))
    art.keywords = entities.keywords(body_text, opts.keyword_count) if opts.keywords else []
    art.extracted = True


def extract_article(art: Article, opts: ExtractOptions = ExtractOptions()) -> Article:
    """Fill the extract fields of one record in place and return it."""
    _extract([art], opts)
    return art


def extract_articles(articles: Iterable[Article], opts: ExtractOptions = ExtractOptions()) -> list[Article]:
    """Extract every record of one issue (records already extracted are left as they are)."""
    articles = list(articles)
    todo = [a for a in articles if not a.extracted]
    if todo:
        _extract(todo, opts)
    return articles


def _extract(articles: list[Article], opts: ExtractOptions) -> None:
    global entities, places
    if entities is None:
        from ghcli import entities, places  # noqa: F811 (the module globals above)
    from ghcli.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(opts.alias_files, opts.region)
    combined = _combined_automaton(opts.alias_files, opts.region, opts.topics_file)
    banners: dict[str, str | None] = {}
    for layout in _scan_issue(articles, combined):
        _fill(layout, opts, gazetteer, combined, banners)

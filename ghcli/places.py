"""Article-level place resolution: which Beijing district a story is about, which Beijing
towns it names, and which places outside Beijing it mentions."""

from __future__ import annotations

import re
from typing import Any

from ghcli.gazetteer import BEIJING_UNITS, Gazetteer, PlaceMatch, load_gazetteer
from ghcli.split.assemble import NUMBERED_CAPTION_ORDER

# Evidence weights: a district named in the headline says more than a passing mention.
TITLE_WEIGHT = 3.0      # headline
KICKER_WEIGHT = 2.0     # kicker (引题) and subtitle (副题)
LEAD_WEIGHT = 2.0       # first paragraph of the body (usually holds the dateline sentence)
BODY_WEIGHT = 1.0       # any later paragraph

# Weights of an article's sections, in the order ``places_from_matches`` takes them.
SECTION_WEIGHTS = (TITLE_WEIGHT, KICKER_WEIGHT, KICKER_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT)

# The weights of a story whose lead is the first of numbered items (split's caption marks).
_NUMBERED_WEIGHTS = (*SECTION_WEIGHTS[:3], BODY_WEIGHT, BODY_WEIGHT)

# Decision thresholds for the one district an article is about.
MIN_SCORE = 2.0         # one passing mention deep in the body is not enough
DOMINANCE = 2.0         # the winner needs at least this many times the runner-up's score
PARTNER_DOMINANCE = 1.5  # ... or this many, for the union a headline and its lead open with

# Township suffixes: a town printed with one keeps that form as its name (西红门镇 is the
# town government of the 西红门地区 office); a bare form (和平街) takes the official name.
TOWN_SUFFIXES = ("街道", "地区", "镇", "乡")
# A headline that sets a story citywide (全市职工…, 本市16区…) makes it about no one district
# unless the headline itself names one, and so does a lead that does and names none: a
# district named further down is an example.
CITYWIDE_MARKERS = ("全市", "本市", "全北京", "16个区", "16区", "十六个区", "各区")
# A lead that brings in every district (全市16个区和各产业工会…) sets the story citywide even
# when it names the district where it was held.
CITYWIDE_ALL_DISTRICTS = ("16个区", "十六个区", "各区", "市区两级", "各产业")
# ... and the city's and the districts' unions together (市、区两级工会, 市、区总工会), not a rank
# (市、区级劳动模范 are model workers of either).
_CITY_AND_DISTRICTS_RE = re.compile(r"市、区(?!级)")


def _brings_all_districts(text: str) -> bool:
    """Does the text bring in every district (CITYWIDE_ALL_DISTRICTS, _CITY_AND_DISTRICTS_RE)?"""
    return any(w in text for w in CITYWIDE_ALL_DISTRICTS) \
        or "市、区" in text and _CITY_AND_DISTRICTS_RE.search(text) is not None
# A story naming this many districts is about none of them unless one holds more than half
# the evidence.
SPREAD_DISTRICTS = 3
# The city's bodies whose citywide campaigns are about no one district, and the words of a
# district's own scope that keep one there (……(房山站)…来自全区企事业单位的300名干部职工).
CITY_BODIES = ("市总工会", "市委", "市政府")
# The city's own bodies, or the city itself, acting in a story make a lone district mention a
# passing one.
CITY_ACTORS = (*CITY_BODIES, "北京市")
DISTRICT_SCOPE = ("全区", "本区", "区内")
# National bodies: acting in a story, a district named in an example is no subject either; in
# its headline or lead they make a story theirs (全总：…), not its page's district's.
NATIONAL_BODIES = ("全总", "全国总工会", "人社部", "人力资源和社会保障部")
NATIONAL_ACTORS = (*NATIONAL_BODIES, "全国")
# Words of a sentence that gives an example (在朝阳区开展了试点, 以…为例, 在海淀区的一家站点里,
# 其中,北京市朝阳区某外卖配送站点工会…, 海淀区一名科研院所职工拍摄的…获得银奖, a national
# story's 在北京，朝阳区…, 西城区总工会的…做法被全总作为经验推广).
EXAMPLE_WORDS = ("例如", "比如", "譬如", "为例", "试点", "的一家", "的一处", "其中", "某", "一名", "一位",
                 "在北京，", "在北京,", "作为经验", "经验推广", "典型经验")
# What ends a sentence, for the example test.
_SENTENCE_ENDS = ("。", "！", "？", "\n")
# Headlines that open with the city or its bodies (市总工会启动…), and the words that name a
# landmark as a venue after them (在奥林匹克公园, 在北京工人体育馆).
CITY_HEADS = ("市总工会", "北京市", "本市", "全市", "首都", "市委", "市政府")
# A year before the city's name in a headline (2025年首都职工“安康杯”竞赛启动).
_HEAD_YEAR_RE = re.compile(r"\d{4}年(?:度)?")
# A city-level industry union heading a headline (市建设工会…, 北京市教育工会…), not a
# district's (北京市朝阳区总工会) nor a market's (市场监管局工会); 市总工会 has rules of its own.
_CITY_UNION_HEAD_RE = re.compile(r"^(?:北京)?市(?!场|总工会)[^\s，,。、区县镇乡街]{1,8}?工会")


def _city_headed(title: str) -> bool:
    """Does the headline open with the city or a city body (市总工会…, 北京市…, 2025年首都职工…,
    市建设工会…)?"""
    if title[:1].isdigit() and (year := _HEAD_YEAR_RE.match(title)):
        title = title[year.end():]
    return title.startswith(CITY_HEADS) or _CITY_UNION_HEAD_RE.match(title) is not None


VENUE_WORDS = ("在", "于", "在北京", "于北京")
# Words that make a place elsewhere in a lead the story's site (在天津市…, 承建的江苏南通…, 赴新疆…).
OUTSIDE_SITE_WORDS = (*VENUE_WORDS, "承建的", "援建的", "赴", "远赴", "前往", "来到", "走进")
# After a citywide marker these make it a superlative (全市首家驿站在朝阳区落成), not a scope.
_SUPERLATIVES = ("首", "第一", "唯一", "最")
# What follows a place named as a union body.
UNION_SUFFIXES = ("总工会", "工会", "区总工会")
# Verbs that make the place after them a destination, not the subject (赴房山疗休养), and
# prepositions that make it the venue of what the subject does (朝阳区总工会在怀柔…举办).
DESTINATION_VERBS = ("赴", "到", "去", "前往", "来到", "走进", "走访", "深入", "奔赴", "进", "在", "于", "登", "登上")
# Words that make the place after them where guests of the story's event come from.
# (特邀来自西城区和通州区的两位…, 接待来自门头沟区的50名一线职工)
GUEST_WORDS = ("特邀", "邀请", "邀", "迎来", "特邀来自", "邀请来自", "接待", "接待来自", "迎接来自")
# An event one union hosts and others are invited to (朝阳海淀职工羽毛球邀请赛), unless it is run
# jointly (联合主办, 两区工会联手).
INVITATIONAL = "邀请赛"
JOINT_WORDS = ("联合", "联手", "共同", "携手", "合办")
# A union invited in so many words (向海淀区总工会发出邀请): its district sends guests.
_INVITATION_RE = re.compile(r"[^，,。；;！？\n]{0,10}?发出(?:了)?邀请")
# What names the place after it as where invited guests are from (邀请了北京大学第三医院妇产科专家).
_INVITING = (*GUEST_WORDS, "邀请了", "请来", "请来了")
_INVITING_LAST = frozenset(w[-1] for w in _INVITING)
# An expert's title after an institution, its department between (北京积水潭医院脊柱外科副主任医师).
_EXPERT_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:主任医师|主治医师|医师|教授|研究员|专家|营养师|咨询师|治疗师)")
# What lists places of one kind (走进密云区古北口镇和延庆区八达岭镇): a town right after its
# district, or a conjunction.
_LISTING = frozenset({"", "和", "、", "及", "与", "以及"})
# Words that make the place after them an origin (从石景山老厂区来到…): a lone mention of that
# kind is no story's district.
ORIGIN_WORDS = ("从", "来自", "自")
# What follows a place that names a model others copy (朝阳经验, 海淀“小哥驿站”模式, 丰台样本) or
# where someone comes from (密云小伙, 河南籍): neither is where the story is.
_MODEL_OR_ORIGIN_RE = re.compile(r"(?:“[^”\n]{1,10}”)?(?:经验|模式|做法|样本|样板)|小伙|姑娘|籍|老乡")
# ... or, with its town maybe, where someone is from (王立新是房山区河北镇人，1986年出生…).
_NATIVE_OF_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|村|街道))?人(?=[，,。；;])")
MAX_NATIVE_TOWN_CHARS = 8
_MODEL_OR_ORIGIN_FIRST = frozenset("“经模做样小姑籍老")  # what _MODEL_OR_ORIGIN_RE can start with
# Words after 在 and a place that make it where someone lives (在通州安家, 在大兴租房).
SETTLING_WORDS = ("安家", "落户", "租房", "定居", "居住")
# Words of RESIDENCE_WORDS that name where someone was born or comes from (出生在门头沟区斋堂镇).
BIRTH_WORDS = ("出生在", "出生于", "老家在", "老家是")
# Words that make the place after them where someone lives (家住通州区梨园镇的王建军…赶到朝阳区
# 建外街道上班): evidence only when the story names no other district.
RESIDENCE_WORDS = ("家住", "住在", "居住在", "居住于", "家在", "家还在", "家就在", "定居在", "定居于", *BIRTH_WORDS)
# What a union named after the organiser does: it helps, it is not the story's subject
# (由平谷区总工会主办、密云区总工会协办).
ASSISTING = ("协办", "承办", "支持", "参与", "配合", "协助")
# The development zone, a unit of its own though its streets are filed under 大兴区.
DEV_ZONE = BEIJING_UNITS[-1]
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
    parts = [part or "" for part in (title, kicker, subtitle, lead, rest)]
    return places_from_matches(gaz.find_parts(parts), gaz, parts)  # one automaton pass


def places_from_matches(found: list[list[PlaceMatch]], gaz: Gazetteer,
                        texts: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """``resolve_places`` from the gazetteer matches of the article's sections, in the order
    of ``SECTION_WEIGHTS`` (title, kicker, subtitle, lead paragraph, rest of the body), and
    the texts of those sections (offsets of the matches are in them).

    The district is the story's subject when it has one (``_subject``: the district a
    headline opens with, or the union acting in the lead while every other district is a
    destination: 西城区劳模赴房山疗休养, 东城区总工会组织职工赴延庆区…); none for a story
    set citywide (``CITYWIDE_MARKERS`` in the headline, or in a lead that names no district);
    else the dominant one by weighted mentions (``_decide``) unless the story is spread over
    ``SPREAD_DISTRICTS`` or more with none holding half the evidence, or the only district
    named when no city body acts in headline or lead (……由石景山区总工会主办; a feature that
    names its place once, deep in the text)."""
    # (every rule of _without_institution_names needs a 院, 校 or 学 in the section)
    found = [_without_institution_names(matches, text) if matches and ("院" in text or "学" in text or "校" in text)
             else matches for matches, text in zip(found, texts)]
    if any("社区" in text or "小区" in text for text in texts):
        found = _without_communities(found, texts)
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}
    towns: dict[str, dict[str, Any]] = {}
    pending: list[PlaceMatch] = []          # Beijing towns whose district the article decides
    outside: list[PlaceMatch] = []
    home = gaz.home_province
    is_town = gaz.is_town
    # the scores of places named as where someone lives, where a company has its seat or inside
    # its name: evidence for a district the story names otherwise too, or names alone
    homes: dict[str, float] = {}
    # what the weak mentions name besides residences: a company's seat or its name; a birthplace,
    # an origin or a model copied elsewhere (away)
    seats = away = False
    # A lead that is the first of numbered items (①… ②…, a photo spread's captions) weighs no
    # more than the items after it.
    weights = SECTION_WEIGHTS if texts[3][:1] not in NUMBERED_CAPTION_ORDER else _NUMBERED_WEIGHTS
    produce: set[str] | None = None  # _produce_only, asked when a produce is named
    for weight, matches, text in zip(weights, found, texts):
        prev: PlaceMatch | None = None
        home_of: str | None = None  # the district of the residence just named (家住通州区梨园镇)
        for m in matches:
            district = m.district
            if district and prev is not None and prev.province and prev.province != home \
                    and m.level == "town" and not m.form.endswith(TOWN_SUFFIXES) and text[m.start - 1:m.start] == "、" \
                    and not any(end in text[prev.end:m.start] for end in _SENTENCE_ENDS):
                continue  # 来到山东济南,先后参观了趵突泉、珍珠泉: a bare name listed among sights elsewhere
            if district:
                grown = _produce(text, m)
                if grown and produce is None:
                    produce = _produce_only(found, texts)
                if district == home_of and prev.end == m.start or _weak(text, m) or grown and district in produce:
                    homes[district] = homes.get(district, 0.0) + weight
                    if district != home_of:
                        if text.endswith(BIRTH_WORDS, 0, _with_city(text, m)) or _model_or_origin(text, m) \
                                or _invited(text, m) or _expert_of(text, m):
                            away = True
                        elif not _residence(text, m):
                            seats = True
                    home_of = district
                else:
                    scores[district] = scores.get(district, 0.0) + weight
                    home_of = None
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

    weak_only = bool(homes) and not scores
    if homes and len(scores) <= 1:
        # the only district otherwise named takes its weak mentions too (国网延庆供电公司 … 延庆山区多);
        # beside another, they count for nothing (家住通州区的王建军…到朝阳区建外街道上班)
        scores = {d: scores.get(d, 0.0) + homes.get(d, 0.0) for d in scores} if scores else homes
    if weak_only and _weakly_named_only(seats, away, found, texts, home):
        district = None
    else:
        district = _choose(scores, found, texts, home)
    options_of = {m.form: gaz.home_units(m.form) for m in pending}
    if district is None and not scores and pending:
        in_all = set.intersection(*({o[0] for o in options} for options in options_of.values()))
        if in_all == {DEV_ZONE, "大兴区"}:
            district = DEV_ZONE  # 博兴街道, 荣华街道: filed under 大兴区, run by the zone
        elif len(in_all) == 1 and len(options_of) > 1:
            # 八里庄街道 (朝阳 or 海淀) and 十里堡 (朝阳 or 密云): the one district both can be in
            district = in_all.pop()
    for m in pending:  # the unit of the article's district, else of the best-scored one
        options = options_of[m.form]
        if not options:
            continue
        chosen = next((o for o in options if o[0] == district), None) or max(
            options, key=lambda o: scores.get(o[0], 0.0))
        if chosen[0] == district or scores.get(chosen[0]):
            _add_town(towns, m._replace(name=chosen[1], level=chosen[2]), chosen[0])

    order = _UNIT_ORDER
    districts = [{"name": d, "count": counts[d]}
                 for d in sorted(counts, key=lambda d: (-counts[d], order.get(d, len(order))))]
    return {"district": district, "districts": districts, "towns": list(towns.values()),
            "places": _places(outside)}


def _weakly_named_only(seats: bool, away: bool, found: list[list[PlaceMatch]], texts, home: str | None) -> bool:
    """Is a story whose only district is named weakly (``seats``: as a company's seat or in its
    name; ``away``: as a birthplace, an origin, a model or an expert's institution; else as a
    home) about none? So when the city heads it (北京市职工职业技能大赛焊工决赛… / 在北京城建集团丰台职业技能培训基地); when
    it is set elsewhere (新疆和田地区墨玉县的天刚蒙蒙亮… / 这家总部位于海淀区上地的企业); when the
    district is where someone was born or came from (出生在门头沟区斋堂镇); or where someone lives
    while the city acts or the story portrays a worker (市总工会…表彰 / 驾驶员陈立平家住昌平区回龙观;
    ——记…)."""
    if not seats and (away or _city_or_portrait(texts, found, home)):
        return True
    return _city_headed(texts[0]) or any(
        m.province and m.province != home and not m.district for part in found[:4] for m in part)


def _city_or_portrait(texts, found: list[list[PlaceMatch]], home: str | None) -> bool:
    """Does a city body act in the headline or lead (市总工会召开…发布会), or does the subtitle say
    the story portrays someone (——记北京公交集团驾驶员张建军)?"""
    title, subtitle, lead = texts[0], texts[2], texts[3]
    return subtitle.lstrip("—－-").startswith("记") or _names_any(title, lead, CITY_ACTORS, found, home)


def _city_event_at_venue(scores: dict[str, float], found: list[list[PlaceMatch]], texts) -> bool:
    """Is every district of the story a venue named by a landmark (在北京工业大学体育馆开拍)?
    Beside the venue's, the body may name other districts only in passing, none acting
    (首次参赛的北京四中体育教师郭宁说)."""
    def venue(text: str, m: PlaceMatch) -> bool:
        # (a district too, at the head of the clause that says where the event was held: 启动仪式在延庆区世园
        # 公园举行)
        return (m.level in ("zone", "area") or _HELD_THERE_RE.match(text, m.end) is not None) \
            and (text.endswith(VENUE_WORDS, 0, m.start) or _listed_venue(text, m))

    if len(scores) == 1:
        return all(venue(text, m) for text, matches in zip(texts, found) for m in matches if m.district)
    head = [(text, m) for text, matches in zip(texts[:4], found[:4]) for m in matches if m.district]
    # (a place right after its district is that venue too: 在延庆区世园公园举行)
    if not head or not all(venue(text, m) or k and head[k - 1][0] is text and head[k - 1][1].end == m.start
                           and head[k - 1][1].district == m.district and venue(text, head[k - 1][1])
                           for k, (text, m) in enumerate(head)):
        return False
    venues = {m.district for _text, m in head}
    # (the venue's district again among others the body lists is no more of it: 覆盖怀柔、密云、平谷、延庆等)
    return not any(m.district in venues and not _inside_a_match(_LISTED_RE, texts[4], m) or _acting(texts[4], m)
                   for m in found[4] if m.district)


# The rest of a clause that says where an event was held (在延庆区世园公园举行).
_HELD_THERE_RE = re.compile(r"[^，,。；;！？\n]{0,12}?(?:举行|举办|召开|开幕|启动)")


# Longest item of a list of venues (在北京站、北京西站、北京南站等设立服务点).
MAX_VENUE_ITEM_CHARS = 12
_CLAUSE_ENDS = "，,。；;：:！？!?\n"


def _listed_venue(text: str, m: PlaceMatch) -> bool:
    """Is the place an item after the first of a list of venues (在北京站、北京西站、北京南站等)?"""
    if text[m.start - 1:m.start] != "、":
        return False
    head = text[max(0, m.start - 4 * MAX_VENUE_ITEM_CHARS):m.start - 1]
    clause = max(head.rfind(c) for c in _CLAUSE_ENDS) + 1
    at = max(head.rfind(word, clause) for word in ("在", "于"))
    return at != -1 and all(0 < len(item) <= MAX_VENUE_ITEM_CHARS for item in head[at + 1:].split("、"))


def _choose(scores: dict[str, float], found: list[list[PlaceMatch]], texts, home: str | None) -> str | None:
    """The one district of the story (see ``places_from_matches``; ``home``: the home
    region's province)."""
    title, lead, rest = texts[0], texts[3], texts[4]
    title_matches, lead_matches = found[0], found[3]
    subject = _subject(title, title_matches, lead, lead_matches)
    if subject is not None:
        return subject
    # Whether headline and lead name a district at all: asked by several rules below.
    title_district = any(m.district for m in title_matches)
    if not title_district and any("再到" in text for text in texts) and (named := [
            (text, m) for text, matches in zip(texts, found) for m in matches if m.district]) \
            and all(_enumerated(text, m) for text, m in named):
        return None  # 从荣华街道的“骑手加油站”,到回天地区的职工书屋,再到临空区的职工之家: examples
    # (a district named inside a company's name or as where someone lives does not count here:
    # …在河北省保定市举行……保定顺义通汽车零部件有限公司承办)
    lead_district = any(m.district and not _weak(lead, m) for m in lead_matches)
    # (nor one where people go: 家住河北三河市燕郊镇的职工…前往北京国贸上班)
    if not title_district and not any(m.district and not _weak(lead, m) and not _goes_to(lead, m)
                                      for m in lead_matches) and (
            any(m.province and m.province != home and not m.district for m in title_matches)
            or any(m.province and m.province != home and not m.district and lead.endswith(OUTSIDE_SITE_WORDS, 0, m.start)
                   for m in lead_matches)) \
            and not any(m.district and _acting(rest, m) for m in found[4]):
        # 燕郊为进京通勤职工设起“早班驿站”, …活动在天津市滨海新区举行: a headline or a lead's
        # venue outside the region, no district in either, and no district's union acting in
        # the body (大兴区总工会慰问组 in 沈丘县 keeps its story); the districts of the body
        # are where people go, work or came from
        return None
    # A headline naming a district (not just a venue: 工人体育馆) keeps the story in it.
    title_names_district = any(m.district and m.level != "area" for m in title_matches)
    citywide_lead = citywide(lead)
    district_scope = any(w in lead for w in DISTRICT_SCOPE)
    if not title_names_district and (
            citywide(title) or citywide_lead and (
                not lead_district or _brings_all_districts(lead))):
        # 全市16个区和各产业工会…: the district named is where it was held, or an example
        return None
    if citywide(title) and title_names_district and all(
            title.endswith(VENUE_WORDS, 0, m.start) for m in title_matches if m.district) \
            and not any(m.district and _acting(lead, m) for m in lead_matches):
        # 全市职工书屋建设现场会在通州召开: the city's event, held in a district (unless that
        # district's union acts in the lead; not so a city body's event at one site: 市农林工会在
        # 八达岭林场举办护林技能竞赛)
        return None
    if not title_names_district and citywide_lead \
            and _names_any(title, lead, CITY_BODIES, found, home) and not district_scope:
        # 北京市总工会冬送温暖活动启动仪式在东城区劳动人民文化宫举行。全市各级工会…: a city
        # body's citywide campaign, launched in one district
        return None
    if _CITY_UNION_HEAD_RE.match(title) and not title_district and not district_scope \
            and not any(m.district and _acting(lead, m) for m in lead_matches):
        # 市商贸工会职工羽毛球赛收官 / 来自王府井集团、首商集团…的30支代表队: a city industry
        # union's own event, its members' companies named by their places
        return None
    if (_city_headed(title) or citywide_lead or _names_any(title, lead, CITY_BODIES, found, home)) \
            and not title_district and not district_scope and _city_event_at_venue(scores, found, texts):
        # 市总工会启动“职工运动季” / 北京市总工会在奥林匹克公园启动…, or a campaign across the
        # city (今年活动将走进全市30所高校) launched at a landmark in one district (市建设工会…劳动竞赛 /
        # …在城市副中心一处在建工地举行…启动仪式), or a city body's event there (由北京市总工会…联合举办的
        # …招聘会在北京市劳动人民文化宫举行)
        return None
    if not title_district and not lead_district and not any(m.district for part in found[1:3] for m in part) \
            and found[4] \
            and (_names_any(title, lead, (*CITY_ACTORS, *NATIONAL_ACTORS), found, home) or _cities_compared(found[:4], home)) \
            and all(_in_example(rest, m) or _in_list_line(rest, m) or _inside_a_match(_LISTED_RE, rest, m)
                    or _inside_a_match(_SITES_LISTED_RE, rest, m) for m in found[4] if m.district):
        # 市总工会 / 人社部 / 全总 acting, and a district named only in the body's examples
        # (此前已在朝阳区开展了试点, 以…为例,在北京亦庄的一家企业…, 例如北京市朝阳区总工会…), in
        # the lines of a list it prints (王建国 北京公交集团…, 张伟 中关村…有限公司工程师) or in a list of
        # sites (在北京站、北京西站和北京南站设立…)
        return None
    if not title_district and "等" in lead and _names_any(title, lead, CITY_ACTORS, found, home) and all(
            _one_of_many(text, m) for text, matches in ((lead, lead_matches), (rest, found[4])) for m in matches
            if m.district):
        # 市总工会…授予北京城市副中心站综合交通枢纽工程项目部等100个单位首都劳动奖状: the city's
        # awards, a district's unit named as one of many (and in the body, an item of a list: 在冬奥会
        # 筹办、城市副中心建设、疫情防控等重点工作中)
        return None
    if not title_district and ("等" in lead or "等" in rest or "站" in lead or "站" in rest) and (named := [
            (text, matches) for text, matches in ((lead, lead_matches), (rest, found[4]))
            if any(m.district for m in matches)]) \
            and all(_only_in_spread_lists(text, matches) for text, matches in named):
        # 慰问组深入四惠、六里桥、北京西站南广场等枢纽, 在北京站、北京西站和北京南站设立… (in the lead or
        # the body): stops across the city, the story's none
        return None
    located = {m.district for text, matches in ((lead, lead_matches), (rest, found[4]))
               if "位于" in text or "地处" in text or "坐落" in text  # LOCATING_VERBS: most texts say no such thing
               for m in matches if m.district and _locates_subject(text, m, title)}
    if len(located) == 1 and not title_names_district and not any(m.district and _acting(lead, m) for m in lead_matches):
        # 朝阳医院京西院区工会… / 京西院区位于石景山区京原路: the text says where the headline's
        # subject is (unless a district's union acts in the lead: 大兴区总工会公布…)
        return located.pop()
    if not title_district and all(_on_route(text, m) for text, matches in zip(texts, found) for m in matches if m.district):
        return None  # 每天往返于老山公交场站和四惠枢纽站之间: the ends of a route across the city
    district = _decide(scores)
    if len(scores) == 2 and any("疗休养" in text or "疗养" in text for text in (title, lead)) \
            and (sender := _sending_union(found, texts)) is not None:
        # 在密云区溪翁庄镇的一处职工疗休养基地…40名来自卢沟桥街道的快递员… / 卢沟桥街道总工会首次组织…: the
        # resort's district, where no union acts, is where the workers went; the union that sent them is
        # the story's (not so among three districts' resorts or more: 延庆区、怀柔区、密云区总工会联合推出…)
        return sender
    if district is None and len(scores) == 2 and title_matches and title_matches[0].start == 0 \
            and (opener := title_matches[0].district) and _acting(title, title_matches[0]) \
            and lead_matches and lead_matches[0].district == opener and _acting(lead, lead_matches[0]) \
            and scores.get(opener, 0.0) >= PARTNER_DOMINANCE * min(scores.values()):
        # 东城区总工会携手平谷区总工会… / 5月14日,东城区总工会与平谷区总工会在东城区…签署…: two
        # districts' unions at work together, the one headline and lead open with, named more often,
        # the subject
        return opener
    if district is not None and len(scores) >= SPREAD_DISTRICTS and scores[district] <= sum(scores.values()) / 2 \
            and not (any(m.district == district and _UNION_OF_PLACE_RE.match(lead, m.end) for m in lead_matches)
                     and not any(m.district and m.district != district and not _from_list(text, m)
                                 for text, part in zip(texts[:4], found[:4]) for m in part)):
        # 国贸站、西单站、北京南站、北京西站…: a network across the city (not a story whose lead names
        # the union of its district acting, and no other district before the body but where people come
        # from: 大兴区总工会“新市民技能提升计划”… / …有的每天从房山赶来…在丰台一家养老机构找到了工作,
        # 由朝阳区总工会承办的…总决赛…来自西城、石景山、昌平等区的12名职工选手)
        return None
    if district is None and len(scores) == 1:
        # The only district the story names, though below MIN_SCORE: the story's when named
        # as the acting union (……由石景山区总工会主办), or when nothing sets the story
        # citywide (a feature that opens on a scene: 刘海涛是北京经济技术开发区首批工匠).
        (only,) = scores
        if any(m.district == only and _locates_subject(text, m, title)
               for text, matches in ((lead, lead_matches), (rest, found[4])) for m in matches):
            return only  # 第九水厂成立… / 第九水厂位于朝阳区: where the headline's subject is
        if _names_any(title, lead, CITY_ACTORS, found, home):
            return None  # 市总工会召开… / 会上,海淀区总工会作交流发言: a passing mention
        if any(m.district == only and _acting(text, m)
               for text, matches in ((lead, lead_matches), (rest, found[4])) for m in matches):
            return only
        if all(_origin(text, m) for text, matches in zip(texts, found) for m in matches if m.district == only):
            return None  # ……随着首钢搬迁从石景山老厂区来到海边: where people came from
        if not citywide(rest):
            return only
    return district


# A community named like a district, under the street or town it is in (房山区城关街道西城社区,
# 东城区交道口街道大兴社区, 西城区德胜街道朝阳里社区): no mention of that district, wherever the
# story names it (西城社区工会推行…).
COMMUNITY_WORDS = ("社区", "里社区", "里小区", "小区")


def _without_communities(found: list[list[PlaceMatch]], texts) -> list[list[PlaceMatch]]:
    """``found`` without the district names that are communities' (``COMMUNITY_WORDS``): those
    the story names right after a street or town, and the same names elsewhere in it."""
    if not any(m.level == "county" and text.startswith(COMMUNITY_WORDS, m.end)
               for matches, text in zip(found, texts) for m in matches):
        return found  # (most stories name their communities after no district)
    communities = set()
    for matches, text in zip(found, texts):
        for prev, m in zip(matches, matches[1:]):
            if m.level == "county" and prev.end == m.start and prev.level == "town" and not m.form.endswith(("区", "县")) \
                    and (word := next((w for w in COMMUNITY_WORDS if text.startswith(w, m.end)), None)):
                communities.add(m.form + word)
        for m in matches:  # (朝阳里社区: a 里 and its community are a neighbourhood's name wherever named)
            if m.level == "county" and text.startswith(("里社区", "里小区"), m.end) and not m.form.endswith(("区", "县")):
                communities.add(m.form + text[m.end:m.end + 3])
    if not communities:
        return found
    return [[m for m in matches if not (m.level == "county" and any(
        c.startswith(m.form) and text.startswith(c[len(m.form):], m.end) for c in communities))]
        for matches, text in zip(found, texts)]


# A branch of a school or hospital named after where it is: 北京四中房山校区, 人大附中朝阳学校.
CAMPUS_WORDS = ("校区", "院区", "分院", "分校", "学校")
# An institution named after a district whose campus the text names elsewhere: 北京朝阳医院京西院区.
_NAMED_INSTITUTION_RE = re.compile(r"区?(?:中医医院|中医院|医院|中学|小学)[^，,。、；;：:\s“”]{1,6}?(?:院区|校区|分院|分校)")
_INSTITUTION_FIRST = tuple("区中医小")
# A university a student went to (考上清华大学, 被北京大学录取, 毕业于中国人民大学).
UNIVERSITY_WORDS = ("大学", "学院")
ADMITTED_WORDS = ("考上", "考入", "考取", "考进", "被", "就读于", "毕业于", "考上了", "考入了", "考取了", "考进了")
# A university's hospital or school is named after it, and is elsewhere (首都医科大学附属北京儿童医院).
AFFILIATE_WORD = "附属"


# Longest line read as a signature in brackets (（北京积水潭医院康复科 副主任医师 刘志刚）).
MAX_SIGNATURE_CHARS = 40


def _in_signature(text: str, m: PlaceMatch) -> bool:
    """Is the place named in a line that is a signature in brackets: an expert's workplace
    under the answer to a reader's question?"""
    line = _line_of(text, m).rstrip()
    return line[:1] in ("（", "(") and line[-1:] in ("）", ")") and len(line) <= MAX_SIGNATURE_CHARS


def _line_of(text: str, m: PlaceMatch) -> str:
    """The line of ``text`` that names the place."""
    end = text.find("\n", m.end)
    return text[text.rfind("\n", 0, m.start) + 1:end if end != -1 else len(text)]


def _without_institution_names(matches: list[PlaceMatch], text: str) -> list[PlaceMatch]:
    """The matches that place the story: not the name of an institution whose branch the
    text names right after it (北京四中 in 北京四中房山校区: 房山 counts), nor a district in the
    name of an institution whose campus is another (朝阳 in 北京朝阳医院京西院区), nor a
    university someone was admitted to or graduated from, nor a workplace in a signature."""
    drop = None
    signed = "\n（" in text or "\n(" in text or text[:1] in "（("  # a line in brackets: all _in_signature needs
    for k, m in enumerate(matches):
        level = m.level
        if signed and _in_signature(text, m):
            drop = drop or set()
            drop.add(k)  # （北京积水潭医院康复科 副主任医师 刘志刚）: who answers, not where the story is
        elif level == "county":  # most matches: a district's name, rarely an institution's
            if text.startswith(_INSTITUTION_FIRST, m.end) and _NAMED_INSTITUTION_RE.match(text, m.end):
                drop = drop or set()
                drop.add(k)
        elif level == "area" or level == "zone":
            if m.form.endswith(UNIVERSITY_WORDS) and (
                    text.endswith(ADMITTED_WORDS, 0, m.start) or "录取" in text[m.end:m.end + 4]
                    or text.startswith(AFFILIATE_WORD, m.end)):
                drop = drop or set()
                drop.add(k)  # 考上清华大学, 毕业于北京大学: a student's school, not where the story is;
                # 首都医科大学附属北京朝阳医院: a hospital of its own, where its name says
            elif k + 1 < len(matches) and (nxt := matches[k + 1]).start == m.end and nxt.district \
                    and text.startswith(CAMPUS_WORDS, nxt.end):
                drop = drop or set()
                drop.add(k)
    return [m for k, m in enumerate(matches) if k not in drop] if drop else matches


# Cities elsewhere named in a story's head (headline, kicker, subtitle, lead) that make it a
# comparison of cities (北京、上海、广州、成都四地调查): a Beijing district is one of its examples.
MIN_COMPARED_CITIES = 2


def _cities_compared(head: list[list[PlaceMatch]], home: str | None) -> bool:
    """Does the story's head name several cities or provinces outside the home region?"""
    names = {m.name for part in head for m in part
             if m.province and m.province != home and not m.district and m.level in ("province", "city")}
    return len(names) >= MIN_COMPARED_CITIES


# A list of three or more places run together in a sentence and closed by 等 (四惠、六里桥、北京西站等).
_LISTED_RE = re.compile(r"(?:[^、，,。；;！？!?\n]{1,15}、){2,}[^、，,。；;！？!?\n]{1,15}?等")
# ... or a list of stations closed by 和 (在北京站、北京西站和北京南站设立…): spread across the city too.
_SITES_LISTED_RE = re.compile(r"(?:[^、，,。；;！？!?\n和]{1,15}、)+[^、，,。；;！？!?\n和]{1,15}和[^、，,。；;！？!?\n和]{1,8}?"
                              r"(?:站|枢纽)")


def _only_in_spread_lists(text: str, matches: list[PlaceMatch]) -> bool:
    """Is every district named in ``text`` named in a list (A、B、C等) whose places lie in two
    districts or more?"""
    named = [m for m in matches if m.district]
    if not named or "、" not in text:
        return False
    inside: set[int] = set()  # (a place in lists of both kinds counts once)
    patterns = ([_LISTED_RE] if "等" in text else []) + ([_SITES_LISTED_RE] if "站" in text and "和" in text else [])
    for pattern in patterns:
        for listed in pattern.finditer(text):
            start, end = listed.span()
            members = [m for m in named if start <= m.start and m.end <= end]
            if len({m.district for m in members}) >= 2:
                inside.update(m.start for m in members)
    return len(inside) == len(named)


# A count of the many a named one is an example of (…项目部等100个单位, …等3000余名职工).
_MANY_AFTER_RE = re.compile(r"[^，,。；;！？!?、\n]{0,24}?等(?:\d+|[一二两三四五六七八九十百千万]+)(?:余|多)?(?:个|名|家|支|位|项|所)")


def _one_of_many(text: str, m: PlaceMatch) -> bool:
    """Is the place named in one of many (…项目部等100个单位) or as an item of a list closed by
    等 (冬奥会筹办、城市副中心建设、疫情防控等)?"""
    if _acting(text, m):
        return False  # 房山区总工会组织…走进…等8所学校: the union that acts is no item
    if _MANY_AFTER_RE.match(text, m.end):
        return True
    return _inside_a_match(_LISTED_RE, text, m)


# A route between two places (往返于老山公交场站和四惠枢纽站之间, 从…开往…).
_ROUTE_RE = re.compile(r"往返于[^。；;！？\n]{2,30}?之间|从[^。；;！？，,\n]{2,16}?(?:开往|驶往|通往)[^。；;！？，,\n]{2,16}")


def _on_route(text: str, m: PlaceMatch) -> bool:
    """Is the place an end of a route the story names (往返于…和…之间)?"""
    if "往返于" not in text and "开往" not in text and "驶往" not in text and "通往" not in text:
        return False  # (most texts name no route: no scan)
    return _inside_a_match(_ROUTE_RE, text, m)


def _inside_a_match(pattern: re.Pattern, text: str, m: PlaceMatch) -> bool:
    """Does a match of ``pattern`` in ``text`` span the place?"""
    return any(found.start() <= m.start and m.end <= found.end() for found in pattern.finditer(text))


def _in_list_line(text: str, m: PlaceMatch) -> bool:
    """Is the place named in a line of a list (a name and a unit, no sentence in it)?"""
    return not any(ch in _LIST_LINE_BREAKERS for ch in _line_of(text, m))


# What a line of a list never holds: the punctuation of a sentence.
_LIST_LINE_BREAKERS = frozenset("。，,；;！？!?")


# A sentence that runs through examples (从…的…,到…的…,再到…): the places in it are instances.
_ENUMERATION_RE = re.compile(r"从[^。！？\n]+?[,，、]\s*到[^。！？\n]+?[,，、]?\s*再到")


def _enumerated(text: str, m: PlaceMatch) -> bool:
    """Is the place named in a sentence that runs through examples (从…,到…,再到…)?"""
    found = _ENUMERATION_RE.search(text, *_sentence_of(text, m))
    return found is not None and found.start() <= m.start


def _sentence_of(text: str, m: PlaceMatch) -> tuple[int, int]:
    """Where the sentence that names the place starts and ends."""
    start = max(text.rfind(end, 0, m.start) for end in _SENTENCE_ENDS) + 1
    stops = [at for end in _SENTENCE_ENDS if (at := text.find(end, m.end)) != -1]
    return start, min(stops) if stops else len(text)


def _in_example(text: str, m: PlaceMatch) -> bool:
    """Is the place named in a sentence that gives an example (例如, 为例, 试点, 的一家…)?"""
    start, end = _sentence_of(text, m)
    sentence = text[start:end]
    return any(w in sentence for w in EXAMPLE_WORDS)


def _own_union_acts(text: str) -> bool:
    """Does the page's own district union act, named bare (区总工会赴内蒙古开展对口帮扶, 近日,区总工会
    一行…), not as another district's (朝阳区总工会)?"""
    at = text.find("区总工会")
    while at != -1:
        if at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff" or text[at - 1] in _BEFORE_BARE_UNION:
            return True
        at = text.find("区总工会", at + 1)
    return False


# What may stand before a bare 区总工会 (由区总工会组织, 日前区总工会…): no place's last character.
_BEFORE_BARE_UNION = frozenset("由和与及的将对向为在日前经请是据")


def page_district_applies(found: list[list[PlaceMatch]], texts, home: str | None) -> bool:
    """May a story whose places settle no district take its page's (第07版：海淀工会)? ``found``
    and ``texts`` as for ``places_from_matches``. Only when its head (headline, kicker,
    subtitle, lead) names no district, and no place outside Beijing (a 京津冀 meeting in 天津)
    unless the page's own district union acts there (区总工会赴内蒙古开展对口帮扶): the places of
    its body are where things come from or happen besides (首钢冷轧's workers from 石景山, a
    company's plants in 成都). Not either when it is set citywide or a city or national body
    acts in its headline or lead (市总工会启动…, 记者从市总工会获悉, 全总：…)."""
    title, lead = texts[0], texts[3]
    if any(m.district for matches in found[:4] for m in matches):
        return False
    if any(m.province and m.province != home and not _origin(text, m)
           for matches, text in zip(found[:4], texts[:4]) for m in matches) \
            and not _own_union_acts(title) and not _own_union_acts(lead):
        return False  # (not where someone comes from: 这名来自河北保定的小伙子)
    if citywide(title) or citywide(lead):
        return False
    return not _names_any(title, lead, (*CITY_BODIES, *NATIONAL_BODIES), found, home)


def _names_any(title: str, lead: str, bodies: tuple[str, ...], found: list[list[PlaceMatch]], home: str | None) -> bool:
    """Do headline or lead (``found``: the story's matches) name one of ``bodies`` (the city's,
    the nation's)? Another city's body is none of them (与三河市总工会共同举办, 廊坊市委)."""
    return _names_body(title, bodies, found[0], home) or _names_body(lead, bodies, found[3], home)


def _names_body(text: str, bodies: tuple[str, ...], matches: list[PlaceMatch], home: str | None) -> bool:
    for body in bodies:
        at = text.find(body)
        while at != -1:
            # (市… right after a city elsewhere whose name the match holds with its 市: 三河市总工会)
            if body[0] != "市" or not any(m.end == at + 1 and m.province and m.province != home for m in matches):
                return True
            at = text.find(body, at + 1)
    return False


def citywide(text: str) -> bool:
    """Does ``text`` set the story citywide (全市职工…, 本市…), not just rank it (全市首家)?"""
    for marker in CITYWIDE_MARKERS:
        at = text.find(marker)
        while at != -1:
            if not text.startswith(_SUPERLATIVES, at + len(marker)) and "往" not in text[max(0, at - 4):at]:
                return True  # (…发往北京各区和河北: where things go, not the story's scope)
            at = text.find(marker, at + 1)
    return False


# The city's name printed before a district's (从北京石景山…), longest first.
_CITY_PREFIXES = ("北京市", "北京")


def _with_city(text: str, m: PlaceMatch) -> int:
    """Where the place's name starts with the city's before it (从北京石景山…, 住在北京市丰台区…)."""
    start = m.start
    for city in _CITY_PREFIXES:
        if text.endswith(city, 0, start):
            return start - len(city)
    return start


# What follows the place someone set out from, a kind of place maybe before it (从延庆山村走出的…,
# 从房山农村走来的…).
_WALKED_OUT_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:走出|走来|出发走向|考入|考进|进城)")


# The last characters of ORIGIN_WORDS and of the city's name before a district's (从, 自, 北京, 北京市).
_ORIGIN_LAST = frozenset(w[-1] for w in ORIGIN_WORDS) | frozenset(c[-1] for c in _CITY_PREFIXES)
# A list of places after an origin word, up to the place it ends at (来自西城、石景山、…): origins all.
_ORIGIN_LIST_RE = re.compile(r"(?:来自|从)(?:北京市?)?(?:[\u4e00-\u9fff]{2,6}、)+$")
MAX_ORIGIN_LIST_CHARS = 48


def _from_list(text: str, m: PlaceMatch) -> bool:
    """Is the place where people come from, alone or in a list (来自西城、石景山、昌平等区的选手)?"""
    return _origin(text, m) or text[m.start - 1:m.start] == "、" and _ORIGIN_LIST_RE.search(
        text, max(0, m.start - MAX_ORIGIN_LIST_CHARS), m.start) is not None


def _origin(text: str, m: PlaceMatch) -> bool:
    """Is the place named as where someone came from (从石景山老厂区, 来自北京石景山…)?"""
    return text.endswith(ORIGIN_WORDS, 0, _with_city(text, m))


# Verbs that state where something is (第九水厂位于朝阳区, 水厂地处北京市丰台区).
LOCATING_VERBS = ("位于", "地处", "坐落于", "坐落在")
_LOCATED_RE = re.compile(rf"([\u4e00-\u9fff]{{2,6}})(?:{'|'.join(LOCATING_VERBS)})(?:北京市|北京)?$")


def _locates_subject(text: str, m: PlaceMatch, title: str) -> bool:
    """Is the place where the headline's subject is, by a sentence that says so (郭公庄水厂
    位于丰台区花乡 under 郭公庄水厂职工“五小”创新结硕果)?"""
    located = _LOCATED_RE.search(text, max(0, m.start - 12), m.start)
    if located is None:
        return False
    subject = located.group(1)  # its last three characters name it (…第九水厂, 郭公庄水厂)
    return len(subject) >= 3 and subject[-3:] in title


def _acting(text: str, m: PlaceMatch) -> bool:
    """Is the place named as a union body (石景山区总工会, 海淀街道工会), not as its team in a
    contest (战胜海淀区总工会代表队)?"""
    if not text.startswith(UNION_SUFFIXES, m.end):
        return False
    after = text.find("工会", m.end) + 2
    return not text.startswith(_TEAM_WORDS, after)


# A union's team, named after it (海淀区总工会代表队, 朝阳区总工会队).
_TEAM_WORDS = ("代表队", "队", "代表团")


# A district's bare name inside a company's (北京城建朝阳建设工程有限公司, 北京海淀城建集团,
# 北京海淀恒通机电(涿州)有限公司): where the company is registered, not where its people work;
# its name runs on to the company word.
_COMPANY_NAME_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:[(（][\u4e00-\u9fff]{2,6}[)）])?(?:有限公司|公司|集团)")
# What may stand before a place that opens a clause rather than sits inside a name.
_CLAUSE_WORDS = frozenset("在到赴于去进从自和与及、")


# The last characters of RESIDENCE_WORDS and of the city's name before a district's.
_RESIDENCE_LAST = frozenset(w[-1] for w in RESIDENCE_WORDS) | frozenset(c[-1] for c in _CITY_PREFIXES)


def _model_or_origin(text: str, m: PlaceMatch) -> bool:
    """Is the place named as a model others learn from (推广朝阳经验, 向西城学什么) or as where
    someone comes from (密云小伙在CBD当“楼宇管家”)?"""
    after = text[m.end:m.end + 1]
    return after in _MODEL_OR_ORIGIN_FIRST and _MODEL_OR_ORIGIN_RE.match(text, m.end) is not None or (
        after == "学" and text.endswith("向", 0, m.start)) or (
        "人" in text[m.end:m.end + MAX_NATIVE_TOWN_CHARS] and _NATIVE_OF_RE.match(text, m.end) is not None)


def _invited(text: str, m: PlaceMatch) -> bool:
    """Is the place named as where invited guests come from (邀请了北京大学第三医院妇产科专家,
    迎来门头沟“同行”)?"""
    return text[m.start - 1:m.start] in _INVITING_LAST and text.endswith(_INVITING, 0, m.start)


def _expert_of(text: str, m: PlaceMatch) -> bool:
    """Is the place the institution of an expert the story quotes (北京积水潭医院脊柱外科副主任医师
    周晓东介绍)?"""
    return (m.level == "area" or m.level == "zone") and _EXPERT_AFTER_RE.match(text, m.end) is not None


def _residence(text: str, m: PlaceMatch) -> bool:
    """Is the place named as where someone lives or was born (家住通州区, 为在通州安家的快递员)?"""
    return text.endswith(RESIDENCE_WORDS, 0, _with_city(text, m)) or (
        text[m.start - 1:m.start] == "在" and text.startswith(SETTLING_WORDS, m.end))


def _produce(text: str, m: PlaceMatch) -> bool:
    """Is the place named as where a produce grows (平谷大桃, 怀柔板栗, 庞各庄西瓜)?"""
    return text[m.end:m.end + 1] in _PRODUCE_FIRST and text.startswith(PRODUCE_WORDS, m.end) \
        and not m.form.endswith(("区", *TOWN_SUFFIXES))


def _produce_of(text: str, m: PlaceMatch) -> bool:
    """Is the place (平谷区的…) followed, within its clause, by a produce of it (…的大桃罐头)?"""
    clause = text[m.end:m.end + MAX_PRODUCE_GAP]
    return any(w in clause.split("，")[0].split("、")[0] for w in PRODUCE_WORDS)


# How far after a place its produce is looked for (来自平谷区的大桃罐头).
MAX_PRODUCE_GAP = 8


def _produce_only(found: list[list[PlaceMatch]], texts) -> set[str]:
    """The districts that headline and lead name only in the names of produce (平谷大桃送到西城
    一线职工手中 / …采购的平谷大桃1.5万斤): where the fruit grows, not where the story is. A
    district named otherwise there too (…大华山镇总工会组织桃农…) keeps its produce's mentions."""
    named: dict[str, bool] = {}
    for text, matches in ((texts[0], found[0]), (texts[3], found[3])):
        for m in matches:
            if m.district:
                named[m.district] = named.get(m.district, True) and _produce(text, m)
    return {d for d, only in named.items() if only}


def _weak(text: str, m: PlaceMatch) -> bool:
    """Is the district named as where someone lives (家住通州区, 住在北京丰台), as a company's
    seat (公司总部虽在朝阳, 集团总部位于海淀), inside a company's name (城建朝阳建设公司,
    城建集团丰台职业技能培训基地, a locality opening it: 王府井集团, 大兴机场片区) or by the
    institution of an expert quoted (积水潭医院脊柱外科副主任医师周晓东)?
    One function, settled by the character before the place for most places."""
    start = m.start
    if (m.level == "area" or m.level == "zone") and text.startswith(BRAND_WORDS, m.end):
        return True  # 王府井集团, 王府井百货(集团), 自贸试验区大兴机场片区: a company or a zone named after a locality
    if not start:
        return False
    before = text[start - 1]
    if before in _RESIDENCE_LAST:
        if before in "在于" and "总部" in text[max(0, start - 6):start]:
            return True
        if _residence(text, m):
            return True
    if _model_or_origin(text, m) or _invited(text, m) or _expert_of(text, m):
        return True
    if before in _ORIGIN_LAST and _origin(text, m) and _WALKED_OUT_RE.match(text, m.end) is not None:
        return True  # 从延庆山村走出的“测绘尖兵”: where a portrayed worker comes from
    return (m.level == "county" and "\u4e00" <= before <= "\u9fff" and before not in _CLAUSE_WORDS
            and not m.form.endswith("区") and (_COMPANY_NAME_RE.match(text, m.end) is not None
                                              or text.endswith(_COMPANY_WORDS, 0, start)))


# Words that make a locality's name the start of a company's (王府井集团, 金融街控股) or of a
# zone's that may lie elsewhere (中国(河北)自由贸易试验区大兴机场片区廊坊区域).
BRAND_WORDS = ("集团", "百货", "股份", "控股", "公司", "(集团)", "（集团）", "片区")
# Produce sold under the name of the district or town it comes from (平谷大桃, 怀柔板栗,
# 庞各庄西瓜): where it grows, not where the story is.
PRODUCE_WORDS = ("大桃", "鲜桃", "蜜桃", "黄桃", "板栗", "栗子", "苹果", "葡萄", "西瓜", "草莓", "樱桃", "蜂蜜",
                 "小米", "杂粮", "核桃", "鸭梨", "京白梨", "白梨", "磨盘柿", "柿子", "香椿", "蘑菇", "大米",
                 "特产", "土特产", "农产品", "农副产品")
_PRODUCE_FIRST = frozenset(w[0] for w in PRODUCE_WORDS)
# A company's word right before a district's bare name (北京城建集团丰台职业技能培训基地): a
# unit of the company named after where it is, inside one name.
_COMPANY_WORDS = ("集团", "公司")


def _destination(text: str, m: PlaceMatch) -> bool:
    """Is the place where someone goes (赴延庆区, 走进位于石景山区的首钢园)?"""
    end = m.start - 2 if text.endswith("位于", 0, m.start) else m.start
    return text.endswith(DESTINATION_VERBS, 0, end)


# DESTINATION_VERBS that move someone (not 在, 于: where something is held).
_MOTION_VERBS = tuple(v for v in DESTINATION_VERBS if v not in ("在", "于"))


def _goes_to(text: str, m: PlaceMatch) -> bool:
    """Is the place where someone goes (前往北京国贸上班, 赴延庆区)?"""
    return text.endswith(_MOTION_VERBS, 0, _with_city(text, m))


def _elsewhere(text: str, matches: list[PlaceMatch]) -> list[bool]:
    """For each match: is the place named as a destination, as where guests come from
    (特邀西城区…职工的作品参展, 向海淀区总工会发出邀请) or as where a produce grows (平谷大桃, 来自
    平谷区的大桃罐头, 密云区的板栗), alone or listed with one (先后走进密云区古北口镇和延庆区八达岭镇, 特邀西城区、
    丰台区…)? A town right after its district is the same place."""
    flags, chain_end = [], -1
    for m in matches:
        away = _destination(text, m) or text.endswith(GUEST_WORDS, 0, m.start) or _produce(text, m) \
            or text.startswith("的", m.end) and _produce_of(text, m) \
            or chain_end >= 0 and text[chain_end:m.start] in _LISTING \
            or text[m.start - 1:m.start] == "向" and _INVITATION_RE.match(text, m.end) is not None \
            or _PERSONS_SEAT_RE.match(text, m.end) is not None
        flags.append(away)
        chain_end = m.end if away else -1
    return flags


# A seat a person holds for the place, named in the person's titles (海淀区政协委员、北京市劳动模范王丽):
# where that person sits, not where the story is.
_PERSONS_SEAT_RE = re.compile(r"(?:区|县)?(?:人大代表|人大常委会委员|政协委员|政协常委|党代表)")


# A union named by where its body is (位于海淀区中关村软件园的…有限公司工会组织…): the place,
# then in the same clause 的 and a name that ends with a union's word.
_LOCATED_UNION_RE = re.compile(r"[^，,。；;！？\n]{0,16}?的[^，,。；;！？\n的]{2,30}?工会")


# A union of the place named before it (大兴区总工会, 城市副中心行政办公区工会联合会), acting.
_UNION_OF_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:工会联合会|总工会|工会)(?![\u4e00-\u9fff]{0,3}(?:代表队|队|会员))")


def _located_union(text: str, m: PlaceMatch) -> bool:
    """Is the place where the union acting in the sentence is (位于海淀区…的…公司工会)?"""
    return text.endswith(LOCATING_VERBS, 0, _with_city(text, m)) and _LOCATED_UNION_RE.match(text, m.end) is not None


def _subject(title: str, title_matches: list[PlaceMatch], lead: str, lead_matches: list[PlaceMatch]) -> str | None:
    """The subject of the story: the Beijing unit a headline opens with (海淀区总工会…,
    西红门镇…) when the lead names it too and the headline names no other but as a
    destination (西城区劳模赴房山…); or the union first named in the lead (by its place, or by
    where its body is: 位于海淀区…的…公司工会), when every other district of headline and lead
    is a destination (百名职工赴延庆疗休养 / 近日,东城区总工会组织百名一线职工赴延庆区…)."""
    if title_matches and title_matches[0].start == 0 and not _model_or_origin(title, title_matches[0]) \
            and not _weak(title, title_matches[0]) and not _produce(title, title_matches[0]):
        district = title_matches[0].district
        # (another district where people go, come from as guests or live is no second subject:
        # 八角街道职工之家迎来门头沟“同行”, 朝阳一物流企业工会为在通州安家的快递员解难题)
        several = any(m.district and m.district != district and not away and not _weak(title, m)
                      and not _produce(title, m) for m, away in zip(title_matches, _elsewhere(title, title_matches)))
        if not several:
            named = [k for k, m in enumerate(lead_matches) if m.district == district]
            if not district or not named:
                return None
            if (campus := _campus(title_matches[0], title, title_matches, lead, lead_matches)) is not False:
                return campus  # 北京理工大学工会举办… / …在良乡校区举办: the campus's
            gone = set()  # the lead's mentions of it as a destination (赴怀柔区雁栖湖畔: the lake too)
            for k in named:
                m = lead_matches[k]
                if _goes_to(lead, m) or k - 1 in gone and lead_matches[k - 1].end == m.start:
                    gone.add(k)
            if len(gone) < len(named) or not any(
                    m.district and m.district != district and _acting(lead, m) for m in lead_matches):
                return district
            # 怀柔雁栖湖畔迎来西城劳模疗休养团 / 西城区总工会组织…赴怀柔区雁栖湖畔…: the headline's
            # place is where the lead's acting union goes; that union is the subject
        # 平谷密云两区…: the headline names several (not as a destination); the lead may
        # still tell the organiser from the unions that help
    if _brings_all_districts(lead):
        return None  # 全市16个区和北京经济技术开发区总工会带来了…: every district's union, none the subject
    # The first union the lead names, past the places it names as venues or destinations
    # (在密云区太师屯镇的一片苹果园里……东城区总工会组织的劳模志愿服务队).
    first, venues = None, set()
    for k, m in enumerate(lead_matches):
        if not m.district or _assisting(lead, m):
            continue
        acting = _acting(lead, m) or _located_union(lead, m)
        if not acting and k + 1 < len(lead_matches) and lead_matches[k + 1].start == m.end \
                and lead_matches[k + 1].district == m.district and not _destination(lead, m):
            continue  # 海淀区学院路街道总工会组织…: the town after its district names the union
        if not acting and (m.district in venues or _destination(lead, m)):
            venues.add(m.district)  # 在密云区太师屯镇: the town after its district is the same venue
            continue
        first = m
        break
    if first is None or not acting:
        return None
    if (campus := _campus(first, title, title_matches, lead, lead_matches)) is not False:
        return campus
    if INVITATIONAL in title and not any(w in title or w in lead for w in JOINT_WORDS):
        # 朝阳海淀职工羽毛球邀请赛 / 由朝阳区总工会主办的…: the host's, the others its guests (not
        # so when two unions run it: 由朝阳区总工会、海淀区总工会联合主办的…邀请赛)
        return first.district
    # Each other district, where headline or lead first names it: 到密云区西田各庄镇 names 密云
    # as a destination once, and its town after it is the same destination; a destination in
    # the lead is one though the headline names it bare (海淀职工子女周口店探秘 / 海淀区总工会
    # 组织的研学营走进房山区周口店…).
    others: dict[str, bool] = {}
    for text, matches in ((title, title_matches), (lead, lead_matches)):
        seen: set[str] = set()
        for m, away in zip(matches, _elsewhere(text, matches)):
            if m.district and m.district != first.district and m.district not in seen:
                seen.add(m.district)
                others[m.district] = others.get(m.district, False) or away
    for m in lead_matches:  # a union the lead names as helping the organiser is no subject
        if m.district in others and _assisting(lead, m):
            others[m.district] = True
    if others and all(others.values()):
        return first.district
    return None


def _campus(institution: PlaceMatch, title: str, title_matches: list[PlaceMatch], lead: str,
            lead_matches: list[PlaceMatch]) -> str | None | bool:
    """The district of the campus where an institution's union acts (北京理工大学工会…在良乡校区
    举办…, 北京同仁医院工会在亦庄院区…), when headline or lead names one campus; None when they
    name campuses in several (the weight of mentions decides); False when the subject is no
    institution or no campus is named."""
    if institution.level != "area" and institution.level != "zone":
        return False
    campuses = {m.district for text, matches in ((title, title_matches), (lead, lead_matches))
                for m in matches if m.district and text.startswith(CAMPUS_WORDS, m.end)}
    if not campuses:
        return False
    return campuses.pop() if len(campuses) == 1 else None


def _assisting(text: str, m: PlaceMatch) -> bool:
    """Is the place named as a union that helps the organiser (密云区总工会协办), alone or in a
    list of them (西城区、丰台区总工会协办)?"""
    m_listed = _LISTED_UNIONS_RE.match(text, m.end)
    return m_listed is not None and text.startswith(ASSISTING, m_listed.end())


# What may follow a place up to the helpers' verb: its union's name, or the rest of a list of
# places that ends with one (、丰台区总工会; 和丰台区总工会).
_LISTED_UNIONS_RE = re.compile(r"(?:区?总工会|工会)?(?:[、和及与][\u4e00-\u9fff]{2,6}?(?:区?总工会|工会))*")


def _is_outside(m: PlaceMatch, gaz: Gazetteer) -> bool:
    return m.district is None and m.province != gaz.home_province


def _add_town(towns: dict[str, dict[str, Any]], m: PlaceMatch, district: str) -> None:
    key = f"{district}/{m.name}"
    if key not in towns:
        name = m.form if m.level == "town" and m.form.endswith(TOWN_SUFFIXES) else m.name
        towns[key] = {"name": name, "form": m.form, "district": district}


def _sending_union(found: list[list[PlaceMatch]], texts) -> str | None:
    """The district of the one district's union acting in the story (the others are places only)."""
    acting = {m.district for text, matches in zip(texts, found) for m in matches if m.district and _acting(text, m)}
    return acting.pop() if len(acting) == 1 else None


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

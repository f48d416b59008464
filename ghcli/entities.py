"""Who did what in an article: organisations, people with roles, topics and keywords.

``find_orgs``, ``find_people`` and ``find_topics`` are pure regular expressions, dictionary and
Aho-Corasick lookups (no jieba), so extracting an article costs far less than segmenting it.
Only ``keywords`` uses jieba, imported inside the function and initialised once per process.
Lexicons (``ghcli/data/roles.txt``, ``surnames.txt``, ``topics.tsv``, ``userdict.txt``) load
lazily on first use. ``find_quantities`` lives in ``ghcli.quantities`` and is re-exported here.
The extract stage scans an article's organisations once (``scan_orgs``) and derives both the
org list (``orgs_from_mentions``) and the org parts of people's roles (``people_in``) from it;
topics come from one automaton pass over headline and body (``topics_in``).

Organisations
  A suffix (总工会, 工会, 有限公司, 人大常委会, 研究中心, 幼儿园, 工人文化宫 …) is found first;
  its name runs left from it to the nearest punctuation, then is cut after the last clause
  word (日前, 在, 向, 邀请, 来到, 爱心企业 …) and, when a known place (a Beijing district, the
  article's towns, 北京市) starts the rest, at that place. Known places and names already
  found protect the characters inside them (和平街街道 is not cut at 和).
  Names are given as the body calls itself locally: leading higher-level places are dropped
  when a lower one follows (北京市怀柔区总工会 -> 怀柔区总工会, 青海省玉树州杂多县总工会 ->
  杂多县总工会, 朝阳区和平街街道总工会 -> 和平街街道总工会). Short forms are resolved in the
  article and keep their printed ``form``: 区总工会 / 该区总工会 -> the article's district +
  总工会; 该镇总工会 / 镇总工会 -> the town or town union named most recently before it;
  该公司工会 -> the company union named most recently; 市总工会 -> 北京市总工会; a Beijing
  district (short or full) + 工会 -> that district's 总工会 (海淀工会 -> 海淀区总工会).
  Precision first: generic phrases (各级工会, 基层工会, 乡镇工会, 工会组织), unresolvable 该…
  forms, facilities attached to a union (魏善庄镇总工会职工心灵驿站) and names followed by an
  app code (北京工会12351APP) are dropped. A company is not listed when its own union is (the
  union record stands for it); a union's 志愿服务队 also lists the union itself.

People
  A known surname (surnames.txt, compound ones included) plus one or two given-name
  characters, taken only when a role title (roles.txt) stands right before it or a speech
  verb (表示, 说, 指出, 介绍 …) right after it. Roles are the printed items of the title chain
  (怀柔区人大常委会副主任、区总工会主席周福刚 -> both items), their org parts resolved as
  above. A name with only a speech verb must follow punctuation, 据 or a closing quote, and
  must occur twice in the article or right after a quote.

Topics
  See the header of ``ghcli/data/topics.tsv`` for the file format and the decision rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from operator import itemgetter

from ghcli.datafiles import data_lines as _data_lines
from ghcli.gazetteer import BEIJING_DISTRICTS, DISTRICT_BY_SHORT
from ghcli.quantities import find_quantities

__all__ = [
    "find_quantities",
    "find_orgs",
    "find_people",
    "load_topics",
    "find_topics",
    "keywords",
]

# --- tuning constants ------------------------------------------------------------------------
# Longest organisation name, in characters before its suffix (北京市心启航公益服务中心 is 9;
# 通州商业资产运营集团有限公司 is 8 before 集团有限公司). Longer runs are clauses.
MAX_ORG_PREFIX = 24
# A full (not short-form) name needs at least this many characters before its suffix, so that
# 副中心, 该局 or a stray 区工会 are never names on their own.
MIN_ORG_PREFIX = 2
# A later mention that is the tail of an earlier name resolves to it (高新技术产业工会 ->
# 朝阳区高新技术产业工会) only when at least this long, so 工会 alone never does.
MIN_TAIL_CHARS = 4
# A title chain (怀柔区人大常委会副主任、区总工会主席) spans at most this many comma-separated
# segments (平谷区人大常委会党组副书记、副主任,区总工会主席付湘生 has two).
MAX_ROLE_SEGMENTS = 3
# Body hits a topic needs without a title hit or a strong trigger (see data/topics.tsv).
MIN_BODY_HITS = 2
# A title hit outweighs this many body hits when ranking an article's topics.
TITLE_WEIGHT = 3

# Short forms as printed in headlines and bodies (海淀工会, 大兴各级工会), plus 密云县/延庆县
# used before 2015.
_DISTRICT_BY_SHORT = DISTRICT_BY_SHORT | {"密云县": "密云区", "延庆县": "延庆区"}
# Any form of a district -> the district (one lookup for the short and the full forms).
_DISTRICT_OF = _DISTRICT_BY_SHORT | {d: d for d in BEIJING_DISTRICTS}
# Places that open a name: where a name starts when they follow a clause word the boundary
# list does not know (表扬丰台区总工会 -> 丰台区总工会).
NAME_OPENERS = ("北京市", "北京", "中华", "中国", "首都", "全国", "中关村")

_CJK = r"\u4e00-\u9fff"
# Organisation suffixes by kind. Each is a literal; longer ones are tried first.
UNION_SUFFIXES = ("工会联合会", "工会委员会", "总工会", "工会")
UNION_SUBUNITS = ("志愿服务队", "服务站")  # 昌平区总工会志愿服务队, 清河街道工会服务站
FACILITY_SUFFIXES = ("心灵驿站", "工会驿站", "暖心驿站", "职工之家", "户外劳动者服务站")
COMPANY_SUFFIXES = (
    "集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "热电厂",
)
# Bureaus by name: a bare 局 also ends 大局, 格局, 布局.
GOVERNMENT_SUFFIXES = (
    "人大常委会", "人大", "人民政府", "政府", "政协", "区委", "市委", "县委", "委员会", "办公室", "派出所",
    "文物局", "体育局", "教育局", "公安局", "财政局", "民政局", "商务局", "税务局", "审计局", "统计局",
    "司法局", "水务局", "文旅局", "文化和旅游局", "人社局", "人力资源和社会保障局", "园林绿化局",
    "生态环境局", "农业农村局", "应急管理局", "市场监督管理局", "市场监管局", "退役军人事务局",
    "管理局", "总局", "分局",
)
OTHER_SUFFIXES = (
    "研究中心", "服务中心", "管理中心", "培训中心", "活动中心", "文化中心", "指导中心", "咨询中心",
    "幼儿园", "医院", "工人文化宫", "文化宫", "俱乐部", "研究院", "设计院", "事务所", "协会", "基金会",
    "促进会", "联合会", "妇联", "残联", "团委",
)
TEAM_SUFFIX = "志愿服务队"
# Central state-owned builders named by a short form and a numbered bureau (中建二局): companies.
SOE_SHORT_FORMS = ("中建", "中铁", "中交", "中冶", "中核", "中电建", "中能建")
_SOE = rf"(?:{'|'.join(SOE_SHORT_FORMS)})[一二三四五六七八九十\d]{{1,3}}局"


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


_UNION = _alternation(UNION_SUFFIXES)
_UNION_SUB = _alternation(UNION_SUBUNITS)
_COMPANY, _GOVERNMENT, _OTHER = map(_alternation, (COMPANY_SUFFIXES, GOVERNMENT_SUFFIXES, OTHER_SUFFIXES))
# Every suffix starts with one of these: the lookahead lets the scan skip other characters fast.
_SUFFIX_FIRST = "".join(sorted({w[0] for w in (
    *UNION_SUFFIXES, *FACILITY_SUFFIXES, *COMPANY_SUFFIXES, *GOVERNMENT_SUFFIXES, *OTHER_SUFFIXES,
    TEAM_SUFFIX, "中")}))
ORG_SUFFIX_RE = re.compile(
    rf"(?=[{_SUFFIX_FIRST}])(?:"
    rf"(?P<soe>{_SOE})(?P<soe_union>{_UNION})?"
    rf"|(?P<union>{_UNION})(?P<sub>{_UNION_SUB})?"
    rf"|(?P<facility>{_alternation(FACILITY_SUFFIXES)})"
    rf"|(?P<company>{_COMPANY})(?P<company_union>{_UNION})?"
    rf"|(?P<government>{_GOVERNMENT})(?P<government_union>{_UNION})?"
    rf"|(?P<other>{_OTHER})(?P<other_union>{_UNION})?"
    rf"|(?P<team>{TEAM_SUFFIX}))"
)
# Every ORG_SUFFIX_RE match starts with one of these words: the extract stage finds them with
# its combined automaton and tries the pattern only there (see ``matches_at``).
ORG_ANCHORS = (*SOE_SHORT_FORMS, *UNION_SUFFIXES, *FACILITY_SUFFIXES, *COMPANY_SUFFIXES,
               *GOVERNMENT_SUFFIXES, *OTHER_SUFFIXES, TEAM_SUFFIX)
_ORG_TAIL_RE = re.compile(rf"(?:{_SOE}|{_UNION}{_UNION_SUB}?|{_COMPANY}|{_GOVERNMENT}|{_OTHER})$")
# Words after which an organisation name starts: time words, verbs, prepositions, descriptors.
BOUNDARY_WORDS = (
    "日前", "近日", "近期", "近年来", "多年来", "目前", "今年", "去年", "昨天", "今天", "今日", "连日来", "此外", "同时",
    "随后", "其中", "据悉", "据了解", "了解到", "获悉", "记者", "本报讯", "邀请", "组织", "联合",
    "举办", "主办", "承办", "协办", "开展", "来到", "走进", "走访", "慰问", "看望", "前往", "依托",
    "通过", "包括", "来自", "爱心企业", "爱心单位", "辖区企业", "一行", "带队", "率队", "以及",
    "针对", "关于", "根据", "按照", "作为", "成为", "位于", "属于", "签订", "捐赠", "捐助", "发起",
    "携手", "会同", "共同", "分别", "先后", "召开", "表彰", "授予", "荣获", "获得", "得到", "受到",
    "支持", "指导", "帮助", "助力", "推动", "聘请", "聘任", "委托", "牵头", "发挥", "参加", "参与",
    "出席", "使用", "用于", "组成", "多亏", "表扬", "写信给", "融入", "充实到", "改造",
    "在", "向", "由", "与", "和", "及", "从", "到", "赴", "为", "对", "把", "将", "被", "给",
    "让", "是", "的", "了", "也", "还", "等", "以", "据",
)
_BOUNDARY_RE = re.compile("|".join(sorted(BOUNDARY_WORDS, key=len, reverse=True)))
# A one-character clause word right after one of these is part of a place name (朝阳区和平街),
# except the particles that never occur in names (石楼镇的工会工作).
_PLACE_LEVEL_CHARS = frozenset("区县市镇乡省州")
_NEVER_IN_NAMES = frozenset("的了是")
# What opens a new name after a one-character conjunction (海淀区和北京市总工会, 社区和街道总工会).
_NEW_NAME_OPENERS = (*NAME_OPENERS, *BEIJING_DISTRICTS, *_DISTRICT_BY_SHORT, "街道", "社区", "乡镇", "村")
# One administrative place at the start of a string: 北京市, 玉树州, 杂多县, 和平街街道.
_PLACE_RE = re.compile(rf"[{_CJK}]{{1,6}}?(?:自治区|自治州|省|市|州|盟|地区|县|区|旗|镇|乡|街道)")
_TOWN_LEVELS = ("街道", "镇", "乡", "地区")
# Names made of these alone, or containing these markers, are categories, not bodies.
GENERIC_CORES = frozenset({
    "乡镇", "街道", "社区", "企业", "行业", "产业", "机关", "楼宇", "单位", "公司", "集团", "职工",
    "会员", "本级", "上级", "全区", "全市", "区域", "村", "非公企业", "女职工", "工会", "党和",
})
GENERIC_MARKERS = re.compile(r"各(?!庄)|基层|所属|下属|相关|有关|广大|们|级$|全国各|多家|多个|一家|这些")
_LEVEL_PREFIXES = frozenset({"街道", "区", "市", "县", "镇", "乡"})
# Before a bare 工会 a name shows it is one: a place level or an institution word somewhere in
# it (清河街道工会, 朝阳区高新技术产业工会, 某某学校工会); 传递工会, 立足工会 are clauses.
_NAMED_UNION_CORE = re.compile(r"[区县市镇乡省州村]|街道|社区|[校院园厂站所馆宫店行]$|中心$")
# After an org: product names and codes (北京工会12351APP) mean the org is part of a name.
_CODE_AFTER = re.compile(r"\d*[A-Za-z]")
# 工会 that is really the end of another word: 职工会员 (职工+会员), 员工会议 (员工+会议), i.e.
# one of _NOT_UNION_BEFORE, 工会, then 员 or 议; and 工会界 (the union sector of a congress,
# 政协工会界别). Checked character by character: it runs for every suffix.
_NOT_UNION_BEFORE = frozenset("职员务施民技义女社")
_NOT_UNION_NEXT = frozenset("员议界")

# The characters a name is made of, back from its suffix (punctuation, digits, Latin end it).
# Matched forward on the reversed window before the suffix: one linear scan, where searching
# for the run that ends the window tries every start position in turn.
_NAME_RUN = re.compile(rf"[{_CJK}]*")
_DELIMS = frozenset(" \t\n\r\u3000,，。.;；:：!！?？、()（）《》<>〈〉“”\"'‘’「」『』[]【】—-…/|·")
SPEECH_VERBS = ("表示", "说", "指出", "介绍", "强调", "认为", "告诉记者", "对记者说", "一行", "带队", "率队")
# Longest role segment read back from a name (区人大常委会副主任、区总工会主席 is 16): a bound
# that keeps text without delimiters from being read back over and over.
MAX_SEGMENT_CHARS = 80
# A run of characters without delimiters but 、 (a role segment, read backwards).
_SEGMENT_RUN = re.compile("[^" + "".join(re.escape(c) for c in sorted(_DELIMS - {"、"})) + "]*")
# Lengths of a name: a one- or two-character surname and a one- or two-character given name.
NAME_LENGTHS = (2, 3, 4)
# Words that may follow a name introduced by a title (周福刚一行, 王红兵,, 甘靖中出席).
FOLLOW_WORDS = SPEECH_VERBS + (
    "带领", "在", "对", "等", "同志", "出席", "主持", "致辞", "讲话", "发出", "参加", "来到", "走进",
    "深入", "前往", "赴", "到", "为", "向", "与", "和", "也", "还", "则", "就", "先后", "代表",
    "宣布", "宣读", "颁发", "作", "做", "提出", "希望", "要求", "寄语", "详细", "一同", "陪同",
    "看望", "慰问", "走访", "的", "回答", "谈到", "透露", "坦言", "感慨",
)
# Never names even with a surname and a speech verb (阳光, 惠泽 and the like).
NOT_NAMES = frozenset({
    "幸福感", "阳光", "惠泽", "相关", "负责人", "职工们", "大家", "记者", "工会主席", "文章", "党员",
    "国家", "明确", "高兴", "全体", "全国", "安全", "平安", "常委", "金牌", "关于", "成员", "群众",
    "师傅", "老师", "代表", "万分", "石头", "华为", "许多", "周边", "周末", "方面", "文件", "通知",
    "章程", "史上", "单位", "江山", "龙头", "高度", "向记者", "华北", "东方", "宁愿",
})
# Characters that end or break a given name: particles, pronouns, verbs of speech.
_BAD_GIVEN = frozenset("的地得了们着过是在和与及也都还就又再很最更均皆亦之其这那他她我你说表指介强认告对向为将把被给让从到赴于以里区镇市县省局委党")


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]):
    """``pattern.finditer(text)`` when every match can only start at one of ``starts`` (sorted
    ascending): the pattern is tried at those positions alone, left to right, skipping those
    inside the previous match. ``pattern`` must not match the empty string."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m:
                end = m.end()
                yield m


def anchor_starts(words: Iterable[str]) -> tuple[str, ...]:
    """The words of ``words`` that no other of them begins: where those occur, every word of
    ``words`` that occurs starts (工会 stands for 工会联合会 too), with fewer automaton hits."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(w != v and w.startswith(v) for v in words)))


def role_titles() -> tuple[str, ...]:
    """The role titles of ``roles.txt`` (a titled name starts with one)."""
    return _data_lines("roles.txt")


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    return frozenset(s for s in _data_lines("surnames.txt") if len(s) > 1)


@lru_cache(maxsize=1)
def _people_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(title + name, name + speech verb, title ending a role item)."""
    compound = "|".join(_compound_surnames())
    single = "".join(s for s in _data_lines("surnames.txt") if len(s) == 1)
    surname = rf"(?:{compound}|[{single}])"
    titles = "|".join(sorted(_data_lines("roles.txt"), key=len, reverse=True))
    speech = "|".join(SPEECH_VERBS)
    return (
        re.compile(rf"(?:{titles})(?P<name>{surname}[{_CJK}]{{1,2}})"),
        re.compile(rf"(?=[{single}{''.join({c[0] for c in _compound_surnames()})}])"
                   rf"(?P<name>{surname}[{_CJK}]{{1,2}}?)(?={speech})"),
        re.compile(rf"(?:{titles})$"),
    )


# What stands right before or after a person's name and never around a place: role titles
# and descriptors before it (主席王大兴, 全国技术能手王朝阳), verbs of speech and a few others
# after it (王朝阳说, 王大兴当选, 王朝阳被评为).
_PERSON_BEFORE = ("劳动模范", "劳模", "能手", "工匠", "师傅", "老师", "技师", "班长", "队长", "同志", "代表",
                  "院士", "教授", "校长", "医生", "职工", "员", "岁的",  # (34岁的王朝阳)
                  # trades (焊工张镇涛)
                  "焊工", "电工", "钳工", "车工", "木工", "瓦工", "管工", "技工", "矿工", "架子工", "环卫工", "农民工",
                  "司机", "护士", "厨师", "骑手", "小哥")
_PERSON_AFTER = ("表示", "说", "介绍", "指出", "强调", "认为", "告诉", "坦言", "感慨", "当选", "从事", "带领",
                 "宣读", "出席", "主持", "致辞", "讲话", "同志", "一行", "为", "被评为", "获评")


_PREPOSITIONS = frozenset("于向自从在对为由以经往")


@lru_cache(maxsize=1)
def _person_context() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """(single-character surnames, words ending right before a name, words right after one)."""
    # 于 and 向 are surnames, but before a place they are prepositions (职工于大兴参加比赛).
    single = frozenset(s for s in _data_lines("surnames.txt") if len(s) == 1) - _PREPOSITIONS
    before = sorted({*_data_lines("roles.txt"), *_PERSON_BEFORE}, key=len, reverse=True)
    return (single, re.compile("(?:" + "|".join(before) + ")$"),
            re.compile("|".join(sorted(_PERSON_AFTER, key=len, reverse=True))))


def surname_chars() -> frozenset[str]:
    """The single-character surnames of ``surnames.txt``."""
    return _person_context()[0]


def person_names_at(text: str, spans: Iterable[tuple[int, int]]) -> set[str]:
    """The person names among two-character place names read in ``text`` at ``spans``: 王朝阳
    (a surname before 朝阳), each shown to be a name by a role title before it or a verb of
    speech after it somewhere in the text; 张镇华 (张镇 and one more character) by a title."""
    single, before_re, after_re = _person_context()
    candidates: dict[str, bool] = {}  # name -> a verb after it is evidence enough
    for start, end in spans:
        if end - start != 2:  # 朝阳, 大兴: a given name; never 大兴区
            continue
        if start and text[start - 1] in single:
            candidates[text[start - 1:end]] = True
        if text[start] in single and end < len(text) and "\u4e00" <= text[end] <= "\u9fff":
            # 张镇华: only after a title (丰台站是…, 张镇今年… are places)
            candidates.setdefault(text[start:end + 1], False)
    names = set()
    for name, verb_after in candidates.items():
        at = text.find(name)
        while at != -1:
            if before_re.search(text, max(0, at - 6), at) or verb_after and after_re.match(text, at + len(name)):
                names.add(name)
                break
            at = text.find(name, at + 1)
    return names


_START, _END = itemgetter(0), itemgetter(1)
_FOLLOW_RE = re.compile("|".join(sorted(FOLLOW_WORDS, key=len, reverse=True)))


# --- organisations ---------------------------------------------------------------------------

class _OrgScan:
    """One left-to-right pass over an article: every accepted organisation mention, resolved."""

    def __init__(self, text: str, district: str | None, towns: Iterable[str],
                 starts: Iterable[int] | None = None):
        self.text = text
        self.district = district
        towns = [t for t in dict.fromkeys(towns) if t]
        self.towns = towns
        # Places that protect a name besides those every name search knows (_place_spans): the
        # article's towns, and its district when that is not one of the sixteen.
        self.extra_places = tuple(towns) + ((district,) if district and district not in _DISTRICT_OF else ())
        self.found_cores: dict[str, None] = {}  # cores of names accepted so far (和平街街道)
        self.names: dict[str, None] = {}  # resolved names so far, in order
        self.mentions: list[dict] = []  # {"start", "end", "form", "name", "kind"}
        self._suffix_ends: list[int] = []
        # The text reversed once, so that the name run before each suffix is one forward
        # match in it (see ``_consider``) without slicing and reversing a window per suffix.
        self._reversed = text[::-1]
        # ``starts``: where an ORG_ANCHORS word begins, when the caller already knows.
        consider, suffix_ends = self._consider, self._suffix_ends
        if starts is None:
            for m in ORG_SUFFIX_RE.finditer(text):
                consider(m)
                suffix_ends.append(m.end())
            return
        # ``matches_at(ORG_SUFFIX_RE, text, starts)`` written out: this loop runs for every
        # anchor of every article, and a generator adds a frame switch per anchor.
        match, end = ORG_SUFFIX_RE.match, 0
        for start in starts:
            if start >= end:
                m = match(text, start)
                if m:
                    end = m.end()
                    consider(m)
                    suffix_ends.append(end)

    @cached_property
    def town_mentions(self) -> list[tuple[int, str]]:
        """Where each town is mentioned, for 该镇 resolution (only a few articles need it):
        the non-overlapping occurrences of each name, found left to right with ``str.find``."""
        text, found = self.text, []
        for town in self.towns:  # never empty (see __init__)
            i = text.find(town)
            while i != -1:
                found.append((i, town))
                i = text.find(town, i + len(town))
        found.sort()
        return found

    # -- accept, classify, resolve --
    def _consider(self, m: re.Match) -> None:
        # Runs for every organisation suffix of every article: written out in one function.
        text = self.text
        # Cheapest rejections first; the kind only for accepted mentions (all checks are pure).
        # ``m.lastgroup`` names the suffix's kind (ORG_SUFFIX_RE's last group that matched).
        m_start, m_end = m.span()
        last = m.lastgroup
        soe = last == "soe" or last == "soe_union"
        if not soe and (m_start == 0 or text[m_start - 1] in _DELIMS):
            return  # nothing before the suffix: 、工会主席, (工会)
        after = text[m_end:m_end + 1]
        # _CODE_AFTER starts with a digit or a Latin letter (most suffixes are followed by text).
        if after and (after.isdecimal() or after.isascii() and after.isalpha()) and _CODE_AFTER.match(text, m_end):
            return
        # 职工会员, 员工会议, 工会界: a 工会 ending the suffix that is no union.
        if after in _NOT_UNION_NEXT and text.endswith("工会", 0, m_end) and (
                after == "界" or m_end >= 3 and text[m_end - 3] in _NOT_UNION_BEFORE):
            return

        # The name left of the suffix: the run of name characters (MAX_ORG_PREFIX at most),
        # read forwards in the reversed text.
        back = len(text) - m_start
        left = m_start - _NAME_RUN.match(self._reversed, back, back + MAX_ORG_PREFIX).end() + back
        # two names side by side (北京市怀柔区总工会青海省玉树州杂多县总工会, 石景山区委区政府)
        for end in reversed(self._suffix_ends):
            if end <= left:
                break
            if end < m_start and (_PLACE_RE.match(text, end, m_start) or text[end:m_start] in _LEVEL_PREFIXES):
                left = end
                break
        prefix = text[left:m_start]
        if len(prefix) < 2:  # 区总工会, 市总工会: no place or earlier name (2+ characters) fits
            start = left + _name_cut(prefix, (), ())
        else:
            # Only the article's places that occur in this prefix can match in it: keying the
            # compiled pattern on those (usually none or one) keeps the cache small.
            extra, cores = self.extra_places, self.found_cores
            present = tuple([p for p in extra if p in prefix]) if extra else ()
            found = tuple([(i, i + len(core)) for core in cores
                           if (i := prefix.find(core)) != -1]) if cores else ()
            start = left + _name_cut(prefix, present, found)

        core, form = text[start:m_start], text[start:m_end]
        if last == "facility" and not (core.endswith(("社区", "村", "镇", "街道", "乡", "园区", "楼宇"))
                                       and "工会" not in core and not core.startswith("该")):
            return
        suffix = text[m_start:m_end]
        name = self._resolve(core, form, suffix, m, last, soe, start)
        if name is None:
            return
        kind = _KIND_BY_GROUP[last] or ("union" if "工会" in core or "职工" in core else "other")
        self.mentions.append({"start": start, "end": m_end, "form": form, "name": name, "kind": kind})
        self.names[name] = None
        if name.endswith(suffix) and len(name) - len(suffix) >= MIN_ORG_PREFIX:
            self.found_cores[name[: -len(suffix)]] = None  # 和平街街道 stays whole later on
        if last == "sub" and (sub := m["sub"]) == "志愿服务队":
            self.mentions.append({"start": start, "end": m_end - len(sub), "form": form[: -len(sub)],
                                  "name": name[: -len(sub)], "kind": "union"})

    def _resolve(self, core: str, form: str, suffix: str, m: re.Match, last: str, soe: bool,
                 pos: int) -> str | None:
        if core.startswith("该"):
            return self._refer(form[1:], pos)
        if core == "":
            return suffix if soe else None  # 中建二局 is a whole name; 工会 alone is not
        if core in _LEVEL_PREFIXES:
            return self._refer(form, pos)
        if core.startswith("区") and not core.startswith("区域") and self.district:
            return self.district + form[1:]  # 区城市管理委员会, 区职工子女服务协会
        if core in GENERIC_CORES or GENERIC_MARKERS.search(core):
            return None
        district = _DISTRICT_OF.get(core)
        if district and last == "union":  # a union suffix without a sub-unit
            return district + "总工会"
        if (last == "union" or last == "sub") and m["union"] == "工会" and not _NAMED_UNION_CORE.search(core):
            return None
        if len(form) >= MIN_TAIL_CHARS:
            for earlier in reversed(self.names):
                if earlier.endswith(form) and earlier != form:
                    return earlier
        if len(core) < MIN_ORG_PREFIX:
            return None
        return _local_name(form, suffix)

    def _refer(self, rest: str, pos: int) -> str | None:
        """该镇总工会 / 区总工会 / 该公司工会 -> the full name it stands for, or None."""
        if rest.startswith("区") and self.district:
            return self.district + rest[1:]
        best_pos, best = -1, None
        for earlier in reversed(self.mentions):  # the latest such mention
            if earlier["start"] < pos and earlier["name"].endswith(rest) and earlier["name"] != rest:
                best_pos, best = earlier["start"], earlier["name"]
                break
        level = next((lv for lv in _TOWN_LEVELS if rest.startswith(lv)), None)
        if level:
            for town_pos, town in self.town_mentions:  # sorted by position
                if town_pos >= pos:
                    break
                if best_pos < town_pos and town.endswith(level):
                    best_pos, best = town_pos, town + rest[len(level):]
        if best is None and rest.startswith("市"):
            return "北京" + rest
        return best


def scan_orgs(text: str, district: str | None = None, towns: Iterable[str] = (),
              starts: Iterable[int] | None = None) -> tuple[dict, ...]:
    """Organisation mentions of one text, ``{"start", "end", "form", "name", "kind"}`` in
    order (read-only): one scan serves ``orgs_from_mentions`` and ``people_in``.

    ``starts`` are the sorted positions where an ``ORG_ANCHORS`` word begins in ``text``, when
    the caller has found them already (the extract stage's combined automaton).
    """
    if starts is not None:
        return tuple(_OrgScan(text, district, tuple(towns), starts).mentions)
    return _scan(text, district, tuple(towns))


@lru_cache(maxsize=4)
def _scan(text: str, district: str | None, towns: tuple[str, ...]) -> tuple[dict, ...]:
    """Organisation mentions of one article, shared by find_orgs and find_people (read-only)."""
    return tuple(_OrgScan(text, district, towns).mentions)


# Distinct prefixes before a suffix are few (区, 市, 该镇, the district names, a corpus's
# recurring company and union names): one issue of a union paper repeats most of them.
_NAME_CUT_CACHE = 4096


@lru_cache(maxsize=_NAME_CUT_CACHE)
def _name_cut(prefix: str, places: tuple[str, ...], found: tuple[tuple[int, int], ...]) -> int:
    """Where a name starts in ``prefix`` (the run before its suffix): after the last clause
    word, or at a known place that follows it. ``places`` are the article's places present in
    ``prefix``; ``found`` the spans of names already accepted in the article, which like known
    places protect the characters inside them."""
    protected = _place_spans(prefix, places)
    protected += found
    cut = 0
    for b in _BOUNDARY_RE.finditer(prefix):
        b_start, b_end = b.span()
        if protected and any(s <= b_start and b_end <= e for s, e in protected):
            continue
        if b_end - b_start == 1 and b.group() not in _NEVER_IN_NAMES and b_start > 0 \
                and prefix[b_start - 1] in _PLACE_LEVEL_CHARS and not prefix.startswith(_NEW_NAME_OPENERS, b_end):
            continue  # 朝阳区和平街: the character opens the next place (not so 海淀区和北京市, 社区和街道)
        cut = b_end
    if protected:  # a known place after the last clause word opens the name
        opener = min((s for s, _e in protected if s >= cut), default=cut) - cut
        if opener > 0 and not _ORG_TAIL_RE.search(prefix, cut, cut + opener):
            cut += opener
    return cut


@lru_cache(maxsize=1)
def _opener_places() -> dict[str, tuple[str, ...]]:
    """The places every name search knows (districts, their short forms, NAME_OPENERS), by
    first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for name in sorted(set(BEIJING_DISTRICTS) | set(_DISTRICT_BY_SHORT) | set(NAME_OPENERS), key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    return {c: tuple(names) for c, names in by_first.items()}


def _place_spans(prefix: str, extra: tuple[str, ...]) -> list[tuple[int, int]]:
    """Known places in ``prefix`` (those every name search knows, and ``extra``), left to right
    without overlap, the longest at each position: they protect the characters inside them and
    may open a name. A scan by first character: building a pattern per set of extra places
    would cost more than the scan."""
    known, spans, i, n = _opener_places(), [], 0, len(prefix)
    while i < n:
        best = 0
        for name in known.get(prefix[i], ()):
            if prefix.startswith(name, i):
                best = len(name)
                break
        for name in extra:
            if len(name) > best and prefix.startswith(name, i):
                best = len(name)
        if best:
            spans.append((i, i + best))
            i += best
        else:
            i += 1
    return spans


# Kind of an organisation by ORG_SUFFIX_RE's last matched group (a team's depends on its name).
_KIND_BY_GROUP = {
    "soe": "company", "soe_union": "union", "union": "union", "sub": "union", "facility": "union",
    "company": "company", "company_union": "union", "government": "government",
    "government_union": "union", "other": "other", "other_union": "union", "team": None,
}


@lru_cache(maxsize=_NAME_CUT_CACHE)  # the same names recur as often as their prefixes
def _local_name(form: str, suffix: str) -> str:
    """Drop leading higher-level places while a lower place follows: 北京市怀柔区总工会 -> 怀柔区总工会."""
    name = form
    while True:
        first = _PLACE_RE.match(name)
        if not first or len(name) - first.end() <= len(suffix):
            return name
        if not _PLACE_RE.match(name, first.end(), len(name) - len(suffix)):
            return name
        name = name[first.end():]


def find_orgs(text: str, *, district: str | None = None, towns: Iterable[str] = ()) -> list[dict]:
    """Organisations named in ``text``: ``[{"name", "form", "kind"}]``, union bodies first.

    ``district`` is the Beijing district the article is about (resolves 区总工会); ``towns`` are
    town names mentioned in it (resolve 该镇总工会 and protect names like 和平街街道).
    """
    return orgs_from_mentions(_scan(text, district, tuple(towns)))


def orgs_from_mentions(mentions: Iterable[dict]) -> list[dict]:
    """``find_orgs`` from the mentions of one scan (``scan_orgs``)."""
    found: dict[str, dict] = {}
    for mention in mentions:
        name = mention["name"]
        if name not in found:
            found[name] = {"name": name, "form": mention["form"], "kind": mention["kind"]}
    union_names = {name for name, org in found.items() if org["kind"] == "union"}
    orgs = [
        org for org in found.values()
        if not (org["kind"] == "company" and any(u.startswith(org["name"] + "工会") for u in union_names))
    ]
    return sorted(orgs, key=lambda org: org["kind"] != "union")


# --- people ----------------------------------------------------------------------------------

def find_people(text: str, *, district: str | None = None, exclude: Iterable[str] = frozenset(),
                towns: Iterable[str] = ()) -> list[dict]:
    """Named people: ``[{"name", "roles", "orgs"}]`` in order of first mention.

    ``exclude`` holds names never to report (the reporters from the byline); ``district`` and
    ``towns`` resolve the org part of a role as in ``find_orgs`` (区总工会主席 -> 怀柔区总工会).
    """
    return people_in(text, _scan(text, district, tuple(towns)), exclude=exclude)


def people_in(text: str, mentions: Iterable[dict], offset: int = 0,
              exclude: Iterable[str] = frozenset(), title_starts: Iterable[int] | None = None,
              speech_starts: Iterable[int] | None = None) -> list[dict]:
    """``find_people`` with the org mentions of a scan (``scan_orgs``) of a text that holds
    ``text`` at ``offset`` (the article body after its headline).

    ``title_starts`` and ``speech_starts``, when given, are the sorted positions in ``text``
    where a role title and a speech verb begin (found by the caller's automaton).
    """
    if title_starts is not None and speech_starts is not None and not title_starts and not speech_starts:
        return []  # no role title and no speech verb: no one is named
    titled, speaking, title_tail = _people_patterns()
    if title_starts is None:
        titled_matches = titled.finditer(text)
    else:
        titled_matches = matches_at(titled, text, title_starts)
    if speech_starts is None:
        speaking_matches = speaking.finditer(text)
    else:  # a name is two to four characters before its verb
        starts = sorted({s - n for s in speech_starts for n in NAME_LENGTHS if s >= n})
        speaking_matches = matches_at(speaking, text, starts)
    exclude = set(exclude)
    people: dict[str, dict] = {}

    def add(name: str, roles: list[str], orgs: list[str]) -> None:
        if name in exclude or name in NOT_NAMES:
            return
        person = people.setdefault(name, {"name": name, "roles": [], "orgs": []})
        person["roles"] += [r for r in roles if r not in person["roles"]]
        person["orgs"] += [o for o in orgs if o not in person["orgs"]]

    org_at_end = None
    for m in titled_matches:
        name = _titled_name(text, m.start("name"), m["name"])
        if name is None:
            continue
        if org_at_end is None:
            org_at_end = {mention["end"] - offset: mention["name"] for mention in mentions}
            reversed_text = text[::-1]
        roles, orgs = _role_chain(text, m.start("name"), title_tail, org_at_end, reversed_text)
        if roles:
            add(name, roles, orgs)
    for m in speaking_matches:
        name, start = m["name"], m.start()
        before = text[start - 1] if start else "\n"
        quoted = before in "”\""
        if not (before in _DELIMS or before == "据"):
            continue
        surname_len = 2 if name[:2] in _compound_surnames() else 1
        if not (quoted or before == "据" or text.count(name) >= 2) \
                or not _plausible_given(name, surname_len):
            continue
        add(name, [], [])
    return list(people.values())


def _titled_name(text: str, start: int, candidate: str) -> str | None:
    """Where a name after a title ends: 周福刚|一行, 王冰|表示, 王红兵|, (2 or 3 characters)."""
    surname_len = 2 if candidate[:2] in _compound_surnames() else 1
    short_end = start + surname_len + 1
    long_end = short_end + 1
    if _FOLLOW_RE.match(text, short_end):
        name = text[start:short_end]
    elif long_end <= start + len(candidate) and (
        long_end == len(text) or text[long_end] in _DELIMS or _FOLLOW_RE.match(text, long_end)
    ):
        name = text[start:long_end]
    elif short_end == len(text) or text[short_end] in _DELIMS:
        name = text[start:short_end]
    else:
        return None
    return name if _plausible_given(name, surname_len) else None


def _plausible_given(name: str, surname_len: int) -> bool:
    if name in NOT_NAMES:
        return False
    return all(ch not in _BAD_GIVEN for ch in name[surname_len:])


def _role_chain(text: str, name_start: int, title_tail: re.Pattern,
                org_at_end: dict[int, str], reversed_text: str) -> tuple[list[str], list[str]]:
    """Printed role items before a name (怀柔区人大常委会副主任、区总工会主席) and their orgs.
    ``reversed_text`` is ``text[::-1]``."""
    items: list[tuple[int, str]] = []  # (absolute start, item)
    end = name_start
    n = len(text)
    for _ in range(MAX_ROLE_SEGMENTS):
        # back from ``end`` over everything but delimiters (、 separates items, not segments)
        start = end - (_SEGMENT_RUN.match(reversed_text, n - end, n - end + MAX_SEGMENT_CHARS).end() - (n - end))
        segment, seg_items, pos = text[start:end], [], start
        for part in segment.split("、"):
            seg_items.append((pos, part))
            pos += len(part) + 1
        valid = []
        for item_start, item in reversed(seg_items):
            if not title_tail.search(item):
                break
            valid.append((item_start, item))
        valid.reverse()
        if not valid:
            break
        items = valid + items
        if len(valid) < len(seg_items) or start == 0 or text[start - 1] not in ",，":
            break
        end = start - 1
    if not items:
        return [], []
    first_start, first = items[0]
    cut = 0
    for b in _BOUNDARY_RE.finditer(first):
        if not title_tail.match(first, b.start()):  # never cut inside the title itself
            cut = b.end()
    items[0] = (first_start + cut, first[cut:])
    roles, orgs = [], []
    for item_start, item in items:
        if not item:
            continue
        roles.append(item)
        tail = title_tail.search(item)
        org = org_at_end.get(item_start + tail.start()) if tail else None
        if org and org not in orgs:
            orgs.append(org)
    return roles, orgs


# --- topics ----------------------------------------------------------------------------------

def load_topics(path: str | None = None) -> dict[str, list[str]]:
    """The topic lexicon: topic -> trigger words (``*`` marks a strong trigger).

    ``path`` names a user file in the same format (see ``ghcli/data/topics.tsv``); its triggers
    are added to a topic of the same name, and its new topics are added.
    """
    lexicon = {topic: list(triggers) for topic, triggers in _builtin_topics()}
    if path is not None:
        for topic, triggers in _user_topics(str(path)):
            known = lexicon.setdefault(topic, [])
            known += [t for t in triggers if t not in known]
    return lexicon


@lru_cache(maxsize=1)
def _builtin_topics() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return _parse_topics(_data_lines("topics.tsv"))


@lru_cache(maxsize=8)
def _user_topics(path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    with open(path, encoding="utf-8") as fh:
        return _parse_topics(fh.read().splitlines())


def _parse_topics(lines: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    topics = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        topic, _, triggers = line.partition("\t")
        words = tuple(w for t in re.split(r"[,，]", triggers) if (w := t.strip()))
        if topic.strip() and words:
            topics.append((topic.strip(), words))
    return tuple(topics)


def _freeze(lexicon: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((topic, tuple(triggers)) for topic, triggers in lexicon.items())


@lru_cache(maxsize=8)
def _topic_automaton(lexicon: tuple[tuple[str, tuple[str, ...]], ...]):
    from ghcli.gazetteer import Automaton

    return Automaton(_topic_items(lexicon))


@lru_cache(maxsize=8)
def _topic_items(lexicon: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, tuple], ...]:
    """``(word, ((order, topic, strong), ...))`` for every trigger word of a lexicon."""
    owners: dict[str, dict[tuple[int, str], bool]] = {}  # word -> {(order, topic): strong}
    for order, (topic, triggers) in enumerate(lexicon):
        for trigger in triggers:
            word = trigger.lstrip("*")
            if word:
                topics = owners.setdefault(word, {})
                topics[order, topic] = topics.get((order, topic), False) or trigger.startswith("*")
    return tuple((word, tuple((order, topic, strong) for (order, topic), strong in topics.items()))
                 for word, topics in owners.items())


@lru_cache(maxsize=8)
def _file_topic_automaton(path: str | None):
    """The automaton of ``load_topics(path)``, built once per process."""
    return _topic_automaton(_freeze(load_topics(path)))


def find_topics(title: str | None, text: str, lexicon: dict | None = None) -> list[str]:
    """Activity types of an article, most salient first (rule in ``ghcli/data/topics.tsv``)."""
    frozen = _builtin_topics() if lexicon is None else _freeze(lexicon)
    return _match_topics(_topic_automaton(frozen), title, text)


def topics_in(title: str | None, text: str, topics_file: str | None = None) -> list[str]:
    """``find_topics(title, text, load_topics(topics_file))``, the lexicon compiled once."""
    return _match_topics(_file_topic_automaton(topics_file), title, text)


def topic_owners(path: str | None = None) -> tuple[tuple[str, tuple], ...]:
    """``(trigger word, owners)`` of ``load_topics(path)``: the topic items of the extract
    stage's combined automaton, whose hits go to ``topics_from_hits``."""
    return _topic_items(_freeze(load_topics(path)))


def _match_topics(automaton, title: str | None, text: str) -> list[str]:
    title = title or ""
    # Headline and body in one pass (no trigger holds a line break).
    return topics_from_hits(automaton.hits(f"{title}\n{text}"), len(title))


def topics_from_hits(hits: Iterable[tuple[int, int, tuple]], title_end: int) -> list[str]:
    """Topics from trigger hits ``(start, end, owners)`` of a text whose headline ends at
    ``title_end`` (hits in any order; leftmost-longest ones count)."""
    hits = sorted(hits, key=_END, reverse=True)
    hits.sort(key=_START)  # by start, the longest first (the sort is stable)
    # Topics by their order in the lexicon (unique): int keys hash faster than (order, topic).
    title_hits: dict[int, int] = {}
    body_hits: dict[int, int] = {}
    strong_hit: set[int] = set()
    names: dict[int, str] = {}
    pos = 0
    for start, end, owners in hits:
        if start < pos:
            continue
        pos = end
        if start < title_end:
            for order, topic, _strong in owners:
                title_hits[order] = title_hits.get(order, 0) + 1
                names[order] = topic
        else:
            for order, topic, strong in owners:
                body_hits[order] = body_hits.get(order, 0) + 1
                names[order] = topic
                if strong:
                    strong_hit.add(order)
    chosen = [order for order in names
              if order in title_hits or order in strong_hit or body_hits.get(order, 0) >= MIN_BODY_HITS]
    chosen.sort(key=lambda o: (-(TITLE_WEIGHT * title_hits.get(o, 0) + body_hits.get(o, 0)), o))
    return [names[order] for order in chosen]


# --- keywords --------------------------------------------------------------------------------

# Words too common in union news to say anything about one article.
KEYWORD_STOPWORDS = frozenset({
    "活动", "工作", "职工", "工会", "开展", "进一步", "表示", "近日", "日前", "通过", "组织", "广大",
    "相关", "负责人", "本报讯", "记者", "举办", "积极", "参加", "此次", "以及", "同时", "据了解",
    "了解", "提升", "加强", "推动", "服务", "关爱", "持续", "不断", "充分", "发挥", "作用", "大家",
    "他们", "我们", "今后", "下一步", "期间", "现场", "深入", "更加", "各级", "基层", "全区", "全市",
    "单位", "企业", "群众", "工作者", "职工们", "参与", "帮助", "能力", "实际", "需求", "方式",
})


@lru_cache(maxsize=1)
def _keyword_extractor():
    import logging

    import jieba
    import jieba.analyse

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # private dictionary: the process-wide jieba is left alone
    for line in _data_lines("userdict.txt"):
        word, *rest = line.split()
        freq = int(rest[0]) if rest and rest[0].isdigit() else None
        tag = rest[-1] if rest and not rest[-1].isdigit() else None
        tokenizer.add_word(word, freq, tag)
    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = tokenizer
    extractor.stop_words = set(extractor.stop_words) | KEYWORD_STOPWORDS
    return extractor


def keywords(text: str, k: int = 8) -> list[str]:
    """The ``k`` top TF-IDF terms of ``text`` (jieba with the union-domain dictionary)."""
    if not text.strip() or k <= 0:
        return []
    extractor = _keyword_extractor()
    terms = extractor.extract_tags(text, topK=k * 2)
    return [t for t in terms if not re.fullmatch(r"[\d.%]+|[A-Za-z]", t)][:k]

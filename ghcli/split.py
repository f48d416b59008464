"""Split stage: one issue's text -> article records.

The issue is read line by line. Every non-blank line is classified (banner, marked headline,
byline line, photo credit, short bare line, body paragraph…); then runs of short bare lines
are resolved in context into kicker / headline / subtitle or body, articles are assembled,
bylines and credits are parsed off their bodies, and page breaks are repaired.

This module must stay light: it never imports jieba or pandas.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ghcli.bylines import (
    CREDIT_ENDINGS, DATELINE_SOURCES, EDITOR_WORDS, LEAD_FIRST, MAX_BYLINE_LINE_CHARS, OUTLETS, Credits, holds_no_credits, may_open_with_lead, parse_byline_line, parse_credit,
    parse_lead, parse_trailing, surname_led,
)
from ghcli.lazyre import lazy
from ghcli.markup import from_markup
from ghcli.models import Article, article_id
from ghcli.repair import Paragraph, is_terminated, join_breaks

# --- tuning constants ----------------------------------------------------------------------
# Longest bare line (in characters, spaces excluded) taken for a headline or kicker. Printed
# headlines and kickers in union papers run 8-30 characters; 40 leaves room for long kickers
# while a body paragraph is almost always longer or ends with sentence punctuation.
MAX_HEADLINE_CHARS = 40
# A front-page headline in two parts set off by a space may run longer (市总工会召开…会议
# 团结动员全市职工…建功立业), up to this many characters, when it holds no clause punctuation.
MAX_TWO_PART_HEADLINE_CHARS = 64
_CLAUSE_PUNCT_RE = lazy("[，,；;。]")
# Punctuation of running text, which no masthead line holds.
_SENTENCE_PUNCT_RE = lazy("[，,；;。！？]")
_TWO_PARTS_RE = lazy(r"[\u4e00-\u9fff”）》][ \u3000]+[\u4e00-\u9fff“（《]")
# A bare line shorter than this is a fragment, never a headline on its own evidence.
MIN_HEADLINE_CHARS = 4
# Score a bare short line needs, from the cues in ``_headline_score``, to open a new article
# when no byline follows it. Calibrated on the sample issue and tools/corpus_eval.py pages:
# one strong cue (photo credit, article just closed) or two weak ones.
HEADLINE_THRESHOLD = 2
# A kicker or subtitle block is at most this many lines.
MAX_KICKER_LINES = 2

# A bulletin's number (第23期, 2025年第7期（总第186期）).
_BULLETIN_NUMBER = r"(?:^|[ \u3000]|年)第\s*[0-9０-９]{1,4}\s*期(?:[ \u3000（(]|$)"
_BULLETIN_NUMBER_RE = lazy(_BULLETIN_NUMBER)
# Page furniture: masthead and page-label lines that belong to the banner, not to articles:
# a page label (第3版), an editor's credit (责任编辑：), a dated masthead line, or a line that
# opens with a paper's name, its web address or its registration numbers. Three patterns,
# each of which the regex engine can scan for in C (a literal or a character class first).
_MASTHEAD_ANYWHERE_RE = lazy(
    r"第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|今日\s*[0-9０-９一二三四五六七八九十]{1,2}\s*版|主管主办|"
    # a bulletin's number (丰台区总工会 工会信息 / 第23期, 2025年第7期（总第186期）) and its office's
    # line (和平街街道总工会办公室编　　　2025年6月)
    + _BULLETIN_NUMBER + r"|(?:办公室|宣传部|工会)编?[ \u3000]{2,}\d{4}\s*年|"
    + "|".join(rf"{w}\s*[:：]" for w in EDITOR_WORDS)
)
_MASTHEAD_DATE_RE = lazy(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,6}(?:星期|周)[一二三四五六日天]")
# Editors' credits without colons, as a PDF prints them: 责任编辑 周杨 美编 李昂.
_EDITORS_LINE_RE = lazy(rf"^(?:(?:{'|'.join(EDITOR_WORDS)})(?:[ \u3000]+|[ \u3000]*[/／:：][ \u3000]*)[\u4e00-\u9fff·]{{2,4}}[ \u3000]*)+$")
_MASTHEAD_START_RE = lazy(
    r"(?:(?:劳动午报|工人日报|北京日报|北京青年报|北京晚报|新京报)(?=\s|$|\d|第|[（(]\d|[·•・|｜])|LAODONG\s*WUBAO|www\.|http|国内统一连续出版物号"
    r"|邮发代号|CN\s*11|农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
    r"|[\u4e00-\u9fff]{2,10}网[:：][ \u3000]*(?:www\.|https?://)"  # 北京工会网：www.bjzgh.org
    r"|(?:晴|阴|多云|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪)[^，。,]{0,16}?-?\d{1,2}℃"  # 多云转雷阵雨　南风二级　35℃/24℃
    r"|北京市总工会主办(?=[ \u3000]|$)|[^\s，。,]{2,12}?主办[ \u3000]+[^\s，。,]{2,12}出版$)", re.I
)
MASTHEAD_MAX_CHARS = 80
_EDITOR_FIRST = frozenset(w[0] for w in EDITOR_WORDS)
_PAGE_REF = r"第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[)）]"  # 第3版) of a jump marker
# A jump to the page where the story goes on (下转第3版, 转第3版), and back from it (上接第1版).
_JUMP_ON = rf"[(（]\s*(?:下转|转){_PAGE_REF}"
_JUMP_BACK = rf"[(（]\s*(?:上接|接){_PAGE_REF}"
# A marker on a line of its own may go without its brackets (下转2版, 接1版).
_LINE_PAGE_REF = r"第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[)）]?"
_JUMP_ON_LINE = rf"[(（]?\s*(?:下转|转){_LINE_PAGE_REF}"
_JUMP_BACK_LINE = rf"[(（]?\s*(?:上接|接){_LINE_PAGE_REF}"
JUMP_RE = lazy(rf"^(?:{_JUMP_ON_LINE}|{_JUMP_BACK_LINE})$")
_JUMP_ON_RE = lazy(rf"^{_JUMP_ON_LINE}$")
_JUMP_BACK_RE = lazy(rf"^{_JUMP_BACK_LINE}$")
# The same marker ending or opening a paragraph.
_INLINE_JUMP_RE = lazy(rf"(?:{_JUMP_ON}|{_JUMP_BACK})$|^{_JUMP_BACK}")
END_RE = lazy(r"^[(（]\s*(?:完|全文完)\s*[)）]$")
MARK_RE = lazy(r"^(#{1,6})[ \t\u3000]*(.*)$")
# The first character every MARK_RE match has, and those every JUMP_RE / END_RE match has.
_MARK_FIRST = "#"
_FURNITURE_FIRST = frozenset("(（下转上接")
DASH_START = ("——", "─", "—", "--", "－－", "-- ", "一一")  # (一一: an OCR program's reading of ——)
# Words that start a news lead: a bare line followed by one of these opens a new article.
# A day of a month (3月16日, 三月十六日).
_DAY = r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|[上中下]旬|初|底|末)"
LEAD_WORDS_RE = lazy(
    r"^(?:近日|日前|近期|连日来|近年来|近来|昨天|昨日|今天|今日|前不久|日前|当天|上周|本周|今年|去年|年初|年底|岁末|春节前夕"
    rf"|{_DAY}"
    r"|\d{4}年|记者(?:近日|日前|昨天|从)|记者.{0,12}(?:获悉|了解到)|本报|本刊|据(?:悉|了解|介绍)(?![，,]?(?:此次|本次|该|这|上述|其中))"  # (据了解，此次…: the story goes on)
    r"|为(?:了|进一步|深入|切实|丰富|庆祝|迎接|助力|推动|做好|加强|提升|营造|弘扬|落实)"
    r"|由.{2,40}(?:主办|举办|承办|组织)|随着|在.{2,20}(?:之际|期间|前夕|来临)|“)"
)
# A paragraph that refers back to the story it is in (此次…, 据了解，此次…): no lead of a story.
_REFERS_BACK_RE = lazy(r"(?:据(?:悉|了解|介绍)[，,]?)?(?:此次|本次|上述|其中|此外|另外|同时)")
# A news lead's opening clause (近日，/ 3月16日，): no headline starts like that.
_LEAD_CLAUSE_RE = lazy(
    r"(?:近日|日前|近期|连日来|昨天|昨日|今天|今日|前不久|当天|上周|本周"
    rf"|{_DAY}(?:[上下]午|晚上?|早上?)?)[，,]"
)
# Openings that refer back to what came before: a sentence inside a story, not a headline.
SENTENCE_INSIDE_RE = lazy(r"^(?:此次|本次|此外|另外|同时|其中|该(?!市|区|县)|这|并且|但是|而且|因此|所以|随后|然后|据|由)")
# A line that is only the start of a date (5月 / 5月20 / 2023年8), cut off by a break.
DATE_FRAGMENT_RE = lazy(r"^\d{1,4}(?:[年月]\d{0,2}[月日]?\d{0,2})?$")
# Contact details closing a story (报名电话：010-69644125): body text, never a headline or kicker.
CONTACT_RE = lazy(r"(?:电话|热线|手机|微信|邮箱|地址|网址|联系人|咨询)\s*[:：]|\d{3,4}[-－]\d{7,8}|\d{7,}")
# The labels of a notice's or a list's fields (服务时间：…, 公示期：…), which no headline opens with.
_FIELD_LABEL_RE = lazy(r"(?:服务时间|开放时间|活动时间|报名时间|截止时间|时间|地点|活动地点|公示期|报名方式|报名条件)\s*[:：]")


# An item of a schedule: a date, a space, the event (6月28日至29日 职工乒乓球比赛 北京工人体育馆).
_SCHEDULE_ITEM_RE = lazy(r"\d{1,2}月(?:\d{1,2}日)?(?:[至到—\-~](?:\d{1,2}月)?\d{1,2}日?)?[ \u3000]+\S")


def _field_line(text: str) -> bool:
    """A line of contact details, a notice's field, a schedule's item or a notice's date
    (联系电话：…, 地址：…, 服务时间：…, 10月 闭幕式 北京工人体育馆, 2024年7月10日)."""
    return CONTACT_RE.search(text) is not None or _FIELD_LABEL_RE.match(text) is not None \
        or text[0].isdigit() and (_SCHEDULE_ITEM_RE.match(text) is not None or _DATE_LINE_RE.match(text) is not None)


def _list_goes_on(cur, lines: list[Token]) -> int:
    """How many of ``lines`` go on with the labelled list the story above ends with or announces
    (…名单： / 朝阳区：北京热力…创新工作室 / … / 延庆区：北京八达岭…工作室, then the next headline)."""
    if cur is None or not cur.body:
        return 0
    # (a list announced: …名单：, or one of two lines or more under way)
    if not (cur.body[-1].text.endswith(("：", ":"))
            or len(cur.body) > 1 and all(_LIST_LABEL_RE.match(t.text) for t in cur.body[-2:])):
        return 0
    k = 0
    while k < len(lines) and _LIST_LABEL_RE.match(lines[k].text):
        k += 1
    return k


# A list's line opening with its label and a colon (海淀区：…, 一等奖：…).
_LIST_LABEL_RE = lazy(r"[^，,。：:\s/／]{2,12}[：:]\S")


def _past_fields(lines: list[Token]) -> int:
    """Where ``lines`` go on past their last field line (0 when they hold none)."""
    return max((k + 1 for k, t in enumerate(lines) if _field_line(t.text)), default=0)


# A date alone on a line, as a notice is dated under its signature.
_DATE_LINE_RE = lazy(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


# A paragraph cut by a break starts with punctuation that cannot open a sentence.
CONTINUATION_START = tuple("，,、。.；;：:）)”’》%")
# A line ending in one of these function characters is a fragment, not a headline.
FRAGMENT_END = frozenset("的和与及在对为将把被向从了是有等并或以于")
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
ZERO_WIDTH_RE = lazy(f"[{ZERO_WIDTH}]")
_WIDE_SPACE_RE = lazy("[\u2000-\u200a\u202f\u205f]")

# Labels of a box inside a story (■记者手记), never a story's headline: kept in its text, as a
# paragraph of its own.
BOX_LABELS = frozenset({"相关链接", "链接", "背景链接", "延伸阅读", "记者手记", "记者观察", "记者感言", "编后",
                        "人物名片", "人物简介", "人物档案",
                        "编后语", "短评", "小贴士", "温馨提示", "新闻链接", "新闻背景", "背景",
                        # the parts of a case column (以案说法 / …headline… / 【案例】… 【评析】…)
                        "案例", "案情", "案情回顾", "评析", "法官说法", "律师点评", "法官点评", "律师提醒"})
# Labels of a column printed over a piece of its own (来信 / 一碗绿豆汤里的温暖 / …): like a box
# label, but always over a headline, whose kicker it is.
COLUMN_LABELS = frozenset({"读者来信", "来信", "读者之声", "职工来信", "职工心声", "律师说法", "以案说法", "午报观察",
                           "律师信箱", "律师答疑", "法律信箱", "维权信箱"})
# How the headlines of notices end (征稿启事, 遗失声明, 关于…评选结果的公示): a record of kind "notice".
NOTICE_ENDINGS = ("启事", "启示", "公告", "声明", "公示", "通告", "通知")  # unsigned: 全总下发通知 with a byline is news
# A notice run into a page under its tag (【启事】…): a record of its own, a notice.
_NOTICE_TAG_RE = lazy(rf"【({'|'.join(NOTICE_ENDINGS)})】")
# A front page's service box (二十四节气·春分, 芒种, 今日天气): a notice too.
SOLAR_TERMS = ("立春 雨水 惊蛰 春分 清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 "
               "立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 大雪 冬至 小寒 大寒").split()
MAX_SERVICE_BOX_CHARS = 12  # 二十四节气·春分, 今日天气预报
_SERVICE_BOX_RE = lazy(rf"^(?:二十四节气\s*[·・:：]?\s*)?(?:{'|'.join(SOLAR_TERMS)})$|^(?:今日|本市|明日)?天气(?:预报)?$")

# Labels of a section of the page (■工会简讯, 【工会动态】, 图片新闻): part of the banner.
SECTION_LABELS = frozenset({"工会简讯", "简讯", "工会动态", "基层传真", "基层动态", "图片新闻", "新闻图片",
                            "短讯", "要闻简报", "工会短波", "一线传真", "今日导读", "本期导读", "本版导读",
                            "要闻导读", "导读", "要闻", "区县速递", "区县传真", "各区动态", "工会新闻一句话",
                            "新闻一句话", "一句话新闻", "基层速递", "区县动态", "各区县动态", "区域动态"})
# Marks a headline may be printed after (■怀柔区总工会开展…): not part of it.
BULLETS = "■□●◆▲★▶►▌▍▐ \u3000"  # ▌: a phone app's heading bar
_LABEL_MARKS = BULLETS + "【】[]"
_MAX_LABEL_CHARS = 10
# An editor's note printed between a headline and its byline belongs to the story's head.
EDITOR_NOTE = ("编者按", "编者的话", "编者注", "编辑手记")
_NOTE_FIRST = "编"  # what every one of them opens with

# Token kinds
BANNER, HEAD, SUBHEAD, BYLINE, CREDIT, SHORT, BODY, FURNITURE = (
    "banner", "head", "subhead", "byline", "credit", "short", "body", "furniture",
)

class once:
    """``functools.cached_property`` without its lock: Python 3.11's takes an RLock on every
    first access, which costs more than the byline parse it memoises (a line is asked about
    up to three times, and an issue has hundreds of lines). A non-data descriptor: the value
    stored in the instance's ``__dict__`` shadows it from then on."""

    def __init__(self, fn) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass
class Token:
    kind: str
    text: str
    line: int
    gap: int  # blank lines before this one
    credits: Credits | None = None
    closes: bool = False  # a body paragraph that ends with a photo credit or trailing byline
    apart: bool = False  # a box label inside a story (记者手记): never joined with its neighbours
    beside: bool = False  # the right one of two headlines printed side by side (see _side_by_side)
    # parse_lead / parse_credit / parse_trailing of ``text``, each computed at most once:
    # classifying, assembling and finishing ask about the same lines several times. The
    # parsed Credits are shared and only ever read.
    @once
    def lead(self) -> tuple[Credits, int] | None:
        """``parse_lead(self.text)``: a byline opening the line."""
        return parse_lead(self.text)

    @once
    def credit(self) -> tuple[Credits, int] | None:
        """``parse_credit(self.text)``: a photo credit ending the line."""
        return parse_credit(self.text)

    @once
    def trailing(self) -> tuple[Credits, int] | None:
        """``parse_trailing(self.text)``: a parenthesised byline ending the line."""
        return parse_trailing(self.text)


@dataclass
class _Draft:
    """An article being assembled."""

    banner: str | None
    first_line: int
    kicker: list[str] = field(default_factory=list)
    title: str | None = None
    subtitle: list[str] = field(default_factory=list)
    bylines: list[Credits] = field(default_factory=list)  # byline lines under the headline
    body: list[Token] = field(default_factory=list)
    tail: list[Token] = field(default_factory=list)  # credit / trailing byline lines
    inline: list[Token] = field(default_factory=list)  # credits of pictures inside the story
    dropped: list[Token] = field(default_factory=list)
    last_line: int = 0
    jumped: bool = False  # continued on another page (……（下转第3版）): nothing below is its text
    bare: bool = False  # its headline is a bare line (on a page that may mark its others ##)

    @property
    def credits_only(self) -> bool:
        """Only bylines/credits so far: nothing above the first story but its credit."""
        return self.title is None and not self.kicker and not self.body and bool(self.bylines or self.tail)

    @property
    def quote_opened(self) -> bool:
        """The story opens with a quotation under its headline, its dateline still to come
        (## 快递小哥有了“法律顾问” / “以前遇到…” / 本报讯(记者 王路曼) 近日,…)."""
        return (self.title is not None and not self.bylines and len(self.body) == 1 and not self.tail
                and _opening_quote(self.body[0]) and is_terminated(self.body[0].text))

    @property
    def heading_only(self) -> bool:
        """A headline and nothing else so far: no subtitle, byline, text or credit."""
        return (self.title is not None and not self.subtitle and not self.bylines and not self.body
                and not self.tail and not self.inline and not self.jumped)

    @property
    def closed(self) -> bool:
        """A photo credit or trailing byline (own line or ending the last paragraph) ends the
        story, except the credit of a picture inside a signed story (图为选手在比赛中。 本报记者 X 摄).
        So does a jump to another page."""
        if self.tail or self.jumped:
            return True
        if not self.body or not self.body[-1].closes:
            return False
        last = self.body[-1]
        return not (last.text.startswith(IN_STORY_CAPTION) and last.trailing is None
                    and (_signed(self) or self.picture_first))

    def add_crosshead(self, tok: Token) -> None:
        """``tok`` as a paragraph of the story set apart from the rest (a crosshead, a box's heading)."""
        tok.apart = True
        self.body.append(tok)
        self.last_line = tok.line

    @property
    def picture_first(self) -> bool:
        """Is the story so far a headline and its picture's caption (海淀：职工春季健步走活动启动 /
        图为职工们在…。本报记者 任洁 摄), its lead still to come?"""
        return (self.title is not None and len(self.body) == 1 and not self.bylines
                and self.body[0].text.startswith(IN_STORY_CAPTION) and self.body[0].credit is not None)


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


# --- line classification ------------------------------------------------------------------

# The □ before a byline as OCR programs read it (口本报记者 张晶).
_OCR_BOX_RE = lazy(r"口[ \u3000]*(?=本报|本刊|记者|特约|首席|实习|通讯员)"
                   r"|口[ \u3000]+(?=[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,2}$)")  # 口 李 强 under a commentary
# What is stripped from both ends of a line.
_LINE_SPACE = " \t\u3000\f\v"


def _with_box(s: str) -> str:
    """``s`` with the □ before its byline or signature that an OCR program read as 口 (口本报记者
    张晶, 口 李 强)."""
    return "□" + s[1:] if s[:1] == "口" and _OCR_BOX_RE.match(s) else s


def _tokenize(text: str, ends: dict[int, int] | None = None) -> list[Token]:
    """The issue's lines as tokens. ``ends``, when given, receives the last source line of
    each line that joined lines of a hard-wrapped page (by its first line's number)."""
    tokens: list[Token] = []
    gap = 0
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    if any(ch in text for ch in ZERO_WIDTH):  # str.__contains__ scans faster than a regex class
        text = ZERO_WIDTH_RE.sub("", text)
    if ("\u2003" in text or "\u2002" in text or "\u2009" in text) and _WIDE_SPACE_RE.search(text):
        text = _WIDE_SPACE_RE.sub(" ", text)  # &emsp; and other typographic spaces of web pages: spaces
    lines = text.split("\n")
    numbers = None  # the source line number of each of ``lines`` when some were joined
    if len(lines) >= MIN_WRAPPED_LINES and len(text) < MAX_WRAPPED_MEAN_CHARS * (len(lines) - lines.count("")):
        unwrapped = _unwrap_pages(lines)
        unwrapped = _unwrap_columns(lines) if unwrapped is None else _then_columns(unwrapped)
        if unwrapped is not None:
            lines, numbers, joined_ends = unwrapped
            if ends is not None:
                ends.update(joined_ends)
    skip_to = 0  # lines before this one were joined to an earlier line
    for k, raw in enumerate(lines):
        n = numbers[k] if numbers else k + 1
        if k < skip_to:
            continue
        s = raw.strip(_LINE_SPACE)
        if not s:
            gap += 1
            continue
        s = _with_box(s)
        spaced = " " in s  # one memchr-fast scan settles most lines for the two tests that need spaces
        if spaced and (" 报" in s or "记 者" in s or " 讯" in s) and _SPACED_BYLINE_WORD_RE.search(s):
            s = _SPACED_BYLINE_WORD_RE.sub(lambda m: m.group().replace(" ", ""), s)  # 本 报 讯(记 者 张晶), 本报 讯
        if s[-1] not in ")）" and may_open_with_lead(s) and k + 1 < len(lines):
            # the byline's rest on the next line, or past a page break's blank line (本报讯(记 /
            # / 者 白莹) 记者近日…)
            after = _past_blank(lines, k)
            joined = _rejoin_byline(s, lines[after].strip(_LINE_SPACE))
            if joined is not None:
                s, skip_to = joined, after + 1
        if s[-1] not in _SENTENCE_LAST and k + 1 < len(lines) and k + 1 >= skip_to:
            # a credit or byline cut by a column or page break (…。(记者 / 张晶), □本报记者 李 / 一然):
            # the rest on the next line, or past the break's blank line
            after = _past_blank(lines, k)
            rest = lines[after].strip(_LINE_SPACE)
            if rest and len(rest) <= MAX_CREDIT_TAIL_CHARS and (joined := _rejoin_credit(s, rest)) is not None:
                s, skip_to = joined, after + 1
        if "讯" in s and s[0] not in LEAD_FIRST:
            glued = _GLUED_LEAD_RE.search(s, 1, MAX_HEADLINE_CHARS + 2)
            if glued and s[glued.start() - 1] != "据" and _is_short(s[:glued.start()]) \
                    and parse_lead(s[glued.end():]) is not None:
                # 怀柔区总工会开展送温暖活动 本报讯(记者 崔欣)近日,…: a headline on the byline's line
                # (OCR may drop the space: …升级改造投用本报讯（记者 崔欣）…)
                tokens.append(_classify(s[:glued.start()], n, gap))
                tokens.append(_classify(s[glued.end():], n, 0))
                gap = 0
                continue
        if "□" in s and s[0] != "□" and len(s) <= MAX_HEADLINE_CHARS + MAX_BYLINE_LINE_CHARS:
            at = s.find("□")
            if _is_short(s[:at]) and parse_byline_line(s[at:]) is not None:
                # 门头沟区职工服务中心开设“一站式”维权窗口□本报记者 赵思远: OCR set the headline
                # and the byline under it on one line
                tokens.append(_classify(s[:at].rstrip(_LINE_SPACE), n, gap))
                tokens.append(_classify(s[at:], n, 0))
                gap = 0
                continue
        if "版" in s and (s[-1] in ")）" or s[0] in "(（"):
            jump = _INLINE_JUMP_RE.search(s)
            if jump and jump.group() != s:
                # ……送去慰问品。(下转第3版) / (上接第1版)……: the marker is furniture, the rest text
                before, after = s[:jump.start()].rstrip(" \t\u3000"), s[jump.end():].lstrip(" \t\u3000")
                if before:
                    tokens.append(_classify(before, n, gap))
                tokens.append(Token(FURNITURE, jump.group(), n, 0 if before else gap))
                if after:
                    tokens.append(_classify(after, n, 0))
                gap = 0
                continue
        if s[0] == "【" and (paged := _PAGED_HEAD_RE.match(s)):
            # 【第03版】丰台区总工会为一线职工送清凉: the page's label, then a headline
            tokens.append(Token(BANNER, paged.group(1), n, gap))
            tokens.append(_classify(paged.group(2), n, 0))
            gap = 0
            continue
        if ("\u3000\u3000\u3000\u3000" in s or spaced and "    " in s) and (pair := _side_by_side(s)) is not None:
            # 情暖返乡路　　　　　　冰雪乐翻天: two columns' heads flattened onto one line
            tokens.append(_classify(pair[0], n, gap))
            right = _classify(pair[1], n, 0)
            right.beside = True
            tokens.append(right)
            gap = 0
            continue
        if s[0] in _LABEL_FIRST and "题" in s and (parts := _LABEL_ROW_SPLIT_RE.split(s)) and len(parts) > 1:
            # 引题：劳动者港湾　标题：前门地区…　副题：——新增…: a digital edition's fields on one line
            for part in parts:
                tokens.append(_classify(part, n, gap))
                gap = 0
            continue
        tokens.append(_classify(s, n, gap))
        gap = 0
    if _page_numbers(tokens):  # the lines told by the furniture beside them
        _chrome_runs(tokens)
        _running_heads(tokens)
    _bulletin_name(tokens)
    _page_label(tokens)
    if any(_phone_line(t) for t in tokens):
        _advert_boxes(tokens)
    return tokens


# The lines of an advert's box around its telephone number (北京市总工会职工服务热线 / 12351 /
# 法律咨询 心理疏导 困难帮扶 / 24小时为职工服务, 拨打12351，…): a service's name, what it offers
# in a row of short phrases, its hours. How far from the number they are looked for.
MAX_ADVERT_LINES = 3
_ADVERT_LINE_RE = lazy(r"热线|订阅|邮发代号|24小时|全天候|拨打|咨询电话|服务电话|找工会"
                       r"|^[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){2,}$")


def _phone_line(t: Token) -> bool:
    """Is the token a telephone number's line (12351, 北京工会12351职工服务热线), read as furniture?"""
    return t.kind == FURNITURE and (t.text[-1] in _DIGITS or t.text[-1] == "线") and _PHONE_RE.match(t.text) is not None


def _advert_boxes(tokens: list[Token]) -> None:
    """The lines of an advert's box next to its telephone number (a furniture line, _PHONE_RE)
    are furniture too, as far as they read like an advert's."""
    for k, t in enumerate(tokens):
        if not _phone_line(t):
            continue
        for step in (-1, 1):
            j = k
            for _ in range(MAX_ADVERT_LINES):
                # the next line out, no more than a blank line from the box
                out = j + step
                if not 0 <= out < len(tokens) or tokens[max(j, out)].gap > 1:
                    break
                near = tokens[out]
                if near.kind not in (SHORT, BANNER) or not _ADVERT_LINE_RE.search(near.text):
                    break
                near.kind = FURNITURE
                j = out


# A page's label and number over its first story (工会新闻 3, 3 工会新闻), as an OCR copy reads the
# page's head: part of the banner.
_PAGE_LABEL_RE = lazy(r"^(?:[\u4e00-\u9fff]{2,6}[ \u3000]+[0-9０-９]{1,2}|[0-9０-９]{1,2}[ \u3000]+[\u4e00-\u9fff]{2,6})$")
_PAGE_NAME_RE = lazy(r"^[\u4e00-\u9fff]{2,6}$")
# How many lines at the top of a text may hold it.
MAX_PAGE_HEAD_LINES = 4


def _page_label(tokens: list[Token]) -> None:
    """The page's label among the first lines above any text (劳动午报 / 2024年6月12日 / 工会新闻 3)."""
    for k, tok in enumerate(tokens[:MAX_PAGE_HEAD_LINES]):
        if tok.kind != BANNER and tok.kind != SHORT:
            return
        if tok.kind == SHORT and (_PAGE_LABEL_RE.match(tok.text) or _PAGE_NAME_RE.match(tok.text) and k + 1 < len(tokens)
                                  and tokens[k + 1].kind == FURNITURE and tokens[k + 1].text.isdigit()):
            tok.kind = BANNER  # (职工生活 / 4: the page's name over its number)
            return


# How many lines a bulletin's name may take above its number.
MAX_BULLETIN_NAME_LINES = 3


def _bulletin_name(tokens: list[Token]) -> None:
    """A bulletin's name over its number at the top of the text (长阳镇总工会 / 工 作 信 息 /
    第15期): its masthead too, no headline."""
    k = 0
    while k < len(tokens) and k < MAX_BULLETIN_NAME_LINES and tokens[k].kind == SHORT and tokens[k].gap <= 1:
        k += 1
    if 0 < k < len(tokens) and tokens[k].kind == BANNER and _BULLETIN_NUMBER_RE.search(tokens[k].text):
        for t in tokens[:k]:
            t.kind = BANNER


# A digest's item number on a line of its own (01, 02, NO.3): furniture, as a page number is.
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_ITEM_NUMBER_RE = lazy(r"^(?:(?:[Nn][Oo][.．]?[ \u3000]*)?[0-9０-９]{1,2}|[【\[][0-9０-９]{1,2}[】\]])$")  # (【3】 of a compilation)
# A compilation's item number before a line of metadata (【3】来源：劳动午报): the line as it is.
_BRACKET_NUMBER_RE = lazy(r"[【\[][0-9０-９]{1,2}[】\]][ \u3000]*")
# A telephone number on a line of its own (12351, 010-65128888): an advert's.
MAX_PHONE_LINE_CHARS = 24
_PHONE_RE = lazy(r"^[\u4e00-\u9fff]{0,8}(?:\d{3,4}-)?\d{5,8}(?:[\u4e00-\u9fff]{0,8}热线)?$")  # (北京工会12351职工服务热线)
# Editors named in a line with more in it (工会新闻 编辑 刘洋 校对 张帆): the page's head.
_EDITORS_RUN_RE = lazy(rf"(?:{'|'.join(EDITOR_WORDS)})[ \u3000]+[\u4e00-\u9fff]{{2,4}}(?:[ \u3000]|$)")
# Text copied out of a PDF or an OCR program can be hard-wrapped: every paragraph broken into
# lines of the column's width, the break falling anywhere (in a word, a name, a byline). Such
# a page is told by many lines of one length; each full line is joined with the next.
MIN_WRAPPED_LINES = 12  # a page shorter than this is not judged
MIN_WRAP_WIDTH = 10  # narrower columns are not looked for
MIN_FULL_LINES = 8  # lines of the wrapping width a hard-wrapped page holds at least
MIN_FULL_SHARE = 0.3  # and their share of the page's lines of half that width or more
# A page whose non-blank lines average this many characters or more holds whole paragraphs:
# not looked at further (a wrapped page's lines are a column or a page wide).
MAX_WRAPPED_MEAN_CHARS = 55
_INDENTS = ("\u3000", "  ", "\t")  # a paragraph's first line, indented


def _content_len(raw: str) -> int:
    """The length of a line as the wrapping counted it: without trailing space or a ## mark."""
    raw = raw.rstrip()
    if raw[:1] == "#":
        return len(raw.lstrip("#").lstrip(" \u3000"))
    return len(raw)


def _wrap_width(lines: list[str]) -> tuple[int, int] | None:
    """The width a hard-wrapped page was wrapped at and how much shorter a full line may be
    (1; more for an OCR copy, whose lines vary with the widths of the characters in them), or
    None for a page of whole paragraphs (judged on the lengths of the lines as they are:
    counted in C, the test costs little)."""
    counts = Counter(map(len, lines))
    full, width = max([(c, n) for n, c in counts.items() if n >= MIN_WRAP_WIDTH], default=(0, 0))
    if full < MIN_FULL_LINES:
        return None
    considered = sum(c for n, c in counts.items() if n >= width // 2)
    band = _wrap_band(lines, counts)
    if full < MIN_FULL_SHARE * considered or band is not None and band[2] >= MIN_BAND_GAIN * full:
        return band and band[:2]  # most lines a character or two shorter than the widest: OCR's
    # A line printed again and again (==========, 版面：第01版 要闻, a running head) is a rule
    # or a label, no wrapped text: only lines printed once count.
    seen = Counter(line for line in lines if len(line) == width)
    if sum(1 for c in seen.values() if c == 1) < MIN_FULL_LINES:
        return None
    return width, 1


# An OCR copy of a narrow column: most lines within a band this many characters wide (13 to 15
# characters, as the widths of digits, Latin letters and punctuation vary)...
OCR_BAND_CHARS = 3
MIN_BAND_SHARE = 0.6  # ... holding this share of the lines of half its width or more,
MIN_BAND_LINES = 2 * MIN_FULL_LINES  # at least this many,
MIN_RUNNING_SHARE = 0.5  # and lines of running text (a comma or a full stop in them), as many
MIN_CUT_SHARE = 0.5  # cut off before their sentence ends (verse and lists end their lines)
MAX_BAND_WIDTH = 24  # (columns this narrow only: wider text is a PDF's, wrapped at one width)
MIN_BAND_GAIN = 2  # a band read even where one width shows, when it holds this many times its lines


def _wrap_band(lines: list[str], counts: Counter) -> tuple[int, int, int] | None:
    """``_wrap_width`` of an OCR copy of a narrow column: the widest length of the band of
    OCR_BAND_CHARS lengths most lines fall in, the band's width and how many lines it holds;
    None when the lines do not crowd into one band, or are no running text (a list, a poem)."""
    band, high = max((sum(counts.get(n - k, 0) for k in range(OCR_BAND_CHARS)), n)
                     for n in range(MIN_WRAP_WIDTH + OCR_BAND_CHARS - 1, MAX_BAND_WIDTH + 1))
    considered = sum(c for n, c in counts.items() if n >= high // 2)
    if band < MIN_BAND_LINES or band < MIN_BAND_SHARE * considered:
        return None
    low = high - OCR_BAND_CHARS + 1
    in_band = [line for line in lines if low <= len(line) <= high]
    running = sum(1 for line in in_band if "，" in line or "," in line or "。" in line)
    cut = sum(1 for line in in_band if not is_terminated(line) and line[-1] not in "，,、；;")
    if running < MIN_RUNNING_SHARE * len(in_band) or cut < MIN_CUT_SHARE * len(in_band) \
            or len(set(in_band)) < MIN_BAND_LINES:
        return None
    return high, OCR_BAND_CHARS, band


def _unwrap_pages(lines: list[str]) -> tuple[list[str], list[int], dict[int, int]] | None:
    """``_unwrap_page`` of a hard-wrapped text, page by page: a PDF's pages may be set in
    columns of different widths, and each page of its text ends with its number (a line of
    one to three digits). A page too short to show a width of its own takes the text's.
    None when no page is hard-wrapped."""
    width = _wrap_width(lines)
    cuts = [k + 1 for k, raw in enumerate(lines) if len(raw) <= 3 and raw.strip().isdigit()]
    if not cuts or cuts[-1] != len(lines):
        cuts.append(len(lines))
    if len(cuts) == 1:
        return _unwrap_page(lines, *width) if width else None
    out: list[str] = []
    numbers: list[int] = []
    ends: dict[int, int] = {}
    start, joined = 0, False
    for end in cuts:
        page = lines[start:end]
        page_width = (len(page) >= MIN_WRAPPED_LINES and _wrap_width(page)) or width
        if page_width:
            page_lines, page_numbers, page_ends = _unwrap_page(page, *page_width)
            numbers += [start + n for n in page_numbers]
            ends.update({start + first: start + last for first, last in page_ends.items()})
            joined = True
        else:
            page_lines = page
            numbers += range(start + 1, end + 1)
        out += page_lines
        start = end
    return (out, numbers, ends) if joined else None


# A PDF page's stories may each be set in a column of its own width (17, 20, 22 characters),
# with lines a character or two shorter where punctuation may not open a line: a run of
# MIN_COLUMN_RUN lines or more whose lengths lie in a band OCR_BAND_CHARS wide, between
# MIN_WRAP_WIDTH and MAX_COLUMN_WIDTH (printed widths), half of them or more holding running
# text's punctuation, is one column's wrapped text. A single blank line, or a paragraph's last
# line (shorter and finished), does not end the run.
MAX_COLUMN_WIDTH = 30
MIN_COLUMN_RUN = 3
_RUNNING_PUNCT = ("，", "。", "、", "；")


def _printed_width(raw: str) -> int:
    """How many characters wide ``raw`` is printed, a digit, a Latin letter or a half-width
    mark taking half a Han character's width (2024—2025年度 fills less of a line than its length)."""
    raw = raw.rstrip()
    wide = (len(raw.encode()) - len(raw)) // 2  # the non-ASCII characters: 3 bytes each in UTF-8
    return wide + (len(raw) - wide + 1) // 2


def _column_lines(lines: list[str]) -> list[bool]:
    """Which of ``lines`` are lines of a column's wrapped text (see MAX_COLUMN_WIDTH)."""
    full = [False] * len(lines)
    # The lines with text, by number: a single blank line between paragraphs does not end a
    # column (a paragraph of two lines is one of its runs).
    texts = [k for k, raw in enumerate(lines) if raw.strip()]
    lengths = [_printed_width(lines[k]) for k in texts]
    k, n = 0, len(texts)
    while k < n:
        if not MIN_WRAP_WIDTH <= lengths[k] <= MAX_COLUMN_WIDTH:
            k += 1
            continue
        lo = hi = lengths[k]
        members = [texts[k]]
        j = k + 1
        while j < n and texts[j] - texts[j - 1] <= 2:
            if MIN_WRAP_WIDTH <= lengths[j] <= MAX_COLUMN_WIDTH and max(hi, lengths[j]) - min(lo, lengths[j]) < OCR_BAND_CHARS:
                lo, hi = min(lo, lengths[j]), max(hi, lengths[j])
                members.append(texts[j])
            elif not (lengths[j] < lo and is_terminated(lines[texts[j]].rstrip())):
                break  # (a paragraph's last line, shorter and finished, is no end of the column)
            j += 1
        if len(members) >= MIN_COLUMN_RUN and 2 * sum(
                1 for x in members if any(c in lines[x] for c in _RUNNING_PUNCT)) >= len(members):
            for x in members:
                full[x] = True
        k = j
    return full


def _unwrap_columns(lines: list[str]) -> tuple[list[str], list[int], dict[int, int]] | None:
    """``lines`` with each line of a column's wrapped text (``_column_lines``) joined with
    the line it goes on in, as ``_unwrap_page`` joins a page's, when no width holds for the
    whole page; None when nothing was joined. A paragraph is joined from a line of running
    text on (a headline over it never is)."""
    full = _column_lines(lines)
    if not any(full):
        return None
    out: list[list[str]] = []
    numbers: list[int] = []
    ends: dict[int, int] = {}
    joining = False
    for n, raw in enumerate(lines, 1):
        line = raw.strip(_LINE_SPACE)
        if joining and line and not raw.startswith(_INDENTS) and raw[:1] != "#" and not line.startswith(DASH_START) \
                and not (raw.startswith(DATELINE_SOURCES) and _opens_story(raw)) and not _is_masthead(line) \
                and not _byline_of_its_own(line):
            out[-1].append(line)
            ends[numbers[-1]] = n
        else:
            out.append([raw])
            numbers.append(n)
        # (a paragraph's first line without a comma goes on only when indented, under a
        # column's line above it, or inside a quotation it opens: a headline is none of these)
        joining = full[n - 1] and (len(out[-1]) > 1 or any(c in line for c in _RUNNING_PUNCT)
                                   or raw.startswith(_INDENTS) or n > 1 and full[n - 2]
                                   or line.count("“") > line.count("”")) and not (
            is_terminated(line) or line.endswith(CREDIT_ENDINGS) or _EDITORS_RUN_RE.search(line))
    if not ends:
        return None
    return ["".join(parts) for parts in out], numbers, ends


def _opens_block(lines: list[str], n: int) -> bool:
    """Does line ``n`` (1-based) open a block: the first line, or one after a blank line or
    the page's masthead or label (03  区县工会)? (Not one after a finished paragraph: a caption under it is not
    indented either, 图为一名焊工正在展示…)"""
    if n == 1:
        return True
    above = lines[n - 2].strip(_LINE_SPACE)
    return not above or _is_masthead(above) or _PAGE_LABEL_RE.match(above) is not None


# How many lines either side of a line show the width of the column it is in.
COLUMN_WINDOW = 3


def _narrower_columns(lines: list[str], width: int) -> dict[int, int]:
    """The lines (by number) of a page wrapped at ``width`` that stand in a narrower column of
    running text, and that column's width: the widest line within COLUMN_WINDOW lines either
    side, among lines of running text (a comma or a full stop in them), when two or more of
    them stand there (a story set narrower than the page's others)."""
    lengths = [_content_len(raw) if any(c in raw for c in _RUNNING_PUNCT) or "," in raw else 0 for raw in lines]
    narrower = {}
    for k in range(len(lines)):
        near = [n for n in lengths[max(0, k - COLUMN_WINDOW):k + COLUMN_WINDOW + 1] if n]
        if len(near) >= 2 and MIN_WRAP_WIDTH <= max(near) < width:
            narrower[k + 1] = max(near)
    return narrower


def _then_columns(unwrapped: tuple[list[str], list[int], dict[int, int]]) -> tuple[list[str], list[int], dict[int, int]]:
    """A page unwrapped at its width, with the columns of other widths on it unwrapped too
    (``_unwrap_columns``: a story set narrower than the page's others), the source numbers
    and ends of both passes composed."""
    lines, numbers, ends = unwrapped
    again = _unwrap_columns(lines)
    if again is None:
        return unwrapped
    lines2, numbers2, ends2 = again
    for first, last in ends2.items():  # numbers of the first pass's lines -> source numbers
        last_source = numbers[last - 1]
        ends[numbers[first - 1]] = ends.get(last_source, last_source)
    return lines2, [numbers[k - 1] for k in numbers2], ends


def _unwrap_page(lines: list[str], width: int, slack: int = 1) -> tuple[list[str], list[int], dict[int, int]]:
    """``lines`` with every full line of a hard-wrapped page joined with the lines it goes on
    in, the source number of each resulting line, and the last source line of each that
    joined several (by its first line's number). A full line (the width, or ``slack`` short
    of it) goes on unless the next line is blank, indented, marked (##), a subtitle (——…),
    a masthead line or opens a story with a dateline (本报讯…)."""
    out: list[list[str]] = []  # the parts of each resulting line, joined at the end
    numbers: list[int] = []
    ends: dict[int, int] = {}
    joining = False
    indent = _first_line_indent(lines, width)
    # On a page that indents its paragraphs, a line that opens a block (``_opens_block``), not
    # indented and with no running text's punctuation, is a headline or a kicker that no line of
    # text goes on in (打造职工身边的“服务圈” / 长辛店街道职工服务中心投用 over an OCR copy's narrow
    # column, whose lines vary in width), unless marked (##) and as wide as the page: a headline
    # the column wrapped.
    indents_paragraphs = sum(1 for raw in lines if raw.startswith(_INDENTS)) >= MIN_INDENTED_OPENINGS
    narrower = _narrower_columns(lines, width)
    for n, raw in enumerate(lines, 1):
        line = raw.strip(_LINE_SPACE)
        masthead = bool(line) and _is_masthead(line)  # asked once per line
        if joining and line and not raw.startswith(_INDENTS) and raw[:1] != "#" and not line.startswith(DASH_START) \
                and not (raw.startswith(DATELINE_SOURCES) and _opens_story(raw)) and not masthead \
                and not _byline_of_its_own(line) \
                and not (_LEAD_CLAUSE_RE.match(line) and _byline_of_its_own(out[-1][-1].strip(_LINE_SPACE))):
            # (a byline as wide as the column over a news lead stays a line: 文/本报记者 张晶 图/通讯员
            # 刘涛 / 近日，…)
            parts = out[-1]
            parts[-1] = parts[-1].rstrip()
            parts.append(line)
            ends[numbers[-1]] = n
        else:
            out.append([raw])
            numbers.append(n)
        # A full line goes on, unless it ends a sentence, a credit or the page's masthead. When
        # in doubt a line stays apart: the repair stage joins a paragraph that goes on.
        # A paragraph's first line is full at the width less its indent, when the page indents
        # them and the line reads as running text (a headline does not).
        running = _body_like(line) or line.count("“") > line.count("”")  # a quotation it does not close
        column = narrower.get(n, width)
        full = column - slack if joining or not indent or not running else column - slack - indent
        joining = bool(line) and _content_len(raw) >= full and not (
            is_terminated(line) or line.endswith(CREDIT_ENDINGS) or masthead or _EDITORS_RUN_RE.search(line)
            or "摄影" in line[-MAX_NAME_CREDIT_TAIL:] and parse_credit(line) is not None  # ……手中。 摄影 吴昊
            or indents_paragraphs and not raw.startswith(_INDENTS) and (raw[:1] != "#" or _content_len(raw) < width)
            and not any(c in line for c in _RUNNING_PUNCT) and _opens_block(lines, n))
    return ["".join(parts) for parts in out], numbers, ends


# How far from a line's end a credit's role word before its names (摄影 吴昊) is looked for.
MAX_NAME_CREDIT_TAIL = 10
# Paragraph openings a page must show at its width less an indent before its first lines count
# as indented (a PDF's text drops the two-character indent of every paragraph).
MIN_INDENTED_OPENINGS = 3
PARAGRAPH_INDENT = 2


def _first_line_indent(lines: list[str], width: int) -> int:
    """How much shorter than the width a hard-wrapped page sets the first line of a paragraph
    that goes on: PARAGRAPH_INDENT when most such lines are (清晨6点半，在通州区城市副中心 at
    15 of 17), else 0."""
    indented = full = 0
    opening = True  # the line opens a paragraph: the one above ended one, or was blank
    for raw in lines:
        line = raw.strip(_LINE_SPACE)
        if not line:
            opening = True
            continue
        ended = is_terminated(line)
        if opening and not ended:
            n = _content_len(raw)
            if n == width - PARAGRAPH_INDENT:
                indented += 1
            elif n >= width - 1:
                full += 1
        opening = ended
    return PARAGRAPH_INDENT if indented >= MIN_INDENTED_OPENINGS and indented > full else 0


def _byline_of_its_own(line: str) -> bool:
    """A byline printed on a line of its own (□本报记者 周美玉), or a commentary's signature
    (本报评论员, □ 李强, 口 李强 as OCR reads it), which nothing above goes on in."""
    line = _with_box(line)
    if len(line) > MAX_BYLINE_LINE_CHARS or not ("记者" in line or "通讯员" in line or "评论员" in line or line[0] in "□■"):
        return False
    credits = parse_byline_line(line)
    return credits is not None and (credits.has_names or credits.signature)


def _opens_story(line: str) -> bool:
    lead = parse_lead(line.strip(_LINE_SPACE))
    return lead is not None and lead[0].dateline is not None


# A page's label in brackets before the headline of a story on it (【第03版】…).
_PAGED_HEAD_RE = lazy(r"^(【第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版[^】]{0,12}】)\s*(\S.*)$")
# Two headlines (or kickers) of neighbouring columns printed on one line, set apart by a run
# of four spaces or more, as a PDF or OCR copy of a two-column page flattens them.
_SIDE_BY_SIDE_RE = lazy(r"^(#{1,3}[ \u3000]*)?(\S.{2,38}?\S)[ \u3000]{4,}(\S.{2,38}\S)$")
_HEADLINE_BREAKERS = frozenset("，,。；;！？!?：:")


def _side_by_side(s: str) -> tuple[str, str] | None:
    """The two headlines of a line that prints two side by side, or None."""
    m = _SIDE_BY_SIDE_RE.match(s)
    if m is None or any(ch in _HEADLINE_BREAKERS for ch in m.group(2) + m.group(3)) or _is_masthead(s):
        return None
    mark = m.group(1) or ""
    return mark + m.group(2), mark + m.group(3)


def _past_blank(lines: list[str], k: int) -> int:
    """The line after ``lines[k]`` (not the last), or the one after that when a page break's
    blank line stands between them."""
    return k + 1 if lines[k + 1].strip(_LINE_SPACE) or k + 2 >= len(lines) else k + 2


def _rejoin_byline(s: str, nxt: str) -> str | None:
    """A byline cut across two lines by a narrow column (本报讯（记者 周美玉 通讯员 / 赵雪） 近日，…):
    the line opens a bracket it does not close and the next line closes it within a name or two."""
    m = _OPEN_BYLINE_RE.match(s)
    if not m:
        return None
    if not _BYLINE_END_RE.match(nxt):
        return None
    return s + nxt


# The space between a headline and the byline printed on its line (…送温暖活动 本报讯(记者 X)).
_GLUED_LEAD_RE = lazy(rf"[ \u3000]*(?=(?:{'|'.join(DATELINE_SOURCES)})[^\s，,。]{{0,12}}?讯)")
# Ends of a line that cut a role word of a credit in two (…600余株。 通讯 / 员 高岩 摄影报道).
_CUT_ROLE_ENDS = ("通讯", "记", "本报", "本刊", "实习", "摄影报", "摄影")
# Longest rest of a credit carried over to the next line, and of a byline line's name.
MAX_CREDIT_TAIL_CHARS = 24
MAX_NAME_REST_CHARS = 5
# What a byline line of its own opens with (after a mark): □本报记者 X, 文/本报记者 X, 记者 X.
_BYLINE_LINE_OPENERS = ("本报", "本刊", "记者", "文/", "文／", "实习", "首席", "特约", "劳动午报记者", "图/", "图／")
_CREDIT_LINE_OPENERS = (*_BYLINE_LINE_OPENERS, "通讯员", "摄影", "(", "（")
_LAST_TOKEN_RE = lazy(r"[^\s\u3000/／]*$")
# The rest of a name cut at a line's end, and the role word of the next credit.
_NAME_REST_RE = lazy(r"^[\u4e00-\u9fff][ \u3000]+(?:本报|实习|见习|特约|首席)?(?:记者|通讯员|实习生)")


def _rejoin_credit(s: str, nxt: str) -> str | None:
    """The line and the next one (``nxt``, short) as one line when a column or page break cut
    a photo credit, a trailing byline or a byline line in two, else None: ……正在作业。 本报记者 /
    赵思远 摄影报道, ……到年底。(记者 / 张晶), □本报记者 李 / 一然, 文/本报记者 周美玉 图/通讯 / 员 赵宇."""
    joined = s + nxt
    unmarked = s.lstrip("□■●◆ \u3000")
    if nxt[-1] in ")）" or nxt.endswith(CREDIT_ENDINGS) or s.endswith(_CUT_ROLE_ENDS):
        # the end of a credit or a bracketed byline, or the rest of a role word (摄影 / 报道)
        found = parse_credit(joined) or parse_trailing(joined)
        if found is not None and found[1] < len(s):
            head = s[:found[1]].rstrip(" \u3000")
            # after a caption's or a story's last sentence, or a credit line of its own (not
            # 来源：劳动午报 / 本报记者 陈曦 摄影报道, a web copy's field over a credit)
            if head and is_terminated(head) or not head and unmarked.startswith(_CREDIT_LINE_OPENERS):
                return joined
    if len(joined) <= MAX_BYLINE_LINE_CHARS and unmarked.startswith(_BYLINE_LINE_OPENERS) and (
            len(nxt) <= MAX_NAME_REST_CHARS and (
                s.endswith(_CUT_ROLE_ENDS) or len(_LAST_TOKEN_RE.search(s).group()) == 1 and parse_credit(s) is None)
            or "\u4e00" <= s[-1] <= "\u9fff" and _NAME_REST_RE.match(nxt)):
        # the line stops inside a role word (图/通讯 / 员 赵宇) or after a name's first character
        # (□本报记者 李 / 一然), not after a whole credit (…田野 摄 / 遗失声明); or the next
        # line opens with a name's last character and the next role word (实习记者 闫长 / 禄 通讯员 刘建国)
        credits = parse_byline_line(joined)
        if credits is not None and credits.has_names:
            return joined
    return None


def _page_numbers(tokens: list[Token]) -> bool:
    """Page numbers of PDF exports: a line of one to three digits next to a banner line is page
    furniture. True when the page holds any furniture (page numbers, web or phone chrome)."""
    for k, t in enumerate(tokens):  # 3 under 2024年7月3日 星期三 / 工会新闻: a page number
        if t.kind == SHORT and len(t.text) <= 3 and t.text.isdigit() and (
                k >= 1 and tokens[k - 1].kind == BANNER
                or k >= 2 and tokens[k - 2].kind == BANNER and tokens[k - 1].kind == SHORT
                or k + 1 < len(tokens) and tokens[k + 1].kind == BANNER
                or k + 1 == len(tokens) and k > 0):  # the page number at the foot of the last page
            t.kind = FURNITURE
    return any(t.kind == FURNITURE for t in tokens)


def _running_heads(tokens: list[Token]) -> None:
    """Running headers of PDF exports: a short line repeated above page furniture (工会新闻
    between the date and the page number of every page) is a banner line."""
    seen: dict[str, int] = {}
    for t in tokens:
        if t.kind == SHORT and len(t.text) <= MAX_RUNNING_HEAD_CHARS:
            seen[t.text] = seen.get(t.text, 0) + 1
    if not any(v > 1 for v in seen.values()):
        return
    for k, t in enumerate(tokens):
        if t.kind != SHORT or seen.get(t.text, 0) < 2 or k + 1 == len(tokens):
            continue
        if tokens[k + 1].kind == FURNITURE:
            t.kind = BANNER  # 工会新闻 between the date line and the page number


def _chrome_runs(tokens: list[Token]) -> None:
    """Lines that are chrome by their place among other chrome: the links listed under a
    label such as 往期推荐 (up to the next blank line), and the account name printed between
    two buttons of a post's footer (轻触阅读原文 / 北京工会12351 / 向上滑动看下一个)."""
    for k, t in enumerate(tokens):
        if t.kind != FURNITURE:
            continue
        label = t.text.strip(_LABEL_MARKS)
        if label in LINK_LIST_LABELS:
            run = []  # the lines up to the next blank line or furniture
            for link in tokens[k + 1:]:
                if link.gap or link.kind == FURNITURE:
                    break
                run.append(link)
            # Under 相关新闻 (a box label of print too), unmarked lines are links only when
            # nothing but short lines follows it (a box holds a story's text).
            unmarked = label not in _MARKED_LINKS_ONLY or all(link.kind == SHORT for link in run)
            for link in run:
                if not (link.text.startswith(LIST_MARKS) or unmarked and link.kind == SHORT):
                    break
                link.kind = FURNITURE
        elif _FOOTER_RE.search(t.text):
            # 版权所有 劳动午报社 / 京ICP备… / 地址：北京市东城区台基厂头条3号: the site's contacts
            for line in tokens[k + 1:]:
                if line.gap or line.kind == FURNITURE or not line.text.startswith(_CONTACT_FIELDS):
                    break
                line.kind = FURNITURE
        elif t.text[0] == "以" and _REPOST_CARD_RE.match(t.text):
            # 以下文章来源于劳动午报 ，作者劳动午报 / 劳动午报 . / 北京市总工会机关报，…: the card of
            # the account a post was reposted from, its name and its one-line description
            for card in tokens[k + 1:k + 1 + REPOST_CARD_LINES]:
                if card.gap or card.kind == FURNITURE or len(card.text) > MAX_CARD_LINE_CHARS \
                        or card.lead is not None:
                    break
                card.kind = FURNITURE
        elif label in COMMENT_LABELS:  # readers' comments and the account's replies (name：text)
            for comment in tokens[k + 1:]:
                if comment.gap or not _COMMENT_RE.match(comment.text):
                    break
                comment.kind = FURNITURE
        elif k + 2 < len(tokens) and tokens[k + 1].kind in (SHORT, BANNER) and tokens[k + 2].kind == FURNITURE \
                and _is_button(t.text) and _is_button(tokens[k + 2].text):
            tokens[k + 1].kind = FURNITURE


def _is_button(s: str) -> bool:
    return s in APP_BUTTONS or (" " in s or "\u3000" in s) and s.replace(" ", "").replace("\u3000", "") in APP_BUTTONS


def _is_site_name(s: str) -> bool:
    """Is ``s`` the name of the site, app or platform a story was copied from (北京日报客户端,
    学习强国　北京学习平台, 千龙网·中国首都网)? One name alone only when no headline could end so."""
    if s[-1] not in _SITE_LAST_CHARS or not s.endswith(_SITE_LAST):  # the last item, like every other, is a name
        return False
    items = [x for x in _SITE_SPLIT_RE.split(s) if x]
    if len(items) == 1:
        return s in PLATFORMS or s.endswith(_APP_NAME_ENDS)
    return all(x in PLATFORMS or x in OUTLETS or x in SITE_PAGES or x.endswith(_SITE_ENDS) for x in items)


_BUTTON_SPLIT_RE = lazy(r"[\s【】\[\]]+")


def _is_button_row(s: str) -> bool:
    """Is ``s`` a row of buttons and counters (点赞　在看　分享, 阅读 2.3万　点赞 126　在看 45)?
    Every item is a button, a counter, a share target or the app's name, one at least a button."""
    button = False
    for item in _BUTTON_SPLIT_RE.split(s):  # (【打印】【关闭】   返回目录)
        if not item:
            continue
        if item in APP_BUTTONS or item in COUNTER_LABELS:
            button = True
        elif item not in SHARE_TARGETS and not item.endswith(_APP_NAME_ENDS):
            item = _COUNTER_RE.sub("", item)  # 2.3万, 点赞126
            if item in APP_BUTTONS or item in COUNTER_LABELS:
                button = True
            elif item:
                return False
    return button


# Furniture of web copies and PDF exports: metadata lines (来源：劳动午报 发布时间：…, a bare
# date and time, 原标题：…, 【字体：大 中 小】, 当前位置：首页 > …), navigation, page numbers.
_WEB_META_RE = lazy(
    r"[【\[]?(?:来源|作者|编辑|责编|审核|供稿|撰稿|稿件类型|拟用版面|字数|发布时间|发布日期|发表时间|更新时间|浏览次数|阅读次数|点击数|字号|当前位置|"
    r"您现在的位置|您的位置|原标题|分享到|图片来源)"
    r"\s*[:：][^，,。！？]*$"
    # a phone copy's credits set off by a bar (来源 | 劳动午报, 编辑｜李涛, 图片 | 视觉中国); 记者 |
    # 孙艳 and 文｜本报记者 X are bylines
    r"|(?:来源|作者|编辑|责编|责任编辑|图片|图源|审核|审校|排版|校对|监制|统筹|策划|设计|制作|出品|值班编辑)"
    r"[ \u3000]*[|｜丨][^，,。！？]*$"  # (more fields may follow: 来源丨劳动午报  记者丨马超)
    r"|【责任编辑\s*[:：][^】]*】$|【?字体[:：][^，,。]*$"
    r"|(?:[【\[]?(?:上一篇|下一篇|返回目录|打印本页|关闭窗口|返回顶部|字号\s*[:：]?\s*大\s*中\s*小)[】\]]?\s*)+$"
    r"|(?:[【\[][ \u3000]*(?:打印|关闭|收藏|分享|纠错|返回|大|中|小)[ \u3000]*[】\]]\s*)+$"
    r"|(?:上一篇|下一篇)\s*[:：][^。]*$"
    # a date and time, alone or before the source and author fields (2026年11月25日08:41 | 来源：劳动午报 |
    # 作者：崔欣) or before the outlet's name (2026年11月26日 08:12 劳动午报)
    r"|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[|｜丨]\s*)?"
    r"(?:(?:来源|作者)\s*[:：].*)?$"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[|｜丨]\s*)?"
    r"(?:(?:来源|作者)\s*[:：].*)?|(?:来源|作者)\s*[:：].*)$"
    r"|(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[·•]\s*|\s+)(?:发布于[^\s，。,]{1,6}\s*)?[^\s，。,：:|｜丨]{2,14}$"
)
# An outlet and the author field set off by a bar (北京日报客户端 | 作者 本报记者 孙艳).
MAX_OUTLET_AUTHOR_CHARS = 60
_OUTLET_AUTHOR_RE = lazy(r"[^\s|｜丨，。,：:]{2,12}[ \u3000]*[|｜丨][ \u3000]*作者[ \u3000]*[:：]?[^|｜丨，,。]*$")
# The author field of a metadata line, up to the next field: its value is a byline when it
# names a role (作者：本报记者 孙艳, 作者 记者 王路曼/文 张晶/摄); so is a reporter's own field
# after the source (来源：劳动午报 记者：白莹 通讯员：周强).
_META_AUTHOR_RE = lazy(r"(?:作者[ \u3000]*[:：]?[ \u3000]*|(?<=[\s|｜丨])(?=(?:本报)?(?:首席|实习|特约|见习)?记者))"
                       r"(.+?)(?<!记者)(?<!通讯员)(?<!实习生)[ \u3000]*"  # (记者　白莹, 记者丨马超: a name follows)
                       r"(?:[|｜丨]|\s{2,}|\s(?=(?:责任编辑|责编|编辑|来源|发布|审核|校对))|$)")
_WEB_META_FIRST = frozenset("来作编责审供撰稿拟发更浏阅点字当您原分图【[上下返打关0123456789")
# First characters of the credits set off by a bar only (图片 | 视觉中国, 审核 | 王磊): tried on
# lines that hold a bar, as many body lines open with them (图为…, 出席…, 设立…).
_BAR_META_FIRST = frozenset("图审排校监统策设制出值")
# A web copy's menu path: 北京工会网 > 新闻中心 > 基层动态 (three parts or more).
MAX_MENU_PATH_CHARS = 60
# The site's name may stand before it (千龙网·中国首都网　首页 > 北京 > 社会民生), the arrows doubled
# (人民网 >> 北京频道 >> 社会).
_MENU_PATH_RE = lazy(r"^(?:[^\s，,。！？>＞»›]{1,12}[ \u3000]+)?[^\s，,。！？>＞»›]{1,12}"
                     r"(?:\s*[>＞»›]{1,2}\s*[^\s，,。！？>＞»›]{1,12}){2,}$")
# What a web copy prints under its headline: 来源：…, 发布时间：…, 作者：…, a date.
_WEB_SOURCE_RE = lazy(r"^[【\[]?(?:来源|发布时间|发布日期|发表时间|日期|作者)\s*[:：]|^\d{4}\s*[-/.年]")


# The chrome of a page copied from a phone or a web site, which no printed page holds: the
# buttons, counters and prompts of a WeChat public account's post (阅读原文, 点赞 86, 微信扫一扫
# / 关注该公众号, 点击上方蓝字关注我们), the account-and-date line under a post's title
# (原创 劳动午报 2024-05-12 08:30 北京), a site's navigation bar (首页 新闻 工会 …, 北京工会网 |
# 劳动午报, 登录 | 注册 搜索) and its legal footer (京ICP备…, 版权所有…).
APP_BUTTONS = frozenset({
    "阅读原文", "轻触阅读原文", "点击阅读原文", "阅读全文", "展开全文", "分享收藏", "预览时标签不可点",
    "微信扫一扫", "关注该公众号", "微信扫一扫关注该公众号", "微信扫一扫可打开此内容，使用完整服务",
    "继续滑动看下一个", "向上滑动看下一个", "知道了", "使用小程序", "打开小程序", "取消允许", "取消",
    "允许", "写留言", "留言", "精选留言", "写下你的留言", "分享", "收藏", "在看", "点赞", "赞", "赞赏",
    "喜欢作者", "喜欢此内容的人还喜欢", "人划线", "长按识别二维码", "长按二维码关注", "长按识别二维码关注",
    "扫码关注", "扫描二维码关注", "收录于合集", "收录于话题", "分享到朋友圈", "发送给朋友", "轻点两下取消赞", "轻点两下取消在看",
    # a news site's or app's (小字号, 举报 / 0 / 分享至, 分享让更多人看到)
    "举报", "分享至", "分享到", "小字号", "中字号", "大字号", "缩小字体", "放大字体", "打印", "打印本页", "关闭",
    "关闭窗口", "纠错", "分享让更多人看到",
    # a 网易号 or 头条号 repost's (关注 beside the account line, 申请入驻 in the site's bar)
    "关注", "+关注", "已关注", "申请入驻",
    # a digital edition's (数字报: 放大 缩小 默认, 上一版 下一版, 首页 往期回顾 版面导航)
    "放大", "缩小", "默认", "上一版", "下一版", "上一期", "下一期", "上一篇", "下一篇", "返回目录", "版面导航", "往期回顾",
    "首页",
})
# What else a row of buttons holds: where to share to, and the app's name (新浪财经APP　缩小字体
# 放大字体　收藏　微博　微信　分享).
SHARE_TARGETS = frozenset({"微信", "微博", "QQ", "QQ空间", "QQ好友", "朋友圈", "新浪微博", "微信好友"})
# What a counter counts (阅读 2.3万　点赞 126　在看 45): buttons of a row, never a line alone.
COUNTER_LABELS = frozenset({"阅读", "阅读量", "浏览", "浏览量", "评论", "转发"})
_APP_NAME_ENDS = ("APP", "App", "app", "客户端", "公众号", "数字报", "电子报", "电子版")
# Platforms that carry reposts, and the endings of sites' and apps' names.
PLATFORMS = frozenset({"学习强国", "今日头条", "百家号", "网易号", "搜狐号", "澎湃号", "企鹅号", "头条号", "人民号",
                       "新华号", "微信公众号"})
# Pages of a site or an account listed with its name (微信公众号 · 历史消息).
SITE_PAGES = frozenset({"历史消息", "全部消息", "历史文章"})
_SITE_ENDS = ("网", "平台", "客户端", "APP", "App", "号", "数字报", "电子报", "电子版")
_SITE_SPLIT_RE = lazy(r"[ \u3000·|｜丨]+")
_SITE_LAST = (*_SITE_ENDS, *PLATFORMS, *OUTLETS, *SITE_PAGES)
_SITE_LAST_CHARS = frozenset(x[-1] for x in _SITE_LAST)
MAX_SITE_NAME_CHARS = 24
# A button's counter (阅读 2.3万, 点赞 126): the number beside it.
_COUNTER_RE = lazy(r"\d[\d.,]*[万wW]?\+?")
MAX_CHROME_CHARS = 100
MAX_BUTTON_CHARS = max(map(len, APP_BUTTONS)) + 2  # the longest button, and a space or two
# Longest chrome line with a comma in it (视频 小程序 赞，轻点两下取消赞 在看，…); longer ones with
# a comma are text.
MAX_BUTTON_ROW_CHARS = 44
# Last characters of a finished sentence, which no chrome line ends with (most paragraphs do).
_SENTENCE_LAST = frozenset("。！？!?”’」』")
# 原创 劳动午报 2024-05-12 08:30 北京: account (author) names, a date and a time, a place (a
# dated masthead, 劳动午报 2023年1月2日 星期一 or 劳动午报 2023-01-02, has no time)
_POST_META_RE = lazy(
    r"(?:原创\s*)?(?:[^\s，。,：:]{1,20}\s+){1,3}"
    r"\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}"
    r"(?:\s+[^\s，。,\d]{2,10}){0,2}$"
)
_CHROME_RE = lazy(
    r"(?:阅读|点赞|在看|赞|分享|留言|喜欢|转发|收藏)(?:量|数)?\s*[:：]?\s*\d[\d.,]*\s*[万wW]?\+?$"
    r"|视频\s*小程序\s*赞|[-—–~\s]*(?:THE\s+)?END[-—–~\s]*$"
    r"|[▲△↑]?\s*点击(?:上方|下方|标题下|蓝字).{0,16}(?:关注|星标)|点击\s*[“\"「]?阅读原文|以下文章来源于\S{1,24}$"
    r"|原创(?:[ \u3000]+[^\s，。,：:！？]{1,20}){1,3}$"  # 原创 朝阳工会 北京朝阳工会 (the date on the next line)
    r"|首页(?:[ \u3000]*[|｜丨·][ \u3000]*|[ \u3000]+)[^\s|｜丨·，。,]{1,8}(?:(?:[ \u3000]*[|｜丨·][ \u3000]*|[ \u3000]+)[^\s|｜丨·，。,]{1,8})+$"
)
_CHROME_FIRST = frozenset("阅点在赞分留喜转收视以-—–~ TE▲△↑首原")
# A QR-code box's lines (扫码关注劳动午报, [二维码], 长按识别…): tried on lines opening with these.
_QR_RE = lazy(r"扫码关注|扫描二维码|长按识别|[\[【]二维码[\]】]")
_QR_FIRST = frozenset("扫长[【")
# An app's advert among slogans set apart by wide spaces.
_APP_AD_RE = lazy(r"扫码下载|下载\s*APP|扫码关注|扫码入会", re.I)
# A post's hashtags (#工会动态 36个, #劳模 #工匠), which a ## headline never looks like.
_HASHTAGS_RE = lazy(r"#[^\s#]{1,20}[ \u3000]+\d+个$|(?:#[^\s#]{1,20}[ \u3000]*){2,}$")
# ... after the button that names them, on one line (收录于合集 #工会动态 26个).
_COLLECTION_RE = lazy(r"收录于(?:合集|话题)[ \u3000]*(?:#[^\s#]{1,20}[ \u3000]*(?:\d+个)?[ \u3000]*)+$")
# Words of a site's bars: a line of short items split by | holding one of these (or a name
# ending in 网, or an outlet's) is a bar (北京工会网 | 劳动午报, 关于我们 | 联系我们 | 网站地图).
SITE_WORDS = frozenset({
    "首页", "登录", "注册", "搜索", "关于我们", "联系我们", "网站地图", "法律声明", "广告服务", "版权声明",
    "免责声明", "隐私政策", "意见反馈", "设为首页", "加入收藏", "手机版", "电子版", "数字报", "返回首页", "网站首页",
})
_BAR_SPLIT_RE = lazy(r"[ \u3000]*[|｜丨][ \u3000]*|[ \u3000]{2,}|\u3000")
_BAR_ITEM_RE = lazy(r"[^\s，,。；;！？：:]{1,12}$")
# What the ways of saving a story leave around it: an address line, an e-mail's headers
# (发件人: …, 主题: 转发：…, -----原始邮件-----), a browser's print header (2025/9/3 上午9:15
# <spaces> the page's title), an office bulletin's distribution list (报：区总工会, 送：…, 发：…).
_COPY_CHROME_RE = lazy(
    r"(?:\d{1,3}\.[ \u3000]*)?(?:https?://|www\.)\S+$"  # (18. http://… of a text browser's References)
    r"|(?:发件人|收件人|抄送|密送|发送时间|发送日期|From|Sent)[ \u3000]*[:：]"
    r"|(?:主题|Subject)[ \u3000]*[:：][ \u3000]*(?:转发|回复|Fw|Re)"  # (主题：学习贯彻… in a story is text)
    r"|-{2,}[ \u3000]*(?:原始邮件|转发邮件|Original Message|Forwarded message)[ \u3000]*-{2,}$"
    r"|\d{4}/\d{1,2}/\d{1,2}[ \u3000]*(?:上午|下午|AM|PM)?[ \u3000]*\d{1,2}:\d{2}(?:[ \u3000]{2,}.*)?$"
    r"|(?:报|送|发|抄送|抄报)[:：][^，,。！？]{1,30}$", re.I)
_COPY_CHROME_FIRST = frozenset("hHwW发收抄密主FS-0123456789报送")
# The fields of a site's contacts under its legal footer.
_CONTACT_FIELDS = ("地址：", "地址:", "电话：", "电话:", "邮编：", "邮编:", "联系电话", "传真")
# A reposted post's card: 以下文章来源于劳动午报 ，作者劳动午报, then the account's name and
# its description, on lines this short at most.
REPOST_CARD_LINES = 2
MAX_CARD_LINE_CHARS = 30
_REPOST_CARD_RE = lazy(r"以下文章来源于[^，,。]{1,20}[ \u3000]*[，,]?[ \u3000]*作者[^，,。]{1,20}$")
# A site's or a page's legal footer (京ICP备10031524号, 版权所有 劳动午报社, 主办单位：… 承办单位：…,
# 中工网　主办单位：工人日报社, 本版稿件如需转载请注明出处) and the paper's own adverts (欢迎订阅…
# 订报热线：…).
_FOOTER_RE = lazy(r"ICP[备证]|公网安备|版权所有|不良信息举报|Copyright|©|主办单位.*承办单位|网[ \u3000]+主办(?:单位)?[:：]"
                  r"|转载请注明|不得转载|禁止转载|欢迎订阅|订报热线|广告热线|发行热线")
# A platform's or account's disclaimer under a repost, a sentence like the text's own (本文来自网易号
# “劳动午报”，仅代表作者观点，不代表网易立场。 声明：本文为…发布内容，转载请注明出处。), and the
# repost's own source line (本文来源：劳动午报).
DISCLAIMER_OPENERS = ("本文来自", "本文来源", "本文系", "本文为", "特别声明", "声明", "免责声明", "版权声明", "Notice",
                      "注：本文", "注:本文")
_DISCLAIMER_FIRST = frozenset(x[0] for x in DISCLAIMER_OPENERS)
_DISCLAIMER_RE = lazy(r"不代表|仅代表作者|信息存储|转载请注明|未经.{0,4}授权|不得转载|版权归|版权所有|uploaded and posted"
                      r"|刊载于|刊登于|原载于"
                      r"|^本文来源\s*[:：][^，,。]*$")
# Where a union bulletin's item came from, on a line of its own under it: （供稿：街道总工会办公室）,
# （区总工会办公室　供稿）, 转载自《劳动午报》2025年6月18日. It ends the item.
MAX_SOURCE_LINE_CHARS = 40
_SOURCE_LINE_RE = lazy(r"[（(][ \u3000]*(?:供稿|撰稿|稿件来源|来源)[ \u3000]*[:：][^（）()]{1,30}[）)]$"
                       r"|[（(][^（）()\s，。,]{2,24}[ \u3000]*供稿[ \u3000]*[）)]$|转载自[^，。,]{2,36}$"
                       r"|[（(]以下[^（）()，。,]{0,10}?(?:摘自|选自|转自|来自)[^（）()]{2,24}[）)]$")  # a compilation's note
_SOURCE_LINE_FIRST = frozenset("(（转")
# The credit of a text or picture given to a body rather than a person (文字：丰台区总工会宣教部,
# 图/丰台区总工会, 文/图：石景山区总工会宣传部): furniture, as it names no one.
MAX_BODY_CREDIT_CHARS = 32
_BODY_CREDIT_FIRST = frozenset("文图摄")
_BODY_CREDIT_RE = lazy(r"(?:文字|文[/／]图|图文|文|图|图片|摄影)\s*[/／:：|｜]\s*[^\s，,。；;]{2,24}"
                       r"(?:工会|工会联合会|宣传部|宣教部|办公室|中心|委员会|公司|集团|服务站)$")
# A site's or an account's list of links to other posts, under one of these labels: the
# titles in it are no stories (往期推荐 / ▶ 北京职工“五一”假期可免费游览这些公园).
LINK_LIST_LABELS = frozenset({"往期推荐", "推荐阅读", "往期回顾", "热门推荐", "精彩推荐", "热文推荐", "往期精彩",
                              "精彩回顾", "更多精彩", "猜你喜欢", "相关新闻", "相关阅读", "相关文章", "相关稿件",
                              "相关推荐", "热点推荐", "更多推荐",
                              # a bulletin's contents over its numbered titles
                              "目录", "目 录", "目\u3000录", "本期目录", "本期要目",
                              # a digital edition's list of the page's stories
                              "本版文章", "本版导读", "本版新闻", "版面导航",
                              # a text browser's list of the page's links
                              "References"})
# A post's comments follow these buttons.
COMMENT_LABELS = frozenset({"精选留言", "热门留言", "全部留言"})
_COMMENT_RE = lazy(r"[^\s：:，,。]{1,16}[：:]")
# Under these (also box labels of print), only lines with a list mark are links.
_MARKED_LINKS_ONLY = frozenset({"相关新闻", "相关阅读", "相关文章", "相关稿件"})
LIST_MARKS = tuple("▶►▸·•●○◆◇▪-*>→◎")


def _is_chrome(s: str) -> bool:
    """Is the line (at most MAX_CHROME_CHARS long) the chrome of a phone or web copy?"""
    if not s[0].isalnum() and not any(ch.isalnum() for ch in s):
        return True  # ▼, 👇, 🎉🎉🎉: a post's symbols and emoji, no word in them
    if len(s) <= MAX_BUTTON_CHARS and _is_button(s) or s[0] in _CHROME_FIRST and _CHROME_RE.match(s) \
            or s[0] in _QR_FIRST and _QR_RE.match(s):
        return True
    if (" " in s or "\u3000" in s) and len(s) <= MAX_BUTTON_ROW_CHARS and _is_button_row(s):
        return True
    if len(s) <= MAX_SITE_NAME_CHARS and _is_site_name(s):
        return True
    if " " in s and ("20" in s or "19" in s) and _POST_META_RE.match(s):  # a year
        return True
    if ("\u3000" in s or "  " in s) and ("扫码" in s or "下载" in s) and _APP_AD_RE.search(s):
        return True  # 北京工会12351　会员服务一键办理　扫码下载APP: an advert's slogans, set apart
    if ("|" in s or "｜" in s or "丨" in s) and _is_site_bar(s):
        return True
    return _FOOTER_RE.search(s) is not None


def _is_site_bar(s: str) -> bool:
    """A site's bar: short items split by bars, one a site's word or name (北京工会网 | 劳动午报,
    网站首页 | 工会概况 | …), not a page's banner (劳动午报｜第03版)."""
    if "记者" in s:
        return False  # 北京日报客户端 | 记者 韩晓彤: a byline
    items = [x for x in _BAR_SPLIT_RE.split(s) if x]
    return len(items) >= 2 and all(_BAR_ITEM_RE.match(x) for x in items) and any(
        x in SITE_WORDS or x.endswith("网") or x in OUTLETS for x in items) and not _MASTHEAD_ANYWHERE_RE.search(s)


# A page's line that says where on the site the reader is.
_POSITION_LABELS = ("您现在的位置", "您的位置", "当前位置", "【当前位置")


def _is_navigation(s: str) -> bool:
    """A site's name, bar, menu path or 您现在的位置 line: what a page prints above its stories."""
    return (s.startswith(_POSITION_LABELS) or len(s) <= MAX_MENU_PATH_CHARS and _MENU_PATH_RE.match(s) is not None
            or len(s) <= MAX_SITE_NAME_CHARS and _is_site_name(s)
            or ("|" in s or "｜" in s or "丨" in s) and len(_BAR_SPLIT_RE.split(s)) >= 3 and _is_site_bar(s))


# An entry of a front page's table of contents: a headline and the page it is on
# (▶第2版 丰台区新就业形态劳动者有了“职工之家”, 高温天，给劳动者多一份“清凉守护”（详见第3版）,
# ▶ 经开区技术工人夜校开课 3版, 卢沟桥街道职工包粽子迎端午　3版).
MAX_TOC_ENTRY_CHARS = 60
_TOC_ENTRY_RE = lazy(r"^[▶►◆■●·]\s*第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版[ \u3000▶►：:]+[^\s。]"
                     r"|[(（]\s*(?:详见|见)\s*第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[)）]$"  # （见2版）
                     r"|^[▶►◆■●·]\s*[^\s。].*[ \u3000]第?\s*[0-9０-９]{1,2}\s*版$"  # ▶ 经开区技术工人夜校开课 3版
                     # without a bullet, set off by a wide space (卢沟桥街道职工包粽子迎端午　3版); not a
                     # page's running head (劳动午报　2025年4月28日　星期一　第05版)
                     r"|^(?!.*(?:\d\s*[年月日]|星期))[^\s。].*?(?:\u3000| {2,})[ \u3000]*[0-9０-９]{1,2}\s*版$")


# A guide to the issue on a line of its own, its label first (本期要目：…｜…, 目录：…).
_GUIDE_LINE_RE = lazy(r"^(?:本期要目|本期导读|本期目录|今日导读|要目|目录|导读)[ \u3000]*[:：]")
_GUIDE_FIRST = frozenset("本今要目导")
# Labelled e-paper exports name each part of a story: the headline is marked like ``## ``.
# So do the exports of newspaper databases, with their fields in brackets (【标题】…, 【作者】…,
# 【正文】…, CNKI's layout) or with a colon (副标题：…); a record's other fields are furniture,
# and its author field a byline when it names a role (【作者】本报记者 孙艳).
_LABEL_RE = lazy(r"^(?:【\s*)?(引题|肩题|正标题|主标题|标题|副标题|副题|正文|作者|报纸|报刊|报纸名称|日期|出版日期|版次|版号|版名|"
                 r"版面|出处|栏目|关键词|摘要)(?:\s*】|\s*[:：])\s*(.*)$")
_LABEL_FIRST = frozenset("【引肩标副正主")
# Where the next field of a line of fields starts (引题：…　标题：…　副题：…).
_LABEL_ROW_SPLIT_RE = lazy(r"[ \u3000]+(?=(?:引题|肩题|正标题|主标题|标题|副标题|副题)[:：])")
_LABEL_KIND = {"引题": SHORT, "肩题": SHORT, "标题": HEAD, "正标题": HEAD, "主标题": HEAD, "副题": SUBHEAD,
               "副标题": SUBHEAD, "正文": BODY, "作者": BYLINE}
_FIELD_FIRST = frozenset("作报日出版栏关摘")  # the fields that are furniture, but 作者
# A line opening a byline bracket it does not close: 本报讯（记者 周美玉 通讯员
_OPEN_BYLINE_RE = lazy(r"^[□■●◆]*[^()（）\s]{0,20}?[讯电]?\s*[（(][^()（）]{0,30}$")
# The rest of a byline cut across two lines: a name or two, then the closing bracket.
_BYLINE_END_RE = lazy(r"[\u4e00-\u9fff·\s\u3000、]{1,24}[)）]")
# Longest second line of a headline marked on two lines (## …送温暖 / ## 圆满收官).
MAX_HEAD_TAIL_CHARS = 8
# Longest running page header (工会新闻, 第3版 要闻).
MAX_RUNNING_HEAD_CHARS = 12


def _classify(s: str, n: int, gap: int) -> Token:
    # Each pattern is tried only on lines opening with the character it requires (``s`` is
    # never empty): most lines are body text that none of them matches.
    first = s[0]
    if first in _LABEL_FIRST or first in _FIELD_FIRST and ("：" in s[:6] or ":" in s[:6]):
        # 引题：… / 标题：… / 副题：… / 正文：… of a labelled e-paper export; 【标题】… / 【作者】… /
        # 【正文】… of a database's
        label = _LABEL_RE.match(s)
        if label and not label.group(2):
            return Token(FURNITURE, s, n, gap)  # 引题： / 副题： left empty by the export
        kind = _LABEL_KIND.get(label.group(1), FURNITURE) if label else None
        if kind in (FURNITURE, BYLINE) and first != "【" and _SENTENCE_PUNCT_RE.search(label.group(2)):
            kind = None  # 作者：张三在文中说道，…: a sentence, not a field
        if kind is not None:
            value = label.group(2)
            if kind == BYLINE:  # 【作者】本报记者 孙艳: a byline; 【作者】孙艳: furniture (the text's byline counts)
                return _author_field(value, s, n, gap)
            if kind == FURNITURE:
                return Token(FURNITURE, s, n, gap)
            if kind != BODY:
                return Token(kind, value, n, gap)
            s, first = value, value[0]
    if first == "【" and (number := _BRACKET_NUMBER_RE.match(s)) and number.end() < len(s):
        rest = _classify(s[number.end():], n, gap)
        if rest.kind == FURNITURE or rest.kind == BYLINE:
            return rest if rest.kind == BYLINE else Token(FURNITURE, s, n, gap)  # 【3】来源：劳动午报
    m = MARK_RE.match(s) if first == _MARK_FIRST else None
    if m and s[1:2] != "#" and _HASHTAGS_RE.match(s) or first == "收" and _COLLECTION_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # #工会动态 36个: a post's collection tags
    if m and m.group(2).strip():
        level, rest = len(m.group(1)), m.group(2).strip()
        kind = BANNER if level == 1 or _section_label(rest) else HEAD if level == 2 else SUBHEAD
        return Token(kind, rest, n, gap)  # ## 工会简讯: a section of the page, no headline
    if first in _FURNITURE_FIRST and (JUMP_RE.match(s) or END_RE.match(s)):
        return Token(FURNITURE, s, n, gap)
    if first in _WEB_META_FIRST and _WEB_META_RE.match(s) \
            or first in _BAR_META_FIRST and ("|" in s or "｜" in s or "丨" in s) and _WEB_META_RE.match(s) \
            or len(s) <= MAX_OUTLET_AUTHOR_CHARS and "作者" in s and _OUTLET_AUTHOR_RE.match(s):
        return _meta_author(s, n, gap) if "作者" in s or "记者" in s else Token(FURNITURE, s, n, gap)
    if first in _SOURCE_LINE_FIRST and len(s) <= MAX_SOURCE_LINE_CHARS and _SOURCE_LINE_RE.match(s):
        if "记者" in s:  # （来源：劳动午报 记者 马超）: the source and the story's reporter
            return _meta_author(s.strip("（）() \u3000"), n, gap)
        return Token(FURNITURE, s, n, gap)  # （供稿：街道总工会办公室）, 转载自《劳动午报》…: a bulletin item's source
    if first in _BODY_CREDIT_FIRST and len(s) <= MAX_BODY_CREDIT_CHARS and _BODY_CREDIT_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # 文字：丰台区总工会宣教部, 图/丰台区总工会: a body's credit, no one named
    if first in _DISCLAIMER_FIRST and s.startswith(DISCLAIMER_OPENERS) and _DISCLAIMER_RE.search(s):
        return Token(FURNITURE, s, n, gap)  # 本文来自网易号“劳动午报”，仅代表作者观点，…
    if first == "以" and _REPOST_CARD_RE.match(s):
        return Token(FURNITURE, s, n, gap)
    if first in _COPY_CHROME_FIRST and "，" not in s and "," not in s and _COPY_CHROME_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # an address line, an e-mail's headers, a print header
    if s[-1] not in _SENTENCE_LAST and len(s) <= MAX_CHROME_CHARS and (len(s) <= MAX_BUTTON_ROW_CHARS or (
            "，" not in s and "," not in s)) and _is_chrome(s):  # a paragraph cut by a break has commas
        return Token(FURNITURE, s, n, gap)
    if first in _GUIDE_FIRST and "，" not in s and _GUIDE_LINE_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # 本期要目：区总工会启动…｜通州与北三县…: a newsletter's contents
    if len(s) <= MAX_TOC_ENTRY_CHARS and "版" in s and _TOC_ENTRY_RE.search(s):
        return Token(FURNITURE, s, n, gap)  # 本期导读: ▶第2版 丰台区…, 高温天…（详见第3版）
    if len(s) <= MAX_MENU_PATH_CHARS and (">" in s or "＞" in s or "»" in s or "›" in s) and _MENU_PATH_RE.match(s):
        return Token(FURNITURE, s, n, gap)
    if (first == "▲" or first == "△") and len(s) <= MAX_HEADLINE_CHARS and not is_terminated(s):
        return Token(BODY, s, n, gap)  # ▲ 职工们在夜校学习插花技艺: a post's picture caption, never a headline
    if (s[-1] in _DIGITS or s[-1] == "线") and len(s) <= MAX_PHONE_LINE_CHARS and _PHONE_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # 12351, 北京工会12351职工服务热线: a hotline's box
    if len(s) <= _MAX_LABEL_CHARS:
        if (s[-1] in _DIGITS or s[-1] in "】]") and _ITEM_NUMBER_RE.match(s):
            return Token(FURNITURE, s, n, gap)  # 01 / NO.2 over a digest's item: no headline, no kicker
        label = s.strip(_LABEL_MARKS)
        if label in SECTION_LABELS:
            return Token(BANNER, s, n, gap)  # 工会简讯, 图片新闻: a section of the page, no headline
        if label in LINK_LIST_LABELS:
            return Token(FURNITURE, s, n, gap)  # 往期推荐: the links below are furniture too
        if label in BOX_LABELS or label in COLUMN_LABELS:
            tok = Token(BODY, s, n, gap)
            tok.apart = True
            return tok
    if _is_masthead(s) and not ("记者" in s and parse_byline_line(s) is not None):  # 记者：马超　编辑：李涛
        return Token(BANNER, s, n, gap)
    tok = Token(BODY, s, n, gap)  # a body paragraph (or a story's last one) unless shown otherwise
    if holds_no_credits(s):  # most paragraphs: no byline or credit to parse, now or later
        tok.lead = tok.credit = tok.trailing = None
        if _is_short(s):
            tok.kind = SHORT
        return tok
    credit = tok.credit
    if credit and credit[1] == 0:
        tok.kind, tok.credits = CREDIT, credit[0]
        return tok
    if len(s) <= MAX_BYLINE_LINE_CHARS:  # parse_byline_line's own length test, done first
        byline = parse_byline_line(s, lead=tok.lead)
        if byline is not None and byline.signs:
            # 图/本报记者 赵思远, 摄影：通讯员 李明: only picture credits make a photo credit
            only_photo = byline.photographers and not byline.dateline and "文" not in s and set(
                byline.reporters + byline.correspondents + byline.interns) <= set(byline.photographers)
            tok.kind, tok.credits = (CREDIT if only_photo else BYLINE), byline
            return tok
    tok.closes = bool(credit or tok.trailing)
    if _is_short(s) and not _opens_with_byline(tok) and not tok.closes:
        tok.kind = SHORT
    return tok


def _meta_author(s: str, n: int, gap: int) -> Token:
    """A metadata line with an author or reporter field: a byline when the field names a
    role (发布时间：… 作者：本报记者 孙艳 责任编辑：王琳, 来源：劳动午报 记者：白莹), a photo
    credit when it credits a picture (作者：本报记者 陈曦 摄), else furniture (作者：孙艳; the
    text's byline counts)."""
    m = _META_AUTHOR_RE.search(s)
    return _author_field(m.group(1), s, n, gap) if m else Token(FURNITURE, s, n, gap)


def _author_field(value: str, s: str, n: int, gap: int) -> Token:
    """The token of the line ``s`` whose author field holds ``value`` (see ``_meta_author``)."""
    credits = parse_byline_line(value)
    if credits is None and value.endswith(CREDIT_ENDINGS) and (credit := parse_credit(value)) \
            and credit[1] == 0 and credit[0].has_names:
        tok = Token(CREDIT, value, n, gap)  # 作者：本报记者 陈曦 摄: a photo item's credit
        tok.credits = credit[0]
        return tok
    if credits is None or not credits.signs:
        return Token(FURNITURE, s, n, gap)  # (作者：□ 陈兵 signs a commentary)
    tok = Token(BYLINE, value, n, gap)
    tok.credits = credits
    return tok


def _section_label(s: str) -> bool:
    """Is ``s`` the label of a section of the page (■工会简讯, 【工会动态】)?"""
    return len(s) <= _MAX_LABEL_CHARS and s.strip(_LABEL_MARKS) in SECTION_LABELS


# A front page's weather line: 天气：晴　北风二三级, 今日天气 晴转多云 最高气温3℃ (a 今日天气 box's head
# alone is a notice's headline: _SERVICE_BOX_RE).
_WEATHER_OPENERS = ("天气", "今日天气", "明日天气", "本市天气")
_WEATHER_RE = lazy(r"^(?:今日|明日|本市)?天气(?:预报)?[:：\s\u3000]+(?=.*?(?:晴|阴|雨|雪|云|风|雾|霾|气温|℃))")


def _is_masthead(s: str) -> bool:
    if len(s) > MASTHEAD_MAX_CHARS or s.endswith(("。", "！", "？")) or _SENTENCE_PUNCT_RE.search(s):
        return False  # ……送去慰问品。(下转第3版) is a paragraph, not a page label
    return bool(_MASTHEAD_START_RE.match(s) or _MASTHEAD_ANYWHERE_RE.search(s) or _MASTHEAD_DATE_RE.search(s)
                or s.startswith(_WEATHER_OPENERS) and _WEATHER_RE.match(s) is not None  # 天气：晴　北风二三级
                # under a front page's masthead, 今日天气 晴转多云 北风三四级 最高气温3℃
                or s[0] in _EDITOR_FIRST and _EDITORS_LINE_RE.match(s))


_QUOTE_CLOSERS = "”’」』\"'"


def _is_short(s: str) -> bool:
    """A bare line that could be a headline, kicker or subtitle: short, no sentence end."""
    if s[0] in "(（" and s[-1] in ")）":
        return False  # （图片来源：三里屯街道总工会）: an aside in brackets is body text
    compact = s.replace(" ", "").replace("\u3000", "")
    if len(compact) > MAX_HEADLINE_CHARS and (
            len(compact) > MAX_TWO_PART_HEADLINE_CHARS or len(compact) == len(s)  # no space at all
            or _CLAUSE_PUNCT_RE.search(s) is not None or not _TWO_PARTS_RE.search(s)):
        return False
    if s[-1] in "，,、" or is_terminated(s) and not s.rstrip(_QUOTE_CLOSERS).endswith(("！", "？", "!", "?")):
        # ends a sentence (。” too) or a clause: body text, but for a headline's subject
        # before a colon (未来科学城工会：/ 为朝阳产业储备“金蓝领”)
        return s[-1] in "：:" and len(s) <= MAX_COLON_HEAD_CHARS and _OPEN_SUBJECT_RE.search(s) is not None
    return True


def _opens_with_byline(tok: Token) -> bool:
    """``本报讯(记者 马超)近日,…`` opens a story's body, even when a page break cut it short."""
    lead = tok.lead
    return bool(lead and (lead[0].dateline or lead[0].has_names))


def _starts_with_byline(tok: Token) -> bool:
    if tok.kind == BYLINE:
        return True
    return tok.kind in (BODY, SHORT) and _opens_with_byline(tok)


# --- assembling articles --------------------------------------------------------------------

def _assemble(tokens: list[Token]) -> list[_Draft]:
    # Heads printed beside the ones in use (_side_by_side), in order: out of the run of lines,
    # for the next story without a head of its own below them.
    beside = [t for t in tokens if t.beside]
    if beside:
        tokens = [t for t in tokens if not t.beside]
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    banner: list[str] = []
    banner_open = False  # consecutive banner lines form one banner
    note: Token | None = None  # an editor's note printed above the next story's head
    has_marks = any(t.kind == HEAD for t in tokens)
    # pasted posts open each with its title over the account's line (原创 朝阳工会 北京朝阳工会 …)
    posts = sum(1 for t in tokens if t.kind == FURNITURE and t.text[-1:] != "】" and _POST_META_RE.match(t.text)) >= 2
    body_gaps = [t.gap for t in tokens if t.kind == BODY]
    typical_gap = _median(body_gaps) if body_gaps else 1

    # The joined banner text, cached: ``banner`` is only ever appended to or replaced, so the
    # list object and its length identify its text (joining it for every article was
    # quadratic on pages with long banners and many stories).
    banner_text: tuple[list[str] | None, int, str | None] = (None, 0, None)

    def start(title_tokens: list[Token], kicker: list[Token], subtitle: list[Token], first: Token) -> _Draft:
        nonlocal cur, banner_text, note
        if not title_tokens and not kicker and beside and _opens_with_byline(first) \
                and (ready := [t for t in beside if t.line < first.line]):
            # 本报讯（记者 孙艳）… with no headline above it, after a story whose headline was
            # printed beside another: that other one (and the kicker beside its kicker)
            title_tokens, kicker = [ready[-1]], ready[:-1]
            del beside[:len(ready)]
        if banner_text[0] is not banner or banner_text[1] != len(banner):
            banner_text = (banner, len(banner), " ".join(banner) or None)
        heading: list[str] = []
        if cur is not None and cur.credits_only:
            d = cur  # a byline or credit printed above the story's headline belongs to it
        elif cur is not None and title_tokens and cur.heading_only:
            # 区县工会一周速览 / 长阳镇开设职工子女暑期托管班 / 本报讯…: a headline with nothing
            # under it but the next story's headline is a heading over it, its kicker
            d, heading = cur, [*cur.kicker, cur.title]
        else:
            d = _Draft(banner=banner_text[2], first_line=(kicker or title_tokens or [first])[0].line)
            drafts.append(d)
        d.kicker = heading + [t.text.lstrip(BULLETS) or t.text for t in kicker]
        d.title = " ".join(_headline_text(t.text) for t in title_tokens) or None
        d.bare = bool(title_tokens) and title_tokens[0].kind != HEAD
        d.subtitle = [t.text for t in subtitle]
        if d.title and "——" in d.title and (inline := _INLINE_SUBTITLE_RE.match(d.title)):
            # 门头沟区职工书屋“流动”进山村 ——斋堂镇首批20个流动书箱投用: the subtitle on the headline's line
            d.title = inline.group(1)
            d.subtitle.insert(0, inline.group(2))
        d.last_line = first.line
        if note is not None:
            d.body.insert(0, note)  # 编者按：… over the head opens the story, as it does under it
            d.first_line = min(d.first_line, note.line)
            note = None
        cur = d
        return d

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == BANNER:
            if not banner_open:
                # a section of the page (■工会简讯) stays under the page's banner (第06版：朝阳工会)
                banner = [b for b in banner if not _section_label(b)] if _section_label(tok.text) else []
            banner.append(tok.text)
            banner_open = True
            if cur is not None and _section_label(tok.text):
                cur = None  # ■工会简讯 opens a section of the page: the story above is finished
            i += 1
            continue
        banner_open = False
        if tok.kind == FURNITURE:
            if cur is not None and cur is drafts[-1] and cur.heading_only and not cur.kicker and _is_navigation(tok.text):
                # 北京市石景山区总工会 / 网站首页 | 工会概况 … / 您现在的位置：首页 > 工作动态: the site's
                # name over its navigation, the banner of the stories below, not a heading
                drafts.pop()
                if cur.title not in banner:
                    banner.append(cur.title)
                cur = drafts[-1] if drafts else None
            at = _next_content_index(tokens, i + 1)
            nxt = tokens[at] if at < len(tokens) else None
            crosshead = None
            if nxt is not None and nxt.kind == SHORT and (after := _next_content(tokens, at + 1)) is not None \
                    and after.kind == BODY and not _starts_with_byline(after) and _JUMP_BACK_RE.match(tok.text):
                # (上接第2版) / 补贴能撑多久？ / 爱心餐厅的平价套餐…: a crosshead (or the headline
                # repeated) opens the continuation
                crosshead, nxt = nxt, after
            if _JUMP_BACK_RE.match(tok.text) and nxt is not None and nxt.kind == BODY \
                    and (back := next((d for d in reversed(drafts) if d.jumped), None)) is not None \
                    and (cur is None or not _in_header(cur) or cur.title is None or _repeats(cur.title, back.title)):
                # (上接第1版) and no headline of its own, or the story's own headline repeated,
                # whole or shortened: the text below goes on with the story that jumped here
                # ((下转第2版)), not with the story printed above it (a jump headline of its own
                # over the marker makes the rest a record of its own)
                if cur is not None and cur is not back and cur.title is not None and _repeats(cur.title, back.title):
                    drafts.remove(cur)  # the repeated headline: no record of its own
                back.jumped = False
                back.dropped.append(tok)
                cur = back
                i += 1
                if crosshead is not None:
                    if _repeats(crosshead.text, back.title):
                        back.dropped.append(crosshead)
                    else:
                        back.add_crosshead(crosshead)
                    i = at + 1
                continue
            if cur is not None:
                cur.dropped.append(tok)
                if cur.body and _JUMP_ON_RE.match(tok.text):
                    cur.jumped = True
            i += 1
            continue
        if tok.kind == SUBHEAD and cur is not None and cur.body and not _in_header(cur) \
                and (n := _next_content_index(tokens, i + 1)) < len(tokens) \
                and (tokens[n].kind == BODY or tokens[n].kind == SHORT and _body_like(tokens[n].text)) \
                and not _starts_with_byline(tokens[n]) and not tok.text.startswith(DASH_START) \
                and not _caption_under(tokens, n, typical_gap):
            # ### 从学徒到“排故能手” between a story's paragraphs: its crosshead (over a paragraph a
            # column break cut: 全年,…提供法律援助 / 312件,…)
            cur.add_crosshead(tok)
            i += 1
            continue
        if tok.kind in (HEAD, SUBHEAD) and not (tok.kind == SUBHEAD and cur and _in_header(cur)):
            i = _take_headline(tokens, i, [], start)
            continue
        if tok.kind == SUBHEAD:  # ### directly under a headline
            cur.subtitle.append(tok.text)
            cur.last_line = tok.line
            i += 1
            continue
        if tok.kind == SHORT and posts and i + 1 < len(tokens) and tokens[i + 1].kind == FURNITURE \
                and _POST_META_RE.match(tokens[i + 1].text):
            # a post's title over its account's line (2025年北京市职工职业技能大赛启动… / 原创 北京市总工会 …)
            start([tok], [], [], tok)
            cur.last_line = tok.line
            i += 1
            continue
        if tok.kind == SHORT:
            j = i + 1  # the run of short lines, up to one set apart by more space than paragraphs
            while j < len(tokens) and tokens[j].kind == SHORT and not _set_apart(tokens[j], typical_gap):
                j += 1
            run = tokens[i:j]
            if j == i + 1 and cur is not None and cur.body and _box_label(cur.body[-1]) and not cur.closed \
                    and _signed(cur) and _box_signed_alike(cur, tokens, j):
                # 记者手记 / 普惠服务贵在“精准” / … / 本报记者 陈曦: the heading of a box inside the
                # story above, signed by its reporter
                cur.add_crosshead(tok)
                i = j
                continue
            nxt = _next_content(tokens, j)
            if nxt is not None and nxt.kind == BODY and nxt.text.startswith(EDITOR_NOTE):
                # kicker / headline / subtitle / 编者按：… / 本报记者 X: the note belongs to the
                # head, what follows it tells what the run is
                after = _next_content(tokens, _next_content_index(tokens, j) + 1)
                nxt = after if after is not None and _starts_with_byline(after) else nxt
            if cur is not None and j < len(tokens) and tokens[j].kind == FURNITURE and _JUMP_ON_RE.match(tokens[j].text):
                _to_body(cur, run, banner)  # ……逐户排 / 查线路隐患（下转第3版）: the story's last lines here
                i = j
                continue
            if not _decisive(nxt):
                # A line that reads like running text (a comma, a news lead) ends the
                # headline candidates: it is the first body line, cut short by a break.
                # Right after a finished story, the first line cannot continue that story.
                opens_block = (cur is None and not _continues(run[0].text)) or _after_story(cur, tokens, j, typical_gap)
                first = 1 if opens_block and not _LEAD_CLAUSE_RE.match(run[0].text) else 0
                k = next(
                    (k for k in range(first, len(run))
                     if _body_like(run[k].text) or (k and run[k - 1].text.startswith(DASH_START))),
                    None,
                )
                if k == 0:
                    if cur is None or cur.jumped or _photo_lead_after_story(cur, run[0], tokens, i):
                        start([], [], [], run[0])
                    cur.body.append(run[0])
                    cur.last_line = run[0].line
                    i += 1
                    continue
                if k is not None:
                    run, j = run[:k], i + k
                    nxt = tokens[j]
            if cur is not None and cur.body and cur.body[-1].apart and nxt is not None \
                    and (nxt.kind in (BODY, BYLINE) or nxt.kind == SHORT and _body_like(nxt.text)) \
                    and not any(_body_like(t.text) for t in run):
                # ■记者手记 / 讲台之外的“幕后英雄” / text: a box or column with a headline of its own
                label = cur.body.pop()
                kicker, title, subtitle = _shape_headline(run)
                start([title], [label, *kicker][-MAX_KICKER_LINES:], subtitle, title)
                cur.last_line = run[-1].line
                i = j
                continue
            role = _resolve_run(run, nxt, cur, tokens, j, has_marks, typical_gap, posts)
            if role == "kicker":  # the run sits above a marked headline
                keep = run[-MAX_KICKER_LINES:]
                keep = keep[_past_fields(keep):]  # 咨询电话：…, 西城区总工会 / 2024年7月10日 close the story above
                while len(keep) > 1 and _ends_sentence(keep[0].text):
                    keep = keep[1:]  # 大赛等你来！ closes the story above, it is no kicker
                _to_body(cur, run[: len(run) - len(keep)], banner)
                i = _take_headline(tokens, _next_content_index(tokens, j), keep, start)
                continue
            if role == "headline":
                # 报名电话：…, 地址：…, 服务时间：… (and the list lines above them) close the story above
                if cut := _past_fields(run[:-1]) or _list_goes_on(cur, run[:-1]):
                    _to_body(cur, run[:cut], banner)
                    run = run[cut:]
                if len(run) > 1 and cur is not None and _notice_title(run[-1].text):
                    # a poem's last lines / 征稿启事: a notice has no kicker, the lines are the story's
                    _to_body(cur, run[:-1], banner)
                    run = run[-1:]
                kicker, title, subtitle = _shape_headline(run)
                _to_body(cur, kicker[: max(0, len(kicker) - MAX_KICKER_LINES)], banner)
                kicker = kicker[-MAX_KICKER_LINES:]
                start([title], kicker, subtitle, title)
                cur.last_line = run[-1].line
                i = j
                continue
            # body lines of the current article (subheads, or fragments cut by a break)
            if cur is None:
                start([], [], [], run[0])
            for t in run:
                cur.body.append(t)
                cur.last_line = t.line
            i = j
            continue
        if tok.kind == BYLINE:
            if cur is None or _byline_above_headline(cur, tok, _next_content(tokens, i + 1)):
                start([], [], [], tok)
            if cur.body and not _in_header(cur) and not _notes_only(cur.body):
                cur.tail.append(tok)  # (劳动午报记者 X) under the last paragraph
            else:
                cur.bylines.append(tok.credits)
            cur.last_line = tok.line
            i += 1
            continue
        if tok.kind == CREDIT:
            if cur is None:
                start([], [], [], tok)
            nxt = _next_content(tokens, i + 1)
            if not tok.credits.has_names and _signed(cur) and nxt is not None and nxt.kind == BODY \
                    and not _starts_with_byline(nxt):
                # （图片由丰台区总工会提供） between two paragraphs of a signed web story: the
                # credit of a picture in it, which does not end the story (kept in the byline)
                cur.inline.append(tok)
                i += 1
                continue
            if cur.title is not None and not cur.body and not cur.tail and nxt is not None and nxt.kind == BODY:
                cur.bylines.append(tok.credits)  # ## 雁栖湖畔职工健步走 / 本报记者 白莹 摄影报道 / 10月19日，…
                cur.last_line = tok.line
                i += 1
                continue
            cur.tail.append(tok)
            cur.last_line = tok.line
            i += 1
            continue
        # BODY
        if tok.apart and (n := _next_content_index(tokens, i + 1)) < len(tokens) and tokens[n].kind == HEAD:
            i = _take_headline(tokens, n, [tok], start)  # 记者手记 / ## 讲台之外的“幕后英雄”: its kicker
            continue
        if tok.text[-1] in _HEADLINE_LIKE_LAST and _headline_over_byline(tok, _next_content(tokens, i + 1)):
            start([tok], [], [], tok)  # 这个夏天，他们在高温下坚守…… / □本报记者 陈曦
            i += 1
            continue
        if tok.text[0] == "【" and (tag := _NOTICE_TAG_RE.match(tok.text)) is not None:
            # 【启事】东城区总工会“律师坐诊”…: a notice printed under a story, a record of its own
            start([], [], [], tok)
            cur.title = tag.group(1)
            cur.body.append(tok)
            cur.last_line = tok.line
            i += 1
            continue
        if tok.text[0] == _NOTE_FIRST and tok.text.startswith(EDITOR_NOTE) and note is None and (
                cur is None or cur.closed or not cur.body or is_terminated(cur.body[-1].text)):
            n = _next_content_index(tokens, i + 1)
            for _ in range(MAX_KICKER_LINES):  # the kicker lines between the note and the head
                if n < len(tokens) and tokens[n].kind == SHORT:
                    n = _next_content_index(tokens, n + 1)
            if n < len(tokens) and tokens[n].kind == HEAD:
                note = tok  # 编者按：… / 基层工会主席谈履职 / ## “工会工作要做到职工心坎上”
                i += 1
                continue
        if cur is None and not drafts and len(tok.text) <= MAX_SENTENCE_KICKER_CHARS and tok.credit is None:
            # 一线职工的冷暖,始终是工会组织最大的牵挂。 / ## 【平谷区总工会…】: a sentence over the
            # page's first headline is its kicker (with the kicker lines under it), and so over a
            # bare headline that a byline follows
            n = _next_content_index(tokens, i + 1)
            shorts = []
            while n < len(tokens) and tokens[n].kind == SHORT and len(shorts) < MAX_KICKER_LINES:
                shorts.append(tokens[n])
                n = _next_content_index(tokens, n + 1)
            if n < len(tokens) and tokens[n].kind == HEAD:
                i = _take_headline(tokens, n, [tok, *shorts], start)
                continue
            if len(shorts) == 1 and n < len(tokens) and _starts_with_byline(tokens[n]):
                start(shorts, [tok], [], shorts[0])
                i = n
                continue
        if len(tok.text) <= MAX_LONG_HEADLINE_CHARS and _headline_over_dateline(tok, cur, tokens, i):
            start([tok], [], [], tok)  # …新春招聘会 30家企业拿出岗位800余个 / 本报讯（记者 白莹）…
            i += 1
            continue
        if cur is None or (cur.body and _starts_with_byline(tok) and not cur.quote_opened and not _noted_only(cur)
                           and not (cur.picture_first and tok.gap <= typical_gap)) \
                or (cur.closed and cur.body and not _next_caption(cur, tok) and not _box_after_signature(cur, tok)) \
                or tok.gap >= 2 and _captioned_photo_apart(cur, tok, typical_gap, _next_token(tokens, i)) \
                or _photo_lead_after_story(cur, tok, tokens, i) or _bulleted_lead(cur, tok) \
                or _labelled_brief(cur, tok) or _labelled_notice(tok.text) and cur.body:
            start([], [], [], tok)  # a story without a recognisable headline
        cur.body.append(tok)
        cur.last_line = tok.line
        i += 1
    return drafts


def _caption_under(tokens: list[Token], n: int, typical_gap: float) -> bool:
    """Is ``tokens[n]`` a photo's caption, closed by a credit at its end or on the line under it
    (### 古北水镇里的“冰雪课堂” / 近日,… / 本报记者 周美玉 摄影报道: a photo item's headline over it)?"""
    credit_at = _block_credit(tokens, n, typical_gap)
    return credit_at is not None and credit_at <= n + 1


def _box_after_signature(cur: _Draft, tok: Token) -> bool:
    """A box (人物名片, 相关链接) under the reporter's name that closes a story's 记者手记, and
    the box's text: the story's, not a record of its own."""
    if not cur.tail or not _signed(cur):
        return False
    signed_at = cur.tail[-1].line
    return _box_label(tok) or any(_box_label(t) for t in cur.body if t.line > signed_at)


# How far below a box's heading its signature is looked for.
MAX_BOX_PARAGRAPHS = 8


def _box_signed_alike(cur: _Draft, tokens: list[Token], j: int) -> bool:
    """Is the box whose text starts at ``tokens[j]`` unsigned, or signed by a reporter of the
    story ``cur`` (本报记者 陈曦 under both)?"""
    for tok in tokens[j:j + MAX_BOX_PARAGRAPHS]:
        if tok.kind == BYLINE:
            names = set(tok.credits.reporters) if tok.credits else set()
            return not names or bool(names & _story_reporters(cur))
        if tok.kind == BODY and tok.text[0] in "（(" and (signed := _BRACKETED_NAME_RE.match(tok.text)):
            return signed.group(1) in _story_reporters(cur)  # （白莹） under a 记者手记 of its own
        if tok.kind not in (BODY, FURNITURE):
            return True
    return True


# A name alone in brackets on its line: a piece's signature (（白莹）).
_BRACKETED_NAME_RE = lazy(r"^[（(]([\u4e00-\u9fff·]{2,4})[)）]$")


def _box_label(tok: Token) -> bool:
    return tok.apart and tok.text.strip(_LABEL_MARKS) in BOX_LABELS


def _next_token(tokens: list[Token], i: int) -> Token | None:
    return tokens[i + 1] if i + 1 < len(tokens) else None


def _caption_number(text: str) -> int:
    """The number a photo spread's caption opens with (①…, 图②…), or 0."""
    mark = text[1:2] if text[:1] == "图" else text[:1]
    return NUMBERED_CAPTION_ORDER.get(mark, 0)


def _next_caption(cur: _Draft, tok: Token) -> bool:
    """Is the paragraph the next caption of a photo spread whose captions each close with their
    credit (①… 本报记者 张晶 摄 / ②… 通讯员 李明 摄)?"""
    number = _caption_number(tok.text)
    return number > 1 and _caption_number(cur.body[-1].text) == number - 1


# Shortest headline read as a shortened repeat of the one a story jumped from.
MIN_REPEATED_HEAD_CHARS = 4


def _repeats(head: str, title: str | None) -> bool:
    """Is ``head`` the headline ``title`` repeated over its continuation, whole or shortened
    (首都劳动奖状奖章名单揭晓 over the rest of 2025年首都劳动奖状奖章和工人先锋号名单揭晓: its
    characters in order)?"""
    if title is None:
        return False
    if head == title:
        return True
    if len(head) < MIN_REPEATED_HEAD_CHARS or len(head) >= len(title):
        return False
    chars = iter(title)
    return all(ch in chars for ch in head)


def _notes_only(body: list[Token]) -> bool:
    """Are these paragraphs editor's notes (编者按：…) and nothing else?"""
    return all(t.text.startswith(EDITOR_NOTE) for t in body)


def _noted_only(d: _Draft) -> bool:
    """Has the story only its editor's note so far, its dateline still to come?"""
    return d.title is not None and _notes_only(d.body)


def _byline_above_headline(cur: _Draft, tok: Token, nxt: Token | None) -> bool:
    """A marked byline (□本报记者 X, □ 李强) between a finished story and a headline: it signs
    the story below (a story is never closed by a marked byline, only by a bracketed one); so
    does a bare one over a marked headline when the story above is closed by its credit or
    signed by others already (本报讯(记者 白莹)… / 本报记者 张晶 / ## 鲁谷街道…, the byline
    moved by a careless edit)."""
    if not cur.body or nxt is None or not (cur.closed or is_terminated(cur.body[-1].text)):
        return False
    if tok.text[0] in "□■●◆":
        return nxt.kind in (HEAD, SHORT)
    return (nxt.kind == HEAD and tok.text[0] not in "(（" and bool(tok.credits.reporters)
            and (bool(cur.tail) or bool(names := _story_reporters(cur)) and not names & set(tok.credits.reporters)))


def _continues(text: str) -> bool:
    """A line that can only continue a sentence begun above (a page break cut it)."""
    return (text.startswith(CONTINUATION_START) or SENTENCE_INSIDE_RE.match(text) is not None
            or DATE_FRAGMENT_RE.match(text) is not None)


def _ends_sentence(text: str) -> bool:
    """A line ending in 。！？ (closing quotes aside): a kicker line never does."""
    return text.rstrip(_QUOTE_CLOSERS)[-1:] in ("。", "！", "？", "!", "?")


# Openings of a caption that belongs to the story around it (图为张立新在指导徒弟).
IN_STORY_CAPTION = ("图为", "上图", "下图", "左图", "右图", *(f"图{n}" for n in "一二三四五六①②③④⑤⑥123456"))


# Last characters of a line _headline_over_byline can accept (a cheap test first).
_HEADLINE_LIKE_LAST = frozenset("…！？!?”’」』\"'")


def _headline_over_byline(tok: Token, nxt: Token | None) -> bool:
    """A short line ending in …… ！ ？ right above a byline line that opens a story (□本报记者
    陈曦, not a closing (劳动午报记者 X)): a headline, though it ends like a sentence."""
    if nxt is None or nxt.kind != BYLINE or nxt.text.startswith(("(", "（")):
        return False
    text = tok.text.rstrip(_QUOTE_CLOSERS)
    return text.endswith(("…", "！", "？", "!", "?")) and len(tok.text) <= MAX_HEADLINE_CHARS \
        and not tok.text.startswith(CONTINUATION_START)


# Longest sentence read as a kicker over the page's first headline, and longest line read as a
# headline over a dateline (a main headline and its second part set on one line).
MAX_SENTENCE_KICKER_CHARS = 40
MAX_LONG_HEADLINE_CHARS = 60
# Clause punctuation no headline over a dateline holds.
_CLAUSE_MARK_RE = lazy(r"[，,；;]")


def _headline_over_dateline(tok: Token, cur: _Draft | None, tokens: list[Token], i: int) -> bool:
    """A line (``tokens[i]``) right above a paragraph that opens with a dateline (本报讯（记者
    白莹）…) is that story's headline when it holds no clause and the story above has ended:
    it ends unfinished (a headline too long to be taken as one: …新春招聘会 30家企业拿出岗位800余个),
    or with a stray full stop after a subject the lead repeats (房山区总工会举办职工冬季长跑比赛。 /
    …2月7日，房山区…)."""
    text = tok.text
    if _CLAUSE_MARK_RE.search(text) or cur is not None and cur.body and not is_terminated(cur.body[-1].text):
        return False
    nxt = _next_content(tokens, i + 1)
    if nxt is None or nxt.kind != BODY or not may_open_with_lead(nxt.text):
        return False
    lead = nxt.lead
    if lead is None or lead[0].dateline is None or tok.lead is not None or tok.closes \
            or text.startswith(CONTINUATION_START):
        return False
    if not is_terminated(text):
        return True
    return (text.endswith("。") and text.count("。") == 1 and len(text) <= MAX_HEADLINE_CHARS
            and _HAN_OPENING_RE.match(text) is not None and text[:SUBJECT_CHARS] in nxt.text[:MAX_HEADLINE_CHARS])


def _captioned_photo_apart(cur: _Draft | None, tok: Token, typical_gap: float, nxt: Token | None) -> bool:
    """A paragraph closed by a photo credit (at its end, or on the next line, ``nxt``, no further
    apart than paragraphs are), set apart from a signed story by more white space than its
    paragraphs have: a photo-news item without a headline, not the story's picture."""
    return (cur is not None and bool(cur.body) and tok.gap > typical_gap and tok.gap >= 2
            and (tok.credit is not None or nxt is not None and nxt.kind == CREDIT and nxt.gap <= typical_gap)
            and not tok.text.startswith(IN_STORY_CAPTION)
            and _signed(cur) and is_terminated(cur.body[-1].text))


# Most lines a photo caption runs to before its credit (a narrow PDF column cuts it often).
MAX_CAPTION_LINES = 8


def _photo_lead_after_story(cur: _Draft, tok: Token, tokens: list[Token], i: int) -> bool:
    """A news lead (近日，天坛公园管理处工会组织职工…) after a finished paragraph, in a block that
    a photo credit closes: a photo item without a headline, not more of the story above."""
    if not (cur.body and _LEAD_CLAUSE_RE.match(tok.text)
            and (is_terminated(cur.body[-1].text) or cur.body[-1].closes)):  # ……。 本报记者 张晶 摄
        return False
    credit = line = None
    for k in range(i, min(len(tokens), i + MAX_CAPTION_LINES)):  # the caption, cut by a narrow column
        t = tokens[k]
        if t.kind == CREDIT:
            credit, line = t.credits, t
        elif t.kind == BODY and t.credit:
            credit = t.credit[0]
        elif t.kind not in (BODY, SHORT):
            return False
        elif is_terminated(t.text):  # the caption's sentence ends here: its credit comes next
            if k + 1 < len(tokens) and tokens[k + 1].kind == CREDIT:
                credit, line = tokens[k + 1].credits, tokens[k + 1]
            else:
                return False
        if credit is not None:
            # a credit naming the story's own reporter is the story's picture, and so is a
            # picture's credit line (图/通讯员 贾晓宇) under a news story's last paragraph set tight
            if line is not None and line.text[0] == "图" and tok.gap <= 1 and line.gap <= 1 and _dated(cur):
                return False
            return not (set(credit.reporters) & _story_reporters(cur))
    return False


def _dated(cur: _Draft) -> bool:
    """Is the story a news story opened by a dateline (本报讯…)?"""
    return any(c.dateline for c in cur.bylines) or bool(cur.body and (lead := cur.body[0].lead) and lead[0].dateline)


# A brief's subject, then when (海淀区温泉镇总工会近日举办…), and a brief tagged with its place
# (【朝阳】近日，…, 【经开区】日前，…).
_BRIEF_TIME = r"(?:近日|日前|近期|昨天|昨日|今天|今日|\d{1,2}月\d{1,2}日)"
_SUBJECT_THEN_TIME_RE = lazy(rf"[^，,。；;：:\s]{{2,24}}?{_BRIEF_TIME}")
_TAGGED_BRIEF_RE = lazy(rf"【[^】\s]{{1,5}}】[ \u3000]*(?:{_BRIEF_TIME}|[^，,。]{{2,24}}?{_BRIEF_TIME})")
_LABELLED_BRIEF_RE = lazy(rf"([^，,。：:\s“”]{{2,5}})[：:][ \u3000]*(?:{_BRIEF_TIME}|[^，,。]{{2,24}}?{_BRIEF_TIME})")
# Bullets a brief printed without a headline opens with (■近日，…); □ marks bylines instead.
_BRIEF_BULLETS = frozenset("■●◆▲★")


def _bulleted_lead(cur: _Draft, tok: Token) -> bool:
    """■近日，丰台区卢沟桥街道总工会… or ■ 海淀区温泉镇总工会近日举办… after a finished paragraph,
    or 【朝阳】近日，… (a box of briefs each tagged with its district): a brief without a headline."""
    first = tok.text[0]
    if not (first in _BRIEF_BULLETS or first == "【") or not cur.body or not is_terminated(cur.body[-1].text):
        return False
    if first == "【":
        return _TAGGED_BRIEF_RE.match(tok.text) is not None
    rest = tok.text.lstrip(BULLETS)
    return _LEAD_CLAUSE_RE.match(rest) is not None or _SUBJECT_THEN_TIME_RE.match(rest) is not None


def _labelled_brief(cur: _Draft, tok: Token) -> bool:
    """西城区：近日，西城区什刹海街道总工会… after a finished paragraph: a brief without a
    headline, labelled with its district (or town) and a colon."""
    if "：" not in tok.text[:7] and ":" not in tok.text[:7] or not cur.body or not is_terminated(cur.body[-1].text):
        return False
    label = _LABELLED_BRIEF_RE.match(tok.text)
    return label is not None and (label.group(1).endswith(("区", "镇", "乡", "街道")) or label.group(1) in _district_labels())


@lru_cache(maxsize=1)
def _district_labels() -> frozenset[str]:
    """The short names a brief's label gives a district by (东城：近日，…), and the development
    zone's (亦庄); read from the gazetteer when a brief first needs them."""
    from ghcli.gazetteer import DISTRICT_BY_SHORT

    return frozenset(DISTRICT_BY_SHORT) | {"亦庄"}


def _story_reporters(d: _Draft) -> set[str]:
    """The reporters a story is signed by so far (byline lines and its opening byline, after
    an editor's note, an opening quotation or a picture maybe)."""
    names = {name for c in d.bylines for name in c.reporters}
    if d.body and _opens_with_byline(lead := d.body[_lead_at(d.body)]):
        names.update(lead.lead[0].reporters)
    return names


def _after_story(cur: _Draft | None, tokens: list[Token], j: int, typical_gap: float) -> bool:
    """Does a run of short lines ending before ``tokens[j]`` follow a finished story, so that
    it cannot be that story's text even when it reads like running text (这群“蓝领”不简单,
    迎端午、包粽子)? The story above closed with a credit or trailing byline, or it ends
    with a whole sentence and the block below is a captioned photo."""
    if cur is None or not cur.body:
        return False
    if cur.closed:
        return True
    return is_terminated(cur.body[-1].text) and _block_ends_with_credit(tokens, j, typical_gap)


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _in_header(d: _Draft) -> bool:
    return not d.body and not d.tail


def _next_content_index(tokens: list[Token], j: int) -> int:
    """Index of the next token from ``j`` that is not page furniture (``len(tokens)`` if none)."""
    while j < len(tokens) and tokens[j].kind in (BANNER, FURNITURE):
        j += 1
    return j


def _next_content(tokens: list[Token], j: int) -> Token | None:
    """Next token that is not page furniture (banners between columns are transparent)."""
    j = _next_content_index(tokens, j)
    return tokens[j] if j < len(tokens) else None


def _take_headline(tokens: list[Token], i: int, kicker: list[Token], start) -> int:
    """A marked headline at ``tokens[i]``: take it and the subtitle lines under it."""
    head = tokens[i]
    j = i + 1
    nxt = tokens[j] if j < len(tokens) else None
    if nxt is not None and (
            # ## 密云区总工会“两节”送温暖 / ## 圆满收官: one headline set on two lines
            nxt.kind == HEAD and nxt.gap <= 1 and len(nxt.text) <= MAX_HEAD_TAIL_CHARS and head.text[-1] not in "。！？!?…"
            # ## 怀柔区总工会启动“职工微 / 心愿”认领活动: the column wrapped the marked line
            or nxt.kind == SHORT and nxt.gap == 0 and _joins(head.text, nxt.text)):
        head = Token(HEAD, head.text + nxt.text, head.line, head.gap)
        j += 1
    subtitle: list[Token] = []
    while j < len(tokens) and len(subtitle) < MAX_KICKER_LINES:
        t = tokens[j]
        if t.kind == SUBHEAD or (t.kind == SHORT and t.text.startswith(DASH_START)):
            subtitle.append(t)
            j += 1
            continue
        if t.kind == SHORT and t.text[0] not in _BRIEF_BULLETS:  # ■…: an item of its own, no subtitle
            nxt = _next_content(tokens, j + 1)
            if nxt is not None and _starts_with_byline(nxt):
                subtitle.append(t)
                j += 1
                continue
        break
    d = start([head], kicker, subtitle, head)
    d.last_line = tokens[j - 1].line
    return j


# Pairs of marks a headline line may open and the next line close (“职工微 / 心愿”认领活动).
_PAIRED_MARKS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("「", "」"), ("‘", "’"))
# Last characters of a line cut inside a phrase: a kicker never ends with them.
_WRAP_END = frozenset("的和与及并或为向对给把将让被从")  # (石景山区总工会为 / 1500名环卫工人…)
# A line ending with a count opens the subject it counts (平谷区420名 / 果树修剪能手集中“充电”).
# A figure as a headline prints it (8.6万, 300余; 百, 两千余), before its measure word.
_FIGURE = r"\d+(?:\.\d+)?[万千]?(?:余|多)?"
_CN_FIGURE = r"[一二两三四五六七八九十百千万]+(?:余|多)?"
_COUNT_END_RE = lazy(rf"(?:{_FIGURE}(?:名|位|户|家|支|份|个|件)|{_CN_FIGURE}(?:名|位))$")  # (not 进万家)
# What a line opens with when it goes on from the line before: an adverb needs its subject
# there (让暖心驿站 / 真正暖到…, 让每一份劳动 / 都被温柔以待).
_GOES_ON = ("真正", "都被", "都在", "都有", "都能", "也能", "也有", "也要", "还要", "正在", "已经", "仍在")
# A line opening with a conjunction before a count goes on from the line before (市总工会表彰
# 100个首都劳动奖状单位 / 和400名奖章获得者); a line of time and scope words alone waits for
# its subject (今年全市 / 户外劳动者服务站点 / 将新增300家).
_AND_COUNT_RE = lazy(r"^(?:和|及|与|以及)(?:\d|[一二两三四五六七八九十百千]+(?:余|多)?[名位个家])")
_FRAME_ONLY_RE = lazy(r"^(?:今年|明年|年内|今冬|今夏|全市|本市|全区|今冬明春)+$")
# A place a line ends inside of (魏善庄镇月季园里 / 养护工比起了…, 未来科学城里 / 职工子女…): where
# the subject below is.
_INSIDE_PLACE_RE = lazy(r"^[^\s“”\"了进到在入]{2,10}(?:(?:园|镇|村|厂|工地|社区|车间|楼宇|胡同|街道|公园|城|站|场)里|工地上)$")
# A number cut from its measure word (北京经开区新增20 / 个职工暖心驿站, …为2000 / 余名快递员…).
_MEASURE_START_RE = lazy(r"^(?:余|多)?(?:个|名|位|家|人|万|千|项|支|户|所)")
# A line that names a place within a district and nothing else (石景山区首钢园 / 职工书屋升级开放):
# where the headline below happens, one with it.
_PLACE_ONLY_RE = lazy(r"^[\u4e00-\u9fff]{2,4}区[\u4e00-\u9fff]{2,8}(?:园|镇|乡|街道|地区|村|社区)$")
# A person named after a title at a line's end (全国技术能手赵建华 / 为青年职工“传帮带”): the subject.
_TITLED_NAME_END_RE = lazy(r"(?:劳模|劳动模范|技术能手|工匠|标兵|先进工作者)([\u4e00-\u9fff]{2,3})$")

# A verb that launches what the next line names (全总启动新就业形态劳动者 / 入会集中行动).
_LAUNCH_RE = lazy(r"启动|开展|举办|部署|组织")
_EVENT_WORDS = "行动|活动|工程|计划|竞赛|大赛|比赛|仪式"
_EVENT_END_RE = lazy(rf"(?:{_EVENT_WORDS})$")
# …开展根治欠薪专项检查 / 护薪在行动: the verb has its object, the line below is a headline.
_ACTION_END_RE = lazy(rf"(?:{_EVENT_WORDS}|检查|培训|调研|会议|服务)$")
# A place ending a line and a count of its people opening the next: one subject (怀柔区雁栖镇 /
# 百名职工志愿者守护雁栖湖).
_PLACE_END_RE = lazy(r"(?:区|县|镇|乡|街道|地区|园|科学城|商圈)$")  # (中关村软件园 / 32家企业工会…)
# An amount a subject spends (房山区总工会投入86万元 / 为职工购买互助保障).
_AMOUNT_END_RE = lazy(r"\d+(?:\.\d+)?[万亿]?元$")
# A count inside a line of a headline's subject (首都8.6万名职工 / 同台竞技…).
_COUNT_INSIDE_RE = lazy(rf"{_FIGURE}名[\u4e00-\u9fff]{{1,6}}$")
_COUNT_START_RE = lazy(rf"^(?:{_FIGURE}(?:名|位|家|份)|{_CN_FIGURE}(?:名|位))")


def _titled_name_end(line: str) -> bool:
    """Does the line end with a title and a person's name (not 首都工匠风采: no surname)?"""
    m = _TITLED_NAME_END_RE.search(line)
    return m is not None and surname_led(m.group(1))


# Longest headline line that ends with its subject and a colon (未来科学城工会：).
MAX_COLON_HEAD_CHARS = 16
# Longest crosshead (小标题) told by being one of a series of whole phrases.
MAX_CROSSHEAD_CHARS = 16
# A paragraph whose first clause is one or two characters long continues a cut word.
_CLAUSE_AT_START_RE = lazy(r"^.{1,2}[，,、。；;：:]")


# Words that end a headline's subject, an organisation (顺义临空经济区工会 / 助力…).
_SUBJECT_WORDS = "工会联合会|总工会|工会|工作室|街道|服务中心|公司|集团|协会"
# A line that has its subject and no predicate yet: it ends with the subject (with a verb
# waiting for its object, or a colon: 经开区企业工会开展 / 未来科学城工会：), or with a preposition
# and its object (什刹海街道工会在胡同里, 金海湖镇工会为景区一线, 大兴区总工会走进大兴机场); with the
# verb of joining forces, it waits for what they do (三区工会联手 / 为快递小哥送上…).
_OPEN_SUBJECT_RE = lazy(
    rf"(?:{_SUBJECT_WORDS})(?:(?:开展|举办|启动|开设|推出|组织|发布|签署|慰问|看望|走访|表彰|联手|携手|合力){{1,2}}|[：:]"
    rf"|(?:[在为把向对给与同赴]|携手|联合|走进|来到|深入)[^\s，,。！？]{{1,10}})?$")  # (门头沟区总工会慰问 / 延庆工会携手怀来)
# A line that is its subject alone (顺义区总工会): the first part of a wrapped headline only when
# it is about as long as the line it wraps onto, as the column cut it there; a short one over a
# longer headline is a kicker that names the body (顺义区总工会 / “小哥驿站”开进商圈).
_SUBJECT_ONLY_RE = lazy(rf"(?:{_SUBJECT_WORDS})$")
# A line that opens with its own subject: a headline under its kicker, not the rest of one.
_OWN_SUBJECT_RE = lazy(rf"^[^\s“”‘’，,。！？]{{0,10}}?(?:{_SUBJECT_WORDS})")
# A line ending with a verb that waits for its object (…联合开展, 顺义区总工会开办): never a whole kicker.
_OPEN_VERB_RE = lazy(r"(?:开展|举办|联办|启动|开设|开办|推出|组织|发布|签署|部署|(?<!全)覆盖|惠及|走进|来到|送到|送进|成了|成为|"
                     r"建起|办起|搭建|携手)$")
# A line whose 覆盖 is the object of the verb opening it (扩大新经济组织工会覆盖): whole.
_COVERAGE_RE = lazy(r"(?:扩大|提高|提升|实现|推进|推动|拓展|扩展)\S*覆盖$")
# Words that open a headline of its own with its time or scope (市总工会部署 / 今年全市将新建…).
_FRAME_WORDS = ("今年", "明年", "年内", "今冬", "今夏", "全市", "本市")
# An event whose own start the verb tells (…技能大赛启动, …主题活动启动): a whole line.
_EVENT_STARTS_RE = lazy(r"(?:赛|活动|行动|工程|计划|季|月|节|周|仪式)启动$")
# A headline's subject at the end of a line (…工会, …街道, 平谷2000名女职工, 密云律师志愿团), and
# the predicate opening the next one (赴…, 为…, 走进…, 享受…): one headline a column cut in two.
_SUBJECT_END_RE = lazy(
    r"(?:工会|工会联合会|街道|地区|镇|乡|村|社区|区|市|县|职工|工人|员工|劳动者|建设者|农民工|快递员|骑手|小哥|司机|工匠|劳模|法院|检察院|"
    r"团|队|站|站点|中心|公司|集团|企业|工地|园区|商圈|学校|医院|科学城|班组|协会|委员会|部门|单位|志愿者|赛|运动会|"
    r"行动|活动)$")
# A place's or trade's group of people ending a line (台湖镇职工, 交通运输行业职工, 怀柔山区职工):
# the subject of the headline it is the first line of (kickers that end with a group say
# something of it: 礼赞劳动者, 冬奥遗产惠职工, 身边的工匠); a verb and a time that modifies
# its object on the next line (大兴区开展冬季, 全总部署岁末年初, 全总部署开展2025年), or a
# count or modifier still waiting for its noun (…建成首个新就业形态 / 劳动者综合服务站).
_GROUP_END_RE = lazy(r"^[^\s的]{0,10}(?:镇|乡|街道|地区|区|县|村|社区|山区|行业|系统|楼宇|园区)[^\s的]{0,4}?"
                     r"(?:职工|工人|员工|劳动者|骑手|小哥|司机|工匠|劳模|农民工|快递员|建设者|手|员)$")  # (庞各庄镇农机手)
# Verbs a kicker opens with, saying something of the group it ends with (服务楼宇职工, 关爱户外劳动者).
_KICKER_VERBS = ("服务", "关爱", "关注", "聚焦", "助力", "礼赞", "致敬", "守护", "情系", "心系", "走近", "点赞", "温暖")
_MODIFIER_END_RE = lazy(r"(?:开展|部署|启动|举办|组织)(?:冬季|夏季|春季|秋季|岁末年初|岁末|年初|年末|首届|首批|年度|\d{4}年度?)$"
                        r"|(?:首个|首家|首批|新就业形态)$")
_PREDICATE_RE = lazy(
    r"(?:赴|为|在|向|对|给|与|把|将|从|让|有了|开展|举办|举行|启动|开设|开办|推出|推动|组织|发布|签署|签订|设立|建成|建起|"
    r"打造|慰问|看望|走进|走访|深入|享受|喜领|领到|收到|比拼|新增|新添|召开|部署|成立|揭牌|迎来|获得|荣获|喜获|助力|"
    r"携手|联合|探索|实施|完成|实现|开启|开通|上线|亮相|参加|参与|评选|表彰|学习|争当|争做|提升|筑牢|守护|点亮|"
    r"送上|送去|送出|送来|资助|帮扶|覆盖|惠及|出台|织密|织牢|决出|推进|出炉|落地|开幕|闭幕|收官|开赛|启幕|掀起|搭建|架起|擦亮|唱响|"
    r"添了|用上|吃上|喝上|住上|走上|登上|送到|送进|同台|开到|开进|搬进|落户|获|可|将获|能享|扎根|服务)")
# Longest column label over a headline (最美职工, 劳模风采, 身边榜样).
MAX_COLUMN_LABEL_CHARS = 4
# Longest rest of a headline wrapped onto a line of its own (房山工会启动“春送岗位” / 专场招聘).
MAX_WRAP_TAIL_CHARS = 4
# Longest first line of a headline wrapped onto such a tail (a headline's column holds no more).
MAX_WRAPPED_HEAD_LINE_CHARS = 16


def _wrapped(line: str, nxt: str) -> bool:
    """Is ``line`` the first part of a headline a narrow column wrapped onto ``nxt``? It opens
    a quote or bracket that ``nxt`` closes, it ends inside a phrase (……为一线职工的), it has its
    subject and no predicate (顺义临空经济区工会 / 助力朝阳产业育人才), or ``nxt`` is too short to be
    a headline of its own. A kicker in two parts (弘扬劳模精神 争当时代先锋) is whole, even when its
    last word ends like a phrase cut short (劳模带头 职工参与)."""
    parts = line.split()
    if len(parts) == 2 and len(parts[0]) == len(parts[1]) >= 3 or nxt.startswith(DASH_START):
        return False  # (a subtitle never goes on from the line above)
    if line[-1] in _WRAP_END or nxt.startswith(_GOES_ON) or _COUNT_END_RE.search(line) or _INSIDE_PLACE_RE.match(line) \
            or line[-1].isdigit() and _MEASURE_START_RE.match(nxt) or _PLACE_ONLY_RE.match(line) \
            or _EVENT_END_RE.search(nxt) and _LAUNCH_RE.search(line) and not _LAUNCH_RE.search(nxt) \
            and not _ACTION_END_RE.search(line) \
            or _AND_COUNT_RE.match(nxt) or _FRAME_ONLY_RE.match(line) \
            or _PLACE_END_RE.search(line) and _COUNT_START_RE.match(nxt):
        return True
    if any(line.count(o) > line.count(c) and nxt.count(c) > nxt.count(o) for o, c in _PAIRED_MARKS):
        return True
    if " " in line or "\u3000" in line or (
            _OWN_SUBJECT_RE.match(nxt) and not _PREDICATE_RE.match(nxt)):  # (…区法院 / 设立…工作室: no subject)
        return False
    if _OPEN_SUBJECT_RE.search(line) is not None:
        if _SUBJECT_ONLY_RE.search(line) is None or len(line) >= len(nxt) - 1:
            return True
    elif _OPEN_VERB_RE.search(line) and not _EVENT_STARTS_RE.search(line) and not nxt.startswith(_FRAME_WORDS) \
            and not _COVERAGE_RE.match(line):
        # 海淀百余家企业联合开展 / 冬季职工技能大练兵: a verb waiting for its object (not an event
        # that starts: 2024年北京市职工职业技能大赛启动 / 百余项赛事为首都职工搭建成才“快车道”)
        return True
    if (len(line) > MAX_COLUMN_LABEL_CHARS or _SUBJECT_ONLY_RE.search(line)) and _PREDICATE_RE.match(nxt) and (
            _SUBJECT_END_RE.search(line.rstrip(_QUOTE_CLOSERS)) or "：" in line[2:] or ":" in line[2:]
            or _COUNT_START_RE.match(line) or _COUNT_INSIDE_RE.search(line) or _titled_name_end(line)
            or _AMOUNT_END_RE.search(line)
            or line.endswith("”") and not _PREDICATE_RE.search(line, 0, line.rfind("“"))):
        # 房山区总工会 / 赴河北涞水对口帮扶, 门头沟山区职工 / 喜领“健康包”, 全国总工会：今年“金秋助学” /
        # 资助…, 4.6万份“暖心包” / 送到…, 马家堡街道“职工书屋” / 开到了…: subject / predicate (a
        # column's label is no subject: 最美职工 / 从学徒到“桃树医生”; nor a quoted object: 副中心新添
        # 38个“示范职工之家” / 覆盖职工…)
        return True
    if _GROUP_END_RE.match(line) and not line.startswith(_KICKER_VERBS) or _MODIFIER_END_RE.search(line):
        return True  # 台湖镇职工 / 乒乓球联赛收拍, 大兴区开展冬季 / 建筑工地安全检查: a kicker is no bare group or modifier
    # (a short line under a long, whole headline is the headline under its kicker: 东城区体育馆路
    # 街道为户外劳动者提供爱心午餐 / 暖心午餐; a column narrow enough to wrap is narrower)
    return len(nxt.strip("“”\"")) <= MAX_WRAP_TAIL_CHARS and len(line) <= MAX_WRAPPED_HEAD_LINE_CHARS \
        and not _FRAME_ONLY_RE.match(nxt)  # (今年全市 opens the headline under a kicker)


def _joins(line: str, nxt: str) -> bool:
    """Do the two lines make one headline (``_wrapped``, and no longer than a headline)?"""
    # (a date's start is a lead cut by a break: ## …歌咏比赛落幕 / 5月20 / 日，延庆职工…)
    return len(line) + len(nxt) <= MAX_HEADLINE_CHARS and not DATE_FRAGMENT_RE.match(nxt) and _wrapped(line, nxt)


def _unwrap(lines: list[Token]) -> list[Token]:
    """A run of bare headline lines with each wrapped headline set on one line again."""
    out = [lines[0]]
    for t in lines[1:]:
        prev = out[-1]
        if t.gap == 0 and _joins(prev.text, t.text):  # a wrapped headline's lines are set tight
            out[-1] = Token(prev.kind, prev.text + t.text, prev.line, prev.gap)
        else:
            out.append(t)
    return out


def _headline_text(text: str) -> str:
    """A headline without the bullet before it (■夜班暖餐), the brackets around it
    (【凌晨四点的“菜篮子”守护者】), a full stop typed after it, or the spaces of letter-spacing
    (书 香 进 工 地)."""
    text = text.lstrip(BULLETS) or text
    if text[0] == "【" and text[-1] == "】" and "】" not in text[1:-1] and len(text) > 2:
        text = text[1:-1].strip(" \u3000") or text
    if (text[0].isdigit() or text[0] in _CN_NUMERALS or text[0] in "【[") and (number := _LIST_NUMBER_RE.match(text)):
        text = text[number.end():]  # 1. 王府井商圈职工有了“午间课堂” of a numbered export, 四、… of a bulletin
    if text.endswith("。") and len(text) > 1 and not text.endswith("。”"):
        text = text[:-1]
    if " " in text and _LETTER_SPACED_RE.match(text):
        text = text.replace(" ", "")
    return text


# A list number before a headline (1. …, 2、…), not a figure (3.8万名职工…).
_LIST_NUMBER_RE = lazy(r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]|[【\[](?:\d{1,3}|[一二三四五六七八九十]{1,3})[】\]])"
                      r"\s*(?=[^\d\s.．、])")  # (【2】… of a scraped list)
_CN_NUMERALS = frozenset("一二三四五六七八九十")
# A headline or word set letter-spaced: single Han characters between single spaces.
_LETTER_SPACED_RE = lazy(r"^(?:[\u4e00-\u9fff] )+[\u4e00-\u9fff]$")
# Byline words set letter-spaced (本 报 讯, 记 者, 通 讯 员).
_SPACED_BYLINE_WORD_RE = lazy(r"本 ?报 ?讯|记 者|通 讯 员|实 习 生")


# A subtitle set on its headline's line after a space (…进山村 ——斋堂镇首批20个流动书箱投用).
_INLINE_SUBTITLE_RE = lazy(r"^(\S.{3,}?)[ \u3000]+(——\S.*)$")
# A series' label printed over a headline (2025北京职工文化节系列报道之三): a kicker line.
_SERIES_LABEL_RE = lazy(r".*(?:系列报道|特别报道|专题报道|系列|巡礼|纪实)(?:之[一二三四五六七八九十\d]+)?$|.*之[一二三四五六七八九十]+$"
                       r"|^第[一二三四五六七八九十\d]{1,3}篇$")  # 第一篇 of a compilation


def _shape_headline(run: list[Token]) -> tuple[list[Token], Token, list[Token]]:
    """Split a run of bare lines into kicker lines, the headline and subtitle lines."""
    subtitle: list[Token] = []
    lines = _unwrap(run) if len(run) > 1 else list(run)
    while len(lines) > 1 and lines[-1].text.startswith(DASH_START):
        subtitle.insert(0, lines.pop())
    if len(lines) >= 3 and not subtitle and not _SERIES_LABEL_RE.match(lines[-2].text):
        # kicker / headline / subtitle, the layout of a feature story (but for a series'
        # label over its headline: 庆祝…100周年 / …系列报道之三 / 千名职工同唱一首歌)
        subtitle = [lines.pop()]
    title = lines.pop()
    return lines, title, subtitle


def _to_body(cur: _Draft | None, toks: list[Token], banner: list[str]) -> None:
    """Lines left over above a headline: the previous story's last lines, or page furniture."""
    for t in toks:
        if cur is None:
            banner.append(t.text)
        else:
            cur.body.append(t)
            cur.last_line = t.line


def _decisive(nxt: Token | None) -> bool:
    """Does the token after a run of bare lines settle what the run is by itself?"""
    return nxt is None or nxt.kind in (HEAD, CREDIT) or _starts_with_byline(nxt)


def _body_like(text: str) -> bool:
    """A short line that is running text rather than a headline: clause punctuation inside,
    a news-lead opening, or the continuation of a cut sentence. (The 、 of an item's number is
    none: 二、卢沟桥街道总工会为快递小哥送上“爱心午餐”.)"""
    if text[:1] in _CN_NUMERALS and (number := _LIST_NUMBER_RE.match(text)):
        text = text[number.end():] or text
    return (
        any(ch in text for ch in "，,；;、")
        or text.startswith(CONTINUATION_START)
        or CONTACT_RE.search(text) is not None
        or SENTENCE_INSIDE_RE.match(text) is not None
        or DATE_FRAGMENT_RE.match(text) is not None
        or (LEAD_WORDS_RE.match(text) is not None and not text.startswith("“"))
    )


# The labels a notice run into its text opens with, before a colon (遗失声明：…, 征稿启事：…, and a
# correction printed under a story: 更正：本报4月10日第6版…).
NOTICE_LABELS = frozenset({"遗失声明", "声明", "启事", "征稿启事", "征文启事", "招聘启事", "寻物启事", "公告", "通告",
                           "讣告", "鸣谢", "公示", "更正", "更正启事"})
_MAX_NOTICE_LABEL_CHARS = max(map(len, NOTICE_LABELS))


def _labelled_notice(text: str) -> bool:
    """Does the text open with a notice's label and a colon (遗失声明：北京某某物流…)?"""
    end = _MAX_NOTICE_LABEL_CHARS + 1
    at = max(text.find("：", 0, end), text.find(":", 0, end))
    return at > 0 and text[:at] in NOTICE_LABELS


# A compiler's note on the stories of a collection (说明：以下稿件分别摘自…, 注：本部分混合了…,
# （公众号文章为网页复制，格式略有错乱）): the whole text of a record under the collection's title.
MAX_COMPILER_NOTE_CHARS = 100
_COMPILER_NOTE_RE = lazy(r"^(?:(?:说明|注|备注)[:：]|以下|[（(])[^\n]*?(?:以下|本部分|稿件|摘自|摘录|汇编|复制|转载)")


def _compiler_note(text: str) -> bool:
    """Is the record's whole text one compiler's note (no story under its title)?"""
    return len(text) <= MAX_COMPILER_NOTE_CHARS and "\n" not in text and _COMPILER_NOTE_RE.match(text) is not None \
        and (text[0] not in "（(" or text[-1] in "）)")


def _notice_words(title: str) -> bool:
    """Does the headline name a notice (征稿启事, 遗失声明, 关于…的公示, 更正, 讣告)?"""
    return title.endswith(NOTICE_ENDINGS) or _NOTICE_TITLE_RE.search(title) is not None


def _notice_title(text: str) -> bool:
    """Is the line a notice's headline (no longer than a headline)?"""
    return len(text) <= MAX_HEADLINE_CHARS and _notice_words(text)


# A lead that opens with the time of day (上午11点半，…, 凌晨4点，…).
_DAYTIME_LEAD_RE = lazy(r"^(?:清晨|凌晨|早上|上午|中午|下午|傍晚|晚上|深夜)[^，,。]{0,8}[，,]")


# A lead opening with its occasion (中秋节前夕，…, 教师节到来之际，…).
_OCCASION_LEAD_RE = lazy(r"^[\u4e00-\u9fff“”]{1,8}(?:前夕|之际|期间|当天)[，,]")
# How much more evidence a bare line among pasted posts needs to open a story of its own.
POSTS_MARGIN = 2


def _furniture_before(tokens: list[Token], j: int) -> list[Token]:
    """The furniture lines right above ``tokens[j]``."""
    k = j
    while k > 0 and tokens[k - 1].kind == FURNITURE:
        k -= 1
    return tokens[k:j]


def _resolve_run(run, nxt, cur, tokens, j, has_marks, typical_gap, posts=False) -> str:
    """What a run of short bare lines is: ``kicker`` (above ##), ``headline`` or ``body``.
    ``posts``: the page holds posts, each with its account's line under its title."""
    if nxt is None:
        return "body" if cur is not None else "headline"
    if nxt.kind == HEAD:
        return "kicker"
    if nxt.kind == SUBHEAD and nxt.text.startswith(DASH_START):
        return "headline"  # 城市副中心“三大建筑”运维职工获表彰 / 副题：——12个班组获评…
    k = j + 1 if j < len(tokens) and tokens[j].kind == BANNER and tokens[j].text in OUTLETS else j
    if k < len(tokens) and tokens[k].kind == FURNITURE and (
            _WEB_SOURCE_RE.match(tokens[k].text) or _POST_META_RE.match(tokens[k].text)) or posts and any(
            _POST_META_RE.match(t.text) for t in _furniture_before(tokens, j)):
        # a web copy prints 来源：… / 发布时间：… right under the headline, or the outlet's name
        # and a date (…心坎上 / 劳动午报 / 2026-11-24 / 作者：本报评论员)
        return "headline"
    if nxt.kind == BYLINE and cur is not None and cur.body and nxt.text.startswith(("(", "（")) and not (
            (after := _next_content(tokens, _next_content_index(tokens, j) + 1)) is not None and after.kind == BODY
            and len(run) == 1 and _is_short(run[0].text) and not _body_like(run[0].text)
            and (LEAD_WORDS_RE.match(after.text) or _LEAD_CLAUSE_RE.match(after.text))):
        # “我们的书屋真好啊！” / （劳动午报记者 王路曼）: the story's last lines; but a headline over
        # a bracketed byline and a news lead (…决出“金牌吊机手” / （工人日报-中工网记者 赵剑影） /
        # 近日，…) opens a story
        return "body"
    if _starts_with_byline(nxt):
        return "headline"
    if nxt.kind == CREDIT:
        if cur is None:
            return "headline"
        after = _next_content(tokens, _next_content_index(tokens, j) + 1)
        if after is not None and after.kind == BODY and (
                "/文" in nxt.text or "文/" in nxt.text
                or nxt.text.endswith(("摄影报道", "摄")) and len(run) <= 2
                and not any(_body_like(t.text) or is_terminated(t.text) for t in run)
                and (LEAD_WORDS_RE.match(after.text) or _LEAD_CLAUSE_RE.match(after.text)
                     or _DAYTIME_LEAD_RE.match(after.text))):
            # 海淀工会走进校园慰问一线教师 / 本报记者 赵思远/文 陈艺/摄 / 在第40个教师节…; a photo
            # item's headline (under its kicker maybe) over its credit and its lead (…迎战首场降雪 /
            # 本报记者 陈曦 摄影报道 / 11月24日夜间，…, 上午11点半，…), not a caption of the story above
            return "headline"
        return "body"
    if cur is None or cur.credits_only:
        return "headline"  # nothing above, or only the byline printed over the headline
    if _notice_title(run[-1].text):
        return "headline"  # 遗失声明 / 招生启事 over the notice's text: never the story above's
    score = _headline_score(run, nxt, cur, tokens, j, has_marks, typical_gap)
    # (among posts, a title stands over its account's line: a short line between a post's
    # paragraphs is most often a picture's caption or a crosshead, 骑手在上地街道暖心驿站内充电休息;
    # one after a post's footer may open a post copied without that line)
    above = j - len(run) - 1
    while posts and above >= 0 and tokens[above].kind == FURNITURE and _ITEM_NUMBER_RE.match(tokens[above].text):
        above -= 1  # (02 / 补贴政策更给力: a crosshead's number)
    mid_post = posts and above >= 0 and tokens[above].kind == BODY
    return "headline" if score >= HEADLINE_THRESHOLD + (POSTS_MARGIN if mid_post else 0) else "body"


# A crosshead of a series: at most this many characters, and its siblings as long within one.
MAX_SERIES_CROSSHEAD_CHARS = 8
# How much a crosshead of a series may differ in length from one found above it.
CROSSHEAD_LENGTH_SLACK = 2
# How many lines below a crosshead its next sibling is looked for.
CROSSHEAD_LOOKAHEAD = 8


def _crosshead_above(cur: _Draft, compact: str) -> bool:
    """Has the story above a crosshead of about this line's length (慰问资金向一线倾斜 …
    服务活动贯穿“两节”): the line is the next of its series."""
    return len(compact) <= MAX_CROSSHEAD_CHARS and any(
        t.kind == SHORT and abs(len(t.text) - len(compact)) <= CROSSHEAD_LENGTH_SLACK and not _body_like(t.text)
        for t in cur.body[1:])


def _crosshead_series(tokens: list[Token], j: int, compact: str) -> bool:
    """Is the short line ending before ``tokens[j]`` one of a series of crossheads: is another
    line as short and as long (线路更丰富 … 服务更贴心) set over a paragraph further down the
    same story (before any headline, byline or credit)?"""
    if len(compact) > MAX_SERIES_CROSSHEAD_CHARS:
        return False
    for k in range(j + 1, min(len(tokens) - 1, j + CROSSHEAD_LOOKAHEAD)):
        t = tokens[k]
        if t.kind in (HEAD, CREDIT, BYLINE, BANNER) or _starts_with_byline(t):
            return False
        if t.kind == SHORT and tokens[k - 1].kind == BODY and tokens[k + 1].kind == BODY \
                and abs(len(t.text) - len(compact)) <= 1 and not _body_like(t.text):
            return True
    return False


# How the question of an advice column opens (读者问：…, 职工问：…, 问：…).
QUESTION_OPENERS = ("读者问", "职工问", "网友问", "问：", "问:")
# The fields a web copy prints under a post's text.
_POST_END_FIELDS = ("来源", "本文来源", "作者", "供稿", "撰稿", "编辑", "责任编辑", "责编", "审核")


def _headline_score(run, nxt, cur, tokens, j, has_marks, typical_gap) -> int:
    """Evidence that a bare line followed by body text (no byline) opens a new story."""
    _, head, subtitle = _shape_headline(run)
    title = head.text
    compact = title.replace(" ", "").replace("\u3000", "")
    score = 0
    if subtitle and subtitle[0].text.startswith(DASH_START):
        score += 2  # headline + ——subtitle: the layout of a story's head
    if cur.closed:
        score += 3  # the story above ended with a photo credit or trailing byline
    elif (above := j - len(run) - 1) >= 0 and tokens[above].kind == FURNITURE \
            and (tokens[above].text.startswith(_POST_END_FIELDS) or _SOURCE_LINE_RE.match(tokens[above].text)):
        score += 3  # …its source or editor printed under it (来源：劳动午报, 编辑：孙佳): a web copy's post ended
    if not cur.body and not cur.tail and cur.title:
        score -= 3  # directly under a headline: a subtitle or the body, not a new story
    if run[0].gap > typical_gap and (run[0].gap >= 2 or not _signed(cur)):
        # set apart by more white space than paragraphs are (one blank line between unsigned
        # briefs; a signed story may set its crossheads apart like that)
        score += 2
    if _HAN_OPENING_RE.match(title):
        if nxt.text.startswith(title[:SUBJECT_CHARS]):
            score += 1  # 密云区为环卫工人送温暖 / 密云区总工会走访…: the lead repeats the subject
        elif (when := _WHEN_THEN_RE.match(nxt.text)) and nxt.text.startswith(title[:SUBJECT_CHARS], when.end()):
            score += 2  # 门头沟区山区职工有了… / 近日,门头沟区总工会…: a brief's headline over its news lead
    if title[0] in _BRIEF_BULLETS and not cur.bylines and cur.body and is_terminated(cur.body[-1].text) and (
            not _signed(cur) or LEAD_WORDS_RE.match(nxt.text) or _WHEN_THEN_RE.match(nxt.text)
            or _OCCASION_LEAD_RE.match(nxt.text)):
        # ■体育馆路街道工会为辖区教师送鲜花 after a finished brief: the next brief's headline (after
        # a brief with a dateline, over a news lead: ■阵地建在职工家门口 in a feature is a crosshead)
        score += 3
    if nxt.text.startswith(QUESTION_OPENERS):
        score += 2  # 读者问：… under it: a question-and-answer column of its own
    if LEAD_WORDS_RE.match(nxt.text) or DATE_FRAGMENT_RE.match(nxt.text):
        # the next paragraph reads like a news lead (an opening quote is a weaker sign)
        score += 1 if nxt.text.startswith("“") else 2
    credit_at = _block_credit(tokens, j, typical_gap)
    numbered = _caption_number(nxt.text) > 0
    if credit_at is not None and (numbered or not _storys_own_picture(cur, run, compact, tokens, j, credit_at) or (
            # set apart by more white space than paragraphs are, over a news lead: a photo item
            # of its own (首钢园里看工匠绝活 / 6月15日，石景山区总工会… / 图为… 本报记者 白莹 摄)
            run[0].gap > typical_gap and (LEAD_WORDS_RE.match(nxt.text) or DATE_FRAGMENT_RE.match(nxt.text)))):
        score += 3  # a photo-news item: short body closed by a credit
        if numbered:
            score += 2  # 节日里，城市守护者在岗位上 / ①… ②… / 本报记者 于佳 摄: a photo spread's captions (图①…)
    elif credit_at is not None and (after := _next_content(tokens, credit_at + 1)) is not None \
            and after.kind == BODY and after.lead is not None and after.lead[0].dateline is not None:
        score += 3  # 海淀：职工春季健步走活动启动 / 图为…本报记者 任洁 摄 / 本报讯（记者 任洁）…: its picture, then its lead
    elif _signed(cur) and _block_ends_signed(tokens, j, typical_gap):
        score += 3  # the block below is signed at its end, the story above is signed already
    elif not cur.closed and (cur.bylines or _signed(cur) and (
            _TWO_PARTS_RE.search(title) or len(run) == 1 and (
                _crosshead_series(tokens, j, compact) or _crosshead_above(cur, compact)))):
        # Over an unsigned block inside a feature signed on its own line, or a line of two
        # phrases (建阵地 让劳动者歇脚有处) or one of a series of short phrases (线路更丰富 …
        # 服务更贴心) inside a signed story: a crosshead (小标题).
        score -= 2
    if has_marks and not (cur.bare and not _notice_title(cur.title or "")):
        score -= 1  # marked issues mark their headlines; bare ones need more evidence (but for a
        # box of briefs under bare headlines: 东城职工学习情绪管理 / … / 平谷职工棋赛落幕 / …)
    if nxt.text.startswith(CONTINUATION_START):
        score -= 5  # the next line continues a cut sentence
    elif _REFERS_BACK_RE.match(nxt.text):
        score -= 2  # 据了解，此次揭牌的工作室…: the paragraph goes on with the story above
    if cur.body and not cur.closed and not is_terminated(cur.body[-1].text):
        score -= 2  # the paragraph above is cut off: this line continues it
    if cur.body and cur.body[-1].text.endswith(("：", ":")):
        score -= 3  # the paragraph above introduces a list: these are its items
    if len(compact) < MIN_HEADLINE_CHARS:
        score -= 3
    if compact[-1] in FRAGMENT_END and not (compact[-1] == "了" and _TWO_PARTS_RE.search(title)):
        score -= 3  # (but 苹果红了 果农忙了: a headline of two phrases, each closed by 了)
    if any(ch in title for ch in "，,；;"):
        score -= 1
    if title.rstrip(_QUOTE_CLOSERS)[-1:] in ("！", "？", "!", "?"):
        score -= 1
    return score


# Most paragraphs a photo item's caption runs to.
MAX_CAPTION_PARAGRAPHS = 2


def _storys_own_picture(cur: _Draft, run: list[Token], compact: str, tokens: list[Token], j: int,
                        credit_at: int) -> bool:
    """Is the block from ``tokens[j]`` to the credit at ``credit_at`` (under ``run``) part of the
    signed story above rather than a photo item: the story's own picture (图为…), or, under a
    line as long as the story's crossheads, more paragraphs than a caption runs to with no
    spread's ①②③ (“带出一支‘娘子军’” / 2019年,… / … / 图/通讯员 杨帆)?"""
    if not _signed(cur):
        return False
    if _caption(tokens, credit_at).startswith(IN_STORY_CAPTION):
        return True
    block = tokens[j:credit_at]
    return (len(run) == 1 and _crosshead_above(cur, compact)
            and sum(1 for t in block if t.kind == BODY) > MAX_CAPTION_PARAGRAPHS
            and not any(_caption_number(t.text) for t in block))
# What the captions of a photo spread (组图) open with: ①4月29日，…
NUMBERED_CAPTION_ORDER = {mark: k for k, mark in enumerate("①②③④⑤⑥⑦⑧⑨⑩", 1)}


# A headline opening with a subject of this many Han characters (a place or body: 密云区,
# 房山区) that the next paragraph repeats is a brief's headline over its lead.
SUBJECT_CHARS = 3
# When a news lead opens, before its subject (近日，…, 1月3日，…).
_WHEN_THEN_RE = lazy(rf"(?:{_BRIEF_TIME}|连日来|当天|{_DAY})[，,][ \u3000]*")
_HAN_OPENING_RE = lazy(f"[\u4e00-\u9fff]{{{SUBJECT_CHARS}}}")


def _block_ends_with_credit(tokens: list[Token], j: int, typical_gap: float) -> bool:
    """Does the body block starting at ``tokens[j]`` end with a photo credit?"""
    return _block_credit(tokens, j, typical_gap) is not None


def _block_credit(tokens: list[Token], j: int, typical_gap: float) -> int | None:
    """Where the photo credit ending the body block that starts at ``tokens[j]`` is (a
    paragraph closed by one, or a credit line), or None. The block ends where more white
    space than paragraphs have sets the next item apart."""
    k = j
    while k < len(tokens) and (
        tokens[k].kind in (BODY, BANNER, FURNITURE) or (tokens[k].kind == SHORT and _body_like(tokens[k].text))
    ):
        if k > j and _set_apart(tokens[k], typical_gap):
            return None
        if tokens[k].kind == BODY and tokens[k].credit:
            return k
        k += 1
    if k < len(tokens) and tokens[k].kind == CREDIT and (not (k > j and _set_apart(tokens[k], typical_gap)) or (
            (after := _next_content(tokens, k + 1)) is None or after.kind != BODY)):
        return k  # (a credit line set apart by a careless edit still closes the caption above it)
    return None


def _caption(tokens: list[Token], k: int) -> str:
    """The caption the credit at ``tokens[k]`` closes: that paragraph, or the one above a credit line."""
    return tokens[k - 1].text if tokens[k].kind == CREDIT and k > 0 else tokens[k].text


def _set_apart(tok: Token, typical_gap: float) -> bool:
    """Is ``tok`` set apart from the line above by more white space than paragraphs are?"""
    return tok.gap >= 2 and tok.gap > typical_gap


def _crossheads(body: list[Token], title: str | None = None) -> set[int]:
    """Positions of the crossheads (小标题) among a story's paragraphs: short headline-like
    lines after a finished sentence that come in a series (聚焦技能提升 … 聚焦困难帮扶), close
    with a quote (书屋里“充电”; not a fragment that runs on into the next paragraph with the
    headline's words: 延庆职工“五月鲜花” | 歌咏比赛已经… under …“五月鲜花”歌咏比赛落幕), or stand
    over a paragraph that goes on with the story (聚焦“卡脖子”难题 / 据了解，此次…). They stay
    paragraphs of their own where a page-break fragment (大兴经济技术开发区 | 总工会依托…) is
    joined to the text it was cut from."""
    short = [k for k, t in enumerate(body) if t.kind == SHORT and k and k + 1 < len(body)
             and len(t.text) >= MIN_HEADLINE_CHARS and t.text[-1] not in FRAGMENT_END and not _body_like(t.text)
             and is_terminated(_without_credit(body[k - 1])) and not body[k + 1].text.startswith(CONTINUATION_START)]
    if not short:
        return set()
    heads = {}
    for k in short:
        heads.setdefault(body[k].text[:2], []).append(k)
    found = {k for ks in heads.values() if len(ks) > 1 for k in ks}
    found |= {k for k in short if body[k].text.endswith(("”", "》", "」"))
              and not (title and body[k].text + body[k + 1].text[:2] in title)}
    found |= {k for k in short if _REFERS_BACK_RE.match(body[k + 1].text)}
    # A series of whole phrases (暖心服务不打烊 … 服务阵地再扩容), each over a paragraph that
    # opens with a whole clause: a fragment cut by a break leaves a quote or bracket open
    # (“为庆祝中华全国 | 总工会…) or the next line starts mid-word (混合团体 | 赛,设置…).
    # A first clause of a lead word is whole (线路更丰富 | 今年，市总工会…).
    whole = [k for k in short if len(body[k].text) <= MAX_CROSSHEAD_CHARS and not _opens_mark(body[k].text)
             and not (_CLAUSE_AT_START_RE.match(body[k + 1].text) and not LEAD_WORDS_RE.match(body[k + 1].text))]
    if len(whole) > 1:
        found.update(whole)
    return found


def _without_credit(tok: Token) -> str:
    """A paragraph's text without the photo credit closing it (图为…巡查。 本报记者 王路曼 摄)."""
    credit = tok.credit
    return tok.text[:credit[1]].rstrip(" \u3000") if credit else tok.text


def _opens_mark(text: str) -> bool:
    """Does ``text`` open a quote or bracket it does not close?"""
    return any(text.count(o) > text.count(c) for o, c in _PAIRED_MARKS)


def _block_ends_signed(tokens: list[Token], j: int, typical_gap: float) -> bool:
    """Does the body block starting at ``tokens[j]`` end with a byline, on a line of its own
    or closing its last paragraph (……王师傅说。（劳动午报记者 王路曼）)? The block ends as in
    ``_block_ends_with_credit``."""
    k = j
    while k < len(tokens) and (
        tokens[k].kind in (BODY, BANNER, FURNITURE) or (tokens[k].kind == SHORT and _body_like(tokens[k].text))
    ):  # 记者：心愿被认领后，您心里是什么感觉？ of an interview is a paragraph too
        if k > j and _set_apart(tokens[k], typical_gap):
            return False
        if tokens[k].kind == BODY and tokens[k].closes and tokens[k].trailing is not None:
            return True  # a byline, not a picture's credit (图为…。 本报记者 X 摄)
        k += 1
    return k < len(tokens) and tokens[k].kind == BYLINE and not (k > j and _set_apart(tokens[k], typical_gap))


def _signed(d: _Draft) -> bool:
    """Does the story carry a byline already (a byline line, or one opening its body, after
    an opening quotation maybe)?"""
    return bool(d.bylines) or bool(d.body) and _opens_with_byline(d.body[_lead_at(d.body)])


def _lead_at(body: list[Token]) -> int:
    """Where the dateline paragraph is: first, or after an editor's note, an opening quotation
    or the caption of a picture set over the lead (图为…。通讯员 张宏伟 摄)."""
    at = 0
    if body[0].text[0] == _NOTE_FIRST:
        while at + 1 < len(body) and body[at].text.startswith(EDITOR_NOTE):
            at += 1
    if at + 1 < len(body) and (_opening_quote(body[at]) or at == 0 and body[at].text.startswith(IN_STORY_CAPTION)
                               and body[at].credit is not None) and _opens_with_byline(body[at + 1]):
        return at + 1
    return at


def _opening_quote(tok: Token) -> bool:
    """A paragraph that opens with a quotation, before any dateline (“以前遇到…”快递员说。)."""
    return tok.text.startswith(("“", "「")) and not _opens_with_byline(tok)


# --- finishing a record ---------------------------------------------------------------------

# Headlines of the paper's own items, no news (更正, 讣告, 鸣谢, 有奖竞答, 欢迎订阅…).
_NOTICE_TITLE_RE = lazy(r"^(?:欢迎订阅|征订|征稿启事|征文启事)|(?:更正|讣告|鸣谢|有奖竞答|调查问卷|问卷调查|招生简章|招聘简章|征稿|征文)$"
                        r"|名单(?:[(（][^()（）]{1,8}[)）])?$")  # …推荐对象公示名单(部分)
# How an advert's one sentence opens: it tells the reader what to do.
ADVERT_OPENERS = ("扫码", "扫描", "下载", "长按", "关注", "打开")
# A letter's or an e-mail's greeting opening a piece without a headline (各位同事：…, 王老师好，…):
# a note around a forwarded story, no story.
_SALUTATION_RE = lazy(r"(?:各位|尊敬的|亲爱的)?[\u4e00-\u9fff]{0,6}(?:同事们?|领导|老师|同志们?|朋友们?|大家)好?[:：，,！!]")
# Longest lead-in of a digest (_lead_in), how it ends, and a digest's dated title.
MAX_LEAD_IN_CHARS = 120
_LEAD_IN_ENDS = ("——", "：", ":", "—")
_DIGEST_TITLE_RE = lazy(r"星期[一二三四五六日天]|[|｜丨][ \u3000]*\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日[ \u3000]*[|｜丨]")
# Longest unsigned text read as an advert when it asks the reader to scan or download.
MAX_ADVERT_CHARS = 200


def _advert(text: str, dropped: list[Token]) -> bool:
    """An advert's short text, no sentence in it: it, or the chrome dropped from it, asks the
    reader to scan a code or download an app (北京工会12351APP / 会员服务 一键办理… / 扫描二维码
    立即下载). A brief's text has its full stops."""
    if len(text) > MAX_ADVERT_CHARS or "。" in text and not (
            text.startswith(ADVERT_OPENERS) and text.count("。") == 1 and text.endswith("。")):
        return False  # but one sentence that tells the reader to do it (扫码下载北京工会12351APP，…随时办。)
    return any("二维码" in t or "扫码" in t or "下载" in t for t in (text, *(tok.text for tok in dropped)))


def _lead_in(title: str | None, text: str) -> bool:
    """A digest's lead-in under its post title: one short paragraph that ends by pointing at
    what follows (以下是今日要闻，一起来看——, 本期内容如下：; a story ends a sentence), or
    under a title dated as a digest's are (工会要闻｜6月17日 星期二)."""
    return "\n" not in text and len(text) <= MAX_LEAD_IN_CHARS and (
        text.endswith(_LEAD_IN_ENDS) or title is not None and _DIGEST_TITLE_RE.search(title) is not None)


# Labels of a page's tips for readers (温馨提示 / 求职季也是…): under a story they are its box
# (BOX_LABELS); standing alone, after a photo item closed by its credit, a notice.
TIP_LABELS = ("温馨提示", "小贴士", "小提示", "友情提示")


def _tip_box(text: str) -> bool:
    """Does an untitled piece open with a tip box's label line (温馨提示)?"""
    first = text.split("\n", 1)[0].strip("■□●◆▲◎【】[] \u3000")
    return first in TIP_LABELS


def _weather_label(line: str) -> bool:
    """Is the line a weather box's label (今日天气, 天气预报) over the forecast as its headline?"""
    return len(line) <= MAX_SERVICE_BOX_CHARS and "天气" in line and bool(_SERVICE_BOX_RE.match(line))


def _service_box(title: str, text: str) -> bool:
    """Is the piece a service box (二十四节气·春分 / 今日春分。…, 今日天气), not an essay named
    after a solar term (立秋 / □ 孙立群 / 立秋这天，…)?"""
    return len(title) <= MAX_SERVICE_BOX_CHARS and bool(_SERVICE_BOX_RE.match(title)) and (
        title.startswith("二十四节气") or "天气" in title or text.startswith(("今日", "今天")))


def _finish(d: _Draft, issue: str, index: int, *, repair: bool, issue_date: str | None) -> Article | None:
    credits = Credits()
    raw: list[str] = []
    for c in d.bylines:
        credits.merge(c)
        credits.dateline = credits.dateline or c.dateline
        raw.append(c.raw)
    crossheads = _crossheads(d.body, d.title)
    paragraphs = [Paragraph(t.text, t.line, t.line, t.apart or k in crossheads) for k, t in enumerate(d.body)]
    # The token each paragraph comes from while its text is still the token's (its cached
    # credit parses apply), None once the text has changed.
    sources: list[Token | None] = list(d.body)
    # leading byline: 本报讯(记者 孙艳) at the start of the first paragraph (of the second
    # after an opening quotation)
    if paragraphs:
        at = _lead_at(d.body)
        lead = d.body[at].lead
        if lead and (lead[0].dateline or lead[0].has_names):
            c, end = lead
            credits.merge(c)
            credits.dateline = credits.dateline or c.dateline
            raw.append(c.raw)
            rest = paragraphs[at].text[end:].strip(" \u3000")
            if rest:
                paragraphs[at] = Paragraph(rest, paragraphs[at].line)
                sources[at] = None
            else:
                paragraphs.pop(at)
                sources.pop(at)
    # trailing credits and bylines: own lines, then the end of the last paragraph
    photo = False
    tail_raw: list[str] = []
    for t in d.tail:
        credits.merge(t.credits)
        tail_raw.append(t.credits.raw or t.text)
        photo = photo or t.kind == CREDIT
    kept: list[Paragraph] = []
    for k, (para, source) in enumerate(zip(paragraphs, sources)):
        # a photo credit closes a caption anywhere; a parenthesised byline only the last paragraph
        found = source.credit if source else parse_credit(para.text)
        is_credit = found is not None
        if not found and k == len(paragraphs) - 1:
            found = source.trailing if source else parse_trailing(para.text)
        if found:
            c, pos = found
            credits.merge(c)
            tail_raw.append(c.raw)
            photo = photo or (is_credit and k == len(paragraphs) - 1)
            para = Paragraph(para.text[:pos].rstrip(" \u3000"), para.line)
        if para.text:
            kept.append(para)
    paragraphs = kept
    if d.inline:
        raw.extend(t.credits.raw or t.text for t in d.inline)
    raw.extend(tail_raw)
    repairs: list[dict] = []
    if repair:
        paragraphs, repairs = join_breaks(paragraphs)
    text = "\n".join(p.text for p in paragraphs)
    if not text and not d.title and not raw:  # nothing printed is dropped, not even a lone byline
        return None
    # A photo credit makes a photo-news item unless the story is signed otherwise: by a
    # dateline (本报讯) or a byline line of its own (□本报记者 X over a feature).
    if (d.title and (_notice_words(d.title) or _service_box(d.title, text) or _advert(text, d.dropped)
                     or d.kicker and _weather_label(d.kicker[-1]))  # 今日天气 / 晴转多云 南风二三级 / …
            or _lead_in(d.title, text) or _compiler_note(text) or d.title is None and (
                _SALUTATION_RE.match(text) or _tip_box(text) or _labelled_notice(text))) \
            and not credits.has_names:
        kind = "notice"  # 征稿启事, 遗失声明, 关于…的公示, 二十四节气·春分: printed on the page, no news story
    else:
        kind = "photo" if photo and not credits.dateline and not d.bylines else "article"
    return Article(
        issue=issue,
        index=index,
        id=article_id(issue, index),
        kind=kind,
        issue_date=issue_date,
        banner=d.banner,
        kicker=" ".join(d.kicker) or None,
        title=d.title,
        subtitle=" ".join(d.subtitle) or None,
        dateline=credits.dateline,
        byline=" ".join(raw) or None,
        reporters=credits.reporters,
        correspondents=credits.correspondents,
        interns=credits.interns,
        photographers=credits.photographers,
        text=text,
        chars=len(text),
        lines=[d.first_line, d.last_line],
        repairs=repairs,
    )

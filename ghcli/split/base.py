"""What every step of the split stage shares: the tuning constants, the kinds of line, the
``Token`` (one classified line) and ``_Draft`` (an article being assembled) records, and the
tests of page furniture (mastheads, page labels, bylines on a line of their own) that
classifying, unwrapping and assembling all ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ghcli.bylines import (
    Credits, EDITOR_WORDS, MAX_BYLINE_LINE_CHARS, parse_byline_line, parse_credit, parse_lead,
    parse_trailing,
)
from ghcli.lazyre import lazy
from ghcli.repair import is_terminated


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
_BULLETIN_NUMBER = r"(?:^[（(]?|[ \u3000]|年)第\s*[0-9０-９]{1,4}\s*期(?:[ \u3000（(）)]|$)"  # (第15期, （第18期）)
_BULLETIN_NUMBER_RE = lazy(_BULLETIN_NUMBER)
# Page furniture: masthead and page-label lines that belong to the banner, not to articles:
# a page label (第3版), an editor's credit (责任编辑：), a dated masthead line, or a line that
# opens with a paper's name, its web address or its registration numbers. Three patterns,
# each of which the regex engine can scan for in C (a literal or a character class first).
_MASTHEAD_ANYWHERE_RE = lazy(
    r"第\s*[0-9０-９〇一二三四五六七八九十]{1,3}\s*版|今日\s*[0-9０-９一二三四五六七八九十]{1,2}\s*版|主管主办|"
    # a bulletin's number (丰台区总工会 工会信息 / 第23期, 2025年第7期（总第186期）) and its office's
    # line (和平街街道总工会办公室编　　　2025年6月)
    + _BULLETIN_NUMBER + r"|(?:办公室|宣传部|工会)(?:编印|编)?[ \u3000]{2,}\d{4}\s*年|"
    + "|".join(rf"{w}\s*[:：]" for w in EDITOR_WORDS)
)
# (a 0 read 〇 by OCR: 2〇23年〇8月22日 星期二, and in a page's number: 第〇6版)
_MASTHEAD_DATE_RE = lazy(r"[\d〇]{4}\s*年\s*[\d〇]{1,2}\s*月\s*[\d〇]{1,2}\s*日.{0,6}(?:星期|周)[一二三四五六日天]")
# Editors' credits without colons, as a PDF prints them: 责任编辑 周杨 美编 李昂.
# (本版编辑 王琳 美编 李楠; 02版责编 杨 春: a page's number before it, a name spaced out)
_EDITORS_LINE_RE = lazy(rf"^(?:第?\d{{1,2}}版)?(?:(?:{'|'.join(EDITOR_WORDS)})(?:[ \u3000]+|[ \u3000]*[/／:：][ \u3000]*)"
                        rf"[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){{1,3}}[ \u3000]*)+$")
# (ldwb.workerbj.cn: the paper's site, printed under its masthead)
_MASTHEAD_START_RE = lazy(
    r"(?:(?:劳动午报|工人日报|北京日报|北京青年报|北京晚报|新京报)(?=\s|$|\d|第|[（(]\d|[·•・|｜])|LAODONG\s*WUBAO|www\.|http"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)$|国内统一连续出版物号"
    r"|邮发代号|CN\s*11|农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
    r"|[\u4e00-\u9fff]{2,10}网[:：][ \u3000]*(?:www\.|https?://)"  # 北京工会网：www.bjzgh.org
    r"|(?:(?:白天|夜间|今天|明天|今日|明日)[ \u3000]*)?(?:晴|阴|多云|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪)[^，。,]{0,16}?-?\d{1,2}℃"  # 多云转雷阵雨　南风二级　35℃/24℃
    r"|北京市总工会主办(?=[ \u3000]|$)|[^\s，。,]{2,12}?主办[ \u3000]+[^\s，。,]{2,12}出版$)", re.I
)
MASTHEAD_MAX_CHARS = 80
_EDITOR_FIRST = frozenset(w[0] for w in EDITOR_WORDS) | frozenset("第0123456789")  # (02版责编 …)
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
    r"^(?:近日|日前|近期|最近(?=[，,])|连日来|近年来|近来|昨天|昨日|今天|今日|前不久|日前|当天|上周|本周|今年|去年|年初|年底|岁末|春节前夕"
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
    rf"|{_DAY}(?:[上下]午|午后|晚上?|晚间|夜间|早上?|一早|清晨|凌晨|中午|傍晚|深夜)?)[，,]"
    rf"|{_DAY}是第"  # (3月5日是第61个“学雷锋纪念日”，…: a day's occasion)
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
                           "律师信箱", "律师答疑", "法律信箱", "维权信箱", "时评", "午报时评", "工会时评", "劳动时评",
                           "午报评论", "快评", "工会快评", "午报快评", "劳午时评", "劳午观察", "劳午快评"})
# How the headlines of notices end (征稿启事, 遗失声明, 关于…评选结果的公示): a record of kind "notice".
NOTICE_ENDINGS = ("启事", "启示", "公告", "声明", "公示", "通告", "通知")  # unsigned: 全总下发通知 with a byline is news
# A notice run into a page under its tag (【启事】…): a record of its own, a notice.
_NOTICE_TAG_RE = lazy(rf"【({'|'.join(NOTICE_ENDINGS)})】")
# A front page's service box (二十四节气·春分, 芒种, 今日天气): a notice too.
SOLAR_TERMS = ("立春 雨水 惊蛰 春分 清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 "
               "立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 大雪 冬至 小寒 大寒").split()
MAX_SERVICE_BOX_CHARS = 12  # 二十四节气·春分, 今日处暑, 今日天气预报
_SERVICE_BOX_RE = lazy(rf"^(?:二十四节气\s*[·・:：]?\s*|今日|今天)?(?:{'|'.join(SOLAR_TERMS)})$|^(?:今日|本市|明日)?天气(?:预报)?$")

# Labels of a section of the page (■工会简讯, 【工会动态】, 图片新闻): part of the banner.
SECTION_LABELS = frozenset({"工会简讯", "简讯", "工会动态", "基层传真", "基层动态", "图片新闻", "新闻图片",
                            "短讯", "要闻简报", "工会短波", "一线传真", "今日导读", "本期导读", "本版导读",
                            "要闻导读", "导读", "要闻", "区县速递", "区县传真", "各区动态", "工会新闻一句话",
                            "新闻一句话", "一句话新闻", "基层速递", "区县动态", "各区县动态", "区域动态",
                            "全市动态", "全总动态", "市总动态", "图说工会", "维权", "职工维权"})
# Marks a headline may be printed after (■怀柔区总工会开展…): not part of it.
BULLETS = "■□●◆▲★▶►▌▍▐ \u3000"  # ▌: a phone app's heading bar
_LABEL_MARKS = BULLETS + "【】[]"
_MAX_LABEL_CHARS = 10
# An editor's note printed between a headline and its byline belongs to the story's head.
EDITOR_NOTE = ("编者按", "编者的话", "编者注", "编辑手记")
_NOTE_FIRST = "编"  # what every one of them opens with

# A line opening a byline bracket it does not close: 本报讯（记者 周美玉 通讯员
_OPEN_BYLINE_RE = lazy(r"^[□■●◆]*[^()（）\s]{0,20}?[讯电]?\s*[（(][^()（）]{0,30}$")
# The rest of a byline cut across two lines: a name or two, then the closing bracket.
_BYLINE_END_RE = lazy(r"[\u4e00-\u9fff·\s\u3000、]{1,24}[)）]")
# The last word of a line (after its last space or slash).
_LAST_TOKEN_RE = lazy(r"[^\s\u3000/／]*$")
# A name on either side of a byline's cut: Han characters, no role word in them.
_CUT_NAME_RE = lazy(r"(?:(?!记者|通讯员|实习生|摄影)[\u4e00-\u9fff·])*")


def _byline_cut(s: str, nxt: str) -> str | None:
    """What joins a byline a narrow column cut across two lines (``s`` opens a bracket it does
    not close, ``nxt`` closes it within a name or two): a space between two whole names (…记者
    赵思远 / 张晶）), nothing inside one (…记者 周美 / 玉）, …通讯员 / 赵雪）); None when the two
    lines are no byline cut."""
    if ("（" not in s and "(" not in s) or not _OPEN_BYLINE_RE.match(s) or not _BYLINE_END_RE.match(nxt):
        return None
    last = _LAST_TOKEN_RE.search(s).group()
    if len(last) >= 2 and _CUT_NAME_RE.fullmatch(last) and len(_CUT_NAME_RE.match(nxt).group()) >= 2:
        return " "
    return ""


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
    kicker: bool = False  # a kicker by its field's label (引题：…), wherever the record prints it
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
    account: str | None = None  # a pasted post's account-and-date line (天通苑北街道工会 2024年9月3日 18:20 北京)
    inherited: bool = False  # ``account`` is the post's that holds this story too, not printed under its title
    page: tuple[str, ...] | None = None  # with ``account``: the banner lines above it but section labels
    continued: bool = False  # the rest of a story from another page ((上接第1版)), signed there
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
        story, except the credit of a picture inside a signed story (图为选手在比赛中。 本报记者 X 摄,
        座谈会现场。（本报记者 周美玉 摄）). So does a jump to another page."""
        if self.tail or self.jumped:
            return True
        if not self.body or not self.body[-1].closes:
            return False
        last = self.body[-1]
        return not ((last.text.startswith(IN_STORY_CAPTION) or _captioned_in_brackets(last))
                    and last.trailing is None and (_signed(self) or self.picture_first))

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


# The □ before a byline as OCR programs read it (口本报记者 张晶).
_OCR_BOX_RE = lazy(r"口[ \u3000]*(?=本报|本刊|记者|特约|首席|实习|通讯员)"
                   r"|口[ \u3000]+(?=[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,2}$)")  # 口 李 强 under a commentary
# What is stripped from both ends of a line.
_LINE_SPACE = " \t\u3000\f\v"


def _with_box(s: str) -> str:
    """``s`` with the □ before its byline or signature that an OCR program read as 口 (口本报记者
    张晶, 口 李 强)."""
    return "□" + s[1:] if s[:1] == "口" and _OCR_BOX_RE.match(s) else s


# A page's label and number over its first story (工会新闻 3, 3 工会新闻), as an OCR copy reads the
# page's head: part of the banner.
_PAGE_LABEL_RE = lazy(r"^(?:[\u4e00-\u9fff]{2,6}[ \u3000]+[0-9０-９]{1,2}|[0-9０-９]{1,2}[ \u3000]+[\u4e00-\u9fff]{2,6})$")


def _byline_of_its_own(line: str) -> bool:
    """A byline printed on a line of its own (□本报记者 周美玉), or a commentary's signature
    (本报评论员, □ 李强, 口 李强 as OCR reads it, 文/李秀芝), which nothing above goes on in."""
    line = _with_box(line)
    if len(line) > MAX_BYLINE_LINE_CHARS or not ("记者" in line or "通讯员" in line or "评论员" in line or line[0] in "□■"
                                                 or line.startswith(("文/", "文／"))):
        return False
    credits = parse_byline_line(line)
    return credits is not None and (credits.has_names or credits.signature)


def _opens_story(line: str) -> bool:
    lead = parse_lead(line.strip(_LINE_SPACE))
    return lead is not None and lead[0].dateline is not None


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


def _opens_with_byline(tok: Token) -> bool:
    """``本报讯(记者 马超)近日,…`` opens a story's body, even when a page break cut it short."""
    lead = tok.lead
    return bool(lead and (lead[0].dateline or lead[0].has_names))


# Longest caption set before a picture's credit in brackets inside a story (座谈会现场。（本报记者 X 摄）).
MAX_BRACKETED_CAPTION_CHARS = 30


def _captioned_in_brackets(tok: Token) -> bool:
    """Is the paragraph a short caption and its picture's credit in brackets (座谈会现场。
    （本报记者 周美玉 摄））?"""
    credit = tok.credit
    return credit is not None and 0 < credit[1] <= MAX_BRACKETED_CAPTION_CHARS and credit[0].raw[:1] in "(（"


# Openings of a caption that belongs to the story around it (图为张立新在指导徒弟).
IN_STORY_CAPTION = ("图为", "上图", "下图", "左图", "右图", *(f"图{n}" for n in "一二三四五六①②③④⑤⑥123456"))


# A list number before a headline (1. …, 2、…), not a figure (3.8万名职工…).
_LIST_NUMBER_RE = lazy(r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]|[【\[](?:\d{1,3}|[一二三四五六七八九十]{1,3})[】\]])"
                      r"(?:\s*(?=[^\d\s.．、])|\s+(?=\d))")  # (【2】… of a scraped list; 5. 2025年度…)
_CN_NUMERALS = frozenset("一二三四五六七八九十")


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


def _signed(d: _Draft) -> bool:
    """Does the story carry a byline already (a byline line, or one opening its body, after
    an opening quotation maybe), or is it the rest of one signed on another page?"""
    return d.continued or bool(d.bylines) or bool(d.body) and _opens_with_byline(d.body[_lead_at(d.body)])


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

"""Bylines, datelines and photo credits as printed in Chinese newspapers.

``本报讯(记者 孙艳)``, ``本报讯（记者周美玉 通讯员高岩）``, ``新华社北京8月25日电(记者 X)``,
``□本报记者 李一然``, ``(劳动午报记者 王路曼)`` and photo credits such as
``本报记者 赵思远 摄影报道`` / ``通讯员 付彬 摄`` / ``本报记者 万玉藻/摄``.
Each parser returns the raw text it consumed and the names by role, so the splitter can
remove the byline from the body and fill the record's name lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ghcli.datafiles import data_lines
from ghcli.lazyre import lazy

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
SPACE = r"[\s\u3000]"

# Outlets that sign bylines and datelines (本报讯, 新京报讯, 工人日报客户端记者 X; 本刊讯 /
# 本刊记者 X of a union's own newsletter), longest first where one begins another.
OUTLETS = (
    "工人日报客户端", "工人日报", "北京日报客户端", "劳动午报", "本报", "本刊", "中工网", "新华社", "新华网", "人民日报", "人民网",
    "中新社", "中新网", "中国新闻网", "央视网", "央广网", "光明日报", "光明网", "北京日报", "北京晚报",
    "北京青年报", "北青报", "北京商报", "新京报", "中国青年报", "经济日报", "法治日报", "科技日报", "中国妇女报",
    "千龙网", "澎湃新闻", "北青网", "京报网", "北京时间", "央视新闻", "北京广播电视台",
)
# Role words, longest first. The optional newspaper prefix covers 本报记者 / 劳动午报记者 /
# 本报通讯员 / 工人日报-中工网记者 (a joint byline of two outlets); a resident reporter names
# the place (本报驻房山记者).
_PAPER = "(?:" + "|".join(OUTLETS) + ")"
_PAPERS = rf"{_PAPER}(?:[-－—]{_PAPER})*"  # one outlet, or a joint byline's (工人日报-中工网)
ROLE_RE = lazy(
    rf"(?:{_PAPERS})?"
    r"(?:(?:驻[\u4e00-\u9fff]{1,6}?)?(?:首席|特约|特派|见习|实习|摄影|融媒体|全媒体)?记者|实习生|见习生|(?:特约)?通讯员)"
    r"|图片?[/／:：]|文字?[/／:：]|摄影[/／:：]|视频[/／:：]|摄像[/／:：]"
)
# Every match of ROLE_RE holds one of these: a literal alternation, so ``search`` skips text
# in C (ROLE_RE itself opens with an optional group and is tried at every position).
_ROLE_HINT_RE = lazy(r"记者|实习生|见习生|通讯员|[图文字影频像片][/／:：]")
# A role word glued to the text after it (记者节快乐, 本报记者张丽), not to another role word
# (文/本报记者 陈曦): group 1 is that text, up to the next separator or role word.
_ROLE_THEN_CJK_RE = lazy(rf"(?:{ROLE_RE.pattern})(?!{ROLE_RE.pattern})((?:(?!{ROLE_RE.pattern})[{CJK}])+)")
# A byline is made of role words, names and name separators (see parse_names): any other
# character (sentence punctuation, brackets, quotes, digits, Latin) means a line of text.
# Checked before the role regexes, which are slow to fail on a long line.
_NOT_IN_BYLINE_RE = lazy(rf"[^{CJK}\s\u3000、，,/／:：·•□■●◆\-－—|｜丨]")
# A bar between a role word and a name, as phone copies print them (记者 | 孙艳, 文｜本报记者
# 张晶): read as the colon of 记者：孙艳.
_BAR_RE = lazy(r"[ \u3000]*[|｜丨][ \u3000]*")
# The words of an editor's or designer's credit (责任编辑：, 美编 X): no byline's names.
EDITOR_WORDS = ("责任编辑", "本版编辑", "本版责编", "责编", "美术编辑", "美编", "版式设计", "版式", "校对", "编辑", "组版", "摄影编辑")
# Editors' credits beside a reporter's in a credit block (记者：马超　编辑：李涛　校对：张帆): no names
# of the record.
_EDITOR_CREDIT_RE = lazy(
    rf"(?:{'|'.join(sorted((*EDITOR_WORDS, '值班编辑', '审核', '审校', '终审', '监制', '排版'), key=len, reverse=True))})"
    r"\s*[:：]\s*[\u4e00-\u9fff·]{2,8}")
# What a one-person "wrote and photographed" byline ends or opens with: 本报记者 X 文/摄,
# 文/图 本报记者 X.
_TEXT_AND_PHOTO = ("文/摄", "文／摄", "文/图", "文／图", "图/文", "图／文", "文并摄", "文图")

# A person's name as printed in a byline: 2-4 Han characters, or a transliterated name
# with a middle dot (阿依古丽·买买提).
NAME_RE = lazy(rf"^(?:[{CJK}]{{2,4}}|[{CJK}]{{1,8}}[·•][{CJK}]{{1,8}})$")

# Datelines: 本报讯, 本报北京8月25日讯, 新华社北京8月25日电, 中工网讯 ... The middle part
# holds a place and a date, never 记者 (本报记者近日… is a sentence, not a dateline), and
# 电 must not start a word (电力, 电话).
DATELINE_SOURCES = tuple(f"据{o}" for o in OUTLETS) + OUTLETS  # 据工人日报讯(记者 李娜): a reprint
DATELINE = (
    rf"(?:{'|'.join(DATELINE_SOURCES)})"
    r"[^\s()（）,，。:：;；记者“”\"]{0,12}?(?:讯|电(?![力话视子影器脑网池动量费梯商厂气])|消息(?=[(（ \u3000]))"
    r"|\d{1,2}月\d{1,2}日讯(?!息)"  # a date alone, the older house style (11月20日讯（记者 孙艳）…)
    # a reprint's source right before the bracketed byline (据《工人日报》（记者 杜鑫）…)
    rf"|据《?(?:{'|'.join(OUTLETS)})》?(?=[ \u3000]*[(（【［\[])"
    rf"|据《(?:{'|'.join(OUTLETS)})》(?:消息|讯|报道)(?=[ \u3000(（])"  # 据《工人日报》消息 近日，…
)
LEAD_RE = lazy(
    rf"^[□■●◆{SPACE[1:-1]}]*(?P<dateline>{DATELINE})?{SPACE}*[:：]?{SPACE}*"
    r"(?:[(（【［\[](?P<inner>[^()（）【】［］\[\]\n]{2,60}?)[)）】］\]])?"  # 本报讯【记者 马超】, 本报讯［记者 X］ too
)
_BRACKETED_LEAD_RE = lazy(rf"【(?P<dateline>{DATELINE}){SPACE}*[:：]?{SPACE}*(?P<inner>[^【】()（）\n]{{2,60}}?)】")
TRAILING_RE = lazy(r"[(（](?P<inner>[^()（）\n]{2,60}?)[)）]\s*$")
CREDIT_VERB_RE = lazy(
    rf"(?:{SPACE}*[/／]{SPACE}*|{SPACE}+|(?<=[{CJK}]))(图文报道|摄影报道|摄影|摄|供图)$|{SPACE}+(文[/／][图摄]|图[/／]文|文并摄)$"
)
NAMELESS_CREDIT_RE = lazy(
    rf"^(?:(?:新华社|中新社|本报|资料)(?:发|供图|图片|照片|记者摄|资料图)|[{CJK}]{{2,20}}供图)$"
)
# A body's name over the pictures it supplied, glued to the caption (…现场。石景山区总工会供图).
_BODY_SUPPLIED_RE = lazy(r"(?:工会|工会联合会|中心|公司|集团|委员会|办公室|宣传部|宣教部)供图$")
# A picture supplied by a body: 图片由朝阳区总工会提供, 照片由受访者提供.
_PICTURE_FROM_RE = lazy(rf"^(?:图片|照片|图)由[{CJK}]{{2,20}}提供$")
# A credit naming the writer and the photographer: 本报记者 孙艳/文 周美玉/摄.
_WRITER_AND_PHOTOGRAPHER_RE = lazy(rf"^(.*[/／]文){SPACE}+([{CJK}·]{{2,8}}){SPACE}*[/／]{SPACE}*摄$")
# An agency's credit before the photographer's name: 新华社发 王鹏 摄, 新华社发（王鹏 摄）.
_AGENCY = "(?:新华社|中新社)发"
_AGENCY_SENT_RE = lazy(rf"^{_AGENCY}{SPACE}*")
SENTENCE_BREAK = "。！？!?；;…”）)"
# A photo credit is short and ends with one of these.
MAX_CREDIT_CHARS = 40
CREDIT_ENDINGS = ("摄", "摄影", "摄影报道", "图文报道", "发", "供图", "图片", "照片", "资料图", "文/图", "文／图", "图/文",
                  "图／文")
# A byline at the start of a paragraph (LEAD_RE) opens with a mark, a space, a bracket or
# a dateline: with one of these.
LEAD_OPENERS = (*"(（□■●◆ \u3000", *DATELINE_SOURCES, "据《", *(f"【{source}" for source in DATELINE_SOURCES))
# Their first characters: a set lookup settles most lines before ``str.startswith`` tries
# every opener in turn.
LEAD_FIRST = frozenset(o[0] for o in LEAD_OPENERS)
# A lead that opens with the date of its dateline (11月20日讯…), tried on lines opening with a digit.
_DATED_LEAD_RE = lazy(r"\d{1,2}月\d{1,2}日讯(?!息)")


def may_open_with_lead(line: str) -> bool:
    """Could ``line`` (not empty) open with a byline (``parse_lead``)? A test of its first
    characters: a mark, a bracket, a space or an outlet's dateline, or a dated one."""
    first = line[0]
    if first in LEAD_FIRST:
        return line.startswith(LEAD_OPENERS)
    return first.isdigit() and _DATED_LEAD_RE.match(line) is not None

# A line that is only a byline is short.
MAX_BYLINE_LINE_CHARS = 80
# Last characters of a line that ends with a photo credit or a parenthesised byline.
_CLOSING_LAST = frozenset(e[-1] for e in CREDIT_ENDINGS) | frozenset(")）□■●◆供")  # 供: 图片由…提供

REPORTER, CORRESPONDENT, INTERN, PHOTOGRAPHER = "reporters", "correspondents", "interns", "photographers"
# 文/X: whoever wrote the piece, under no role word of their own (an essayist, a contributor):
# no record field. 文/本报记者 X and 本报记者 X/文 name a reporter by the 记者 role word.
WRITER = "writer"


@dataclass
class Credits:
    """Names found in one byline or credit, by the record field they belong to."""

    raw: str = ""
    dateline: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    interns: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    # A commentary's signature (□ 李强, □本报评论员): it signs the story, naming no reporter.
    signature: bool = False

    def add(self, role: str, name: str) -> None:
        names = getattr(self, role)
        if name not in names:
            names.append(name)

    def merge(self, other: "Credits") -> None:
        for role in (REPORTER, CORRESPONDENT, INTERN, PHOTOGRAPHER):
            for name in getattr(other, role):
                self.add(role, name)

    @property
    def has_names(self) -> bool:
        return bool(self.reporters or self.correspondents or self.interns or self.photographers)

    @property
    def signs(self) -> bool:
        """Does the byline sign its piece: names, a dateline (本报讯) or a commentary's signature?"""
        return self.has_names or bool(self.dateline) or self.signature


def role_field(role: str) -> str:
    """Record field for a printed role word (``WRITER``: none)."""
    if role[0] == "文":
        return WRITER
    if role.startswith(("图", "摄影", "视频", "摄像")):
        return PHOTOGRAPHER
    if "实习" in role or role.endswith("见习生"):
        return INTERN
    if "通讯员" in role:
        return CORRESPONDENT
    return REPORTER


# A slash before a part's role (文, 图, 摄) with spaces around it (王路曼 / 文, 陈曦/ 摄).
_SPACED_SLASH_RE = lazy(r"[ \u3000]*[/／][ \u3000]*(?=[文图摄])")


def parse_names(text: str, *, photo: bool = False, default: str | None = None) -> Credits | None:
    """Parse ``记者 周美玉 通讯员 高岩`` into names by role; None if it is not a byline.

    Every token must be a role word or a name; single characters separated by a space are
    one name padded for layout (``孙　艳``). Without a role word, names get ``default``
    (None: not a byline). ``photo`` makes everyone a photographer as well.
    """
    text = text.strip(" \u3000□■●◆")
    if not text:
        return None
    if "/" in text or "／" in text:
        text = _SPACED_SLASH_RE.sub("/", text)  # 记者 白莹 /文 陈曦/ 摄 as an OCR spaces it
    text, both = _byline_words(text)
    found = _names_by_role(text, photo or both, default)
    if found is None:
        return None
    credits = Credits(raw=text)
    for role, name in found:
        if role != WRITER:
            credits.add(role, name)
    if not credits.has_names:
        credits.signature = True  # 文/李秀芝 under an essay's headline: it signs the piece
    if "/文" in text or "文/" in text:
        lead_role = ROLE_RE.match(text)
        if lead_role and "记者" in lead_role.group():
            # 记者 王萌/文 陈艺/摄: the 记者 heads both names (not so 文/本报记者 X 图/Y, nor
            # a photographer with a role word of their own, or under another's: 记者 X/文
            # 通讯员 Y/摄, 记者 马超 通讯员 韩雪/文 王磊/摄)
            # (``text`` reads 记者 马超 通讯员 文/韩雪 图/王磊 by now: the next person's role word
            # ends what the 记者 heads, a 文/ or 图/ does not)
            ends = [m.start() for m in ROLE_RE.finditer(text, lead_role.end()) if m.group()[-1] not in "/／:："]
            headed = text[:ends[0]] if ends else text
            for name in credits.photographers:
                if name not in credits.correspondents and name not in credits.interns and name in headed:
                    credits.add(REPORTER, name)
    return credits


# Words in a byline that are no names: how the story was made (综合报道, 整理), where it was
# filed from (发自雄安, 北京报道), who wrote and who took the pictures (文/图, 马超/文 赵思远/图).
_MADE_WORDS = ("综合报道", "图文报道", "摄影报道", "报道", "整理", "采访整理", "采写", "编译", "综合", "供图")
_FILED_FROM_RE = lazy(rf"^(?:发自[{CJK}]{{1,6}}|[{CJK}]{{1,4}}报道)$")
# An as-told-to piece: 口述：刘强　整理：本报记者 陈曦.
_AS_TOLD = ("口述：", "口述:")
_WRITTEN_UP = ("整理：", "整理:")
_SIGNED_PART_RE = lazy(rf"^([{CJK}·•]{{2,8}})[/／](文|图|摄)$")
# A surname set apart from the rest of a signed name (崔 欣/文).
_SPLIT_SIGNED_RE = lazy(rf"(?<![{CJK}/／])([{CJK}]) ([{CJK}]{{1,2}}[/／](?:文|图|摄))")  # (not 王路曼/文 张晶/摄's 文)


# 文 or 图 after a name, set off by spaces (本报记者　陈曦　文　通讯员　于佳　摄): the name's part.
_SPACED_PART_RE = lazy(r"[^\s\u3000][\s\u3000]+[文图](?:[\s\u3000]|$)")


def _byline_words(text: str) -> tuple[str, bool]:
    """``text`` without the words of a byline that are no names, and whether its names took
    the pictures too (文/图, 图文报道, 供图 …)."""
    if not any(w in text for w in ("报道", "整理", "采写", "编译", "综合", "供图", "发自", "/", "／", "手记", "观察", "口述")) \
            and not _SPACED_PART_RE.search(text):
        return text, False  # most bylines
    both = False
    tokens = []
    if "/" in text and " " in text:  # 崔 欣/文 王 宇/摄: OCR's stray space after a surname
        text = _SPLIT_SIGNED_RE.sub(lambda m: m.group(1) + m.group(2) if m.group(1) in _surnames() else m.group(), text)
    for token in re.split(r"[\s\u3000]+", text):
        if token.startswith(_AS_TOLD):
            continue  # 口述：刘强 of an as-told-to piece: the narrator signs nothing
        if token.startswith(_WRITTEN_UP):
            token = token[len(_WRITTEN_UP[0]):]  # 整理：本报记者 陈曦: the role word after it counts
            if not token:
                continue
        if token in _TEXT_AND_PHOTO or token in ("图文报道", "摄影报道", "供图"):
            both = True
            continue
        if token in _MADE_WORDS or _FILED_FROM_RE.match(token) or token.strip("■□●◆") in ("记者手记", "记者观察"):
            continue
        if token in ("文", "图") and tokens and not ROLE_RE.fullmatch(tokens[-1]):
            tokens[-1] = token + "/" + tokens[-1]  # 本报记者　陈曦　文　通讯员　于佳: 陈曦/文 spaced out
            continue
        part = _SIGNED_PART_RE.match(token)
        if part:  # 马超/文 -> 文/马超, 赵思远/图 -> 图/赵思远
            tokens.append(("文/" if part.group(2) == "文" else "图/") + part.group(1))
            continue
        tokens.append(token)
    return " ".join(tokens), both


# Conjunctions between two credits (记者 马超和实习记者 李一然).
_AND = frozenset("和及与")

# Bylines repeat: a paper's reporters sign story after story in the same words.
_NAMES_CACHE = 4096


@lru_cache(maxsize=_NAMES_CACHE)
def _names_by_role(text: str, photo: bool, default: str | None) -> tuple[tuple[str, str], ...] | None:
    """``parse_names`` of stripped, non-empty ``text`` as ``(field, name)`` in the order they
    are added to the record's Credits (immutable, so that it can be cached)."""
    pos = 0
    role: str | None = default
    pictures = False  # the role word stands under 图/ or 摄影/ (图/本报记者 王晓东)
    after_word = False  # ``role`` comes from a role word, not from ``default``
    trainee = False  # the role word is 实习记者 / 见习记者 (an intern who signs as a reporter)
    segments: list[tuple[str | None, bool, bool, str]] = []
    for m in ROLE_RE.finditer(text):
        chunk = text[pos : m.start()]
        if chunk[-1:] in _AND and len(chunk) > 2 and "\u4e00" <= chunk[-2] <= "\u9fff":
            chunk = chunk[:-1]  # 记者 马超和实习记者 李一然: the conjunction glued to the next role word
        segments.append((role, pictures, trainee, chunk))
        new_role = role_field(m.group())
        empty = not chunk.strip(" \u3000")
        # 图/本报记者 王晓东: a staff reporter who took the picture, reporter and photographer
        pictures = after_word and role == PHOTOGRAPHER and empty
        if new_role == PHOTOGRAPHER and after_word and empty and role not in (None, PHOTOGRAPHER) \
                and m.group().startswith("图"):
            # 通讯员 图/付彬 (printed 通讯员 付彬/摄): the role word's field, and the pictures
            new_role, pictures = role, True
        elif new_role == WRITER and after_word and role not in (None, WRITER):
            # 本报记者 文/白莹 (printed 本报记者 白莹/文), 记者 孙艳 文/张晶 (记者 孙艳 张晶/文): the
            # role word's field
            new_role = role
        trainee = m.group().endswith("记者")
        role, pos, after_word = new_role, m.end(), True
    segments.append((role, pictures, trainee, text[pos:]))
    found: list[tuple[str, str]] = []
    for seg_role, seg_pictures, seg_trainee, chunk in segments:
        names = _split_names(chunk)
        if names is None:
            return None
        if not names:
            continue
        if seg_role is None:
            return None
        for name in names:
            found.append((seg_role, name))
            if (photo or seg_pictures) and seg_role != PHOTOGRAPHER:
                found.append((PHOTOGRAPHER, name))
            if seg_role == INTERN and seg_trainee:
                found.append((REPORTER, name))  # 实习记者 X: a trainee, and a reporter
    return tuple(found) if found else None


_NAME_SEPARATORS_RE = lazy(r"([\s\u3000、，,/／:：]+)")  # kept by the split: their widths count
_CJK_CHAR_RE = lazy(rf"[{CJK}]")
_WIDE = 99  # the width of a separator that is no space (、，/): always between two names


def _separator_width(sep: str) -> int:
    """How wide a separator is printed: a full-width space counts two, a mark ends a name."""
    if not sep.isspace():
        return _WIDE
    return len(sep) + sep.count("\u3000")


def _split_names(chunk: str) -> list[str] | None:
    # (separator before, token) pairs; the separators tell padded names apart (below)
    tokens: list[tuple[int, str]] = []
    sep = ""
    for k, part in enumerate(_NAME_SEPARATORS_RE.split(chunk)):
        if k % 2:
            sep += part
        elif part:
            tokens.append((_separator_width(sep) if sep else 0, part))
            sep = ""
    # Single characters separated by spaces are one name padded for layout (孙　艳), or, on a
    # line spaced out character by character (OCR: 记 者 白 莹　崔 欣), several: where the
    # spaces inside such a run differ, the widest ones part the names.
    widths = {w for k, (w, tok) in enumerate(tokens)
              if k and len(tok) == 1 and len(tokens[k - 1][1]) == 1 and w != _WIDE}
    parting = max(widths) if len(widths) > 1 else _WIDE
    evenly = len(widths) == 1
    names: list[str] = []
    pending = ""
    for width, tok in tokens:
        if len(tok) == 1 and _CJK_CHAR_RE.match(tok):
            if pending and width >= parting:
                names.extend(_padded_names(pending, evenly))
                pending = ""
            pending += tok  # 孙　艳 -> 孙艳
            continue
        if pending:
            if len(pending) == 1 and len(tok) == 2 and pending in _surnames():
                names.append(pending + tok)  # 李 一然: a stray space after the surname
                pending = ""
                continue
            names.extend(_padded_names(pending, evenly))
            pending = ""
        names.extend(_glued_pair(tok))
    if pending:
        names.extend(_padded_names(pending, evenly))
    if any(not NAME_RE.match(n) and not _LONG_NAME_RE.match(n) for n in names):
        return None
    return names


def _glued_pair(token: str) -> tuple[str, ...]:
    """Two names of two characters run together where a line was wrapped between them
    (记者 崔欣 / 白莹 joined as 崔欣白莹): each half opens with a surname, the first two
    characters are no compound surname (欧阳娜娜 is one name)."""
    if len(token) == 4 and _CJK_CHAR_RE.match(token):
        surnames = _surnames()
        if token[0] in surnames and token[2] in surnames and token[:2] not in surnames:
            return token[:2], token[2:]
    return (token,)


def _padded_names(run: str, evenly: bool) -> list[str]:
    """The names in a run of characters printed one by one: two two-character names when four
    characters spaced evenly open with a surname each (白 莹 崔 欣; not 欧 阳 晓 峰), else one."""
    if evenly and len(run) == 4 and run[0] in _surnames() and run[2] in _surnames() \
            and run[:2] not in _surnames():
        return [run[:2], run[2:]]
    return [run]


# A name of five characters without a middle dot (布仁巴雅尔, 乌兰其其格), as Mongolian names
# are printed; not a body's or a place's name (…总工会, …宣传部).
_LONG_NAME_RE = lazy(rf"^[{CJK}]{{5}}$(?<![会部社局委办站队组处网报区县市镇员院校厂司])")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The surnames of ``ghcli/data/surnames.txt`` (single and compound)."""
    return frozenset(data_lines("surnames.txt"))


def surname_led(name: str) -> bool:
    """A 2-4 character name that opens with a known surname (a name printed without a space
    after its role word, 本报记者张丽, must look like one)."""
    return 2 <= len(name) <= 4 and (name[0] in _surnames() or name[:2] in _surnames())


def holds_no_credits(line: str) -> bool:
    """True when ``parse_lead``, ``parse_credit``, ``parse_trailing`` and
    ``parse_byline_line`` of ``line`` (not empty) are all None, by a test much cheaper than
    any of them: the first and last characters, and a character no byline holds. True for
    almost every body paragraph."""
    last = line[-1]
    return (last not in _CLOSING_LAST and not last.isspace()
            and not may_open_with_lead(line)
            and (len(line) > MAX_BYLINE_LINE_CHARS or _NOT_IN_BYLINE_RE.search(line) is not None
                 or not _may_sign(line))
            and not might_sign_at_end(line))


def _may_sign(line: str) -> bool:
    """Could ``parse_byline_line`` read ``line`` as a byline or a signature? Not without a role
    word (or a bar that stands for its colon: 图｜X), a □ before a name or a commentator."""
    return (line[0] == "□" or line[:2] == "摄影" or "|" in line or "｜" in line or "丨" in line or "评论员" in line
            or _ROLE_HINT_RE.search(line) is not None)


def parse_lead(paragraph: str) -> tuple[Credits, int] | None:
    """Byline at the start of a body paragraph -> (credits, chars consumed), or None."""
    if not paragraph or not may_open_with_lead(paragraph):
        return None  # fast path: a paragraph that opens with text
    if paragraph[0] == "【":
        # 【本报讯 记者 孙艳】午休时间一到，…: the dateline inside the brackets with the names
        m = _BRACKETED_LEAD_RE.match(paragraph)
        if m is None or (credits := parse_names(m.group("inner"))) is None:
            return None
        credits.dateline = m.group("dateline")
        credits.raw = m.group()
        return credits, m.end()
    m = LEAD_RE.match(paragraph)
    if not m:
        return None
    dateline = m.group("dateline")
    inner = m.group("inner")
    if not dateline and not inner:
        # 工人日报—中工网记者 许锐 通讯员 孟凡　11月22日，…: a paper's reporter and names
        # without brackets, set off by spaces, opening the paragraph (no dateline before them)
        if _PAPER_REPORTER_RE.match(paragraph):
            bare = _bare_byline(paragraph, 0)
            if bare is None and (glued := _GLUED_REPORT_RE.match(paragraph)) and surname_led(glued.group(1)):
                # 本报记者王路曼报道12元就能…: the name between the role word and 报道
                bare = Credits(), glued.end()
                bare[0].add(REPORTER, glued.group(1))
            if bare is not None:
                credits, end = bare
                credits.raw = paragraph[:end].strip(" \u3000")
                return credits, end
        return None
    credits = parse_names(inner) if inner else None
    if credits is None and dateline and not inner:
        bare = _bare_byline(paragraph, m.end("dateline"))
        if bare is None and (glued := _GLUED_AFTER_DATELINE_RE.match(paragraph, m.end("dateline"))) \
                and surname_led(glued.group(1)):
            bare = Credits(), glued.end()  # 本报讯 记者孙艳报道 近日，…: the name between 记者 and 报道
            bare[0].add(REPORTER, glued.group(1))
        if bare is not None:
            credits, end = bare
            credits.dateline = dateline
            credits.raw = paragraph[:end].strip(" \u3000")
            return credits, end
    if credits is None:
        if not dateline:
            return None
        # Without a parsable name list only the dateline (and its spacing) is consumed.
        end = m.end("dateline")
        while end < len(paragraph) and paragraph[end] in " \u3000:：":
            end += 1
        credits = Credits()
    else:
        end = m.end()
    credits.dateline = dateline
    credits.raw = paragraph[:end].strip(" \u3000")
    return credits, end


# A paragraph opening with a paper's reporter (工人日报—中工网记者, 本报记者): its names may follow
# unbracketed.
_PAPER_REPORTER_RE = lazy(rf"[□■●◆ \u3000]*{_PAPERS}(?:首席|特约|特派|见习|实习)?记者")
# ... and its name glued to the role word and to 报道 (本报记者王路曼报道12元就能…).
_GLUED_REPORT_RE = lazy(rf"[□■●◆ \u3000]*{_PAPERS}记者([{CJK}]{{2,4}}?)报道")
_GLUED_AFTER_DATELINE_RE = lazy(rf"{SPACE}*(?:{_PAPERS})?记者([{CJK}]{{2,4}}?)报道")
_BYLINE_TOKEN_RE = lazy(rf"[{SPACE[1:-1]}、:：]*([^{SPACE[1:-1]}、:：]+)")  # 记者：张晶 as 记者 张晶


def _bare_byline(paragraph: str, pos: int) -> tuple[Credits, int] | None:
    """Role words and names without brackets after a dateline, each set off by spaces:
    ``本报讯 记者 孙艳 通讯员 李明 7月10日，…`` -> (credits, end of the last name). Names
    must open with a known surname (``近日`` is no name) and be followed by a space; a name
    may be glued to its role word (``本报讯 记者刘欣欣 近日，…``)."""
    start = end = None
    while m := _BYLINE_TOKEN_RE.match(paragraph, pos):
        token = m.group(1)
        spaced = paragraph[m.end():m.end() + 1] in (" ", "\u3000", "、", ":", "：")
        if ROLE_RE.fullmatch(token):
            if start is None:
                start = m.start(1)
        elif start is not None and surname_led(token) and NAME_RE.match(token) and spaced:
            end = m.end()
        elif spaced and (role := ROLE_RE.match(token)) and surname_led(name := token[role.end():]) \
                and NAME_RE.match(name):
            if start is None:  # 本报讯 记者刘欣欣 “按压深度…”: a name glued to its role word
                start = m.start(1)
            end = m.end()
        else:
            break
        pos = m.end()
    if end is None:
        return None
    credits = parse_names(paragraph[start:end])
    return (credits, end) if credits is not None else None


# Default of ``parse_byline_line``'s ``lead``: not parsed yet (None is a parse result).
_NOT_PARSED = object()


_ORG_PICTURE_TAIL_RE = lazy(r"[ \u3000]+(?:图片?|摄影)[/／:：][ \u3000]*[^\s，,。/／]{2,24}"
                            r"(?:工会|工会联合会|宣传部|宣教部|办公室|中心|委员会|公司|集团)$")
_CREDIT_SEMICOLON_RE = lazy(r"[ \u3000]*[；;][ \u3000]*")


def parse_byline_line(line: str, *, lead=_NOT_PARSED) -> Credits | None:
    """A line that is only a byline: ``□本报记者 李一然``, ``记者 张三 报道``,
    ``(劳动午报记者 王路曼)``, ``本报讯(记者 孙艳)``, ``文/本报记者 X 图/Y``.

    ``lead`` is ``parse_lead`` of the stripped line when the caller has it already (the
    splitter parses every line's lead once); the result is only read, never modified.
    """
    s = line.strip(" \u3000")
    if len(s) > MAX_BYLINE_LINE_CHARS:
        return None
    if lead is _NOT_PARSED:
        lead = parse_lead(s)
    if lead and lead[1] >= len(s.rstrip()):
        return lead[0]
    core = s.strip(" \u3000□■●◆")
    marked = core != s.strip(" \u3000")  # □本报记者 X
    if s[0] == "□" and core[-1:] in ")）" and (unit := _SIGNED_WITH_UNIT_RE.match(core)) and surname_led(unit.group(1)):
        return Credits(raw=s, signature=True)  # □刘振华（北京地铁运营一分公司）: a reader's essay, signed
    if core[:1] in "(（【［" and core[-1:] in ")）】］":
        core = core[1:-1]  # (劳动午报记者 王路曼), 【本报记者 王东生 文／摄】
        marked = True
    if ("图" in core or "摄影" in core) and (org := _ORG_PICTURE_TAIL_RE.search(core)) and org.start():
        core = core[:org.start()]  # 文/刘晓蓓  图/延庆区总工会: the writer's byline, the pictures a body's
    if "；" in core or ";" in core:
        core = _CREDIT_SEMICOLON_RE.sub(" ", core)  # 记者 邓嘉琪；实习生 柴一帆: credits set apart by a semicolon
    if _NOT_IN_BYLINE_RE.search(core):
        return None  # fast path: a character no byline holds, so parse_names(core) fails
    if "解答" in core:
        core = _without_answerer(core)
    if core[:2] == "摄影" and (spaced := _SPACED_PHOTO_ROLE_RE.match(core)):
        core = "摄影：" + core[spaced.end():]  # 摄影 本报记者 王路曼: the role word set off by a space
    if "|" in core or "｜" in core or "丨" in core:
        core = _BAR_RE.sub("：", core).strip("：")
        if core.startswith(OUTLETS) and (outlet := _OUTLET_FIELD_RE.match(core)):
            core = core[outlet.end():]  # 北京日报客户端 | 记者 韩晓彤: the outlet, then its reporter
    if ("编" in core or "校对" in core or "审" in core) and _EDITOR_CREDIT_RE.search(core):
        core = _EDITOR_CREDIT_RE.sub(" ", core).strip(" \u3000")  # 记者：马超　编辑：李涛　校对：张帆
        if not core:
            return None
    if not _ROLE_HINT_RE.search(core):
        if s[0] == "□" and (" " in core or "\u3000" in core):
            # □ 李 强, □ 陈　方, □ 本报评论员 郭 宁: a name spaced out character by character
            core = _SPACED_NAME_END_RE.sub(lambda m: m.group().replace(" ", "").replace("\u3000", ""), core)
        if s[0] == "□" and _signature(core, spaced=s[1:2] in " \u3000") or "评论员" in core and _commentator(core):
            # □ 李强 / □本报评论员 under a commentary's headline; the paper's commentator needs no □
            return Credits(raw=s, signature=True)
        return None  # fast path: no role word, so no byline (ROLE_RE.search below fails too)
    photo = False
    for mark in _TEXT_AND_PHOTO:  # 本报记者 刘欣欣 文/摄, 文/图 本报记者 X: wrote it and took the pictures
        if core.endswith(mark) or core.startswith(mark):
            core = (core[: -len(mark)] if core.endswith(mark) else core[len(mark):]).strip(" \u3000")
            photo = True
            break
    if not marked and any(not surname_led(m.group(1)) or len(m.group(1)) > 3
                          for m in _ROLE_THEN_CJK_RE.finditer(core)):
        # A bare line needs a space after the role word (记者节快乐 is a headline), unless a
        # name follows it directly (本报记者张丽, as text taken from a PDF often prints it).
        return None
    if not ROLE_RE.search(core):
        return None
    credits = parse_names(core, photo=photo)
    if credits is not None:
        credits.raw = s
    return credits


_COMMENTATOR_RE = lazy(rf"^{_PAPER}?(?:特约)?评论员(?:{SPACE}*([{CJK}·]{{2,8}}))?$")


# An outlet's name set off from the byline after it by a bar (read as a colon by then).
_OUTLET_FIELD_RE = lazy(rf"(?:{'|'.join(OUTLETS)})：(?=[^：]*记者)")
# A name signing a piece with the writer's workplace in brackets (刘振华（北京地铁运营一分公司）).
_SIGNED_WITH_UNIT_RE = lazy(rf"^([{CJK}·]{{2,4}}){SPACE}*[（(][^()（）]{{2,30}}[)）]$")


def _commentator(core: str) -> bool:
    """The paper's commentator signing without a □ (本报评论员, 特约评论员 王海): the outlet or
    特约 first, and a name only after a space (not 评论员认为…)."""
    m = _COMMENTATOR_RE.match(core)
    if m is None or not core.startswith((*OUTLETS, "特约")):
        return False
    name = m.group(1)
    return name is None or core[m.start(1) - 1] in " \u3000" and surname_led(name) and NAME_RE.match(name) is not None


# A two- or three-character name spaced out at the end of a signature (李 强, 评论员 郭 宁).
_SPACED_NAME_END_RE = lazy(rf"(?:(?<=[ \u3000])|^)[{CJK}](?:[ \u3000][{CJK}]){{1,2}}$")
# Longest bare name signing a commentary after its □.
MAX_SIGNATURE_NAME_CHARS = 3


def _signature(core: str, spaced: bool = False) -> bool:
    """A commentary's signature after its □: a bare name (李强), a pen name set off by a space
    (□ 晓言) or a commentator (本报评论员, 本报评论员 张明). The name of a commentator is no
    reporter's (no 记者 role word)."""
    if len(core) <= MAX_SIGNATURE_NAME_CHARS and (spaced or surname_led(core)) and NAME_RE.match(core):
        return True
    m = _COMMENTATOR_RE.match(core)
    return bool(m) and (m.group(1) is None or NAME_RE.match(m.group(1)) is not None)


def parse_trailing(paragraph: str) -> tuple[Credits, int] | None:
    """``…… (劳动午报记者 王路曼)`` at the end of the last paragraph -> (credits, start); also
    a signature without brackets set off by a space after the last sentence:
    ``……技师证书。 本报记者 马超 实习记者 孙一鸣``."""
    if not paragraph.rstrip().endswith((")", "）")):
        return _bare_trailing(paragraph)  # TRAILING_RE ends with a closing bracket and spaces
    m = TRAILING_RE.search(paragraph)
    if not m:
        return None
    inner = m.group("inner")
    if inner[0] in "据新中":
        if _SOURCE_TAG_RE.match(inner):
            # ……工作生活条件。(据《工人日报》): a reprint's source closes it, naming no one
            before = paragraph[:m.start()].rstrip(" \u3000")
            return (Credits(raw=m.group().strip()), m.start()) if before[-1:] in SENTENCE_BREAK else None
        if source := _SOURCE_BEFORE_NAMES_RE.match(inner):
            inner = inner[source.end():]  # (据《工人日报》 记者 陈华 李丹青): the reprint's reporters
    credits = parse_names(_without_answerer(inner) if "解答" in inner else inner)
    if credits is None:
        return None
    credits.raw = m.group().strip()
    return credits, m.start()


# Who answered a reader's question, before the reporter who wrote it up (（北京市总工会职工服务中心
# 律师　刘畅　解答　本报记者　张晶　整理）): no credit of the paper's.
_ANSWERER_RE = lazy(rf"^[^()（）]{{0,30}}?{SPACE}*[{CJK}·]{{2,4}}{SPACE}*解答{SPACE}+(?=(?:{ROLE_RE.pattern}))")


def _without_answerer(inner: str) -> str:
    """A Q&A's credit without the expert who answered (律师 刘畅 解答 本报记者 张晶 整理)."""
    m = _ANSWERER_RE.match(inner)
    return inner[m.end():] if m else inner


# The source of a reprinted story, in brackets after its last sentence: (据《工人日报》), (新华社).
_SOURCE_TAG_RE = lazy(rf"^(?:据(?:《[^》]{{2,12}}》|[{CJK}]{{2,10}}?)(?:报道|消息)?|新华社|中新社)$")
# ... and before the names it credits, after a space (据《工人日报》 记者 陈华).
_SOURCE_BEFORE_NAMES_RE = lazy(rf"^(?:据《[^》]{{2,12}}》(?:报道|消息)?|新华社|中新社){SPACE}+(?=(?:{ROLE_RE.pattern}))")


# Longest signature without brackets after a paragraph's last sentence (本报记者 马超 实习记者 孙一鸣).
MAX_BARE_TRAILING_CHARS = 30
_BARE_TRAILING_RE = lazy(rf"[。！？!?”]{SPACE}+((?:{ROLE_RE.pattern})[^。！？!?”]{{1,{MAX_BARE_TRAILING_CHARS}}})$")


def _bare_trailing(paragraph: str) -> tuple[Credits, int] | None:
    """``……证书。 本报记者 马超``: role words and names only, after a sentence and a space."""
    s = paragraph.rstrip(" \u3000")
    if not might_sign_at_end(s):
        return None
    m = _BARE_TRAILING_RE.search(s, max(0, len(s) - MAX_BARE_TRAILING_CHARS - 8))
    if not m or m.group(1).startswith(("图", "文", "摄影")):
        return None
    tail = m.group(1)
    if _NOT_IN_BYLINE_RE.search(tail) or any(not surname_led(n) for n in _ROLE_NAMES_RE.findall(tail)):
        return None
    credits = parse_names(tail)
    if credits is None or not (credits.reporters or credits.correspondents or credits.interns):
        return None
    credits.raw = tail
    return credits, m.start(1)


# The first name after each role word of a signature (本报记者 马超 -> 马超).
_ROLE_NAMES_RE = lazy(rf"(?:{ROLE_RE.pattern}){SPACE}*([{CJK}]+)")


def might_sign_at_end(text: str) -> bool:
    """Can ``text`` end with a signature without brackets (a role word near its end)? A cheap
    test: most paragraphs end with a sentence."""
    if text[-1:] in "。！？!?”":
        return False
    tail = text[-MAX_BARE_TRAILING_CHARS:]
    return "记者" in tail or "通讯员" in tail or "图/" in tail or "图／" in tail or "摄影" in tail  # (摄影 吴昊)


def _picture_from(s: str) -> tuple[Credits, int] | None:
    """A picture supplied by a body closing a caption (……意向。 图片由北京经济技术开发区总工会提供),
    or a line of its own: a credit naming no one."""
    cut = max(s.rfind(ch) for ch in SENTENCE_BREAK)
    tail = s[cut + 1:]
    start = cut + 1 + len(tail) - len(tail.lstrip(" \u3000"))
    if cut >= 0 and start == cut + 1:
        return None  # glued to the sentence before it: part of the text
    tail = tail.strip(" \u3000")
    if len(tail) > MAX_CREDIT_CHARS or not _PICTURE_FROM_RE.match(tail):
        return None
    return Credits(raw=tail), start


# A picture's credit led by its role word after a caption's last sentence (……生活。 图/通讯员 张雪,
# ……手中。 摄影 吴昊), the writer's before it (文/本报记者 崔欣　图/通讯员 韩冰, 本报记者 王路曼/文 图/…).
_PICTURE_ROLE_TAIL_RE = lazy(rf"[。！？!?”）)]{SPACE}+((?:(?:文字?[/／]{SPACE}*[^。！？!?”/／]{{2,20}}?|[^。！？!?”/／]{{2,20}}?[/／]文)"
                             rf"{SPACE}+)?"
                             rf"(?:(?:图片|图)[/／]|摄影(?:{SPACE}*[:：]|{SPACE}))"
                             rf"{SPACE}*[^。！？!?”/／]{{2,{MAX_CREDIT_CHARS}}})$")


# ... or glued to the caption's last sentence when a reporter's or correspondent's role word
# follows the slash (……快乐。图/本报记者 徐新星): no sentence goes on like that.
_GLUED_PICTURE_ROLE_TAIL_RE = lazy(rf"[。！？!?”]((?:图片|图)[/／]{SPACE}*(?:{_PAPERS})?(?:实习|见习|摄影)?(?:记者|通讯员)"
                                   rf"[^。！？!?”/／]{{2,{MAX_CREDIT_CHARS}}})$")


def _picture_role_credit(s: str) -> tuple[Credits, int] | None:
    at = max(0, len(s) - MAX_CREDIT_CHARS - 4)
    m = _PICTURE_ROLE_TAIL_RE.search(s, at) or _GLUED_PICTURE_ROLE_TAIL_RE.search(s, at)
    if m is None or _NOT_IN_BYLINE_RE.search(m.group(1)):
        return None
    raw = m.group(1)
    # (摄影 吴昊: the role word set off by a space, as parse_names reads it after a colon)
    credits = parse_names(_SPACED_PHOTO_ROLE_RE.sub("摄影：", raw), default=PHOTOGRAPHER)
    if credits is None or not credits.has_names:
        return None
    credits.raw = raw
    return credits, m.start(1)


_SPACED_PHOTO_ROLE_RE = lazy(rf"^摄影{SPACE}+")


def parse_credit(paragraph: str) -> tuple[Credits, int] | None:
    """Photo credit at the end of a paragraph (or the whole line) -> (credits, start).

    ``…服务品牌。 本报记者 赵思远 摄影报道`` gives 赵思远 as reporter and photographer.
    A credit without a role word needs a space or slash before 摄 (``付彬 摄``,
    ``万玉藻/摄``) so that a sentence ending in 拍摄 is never read as a credit.
    """
    s = paragraph.rstrip()
    if s.endswith((")", "）")):
        return _bracketed_credit(s)
    if s.endswith("提供"):
        return _picture_from(s)
    if not s.endswith(CREDIT_ENDINGS):
        tail = s[-MAX_CREDIT_CHARS:]
        if "图/" in tail or "图／" in tail or "摄影" in tail:
            return _picture_role_credit(s)  # ……生活。 图/通讯员 张雪, ……手中。 摄影 吴昊
        return None  # fast path: almost every paragraph
    tail_start = len(s) - MAX_CREDIT_CHARS - 1
    cut = max(s.rfind(ch, max(0, tail_start)) for ch in SENTENCE_BREAK)
    # An ASCII full stop ends a sentence when a space follows it (……前来体验. 本报记者 边磊 摄),
    # never inside a number (3.5万元).
    cut = max(cut, s.rfind(". ", max(0, tail_start)), s.rfind(".\u3000", max(0, tail_start)))
    start = cut + 1
    tail = s[start:]
    lead_ws = len(tail) - len(tail.lstrip(" \u3000"))
    tail = tail.strip(" \u3000")
    start += lead_ws
    if not tail or len(tail) > MAX_CREDIT_CHARS:
        return None
    if cut >= 0 and lead_ws == 0 and not ROLE_RE.match(tail.lstrip("□■")) and not _BODY_SUPPLIED_RE.search(tail):
        return None  # glued to the sentence before it: part of the text (not 比赛现场。石景山区总工会供图)
    if NAMELESS_CREDIT_RE.match(tail.lstrip("□■")):
        return Credits(raw=tail), start
    m = CREDIT_VERB_RE.search(tail)
    if not m:
        return None
    body = _AGENCY_SENT_RE.sub("", tail[: m.start()])  # 新华社发 王鹏 摄: the agency is no name
    has_role = bool(ROLE_RE.search(body))
    if m.group(2) and cut < 0:
        return None  # 本报记者 孙艳 文/图 on a line of its own is a byline, not a caption's credit
    verb_at = m.start(1) if m.group(1) else m.start(2)
    if not has_role and not re.search(r"[\s\u3000/／]$", tail[:verb_at]):
        return None
    split = _WRITER_AND_PHOTOGRAPHER_RE.match(tail)
    if split:  # 本报记者 孙艳/文 周美玉/摄: the writer took no picture (parse_names makes both reporters)
        credits = parse_names(f"{split.group(1)} 图/{split.group(2)}", default=PHOTOGRAPHER)
    else:
        credits = parse_names(body, photo=True, default=PHOTOGRAPHER)
    if credits is None:
        return None
    credits.raw = tail
    return credits, start


def _bracketed_credit(s: str) -> tuple[Credits, int] | None:
    """A photo credit in brackets closing a caption: ``……比赛项目。（本报记者 王路曼 摄）``,
    ``……休息。 新华社发（王鹏 摄）`` -> (credits, start), as ``parse_credit``."""
    open_at = max(s.rfind("("), s.rfind("（"))
    if open_at < 0:
        return None
    inner = s[open_at + 1 : -1].strip(" \u3000")
    if _PICTURE_FROM_RE.match(inner):  # （图片由朝阳区总工会提供）
        found: tuple[Credits, int] | None = (Credits(), 0)
    elif not inner.endswith(CREDIT_ENDINGS):
        return None  # (劳动午报记者 王路曼), (含公厕): a byline or an aside
    else:
        found = parse_credit(inner)
    if found is None or found[1] != 0:
        return None
    credits, start = found
    before = s[:open_at].rstrip(" \u3000")
    agency = re.search(rf"{_AGENCY}$", before)
    if agency:
        start = agency.start()
    elif before and before[-1] not in SENTENCE_BREAK and before == s[:open_at]:
        return None  # glued to the text before it, with no sentence end: part of the text
    else:
        start = open_at
    credits.raw = s[start:].strip(" \u3000")
    return credits, start


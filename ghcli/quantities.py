"""Counted things in article text: how many took part, how much money and material was given.

``find_quantities(text)`` returns one dict per counted thing, in text order::

    {"value": 40, "unit": "名", "what": "职工", "kind": "participants", "approx": True,
     "text": "40余名职工"}

Kinds
  participants  people or groups of people: 名 位 人 人次 组 户 (``15组职工家庭``)
  money         yuan: 元 万元 亿元; ``value`` is always in yuan (``230余万元`` -> 2300000)
  material      things handed out or set up: 册 份 袋 箱 件 套 台 张 盏 吨 … and 个 (``10个社区职工书屋``)
  other         counts of events, teams and bodies: 支 家 项 次 场 期 幅 所 处, and 个 when the
                counted noun is a body or an abstract thing (``23个基层总工会``, ``5项举措``).
                Teams (``20支代表队``) are ``other`` on purpose, so that summing ``participants``
                never adds teams to people.

Not counted at all: years, dates and durations (年 月 日 天 小时 are not units), ordinals
(``第39个``, ``第七届``), ages (岁), percentages, phone and app numbers (``12351APP``, a
quoted ``“12345”``), ``数百``-style counts with no value, and small Chinese-numeral counts
below ``MIN_CHINESE_COUNT`` (``三个环节``, ``四类垃圾``, ``一名快递小哥``) which describe rather
than count. Ranges (``10-20名``) give the upper bound with ``approx`` set.

Approximate: 近 约 超 超过 逾 上(千/百/万) before the number, 余 多 after it, 左右 以上 after the unit.

``what`` is the counted noun after the unit (``34名职工开展…`` -> 职工), or, when nothing
follows, the noun before the number (``图书4000册`` -> 图书, ``帮扶支出累计达到230余万元`` ->
帮扶支出). Money also looks for ``价值N元的X`` and ``投入N元开展X``.

Pure regular expressions; no jieba.
"""

from __future__ import annotations

import re
from decimal import Decimal

# --- tuning constants ------------------------------------------------------------------------
# Chinese-numeral counts below this are descriptive (三个环节, 两个项目, 一名职工), not the
# "how many" a reader asks about; Arabic figures are always counted. Calibrated on the sample
# issue (三个环节, 四类垃圾 are not in the gold) and the dev corpus (六家酒店, 五支队伍).
MIN_CHINESE_COUNT = 10
# Longest counted noun kept, in characters (quotes included: “12345”接诉即办工作者 is 14);
# longer runs are cut (a clause, not a noun).
MAX_WHAT_CHARS = 16
# How far back (characters) to look for the noun before the number (图书4000册).
MAX_LEFT_CHARS = 16
# Arabic integer parts longer than this are ids, phone numbers or QQ numbers, not counts.
MAX_DIGITS = 9
# Longest run of numeral characters read before a unit (一千二百三十四万五千六百七十八 is 15).
MAX_RUN_CHARS = 24

PARTICIPANT_UNITS = ("人次", "名", "位", "人", "组", "户")
MONEY_UNITS = ("元",)
MATERIAL_UNITS = (
    "公斤", "册", "本", "份", "袋", "包", "箱", "件", "套", "台", "张", "盏", "吨", "斤",
    "桶", "瓶", "盒", "辆", "棵", "株", "个",
)
OTHER_UNITS = ("支", "家", "项", "次", "场", "期", "幅", "所", "处")
_UNIT_KIND = {
    **dict.fromkeys(PARTICIPANT_UNITS, "participants"),
    **dict.fromkeys(MONEY_UNITS, "money"),
    **dict.fromkeys(MATERIAL_UNITS, "material"),
    **dict.fromkeys(OTHER_UNITS, "other"),
}
# 个 counts bodies and abstract things as often as material; these noun endings make it "other".
ABSTRACT_ENDINGS = (
    "工会", "单位", "企业", "集体", "部门", "社区", "村", "街道", "乡镇", "项目", "环节", "方面",
    "举措", "作品", "活动", "品牌", "阵地", "站点", "先锋号", "班组", "工作室", "组织", "节点",
)

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
_CN = "零〇一二两三四五六七八九十百千万亿"
_NUM = rf"(?:\d+(?:\.\d+)?|[{_CN}]+)"
_UNITS = "|".join(sorted(_UNIT_KIND, key=len, reverse=True))

QUANTITY_RE = re.compile(
    rf"(?=[近约超逾上数\d{_CN}])"  # fast skip of characters that cannot start a quantity
    rf"(?P<pre>超过|近|约|超|逾|上|数)?"
    rf"(?P<num>{_NUM})"
    rf"(?:[-~～—至到](?P<upper>{_NUM}))?"
    rf"(?P<more1>余|多)?(?P<mult>[万亿])?(?P<more2>余|多)?"
    rf"(?P<unit>{_UNITS})"
    rf"(?P<post>左右|以上)?"
)
# Where a quantity can be: a run of numeral characters (and what may stand inside a
# QUANTITY_RE match before its unit) ending in a unit. Unit characters are never numeral
# characters, so the run ends exactly where QUANTITY_RE's unit starts. This pattern opens
# with a character class, which lets the regex engine skip other text in C; QUANTITY_RE,
# which needs a lookahead for its optional prefix, is then tried only around these runs.
# The run is possessive and bounded (no count is that long), so that a long run of digits
# without a unit costs linear time, not a retry from every digit.
_QUANTITY_RUN = re.compile(rf"[\d{_CN}][\d{_CN}.\-~～—至到余多]{{0,{MAX_RUN_CHARS}}}+(?:{_UNITS})")
APPROX_PREFIXES = frozenset({"近", "约", "超", "超过", "逾", "上"})
# A match preceded by one of these is part of something else: an ordinal (第39个), a decimal,
# a code (APP12351), a longer numeral.
_BLOCKING_BEFORE = re.compile(rf"[第\d.A-Za-z{_CN}]")
# Bare multipliers count only with an approximate prefix (上千名群众, 近百名职工).
_CN_BARE_MULTIPLIERS = frozenset("十百千万")
# Counted nouns that are really time spans: 两个多月, 3个小时.
_TIME_WHAT = re.compile(r"^(?:多|余)?(?:月|小时|钟头|星期|周|天|年|日|分钟|学期)")

# Noun characters of a counted thing; quoted names stay inside (31位“12345”接诉即办工作者).
_WHAT_RE = re.compile(r"(?:“[^”\n]{1,12}”|\"[^\"\n]{1,12}\"|[\u4e00-\u9fff·])+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_QUOTED_TAIL = re.compile(r"(?:“[^”]{1,16}”|\"[^\"]{1,16}\")$")
_CJK_TAIL = re.compile(r"[\u4e00-\u9fff·]+$")
# Words that end the counted noun after the unit: verbs and particles of the clause.
RIGHT_STOPS = (
    "参加", "参与", "参赛", "开展", "组队", "组成", "收到", "受益", "获得", "来到", "走进", "齐聚",
    "共同", "进行", "提供", "送去", "接受", "报名", "加入", "出席", "观看", "聆听", "现场", "一起",
    "积极", "纷纷", "分别", "前往", "走访", "参观", "直接", "同场", "已经", "先后", "陆续", "通过",
    "用于", "捐赠", "发放", "惠及", "覆盖", "受到", "得到", "签订", "完成", "实现", "入驻", "上岗",
    "助力", "组织", "推动", "坚守", "悬挂", "张贴", "设立", "建成", "建立",
    "在", "的", "和", "与", "等", "共", "于", "为", "对", "从", "将", "已",
    "也", "还", "被", "把", "向", "给", "让", "是", "有", "了", "着", "到",
)
# Words after which the noun before the number starts (发放酸梅晶1600袋 -> 酸梅晶).
LEFT_STOPS = (
    "发放", "捐赠", "捐助", "赠送", "送去", "送出", "送上", "安排", "投入", "投资", "筹集", "募集",
    "拨付", "下拨", "发出", "悬挂", "惠及", "服务", "收到", "征集", "评选出", "展出", "提供",
    "购买", "购置", "订制", "准备", "共有", "拥有", "达到", "累计", "共计", "总计", "合计", "涉及",
    "覆盖", "培养", "带动", "吸引", "组织", "发动",
    "的", "了", "等(?!奖)", "有", "给", "向", "为", "和", "及", "与", "这", "那", "其", "共",
)
# Linking words between a subject and its amount (帮扶支出累计达到230余万元).
_LINK_TAIL = re.compile(r"(?:累计|共计|总计|合计|已|共|高达|达到|达|约|为|超过|超|逾|近|突破|超出)+$")
_RIGHT_STOP_RE = re.compile("|".join(sorted(RIGHT_STOPS, key=len, reverse=True)))
_LEFT_STOP_RE = re.compile("|".join(sorted(LEFT_STOPS, key=len, reverse=True)))  # entries may be regexes
# 投入356万元开展“安心”系列帮扶行动; 1000万元用于开展走访慰问.
_MONEY_OBJECT = re.compile(r"[,，]?(?:用于开展|用于|开展|实施|举办)")
# Brand prefix of an activity name: “安心”系列帮扶行动 -> 帮扶行动.
_BRAND_PREFIX = re.compile(r"^(?:“[^”]*”|\"[^\"]*\")(?:系列|主题|专项)?")


def parse_number(token: str) -> int | float | None:
    """Arabic (``58.8``) or Chinese (``一百二十``, ``两千``, ``上万``'s ``万``) numeral -> number.

    Returns None for malformed Chinese runs (``一二三``) so they are never counted.
    """
    if token.isdecimal():
        return int(token)  # most counts are whole figures: no Decimal needed
    if token[0].isdigit():
        return _plain(Decimal(token))
    total = section = 0
    digit: int | None = None
    for ch in token:
        if ch in _CN_DIGIT:
            if digit:  # two non-zero digits in a row: 一二三等奖, not a number
                return None
            digit = _CN_DIGIT[ch]
        elif ch in _CN_SMALL_UNIT:
            section += (1 if digit is None else digit) * _CN_SMALL_UNIT[ch]
            digit = None
        else:  # 万 / 亿 close a section
            section += digit or 0
            if ch == "亿":
                total = (total + (section or 1)) * _CN_BIG_UNIT[ch]
            else:
                total += (section or 1) * _CN_BIG_UNIT[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def find_quantities(text: str) -> list[dict]:
    """Every counted thing in ``text`` (participants, money, material, other), in text order."""
    found = []
    last = 0  # QUANTITY_RE.finditer(text), window by window: no match starts before ``last``
    for run in _QUANTITY_RUN.finditer(text):
        start, end = run.span()
        # a prefix (超过, 近 …) takes up to two characters before the run, 左右/以上 two after
        for m in QUANTITY_RE.finditer(text, max(start - 2, last), end + 2):
            last = m.end()
            item = _quantity(text, m)
            if item is not None:
                found.append(item)
    return found


def _quantity(text: str, m: re.Match) -> dict | None:
    m_start, m_end = m.span()
    # A one-character class matched in place (``pos``) rather than on a one-character slice.
    if m_start > 0 and _BLOCKING_BEFORE.match(text, m_start - 1):
        return None
    pre, num, upper, unit = m.group("pre", "num", "upper", "unit")
    if pre == "数":  # 数百名: no value to report
        return None
    token = upper or num
    value = parse_number(token)
    if value is None or (token[0].isdigit() and len(token.split(".")[0]) > MAX_DIGITS):
        return None
    if not token[0].isdigit():
        if token in _CN_BARE_MULTIPLIERS and pre not in APPROX_PREFIXES:
            return None  # 千人大会, 百人健步走: names, not counts
        if value < MIN_CHINESE_COUNT:
            return None
    elif pre == "上":
        pre = None  # 上 only makes 上百/上千/上万 approximate; before digits it is another word (线上)
    if m["mult"]:
        value = _plain(Decimal(str(value)) * _CN_BIG_UNIT[m["mult"]])
    right = _right_what(text, m_end)
    if right and _TIME_WHAT.match(right):
        return None
    kind = _UNIT_KIND[unit]
    if kind == "money":
        what, start, end = _money_what(text, m)
    elif right:
        what, start, end = right, m_start, m_end + len(right)
    else:
        what, start = _left_what(text, m_start)
        end = m_end
    if unit == "个" and what and what.endswith(ABSTRACT_ENDINGS):
        kind = "other"
    approx = bool(pre in APPROX_PREFIXES or m["more1"] or m["more2"] or m["post"] or upper)
    return {"value": value, "unit": unit, "what": what, "kind": kind, "approx": approx,
            "text": text[start:end]}


def _right_what(text: str, end: int) -> str | None:
    """The counted noun right after the unit: 34名[职工]开展…, 31位[“12345”接诉即办工作者]开展…"""
    m = _WHAT_RE.match(text, end)
    if not m:
        return None
    run = m.group()[: MAX_WHAT_CHARS * 2]
    unquoted = run
    if "“" in run or '"' in run:  # _QUOTED needs an opening quote (most runs have none)
        unquoted = _QUOTED.sub(lambda q: "\0" * len(q.group()), run)  # never stop inside quotes
    stop = _RIGHT_STOP_RE.search(unquoted, 1)  # the noun is at least one character
    noun = run[: stop.start() if stop else len(run)][:MAX_WHAT_CHARS]
    return noun or None


def _left_what(text: str, start: int) -> tuple[str | None, int]:
    """The noun before the number and where it starts: 捐赠[图书]4000册, [帮扶支出]累计达到230余万元."""
    before = text[max(0, start - MAX_LEFT_CHARS):start]
    offset = start - len(before)
    quoted = _QUOTED_TAIL.search(before)
    if quoted:
        return quoted.group(), offset + quoted.start()
    run = _CJK_TAIL.search(before)
    if not run:
        return None, start
    noun = _LINK_TAIL.sub("", run.group())
    noun_start = offset + run.start()
    cut = None
    for cut in _LEFT_STOP_RE.finditer(noun):
        pass
    if cut is not None:
        noun, noun_start = noun[cut.end():], noun_start + cut.end()
    if len(noun) > MAX_WHAT_CHARS:
        noun_start += len(noun) - MAX_WHAT_CHARS
        noun = noun[-MAX_WHAT_CHARS:]
    return (noun, noun_start) if noun else (None, start)


def _money_what(text: str, m: re.Match) -> tuple[str | None, int, int]:
    """What the money is: 价值N元的[X]; [X]累计达到N元; 投入N元开展[X]; N元用于[X]."""
    if text.endswith("价值", 0, m.start()) and text.startswith("的", m.end()):
        noun = _right_what(text, m.end() + 1)
        if noun:
            return noun, m.start() - 2, m.end() + 1 + len(noun)
    noun, start = _left_what(text, m.start())
    if noun:
        return noun, start, m.end()
    obj = _MONEY_OBJECT.match(text, m.end())
    if obj:
        noun = _right_what(text, obj.end())
        if noun:
            return _BRAND_PREFIX.sub("", noun) or noun, m.start(), obj.end() + len(noun)
    return None, m.start(), m.end()

"""Line classification: every line of an issue read into a ``Token`` of its kind (``_tokenize``),
with what copies from the web and from phones add around the text (buttons, menus, site bars,
metadata fields, adverts) told apart as furniture.
"""

from __future__ import annotations

import re

from ghcli.bylines import (
    CREDIT_ENDINGS, DATELINE_SOURCES, LEAD_FIRST, MAX_BYLINE_LINE_CHARS, OUTLETS, holds_no_credits,
    may_open_with_lead, parse_byline_line, parse_credit, parse_lead, parse_trailing,
)
from ghcli.lazyre import lazy
from ghcli.repair import is_terminated
from ghcli.split.base import (
    BANNER, BODY, BOX_LABELS, BYLINE, COLUMN_LABELS, CREDIT, END_RE, FURNITURE, HEAD, IN_STORY_CAPTION, JUMP_RE,
    MARK_RE, MAX_HEADLINE_CHARS, MAX_TWO_PART_HEADLINE_CHARS, SECTION_LABELS, SHORT, SUBHEAD, Token, ZERO_WIDTH,
    ZERO_WIDTH_RE, _BULLETIN_NUMBER_RE, _CLAUSE_PUNCT_RE, _EDITORS_LINE_RE, _FURNITURE_FIRST, _INLINE_JUMP_RE,
    _LABEL_MARKS, _LEAD_CLAUSE_RE, _LINE_SPACE, _MARK_FIRST, _MASTHEAD_ANYWHERE_RE, _MAX_LABEL_CHARS, _PAGE_LABEL_RE,
    _QUOTE_CLOSERS,
    _LAST_TOKEN_RE, _SENTENCE_PUNCT_RE, _TWO_PARTS_RE, _WIDE_SPACE_RE, _byline_cut, _is_masthead,
    _opens_with_byline, _with_box,
)
from ghcli.split.columns import (
    MAX_WRAPPED_MEAN_CHARS, MIN_WRAPPED_LINES, _then_columns, _unwrap_columns, _unwrap_pages,
)
from ghcli.split.headlines import MAX_COLON_HEAD_CHARS, _OPEN_SUBJECT_RE, _SPACED_BYLINE_WORD_RE


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
    columns: list[str] = []  # the fields of a table's columns, once its row of labels is read
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
        if ("\u3000\u3000" in s or spaced and "  " in s) and (pair := _side_by_side(s)) is not None:
            # 情暖返乡路　　　　　　冰雪乐翻天: two columns' heads flattened onto one line (by four spaces or
            # more of either width: …直播带货   　　溪翁庄镇…)
            tokens.append(_classify(pair[0], n, gap))
            right = _classify(pair[1], n, 0)
            right.beside = right.kind != FURNITURE  # (<< 上一篇    下一篇 >>: a pager, no heads)
            tokens.append(right)
            gap = 0
            continue
        if s[0] in _LABEL_FIRST and "题" in s and (parts := _LABEL_ROW_SPLIT_RE.split(s)) and len(parts) > 1 \
                or "\t" in raw and (parts := _table_row(raw, columns)) is not None \
                or "——" in s and (parts := _title_field(s)) is not None:
            # 引题：劳动者港湾　标题：前门地区…　副题：——新增…: a digital edition's fields on one line
            for part in parts:
                tokens.append(_classify(part, n, gap))
                gap = 0
            if not parts:  # a table's row of labels
                tokens.append(Token(FURNITURE, s, n, gap))
                gap = 0
            continue
        if (s[0] == "▲" or s[0] == "△") and ("摄" in s or "图" in s):
            if (credit := _classify(s[1:].lstrip(" \u3000"), n, gap)).kind == CREDIT:
                tokens.append(credit)  # ▲劳动午报记者　宋卓然　摄: a picture's credit under its caption
                gap = 0
                continue
            if pair := _caption_and_credit(s, n, gap):
                tokens += pair  # ▲工会联盟成立现场　本报记者 沈一帆 摄: a picture's caption and credit on one line
                gap = 0
                continue
        tokens.append(_classify(s, n, gap))
        gap = 0
    if _page_numbers(tokens):  # the lines told by the furniture beside them
        _chrome_runs(tokens)
        _running_heads(tokens)
    _bulletin_name(tokens)
    _paper_head(tokens)
    _page_label(tokens)
    _post_head(tokens)
    _guide_entries(tokens)
    _listed_titles(tokens)
    _framed_adverts(tokens)
    _bulleted_heads(tokens)
    _under_web_furniture(tokens)
    if any(_phone_line(t) for t in tokens):
        _advert_boxes(tokens)
    return tokens


# The lines of an advert's box around its telephone number (北京市总工会职工服务热线 / 12351 /
# 法律咨询 心理疏导 困难帮扶 / 24小时为职工服务, 拨打12351，…): a service's name, what it offers
# in a row of short phrases, its hours. How far from the number they are looked for.
MAX_ADVERT_LINES = 3
_ADVERT_LINE_RE = lazy(r"热线|订阅|邮发代号|24小时|全天候|拨打|咨询电话|服务电话|找工会"
                       r"|^[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){2,}$")


def _phone_number(s: str) -> bool:
    """Is the line a telephone number (12351, 010-65128888, 北京工会12351职工服务热线)?"""
    return (s[-1] in _DIGITS or s[-1] == "线") and len(s) <= MAX_PHONE_LINE_CHARS and _PHONE_RE.match(s) is not None


# The paper's own hotline for subscriptions (订阅热线：11185, …征订工作全面启动 邮发代号1-87 订阅热线：…).
_SUBSCRIBE_LINE_RE = lazy(r"订阅热线|征订热线|订报热线|发行热线")
# An advert's slogan above its hotline, short phrases set apart (职工的报纸 工会的声音).
_SLOGAN_RE = lazy(r"^[\u4e00-\u9fff]{2,6}(?:[ \u3000]+[\u4e00-\u9fff]{2,6})+$")


def _phone_line(t: Token) -> bool:
    """Is the token a telephone number's line, or the paper's subscription hotline's, read as furniture?"""
    return t.kind == FURNITURE and (_phone_number(t.text) or _SUBSCRIBE_LINE_RE.search(t.text) is not None)


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
                if near.kind not in (SHORT, BANNER) or not (_ADVERT_LINE_RE.search(near.text) or step < 0 and (
                        _SLOGAN_RE.match(near.text) and _SUBSCRIBE_LINE_RE.search(t.text))) \
                        or near.kind == BANNER and _EDITORS_LINE_RE.match(near.text):
                    break  # (a slogan over the paper's hotline; below the box, a kicker, 以赛促学 以赛促练, or
                    # the next page's editors, 编辑　孙丽　校对　张蕾)
                near.kind = FURNITURE
                j = out
_PAGE_NAME_RE = lazy(r"^[\u4e00-\u9fff]{2,6}$")
# How the names of a paper's pages end (区县工会, 职工生活, 劳动者之歌, 综合新闻, 法治视点).
PAGE_NAME_ENDS = ("工会", "新闻", "要闻", "生活", "之歌", "法治", "视点", "健康", "副刊", "文化", "体育", "综合",
                  "专刊", "周刊", "书屋", "时评", "广角", "天地", "经济", "维权")
# How many lines at the top of a text may hold it.
MAX_PAGE_HEAD_LINES = 4


def _page_label(tokens: list[Token]) -> None:
    """The page's label among the first lines above any text (劳动午报 / 2024年6月12日 / 工会新闻 3;
    2024年9月26日 星期四 / 责编：孙妍 美编：吴迪 / 综合 / 2)."""
    seen = 0  # lines above the label but the masthead's (劳动午报 / … / 今日8版 … / 要闻 01)
    for k, tok in enumerate(tokens):
        if tok.kind != BANNER and tok.kind != SHORT and tok.kind != FURNITURE or seen >= MAX_PAGE_HEAD_LINES:
            return
        seen += tok.kind != BANNER
        if tok.kind == SHORT and (_PAGE_LABEL_RE.match(tok.text) or _PAGE_NAME_RE.match(tok.text) and (
                k + 1 < len(tokens) and tokens[k + 1].kind == FURNITURE and tokens[k + 1].text.isdigit()
                or k and tokens[k - 1].kind == BANNER and tok.text.endswith(PAGE_NAME_ENDS))):
            # (职工生活 / 4: the page's name over its number; 2023年8月15日 星期二 劳动午报 5 / 区县工会:
            # under the masthead, a name as pages are named)
            tok.kind = BANNER
            return


# A roundup post's title (【一周工会】…本周工作速览, 丰台工会一周要闻（第36期）): the post's name, the
# stories its sections.
_ROUNDUP_TITLE_RE = lazy(r"一周|本周|周报|速览|汇总|集锦|第\d+期")


def _post_head(tokens: list[Token]) -> None:
    """The lines above a post's account line (原创 海淀工会 2024-09-13 17:45 发表于北京) that are no
    headline: the account's name printed over the post (海淀工会, as the account line names it) and
    a roundup's title; banners."""
    for k, tok in enumerate(tokens[:MAX_PAGE_HEAD_LINES]):
        if tok.kind == FURNITURE and _POST_META_RE.match(tok.text):
            above = [t for t in tokens[:k] if t.kind == SHORT]
            for t in above:
                if t.text in tok.text.split() or t is above[-1] and _ROUNDUP_TITLE_RE.search(t.text):
                    t.kind = BANNER
            return


MAX_CARD_MOTTO_CHARS = 40  # the motto on a reposted account's card (北京市总工会机关报，传递职工心声…)


def _under_web_furniture(tokens: list[Token]) -> None:
    """Lines told by the web copy's furniture next to them: a picture's caption under its place,
    a reader's comment under its author's line, an account's name over its counters, and the
    comments under a post's comment label (精选留言 / 工会小王  北京 / 和平街的运动会…), up to a headline,
    a banner or the next post's title over its account line."""
    for k, tok in enumerate(tokens):
        if tok.kind == BODY and k + 1 < len(tokens) and (meta := tokens[k + 1]).kind == FURNITURE and meta.gap == 0 \
                and _emoji(tok.text[0]) and len(tok.text) <= MAX_HEADLINE_CHARS and not is_terminated(tok.text) \
                and _POST_META_RE.match(meta.text):
            tok.kind = SHORT  # 🎉喜报｜礼贤镇总工会荣获… / 礼贤镇总工会 2024年07月25日 09:30 北京: a post's title
            continue
        if tok.kind == FURNITURE and tok.text.startswith("以下文章来源于") and k + 1 < len(tokens):
            # 以下文章来源于劳动午报 ，作者劳动午报 / 劳动午报 . / 北京市总工会机关报，…首都职工。: the card of
            # the account reposted, its name and its motto
            name = tok.text[len("以下文章来源于"):].split()[0].rstrip("，,")
            card = tokens[k + 1]
            if card.text.rstrip(" .·。") == name:
                card.kind = FURNITURE
                if k + 2 < len(tokens) and (motto := tokens[k + 2]).gap == 0 and motto.kind == BODY \
                        and len(motto.text) <= MAX_CARD_MOTTO_CHARS:
                    motto.kind = FURNITURE
            continue
        if tok.kind != FURNITURE or tok.text not in COMMENT_LABELS:
            continue
        for j in range(k + 1, len(tokens)):
            t = tokens[j]
            if t.kind in (HEAD, BANNER) or j + 1 < len(tokens) and tokens[j + 1].kind == FURNITURE \
                    and tokens[j + 1].gap <= 1 and _POST_META_RE.match(tokens[j + 1].text):
                break  # (the title a blank line over its account line too)
            t.kind = FURNITURE
    for k, tok in enumerate(tokens[1:], 1):
        above = tokens[k - 1]
        if above.kind != FURNITURE or tok.kind != BODY and tok.kind != SHORT:
            continue
        if _PICTURE_PLACE_RE.match(above.text):
            # [图片] / 11月4日晚，…要领。本报记者 郑凯文 摄, [图片] / …“清凉包”。 通讯员 供图: a picture's
            # caption, no headline, and the story goes on under it
            tok.kind, tok.closes = BODY, False
        elif tok.gap == 0 and ("  " in above.text or "\u3000" in above.text) and _COMMENT_AUTHOR_RE.match(above.text):
            tok.kind = FURNITURE  # 门头沟小王  2小时前  北京 / 妙峰山也有了，周末就去！: a reader's comment
    for k, tok in enumerate(tokens[:-1]):
        below = tokens[k + 1]
        if tok.kind == SHORT and below.kind == FURNITURE and below.gap == 0 and len(tok.text) <= MAX_SITE_NAME_CHARS \
                and ("粉丝" in below.text or "总阅读" in below.text) and _CHROME_RE.match(below.text):
            tok.kind = FURNITURE  # 北京职工之家 / 2.6万粉丝: the account's name over its counters


# A post's framed box (┏━━┓ … ┗━━┛, ━━━ … ━━━, …… … ……) and what tells it is an advert.
_FRAME_RULE_RE = lazy("[┏┓┗┛╔╗╚╝┌┐└┘━─═…·.=~*_ \u3000-]{4,}")  # a line of nothing else
_FRAME_CORNER_RE = lazy("[┏┓┗┛╔╗╚╝┌┐└┘]")
MAX_FRAMED_LINES = 8
MAX_ADVERT_LINE_CHARS = 40  # an advert's lines are short; a story's paragraphs run longer
_ADVERT_TAGS = frozenset({"（广告）", "(广告)", "【广告】", "广告"})  # an advert's tag, under it or over it
_ADVERT_WORDS_RE = lazy(r"12351|二维码|扫码|下载|APP", re.I)


def _frame(text: str) -> bool:
    """Is the line a box's frame (a rule, or a line with a corner of one)?"""
    return _FRAME_RULE_RE.fullmatch(text) is not None or _FRAME_CORNER_RE.search(text) is not None


def _framed_adverts(tokens: list[Token]) -> None:
    """The lines of an advert a post frames (┏━━┓ / 📱 北京12351 职工服务APP / … / ┗━━┛), or tags
    under them (【12351】 / 下载“北京12351”APP / 享受职工会员专属普惠 / （广告）): furniture."""
    for k, tok in enumerate(tokens):
        if tok.text in _ADVERT_TAGS:
            j = k
            while j > 0 and k - j < MAX_FRAMED_LINES and tokens[j].gap == 0 and tokens[j - 1].kind != BODY:
                j -= 1
            for t in tokens[j:k + 1]:
                t.kind = FURNITURE
    k = 0
    while k < len(tokens):
        if not _frame(tokens[k].text):
            k += 1
            continue
        end = next((j for j in range(k + 1, min(len(tokens), k + MAX_FRAMED_LINES + 2)) if _frame(tokens[j].text)),
                   None)
        inside = tokens[k + 1:end] if end is not None else []
        if end is not None and all(len(t.text) <= MAX_ADVERT_LINE_CHARS and t.kind != BYLINE for t in inside) \
                and any(_ADVERT_WORDS_RE.search(t.text) for t in tokens[k:end + 1]):
            # (not the stories between the rules a collection sets between them: ===== / … / =====)
            for t in tokens[k:end + 1]:
                t.kind = FURNITURE
            k = end + 1
        else:
            k += 1


# The labels of a front page's contents box (今日导读 / 房山千名职工 / 练应急 / 第2版 / …).
GUIDE_LABELS = frozenset({"今日导读", "本期导读", "本版导读", "要闻导读", "导读"})
_PAGE_REF_RE = lazy(r"^第?\s*[0-9０-９]{1,2}\s*版$")
_NUMBERED_ENTRY_RE = lazy(r"^[0-9０-９]{1,2}[.．、]\s*\S")


def _guide_entries(tokens: list[Token]) -> None:
    """The entries of a contents box under its label, each a headline over its page (房山千名职工 /
    练应急 / 第2版), set tight or a blank line apart: furniture, no headlines and no banners."""
    for k, tok in enumerate(tokens):
        if tok.kind != BANNER or len(tok.text) > _MAX_LABEL_CHARS \
                or _bare_label(tok.text).replace(" ", "") not in GUIDE_LABELS:
            continue
        for j in range(k + 1, len(tokens) - 1):
            t, below = tokens[j], tokens[j + 1]
            if t.kind == SHORT and below.gap == 0 and below.kind == FURNITURE and _TOC_ENTRY_RE.search(below.text) \
                    and (t.text[0] in _ENTRY_MARKS or below.text[0] in "…(（"):
                # ■丰台区总工会为600名环卫工人送上 / “暖心包”……（详见第3版）, 西城区职工游泳比赛开赛 /
                # ……（详见第4版）: an entry wrapped, or its page on the next line
                t.kind = FURNITURE
            elif t.kind != FURNITURE:
                break
        block: list[Token] = []
        entry: Token | None = None  # the entry just above, when it opens with its page (▶第3版　…)
        for t in tokens[k + 1:]:
            if t.gap == 0 and not block and t.kind == SHORT and _NUMBERED_ENTRY_RE.match(t.text):
                t.kind = FURNITURE  # 本期导读 / 1. 望京街道总工会为…办“夜校” / 2. …: a numbered list of the heads
                continue
            if t.kind == FURNITURE and not block and t.text[0] in _ENTRY_MARKS and _TOC_ENTRY_RE.match(t.text):
                entry = t
                continue
            if entry is not None and t.gap == 0 and t.kind == SHORT \
                    and len(entry.text) + len(t.text) <= MAX_TOC_ENTRY_CHARS:
                t.kind = FURNITURE  # ▶第3版　东城区总工会“暖心课堂” / 开进王府井商圈: an entry wrapped
                entry = None
                continue
            entry = None
            if block and t.gap:
                block = []  # (an entry's lines end with its page; the next entry starts)
            if t.kind not in (SHORT, BANNER) or len(t.text) > MAX_HEADLINE_CHARS:
                break
            block.append(t)
            if _PAGE_REF_RE.match(t.text):
                for entry in block:
                    entry.kind = FURNITURE
                block = []
        return


# An entry of a site's list of stories: a bullet, the title, its date (· 区总工会举办…培训班　2024-09-04).
_LIST_BULLETS = frozenset("·•▪◦")
_LISTED_TITLE_RE = lazy(r"^[·•▪◦][ \u3000]*\S.{3,}?[ \u3000]+[\[(（【]?\d{4}[-./]\d{1,2}[-./]\d{1,2}[\])）】]?$")


def _listed_titles(tokens: list[Token]) -> None:
    """The entries of a site's list of stories set tight, two or more, each its title and date
    (· 丽泽商务区楼宇工会联盟迎来12家新成员　2024-09-12 / · 卢沟桥街道总工会…　2024-09-10): links to
    the stories, furniture (a list whose entries each have their summary under them is a list of
    stories, and no entry there is set tight against the next)."""
    run: list[Token] = []
    for tok in [*tokens, None]:
        entry = tok is not None and tok.kind == SHORT and tok.text[0] in _LIST_BULLETS \
            and _LISTED_TITLE_RE.match(tok.text) is not None
        if entry and run and tok.gap == 0:
            run.append(tok)
            continue
        if len(run) >= 2:
            for t in run:
                t.kind = FURNITURE
        run = [tok] if entry else []


# Shortest head of a post's story after an emoji bullet (🔸市总工会启动2024年度“冬送温暖”活动).
MIN_BULLETED_HEAD_CHARS = 8


def _bulleted_heads(tokens: list[Token]) -> None:
    """The heads of a roundup post's stories, set after an emoji bullet (🔸卢沟桥街道总工会为环卫工人送上
    “暖心包” / 11月6日清晨，…): a line of no spaces over a news lead, the bullet dropped. A post's
    crossheads after a bullet are phrases (🔸 专家讲座 干货满满 / 讲座中，…), over no lead, and its
    facts are fields (📍 活动地点：小堡村职工文化广场)."""
    for k, tok in enumerate(tokens[:-1]):
        if tok.kind != BODY or not _emoji(tok.text[0]):
            continue
        head = tok.text[1:].lstrip(" \u3000\ufe0f")
        if MIN_BULLETED_HEAD_CHARS <= len(head) <= MAX_HEADLINE_CHARS and not any(c in head for c in " \u3000：:") \
                and not is_terminated(head) and tokens[k + 1].kind == BODY and (
                    _LEAD_CLAUSE_RE.match(tokens[k + 1].text) or _opens_with_byline(tokens[k + 1])):
            tok.kind, tok.text = SHORT, head


# The lines of a union's own paper's masthead above any text: its name (丰 台 工 会, 顺义职工), its
# publisher and licence (主办：北京市丰台区总工会, 内部资料　免费交流, 准印证号：…), a bare date, its
# number (总第86期).
_PAPER_HEAD_RE = lazy(r"^(?:[\u4e00-\u9fff][ \u3000]){1,6}(?:工[ \u3000]会|职[ \u3000]工)$"  # (丰 台 工 会)
                      r"|^(?:主办|承办|协办|编印|出版)(?:单位)?[:：]|^内部资料"
                      r"|准印证|^\d{4}年\d{1,2}月\d{1,2}日(?:[ \u3000]*星期[一二三四五六日天])?$|总第\s*\d+\s*期"
                      r"|^(?:东城|西城|朝阳|海淀|丰台|石景山|门头沟|房山|通州|顺义|昌平|大兴|怀柔|平谷|密云|延庆|经开区|亦庄)"
                      r"(?:区)?(?:工会|职工|工人)报?$")
MAX_PAPER_HEAD_LINES = 10


def _paper_head(tokens: list[Token]) -> None:
    """A union paper's masthead lines above its first story (``_PAPER_HEAD_RE``): banners."""
    for tok in tokens[:MAX_PAPER_HEAD_LINES]:
        if tok.kind not in (SHORT, BANNER, FURNITURE):
            return
        if tok.kind == SHORT and _PAPER_HEAD_RE.search(tok.text):
            tok.kind = BANNER


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
_ITEM_NUMBER_RE = lazy(r"^(?:(?:[Nn][Oo][.．]?[ \u3000]*)?[0-9０-９]{1,2}|[【\[][0-9０-９]{1,2}[】\]]|[一二三四五六七八九十]{1,3}、)$")
# (【3】 of a compilation, 二、 over a bulletin's item)
# A compilation's item number before a line of metadata (【3】来源：劳动午报): the line as it is.
_BRACKET_NUMBER_RE = lazy(r"[【\[][0-9０-９]{1,2}[】\]][ \u3000]*")
# A telephone number on a line of its own (12351, 010-65128888): an advert's.
MAX_PHONE_LINE_CHARS = 24
# (北京工会12351职工服务热线, 丰台区总工会职工服务热线：12351)
_PHONE_RE = lazy(r"^[\u4e00-\u9fff]{0,8}(?:[ \u3000]+[\u4e00-\u9fff]{1,6})?[ \u3000]*(?:\d{3,4}-)?\d{5,8}"
                 r"(?:[\u4e00-\u9fff]{0,8}热线)?$"  # (职工维权　请拨12351)
                 r"|^[\u4e00-\u9fff]{0,10}工会[\u4e00-\u9fff]{0,8}热线[:：]?[ \u3000]*(?:\d{3,4}-)?\d{5,8}$")


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
    right = m.group(3)
    if mark and right[0] == "#":
        right = right.lstrip("#").lstrip(" \u3000")  # (## …　　## …: each half marked)
    return mark + m.group(2), mark + right


def _past_blank(lines: list[str], k: int) -> int:
    """The line after ``lines[k]`` (not the last), or the one after that when a page break's
    blank line stands between them."""
    return k + 1 if lines[k + 1].strip(_LINE_SPACE) or k + 2 >= len(lines) else k + 2


def _table_row(raw: str, columns: list[str]) -> list[str] | None:
    """A row of a table of records set apart by tabs, as labelled fields (标题：…, 作者：…), or
    ``[]`` for the row of labels, whose fields it keeps in ``columns``; None for no such row."""
    cells = [c.strip(_LINE_SPACE) for c in raw.split("\t")]
    labels = [_TABLE_LABELS.get(c.lower()) for c in cells]
    if len(cells) >= 2 and all(labels):
        columns[:] = labels
        return []
    if columns and len(cells) == len(columns):
        return [f"{label}：{cell}" for label, cell in zip(columns, cells) if cell]
    return None


def _title_field(s: str) -> list[str] | None:
    """A title field holding the subtitle after a dash, as two fields (标题：X——Y -> 标题：X, 副题：——Y)."""
    m = _TITLE_FIELD_RE.match(s)
    return None if m is None else [m.group(1) + m.group(2), "副题：" + m.group(3)]


def _rejoin_byline(s: str, nxt: str) -> str | None:
    """A byline cut across two lines by a narrow column (本报讯（记者 周美玉 通讯员 / 赵雪） 近日，…):
    the line opens a bracket it does not close and the next line closes it within a name or two."""
    between = _byline_cut(s, nxt)
    return None if between is None else s + between + nxt


# The space between a headline and the byline printed on its line (…送温暖活动 本报讯(记者 X)).
_GLUED_LEAD_RE = lazy(rf"[ \u3000]*(?=(?:{'|'.join(DATELINE_SOURCES)})[^\s，,。通]{{0,12}}?讯)")  # (not 本报通讯员)
# Ends of a line that cut a role word of a credit in two (…600余株。 通讯 / 员 高岩 摄影报道).
_CUT_ROLE_ENDS = ("通讯", "记", "本报", "本刊", "实习", "摄影报", "摄影")
# Longest rest of a credit carried over to the next line, and of a byline line's name.
MAX_CREDIT_TAIL_CHARS = 24
MAX_NAME_REST_CHARS = 5
# What a byline line of its own opens with (after a mark): □本报记者 X, 文/本报记者 X, 记者 X.
_BYLINE_LINE_OPENERS = ("本报", "本刊", "记者", "文/", "文／", "实习", "首席", "特约", "劳动午报记者", "图/", "图／")
_CREDIT_LINE_OPENERS = (*_BYLINE_LINE_OPENERS, "通讯员", "摄影", "(", "（")
# The rest of a name cut at a line's end, and the role word of the next credit.
_NAME_REST_RE = lazy(r"^[\u4e00-\u9fff][ \u3000]+(?:本报|实习|见习|特约|首席)?(?:记者|通讯员|实习生)")


def _rejoin_credit(s: str, nxt: str) -> str | None:
    """The line and the next one (``nxt``, short) as one line when a column or page break cut
    a photo credit, a trailing byline or a byline line in two, else None: ……正在作业。 本报记者 /
    赵思远 摄影报道, ……到年底。(记者 / 张晶), □本报记者 李 / 一然, 文/本报记者 周美玉 图/通讯 / 员 赵宇."""
    if _is_button(nxt):
        return None  # …本报记者 彭程 摄 / 本版图片: a digital edition's link under a whole credit
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
            or "\u4e00" <= s[-1] <= "\u9fff" and _NAME_REST_RE.match(nxt)
            # (□本报记者 马春 / / 燕: a three-character name's last, alone past the break; no paragraph is one character)
            or len(nxt) == 1 and "\u4e00" <= nxt <= "\u9fff" and len(_LAST_TOKEN_RE.search(s).group()) == 2):
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
        label = _bare_label(t.text)
        if label in LINK_LIST_LABELS:
            run = []  # the lines up to the next blank line or furniture, or a post's title
            for j in range(k + 1, len(tokens)):
                link = tokens[j]
                if link.gap or link.kind == FURNITURE or j + 1 < len(tokens) and tokens[j + 1].kind == FURNITURE \
                        and _POST_META_RE.match(tokens[j + 1].text):
                    break  # (…往期推荐 / … / 大华山镇果农职工“充电”学技术 / 原创 平谷工会 …: the next post)
                run.append(link)
            # Under 相关新闻 (a box label of print too), unmarked lines are links only when
            # nothing but short lines follows it (a box holds a story's text).
            unmarked = label not in _MARKED_LINKS_ONLY or all(link.kind == SHORT for link in run)
            for link in run:
                if not (link.text.startswith(LIST_MARKS) or unmarked and (link.kind == SHORT or link.kind == BANNER)):
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
                        or card.lead is not None or card.kind == BYLINE or card.kind == CREDIT:
                    break
                card.kind = FURNITURE
        elif label in COMMENT_LABELS:  # readers' comments and the account's replies (name：text)
            for comment in tokens[k + 1:]:
                if comment.gap or not _COMMENT_RE.match(comment.text):
                    break
                comment.kind = FURNITURE
        elif "评" in t.text and _SITE_COMMENTS_RE.match(t.text):
            # 网友评论（3）　查看全部评论>> / 运河边的老李  2024-11-06 10:21 / 给工会点赞！…: a site's
            # comments, up to the next blank line
            for comment in tokens[k + 1:]:
                if comment.gap:
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
    if len(items) == 1:  # (a union's site: 丰台工会网, 首都职工网)
        return s in PLATFORMS or s.endswith(_APP_NAME_ENDS) or s.endswith(("工会网", "职工网"))
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
    r"[【\[]?(?:来源|转自|转载自|作者|编辑|责编|审核|供稿(?:单位)?|报送单位|来稿单位|撰稿|稿件类型|拟用版面|字数|发布时间|发布日期|发表时间|更新时间|浏览次数|阅读次数|点击数|字号|当前位置|"
    r"您现在的位置|您的位置|原标题|分享到|图片来源|本文网址|本文链接|原文链接|原文地址)"
    r"\s*[:：][^，,。！？]*$"
    # a phone copy's credits set off by a bar (来源 | 劳动午报, 编辑｜李涛, 图片 | 视觉中国); 记者 |
    # 孙艳 and 文｜本报记者 X are bylines
    r"|(?:来源|作者|编辑|责编|责任编辑|图片|图源|审核|审校|排版|校对|监制|统筹|策划|设计|制作|出品|值班编辑)"
    r"[ \u3000]*[|｜丨/／][^，,。！？]*$"  # (more fields may follow: 来源丨劳动午报  记者丨马超; 编辑 / 刘一鸣)
    r"|【责任编辑\s*[:：][^】]*】$|【?字体[:：][^，,。]*$"
    r"|(?:[【\[<«＜]*\s*(?:上一篇|下一篇|上一版|下一版|返回目录|打印本页|关闭窗口|返回顶部|字号\s*[:：]?\s*大\s*中\s*小)\s*[】\]>»＞]*\s*)+$"
    r"|(?:[【\[][ \u3000]*(?:打印|关闭|收藏|分享|纠错|返回|大|中|小)[ \u3000]*[】\]]\s*)+$"
    r"|[【\[][ \u3000]*大[ \u3000]+中[ \u3000]+小[ \u3000]*[】\]]$"  # (【大 中 小】: the font's size)
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
# An outlet and the date it posted a story, the source after them (中工网 2025-04-02 来源：劳动午报).
_OUTLET_DATE_RE = lazy(r"[^\s|｜丨，。,：:]{1,12}(?:网|客户端|APP|App|号)[ \u3000]*[|｜丨]?[ \u3000]*"
                       r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                       r"(?:[ \u3000]*[|｜丨]?[ \u3000]*来源\s*[:：][^，,。！？]*)?"
                       r"(?:[ \u3000]+(?:阅读|浏览)量?[ \u3000]*[\d.,]+[万wW]?\+?)?$")  # (… 15:07  阅读量 3.2万)
# The author field of a metadata line, up to the next field: its value is a byline when it
# names a role (作者：本报记者 孙艳, 作者 记者 王路曼/文 张晶/摄); so is a reporter's own field
# after the source (来源：劳动午报 记者：白莹 通讯员：周强).
_META_AUTHOR_RE = lazy(r"(?:作者[ \u3000]*[:：]?[ \u3000]*|(?<=[\s|｜丨])(?=(?:本报)?(?:首席|实习|特约|见习)?记者)"
                       r"|(?=[（(](?:本报)?(?:首席|实习|特约|见习)?记者[^()（）]*[)）]$))"  # (来源：劳动午报（记者 刘欣欣）)
                       r"(.+?)(?<!记者)(?<!通讯员)(?<!实习生)[ \u3000]*"  # (记者　白莹, 记者丨马超: a name follows)
                       r"(?:[|｜丨]|\s{2,}|\s(?=(?:责任编辑|责编|编辑|来源|发布|审核|校对))|$)")
_WEB_META_FIRST = frozenset("来转作编责审供撰稿拟发更浏阅点字当您原分图本【[上下返打关0123456789<«＜")  # (<< 上一篇 下一篇 >>)
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
    "举报", "举报/反馈", "分享至", "分享到", "小字号", "中字号", "大字号", "缩小字体", "放大字体", "打印", "打印本页", "关闭",
    "关闭窗口", "纠错", "分享让更多人看到",
    # a 网易号 or 头条号 repost's (关注 beside the account line, 申请入驻 in the site's bar)
    "关注", "+关注", "已关注", "申请入驻",
    # a digital edition's (数字报: 放大 缩小 默认, 上一版 下一版, 首页 往期回顾 版面导航)
    "放大", "缩小", "默认", "上一版", "下一版", "上一期", "下一期", "上一篇", "下一篇", "返回目录", "版面导航", "往期回顾",
    "首页", "本版图片", "本版新闻", "本版标题", "原创",
    # a site's search box (请输入关键字    搜索) and its font sizes (【字号 大 中 小】　打印　关闭)
    "搜索", "请输入关键字", "请输入关键词", "字号", "字体", "大", "中", "小",
})
# What else a row of buttons holds: where to share to, and the app's name (新浪财经APP　缩小字体
# 放大字体　收藏　微博　微信　分享).
SHARE_TARGETS = frozenset({"微信", "微博", "QQ", "QQ空间", "QQ好友", "朋友圈", "新浪微博", "微信好友"})
# What a counter counts (阅读 2.3万　点赞 126　在看 45): buttons of a row, never a line alone.
COUNTER_LABELS = frozenset({"阅读", "阅读量", "浏览", "浏览量", "评论", "转发"})
_APP_NAME_ENDS = ("APP", "App", "app", "客户端", "公众号", "数字报", "电子报", "电子版", "频道")
# Platforms that carry reposts, and the endings of sites' and apps' names.
PLATFORMS = frozenset({"学习强国", "今日头条", "百家号", "网易号", "搜狐号", "澎湃号", "企鹅号", "头条号", "人民号",
                       "新华号", "微信公众号", "北京时间"})
# Pages of a site or an account listed with its name (微信公众号 · 历史消息).
SITE_PAGES = frozenset({"历史消息", "全部消息", "历史文章"})
_SITE_ENDS = ("网", "平台", "客户端", "APP", "App", "号", "数字报", "电子报", "电子版", "频道")
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
    # (an original post's line without its time: 原创 永定镇总工会 门头沟永定 2024年07月23日)
    r"|原创\s*(?:[^\s，。,：:]{1,20}\s+){1,3}\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)$"
)
# Where a web copy had a picture ([图片], 【图】): its caption follows, inside the story.
_PICTURE_PLACE = r"[\[【](?:图片|图|视频|照片)[\]】]$"
_PICTURE_PLACE_RE = lazy(_PICTURE_PLACE)
_CHROME_RE = lazy(
    r"(?:阅读|点赞|在看|赞|分享|留言|喜欢|转发|收藏)(?:量|数)?\s*[:：]?\s*\d[\d.,]*\s*[万wW]?\+?$"
    r"|视频\s*小程序\s*赞|[-—–~\s]*(?:THE\s+)?END[-—–~\s]*$"
    r"|[▲△↑👆👇\s]*点击(?:上方|下方|标题下|蓝字).{0,16}(?:关注|星标)|点击\s*[“\"「]?阅读原文|以下文章来源于\S{1,24}$"
    r"|[▶►]?\s*点击(?:观看|播放)(?:视频)?$"  # ▶ 点击观看视频: a video's place
    r"|(?:下载|打开)[^，,。\s]{0,12}(?:客户端|APP|App)?[，,]?[ \u3000]*(?:阅读体验更佳|体验更佳|(?:查)?看更多(?:精彩)?(?:内容)?)$"
    r"|(?:下载|打开)[^，,。\s]{0,10}(?:客户端|APP|App)$"  # an app's banner (下载北京日报客户端，阅读体验更佳)
    r"|字号[ \u3000:：]*(?:[A小中大][+-]?[ \u3000]*){2,3}(?:分享|收藏)?[ \u3000]*$"  # (字号  A-  A+, 字号 A- A+   分享)
    r"|广告[ \u3000]+\S.*$|写评论\.{0,3}$"  # (广告　…　查看详情)
    # an account's counters (文章 3.1万　总阅读 8695万, 2.6万粉丝)
    r"|(?:(?:文章|总阅读|阅读|粉丝|获赞|作品)[ \u3000]*[:：]?[ \u3000]*[\d.,]+[万wW]?\+?[ \u3000]*)+$"
    r"|[\d.,]+[万wW]?\+?[ \u3000]*(?:粉丝|获赞|关注者)$"
    r"|原创(?:[ \u3000]+[^\s，。,：:！？]{1,20}){1,3}$"  # 原创 朝阳工会 北京朝阳工会 (the date on the next line)
    # a search box and its login button (搜索站内资讯、视频或用户　　登录), a picture's place ([图片])
    r"|搜索[^，,。！？\s]{0,16}(?:[ \u3000]+(?:登录|注册|登录/注册))?$|" + _PICTURE_PLACE +
    r"|首页(?:[ \u3000]*[|｜丨·][ \u3000]*|[ \u3000]+)[^\s|｜丨·，。,]{1,8}(?:(?:[ \u3000]*[|｜丨·][ \u3000]*|[ \u3000]+)[^\s|｜丨·，。,]{1,8})+$"
    r"|点(?:个|一下)?[“\"「]?(?:在看|赞)[”\"」]?[，,][^。]{0,30}$"  # (点个“在看”，把好消息分享给…吧～)
    # a list's pager (共23页　首页　上一页　1　2　3　下一页　尾页)
    # (its items set apart by spaces: a run of digits is never split several ways)
    r"|(?:共[ \u3000]*\d+[ \u3000]*[页条][ \u3000]*)?(?:(?:首页|上一页|下一页|尾页|末页|\d{1,3}|…|\.\.\.)[ \u3000]+){2,}"
    r"(?:首页|上一页|下一页|尾页|末页|\d{1,3}|…|\.\.\.)$"
)
_CHROME_FIRST = frozenset("阅点在赞分留喜转收视以-—–~ TE▲△↑👆👇▶►首原搜[【下打字文总粉获作广写共上0123456789")
# A digest's sign-off, sentences of its own: the weather after a symbol (☀️今日天气｜晴间多云…。; a
# masthead's weather line, unmarked, stays the masthead's) and a wish (周五啦，祝大家工作顺利！).
_SIGN_OFF_RE = lazy(r"[^\w\s]{1,3}今日天气[｜|:：]|[^，,。！!]{0,8}[，,]?[ \u3000]*祝(?:大家|各位|您|你)[^，,。！!]{1,14}[！!～~]$")
MAX_SIGN_OFF_WISH_CHARS = 24
# A reader's comment under a site's or an app's story: its author, when and where it was posted
# (门头沟小王  2小时前  北京; 西二旗打工人：这种活动多来点…  09-06  北京).
_COMMENT_AUTHOR_RE = lazy(r"[^\s，。]{2,16}(?:[：:].{1,60})?[ \u3000]{2,}(?:\d{1,2}(?:分钟|小时|天)前|昨天|"
                          r"\d{2}-\d{2}(?:[ \u3000]+\d{2}:\d{2})?)(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?$"
                          r"|.{2,80}[ \u3000]回复(?:[ \u3000]+赞[ \u3000]*\d+)?$"  # (…：驿站确实方便　北京 · 6-20　回复　赞 5)
                          # (a related story listed with its source and age: …开始报名　北京职工之家 1天前)
                          r"|.{4,40}[ \u3000]+[^\s，。]{2,10}[ \u3000]+\d{1,2}(?:分钟|小时|天)前$")
# A QR-code box's lines (扫码关注劳动午报, [二维码], 长按识别…): tried on lines opening with these.
_QR_RE = lazy(r"扫码关注|扫描二维码|扫一扫(?:下载|关注)|长按识别|[\[【]二维码[\]】]")
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
    r"|(?:报|送|发|抄送|抄报)[:：][^，,。！？]{1,30}$"
    # (3-4 分钟: a site's reading time)
    r"|(?:阅读(?:时间|需要|约)?[:：]?[ \u3000]*)?\d{1,2}(?:[-~～]\d{1,2})?[ \u3000]*分钟(?:阅读)?$"
    # (《工人日报》（2024年05月14日 03版）: where a reprinted story was printed)
    r"|《[^》]{2,12}》[ \u3000]*[（(][ \u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \u3000]*(?:第?\d{1,2}版)?[ \u3000]*[）)]$"
    # an e-paper's pages (01 要闻　02 要闻　03 北京新闻 …)
    r"|(?:\d{2}[ \u3000]*[\u4e00-\u9fff]{2,6}[ \u3000]+){3,}\d{2}[ \u3000]*[\u4e00-\u9fff]{2,6}$"
    # (2024年6月12日 星期三　欢迎访问北京市丰台区总工会网站！: a site's greeting under its name)
    r"|(?:\d{4}年\d{1,2}月\d{1,2}日[ \u3000]*(?:星期[一二三四五六日天][ \u3000]*)?)?欢迎(?:访问|光临|来到)[^，,。！!]{1,30}"
    r"(?:网站|网|平台)[！!。]?$"
    # (本文刊发于2024年11月22日《劳动午报》01版: where a post's story was printed first)
    r"|(?:本文|原文|此文)?(?:刊发|刊登|刊载|原载|首发|发表)(?:于|在)[^，,。！？]{0,30}《[^》]{2,12}》[^，,。！？]{0,12}$", re.I)
_COPY_CHROME_FIRST = frozenset("hHwW发收抄密主FS-0123456789报送欢本原此刊首阅《")
# The head of a database's export and its records' numbers (中国知网 CNKI · 中国重要报纸全文数据库,
# 文献导出 —— 自定义格式, 检索式：…, 导出时间：…, 共导出 5 条记录, 第1条).
_EXPORT_CHROME_RE = lazy(r"(?:中国知网|CNKI|万方数据|维普资讯|慧科|中国重要报纸)[^，。！？]*$|(?:文献|题录)导出|(?:导出|检索)(?:时间|日期|式|条件)[:：]"
                         r"|共(?:导出|检索到|找到)?[ \u3000]*\d+[ \u3000]*条(?:记录|结果)?$|第[ \u3000]*\d+[ \u3000]*条(?:记录)?$")
_EXPORT_CHROME_FIRST = frozenset("中C万维慧文题导检共第")
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
                  r"|^主办(?:单位)?[:：][^，,。\s]{2,24}[ \u3000]+(?:地址|电话|承办(?:单位)?|邮编)[:：]"  # (主办：…总工会　地址：…)
                  r"|(?:社址|地址)[:：].{2,40}(?:邮编|邮政编码)[:：]?[ \u3000]*\d{6}"  # (社址：北京市东城区… 邮编：100011)
                  r"|转载请注明|不得转载|禁止转载|欢迎订阅|订报热线|广告热线|发行热线|订阅热线|征订热线")
# A platform's or account's disclaimer under a repost, a sentence like the text's own (本文来自网易号
# “劳动午报”，仅代表作者观点，不代表网易立场。 声明：本文为…发布内容，转载请注明出处。), and the
# repost's own source line (本文来源：劳动午报).
DISCLAIMER_OPENERS = ("本文来自", "本文来源", "本文内容", "本文系", "本文为", "特别声明", "声明", "免责声明", "版权声明", "Notice",
                      "注：本文", "注:本文")
_DISCLAIMER_FIRST = frozenset(x[0] for x in DISCLAIMER_OPENERS)
_DISCLAIMER_RE = lazy(r"不代表|仅代表作者|信息存储|转载请注明|未经.{0,4}授权|不得转载|版权归|版权所有|uploaded and posted"
                      r"|刊载于|刊登于|原载于|如有侵权|侵权请联系|联系删除"
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
                              "相关推荐", "热点推荐", "更多推荐", "热门排行", "热点排行", "排行榜", "热门文章",
                              # a bulletin's contents over its numbered titles
                              "目录", "目 录", "目\u3000录", "本期目录", "本期要目",
                              # a digital edition's list of the page's stories
                              "本版文章", "本版导读", "本版新闻", "版面导航", "本版标题导航", "标题导航", "本版标题",
                              # a site's list of its sections beside an article
                              "栏目导航", "栏目列表", "相关栏目",
                              # a text browser's list of the page's links
                              "References"})
# A post's comments follow these buttons (a site's comments head is _SITE_COMMENTS_RE's: 网友评论, 全部评论).
# (_under_web_furniture, above, reads this one definition when it runs.)
COMMENT_LABELS = frozenset({"精选留言", "热门留言", "全部留言"})
# The head of a site's comments (网友评论（3）　查看全部评论>>, 评论(12)).
_SITE_COMMENTS_RE = lazy(r"(?:网友|读者|用户|最新|热门|全部)?评论(?:[（(]\d+[）)]|[ \u3000]+\d+)(?:[ \u3000]+\S.*)?$"
                         r"|(?:网友|读者|热门|精彩|全部)评论$|热评$")
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
    if ("\u3000" in s or "  " in s or " " in s and "12351" in s) and ("扫码" in s or "下载" in s) and _APP_AD_RE.search(s):
        # 北京工会12351　会员服务一键办理　扫码下载APP: an advert's slogans, set apart (by one space
        # when the union's app is named: 北京工会12351 扫码入会 会员专享服务随时享)
        return True
    if ("|" in s or "｜" in s or "丨" in s) and _is_site_bar(s) or "评" in s and _SITE_COMMENTS_RE.match(s) \
            or ("  " in s or "\u3000" in s) and _COMMENT_AUTHOR_RE.match(s):
        return True
    return _FOOTER_RE.search(s) is not None


def _is_site_bar(s: str) -> bool:
    """A site's bar: short items split by bars, one a site's word or name (北京工会网 | 劳动午报,
    网站首页 | 工会概况 | …), not a page's banner (劳动午报｜第03版)."""
    if "记者" in s:
        return False  # 北京日报客户端 | 记者 韩晓彤: a byline
    items = [x for x in _BAR_SPLIT_RE.split(s) if x]
    return len(items) >= 2 and all(_BAR_ITEM_RE.match(x) for x in items) and any(
        x in SITE_WORDS or x.endswith(("网", "首页")) or x in OUTLETS for x in items) \
        and not _MASTHEAD_ANYWHERE_RE.search(s)


# A page's line that says where on the site the reader is.
_POSITION_LABELS = ("您现在的位置", "您的位置", "当前位置", "【当前位置")


def _is_navigation(s: str) -> bool:
    """A site's name, bar, menu path or 您现在的位置 line: what a page prints above its stories."""
    return (s.startswith(_POSITION_LABELS) or len(s) <= MAX_MENU_PATH_CHARS and _MENU_PATH_RE.match(s) is not None
            or len(s) <= MAX_SITE_NAME_CHARS and _is_site_name(s)
            or ("|" in s or "｜" in s or "丨" in s) and len(_BAR_SPLIT_RE.split(s)) >= 3 and _is_site_bar(s))


# A section's label between two rules (—— 工会动态 ——, ——基层动态——).
_RULED_LABEL_RE = lazy(r"^[—－─-]{2,}[ \u3000]*([\u4e00-\u9fff]{2,8})[ \u3000]*[—－─-]{2,}$")
_RULE_FIRST = frozenset("—－─-")
MAX_RULED_LABEL_CHARS = 24
# An entry of a front page's table of contents: a headline and the page it is on
# (▶第2版 丰台区新就业形态劳动者有了“职工之家”, 高温天，给劳动者多一份“清凉守护”（详见第3版）,
# ▶ 经开区技术工人夜校开课 3版, 卢沟桥街道职工包粽子迎端午　3版).
MAX_TOC_ENTRY_CHARS = 60
_ENTRY_MARKS = frozenset("▶►◆■●·")  # what an entry of a contents box opens with
_TOC_ENTRY_RE = lazy(r"^[▶►◆■●·]\s*第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版[ \u3000▶►：:]+[^\s。]"
                     r"|[(（]\s*(?:详见|见)\s*第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[)）]$"  # （见2版）
                     r"|^[▶►◆■●·]\s*[^\s。].*[ \u3000]第?\s*[0-9０-９]{1,2}\s*版$"  # ▶ 经开区技术工人夜校开课 3版
                     r"|^[0-9０-９]{1,2}\s*版[ \u3000]+[^\s。]{10,}$"  # 2版 丰台各街乡工会为一线职工送“暖心年货”
                     # without a bullet, set off by a space (卢沟桥街道职工包粽子迎端午　3版, 开设“夜校” 3版); not a
                     # page's running head (劳动午报　2025年4月28日　星期一　第05版) nor a sentence
                     r"|^(?!.*(?:\d\s*[年月日]|星期))[^\s。][^，,。]*?[ \u3000]+[0-9０-９]{1,2}\s*版$")


# The lawyer who answered a reader's question, signing the answer (北京市中盛律师事务所 律师 王海涛).
_ANSWERER_LINE_RE = lazy(r"[\u4e00-\u9fff（）()]{2,24}(?:律师事务所|律所)[ \u3000]*(?:[\u4e00-\u9fff]{0,6}律师)?"
                         r"[ \u3000]*[\u4e00-\u9fff·]{2,4}$")
# A bulletin's note of where an item was reprinted from, on a line of its own under the item's
# title (（转载自2025年6月5日《劳动午报》）, （摘自《劳动午报》…第2版）): no part of the story, nor a
# banner for the items after it.
_REPRINT_NOTE_RE = lazy(r"[（(](?:转载自|转自|摘自|摘编自|选自|原载于?|刊发于)(?![^()（）]*(?:记者|通讯员))[^()（）]{1,40}[)）]$")
# A guide to the issue on a line of its own, its label first (本期要目：…｜…, 目录：…).
_GUIDE_LINE_RE = lazy(r"^(?:本期要目|本期导读|本期目录|今日导读|要目|目录|导读)[ \u3000]*[:：]")
_GUIDE_FIRST = frozenset("本今要目导")
# Labelled e-paper exports name each part of a story: the headline is marked like ``## ``.
# So do the exports of newspaper databases, with their fields in brackets (【标题】…, 【作者】…,
# 【正文】…, CNKI's layout) or with a colon (副标题：…); a record's other fields are furniture,
# and its author field a byline when it names a role (【作者】本报记者 孙艳).
_LABEL_RE = lazy(r"^(?:【\s*)?(引题|肩题|正标题|主标题|标题|副标题|副题|正文|作者|报纸|报刊|报纸名称|日期|出版日期|版次|版号|版名|"
                 r"版面|出处|来源|栏目|关键词|摘要)(?:\s*】|\s*[:：])\s*(.*)$")
_LABEL_FIRST = frozenset("【引肩标副正主")
# Where the next field of a line of fields starts (引题：…　标题：…　副题：…).
_LABEL_ROW_SPLIT_RE = lazy(r"[ \u3000]+(?=(?:引题|肩题|正标题|主标题|标题|副标题|副题)[:：])")
_LABEL_KIND = {"引题": SHORT, "肩题": SHORT, "标题": HEAD, "正标题": HEAD, "主标题": HEAD, "副题": SUBHEAD,
               "副标题": SUBHEAD, "正文": BODY, "作者": BYLINE}
_FIELD_FIRST = frozenset("作报日出版栏关摘")  # the fields that are furniture, but 作者
_KICKER_LABELS = frozenset({"引题", "肩题"})
_BAR_MARKS = frozenset("▌▍▐")  # a phone app's bar before a heading or a field
# The same fields as a database's English interface names them (Title: …, Author: …, Source: …).
_EN_LABEL_RE = lazy(r"(title|subtitle|authors?|source|date|page|section|column|keywords?|abstract|database|export"
                    r"|full ?text|text|content)\s*:\s*(.*)$", re.I)
_EN_LABEL_KIND = {"title": HEAD, "subtitle": SUBHEAD, "author": BYLINE, "authors": BYLINE, "fulltext": BODY,
                  "full text": BODY, "text": BODY, "content": BODY}
MAX_EN_LABEL_CHARS = 14
MAX_EN_NAME_CHARS = 80  # longest line of English words read as a site's or a paper's English name
# A title field holding the subtitle after a dash (标题：…开幕——百余项活动将持续至10月, Title: …):
# the field as a database joins the two; each is given its own field again.
_TITLE_FIELD_RE = lazy(r"((?:【\s*)?(?:正标题|主标题|标题)(?:\s*】|\s*[:：])|[Tt]itle\s*:)\s*(\S.*?)(——\S.{3,})$")
# A row of a table copied out of a database's list of results, its cells set apart by tabs,
# under the row that names them (标题	作者	日期): each cell read as the field its column names.
_TABLE_LABELS = {"标题": "标题", "题名": "标题", "篇名": "标题", "作者": "作者", "日期": "日期", "出版日期": "日期",
                 "来源": "来源", "报纸": "报纸", "版次": "版次", "版名": "版名", "title": "标题", "author": "作者",
                 "authors": "作者", "date": "日期", "source": "来源", "page": "版次"}
# Longest second line of a headline marked on two lines (## …送温暖 / ## 圆满收官).
MAX_HEAD_TAIL_CHARS = 8
# Longest running page header (工会新闻, 第3版 要闻).
MAX_RUNNING_HEAD_CHARS = 12


def _classify(s: str, n: int, gap: int) -> Token:
    # Each pattern is tried only on lines opening with the character it requires (``s`` is
    # never empty): most lines are body text that none of them matches.
    first = s[0]
    if first in _RULE_FIRST and len(s) <= MAX_RULED_LABEL_CHARS and (ruled := _RULED_LABEL_RE.match(s)) \
            and ruled.group(1) in SECTION_LABELS:
        return Token(BANNER, ruled.group(1), n, gap)  # —— 工会动态 ——: a section of a post, between rules
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
                tok = Token(kind, value, n, gap)
                tok.kicker = label.group(1) in _KICKER_LABELS
                return tok
            s, first = value, value[0]
    elif first.isascii() and first.isalpha() and s.isascii() and " " in s and len(s) <= MAX_EN_NAME_CHARS \
            and not any(c.isdigit() or c in ".:;,!?" for c in s) and not _is_masthead(s):
        return Token(FURNITURE, s, n, gap)  # Beijing Federation of Trade Unions: a site's English name
    elif first.isascii() and first.isalpha() and ":" in s[:MAX_EN_LABEL_CHARS] and (label := _EN_LABEL_RE.match(s)):
        # Title: … / Author: … / Source: … of a database's English interface
        kind, value = _EN_LABEL_KIND.get(label.group(1).lower(), FURNITURE), label.group(2)
        if not value or kind == FURNITURE:
            return Token(FURNITURE, s, n, gap)
        if kind == BYLINE:
            return _author_field(value, s, n, gap)
        if kind != BODY:
            return Token(kind, value, n, gap)
        s, first = value, value[0]
    if first == "【" and (number := _BRACKET_NUMBER_RE.match(s)) and number.end() < len(s):
        rest = _classify(s[number.end():], n, gap)
        if rest.kind == FURNITURE and _REPRINT_NOTE_RE.match(rest.text) and _is_masthead(rest.text):
            return Token(BANNER, s, n, gap)  # 【4】（摘自劳动午报2025年5月26日第4版）: the item's page, a banner
        if rest.kind == FURNITURE or rest.kind == BYLINE:
            return rest if rest.kind == BYLINE else Token(FURNITURE, s, n, gap)  # 【3】来源：劳动午报
    m = MARK_RE.match(s) if first == _MARK_FIRST else None
    if m and s[1:2] != "#" and _HASHTAGS_RE.match(s) or first == "收" and _COLLECTION_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # #工会动态 36个: a post's collection tags
    if m and m.group(2).strip():
        level, rest = len(m.group(1)), m.group(2).strip()
        kind = BANNER if level == 1 or _section_label(rest) else HEAD if level == 2 else SUBHEAD
        return Token(kind, rest, n, gap)  # ## 工会简讯: a section of the page, no headline
    if first in _FURNITURE_FIRST and (JUMP_RE.match(s) or END_RE.match(s)) \
            or (first == "（" or first == "(") and _REPRINT_NOTE_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # (上接第1版), （完）, （摘自《劳动午报》2025年6月28日第2版）
    if first in _BAR_MARKS and (rest := s[1:].lstrip(" \u3000")) and rest[0] in _WEB_META_FIRST \
            and _WEB_META_RE.match(rest):
        return Token(FURNITURE, s, n, gap)  # ▌来源：劳动午报, ▌编辑：王雪: a post's fields under its bar
    if first in _WEB_META_FIRST and _WEB_META_RE.match(s) \
            or first in _BAR_META_FIRST and ("|" in s or "｜" in s or "丨" in s) and _WEB_META_RE.match(s) \
            or len(s) <= MAX_OUTLET_AUTHOR_CHARS and ("作者" in s and _OUTLET_AUTHOR_RE.match(s)
                                                     or "20" in s and _OUTLET_DATE_RE.match(s)):
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
    if first in _COPY_CHROME_FIRST and "，" not in s and "," not in s and _COPY_CHROME_RE.match(s) \
            or first in _EXPORT_CHROME_FIRST and _EXPORT_CHROME_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # an address line, an e-mail's headers, a print header, an export's
    if (not first.isalnum() and "今日天气" in s[:6] or len(s) <= MAX_SIGN_OFF_WISH_CHARS and "祝" in s) \
            and _SIGN_OFF_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # ☀️今日天气｜…, 周五啦，祝大家工作顺利！: a digest's sign-off
    if s[-1] not in _SENTENCE_LAST and len(s) <= MAX_CHROME_CHARS and (len(s) <= MAX_BUTTON_ROW_CHARS or (
            "，" not in s and "," not in s)) and _is_chrome(s):  # a paragraph cut by a break has commas
        return Token(FURNITURE, s, n, gap)
    if first in _GUIDE_FIRST and "，" not in s and _GUIDE_LINE_RE.match(s):
        return Token(FURNITURE, s, n, gap)  # 本期要目：区总工会启动…｜通州与北三县…: a newsletter's contents
    if len(s) <= MAX_TOC_ENTRY_CHARS and "版" in s and _TOC_ENTRY_RE.search(s):
        return Token(FURNITURE, s, n, gap)  # 本期导读: ▶第2版 丰台区…, 高温天…（详见第3版）
    if len(s) <= MAX_MENU_PATH_CHARS and (">" in s or "＞" in s or "»" in s or "›" in s) and _MENU_PATH_RE.match(s):
        return Token(FURNITURE, s, n, gap)
    if (first == "▲" or first == "△" or _emoji(first) and not (len(s) <= _MAX_LABEL_CHARS + 4 and (
            (label := _bare_label(s)) in SECTION_LABELS or label in LINK_LIST_LABELS))) \
            and len(s) <= MAX_HEADLINE_CHARS and not is_terminated(s):
        # ▲ 职工们在夜校学习插花技艺: a post's picture caption; 📍 辖区…可就近前往…, ⏰ 开放时间：…: a
        # line after a post's emoji bullet; never a headline
        return Token(BODY, s, n, gap)
    if _phone_number(s):
        return Token(FURNITURE, s, n, gap)  # 12351, 北京工会12351职工服务热线: a hotline's box
    if len(s) <= _MAX_LABEL_CHARS:
        if (s[-1] in _DIGITS or s[-1] in "】]、") and _ITEM_NUMBER_RE.match(s):
            return Token(FURNITURE, s, n, gap)  # 01 / NO.2 over a digest's item: no headline, no kicker
        label = _bare_label(s)
        if " " in label:  # 导 读, 简 讯: a label spaced out
            label = label.replace(" ", "")
        if label in SECTION_LABELS or label != s and _section_label(s):
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
        if _is_short(s) and not ("律师" in s and _ANSWERER_LINE_RE.match(s)):
            tok.kind = SHORT  # (北京市中盛律师事务所 律师 王海涛 under a reader's question: who answered, in the story)
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


# Where a picture's credit may start on its caption's line (after a space).
_CAPTION_GAP_RE = lazy(r"[ \u3000]+")


def _caption_and_credit(s: str, n: int, gap: int) -> tuple[Token, Token] | None:
    """The caption and the credit of a picture printed on one line after a ▲ (▲工会联盟成立现场
    本报记者 沈一帆 摄, ▲律师为骑手解答问题　摄影：刘畅, ▲活动现场（本报记者 陈曦 摄）), or None."""
    cuts = [m.span() for m in _CAPTION_GAP_RE.finditer(s, 2)]
    cuts += [(at + 1, at + 1) for at, ch in enumerate(s) if ch in "。！？" and 1 < at < len(s) - 1]
    if s[-1] in ")）" and (at := max(s.rfind("("), s.rfind("（"))) > 1:
        cuts.append((at, at))
    for start, end in sorted(cuts):  # the first cut that leaves a credit (▲…会员卡。本报记者 王京 摄)
        credit = _classify(s[end:], n, 0)
        if credit.kind == CREDIT:
            return _classify(s[:start], n, gap), credit
    return None


def _bare_label(s: str) -> str:
    """A label's words without its marks, colon or emoji (【工会简讯】, 相关新闻：, 📢【基层动态】, 💙往期推荐💙)."""
    label = s.strip(_LABEL_MARKS).rstrip("：:")
    if label and (_emoji(label[0]) or _emoji(label[-1])):
        label = "".join(ch for ch in label if not _emoji(ch) and ch != "\ufe0f").strip(_LABEL_MARKS)
    return label


def _emoji(ch: str) -> bool:
    """Is ``ch`` an emoji (📍, ✅, ⏰), as a phone post sets before a line?"""
    return ch >= "\U0001F300" or "\u2600" <= ch <= "\u27bf" or "\u23e9" <= ch <= "\u23fa"


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
    """Is ``s`` the label of a section of the page (■工会简讯, 【工会动态】; marked, one of its own
    kind too: 【西城工会动态】, ■区县快讯)?"""
    if len(s) > _MAX_LABEL_CHARS:
        return False
    label = s.strip(_LABEL_MARKS)
    return label in SECTION_LABELS or label != s and _MARKED_SECTION_RE.fullmatch(label) is not None


# A marked section label of a page's or post's own (【西城工会动态】, ■基层快讯).
_MARKED_SECTION_RE = lazy(r"[\u4e00-\u9fff]{1,6}(?:动态|简讯|快讯|速递|传真|资讯)")


def _is_short(s: str) -> bool:
    """A bare line that could be a headline, kicker or subtitle: short, no sentence end."""
    if s[0] in "(（" and s[-1] in ")）":
        return False  # （图片来源：三里屯街道总工会）: an aside in brackets is body text
    if s[0] == "图" and s.startswith(IN_STORY_CAPTION):
        return False  # 图为工会干部为建筑工人发放 / 清凉包。: a caption the column cut, no headline
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


def _starts_with_byline(tok: Token) -> bool:
    if tok.kind == BYLINE:
        return True
    return tok.kind in (BODY, SHORT) and _opens_with_byline(tok)

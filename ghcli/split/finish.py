"""Finishing a record: an assembled article's credits parsed off its body, its page breaks
repaired, its kind settled (article, photo, notice), and the ``Article`` made.
"""

from __future__ import annotations

from operator import itemgetter

from ghcli.bylines import Credits, parse_credit, parse_trailing
from ghcli.lazyre import lazy
from ghcli.models import Article, article_id
from ghcli.repair import Paragraph, join_breaks
from ghcli.split.base import (
    BYLINE, CREDIT, MAX_SERVICE_BOX_CHARS, Token, _Draft, _SERVICE_BOX_RE, _lead_at,
)
from ghcli.split.assemble import _compiler_note, _crossheads, _labelled_notice, _notice_words, _run_in_head


# How an advert's one sentence opens: it tells the reader what to do.
ADVERT_OPENERS = ("扫码", "扫描", "下载", "长按", "关注", "打开")
# A letter's or an e-mail's greeting opening a piece without a headline (各位同事：…, 王老师好，…):
# a note around a forwarded story, no story.
_SALUTATION_RE = lazy(r"(?:各位|尊敬的|亲爱的)?[\u4e00-\u9fff]{0,6}(?:同事们?|领导|老师|同志们?|朋友们?|大家)好?[:：，,！!]")
# Longest lead-in of a digest (_lead_in), how it ends, and a digest's dated title.
MAX_LEAD_IN_CHARS = 120
MAX_LEAD_IN_PARAGRAPHS = 3
_LEAD_IN_ENDS = ("——", "：", ":", "—", "👇", "⬇", "↓")
_DIGEST_TITLE_RE = lazy(r"星期[一二三四五六日天]|[|｜丨][ \u3000]*\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日[ \u3000]*[|｜丨]")
# Longest unsigned text read as an advert when it asks the reader to scan or download.
MAX_ADVERT_CHARS = 200


def _advert(text: str, dropped: list[Token]) -> bool:
    """An advert's short text, no sentence in it: it, or the chrome dropped from it, asks the
    reader to scan a code or download an app (北京工会12351APP / 会员服务 一键办理… / 扫描二维码
    立即下载). A brief's text has its full stops; an offer's box has one or two, and tells the
    reader where to learn more of the offer (…可享受优惠价格。详情请拨打…)."""
    if len(text) > MAX_ADVERT_CHARS:
        return False
    if "详情请" in text and ("优惠" in text or "专享" in text) and text.count("。") <= 2:
        return True  # 持北京工会会员卡(京卡)到…可享受优惠价格。详情请拨打职工服务热线12351…: an offer's box
    if "。" in text and not (text.startswith(ADVERT_OPENERS) and text.count("。") == 1 and text.endswith("。")):
        return False  # but one sentence that tells the reader to do it (扫码下载北京工会12351APP，…随时办。)
    return any("二维码" in t or "扫码" in t or "下载" in t for t in (text, *(tok.text for tok in dropped)))


def _lead_in(title: str | None, text: str) -> bool:
    """A digest's lead-in under its post title: a few short paragraphs (the day, the weather)
    that end by pointing at what follows (以下是今日要闻，一起来看——, 本期内容如下：, 有哪些要闻👇;
    a story ends a sentence), or under a title dated as a digest's are (工会要闻｜6月17日 星期二)."""
    return text.count("\n") < MAX_LEAD_IN_PARAGRAPHS and len(text) <= MAX_LEAD_IN_CHARS and (
        text.endswith(_LEAD_IN_ENDS) or title is not None and _DIGEST_TITLE_RE.search(title) is not None
        or _LOOK_BELOW_RE.search(text) is not None)


# A lead-in's last words, asking the reader to look below (…开展了一系列活动，快来看看吧！).
_LOOK_BELOW_RE = lazy(r"(?:快来|一起来?|跟随小编|随小编|跟着小编)(?:看看|瞧瞧|了解|看一看)吧?[！!。~～]?$|一起来看[！!。：:~～]?$")


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
    """Is the piece a service box (二十四节气·春分 / 今日春分。…, 今日处暑 / …, 今日天气), not an essay named
    after a solar term (立秋 / □ 孙立群 / 立秋这天，…)?"""
    return len(title) <= MAX_SERVICE_BOX_CHARS and bool(_SERVICE_BOX_RE.match(title)) and (
        title.startswith(("二十四节气", "今日", "今天")) or "天气" in title or text.startswith(("今日", "今天")))


_LINE = itemgetter(0)


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
    if d.title is None and paragraphs and (run_in := _run_in_head(paragraphs[0].text)):
        # 秋收时节助农忙 10月10日，…, ●副中心楼宇职工有了“共享食堂”　城市副中心…近日…: a caption's or
        # a brief's lead phrase (set in bold on the page), the item's headline
        d.title = run_in[0]
        paragraphs[0] = Paragraph(run_in[1], paragraphs[0].line)
        sources[0] = None
    # trailing credits and bylines: own lines, then the end of the last paragraph; their names
    # join the story's in the order they are printed, with those of the pictures inside it
    photo = False
    tail_raw: list[str] = []
    printed: list[tuple[int, Credits]] = []  # (line, credits) below the story's opening
    for t in d.tail:
        printed.append((t.line, t.credits))
        tail_raw.append(t.credits.raw or t.text)
        photo = photo or t.kind == CREDIT
    if photo and any(t.kind == BYLINE and t.credits.signature for t in d.tail):
        photo = False  # 文字：杨帆 / 图片：李振 under a post's story: its writer's and its photographer's
    kept: list[Paragraph] = []
    for k, (para, source) in enumerate(zip(paragraphs, sources)):
        # a photo credit closes a caption anywhere; a parenthesised byline only the last paragraph
        found = source.credit if source else parse_credit(para.text)
        is_credit = found is not None
        if not found and k == len(paragraphs) - 1:
            found = source.trailing if source else parse_trailing(para.text)
        if found:
            c, pos = found
            printed.append((para.line, c))
            tail_raw.append(c.raw)
            photo = photo or (is_credit and k == len(paragraphs) - 1)
            para = Paragraph(para.text[:pos].rstrip(" \u3000"), para.line)
        if para.text:
            kept.append(para)
    paragraphs = kept
    for t in d.inline:  # the credits of pictures inside the story (记者 刘欣欣 摄 under 图为…)
        printed.append((t.line, t.credits))
        raw.append(t.credits.raw or t.text)
    for _line, c in sorted(printed, key=_LINE):
        credits.merge(c)
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
                     or d.title.strip("■□●◆▲◎【】[] \u3000") in TIP_LABELS  # ## 温馨提示 / 职工朋友遇到…可通过…
                     or d.kicker and _weather_label(d.kicker[-1]))  # 今日天气 / 晴转多云 南风二三级 / …
            or _lead_in(d.title, text or d.title or "") or _compiler_note(text) or d.title is None and (
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
        # a post's account stands where a page's banner does: above the story, naming its publisher
        banner=" ".join(x for x in (d.banner, d.account) if x) or None if d.account else d.banner,
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

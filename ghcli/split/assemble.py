"""Assembling: the classified lines grouped into articles, runs of short bare lines resolved in
context into kicker / headline / subtitle or body (``_assemble``).
"""

from __future__ import annotations

from functools import lru_cache

from ghcli.bylines import OUTLETS, may_open_with_lead
from ghcli.lazyre import lazy
from ghcli.repair import is_terminated
from ghcli.split.base import (
    BANNER, BODY, BOX_LABELS, BULLETS, BYLINE, CONTINUATION_START, CREDIT, DASH_START, DATE_FRAGMENT_RE,
    EDITOR_NOTE, FRAGMENT_END, FURNITURE, HEAD, HEADLINE_THRESHOLD, IN_STORY_CAPTION, LEAD_WORDS_RE,
    MAX_HEADLINE_CHARS, MAX_KICKER_LINES, MIN_HEADLINE_CHARS, NOTICE_ENDINGS, SENTENCE_INSIDE_RE, SHORT,
    SUBHEAD, Token, _DAY, _Draft, _JUMP_BACK_RE, _JUMP_ON_RE, _LABEL_MARKS, _LEAD_CLAUSE_RE, _NOTE_FIRST,
    _NOTICE_TAG_RE, _QUOTE_CLOSERS, _REFERS_BACK_RE, _TWO_PARTS_RE, _body_like, _lead_at, _list_goes_on,
    _opens_with_byline, _past_fields, _signed,
)
from ghcli.split.headlines import (
    MAX_CROSSHEAD_CHARS, _CLAUSE_AT_START_RE, _INLINE_SUBTITLE_RE, _PAIRED_MARKS, _PREDICATE_RE, _headline_text,
    _goes_on_past_blank, _joins, _shape_headline, _subject_over_its_predicate, _to_body,
)
from ghcli.split.lines import (
    MAX_HEAD_TAIL_CHARS, MAX_SITE_NAME_CHARS, _ITEM_NUMBER_RE, _PICTURE_PLACE_RE, _POST_META_RE, _SOURCE_LINE_RE,
    _WEB_SOURCE_RE, _is_navigation, _is_site_name,
    _is_short, _section_label, _starts_with_byline,
)


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
            if not posts and drafts and (prev := drafts[-1]).account is not None \
                    and prev.page == (page := _page_part(banner)):
                # a story further down the one post pasted (—— 工会动态 —— / 街道总工会召开…): its account's
                # (among several posts, a story without an account line may be another source's)
                d.account, d.inherited, d.page = prev.account, True, page
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
            if cur is not None and cur.title is not None and not cur.body and (cur.account is None or cur.inherited) \
                    and _POST_META_RE.match(tok.text) and (posts or cur is drafts[0] or cur.inherited):
                cur.account, cur.inherited = tok.text, False  # the post's account and date, under its title
                cur.page = _page_part(banner)
            if cur is not None and cur is drafts[-1] and cur.heading_only and not cur.kicker \
                    and _is_navigation(tok.text) \
                    and (len(cur.title or "") <= MAX_SITE_NAME_CHARS or not _is_site_name(tok.text)):
                # 北京市石景山区总工会 / 网站首页 | 工会概况 … / 您现在的位置：首页 > 工作动态: the site's
                # name over its navigation, the banner of the stories below, not a heading (a name is
                # short: a long headline over an app's name is its story's: 丰台首批20家…开张 外卖小哥… /
                # 北京日报客户端)
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
            if cur is not None and cur.title is not None and not cur.body and _JUMP_BACK_RE.match(tok.text):
                cur.continued = True  # 百名“最美巾帼职工”受表彰 / (上接第1版): the rest of a story from another page
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
            if cur is not None and cur.heading_only and run[0].text == cur.title and len(run) <= MAX_KICKER_LINES \
                    and (nxt := _next_content(tokens, j)) is not None and _starts_with_byline(nxt):
                # 中关村科学城…揭牌 (the post's title) / 来源：劳动午报 / 中关村科学城…揭牌 / 首批500名…会员卡 /
                # 本报讯（记者 …）: the reprinted story's head repeated under the post's, with its subtitle
                cur.subtitle += [t.text for t in run[1:]]
                cur.last_line = run[-1].line
                i = j
                continue
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
            if not _decisive(nxt) and not (j < len(tokens) and tokens[j].kind == FURNITURE and tokens[j].gap == 0
                                           and _WEB_SOURCE_RE.match(tokens[j].text)):
                # (a web copy's headline over its source line may hold a comma: 为劳动者健康托底，需要更多
                # “组合拳” / 来源：工人日报　作者：吴迪…)
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
            if role == "crosshead":
                cur.add_crosshead(run[0])
                i = j
                continue
            if role == "furniture":
                cur.dropped.extend(run)
                i = j
                continue
            if role == "headline" and nxt is not None and nxt.kind == BODY and _district_tag(run[-1].text):
                role = "tag"  # 区县传真 / ■东城 / 东城区天坛街道总工会近日…: the box's first brief
            if role == "tag":  # a brief's district tag over it (and the box's label): its kicker, no headline
                _to_body(cur, run[: max(0, len(run) - MAX_KICKER_LINES)], banner)
                tag = run[-1]
                run[-1] = Token(tag.kind, tag.text.lstrip(BULLETS).strip("【】 \u3000"), tag.line, tag.gap)
                start([], run[-MAX_KICKER_LINES:], [], run[0])
                cur.last_line = run[-1].line
                i = j
                continue
            if role == "kicker":  # the run sits above a marked headline
                keep = run[-MAX_KICKER_LINES:]
                if cur is not None and cur.title is not None and not cur.body and len(run) > MAX_KICKER_LINES:
                    # a poem under its headline, all its lines bare up to the next: its last lines
                    # are its own, but a line set apart after stanzas set tight (…今天的路 / 书香职工)
                    keep = run[-1:] if run[-1].gap and not run[-2].gap else []
                keep = keep[_past_fields(keep):]  # 咨询电话：…, 西城区总工会 / 2024年7月10日 close the story above
                while len(keep) > 1 and _ends_sentence(keep[0].text):
                    keep = keep[1:]  # 大赛等你来！ closes the story above, it is no kicker
                if len(keep) > 1 and cur is not None and cur.body and is_terminated(cur.body[-1].text) \
                        and _READER_SIGNATURE_RE.match(keep[0].text):
                    keep = keep[1:]  # 房山区读者 高淑芬 / 工会知识问答 / ## …: the letter above signed
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
            marked = bool(cur.body) and cur.body[-1].text[0] in "▲△"  # a post's caption (▲活动现场)
            captioned = _caption_last(cur)
            if (not tok.credits.has_names or tok.text[0] in "(（" or marked or captioned
                    or len(cur.body) > 1 and len(cur.body[-1].text) <= MAX_INLINE_CAPTION_CHARS) \
                    and (_signed(cur) or marked) and nxt is not None \
                    and (nxt.kind == BODY or (marked or captioned) and nxt.kind == SHORT) \
                    and not _starts_with_byline(nxt):
                # （图片由丰台区总工会提供）, （本报记者 陈曦 摄）, or 图为…发放“暖心包”。/ 记者 刘欣欣 摄
                # (▲… / 本报记者 X/摄), between two paragraphs of a signed story: the credit of a
                # picture in it, which does not end the story (its names join the story's credits); so
                # does a post's ▲ caption and credit, signed or not (a crosshead may follow it), and a
                # short caption's credit in a signed story (外卖送餐员在“小哥加油站”内给电动车电池充电。 /
                # 本报记者 孙妍 摄)
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
        if tok.apart and (n := _next_content_index(tokens, i + 1)) < len(tokens):
            if tokens[n].kind == HEAD:
                i = _take_headline(tokens, n, [tok], start)  # 记者手记 / ## 讲台之外的“幕后英雄”: its kicker
                continue
            head, m = tokens[n], n
            if head.kind == BODY and head.text[-1] in "，," and len(head.text) <= MAX_HEAD_CLAUSE_CHARS \
                    and (m := _next_content_index(tokens, n + 1)) < len(tokens) and tokens[m].kind == SHORT:
                # 午报时评 / 技能比武， / 比出的是干事热情 / □何勇: a head in two clauses, wrapped after the comma
                head = Token(SHORT, head.text + tokens[m].text, head.line, head.gap)
            if head.kind == SHORT and (after := _next_content(tokens, m + 1)) is not None \
                    and after.kind == BYLINE and (after.text[0] in "□■●◆" or after.text.startswith(_WRITER_MARKS)) \
                    and cur is not None and cur.body \
                    and is_terminated(cur.body[-1].text):
                # 短评 / 让“她力量”更加出彩 / □本报评论员 (or 文/江禾), after a finished story: a column's
                # label over a headline and its signature, no box of the story above
                start([head], [tok], [], tok)
                i = m + 1
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
                or (cur.closed and cur.body and not _next_caption(cur, tok) and not _box_after_signature(cur, tok)
                    and not _second_picture(cur, tok)) \
                or tok.gap >= 2 and _captioned_photo_apart(cur, tok, typical_gap, _next_token(tokens, i)) \
                or _photo_lead_after_story(cur, tok, tokens, i) or _bulleted_lead(cur, tok) \
                or _labelled_brief(cur, tok) or _labelled_notice(tok.text) and cur.body:
            start([], [], [], tok)  # a story without a recognisable headline
        if tok.closes and tok.credit is not None and _goes_on(cur, tokens, i):
            tok.closes = False  # a picture's caption and credit inside the story (see _goes_on)
        cur.body.append(tok)
        cur.last_line = tok.line
        i += 1
    return drafts


def _page_part(banner: list[str]) -> tuple[str, ...]:
    """The lines of a banner but the labels of the page's sections (工会动态): what a page's stories share."""
    return tuple(b for b in banner if not _section_label(b))


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
# Longest caption of a picture inside a story, over its credit, the story going on under it.
MAX_INLINE_CAPTION_CHARS = 40
# How a writer's signature opens (文/江禾, 作者：…).
_WRITER_MARKS = ("文/", "文／", "作者")
# Longest first clause of a head wrapped after its comma under a column's label (技能比武，).
MAX_HEAD_CLAUSE_CHARS = 10


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


def _second_picture(cur: _Draft, tok: Token) -> bool:
    """Is the paragraph the caption of a photo item's second picture (1月19日，…开幕。 / 本报记者 孙妍
    摄影报道 / 图为职工在冰上拔河比赛中奋力拼搏。… / 本报记者 彭程 摄): a 图为 caption under an item
    whose caption opened with its news lead and closed with its credit, no dateline or byline?"""
    return tok.text.startswith(IN_STORY_CAPTION) and not _dated(cur) and not cur.bylines \
        and _LEAD_CLAUSE_RE.match(cur.body[0].text) is not None


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
    moved by a careless edit). Not under a headline whose story has only its editor's note so far
    (## 节日里… / 编者按：… / □本报记者 周美玉 孙艳 / 公交司机：…, a crosshead): it signs that story."""
    if not cur.body or nxt is None or not (cur.closed or is_terminated(cur.body[-1].text)) or _noted_only(cur):
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
    if not (cur.body and (_LEAD_CLAUSE_RE.match(tok.text) or _run_in_head(tok.text) is not None)
            and (is_terminated(cur.body[-1].text) or cur.body[-1].closes)):  # ……。 本报记者 张晶 摄
        # (a caption may open with its bold head: **亦庄职工篮球联赛开赛** 7月13日，…)
        return False
    if tokens[i - 1].kind == FURNITURE and _PICTURE_PLACE_RE.match(tokens[i - 1].text):
        return False  # [图片] / 11月4日晚，…: the caption of a picture in the story's place
    credit = line = None
    paragraphs = 0
    for k in range(i, min(len(tokens), i + MAX_CAPTION_LINES)):  # the caption, cut by a narrow column
        t = tokens[k]
        if t.kind == CREDIT:
            credit, line = t.credits, t
        elif t.kind == BODY and t.credit:
            credit = t.credit[0]
        elif t.kind not in (BODY, SHORT):
            return False
        elif is_terminated(t.text):  # the caption's sentence ends here: its credit comes next
            paragraphs += 1
            if k + 1 < len(tokens) and tokens[k + 1].kind == CREDIT:
                k += 1
                credit, line = tokens[k].credits, tokens[k]
            elif not (paragraphs < MAX_CAPTION_PARAGRAPHS and k + 1 < len(tokens) and tokens[k + 1].kind == BODY
                      and tokens[k + 1].gap <= tok.gap and not _LEAD_CLAUSE_RE.match(tokens[k + 1].text)):
                return False  # (a caption of two paragraphs: 5月10日，长阳镇总工会… / 活动中，…图为…)
        if credit is not None:
            # a credit naming the story's own reporter is the story's picture, and so is a
            # picture's credit line (图/通讯员 贾晓宇) under a news story's last paragraph set tight
            if line is not None and line.text[0] == "图" and tok.gap <= 1 and line.gap <= 1 and _dated(cur) \
                    and not _another_day(cur, tok) and not _union_of_its_own(cur, tok) \
                    and _run_in_head(tok.text) is None:
                return False  # (a caption with a head of its own, **职工游泳比赛开赛**　7月9日，…, is an item)
            if _goes_on(cur, tokens, k):  # (k: the credit's line, or the caption's that ends with it)
                return False
            return not (set(credit.reporters) & _story_reporters(cur))
    return False


# A lead's day (7月20日，…), month and day in groups.
_LEAD_DAY_RE = lazy(r"(\d{1,2})月(\d{1,2})日")


# The verbs a union acts with at the opening of a lead or an item (…总工会为…, …工会联合区司法局开展…).
_UNION_VERBS = "为|在|联合|组织|举办|开展|启动|召开|走进|慰问|发布|推出|与|向|对|成立"
# The union of a place a caption's lead names acting first (近日，大兴区亦庄镇总工会在…; not 门店所在公司工会).
_ACTING_UNION_RE = lazy(rf"[^，,。；;：:\s“”]{{1,14}}?(?:区|县|镇|乡|街道|地区)(?:总工会|工会联合会|工会)(?={_UNION_VERBS})")


def _union_of_its_own(cur: _Draft, tok: Token) -> bool:
    """Does the caption ``tok`` open with a union acting that the story above never names (近日，大兴区
    亦庄镇总工会在镇职工之家举办… under a story of 经开区总工会 in 涞水): another item's picture?"""
    clause = _LEAD_CLAUSE_RE.match(tok.text)
    union = _ACTING_UNION_RE.match(tok.text, clause.end()) if clause else None
    return union is not None and not any(union.group() in t.text for t in cur.body)


def _another_day(cur: _Draft, tok: Token) -> bool:
    """Does the caption ``tok`` open on a day other than the one the story's lead tells (4月22日，在通州区
    东六环… / … / 4月25日，来自全市各区…国家体育场… / 图/本报记者 赵思敏): another event's picture?"""
    caption = _LEAD_DAY_RE.match(tok.text)
    if caption is None or not cur.body:
        return False
    story = _LEAD_DAY_RE.search(cur.body[0].text, 0, 60)
    return story is not None and story.groups() != caption.groups()


def _goes_on(cur: _Draft, tokens: list[Token], k: int) -> bool:
    """Does a signed story go on after the picture's caption and credit that end at ``tokens[k]``
    (新京报讯（记者 …）… / 5月13日中午，外卖骑手在…歇脚充电。新京报记者 李木易 摄 / 当天中午，记者在驿站
    看到…): is the next line more of it, no news lead or byline of another story, no column's label over
    the next piece (午报时评 / ## …) (nor a line past a page's banner or furniture)?"""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return _signed(cur) and after is not None and after.kind == BODY and not _starts_with_byline(after) \
        and not _LEAD_CLAUSE_RE.match(after.text) and not (after.apart and not _box_label(after)) \
        and _run_in_head(after.text) is None  # (**亦庄职工篮球联赛开赛** 7月13日，…: a photo item of its own)


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
_BRIEF_BULLETS = frozenset("■●◆★")  # (▲ marks a picture's caption: ▲11月21日，…开赛。 / 劳动午报记者 X 摄)


# A headline run into an item's first paragraph, set off by a space (秋收时节助农忙 10月10日，…,
# ●副中心楼宇职工有了“共享食堂”　城市副中心…近日…): a short phrase with no punctuation but quotes,
# after a brief's bullet maybe.
# (回天地区新建5家职工之家: a figure inside it, never first)
_RUN_IN_HEAD_RE = lazy(r"^([■●◆★]?)[ \u3000]*([\u4e00-\u9fff“”][\u4e00-\u9fff“”0-9]{3,15})[ \u3000]+(\S.*)$")
# What the subject of a lead typed before its time ends with (朝阳区总工会 近日，…): no headline.
_SUBJECT_ENDS = ("工会", "街道", "镇", "乡", "区", "县", "市", "公司", "集团", "中心")


def _run_in_head(text: str) -> tuple[str, str] | None:
    """(headline, lead) of a paragraph opening with a run-in headline before a news lead: one
    opening with its time, or, after a brief's bullet, with the subject and then its time or
    its act (…楼宇工会联合会近日联合…)."""
    m = _RUN_IN_HEAD_RE.match(text)
    if m is None or m.group(2).endswith(_SUBJECT_ENDS):
        return None
    lead = m.group(3)
    if _LEAD_CLAUSE_RE.match(lead) or m.group(1) and (
            _SUBJECT_THEN_TIME_RE.match(lead) or _UNION_ACTS_RE.match(lead)):
        return m.group(2), lead
    return None


def _bulleted_lead(cur: _Draft, tok: Token) -> bool:
    """■近日，丰台区卢沟桥街道总工会… or ■ 海淀区温泉镇总工会近日举办… after a finished paragraph,
    or 【朝阳】近日，… (a box of briefs each tagged with its district): a brief without a headline."""
    first = tok.text[0]
    if not (first in _BRIEF_BULLETS or first == "【") or not cur.body or not is_terminated(cur.body[-1].text):
        return False
    if first == "【":
        return _TAGGED_BRIEF_RE.match(tok.text) is not None
    rest = tok.text.lstrip(BULLETS)
    if _LEAD_CLAUSE_RE.match(rest) is not None or _SUBJECT_THEN_TIME_RE.match(rest) is not None \
            or (" " in rest[4:18] or "\u3000" in rest[4:18]) and _run_in_head(tok.text) is not None:
        return True  # (●副中心楼宇职工有了“共享食堂”　城市副中心…: a brief with a run-in headline)
    # ●东城区总工会近日… / ●昌平区总工会为南口镇…困难职工发放…: in a box of one-sentence news, an
    # item after another opens with the union that acts, no time needed
    above = cur.body[-1].text
    item = above.lstrip(BULLETS)
    return above[:1] == first and _UNION_ACTS_RE.match(rest) is not None and (
        _SUBJECT_THEN_TIME_RE.match(item) is not None or _UNION_ACTS_RE.match(item) is not None)


# A union acting at the opening of an item (昌平区总工会为…, 石景山区总工会联合区司法局开展…).
_UNION_ACTS_RE = lazy(rf"[^，,。；;：:\s]{{1,16}}?(?:总工会|工会联合会|工会)(?:{_UNION_VERBS})")


def _labelled_brief(cur: _Draft, tok: Token) -> bool:
    """西城区：近日，西城区什刹海街道总工会… after a finished paragraph: a brief without a
    headline, labelled with its district (or town) and a colon."""
    if "：" not in tok.text[:7] and ":" not in tok.text[:7] or not cur.body or not is_terminated(cur.body[-1].text):
        return False
    label = _LABELLED_BRIEF_RE.match(tok.text)
    return label is not None and (label.group(1).endswith(("区", "镇", "乡", "街道")) or label.group(1) in _district_labels())


def _district_tag(line: str) -> bool:
    """Is the line a brief's tag naming its district alone (■东城, 【朝阳】, ●经开区)?"""
    if line[0] in _BRIEF_BULLETS:
        line = line[1:].strip(" \u3000")
    elif line[0] == "【" and line[-1] == "】":
        line = line[1:-1].strip(" \u3000")
    else:
        return False
    labels = _district_labels()
    return 1 < len(line) <= 5 and (line in labels or line[-1] == "区" and line[:-1] in labels or line == "经开区")


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
            # (## 临空经济区里织密 / ## 职工服务“一张网”: cut as a column would wrap it)
            nxt.kind == HEAD and nxt.gap <= 1 and head.text[-1] not in "。！？!?…" and (
                len(nxt.text) <= MAX_HEAD_TAIL_CHARS or _joins(head.text, nxt.text)
                # 聚焦…权益保障 / ## 人社部:推动平台企业 / ## 规范用工 保障劳动者休息权: under a bare
                # kicker, marked lines set tight are one headline (no page marks a second kicker)
                or kicker and nxt.gap == 0 and len(head.text) + len(nxt.text) <= MAX_HEADLINE_CHARS
                or len(head.text) + len(nxt.text) <= MAX_HEADLINE_CHARS
                and _subject_over_its_predicate(head.text, nxt.text))
            # ## 怀柔区总工会启动“职工微 / 心愿”认领活动: the column wrapped the marked line
            or nxt.kind == SHORT and nxt.gap == 0 and (_joins(head.text, nxt.text) or _head_goes_on(head, nxt))
            # ## 平谷区金海湖镇总工会走进 / / 大桃产业园开展技能培训: a marked line no kicker could be, a
            # blank line above the rest of it
            or nxt.kind == SHORT and nxt.gap == 1 and _goes_on_past_blank(head.text, nxt.text)
            and _joins(head.text, nxt.text)):
        head = Token(HEAD, head.text + nxt.text, head.line, head.gap)
        j += 1
    subtitle: list[Token] = []
    while j < len(tokens) and len(subtitle) < MAX_KICKER_LINES:
        t = tokens[j]
        if t.kind == SUBHEAD or (t.kind == SHORT or t.kind == HEAD) and t.text.startswith(DASH_START):
            subtitle.append(t)  # (## ——镇总工会以体育赛事为纽带: a subtitle marked as its headline is)
            j += 1
            continue
        if t.kind == HEAD and subtitle and subtitle[-1].text.startswith(DASH_START) and t.gap <= 1 \
                and (nxt := _next_content(tokens, j + 1)) is not None and _starts_with_byline(nxt):
            # ## ——镇总工会以体育赛事为纽带 / ## 凝聚职工干事创业合力 / 本报讯…: the marked subtitle's
            # rest (a headline over a byline would leave the one above with no story)
            last = subtitle[-1]
            subtitle[-1] = Token(last.kind, last.text + t.text, last.line, last.gap)
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


MIN_HEAD_TAIL_CHARS = 4  # (a shorter line under a marked head is a lead's date cut off, 5月20 / 日，…)
# A clause mark: a line holding one is a lead's first line cut by a break (5月20日，延庆职工第三十三届“五月).
_CLAUSE_PUNCT_IN_RE = lazy(r"[，,。；;]")


def _head_goes_on(head: Token, nxt: Token) -> bool:
    """Does the bare line set tight under a marked headline go on with it (## 国家速滑馆制冰师团队 /
    24小时守护“最快的冰”): no subtitle's dash, and a marked line with no verb of its own?"""
    return not nxt.text.startswith(DASH_START) and len(head.text) + len(nxt.text) <= MAX_HEADLINE_CHARS \
        and len(nxt.text) >= MIN_HEAD_TAIL_CHARS and not DATE_FRAGMENT_RE.match(nxt.text) \
        and not LEAD_WORDS_RE.match(nxt.text) and not _CLAUSE_PUNCT_IN_RE.search(nxt.text) \
        and head.text[-1] not in "。！？!?…：:" and not _PREDICATE_RE.search(head.text)


def _decisive(nxt: Token | None) -> bool:
    """Does the token after a run of bare lines settle what the run is by itself?"""
    return nxt is None or nxt.kind in (HEAD, CREDIT) or _starts_with_byline(nxt)


# The labels a notice run into its text opens with, before a colon (遗失声明：…, 征稿启事：…, and a
# correction printed under a story: 更正：本报4月10日第6版…).
NOTICE_LABELS = frozenset({"遗失声明", "声明", "启事", "征稿启事", "征文启事", "招聘启事", "寻物启事", "公告", "通告",
                           "讣告", "鸣谢", "公示", "更正", "更正启事"})
_MAX_NOTICE_LABEL_CHARS = max(map(len, NOTICE_LABELS))
_NOTICE_LABEL_FIRST = frozenset(label[0] for label in NOTICE_LABELS)


def _labelled_notice(text: str) -> bool:
    """Does the text open with a notice's label and a colon or a space (遗失声明：北京某某物流…,
    遗失声明 北京某某物流…)?"""
    if text[:1] not in _NOTICE_LABEL_FIRST:  # (asked of most paragraphs: settled by the first character)
        return False
    end = _MAX_NOTICE_LABEL_CHARS + 1
    ats = [at for sep in "：: \u3000" if (at := text.find(sep, 0, end)) > 0]
    return bool(ats) and text[:min(ats)] in NOTICE_LABELS


# A compiler's note on the stories of a collection (说明：以下稿件分别摘自…, 注：本部分混合了…,
# （公众号文章为网页复制，格式略有错乱）): the whole text of a record under the collection's title.
MAX_COMPILER_NOTE_CHARS = 100
# (编者按：…本期为您带来四则基层动态。 over a roundup's sections)
_COMPILER_NOTE_RE = lazy(r"^(?:(?:说明|注|备注)[:：]|以下|[（(])[^\n]*?(?:以下|本部分|稿件|摘自|摘录|汇编|复制|转载)"
                         r"|^编者按[:：][^\n]*?(?:本期|以下|下面)[^\n]*?(?:带来|推出|介绍|选编|摘编|梳理)"
                         r"|^编者按[:：][^\n]*?(?:转载|转发|摘编|选编|刊发|整理|汇编)如下")  # (…现转载如下，与大家分享。)


def _compiler_note(text: str) -> bool:
    """Is the record's whole text one compiler's note (no story under its title)?"""
    return len(text) <= MAX_COMPILER_NOTE_CHARS and "\n" not in text and _COMPILER_NOTE_RE.match(text) is not None \
        and (text[0] not in "（(" or text[-1] in "）)")


def _notice_words(title: str) -> bool:
    """Does the headline name a notice (征稿启事, 遗失声明, 关于…的公示, 更正, 讣告; spaced out: 公　告)?"""
    if len(title) <= 5 and (" " in title or "\u3000" in title):
        title = title.replace(" ", "").replace("\u3000", "")
    return title.endswith(NOTICE_ENDINGS) or _NOTICE_TITLE_RE.search(title) is not None


def _notice_title(text: str) -> bool:
    """Is the line a notice's headline (no longer than a headline)?"""
    return len(text) <= MAX_HEADLINE_CHARS and _notice_words(text)


# Who issues a notice, signed under it (劳动午报社, 北京市总工会办公室).
_ISSUER_RE = lazy(r"[\u4e00-\u9fff]{2,20}(?:社|总工会|工会|委员会|办公室|中心|编辑部)$")
# A reader's signature under a letter: where the reader lives or works, a space, a name (朝阳区望京街道 张秀英).
_READER_SIGNATURE_RE = lazy(r"[\u4e00-\u9fff]{2,14}(?:区|县|镇|乡|街道|社区|村|公司|厂)(?:读者|职工|市民|网友)?[ \u3000]+"
                            r"[\u4e00-\u9fff]{2,3}$")  # (房山区读者 高淑芬)
# One character and a clause mark: the tail of a word a page break cut (心,涵盖急诊…).
_WORD_TAIL_RE = lazy(r"[\u4e00-\u9fff][，,、；;]")
# The shortest head of a post's item; what a label opens with. (A lead dated to the day, 7月20日，…:
# _LEAD_DAY_RE.)
MIN_POST_ITEM_HEAD_CHARS = 6
_LABEL_OPENERS = frozenset("【[0123456789０１２３４５６７８９")
# A lead that opens with the time of day (上午11点半，…, 凌晨4点，…).
_DAYTIME_LEAD_RE = lazy(r"^(?:清晨|凌晨|早上|上午|中午|下午|傍晚|晚上|深夜)[^，,。]{0,8}[，,]")


# A lead opening with its occasion (中秋节前夕，…, 教师节到来之际，…).
_OCCASION_LEAD_RE = lazy(r"^[\u4e00-\u9fff“”]{1,8}(?:前夕|之际|期间|当天)[，,]")
# How much more evidence a bare line among pasted posts needs to open a story of its own.
POSTS_MARGIN = 2


def _caption_last(cur: _Draft) -> bool:
    """Does the story's text end with a picture's caption (图为…, maybe over two lines a column cut:
    图为工会干部为建筑工人发放 / 清凉包。)?"""
    body = cur.body
    return bool(body) and (body[-1].text.startswith(IN_STORY_CAPTION) or len(body) > 1 and not is_terminated(
        body[-2].text) and body[-2].text.startswith(IN_STORY_CAPTION))


def _numbered(tokens: list[Token], k: int) -> bool:
    """Is the line at ``k`` under an item's number (01, NO.2) on a line of its own?"""
    return k > 0 and tokens[k - 1].kind == FURNITURE and _ITEM_NUMBER_RE.match(tokens[k - 1].text) is not None


def _source_above(tokens: list[Token], j: int) -> bool:
    """Is a source line (来源：新华社) among the furniture between a short line and ``tokens[j]``'s text?"""
    k = j
    while k < len(tokens) and tokens[k].kind == FURNITURE:
        if _SOURCE_LINE_RE.match(tokens[k].text) or _WEB_SOURCE_RE.match(tokens[k].text):
            return True
        k += 1
    return False


def _furniture_before(tokens: list[Token], j: int) -> list[Token]:
    """The furniture lines right above ``tokens[j]``."""
    k = j
    while k > 0 and tokens[k - 1].kind == FURNITURE:
        k -= 1
    return tokens[k:j]


def _resolve_run(run, nxt, cur, tokens, j, has_marks, typical_gap, posts=False) -> str:
    """What a run of short bare lines is: ``kicker`` (above ##), ``headline``, ``crosshead`` (a
    paragraph of the story set apart), ``tag`` (a brief's district over it), ``furniture`` (at a
    page's foot) or ``body``.
    ``posts``: the page holds posts, each with its account's line under its title."""
    if nxt is None:
        return "body" if cur is not None else "headline"
    if nxt.kind == HEAD:
        if j < len(tokens) and tokens[j].kind == BANNER and cur is not None and cur.body:
            # …扫码入会 / 职工服务热线:12351 / 第06版:海淀工会 / ## …: no kicker stands over a page's banner;
            # the lines at the foot of the page above are its furniture (adverts, the weather)
            return "furniture"
        if len(run) == 1 and cur is not None and cur.body and is_terminated(cur.body[-1].text) \
                and _READER_SIGNATURE_RE.match(run[0].text):
            return "body"  # …请报社转达我们的谢意。 / 朝阳区望京街道 张秀英 / ## …: a reader's letter signed
        return "kicker"
    if nxt.kind == SUBHEAD and nxt.text.startswith(DASH_START):
        return "headline"  # 城市副中心“三大建筑”运维职工获表彰 / 副题：——12个班组获评…
    if nxt.kind == SUBHEAD and not has_marks:
        return "kicker"  # > 西红门镇总工会“职工之家”再升级 / ### 两百余名快递员…: a page marking its heads ###
    if j < len(tokens) and tokens[j].kind == FURNITURE and _JUMP_BACK_RE.match(tokens[j].text) and len(run) <= 2:
        if len(run) == 1 and cur is not None and cur.body and cur.title and _notice_title(cur.title) \
                and _ISSUER_RE.match(run[0].text):
            return "body"  # 启事 / …即付稿酬。 / 劳动午报社 / （上接第1版）…: the notice's issuer under it
        return "headline"  # “暖冬行动”走进回天 / （上接第1版）: a story's headline repeated over its rest
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
                or (nxt.text.endswith(("摄影报道", "摄")) or nxt.text.startswith(("图/", "图／"))) and len(run) <= 2
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
    if len(run) == 1 and cur.body and nxt.kind == BODY and is_terminated(cur.body[-1].text) \
            and _district_tag(run[0].text):
        return "tag"  # 区县传真 / ■东城 / 东城区天坛街道总工会近日… / ■西城 / …: each tagged item a brief
    if len(run) == 1 and (_numbered(tokens, j - 1) or run[0].text[0] == "【" and run[0].text[-1] == "】") \
            and cur.body and nxt.kind == BODY \
            and not (LEAD_WORDS_RE.match(nxt.text) or _LEAD_CLAUSE_RE.match(nxt.text)
                     or _DAYTIME_LEAD_RE.match(nxt.text) or _source_above(tokens, j)):
        # …开放日活动。 / 01 / 健康服务送上门 / 现场，4名医护人员…: a numbered crosshead inside a story, or
        # one in brackets (【三大赛项 比拼真功夫】); a digest's numbered item opens with a news lead or
        # under its source line
        return "crosshead"
    if len(run) == 1 and _numbered(tokens, j - 1) and cur.body and nxt.kind == BODY and _is_short(run[0].text) \
            and not _body_like(run[0].text) and _LEAD_CLAUSE_RE.match(nxt.text):
        # 01 / “回天杯”职工篮球联赛鸣哨开赛 / 5月11日上午，…: a post's numbered item over a dated news
        # lead reports an event of its own (parts of one event open otherwise: 02 / 扫码入会有“礼” /
        # 工会工作人员…, 03 / 驿站常开 服务常在 / 据介绍，…)
        return "headline"
    if posts and len(run) == 1 and cur.body and nxt.kind == BODY and _is_short(head := run[0].text) \
            and not _body_like(head) and (clause := _LEAD_CLAUSE_RE.match(nxt.text)) \
            and (_UNION_ACTS_RE.match(nxt.text, clause.end()) or len(head) >= MIN_POST_ITEM_HEAD_CHARS
                 and head[0] not in _LABEL_OPENERS and "｜" not in head and _LEAD_DAY_RE.match(nxt.text)):
        # 职工心理健康讲座走进社区 / 7月18日，永定镇总工会联合…, 职工篮球联赛火热开赛 / 7月20日，…: among
        # posts, a head over a lead dated to the day, or in which a union acts, reports an event of its
        # own (a roundup post's next item; a post's section labels are crossheads: 【活动现场】, 01｜…)
        return "headline"
    score = _headline_score(run, nxt, cur, tokens, j, has_marks, typical_gap)
    # (among posts, a title stands over its account's line: a short line between a post's
    # paragraphs is most often a picture's caption or a crosshead, 骑手在上地街道暖心驿站内充电休息;
    # one after a post's footer may open a post copied without that line)
    above = j - len(run) - 1
    while posts and above >= 0 and tokens[above].kind == FURNITURE and _ITEM_NUMBER_RE.match(tokens[above].text):
        above -= 1  # (02 / 补贴政策更给力: a crosshead's number)
    mid_post = posts and above >= 0 and tokens[above].kind == BODY
    return "headline" if score >= HEADLINE_THRESHOLD + (POSTS_MARGIN if mid_post else 0) else "body"


# Someone's view opening a paragraph (在王海燕看来，…): of a person named before.
_VIEW_OF_RE = lazy(r"在([\u4e00-\u9fff]{2,4})看来")
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
    if nxt.text[:1] == "在" and (view := _VIEW_OF_RE.match(nxt.text)) and any(view.group(1) in t.text for t in cur.body):
        score -= 3  # 冰上练出团队精神 / 在王海燕看来，…: the view of someone the story above named, under its crosshead
    if LEAD_WORDS_RE.match(nxt.text) or DATE_FRAGMENT_RE.match(nxt.text):
        # the next paragraph reads like a news lead (an opening quote is a weaker sign)
        score += 1 if nxt.text.startswith("“") else 2
        if (above := j - len(run) - 1) >= 0 and tokens[above].kind == FURNITURE \
                and not any(ch.isalnum() for ch in tokens[above].text):
            score += 2  # 🌿🌿🌿 / “工会法进企业”宣讲走进工业园区 / 7月16日下午，…: a post's next item, past its rule
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
    if nxt.text.startswith(CONTINUATION_START) or _WORD_TAIL_RE.match(nxt.text):
        score -= 5  # the next line continues a cut sentence (…和区急救中 / 心,涵盖急诊…: a word's tail)
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
    # ■ 夜班是常态，团圆是奢侈: a crosshead after its bullet, though a comma parts its two phrases
    bulleted = {k for k, t in enumerate(body) if k and t.text[0] in _CROSSHEAD_BULLETS and k + 1 < len(body)
                and len(t.text) <= MAX_BULLETED_CROSSHEAD_CHARS and not is_terminated(t.text)
                and is_terminated(_without_credit(body[k - 1]))}
    if not short:
        return bulleted
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
    return found | bulleted


_CROSSHEAD_BULLETS = frozenset("■▌")
MAX_BULLETED_CROSSHEAD_CHARS = 20


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


# Headlines of the paper's own items, no news (更正, 讣告, 鸣谢, 有奖竞答, 欢迎订阅…).
_NOTICE_TITLE_RE = lazy(r"^(?:欢迎订阅|征订|征稿启事|征文启事)|(?:更正|讣告|鸣谢|有奖竞答|调查问卷|问卷调查|招生简章|招聘简章|征稿|征文)$"
                        r"|名单(?:[(（][^()（）]{1,8}[)）])?$")  # …推荐对象公示名单(部分)

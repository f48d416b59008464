"""A headline's lines: where a headline a narrow column wrapped goes on (``_wrapped``), and a
run of bare lines shaped into kicker, headline and subtitle.
"""

from __future__ import annotations

from ghcli.bylines import surname_led
from ghcli.lazyre import lazy
from ghcli.split.base import (
    BULLETS, DASH_START, DATE_FRAGMENT_RE, MAX_HEADLINE_CHARS, Token, _CN_NUMERALS, _Draft,
    _LIST_NUMBER_RE, _QUOTE_CLOSERS,
)


# Pairs of marks a headline line may open and the next line close (“职工微 / 心愿”认领活动).
_PAIRED_MARKS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("「", "」"), ("‘", "’"))
# Last characters of a line cut inside a phrase: a kicker never ends with them.
_WRAP_END = frozenset("的和与及并或为向对给把将让被从赴")  # (石景山区总工会为 / 1500名环卫工人…, …总工会赴 / 内蒙古…)
# A line ending in 在 waiting for its place (让服务站点“暖”在 / 劳动者心坎上), not a verb's 在 (无处不在).
_OPEN_AT_RE = lazy(r"(?<![不存所自实现正常都还处])在$")
# A line ending with a count opens the subject it counts (平谷区420名 / 果树修剪能手集中“充电”).
# A figure as a headline prints it (8.6万, 300余; 百, 两千余), before its measure word.
_FIGURE = r"\d+(?:\.\d+)?[万千]?(?:余|多)?"
_CN_FIGURE = r"[一二两三四五六七八九十百千万]+(?:余|多)?"
_COUNT_END_RE = lazy(rf"(?:{_FIGURE}(?:名|位|户|家|支|份|个|件)|{_CN_FIGURE}(?:名|位))$")  # (not 进万家)
# What a line opens with when it goes on from the line before: an adverb needs its subject
# there (让暖心驿站 / 真正暖到…, 让每一份劳动 / 都被温柔以待).
_GOES_ON = ("真正", "都被", "都在", "都有", "都能", "也能", "也有", "也要", "还要", "更要", "正在", "已经", "仍在", "暨")
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

# A line that names a place or a union and a thing of it in quotes, and no more (门头沟区“工会+法院”,
# 金海湖镇工会“春训”): the subject of what the next line says, never a kicker of its own.
_PLACE_QUOTED_RE = lazy(r"[\u4e00-\u9fff]{1,8}(?:区|县|镇|乡|街道|地区|工会)“[^”]{2,12}”$"
                        r"|(?:亦庄|中关村|回天|望京|丽泽|副中心|首钢园|金融街|CBD)“[^”]{2,12}”$")  # (亦庄“技能大师工作室”)
# ... or a group of workers and their thing in quotes (地铁职工“安康杯” / 知识竞赛决出名次), when
# nothing before the group is a verb (a kicker's is: 聚焦职工“急难愁盼”, 打通服务职工“最后一公里”).
_GROUP_QUOTED_RE = lazy(r"([\u4e00-\u9fff]{1,8})(?:职工|员工)“[^”]{2,12}”$")
# A headline opening with a district's union (新东城区总工会挂牌成立): never the rest of a quoted name's line.
_DISTRICT_UNION_START_RE = lazy(r"^新?[\u4e00-\u9fff]{2,4}[区县](?:总工会|工会)")
# A facility a line ends with, no verb before it (上地街道职工之家 / 成了外卖小哥的“加油站”): a subject
# (not so when quoted after a verb: 副中心新添38个“示范职工之家” / 覆盖职工…).
_FACILITY_END_RE = lazy(r"(?<![“\"])(?:之家|驿站|书屋)$")
# A verb that launches what the next line names (全总启动新就业形态劳动者 / 入会集中行动).
_LAUNCH_RE = lazy(r"启动|开展|举办|部署|组织|签订|签署")
_EVENT_WORDS = "行动|活动|工程|计划|竞赛|大赛|比赛|仪式|合同|协议"
_EVENT_END_RE = lazy(rf"(?:{_EVENT_WORDS})$")
# …开展根治欠薪专项检查 / 护薪在行动: the verb has its object, the line below is a headline.
_ACTION_END_RE = lazy(rf"(?:{_EVENT_WORDS}|检查|培训|调研|会议|服务)$")
# A place ending a line and a count of its people opening the next: one subject (怀柔区雁栖镇 /
# 百名职工志愿者守护雁栖湖).
_PLACE_END_RE = lazy(r"(?:区|县|镇|乡|街道|地区|园|科学城|商圈)$")  # (中关村软件园 / 32家企业工会…)
# An event's edition opening a line (第二届“科技职工运动会”开幕): the place above holds it.
_EDITION_START_RE = lazy(r"第[一二三四五六七八九十\d]{1,3}届")
# A line that makes something act and stops before its verb (别让“隐形加班” / 侵蚀职工休息权).
_LET_WAITS_RE = lazy(r"^(?:别|莫|不要|不能)让[^，,。！？\s]{2,10}$")
# An adverb ending a line, its verb on the next (让服务阵地真正 / “暖”到职工心里).
_ADVERB_END_RE = lazy(r"(?:真正|切实|更加|持续|不断|全面|进一步)$")
# What an amount ending a line may be of, the next line opening with it (市总工会追加2000万元 / 专项资金慰问…).
_FUNDS = ("专项资金", "资金", "经费", "善款", "慰问金", "帮扶资金", "补贴")
# An amount a subject spends (房山区总工会投入86万元 / 为职工购买互助保障).
_AMOUNT_END_RE = lazy(r"\d+(?:\.\d+)?[万亿]?元$")
# A count inside a line of a headline's subject (首都8.6万名职工 / 同台竞技…).
_COUNT_INSIDE_RE = lazy(rf"{_FIGURE}名[\u4e00-\u9fff]{{1,6}}$")
_COUNT_START_RE = lazy(rf"^(?:首批|第[一二三四五六七八九十]+批)?(?:{_FIGURE}(?:名|位|家|份|对|组|个|支)|{_CN_FIGURE}(?:名|位|对|组))")
# A count whose people the next line names (经开区百余名单身 / 青年职工“亦”见倾心).
_COUNT_MOD_END_RE = lazy(rf"(?:{_FIGURE}|{_CN_FIGURE})(?:名|位)[\u4e00-\u9fff]{{1,4}}$")
# ... or the noun after a count cut after its first character (…为37名农 / 民工追回欠薪86万元).
_COUNT_CUT_RE = lazy(rf"(?:{_FIGURE}|{_CN_FIGURE})(?:余|多)?(?:名|位|户)[\u4e00-\u9fff]$")
# ... or the workers' kind (…将为百万户外 / 职工送去清凉礼包).
_PEOPLE_MOD_END_RE = lazy(r"(?:户外|一线|基层|新就业形态|困难|外来|在京)$")
# ... or where they work (中关村科技企业 / 职工“充电”学AI), unless the next line names a place of
# theirs (聚焦民营企业 / 职工之家…).
_EMPLOYER_END_RE = lazy(r"(?:企业|公司|园区|楼宇|行业|系统|商圈|工地)$")
_PEOPLES_PLACES = ("职工之家", "职工书屋", "职工服务", "职工驿站", "职工心灵", "职工活动")
_PEOPLE_START_RE = lazy(r"^(?:青年|女|新|老|一线)?(?:职工|员工|工人|劳动者|骑手|快递员|外卖员|农民工|劳模|工匠|建设者|司机|环卫工)")
# A line that opens with a Beijing district (顺义区新能源汽车, 东城区总工会与天津): the subject of a
# headline, when it holds no verb of its own or ends with the partner it names.
_DISTRICT_START_RE = lazy(r"^(?:东城|西城|朝阳|海淀|丰台|石景山|门头沟|房山|通州|顺义|昌平|大兴(?!调查|土木|学习|之风)|怀柔|平谷|密云|延庆|经开区|亦庄)")
_PARTNER_END_RE = lazy(r"(?:与|和|同)[\u4e00-\u9fff]{2,6}$")
# A line that opens with 让 and ends with the noun it makes act, its verb still to come (让“娘家人”的服务 /
# 跑在职工需求前面).
_LET_OPEN_RE = lazy(r"^让[^，,。\s]{2,12}的[\u4e00-\u9fff]{1,4}$")
# A place's side ending a line (密云水库岸边, 奥森公园里, 大运河畔): where the people the next line
# names act (职工志愿者巡库护水).
_LOCATIVE_END_RE = lazy(r"(?:水库|河|湖|山|公园|园区|园|胡同|街|工地|车间|社区|村|站|场|田)(?:岸边|边|畔|旁|里|内|上|下|前)$")
# A verb done opening a line (上了一堂劳动课, 有了“新家”): a predicate with no subject.
_PERFECTIVE_START_RE = lazy(r"[\u4e00-\u9fff]了")
# An event's name ending a line (丰台区职工技能大赛 / 12个工种同场竞技): the subject of a count after it.
_EVENT_NAME_END_RE = lazy(r"(?:赛|运动会|联赛|比武|活动|试点)$")


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
    rf"(?:{_SUBJECT_WORDS})(?:(?:开展|举办|启动|开设|推出|组织|发布|签署|慰问|看望|走访|表彰|联手|携手|联合|合力){{1,2}}|[：:]"
    rf"|(?:[在为把向对给与同赴来]|携手|联合|走进|来到|深入)[^\s，,。！？]{{1,10}})?$")  # (门头沟区总工会慰问 / 延庆工会携手怀来)
# A line that is its subject alone (顺义区总工会): the first part of a wrapped headline only when
# it is about as long as the line it wraps onto, as the column cut it there; a short one over a
# longer headline is a kicker that names the body (顺义区总工会 / “小哥驿站”开进商圈).
_SUBJECT_ONLY_RE = lazy(rf"(?:{_SUBJECT_WORDS})$")
# A line that opens with its own subject: a headline under its kicker, not the rest of one.
_OWN_SUBJECT_RE = lazy(rf"^([^\s“”‘’，,。！？]{{0,10}}?)(?:{_SUBJECT_WORDS})")
# A line ending with a verb that waits for its object (…联合开展, 顺义区总工会开办): never a whole kicker.
_OPEN_VERB_RE = lazy(r"(?:开展|举办|守护|新建|(?<![促再大新])提升|搭台|调解|迎来|(?<![大同])比拼|联办|启动|开设|开办|推出|组织|发布|"
                     r"签署|部署|(?<!全)覆盖|惠及|走进|来到|送到|送进|成了|成为|"
                     r"建起|办起|搭建|携手|(?:区|镇|乡|街道|地区|社区)建成|开成|变成|办成)$")  # (回龙观地区建成 / 15个…)
# A line ending with a verb that has no object yet, whatever the next line opens with (门头沟区打造 /
# 职工疗休养“京西线路”, 天竺综保区成立 / 外贸企业工会联合会; not …工会联合会成立).
_OBJECT_NEXT_RE = lazy(r"(?:打造|组建|织密|织牢|筑牢|擦亮|架起|搭起|有了|开进|开到|搬进|(?:区|镇|乡|街道|地区|社区|园区)(?:成立|设立))"
                       r"(?:“[^”]{0,6}\d[^”]{0,6}”)?$")  # (朝阳区打造“15分钟” / 职工服务圈: a measure modifies the object)
# Characters no headline opens with, a word's end the column cut off (…新就业形态劳动 / 者专场招聘会).
_WORD_END_FIRST = frozenset("者们的了着得")
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
    r"团|队|站|站点|中心|公司|集团|企业|工地|园区|商圈|学校|医院|科学城|班组|协会|委员会|部门|单位|志愿者|赛|运动会|联盟|人员|"
    r"行动|活动)$")
# A place's or trade's group of people ending a line (台湖镇职工, 交通运输行业职工, 怀柔山区职工):
# the subject of the headline it is the first line of (kickers that end with a group say
# something of it: 礼赞劳动者, 冬奥遗产惠职工, 身边的工匠); a verb and a time that modifies
# its object on the next line (大兴区开展冬季, 全总部署岁末年初, 全总部署开展2025年), or a
# count or modifier still waiting for its noun (…建成首个新就业形态 / 劳动者综合服务站).
_GROUP_END_RE = lazy(r"^[^\s的]{0,10}(?:镇|乡|街道|地区|区|县|市|村|社区|山区|行业|系统|楼宇|园区)[^\s的]{0,8}?"
                     r"(?:职工|工人|员工|劳动者|骑手|小哥|司机|工匠|劳模|农民工|快递员|建设者|从业者|从业人员|工作者|手|员)$")  # (庞各庄镇农机手)
# Verbs a kicker opens with, saying something of the group it ends with (服务楼宇职工, 关爱户外劳动者).
_KICKER_VERBS = ("服务", "关爱", "关注", "聚焦", "助力", "礼赞", "致敬", "守护", "情系", "心系", "走近", "点赞", "温暖")
_MODIFIER_END_RE = lazy(r"(?:开展|部署|启动|举办|组织|发布)(?:冬季|夏季|春季|秋季|高温季节|汛期|岁末年初|岁末|年初|年末|首届|首批|年度"
                        r"|\d{4}年度?|基层|全区|全市)$"
                        r"|(?:首个|首家|首批|首届|新就业形态)$|(?:首个|首家|首批)[\u4e00-\u9fff]{1,4}$")  # (…首家楼宇 / 联合工会成立)
_PREDICATE_RE = lazy(
    r"(?:赴|为|在|向|对|给|与|把|将|从|让|有了|开展|举办|举行|启动|开设|开办|推出|推动|组织|发布|签署|签订|设立|建成|建起|"
    r"打造|慰问|看望|走进|走访|深入|享受|喜领|领到|收到|比拼|新增|新添|召开|部署|成立|组建|共建|揭牌|迎来|获得|荣获|喜获|助力|吸引|升级|再添|进驻|"
    r"携手|联合|探索|实施|完成|实现|开启|开通|上线|亮相|参加|参与|评选|表彰|学习|争当|争做|提升|筑牢|守护|点亮|"
    r"送上|送去|送出|送来|资助|帮扶|覆盖|惠及|出台|织密|织牢|决出|推进|出炉|落地|开幕|闭幕|收官|开赛|启幕|掀起|搭建|架起|擦亮|唱响|"
    r"结对|学起|学会|练起|干起|办起|用起|当起|做起|学做|排查|巡查|检查|巡检|进山|入村|进村|下乡|进企业|进工地|进社区|进楼宇|"
    r"添了|用上|吃上|喝上|住上|走上|登上|送到|送进|同台|开到|开进|搬进|落户|获|可|将获|能享|扎根|服务|成了|成为|用|帮|讨回|追回|挽回|"
    r"调解|化解|考察|交流)")
# Longest column label over a headline (最美职工, 劳模风采, 身边榜样).
MAX_COLUMN_LABEL_CHARS = 4
# A line with no subject of its own, only a time and a predicate (今年首次向新就业群体开放): the rest
# of a subject's line with no verb (本市职工疗休养 / 今年首次向…).
_SUBJECTLESS_START_RE = lazy(rf"(?:今年|明年|年内|首次|首度|再次|正式|率先|暑假|寒假|春节|假期|节前|周末)+(?:将|已|又|再)?"
                             rf"(?:聚焦|来京|进京|返京|{_PREDICATE_RE.pattern})")
# A verb and its result opening a line (比出“林海卫士”真本领, 赛出风采): a predicate with no subject.
_RESULT_START_RE = lazy(r"[比赛跑唱练干拼晒秀展闯]出")
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
    if len(parts) > 1 and len(parts[-1]) == 1 and "\u4e00" <= nxt[0] <= "\u9fff" \
            or line[-1] in "”\"" and nxt[0].isascii() and nxt[0].isalpha():
        return True  # …服务工作　织 / 密基层服务网络: a word cut; “北京工会12351” / APP上线…: a name goes on
    if line[-1] in _WRAP_END or nxt.startswith(_GOES_ON) or _COUNT_END_RE.search(line) or _INSIDE_PLACE_RE.match(line) \
            or line[-1].isdigit() and _MEASURE_START_RE.match(nxt) or _PLACE_ONLY_RE.match(line) \
            or _EVENT_END_RE.search(nxt) and _LAUNCH_RE.search(line) and not _LAUNCH_RE.search(nxt) \
            and not _ACTION_END_RE.search(line) \
            or _AND_COUNT_RE.match(nxt) or _FRAME_ONLY_RE.match(line) \
            or (_PLACE_END_RE.search(line) or _EVENT_NAME_END_RE.search(line)) and _COUNT_START_RE.match(nxt) \
            or _OBJECT_NEXT_RE.search(line) or line[-1] == "在" and _OPEN_AT_RE.search(line) \
            or nxt[0] in _WORD_END_FIRST \
            or (_COUNT_MOD_END_RE.search(line) or _PEOPLE_MOD_END_RE.search(line)) and _PEOPLE_START_RE.match(nxt) \
            or _COUNT_CUT_RE.search(line) and "\u4e00" <= nxt[0] <= "\u9fff" \
            or _EMPLOYER_END_RE.search(line) and _PEOPLE_START_RE.match(nxt) and not _PREDICATE_RE.search(line) \
            and not nxt.startswith(_PEOPLES_PLACES) \
            or _LET_OPEN_RE.match(line) \
            or _LOCATIVE_END_RE.search(line) and _people_or_count_start(nxt) \
            or _MODIFIER_END_RE.search(line) and " " not in line \
            or _ADVERB_END_RE.search(line) and " " not in line \
            or nxt[0] in "和及与" and "、" in line and line[-1] not in "”\"" \
            or _AMOUNT_END_RE.search(line) and nxt.startswith(_FUNDS) \
            or _PLACE_END_RE.search(line) and not _PREDICATE_RE.search(line) and (
                _EDITION_START_RE.match(nxt) or _PEOPLE_START_RE.match(nxt)) \
            or _LET_WAITS_RE.match(line) and not _PREDICATE_RE.search(line, 2) \
            or _SUBJECTLESS_START_RE.match(nxt) and " " not in line and not _PREDICATE_RE.search(line) \
            or _DISTRICT_START_RE.match(line) and " " not in line and (
                _PARTNER_END_RE.search(line) or not line.endswith("”") and _OWN_SUBJECT_RE.match(line) is None
                and not any(len(verb.group()) > 1 for verb in _PREDICATE_RE.finditer(line))
                and any(len(verb.group()) > 1 for verb in _PREDICATE_RE.finditer(nxt))):
        # (顺义区新能源汽车 / 职工技能大赛开赛, 东城区总工会与天津 / 和平区总工会签署协作协议; not a clause
        # of its own: 朝阳区总工会送“健康礼包” / 300名环卫职工享受免费体检, 顺义区总工会 / “小哥驿站”开进商圈)
        return True
    if any(line.count(o) > line.count(c) and nxt.count(c) > nxt.count(o) for o, c in _PAIRED_MARKS):
        return True
    if (_PLACE_QUOTED_RE.match(line) or (group := _GROUP_QUOTED_RE.match(line)) and not (
            _PREDICATE_RE.search(group.group(1)) or line.startswith(_KICKER_VERBS))) \
            and not _DISTRICT_UNION_START_RE.match(nxt):
        # 经开区“工匠学院” / 首批312名学员结业: a place's named thing, the subject (not over a
        # headline opening with a district's union: 两区工会“合二为一” / 新东城区总工会挂牌成立)
        return True
    if " " in line or "\u3000" in line or (own := _OWN_SUBJECT_RE.match(nxt)) and not _PREDICATE_RE.match(nxt) and not (
            (verb := _PREDICATE_RE.search(own.group(1))) and len(verb.group()) > 1):
        # (…区法院 / 设立…工作室, 宣武区非公企业职工 / 持卡享受工会服务: a verb before the organisation,
        # no subject)
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
            or _AMOUNT_END_RE.search(line) or _FACILITY_END_RE.search(line) and not _PREDICATE_RE.search(line)
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


def _subject_over_predicate(line: str, nxt: str) -> bool:
    """Is ``line`` a district's subject with no verb (密云区2000余名生态护林员) and ``nxt`` its predicate
    (领到防暑“大礼包”)?"""
    return _DISTRICT_START_RE.match(line) is not None and " " not in line and _PREDICATE_RE.search(line) is None \
        and _PREDICATE_RE.match(nxt) is not None


# 服务 in a service's name, a noun (12351职工服务热线, 职工服务中心), not the verb _PREDICATE_RE reads.
_SERVICE_NOUN_RE = lazy(r"服务(?=热线|中心|站|队|平台|专区)")


def _subject_over_its_predicate(line: str, nxt: str) -> bool:
    """Are two marked lines a subject with no verb (首都职工“安康杯”竞赛, 延庆护林员技能比武) over a
    predicate with no subject (今年聚焦新就业形态劳动者, 比出“林海卫士”真本领): one headline? (A
    marked kicker over a headline has its verb, or the headline its own subject: ## 高温下的“娘家人” /
    ## 大兴区总工会为一线职工送去清凉.)"""
    return " " not in line and " " not in nxt and line[-1] not in "：:”" \
        and _PREDICATE_RE.search(_SERVICE_NOUN_RE.sub("", line)) is None \
        and (_PREDICATE_RE.match(nxt) is not None or _SUBJECTLESS_START_RE.match(nxt) is not None
             or _RESULT_START_RE.match(nxt) is not None
             # (中关村软件园200余名程序员 / 组队挑战“码上健身”: a counted group, then what it does)
             or _COUNT_MOD_END_RE.search(line) is not None and _OWN_SUBJECT_RE.match(nxt) is None
             and _PEOPLE_START_RE.match(nxt) is None and _COUNT_START_RE.match(nxt) is None)


def _goes_on_past_blank(line: str, nxt: str) -> bool:
    """Is ``line`` a headline's first part that no kicker could be, so that ``nxt`` goes on with it
    even a blank line below: a district's subject over its predicate, a verb or preposition
    waiting for its object (怀柔区雁栖镇总工会组织 / 职工走进怀柔科学城, 平谷区金海湖镇总工会走进 /
    大桃产业园…), or a place's side over the people there (奥森公园里 / 职工健步走迎秋)?"""
    if " " in line:
        return False
    if _subject_over_predicate(line, nxt) or _OPEN_VERB_RE.search(line) is not None \
            or _OPEN_SUBJECT_RE.search(line) is not None and _SUBJECT_ONLY_RE.search(line) is None \
            or _LOCATIVE_END_RE.search(line) is not None and _people_or_count_start(nxt):
        return True
    # a body or a count of people with no verb over its predicate (永乐店镇总工会 / 为农业合作社职工…,
    # 万余名建设者 / 喝上“解暑汤”…), or a place over its people or its event's edition (怀柔科学城 /
    # 职工创新工作室联盟成立, 中关村科学城 / 第二届“科技职工运动会”开幕)
    bare = _PREDICATE_RE.search(line) is None
    return bare and ((_SUBJECT_ONLY_RE.search(line) is not None or _COUNT_START_RE.match(line) is not None)
                     and _PREDICATE_RE.match(nxt) is not None
                     or _PLACE_END_RE.search(line) is not None
                     and (_PEOPLE_START_RE.match(nxt) is not None or _EDITION_START_RE.match(nxt) is not None))


def _people_or_count_start(line: str) -> bool:
    """Does the line open with people or a count of them (职工志愿者…, 百名职工…), or with a verb done and
    no subject (上了一堂劳动课): what a place's side (京西稻田里) is the setting of?"""
    return _PEOPLE_START_RE.match(line) is not None or _COUNT_START_RE.match(line) is not None \
        or _PERFECTIVE_START_RE.match(line) is not None


def _unwrap(lines: list[Token]) -> list[Token]:
    """A run of bare headline lines with each wrapped headline set on one line again."""
    out = [lines[0]]
    for t in lines[1:]:
        prev = out[-1]
        if (t.gap == 0 or t.gap == 1 and _goes_on_past_blank(prev.text, t.text)) and _joins(prev.text, t.text):
            # a wrapped headline's lines are set tight (but on a page that sets a blank line between all
            # its lines, a first line no kicker could be: 东城区总工会 / 为环卫工人送清凉, see _goes_on_past_blank)
            out[-1] = Token(prev.kind, prev.text + t.text, prev.line, prev.gap)
        else:
            out.append(t)
    return out


# The date a site's list of stories prints after each title, set off by spaces or brackets.
_LISTED_DATE_RE = lazy(r"(?:[ \u3000]{2,}|[ \u3000]*[(（\[【])(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[)）\]】]?$")
_CIRCLED_NUMBERS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳❶❷❸❹❺❻❼❽❾❿")


def _headline_text(text: str) -> str:
    """A headline without the bullet or item number before it (■夜班暖餐, ① 市总工会…), the
    brackets around it (【凌晨四点的“菜篮子”守护者】), a site's date after it, a full stop typed
    after it, or the spaces of letter-spacing (书 香 进 工 地)."""
    text = text.lstrip(BULLETS) or text
    if text[0] in _CIRCLED_NUMBERS and len(text) > 2:
        text = text[1:].lstrip(" \u3000")  # ① 市总工会启动…: an item of a post's digest
    if text[0] == "【" and text[-1] == "】" and "】" not in text[1:-1] and len(text) > 2:
        text = text[1:-1].strip(" \u3000") or text
    if (text[0].isdigit() or text[0] in _CN_NUMERALS or text[0] in "【[") and (number := _LIST_NUMBER_RE.match(text)):
        text = text[number.end():]  # 1. 王府井商圈职工有了“午间课堂” of a numbered export, 四、… of a bulletin
    if (text[-1].isdigit() or text[-1] in "日)）]】") and (dated := _LISTED_DATE_RE.search(text)) and dated.start():
        text = text[:dated.start()]  # 学院路街道职工趣味运动会开赛  2024-05-16: a site's list of stories
    if text.endswith("。") and len(text) > 1 and not text.endswith("。”"):
        text = text[:-1]
    if " " in text and _LETTER_SPACED_RE.match(text):
        text = text.replace(" ", "")
    return text
# A headline or word set letter-spaced: single Han characters between single spaces.
_LETTER_SPACED_RE = lazy(r"^(?:[\u4e00-\u9fff] )+[\u4e00-\u9fff]$")
# Byline words set letter-spaced (本 报 讯, 记 者, 通 讯 员).
_SPACED_BYLINE_WORD_RE = lazy(r"本 ?报 ?讯|实 习 记 者|记 者|通 讯 员|实 习 生")


# A subtitle set on its headline's line after a space (…进山村 ——斋堂镇首批20个流动书箱投用).
_INLINE_SUBTITLE_RE = lazy(r"^(\S.{3,}?)[ \u3000]+(——\S.*)$")
# A series' label printed over a headline (2025北京职工文化节系列报道之三): a kicker line.
_SERIES_LABEL_RE = lazy(r".*(?:系列报道|特别报道|专题报道|系列|巡礼|纪实)(?:之[一二三四五六七八九十\d]+)?$|.*之[一二三四五六七八九十]+$"
                       r"|^第[一二三四五六七八九十\d]{1,3}篇$")  # 第一篇 of a compilation


def _shape_headline(run: list[Token]) -> tuple[list[Token], Token, list[Token]]:
    """Split a run of bare lines into kicker lines, the headline and subtitle lines."""
    subtitle: list[Token] = []
    labelled = [t for t in run if t.kicker]
    if labelled and len(labelled) < len(run):  # (5. 青云店镇…送上“开学礼包” / 引题：迎接新学期)
        run = [t for t in run if not t.kicker]
    else:
        labelled = []
    lines = _unwrap(run) if len(run) > 1 else list(run)
    dash = next((k for k in range(1, len(lines) - 1) if lines[k].text.startswith(DASH_START)), None)
    if dash is not None and not any(t.text.startswith(DASH_START) for t in lines[dash + 1:]):
        # ——通州区总工会推出服务户外 / 劳动者十项举措: a subtitle the column wrapped (no headline
        # follows its subtitle)
        first = lines[dash]
        lines[dash:] = [Token(first.kind, "".join(t.text for t in lines[dash:]), first.line, first.gap)]
    while len(lines) > 1 and lines[-1].text.startswith(DASH_START):
        subtitle.insert(0, lines.pop())
    if len(lines) == 3 and not subtitle and lines[1].gap == 0 and lines[2].gap >= 1 \
            and not _SERIES_LABEL_RE.match(lines[1].text):
        # 聚焦集成电路、生物医药等重点 / 产业链　推出… / / 经开区总工会启动“亦企工匠”培育计划: two lines
        # set tight (that ``_unwrap`` left apart), one kicker a column wrapped, then the headline set apart
        first, second = lines[0], lines[1]
        lines[:2] = [Token(first.kind, first.text + second.text, first.line, first.gap)]
    if len(lines) >= 3 and not subtitle and not _SERIES_LABEL_RE.match(lines[-2].text):
        # kicker / headline / subtitle, the layout of a feature story (but for a series'
        # label over its headline: 庆祝…100周年 / …系列报道之三 / 千名职工同唱一首歌)
        subtitle = [lines.pop()]
    title = lines.pop()
    return labelled + lines, title, subtitle


def _to_body(cur: _Draft | None, toks: list[Token], banner: list[str]) -> None:
    """Lines left over above a headline: the previous story's last lines, or page furniture."""
    for t in toks:
        if cur is None:
            banner.append(t.text)
        else:
            cur.body.append(t)
            cur.last_line = t.line

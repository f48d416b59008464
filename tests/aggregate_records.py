"""Hand-built extracted records for the stats/export tests: exact control over every field."""

from __future__ import annotations

import json

from ghcli.models import Article


def q(value, unit, what, kind, approx=False):
    text = f"{value}{'余' if approx else ''}{unit}{what}"
    return {"value": value, "unit": unit, "what": what, "kind": kind, "approx": approx, "text": text}


def town(name, district):
    return {"name": name, "form": name, "district": district}


def org(name, kind="union"):
    return {"name": name, "form": name, "kind": kind}


def art(issue, index, date, district, *, kind="article", towns=(), places=(), orgs=(), people=(),
        quantities=(), topics=(), reporters=(), title=None) -> Article:
    a = Article(
        issue=issue, index=index, id=f"{issue.rsplit('.', 1)[0]}#{index}", kind=kind, issue_date=date,
        title=title or f"{issue} story {index}", reporters=list(reporters), text="正文。", chars=3, lines=[index, index + 2],
        district=district,
        districts=[{"name": district, "count": 2}] if district else [],
        towns=list(towns), places=list(places), orgs=list(orgs), people=list(people),
        quantities=list(quantities), topics=list(topics),
    )
    a.extracted = True
    return a


def records() -> list[Article]:
    return [
        art("a.txt", 1, "2023-07-03", "海淀区",
            towns=[town("学院路街道", "海淀区"), town("上地街道", "海淀区")],
            orgs=[org("海淀区总工会")],
            people=[{"name": "张三", "roles": ["主席", "副区长"], "orgs": ["海淀区总工会"]}],
            quantities=[q(1200, "份", "防暑降温物品", "material"), q(600, "名", "职工", "participants", True),
                        q(30000, "元", "资金", "money")],
            topics=["送清凉"], reporters=["孙艳"]),
        art("a.txt", 2, "2023-07-03", "朝阳区",
            towns=[town("望京街道", "朝阳区")], orgs=[org("望京街道总工会"), org("北京某科技有限公司", "company")],
            quantities=[q(80, "名", "职工", "participants"), q(6000, "元", "奖金", "money"), q(12, "家", "企业", "other")],
            topics=["劳动竞赛"], reporters=["刘欣欣"]),
        art("a.txt", 3, "2023-07-03", None, kind="photo",
            places=[{"name": "杂多县", "province": "青海省", "city": "玉树藏族自治州", "county": "杂多县"}],
            orgs=[org("市总工会")], quantities=[q(2000, "册", "图书", "material")], reporters=["崔欣"]),
        art("b.txt", 1, "2023-08-25", "海淀区",
            towns=[town("学院路街道", "海淀区"), town("学院路街道", "海淀区")],
            quantities=[q(50, "名", "职工", "participants", True)],
            topics=["送清凉", "健康"], reporters=["孙艳", "崔欣"]),
        art("b.txt", 2, "2023-08-25", "大兴区",
            towns=[town("青云店镇", "大兴区"), town("采育镇", "大兴区")],
            people=[{"name": "李四", "roles": [], "orgs": []}],
            quantities=[q(400, "名", "户外劳动者", "participants", True), q(50000, "元", "慰问资金", "money")],
            topics=["送清凉"], reporters=["孙艳"]),
        art("c.txt", 1, None, "通州区",
            towns=[town("潞城镇", "通州区")], quantities=[q(90, "名", "职工", "participants")],
            topics=["文体活动"], reporters=["周美玉"]),
    ]


def jsonl(recs=None) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in (recs or records()))

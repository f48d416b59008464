#!/usr/bin/env python3
"""Build ``ghcli/data/divisions.tsv`` from the official division tables.

Source: modood/Administrative-divisions-of-China, files dist/*.csv (provinces, cities,
areas, streets), data as of 2022-10-31, licence WTFPL.  A copy lives in
/work/shared/data/china-divisions/; pass another directory as the first argument.

Output rows (tab-separated, ``#`` lines are comments)::

    code  level  name  parent  district  alias  short

code      statistical division code (2/4/6/9 digits); empty for blocked words
level     province | city | county | town | zone | block
          (zone = a township-level statistical unit that is not a township
          government: development zones, the airport...; block = see below)
name      official name (block rows: the blocked word)
parent    code of the parent unit (counties of municipalities hang off the province)
district  Beijing rows only: the Beijing unit (one of the 16 districts or
          北京经济技术开发区) the row belongs to
alias     comma-separated suffixed variants valid everywhere, generated from the name:
          Beijing townships under their former suffixes (花乡街道 -> 花乡地区, 花乡乡;
          西红门地区 -> 西红门镇, 西红门乡),
          autonomous prefectures/counties/banners without the ethnic part
          (玉树藏族自治州 -> 玉树州, 大通回族土族自治县 -> 大通县)
short     bare short form (suffix stripped: 海淀区 -> 海淀, 和平街街道 -> 和平街, 承德市 -> 承德):
          Beijing's districts and townships, and prefectures elsewhere (county stems
          elsewhere are too often words: 新建, 平原); only when jieba's dictionary does not
          know the short form as an ordinary word (it files many places elsewhere under
          name tags: 张家口 nr, 拉萨 nrt) and no other province has a unit of that stem

Block rows are words from jieba's bundled dictionary that contain a short form but are
not that place (朝阳产业, 密云不雨, 三明治, person names like 张朝阳), and townships
elsewhere whose names end in a Beijing township's (大平房镇 in 辽宁 holds 平房镇); at match
time a form lying inside a blocked word is ignored.  jieba is used only here, at build time.

Usage: python tools/build_gazetteer.py [DIVISIONS_DIR] [OUT_TSV]
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import jieba

DEFAULT_SRC = Path("/work/shared/data/china-divisions")
DATA_DIR = Path(__file__).resolve().parent.parent / "ghcli" / "data"
DEFAULT_OUT = DATA_DIR / "divisions.tsv"
ALIASES = DATA_DIR / "aliases.tsv"  # hand-kept; its short forms join the jieba scan

BEIJING = "11"
BEIJING_DEV_ZONE = "北京经济技术开发区"  # listed as a Daxing township row; a Beijing unit of its own

# Placeholder prefecture rows of municipalities and of directly administered counties.
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Suffixes of township governments; other Beijing township rows are zones.
TOWN_SUFFIXES = ("街道", "地区", "镇", "乡")

# The 56 ethnic groups, as they appear inside autonomous-area names.
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_ETHNIC_ALT = "|".join(sorted(ETHNIC, key=len, reverse=True))
# 玉树藏族自治州 -> (玉树, 州); 巴音郭楞蒙古自治州 -> (巴音郭楞, 州); 大通回族土族自治县 -> (大通, 县)
AUTONOMOUS_RE = re.compile(rf"^(.{{2,}}?)(?:(?:{_ETHNIC_ALT})族?)+自治(州|县|旗)$")

# Suffixes stripped to get a bare short form (longest first).
SHORT_SUFFIXES = ("回族乡", "满族乡", "街道", "地区", "新区", "林区", "特区", "区", "县", "市", "旗", "镇", "乡")

# Shortest bare township name generated automatically; shorter ones are too often words.
MIN_TOWN_SHORT = 3
# Endings of names that carry their own administrative suffix (not bare short forms).
ADMIN_ENDINGS = ("省", "市", "区", "县", "州", "旗", "盟", "镇", "乡", "街道", "地区")

# jieba parts of speech that mark a place; other words are ordinary words.
PLACE_POS = ("ns",)

# A dictionary word that starts with a Beijing short form and ends in one of these is a
# Beijing landmark (朝阳医院, 密云水库, 八达岭长城), not a trap.
LANDMARK_TAILS = ("路", "街", "桥", "站", "园", "院", "水库", "队", "区", "县", "村", "大学", "中学", "小学",
                  "公园", "广场", "大厦", "商场", "书店", "机场", "长城", "公墓", "公路", "办事处")
# jieba tags of names, under which its dictionary files many places (张家口 nr, 拉萨 nrt).
NAME_POS = ("nr", "nrt", "nz")
ABBREVIATION_POS = ("j",)
# jieba tag of organisation names (海淀法院, 朝阳区教委).
INSTITUTION_POS = ("nt",)
# Names of functional zones; their bare stem would be meaningless (呼和浩特经济技术开发).
ZONE_MARKERS = ("开发区", "园区", "合作区", "示范区", "实验区", "基地", "机场")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def bare(name: str) -> str:
    """Name without its administrative suffix (empty when nothing sensible remains)."""
    m = AUTONOMOUS_RE.match(name)
    if m:
        return m.group(1)
    for suf in SHORT_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return ""


def load_jieba_dict() -> dict[str, str]:
    """word -> part of speech, from jieba's bundled dictionary file."""
    path = Path(jieba.__file__).with_name("dict.txt")
    words: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _freq, pos = line.split()
            words[word] = pos
    return words


def read_aliases(path: Path) -> dict[str, tuple[str, str]]:
    """form -> (kind, target) from the hand-kept aliases.tsv."""
    entries: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                form, kind, target = line.rstrip("\n").split("\t")[:3]
                entries[form] = (kind, target)
    return entries


def main(src: Path, out: Path) -> None:
    provinces = read_csv(src / "provinces.csv")
    cities = read_csv(src / "cities.csv")
    areas = read_csv(src / "areas.csv")
    all_streets = read_csv(src / "streets.csv")
    streets = [r for r in all_streets if r["provinceCode"] == BEIJING]
    jwords = load_jieba_dict()

    rows: list[dict[str, str]] = []
    city_name: dict[str, str] = {}
    for p in provinces:
        rows.append(dict(code=p["code"], level="province", name=p["name"], parent="", district=""))
    for c in cities:
        if c["name"] in PLACEHOLDER_CITIES:
            continue
        city_name[c["code"]] = c["name"]
        rows.append(dict(code=c["code"], level="city", name=c["name"], parent=c["provinceCode"], district=""))
    for a in areas:
        parent = a["cityCode"] if a["cityCode"] in city_name else a["provinceCode"]
        if city_name.get(parent) == a["name"]:
            continue  # 东莞市 etc.: prefecture without counties, listed again as a county
        district = a["name"] if a["provinceCode"] == BEIJING else ""
        rows.append(dict(code=a["code"], level="county", name=a["name"], parent=parent, district=district))
    beijing_districts = {a["code"]: a["name"] for a in areas if a["provinceCode"] == BEIJING}
    for s in streets:
        if s["name"] == BEIJING_DEV_ZONE:
            rows.append(dict(code=s["code"], level="zone", name=s["name"], parent=BEIJING, district=s["name"]))
            continue
        level = "town" if s["name"].endswith(TOWN_SUFFIXES) else "zone"
        rows.append(dict(code=s["code"], level=level, name=s["name"], parent=s["areaCode"],
                         district=beijing_districts[s["areaCode"]]))

    official = {r["name"] for r in rows}

    # Generated suffixed aliases, valid everywhere.  A Beijing township is printed with the
    # suffixes it had before (花乡街道 was 花乡地区 and 花乡乡; 西红门地区 is also 西红门镇):
    # every sibling suffix of its stem, unless that is another unit's official name or the
    # variant of two units.
    generated: dict[str, list] = {}
    for r in rows:
        aliases = []
        m = AUTONOMOUS_RE.match(r["name"])
        if m:
            aliases.append(m.group(1) + m.group(2))
        if r["level"] == "town" and r.get("district"):
            own = next(suf for suf in TOWN_SUFFIXES if r["name"].endswith(suf))
            stem = r["name"][: -len(own)]
            if len(stem) >= 2:
                aliases += [stem + suf for suf in TOWN_SUFFIXES if suf != own]
        r["alias"] = [a for a in aliases if a not in official]
        for a in r["alias"]:
            generated.setdefault(a, []).append(r)
    for r in rows:
        r["alias"] = ",".join(a for a in r["alias"] if len(generated[a]) == 1)

    # Bare short forms.  Township shorts need MIN_TOWN_SHORT characters (two-character
    # ones such as 望京 are hand-listed in aliases.tsv).  A short is dropped when jieba
    # knows it as an ordinary word, when it is listed in aliases.tsv, when it is the bare
    # stem of a unit outside the unit's province (清河 -> 清河县, 高碑店 -> 高碑店市), or
    # when two units of one province share it (八里庄街道 in 朝阳区 and in 海淀区; the
    # county keeps 丰台 over 丰台街道).
    listed = read_aliases(ALIASES)
    level_rank = {"city": 0, "county": 1, "town": 2}
    for r in rows:
        zone_like = any(m in r["name"] for m in ZONE_MARKERS)
        short = bare(r["name"]) if r["level"] in level_rank and not zone_like else ""
        if r["level"] == "town" and len(short) < MIN_TOWN_SHORT:
            short = ""
        # jieba tags many places as names (张家口 nr, 拉萨 nrt, 和田 nz, 马驹桥 nr, 潘家园 nr) or
        # abbreviations (十三陵 j): those tags are no ordinary words either.
        place_pos = PLACE_POS + NAME_POS + ABBREVIATION_POS
        # A short listed as ``context`` stays (read only after its province: 陕西安康).
        hand_listed = short in listed and listed[short][0] != "context"
        if short and (jwords.get(short, "ns") not in place_pos or hand_listed or short in official):
            short = ""
        if not r["code"].startswith(BEIJING) and r["level"] != "city":
            # Elsewhere only prefectures are read bare (承德, 张家口, 玉树): county stems are
            # too often words (新建, 平原, 新安); they count after their province or prefecture.
            short = ""
        r["short"] = short
    stem_owners: dict[str, set[str]] = {}
    for r in rows:
        stem = bare(r["name"]) or r["name"][:-1]  # 河北省 -> 河北 (bare keeps two-char stems only)
        stem_owners.setdefault(stem, set()).add(r["code"][:2])
    by_province: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        if r["short"]:
            by_province.setdefault((r["code"][:2], r["short"]), []).append(r)
    for (prov, short), owners in by_province.items():
        owners.sort(key=lambda r: level_rank[r["level"]])
        keep = owners[0] if len(owners) == 1 or level_rank[owners[0]["level"]] < level_rank[owners[1]["level"]] else None
        for r in owners:
            if r is not keep or stem_owners[short] - {prov}:
                r["short"] = ""

    # Blocked words: jieba words containing a short form that are not that place (short
    # forms of units elsewhere are matched too: 承德, 杂多, 张家口).
    # Kept (not blocked): words holding a longer Beijing name (北京市东城区少年宫, 石景山路),
    # and words that start with the short form (or 北京 + it) when they are an institution
    # (jieba tag nt: 海淀法院) or end in a landmark tail (朝阳医院, 密云水库, 八达岭长城).
    # Blocked: the short form inside a name or idiom (张朝阳, 丹凤朝阳, 无力回天) and
    # other words that start with it (大兴安岭, 大兴土木, 朝阳产业, 朝阳门, 天竺鼠).
    beijing_local = {r["name"] for r in rows if r["district"]} | {r["code"] for r in rows if r["district"]}
    beijing_local |= {form for form, (kind, _t) in listed.items() if kind in ("area", "zone")}
    listed_local = {form for form, (kind, target) in listed.items() if kind != "block" and target in beijing_local}
    beijing_shorts = {r["short"] for r in rows if r["short"]}
    beijing_shorts |= {form for form in listed_local if not form.endswith(ADMIN_ENDINGS)}
    beijing_keys = beijing_shorts | listed_local | {r["name"] for r in rows if r["district"]} | {
        a for r in rows if r["district"] for a in r["alias"].split(",") if a}
    all_keys = beijing_keys | official | set(listed)
    beijing_town_keys = {r["name"] for r in rows if r["district"] and r["level"] in ("town", "zone")} | {
        a for r in rows if r["district"] and r["level"] in ("town", "zone") for a in r["alias"].split(",") if a}
    blocks: set[str] = set()
    shorts_in_order = sorted(beijing_shorts, key=lambda s: (-len(s), s))  # a deterministic build
    for word, pos in jwords.items():
        if word in all_keys:
            continue
        for s in shorts_in_order:
            if s not in word:
                continue
            if any(len(k) > len(s) and k in word for k in beijing_keys):
                break
            head = s if word.startswith(s) else "北京" + s if word.startswith("北京" + s) else None
            if head is not None and (pos in INSTITUTION_POS or word == head or word[len(head):].endswith(LANDMARK_TAILS)):
                break
            blocks.add(word)
            break

    # Townships elsewhere whose names end in a Beijing township's (辽宁 龙城区 大平房镇 holds
    # 平房镇, 内蒙古 元宝山镇 holds 宝山镇): read whole, they are no Beijing township. Those that
    # start with the Beijing name (新华街道办事处) are the Beijing unit and a longer word.
    for r in all_streets:
        name = r["name"]
        if r["provinceCode"] == BEIJING or name in all_keys:
            continue
        if any(name.endswith(k) and len(name) > len(k) and not name.startswith(k) for k in beijing_town_keys):
            blocks.add(name)

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# China administrative divisions used by ghcli.gazetteer (generated by tools/build_gazetteer.py).\n"
            "# Source: modood/Administrative-divisions-of-China, dist/*.csv, data as of 2022-10-31, licence WTFPL.\n"
            "# All provinces, prefectures and counties; Beijing's township-level units; block rows are\n"
            "# jieba dictionary words that contain a short form but are not places there, and townships\n"
            "# elsewhere whose names end in a Beijing township's.\n"
            "# Columns: code level name parent district alias short (see the script's docstring).\n"
        )
        fh.write("code\tlevel\tname\tparent\tdistrict\talias\tshort\n")
        for r in rows:
            fh.write("\t".join((r["code"], r["level"], r["name"], r["parent"], r["district"], r["alias"], r["short"])) + "\n")
        for word in sorted(blocks):
            fh.write(f"\tblock\t{word}\t\t\t\t\n")
    print(f"wrote {out}: {len(rows)} divisions, {len(blocks)} blocked words", file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]) if args else DEFAULT_SRC, Path(args[1]) if len(args) > 1 else DEFAULT_OUT)

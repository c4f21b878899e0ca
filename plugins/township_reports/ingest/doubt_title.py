"""Second looks at the headline ingest chose (or devised): reasons to put it on the review list.

See doubts.py for why these exist and how a check earns its place. Each check looks at
the finished title and the page around it the way a curator would at a glance, never at
the rules that chose it: a headline-shaped line over the date line that is not the
title, a title holding a byline, a dateline, a web address or a site's name, a devised
title on a page that seems to print one. They only flag; they never change the title.
Vocabularies and thresholds: ``data/doubt_title.yaml``; what each caught and doubted on
real pages: tests/corpus/PATTERNS.md, "Second looks at the headline (dt)".
"""

from __future__ import annotations

import functools
import re
import unicodedata

import yaml

from . import DATA, squeeze
from .doubt_body import spam_ad
from .field_rules import ROLE_WORD_OPENINGS
from .headline import bigrams
from .page import han_count


@functools.cache
def vocabulary() -> dict:
    """The checks' data file, compiled once."""
    data = yaml.safe_load((DATA / "doubt_title.yaml").read_text(encoding="utf-8"))
    byline = data["byline_in_title"]  # 记者 before ROLE_WORD_OPENINGS is no credit: one list
    data["byline_in_title"] = byline.replace("{role_word_openings}", ROLE_WORD_OPENINGS)
    for key in ("byline_in_title", "dateline_in_title", "address_in_title", "garbled_title"):
        data[key] = re.compile(data[key])
    data["meta_line"]["pattern"] = re.compile(data["meta_line"]["pattern"])
    data["headline_shape"]["not_headline"] = re.compile(data["headline_shape"]["not_headline"])
    data["glued_meta"]["labels"] = re.compile(data["glued_meta"]["labels"])
    dash = data["seam_dash"]
    data["seam_dash"] = re.compile(f"^(?:{dash})|(?:{dash})$")
    for key in (
        "series_tag",
        "not_devised_headline",
        "trailing_date",
        "dateline_end",
        "page_number",
    ):
        data[key] = re.compile(data[key])
    return data


def flat(text: str) -> str:
    """Text as compared: NFKC (full- and half-width alike), no whitespace.

    >>> flat(" 沙河镇：党建 引领 ")
    '沙河镇:党建引领'
    """
    return squeeze(unicodedata.normalize("NFKC", text or ""))


def is_meta_line(line: str) -> bool:
    """A page's date or source line, the line a headline usually stands right above.

    >>> is_meta_line("2023-05-22 09:18:26    来源：大庆让胡路")
    True
    >>> is_meta_line("喇嘛甸镇前进村 “爱心超市”凭分换物")
    False
    """
    rule = vocabulary()["meta_line"]
    text = flat(line)
    return bool(text) and len(text) <= rule["max_length"] and bool(rule["pattern"].search(text))


def headline_shaped(line: str) -> bool:
    """Whether a line looks like a headline: a phrase, mostly Chinese, no sentence, no furniture.

    Names, outlets, bylines, spam banners and navigation are the lines that sit where a
    headline sits without being one; a clause stop makes a sentence (a lede or caption).

    >>> headline_shaped("【百乡千村行·面孔】走进屏南棠口:古韵水乡的特色时光")
    True
    >>> headline_shaped("齐齐哈尔日报"), headline_shaped("沈雨桐 吴建锋"), headline_shaped("屏南县棠口镇，")
    (False, False, False)
    """
    shape = vocabulary()["headline_shape"]
    text = flat(line)
    han = han_count(text)
    if han < shape["min_han"] or len(text) > shape["max_length"]:
        return False
    if han / len(text) < shape["min_han_share"] or re.search(r"[。！？；，,]", text):
        return False
    if shape["not_headline"].search(text) or is_meta_line(line) or text.endswith(":"):
        return False
    tokens = line.split()
    short = shape["name_token_length"]
    return not (
        len(tokens) > 1 and any(1 < han_count(t) <= short and len(t) <= short + 1 for t in tokens)
    )


def shared(line: str, body: str) -> float:
    """The share of a line's character pairs (Chinese only) that the body also has.

    >>> shared("沙河镇开会", "沙河镇党委召开会议")
    0.75
    """
    pairs = bigrams(flat(line))
    return sum(pair in body for pair in pairs) / len(pairs) if pairs else 0.0


def related(line: str, title: str) -> bool:
    """Whether one holds the other (a headline printed with or without its tag or subtitle).

    >>> related("【乡镇书记访谈】白马镇：组织振兴", "白马镇：组织振兴")
    True
    """
    a, b = flat(line), flat(title)
    return bool(a) and bool(b) and (a in b or b in a)


def headline_above_meta(above_body: list[str], title: str, devised: bool, body: str) -> str | None:
    """The headline-shaped line standing right over the page's date or source line, when
    the title is another line (or devised).

    On most templates the headline sits directly above its date / 来源 line; when ingest
    took a line further down (a caption, a profile card's label, a section heading) or
    devised a title, that line is what a curator would read as the headline.

    >>> page = ["您的位置：首页>热点推荐 >", "喇嘛甸镇前进村 “爱心超市”凭分换物",
    ...         "2023-05-22 09:18:26    来源：大庆让胡路", "前进村的“爱心超市”"]
    >>> headline_above_meta(page, "前进村的“爱心超市”", False, "让胡路区喇嘛甸镇前进村的爱心超市")
    '喇嘛甸镇前进村 “爱心超市”凭分换物'
    >>> headline_above_meta(page, "喇嘛甸镇前进村 “爱心超市”凭分换物", False, "让胡路区喇嘛甸镇前进村")
    """
    filled = [line for line in above_body if line.strip()]
    for at, line in enumerate(filled):
        if not is_meta_line(line):
            continue
        if at == 0:
            return None
        candidate = filled[at - 1].strip()
        if (
            not headline_shaped(candidate)
            or shared(candidate, body) < vocabulary()["above_meta_min_share"]
        ):
            return None
        return candidate if devised or not related(candidate, title) else None
    return None


def byline_in_title(title: str) -> bool:
    """A title holding a byline label (记者, 通讯员, 文/图) was a byline, a credit or a caption.

    >>> byline_in_title("记者在吉水县文峰镇泥田村采访"), byline_in_title("吉水90后返乡村支书的“新农村账本”")
    (True, False)
    """
    return bool(vocabulary()["byline_in_title"].search(flat(title)))


def dateline_in_title(title: str) -> bool:
    """A title holding a dateline (…10月16日讯, 本报讯) or a full date was a lede's opening.

    >>> dateline_in_title("浙江在线10月16日讯"), dateline_in_title("塘栖镇传来喜讯")
    (True, False)
    """
    return bool(vocabulary()["dateline_in_title"].search(flat(title)))


def address_in_title(title: str) -> bool:
    """A web address or phone number never stands in a report's headline (a spam line does).

    >>> address_in_title("北京哪家医院好 http://www.example.com/"), address_in_title("沙河镇党建")
    (True, False)
    """
    return bool(vocabulary()["address_in_title"].search(flat(title)))


def spam_in_title(title: str) -> bool:
    """A gambling site's name or lure (doubt_body.yaml ``spam_ad``) never heads a report: a
    hijacked copy set its own line over it (加拿大28正规官网网址, session 17's development round).

    >>> spam_in_title("加拿大28正规官网网址"), spam_in_title("六合村党支部领办合作社")
    (True, False)
    """
    return spam_ad(title) is not None


def garbled_title(title: str) -> bool:
    """A mirror's damage left in the headline: a pinyin gloss's remnant (当？shù)), a
    character lost to ? between Chinese words or at the start (?下党村老屋…).

    >>> garbled_title("黑龙江尚志市一村庄失联三天，当？shù)赜芯用𫘞⑴c救援"), garbled_title("?下党村老屋整修后成为民宿")
    (True, True)
    >>> garbled_title("神山村“神奇”何在？——井冈山深处觅答案"), garbled_title("5G信号覆盖全镇")
    (False, False)
    """
    return bool(vocabulary()["garbled_title"].search(title or ""))


def page_number_title(title: str) -> bool:
    """A page number after the headline ((2), (3)): a paginated article's later page, whose
    headline the site repeats with it, or a series' part (沙家浜今昔（5）): a curator decides.

    >>> page_number_title("山西临汾饭店坍塌事故遇难者29人名单公布 过寿老人称：本不想办(3)")
    True
    >>> page_number_title("落实“1+1+N”帮扶（一）"), page_number_title("2023年第(1)期")
    (False, False)
    """
    return bool(vocabulary()["page_number"].search(flat(title)))


def site_name_title(title: str) -> bool:
    """A short title ending like a site or column name (汉川市论坛) is the page's banner.

    >>> site_name_title("汉川市论坛"), site_name_title("“红色网格”织密为民服务网")
    (True, False)
    """
    rule = vocabulary()["site_name"]
    text = flat(title)
    return len(text) <= rule["max_length"] and text.endswith(tuple(rule["suffixes"]))


def headline_in_header(header: list[str], body: str) -> str | None:
    """For a devised title: the first line above the text shaped like a headline (a date
    printed after it cut) and worded like the text.

    A section head (■…), a subtitle with no headline over it (——记…), a bracketed caption
    and a footer's 主办 line are worded like the text too, and are passed over.

    >>> headline_in_header(["人民网>>江苏频道", "江苏靖江：点赞农村新变化 村支书们出镜齐“吆喝”"],
    ...                    "靖江市各村村支书出镜吆喝，点赞农村新变化")
    '江苏靖江：点赞农村新变化 村支书们出镜齐“吆喝”'
    >>> headline_in_header(["03", "“红袖标”多了 初心未改 2024年11月22日"], "初心未改的红袖标们")
    '“红袖标”多了 初心未改'
    >>> headline_in_header(["【乡镇书记访谈】", "本文转自：河南日报"], "白马镇党委书记谈组织振兴")
    >>> headline_in_header(["■镇里来了工作队", "——记驻村第一书记刘明的为民情怀"],
    ...                    "镇里来了工作队，驻村第一书记刘明的为民情怀")
    """
    rules = vocabulary()
    for line in header:
        line = rules["trailing_date"].sub("", line.strip())
        if (
            headline_shaped(line)
            and not re.fullmatch(r"[【\[].*[】\]]", flat(line))
            and not rules["not_devised_headline"].search(line)
            and shared(line, body) >= rules["devised_min_share"]
        ):
            return line
    return None


def glued_opening(blocks) -> str | None:
    """For a devised title: the headline-shaped phrase the first paragraph opens with before
    a space, when it is worded like the rest of the text (the headline glued to it).

    A dateline opens a text the same way and shares little of it; it is passed over.

    >>> glued_opening([("p", "村里建起爱心超市 近日，沙河镇石桥村的爱心超市开张了，村民们拿着攒下的积分，"
    ...                        "换来了洗衣粉和食用油。"),
    ...                ("p", "爱心超市的积分来自村民参与村里的人居环境整治。")])
    '村里建起爱心超市'
    >>> glued_opening([("p", "今日竹山网消息 近日，得胜镇组织党员志愿者开展环境卫生整治，清理垃圾十余吨。")])
    """
    rules = vocabulary()
    paragraphs = [text for kind, text in blocks if kind == "p"]
    parts = paragraphs[0].strip().split(None, 1) if paragraphs else []
    if len(parts) < 2 or len(parts[1]) < rules["glued_opening_min_rest"]:
        return None
    head, rest = parts
    if not headline_shaped(head) or rules["dateline_end"].search(head):
        return None
    others = flat(" ".join([rest, *paragraphs[1:]]))
    return head if shared(head, others) >= rules["glued_opening_min_share"] else None


def heading_opening(blocks) -> str | None:
    """For a devised title: a heading the text opens with (only lines with no sentence before
    it, an e-paper's menu), shaped like a headline and worded like the text.

    >>> heading_opening([("p", "第01版 上一期 下一期"), ("h2", "驻村书记来站台 山货走进县城"),
    ...                  ("p", "驻村书记站台带货，山货走进县城超市，村民笑开了颜。")])
    '驻村书记来站台 山货走进县城'
    >>> heading_opening([("p", "入夏，牧民开始转场。工作队跟着转场。"), ("h2", "工作队帮牧民驮运转场物资")])
    """
    body = flat(" ".join(text for kind, text in blocks if kind == "p"))
    for kind, text in blocks[:3]:
        if kind == "p" and re.search(r"[。！？]", text):
            return None
        if kind != "p" and headline_shaped(text):
            if shared(text, body) >= vocabulary()["devised_min_share"]:
                return text.strip()
    return None


def close_call(candidates, title: str) -> tuple[str, float, float] | None:
    """(the other line, its score, the title's score) when another headline-shaped line
    scored within the close-call margin of the title's.

    The headline is chosen by its score; when a second line scored nearly as well, the
    choice was a close call, and measured over every labelled page a close call was wrong
    far more often than a clear one (data/doubt_title.yaml).

    >>> close_call([("幸福落脚点", 0.82), ("哪有什么“密码”？不过是有人放你在心上", 0.73)], "幸福落脚点")
    ('哪有什么“密码”？不过是有人放你在心上', 0.73, 0.82)
    >>> close_call([("幸福落脚点", 1.1), ("哪有什么“密码”", 0.6)], "幸福落脚点")

    A title another rule chose (the page's markup, a breadcrumb) is no close call of the scores:

    >>> close_call([("幸福落脚点", 0.82), ("哪有什么“密码”", 0.9)], "幸福落脚点")
    """
    rules = vocabulary()
    ranked = sorted(candidates, key=lambda c: c[1], reverse=True)
    if not ranked or not related(ranked[0][0], title):  # the title was not the scored choice
        return None
    ours = ranked[0][1]
    rivals = [
        c for c in ranked if not related(c[0], title) and c[1] >= rules["close_call_min_score"]
    ]
    if not rivals or ours - rivals[0][1] >= rules["close_call_margin"]:
        return None
    return rivals[0][0], round(rivals[0][1], 2), round(ours, 2)


def glued_headline(first_paragraph: str) -> bool:
    """Whether the first paragraph opens with a meta label: the headline glued into the text.

    >>> glued_headline("竹山县得胜镇：文明城市在创建 志愿服务在行动时间：2017-07-11 为助力文明城市创建，")
    True
    >>> glued_headline("为助力文明城市创建，7月8日，得胜镇金明村组织党员志愿者进行环境卫生整治。")
    False
    """
    rule = vocabulary()["glued_meta"]
    return bool(rule["labels"].search(flat(first_paragraph)[: rule["within"]]))


def dash_at_seam(title: str, next_line: str) -> bool:
    """A title ending in a dash (a kicker cut off from its main line), or one whose next line
    starts or ends with a dash (a subtitle printed under it, left out of it).

    >>> dash_at_seam("乡村振兴影像记——", "")
    True
    >>> dash_at_seam("村里有了“积分银行”", "华店镇推行“红黑榜”评比，让村民从旁观者变成参与者——")
    True
    >>> dash_at_seam("村里有了“积分银行”——华店镇推行“红黑榜”评比", "□本报记者 张晓峰")
    False
    """
    rule = vocabulary()
    if rule["seam_dash"].search(flat(title)):
        return True
    below = flat(next_line)
    return (
        len(below) <= rule["seam_line_max_length"]
        and bool(rule["seam_dash"].search(below))
        and not related(next_line, title)
    )


def lost_series_tag(above_title: list[str], title: str) -> str | None:
    """The line above the title that prints it with a series tag (【…】) the title lacks.

    >>> lost_series_tag(["【乡村干部拍乡村145】木兰镇:让党旗飘扬在三夏阵地上"], "木兰镇：让党旗飘扬在三夏阵地上")
    '【乡村干部拍乡村145】'
    >>> lost_series_tag(["首页 > 乡镇动态"], "木兰镇：让党旗飘扬在三夏阵地上")
    """
    tag = vocabulary()["series_tag"]
    for line in above_title:
        text = flat(line)
        found = tag.match(text)
        if found and text[found.end() :] == flat(title):
            return found.group()
    return None


def title_line(lines: list[str], title: str) -> int | None:
    """Where the title stands among the page's lines: the line equal to it, else the first holding it."""
    text = flat(title)
    if not text:
        return None
    for at, line in enumerate(lines):
        if flat(line) == text:
            return at
    return next((at for at, line in enumerate(lines) if text in flat(line)), None)


def above_body(finished) -> list[str]:
    """The page's lines above the line the body's first paragraph starts on."""
    lines = list(finished.page_lines)
    if not finished.blocks:
        return lines
    opening = flat(finished.blocks[0][1])[:8]
    for at, line in enumerate(lines):
        if opening and opening in flat(line):
            return lines[:at]
    return lines


def devised_doubts(finished, body: str, missed: str | None) -> list[str]:
    """Reasons to doubt a devised title: the page seems to print a headline after all."""
    reasons = []
    above = list(dict.fromkeys([*finished.header, *above_body(finished)]))
    printed = None if missed else headline_in_header(above, body)
    if printed:
        reasons.append(f"标题为拟定，但页首“{printed}”像标题")
    opening = glued_opening(finished.blocks) or heading_opening(finished.blocks)
    if opening and not printed:
        reasons.append(f"标题为拟定，但正文开头的“{opening}”像标题：标题可能粘在正文里")
    if finished.blocks and glued_headline(finished.blocks[0][1]):
        reasons.append("标题为拟定，但正文首段开头有“时间：”等标注：标题可能粘在首段里")
    return reasons


def title_doubts(finished) -> list[str]:
    """Reasons, in Chinese for curators, to doubt the report's title.

    >>> from .doubts import Finished
    >>> page = ("【百乡千村行·面孔】走进屏南棠口：古韵水乡的特色时光", "2022-07-07 18:03 来源：闽东日报",
    ...         "职务 | 棠口镇镇长", "屏南县棠口镇镇长在基层工作几十年了。")
    >>> blocks = (("p", "屏南县棠口镇镇长在基层工作几十年了。"),)
    >>> title_doubts(Finished(page, page[:3], title="职务 | 棠口镇镇长", blocks=blocks))
    ['标题存疑：日期或来源行上方的“【百乡千村行·面孔】走进屏南棠口：古韵水乡的特色时光”像标题，取的却是“职务 | 棠口镇镇长”']
    >>> title_doubts(Finished(page, page[:3], title=page[0], blocks=blocks))
    []
    """
    if finished is None:
        return []
    title, devised = finished.title, finished.title_devised
    body = flat(" ".join(text for _, text in finished.blocks))
    reasons = []
    missed = headline_above_meta(above_body(finished), title, devised, body)
    if missed and devised:
        reasons.append(f"标题为拟定，但日期或来源行上方的“{missed}”像标题")
    elif missed:
        reasons.append(f"标题存疑：日期或来源行上方的“{missed}”像标题，取的却是“{title}”")
    if devised:
        return reasons + devised_doubts(finished, body, missed)
    rival = close_call(finished.title_candidates, title)
    if rival:
        reasons.append(
            f"标题存疑：另一行“{rival[0]}”得分（{rival[1]:.2f}）与所取标题（{rival[2]:.2f}）相近：“{title}”"
        )
    lines = list(finished.page_lines)
    at = title_line(lines, title)
    if at is not None:
        below = next((line for line in lines[at + 1 :] if line.strip()), "")
        if dash_at_seam(title, below):
            reasons.append(f"标题存疑：标题或其下一行带破折号，主标题或副题可能缺了：“{title}”")
        tag = lost_series_tag(lines[:at], title)
        if tag:
            reasons.append(f"标题存疑：上方一行印有栏目标签“{tag}”加本标题，标题可能少了标签")
    for check, reason in (
        (byline_in_title, "含记者、通讯员等署名字样，可能取了署名行或图片说明"),
        (dateline_in_title, "含电头或日期，可能取了导语开头或日期行"),
        (address_in_title, "含网址或电话，可能是广告行"),
        (site_name_title, "像网站或栏目名"),
        (spam_in_title, "含博彩等广告词，可能是垃圾站插入的行"),
        (garbled_title, "含乱码或拼音残留，镜像站可能损坏了标题"),
        (page_number_title, "末尾带页码，可能是分页文章的后页"),
    ):
        if check(title):
            reasons.append(f"标题存疑：{reason}：“{title}”")
    return reasons

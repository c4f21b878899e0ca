"""A headline a flattened page runs into its lede with only a space between them.

Mirrors and overseas portals that print a report as one run of text keep its paragraphs
apart with spaces and nothing else: the headline, a space, the first sentence
(``茶山新绿富乡亲 春分刚过,茶农已上山。…``), or the headline, a space and a bracketed
credit opening the lede (``…送暖活动 〔记者甲综合报导〕福州市…``). No lede opening word
marks the seam (split_glued_headline's 近日, 本报讯), but the space does: every space-parted
run before the first one with a comma or a stop is the headline's (a headline may print
its two phrases apart, 党员带头种新茶 荒坡变成致富园), the rest is the text.
"""

from __future__ import annotations

import re

from .page import han_count, reads_as_prose

#: Marks of a sentence or a label: a run holding one is text (or a field), not headline.
_SENTENCE_MARK = re.compile(r"[，。！？；：,;:!?、]")
#: A head that is a credit (本报记者 甲 通讯员 乙): not a headline.
_CREDIT = re.compile(r"记者|通讯员|作者|编辑|来源|摄影?$")
#: A head that is a dateline (今日竹山网消息, 东北网宝清5月20日讯): not a headline either.
_DATELINE = re.compile(r"(?:讯|电|消息)$|\d{1,2}月\d{1,2}日")
#: The first mark of the text after the head: a lede runs on past a comma, while a
#: sentence the space broke in two stops at once (以文化振兴为切入点 提升乡村“精气神”。).
_FIRST_MARK = re.compile(r"[，。！？,!?]")
#: The fewest Chinese characters in a printed phrase of a headline (a name is two or three).
PHRASE_HANS = 4
#: The fewest and most Chinese characters in the headline as a whole.
HEAD_HANS = (8, 40)


def is_credit_head(text: str) -> bool:
    """True for a run before the lede that credits it (本报记者 甲 通讯员 乙): who wrote it,
    never its headline.

    >>> is_credit_head('本报记者 王晓东 通讯员 李红梅'), is_credit_head('党员带头种新茶 荒坡变成致富园')
    (True, False)
    """
    return bool(_CREDIT.search(text))


def split_spaced_headline(line: str) -> tuple[str, str] | None:
    """(headline, lede) when ``line`` opens with a headline parted from its text by a
    space alone, else None.

    >>> split_spaced_headline('党员带头种新茶 荒坡变成致富园 春分刚过,平利县西河镇梅子园村的茶山上已是一片新绿。村党支部书记一大早就来到茶园。')[0]
    '党员带头种新茶 荒坡变成致富园'
    >>> head, lede = split_spaced_headline('侨胞志愿服务队走进社区 陪独居老人包粽子 〔记者林文华综合报导〕端午节前夕,鼓楼区一支侨胞志愿服务队来到社区,与老人一起包粽子。')
    >>> head, lede[:11]
    ('侨胞志愿服务队走进社区 陪独居老人包粽子', '〔记者林文华综合报导〕')

    A credit, a dateline or a row of names before the text is no headline:

    >>> split_spaced_headline('本报记者 王晓东 通讯员 李红梅 近日,平利县西河镇组织党员开展志愿服务活动。') is None
    True
    >>> split_spaced_headline('今日竹山网消息 建设美丽乡村、植树造林护绿、义务值班巡逻,这样的场景每天都在上演。') is None
    True

    nor an advertiser's line a spam copy sets before the text, its address after it:

    >>> split_spaced_headline('北京哪家医院看白癜风好 https://m.example.com/a_1.html 10月12日,盐东镇召开社区治理推进会。') is None
    True

    nor a sentence a space broke in two, or a quotation's opening words:

    >>> split_spaced_headline('以文化振兴为切入点 提升乡村“精气神”。洪巷镇推进13个村党群服务中心标准化建设,整合文明实践阵地。') is None
    True
    >>> split_spaced_headline('“过去是各扫门前雪 , 现在是一家人办一家事。”清姜街道党工委书记这样说起辖区的变化。') is None
    True

    nor is a line that opens with its first sentence:

    >>> split_spaced_headline('春分刚过,平利县西河镇梅子园村的茶山上已是一片新绿。 村党支部书记一大早就来到茶园。') is None
    True
    """
    runs = line.strip().split()
    head: list[str] = []
    for run in runs:
        if _SENTENCE_MARK.search(run):
            break
        head.append(run)
    if not head or len(head) == len(runs) or len(head) > 3:
        return None
    text = " ".join(head)
    rest = line.strip()[len(text) :].strip()
    if (
        not HEAD_HANS[0] <= han_count(text) <= HEAD_HANS[1]
        or any(han_count(run) < PHRASE_HANS for run in head)
        or han_count(text) < 0.8 * len(text.replace(" ", ""))
        or is_credit_head(text)
        or _DATELINE.search(text)
        or not reads_as_prose(rest)
        or "。" not in rest
        or re.match(r"[A-Za-z]", rest)  # an ad's web address after it: the ad's line
        or text.count("“") != text.count("”")  # “过去是各扫门前雪 , …”: a quotation's start
        or _FIRST_MARK.search(rest).group(0) in "。！？!?"  # …切入点 | 提升乡村“精气神”。
    ):
        return None
    return text, rest

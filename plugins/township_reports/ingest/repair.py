"""Repair byte-level damage that survived decoding.

The damage we see comes from a GBK page that went through a pinyin-annotating
converter: the converter wrote ``(guī)`` between the two bytes of ``嶺``
(GBK 0x8E 0x58). A later decoder read the lead byte 0x8E together with ``(``
as one invalid pair (``?``), then the orphaned trail byte 0x58 as ``X``:
``豐家嶺`` became ``豐家?guī)X``. The lost lead byte is recovered through that
mechanism: every GBK character whose trail byte is the orphan is a candidate,
and the candidate that makes words with its neighbours (counted over jieba's
dictionary) wins. Damage with no convincing candidate becomes ``□`` (the mark
for an illegible character) with a warning; a character is never dropped. A
character whose two bytes were both lost (日?qǐng)?bào)) is read from its two glosses.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from dataclasses import dataclass

_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff]"
#: What stands before a damaged character: a character, or the gloss a pinyin mirror wrote
#: after it (當(dāng)?shù)厝罕姎v來, three times in round 89's development pages).
_CJK_OR_GLOSS_END = r"[\u3400-\u4dbf\u4e00-\u9fff)]"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
#: ? or U+FFFD (the lost lead byte), the remnant of an annotation, the orphan trail byte.
#: The damaged character may end a clause: a stop or comma, full-width or flattened to
#: ASCII, follows the orphan byte (更顯寧?kù)o。 for 寧靜。, round 37), not only a character;
#: or its own gloss does, where the mirror glosses it (潤?quán)l(xiāng)土 for 潤鄉(xiāng)土, round 38).
_LOST_LEAD_BYTE = re.compile(
    rf"(?<={_CJK_OR_GLOSS_END})(?:\?|\ufffd)([a-z{_TONED}]{{1,7}}\))?([\x40-\x7e])"
    rf"(?={_CJK}|[，。、；：！？”’）》,.;:!?)]|(\([a-z{_TONED}]{{1,7}}\)))"
)
_REPLACEMENT_CHAR = re.compile("\ufffd")
#: Both bytes of a character lost, each with the ``(`` of the annotation after it: the
#: converter, one byte out of step, read the previous trail byte and the lead byte as a
#: character and glossed it too. 日報(bào) (C8D5 88F3) became 日?qǐng)?bào): D5 88 is 請.
_LOST_BOTH_BYTES = re.compile(rf"(?<={_CJK})\?([a-z{_TONED}]{{1,7}})\)\?([a-z{_TONED}]{{1,7}})\)?")
ILLEGIBLE = "□"
#: A quotation mark after a full stop whose GBK lead byte 0xA1 lost its high bit (0x21,
#: ``!``), the full stop itself read as ``?``: the quote's trail byte then paired with the
#: next character's lead byte, and the text ran one byte out of step until an ASCII byte
#: (or a lost one) put it back: 民生好事。”施惠杰看着 became 民生好事?!笔┗萁芸粗 (76 of
#: ~1,000 survey pages, mostly the pinyin mirrors). The run is what follows ``?!``.
_OUT_OF_STEP = re.compile(r"\?!([^\x00-\x7f]{1,60}[\x21-\x7e]?)")
_QUOTES_AFTER_LEAD = "“”‘’《》「」『』【】〔〕"
#: A lost lead byte whose orphan trail byte is not ASCII (0x80–0xFE, most of GBK's trail
#: bytes): the orphan paired with the next character's lead byte, and the text ran one byte
#: out of step until an ASCII byte put it back. 平涼市莊浪 (9BF6 CAD0 C766 C0CB) became
#: 平?jīng)鍪星f浪 (round 89): the run is what follows the gloss's ``)``, up to that byte.
#: Or the run ends where the next character lost its second byte with the ``(`` of its own
#: gloss (報請塘坪鎮 printed 報請?zhí)疗烘?zhèn), round 88): ``_lost_second_byte`` reads it.
_LOST_LEAD_OUT_OF_STEP = re.compile(
    rf"(?<={_CJK_OR_GLOSS_END})\?([a-z{_TONED}]{{1,7}})\)"
    rf"([^\x00-\x7f]{{1,40}}?(?:[\x40-\x7e]|\?(?=[a-z{_TONED}]{{1,7}}\))))"
)


def character_before(text: str, start: int) -> str:
    """The character before ``start``, read past the gloss a mirror wrote after it (當(dāng)),
    or "" when none stands there.

    >>> character_before('當(dāng)?shù)', 7), character_before('當?shù)', 1), character_before('(記者)?', 4)
    ('當', '當', '')
    """
    found = re.search(rf"({_CJK})(?:\([a-z{_TONED}]{{1,7}}\))?$", text[max(0, start - 12) : start])
    return found.group(1) if found else ""


@dataclass(frozen=True)
class Repair:
    """One repair: what the damaged text was, what replaced it, and how sure we are."""

    kind: str
    before: str
    after: str
    count: int


@functools.cache
def dictionary_bigrams() -> Counter:
    """How many jieba dictionary words contain each character pair (loaded only on damage)."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    pairs: Counter = Counter()
    with open(path, encoding="utf-8") as dictionary:
        for line in dictionary:
            word = line.split(" ", 1)[0]
            pairs.update(a + b for a, b in zip(word, word[1:], strict=False))
    return pairs


@functools.cache
def _standard_form(character: str) -> str:
    """The standard traditional form of a character (鎭 → 鎮): of two variants a gloss
    fits, the standard one is the one printed."""
    import opencc

    return opencc.OpenCC("s2t").convert(_to_simplified(character))


@functools.cache
def _to_simplified(text: str) -> str:
    import opencc

    return opencc.OpenCC("t2s").convert(text)


def gbk_candidates_for_trail_byte(trail: int) -> list[str]:
    """Every GBK character whose second byte is ``trail``.

    >>> '嶺' in gbk_candidates_for_trail_byte(0x58)
    True
    >>> len(gbk_candidates_for_trail_byte(0x58)) > 100
    True
    """
    return gbk_characters(range(0x81, 0xFF), (trail,))


def gbk_characters(leads: range | tuple, trails: range | tuple) -> list[str]:
    """Every GBK character whose first byte is in ``leads`` and second byte in ``trails``."""
    found = []
    for lead in leads:
        for trail in trails:
            try:
                found.append(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    return found


def best_candidate(before: str, after: str, candidates: list[str]) -> str | None:
    """The candidate that forms dictionary words with the neighbouring characters, if any does.

    >>> best_candidate('家', '村', gbk_candidates_for_trail_byte(0x58))
    '嶺'
    >>> best_candidate('家', '現', gbk_candidates_for_trail_byte(0x58))
    '嶺'
    """
    pairs = dictionary_bigrams()
    left, right = _to_simplified(before), _to_simplified(after)
    scored = []
    for candidate in candidates:
        simple = _to_simplified(candidate)
        score = pairs[left + simple] + pairs[simple + right]
        if score:
            scored.append((score, candidate))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None  # a tie is a guess, and we do not guess
    return scored[0][1]


def repair_lost_gbk_lead_bytes(text: str) -> tuple[str, list[Repair], list[str]]:
    """Restore characters whose GBK lead byte was lost; return (text, repairs, warnings).

    >>> text, repairs, warnings = repair_lost_gbk_lead_bytes('以豐家?guī)X現(xiàn)代煙草示范基地')
    >>> text
    '以豐家嶺現(xiàn)代煙草示范基地'
    >>> repairs[0].before, repairs[0].after
    ('?guī)X', '嶺')

    The damaged character may close a clause (寧靜。 printed 寧?kù)o。):

    >>> repair_lost_gbk_lead_bytes('廣袤田野更顯寧?kù)o。農(nóng)村漸漸進(jìn)入')[0]
    '廣袤田野更顯寧靜。農(nóng)村漸漸進(jìn)入'

    or stand before its own gloss, which the mirror wrote after it (潤鄉(xiāng)土):

    >>> repair_lost_gbk_lead_bytes('善舉潤?quán)l(xiāng)土,厚意撫鄉(xiāng)親')[0]
    '善舉潤鄉(xiāng)土,厚意撫鄉(xiāng)親'

    A question mark that ends a sentence is not damage:

    >>> repair_lost_gbk_lead_bytes('怎么办?A股')[0]
    '怎么办?A股'
    """
    repairs: Counter = Counter()
    warnings: list[str] = []

    def fix(match: re.Match) -> str:
        damaged = match.group(0)
        if damaged.startswith("?") and not match.group(1):
            return damaged  # a bare ? followed by a letter is as likely a flattened ？
        start, end = match.span()
        end += len(match.group(3) or "")  # the damaged character's own gloss: read past it
        page = match.string  # the text as the repairs before this one left it
        before = character_before(page, start)
        if not before:
            return damaged
        after = page[end] if end < len(page) else ""
        candidate = _read_lost_lead(before, after, match.group(1), ord(match.group(2)))
        if candidate is None:
            repairs[("illegible", damaged, ILLEGIBLE)] += 1
            warnings.append(f"“{before}”后的字节损坏“{damaged}”无法修复，记作{ILLEGIBLE}")
            return ILLEGIBLE
        repairs[("lost_gbk_lead_byte", damaged, candidate)] += 1
        return candidate

    repaired = _OUT_OF_STEP.sub(lambda m: _back_in_step(m, repairs), text)
    repaired = _LOST_LEAD_OUT_OF_STEP.sub(lambda m: _lead_lost_out_of_step(m, repairs), repaired)
    repaired = _LOST_BOTH_BYTES.sub(lambda m: _glossed_elsewhere(m, repairs), repaired)
    repaired = _LOST_LEAD_BYTE.sub(fix, repaired)

    def mark(match: re.Match) -> str:
        repairs[("illegible", "\ufffd", ILLEGIBLE)] += 1
        return ILLEGIBLE

    repaired = _REPLACEMENT_CHAR.sub(mark, repaired)
    if repairs[("illegible", "\ufffd", ILLEGIBLE)]:
        warnings.append(
            f"{repairs[('illegible', chr(0xFFFD), ILLEGIBLE)]}个无法解码的字符记作{ILLEGIBLE}"
        )
    found = [Repair(kind, before, after, n) for (kind, before, after), n in repairs.items() if n]
    return repaired, found, warnings


def damage_left(text: str) -> str | None:
    """The first byte damage ``repair_lost_gbk_lead_bytes`` could not repair in ``text``: a
    lost character still glossed (日?qǐng)?bào)), a lost lead byte, or the mark of an illegible
    character. A field holding one is not what the page printed (doubt_source asks).

    >>> damage_left('定西日?qǐng)?bào'), damage_left('定西日报'), damage_left('怎么办?A股')
    ('?qǐng)?bào', None, None)
    """
    match = (
        _LOST_BOTH_BYTES.search(text)
        or re.search(rf"(?<={_CJK})\?[a-z{_TONED}]{{1,7}}\)?", text)
        or re.search(f"[{ILLEGIBLE}\ufffd]", text)
    )
    return match.group(0) if match else None


def _glossed_elsewhere(match: re.Match, repairs: Counter) -> str:
    """The character both of whose bytes were lost, when the same page glosses exactly one
    character with the reading that survived (晚報(bào) elsewhere on the page gives 報) and
    its bytes fit the damage (a trail byte that swallowed a ``(``; the previous character's
    trail byte and its lead byte read as one character); else the one character both
    glosses fit (``read_from_both_glosses``); else the damage as it stands.

    >>> repair_lost_gbk_lead_bytes('來源:陽泉日?qǐng)?bào) 晚報(bào)')[0]
    '來源:陽泉日報 晚報(bào)'
    >>> repair_lost_gbk_lead_bytes('來源:陽泉日?qǐng)?bào)')[0]  # read from both glosses
    '來源:陽泉日報'
    """
    text, reading = match.string, match.group(2)
    glossed = set(re.findall(rf"({_CJK})[(（]{re.escape(reading)}[)）]", text))
    before = text[match.start() - 1].encode("gbk", errors="replace")
    fitting = []
    for candidate in glossed:
        try:
            lead, trail = candidate.encode("gbk")
            bytes((before[-1], lead)).decode("gbk")
        except (ValueError, UnicodeError):
            continue
        if trail >= 0x80 and len(before) == 2:
            fitting.append(candidate)
    if len(fitting) != 1:
        fitting = [read_from_both_glosses(text[match.start() - 1], match.group(1), reading)]
    if fitting[0] is None:
        return match.group(0)
    repairs[("lost_gbk_both_bytes", match.group(0), fitting[0])] += 1
    return fitting[0]


def read_from_both_glosses(before: str, first: str, second: str) -> str | None:
    """The lost character both glosses point to, when the page glosses it nowhere else.

    The first gloss read the character before's trail byte and the lost character's lead
    byte as one character (日's D5 and 報's 88 as 請, qǐng); the second is the lost
    character's own reading (bào). The one character with that lead byte and reading, for
    a lead byte that makes a character read as the first gloss, is what was printed;
    several are a guess, and we do not guess. Readings come from pypinyin's table, loaded
    only on this damage.

    >>> read_from_both_glosses('日', 'qǐng', 'bào'), read_from_both_glosses('日', 'qǐng', 'dāng')
    ('報', None)
    """
    try:
        trail = before.encode("gbk")[-1]
    except UnicodeEncodeError:
        return None
    found = {
        c
        for c in gbk_characters(leads_glossed(trail, first), range(0x40, 0xFF))
        if _reads_as(c, second)
    }
    return found.pop() if len(found) == 1 else None


def _reads_as(character: str, reading: str) -> bool:
    """True when pypinyin's table gives ``character`` the toned ``reading`` among its readings."""
    from pypinyin import Style, pinyin

    return reading in pinyin(character, style=Style.TONE, heteronym=True)[0]


def _back_in_step(match: re.Match, repairs: Counter) -> str:
    """The run after ``?!`` read again one byte earlier: ``。`` and the quotation mark, then
    the characters as printed, up to where the two readings meet again (an ASCII byte, or
    a ``?`` where a character lost its second byte: ``_lost_second_byte`` reads it). Only
    when the first pair is a quotation mark and the new reading makes no fewer dictionary
    words than the old (a real ``?!`` before 北京市 reads as words already); else as is.

    >>> repair_lost_gbk_lead_bytes('民生好事?!笔┗萁芸粗謇锶诵凝R了')[0]
    '民生好事。”施惠杰看皱里人心齊了'
    >>> repair_lost_gbk_lead_bytes('家里添了彩电?!凹矣玫缙魅?,村子里能上网')[0]
    '家里添了彩电。“家用电器□,村子里能上网'
    >>> repair_lost_gbk_lead_bytes('早點開空調(diào)?!崩认骆?zhèn)友好村')[0]
    '早點開空調(diào)。”廊下鎮(zhèn)友好村'
    >>> repair_lost_gbk_lead_bytes('你去过吗?!北京市很大')[0]
    '你去过吗?!北京市很大'
    """
    import codecs

    damaged, text = match.group(1), match.string
    decoder = codecs.getincrementaldecoder("gbk")()
    decoder.decode(b"\xa1")
    read, used = [], 0
    for character in damaged:
        pending = decoder.getstate()[0]
        if character == "?" and pending:
            after = text[match.start(1) + used + 1 :]
            read.append(_lost_second_byte(pending[0], "".join(read)[-1:], after, text))
            used += 1
            break
        try:
            read.append(decoder.decode(character.encode("gbk")))
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group(0)
        used += 1
        if decoder.getstate()[0] == b"":  # in step again: the rest reads as printed
            break
    else:
        return match.group(0)
    again = "".join(read)
    if again[:1] not in _QUOTES_AFTER_LEAD or _words_in(again[1:]) < _words_in(damaged[:used]):
        return match.group(0)
    repairs[("gbk_out_of_step", "?!" + damaged[:used], "。" + again)] += 1
    return "。" + again + damaged[used:]


def _read_lost_lead(before: str, after: str, gloss: str | None, trail: int) -> str | None:
    """The character that lost its lead byte before the orphan ``trail`` byte: the one the
    converter's gloss (``"jīng)"``, when a mirror wrote one) reads (``read_by_gloss``); among
    several, or without a gloss reading any, the one that makes words with its neighbours.

    >>> _read_lost_lead('晝', '夜', 'cè)', 0x4C), _read_lost_lead('家', '村', None, 0x58)
    ('訪', '嶺')
    """
    glossed: tuple[str, ...] = ()
    try:  # U+FFFD may stand with no gloss after it (家\ufffdX村)
        if gloss:
            glossed = read_by_gloss(before.encode("gbk"), gloss[:-1], trail)
    except UnicodeEncodeError:
        pass
    if len(glossed) == 1:
        return glossed[0]
    return best_candidate(before, after, list(glossed) or gbk_candidates_for_trail_byte(trail))


def read_by_gloss(previous: bytes, gloss: str, trail: int) -> tuple[str, ...]:
    """The characters a lost lead byte may have made with ``trail``: those whose lead byte,
    after the previous character's trail byte, makes a character the converter's ``gloss``
    reads (it glossed that pair, one byte out of step: 家's D2 and 嶺's 8E read 規, guī).

    >>> read_by_gloss('家'.encode('gbk'), 'guī', 0x58), read_by_gloss('晝'.encode('gbk'), 'cè', 0x4C)
    (('嶺',), ('訪',))
    """
    if len(previous) != 2:
        return ()
    return tuple(gbk_characters(leads_glossed(previous[-1], gloss), (trail,)))


@functools.cache
def leads_glossed(previous_trail: int, gloss: str) -> tuple[int, ...]:
    """The lead bytes that, after ``previous_trail``, make a character ``gloss`` reads: what a
    converter one byte out of step glossed (日's D5 and 報's 88 read 請, qǐng). Cached, as a
    mirror repeats its damage across pages: each asks pypinyin about 126 characters (about
    1 ms; the first call in a process also loads pypinyin's table, 0.15–0.4 s).

    >>> leads_glossed('日'.encode('gbk')[-1], 'qǐng') == ('報'.encode('gbk')[0],)
    True
    """
    leads = []
    for lead in range(0x81, 0xFF):
        try:
            if _reads_as(bytes((previous_trail, lead)).decode("gbk"), gloss):
                leads.append(lead)
        except UnicodeDecodeError:
            continue
    return tuple(leads)


def _lead_lost_out_of_step(match: re.Match, repairs: Counter) -> str:
    """The run after a lost lead byte's gloss read again one byte earlier: the lost character,
    then the run's characters as printed. The gloss tells the lost lead byte: the converter,
    one byte out of step, glossed the character the previous trail byte and that lead byte
    make (平's BD and 涼's 9B read 經, jīng), so the lead byte whose pair with it reads so,
    with the orphan trail byte, is the lost character (among several, the one that makes
    words). Only when the last character, made with the ASCII byte, makes a word (with the
    character before it, the lost one when the run is one character long, or the one after)
    and the new reading makes more words than the damaged one; else as is.

    >>> repair_lost_gbk_lead_bytes('甘肅省平?jīng)鍪星f浪縣韓店鎮(zhèn)郭漫村')[0]
    '甘肅省平涼市莊浪縣韓店鎮(zhèn)郭漫村'
    >>> repair_lost_gbk_lead_bytes('是多種中藥材的最佳適生區(qū),當?shù)厝罕姎v來有種植大黃的傳統(tǒng)')[0]
    '是多種中藥材的最佳適生區(qū),當地群眾歷來有種植大黃的傳統(tǒng)'
    >>> repair_lost_gbk_lead_bytes('產業……在當(dāng)?shù)攸h委政府的支持下')[0]
    '產業……在當(dāng)地黨委政府的支持下'
    >>> repair_lost_gbk_lead_bytes('在麥?zhǔn)掌陂g,對沒有發(fā)生焚燒的村')[0]
    '在麥收期間,對沒有發(fā)生焚燒的村'
    >>> repair_lost_gbk_lead_bytes('走進昭通市魯?shù)榭h硯池街道卯家灣')[0]  # 甸縣, round 103
    '走進昭通市魯甸縣硯池街道卯家灣'

    The run may end on a character that lost its second byte, glossed (塘坪鎮(zhèn)):

    >>> repair_lost_gbk_lead_bytes('并報(bào)請?zhí)疗烘?zhèn)政府及駐鎮(zhèn)幫扶工作隊(duì)同意')[0]
    '并報(bào)請塘坪鎮(zhèn)政府及駐鎮(zhèn)幫扶工作隊(duì)同意'
    >>> repair_lost_gbk_lead_bytes('單身青年們?cè)凇昂皵?shù)抱團(tuán)”')[0]
    '單身青年們在“喊數(shù)抱團(tuán)”'

    A byte lost inside the run too leaves a stray last character, and the run stays:

    >>> repair_lost_gbk_lead_bytes('40余名當?shù)刂行W生在志愿者的陪伴下')[0]
    '40余名當?shù)刂行W生在志愿者的陪伴下'
    """
    gloss, damaged, text = match.group(1), match.group(2), match.string
    before, after = character_before(text, match.start()), text[match.end() : match.end() + 1]
    if not before:
        return match.group(0)
    lost_second = damaged.endswith("?")
    try:
        raw, previous = damaged.rstrip("?").encode("gbk"), before.encode("gbk")
        again = raw[1 : len(raw) - lost_second].decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group(0)
    if lost_second:  # the last lead byte, its second byte lost: read from its own gloss
        after = text[match.end() :]
        again += _lost_second_byte(raw[-1], again[-1:], after, text)
        after = re.sub(rf"^[a-z{_TONED}]{{1,7}}\)", "", after)[:1]  # past the gloss
    read = read_by_gloss(previous, gloss, raw[0])
    lost = read[0] if len(read) == 1 else best_candidate(before, again[:1], read)
    # both ends read from their glosses need no more; else the words must say so
    glossed = len(read) == 1 and lost_second and ILLEGIBLE not in again
    if lost is None or not (glossed or _words_in((lost + again).rstrip("(")[-2:] + after)):
        return match.group(0)
    if not glossed and _words_in(before + lost + again + after) <= _words_in(
        before + damaged + after
    ):
        return match.group(0)
    repairs[("gbk_lead_lost_out_of_step", match.group(0), lost + again)] += 1
    return lost + again


def _lost_second_byte(lead: int, before: str, after: str, page: str = "") -> str:
    """The character whose first byte is ``lead`` and whose second byte was lost with the
    byte after it (read as one ``?``): the one its surviving gloss reads (骆?zhèn) → 鎮,
    given back with the gloss's ``(``; variants of one character (鎮, 鎭) are one reading,
    the page's own spelling wins), else the one that makes words with the characters on
    both sides, else the illegible mark.

    >>> _lost_second_byte(0xE6, '下', 'zhèn)友好村', '鎮(zhèn)'), _lost_second_byte(0xC8, '器', ',村子')
    ('鎮(', '□')
    """
    candidates = gbk_characters((lead,), range(0x40, 0xFF))
    gloss = re.match(rf"[a-z{_TONED}]{{1,7}}(?=\))", after)
    if gloss:
        read = [c for c in candidates if _reads_as(c, gloss.group(0))]
        if len({_to_simplified(c) for c in read}) == 1:
            return max(read, key=lambda c: (page.count(c), c == _standard_form(c))) + "("
        return ILLEGIBLE + "("
    if re.match(_CJK, after[:1]) and re.match(_CJK, before):
        return best_candidate(before, after[:1], candidates) or ILLEGIBLE
    return ILLEGIBLE


def _words_in(text: str) -> int:
    """How many neighbouring pairs of ``text`` are in some dictionary word."""
    pairs, simple = dictionary_bigrams(), _to_simplified(text)
    return sum(1 for a, b in zip(simple, simple[1:], strict=False) if pairs[a + b])

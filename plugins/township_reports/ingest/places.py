"""Places: which township a report is about, with its county, prefecture and province.

A township is identified by county + town, never by its name alone: 兴隆镇 exists in
31 counties, 城关镇 in 88. So this stage reads every place name in the text, lets the
county names choose among same-named towns, and when nothing chooses it does not guess:
it keeps the town name, keeps only what all the candidates agree on, and warns.

Every name comes from the gazetteer (``data/gazetteer_*.tsv``, derived from the npm
package china-division 2.7.0 by ``data/make_gazetteer.py``) or from the hand-made
``data/place_renames.tsv``. There is no table keyed by report or file name, and this
module never edits the text it reads.

The recipe (``resolve_place``)::

    find_name_spans     gazetteer names in title and text, covering the most text; then,
                        where no name stands, the variants reports write (侯寨乡 for
                        侯寨街道 after 撤乡设街, 海棠街 for 海棠街道, 镇沅县 for
                        镇沅彝族哈尼族拉祜族自治县); t2s leftovers folded (堿 → 碱)
    read_mentions       what each name can denote; names that are also ordinary words
                        (兴镇, 平安乡 before 村, 开发区, 和县) count only next to their
                        parent (蒲城县兴镇 yes, 旅游兴镇 no); a town written after its
                        county in another spelling (郭勒木德尔镇, 田师付镇) is that county's;
                        a town reached by 到/赴 from a town named before it is "visited";
                        a name read inside two words (奏响水乡: 奏响 + 水乡) is none; a name
                        that is also another unit's former one (道口镇, 道口镇街道's) stands
                        for both; after its county, a town with one character spelt by its
                        parts or left blank (干(石览)镇) is matched on the rest
    confirm_variant_towns  a variant or a former name counts only where its county is
                        vouched for (a same-body name, 马坊镇 for 马坊地区, and a 民族乡
                        short form unique nationally, 户撒乡, need no county)
    tally_mentions      how often each county, prefecture and province is named (and
                        which are only visiting offices: 某区委组织部一行来…)
    town_candidates     every town a mention can denote, with its support
    settle_same_named_towns  short names (义乌, 随州, 上海, 东南网), a two-character
                        county (忠县, 滑县) or another unit of the county (浓江农场) choose
                        among the towns one written name can be whose county is not
                        named in full
    place_from_towns    the most-mentioned town that is identified (its county is named,
                        its name is unique, or short names settled it); ties go to the
                        town written after its county, then to the one named first (the
                        lede's subject); an ambiguous name mentioned more keeps only what
                        its candidates share, unless a named prefecture settles it
    place_from_counties when no town is named: the county alone (not a visiting one)
    county_as_written   the old county name if the report predates a rename; a town
                        written in a former or other spelling is recorded in the evidence
                        ("文中写作侯寨乡，今为侯寨街道"): township_as_written
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from .former_towns import is_tail_of_former_name, place_of_former_town
from .gazetteer import Gazetteer, Location, load_gazetteer
from .mentions import Mention, read_mentions, text_without_towns
from .page import CRUMB_STEP
from .title_pairs import with_title_pair
from .town_choice import (
    Tally,
    place_from_counties,
    place_from_towns,
    place_of_town,
    tally_mentions,
    town_candidates,
)
from .town_evidence import (
    confirm_variant_towns,
    is_ethnic_short_form,
    settle_same_named_towns,
    towns_claimed_by_other_counties,
)
from .town_spellings import is_legal_name_of
from .town_stems import with_town_stem
from .village_towns import with_village_place
from .written_forms import township_stem


@dataclass(frozen=True)
class PlaceResolution:
    """The place (None = unplaced), the reasons for it, and what a reader should check."""

    place: Location | None
    evidence: tuple[str, ...]
    warnings: tuple[str, ...]


def county_as_written(
    county_code: str, year: int | None, names_written: frozenset[str], gazetteer: Gazetteer
) -> str | None:
    """The county's name in force in ``year`` when it has been renamed since, else None.

    Without a year, an old name the text writes (and the new one it does not) is used.

    >>> gazetteer = load_gazetteer()
    >>> county_as_written('610981', 2011, frozenset(), gazetteer)
    '旬阳县'
    >>> county_as_written('610981', 2023, frozenset({'旬阳市'}), gazetteer) is None
    True
    >>> county_as_written('610981', None, frozenset({'旬阳县'}), gazetteer)
    '旬阳县'
    """
    renames = gazetteer.renames_by_code.get(county_code, ())
    if year is not None:
        later = [rename for rename in renames if rename.year > year]
        if later:
            return later[0].old_name
        same_year = [r for r in renames if r.year == year and r.old_name in names_written]
        return same_year[-1].old_name if same_year else None
    if gazetteer.counties[county_code].name in names_written:
        return None
    written_old = [rename.old_name for rename in renames if rename.old_name in names_written]
    return written_old[-1] if written_old else None


def describe_rename(county_code: str, old_name: str, year: int | None, gazetteer: Gazetteer) -> str:
    """One line of evidence for county_as_written.

    >>> describe_rename('610981', '旬阳县', 2011, load_gazetteer())
    '旬阳县于2021年更名为旬阳市；报道发表于2011年'
    """
    rename = next(r for r in gazetteer.renames_by_code[county_code] if r.old_name == old_name)
    when = f"报道发表于{year}年" if year is not None else "文中写作旧名"
    return f"{old_name}于{rename.year}年更名为{rename.new_name}；{when}"


def parent_warnings(place: Location, tally: Tally, gazetteer: Gazetteer) -> list[str]:
    """Warn when the text names provinces but never the one the place is in.

    >>> from township_reports.ingest.town_choice import place_of_county
    >>> gazetteer = load_gazetteer()
    >>> parent_warnings(place_of_county(gazetteer.counties['410922']),
    ...                 tally_mentions(read_mentions('学习陕西省经验', gazetteer)), gazetteer)
    ['文中提到陕西省，但未提到清丰县所在的河南省']
    """
    if not place.province or not tally.provinces:
        return []
    place_code = gazetteer.provinces_by_name[place.province]
    if tally.provinces[place_code]:
        return []
    code_to_name = {code: name for name, code in gazetteer.provinces_by_name.items()}
    named = "、".join(sorted(code_to_name[code] for code in tally.provinces))
    where = place.township or place.county or place.prefecture
    return [f"文中提到{named}，但未提到{where}所在的{place.province}"]


def supporting_evidence(place: Location, tally: Tally, gazetteer: Gazetteer) -> list[str]:
    """Prefecture and province names in the text that agree with the place.

    >>> from township_reports.ingest.town_choice import place_of_county
    >>> gazetteer = load_gazetteer()
    >>> supporting_evidence(place_of_county(gazetteer.counties['410922']),
    ...     tally_mentions(read_mentions('濮阳市…河南省…河南省', gazetteer)), gazetteer)
    ['濮阳市（提及1次）、河南省（提及2次）与之相符']
    """
    agreeing = []
    if place.prefecture:
        for code in gazetteer.prefectures_by_name[place.prefecture]:
            if tally.prefectures[code] and place.province:
                if gazetteer.provinces_by_name[place.province] == code[:2]:
                    agreeing.append((place.prefecture, tally.prefectures[code]))
    if place.province:
        count = tally.provinces[gazetteer.provinces_by_name[place.province]]
        if count:
            agreeing.append((place.province, count))
    if not agreeing:
        return []
    parts = [f"{name}（提及{count}次）" for name, count in agreeing]
    return ["、".join(parts) + "与之相符"]


def township_as_written(
    place: Location, mentions: Iterable[Mention], sources: Mapping[str, str]
) -> list[str]:
    """How the text writes the place's town where that is not today's name (侯寨乡 for
    侯寨街道, 堿滩镇 for 碱滩镇): the Report's ``township_as_written``, and the evidence.

    >>> text = '二七区侯寨乡联合区城管局开展义务植树'
    >>> place = resolve_place(text).place
    >>> township_as_written(place, read_mentions(text, load_gazetteer()), {'text': text})
    ['侯寨乡']
    """
    written = {
        sources[mention.where][mention.start : mention.end]
        for mention in mentions
        if any(town.code == place.division_code for town in mention.towns)
    }
    return sorted(written - {place.township})


def only_parents_named(tally: Tally, gazetteer: Gazetteer) -> list[str]:
    """The review note for an unplaced text that names provinces or prefectures only.

    >>> only_parents_named(tally_mentions(read_mentions('河南省表彰', load_gazetteer())), load_gazetteer())
    ['文中只提到河南省，未提及县或乡镇：未定位']
    """
    named = [name for name, code in gazetteer.provinces_by_name.items() if tally.provinces[code]]
    named += [
        name
        for name, codes in gazetteer.prefectures_by_name.items()
        if any(tally.prefectures[code] for code in codes)
    ]
    return [f"文中只提到{'、'.join(sorted(named))}，未提及县或乡镇：未定位"] if named else []


def unconfirmed_short_forms(
    read: Iterable[Mention], confirmed: Iterable[Mention], gazetteer: Gazetteer
) -> list[str]:
    """A review note for a 民族乡 short form that several towns share (天桥乡: 天桥土家族
    苗族乡, and the 天桥镇 that were 乡) when the text names none of their counties: the
    name is dropped rather than guessed, and the reader is told which towns it may be.

    >>> g = load_gazetteer()
    >>> read = read_mentions('天桥乡党委召开会议', g)
    >>> unconfirmed_short_forms(read, (), g)
    ['文中写作天桥乡，可能是思南县天桥土家族苗族乡等6个乡镇，文中未提其县：未定位']
    """
    kept = {(mention.where, mention.start) for mention in confirmed if mention.towns}
    notes = []
    for mention in read:
        if not mention.variant or (mention.where, mention.start) in kept:
            continue
        ethnic = [t for t in mention.towns if is_ethnic_short_form(mention.name, t.name)]
        if ethnic and len(mention.towns) > 1:
            label = gazetteer.counties[ethnic[0].county_code].name + ethnic[0].name
            note = (
                f"文中写作{mention.name}，可能是{label}等{len(mention.towns)}个乡镇，"
                "文中未提其县：未定位"
            )
            if note not in notes:
                notes.append(note)
    return notes


def unknown_char_warnings(place: Location, mentions: Iterable[Mention]) -> list[str]:
    """A review note when the chosen town was matched with a character the page spells
    by its parts or leaves blank (干(石览)镇): the county and the other characters agree,
    but the reader should check the one character.

    >>> text = '舟山市定海区干(石览)镇西码头村'
    >>> unknown_char_warnings(resolve_place(text).place, read_mentions(text, load_gazetteer()))
    ['文中写作干(石览)镇，有一字拆写或缺字，按县名与其余字认作干览镇']
    """
    return [
        f"文中写作{mention.name}，有一字拆写或缺字，按县名与其余字认作{place.township}"
        for mention in mentions
        if mention.unknown_char and any(t.code == place.division_code for t in mention.towns)
    ][:1]


def resolve_place(
    text: str,
    *,
    title: str = "",
    year: int | None = None,
    gazetteer: Gazetteer | None = None,
    context: str = "",
) -> PlaceResolution:
    """Find the township (and county, prefecture, province) a report is about.

    ``text`` and ``title`` are simplified Chinese; ``year`` is the publication year when
    known, used to give the county's old name if it was renamed after the report.
    ``context`` is optional page furniture (site name, breadcrumb, footer address), which
    often says the site's region; it helps choose among same-named towns and vouch for
    variant spellings, and places a report only as a breadcrumb the text confirms.

    >>> resolution = resolve_place('今年以来，潼关县太要镇深入贯彻落实党的二十大精神',
    ...                            title='潼关县太要镇:党建引领激发乡村振兴新动能')
    >>> resolution.place
    Location(township='太要镇', township_as_written=None, county='潼关县', county_as_written=None, prefecture='渭南市', province='陕西省', division_code='610522102')
    >>> resolution.evidence
    ('潼关县太要镇（县名与乡镇名连写，提及2次，含标题）',)
    >>> resolve_place('神河镇在开展村级党组织“升级晋档，科学发展”活动中', year=2011).place.county_as_written
    '旬阳县'
    >>> resolve_place('以高质量党建引领生态型经济保持快速健康协调发展').place is None
    True
    >>> resolve_place('市文化馆党员走进大洋街道大星村', context='盐城市文化馆').place.county
    '亭湖区'
    """
    gazetteer = gazetteer or load_gazetteer()
    mentions = read_mentions(title, gazetteer, "title") + read_mentions(text, gazetteer)
    mentions = without_former_name_tails(title, text, mentions, gazetteer)
    mentions, pair = with_title_pair(title, text, mentions, gazetteer)
    blanked = text_without_towns(title, text, mentions) + "\n" + context if mentions else ""
    unconfirmed: list[str] = []
    if any(mention.variant or mention.renamed for mention in mentions):
        read = mentions
        mentions = confirm_variant_towns(mentions, tally_mentions(mentions), blanked, gazetteer)
        unconfirmed = unconfirmed_short_forms(read, mentions, gazetteer)
    tally = tally_mentions(mentions)
    claimed = towns_claimed_by_other_counties(mentions, gazetteer)  # 罗江区蟠龙镇: not 乐至县's
    candidates = [c for c in town_candidates(mentions, tally) if c.town.code not in claimed]
    if candidates:
        candidates = settle_same_named_towns(candidates, mentions, blanked, gazetteer)
        place, evidence, warnings = place_from_towns(candidates, tally, gazetteer)
    else:  # no town of today: the counties named, the site's filing, a town merged away since
        place, evidence, warnings = no_town_place(title, text, context, tally, gazetteer)
    place, evidence, warnings = with_town_stem(place, evidence, warnings, title + text, gazetteer)
    place, evidence, warnings = with_village_place(
        place, evidence, warnings, f"{title}\n{text}", gazetteer, candidates
    )
    if place is None:
        warnings = (warnings or only_parents_named(tally, gazetteer)) + unconfirmed
        return PlaceResolution(None, tuple(evidence), tuple(warnings))
    if place.county and place.division_code:
        county_code = place.division_code[:6]
        old_name = county_as_written(
            county_code, year, tally.county_names_written.get(county_code, frozenset()), gazetteer
        )
        if old_name:
            place = replace(place, county_as_written=old_name)
            evidence.append(describe_rename(county_code, old_name, year, gazetteer))
        renamed = {rename.old_name for rename in gazetteer.renames_by_code.get(county_code, ())}
        other_forms = sorted(
            tally.county_names_written.get(county_code, frozenset()) - renamed - {place.county}
        )
        if other_forms and not place.county_as_written:
            evidence.append(f"文中写作{'、'.join(other_forms)}，今为{place.county}")
    if place.township and place.division_code and len(place.division_code) == 9:
        # the stem of a headline pair (金利 in 高要金利：…) is a short form, not another name
        others = [m for m in mentions if m is not pair]
        written = township_as_written(place, others, {"title": title, "text": text})
        place, written = with_legal_name(place, written, evidence)
        if written:
            place = replace(place, township_as_written=written[0])
            evidence.append(f"文中写作{'、'.join(written)}，今为{place.township}")
        warnings += unknown_char_warnings(place, mentions)
    evidence += supporting_evidence(place, tally, gazetteer)
    warnings += parent_warnings(place, tally, gazetteer)
    return PlaceResolution(place, tuple(evidence), tuple(warnings))


def without_former_name_tails(
    title: str, text: str, mentions: tuple[Mention, ...], gazetteer: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions without a town read inside a longer former town's name (岔河乡 in
    两岔河乡, merged away in 2016) whose parents the text names nowhere: the name written is
    the former town's, and the town inside it, a province away, placed the report there with
    confidence (round 106). A town whose county, prefecture or province the text names too
    is kept: the text may be about it after all.

    >>> page = '近期，两岔河乡党委、政府及乡团委开展环境整治总动员，盐亭县巨龙镇两岔河社区积极响应'
    >>> [m.name for m in without_former_name_tails('', page, read_mentions(page, load_gazetteer()), load_gazetteer())]
    ['盐亭县', '巨龙镇']
    """
    tails = [
        m
        for m in mentions
        if m.towns
        and not m.counties
        and is_tail_of_former_name(title if m.where == "title" else text, m.start, m.end)
    ]
    if not tails:
        return mentions
    tally = tally_mentions(mentions)

    def supported(town) -> bool:
        county = gazetteer.counties[town.county_code]
        return bool(
            tally.counties[county.code]
            or tally.prefectures[county.prefecture_code]
            or tally.provinces[county.province_code]
        )

    dropped = {id(m) for m in tails if not any(supported(town) for town in m.towns)}
    return tuple(m for m in mentions if id(m) not in dropped)


def with_legal_name(
    place: Location, written: list[str], evidence: list[str]
) -> tuple[Location, list[str]]:
    """The place under the township's legal name the text writes (八岔赫哲族乡, 王平镇), where
    the gazetteer has the statistics table's (八岔乡, 王平地区); the other forms written.

    >>> place = resolve_place('同江市八岔乡党委').place
    >>> evidence = []
    >>> with_legal_name(place, ['八岔赫哲族乡'], evidence)[0].township, evidence
    ('八岔赫哲族乡', ['文中写作八岔赫哲族乡（统计用区划代码作八岔乡）'])
    """
    legal = [name for name in written if is_legal_name_of(name, place.township or "")]
    if not legal:
        return place, written
    evidence.append(f"文中写作{legal[0]}（统计用区划代码作{place.township}）")
    return replace(place, township=legal[0]), sorted(set(written) - {legal[0]})


def no_town_place(
    title: str, text: str, context: str, tally, gazetteer: Gazetteer
) -> tuple[Location | None, list[str], list[str]]:
    """The place of a text that names no town of today: the counties it names; else the
    site's filing (the breadcrumb, when the text confirms it); else the county of a town
    merged away since (撤并, former_towns.py), which goes on the review list. A town merged
    away in the county the text names is its town too (筠连县龙镇乡, round 78)."""
    place, evidence, warnings = place_from_counties(tally, gazetteer)
    if place is not None:  # the county named is the former town's: no other parent need agree
        former, said, words = place_of_former_town(f"{title}\n{text}", gazetteer)
        if former and former.township and former.division_code == place.division_code:
            return former, evidence + said, warnings + words
        return place, evidence, warnings
    place, evidence = place_from_breadcrumb(context, title + text, gazetteer, evidence)
    if place is None:
        place, former, said = place_of_former_town(f"{title}\n{text}", gazetteer, tally)
        evidence, warnings = evidence + former, (said or warnings)
    return place, evidence, warnings


def place_from_breadcrumb(
    context: str, text: str, gazetteer: Gazetteer, evidence: list[str]
) -> tuple[Location | None, list[str]]:
    """The town a site files the report under, when the text itself names no town.

    A city or district news site files a story under its district and street in the
    breadcrumb (``首页 > 微社区 > 荔湾区 > 沙面街 > 正文``) while the story names only the
    community (沙面社区). The breadcrumb is the site's own filing, so it places the
    report when a county is followed by a town of that county (one town, no doubt) and
    the text names the town's stem (沙面) too; a breadcrumb alone never does.

    >>> g = load_gazetteer()
    >>> place, said = place_from_breadcrumb('当前位置: 首页 > 荔湾区 > 沙面街 > 正文', '沙面社区党委开展活动', g, [])
    >>> place.township, place.county, said
    ('沙面街道', '荔湾区', ['面包屑“荔湾区 > 沙面街”，文中提到沙面'])
    >>> place_from_breadcrumb('首页 > 荔湾区 > 沙面街 > 正文', '社区党委开展活动', g, [])
    (None, [])
    """
    for line in context.splitlines():
        items = [item.strip() for item in CRUMB_STEP.split(line)]
        for county_name, town_name in zip(items, items[1:], strict=False):
            codes = {c.code for c in gazetteer.counties_by_name.get(county_name, ())}
            named = gazetteer.towns_by_name.get(town_name, ()) + gazetteer.town_variants.get(
                town_name, ()
            )
            towns = {t.code: t for t in named if t.county_code in codes}
            if len(towns) != 1:
                continue
            town = next(iter(towns.values()))
            stem = township_stem(town.name)
            if len(stem) >= 2 and stem in text:
                said = f"面包屑“{county_name} > {town_name}”，文中提到{stem}"
                return place_of_town(town, gazetteer), [*evidence, said]
    return None, evidence

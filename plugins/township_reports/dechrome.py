"""Remove page furniture (menus, breadcrumbs, font controls, share bars, footers).

Patterns live in ``data/chrome_patterns.yaml`` and are matched against the
simplified form of each line, so one pattern serves both scripts. This module
decides line by line and records every removal, so a report page can show what
was taken out. It never removes a line no pattern names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .page import reads_as_prose

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class ChromeRules:
    lines: tuple[tuple[str, re.Pattern], ...]
    inline: tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]
    cut: tuple[tuple[str, re.Pattern], ...]
    runs: tuple[tuple[str, re.Pattern, re.Pattern], ...]
    spam: re.Pattern
    spam_min_hits: int


@functools.cache
def load_chrome_rules(path: Path = DATA / "chrome_patterns.yaml") -> ChromeRules:
    """Compile the chrome patterns data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def compiled(kind):
        return tuple((r["name"], re.compile(r["pattern"])) for r in data.get(kind, []))

    runs = tuple(
        (r["name"], re.compile(r["item"]), re.compile(r["anchor"])) for r in data.get("runs", [])
    )
    spam = data.get("spam") or {}
    keywords = sorted(spam.get("keywords") or [], key=len, reverse=True)
    spam_pattern = re.compile("|".join(map(re.escape, keywords)) or "(?!)", re.IGNORECASE)
    inline = tuple(
        (r["name"], re.compile(r["pattern"]), tuple(map(str, r.get("requires") or ())))
        for r in data.get("inline", [])
    )
    return ChromeRules(
        compiled("lines"),
        inline,
        compiled("cut"),
        runs,
        spam_pattern,
        int(spam.get("min_hits", 2)),
    )


def is_spam_line(text: str, rules: ChromeRules | None = None) -> bool:
    """True for a line of the gambling or porn keywords a hijacked copy of a page carries.

    One keyword is enough on a line that is not prose; a sentence needs ``min_hits``
    different ones, so a report that mentions 在线观看 once keeps its sentence.

    >>> is_spam_line('国产在线五月综合婷婷,99久久这里只有精品,日本在线中文字幕')
    True
    >>> is_spam_line('村里开通直播间，村民可在线观看农产品展销会。')
    False
    """
    rules = rules or load_chrome_rules()
    hits = {m.group(0).lower() for m in rules.spam.finditer(text)}
    prose = re.search(r"[。！？]", text)
    return len(hits) >= rules.spam_min_hits or (bool(hits) and not prose)


_LETTER_SPACED = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])"
)


def join_letter_spaced(text: str) -> str:
    """Close up Chinese text a site spread out letter by letter (``版 权 所 有``).

    Sites space out short labels to align them; a word of three or more single
    characters separated by spaces is one word. Two-character names (``宋 鹏``) stay.

    >>> join_letter_spaced('赴铜鼓镇开展支部联建暨 主 题 党 日 活 动')
    '赴铜鼓镇开展支部联建暨 主题党日活动'
    >>> join_letter_spaced('吉 林 城 乡 网 版 权 所 有'), join_letter_spaced('记者 宋 鹏')
    ('吉林城乡网版权所有', '记者 宋 鹏')
    """
    return _LETTER_SPACED.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), text)


def strip_page_chrome(
    lines: list[str], simplified: list[str], rules: ChromeRules | None = None
) -> tuple[list[int], list[tuple[str, str]]]:
    """Decide which lines are chrome; return (indices of lines kept, [(rule, removed text)]).

    ``lines`` are the original lines and ``simplified`` the same lines after t2s.

    >>> raw = ['用戶中心 | 手機版 | 繁體 本站支持IPV6', '神河鎮“升級晉檔”推動黨建經濟雙豐收',
    ...        '字體調節: A+ A- 操作:', '神河鎮在開展村級黨組織']
    >>> from township_reports.simplify import to_simplified
    >>> kept, removed = strip_page_chrome(raw, [to_simplified(x) for x in raw])
    >>> [raw[i] for i in kept]
    ['神河鎮“升級晉檔”推動黨建經濟雙豐收', '神河鎮在開展村級黨組織']
    >>> [name for name, _ in removed]
    ['site menu', 'font size control']
    """
    rules = rules or load_chrome_rules()
    removed: list[tuple[str, str]] = []
    drop: set[int] = set()
    stripped = [s.strip() for s in simplified]
    for name, item, anchor in rules.runs:
        i = 0
        while i < len(stripped):
            j = i
            while j < len(stripped) and item.match(stripped[j]):
                j += 1
            if j > i and any(anchor.match(stripped[k]) for k in range(i, j)):
                for k in range(i, j):
                    drop.add(k)
                    removed.append((name, lines[k].strip()))
            i = max(j, i + 1)
    cut_at = len(lines)
    seen_prose = False  # a related-articles list follows a story: none is cut before it
    for index, text in enumerate(stripped):
        if index in drop or not text:
            continue
        cut = next((name for name, p in rules.cut if p.match(text)), None)
        seen_prose = seen_prose or reads_as_prose(text)
        if cut and seen_prose:
            cut_at = index
            tail = [line.strip() for line in lines[index:] if line.strip()]
            removed.append((cut, " / ".join(tail)))
            break
        name = next((name for name, p in rules.lines if p.search(text)), None)
        if name is None and is_spam_line(text, rules):
            name = "spam keywords"
        if name:
            drop.add(index)
            removed.append((name, lines[index].strip()))
    kept = [i for i in range(cut_at) if i not in drop]
    return kept, removed


def strip_inline_chrome(
    text: str, rules: ChromeRules | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Remove chrome embedded in a line of text (e.g. ``(资料图片)``).

    >>> strip_inline_chrome('葛营村(资料图片)')
    ('葛营村', [('photo caption marker', '(资料图片)')])
    """
    rules = rules or load_chrome_rules()
    removed = []
    for name, pattern, requires in rules.inline:
        if requires and not any(word in text for word in requires):
            continue
        for match in pattern.finditer(text):
            removed.append((name, match.group(0)))
        text = pattern.sub("", text)
    text, token = strip_watermark_tail(text)
    if token:
        removed.append(("watermark tokens", token))
    return text, removed


_TAIL = re.compile(r"(?<=[。！？”）」])\s*([A-Za-z0-9]{4,12}|[\u3400-\u9fff]{2,6})\s*$")


def _is_rare(char: str) -> bool:
    """True for a character outside GB2312, the set every ordinary Chinese text fits in."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def strip_watermark_tail(text: str) -> tuple[str, str]:
    """Cut an anti-scrape token glued after a paragraph's last sentence; return (text, token).

    Copy-protected pages append random letters and digits, or a run of rare
    characters, to each paragraph; a reader sees them as noise. A word of ordinary
    characters after the stop (a byline such as 记者张三) is not touched.

    >>> strip_watermark_tail('让党员在产业发展中当先锋。dW3qPzk8')
    ('让党员在产业发展中当先锋。', 'dW3qPzk8')
    >>> strip_watermark_tail('连续三年举办“村晚”。圡圢圤')
    ('连续三年举办“村晚”。', '圡圢圤')
    >>> strip_watermark_tail('乡村全面振兴。记者张三'), strip_watermark_tail('推进“1535”工作法。2024')
    (('乡村全面振兴。记者张三', ''), ('推进“1535”工作法。2024', ''))
    """
    match = _TAIL.search(text)
    if not match:
        return text, ""
    token = match.group(1)
    if token.isascii():
        noisy = re.search(r"[A-Za-z]", token) and re.search(r"\d", token)
    else:
        noisy = sum(map(_is_rare, token)) * 3 >= len(token) * 2
    return (text[: match.start()].rstrip(), token) if noisy else (text, "")

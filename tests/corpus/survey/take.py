#!/usr/bin/env python3
"""Keep one result of a saved ``search`` answer as a survey page (used by survey helpers).

    python3 take.py --claims SURVEY/claims.txt SURVEY/r86-a SURVEY/r86-a/answers/q01.json 3

Writes SETDIR/pages/<letter><NNN>.txt with the result's text exactly as the saved answer holds
it, and appends key, address and answer file to SETDIR/addresses.tsv. Refuses (exit 2, one
line) a result without an address, a registrable domain tests/corpus/PATTERNS.md already lists,
or one another helper claimed this round (the claims file is read and written under a lock),
so that no page shares a site with anything surveyed before.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

PATTERNS = Path(__file__).resolve().parents[1] / "PATTERNS.md"
#: Second-level labels under a two-letter country code (sdqixia.gov.cn → the domain is 3 labels).
SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "ac", "co", "mil"}


def registrable_domain(url: str) -> str:
    """The part of a host a registrant owns: the last two labels, three under a country's
    second level, the host itself for an address.

    >>> registrable_domain('http://www.qufu.gov.cn/a'), registrable_domain('https://hb.dzwww.com/p')
    ('qufu.gov.cn', 'dzwww.com')
    >>> registrable_domain('http://122.137.242.24:8080/x')
    '122.137.242.24'
    """
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if re.fullmatch(r"[\d.]+", host):
        return host
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_listed(domain: str, text: str) -> bool:
    """True when ``domain`` stands in ``text`` as a whole domain (not inside a longer one)."""
    return re.search(rf"(?<![a-z0-9-]){re.escape(domain)}(?![a-z0-9-])", text) is not None


def claim(domain: str, setdir: Path, url: str, claims: Path) -> bool:
    """Claim ``domain`` for this set; False when another set holds it."""
    claims.touch()
    with open(f"{claims}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        held = {line.split("\t")[0] for line in claims.read_text(encoding="utf-8").splitlines()}
        if domain in held:
            return False
        with claims.open("a", encoding="utf-8") as out:
            out.write(f"{domain}\t{setdir.name}\t{url}\n")
    return True


def keep(setdir: Path, answer: Path, rank: int, claims: Path) -> str:
    """Save the result of ``rank`` in ``answer`` as the set's next page; its key."""
    results = json.loads(answer.read_text(encoding="utf-8"))["results"]
    hit = next((r for r in results if r.get("rank") == rank), None)
    if hit is None or not hit.get("url"):
        raise SystemExit(f"refused: no result of rank {rank} with an address in {answer}")
    domain = registrable_domain(hit["url"])
    if is_listed(domain, PATTERNS.read_text(encoding="utf-8")):
        raise SystemExit(f"refused: {domain} is listed in PATTERNS.md")
    if not claim(domain, setdir, hit["url"], claims):
        raise SystemExit(f"refused: {domain} is already claimed this round")
    addresses = setdir / "addresses.tsv"
    taken = addresses.read_text(encoding="utf-8").splitlines() if addresses.exists() else []
    key = f"{setdir.name.split('-')[-1]}{len(taken) + 1:03d}.txt"  # a dropped page keeps its number
    (setdir / "pages").mkdir(parents=True, exist_ok=True)
    (setdir / "pages" / key).write_text(hit["excerpt"], encoding="utf-8")
    with addresses.open("a", encoding="utf-8") as out:
        out.write(f"{key}\t{hit['url']}\t{answer.name}\n")
    return key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, required=True, help="the round's claims file")
    parser.add_argument("setdir", type=Path)
    parser.add_argument("answer", type=Path, help="a saved search answer (JSON)")
    parser.add_argument("rank", type=int)
    args = parser.parse_args()
    try:
        key = keep(args.setdir, args.answer, args.rank, args.claims)
    except SystemExit as refused:
        print(refused)
        sys.exit(2)
    print(f"kept {key}: {args.setdir / 'pages' / key}")


if __name__ == "__main__":
    main()

"""Benchmark the parser on hostile long lines against the same text broken into lines.

    python bench/ingest/bench_long_lines.py [--repeat 3]

A saved web page can reach the parser as one line of megabytes (its line breaks lost), or as
megabytes of tier-list headings. Each case is read twice in one run: as one line, and as the
same words broken every 80 characters (the baseline: the shape the parser is built for). The
figure is the ratio of the medians; a reading that goes quadratic on a long line shows here
as a ratio of hundreds. Target: every ratio <= 5. Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report  # noqa: E402
from tipwatch.ingest.parsing.tierlists import read_tier_lists  # noqa: E402

MATCHER = CountryMatcher(
    [("PER", "Peru", []), ("MEX", "Mexico", []), ("CHL", "Chile", []), ("CUB", "Cuba", [])]
)
TARGET_RATIO = 5.0
SIZE = 2_000_000


def _repeat(phrase: str) -> str:
    return phrase * (SIZE // len(phrase))


CASES: dict[str, tuple[str, Callable[[str], object]]] = {
    "site lines and prose": (
        _repeat("Trafficking in Persons Report The Government of Peru and the site's lines "),
        lambda text: parse_report(document_from_text(text), 2023, MATCHER),
    ),
    "page titles": (
        _repeat("Trafficking in Persons Report 2014 - Peru and its many neighbouring countries "),
        lambda text: parse_report(document_from_text(text), 2014, MATCHER),
    ),
    "tier-list headings": (
        _repeat("Tier 2 Watch List Peru Chile Tier 3 Cuba and more "),
        lambda text: read_tier_lists(document_from_text(text), MATCHER),
    ),
}


def _median_seconds(read: Callable[[str], object], text: str, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        read(text)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    missed = False
    for name, (words, read) in CASES.items():
        one_line = words + "\n"
        broken = "\n".join(textwrap.wrap(words, 80)) + "\n"
        line_s = _median_seconds(read, one_line, args.repeat)
        broken_s = _median_seconds(read, broken, args.repeat)
        ratio = line_s / broken_s
        missed |= ratio > TARGET_RATIO
        print(
            f"{name:22} one line {line_s:6.2f} s, broken into lines {broken_s:6.2f} s, "
            f"ratio {ratio:5.2f} (target <= {TARGET_RATIO})"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())

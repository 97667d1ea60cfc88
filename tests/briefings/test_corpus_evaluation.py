"""The claim check measured on published sentences about TIP tiers (tests/briefings/corpus).

The floors are the figures reached, so that a change that recognises fewer claims or gets
more verdicts wrong fails here. Run with `-s` to see the figures and every miss.
"""

from __future__ import annotations

import pytest

from tests.briefings.corpus.evaluate import Score, evaluate_parts

pytestmark = pytest.mark.usefixtures("tip_data")

# (part, language): (claims recognised, verdicts right), as shares.
FLOORS = {
    # The sixth collection (counts, moves, streaks, context) was added before the parser was
    # changed for it and lowered the development shares; these are the figures after, less a
    # point or two.
    ("dev", "en"): (0.87, 1.0),
    ("dev", "es"): (0.79, 1.0),
    # One held-out verdict went wrong with the second collection's rules; by the rule for this
    # part it has not been read (PROVENANCE.md). The fourth, fifth and sixth collections lowered
    # the shares below (their sentences were added before the parser was changed for them).
    ("held_out", "en"): (0.56, 0.99),
    ("held_out", "es"): (0.55, 1.0),
    ("unseen", "en"): (0.46, 0.98),
    ("unseen", "es"): (0.44, 1.0),
}


def test_the_claim_check_keeps_its_figures_on_published_sentences() -> None:
    scores: dict[tuple[str, str], Score] = evaluate_parts()
    for (part, lang), score in scores.items():
        print(score.line(f"{part} {lang}"))
        if part == "dev":  # the held-out and unseen parts are only ever counted, never read
            print("\n".join(f"  missed {miss}" for miss in score.misses))
            print("\n".join(f"  wrong {wrong}" for wrong in score.wrong))
            print("\n".join(f"  found in none {found}" for found in score.found_in_none))
            print("\n".join(f"  not listed as not checked {item}" for item in score.unlisted))
    for key, (recognised, right) in FLOORS.items():
        score = scores[key]
        # Plain numbers, so that a failing assertion prints the figures and not the Score
        # (whose misses would show set-aside sentences).
        claims, line = score.claims, score.line(" ".join(key))
        recognised_share, right_share = score.recognised_share, score.right_share
        assert claims > 0, key
        assert recognised_share >= recognised, line
        assert right_share >= right, line
        if key[0] == "dev":
            # Every development sentence whose claims were all missed is at least listed as
            # "not checked" (the set-aside parts are only counted, not printed).
            assert score.unlisted == [], score.unlisted

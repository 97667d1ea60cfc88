"""The claim check measured on published sentences about TIP tiers (tests/briefings/corpus).

The floors are the figures reached, so that a change that recognises fewer claims or gets
more verdicts wrong fails here. Run with `-s` to see the figures and every miss.
"""

from __future__ import annotations

import pytest

from tests.briefings.corpus.evaluate import Score, evaluate_collection, evaluate_parts

pytestmark = pytest.mark.usefixtures("tip_data")

# (part, language): (claims recognised, verdicts right), as shares.
FLOORS = {
    ("dev", "en"): (0.84, 0.98),
    ("dev", "es"): (0.86, 1.0),
    # One held-out verdict went wrong with the second collection's rules; by the rule for this
    # part it has not been read (PROVENANCE.md). The fourth and fifth collections lowered the
    # English shares below (their sentences were added before the parser was changed for them),
    # and so did the sixth (English).
    ("held_out", "en"): (0.58, 0.98),
    ("held_out", "es"): (0.57, 1.0),
    ("unseen", "en"): (0.50, 0.98),
    ("unseen", "es"): (0.44, 1.0),
}


# The sixth collection (English) on its own: (part): (claims recognised, verdicts right).
COLLECTION_FLOORS = {
    (6, "en"): {"dev": (0.68, 0.93), "held_out": (0.55, 0.94)},
}


def test_the_claim_check_keeps_its_figures_on_published_sentences() -> None:
    scores: dict[tuple[str, str], Score] = evaluate_parts()
    for (part, lang), score in scores.items():
        print(score.line(f"{part} {lang}"))
        if part == "dev":  # the held-out and unseen parts are only ever counted, never read
            print("\n".join(f"  missed {miss}" for miss in score.misses))
            print("\n".join(f"  wrong {wrong}" for wrong in score.wrong))
            print("\n".join(f"  found in none {found}" for found in score.found_in_none))
    for key, (recognised, right) in FLOORS.items():
        score = scores[key]
        # Plain numbers, so that a failing assertion prints the figures and not the Score
        # (whose misses would show set-aside sentences).
        claims, line = score.claims, score.line(" ".join(key))
        recognised_share, right_share = score.recognised_share, score.right_share
        assert claims > 0, key
        assert recognised_share >= recognised, line
        assert right_share >= right, line


def test_the_sixth_collection_keeps_its_figures() -> None:
    for (collection, lang), floors in COLLECTION_FLOORS.items():
        scores = evaluate_collection(collection, lang)
        for part, (recognised, right) in floors.items():
            score = scores[part]
            line = score.line(f"collection {collection} {part} {lang}")
            print(line)  # the aggregate only: the dev misses are printed by the test above
            recognised_share, right_share = score.recognised_share, score.right_share
            assert recognised_share >= recognised, line
            assert right_share >= right, line

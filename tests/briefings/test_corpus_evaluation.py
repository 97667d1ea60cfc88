"""The claim check measured on published sentences about TIP tiers (tests/briefings/corpus).

The floors are the figures reached, so that a change that recognises fewer claims or gets
more verdicts wrong fails here. Run with `-s` to see the figures and every miss.
"""

from __future__ import annotations

import pytest

from tests.briefings.corpus.evaluate import Score, evaluate_parts

pytestmark = pytest.mark.usefixtures("tip_data")

# (part, language): (claims recognised, verdicts right), as shares. Since the sixteenth round
# a move to a tier also recognises a placement on it, and a verdict combines only the claims
# about the claim's own countries (PROVENANCE.md gives the figures under both scorings).
FLOORS = {
    # The eighth to thirteenth collections were added before the parser was changed for them
    # (PROVENANCE.md).
    ("dev", "en"): (0.90, 0.99),
    # The sixth, seventh and ninth (Spanish) collections were added before the parser was
    # changed for them; so was the thirteenth (0.85 with it).
    ("dev", "es"): (0.85, 1.0),
    # One held-out verdict went wrong with the second collection's rules; by the rule for this
    # part it has not been read (PROVENANCE.md). The fourth, fifth and sixth collections lowered
    # the English shares below (their sentences were added before the parser was changed for
    # them).
    # The readings that keep apart countries an exception, an aside or a comparison sets apart,
    # and tiers offered as one of two (written on invented sentences, not on the corpus), cost
    # three held-out and two unseen English claims, all of them right (PROVENANCE.md).
    # The thirteenth collection's held-out part, added before the parser was changed for it,
    # brought the share from 0.62 to 0.61 (totals only, PROVENANCE.md).
    ("held_out", "en"): (0.61, 0.98),
    # Two held-out verdicts of the sixth collection were wrong before any change for it; by the
    # rule for this part they have not been read.
    ("held_out", "es"): (0.53, 0.96),
    ("unseen", "en"): (0.51, 0.98),
    ("unseen", "es"): (0.51, 1.0),
}
# Each later collection alone (no unseen part), so that its own figures are kept too.
COLLECTION_FLOORS = {
    # A held-out Spanish claim first recognised by the thirteenth round's readings (made on
    # development sentences) has a wrong verdict; by the rule for this part it has not been read.
    6: {
        ("dev", "en"): (0.95, 0.97),
        ("held_out", "en"): (0.63, 0.95),
        ("dev", "es"): (0.82, 1.0),
        ("held_out", "es"): (0.39, 0.80),
    },
    7: {
        ("dev", "en"): (0.95, 1.0),
        ("held_out", "en"): (0.82, 1.0),
        ("dev", "es"): (0.84, 1.0),
        ("held_out", "es"): (0.47, 1.0),
    },
    # After the changes for it and the ninth round; at first sight 0.63, 0.34, 0.32 and 0.25
    # (PROVENANCE.md).
    8: {
        ("dev", "en"): (0.86, 1.0),
        ("held_out", "en"): (0.34, 1.0),
        ("dev", "es"): (0.78, 1.0),
        ("held_out", "es"): (0.62, 1.0),
    },
    # After the changes for it; at first sight 0.58, 0.33, 0.63 and 0.40 (PROVENANCE.md).
    9: {
        ("dev", "en"): (0.86, 1.0),
        ("held_out", "en"): (0.63, 1.0),
        ("dev", "es"): (0.66, 1.0),
        ("held_out", "es"): (0.40, 1.0),
    },
    # English only. After the changes for it; at first sight 0.58 and 0.72, and one held-out
    # verdict wrong then and since, which by the rule for this part has not been read.
    10: {
        ("dev", "en"): (0.76, 1.0),
        ("held_out", "en"): (0.72, 0.94),
    },
    # English only. After the changes for it; at first sight 0.63 and 0.56.
    11: {
        ("dev", "en"): (0.89, 1.0),
        # Two of them were lost by the readings of invented traps (see the English floors).
        ("held_out", "en"): (0.44, 1.0),
    },
    # English only. After the changes for it; at first sight 0.75 and 0.85 (the held-out part
    # unchanged by them).
    12: {
        ("dev", "en"): (0.86, 1.0),
        ("held_out", "en"): (0.84, 1.0),
    },
    # After the changes for it and the lead's readings of the same session (made on invented
    # sentences and this collection's development part); at first sight 0.58 (English) and
    # 0.33 (Spanish). Its held-out part was counted, as totals, after those changes.
    13: {
        ("dev", "en"): (0.75, 1.0),
        ("held_out", "en"): (0.36, 1.0),
        ("dev", "es"): (0.50, 1.0),
        ("held_out", "es"): (0.33, 1.0),
    },
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


@pytest.mark.parametrize("collection", sorted(COLLECTION_FLOORS))
def test_a_collection_keeps_its_figures(collection: int) -> None:
    scores = evaluate_parts(("dev", "held_out"), collection=collection)
    for key, (recognised, right) in COLLECTION_FLOORS[collection].items():
        score = scores[key]
        line = score.line(f"collection {collection} " + " ".join(key))
        print(line)  # the aggregate only: the dev misses are printed by the test above
        recognised_share, right_share = score.recognised_share, score.right_share
        assert score.claims > 0, key
        assert recognised_share >= recognised, line
        assert right_share >= right, line

"""Do the claims read from a sentence survive a change of its form, or of its wording? For each
perturbation (`tests.briefings.perturbations`) or rewording (`tests.briefings.rewordings`), the
development sentences of the corpus are read as written and as changed, and the claims read
are compared field by field (kind, countries, tier, year, negation, direction, count, ...),
with whether the sentence is listed as not checked.
No labels are used: only the reader's agreement with itself.

Only the development part is read: the set-aside parts are never read item by item.

    python -m tests.briefings.corpus.invariance [--list] [--rewordings] [NAME ...]

With --rewordings, the changes of wording of `tests.briefings.rewordings` are tried instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tests.briefings.perturbations import PERTURBATIONS, Perturbation
from tests.briefings.rewordings import REWORDINGS, Rewording
from tipwatch.briefings.claims import Gazetteer, read_text


def development_items() -> list[dict[str, Any]]:
    from tests.briefings.corpus.evaluate import load  # (imports Django models)

    return [item for item in load() if item["part"] == "dev"]


def reading(
    context: str, text: str, lang: str, year: int, names: Gazetteer, checked_years: bool = False
) -> tuple[Any, ...]:
    """What is read from `text` (after `context`, as evaluate.py reads it): each claim's
    fields, sorted, and whether the sentence is listed as not checked. With `checked_years`,
    each claim's year is the one it is checked against (its own, else `year` less its
    `years_before`), with no word of where it came from: "the 2013 report" and "this year's
    report" in a story on the 2013 report say the same."""
    context = context.strip()
    document = f"{context}\n\n{text}" if context else text
    offset = len(document) - len(text)
    result = read_text(document, names, lang, default_year=year)
    claims = sorted(
        repr(sorted(_fields(claim, year if checked_years else None).items()))
        for claim in result.claims
        if claim.span[0] >= offset
    )
    listed = any(sentence.start >= offset for sentence in result.unchecked)
    return (tuple(claims), listed)


def _fields(claim: Any, checked_against: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = claim.structured()
    data["years_before"] = claim.years_before
    if checked_against is not None:  # (as tipwatch.briefings.verify.checker takes it)
        data["year"] = claim.year or checked_against - claim.years_before
        del data["years_before"], data["year_from"]
    if "countries" in data:
        data["countries"] = sorted(data["countries"])
    return data


@dataclass
class Outcome:
    perturbation: str
    applies: int = 0  # sentences the perturbation changes
    changed: list[str] = field(default_factory=list)  # ids whose reading it changes


def invariance(
    items: Iterable[dict[str, Any]],
    perturbations: Iterable[Perturbation | Rewording] = PERTURBATIONS,
    names: Gazetteer | None = None,
    originals: dict[str, tuple[Any, ...]] | None = None,
) -> list[Outcome]:
    """For each perturbation, the sentences it changes and those whose reading it changes.
    `originals` keeps what is read from each sentence as written (by id), filled as needed,
    so that one dict passed to several calls reads each sentence as written once. A rewording
    is judged by the years claims are checked against (`reading`'s `checked_years`)."""
    if names is None:
        from tests.briefings.corpus.names_from_files import gazetteer_from_files

        names = gazetteer_from_files()
    items = list(items)
    originals = {} if originals is None else originals
    outcomes = []
    for perturbation in perturbations:
        outcome = Outcome(perturbation.name)
        for item in items:
            lang = item["lang"]
            context, text = perturbation.change(item)
            if (context, text) == (item["context"], item["text"]):
                continue
            outcome.applies += 1
            checked = isinstance(perturbation, Rewording)
            key = f"{item['id']} (years as checked)" if checked else item["id"]
            if key not in originals:
                originals[key] = reading(
                    item["context"], item["text"], lang, item["report_year"], names, checked
                )
            if reading(context, text, lang, item["report_year"], names, checked) != originals[key]:
                outcome.changed.append(item["id"])
        outcomes.append(outcome)
    return outcomes


def main(argv: list[str]) -> None:
    wanted = [a for a in argv if not a.startswith("--")]
    changes: tuple[Perturbation | Rewording, ...] = PERTURBATIONS + REWORDINGS
    if not wanted:
        changes = REWORDINGS if "--rewordings" in argv else PERTURBATIONS
    chosen = [p for p in changes if not wanted or p.name in wanted]
    items = development_items()
    by_id = {item["id"]: item for item in items}
    for outcome in invariance(items, chosen):
        print(
            f"{outcome.perturbation}: changes {outcome.applies} sentences, "
            f"the claims read of {len(outcome.changed)}"
        )
        if "--list" in argv:
            perturbation = next(p for p in chosen if p.name == outcome.perturbation)
            for ident in outcome.changed:
                item = by_id[ident]
                print(f"  {ident}: {perturbation.change(item)[1]!r}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.dev")
    django.setup()
    main(sys.argv[1:])  # (Django set up first: the corpus and names import its models)

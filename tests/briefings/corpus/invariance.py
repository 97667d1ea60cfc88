"""Do the claims read from a sentence survive a change of its form? For each perturbation
(`tests.briefings.perturbations`), the development sentences of the corpus are read as written
and as perturbed, and the claims read are compared field by field (kind, countries, tier,
year, negation, direction, count, ...), with whether the sentence is listed as not checked.
No labels are used: only the reader's agreement with itself.

Only the development part is read: the set-aside parts are never read item by item.

    python -m tests.briefings.corpus.invariance [--list] [NAME ...]
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tests.briefings.perturbations import PERTURBATIONS, Perturbation
from tipwatch.briefings.claims import Gazetteer, read_text


def development_items() -> list[dict[str, Any]]:
    from tests.briefings.corpus.evaluate import load  # (imports Django models)

    return [item for item in load() if item["part"] == "dev"]


def reading(context: str, text: str, lang: str, year: int, names: Gazetteer) -> tuple[Any, ...]:
    """What is read from `text` (after `context`, as evaluate.py reads it): each claim's
    fields, sorted, and whether the sentence is listed as not checked."""
    context = context.strip()
    document = f"{context}\n\n{text}" if context else text
    offset = len(document) - len(text)
    result = read_text(document, names, lang, default_year=year)
    claims = sorted(
        repr(sorted(_fields(claim).items())) for claim in result.claims if claim.span[0] >= offset
    )
    listed = any(sentence.start >= offset for sentence in result.unchecked)
    return (tuple(claims), listed)


def _fields(claim: Any) -> dict[str, Any]:
    data: dict[str, Any] = claim.structured()
    data["years_before"] = claim.years_before
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
    perturbations: Iterable[Perturbation] = PERTURBATIONS,
    names: Gazetteer | None = None,
    originals: dict[str, tuple[Any, ...]] | None = None,
) -> list[Outcome]:
    """For each perturbation, the sentences it changes and those whose reading it changes.
    `originals` keeps what is read from each sentence as written (by id), filled as needed,
    so that one dict passed to several calls reads each sentence as written once."""
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
            context = perturbation.apply(item["context"], lang)
            text = perturbation.apply(item["text"], lang)
            if (context, text) == (item["context"], item["text"]):
                continue
            outcome.applies += 1
            if item["id"] not in originals:
                originals[item["id"]] = reading(
                    item["context"], item["text"], lang, item["report_year"], names
                )
            if reading(context, text, lang, item["report_year"], names) != originals[item["id"]]:
                outcome.changed.append(item["id"])
        outcomes.append(outcome)
    return outcomes


def main(argv: list[str]) -> None:
    wanted = [a for a in argv if not a.startswith("--")]
    chosen = [p for p in PERTURBATIONS if not wanted or p.name in wanted]
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
                print(f"  {ident}: {perturbation.apply(item['text'], item['lang'])!r}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.dev")
    django.setup()
    main(sys.argv[1:])  # (Django set up first: the corpus and names import its models)

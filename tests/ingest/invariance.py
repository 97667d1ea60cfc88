"""Does the importer read the same from another copy's form of the same text?

Each transformation in tests/ingest/perturbations.py, and each saved web page of
tests/ingest/html_renderings.py (read as the importer reads a file: HTML through its HTML
reader), is run over the development passages and what the parser reads from the changed
text is compared with what it reads from the stored text: the file rejected or not, the
tier, the figures (metric, value, year) and the tier lists' placements. No labels are
needed: the stored text's reading is the reference.

Only the development part is ever used here: the set-aside parts are not read item by item.
``python -m tests.ingest.invariance [NAME ...]`` prints each transformation's differences.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from tests.ingest.html_renderings import HTML_RENDERINGS, SAVED_AS_TEXT
from tests.ingest.perturbations import PERTURBATIONS, Perturbation
from tests.ingest.real_text import FigureKey, Passage, development, run, section_prose
from tipwatch.ingest.parsing import Document, document_from_text, read_any

# The changes of text and the saved web pages (as HTML and as text), tried alike.
ALL_CHANGES: tuple[Perturbation, ...] = PERTURBATIONS + HTML_RENDERINGS + SAVED_AS_TEXT
BY_NAME = {change.name: change for change in ALL_CHANGES}


@dataclass(frozen=True)
class Reading:
    rejected: bool
    tier: str | None
    figures: frozenset[FigureKey]
    placements: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Difference:
    passage: str
    changes: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.passage}: " + "; ".join(self.changes)


def read(passage: Passage, text: str | None = None, document: Document | None = None) -> Reading:
    """What the parser reads from the passage's stored text, from another ``text`` or from
    the ``document`` another copy (a saved web page) was read into."""
    result = run(passage if text is None else replace(passage, text=text), document)
    return Reading(
        rejected=result.rejected,
        tier=result.tier,
        figures=frozenset(figure.key for figure in result.figures),
        placements=frozenset(result.placements.items()),
    )


def parser_input(passage: Passage, text: str) -> object:
    """What the parser is given for the passage's text: the Document a file is read into, a
    section's joined prose. Two texts that give the same input read the same (the parse is
    a function of it), so a change the reading step already undoes need not be parsed."""
    if passage.kind == "section":
        return section_prose(text)
    return _document_input(document_from_text(text))


def _document_input(document: Document) -> object:
    # The document's kind is left out: the parser reads a page's text and headings alike
    # whichever reader made them.
    pages = tuple((page.number, page.text, page.heading_lines) for page in document.pages)
    return (pages, document.file_starts)


def compare(before: Reading, after: Reading) -> tuple[str, ...]:
    changes: list[str] = []
    if before.rejected != after.rejected:
        changes.append("rejected" if after.rejected else "no longer rejected")
    if before.tier != after.tier:
        changes.append(f"tier {before.tier} -> {after.tier}")
    changes.extend(f"lost {key}" for key in sorted(before.figures - after.figures))
    changes.extend(f"new {key}" for key in sorted(after.figures - before.figures))
    if before.placements != after.placements:
        lost, new = before.placements - after.placements, after.placements - before.placements
        changes.append(f"placements: {len(lost)} lost, {len(new)} new")
    return tuple(changes)


def applies(perturbation: Perturbation, passage: Passage) -> bool:
    return passage.kind != "section" or not perturbation.files_only


@dataclass(frozen=True)
class Baseline:
    """A passage's stored text as the parser is given it, and what it reads from it."""

    given: object
    reading: Reading


def baseline(passages: Iterable[Passage]) -> dict[str, Baseline]:
    return {
        passage.name: Baseline(parser_input(passage, passage.text), read(passage))
        for passage in passages
    }


def differences(
    perturbation: Perturbation, passages: Sequence[Passage], stored: dict[str, Baseline]
) -> list[Difference]:
    """The passages whose reading the transformation changes, and how."""
    found: list[Difference] = []
    for passage in passages:
        if not applies(perturbation, passage):
            continue
        text = perturbation.change(passage.text)
        reference = stored[passage.name]
        if perturbation.html:
            document = read_any(text.encode("utf-8"))
            if _document_input(document) == reference.given:
                continue
            changes = compare(reference.reading, read(passage, document=document))
        else:
            if text == passage.text or parser_input(passage, text) == reference.given:
                continue
            changes = compare(reference.reading, read(passage, text))
        if changes:
            found.append(Difference(passage.name, changes))
    return found


def main(names: Sequence[str]) -> None:
    passages = development()
    stored = baseline(passages)
    chosen = [BY_NAME[name] for name in names] if names else list(ALL_CHANGES)
    for perturbation in chosen:
        tried = sum(applies(perturbation, passage) for passage in passages)
        found = differences(perturbation, passages, stored)
        print(f"{perturbation.name}: {len(found)} of {tried} passages read differently")
        for difference in found:
            print(f"  {difference}")


if __name__ == "__main__":
    main(sys.argv[1:])

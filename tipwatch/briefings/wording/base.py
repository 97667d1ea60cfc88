"""A briefing's sentences, in the active language, and the order of its paragraphs.

One `Wording` for every language: the sentences are catalog entries (context "briefing"),
numbers, ordinals and dates come from Babel and num2words (`tipwatch.tip.language`), and the
tier, metric and tag words and names from `phrases`. The composer activates the language.

Each paragraph has a module of its own (`lead`, `meaning`, `coverage`, `group`, `moves`,
`watch_list_rule`, `law_enforcement`, `narrative`, `source_line`), as do the headline and the
citations; `Wording` puts them in order and applies the Spanish contractions.
"""

from __future__ import annotations

from ..briefing import Citation
from ..facts import BriefingFacts
from .citations import citations
from .coverage import coverage_paragraph
from .group import group_paragraph
from .headline import headline
from .law_enforcement import law_enforcement_paragraph
from .lead import lead_paragraph, placement_sentence
from .meaning import meaning_paragraph
from .moves import moves_paragraph
from .narrative import narrative_paragraph, quotes_paragraph
from .phrases import spanish_contractions
from .source_line import source_line
from .watch_list_rule import rule_paragraph


class Wording:
    """Turns `BriefingFacts` into sentences in the active language."""

    def __init__(self, lang: str = "") -> None:
        self.lang = lang

    def paragraphs(self, facts: BriefingFacts) -> list[str]:
        parts: list[str | None] = [
            lead_paragraph(facts),
            meaning_paragraph(facts),
            coverage_paragraph(facts),
            group_paragraph(facts),
            moves_paragraph(facts),
            rule_paragraph(facts),
            law_enforcement_paragraph(facts),
            narrative_paragraph(facts),
            quotes_paragraph(facts),
            source_line(facts),
        ]
        return [spanish_contractions(part) for part in parts if part]

    def citations(self, facts: BriefingFacts) -> list[Citation]:
        return citations(facts)

    def headline(self, facts: BriefingFacts) -> str:
        return spanish_contractions(headline(facts))

    def summary(self, facts: BriefingFacts) -> str:
        """One sentence for listings: the placement and its change."""
        return spanish_contractions(placement_sentence(facts))

"""Words for the codes stored with a narrative and its figures, for anything that shows them.

A report import stores narrative tags as codes (`forced_labor`, `brick_kilns`) and figures with a
metric and a qualifier code (`at_least`). Readers never see a code: they see these words. No
Django imports, so the wording is tested directly.
"""

from __future__ import annotations

# The tags `ingest.parsing.tags` produces, in the report's own (American) spelling.
TAG_LABELS: dict[str, str] = {
    "sex_trafficking": "sex trafficking",
    "forced_labor": "forced labor",
    "child_labor": "child labor",
    "domestic_servitude": "domestic servitude",
    "forced_begging": "forced begging",
    "forced_criminality": "forced criminality",
    "debt_bondage": "debt bondage",
    "child_soldiers": "the use of child soldiers",
    "organ_removal": "organ removal",
    "forced_marriage": "forced marriage",
    "sex_tourism": "sex tourism",
    "online_sexual_exploitation": "online sexual exploitation",
    "mining": "mining",
    "illegal_gold_mining": "illegal gold mining",
    "logging": "logging",
    "agriculture": "agriculture",
    "fishing": "fishing",
    "construction": "construction",
    "domestic_work": "domestic work",
    "manufacturing": "manufacturing",
    "textiles": "textiles",
    "brick_kilns": "brick kilns",
    "hospitality_tourism": "hospitality and tourism",
    "entertainment": "bars and entertainment venues",
    "street_vending": "street vending",
    "cattle_ranching": "cattle ranching",
}

METRIC_LABELS: dict[str, str] = {
    "investigations": "investigations",
    "prosecutions": "prosecutions",
    "convictions": "convictions",
    "victims_identified": "identified victims",
    "investigations_sex_trafficking": "sex trafficking investigations",
    "investigations_labor_trafficking": "labor trafficking investigations",
    "prosecutions_sex_trafficking": "sex trafficking prosecutions",
    "prosecutions_labor_trafficking": "labor trafficking prosecutions",
    "convictions_sex_trafficking": "sex trafficking convictions",
    "convictions_labor_trafficking": "labor trafficking convictions",
    "victims_identified_sex_trafficking": "identified sex trafficking victims",
    "victims_identified_labor_trafficking": "identified labor trafficking victims",
}

QUALIFIER_LABELS: dict[str, str] = {
    "at_least": "at least",
    "approximately": "approximately",
    "more_than": "more than",
    "fewer_than": "fewer than",
}


def words(code: str) -> str:
    """A code nobody has named yet still reads as words, never with underscores."""
    return " ".join(code.replace("_", " ").split())


def tag_label(code: str) -> str:
    return TAG_LABELS.get(code.strip(), words(code))


def metric_label(code: str) -> str:
    return METRIC_LABELS.get(code.strip(), words(code))


def figure_text(value: int, qualifier: str = "", qualifiers: dict[str, str] | None = None) -> str:
    """ "at least 774", or "774" for an exact figure; `qualifiers` has another language's words."""
    table = QUALIFIER_LABELS if qualifiers is None else qualifiers
    if not qualifier:
        return str(value)
    return f"{table.get(qualifier, words(qualifier))} {value}"

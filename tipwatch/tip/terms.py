"""Words for the codes stored with a narrative and its figures, for anything that shows them.

A report import stores narrative tags as codes (`forced_labor`, `brick_kilns`) and figures with a
metric and a qualifier code (`at_least`). Readers never see a code: they see these words,
through the catalog, in the active language or the one asked for.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

# The tags `ingest.parsing.tags` produces, in the report's own (American) spelling.
TAG_LABELS: dict[str, Promise] = {
    "sex_trafficking": _("sex trafficking"),
    "forced_labor": _("forced labor"),
    "child_labor": _("child labor"),
    "domestic_servitude": _("domestic servitude"),
    "forced_begging": _("forced begging"),
    "forced_criminality": _("forced criminality"),
    "debt_bondage": _("debt bondage"),
    "child_soldiers": _("the use of child soldiers"),
    "organ_removal": _("organ removal"),
    "forced_marriage": _("forced marriage"),
    "sex_tourism": _("sex tourism"),
    "online_sexual_exploitation": _("online sexual exploitation"),
    "mining": _("mining"),
    "illegal_gold_mining": _("illegal gold mining"),
    "logging": _("logging"),
    "agriculture": _("agriculture"),
    "fishing": _("fishing"),
    "construction": _("construction"),
    "domestic_work": _("domestic work"),
    "manufacturing": _("manufacturing"),
    "textiles": _("textiles"),
    "brick_kilns": _("brick kilns"),
    "hospitality_tourism": _("hospitality and tourism"),
    "entertainment": _("bars and entertainment venues"),
    "street_vending": _("street vending"),
    "cattle_ranching": _("cattle ranching"),
}

METRIC_LABELS: dict[str, Promise] = {
    "investigations": _("investigations"),
    "prosecutions": _("prosecutions"),
    "convictions": _("convictions"),
    "victims_identified": _("identified victims"),
    "investigations_sex_trafficking": _("sex trafficking investigations"),
    "investigations_labor_trafficking": _("labor trafficking investigations"),
    "prosecutions_sex_trafficking": _("sex trafficking prosecutions"),
    "prosecutions_labor_trafficking": _("labor trafficking prosecutions"),
    "convictions_sex_trafficking": _("sex trafficking convictions"),
    "convictions_labor_trafficking": _("labor trafficking convictions"),
    "victims_identified_sex_trafficking": _("identified sex trafficking victims"),
    "victims_identified_labor_trafficking": _("identified labor trafficking victims"),
}

QUALIFIER_LABELS: dict[str, Promise] = {
    "at_least": _("at least"),
    "approximately": _("approximately"),
    "more_than": _("more than"),
    "fewer_than": _("fewer than"),
}


def words(code: str) -> str:
    """A code nobody has named yet still reads as words, never with underscores."""
    return " ".join(code.replace("_", " ").split())


def _label(table: dict[str, Promise], code: str, language: str | None) -> str:
    label = table.get(code.strip())
    if label is None:
        return words(code)
    if language is None:
        return str(label)
    with override(language):
        return str(label)


def tag_label(code: str, language: str | None = None) -> str:
    """The tag in words, in `language` or the active one."""
    return _label(TAG_LABELS, code, language)


def metric_label(code: str, language: str | None = None) -> str:
    return _label(METRIC_LABELS, code, language)


def qualifier_label(code: str, language: str | None = None) -> str:
    return _label(QUALIFIER_LABELS, code, language) if code else ""


def figure_text(
    value: int,
    qualifier: str = "",
    qualifiers: dict[str, str] | None = None,
    language: str | None = None,
) -> str:
    """ "at least 774", or "774" for an exact figure; `qualifiers` has another language's words.

    Without `qualifiers`, the words come from the catalog in `language` or the active one."""
    if not qualifier:
        return str(value)
    if qualifiers is not None:
        return f"{qualifiers.get(qualifier, words(qualifier))} {value}"
    return f"{qualifier_label(qualifier, language)} {value}"

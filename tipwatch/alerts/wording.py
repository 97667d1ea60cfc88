"""The words of an alert, in the active language, from the gettext catalog.

Callers choose the language (`translation.override` with the member's, or the page's); nothing
here takes one. Tier names, like country names, come from `tipwatch.tip.names`.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tipwatch.tip import names
from tipwatch.tip.rules import FlagCode, Tier

PHRASES: dict[str, Promise] = {
    "subject_one": _("{country}: {change} in the {year} TIP Report"),
    "subject_many": _("{count} of your countries changed in the {year} TIP Report"),
    "intro": _(
        "The {year} Trafficking in Persons Report data changed for the countries you follow."
    ),
    "up": _("moved up from {old} to {new}"),
    "down": _("moved down from {old} to {new}"),
    "new": _("rated {new} (before: {old})"),
    "removed": _("no longer rated (was {old})"),
    "same": _("stays at {new}"),
    "flag_added": pgettext_lazy("a rule flag a country now has", "New: {flag}"),
    "flag_removed": _("No longer: {flag}"),
    "statistics": _("New figures: {figures}"),
    "country_page": _("Country page"),
    "report_page": _("The {year} report"),
    "briefing": _("Our briefing"),
    "why": _("You get this because you follow these countries at {site}."),
    "change_follows": _("Change what you follow"),
    "unsubscribe": _("Stop these alerts"),
    "not_rated": pgettext_lazy("a country with no tier", "not rated"),
}

FLAGS: dict[str, Promise] = {
    FlagCode.WAIVER_USED: _("a waiver kept it on the Watch List"),
    FlagCode.WOULD_BE_DOWNGRADED: _("would be downgraded next year unless waived"),
    FlagCode.NO_WAIVER_LEFT: _("no waiver left: it must leave the Watch List next year"),
    FlagCode.RULE_F_APPLIES: _("rule (F): it cannot stay on the Watch List next year"),
    FlagCode.AUTOMATIC_DOWNGRADE: _("automatic downgrade to Tier 3"),
    FlagCode.DOWNGRADE_WITHOUT_WAIVER: _("downgraded although a waiver was available"),
    FlagCode.WATCH_LIST_NOT_PERMITTED: _("on the Watch List when the rule did not allow it"),
    FlagCode.UNKNOWN: _("what the rule allowed depends on years missing from our data"),
    "consecutive": _("another consecutive year on the Watch List"),
}


def is_spanish() -> bool:
    return (translation.get_language() or "").startswith("es")


def phrase(key: str, **values: object) -> str:
    return str(PHRASES[key]).format(**values)


def tier_name(tier: str | None) -> str:
    # No tier is worded for the middle of a sentence ("sin calificar"), not as a label.
    if not tier:
        return phrase("not_rated")
    return names.tier_name(str(Tier(tier)))


def flag_name(code: str) -> str:
    if code in FLAGS:
        return str(FLAGS[code])
    if code.endswith("_consecutive_watch_list_year"):
        return str(FLAGS["consecutive"])
    return code.replace("_", " ")


def flag_lines(added: list[str], removed: list[str]) -> list[str]:
    return [phrase("flag_added", flag=flag_name(code)) for code in added] + [
        phrase("flag_removed", flag=flag_name(code)) for code in removed
    ]


def describe_change(change: str, old: str | None, new: str | None) -> str:
    return phrase(change, old=tier_name(old), new=tier_name(new))

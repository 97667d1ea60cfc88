"""The words of an alert in each language the site writes them in. Pure Python: no Django."""

from __future__ import annotations

from tipwatch.tip.rules import FlagCode, Tier

LANGUAGES = ("en", "es")

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "subject_one": "{country}: {change} in the {year} TIP Report",
        "subject_many": "{count} of your countries changed in the {year} TIP Report",
        "intro": "The {year} Trafficking in Persons Report data changed for the countries "
        "you follow.",
        "up": "moved up from {old} to {new}",
        "down": "moved down from {old} to {new}",
        "new": "rated {new} (before: {old})",
        "removed": "no longer rated (was {old})",
        "same": "stays at {new}",
        "flag_added": "New: {flag}",
        "flag_removed": "No longer: {flag}",
        "statistics": "New figures: {figures}",
        "country_page": "Country page",
        "report_page": "The {year} report",
        "briefing": "Our briefing",
        "why": "You get this because you follow these countries at {site}.",
        "change_follows": "Change what you follow",
        "unsubscribe": "Stop these alerts",
        "not_rated": "not rated",
    },
    "es": {
        "subject_one": "{country}: {change} en el Informe TIP {year}",
        "subject_many": "{count} de sus países cambiaron en el Informe TIP {year}",
        "intro": "Los datos del Informe sobre la Trata de Personas {year} cambiaron para los "
        "países que usted sigue.",
        "up": "subió de {old} a {new}",
        "down": "bajó de {old} a {new}",
        "new": "calificado {new} (antes: {old})",
        "removed": "ya no está calificado (antes: {old})",
        "same": "sigue en {new}",
        "flag_added": "Nuevo: {flag}",
        "flag_removed": "Ya no: {flag}",
        "statistics": "Cifras nuevas: {figures}",
        "country_page": "Página del país",
        "report_page": "El informe {year}",
        "briefing": "Nuestro análisis",
        "why": "Recibe este mensaje porque sigue estos países en {site}.",
        "change_follows": "Cambiar lo que sigo",
        "unsubscribe": "Dejar de recibir estas alertas",
        "not_rated": "sin calificar",
    },
}

FLAGS: dict[str, dict[str, str]] = {
    "en": {
        FlagCode.WAIVER_USED: "a waiver kept it on the Watch List",
        FlagCode.WOULD_BE_DOWNGRADED: "would be downgraded next year unless waived",
        FlagCode.NO_WAIVER_LEFT: "no waiver left: it must leave the Watch List next year",
        FlagCode.RULE_F_APPLIES: "rule (F): it cannot stay on the Watch List next year",
        FlagCode.AUTOMATIC_DOWNGRADE: "automatic downgrade to Tier 3",
        FlagCode.DOWNGRADE_WITHOUT_WAIVER: "downgraded although a waiver was available",
        FlagCode.WATCH_LIST_NOT_PERMITTED: "on the Watch List when the rule did not allow it",
        FlagCode.UNKNOWN: "what the rule allowed depends on years missing from our data",
        "consecutive": "another consecutive year on the Watch List",
    },
    "es": {
        FlagCode.WAIVER_USED: "una dispensa lo mantuvo en la Lista de Vigilancia",
        FlagCode.WOULD_BE_DOWNGRADED: "bajaría el año próximo salvo dispensa",
        FlagCode.NO_WAIVER_LEFT: "sin dispensas: debe salir de la Lista de Vigilancia",
        FlagCode.RULE_F_APPLIES: "regla (F): no puede seguir en la Lista de Vigilancia",
        FlagCode.AUTOMATIC_DOWNGRADE: "descenso automático al Nivel 3",
        FlagCode.DOWNGRADE_WITHOUT_WAIVER: "descendió aunque quedaba una dispensa",
        FlagCode.WATCH_LIST_NOT_PERMITTED: "en la Lista de Vigilancia sin que la regla lo "
        "permitiera",
        FlagCode.UNKNOWN: "lo que la regla permitía depende de años que faltan en los datos",
        "consecutive": "otro año consecutivo en la Lista de Vigilancia",
    },
}


def language(code: str) -> str:
    return code if code in LANGUAGES else "en"


def phrase(lang: str, key: str, **values: object) -> str:
    return PHRASES[language(lang)][key].format(**values)


def tier_name(tier: str | None, lang: str) -> str:
    if not tier:
        return PHRASES[language(lang)]["not_rated"]
    value = Tier(tier)
    return value.label_es if language(lang) == "es" else value.label


def flag_name(code: str, lang: str) -> str:
    names = FLAGS[language(lang)]
    if code in names:
        return names[code]
    if code.endswith("_consecutive_watch_list_year"):
        return names["consecutive"]
    return code.replace("_", " ")


def describe_change(change: str, old: str | None, new: str | None, lang: str) -> str:
    return phrase(lang, change, old=tier_name(old, lang), new=tier_name(new, lang))

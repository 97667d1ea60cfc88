"""Spanish wording of the rules engine's Watch List flags (the engine writes English)."""

from __future__ import annotations

from tipwatch.tip.rules import (
    PROVISION_DOWNGRADE,
    PROVISION_RETURN,
    PROVISION_WAIVER,
    FlagCode,
    RuleFlag,
    Tier,
    raw_watch_list_streak,
    watch_list_streak,
)

STATUTE = "22 U.S.C. 7107"

_ORDINALS = (
    "",
    "primer",
    "segundo",
    "tercer",
    "cuarto",
    "quinto",
    "sexto",
    "séptimo",
    "octavo",
    "noveno",
    "décimo",
    "undécimo",
    "duodécimo",
    "decimotercer",
    "decimocuarto",
    "decimoquinto",
    "decimosexto",
    "decimoséptimo",
    "decimoctavo",
    "decimonoveno",
    "vigésimo",
)
_ORDINALS_FEMININE = ("", "primera", "segunda", "tercera", "cuarta", "quinta")


def ordinal_es(n: int) -> str:
    """Masculine ordinal before a noun: "tercer año", "noveno año"; "21.º" beyond twenty."""
    return _ORDINALS[n] if 0 < n < len(_ORDINALS) else f"{n}.º"


def ordinal_es_feminine(n: int) -> str:
    return _ORDINALS_FEMININE[n] if 0 < n < len(_ORDINALS_FEMININE) else f"{n}.ª"


def cite(provision: str | None) -> str:
    return f"{STATUTE}{provision or ''}"


def _span(tiers: dict[int, Tier], year: int) -> str:
    """The Watch List run before `year`: its real length, and the rule's count when the rule
    counts fewer years (only from the 2009 report)."""
    counted = watch_list_streak(tiers, year)
    raw = raw_watch_list_streak(tiers, year)
    text = f"{raw} años consecutivos en la Lista de Vigilancia ({year - raw} a {year - 1})"
    if raw != counted:
        text += f", de los que la regla cuenta {counted} (desde el informe de 2009)"
    return text


def render_flag_es(flag: RuleFlag, name: str, tiers: dict[int, Tier]) -> str:
    """The flag's message in Spanish, for the country called `name`."""
    year, nxt = flag.report_year, flag.applies_to_year
    code = flag.code
    if code.endswith("_consecutive_watch_list_year"):
        raw = flag.raw_count or flag.count or 0
        text = (
            f"En {year}, {name} estuvo en la Lista de Vigilancia por {ordinal_es(raw)} año "
            "consecutivo"
        )
        if flag.count and raw != flag.count:
            text += (
                "; la regla de descenso solo cuenta desde el informe de 2009, así que para la "
                f"regla fue el {ordinal_es(flag.count)}"
            )
        return text + "."
    if code == FlagCode.WAIVER_USED:
        streak = watch_list_streak(tiers, year)
        raw = raw_watch_list_streak(tiers, year)
        counted = "" if raw == streak else f" (el {ordinal_es(streak + 1)} que cuenta la regla)"
        text = (
            f"En {year}, {name} siguió en la Lista de Vigilancia por {ordinal_es(raw + 1)} año "
            f"consecutivo{counted} gracias a una dispensa según {cite(PROVISION_WAIVER)}: la "
            f"{ordinal_es_feminine(flag.count or 1)} de esta racha."
        )
        if flag.implied:
            text += " La dispensa se deduce de las clasificaciones."
        return text
    if code == FlagCode.WOULD_BE_DOWNGRADED:
        return (
            f"Tras {_span(tiers, nxt)}, {name} solo podrá seguir en la Lista de Vigilancia en "
            f"el informe de {nxt} con una dispensa según {cite(PROVISION_WAIVER)}; si no, "
            f"{cite(PROVISION_DOWNGRADE)} exige bajarlo al Nivel 3, salvo que suba de nivel."
        )
    if code == FlagCode.NO_WAIVER_LEFT:
        return (
            f"Tras {_span(tiers, nxt)} y sin dispensas disponibles, {name} no podrá seguir en "
            f"la Lista de Vigilancia en el informe de {nxt}: según {cite(PROVISION_DOWNGRADE)} "
            "debe bajar al Nivel 3, salvo que suba al Nivel 2 o al Nivel 1."
        )
    if code == FlagCode.RULE_F_APPLIES:
        return (
            f"En {year}, {name} volvió a la Lista de Vigilancia tras bajar al Nivel 3. Según "
            f"{cite(PROVISION_RETURN)}, el informe de {nxt} debe sacarlo de la Lista, hacia el "
            "Nivel 2 o mejor, o hacia el Nivel 3, sin posibilidad de dispensa."
        )
    if code == FlagCode.AUTOMATIC_DOWNGRADE:
        if flag.provision == PROVISION_RETURN:
            return (
                f"En {year}, {name} bajó al Nivel 3: tras su regreso a la Lista de Vigilancia, "
                f"{cite(PROVISION_RETURN)} no permitía que siguiera en ella un año más."
            )
        return (
            f"En {year}, {name} bajó al Nivel 3 tras {_span(tiers, year)}, sin dispensas "
            f"disponibles: el descenso según {cite(PROVISION_DOWNGRADE)} era obligatorio."
        )
    if code == FlagCode.DOWNGRADE_WITHOUT_WAIVER:
        return (
            f"En {year}, {name} pasó al Nivel 3 tras {_span(tiers, year)}. Según "
            f"{cite(PROVISION_DOWNGRADE)} debía salir de la Lista de Vigilancia salvo que "
            "recibiera una dispensa, y no la recibió; el informe también pudo considerar el "
            "Nivel 3 justificado por sí mismo."
        )
    if code == FlagCode.UNKNOWN:
        years = flag.missing_years
        listed = ", ".join(str(y) for y in years[:-1]) + f" y {years[-1]}" if len(years) > 1 else ""
        listed = listed or str(years[0])
        return (
            f"Regla de la Lista de Vigilancia para el informe de {nxt}: desconocido, faltan en "
            f"nuestros datos {listed}. Que {name} estuviera o no en la Lista de Vigilancia en "
            f"{listed} decide si {cite(PROVISION_DOWNGRADE)} permitía al informe de {nxt} "
            "incluirlo en ella sin dispensa, así que no lo afirmamos."
        )
    if code == FlagCode.WATCH_LIST_NOT_PERMITTED:
        return (
            f"En {year}, {name} figura en la Lista de Vigilancia aunque {cite(flag.provision)} "
            "no lo permitía. Hay que revisar los datos."
        )
    return flag.render(name)

"""Spanish templates for a briefing, with the tier names the Spanish-language press uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.utils import translation

from tipwatch.tip.language import capitalised, cardinal, date_text, join, ordinal
from tipwatch.tip.models import Country, Placement, SourceKind
from tipwatch.tip.rules import TIER_MEANINGS, Change, Tier

from ..facts import BriefingFacts
from ..sources import Statistic
from .base import Wording, by_tier, has_own_narrative_url, pages_text, statistic_pairs
from .groups_es import group_definition_es, group_name_es
from .phrases import figure, metric, on, tag, tier_name


def number(n: int) -> str:
    return cardinal(n)


def capital_number(n: int) -> str:
    return capitalised(cardinal(n))


def name_of(country: Country) -> str:
    return country.name_es or country.name


def names(countries: Sequence[Country]) -> str:
    return join([name_of(country) for country in countries])


def en(tier: Tier) -> str:
    return on(tier)


def a(tier: Tier) -> str:
    name = tier_name(tier)
    return f"al {name[3:]}" if name.startswith("el ") else f"a {name}"


def de(tier: Tier) -> str:
    name = tier_name(tier)
    return f"del {name[3:]}" if name.startswith("el ") else f"de {name}"


class SpanishWording(Wording):
    lang = "es"

    # Titular y entradilla -----------------------------------------------------------------

    def headline(self, facts: BriefingFacts) -> str:
        name, tier = name_of(facts.country), facts.tier
        change = facts.entry.change
        prefix = f"Informe TIP {facts.year}: "
        if tier is Tier.SPECIAL_CASE:
            verb = "sigue figurando" if change is Change.SAME else "figura"
            return f"{prefix}{name} {verb} como caso especial"
        if change is Change.SAME and facts.entry.skipped_unknown_years:
            return f"{prefix}{name}, {en(tier)} como en {facts.entry.previous_year}"
        if change is Change.SAME:
            return f"{prefix}{name} se mantiene {en(tier)}"
        skipped = facts.entry.skipped_unknown_years
        previous = facts.entry.previous_tier
        if change in (Change.UP, Change.DOWN) and skipped and previous is not None:
            return (
                f"{prefix}{name}, {en(tier)}, tras estar {en(previous)} en "
                f"{facts.entry.previous_year}"
            )
        if change is Change.UP:
            return f"{prefix}{name} sube {a(tier)}"
        if change is Change.DOWN:
            return f"{prefix}{name} baja {a(tier)}"
        if facts.earlier_placements == 0:
            return f"{prefix}primera clasificación de {name}, {en(tier)}"
        return f"{prefix}{name} pasa {a(tier)}"

    def lead(self, facts: BriefingFacts) -> str:
        report = facts.report
        published = date_text(report.publication_date)
        opening = (
            "El Departamento de Estado de EE. UU. publicó su Informe sobre la Trata de "
            f"Personas (TIP) {report.year} el {published}."
            if published
            else "El Departamento de Estado de EE. UU. publicó su Informe sobre la Trata de "
            f"Personas (TIP) {report.year}."
        )
        sentences = [opening, self._placement_sentence(facts)]
        provenance = self._provenance(facts.country, facts.placement)
        if provenance:
            sentences.append(provenance)
        return " ".join(sentences)

    def summary(self, facts: BriefingFacts) -> str:
        return self._placement_sentence(facts)

    def _placement_sentence(self, facts: BriefingFacts) -> str:
        entry, name, tier = facts.entry, name_of(facts.country), facts.tier
        report = f"El informe de {facts.year}"
        previous = entry.previous_tier
        gap = self._gap_note(facts)
        if entry.change is Change.SAME and previous is not None:
            if entry.skipped_unknown_years:
                return (
                    f"{report} sitúa a {name} {en(tier)}, como el informe de "
                    f"{entry.previous_year}{gap}."
                )
            run = ordinal(entry.years_at_tier)
            if entry.years_at_tier_is_minimum:
                unknown = facts.year - entry.years_at_tier
                return (
                    f"{report} mantiene a {name} {en(tier)} por {run} año consecutivo como "
                    f"mínimo, sin cambios respecto al informe de {entry.previous_year} "
                    f"(nuestros datos de {unknown} no incluyen a {name}, así que la racha puede "
                    "ser más larga)."
                )
            return (
                f"{report} mantiene a {name} {en(tier)} por {run} año consecutivo, sin cambios "
                f"respecto al informe de {entry.previous_year}."
            )
        if entry.change in (Change.UP, Change.DOWN) and previous is not None:
            if entry.skipped_unknown_years:
                where = "por encima" if entry.change is Change.UP else "por debajo"
                return (
                    f"{report} sitúa a {name} {en(tier)}, {where} {de(previous)} en el informe "
                    f"de {entry.previous_year}{gap}."
                )
            verb = "sube" if entry.change is Change.UP else "baja"
            return (
                f"{report} {verb} a {name} {a(tier)}, desde {tier_name(previous)} en el informe "
                f"de {entry.previous_year}{gap}."
            )
        if previous is not None:
            if tier is Tier.SPECIAL_CASE:
                return (
                    f"{report} presenta a {name} como caso especial, tras haber estado "
                    f"{en(previous)} en el informe de {entry.previous_year}{gap}."
                )
            return (
                f"{report} sitúa a {name} {en(tier)}, tras figurar como caso especial en el "
                f"informe de {entry.previous_year}{gap}."
            )
        if facts.earlier_placements == 0:
            first = (
                "por primera vez en nuestros datos"
                if entry.skipped_unknown_years
                else ("por primera vez")
            )
            return f"{report} clasifica {first} a {name}: {tier_name(tier)}."
        previous_year = facts.year - 1 - len(entry.skipped_unknown_years)
        return (
            f"{report} sitúa a {name} {en(tier)}; {name} no figuraba en la clasificación del "
            f"informe de {previous_year}."
        )

    def _gap_note(self, facts: BriefingFacts) -> str:
        skipped = facts.entry.skipped_unknown_years
        if not skipped:
            return ""
        years = join([str(year) for year in skipped])
        return (
            f" (nuestros datos de {years} no incluyen a {name_of(facts.country)}, así que pudo "
            "cambiar entre medias)"
        )

    def _provenance(self, country: Country, placement: Placement) -> str:
        year = placement.report.year
        if placement.inferred:
            return (
                f"Nuestro registro de la clasificación de {name_of(country)} en {year} se deduce "
                "de las listas y los totales del informe; ninguna fuente lo dice expresamente."
            )
        if placement.source_kind == SourceKind.SECONDARY:
            return (
                f"Nuestro registro de la clasificación de {name_of(country)} en {year} procede "
                f"de una lista secundaria ({placement.source_name}), no del propio informe."
            )
        return ""

    # Significado --------------------------------------------------------------------------

    def meaning(self, facts: BriefingFacts) -> str:
        summary = TIER_MEANINGS[facts.tier].summary_es
        lowered = summary[0].lower() + summary[1:]
        if facts.tier is Tier.SPECIAL_CASE:
            return (
                "El caso especial no es un nivel de la Ley de Protección de las Víctimas de la "
                f"Trata (TVPA) de Estados Unidos: significa que {lowered}"
            )
        return (
            "Según la Ley de Protección de las Víctimas de la Trata (TVPA) de Estados Unidos, "
            f"estar {en(facts.tier)} significa que {lowered}"
        )

    # Cobertura ----------------------------------------------------------------------------

    def coverage(self, facts: BriefingFacts) -> str | None:
        report = facts.report
        if not report.is_partial:
            return None
        group = group_name_es(facts.group)
        if not facts.year_gaps:
            return (
                f"Nuestros datos de {report.year} son parciales (nota de cobertura, en inglés: "
                f"\u00ab{report.coverage_note}\u00bb)."
            )
        count = len(facts.year_gaps)
        of = f" de los {report.countries_assessed}" if report.countries_assessed else ""
        plural = "es" if count != 1 or of else ""
        text = (
            f"Nuestros datos de {report.year} son parciales: falta la clasificación de {count}"
            f"{of} país{plural} que evaluó el informe"
        )
        if count <= 5:
            text += f" ({names(facts.year_gaps)})"
        missing = facts.comparison.missing_from_data
        if missing:
            size = len(facts.members)
            text += (
                f", entre ellos {len(missing)} de los {size} miembros de {group}: "
                f"{names(missing)}. Las cifras del grupo que siguen los dejan fuera."
            )
        else:
            none = "no es miembro" if count == 1 else "ninguno es miembro"
            text += f"; {none} de {group}."
        return text

    # El grupo -----------------------------------------------------------------------------

    def group(self, facts: BriefingFacts) -> str:
        comparison, name, tier = facts.comparison, name_of(facts.country), facts.tier
        group = group_name_es(facts.group)
        size = len(facts.members)
        missing = comparison.missing_from_data
        counts = comparison.counts()
        parts = [
            f"{counts[each.value]} {en(each)}"
            for each in (Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3)
            if counts[each.value]
        ]
        if counts[Tier.SPECIAL_CASE.value]:
            n = counts[Tier.SPECIAL_CASE.value]
            parts.append(f"{n} como caso{'s' if n != 1 else ''} especial{'es' if n != 1 else ''}")
        members = (
            f"los {size - len(missing)} miembros de {group} en nuestros datos de {facts.year}"
            if missing
            else f"los {size} miembros de {group}"
        )
        sentences = [
            f"De {members}, el informe de {facts.year} sitúa a "
            f"{join(parts) or 'ninguno en un nivel'}."
        ]
        tier_of = comparison.tier_of
        if tier is Tier.SPECIAL_CASE:
            sentences.append(
                f"Como caso especial, {name} no se compara en rango con los demás miembros."
            )
        else:
            sentences.append(
                self._relative(facts.relative["above"], "por encima de", name, tier_of)
            )
            same = facts.relative["same"]
            if same:
                others = "otro miembro" if len(same) == 1 else f"otros {len(same)} miembros"
                sentences.append(f"{name} comparte {tier_name(tier)} con {others}: {names(same)}.")
            else:
                sentences.append(f"Ningún otro miembro está {en(tier)}.")
            sentences.append(
                self._relative(facts.relative["below"], "por debajo de", name, tier_of)
            )
        special = [
            c
            for c in comparison.countries_at(Tier.SPECIAL_CASE.value)
            if c.iso3 != facts.country.iso3
        ]
        if special:
            sentences.append(f"El informe presenta como caso especial a {names(special)}.")
        if comparison.not_rated:
            sentences.append(f"No figuran en la clasificación: {names(comparison.not_rated)}.")
        if missing:
            sentences.append(
                f"Nuestros datos de {facts.year} no incluyen a {names(missing)} ({len(missing)} "
                f"de los {size} miembros), que quedan fuera de estas cifras."
            )
        sentences.append(
            f"Definición del grupo usada ({facts.group.slug}): {group_definition_es(facts.group)}"
        )
        return " ".join(sentences)

    def _relative(
        self,
        countries: list[Country],
        where: str,
        name: str,
        tier_of: Callable[[Country], str | None],
    ) -> str:
        if not countries:
            return f"Ningún miembro está {where} {name}."
        grouped = by_tier(countries, tier_of)
        if len(countries) == 1:
            return f"Solo {name_of(countries[0])} está {where} {name}, {en(grouped[0][0])}."
        listed = join([f"{names(group)} {en(tier)}" for tier, group in grouped])
        return f"{capital_number(len(countries))} miembros están {where} {name}: {listed}."

    # Cambios y regla de la Lista de Vigilancia -------------------------------------------

    def moves(self, facts: BriefingFacts) -> str:
        previous = facts.previous_report
        group = group_name_es(facts.group)
        if previous is None:
            return (
                f"El informe de {facts.year} es el primero en nuestros datos: no hay una "
                "clasificación anterior con la que comparar."
            )
        sentences = []
        if facts.moves:
            described = []
            for move in facts.moves:
                verb = {str(Change.UP): "subió", str(Change.DOWN): "bajó"}.get(move.change, "pasó")
                # A comparison's moves are between two tiers.
                assert move.from_tier is not None
                assert move.to_tier is not None
                before, after = Tier(move.from_tier), Tier(move.to_tier)
                described.append(f"{name_of(move.country)} {verb} {de(before)} {a(after)}")
            n = len(facts.moves)
            have = "miembro ha" if n == 1 else "miembros han"
            sentences.append(
                f"Desde el informe de {previous.year}, {number(n)} {have} cambiado de nivel: "
                + "; ".join(described)
                + "."
            )
        else:
            sentences.append(
                f"Ningún miembro de {group} cambió de nivel desde el informe de {previous.year}."
            )
        if facts.newly_rated:
            sentences.append(f"El informe clasifica por primera vez a {names(facts.newly_rated)}.")
        if facts.returned:
            sentences.append(
                f"Vuelven a figurar en la clasificación, tras no estar en el informe de "
                f"{previous.year}: {names(facts.returned)}."
            )
        if facts.unknown_before:
            sentences.append(
                f"Nuestros datos de {previous.year} no incluyen a {names(facts.unknown_before)}, "
                "así que no podemos decir si cambiaron de nivel."
            )
        return " ".join(sentences)

    def rules(self, facts: BriefingFacts) -> str | None:
        if not facts.flags and not facts.flag_caveats:
            return None
        sentences = [
            "La regla de la Lista de Vigilancia de la TVPA (22 U.S.C. 7107(b)(2)(D)) en este "
            "informe:"
        ]
        with translation.override("es"):
            sentences += [fact.flag.render(name_of(fact.country)) for fact in facts.flags]
        if not facts.flags:
            sentences.append("nuestros datos no muestran consecuencias para el grupo este año.")
        for country, years in facts.flag_caveats:
            sentences.append(
                f"Nuestros datos no incluyen a {name_of(country)} en "
                f"{join([str(y) for y in years])}, así que el cómputo de la regla para "
                f"{name_of(country)} puede estar incompleto."
            )
        return " ".join(sentences)

    # Cifras y narrativa -------------------------------------------------------------------

    def law_enforcement(self, facts: BriefingFacts) -> str | None:
        pairs = statistic_pairs(facts.statistics)
        if not pairs:
            return None
        clauses = []
        for code, latest, earlier in pairs:
            label = metric(code)
            if earlier is None:
                clauses.append(
                    f"{label}: {figure(latest)} en {latest.period_year}{self._pages([latest.page])}"
                )
                continue
            if latest.value < earlier.value:
                verb = "bajó a"
            elif latest.value > earlier.value:
                verb = "subió a"
            else:
                verb = "se mantuvo en"
            pages = self._pages([latest.page, earlier.page])
            clauses.append(
                f"el número de {label} {verb} {figure(latest)} en {latest.period_year}, desde "
                f"{figure(earlier)} en {earlier.period_year}{pages}"
            )
        return (
            f"Aplicación de la ley, según el informe de {facts.year}: " + "; ".join(clauses) + "."
        )

    def _pages(self, pages: Sequence[int | None]) -> str:
        text = pages_text(pages, "pág.", "págs.", "y")
        return f" ({text})" if text else ""

    def narrative(self, facts: BriefingFacts) -> str | None:
        narrative = facts.narrative
        if narrative is None or not narrative.tags:
            return None
        clauses = []
        for kind, words in (
            ("form", "formas de trata como"),
            ("sector", "sectores como"),
            ("place", "lugares como"),
        ):
            tags = narrative.tags_of(kind)
            if tags:
                listed = join([tag(item.name) for item in tags])
                clauses.append(f"{words} {listed}{self._pages([t.page for t in tags])}")
        if not clauses:
            return None
        return f"El capítulo del informe sobre {name_of(facts.country)} describe {join(clauses)}."

    def quotes(self, facts: BriefingFacts) -> str | None:
        quotes = self.chosen_quotes(facts)
        if not quotes:
            return None
        quoted = [f"\u00ab{q.text.strip()}\u00bb{self._pages([q.page])}" for q in quotes]
        return "En palabras del informe (en inglés): " + "; ".join(quoted) + "."

    def source_line(self, facts: BriefingFacts) -> str:
        report = facts.report
        text = (
            "Fuente: Departamento de Estado de EE. UU., Informe sobre la Trata de Personas "
            f"{report.year}"
        )
        if report.source_url:
            text += f", {report.source_url}"
        text += "."
        page = facts.narrative_first_page
        if page:
            text += f" El capítulo sobre {name_of(facts.country)} empieza en la página {page}."
        if facts.narrative is not None and has_own_narrative_url(facts):
            text += f" Capítulo: {facts.narrative.url}"
        return text

    # Citas --------------------------------------------------------------------------------

    def placement_citation(self, country: Country, placement: Placement) -> str:
        tier = Tier(placement.tier)
        return (
            f"{name_of(country)} {en(tier)} en el informe de {placement.report.year}: "
            f"{placement.source_name}"
        )

    def group_citation(self, facts: BriefingFacts) -> str:
        return (
            f"Clasificación de los {len(facts.members)} miembros de "
            f"{group_name_es(facts.group)} en el informe de {facts.year} (datos de tipwatch)"
        )

    def statistic_citation(self, country: Country, statistic: Statistic) -> str:
        label = metric(statistic.metric)
        return f"{name_of(country)}: {figure(statistic)} {label} en {statistic.period_year}"

    def quote_citation(self, country: Country, year: int) -> str:
        return f"Capítulo sobre {name_of(country)}, informe de {year}"

    def report_citation(self, facts: BriefingFacts) -> str:
        return f"Departamento de Estado de EE. UU., Informe sobre la Trata de Personas {facts.year}"

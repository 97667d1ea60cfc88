"""Builders for the header battery: one saved country page for every country name and every
header style the report and its copies have used since 2001.

Each case is a one-page copy (text, or a saved web page's HTML) that opens with a header in
one style, then a realistic opening (the country's profile naming its neighbours and the
destination countries, the "minimum standards" finding) and a PROSECUTION section. It must
import: not rejected, the header's country, the header's tier.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from tests.ingest.html_renderings import refworld_page, state_gov_page
from tests.ingest.perturbations import STATE_GOV_BOTTOM, STATE_GOV_TOP, title_name

COUNTRIES_CSV = Path(__file__).resolve().parents[3] / "tipwatch" / "tip" / "data" / "countries.csv"
REPORT_YEAR = 2019
TIERS = ("1", "2", "2WL", "3")

# The names the report itself has printed in its headers over 2001-2025, with their country.
REPORT_NAMES: tuple[tuple[str, str], ...] = (
    ("Burma", "MMR"),
    ("Cote d'Ivoire", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Cote d\u2019Ivoire", "CIV"),
    ("Côte d\u2019Ivoire", "CIV"),
    ("Congo, Democratic Republic of the", "COD"),
    ("Democratic Republic of the Congo", "COD"),
    ("Congo, Republic of the", "COG"),
    ("Congo, Republic of", "COG"),
    ("Republic of the Congo", "COG"),
    ("Korea, North", "PRK"),
    ("Korea, South", "KOR"),
    ("Korea, Democratic People's Republic of", "PRK"),
    ("Korea, Republic of", "KOR"),
    ("North Korea", "PRK"),
    ("South Korea", "KOR"),
    ("Macedonia", "MKD"),
    ("North Macedonia", "MKD"),
    ("Swaziland", "SWZ"),
    ("Eswatini", "SWZ"),
    ("The Gambia", "GMB"),
    ("Gambia, The", "GMB"),
    ("The Bahamas", "BHS"),
    ("Bahamas, The", "BHS"),
    ("Micronesia, Federated States of", "FSM"),
    ("Federated States of Micronesia", "FSM"),
    ("Kyrgyz Republic", "KGZ"),
    ("Laos", "LAO"),
    ("Brunei", "BRN"),
    ("Cabo Verde", "CPV"),
    ("Cape Verde", "CPV"),
    ("Czech Republic", "CZE"),
    ("Czechia", "CZE"),
    ("Turkey", "TUR"),
    ("Türkiye", "TUR"),
    ("Timor-Leste", "TLS"),
    ("East Timor", "TLS"),
    ("Serbia", "SRB"),
    ("Montenegro", "MNE"),
    ("Hong Kong", "HKG"),
    ("Macau", "MAC"),
    ("Curaçao", "CUW"),
    ("Curacao", "CUW"),
    ("Sint Maarten", "SXM"),
    ("St. Vincent and the Grenadines", "VCT"),
    ("Saint Vincent and the Grenadines", "VCT"),
    ("St. Lucia", "LCA"),
    ("Saint Lucia", "LCA"),
    ("St. Kitts and Nevis", "KNA"),
    ("Saint Kitts and Nevis", "KNA"),
    ("Taiwan", "TWN"),
    ("Guinea-Bissau", "GNB"),
    ("Guinea", "GIN"),
    ("Equatorial Guinea", "GNQ"),
    ("Papua New Guinea", "PNG"),
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("Dominica", "DMA"),
    ("Dominican Republic", "DOM"),
    ("Sudan", "SDN"),
    ("South Sudan", "SSD"),
    ("China (includes Tibet, Hong Kong, and Macau)", "CHN"),
    ("China", "CHN"),
    ("Bosnia and Herzegovina", "BIH"),
    ("Sao Tome and Principe", "STP"),
    ("São Tomé and Príncipe", "STP"),
    ("Antigua and Barbuda", "ATG"),
    ("Trinidad and Tobago", "TTO"),
    ("United Arab Emirates", "ARE"),
    ("United Kingdom", "GBR"),
    ("United States of America", "USA"),
    ("Russia", "RUS"),
    ("Syria", "SYR"),
    ("Iran", "IRN"),
    ("Venezuela", "VEN"),
    ("Vietnam", "VNM"),
    ("Central African Republic", "CAF"),
    ("Kosovo", "XKX"),
    ("Maldives", "MDV"),
)


# Names the report has printed for what is no country of the list (the union of 2003-2006, the
# Netherlands' former colony of 2009-2010): the page imports under its own name, a problem
# for the review to resolve, and never as the country whose name ends it ("Montenegro").
UNLISTED_NAMES: tuple[str, ...] = ("Serbia and Montenegro", "Netherlands Antilles", "Yugoslavia")


def _table_abbreviation(name: str) -> bool:
    """A dataset alias only a narrow table's column prints ("DomRep", "Trin&Tobago")."""
    squeezed = any(a.islower() and b.isupper() for a, b in itertools.pairwise(name))
    return squeezed or ("&" in name and " & " not in name)


def dataset_names() -> list[tuple[str, str]]:
    """Every name and alias of the shipped country list, as (name, iso3)."""
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names: list[tuple[str, str]] = []
    for row in rows:
        for name in [row["name"], *row["aliases"].split("|")]:
            if name and not _table_abbreviation(name):
                names.append((name, row["iso3"]))
    return names


def all_names() -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for entry in [*dataset_names(), *REPORT_NAMES]:
        if entry not in seen:
            seen.add(entry)
            out.append(entry)
    return out


# --- the page's prose ----------------------------------------------------------------------

# Countries a page's profile names beside its own, chosen apart from the page's country.
_NEIGHBOURS = ("Nigeria", "Niger", "Sudan", "South Sudan", "Dominican Republic", "Guinea")
_DESTINATIONS = ("Saudi Arabia", "Malaysia", "Thailand", "Spain", "Russia", "the United States")


def prose_name(name: str) -> str:
    """The name as the narrative's sentences print it: "Korea, North" -> "North Korea",
    "Congo, Democratic Republic of the" -> "the Democratic Republic of the Congo"."""
    if "(" in name:
        name = name.split("(")[0].strip()
    if "," in name:
        head, _, tail = name.partition(",")
        if tail.split()[:1] == ["the"] and any(w.islower() for w in tail.split()[1:2]):
            return head.strip()  # "Macedonia, the former Yugoslav Republic of": "Macedonia"
        name = f"{tail.strip()} {head.strip()}"
    return name


def _others(iso3: str, pool: tuple[str, ...], count: int) -> list[str]:
    avoid = {"NGA": "Nigeria", "NER": "Niger", "SDN": "Sudan", "SSD": "South Sudan"}
    avoid |= {"DOM": "Dominican Republic", "GIN": "Guinea", "SAU": "Saudi Arabia"}
    avoid |= {"MYS": "Malaysia", "THA": "Thailand", "ESP": "Spain", "RUS": "Russia"}
    avoid |= {"USA": "the United States"}
    kept = [name for name in pool if name != avoid.get(iso3)]
    return kept[:count]


def _finding(country: str, tier: str) -> str:
    government = f"The Government of {country}"
    if tier == "special_case":
        return (
            f"{government} did not control much of its territory during the reporting period, "
            f"and armed groups held {country}'s main transit routes."
        )
    if tier == "1":
        return (
            f"{government} fully meets the minimum standards for the elimination of "
            f"trafficking. The government continued to demonstrate serious and sustained "
            f"efforts during the reporting period."
        )
    if tier == "3":
        return (
            f"{government} does not fully meet the minimum standards for the elimination of "
            f"trafficking and is not making significant efforts to do so, even considering the "
            f"impact of the pandemic on its anti-trafficking capacity."
        )
    return (
        f"{government} does not fully meet the minimum standards for the elimination of "
        f"trafficking but is making significant efforts to do so. The government demonstrated "
        f"increasing efforts compared with the previous reporting period."
    )


def _canonical(iso3: str) -> str | None:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as handle:
        return next((row["name"] for row in csv.DictReader(handle) if row["iso3"] == iso3), None)


def body_lines(name: str, iso3: str, tier: str) -> list[str]:
    """The narrative under the header: the finding, the profile naming other countries, and a
    PROSECUTION section. A header's abbreviation ("U.S.", "Hong Kong S.A.R.") is written out
    in the prose, as the report writes it."""
    country = prose_name(name)
    if "." in country.replace("St.", ""):
        country = _canonical(iso3) or country
    first = country[:1].upper() + country[1:]
    near = _others(iso3, _NEIGHBOURS, 3)
    far = _others(iso3, _DESTINATIONS, 3)
    return [
        _finding(country, tier),
        f"These efforts included investigating more cases and identifying more victims, "
        f"including victims from {near[0]} and {near[1]}.",
        "",
        "PROSECUTION",
        # No figures: the battery is about the header, and reads hundreds of pages.
        f"The government maintained law enforcement efforts. Authorities investigated cases "
        f"of victims exploited in {far[0]} and convicted traffickers in cooperation with "
        f"the authorities of {near[1]}.",
        "",
        "TRAFFICKING PROFILE",
        f"As reported over the past five years, human traffickers exploit domestic and foreign "
        f"victims in {country}, and traffickers exploit victims from {country} abroad. "
        f"Traffickers exploit victims from {near[0]}, {near[1]}, and {near[2]} in {country}. "
        f"{first}'s nationals are exploited in {far[0]}, {far[1]}, and {far[2]}.",
    ]


# --- the header's styles -------------------------------------------------------------------


def _title(name: str) -> str:
    """The name in title case; an abbreviation ("U.S.", "Hong Kong S.A.R.") as it is."""
    return name if re.search(r"[A-Z]\.[A-Z]", name) else title_name(name)


_TIER_WORDS = {"1": "Tier 1", "2": "Tier 2", "2WL": "Tier 2 Watch List", "3": "Tier 3"}


def tier_words(tier: str) -> str:
    return _TIER_WORDS.get(tier, "Special Case")


def _upper(name: str) -> str:
    return name.upper()


@dataclass(frozen=True)
class Style:
    """A header style: the page's lines above the body, from the name and the tier."""

    name: str
    lines: Callable[[str, str], list[str]]
    special_case: bool = True  # the style is also used for a Special Case
    special_only: bool = False  # the style is a Special Case's alone
    # The style is taken for a name the country list lacks too; a name and a tier with only a
    # blank between them are a header only for a known country (a table of tiers has lines of
    # that shape).
    unlisted_names: bool = True


def _one(template: str, name_case: Callable[[str], str], tier_case: Callable[[str], str] = str):
    return lambda name, tier: [
        template.format(name=name_case(name), tier=tier_case(tier_words(tier)))
    ]


def _wl_dashed(tier: str) -> str:
    return "TIER 2 - WATCH LIST" if tier == "2WL" else tier_words(tier).upper()


def _wrapped_watch_list(before: str, tier: str, gap: str | None) -> list[str]:
    """The header's lines with "Watch List" wrapped off a Tier 2 Watch List: after a blank line
    (``gap`` ""), as "Watch" / "List" (``gap`` "Watch"), with a dash left after the tier
    (``gap`` "-"), or on the next line (``gap`` None)."""
    if tier != "2WL":
        return [before + tier_words(tier)]
    if gap == "Watch":
        return [before + "Tier 2", "Watch", "List"]
    if gap == "-":
        return [before + "Tier 2 \u2013", "Watch List"]
    return [before + "Tier 2", *([""] if gap == "" else []), "Watch List"]


_BREADCRUMB = "Home > Reports > 2019 Trafficking in Persons Report > {title}"
_CREDIT = "[Extracted from the U.S. State Dept 2019 Trafficking in Persons Report]"
_NBSP = "\u00a0"

STYLES: tuple[Style, ...] = (
    Style("caps_colon", _one("{name}: {tier}", _upper)),
    Style("caps_colon_upper", _one("{name}: {tier}", _upper, str.upper)),
    Style("caps_brackets", _one("{name} ({tier})", _upper)),
    Style("caps_brackets_upper", _one("{name} ({tier})", _upper, str.upper)),
    Style(
        "caps_brackets_dashed_watch_list",
        lambda name, tier: [f"{name.upper()} ({_wl_dashed(tier)})"],
    ),
    Style("title_brackets", _one("{name} ({tier})", _title)),
    Style("title_colon", _one("{name}: {tier}", _title)),
    Style("title_hyphen", _one("{name} - {tier}", _title)),
    Style("title_en_dash", _one("{name} \u2013 {tier}", _title)),
    Style("caps_em_dash", _one("{name}\u2014{tier}", _upper, str.upper)),
    Style("title_em_dash", _one("{name} \u2014 {tier}", _title)),
    Style("as_printed_brackets", _one("{name} ({tier})", str)),
    Style("mixed_case_tier", _one("{name} ({tier})", _upper, str.lower)),
    Style("lower_case", _one("{name}: {tier}", str.lower, str.lower)),
    Style(
        "no_break_spaces",
        lambda name, tier: [f"{name.upper()}:{_NBSP}{tier_words(tier)}".replace(" ", _NBSP)],
    ),
    Style("tier_under_caps", lambda name, tier: [f"{name.upper()}:", tier_words(tier)]),
    Style("tier_under_brackets", lambda name, tier: [name.upper(), f"({tier_words(tier)})"]),
    Style("name_over_tier", lambda name, tier: [_title(name), tier_words(tier)]),
    Style(
        "name_over_tier_with_banner",
        lambda name, tier: [
            *STATE_GOV_TOP,
            _BREADCRUMB.format(title=_title(name)),
            "2019 Trafficking in Persons Report",
            "",
            _title(name),
            "",
            tier_words(tier),
        ],
    ),
    Style(
        "banner_then_header",
        lambda name, tier: [
            *STATE_GOV_TOP,
            _BREADCRUMB.format(title=_title(name)),
            f"{name.upper()}: {tier_words(tier)}",
        ],
    ),
    Style("credit_after", lambda name, tier: [f"{name.upper()} ({tier_words(tier)}) {_CREDIT}"]),
    Style("credit_under", lambda name, tier: [f"{_title(name)} ({tier_words(tier)})", _CREDIT]),
    Style("special_first", lambda name, tier: [f"SPECIAL CASE: {name.upper()}"], special_only=True),
    # The shapes of copies: a colon and brackets at once, punctuation after the tier, the
    # figure dash, the page's blank lines between name and tier, the tier over the name, the
    # header's brackets kept on the tier's line, ecoi.net's title over the tier alone, a
    # labelled ranking.
    Style("colon_and_brackets", _one("{name}: ({tier})", _upper)),
    Style("full_stop_after", _one("{name}: {tier}.", _upper)),
    # A full stop in place of the colon, as a copy that set the header as a run-in sentence.
    Style("full_stop_between", _one("{name}. {tier}.", _upper)),
    Style("title_full_stop_between", _one("{name}. {tier}", _title)),
    # ... a copy that lost the colon or the brackets, or set a slash in their place, and one
    # that set a comma before "Watch List"
    Style("caps_blank_between", _one("{name} {tier}", _upper), unlisted_names=False),
    Style("title_blank_between", _one("{name} {tier}", _title), unlisted_names=False),
    Style("slash_between", _one("{name} / {tier}", _upper)),
    Style(
        "comma_before_watch_list",
        _one("{name} ({tier})", _upper, lambda words: words.replace("2 Watch", "2, Watch")),
    ),
    Style("colon_after_brackets", _one("{name} ({tier}):", _upper)),
    Style("figure_dash", _one("{name} \u2012 {tier}", _upper)),
    Style("blank_lines_between", lambda name, tier: [_title(name), "", "", tier_words(tier)]),
    Style("tier_over_name", lambda name, tier: [tier_words(tier), _title(name)]),
    Style("bracketed_tier_under", lambda name, tier: [_title(name), f"({tier_words(tier)})"]),
    Style(
        "page_title_over_tier",
        lambda name, tier: [
            f"Trafficking in Persons Report 2019 - {_title(name)}",
            tier_words(tier),
        ],
    ),
    # "Watch List" wrapped apart from its tier: after a blank line, in two, or under a name
    # over its tier.
    Style(
        "watch_list_after_blank",
        lambda name, tier: _wrapped_watch_list(name.upper() + ": ", tier, ""),
    ),
    Style(
        "watch_list_in_two",
        lambda name, tier: _wrapped_watch_list(name.upper() + ": ", tier, "Watch"),
    ),
    Style(
        "name_over_wrapped_tier",
        lambda name, tier: [_title(name), *_wrapped_watch_list("", tier, None)],
    ),
    Style(
        "dash_before_wrapped_watch_list",
        lambda name, tier: _wrapped_watch_list(_title(name) + ": ", tier, "-"),
    ),
    Style(
        "labelled_ranking",
        lambda name, tier: [_title(name), f"Tier ranking: {tier_words(tier)}"],
    ),
)


def page_text(style: Style, name: str, iso3: str, tier: str) -> str:
    return "\n".join([*style.lines(name, tier), *body_lines(name, iso3, tier)])


# --- saved web pages -----------------------------------------------------------------------


def name_over_tier_page(name: str, iso3: str, tier: str) -> str:
    """A 2017+ state.gov country page whose only heading is the country's name, the tier on
    a line under it, inside the site's banner, breadcrumb and footer."""
    titled = escape(_title(name))
    body = []
    for line in body_lines(name, iso3, tier):
        if not line:
            continue
        tag = "h3" if line.isupper() else "p"
        body.append(f"<{tag}>{escape(line)}</{tag}>")
    top = "".join(f"<p>{escape(line)}</p>" for line in STATE_GOV_TOP)
    bottom = "".join(f"<li>{escape(line)}</li>" for line in STATE_GOV_BOTTOM)
    return (
        f"<!DOCTYPE html><html><head><title>{titled} - United States Department of State"
        f'</title></head><body><section class="usa-banner">{top}</section>'
        f'<div class="breadcrumbs"><a href="/">Home</a> &#8250; <a href="/reports/">Reports'
        f"</a> &#8250; <span>2019 Trafficking in Persons Report: {titled}</span></div>"
        f"<main><h1>{titled}</h1><p>{escape(tier_words(tier))}</p>{''.join(body)}</main>"
        f"<footer><ul>{bottom}</ul></footer></body></html>"
    )


HTML_PAGES: dict[str, Callable[[str], str]] = {
    "state_gov_page": state_gov_page,
    "refworld_page": refworld_page,
}


def html_layouts(header: str, body: list[str]) -> dict[str, str]:
    """The page as the older sites' markup holds it: the header bold inside the first
    paragraph (with or without a line break), in an h3 over a div, in a table's cell, centred
    in a font tag, in a span over a div whose paragraphs are parted by line breaks."""
    paragraphs = [line for line in body if line]
    rest = "".join(f"<p>{escape(line)}</p>" for line in paragraphs[1:])
    first, head = escape(paragraphs[0]), escape(header)
    return {
        "strong_in_p": f"<html><body><p><strong>{head}</strong> {first}</p>{rest}</body></html>",
        "strong_br": f"<html><body><p><strong>{head}</strong><br>{first}</p>{rest}</body></html>",
        "h3_div": f"<html><body><h3>{head}</h3><div>{first}</div>{rest}</body></html>",
        "table": (
            f"<html><body><table><tr><td><b>{head}</b></td></tr><tr><td>{first}{rest}</td></tr>"
            "</table></body></html>"
        ),
        "font_center": (
            f"<html><body><center><font size=4><b>{head}</b></font></center><p>{first}</p>"
            f"{rest}</body></html>"
        ),
        "span_over_div": (
            f"<html><body><div><span class='title'>{head}</span></div><div>{first}<br><br>"
            f"{rest}</div></body></html>"
        ),
    }

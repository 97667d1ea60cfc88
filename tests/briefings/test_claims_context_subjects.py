"""What a claim means through its context: the region it is scoped to when the data has no
group for that region, and the country a pronoun or a description stands for. Parser tests are
pure Python (an invented gazetteer); the verdict tests read the bundled dataset."""

from __future__ import annotations

import pytest

from tipwatch.briefings.claims import (
    AMBIGUOUS,
    ClaimKind,
    Gazetteer,
    read_text,
    unnamed_region,
)
from tipwatch.briefings.claims.model import Claim
from tipwatch.briefings.verify import ClaimChecker, Verdict

COUNTRIES: dict[str, list[str]] = {
    "CHL": ["Chile"],
    "PER": ["Peru", "Perú"],
    "THA": ["Thailand", "Tailandia", "Thai government"],
    "MYS": ["Malaysia", "Malasia"],
    "SAU": ["Saudi Arabia", "Arabia Saudita"],
    "KWT": ["Kuwait"],
    "CUB": ["Cuba"],
    "BOL": ["Bolivia"],
    "IRL": ["Ireland", "Irlanda"],
    "ROU": ["Romania", "Rumania"],
    "SYC": ["Seychelles"],
    "ZAF": ["South Africa", "Sudáfrica"],
    "CAF": ["Central African Republic"],
    "PRK": ["North Korea", "Corea del Norte"],
    "IRN": ["Iran", "Irán"],
    "USA": ["United States", "Estados Unidos", "EE.UU."],
}
GROUPS = {"latin-america": ["Latin America", "Latin American", "América Latina", "latinoamericano"]}
REGIONS = {
    "Africa": ["Africa", "African", "África", "africano", "africanos"],
    "Southeast Asia": ["Southeast Asia", "Southeast Asian", "Sudeste Asiático"],
    "the European Union": ["European Union", "EU", "Unión Europea", "UE"],
    "the Gulf": ["the Gulf", "Golfo Pérsico", "GCC"],
    "the Southern Cone": ["Southern Cone", "Cono Sur"],
}


DESCRIPTIONS = {
    "kingdom": ["THA", "SAU"],
    "reino": ["THA", "SAU"],
    "island": ["CUB", "SYC", "IRL"],
    "isla": ["CUB", "SYC", "IRL"],
    "gulf": ["SAU", "KWT"],
    "andean": ["PER", "BOL", "CHL"],
    "andino": ["PER", "BOL", "CHL"],
    "southeast asian": ["THA", "MYS"],
    "latin american": ["PER", "CHL", "BOL", "CUB"],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return Gazetteer(
        COUNTRIES,
        GROUPS,
        {code: names[0] for code, names in COUNTRIES.items()},
        REGIONS,
        DESCRIPTIONS,
    )


def claims(text: str, names: Gazetteer, lang: str = "en") -> list[Claim]:
    return read_text(text, names, lang).claims


def only_claim(text: str, names: Gazetteer, lang: str = "en") -> Claim:
    (claim,) = [c for c in claims(text, names, lang) if c.kind is ClaimKind.GROUP]
    return claim


# --- regions the data has no group for --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("Seychelles is the only Tier 1 country in Africa.", "en", "Africa"),
        ("Ireland and Romania are the only EU countries on the Tier 2 Watch List.", "en",
         "the European Union"),
        ("In Southeast Asia, only Malaysia is on Tier 3.", "en", "Southeast Asia"),
        ("Kuwait is the only country in the Gulf on Tier 3.", "en", "the Gulf"),
        ("Malaysia is the only Southeast Asian country on Tier 3.", "en", "Southeast Asia"),
        ("Tailandia es el único país del Sudeste Asiático en el nivel 3.", "es",
         "Southeast Asia"),
        ("Chile es el único país del Cono Sur en el Nivel 1.", "es", "the Southern Cone"),
        ("Irlanda es el único país de la UE en la Lista de Vigilancia del Nivel 2.", "es",
         "the European Union"),
    ],
)  # fmt: skip
def test_an_exclusive_claim_in_a_region_without_a_group_is_scoped_to_it(
    text: str, lang: str, region: str, names: Gazetteer
) -> None:
    assert unnamed_region(only_claim(text, names, lang).group) == region


def test_a_region_without_a_group_wins_over_a_group_named_in_an_earlier_sentence(
    names: Gazetteer,
) -> None:
    text = (
        "In Latin America, most countries are on Tier 2. "
        "In Southeast Asia, only Malaysia is on Tier 3."
    )
    assert unnamed_region(only_claim(text, names).group) == "Southeast Asia"


def test_a_later_sentence_takes_the_region_named_last(names: Gazetteer) -> None:
    text = "The report looked closely at Southeast Asia. Only Malaysia is on Tier 3."
    assert unnamed_region(only_claim(text, names).group) == "Southeast Asia"


def test_a_group_the_data_has_is_still_that_group(names: Gazetteer) -> None:
    assert only_claim("Chile is the only Latin American country on Tier 1.", names).group == (
        "latin-america"
    )


def test_with_no_region_anywhere_the_scope_stays_ambiguous(names: Gazetteer) -> None:
    assert only_claim("Only Chile is on Tier 1.", names).group == AMBIGUOUS


@pytest.mark.parametrize(
    "text",
    [
        # A country's name is not its continent's: "South Africa", "Central African Republic".
        "South Africa is the only country on Tier 2.",
        "The Central African Republic is the only country on Tier 2.",
    ],
)
def test_a_country_name_is_not_a_region(text: str, names: Gazetteer) -> None:
    assert only_claim(text, names).group == AMBIGUOUS


def test_an_acronym_is_a_region_only_before_a_word_for_countries(names: Gazetteer) -> None:
    # Mexican Spanish writes "EU" for the United States: a headline subject, not a scope.
    text = "EU añade a Cuba a su lista negra. Cuba es el único país en el Nivel 3."
    assert only_claim(text, names, "es").group == AMBIGUOUS
    assert unnamed_region(
        only_claim("Ireland is the only EU member on the Tier 2 Watch List.", names).group
    ) == ("the European Union")


def test_a_count_takes_a_region_only_in_its_own_words(names: Gazetteer) -> None:
    found = claims("There are 80 countries in Tier 2, of which 14 are in Africa.", names)
    counts = {c.count: c.group for c in found if c.kind is ClaimKind.COUNT}
    assert counts[80] is None  # every country, as before
    if 14 in counts:
        assert unnamed_region(counts[14]) == "Africa"


def test_a_region_named_as_an_adjective_does_not_break_the_sentence(names: Gazetteer) -> None:
    (claim,) = claims(
        "The United States kept Gulf allies Kuwait and Saudi Arabia on Tier 3.", names
    )
    assert set(claim.countries) == {"KWT", "SAU"}
    (claim,) = claims("Other African countries on Tier 3 include South Africa.", names)
    assert claim.countries == ("ZAF",)


# --- verdicts -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("tip_data")
def test_membership_is_checked_and_the_scope_is_said_to_be_unchecked() -> None:
    (checked,) = ClaimChecker(2015).check_text("Chile is the only Tier 1 country in Africa.").claims
    assert checked.verdict is Verdict.SUPPORTED
    assert "Chile is on Tier 1" in checked.explanation
    assert "no group for Africa" in checked.explanation


@pytest.mark.usefixtures("tip_data")
def test_a_country_not_where_the_claim_puts_it_is_contradicted_whatever_the_scope() -> None:
    for text in ("Peru is the only Tier 1 country in Africa.", "Only Peru is on Tier 1."):
        (checked,) = ClaimChecker(2015).check_text(text).claims
        assert checked.verdict is Verdict.CONTRADICTED, text
        assert "Peru is on Tier 2" in checked.explanation


@pytest.mark.usefixtures("tip_data")
def test_with_no_scope_a_right_membership_is_still_not_covered() -> None:
    (checked,) = ClaimChecker(2015).check_text("Only Chile is on Tier 1.").claims
    assert checked.verdict is Verdict.NOT_COVERED
    assert checked.explanation.startswith("Ambiguous scope")


@pytest.mark.usefixtures("tip_data")
def test_a_count_in_a_region_without_a_group_is_not_checked_against_the_world() -> None:
    checked = ClaimChecker(2015).check_text("Three African countries are on Tier 1.").claims
    counts = [c for c in checked if c.claim.kind is ClaimKind.COUNT]
    for count in counts:
        assert count.verdict is Verdict.NOT_COVERED
        assert "no group for Africa" in count.explanation


@pytest.mark.usefixtures("tip_data")
def test_the_unchecked_scope_is_named_in_the_language_of_the_text() -> None:
    (checked,) = (
        ClaimChecker(2015)
        .check_text("Chile es el único país del Cono Sur en el Nivel 1.", "es")
        .claims
    )
    assert checked.verdict is Verdict.SUPPORTED
    assert "no tienen un grupo para el Cono Sur" in checked.explanation


# --- the country a pronoun or a description stands for ------------------------------------------


def subjects(text: str, names: Gazetteer, lang: str = "en") -> set[tuple[str, ...]]:
    return {c.countries for c in claims(text, names, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        # A description picks, among the countries in context, the one it fits.
        ("Cuba and Thailand were reviewed. The kingdom was downgraded to Tier 3.", "en", "THA"),
        ("The report criticised Cuba and Thailand; the kingdom was downgraded to Tier 3.", "en",
         "THA"),
        ("Kuwait and Cuba were reviewed. The Gulf state was downgraded to Tier 3.", "en", "KWT"),
        ("Thailand and Cuba were reviewed. The Southeast Asian nation was downgraded to Tier 3.",
         "en", "THA"),
        ("The report praised Peru and Thailand. The Latin American nation was upgraded to Tier 1.",
         "en", "PER"),
        ("Estados Unidos elogió a Perú y Cuba. El país andino subió al Nivel 1.", "es", "PER"),
        ("Estados Unidos elogió a Perú y Cuba. La isla subió al Nivel 1.", "es", "CUB"),
        ("Tailandia y Cuba fueron evaluados. El reino bajó al Nivel 3.", "es", "THA"),
        # A bare word stands for the one country the sentence before named ...
        ("Thailand was reviewed closely. It was downgraded to Tier 3.", "en", "THA"),
        ("Estados Unidos elogió a Perú. El país subió al Nivel 1.", "es", "PER"),
        # ... beside which the United States is the report's author, not the country meant.
        ("The United States praised Peru. The country was upgraded to Tier 1.", "en", "PER"),
    ],
)  # fmt: skip
def test_a_description_or_pronoun_stands_for_the_country_it_fits(
    text: str, lang: str, country: str, names: Gazetteer
) -> None:
    assert subjects(text, names, lang) == {(country,)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Two countries in context: a pronoun or a bare "the country" is not guessed.
        ("Thailand and Malaysia were reviewed. It was downgraded to Tier 3.", "en"),
        ("The report praised Peru and Cuba. The country was upgraded to Tier 1.", "en"),
        ("The report criticised Cuba and Thailand; it was downgraded to Tier 3.", "en"),
        ("Estados Unidos elogió a Perú y Malasia. El país subió al Nivel 1.", "es"),
        # A description that fits no country in context does not resolve.
        ("Cuba was reviewed. The kingdom was downgraded to Tier 3.", "en"),
        ("Peru was reviewed. The island nation was downgraded to Tier 3.", "en"),
        ("Estados Unidos elogió a Perú y Malasia. La isla subió al Nivel 1.", "es"),
        # ... nor one that fits two of them.
        ("Saudi Arabia and Thailand were reviewed. The kingdom was downgraded to Tier 3.", "en"),
    ],
)
def test_a_pronoun_or_description_is_not_guessed(text: str, lang: str, names: Gazetteer) -> None:
    assert subjects(text, names, lang) == set()


def test_descriptions_combine(names: Gazetteer) -> None:
    # "the Gulf kingdom": a Gulf state that is a kingdom (Saudi Arabia, not Kuwait or Thailand).
    assert names.described("the gulf kingdom") == frozenset({"SAU"})
    assert names.described("the country") is None


@pytest.mark.usefixtures("tip_data")
def test_the_site_gazetteer_knows_the_usual_descriptions() -> None:
    from tipwatch.briefings.names import build_gazetteer

    names = build_gazetteer()
    kingdoms = names.described("the kingdom") or frozenset()
    assert {"THA", "SAU", "MAR"} <= kingdoms
    assert "CUB" not in kingdoms
    assert {"BOL", "PER"} <= (names.described("el pais andino") or frozenset())
    assert "CUB" in (names.described("the caribbean island nation") or ())
    assert "THA" in (names.described("the southeast asian nation") or ())
    assert "PER" in (names.described("the latin american nation") or ())
    assert "SAU" in (names.described("the middle eastern kingdom") or ())
    assert "SGP" in (names.described("the republic") or ())
    assert "THA" not in (names.described("the republic") or ())


# --- a tier given by the countries on it, and a country as the object of a placing verb --------


def test_the_same_tier_as_others_named_before_is_that_tier(names: Gazetteer) -> None:
    found = claims(
        "Cuba fue ubicada en el Nivel 3, lo que la coloca en la misma lista que Corea del Norte.",
        names,
        "es",
    )
    assert {code for c in found if c.tier == "3" for code in c.countries} == {"CUB", "PRK"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The report put Cuba in the same category as North Korea and Iran.", "en"),
        ("Coloca a Cuba en la misma lista que naciones como Corea del Norte e Irán.", "es"),
        ("El informe ubica a Cuba en el mismo grupo de Corea del Norte e Irán.", "es"),
    ],
)
def test_with_no_tier_named_the_tier_is_that_of_the_others(
    text: str, lang: str, names: Gazetteer
) -> None:
    (claim,) = claims(text, names, lang)
    assert claim.kind is ClaimKind.TIER
    assert (set(claim.countries), claim.tier, claim.tier_of) == (
        {"CUB", "PRK", "IRN"},
        None,
        ("PRK", "IRN"),
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cuba is in the same region as Iran.", "en"),
        ("Cuba está en la lista negra de Estados Unidos.", "es"),
        ("Cuba has the same problems as Iran and North Korea.", "en"),
    ],
)
def test_no_same_tier_claim_without_a_word_for_the_scale(
    text: str, lang: str, names: Gazetteer
) -> None:
    assert not [c for c in claims(text, names, lang) if c.tier_of]


def test_a_pronoun_after_a_verb_of_placing_is_the_country_named_before(names: Gazetteer) -> None:
    (claim,) = claims("The report criticised Peru, placing it on Tier 3.", names)
    assert (claim.countries, claim.tier) == (("PER",), "3")


def test_an_object_pronoun_is_not_guessed_between_two_countries(names: Gazetteer) -> None:
    from tipwatch.briefings.claims import fold
    from tipwatch.briefings.claims.context import object_pronouns

    for text, earlier in (
        ("The report criticised Peru and Chile, placing it on Tier 3.", []),
        ("The report was harsh, placing it on Tier 3.", ["PER", "CHL"]),
    ):
        folded = fold(text)
        found = [m for m in names.find(folded.text, text, folded.origin) if m.kind == "C"]
        assert object_pronouns(folded.text, found, earlier, names, []) == [], text


@pytest.mark.usefixtures("tip_data")
def test_the_tier_of_the_others_is_read_from_the_data() -> None:
    text = "The report put Malaysia in the same category as North Korea and Iran."
    (checked,) = ClaimChecker(2014).check_text(text).claims
    assert checked.verdict is Verdict.SUPPORTED
    assert checked.claim.tier == "3"
    (checked,) = ClaimChecker(2015).check_text(text).claims
    assert checked.verdict is Verdict.CONTRADICTED  # Malaysia moved up to the Watch List
    mixed = "The report put Malaysia in the same category as North Korea and Chile."
    (checked,) = ClaimChecker(2014).check_text(mixed).claims
    assert checked.verdict is Verdict.NOT_COVERED
    assert "North Korea" in checked.explanation


def test_the_same_tier_named_before_gives_the_tier_in_english(names: Gazetteer) -> None:
    found = claims(
        "Cuba was placed on Tier 3. The report put it in the same category as North Korea.", names
    )
    assert {code for c in found if c.tier == "3" for code in c.countries} == {"CUB", "PRK"}


# --- a year given as the one before another -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru was praised. Before 2010, it was on Tier 3.",
        "Peru was praised. Prior to 2010 it was on Tier 3.",
    ],
)
def test_before_a_year_is_the_report_before_it(text: str, names: Gazetteer) -> None:
    (claim,) = claims(text, names)
    assert (claim.countries, claim.tier, claim.year) == (("PER",), "3", 2009)


def test_before_a_year_later_in_the_sentence_does_not_date_the_claim(names: Gazetteer) -> None:
    (claim,) = claims("Peru was on Tier 2 in 2015, before 2016 brought a downgrade.", names)
    assert claim.year == 2015

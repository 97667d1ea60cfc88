"""The TVPA minimum standards (22 U.S.C. 7106) as data, in plain English.

`MINIMUM_STANDARDS` are the four standards of 7106(a). The fourth, "serious and sustained
efforts", is judged against the twelve criteria of 7106(b), in `SERIOUS_EFFORT_CRITERIA`.
The texts are our own summaries, not quotations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

_SECTION: Final[str] = "22 U.S.C. 7106"


@dataclass(frozen=True, slots=True)
class Standard:
    """One paragraph of 22 U.S.C. 7106: `paragraph` like "(a)(4)" or "(b)(11)"."""

    paragraph: str
    title: str
    text: str

    @property
    def citation(self) -> str:
        """Full citation, e.g. "22 U.S.C. 7106(b)(11)"."""
        return f"{_SECTION}{self.paragraph}"


MINIMUM_STANDARDS: Final[tuple[Standard, ...]] = (
    Standard(
        "(a)(1)",
        "Prohibit and punish",
        "The government outlaws severe forms of trafficking in persons and punishes them.",
    ),
    Standard(
        "(a)(2)",
        "Penalties for the gravest cases",
        "Knowingly trafficking people for sex through force, fraud or coercion, trafficking "
        "children for sex, and trafficking that involves rape, kidnapping or a death carry "
        "penalties on a par with those for forcible sexual assault and similarly serious crimes.",
    ),
    Standard(
        "(a)(3)",
        "Deterrent penalties",
        "Every knowing act of severe trafficking carries a penalty heavy enough to deter it "
        "and to match how grave the crime is.",
    ),
    Standard(
        "(a)(4)",
        "Serious and sustained efforts",
        "The government makes serious efforts, kept up over time, to eliminate severe forms "
        "of trafficking. This standard is judged against the criteria of 7106(b).",
    ),
)

SERIOUS_EFFORT_CRITERIA: Final[tuple[Standard, ...]] = (
    Standard(
        "(b)(1)",
        "Law enforcement",
        "Trafficking cases are vigorously investigated and prosecuted, and traffickers are "
        "convicted and sentenced, with prison terms where appropriate. Suspended or sharply "
        "reduced sentences are looked at case by case. A government that will not share its "
        "data when reasonably asked is presumed not to be acting vigorously.",
    ),
    Standard(
        "(b)(2)",
        "Protecting victims",
        "Victims are protected and helped to come forward, including through legal options "
        "other than removal to a country where they would face hardship, and they are not "
        "punished for acts their traffickers forced them to commit. Officials are trained to "
        "identify victims in a way that puts the victim first.",
    ),
    Standard(
        "(b)(3)",
        "Prevention",
        "The government works to prevent trafficking: public awareness, registering births "
        "and citizenship, stopping its peacekeepers and diplomats from taking part in "
        "trafficking, acting against forced and child labour, sharing information, and "
        "regulating foreign labour recruiters and making them answerable for abuses.",
    ),
    Standard(
        "(b)(4)",
        "International cooperation",
        "The government works with other governments to investigate and prosecute trafficking.",
    ),
    Standard(
        "(b)(5)",
        "Extradition",
        "Trafficking suspects are extradited on the same terms as suspects of other serious "
        "crimes, or the government is working to remove legal obstacles to doing so.",
    ),
    Standard(
        "(b)(6)",
        "Watching migration",
        "Migration patterns are monitored for signs of trafficking, and the response "
        "respects human rights, among them people's freedom to leave a country and to go home.",
    ),
    Standard(
        "(b)(7)",
        "Official complicity",
        "Officials who take part in or facilitate trafficking, including diplomats, soldiers "
        "and peacekeepers, are investigated, prosecuted, convicted and sentenced. Ignoring "
        "public allegations counts as a failure to act, and withheld data are presumed to "
        "show no vigorous action.",
    ),
    Standard(
        "(b)(8)",
        "Share of foreign victims",
        "Whether the share of the country's victims who are not its citizens is insignificant.",
    ),
    Standard(
        "(b)(9)",
        "Partnerships",
        "The government builds effective and transparent partnerships, with measurable "
        "results, with civil society, businesses, international organisations or the United "
        "States.",
    ),
    Standard(
        "(b)(10)",
        "Self-assessment",
        "The government systematically monitors its own anti-trafficking work under the "
        "earlier criteria and regularly publishes an assessment of it.",
    ),
    Standard(
        "(b)(11)",
        "Progress",
        "The government has clearly improved since it was assessed a year earlier.",
    ),
    Standard(
        "(b)(12)",
        "Reducing demand",
        "The government works to cut the demand for paid sex, and to stop its own nationals "
        "from travelling abroad for sex tourism.",
    ),
)

STANDARDS_BY_PARAGRAPH: Final[Mapping[str, Standard]] = MappingProxyType(
    {s.paragraph: s for s in (*MINIMUM_STANDARDS, *SERIOUS_EFFORT_CRITERIA)}
)

CONCRETE_ACTIONS: Final[str] = (
    "Since 2019 the law defines the concrete actions a tier may rest on (22 U.S.C. 7102): "
    "enforcement actions, ongoing investigations, prosecutions and convictions, training, "
    "programmes and partnerships, prevention work, services for victims, and the money "
    "committed to all of these."
)


def standard(paragraph: str) -> Standard:
    """Look up a standard or criterion by paragraph, e.g. "(a)(4)" or "(b)(7)".

    Raises KeyError, listing the known paragraphs, for an unknown one.
    """
    try:
        return STANDARDS_BY_PARAGRAPH[paragraph]
    except KeyError:
        known = ", ".join(STANDARDS_BY_PARAGRAPH)
        raise KeyError(f"No paragraph {paragraph!r} in {_SECTION}; known: {known}") from None

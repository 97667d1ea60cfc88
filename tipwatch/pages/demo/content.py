"""The demo site's text. Written for this site; facts kept brief and well established."""

from __future__ import annotations

import datetime
from typing import Any

HOME_TITLE = "Human rights and development in Peru"
HOME_INTRO = (
    "<p>We are a small UK-based group supporting human rights and development in Peru. "
    "We follow the US State Department's annual <b>Trafficking in Persons (TIP) Report</b> "
    "closely and publish what it says about Peru, and why it matters.</p>"
)
JOIN_HEADING = "Join us"
JOIN_TEXT = (
    "Members keep our work independent. Join to get our newsletter, alerts when a new TIP "
    "Report rates Peru, and a say in what we do."
)

STANDARD_PAGES: list[dict[str, Any]] = [
    {
        "slug": "about",
        "title": "Our aims",
        "intro": "We are a voluntary group in the UK working in solidarity with people in Peru "
        "who defend human rights and work for fair, sustainable development.",
        "body": [
            ("heading", "What we do"),
            (
                "paragraph",
                "<p>We bring together people in the UK who care about Peru: students, "
                "researchers, people of Peruvian heritage, trade unionists and faith groups. "
                "We share reliable information, support Peruvian organisations that ask for "
                "our help, and raise concerns with decision-makers in the UK.</p>",
            ),
            ("heading", "Why the TIP Report"),
            (
                "paragraph",
                "<p>Each year the US State Department publishes its Trafficking in Persons "
                "Report, which rates how far every government meets minimum standards for "
                "eliminating human trafficking. Governments take their tier seriously, so "
                "the report is a useful lever. We record every placement for Peru, with its "
                "source, and say plainly where our data is incomplete.</p>",
            ),
            ("image", "Sacred Valley"),
            ("heading", "How we work"),
            (
                "paragraph",
                "<ul><li>We cite our sources, and correct mistakes openly.</li>"
                "<li>We follow the lead of Peruvian partners on what help is useful.</li>"
                "<li>We are independent of any government or political party.</li></ul>",
            ),
            (
                "quote",
                (
                    "Nothing about us without us.",
                    "A principle we share with the communities we work with",
                ),
            ),
        ],
    },
    {
        "slug": "history",
        "title": "A short history of Peru",
        "intro": "An overview, in a few paragraphs, of a history that spans five thousand years.",
        "body": [
            ("heading", "Before the Spanish conquest"),
            (
                "paragraph",
                "<p>Caral, in the Supe valley north of Lima, is one of the oldest cities in "
                "the Americas: its monumental buildings date from around 3000 BCE. Many "
                "cultures followed, among them Chavín in the highlands, the Nazca and Moche "
                "on the coast, and the Wari and Chimú states. In the fifteenth century the "
                "Inca, from their capital at Cusco, built the largest empire in the "
                "pre-Columbian Americas, Tawantinsuyu, reaching from present-day Ecuador to "
                "central Chile.</p>",
            ),
            ("image", "Andes at dawn"),
            ("heading", "Conquest and colony"),
            (
                "paragraph",
                "<p>Spanish forces led by Francisco Pizarro captured the Inca ruler Atahualpa "
                "at Cajamarca in 1532 and executed him the following year. Lima was founded "
                "in 1535 and became the capital of the Viceroyalty of Peru. Colonial rule "
                "rested on the forced labour of Indigenous people, above all in the silver "
                "mines, and epidemics brought from Europe killed a great part of the "
                "population.</p>",
            ),
            ("heading", "Independence and the republic"),
            (
                "paragraph",
                "<p>José de San Martín proclaimed Peru's independence in Lima on 28 July "
                "1821; it was secured by the battles of Junín and Ayacucho in 1824. In the "
                "War of the Pacific (1879 to 1883) Peru and Bolivia were defeated by Chile, and "
                "Peru lost the province of Tarapacá. The twentieth century alternated "
                "between elected and military governments; the military government that took "
                "power in 1968 carried out a far-reaching land reform.</p>",
            ),
            ("heading", "Conflict and its aftermath"),
            (
                "paragraph",
                "<p>From 1980 to 2000 Peru suffered an internal armed conflict between the "
                "state and the Shining Path and the MRTA. The Truth and Reconciliation "
                "Commission, reporting in 2003, estimated that about 69,000 people died, most "
                "of them Quechua-speaking people in rural areas. Alberto Fujimori, president "
                "from 1990 to 2000, dissolved Congress in 1992; he was later convicted of "
                "human rights crimes. Since 2016 Peru has had a rapid succession of "
                "presidents, and the protests of December 2022 and early 2023 were met with "
                "force that left dozens of people dead.</p>",
            ),
        ],
    },
    {
        "slug": "human-rights",
        "title": "Human rights in Peru",
        "intro": "The human rights issues our partners in Peru ask us to follow.",
        "body": [
            ("heading", "Human trafficking and forced labour"),
            (
                "paragraph",
                "<p>Men, women and children are exploited in Peru in forced labour, in "
                "illegal and informal gold mining, logging and agriculture, in domestic "
                "work, and in sexual exploitation, often near mining camps. Indigenous "
                "people, rural migrants and refugees and migrants from Venezuela are among "
                "those most at risk. The TIP Report assesses what the government does to "
                "prevent this, protect victims and prosecute traffickers.</p>",
            ),
            ("image", "Amazon lowlands"),
            ("heading", "Indigenous peoples and the environment"),
            (
                "paragraph",
                "<p>Peru passed a law on the right of Indigenous peoples to prior "
                "consultation in 2011, but communities continue to report that mining, oil "
                "and logging projects go ahead without their free, prior and informed "
                "consent. Environmental and land defenders, especially in the Amazon, face "
                "threats and violence.</p>",
            ),
            ("heading", "Justice and accountability"),
            (
                "paragraph",
                "<p>Families of the people killed or disappeared during the armed conflict "
                "are still searching for truth and justice. We support calls for the state "
                "to keep looking for the disappeared, and for investigations into deaths "
                "during protests to be independent and thorough.</p>",
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "intro": "How we look after the personal data of our members and supporters.",
        "body": [
            ("heading", "What we hold and why"),
            (
                "paragraph",
                "<p>When you join we hold your name, email address, postal address if you "
                "give it, your type of membership, your choices about our emails, and when "
                "you agreed to this notice. We use them only to run your membership and, if "
                "you ask us to, to send you our newsletter and country alerts.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "<p>You can see, download, correct or erase your data at any time, using the "
                'link we email you from the <a href="/members/manage/">manage your '
                "membership</a> page. We never sell or share your data.</p>",
            ),
        ],
    },
]

JOIN_PAGE = {
    "slug": "join",
    "title": "Why join",
    "intro": (
        "<p>We are entirely funded by our members. Your membership pays for translation, "
        "for our research on the TIP Report and for the small grants we make to partner "
        "organisations in Peru.</p>"
        "<h2>What members get</h2>"
        "<ul><li>Our newsletter, about four times a year (if you want it).</li>"
        "<li>An alert when a new TIP Report rates Peru (if you want it).</li>"
        "<li>A vote at our annual general meeting.</li></ul>"
    ),
    "thank_you_text": "<p>Thank you for supporting human rights in Peru.</p>",
}

NEWS_INDEX = {
    "slug": "news",
    "title": "All news",
    "intro": "<p>News and analysis on trafficking in persons and human rights in Peru.</p>",
}

# slug, name, annual fee, description, sort order, Spanish name, Spanish description.
MEMBERSHIP_TYPES = [
    ("individual", "Individual", "30.00", "For one person.", 10, "Individual", "Para una persona."),
    (
        "concession",
        "Concession",
        "15.00",
        "For students, the unwaged and pensioners.",
        20,
        "Tarifa reducida",
        "Para estudiantes, personas sin empleo y jubilados.",
    ),
    (
        "organisation",
        "Organisation",
        "100.00",
        "For groups, unions, schools and charities.",
        30,
        "Organización",
        "Para colectivos, sindicatos, escuelas y organizaciones benéficas.",
    ),
]

NEWS = [
    {
        "slug": "peru-tip-report-2015",
        "title": "Peru in the 2015 TIP Report: Tier 2",
        "date": datetime.date(2015, 7, 30),
        "summary": "The 2015 Trafficking in Persons Report kept Peru on Tier 2, like most "
        "of Latin America. Chile alone was on Tier 1.",
        "topics": ["TIP Report", "Peru", "Latin America"],
        "image": "Coastal desert",
        "body": [
            (
                "paragraph",
                "<p>The US State Department's 2015 Trafficking in Persons Report placed Peru "
                "on <b>Tier 2</b>: in the report's terms, a government that does not fully "
                "meet the minimum standards for the elimination of trafficking but is making "
                "significant efforts to do so.</p>",
            ),
            ("heading", "Peru and its neighbours"),
            (
                "paragraph",
                "<p>Peru was in company. Of the 20 states we group as Latin America, Chile "
                "alone was on Tier 1. Bolivia, Costa Rica, Cuba and Haiti were on the Tier 2 "
                "Watch List, and Venezuela was on Tier 3. Peru and most of the others were "
                "on Tier 2.</p>",
            ),
            (
                "pull_quote",
                (
                    "Tier 2 is not a pass mark: it says a government still falls short of "
                    "the minimum standards.",
                    "tipwatch",
                ),
            ),
            ("source", {"report_year": 2015, "page": None, "quote": "", "url": ""}),
        ],
    },
    {
        "slug": "what-the-tiers-mean",
        "title": "What the TIP Report's tiers mean",
        "date": datetime.date(2024, 3, 12),
        "summary": "Tier 1, Tier 2, the Watch List and Tier 3: a short guide to how the "
        "TIP Report ranks governments.",
        "topics": ["TIP Report", "Explainers"],
        "image": "Lake Titicaca",
        "body": [
            (
                "paragraph",
                "<p>The report rates governments, not the size of a country's trafficking "
                "problem. <b>Tier 1</b> governments fully meet the minimum standards of the "
                "US Trafficking Victims Protection Act. <b>Tier 2</b> governments do not, "
                "but are making significant efforts. The <b>Tier 2 Watch List</b> adds "
                "concerns such as a large or rising number of victims, or no evidence of "
                "increasing efforts. <b>Tier 3</b> governments do not meet the standards and "
                "are not making significant efforts.</p>",
            ),
            (
                "paragraph",
                "<p>A few places are listed as special cases, where the report cannot make "
                "a normal assessment.</p>",
            ),
        ],
    },
    {
        "slug": "gold-mining-and-forced-labour",
        "title": "Gold mining and forced labour in Madre de Dios",
        "date": datetime.date(2025, 5, 20),
        "summary": "Illegal gold mining in the Amazon region of Madre de Dios has long been "
        "linked to forced labour and sexual exploitation.",
        "topics": ["Forced labour", "Peru"],
        "image": "Amazon lowlands",
        "body": [
            (
                "paragraph",
                "<p>The rise in the price of gold has drawn thousands of people to informal "
                "and illegal mining in Madre de Dios, in Peru's south-eastern Amazon. Workers "
                "recruited with false promises can find themselves in debt to those who "
                "brought them, unable to leave. Bars around the camps have been places of "
                "sexual exploitation, including of children.</p>",
            ),
            ("heading", "What we ask"),
            (
                "paragraph",
                "<p>We support Peruvian organisations calling for labour inspections that "
                "reach remote camps, for help for survivors that does not depend on their "
                "testifying, and for prosecutions of those who profit.</p>",
            ),
        ],
    },
    {
        "slug": "why-we-watch-the-tip-report",
        "title": "Why we watch the TIP Report",
        "date": datetime.date(2025, 9, 1),
        "summary": "The TIP Report is one government's view, but a useful one: here is how "
        "we use it, and its limits.",
        "topics": ["TIP Report"],
        "image": "Sacred Valley",
        "body": [
            (
                "paragraph",
                "<p>The report is written by the US government and reflects its priorities. "
                "It is still the only assessment that covers almost every country every "
                "year, with a narrative explaining each rating. That makes it a good record "
                "of change over time.</p>",
            ),
            (
                "paragraph",
                "<p>On this site we record every placement for Peru with its source, and we "
                "say when our data for a year is incomplete.</p>",
            ),
        ],
    },
    {
        "slug": "annual-general-meeting-2026",
        "title": "Our annual general meeting",
        "date": datetime.date(2026, 2, 10),
        "summary": "Members met to agree our priorities for the year: the TIP Report, "
        "support for partners, and a new website.",
        "topics": ["Our group"],
        "image": "Andes at dawn",
        "body": [
            (
                "paragraph",
                "<p>Thank you to everyone who came. Members agreed to keep following the TIP "
                "Report closely, to continue our small grants to partner organisations in "
                "Peru, and to publish our work on this new website.</p>",
            ),
        ],
    },
]

PRIMARY_NAV = [
    ("Our aims", "about"),
    ("History", "history"),
    ("Human rights", "human-rights"),
    ("News", "news"),
    ("Join", "join"),
]

FOOTER_TEXT = (
    "<p>tipwatch is a voluntary group in the UK supporting human rights and development "
    "in Peru. Tier data comes from the US State Department's Trafficking in Persons "
    "Reports; see each page for its sources.</p>"
)

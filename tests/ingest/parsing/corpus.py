"""A labelled corpus of narrative-style texts for the parsing tests.

All prose is invented for these tests (fictional government efforts written in the
style of the TIP report), not copied from the report. Every narrative carries the
tier and the statistics a careful human reader would extract from it, for the 2015
report (reporting period = calendar 2014).
"""

from __future__ import annotations

from dataclasses import dataclass, field

REPORT_YEAR = 2015
CUR = REPORT_YEAR - 1
PREV = REPORT_YEAR - 2

Stat = tuple[str, int, int, str | None]  # metric, value, period_year, qualifier

# (iso3, name, aliases): the matcher's data, as the Django side would pass it.
COUNTRIES: list[tuple[str, str, list[str]]] = [
    ("PER", "Peru", []),
    ("BOL", "Bolivia", ["Plurinational State of Bolivia"]),
    ("CUB", "Cuba", []),
    ("CHL", "Chile", []),
    ("COL", "Colombia", []),
    ("ECU", "Ecuador", []),
    ("LBY", "Libya", []),
    ("SOM", "Somalia", []),
    ("CIV", "Côte d'Ivoire", ["Ivory Coast"]),
    ("KOR", "South Korea", ["Republic of Korea", "Korea, Republic of"]),
    ("PRK", "North Korea", ["Democratic People's Republic of Korea"]),
    ("MMR", "Burma", ["Myanmar"]),
    ("GMB", "The Gambia", ["Gambia"]),
    ("COD", "Democratic Republic of the Congo", ["DRC", "Congo-Kinshasa"]),
    ("COG", "Republic of the Congo", ["Congo-Brazzaville"]),
    ("VCT", "Saint Vincent and the Grenadines", []),
    ("PRY", "Paraguay", []),
    ("GHA", "Ghana", []),
    ("NGA", "Nigeria", []),
    ("IND", "India", []),
    ("PHL", "Philippines", ["The Philippines"]),
    ("THA", "Thailand", []),
    ("VNM", "Vietnam", ["Viet Nam"]),
    ("MEX", "Mexico", []),
    ("BRA", "Brazil", []),
    ("IDN", "Indonesia", []),
    ("KHM", "Cambodia", []),
    ("MYS", "Malaysia", []),
    ("UKR", "Ukraine", []),
    ("RUS", "Russia", ["Russian Federation"]),
    ("CHN", "China", ["People's Republic of China"]),
    ("MDA", "Moldova", []),
    ("NPL", "Nepal", []),
    ("KEN", "Kenya", []),
    ("SAU", "Saudi Arabia", []),
    ("ARE", "United Arab Emirates", ["UAE"]),
    ("NZL", "New Zealand", []),
    ("JPN", "Japan", []),
    ("EGY", "Egypt", []),
    ("HTI", "Haiti", []),
    ("DOM", "Dominican Republic", []),
    ("JAM", "Jamaica", []),
    ("TUR", "Turkey", ["Türkiye"]),
    ("ALB", "Albania", []),
    ("ARG", "Argentina", []),
    ("UZB", "Uzbekistan", []),
    ("ZWE", "Zimbabwe", []),
    ("QAT", "Qatar", []),
    ("PAK", "Pakistan", []),
    ("TTO", "Trinidad and Tobago", []),
    ("BHS", "The Bahamas", ["Bahamas"]),
    ("FSM", "Micronesia", ["Federated States of Micronesia"]),
    ("USA", "United States", ["United States of America"]),
    ("ESP", "Spain", []),
]


@dataclass(frozen=True)
class Spec:
    """One labelled narrative."""

    header: str
    prose: str  # the name as used in running prose
    iso3: str | None
    tier: str | None
    layout: str  # "new" (summary first, profile last) or "old" (profile first)
    prosecution: tuple[str, ...]
    protection: tuple[str, ...] = ()
    expected: tuple[Stat, ...] = ()
    places: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()  # phrases woven into the profile
    profile: str | None = None
    extra_sections: tuple[tuple[str, str], ...] = ()
    summary_extra: str = ""
    expected_forms: tuple[str, ...] | None = None
    expected_sectors: tuple[str, ...] | None = None
    expected_places: tuple[str, ...] | None = None
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The name as printed in the header."""
        for separator in (":", " ("):
            if separator in self.header:
                head = self.header.split(separator)[0]
                if separator == " (" and "(" in head:
                    continue
                return head.strip()
        raise ValueError(self.header)


# Sentences that look like statistics but are not: every narrative gets some.
DISTRACTORS = (
    "The law prescribed penalties of four to 12 years' imprisonment for sex trafficking and "
    "10 to 15 years for labor trafficking, which were sufficiently stringent.",
    "Article 153 of the penal code criminalized sex trafficking and labor trafficking.",
    "Children under 18 were exploited in commercial sex in areas popular with tourists.",
    "Officials received training in 2013 and 2014 from an international organization.",
    "NGOs reported identifying 200 victims during the year, but the government did not verify "
    "these figures.",
    "The government referred 35 victims to shelters run by NGOs and provided 20 victims with "
    "legal aid.",
    "The anti-trafficking hotline received 1,500 calls, a 20 percent increase.",
    "The government allocated 2.5 million soles ($850,000) to the national action plan.",
    "Judges sentenced convicted traffickers to between five and 20 years in prison.",
    "The government had only 14 labor inspectors for the entire country.",
    "Authorities trained 300 police officers on victim identification procedures.",
    "The government operated 12 shelters for trafficking victims, which assisted 150 victims.",
    "Victims were entitled to a 90-day reflection period and could receive temporary residency "
    "for up to one year.",
    "The government maintained the country on Tier 2 in 2014 after a review of its efforts.",
    "In 2013, the legislature amended Articles 181 and 182 to increase penalties to 15 years.",
    "The national commission met three times during the year and published a 40-page report.",
)

PREVENTION = (
    "The government continued to implement its 2011-2016 national action plan and conducted "
    "awareness campaigns in 12 provinces. It did not make efforts to reduce the demand for "
    "commercial sex acts or forced labor. The government provided anti-trafficking training to "
    "its diplomatic personnel."
)


def _sv(metric: str, value: int, year: int = CUR, qualifier: str | None = None) -> Stat:
    return (metric, value, year, qualifier)


SPECS: list[Spec] = [
    Spec(
        header="PERU: Tier 2",
        prose="Peru",
        iso3="PER",
        tier="2",
        layout="new",
        prosecution=(
            "In 2014, the government investigated 59 cases of trafficking, compared with 70 in "
            "2013.",
            "Authorities prosecuted 35 defendants and convicted 19 traffickers, compared with 41 "
            "convictions in 2013.",
        ),
        protection=(
            "The government identified 1,121 potential victims, compared with 1,200 in 2013.",
        ),
        summary_extra="The government convicted 19 traffickers and identified more victims.",
        expected=(
            _sv("investigations", 59),
            _sv("investigations", 70, PREV),
            _sv("prosecutions", 35),
            _sv("convictions", 19),
            _sv("convictions", 41, PREV),
            _sv("victims_identified", 1121),
            _sv("victims_identified", 1200, PREV),
        ),
        profile=(
            "As reported over the past five years, Peru is a source, transit, and destination "
            "country for men, women, and children subjected to sex trafficking and forced labor. "
            "Traffickers exploit women and girls in sex trafficking in Madre de Dios, Loreto, and "
            "Cusco, often in bars near illegal gold mining sites. Men and boys are subjected to "
            "forced labor in logging and agriculture in Loreto and in the capital, Lima. Some "
            "victims are exploited in forced begging in Lima's markets. Peruvian women are "
            "exploited in sex trafficking in Spain and Chile."
        ),
        expected_forms=("forced_begging", "forced_labor", "sex_trafficking"),
        expected_sectors=(
            "agriculture",
            "entertainment",
            "illegal_gold_mining",
            "logging",
            "mining",
        ),
        expected_places=("Cusco", "Lima", "Loreto", "Madre de Dios"),
    ),
    Spec(
        header="BOLIVIA: Tier 2 Watch List",
        prose="Bolivia",
        iso3="BOL",
        tier="2WL",
        layout="old",
        prosecution=(
            "The government reported investigating 121 cases, compared with 140 in the previous "
            "reporting period.",
            "It initiated prosecutions of 25 defendants and convicted nine traffickers.",
        ),
        protection=(
            "Police identified at least 88 victims of sex trafficking and 12 victims of forced "
            "labor.",
        ),
        expected=(
            _sv("investigations", 121),
            _sv("investigations", 140, PREV),
            _sv("prosecutions", 25),
            _sv("convictions", 9),
            _sv("victims_identified_sex_trafficking", 88, CUR, "at_least"),
            _sv("victims_identified_labor_trafficking", 12),
        ),
        profile=(
            "Bolivia is principally a source country for men, women, and children subjected to "
            "sex trafficking and forced labor. Bolivian women and girls are exploited in sex "
            "trafficking in El Alto and Santa Cruz, and in mining and agriculture in the Chapare "
            "region. Children are forced to beg in La Paz."
        ),
        expected_forms=("forced_begging", "forced_labor", "sex_trafficking"),
        expected_sectors=("agriculture", "mining"),
        expected_places=("Chapare", "El Alto", "La Paz", "Santa Cruz"),
    ),
    Spec(
        header="CUBA: Tier 3",
        prose="Cuba",
        iso3="CUB",
        tier="3",
        layout="new",
        prosecution=(
            "The government did not report any investigations, prosecutions, or convictions of "
            "traffickers during the reporting period.",
        ),
        protection=("Officials did not identify any victims.",),
        expected=(),
    ),
    Spec(
        header="CHILE (Tier 1)",
        prose="Chile",
        iso3="CHL",
        tier="1",
        layout="new",
        prosecution=(
            "The government initiated 98 investigations, including 21 for sex trafficking and 77 "
            "for labor trafficking, and prosecuted 36 defendants.",
            "Courts convicted 11 traffickers in 2014, a decrease from 14 in 2013.",
        ),
        protection=(
            "Authorities identified 145 victims, including 30 sex trafficking victims and 115 "
            "labor trafficking victims.",
        ),
        expected=(
            _sv("investigations", 98),
            _sv("investigations_sex_trafficking", 21),
            _sv("investigations_labor_trafficking", 77),
            _sv("prosecutions", 36),
            _sv("convictions", 11),
            _sv("convictions", 14, PREV),
            _sv("victims_identified", 145),
            _sv("victims_identified_sex_trafficking", 30),
            _sv("victims_identified_labor_trafficking", 115),
        ),
    ),
    Spec(
        header="COLOMBIA: TIER 1",
        prose="Colombia",
        iso3="COL",
        tier="1",
        layout="old",
        prosecution=(
            "The Attorney General's Office opened 135 new investigations, charged 43 suspects, "
            "and obtained convictions of 31 traffickers.",
            "In the previous reporting period, authorities reported 124 investigations.",
        ),
        protection=("The government identified and assisted 77 victims.",),
        expected=(
            _sv("investigations", 135),
            _sv("convictions", 31),
            _sv("investigations", 124, PREV),
            _sv("victims_identified", 77),
        ),
    ),
    Spec(
        header="ECUADOR (Tier 2 Watch List)",
        prose="Ecuador",
        iso3="ECU",
        tier="2WL",
        layout="new",
        prosecution=(
            "Authorities investigated 40 suspected trafficking cases (compared with 27 in the "
            "previous reporting period) and prosecuted 18 suspects.",
            "The government convicted 12 traffickers, compared with eight in the previous "
            "reporting period.",
        ),
        protection=(
            "The government identified 96 victims\u201460 for sex trafficking and 36 for labor "
            "trafficking\u2014compared with 110 in 2013.",
        ),
        expected=(
            _sv("investigations", 40),
            _sv("investigations", 27, PREV),
            _sv("prosecutions", 18),
            _sv("convictions", 12),
            _sv("convictions", 8, PREV),
            _sv("victims_identified", 96),
            _sv("victims_identified_sex_trafficking", 60),
            _sv("victims_identified_labor_trafficking", 36),
            _sv("victims_identified", 110, PREV),
        ),
    ),
    Spec(
        header="LIBYA: Special Case",
        prose="Libya",
        iso3="LBY",
        tier="special_case",
        layout="new",
        prosecution=(
            "The Ministry of Interior reportedly investigated two cases but did not report any "
            "prosecutions.",
        ),
        expected=(_sv("investigations", 2),),
    ),
    Spec(
        header="SOMALIA (Special Case)",
        prose="Somalia",
        iso3="SOM",
        tier="special_case",
        layout="old",
        prosecution=("Authorities in Puntland convicted 14 alleged traffickers in 2014.",),
        protection=("Officials identified approximately 50 potential victims.",),
        expected=(
            _sv("convictions", 14),
            _sv("victims_identified", 50, CUR, "approximately"),
        ),
    ),
    Spec(
        header="C\u00d4TE D\u2019IVOIRE: Tier 2",
        prose="C\u00f4te d\u2019Ivoire",
        iso3="CIV",
        tier="2",
        layout="new",
        prosecution=(
            "The government reported investigating 53 cases, prosecuting 24 defendants, and "
            "convicting 15 traffickers, compared with 25 investigations, 10 prosecutions, and "
            "seven convictions in 2013.",
        ),
        protection=(
            "Authorities identified 138 child victims of forced labor in cocoa fields and 21 "
            "victims of sex trafficking.",
        ),
        expected=(
            _sv("investigations", 53),
            _sv("prosecutions", 24),
            _sv("convictions", 15),
            _sv("investigations", 25, PREV),
            _sv("prosecutions", 10, PREV),
            _sv("convictions", 7, PREV),
            _sv("victims_identified_labor_trafficking", 138),
            _sv("victims_identified_sex_trafficking", 21),
        ),
    ),
    Spec(
        header="KOREA, SOUTH: Tier 1",
        prose="South Korea",
        iso3="KOR",
        tier="1",
        layout="old",
        prosecution=(
            "The government investigated 101 suspects and prosecuted 69 defendants, compared with "
            "87 and 52, respectively, in 2013.",
            "Courts convicted 24 traffickers.",
        ),
        protection=("Authorities identified 42 victims.",),
        expected=(
            _sv("investigations", 101),
            _sv("prosecutions", 69),
            _sv("investigations", 87, PREV),
            _sv("prosecutions", 52, PREV),
            _sv("convictions", 24),
            _sv("victims_identified", 42),
        ),
    ),
    Spec(
        header="BURMA: Tier 3",
        prose="Burma",
        iso3="MMR",
        tier="3",
        layout="new",
        prosecution=(
            "The government reported 96 investigations of trafficking cases, compared with 116 in "
            "2013, and the prosecution of 92 defendants.",
            "Authorities convicted 45 traffickers in 2014.",
            "The military released 376 children from its ranks.",
        ),
        protection=(
            "The government identified 127 victims of trafficking, nearly all women and girls "
            "exploited in forced marriage or sex trafficking in China.",
        ),
        expected=(
            _sv("investigations", 96),
            _sv("investigations", 116, PREV),
            _sv("prosecutions", 92),
            _sv("convictions", 45),
            _sv("victims_identified", 127),
        ),
    ),
    Spec(
        header="THE GAMBIA: Tier 2 Watch List",
        prose="The Gambia",
        iso3="GMB",
        tier="2WL",
        layout="old",
        prosecution=(
            "The government did not initiate any trafficking investigations or prosecutions and "
            "has never convicted a trafficker.",
        ),
        protection=("Officials identified one potential victim.",),
        expected=(_sv("victims_identified", 1),),
    ),
    Spec(
        header="CONGO, DEMOCRATIC REPUBLIC OF THE: Tier 2 Watch List",
        prose="the DRC",
        iso3="COD",
        tier="2WL",
        layout="new",
        prosecution=(
            "Military courts convicted at least 11 soldiers of child soldiering offenses.",
            "The government reported investigating 14 cases of trafficking.",
        ),
        protection=(
            "The government and its partners identified 2,011 child soldier victims in North Kivu.",
        ),
        expected=(
            _sv("convictions", 11, CUR, "at_least"),
            _sv("investigations", 14),
            _sv("victims_identified", 2011),
        ),
    ),
    Spec(
        header="ST. VINCENT AND THE GRENADINES: Tier 2",
        prose="St. Vincent and the Grenadines",
        iso3="VCT",
        tier="2",
        layout="old",
        prosecution=(
            "The government initiated two investigations, compared with zero in 2013, but did not "
            "prosecute or convict any traffickers.",
        ),
        protection=(
            "Authorities did not identify any victims during the reporting period, compared with "
            "four in 2013.",
        ),
        expected=(
            _sv("investigations", 2),
            _sv("investigations", 0, PREV),
            _sv("victims_identified", 4, PREV),
        ),
    ),
    Spec(
        header="NORTH MARAVIA: Tier 2",
        prose="North Maravia",
        iso3=None,
        tier="2",
        layout="new",
        prosecution=("The government convicted 7 traffickers in 2014 and 5 in 2013.",),
        protection=("Officials identified 33 victims.",),
        expected=(
            _sv("convictions", 7),
            _sv("convictions", 5, PREV),
            _sv("victims_identified", 33),
        ),
    ),
    Spec(
        header="PARAGUAY: TIER 2 WATCH LIST",
        prose="Paraguay",
        iso3="PRY",
        tier="2WL",
        layout="old",
        prosecution=(
            "Authorities opened 78 investigations, initiated prosecutions against 17 suspects, "
            "and convicted four traffickers, compared with 62 investigations, 12 prosecutions, "
            "and two convictions in 2013.",
        ),
        protection=(
            "The government identified 120 potential trafficking victims during the reporting "
            "period.",
        ),
        expected=(
            _sv("investigations", 78),
            _sv("prosecutions", 17),
            _sv("convictions", 4),
            _sv("investigations", 62, PREV),
            _sv("prosecutions", 12, PREV),
            _sv("convictions", 2, PREV),
            _sv("victims_identified", 120),
        ),
    ),
    Spec(
        header="GHANA: Tier 2",
        prose="Ghana",
        iso3="GHA",
        tier="2",
        layout="new",
        prosecution=(
            "The Ghana Police Service investigated 238 suspected trafficking cases and prosecuted "
            "18 suspects, resulting in 11 convictions.",
        ),
        protection=(
            "Police identified 269 potential victims, including 195 children, of whom 154 were "
            "labor trafficking victims.",
        ),
        expected=(
            _sv("investigations", 238),
            _sv("prosecutions", 18),
            _sv("convictions", 11),
            _sv("victims_identified", 269),
        ),
        profile=(
            "Ghana is a source, transit, and destination country for men, women, and children "
            "subjected to forced labor and sex trafficking. Boys are subjected to forced labor "
            "in fishing on Lake Volta and in illegal gold mines in the Ashanti region. Girls are "
            "exploited in domestic servitude in Accra and Kumasi."
        ),
        expected_forms=("domestic_servitude", "forced_labor", "sex_trafficking"),
        expected_sectors=("fishing", "illegal_gold_mining", "mining"),
        expected_places=("Accra", "Ashanti", "Kumasi"),
    ),
    Spec(
        header="NIGERIA: Tier 2",
        prose="Nigeria",
        iso3="NGA",
        tier="2",
        layout="old",
        prosecution=(
            "NAPTIP reported 507 investigations, 25 prosecutions, and 24 convictions, compared "
            "with 117 investigations, 48 prosecutions, and 24 convictions in the previous "
            "reporting period.",
        ),
        protection=("NAPTIP identified 943 potential victims in 2014.",),
        expected=(
            _sv("investigations", 507),
            _sv("prosecutions", 25),
            _sv("convictions", 24),
            _sv("investigations", 117, PREV),
            _sv("prosecutions", 48, PREV),
            _sv("convictions", 24, PREV),
            _sv("victims_identified", 943),
        ),
    ),
    Spec(
        header="INDIA: Tier 2",
        prose="India",
        iso3="IND",
        tier="2",
        layout="new",
        prosecution=(
            "Government data showed police investigated 3,940 trafficking cases in 2014, "
            "compared with 3,554 in 2013.",
            "Courts convicted 1,014 traffickers.",
            "NGOs estimated that millions of Indians were in bonded labor.",
        ),
        protection=("The government identified approximately 8,000 victims.",),
        expected=(
            _sv("investigations", 3940),
            _sv("investigations", 3554, PREV),
            _sv("convictions", 1014),
            _sv("victims_identified", 8000, CUR, "approximately"),
        ),
        profile=(
            "India is a source, destination, and transit country for men, women, and children "
            "subjected to forced labor and sex trafficking. Bonded labor is widespread in brick "
            "kilns, rice mills, and embroidery factories in Uttar Pradesh and Bihar. Women and "
            "girls are exploited in sex trafficking in Mumbai and Kolkata."
        ),
        expected_forms=("debt_bondage", "forced_labor", "sex_trafficking"),
        expected_sectors=("brick_kilns", "manufacturing"),
        expected_places=("Bihar", "Kolkata", "Mumbai", "Uttar Pradesh"),
    ),
    Spec(
        header="PHILIPPINES: Tier 2",
        prose="the Philippines",
        iso3="PHL",
        tier="2",
        layout="new",
        prosecution=(
            "The government investigated 147 cases, initiated prosecutions of 390 alleged "
            "traffickers, and obtained 53 convictions, compared with 31 convictions the previous "
            "year.",
        ),
        protection=(
            "Authorities identified 1,824 potential victims, and NGOs identified an additional "
            "300.",
        ),
        expected=(
            _sv("investigations", 147),
            _sv("prosecutions", 390),
            _sv("convictions", 53),
            _sv("convictions", 31, PREV),
            _sv("victims_identified", 1824),
        ),
    ),
    Spec(
        header="THAILAND: Tier 2 Watch List",
        prose="Thailand",
        iso3="THA",
        tier="2WL",
        layout="new",
        prosecution=(
            "In 2014, the government reported 280 investigations, 155 prosecutions, and 104 "
            "convictions, a decrease from 674 investigations in 2013.",
        ),
        protection=(
            "The government identified 595 victims, fewer than the 681 identified in 2013.",
        ),
        expected=(
            _sv("investigations", 280),
            _sv("prosecutions", 155),
            _sv("convictions", 104),
            _sv("investigations", 674, PREV),
            _sv("victims_identified", 595),
            _sv("victims_identified", 681, PREV),
        ),
        profile=(
            "Thailand is a source, destination, and transit country for men, women, and children "
            "subjected to forced labor and sex trafficking. Migrant workers are subjected to "
            "forced labor on fishing vessels and in seafood processing in Samut Sakhon. Women "
            "are exploited in sex trafficking in karaoke bars in Bangkok and Pattaya."
        ),
        expected_forms=("forced_labor", "sex_trafficking"),
        expected_sectors=("entertainment", "fishing"),
        expected_places=("Bangkok", "Pattaya", "Samut Sakhon"),
    ),
    Spec(
        header="VIETNAM: Tier 2 Watch List",
        prose="Vietnam",
        iso3="VNM",
        tier="2WL",
        layout="old",
        prosecution=(
            "The government reported prosecuting 472 defendants and convicting 413 traffickers "
            "in 2014.",
        ),
        protection=(
            "Officials identified 1,031 victims, the majority of whom were exploited in sex "
            "trafficking in China.",
        ),
        expected=(
            _sv("prosecutions", 472),
            _sv("convictions", 413),
            _sv("victims_identified", 1031),
        ),
    ),
    Spec(
        header="MEXICO: Tier 2",
        prose="Mexico",
        iso3="MEX",
        tier="2",
        layout="new",
        prosecution=(
            "Federal and state authorities initiated investigations into at least 245 cases and "
            "convicted at least 36 traffickers.",
        ),
        protection=(
            "The government reported identifying 758 victims, including 57 victims of forced "
            "labor.",
        ),
        expected=(
            _sv("investigations", 245, CUR, "at_least"),
            _sv("convictions", 36, CUR, "at_least"),
            _sv("victims_identified", 758),
            _sv("victims_identified_labor_trafficking", 57),
        ),
    ),
    Spec(
        header="BRAZIL: Tier 2",
        prose="Brazil",
        iso3="BRA",
        tier="2",
        layout="old",
        prosecution=(
            "Federal police initiated 61 investigations into sex trafficking and 71 into forced "
            "labor.",
            "The labor ministry's mobile units rescued 1,590 workers from slave-like conditions.",
        ),
        protection=("The government did not report how many victims it identified.",),
        expected=(
            _sv("investigations_sex_trafficking", 61),
            _sv("investigations_labor_trafficking", 71),
        ),
    ),
    Spec(
        header="INDONESIA: Tier 2",
        prose="Indonesia",
        iso3="IDN",
        tier="2",
        layout="new",
        prosecution=(
            "The government prosecuted 119 defendants in 2014 and 134 in 2013 and convicted 111 "
            "traffickers in 2014.",
        ),
        protection=("Police identified 241 victims of sex trafficking and forced labor.",),
        expected=(
            _sv("prosecutions", 119),
            _sv("prosecutions", 134, PREV),
            _sv("convictions", 111),
            _sv("victims_identified", 241),
        ),
    ),
    Spec(
        header="CAMBODIA: Tier 2 Watch List",
        prose="Cambodia",
        iso3="KHM",
        tier="2WL",
        layout="new",
        prosecution=(
            "Authorities reported investigating 44 cases involving 80 suspects, compared with 64 "
            "investigations involving 150 suspects in 2013.",
        ),
        expected=(
            _sv("investigations", 44),
            _sv("investigations", 64, PREV),
        ),
    ),
    Spec(
        header="MALAYSIA: Tier 3",
        prose="Malaysia",
        iso3="MYS",
        tier="3",
        layout="new",
        prosecution=(
            "The government reported 186 investigations, 54 prosecutions, and three convictions, "
            "compared with nine convictions in 2013.",
        ),
        protection=(
            "Authorities identified 1,008 potential victims, of whom 303 were certified as "
            "trafficking victims.",
        ),
        expected=(
            _sv("investigations", 186),
            _sv("prosecutions", 54),
            _sv("convictions", 3),
            _sv("convictions", 9, PREV),
            _sv("victims_identified", 1008),
        ),
    ),
    Spec(
        header="UKRAINE: Tier 2",
        prose="Ukraine",
        iso3="UKR",
        tier="2",
        layout="old",
        prosecution=(
            "Authorities investigated 137 trafficking cases, compared with 135 in 2013, and "
            "prosecuted 47 suspects.",
            "Courts convicted 13 traffickers under Article 149, compared with 20 in 2013.",
        ),
        protection=("The government granted official victim status to 83 persons.",),
        expected=(
            _sv("investigations", 137),
            _sv("investigations", 135, PREV),
            _sv("prosecutions", 47),
            _sv("convictions", 13),
            _sv("convictions", 20, PREV),
        ),
    ),
    Spec(
        header="RUSSIA: Tier 3",
        prose="Russia",
        iso3="RUS",
        tier="3",
        layout="new",
        prosecution=(
            "The government reported initiating 40 trafficking investigations, though it did not "
            "provide conviction data.",
            "Officials reported 19 convictions in 2013.",
        ),
        expected=(
            _sv("investigations", 40),
            _sv("convictions", 19, PREV),
        ),
    ),
    Spec(
        header="CHINA (INCLUDES TIBET, HONG KONG, AND MACAU): Tier 2 Watch List",
        prose="China",
        iso3="CHN",
        tier="2WL",
        layout="new",
        prosecution=(
            "The government reported investigating 194 cases of human trafficking and convicting "
            "35 offenders, compared with 12 in 2013.",
        ),
        expected=(
            _sv("investigations", 194),
            _sv("convictions", 35),
            _sv("convictions", 12, PREV),
        ),
    ),
    Spec(
        header="MOLDOVA: Tier 2 Watch List",
        prose="Moldova",
        iso3="MDA",
        tier="2WL",
        layout="new",
        prosecution=(
            "The government investigated 130 cases, prosecuted 62 suspects, and convicted 19 "
            "traffickers in 2014, compared with 152, 49, and 25, respectively, in 2013.",
        ),
        expected=(
            _sv("investigations", 130),
            _sv("prosecutions", 62),
            _sv("convictions", 19),
            _sv("investigations", 152, PREV),
            _sv("prosecutions", 49, PREV),
            _sv("convictions", 25, PREV),
        ),
    ),
    Spec(
        header="NEPAL: Tier 2",
        prose="Nepal",
        iso3="NPL",
        tier="2",
        layout="old",
        prosecution=(
            "The government reported 185 prosecutions of alleged traffickers and 101 convictions "
            "in the Nepali fiscal year, compared with 185 prosecutions and 90 convictions in the "
            "previous fiscal year.",
        ),
        protection=("Police identified 203 victims.",),
        expected=(
            _sv("prosecutions", 185),
            _sv("convictions", 101),
            _sv("prosecutions", 185, PREV),
            _sv("convictions", 90, PREV),
            _sv("victims_identified", 203),
        ),
    ),
    Spec(
        header="KENYA: Tier 2 Watch List",
        prose="Kenya",
        iso3="KEN",
        tier="2WL",
        layout="new",
        prosecution=(
            "The government did not report the number of investigations.",
            "Courts convicted nine traffickers and 12 cases remained pending.",
        ),
        protection=(
            "The government identified 12 victims of labor trafficking and 3 victims of sex "
            "trafficking.",
        ),
        expected=(
            _sv("convictions", 9),
            _sv("victims_identified_labor_trafficking", 12),
            _sv("victims_identified_sex_trafficking", 3),
        ),
    ),
    Spec(
        header="SAUDI ARABIA: Tier 3",
        prose="Saudi Arabia",
        iso3="SAU",
        tier="3",
        layout="old",
        prosecution=(
            "The government reported 22 trafficking-related convictions.",
            "Authorities did not report any investigations of forced labor.",
        ),
        protection=("The government identified 75 potential victims in Jeddah and Riyadh.",),
        expected=(
            _sv("convictions", 22),
            _sv("victims_identified", 75),
        ),
    ),
    Spec(
        header="UNITED ARAB EMIRATES: Tier 2",
        prose="the UAE",
        iso3="ARE",
        tier="2",
        layout="new",
        prosecution=(
            "The government reported 15 sex trafficking prosecutions involving 45 defendants, "
            "compared with 19 prosecutions in 2013.",
            "Courts convicted 28 traffickers.",
        ),
        protection=("Authorities identified 24 victims.",),
        expected=(
            _sv("prosecutions_sex_trafficking", 15),
            _sv("prosecutions", 19, PREV),
            _sv("convictions", 28),
            _sv("victims_identified", 24),
        ),
    ),
    Spec(
        header="NEW ZEALAND: Tier 1",
        prose="New Zealand",
        iso3="NZL",
        tier="1",
        layout="old",
        prosecution=(
            "The government conducted its first trafficking prosecution, charging one defendant.",
            "Police investigated two cases.",
        ),
        expected=(_sv("investigations", 2),),
    ),
    Spec(
        header="JAPAN: Tier 2",
        prose="Japan",
        iso3="JPN",
        tier="2",
        layout="new",
        prosecution=(
            "Authorities investigated 32 cases, prosecuted 27 defendants, and convicted 24 "
            "traffickers, compared with 25 investigations and 28 convictions in 2013.",
        ),
        protection=("The government identified 25 victims, compared with 21 in 2013.",),
        expected=(
            _sv("investigations", 32),
            _sv("prosecutions", 27),
            _sv("convictions", 24),
            _sv("investigations", 25, PREV),
            _sv("convictions", 28, PREV),
            _sv("victims_identified", 25),
            _sv("victims_identified", 21, PREV),
        ),
    ),
    Spec(
        header="EGYPT: Tier 2 Watch List",
        prose="Egypt",
        iso3="EGY",
        tier="2WL",
        layout="new",
        prosecution=(
            "The government reported initiating investigations of 10 cases and prosecuting 18 "
            "defendants.",
        ),
        protection=(
            "Authorities identified 82 victims of forced begging and other forms of trafficking.",
        ),
        expected=(
            _sv("investigations", 10),
            _sv("prosecutions", 18),
            _sv("victims_identified", 82),
        ),
    ),
    Spec(
        header="HAITI: Tier 2 Watch List",
        prose="Haiti",
        iso3="HTI",
        tier="2WL",
        layout="old",
        prosecution=(
            "The government initiated prosecutions of nine suspects, compared with zero in the "
            "previous reporting period.",
            "Officials reported no convictions.",
        ),
        protection=(
            "The government identified 54 potential victims, mostly children in domestic "
            "servitude.",
        ),
        expected=(
            _sv("prosecutions", 9),
            _sv("prosecutions", 0, PREV),
            _sv("convictions", 0),
            _sv("victims_identified", 54),
        ),
    ),
    Spec(
        header="DOMINICAN REPUBLIC: Tier 2",
        prose="the Dominican Republic",
        iso3="DOM",
        tier="2",
        layout="new",
        prosecution=(
            "The government opened 32 new investigations involving 115 suspects and secured 11 "
            "convictions.",
        ),
        protection=("The government identified 103 victims, 73 of them in sex trafficking.",),
        expected=(
            _sv("investigations", 32),
            _sv("convictions", 11),
            _sv("victims_identified", 103),
            _sv("victims_identified_sex_trafficking", 73),
        ),
    ),
    Spec(
        header="JAMAICA: Tier 2",
        prose="Jamaica",
        iso3="JAM",
        tier="2",
        layout="old",
        prosecution=(
            "The government initiated 25 investigations in 2014 compared with 21 in 2013, and "
            "initiated prosecutions of four alleged traffickers.",
            "The government obtained no convictions.",
        ),
        protection=("The government identified 12 victims, compared with seven in 2013.",),
        expected=(
            _sv("investigations", 25),
            _sv("investigations", 21, PREV),
            _sv("prosecutions", 4),
            _sv("convictions", 0),
            _sv("victims_identified", 12),
            _sv("victims_identified", 7, PREV),
        ),
    ),
    Spec(
        header="TURKEY: Tier 2",
        prose="Turkey",
        iso3="TUR",
        tier="2",
        layout="new",
        prosecution=(
            "The government prosecuted 97 suspected traffickers in 2014, an increase from 73 in "
            "2013.",
            "Courts convicted 25 traffickers, and 86 cases remained pending.",
        ),
        protection=("Authorities identified 50 foreign victims, compared with 32 in 2013.",),
        expected=(
            _sv("prosecutions", 97),
            _sv("prosecutions", 73, PREV),
            _sv("convictions", 25),
            _sv("victims_identified", 50),
            _sv("victims_identified", 32, PREV),
        ),
    ),
    Spec(
        header="ALBANIA: Tier 2",
        prose="Albania",
        iso3="ALB",
        tier="2",
        layout="old",
        prosecution=(
            "The State Police investigated 81 suspected traffickers and the Serious Crimes "
            "Prosecution Office prosecuted 10 defendants, compared with 57 and 10, respectively, "
            "in 2013.",
            "Courts convicted seven traffickers.",
        ),
        protection=("The government and NGOs identified 125 potential victims.",),
        expected=(
            _sv("investigations", 81),
            _sv("prosecutions", 10),
            _sv("investigations", 57, PREV),
            _sv("prosecutions", 10, PREV),
            _sv("convictions", 7),
            _sv("victims_identified", 125),
        ),
    ),
    Spec(
        header="ARGENTINA: Tier 2",
        prose="Argentina",
        iso3="ARG",
        tier="2",
        layout="new",
        prosecution=(
            "Authorities initiated 106 investigations and prosecuted 99 individuals for "
            "trafficking crimes in 2014.",
            "Courts convicted 27 traffickers, 19 for sex trafficking and eight for labor "
            "trafficking.",
        ),
        protection=("The government reported identifying 1,509 potential victims in 2014.",),
        expected=(
            _sv("investigations", 106),
            _sv("prosecutions", 99),
            _sv("convictions", 27),
            _sv("convictions_sex_trafficking", 19),
            _sv("convictions_labor_trafficking", 8),
            _sv("victims_identified", 1509),
        ),
    ),
    Spec(
        header="UZBEKISTAN: Tier 3",
        prose="Uzbekistan",
        iso3="UZB",
        tier="3",
        layout="old",
        prosecution=(
            "Police investigated 476 trafficking-related cases in 2014, compared with 613 in 2013.",
            "The government reported convicting 429 individuals for trafficking offenses.",
        ),
        expected=(
            _sv("investigations", 476),
            _sv("investigations", 613, PREV),
            _sv("convictions", 429),
        ),
        profile=(
            "Uzbekistan is a source country for men, women, and children subjected to forced "
            "labor and sex trafficking. Government-compelled forced labor of adults remained "
            "widespread during the cotton harvest in Karakalpakstan and the Fergana Valley."
        ),
        expected_forms=("forced_labor", "sex_trafficking"),
        expected_sectors=("agriculture",),
        expected_places=("Fergana Valley", "Karakalpakstan"),
    ),
    Spec(
        header="ZIMBABWE: Tier 3",
        prose="Zimbabwe",
        iso3="ZWE",
        tier="3",
        layout="new",
        prosecution=(
            "The government convicted two traffickers under the Criminal Law Act of 2006 but did "
            "not report any investigations.",
        ),
        protection=("The government identified 21 victims in Harare.",),
        expected=(
            _sv("convictions", 2),
            _sv("victims_identified", 21),
        ),
    ),
    Spec(
        header="QATAR: Tier 2 Watch List",
        prose="Qatar",
        iso3="QAT",
        tier="2WL",
        layout="new",
        prosecution=(
            "Authorities reported investigating fewer than 10 cases.",
            "There were 18 convictions in 2014, more than the eight convictions in 2013.",
        ),
        expected=(
            _sv("investigations", 10, CUR, "fewer_than"),
            _sv("convictions", 18),
            _sv("convictions", 8, PREV),
        ),
    ),
    Spec(
        header="PAKISTAN: Tier 2",
        prose="Pakistan",
        iso3="PAK",
        tier="2",
        layout="old",
        prosecution=(
            "The government reported investigating one hundred and five cases of human "
            "trafficking and prosecuting twenty-one suspects, compared with ninety-two "
            "investigations in 2013.",
        ),
        protection=("Police identified more than 400 victims of bonded labor.",),
        expected=(
            _sv("investigations", 105),
            _sv("prosecutions", 21),
            _sv("investigations", 92, PREV),
            _sv("victims_identified", 400, CUR, "more_than"),
        ),
    ),
    Spec(
        header="TRINIDAD AND TOBAGO: Tier 2 Watch List",
        prose="Trinidad and Tobago",
        iso3="TTO",
        tier="2WL",
        layout="new",
        prosecution=(
            "The government investigated 10 cases for sex trafficking and two for labor "
            "trafficking but has never convicted a trafficker.",
        ),
        protection=("The government identified nine victims.",),
        expected=(
            _sv("investigations_sex_trafficking", 10),
            _sv("investigations_labor_trafficking", 2),
            _sv("victims_identified", 9),
        ),
    ),
    Spec(
        header="MICRONESIA: Tier 2 Watch List",
        prose="Micronesia",
        iso3="FSM",
        tier="2WL",
        layout="old",
        prosecution=(
            "The government investigated three cases, prosecuted two defendants, and convicted "
            "one trafficker.",
        ),
        expected=(
            _sv("investigations", 3),
            _sv("prosecutions", 2),
            _sv("convictions", 1),
        ),
    ),
]


def spec_by_header(header: str) -> Spec:
    for spec in SPECS:
        if spec.header == header:
            return spec
    raise KeyError(header)

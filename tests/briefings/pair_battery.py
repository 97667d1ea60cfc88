"""An invented battery of pair and list sentences (issue 11), in the press's style, with the
claims a careful editor reads in each (`test_claims_pair_battery`). A template is filled in
with three countries A, B, C (`{NA}` a name, `{CA}` a name the gazetteer knows for the
capital; `{A}` the code) and tiers a, b, c (`{ta}` in words, `{a}` the code); a spec is
"tier|remain CODES TIER" or "change CODES [up|down] [from TIER] [to TIER]"."""

from __future__ import annotations

TEMPLATES_EN: list[tuple[str, list[str]]] = [
    (
        "While {NA} is on {ta}, {NB} is on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "Whereas {NA} was ranked {ta}, {NB} was placed on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} is on {ta}, while {NB} is on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} is ranked {ta}, whereas {NB} sits on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} was placed on {ta} but {NB} was placed on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} is a {ta} country, unlike {NB}, which is on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} ({ta}) and {NB} ({tb}) were also assessed.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "The report covers {NA} ({ta}), {NB} ({tb}) and {NC} ({tc}).",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "Neighbours {NA} ({ta}) and {NB} ({tb}) fared differently.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} stayed on {ta} and {NB} on {tb}.",
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} was placed on {ta}, {NB} on {tb} and {NC} on {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "The report put {NA} on {ta} and {NB} on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "The State Department ranked {NA} {ta} and {NB} {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} remains on {ta}, {NB} on {tb}.",
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} and {NB} rank {ta} and {tb} respectively.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} and {NB} were placed on {ta} and {tb}, respectively.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA}, {NB} and {NC} are on {ta}, {tb} and {tc} respectively.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} and {NB} were respectively ranked {ta} and {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA}: {ta}; {NB}: {tb}; {NC}: {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} - {ta}, {NB} - {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "Of its neighbours, {NA} is {ta} and {NB} {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "In the region, {NA} is on {ta} and {NB} is on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} rose to {ta} while {NB} fell to {tb}.",
        ["change {A} up to {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} was upgraded to {ta}, but {NB} was downgraded to {tb}.",
        ["change {A} up to {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} moved up to {ta}; {NB} dropped to {tb}.",
        ["change {A} up to {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} joined {ta} alongside {NB}, leaving {NC} on {tc}.",
        ["tier {A} {a}", "tier {B} {a}", "tier {C} {c}"],
    ),
    (
        "{NA} was promoted to {ta}, where {NB} already sits.",
        ["change {A} up to {a}", "tier {B} {a}"],
    ),
    (
        "Both {NA} and {NB} are on {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} and {NB} both remained on {tb}.",
        ["remain {A},{B} {b}"],
    ),
    (
        "Neither {NA} nor {NB} made it off {tc}.",
        ["remain {A},{B} {c}"],
    ),
    (
        "{NA}, like {NB}, is on {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA}, as well as {NB}, was placed on {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "Like {NB}, {NA} is ranked {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} joins {NB} on {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} falls in {tc}.",
        ["tier {A} {c}"],
    ),
    (
        "{NA} is on {tb}, as is {NB}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} is on {tb}, and so is {NB}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} and {NB} share {tb} status.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA}, a {ta} country, and {NB}, on {tb}, signed the pact.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA}, which is on {ta}, and {NB}, which is on {tb}, met in {CA}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "With its {ta} ranking, {NA} leads the region, ahead of {NB} on {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{CA} remains on {ta} and {CB} on {tb}.",
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA}, {NB} and {NC} are all on {tb}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "The report put {NA}, {NB} and {NC} on {tb}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "{NA}, {NB} and {NC}, all on {tb}, were named.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        ("All the Andean countries except {NC}, including {NA} and {NB}, are on {tb}."),
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} and {NB}, unlike {NC}, are on {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} and {NB} are on {tb}; {NC} is on {tc}.",
        ["tier {A},{B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} and {NB} are on {tb}, and {NC} is on {tc}.",
        ["tier {A},{B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} and {NB} are on {tb} and {NC} on {tc}.",
        ["tier {A},{B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} is on {ta}, {NB} and {NC} on {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "The report placed {NA} on {ta}, and {NB} and {NC} on {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "{NA}, which is on {ta}, criticised {NB}.",
        ["tier {A} {a}"],
    ),
    (
        "{NB}, along with {NC}, remained on {tc}.",
        ["remain {B},{C} {c}"],
    ),
    (
        "{NA} and {NB}, both on {tb}, signed an agreement.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} and {NB}, two {tb} countries, signed an agreement.",
        ["tier {A},{B} {b}"],
    ),
    (
        "On {tb} are {NA} and {NB}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "On {tb}: {NA}, {NB} and {NC}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "{NA} is on {ta} and {NB} and {NC} are on {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "{NA} kept its {ta} ranking while {NB} slipped to {tb}.",
        ["remain {A} {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} is on {ta}; so are {NB} and {NC}.",
        ["tier {A},{B},{C} {a}"],
    ),
    (
        (
            "The State Department kept {NA} on {ta} this year, while neighbouring "
            "{NB} was placed on {tb}."
        ),
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        ("In its annual report, Washington ranked {NA} on {ta} and {NB}, its neighbour, on {tb}."),
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        (
            "{NA}, which has been on {ta} for years, and {NB}, a {tb} country, are "
            "the focus of the report."
        ),
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        ("Human rights groups noted that {NA} is on {ta}, as is {NB}, but {NC} remains on {tc}."),
        ["tier {A},{B} {a}", "remain {C} {c}"],
    ),
    (
        "{NA} and {NB} are both {tb} countries, according to the report.",
        ["tier {A},{B} {b}"],
    ),
    (
        ("Of the three Andean nations, {NA} is on {ta}, {NB} is on {tb} and {NC} is on {tc}."),
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} was ranked {ta}; {NB}, {tb}; and {NC}, {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "Only {NA} is on {ta}; {NB} and {NC} are both on {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "{NA} joined {NB} on {tb}, while {NC} stayed on {tc}.",
        ["tier {A},{B} {b}", "remain {C} {c}"],
    ),
    (
        "The report placed {NA} on {ta}, the same as last year, and {NB} on {tb}.",
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} remained a {ta} country, and {NB} remained on {tb}.",
        ["remain {A} {a}", "remain {B} {b}"],
    ),
    (
        "Like {NB}, {NA} and {NC} were placed on {tb}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "{NA}, {NB} and {NC} all stayed on {tb}.",
        ["remain {A},{B},{C} {b}"],
    ),
    (
        "Both {NA} and {NB} were kept on {tb} this year.",
        ["remain {A},{B} {b}"],
    ),
    (
        "{NA} is on {ta}, {NB} is on {tb}, and {NC} is on {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} sits on {ta} and {NB} on {tb}, the 2015 report shows.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} was again on {ta}, and so was {NB}.",
        ["remain {A} {a}", "tier {B} {a}"],
    ),
    (
        "{NA} was placed on {tc}, joining {NB} and {NC}.",
        ["tier {A},{B},{C} {c}"],
    ),
    (
        "{NA} moved up to {ta}, where {NB} has long been.",
        ["change {A} up to {a}", "tier {B} {a}"],
    ),
]

FIXED_EN: list[tuple[str, list[str]]] = [
    (
        "{NA} moved from the Watch List to Tier 2.",
        ["change {A} up from 2WL to 2"],
    ),
    (
        "{NA} was downgraded from Tier 2 to the Tier 2 Watch List.",
        ["change {A} down from 2 to 2WL"],
    ),
    (
        "{NA} was upgraded from Tier 3 to Tier 2 and {NB} from Tier 2 to Tier 1.",
        ["change {A} up from 3 to 2", "change {B} up from 2 to 1"],
    ),
    (
        "{NA} went from Tier 2 to Tier 3, while {NB} went from Tier 3 to Tier 2.",
        ["change {A} down from 2 to 3", "change {B} up from 3 to 2"],
    ),
    (
        "{NA} is on Tier 1, {NB} on Tier 2 and {NC} on the Watch List.",
        ["tier {A} 1", "tier {B} 2", "tier {C} 2WL"],
    ),
    (
        "{NA} is the only Tier 1 country in the region; {NB} is Tier 2.",
        ["tier {A} 1", "tier {B} 2"],
    ),
    (
        "{NA} and {NB} are on Tier 2 and Tier 3, respectively.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        "{NA}, a Tier 1 country, and {NB}, a Tier 3 country, share a border.",
        ["tier {A} 1", "tier {B} 3"],
    ),
    (
        "{NA} remained on Tier 2 while {NB} was moved to the Watch List.",
        ["remain {A} 2", "change {B} down to 2WL"],
    ),
    (
        "{NA} was dropped to Tier 3, joining {NB}.",
        ["change {A} down to 3", "tier {B} 3"],
    ),
    (
        "{NA} fell to Tier 3, where {NB} has been since 2012.",
        ["change {A} down to 3", "tier {B} 3"],
    ),
    (
        "{NA} is Tier 1 and {NB} Tier 2.",
        ["tier {A} 1", "tier {B} 2"],
    ),
    (
        "In contrast to {NA}, which is on Tier 1, {NB} is on Tier 3.",
        ["tier {A} 1", "tier {B} 3"],
    ),
    (
        "{NA} (Tier 1), {NB} (Tier 2 Watch List) and {NC} (Tier 3).",
        ["tier {A} 1", "tier {B} 2WL", "tier {C} 3"],
    ),
    (
        "{NA} is on Tier 1 and {NB} is on Tier 2, the report said.",
        ["tier {A} 1", "tier {B} 2"],
    ),
    (
        "Tier 1: {NA}. Tier 3: {NB}.",
        ["tier {A} 1", "tier {B} 3"],
    ),
    (
        "{NA} climbed to Tier 1 and {NB} to Tier 2.",
        ["change {A} up to 1", "change {B} up to 2"],
    ),
    (
        "{NA} was moved down to Tier 2, {NB} down to the Watch List.",
        ["change {A} down to 2", "change {B} down to 2WL"],
    ),
    (
        "{NA} stays on Tier 2 for another year, as does {NB}.",
        ["remain {A},{B} 2"],
    ),
    (
        "{NA} and {NB} were both upgraded to Tier 2.",
        ["change {A},{B} up to 2"],
    ),
    (
        ("{NA} and {NB} were downgraded to Tier 3 and the Tier 2 Watch List respectively."),
        ["change {A} down to 3", "change {B} down to 2WL"],
    ),
    (
        "{NA}'s Tier 1 ranking contrasts with {NB}'s Tier 3.",
        ["tier {A} 1", "tier {B} 3"],
    ),
    (
        "{NA} ranks Tier 2; neighbouring {NB} ranks Tier 3.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        "{NA} was on Tier 2, and {NB} was on Tier 3.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        "{NA} is rated Tier 2 and {NB} is rated Tier 3.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        ("{NA} dropped from Tier 2 to the Watch List, and {NB} from the Watch List to Tier 3."),
        ["change {A} down from 2 to 2WL", "change {B} down from 2WL to 3"],
    ),
    (
        "{NA} is a Tier 1 country; {NB}, Tier 2; {NC}, Tier 3.",
        ["tier {A} 1", "tier {B} 2", "tier {C} 3"],
    ),
    (
        ("{NA} was upgraded to Tier 1, leaving {NB} as the only Tier 2 country in the group."),
        ["change {A} up to 1", "tier {B} 2"],
    ),
    (
        ("{NA} rose to Tier 2 from the Watch List, while {NB} fell to Tier 3 from the Watch List."),
        ["change {A} up from 2WL to 2", "change {B} down from 2WL to 3"],
    ),
    (
        ("{NA} and {NB} were moved to Tier 2 and Tier 3, respectively, in the 2015 report."),
        ["change {A} to 2", "change {B} to 3"],
    ),
]

LITERAL_EN: list[tuple[str, list[str]]] = [
    (
        "Chile, Peru and Ecuador, but not Bolivia, are on Tier 2.",
        ["tier CHL,PER,ECU 2"],
    ),
    (
        ("All the Andean countries except Bolivia, among them Chile and Peru, are on Tier 2."),
        ["tier CHL,PER 2"],
    ),
    (
        "Peru, like Chile but unlike Bolivia, is on Tier 2.",
        ["tier PER,CHL 2"],
    ),
    (
        (
            "Peru, Chile and Ecuador are on Tier 2, with the exception of Bolivia, "
            "which is on Tier 3."
        ),
        ["tier PER,CHL,ECU 2", "tier BOL 3"],
    ),
    (
        "Peru's neighbour, Bolivia, is on Tier 3.",
        ["tier BOL 3"],
    ),
    (
        "Bolivia, Peru's neighbour, is on Tier 3, while Peru is on Tier 2.",
        ["tier BOL 3", "tier PER 2"],
    ),
    (
        "Lima and Santiago are both on Tier 2.",
        ["tier PER,CHL 2"],
    ),
    (
        "The Peruvian government, like Chile's, remains on Tier 2.",
        ["remain PER 2", "tier CHL 2"],
    ),
    (
        "Santiago stayed on Tier 1, and La Paz on Tier 3.",
        ["remain CHL 1", "tier BOL 3"],
    ),
    (
        "The report kept Lima on Tier 2 and moved La Paz down to Tier 3.",
        ["remain PER 2", "change BOL down to 3"],
    ),
    (
        (
            "Except for Cuba, which remains on Tier 3, every country in the region is "
            "on Tier 2 or higher."
        ),
        ["remain CUB 3"],
    ),
    (
        ("Cuba, the only country in the hemisphere on Tier 3, was joined by Venezuela."),
        ["tier CUB 3"],
    ),
    (
        (
            "Peru, which the report placed on Tier 2, and Bolivia, which it placed on "
            "Tier 3, share a border."
        ),
        ["tier PER 2", "tier BOL 3"],
    ),
    (
        "Of its neighbours, Chile is Tier 1 and Bolivia Tier 3.",
        ["tier CHL 1", "tier BOL 3"],
    ),
    (
        "Peru moved from the Watch List to Tier 2.",
        ["change PER up from 2WL to 2"],
    ),
    (
        "Both Peru and Ecuador are on Tier 2.",
        ["tier PER,ECU 2"],
    ),
    (
        "Neither Russia nor China made it off Tier 3.",
        ["remain RUS,CHN 3"],
    ),
    (
        "Peru falls in Tier 3.",
        ["tier PER 3"],
    ),
    (
        "With its Tier 1 ranking, Chile is the regional leader.",
        ["tier CHL 1"],
    ),
    (
        "Colombia and Peru rank Tier 1 and Tier 2 respectively.",
        ["tier COL 1", "tier PER 2"],
    ),
    (
        "Chile rose to Tier 1 while Bolivia fell to Tier 3.",
        ["change CHL up to 1", "change BOL down to 3"],
    ),
    (
        (
            "Peru was downgraded from Tier 2 to the Tier 2 Watch List, Bolivia from "
            "the Watch List to Tier 3."
        ),
        ["change PER down from 2 to 2WL", "change BOL down from 2WL to 3"],
    ),
    (
        "Peru joined Tier 1 alongside Chile, leaving Argentina on Tier 2.",
        ["tier PER,CHL 1", "tier ARG 2"],
    ),
    (
        "Argentina, Chile and Colombia, all Tier 1 countries, were praised.",
        ["tier ARG,CHL,COL 1"],
    ),
    (
        ("Among the Tier 3 countries are Cuba and Venezuela, while Peru and Chile sit higher."),
        ["tier CUB,VEN 3"],
    ),
    (
        ("Cuba, Venezuela and Nicaragua remain on Tier 3, joined this year by Bolivia."),
        ["remain CUB,VEN,NIC 3", "tier BOL 3"],
    ),
    (
        "The report kept Russia, China and North Korea on Tier 3.",
        ["remain RUS,CHN,PRK 3"],
    ),
    (
        (
            "Russia, China and North Korea stayed on Tier 3; Malaysia and Thailand "
            "were upgraded to the Tier 2 Watch List."
        ),
        ["remain RUS,CHN,PRK 3", "change MYS,THA up to 2WL"],
    ),
    (
        "China was downgraded to Tier 3 along with Russia and Uzbekistan.",
        ["change CHN,RUS,UZB down to 3"],
    ),
    (
        "Uzbekistan joined China and Russia on Tier 3.",
        ["tier UZB,CHN,RUS 3"],
    ),
    (
        "Alongside Russia and China, Uzbekistan was placed on Tier 3.",
        ["tier UZB,RUS,CHN 3"],
    ),
    (
        "Iran and North Korea are again on Tier 3, as are Cuba and Syria.",
        ["tier IRN,PRK,CUB,SYR 3"],
    ),
    (
        (
            "Thailand and Malaysia were both upgraded, Thailand to the Watch List and "
            "Malaysia to Tier 2."
        ),
        ["change THA up to 2WL", "change MYS up to 2"],
    ),
    (
        "Malaysia was upgraded to the Tier 2 Watch List, along with Thailand.",
        ["change MYS,THA up to 2WL"],
    ),
    (
        (
            "While Japan stayed on Tier 2, South Korea remained on Tier 1 and Taiwan "
            "kept its Tier 1 ranking."
        ),
        ["remain JPN 2", "remain KOR 1", "remain TWN 1"],
    ),
    (
        ("Ghana moved up to Tier 2, but Nigeria and Cameroon slipped to the Watch List."),
        ["change GHA up to 2", "change NGA,CMR down to 2WL"],
    ),
    (
        ("Kenya (Tier 2), Uganda (Tier 2) and Tanzania (Tier 2 Watch List) were all assessed."),
        ["tier KEN 2", "tier UGA 2", "tier TZA 2WL"],
    ),
    (
        ("Israel, a Tier 1 country since 2012, and Jordan, on Tier 2, signed the memorandum."),
        ["tier ISR 1", "tier JOR 2"],
    ),
    (
        (
            "Qatar and Bahrain, which were on Tier 3, rose to the Watch List and Tier "
            "2 respectively."
        ),
        ["change QAT to 2WL", "change BHR to 2"],
    ),
    (
        (
            "The Philippines, on Tier 1 for a fifth year, contrasts with Cambodia, "
            "still on the Watch List."
        ),
        ["tier PHL 1", "remain KHM 2WL"],
    ),
    (
        "Both Vietnam and Laos fell to Tier 3.",
        ["change VNM,LAO down to 3"],
    ),
    (
        "Vietnam fell to Tier 3 and Laos to the Watch List.",
        ["change VNM down to 3", "change LAO down to 2WL"],
    ),
    (
        ("Mexico, Guatemala and Honduras are on Tier 2, while El Salvador is on the Watch List."),
        ["tier MEX,GTM,HND 2", "tier SLV 2WL"],
    ),
    (
        "Belize remains on Tier 3; Guatemala, on Tier 2.",
        ["remain BLZ 3", "tier GTM 2"],
    ),
    (
        (
            "Turkmenistan and Eritrea stay on Tier 3 for the fourth straight year, as "
            "do Iran and Syria."
        ),
        ["remain TKM,ERI,IRN,SYR 3"],
    ),
]

WORDS_EN = {"1": "Tier 1", "2": "Tier 2", "2WL": "Tier 2 Watch List", "3": "Tier 3"}

SETS_EN = [
    (("CHL", "Chile", "Santiago"), ("PER", "Peru", "Lima"), ("BOL", "Bolivia", "La Paz")),
    (("COL", "Colombia", "Bogota"), ("ECU", "Ecuador", "Quito"), ("VEN", "Venezuela", "Caracas")),
    (("KOR", "South Korea", "Seoul"), ("THA", "Thailand", "Bangkok"), ("RUS", "Russia", "Moscow")),
]

TEMPLATES_ES: list[tuple[str, list[str]]] = [
    (
        "{NA} en el {ta} y {NB} en el {tb}, según el informe.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} está en el {ta} y {NB} en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "Mientras {NA} está en el {ta}, {NB} figura en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} se ubica en el {ta}, mientras que {NB} permanece en el {tb}.",
        ["tier {A} {a}", "remain {B} {b}"],
    ),
    (
        "{NA} fue clasificado en el {ta}, en tanto que {NB} quedó en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} aparece en el {ta}, pero {NB} aparece en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "A diferencia de {NB}, que está en el {tb}, {NA} está en el {ta}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} ({ta}) y {NB} ({tb}) también fueron evaluados.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "El informe incluye a {NA} ({ta}), {NB} ({tb}) y {NC} ({tc}).",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} se mantuvo en el {ta} y {NB} en el {tb}.",
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} fue ubicado en el {ta}, {NB} en el {tb} y {NC} en el {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "El informe colocó a {NA} en el {ta} y a {NB} en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        ("El Departamento de Estado clasificó a {NA} en el {ta} y a {NB} en el {tb}."),
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} y {NB} están en el {ta} y el {tb}, respectivamente.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        ("{NA}, {NB} y {NC} figuran en el {ta}, el {tb} y el {tc}, respectivamente."),
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} y {NB} fueron ubicados respectivamente en el {ta} y en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA}: {ta}; {NB}: {tb}; {NC}: {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "Entre sus vecinos, {NA} está en el {ta} y {NB} en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "En la región, {NA} está en el {ta} y {NB} está en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} subió al {ta} mientras que {NB} bajó al {tb}.",
        ["change {A} up to {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} ascendió al {ta}, pero {NB} descendió al {tb}.",
        ["change {A} up to {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} fue elevado al {ta}; {NB} fue rebajado al {tb}.",
        ["change {A} up to {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} se sumó al {ta} junto a {NB}, mientras {NC} quedó en el {tc}.",
        ["tier {A} {a}", "tier {B} {a}", "tier {C} {c}"],
    ),
    (
        "Tanto {NA} como {NB} están en el {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} y {NB} se mantienen ambos en el {tb}.",
        ["remain {A},{B} {b}"],
    ),
    (
        "Ambos países, {NA} y {NB}, están en el {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "Ni {NA} ni {NB} lograron salir del {tc}.",
        ["remain {A},{B} {c}"],
    ),
    (
        "{NA}, al igual que {NB}, está en el {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "Al igual que {NB}, {NA} figura en el {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA}, así como {NB}, fue ubicado en el {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} acompaña a {NB} en el {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} se encuentra en el {tc}.",
        ["tier {A} {c}"],
    ),
    (
        "{NA} está en el {tb}, igual que {NB}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} está en el {tb}, lo mismo que {NB}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA}, país del {ta}, y {NB}, en el {tb}, firmaron el acuerdo.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        ("{NA}, que está en el {ta}, y {NB}, que está en el {tb}, se reunieron en {CA}."),
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        ("Con su calificación de {ta}, {NA} lidera la región, por delante de {NB}, en el {tb}."),
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA}, {NB} y {NC} están todos en el {tb}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "El informe ubicó a {NA}, {NB} y {NC} en el {tb}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "{NA}, {NB} y {NC}, todos en el {tb}, fueron mencionados.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        ("Todos los países andinos salvo {NC}, incluidos {NA} y {NB}, están en el {tb}."),
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} y {NB}, a diferencia de {NC}, están en el {tb}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} y {NB} están en el {tb}; {NC} está en el {tc}.",
        ["tier {A},{B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} y {NB} están en el {tb} y {NC} en el {tc}.",
        ["tier {A},{B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} está en el {ta}, {NB} y {NC} en el {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "El informe ubicó a {NA} en el {ta}, y a {NB} y {NC} en el {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "{NA}, que está en el {ta}, criticó a {NB}.",
        ["tier {A} {a}"],
    ),
    (
        "{NB}, junto con {NC}, permaneció en el {tc}.",
        ["remain {B},{C} {c}"],
    ),
    (
        "{NA} y {NB}, ambos en el {tb}, firmaron un acuerdo.",
        ["tier {A},{B} {b}"],
    ),
    (
        "{NA} y {NB}, dos países del {tb}, firmaron un acuerdo.",
        ["tier {A},{B} {b}"],
    ),
    (
        "En el {tb} están {NA} y {NB}.",
        ["tier {A},{B} {b}"],
    ),
    (
        "En el {tb}: {NA}, {NB} y {NC}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "{NA} está en el {ta} y {NB} y {NC} están en el {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "{NA} conservó su ubicación en el {ta}, mientras {NB} cayó al {tb}.",
        ["remain {A} {a}", "change {B} down to {b}"],
    ),
    (
        "{NA} está en el {ta}; también lo están {NB} y {NC}.",
        ["tier {A},{B},{C} {a}"],
    ),
    (
        "{NA} figura en el {ta}, en tanto {NB} figura en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA} fue catalogado en el {ta} y {NB} en el {tb}.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        "{CA} se mantiene en el {ta} y {CB} en el {tb}.",
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        "{NA}, en el {ta}, y {NB}, en el {tb}, son vecinos.",
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        (
            "El Departamento de Estado mantuvo a {NA} en el {ta}, mientras que el "
            "vecino {NB} fue ubicado en el {tb}."
        ),
        ["remain {A} {a}", "tier {B} {b}"],
    ),
    (
        (
            "En su informe anual, Washington ubicó a {NA} en el {ta} y a {NB}, su "
            "vecino, en el {tb}."
        ),
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        ("{NA}, que lleva años en el {ta}, y {NB}, país del {tb}, son el foco del informe."),
        ["tier {A} {a}", "tier {B} {b}"],
    ),
    (
        (
            "Organizaciones de derechos humanos señalaron que {NA} está en el {ta}, "
            "igual que {NB}, pero {NC} sigue en el {tc}."
        ),
        ["tier {A},{B} {a}", "remain {C} {c}"],
    ),
    (
        "{NA} y {NB} son ambos países del {tb}, según el informe.",
        ["tier {A},{B} {b}"],
    ),
    (
        ("De las tres naciones andinas, {NA} está en el {ta}, {NB} en el {tb} y {NC} en el {tc}."),
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} fue ubicado en el {ta}; {NB}, en el {tb}; y {NC}, en el {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "Solo {NA} está en el {ta}; {NB} y {NC} están ambos en el {tc}.",
        ["tier {A} {a}", "tier {B},{C} {c}"],
    ),
    (
        "{NA} se unió a {NB} en el {tb}, mientras {NC} siguió en el {tc}.",
        ["tier {A},{B} {b}", "remain {C} {c}"],
    ),
    (
        "{NA}, {NB} y {NC} se mantuvieron en el {tb}.",
        ["remain {A},{B},{C} {b}"],
    ),
    (
        "Tanto {NA} como {NB} se mantuvieron en el {tb} este año.",
        ["remain {A},{B} {b}"],
    ),
    (
        "{NA} está en el {ta}, {NB} está en el {tb} y {NC} está en el {tc}.",
        ["tier {A} {a}", "tier {B} {b}", "tier {C} {c}"],
    ),
    (
        "{NA} fue ubicado en el {tc}, junto a {NB} y {NC}.",
        ["tier {A},{B},{C} {c}"],
    ),
    (
        "{NA} subió al {ta}, donde {NB} se encuentra desde hace años.",
        ["change {A} up to {a}", "tier {B} {a}"],
    ),
    (
        "Al igual que {NB}, {NA} y {NC} fueron ubicados en el {tb}.",
        ["tier {A},{B},{C} {b}"],
    ),
    (
        "{NA} volvió a quedar en el {ta}, y también lo hizo {NB}.",
        ["remain {A} {a}", "tier {B} {a}"],
    ),
]

FIXED_ES: list[tuple[str, list[str]]] = [
    (
        "{NA} pasó de la Lista de Vigilancia al Nivel 2.",
        ["change {A} up from 2WL to 2"],
    ),
    (
        "{NA} pasó del Nivel 2 a la Lista de Vigilancia.",
        ["change {A} down from 2 to 2WL"],
    ),
    (
        "{NA} fue rebajado del Nivel 2 a la Lista de Vigilancia del Nivel 2.",
        ["change {A} down from 2 to 2WL"],
    ),
    (
        "{NA} subió del Nivel 3 al Nivel 2 y {NB} del Nivel 2 al Nivel 1.",
        ["change {A} up from 3 to 2", "change {B} up from 2 to 1"],
    ),
    (
        ("{NA} pasó del Nivel 2 al Nivel 3, mientras que {NB} pasó del Nivel 3 al Nivel 2."),
        ["change {A} down from 2 to 3", "change {B} up from 3 to 2"],
    ),
    (
        ("{NA} está en el Nivel 1, {NB} en el Nivel 2 y {NC} en la Lista de Vigilancia."),
        ["tier {A} 1", "tier {B} 2", "tier {C} 2WL"],
    ),
    (
        ("{NA} es el único país de la región en el Nivel 1; {NB} está en el Nivel 2."),
        ["tier {A} 1", "tier {B} 2"],
    ),
    (
        "{NA} y {NB} están en el Nivel 2 y el Nivel 3, respectivamente.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        "{NA}, país de Nivel 1, y {NB}, país de Nivel 3, comparten frontera.",
        ["tier {A} 1", "tier {B} 3"],
    ),
    (
        ("{NA} se mantuvo en el Nivel 2, mientras que {NB} pasó a la Lista de Vigilancia."),
        ["remain {A} 2", "change {B} down to 2WL"],
    ),
    (
        "{NA} fue rebajado al Nivel 3, donde ya estaba {NB}.",
        ["change {A} down to 3", "tier {B} 3"],
    ),
    (
        "{NA} cayó al Nivel 3, al que {NB} pertenece desde 2012.",
        ["change {A} down to 3", "tier {B} 3"],
    ),
    (
        "{NA} es Nivel 1 y {NB} Nivel 2.",
        ["tier {A} 1", "tier {B} 2"],
    ),
    (
        "En contraste con {NA}, que está en el Nivel 1, {NB} está en el Nivel 3.",
        ["tier {A} 1", "tier {B} 3"],
    ),
    (
        "{NA} (Nivel 1), {NB} (Lista de Vigilancia del Nivel 2) y {NC} (Nivel 3).",
        ["tier {A} 1", "tier {B} 2WL", "tier {C} 3"],
    ),
    (
        "{NA} está en el Nivel 1 y {NB} en el Nivel 2, según el informe.",
        ["tier {A} 1", "tier {B} 2"],
    ),
    (
        "{NA} subió al Nivel 1 y {NB} al Nivel 2.",
        ["change {A} up to 1", "change {B} up to 2"],
    ),
    (
        "{NA} bajó al Nivel 2 y {NB} a la Lista de Vigilancia.",
        ["change {A} down to 2", "change {B} down to 2WL"],
    ),
    (
        "{NA} sigue en el Nivel 2 un año más, al igual que {NB}.",
        ["remain {A},{B} 2"],
    ),
    (
        "{NA} y {NB} fueron ambos elevados al Nivel 2.",
        ["change {A},{B} up to 2"],
    ),
    (
        ("{NA} y {NB} fueron rebajados al Nivel 3 y a la Lista de Vigilancia, respectivamente."),
        ["change {A} down to 3", "change {B} down to 2WL"],
    ),
    (
        "{NA} figura en el Nivel 2; el vecino {NB}, en el Nivel 3.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        "{NA} estaba en el Nivel 2 y {NB} estaba en el Nivel 3.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        "{NA} está calificado como Nivel 2 y {NB} como Nivel 3.",
        ["tier {A} 2", "tier {B} 3"],
    ),
    (
        "{NA} fue incluido en la lista negra junto a {NB}.",
        ["tier {A},{B} 3"],
    ),
    (
        "{NA} abandonó la Lista de Vigilancia y pasó al Nivel 2, como {NB}.",
        ["change {A} up from 2WL to 2", "tier {B} 2"],
    ),
    (
        "Los gobiernos de {NA} y {NB} están en el Nivel 2.",
        ["tier {A},{B} 2"],
    ),
    (
        (
            "{NA} bajó del Nivel 2 a la Lista de Vigilancia y {NB} de la Lista de "
            "Vigilancia al Nivel 3."
        ),
        ["change {A} down from 2 to 2WL", "change {B} down from 2WL to 3"],
    ),
    (
        "{NA} es país de Nivel 1; {NB}, de Nivel 2; {NC}, de Nivel 3.",
        ["tier {A} 1", "tier {B} 2", "tier {C} 3"],
    ),
    (
        (
            "{NA} subió al Nivel 2 desde la Lista de Vigilancia, mientras que {NB} "
            "cayó al Nivel 3 desde la Lista de Vigilancia."
        ),
        ["change {A} up from 2WL to 2", "change {B} down from 2WL to 3"],
    ),
    (
        ("{NA} y {NB} pasaron al Nivel 2 y al Nivel 3, respectivamente, en el informe de 2015."),
        ["change {A} to 2", "change {B} to 3"],
    ),
    (
        (
            "{NA} fue elevado al Nivel 1, lo que deja a {NB} como el único país del "
            "grupo en el Nivel 2."
        ),
        ["change {A} up to 1", "tier {B} 2"],
    ),
]

LITERAL_ES: list[tuple[str, list[str]]] = [
    (
        "Chile, Perú y Ecuador, pero no Bolivia, están en el Nivel 2.",
        ["tier CHL,PER,ECU 2"],
    ),
    (
        (
            "Todos los países andinos excepto Bolivia, entre ellos Chile y Perú, "
            "están en el Nivel 2."
        ),
        ["tier CHL,PER 2"],
    ),
    (
        "Perú, como Chile pero a diferencia de Bolivia, está en el Nivel 2.",
        ["tier PER,CHL 2"],
    ),
    (
        (
            "Perú, Chile y Ecuador están en el Nivel 2, con excepción de Bolivia, que "
            "está en el Nivel 3."
        ),
        ["tier PER,CHL,ECU 2", "tier BOL 3"],
    ),
    (
        ("Bolivia, vecino de Perú, está en el Nivel 3, mientras que Perú está en el Nivel 2."),
        ["tier BOL 3", "tier PER 2"],
    ),
    (
        "Lima y Santiago están ambos en el Nivel 2.",
        ["tier PER,CHL 2"],
    ),
    (
        ("El gobierno peruano, al igual que el de Chile, se mantiene en el Nivel 2."),
        ["remain PER 2", "tier CHL 2"],
    ),
    (
        "Santiago se mantuvo en el Nivel 1, y La Paz en el Nivel 3.",
        ["remain CHL 1", "tier BOL 3"],
    ),
    (
        "El informe mantuvo a Lima en el Nivel 2 y bajó a La Paz al Nivel 3.",
        ["remain PER 2", "change BOL down to 3"],
    ),
    (
        (
            "Salvo Cuba, que sigue en el Nivel 3, todos los países de la región están "
            "en el Nivel 2 o más arriba."
        ),
        ["remain CUB 3"],
    ),
    (
        (
            "Perú, al que el informe ubicó en el Nivel 2, y Bolivia, a la que ubicó "
            "en el Nivel 3, comparten frontera."
        ),
        ["tier PER 2", "tier BOL 3"],
    ),
    (
        "Entre sus vecinos, Chile es Nivel 1 y Bolivia Nivel 3.",
        ["tier CHL 1", "tier BOL 3"],
    ),
    (
        "Perú pasó de la Lista de Vigilancia al Nivel 2.",
        ["change PER up from 2WL to 2"],
    ),
    (
        "Tanto Perú como Ecuador están en el Nivel 2.",
        ["tier PER,ECU 2"],
    ),
    (
        "Ni Rusia ni China lograron salir del Nivel 3.",
        ["remain RUS,CHN 3"],
    ),
    (
        "Con su calificación de Nivel 1, Chile es el líder regional.",
        ["tier CHL 1"],
    ),
    (
        "Colombia y Perú están en el Nivel 1 y el Nivel 2, respectivamente.",
        ["tier COL 1", "tier PER 2"],
    ),
    (
        "Chile subió al Nivel 1 mientras que Bolivia cayó al Nivel 3.",
        ["change CHL up to 1", "change BOL down to 3"],
    ),
    (
        (
            "Perú fue rebajado del Nivel 2 a la Lista de Vigilancia, y Bolivia de la "
            "Lista de Vigilancia al Nivel 3."
        ),
        ["change PER down from 2 to 2WL", "change BOL down from 2WL to 3"],
    ),
    (
        ("Perú se sumó al Nivel 1 junto a Chile, dejando a Argentina en el Nivel 2."),
        ["tier PER,CHL 1", "tier ARG 2"],
    ),
    (
        "Argentina, Chile y Colombia, todos países del Nivel 1, fueron elogiados.",
        ["tier ARG,CHL,COL 1"],
    ),
    (
        "Ambos, Perú y Ecuador, figuran en el Nivel 2.",
        ["tier PER,ECU 2"],
    ),
    (
        "Perú, al igual que Ecuador, pasó del Nivel 2 a la Lista de Vigilancia.",
        ["change PER,ECU down from 2 to 2WL"],
    ),
    (
        ("Perú está en el Nivel 2, mientras que Bolivia, su vecino, está en el Nivel 3."),
        ["tier PER 2", "tier BOL 3"],
    ),
    (
        ("Chile en el Nivel 1, Perú en el Nivel 2 y Bolivia en el Nivel 3: así quedó la región."),
        ["tier CHL 1", "tier PER 2", "tier BOL 3"],
    ),
    (
        ("Cuba, Venezuela y Nicaragua siguen en el Nivel 3, a los que este año se sumó Bolivia."),
        ["remain CUB,VEN,NIC 3", "tier BOL 3"],
    ),
    (
        "El informe mantuvo a Rusia, China y Corea del Norte en el Nivel 3.",
        ["remain RUS,CHN,PRK 3"],
    ),
    (
        ("El informe ubica a México en el Nivel 2, al igual que a Guatemala y Honduras."),
        ["tier MEX,GTM,HND 2"],
    ),
    (
        "Guatemala y Honduras, al igual que El Salvador, están en el Nivel 2.",
        ["tier GTM,HND,SLV 2"],
    ),
    (
        "Argentina se ubicó en el Nivel 1 junto con Chile y Colombia.",
        ["tier ARG,CHL,COL 1"],
    ),
    (
        "Junto con Colombia y Chile, Argentina es uno de los países del Nivel 1.",
        ["tier ARG,COL,CHL 1"],
    ),
    (
        (
            "Nicaragua fue ubicada en el Nivel 3, junto a Cuba y Venezuela, los "
            "únicos países de la región en esa categoría."
        ),
        ["tier NIC,CUB,VEN 3"],
    ),
    (
        (
            "En el Nivel 3 figuran Cuba, Venezuela y Nicaragua, mientras que Bolivia "
            "está en la Lista de Vigilancia."
        ),
        ["tier CUB,VEN,NIC 3", "tier BOL 2WL"],
    ),
    (
        (
            "Perú se mantiene en el Nivel 2 por tercer año consecutivo, mientras que "
            "Chile, Colombia y Argentina siguen en el Nivel 1."
        ),
        ["remain PER 2", "remain CHL,COL,ARG 1"],
    ),
    (
        "Estados Unidos colocó a Cuba, Venezuela y Nicaragua en el Nivel 3.",
        ["tier CUB,VEN,NIC 3"],
    ),
    (
        "Bolivia pasó a la Lista de Vigilancia del Nivel 2, al igual que Ecuador.",
        ["change BOL,ECU to 2WL"],
    ),
    (
        "Chile e Israel están en el Nivel 1.",
        ["tier CHL,ISR 1"],
    ),
    (
        (
            "Honduras y El Salvador se mantienen en el Nivel 2, y Guatemala en la "
            "Lista de Vigilancia."
        ),
        ["remain HND,SLV 2", "tier GTM 2WL"],
    ),
    (
        (
            "La República Dominicana y Haití están en el Nivel 2 y en la Lista de "
            "Vigilancia, respectivamente."
        ),
        ["tier DOM 2", "tier HTI 2WL"],
    ),
    (
        ("Tailandia y Malasia subieron, Tailandia a la Lista de Vigilancia y Malasia al Nivel 2."),
        ["change THA up to 2WL", "change MYS up to 2"],
    ),
    (
        "Vietnam cayó al Nivel 3 y Laos a la Lista de Vigilancia.",
        ["change VNM down to 3", "change LAO down to 2WL"],
    ),
    (
        "Tanto Vietnam como Laos cayeron al Nivel 3.",
        ["change VNM,LAO down to 3"],
    ),
    (
        "Belice sigue en el Nivel 3; Guatemala, en el Nivel 2.",
        ["remain BLZ 3", "tier GTM 2"],
    ),
    (
        (
            "Qatar y Baréin, que estaban en el Nivel 3, subieron a la Lista de "
            "Vigilancia y al Nivel 2, respectivamente."
        ),
        ["change QAT to 2WL", "change BHR to 2"],
    ),
    (
        "Uzbekistán se sumó a China y Rusia en el Nivel 3.",
        ["tier UZB,CHN,RUS 3"],
    ),
]

WORDS_ES = {"1": "Nivel 1", "2": "Nivel 2", "2WL": "Nivel 2 en observación", "3": "Nivel 3"}

SETS_ES = [
    (("CHL", "Chile", "Santiago"), ("PER", "Perú", "Lima"), ("BOL", "Bolivia", "La Paz")),
    (("COL", "Colombia", "Bogotá"), ("ECU", "Ecuador", "Quito"), ("VEN", "Venezuela", "Caracas")),
    (
        ("MEX", "México", "Ciudad de México"),
        ("GTM", "Guatemala", "Ciudad de Guatemala"),
        ("HND", "Honduras", "Tegucigalpa"),
    ),
]

TIERS = [("1", "2", "3"), ("2", "2WL", "3"), ("1", "2WL", "3")]

"""The research datasets the build reads, each described as the source its rows will name."""

from __future__ import annotations

from dataclasses import dataclass

from tipwatch.tip.services.report_wording import DATASET, SECONDARY

SCORECARD = "https://github.com/andrewheiss/scorecard-diplomacy/blob/"
SCORECARD_COMMIT = "f8c06be83c75c34c97bc3992e24fedc8d275c83b"
TIERS2017_COMMIT = "db5c38813c9b4d0bba3c7aa7ab52d9372227fb7e"


@dataclass(frozen=True)
class Source:
    kind: str
    name: str
    url: str

    def label(self) -> str:
        return f"{self.name} [{self.kind}] <{self.url}>"


SRC_KH = Source(
    DATASET,
    "Kelley & Heiss, Scorecard Diplomacy (2017), criminalization-cho-tiers (tierupdated)",
    f"{SCORECARD}{SCORECARD_COMMIT}/data/original/criminalization-cho-tiers_jk_2015-08-10.dta",
)
SRC_KS = Source(
    DATASET,
    "Kelley & Simmons (2015) replication data",
    f"{SCORECARD}{SCORECARD_COMMIT}/data/original/kelley_simmons_ajps_2014_replication.dta",
)
SRC_2015 = Source(
    DATASET,
    "Kelley & Heiss, Scorecard Diplomacy (2017), tiers_2015.csv",
    f"{SCORECARD}{SCORECARD_COMMIT}/data/original/tiers_2015.csv",
)
SRC_2017 = Source(
    DATASET,
    "Heiss, tip_tiers_2017, tiers_2017.csv",
    f"https://github.com/andrewheiss/tip_tiers_2017/blob/{TIERS2017_COMMIT}/data/tiers_2017.csv",
)
SRC_CRS = Source(
    SECONDARY,
    "Congressional Research Service, report R44953",
    "https://www.everycrsreport.com/reports/R44953.html",
)

# Special cases of the 2017 report that tiers_2017.csv leaves out (CRS R44953).
SPECIAL_CASES_2017 = ("LBY", "SOM", "YEM")

from .choices import Bureau, Coverage, EntityType, GroupKind, SourceKind, TierChoice
from .country import BureauAssignment, Country, CountryAlias
from .group import Group
from .narrative import Metric, Narrative, NarrativeSection, Qualifier, Statistic
from .placement import DatasetLoad, Placement, SourceConflict
from .report import CoverageGap, Report
from .version import DataVersion

__all__ = [
    "Bureau",
    "BureauAssignment",
    "Country",
    "CountryAlias",
    "Coverage",
    "CoverageGap",
    "DataVersion",
    "DatasetLoad",
    "EntityType",
    "Group",
    "GroupKind",
    "Metric",
    "Narrative",
    "NarrativeSection",
    "Placement",
    "Qualifier",
    "Report",
    "SourceConflict",
    "SourceKind",
    "Statistic",
    "TierChoice",
]

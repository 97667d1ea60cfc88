from .choices import Bureau, Coverage, EntityType, GroupKind, SourceKind, TierChoice
from .country import BureauAssignment, Country, CountryAlias
from .group import Group
from .placement import DatasetLoad, Placement, SourceConflict
from .report import CoverageGap, Report

__all__ = [
    "Bureau",
    "BureauAssignment",
    "Country",
    "CountryAlias",
    "Coverage",
    "CoverageGap",
    "DatasetLoad",
    "EntityType",
    "Group",
    "GroupKind",
    "Placement",
    "Report",
    "SourceConflict",
    "SourceKind",
    "TierChoice",
]

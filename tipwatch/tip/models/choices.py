"""Choice lists shared by the TIP models. Tier values match the rules engine's `Tier`."""

from django.db import models


class TierChoice(models.TextChoices):
    TIER_1 = "1", "Tier 1"
    TIER_2 = "2", "Tier 2"
    WATCH_LIST = "2WL", "Tier 2 Watch List"
    TIER_3 = "3", "Tier 3"
    SPECIAL_CASE = "special_case", "Special Case"


class Bureau(models.TextChoices):
    AF = "AF", "African Affairs (AF)"
    EAP = "EAP", "East Asian and Pacific Affairs (EAP)"
    EUR = "EUR", "European and Eurasian Affairs (EUR)"
    NEA = "NEA", "Near Eastern Affairs (NEA)"
    SCA = "SCA", "South and Central Asian Affairs (SCA)"
    WHA = "WHA", "Western Hemisphere Affairs (WHA)"


class EntityType(models.TextChoices):
    STATE = "state", "Sovereign state"
    TERRITORY = "territory", "Territory"
    OTHER = "other", "Other entity"


class SourceKind(models.TextChoices):
    """Where a placement comes from, strongest first (the dataset's codebook ranks them)."""

    OFFICIAL = "official", "Official (State Department)"
    VERBATIM_COPY = "verbatim_copy", "Verbatim copy of the report"
    DATASET = "dataset", "Research dataset"
    SECONDARY = "secondary", "Secondary source"
    INFERRED = "inferred", "Inferred from lists and totals"
    REPORT_IMPORT = "report_import", "Imported from the report"


class Coverage(models.TextChoices):
    COMPLETE = "complete", "Complete"
    PARTIAL = "partial", "Partial"


class GroupKind(models.TextChoices):
    REGION = "region", "Region"
    BUREAU = "bureau", "State Department bureau"
    CUSTOM = "custom", "Custom"

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
    OFFICIAL_LIST = "official_list", "Official list"
    NARRATIVE_HEADER = "narrative_header", "Narrative header"
    SECONDARY_LIST = "secondary_list", "Secondary list"
    DATASET = "dataset", "Research dataset"
    REPORT_IMPORT = "report_import", "Imported from the report"


class Coverage(models.TextChoices):
    COMPLETE = "complete", "Complete"
    PARTIAL = "partial", "Partial"


class GroupKind(models.TextChoices):
    REGION = "region", "Region"
    BUREAU = "bureau", "State Department bureau"
    CUSTOM = "custom", "Custom"

"""Choice lists shared by the TIP models. Tier values match the rules engine's `Tier`."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TierChoice(models.TextChoices):
    TIER_1 = "1", pgettext_lazy("tier", "Tier 1")
    TIER_2 = "2", pgettext_lazy("tier", "Tier 2")
    WATCH_LIST = "2WL", pgettext_lazy("tier", "Tier 2 Watch List")
    TIER_3 = "3", pgettext_lazy("tier", "Tier 3")
    SPECIAL_CASE = "special_case", pgettext_lazy("tier", "Special Case")


class Bureau(models.TextChoices):
    AF = "AF", _("African Affairs (AF)")
    EAP = "EAP", _("East Asian and Pacific Affairs (EAP)")
    EUR = "EUR", _("European and Eurasian Affairs (EUR)")
    NEA = "NEA", _("Near Eastern Affairs (NEA)")
    SCA = "SCA", _("South and Central Asian Affairs (SCA)")
    WHA = "WHA", _("Western Hemisphere Affairs (WHA)")


class EntityType(models.TextChoices):
    STATE = "state", "Sovereign state"
    TERRITORY = "territory", "Territory"
    OTHER = "other", "Other entity"


class SourceKind(models.TextChoices):
    """Where a placement comes from, strongest first (the dataset's codebook ranks them)."""

    OFFICIAL = "official", _("Official (State Department)")
    VERBATIM_COPY = "verbatim_copy", _("Verbatim copy of the report")
    DATASET = "dataset", _("Research dataset")
    SECONDARY = "secondary", _("Secondary source")
    INFERRED = "inferred", _("Inferred from lists and totals")
    REPORT_IMPORT = "report_import", _("Imported from the report")


class Coverage(models.TextChoices):
    COMPLETE = "complete", "Complete"
    PARTIAL = "partial", "Partial"


class GroupKind(models.TextChoices):
    REGION = "region", "Region"
    BUREAU = "bureau", "State Department bureau"
    CUSTOM = "custom", "Custom"

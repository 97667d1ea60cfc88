"""Which news draft holds the briefing for a country, report year, group and language."""

from __future__ import annotations

from django.db import models


class BriefingDraft(models.Model):
    """Drafting the same briefing again adds a revision to this page instead of a new page."""

    class Language(models.TextChoices):
        ENGLISH = "en", "English"
        SPANISH = "es", "Spanish"

    country = models.ForeignKey("tip.Country", on_delete=models.CASCADE, related_name="+")
    report_year = models.PositiveSmallIntegerField()
    group = models.ForeignKey("tip.Group", on_delete=models.CASCADE, related_name="+")
    lang = models.CharField(max_length=2, choices=Language.choices, default=Language.ENGLISH)
    page = models.ForeignKey("news.NewsPage", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "report_year", "group", "lang"], name="one_draft_per_briefing"
            )
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.report_year} ({self.group.slug}, {self.lang})"

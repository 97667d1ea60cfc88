"""Briefings: write a country's TIP Report briefing, and check the tier claims in a text.

* `composer.BriefingComposer` composes a briefing (English or Spanish) from the tip services:
  `facts.gather` collects the facts, `wording/` holds the sentence templates, `briefing`
  renders markdown and JSON. Figures and narrative details come from injected sources
  (`sources.StatisticsSource`, `sources.NarrativeSource`; by default the statistics and
  narratives that report imports have applied); where they hold nothing, those sentences are
  left out.
* `drafts.save_draft` saves a briefing as an unpublished news article (`BriefingDraft` keeps
  one page per country, year, group and language; drafting again adds a revision).
* `claims/` (pure Python) finds tier claims in English and Spanish text; `verify.ClaimChecker`
  checks them against the data.
* Commands: `tipwatch brief`, `tipwatch check-claims`. Admin: "Draft briefing" in the menu
  (`/admin/briefings/draft/?country=PER`) and "Check facts" on news pages
  (`/admin/briefings/check/<page_id>/`).
"""

"""Saving a briefing as a draft news article, and drafting it again."""

from __future__ import annotations

from typing import Any

import pytest

from tipwatch.briefings.composer import BriefingComposer
from tipwatch.briefings.drafts import DraftError, save_draft
from tipwatch.briefings.models import BriefingDraft
from tipwatch.news.models import NewsPage
from tipwatch.tip.models import Country, Group

pytestmark = pytest.mark.usefixtures("tip_data")


def draft(iso3: str = "PER", year: int = 2015, lang: str = "en", user: Any = None) -> Any:
    country = Country.objects.get(iso3=iso3)
    group = Group.objects.get(slug="latin-america")
    briefing = BriefingComposer().compose(country, year, group, lang)
    return save_draft(briefing, country, group, user=user), briefing


def test_drafting_twice_gives_one_page_with_two_revisions(news_index: Any) -> None:
    first, briefing = draft()
    second, _ = draft()

    assert first.created
    assert not second.created
    page = NewsPage.objects.get()
    assert page.pk == first.page.pk == second.page.pk
    assert page.revisions.count() == 2
    assert BriefingDraft.objects.count() == 1
    assert not page.live
    assert page.get_parent().pk == news_index.pk
    assert page.title == briefing.headline
    assert page.summary == briefing.summary


def test_the_draft_has_topics_paragraphs_and_a_source_block_per_citation(
    news_index: Any,
) -> None:
    result, briefing = draft()
    page = NewsPage.objects.get(pk=result.page.pk)

    assert set(page.topics.names()) >= {"TIP Report", "Peru", "2015"}
    types = [block.block_type for block in page.body]
    assert types.count("paragraph") == len(briefing.paragraphs)
    sources = [block.value for block in page.body if block.block_type == "source"]
    assert len(sources) == len(briefing.citations)
    assert [s["report_year"] for s in sources] == [c.report_year for c in briefing.citations]
    assert sources[-1]["url"] == "https://2009-2017.state.gov/j/tip/rls/tiprpt/2015/index.htm"
    assert "Chile alone ranks above Peru" in str(page.body)


def test_each_language_is_its_own_draft(news_index: Any) -> None:
    english, _ = draft()
    spanish, _ = draft(lang="es")
    assert english.page.pk != spanish.page.pk
    assert spanish.page.title == "Informe TIP 2015: Perú se mantiene en el Nivel 2"


def test_drafting_again_after_publishing_leaves_the_live_page_alone(
    news_index: Any, admin_user: Any
) -> None:
    first, _ = draft()
    page = NewsPage.objects.get(pk=first.page.pk)
    page.title = "Edited by an editor"
    page.save_revision(user=admin_user).publish()

    draft(user=admin_user)
    page.refresh_from_db()
    assert page.live
    assert page.title == "Edited by an editor"
    assert page.has_unpublished_changes
    assert page.revisions.count() == 3
    latest = page.get_latest_revision_as_object()
    assert latest.title == "Peru stays on Tier 2 in the 2015 TIP Report"
    assert page.get_latest_revision().user == admin_user


def test_a_deleted_draft_is_created_again(news_index: Any) -> None:
    first, _ = draft()
    NewsPage.objects.get(pk=first.page.pk).delete()
    second, _ = draft()
    assert second.created
    assert BriefingDraft.objects.get().page_id == second.page.pk


def test_a_slug_already_taken_gets_a_number(news_index: Any) -> None:
    from tests.news.factories import NewsPageFactory

    NewsPageFactory.create(parent=news_index, title="x", slug="briefing-per-2015-latin-america-en")
    result, _ = draft()
    assert result.page.slug == "briefing-per-2015-latin-america-en-2"


def test_no_news_index_is_an_error() -> None:
    with pytest.raises(DraftError, match="no news index page"):
        draft()
    assert not BriefingDraft.objects.exists()


def import_report_text(text: str) -> None:
    from tipwatch.ingest.services.apply import ApplyImport
    from tipwatch.ingest.services.importer import ImportFile, ImportService

    ApplyImport(
        ImportService().import_file(ImportFile("tip-2015.txt", text.encode()), 2015)
    ).apply()


def test_a_drafted_briefing_names_narrative_tags_in_words_not_codes(news_index: Any) -> None:
    from pathlib import Path

    passage = Path(__file__).parents[1] / "ingest/corpus/passages/p005-peru-2015-refworld.txt"
    import_report_text(passage.read_text(encoding="utf-8").split("---\n", 1)[1])

    for lang, words in (
        ("en", ["forced labor", "brick kilns", "illegal gold mining"]),
        ("es", ["trabajo forzoso", "ladrilleras", "minería ilegal de oro"]),
    ):
        result, _ = draft(lang=lang)
        text = str(NewsPage.objects.get(pk=result.page.pk).body)
        prose = " ".join(
            str(block.value) for block in result.page.body if block.block_type == "paragraph"
        )
        for word in words:
            assert word in text
        # Addresses hold underscores of their own; the prose never does.
        assert "_" not in prose.replace("7107(b)(2)(D)", "")


def test_a_drafted_briefing_keeps_at_least_and_one_box_per_quoted_sentence(
    news_index: Any,
) -> None:
    from tests.ingest.reports import CHILE, PERU, text_report

    import_report_text(text_report(PERU, CHILE))

    result, briefing = draft()
    page = NewsPage.objects.get(pk=result.page.pk)
    prose = " ".join(str(b.value) for b in page.body if b.block_type == "paragraph")
    assert "at least 774" in prose
    assert "Peru: at least 774 identified victims in 2014" in [c.text for c in briefing.citations]
    sources = [block.value for block in page.body if block.block_type == "source"]
    keys = [(s["report_year"], s["page"], s["quote"], s["url"]) for s in sources]
    assert len(keys) == len(set(keys))
    # The sentence giving 59 and 70 investigations backs two figures but makes one box.
    investigations = [s for s in sources if "investigated 59 cases" in s["quote"]]
    assert len(investigations) == 1
    assert len(sources) < len(briefing.citations)

    spanish, _ = draft(lang="es")
    prose_es = " ".join(str(b.value) for b in spanish.page.body if b.block_type == "paragraph")
    assert "al menos 774" in prose_es


def test_a_draft_uses_the_sites_tags_whatever_their_case(news_index: Any) -> None:
    from taggit.models import Tag

    Tag.objects.create(name="Peru", slug="peru")
    Tag.objects.create(name="TIP Report", slug="tip-report")
    before = Tag.objects.count()

    result, _ = draft()
    draft(lang="es")

    page = NewsPage.objects.get(pk=result.page.pk)
    assert set(page.topics.names()) == {"TIP Report", "Peru", "2015"}
    assert Tag.objects.count() == before + 1  # only "2015" is new
    assert not Tag.objects.filter(name__in=["peru", "tip-report"]).exists()

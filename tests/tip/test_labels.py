"""Catalog labels kept per language (tip/names.py: `label_in_language`, `choice_label`)."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.utils import translation

from tipwatch.tip.models import Metric, Placement, SourceKind
from tipwatch.tip.names import choice_label, group_name, tier_name
from tipwatch.tip.services.reading import tier_label


@pytest.mark.parametrize("language", ["en-gb", "es"])
def test_a_choice_label_is_what_get_display_gives(language: str) -> None:
    with translation.override(language):
        for kind in SourceKind:
            placement = Placement(source_kind=kind.value)
            assert placement.source_kind_label == placement.get_source_kind_display()
            assert choice_label(SourceKind, kind.value) == str(kind.label)
        for metric in Metric:
            assert choice_label(Metric, metric.value) == str(metric.label)


def test_a_value_that_is_not_a_choice_is_shown_as_it_is() -> None:
    placement = Placement(source_kind="hearsay")
    assert placement.source_kind_label == placement.get_source_kind_display() == "hearsay"


def test_the_active_language_and_a_named_one_are_kept_apart() -> None:
    with translation.override("es"):
        assert tier_name("2WL") == "Lista de Vigilancia del Nivel 2"
        assert tier_name("2WL", "en-gb") == "Tier 2 Watch List"
    assert tier_name("2WL") == "Tier 2 Watch List"
    assert tier_name("2WL", "es") == "Lista de Vigilancia del Nivel 2"
    assert tier_label(None, "es") == "Sin calificación"
    assert tier_label(None) == "Not rated"


def test_with_translation_off_the_untranslated_text() -> None:
    with translation.override("es"):
        tier_name("1")
    with translation.override(None):
        assert tier_name("1") == "Tier 1"


def test_a_group_s_name_in_each_language() -> None:
    class Group:
        slug = "caribbean"
        name = "Caribbean"

    assert group_name(Group(), "en-gb") == "Caribbean"
    assert group_name(Group(), "es") == "El Caribe"
    assert group_name(Group(), "es", in_sentence=True) == "el Caribe"


def test_the_labels_are_read_again_when_the_catalogs_may_change() -> None:
    assert tier_name("3", "es") == "Nivel 3"
    # Without Spanish as a language the catalogs are loaded again and "es" falls back to
    # English; a kept label would still say "Nivel 3".
    with override_settings(LANGUAGES=[("en-gb", "English")], LOCALE_PATHS=[]):
        with translation.override("es"):
            fresh = str(translation.pgettext("tier", "Tier 3"))
        assert fresh == "Tier 3"
        assert tier_name("3", "es") == fresh
    assert tier_name("3", "es") == "Nivel 3"

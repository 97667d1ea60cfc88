"""`make install` compiles the catalog with Babel (no GNU gettext): the file it writes is a
valid gettext catalog, says what the committed .po says, and is what Django serves."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation

from tipwatch.core.catalogs import CatalogError, catalogs_under, compile_catalog

CATALOG = Path(settings.LOCALE_PATHS[0]) / "es" / "LC_MESSAGES" / "django.po"


def compiled(tmp_path: Path) -> gettext.GNUTranslations:
    target = compile_catalog(CATALOG, tmp_path / "es" / "LC_MESSAGES" / "django.mo")
    with target.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def test_the_compiled_catalog_loads_with_python_s_gettext(tmp_path: Path) -> None:
    spanish = compiled(tmp_path)
    assert spanish.pgettext("tier", "Tier 2 Watch List") == "Lista de Vigilancia del Nivel 2"
    assert spanish.gettext("Types of membership") == "Tipos de membresía"
    single, plural = "%(counter)s country or territory", "%(counter)s countries and territories"
    assert spanish.ngettext(single, plural, 1) == "%(counter)s país o territorio"
    assert spanish.ngettext(single, plural, 3) == "%(counter)s países y territorios"
    assert (
        spanish.npgettext("briefing", "%(count)s as special case", "%(count)s as special cases", 2)
        == "%(count)s como casos especiales"
    )


def test_every_entry_is_what_django_serves_in_spanish(tmp_path: Path) -> None:
    spanish = compiled(tmp_path)
    with CATALOG.open("rb") as handle:
        messages = [m for m in read_po(handle, locale="es") if m.id and not m.fuzzy]
    assert len(messages) > 500
    differ: list[tuple[object, ...]] = []
    with translation.override("es"):
        for message in messages:
            if isinstance(message.id, tuple | list):
                single, plural = message.id[:2]
                for n in (1, 2):
                    ours = (
                        spanish.npgettext(message.context, single, plural, n)
                        if message.context
                        else spanish.ngettext(single, plural, n)
                    )
                    served = (
                        translation.npgettext(message.context, single, plural, n)
                        if message.context
                        else translation.ngettext(single, plural, n)
                    )
                    forms = message.string
                    assert isinstance(forms, tuple | list), message.id
                    if not ours == served == forms[n - 1]:
                        differ.append((message.id, n, ours, served))
            else:
                ours = (
                    spanish.pgettext(message.context, message.id)
                    if message.context
                    else spanish.gettext(message.id)
                )
                served = (
                    translation.pgettext(message.context, message.id)
                    if message.context
                    else translation.gettext(message.id)
                )
                if not ours == served == message.string:
                    differ.append((message.id, ours, served))
    assert differ == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed here")
def test_the_same_entries_as_gnu_msgfmt_writes(tmp_path: Path) -> None:
    babel_file = compile_catalog(CATALOG, tmp_path / "babel.mo")
    gnu_file = tmp_path / "gnu.mo"
    subprocess.run(
        ["msgfmt", "--check-format", "-o", str(gnu_file), str(CATALOG)], check=True, timeout=60
    )
    with babel_file.open("rb") as ours_handle, gnu_file.open("rb") as gnu_handle:
        ours, gnu = gettext.GNUTranslations(ours_handle), gettext.GNUTranslations(gnu_handle)
    # The header ("") differs only in the metadata Babel rewrites (dates, team); the plural
    # rule inside it is compared by choosing forms for a few counts.
    ours_entries = {k: v for k, v in ours._catalog.items() if k != ""}  # type: ignore[attr-defined]
    gnu_entries = {k: v for k, v in gnu._catalog.items() if k != ""}  # type: ignore[attr-defined]
    assert len(ours_entries) > 500
    assert ours_entries == gnu_entries
    counts = range(4)
    single, plural = "%(counter)s country or territory", "%(counter)s countries and territories"
    assert [ours.ngettext(single, plural, n) for n in counts] == [
        gnu.ngettext(single, plural, n) for n in counts
    ]


def test_a_placeholder_that_differs_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    broken = tmp_path / "es" / "LC_MESSAGES" / "django.po"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        "#, python-format\n"
        'msgid "Tier changes for %(scope)s"\nmsgstr "Cambios de nivel para %(alcance)s"\n',
        encoding="utf-8",
    )
    target = broken.with_suffix(".mo")
    target.write_bytes(b"the previous file")
    with pytest.raises(CatalogError, match=r"Tier changes for %\(scope\)s"):
        compile_catalog(broken)
    assert target.read_bytes() == b"the previous file"
    assert sorted(p.name for p in broken.parent.iterdir()) == ["django.mo", "django.po"]


def test_the_project_s_catalogs_are_found() -> None:
    assert list(catalogs_under([CATALOG.parents[2]])) == [CATALOG]

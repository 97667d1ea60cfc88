import pytest

from tests.members.factories import JoinPageFactory, MembershipTypeFactory
from tests.pages.factories import StandardPageFactory
from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401


@pytest.fixture
def membership_types(db):
    return [
        MembershipTypeFactory(name="Individual", slug="individual", annual_fee="30.00"),
        MembershipTypeFactory(
            name="Concession",
            name_es="Tarifa reducida",
            slug="concession",
            annual_fee="15.00",
            description="For students, the unwaged and pensioners.",
            description_es="Para estudiantes, personas sin empleo y jubilados.",
        ),
        MembershipTypeFactory(
            name="Organisation", slug="organisation", annual_fee="100.00", active=False
        ),
    ]


@pytest.fixture
def join_page(home, membership_types):  # noqa: F811
    privacy = StandardPageFactory(parent=home, title="Privacy notice", slug="privacy")
    return JoinPageFactory(parent=home, privacy_page=privacy)


@pytest.fixture
def spanish_join_page(join_page):
    """The join page's Spanish translation, at /es/join/, under the Spanish home page."""
    from wagtail.models import Locale

    spanish = Locale.objects.get_or_create(language_code="es")[0]
    home_es = join_page.get_parent().specific.copy_for_translation(spanish)
    home_es.save_revision().publish()
    page = join_page.copy_for_translation(spanish)
    page.title = "Hágase miembro"
    page.save_revision().publish()
    page.refresh_from_db()
    return page

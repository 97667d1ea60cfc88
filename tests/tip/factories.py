import factory
from factory.django import DjangoModelFactory

from tipwatch.tip.models import (
    BureauAssignment,
    Country,
    CountryAlias,
    Group,
    Placement,
    Report,
    SourceKind,
)


class CountryFactory(DjangoModelFactory[Country]):
    class Meta:
        model = Country
        django_get_or_create = ("iso3",)

    iso3 = factory.Sequence(lambda n: f"Q{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    name = factory.Sequence(lambda n: f"Country {n}")
    name_es = factory.LazyAttribute(lambda country: f"País {country.name}")


class CountryAliasFactory(DjangoModelFactory[CountryAlias]):
    class Meta:
        model = CountryAlias

    country = factory.SubFactory(CountryFactory)
    name = factory.Sequence(lambda n: f"Old name {n}")


class BureauAssignmentFactory(DjangoModelFactory[BureauAssignment]):
    class Meta:
        model = BureauAssignment

    country = factory.SubFactory(CountryFactory)
    bureau = "WHA"
    first_report_year = 2001
    last_report_year = None


class ReportFactory(DjangoModelFactory[Report]):
    class Meta:
        model = Report
        django_get_or_create = ("year",)

    year = factory.Sequence(lambda n: 2001 + n % 25)
    title = factory.LazyAttribute(lambda report: f"Trafficking in Persons Report {report.year}")


class PlacementFactory(DjangoModelFactory[Placement]):
    class Meta:
        model = Placement

    country = factory.SubFactory(CountryFactory)
    report = factory.SubFactory(ReportFactory)
    tier = "2"
    source_kind = SourceKind.DATASET
    source_name = "Test dataset"


class GroupFactory(DjangoModelFactory[Group]):
    class Meta:
        model = Group
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Group {n}")

    @factory.post_generation
    def members(self, create: bool, extracted: list[Country] | None, **kwargs: object) -> None:
        if create and extracted:
            # Parental relations are held in memory until the cluster is saved.
            self.members.set(extracted)
            self.save()  # type: ignore[attr-defined]

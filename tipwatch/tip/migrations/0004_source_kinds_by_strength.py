"""Source kinds by strength: official, verbatim copy, dataset, secondary, inferred.

The old kinds are mapped as the dataset build maps them (CODEBOOK.md, "Source kinds"):
`official_list` and `narrative_header` by the site the row was read on, `secondary_list` to
`secondary`, and every inferred row to `inferred`. Reloading the bundled dataset afterwards brings
each row to exactly what the files say.
"""

from urllib.parse import urlsplit

from django.db import migrations, models

# Frozen copies of the build script's lists, as they stood when this migration was written.
OFFICIAL_DOMAINS = (
    "state.gov",
    "usembassy.gov",
    "public-preview-server.prod.cstreetsandbox.com",
    "ait.org.tw",
    "federalregister.gov",
)
VERBATIM_DOMAINS = (
    "refworld.org",
    "unhcr.org",
    "ecoi.net",
    "regulations.justia.com",
    "regulations.vlex.com",
    "thefederalregister.org",
)


def _on(url, domains):
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return any(host == d or host.endswith("." + d) for d in domains)


def _new_kind(kind, url, inferred):
    if inferred:
        return "inferred"
    if kind == "secondary_list":
        return "secondary"
    if kind in ("official_list", "narrative_header"):
        if _on(url, OFFICIAL_DOMAINS):
            return "official"
        if _on(url, VERBATIM_DOMAINS):
            return "verbatim_copy"
        return "secondary"
    return kind


def _old_kind(kind, url, inferred):
    return {
        "official": "official_list",
        "verbatim_copy": "narrative_header",
        "secondary": "secondary_list",
        "inferred": "secondary_list",
    }.get(kind, kind)


def _convert(mapping):
    def run(apps, schema_editor):
        Placement = apps.get_model("tip", "Placement")
        changed = []
        for placement in Placement.objects.only("source_kind", "source_url", "inferred"):
            kind = mapping(placement.source_kind, placement.source_url, placement.inferred)
            if kind != placement.source_kind:
                placement.source_kind = kind
                changed.append(placement)
        Placement.objects.bulk_update(changed, ["source_kind"], batch_size=500)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("tip", "0003_data_version_from_explorer"),
    ]

    operations = [
        migrations.AlterField(
            model_name="placement",
            name="source_kind",
            field=models.CharField(
                choices=[
                    ("official", "Official (State Department)"),
                    ("verbatim_copy", "Verbatim copy of the report"),
                    ("dataset", "Research dataset"),
                    ("secondary", "Secondary source"),
                    ("inferred", "Inferred from lists and totals"),
                    ("report_import", "Imported from the report"),
                ],
                max_length=20,
            ),
        ),
        migrations.RunPython(_convert(_new_kind), _convert(_old_kind)),
        migrations.AddConstraint(
            model_name="placement",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("inferred", True), ("source_kind", "inferred")),
                    models.Q(
                        ("inferred", False),
                        models.Q(("source_kind", "inferred"), _negated=True),
                    ),
                    _connector="OR",
                ),
                name="inferred_iff_source_kind_inferred",
                violation_error_message="A placement is inferred exactly when its source kind "
                "is 'Inferred from lists and totals'.",
            ),
        ),
    ]

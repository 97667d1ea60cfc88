"""What the cluster scenario must not lose: row counts, members, placement tiers, live pages.

    SNAPSHOT_OUT=file.json python manage.py shell -c \
        "import runpy; runpy.run_path('deploy/test/snapshot.py', run_name='__main__')"
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from django.apps import apps
from wagtail.models import Page

from tipwatch.ingest.models import ImportRun
from tipwatch.members.models import Member
from tipwatch.tip.models import Placement

COUNTED = [
    "members.Member",
    "tip.Country",
    "tip.Report",
    "tip.Placement",
    "tip.Statistic",
    "tip.Narrative",
    "news.NewsPage",
    "wagtailcore.Page",
]


def main() -> None:
    snapshot = {
        "counts": {label: apps.get_model(label).objects.count() for label in COUNTED},
        "members": sorted(Member.objects.values_list("email", flat=True)),
        "placements": {str(pk): tier for pk, tier in Placement.objects.values_list("pk", "tier")},
        "live_pages": sorted(Page.objects.live().values_list("pk", flat=True)),
        "imports": [
            {"id": run.pk, "status": run.status, "error": run.error[:300]}
            for run in ImportRun.objects.order_by("pk")
        ],
        "task_results": _task_results(),
    }
    Path(os.environ["SNAPSHOT_OUT"]).write_text(json.dumps(snapshot, indent=1))


def _task_results() -> list[dict[str, str]]:
    model = apps.get_model("django_tasks_database", "DBTaskResult")
    return [
        {"id": str(row.pk), "status": str(row.status), "task": row.task_path}
        for row in model.objects.order_by("enqueued_at")
    ]


if __name__ == "__main__":
    main()

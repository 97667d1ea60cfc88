"""Benchmark the briefing composer and the claim check, warm, on a SQLite copy of the data.

    .venv/bin/python bench/briefings/bench.py [--repeat 30] [--db bench/out/briefings.sqlite3]

The database is created (migrate + load the bundled dataset) the first time, or with
--rebuild. Each measurement runs once to warm up, then --repeat times; the best and median
times are reported with the number of SQL queries one run makes
(django.test.utils.CaptureQueriesContext).

  (a) BriefingComposer().compose(Peru, 2015, latin-america, "en"), and in Spanish;
  (b) ClaimChecker(2015).check_text(ARTICLE), a 1,000-word English article with tier claims
      of every kind (a new checker per run, so nothing is cached between runs);
  (c) the same in Spanish.

Targets: (a) < 200 ms, (b) < 100 ms. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

BRIEFING_TARGET_MS = 200.0
CHECK_TARGET_MS = 100.0

PARAGRAPHS_EN = [
    "The {year} Trafficking in Persons Report, published by the US State Department, keeps "
    "Peru on Tier 2. Officials in Lima welcomed the decision, while campaigners said the "
    "government still falls short in several areas, from victim shelters to labour "
    "inspections in the Amazon. Peru has been on Tier 2 for nine consecutive years.",
    "Across the region the picture is mixed. Only Bolivia, Costa Rica and Venezuela are "
    "ranked below Tier 2 in Latin America, according to the report. Chile is the only Latin "
    "American country on Tier 1, as it has been for several years. Cuba was upgraded from "
    "Tier 3 to the Watch List, a move that surprised some observers in Washington.",
    "Costa Rica slipped from Tier 2 to the Watch List, and Haiti remains on the Watch List "
    "for the fourth consecutive year. Four Latin American countries are on the Watch List, "
    "and 14 of the 20 Latin American countries are on Tier 2. Worldwide, 23 countries were "
    "placed on Tier 3, among them Venezuela, Iran and North Korea.",
    "Our group has followed these reports since the first edition. Each year we read the "
    "chapter on Peru closely, compare it with what partners on the ground tell us, and write "
    "to members of parliament in London about what the findings mean for British policy. "
    "The report's recommendations on forced labour in illegal gold mining in Madre de Dios, "
    "on sex trafficking in mining camps and on the protection of child victims are, in our "
    "view, the most urgent. We also note that the number of convictions remains low compared "
    "with the number of victims identified by the police and by civil society groups.",
    "If Peru were downgraded to the Watch List next year, it would face closer scrutiny. "
    "Could the government do more? Campaigners say it could, and that the budget for victim "
    "services should rise. Bolivia was placed on the Watch List, Colombia is a Tier 1 "
    "country in later reports, and Mexico remained on Tier 2. Brazil is on Tier 2 as well.",
]
PARAGRAPHS_ES = [
    "El informe de {year} sobre la trata de personas del Departamento de Estado mantiene a "
    "Perú en el Nivel 2. Las autoridades celebraron la decisión, aunque las organizaciones "
    "civiles recuerdan que faltan albergues y controles laborales en la Amazonía. Perú se "
    "mantiene en el Nivel 2 por noveno año consecutivo.",
    "En la región el panorama es desigual. Solo Bolivia, Costa Rica y Venezuela están por "
    "debajo del Nivel 2 en América Latina. Chile es el único país latinoamericano en el "
    "Nivel 1. Cuba subió del Nivel 3 a la Lista de Vigilancia.",
    "Costa Rica descendió a la Lista de Vigilancia, y Haití sigue en la Lista de Vigilancia "
    "por cuarto año consecutivo. Catorce de los 20 países latinoamericanos están en el Nivel "
    "2, y 23 países quedaron en el Nivel 3 en todo el mundo.",
    "Nuestro grupo sigue estos informes desde la primera edición. Cada año leemos con "
    "atención el capítulo sobre Perú, lo comparamos con lo que nos cuentan nuestros socios y "
    "escribimos a los parlamentarios en Londres sobre lo que significa para la política "
    "británica. Las recomendaciones sobre el trabajo forzoso en la minería ilegal de oro en "
    "Madre de Dios y sobre la protección de las víctimas menores de edad son, a nuestro "
    "juicio, las más urgentes.",
    "Si Perú bajara a la Lista de Vigilancia el próximo año, estaría bajo mayor escrutinio. "
    "Bolivia figura en la Lista de Vigilancia, México se mantiene en el Nivel 2 y Brasil "
    "está en el Nivel 2.",
]


def article(paragraphs: list[str], words: int = 1000) -> str:
    """Paragraphs cycled (report years 2015, 2016, ...) until the text has `words` words."""
    out: list[str] = []
    count = 0
    cycle = 0
    while count < words:
        for paragraph in paragraphs:
            text = paragraph.format(year=2015 + cycle % 2)
            out.append(text)
            count += len(text.split())
            if count >= words:
                break
        cycle += 1
    return "\n\n".join(out)


def measure(label: str, run: Callable[[], Any], repeat: int) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    run()  # warm up
    with CaptureQueriesContext(connection) as queries:
        result = run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return {
        "label": label,
        "best_ms": min(times),
        "median_ms": statistics.median(times),
        "queries": len(queries),
        "result": result,
    }


def prepare(db: Path, rebuild: bool) -> None:
    from django.core.management import call_command

    if rebuild and db.exists():
        db.unlink()
    fresh = not db.exists()
    call_command("migrate", verbosity=0)
    from tipwatch.tip.models import Placement

    if fresh or not Placement.objects.exists():
        call_command("load_tip_data", verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "briefings.sqlite3")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    args.db.parent.mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{args.db.resolve()}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.dev")
    import django

    django.setup()
    prepare(args.db, args.rebuild)

    from tipwatch.briefings.composer import BriefingComposer
    from tipwatch.briefings.verify import ClaimChecker
    from tipwatch.tip.models import Country, Group

    peru = Country.objects.get(iso3="PER")
    group = Group.objects.get(slug="latin-america")
    text_en, text_es = article(PARAGRAPHS_EN), article(PARAGRAPHS_ES)

    rows = [
        measure(
            "briefing, Peru 2015 (en)",
            lambda: BriefingComposer().compose(peru, 2015, group, "en"),
            args.repeat,
        ),
        measure(
            "briefing, Peru 2015 (es)",
            lambda: BriefingComposer().compose(peru, 2015, group, "es"),
            args.repeat,
        ),
        measure(
            f"claim check, {len(text_en.split())}-word article (en)",
            lambda: ClaimChecker(2015).check_text(text_en, "en"),
            args.repeat,
        ),
        measure(
            f"claim check, {len(text_es.split())}-word article (es)",
            lambda: ClaimChecker(2015).check_text(text_es, "es"),
            args.repeat,
        ),
    ]
    targets = [BRIEFING_TARGET_MS, BRIEFING_TARGET_MS, CHECK_TARGET_MS, CHECK_TARGET_MS]

    print(f"Database: {args.db} (SQLite); {args.repeat} warm runs each\n")
    print("| measurement | best ms | median ms | queries | target | |")
    print("|---|---:|---:|---:|---:|---|")
    missed = False
    for row, target in zip(rows, targets, strict=True):
        ok = row["median_ms"] < target
        missed |= not ok
        print(
            f"| {row['label']} | {row['best_ms']:.1f} | {row['median_ms']:.1f} | "
            f"{row['queries']} | < {target:.0f} | {'ok' if ok else 'MISSED'} |"
        )
    for row in rows[2:]:
        counts = row["result"].counts()
        print(f"\n{row['label']}: {len(row['result'].claims)} claims, {counts}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()

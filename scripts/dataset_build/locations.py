"""Where the build writes: the application's dataset folder, and the hand-found wording in it."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = REPO_ROOT / "tipwatch" / "tip" / "data"
# The report's own words found by hand, one row per narrative: an input kept in the repository
# (CODEBOOK.md, "report_wording.csv"), merged in by scripts/merge_report_wording.py.
WORDING_TABLE = OUT_DIR / "sources" / "report_wording.csv"

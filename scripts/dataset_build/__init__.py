"""The build of tipwatch's cleaned tier dataset, run by `scripts/build_dataset.py`.

Standard library only. The quote checks and the dataset's file layout are shared with the
application's dataset reader (`tipwatch.tip.services.report_wording` and `dataset_files`), which
are standard library only as well; putting the repository root on the path lets the build run on
a bare Python, without the project installed.
"""

import sys

from .locations import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT))

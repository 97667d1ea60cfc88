#!/usr/bin/env python3
"""Build tipwatch's own cleaned copy of the TIP Report tier data.

A development-time tool. It reads the research files under the shared source folder
(default ``../shared/data/tip`` relative to the repository root) and writes CSV files into
``tipwatch/tip/data/``. The application never reads the source folder at run time; it only
reads the files written here.

Run from anywhere:

    python scripts/build_dataset.py [--source PATH]

The output is deterministic (sorted rows, UTF-8, LF line endings): re-running it on the same
sources produces byte-identical files. A self-check runs at the end and exits non-zero on any
failure. See tipwatch/tip/data/CODEBOOK.md for what every file and column means.

The build itself is the package scripts/dataset_build/, one module per concern; this file only
runs it. Standard library only.
"""

import sys
from pathlib import Path

# Run as a script, this folder is on the path already; loaded by file location it is not.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dataset_build.command_line import main

if __name__ == "__main__":
    sys.exit(main())

import os

import django

from tipwatch.core.malloc import fix_mmap_threshold

# Before anything large is allocated: freed large blocks go back to the system
# (tipwatch/core/malloc.py).
fix_mmap_threshold()

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.production")

# As django.core.wsgi.get_wsgi_application, with the handler that answers repeated cache hits
# before Django handles them (tipwatch/tip/early_hits.py).
django.setup(set_prefix=False)

from tipwatch.tip.early_hits import EarlyHitsHandler  # noqa: E402

application = EarlyHitsHandler()

# Read the code's release (a digest of the package's files) once here: gunicorn loads this
# module before forking, so the workers share the answer instead of each hashing the files.
from tipwatch.core.release import code_release  # noqa: E402

code_release()

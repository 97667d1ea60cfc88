import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.production")

application = get_wsgi_application()

# Read the code's release (a digest of the package's files) once here: gunicorn loads this
# module before forking, so the workers share the answer instead of each hashing the files.
from tipwatch.core.release import code_release  # noqa: E402

code_release()

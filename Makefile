# Everything a developer or CI runs. Needs only Python 3.11, git and make on the machine.
PYTHON ?= python3
UV_VERSION := 0.13.8
UV := .tools/bin/uv
PORT ?= 8000
PYTEST_ARGS ?=
TEST_WORKERS ?= auto

.PHONY: install run test lint types check browser messages clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Bytecode is compiled at install time, the project's own modules too (uv compiles only what it
# installs, and tipwatch is installed editable): with PYTHONDONTWRITEBYTECODE set (containers,
# some service managers) every command would otherwise compile Django, Wagtail and tipwatch
# afresh at start-up.
# The catalogs are compiled with Babel (`compile_catalogs`), not Django's `compilemessages`, which
# needs GNU gettext's msgfmt on the machine: installing needs nothing but Python.
install: $(UV)
	$(UV) sync --frozen --quiet --compile-bytecode
	$(UV) run python -m compileall -q tipwatch
	$(UV) run python manage.py compile_catalogs -v 0

# Folders that hold no interface strings of ours (the environments hold other projects' catalogs).
NOT_OURS := --ignore=.venv --ignore=.tools --ignore=var --ignore=tests --ignore=bench --ignore=scripts --ignore=docs

## Extract the interface strings into the Spanish catalog; then translate every new entry.
## Extraction (makemessages) runs GNU gettext's xgettext and msgmerge: only translators need it.
messages: install
	$(UV) run python manage.py makemessages -l es --add-location=file $(NOT_OURS)

## Install, create or update the database, load the data and demo site, and serve it.
run: install
	$(UV) run tipwatch setup --demo --port $(PORT)
	$(UV) run tipwatch serve --port $(PORT)

## Run the whole test suite (browser tests included) on SQLite, or on DATABASE_URL if set.
test: install browser
	$(UV) run pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

## Debian's Chromium for the browser tests (Playwright cannot download browsers here).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; \
		else \
			echo "Install Debian's chromium package (sudo apt-get install chromium) for the browser tests." >&2; exit 1; \
		fi; \
	fi

lint: install
	$(UV) run ruff check .
	$(UV) run ruff format --check .

types: install
	$(UV) run mypy tipwatch tests

check: install
	$(UV) run python manage.py check --fail-level WARNING
	$(UV) run python manage.py makemigrations --check --dry-run

clean:
	rm -rf .tools .venv var test-artefacts .pytest_cache .mypy_cache .ruff_cache

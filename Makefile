# The two commands a newcomer needs: `make run` and `make test`. Everything else is their parts.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# WeasyPrint (the reports' PDFs) needs Pango and HarfBuzz's subsetter, and a font with every letter of
# the five languages (DejaVu).
APT_PDF := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
APT_RUN := gettext libmagic1 $(APT_PDF)
# Tools the tests run, as command=package; only the missing ones are installed (npm is asked for only when
# there is no npm: a Node.js from NodeSource carries its own and conflicts with Debian's).
TEST_TOOLS := chromium=chromium docker-compose=docker-compose wrk=wrk java=openjdk-17-jre-headless node=nodejs npm=npm
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/buicasus
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0
# Worker N of the tests uses the Redis database N above TEST_REDIS_URL's (Redis has 16).
TEST_WORKERS ?= 2

.PHONY: run test check bench lint messages catalogues system-run system-test services-check clean

run: system-run $(VENV)/.runtime messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_buicasus
	$(MANAGE) ensure_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

# The whole suite, in TEST_WORKERS processes (pytest-xdist, an idle one taking tests from the other;
# each has its own test database and Redis database), under coverage: the report lists the files
# below 100 % and ends with the total.
test: system-test $(VENV)/.dev node_modules/.installed messages services-check lint
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)} \
		$(BIN)/pytest --create-db -n $(TEST_WORKERS) --dist worksteal --cov --cov-report=term

# The edit-test loop: ruff and the unit tests, without the browser (e2e) and the slow ones.
check: system-test $(VENV)/.dev node_modules/.installed messages services-check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)} \
		$(BIN)/pytest --create-db -n $(TEST_WORKERS) -m "not e2e and not slow"

# The library's speed at 1,000, 10,000 and 100,000 cases; see bench/README.md.
bench: system-test $(VENV)/.dev messages services-check
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)} \
		$(BIN)/python bench/run.py $(BENCH_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/python -m tests.catalogues

messages: $(VENV)/.runtime
	cd . && $(BIN)/python manage.py compilemessages --ignore=.venv -v 0

# After changing strings: extract them into the four catalogues (without source locations, so a
# moved string changes no catalogue), then translate what is new and run `make messages`.
catalogues: $(VENV)/.runtime
	$(MANAGE) makemessages -l sv -l lv -l es -l fr --ignore=.venv --ignore=tests --ignore=node_modules \
		--no-obsolete --no-location

services-check: $(VENV)/.dev
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(TEST_REDIS_URL)} \
		$(BIN)/python -m tests.services

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

# The validators the quality harness runs (tests/quality): the Nu HTML checker and axe-core, pinned
# in package-lock.json; no install script runs (the Nu checker uses Debian's Java).
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

# System packages come from apt-get, installed only when something is missing.
HAS_LIBMAGIC := /sbin/ldconfig -p | grep -q 'libmagic\.so\.1 '
HAS_PDF := /sbin/ldconfig -p | grep -q 'libpangoft2-1\.0\.so\.0 ' && /sbin/ldconfig -p | grep -q 'libharfbuzz-subset\.so\.0 ' \
	&& test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
system-run:
	@if ! command -v msgfmt >/dev/null || ! $(HAS_LIBMAGIC) || ! ( $(HAS_PDF) ); then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_RUN); \
	fi
	@# The Latvian dictionary of the library's search, for a PostgreSQL server on this machine.
	@if ls -d /usr/share/postgresql/*/tsearch_data >/dev/null 2>&1 && \
		! ls /usr/share/postgresql/*/tsearch_data/lv_lv_unaccent.dict >/dev/null 2>&1; then \
		sh deploy/postgres/latvian-dictionary.sh; \
	fi

system-test: system-run
	@missing=""; for tool in $(TEST_TOOLS); do \
		command -v $${tool%%=*} >/dev/null || missing="$$missing $${tool#*=}"; \
	done; \
	if [ -n "$$missing" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles .pytest_cache .ruff_cache

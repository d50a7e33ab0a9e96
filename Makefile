# Two commands for a newcomer: `make run` and `make test`. Each step runs only when its inputs
# changed, so a second `make run` starts the server at once.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
SITE_STAMP := $(VENV)/.site-installed
TEST_STAMP := $(VENV)/.test-installed
ENGINE_STAMP := $(VENV)/.engine-installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: backup restore run serve test install catalogs system-packages demo demo-messages messages clean search-engine search-engine-stop object-store object-store-stop cluster cluster-stop search-engine-es8 search-engine-es8-stop system-deps browser-tools audit

# --- Python packages: the site's own for `make run`, the test tools (Playwright...) for `make test`.
$(SITE_STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet .
	touch $@

$(TEST_STAMP): $(SITE_STAMP)
	$(BIN)/python -m pip install --quiet ".[test,engine]"
	touch $@

# The search engines' clients, for the cluster (OpenSearch) without the test tools.
$(ENGINE_STAMP): $(SITE_STAMP)
	$(BIN)/python -m pip install --quiet ".[engine]"
	touch $@

install: $(SITE_STAMP)

# --- Debian packages the PDFs need (WeasyPrint's libraries, Latin, Arabic and Chinese fonts), when missing.
system-packages:
	@bash scripts/install-system-deps.sh site

# --- Interface catalogs, compiled with polib when a .po file changes.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po locale/*/LC_MESSAGES/djangojs.po))
%.mo: %.po $(SITE_STAMP)
	$(BIN)/python scripts/compile_catalogs.py $<

catalogs: $(MO_FILES)

# --- The demo database: migrated and filled once, again only when migrations or demo content change.
DEMO_INPUTS := $(wildcard */migrations/0*.py demo/*.py demo/data/* demo/catalogues/*/LC_MESSAGES/*.po) $(SITE_STAMP) $(MO_FILES)
ifeq ($(strip $(DATABASE_URL)),)
DEMO_DATABASE := db.sqlite3
$(DEMO_DATABASE): $(DEMO_INPUTS)
	$(MANAGE) migrate --noinput --verbosity 0
	$(MANAGE) load_demo
	$(MANAGE) generate_renditions
	touch $@
else
DEMO_DATABASE := demo
endif

demo: $(SITE_STAMP) $(MO_FILES)
	$(MANAGE) migrate --noinput --verbosity 0
	$(MANAGE) load_demo
	$(MANAGE) generate_renditions

# The web server and the background worker (bulk translations, scheduled publishing), stopped together.
run: system-packages $(DEMO_DATABASE)
	@echo "Serving http://$(HOST):$(PORT)/ with the background worker (Ctrl-C to stop)"
	$(BIN)/python scripts/run_together.py "web=$(MANAGE) runserver $(HOST):$(PORT)" "worker=$(MANAGE) run_worker"

# The suite runs on every core (pytest-xdist; tests/conftest.py keeps each shared build on one worker);
# TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= auto
test: $(TEST_STAMP) system-packages $(MO_FILES)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup $(if $(filter true,$(CI)),-m "",) $(PYTEST_ARGS)

# --- The production settings under gunicorn, on this machine (plain HTTP, so secure-only cookies are off).
PRODUCTION_ENV = DJANGO_SETTINGS_MODULE=vivapolis.settings.production SECRET_KEY="$${SECRET_KEY:-$$(cat tmp/secret_key)}" \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SERVE_MEDIA=true
STATIC_SOURCES := $(shell find static */static -type f 2>/dev/null)

tmp/secret_key: | $(SITE_STAMP)
	mkdir -p tmp
	$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

staticfiles/staticfiles.json: $(STATIC_SOURCES) $(SITE_STAMP) tmp/secret_key
	$(PRODUCTION_ENV) $(MANAGE) collectstatic --noinput --verbosity 0
	touch $@

serve: system-packages $(DEMO_DATABASE) staticfiles/staticfiles.json
	$(PRODUCTION_ENV) $(BIN)/python scripts/run_together.py \
		"web=$(BIN)/gunicorn -c vivapolis/gunicorn.py --bind $(HOST):$(PORT)" "worker=$(MANAGE) run_worker"

# The database and the media in one archive (README, "Backup and restore"); `make restore FILE=backups/...tar.gz`.
backup: $(SITE_STAMP)
	$(MANAGE) backup $(if $(FILE),--output $(FILE),)

restore: $(SITE_STAMP)
	@test -n "$(FILE)" || { echo "Which archive? make restore FILE=backups/vivapolis-....tar.gz"; exit 1; }
	$(MANAGE) restore $(FILE)

messages: $(SITE_STAMP)
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=tmp --ignore=node_modules --ignore=bench

# The demo catalogues (demo/catalogues) brought up to date with the French texts of demo/data, like msgmerge.
demo-messages: $(SITE_STAMP)
	$(MANAGE) demo_messages

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles tmp locale/*/LC_MESSAGES/*.mo

search-engine:
	scripts/search-engine.sh start

search-engine-stop:
	scripts/search-engine.sh stop

# The production topology on this machine: Varnish, HAProxy, two app servers, the worker, PostgreSQL, Redis,
# S3Proxy and two OpenSearch nodes, all on 127.0.0.1 (docs/deployment.md). State in tmp/cluster/.
cluster: $(ENGINE_STAMP) $(MO_FILES)
	scripts/cluster/cluster.sh start

cluster-stop:
	scripts/cluster/cluster.sh stop

# Elasticsearch 8 on 127.0.0.1:9201 (SEARCH_URL=http://127.0.0.1:9201 SEARCH_BACKEND=elasticsearch8).
search-engine-es8:
	scripts/search-engine.sh start elasticsearch

search-engine-es8-stop:
	scripts/search-engine.sh stop elasticsearch

# S3Proxy, an S3-compatible object store for the media, on 127.0.0.1:8081 (README, "Media storage"); it prints
# the MEDIA_STORAGE_URL to use.
object-store:
	scripts/s3proxy.sh start

object-store-stop:
	scripts/s3proxy.sh stop

# Every Debian package of the project: the site's, and chromium for the browser tests and `make audit`. Needs root.
system-deps:
	bash scripts/install-system-deps.sh all

# axe-core and Lighthouse from npm, pinned by package-lock.json; no browser download (Debian's chromium is used).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

browser-tools: $(NODE_STAMP)

# Lighthouse's four scores for the main page types (production settings, demo content).
audit: $(DEMO_DATABASE) $(NODE_STAMP)
	$(BIN)/python scripts/lighthouse_audit.py

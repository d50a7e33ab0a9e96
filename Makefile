# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate messages compilemessages demo serve search-engine search-engine-stop clean system-deps browser-tools audit

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test,engine]"
	touch $(STAMP)

install: $(STAMP)

compilemessages: $(STAMP)
	@command -v msgfmt >/dev/null 2>&1 || { echo "msgfmt is needed to compile the catalogs: apt-get install gettext"; exit 1; }
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

migrate: $(STAMP)
	$(MANAGE) migrate --noinput --verbosity 0

demo: migrate compilemessages
	$(MANAGE) load_demo
	$(MANAGE) generate_renditions

run: demo
	@$(BIN)/python -c "import weasyprint" >/dev/null 2>&1 || echo "PDF downloads are off: WeasyPrint's system libraries are missing. Install them with: sudo make system-deps (or, as root: bash scripts/install-system-deps.sh)"
	@echo "Serving http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(STAMP) compilemessages
	$(BIN)/python -m pytest $(if $(filter true,$(CI)),-m "",) $(PYTEST_ARGS)

# The production settings under gunicorn, on this machine (plain HTTP, so secure-only cookies are off).
PRODUCTION_ENV = DJANGO_SETTINGS_MODULE=vivapolis.settings.production SECRET_KEY="$${SECRET_KEY:-$$(cat tmp/secret_key)}" \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SERVE_MEDIA=true

serve: demo
	test -s tmp/secret_key || { mkdir -p tmp; $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > tmp/secret_key; }
	$(PRODUCTION_ENV) $(MANAGE) collectstatic --noinput --verbosity 0
	$(PRODUCTION_ENV) $(BIN)/gunicorn vivapolis.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

messages: $(STAMP)
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=tmp --ignore=node_modules --ignore=bench

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles tmp

search-engine:
	scripts/search-engine.sh start

search-engine-stop:
	scripts/search-engine.sh stop

# Debian packages: WeasyPrint's libraries and fonts (PDFs), chromium (browser tests, audit). Needs root.
system-deps:
	bash scripts/install-system-deps.sh

# axe-core and Lighthouse from npm, pinned by package-lock.json; no browser download (Debian's chromium is used).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

browser-tools: $(NODE_STAMP)

# Lighthouse's four scores for the main page types (production settings, demo content).
audit: demo $(NODE_STAMP)
	$(BIN)/python scripts/lighthouse_audit.py

# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
TOOLGEN := $(VENV)/bin/toolgen
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench dashboard chromium clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev,live,e2e,hf,mcp,ray]"
	$(PY) -m pip install -q --no-deps "bfcl-eval==2026.3.23"
	touch $(STAMP)

run: $(STAMP)
	$(TOOLGEN) build -o output/artifacts
	$(TOOLGEN) generate --offline -n 100 --seed 42 -o output/conversations_seed42.jsonl
	$(TOOLGEN) evaluate output/conversations_seed42.jsonl
	$(TOOLGEN) analyze output/conversations_seed42.scored.jsonl
	@echo "output: output/conversations_seed42.jsonl (scored: output/conversations_seed42.scored.jsonl, graph: output/artifacts)"

test: $(STAMP) chromium dashboard
	$(PY) -m ruff check src tests bench scripts
	$(PY) -m mypy
	TOOLGEN_REQUIRE_BROWSER=1 $(PY) -m pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(PY) -m ruff check src tests bench scripts

typecheck: $(STAMP)
	$(PY) -m mypy

# The dashboard app (React + Vite): reinstall when the lockfile changes, rebuild when a
# source changes. The browser tests serve dashboard/dist.
DASHBOARD_SRC := $(shell find dashboard/src -type f 2>/dev/null) dashboard/index.html \
	dashboard/vite.config.ts dashboard/tsconfig.json dashboard/package.json
dashboard/node_modules/.package-lock.json: dashboard/package-lock.json
	cd dashboard && npm ci --no-audit --no-fund
dashboard/dist/index.html: dashboard/node_modules/.package-lock.json $(DASHBOARD_SRC)
	cd dashboard && npm run build
dashboard: dashboard/dist/index.html

# Debian's Chromium for the browser tests (never `playwright install`: no downloads here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf $(VENV) output .pytest_cache .mypy_cache .ruff_cache

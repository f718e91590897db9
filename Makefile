# Two commands on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= dyad.db

.PHONY: demo test lint eval bench install dev system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/dyad demo --db $(DB)

# Browser tests drive Debian's chromium through Playwright (no browser download); the
# PostgreSQL tests start a throw-away cluster with Debian's server programs.
# Each is skipped, with a reason, when it cannot be installed.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages for the browser and PostgreSQL tests:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	  || (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	  || echo "could not install$$missing: those tests will be skipped"; \
	fi

test: dev system-deps
	$(BIN)/ruff check dyad tests
	$(BIN)/mypy dyad
	$(BIN)/pytest

lint: dev
	$(BIN)/ruff check dyad tests
	$(BIN)/mypy dyad

eval: dev
	$(BIN)/dyad eval tests/gold/*.json
	$(BIN)/dyad audit tests/audit/judged_records.json

$(VENV)/.installed-bench: $(VENV)/.installed-dev
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $@

# BENCH_ARGS="--quick" for a shorter run
bench: $(VENV)/.installed-bench
	$(BIN)/python -m dyad.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache

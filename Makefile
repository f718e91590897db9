# Two commands on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= dyad.db

.PHONY: demo test lint eval bench install dev browser clean

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

# Browser tests drive Debian's chromium through Playwright (no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium: browser tests will be skipped"; }

test: dev browser
	$(BIN)/ruff check dyad tests
	$(BIN)/mypy dyad
	$(BIN)/pytest

lint: dev
	$(BIN)/ruff check dyad tests
	$(BIN)/mypy dyad

eval: dev
	$(BIN)/dyad eval tests/gold/*.json

$(VENV)/.installed-bench: $(VENV)/.installed-dev
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $@

# BENCH_ARGS="--quick" for a shorter run
bench: $(VENV)/.installed-bench
	$(BIN)/python -m dyad.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache

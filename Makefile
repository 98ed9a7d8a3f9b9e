# Everything a fresh machine needs, from this file: `make demo`, `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test lint install system-deps bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

install: $(STAMP)

## The main job: analyse the bundled sample articles and show the ledger.
demo: $(STAMP)
	$(VENV)/bin/quidit demo

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy

system-deps:
	bash scripts/system-deps.sh

## The whole test suite, with lint and type checks first.
test: system-deps lint
	$(VENV)/bin/pytest

bench: $(STAMP)
	$(PY) bench/accuracy.py
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

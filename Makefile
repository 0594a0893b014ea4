# power1000 — the two commands of the quick start are `make report` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXPORTS ?= data/sample
OUT ?= report

.PHONY: help install report test lint typecheck check sample bench clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/power1000: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/power1000  ## create .venv and install the package with its test tools

report: install  ## render the report for EXPORTS (default: the sample) into OUT/index.html
	$(BIN)/power1000 report $(EXPORTS) --out $(OUT)

test: install  ## run the whole test suite (what CI runs)
	$(BIN)/python -m pytest -n 2 -q

lint: install  ## ruff check + format check
	$(BIN)/ruff check power1000_analysis tests bench
	$(BIN)/ruff format --check power1000_analysis tests bench

typecheck: install  ## mypy on the package
	$(BIN)/mypy

check: lint typecheck test  ## everything CI cares about

sample: install  ## regenerate data/sample with the default seed
	$(BIN)/power1000 sample --out data/sample

bench: install  ## run the benchmarks against their baselines (slow; results in bench/README.md)
	$(BIN)/python -m bench

clean:  ## remove the virtual environment, caches and the rendered report
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache

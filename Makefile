# Two commands do everything on a fresh machine with only python3 and make:
#   make run   - create .venv, install, ingest samples/ into output/, print a summary
#   make test  - install what the tests need, lint, run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench accuracy lint notebook clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,bench,dask,notebook]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/committee-papers ingest samples --out output
	$(BIN)/committee-papers evaluate output --gold samples/gold | tail -n 1

lint: $(STAMP)
	$(BIN)/ruff check pipeline extractors schemas tests bench

test: $(STAMP) lint
	$(BIN)/python -m pytest

notebook: $(STAMP)
	@test -f output/actions.parquet || $(MAKE) run
	$(BIN)/python -m pipeline.report output --html output/cross_council_benchmarking.html

bench: $(STAMP)
	$(BIN)/python bench/run.py

accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py all

clean:
	rm -rf $(VENV) output/*.parquet output/*.csv output/*.duckdb

# claimdiff — `make report` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
SOURCES ?= fixtures/seeds

.PHONY: report test lint venv bench clean native

$(VENV)/.stamp-base: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: $(VENV)/.stamp-base pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.stamp-base

report: $(VENV)/.stamp-base
	@mkdir -p build
	$(VENV)/bin/claimdiff report $(SOURCES) -o build/report.html
	$(VENV)/bin/claimdiff compare $(SOURCES) --format json -o build/findings.json

lint: $(VENV)/.stamp-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: lint
	$(PY) -m pytest

# The extraction's and the matcher's hottest modules compiled with mypyc (claims/native.py): optional, used by the CLI
# only while claims/ and matcher/ are the source it was built from; the tests run the Python source.
native: $(VENV)/.stamp-test
	$(PY) -c 'from claims.native import build; build()'

bench: $(VENV)/.stamp-test
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/match.py
	$(PY) benchmarks/peer_values.py
	$(PY) benchmarks/run.py --quick

clean:
	rm -rf build .pytest_cache .hypothesis

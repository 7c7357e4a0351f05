# The two commands the README leads with: `make run` and `make test`.
# Both create .venv from the lock file on first use (and again when it changes).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-from-lock
SOURCES := cramp_desktop tests benchmarks scripts

.PHONY: run test lint typecheck check screenshots benchmark lock clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/cramp-desktop

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check $(SOURCES)
	$(VENV)/bin/ruff format --check $(SOURCES)

typecheck: $(STAMP)
	$(VENV)/bin/mypy cramp_desktop

check: lint typecheck test

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py build/screenshots

benchmark: $(STAMP)
	$(PY) benchmarks/startup.py
	$(PY) benchmarks/import_history.py
	$(PY) benchmarks/history_screen.py

# Re-pin every dependency (needs the package index); commit requirements.lock afterwards.
lock: $(STAMP)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --extra dev --generate-hashes --strip-extras \
		--no-emit-find-links --no-emit-index-url --allow-unsafe -o requirements.lock pyproject.toml

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache

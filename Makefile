# The two commands the README leads with: `make run` and `make test`.
# Both create .venv from the lock file on first use (and again when it changes).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-from-lock
SOURCES := cramp_desktop tests benchmarks scripts installer

.PHONY: a11y run test lint typecheck check screenshots benchmark lock clean icons dist windows-installer \
	installer-locks translations qm

# Translations: the .ts files are committed (edit them in Qt Linguist); the .qm files the
# app loads are built from them by run, test and dist.
TS := $(wildcard translations/cramp_desktop_*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(VENV)/bin/cramp-desktop

test: $(STAMP) $(QM)
	$(PY) -m pytest -q

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# Collect every translatable string of the source into the .ts files (no line numbers,
# so diffs stay small), then rebuild the .qm files.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find cramp_desktop -name '*.py' | sort) \
		-locations none -no-obsolete -ts $(TS)
	$(MAKE) qm

lint: $(STAMP)
	$(VENV)/bin/ruff check $(SOURCES)
	$(VENV)/bin/ruff format --check $(SOURCES)
	$(VENV)/bin/lint-imports --no-cache  # the layer contracts in pyproject.toml

typecheck: $(STAMP)
	$(VENV)/bin/mypy cramp_desktop

check: lint typecheck test

# The AT-SPI tree of every screen under Xvfb (needs the Debian packages .ci/run installs).
a11y: $(STAMP) $(QM)
	/usr/bin/python3 scripts/a11y_tree.py --python $(PY)

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py build/screenshots

benchmark: $(STAMP)
	$(PY) benchmarks/startup.py
	$(PY) benchmarks/import_history.py
	$(PY) benchmarks/history_screen.py
	$(PY) benchmarks/report.py

# Re-pin every dependency (needs the package index); commit requirements.lock afterwards.
lock: $(STAMP)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --extra dev --generate-hashes --strip-extras \
		--no-emit-find-links --no-emit-index-url --allow-unsafe -o requirements.lock pyproject.toml

# Installers (README "Build installers"). The same steps run in
# .github/workflows/build-installers.yml on Windows and macOS.
DIST := dist/cramp-desktop
VERSION = $(shell $(PY) installer/app_info.py version)

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) installer/make_icons.py build/icons

# The one-folder app (PyInstaller) with its licences (and on Linux its desktop file,
# icons and install.sh), its size, and the frozen smoke test: --version, import-csv,
# --smoke-test and export-pdf, offscreen, in a temporary data folder.
dist: $(STAMP) $(QM) icons
	$(PY) installer/third_party_licenses.py build/licenses
	@start=$$(date +%s); \
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/cramp-desktop.spec && \
	echo "PyInstaller: built $(DIST) in $$(( $$(date +%s) - start )) s"
	if [ "$$(uname -s)" = Linux ]; then \
		$(PY) installer/trim_icu.py $(DIST) && \
		$(PY) installer/linux_desktop.py $(DIST) build/icons; \
	fi
	$(PY) installer/check_bundle.py $(DIST) --max-mb 130

# Compiles the NSIS script against the bundle in $(DIST) to prove that it builds. On
# Linux the result is NOT a usable Windows installer (it holds the Linux program), so
# it goes to build/, not dist/; CI makes the real one on Windows.
windows-installer: icons
	@command -v makensis >/dev/null || { echo "makensis not found: apt-get install nsis"; exit 1; }
	@test -x $(DIST)/cramp-desktop || test -f $(DIST)/cramp-desktop.exe || $(MAKE) dist
	mkdir -p build/windows-installer
	makensis -V2 -WX -DVERSION=$(VERSION) \
		-DWIN_VERSION=$$($(PY) installer/app_info.py windows-version) \
		-DBUNDLE_DIR=$(CURDIR)/$(DIST) -DICON=$(CURDIR)/build/icons/app.ico \
		-DOUT_FILE=$(CURDIR)/build/windows-installer/LegCrampCompanion-$(VERSION)-setup.exe \
		installer/windows/cramp-desktop.nsi
	@ls -l build/windows-installer/LegCrampCompanion-$(VERSION)-setup.exe

# Pins for what only Windows or macOS needs (see installer/*/requirements.in); run after
# `make lock`, commit both.
installer-locks: $(STAMP)
	$(PY) -m pip install --quiet pip-tools
	for os in windows macos; do \
		$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --no-emit-find-links \
			--no-emit-index-url --allow-unsafe -o installer/$$os/requirements.lock \
			installer/$$os/requirements.in || exit 1; \
	done

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache

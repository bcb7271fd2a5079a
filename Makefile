# portcheck: the two set-up commands are `make demo` and `make test`.
# Each installs what is missing (GNU Octave and its signal package through
# apt-get when run as root), creates .venv, installs the package into it, then runs.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.portcheck-installed
APT    := DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends

.PHONY: demo test octave venv bench diagnose-eval clean

demo: octave venv
	$(BIN)/portcheck compare nnCost

test: octave venv
	$(BIN)/python -m pytest -n 2 -q

octave:
	@if command -v octave-cli >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "make: installing GNU Octave (Debian package 'octave') ..."; \
		apt-get update -q && $(APT) octave; \
	else \
		echo "make: GNU Octave is missing. Install it with: sudo apt-get install octave   (then run make again)" >&2; \
		exit 2; \
	fi
	@# The tests of package references (resample) need Octave's signal package; without root they are skipped.
	@if octave-cli --no-gui -q --eval "pkg load signal" >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "make: installing Octave's signal package (Debian package 'octave-signal') ..."; \
		(apt-get update -q && $(APT) octave-signal) || echo "make: octave-signal could not be installed; its tests are skipped" >&2; \
	else \
		echo "make: Octave's signal package is missing (sudo apt-get install octave-signal); its tests are skipped" >&2; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then apt-get update -q && $(APT) python3-venv python3-pip; \
		else echo "make: Python's venv module is missing. Install it with: sudo apt-get install python3-venv" >&2; exit 2; fi; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	@# the distribution was called 'portcheck' before 'octave-portcheck': drop an old editable install of it
	$(BIN)/python -m pip uninstall -q -y portcheck 2>/dev/null || true
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

bench: octave venv
	$(BIN)/python bench/run_all.py

# The old mutants (regression), then the wild corpus (the accuracy measure); CORPUS=dir for another corpus.
CORPUS ?=
diagnose-eval: octave venv
	@$(BIN)/python -m tests.mutants.evaluate; m=$$?; \
	$(BIN)/python -m tests.wild.evaluate $(CORPUS); w=$$?; \
	$(BIN)/python -m tests.wild.trace_eval; t=$$?; \
	exit $$(( m || w || t ))

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

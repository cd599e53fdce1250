# Two entry points for a fresh machine (see README.md):
#   make run    set up .venv and run the main job on the bundled sample corpus -> out/
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: setup setup-dev run test corpus bench clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

run: setup
	$(PY) cli.py run corpora/sample --out out; code=$$?; [ $$code -le 1 ] || exit $$code

test: setup-dev
	$(PY) -m pytest -q

corpus: setup
	$(PY) corpora/generate.py

clean:
	rm -rf out .pytest_cache

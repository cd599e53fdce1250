# Two entry points for a fresh machine (see README.md):
#   make run    set up .venv and run the main job on the bundled sample corpus -> out/
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: setup setup-dev setup-browser setup-ocr run test corpus bench clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed setup-ocr
setup-dev: $(VENV)/.installed-dev setup-ocr

# Tesseract, to OCR pages without a text layer (Debian's `tesseract-ocr`). Idempotent: nothing to
# do when tesseract is on PATH. Installs with apt-get when run as root (CI is); never fails the
# build: without it scanned pages are flagged "OCR needed" and the OCR test skips saying why.
setup-ocr:
	@if command -v tesseract >/dev/null 2>&1; then \
	  :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "setup-ocr: installing tesseract-ocr (apt-get)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -qq tesseract-ocr >/dev/null 2>&1 \
	  || { apt-get update -qq && apt-get install -y -qq tesseract-ocr >/dev/null; } \
	  || echo "setup-ocr: could not install tesseract-ocr; scanned pages will be flagged, not read" >&2; \
	else \
	  echo "setup-ocr: tesseract not found and cannot apt-get install it here (not root or no apt); scanned pages will be flagged, not read" >&2; \
	fi

run: setup
	$(PY) cli.py run corpora/sample --out out; code=$$?; [ $$code -le 1 ] || exit $$code

# Headless Chromium for the report test (Debian's `chromium` package). Idempotent: nothing to do
# when a chromium is already on PATH. Installs with apt-get when run as root (CI is); elsewhere
# it only warns, and the browser test skips saying why.
setup-browser:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then \
	  :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "setup-browser: installing chromium (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "setup-browser: chromium not found and cannot apt-get install it here (not root or no apt); the browser test will be skipped" >&2; \
	fi

test: setup-dev setup-browser
	$(PY) -m pytest -q

$(VENV)/.installed-corpus: $(VENV)/.installed requirements-corpus.txt
	$(PY) -m pip install --quiet -r requirements-corpus.txt
	touch $@

corpus: setup $(VENV)/.installed-corpus
	$(PY) corpora/generate.py

clean:
	rm -rf out .pytest_cache

# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint system-deps corpus clean

run: $(STAMP)
	$(BIN)/isp ingest data/raw --db data/curated/isp.duckdb

test: $(STAMP)
	$(BIN)/ruff check extractors pipeline flows scripts tests
	$(BIN)/mypy extractors pipeline flows
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check extractors pipeline flows scripts tests
	$(BIN)/mypy extractors pipeline flows

$(STAMP): requirements.lock pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -r requirements.lock
	$(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	$(BIN)/isp setup
	touch $(STAMP)

# Legacy .doc/.odt need LibreOffice (antiword is the fallback for .doc); scanned PDFs need
# tesseract for OCR; the dashboard's test opens it in headless Chromium. Installed where we can (root with apt); elsewhere the pipeline marks such
# files `unsupported` or `no_text` and says why.
system-deps:
	@if command -v soffice >/dev/null 2>&1 && command -v antiword >/dev/null 2>&1 \
		&& command -v tesseract >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing LibreOffice and antiword (legacy .doc), tesseract (OCR of scans) and \
Chromium (the dashboard's browser test)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends libreoffice-writer-nogui antiword tesseract-ocr \
			tesseract-ocr-eng chromium >/dev/null) \
		|| echo "warning: could not install LibreOffice/antiword/tesseract; .doc files will be \
unsupported and scans no_text"; \
	else echo "note: install libreoffice-writer-nogui, antiword and tesseract-ocr to read \
legacy .doc files and scanned PDFs"; fi

# Regenerate the bundled sample corpus and its ground truth (needs LibreOffice).
corpus: $(STAMP)
	$(BIN)/python scripts/make_sample_corpus.py --out data/raw --truth data/truth/sample_corpus.json

clean:
	rm -rf $(VENV) data/curated/isp.duckdb data/curated/.prefect

# AFIRGen developer entry points. `make run` and `make test` install first when needed.
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-stamp
HOST    ?= 127.0.0.1
PORT    ?= 8000
DATA    ?= data

.PHONY: install fonts system-deps bench-media run test test-sqlite lint check format bench clean

install: $(STAMP) fonts system-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# OCR language data (tesseract-ocr-eng/-hin/-osd), espeak-ng and sox for the speech tests:
# apt-get when root, otherwise a message naming the packages to install.
system-deps:
	@sh scripts/system-deps.sh

# The FIR PDF embeds a Devanagari font: Debian's fonts-noto-core, installed when root.
DEVA_FONTS := /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf /usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf

fonts:
	@for f in $(DEVA_FONTS); do test -f $$f && exit 0; done; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "installing fonts-noto-core (Devanagari font for FIR PDFs)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null; \
	else \
	  echo "NOTE: FIR PDFs need a Devanagari font. Run: sudo apt-get install fonts-noto-core" >&2; \
	  echo "      (or set AFIRGEN_REPORT_FONT_DIR); until then PDF requests answer 503." >&2; \
	fi

run: install
	mkdir -p $(DATA)
	$(BIN)/afirgen db upgrade
	@# the migration made the default station (AFIRGEN_STATION_CODE, LOCAL-001 unless set)
	@test -s $(DATA)/local-api-key || { \
	  $(BIN)/afirgen officer add local-officer --station $${AFIRGEN_STATION_CODE:-LOCAL-001} \
	    --role sho --name "Local officer" >/dev/null 2>&1 || true; \
	  $(BIN)/afirgen apikey create --officer local-officer | tail -n 1 > $(DATA)/local-api-key; }
	@echo "API:     http://$(HOST):$(PORT)/api/v1   (docs: http://$(HOST):$(PORT)/docs)"
	@echo "API key: $$(cat $(DATA)/local-api-key)   (send it as the X-API-Key header)"
	$(BIN)/afirgen serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/pytest -q

test-sqlite: install
	AFIRGEN_TEST_BACKENDS=sqlite $(BIN)/pytest -q

PY_DIRS := src tests bench scripts eval

lint: install
	$(BIN)/ruff format --check $(PY_DIRS)
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/mypy --strict src/afirgen

# lint, then the migrations against the models on SQLite (a scratch file) and on
# the MariaDB test database when AFIRGEN_TEST_MYSQL_URL names one (CI sets it).
CHECK_DB := $(shell mktemp -u /tmp/afirgen-check-XXXXXX).db

check: lint
	PATH="$(abspath $(BIN)):$$PATH" sh scripts/alembic-check.sh \
	  "sqlite+aiosqlite:///$(CHECK_DB)" $${AFIRGEN_TEST_MYSQL_URL:+"$$AFIRGEN_TEST_MYSQL_URL"}
	rm -f $(CHECK_DB)

format: install
	$(BIN)/ruff format $(PY_DIRS)
	$(BIN)/ruff check --fix $(PY_DIRS)

bench: install
	$(BIN)/python bench/pipeline_latency.py
	$(BIN)/python bench/read_load.py
	$(BIN)/python bench/registrations.py

# Speech and OCR: synthesize the evaluation sets, then WER/RTF, CER, end to end, server load
bench-media: install
	sh scripts/system-deps.sh --eval
	$(BIN)/python eval/media/make_speech_set.py
	$(BIN)/python eval/media/make_ocr_set.py
	$(BIN)/python bench/asr_accuracy.py
	$(BIN)/python bench/ocr_accuracy.py
	$(BIN)/python bench/media_pipeline.py
	$(BIN)/python bench/model_server_load.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

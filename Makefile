# AFIRGen developer entry points. `make run` and `make test` install first when needed.
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-stamp
HOST    ?= 127.0.0.1
PORT    ?= 8000
DATA    ?= $(or $(AFIRGEN_DATA_DIR),data)

.PHONY: install install-llm fonts system-deps bench-media bench-long-audio run test test-sqlite screenshots lint check format bench clean

install: $(STAMP) fonts system-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The optional GGUF language model of `afirgen model-server` (the `llm` extra), built from
# source for the x86-64-v3 baseline: SSE4.2, AVX, AVX2, BMI2, FMA and F16C, which every
# x86-64 server CPU since Intel Haswell (2013) and every AMD EPYC has. Native detection
# is off and AVX-512, AVX-VNNI and AMX stay off: a VM may advertise them and still
# trap them (a native build died with "Illegal instruction" on such a Xeon).
# --no-binary and --no-cache-dir: a native wheel cached by an earlier build is never reused.
LLAMA_PIN   := $(shell grep -o 'llama-cpp-python==[0-9.]*' pyproject.toml)
LLAMA_CMAKE := -DGGML_NATIVE=OFF -DGGML_SSE42=ON -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_BMI2=ON \
               -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX_VNNI=OFF -DGGML_AVX512=OFF \
               -DGGML_AVX512_VBMI=OFF -DGGML_AVX512_VNNI=OFF -DGGML_AVX512_BF16=OFF \
               -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF -DLLAVA_BUILD=OFF
LLM_STAMP   := $(VENV)/.llm-installed-stamp

install-llm: $(LLM_STAMP)

$(LLM_STAMP): | $(STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(BIN)/pip install --no-cache-dir --no-binary llama-cpp-python \
	  --force-reinstall --no-deps '$(LLAMA_PIN)'
	$(BIN)/pip install --quiet --no-cache-dir -e '.[llm]'
	touch $@

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

# the CLI and the server keep their database and key under DATA (AFIRGEN_DATA_DIR)
run: export AFIRGEN_DATA_DIR := $(DATA)
run: install
	mkdir -p $(DATA)
	$(BIN)/afirgen db upgrade
	@# the migration made the default station (AFIRGEN_STATION_CODE, LOCAL-001 unless set);
	@# its name, district and state come from AFIRGEN_STATION, _DISTRICT, _STATE, and
	@# what is still missing is named on stderr with the command that gives it
	@$(BIN)/afirgen station list >/dev/null
	@test -s $(DATA)/local-api-key || { \
	  $(BIN)/afirgen officer add local-officer --station $${AFIRGEN_STATION_CODE:-LOCAL-001} \
	    --role sho --name "Local officer" >/dev/null 2>&1 || true; \
	  $(BIN)/afirgen apikey create --officer local-officer | tail -n 1 > $(DATA)/local-api-key; }
	@echo "API:     http://$(HOST):$(PORT)/api/v1   (docs: http://$(HOST):$(PORT)/docs)"
	@echo "API key: $$(cat $(DATA)/local-api-key)   (send it as the X-API-Key header)"
	@echo "Console: http://$(HOST):$(PORT)/   (an officer to sign in with:)"
	@printf '%s\n' "  printf '%s\\n' 'A-long-password' | $(if $(filter data,$(DATA)),,AFIRGEN_DATA_DIR=$(DATA) )$(BIN)/afirgen officer add USERNAME --station $${AFIRGEN_STATION_CODE:-LOCAL-001} --role sho --name 'Full Name' --password-stdin"
	$(BIN)/afirgen serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/pytest -q

test-sqlite: install
	AFIRGEN_TEST_BACKENDS=sqlite $(BIN)/pytest -q

# each main console page at 1366x768, in English and Hindi, as PNGs under screenshots/
# (git-ignored): the browser tests' page walk, over SQLite, in Debian's Chromium
screenshots: install
	AFIRGEN_SCREENSHOTS=$(CURDIR)/screenshots AFIRGEN_TEST_BACKENDS=sqlite \
	  $(BIN)/pytest -q tests/e2e/test_pages.py -k "every_page or admin_page"
	@echo "screenshots: $(CURDIR)/screenshots"

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
	$(BIN)/python bench/console_pages.py
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

# 1, 3 and 5 minute recordings in three voices, clean and noisy: WER, RTF, coverage
# (about 54 minutes of audio: some 15-25 minutes on 2 cores)
bench-long-audio: install
	sh scripts/system-deps.sh --eval
	$(BIN)/python bench/long_audio.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# AFIRGen developer entry points. `make run` and `make test` install first when needed.
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-stamp
HOST    ?= 127.0.0.1
PORT    ?= 8000
DATA    ?= data

.PHONY: install run test test-sqlite lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	mkdir -p $(DATA)
	$(BIN)/afirgen db upgrade
	@test -s $(DATA)/local-api-key || $(BIN)/afirgen apikey create --name local-officer | tail -n 1 > $(DATA)/local-api-key
	@echo "API:     http://$(HOST):$(PORT)/api/v1   (docs: http://$(HOST):$(PORT)/docs)"
	@echo "API key: $$(cat $(DATA)/local-api-key)   (send it as the X-API-Key header)"
	$(BIN)/afirgen serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/pytest -q

test-sqlite: install
	AFIRGEN_TEST_BACKENDS=sqlite $(BIN)/pytest -q

lint: install
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/afirgen

format: install
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: install
	$(BIN)/python bench/pipeline_latency.py
	$(BIN)/python bench/read_load.py
	$(BIN)/python bench/registrations.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

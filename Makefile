# Two commands do everything on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: install compiled run test test-fast lint format bench i18n clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

# The PII recognisers compiled by mypyc into the environment (docs/privacy.md, "Compiled
# recognisers"): nothing to do while the build fits the source; Python if the compile fails.
compiled: $(STAMP)
	$(BIN)/python scripts/compile_recognizers.py

install: $(STAMP) compiled

run: $(STAMP) compiled
	-scripts/ensure-system-packages.sh --optional
	$(BIN)/vaern db upgrade
	$(BIN)/vaern demo load
	$(BIN)/vaern serve --no-migrate

# Bytecode is cached (Python's default) even where the shell sets PYTHONDONTWRITEBYTECODE:
# otherwise each test process and each `vaern` it starts compiles every module again.
# One OpenBLAS thread per process: the two test processes already use both cores, and
# OpenBLAS's own threads on busy cores spun (classifier training 21 -> 7 s of CPU, the
# same model bit for bit). The slowest tests are listed at the end: the suite must stay under
# 20 minutes on two cores, compiling included. The recognisers are compiled (a quick build,
# gcc -O1, scripts/compile_recognizers.py: one core for minutes) while apt installs the browser
# and the system packages and the tests run on the source as Python (VAERN_PURE_PYTHON=1);
# then the tests marked "compiled" (every text of the PII sets, docs/privacy.md "Compiled
# recognisers") read the build, in two processes of their own.
PYTEST := PYTHONDONTWRITEBYTECODE= OPENBLAS_NUM_THREADS=1 $(BIN)/pytest -q
test: $(STAMP)
	$(BIN)/python scripts/compile_recognizers.py --quick & build=$$!; \
	scripts/ensure-chromium.sh && scripts/ensure-system-packages.sh || { wait $$build; exit 1; }; \
	VAERN_PURE_PYTHON=1 $(PYTEST) -n 2 -m "not compiled" --durations=20; tests=$$?; \
	wait $$build && exit $$tests
	$(PYTEST) -n 0 -m compiled tests/privacy/test_redact_findings_kept.py tests/privacy/test_compiled.py

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not browser" -x

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	PYTHONPATH=src $(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: $(STAMP) compiled
	scripts/ensure-system-packages.sh
	$(BIN)/python -m bench

i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --no-location -o src/vaern/locale/messages.pot src/vaern
	$(BIN)/python scripts/translate_da.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .import_linter_cache

# Every target sets up its own virtual environment first, so each works on a fresh machine that
# has only Python and pip.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test check eval bench fuzz serve golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## site: summarise seeds/ into content/, render the pages and build the site into site/
site: $(STAMP)
	$(BIN)/briefings build

## test: run the whole test suite; as root, first installs Chromium for the browser tests, npm for
## the JavaScript schema validator, axe-core and the Nu Html Checker (the tests install their npm
## packages), and Java to run the Nu Html Checker, if missing
test: $(STAMP)
	@if { [ ! -x /usr/bin/chromium ] || ! command -v npm >/dev/null || ! command -v java >/dev/null; } \
		&& [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium npm \
		default-jre-headless; fi
	$(BIN)/python -m pytest

## check: validate every briefing and template
check: $(STAMP)
	$(BIN)/briefings check

## eval: score the built-in extractor on ../shared/eval (dev and set-aside parts, house styles) and print its speed
eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py --styles --linearity

## bench: time builds of 100, 1,000 and 5,000 synthetic articles (takes a while; prints a table)
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

## fuzz: a long property-testing session of extraction (20,000 examples per property)
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_properties.py

## serve: preview the site with live reload at http://127.0.0.1:8000
serve: $(STAMP)
	$(BIN)/briefings serve

## golden: regenerate the golden output in tests/output/ after an intended change
golden: $(STAMP)
	$(BIN)/python -m tests.golden

clean:
	rm -rf build site

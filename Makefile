# Fresh machine: `make run` starts the program, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --upgrade pip >/dev/null
	$(BIN)/python -m pip install -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/aftersales $(ARGS)

# The suite runs on every core (pytest-xdist): each worker has its own SQLite template and
# PostgreSQL schemas. PYTEST_ARGS replaces the default, e.g. PYTEST_ARGS='-q tests/unit'.
test: $(STAMP)
	$(BIN)/python -m pytest $(or $(PYTEST_ARGS),-n auto)

bench: $(STAMP)
	$(BIN)/python bench/run.py --tickets $(or $(TICKETS),10000)

# The Linux installer: the one-folder program (build.spec) in dist/aftersales-desk_V_amd64.deb.
# DEB_MAINTAINER: who ships it, e.g. make dist DEB_MAINTAINER='售后部 <it@example.com.cn>'
# (empty: the environment's, else packaging/linux/make_deb.py's placeholder)
DEB_MAINTAINER ?=
dist: $(STAMP)
	$(BIN)/python -m pip install -e '.[dist]' >/dev/null
	$(BIN)/python packaging/linux/make_deb.py $(if $(DEB_MAINTAINER),--maintainer '$(DEB_MAINTAINER)')

clean:
	rm -rf $(VENV) build dist *.egg-info

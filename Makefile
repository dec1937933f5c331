# Everything a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install graph clean screenshot

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# out/graph.ttl is committed; this rebuilds it from examples/
graph: $(STAMP)
	$(BIN)/kg build examples -o out/graph.ttl

# builds the graph, draws it (out/graph.html, gitignored: it inlines vis-network), loads it into the
# embedded store out/store (gitignored) and asks it a question
demo: graph
	$(BIN)/kg validate out/graph.ttl
	$(BIN)/kg view out/graph.ttl -o out/graph.html
	$(BIN)/kg load out/graph.ttl --store out/store --fresh
	$(BIN)/kg query --store out/store --format table \
	  'SELECT ?leader ?delegation ?side WHERE { ?p kg:leads ?d ; rdfs:label ?leader . ?d rdfs:label ?delegation ; kg:represents ?c . ?c rdfs:label ?side } ORDER BY ?side ?leader'

# the README's picture of out/graph.html, taken by the browser test (needs /usr/bin/chromium)
screenshot: $(STAMP)
	KG_SCREENSHOT=docs/graph.png $(BIN)/python -m pytest -q tests/test_view.py -k committed_graph

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache

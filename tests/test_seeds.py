"""The seed articles in ../shared/seeds, built together, give a conforming graph that
answers the competency questions of ../shared/eval (skipped when they are absent)."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from conftest import REPO, SHARED
from kg.cli import main
from kg.validate import validate

EVAL = SHARED / "eval"
MICRO_F1_MIN = 0.90
QUESTION_F1_MIN = 0.75

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def seeds_graph(seeds_dir, nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "seeds.ttl"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def scores(seeds_graph):
    for needed in (EVAL / "score.py", EVAL / "seeds" / "gold.toml", EVAL / "queries"):
        if not needed.exists():
            pytest.skip(f"{needed} not found")
    spec = importlib.util.spec_from_file_location("kg_eval_score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = score.main([str(seeds_graph), "--gold", str(EVAL / "seeds" / "gold.toml"),
                           "--ontology", str(REPO / "ontology"), "--json"])
    assert code == 0
    return json.loads(buffer.getvalue())


def test_seeds_graph_conforms(seeds_graph):
    result = validate(Graph().parse(seeds_graph, format="turtle"))
    assert result.conforms, result.report


def test_seeds_micro_f1(scores):
    total = scores["total"]
    assert total["f1"] >= MICRO_F1_MIN, f"micro F1 {total['f1']:.2f} (P {total['precision']:.2f}, R {total['recall']:.2f})"


def test_seeds_every_question(scores):
    weak = {name: round(cq["f1"], 2) for name, cq in scores["cq"].items() if cq["f1"] < QUESTION_F1_MIN}
    details = {name: {"false_hits": scores["cq"][name]["false_hits"], "misses": scores["cq"][name]["misses"]}
               for name in weak}
    assert not weak, f"questions under F1 {QUESTION_F1_MIN}: {weak}\n{json.dumps(details, indent=1)}"
    assert len(scores["cq"]) >= 10, "the gold file should ask at least ten questions"

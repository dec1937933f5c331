"""Fuzzing `kg build` (issue 9): random bytes, random JSON Lines and random HTML next to good articles.

Whatever the junk, `kg build` must exit 0, 1 or 2, never with a traceback, and every good article of
the batch must be in the output (which must parse). Builds run in this process through CliRunner,
so spaCy loads once; each example is one small build.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from kg.cli import main

SOURCE_FILE = URIRef("https://w3id.org/kg-news/ontology#sourceFile")
GOOD = {
    "rome.txt": "Italy and Spain meet in Rome\n\nROME, May 2, 2025 - Italian and Spanish ministers met in Rome on "
                "Friday to discuss olive oil exports.\n",
    "oslo.txt": "Norway and Iceland hold fishing talks\n\nOSLO, June 4, 2025 - Norwegian and Icelandic ministers "
                "met in Oslo on Wednesday to discuss fishing quotas.\n",
}
GOOD_LINE = {"text": "Chile and Peru met in Lima on Tuesday to talk about copper exports.", "date": "2025-05-06",
             "title": "Copper talks in Lima"}
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module", autouse=True)
def _model_loaded(nlp):
    """spaCy once for the module."""


def build_with(junk: dict[str, bytes], extra_args=()) -> None:
    """Build a folder of the good articles and the junk files; check what every build must give."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        for name, text in GOOD.items():
            (inputs / name).write_text(text, encoding="utf-8")
        for name, data in junk.items():
            (inputs / name).write_bytes(data)
        out = Path(folder) / "out" / "g.nt"
        result = CliRunner().invoke(main, ["build", str(inputs), "-o", str(out), "--jobs", "1", *extra_args])
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert "Traceback" not in result.output
        assert result.exit_code in (0, 1, 2), result.output
        built = {str(o) for o in Graph().parse(out, format="nt").objects(None, SOURCE_FILE)}
        expected = {str(inputs / name) for name in GOOD}
        if "feed.jsonl" in junk and junk["feed.jsonl"].startswith(json.dumps(GOOD_LINE).encode()):
            expected.add(f"{inputs / 'feed.jsonl'}:1")
        assert expected <= built, result.output


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["junk.txt", "junk.html", "junk.jsonl"]))
def test_random_bytes(data, name):
    build_with({name: data})


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
ARTICLE_LIKE = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=300), JSON_VALUES)},
    optional={"title": st.one_of(st.text(max_size=50), JSON_VALUES),
              "date": st.one_of(st.text(max_size=12), st.dates().map(str), JSON_VALUES),
              "url": st.one_of(st.text(max_size=30), JSON_VALUES)},
)
LINES = st.one_of(
    ARTICLE_LIKE.map(lambda d: json.dumps(d).encode()),
    ARTICLE_LIKE.map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.text(max_size=80).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=80),
    st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
)


@FUZZ
@given(st.lists(LINES, max_size=8), st.sampled_from([b"\n", b"\r\n"]))
def test_random_json_lines(lines, newline):
    body = newline.join([json.dumps(GOOD_LINE).encode(), *(line.replace(b"\n", b" ") for line in lines)])
    build_with({"feed.jsonl": body + newline})


TAGS = st.sampled_from(["html", "head", "body", "title", "meta", "article", "main", "div", "p", "h1", "nav",
                        "script", "style", "table", "td", "a", "span", "footer", "iframe", "svg", "!--", "br"])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@st.composite
def html_nodes(draw, depth=0):
    if depth > 3 or draw(st.booleans()):
        return draw(TEXT).replace("<", "&lt;") if draw(st.booleans()) else draw(TEXT)
    tag = draw(TAGS)
    attrs = draw(st.lists(st.tuples(st.sampled_from(["content", "name", "property", "class", "href", "charset"]),
                                    TEXT), max_size=2))
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
    inner = "".join(draw(st.lists(html_nodes(depth + 1), max_size=3)))
    closed = draw(st.booleans())
    return f"<{tag}{attr_text}>{inner}" + (f"</{tag}>" if closed else "")


@FUZZ
@given(st.lists(html_nodes(), min_size=1, max_size=4), st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_random_html(nodes, encoding):
    page = "<!doctype html>" + "".join(nodes)
    build_with({"page.html": page.encode(encoding, "replace")})

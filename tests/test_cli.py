"""The `kg` command line through click's CliRunner: help, version, build, validate,
exit codes (0 conforms/success, 1 violations, 2 bad input), and README.md's
"## Commands" section kept in step with the real commands."""
from __future__ import annotations

import json
import re
import tomllib

import pytest
from click.testing import CliRunner

from conftest import REPO, TEST_DATA
from kg import __version__
from kg.cli import main

README = REPO / "README.md"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="kg", terminal_width=100)


# ---------------------------------------------------------------- help and version

@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_main_help(flag):
    result = invoke(flag)
    assert result.exit_code == 0
    assert result.output.startswith("Usage: kg ")
    for command in main.commands:
        assert command in result.output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_command_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: kg {command} ")
    assert main.commands[command].help, f"kg {command} has no help text"


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"kg, version {__version__}"


def test_version_matches_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


def test_unknown_command_is_a_usage_error():
    result = invoke("bulid")
    assert result.exit_code == 2
    assert "No such command" in result.output


# ---------------------------------------------------------------- build

def test_build_writes_graph_and_summary(article_dir, tmp_path):
    out = tmp_path / "out" / "graph.ttl"
    result = invoke("build", str(article_dir), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.is_file() and out.stat().st_size > 0
    assert f"1 article(s) -> {out}" in result.output
    assert re.search(r"\(\d+ triples\)", result.output)
    assert "Person:" in result.output and "relations:" in result.output
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")], "temporary file left behind"
    checked = invoke("validate", str(out))
    assert checked.exit_code == 0 and "conforms" in checked.output


def test_build_single_file(article_dir, tmp_path):
    out = tmp_path / "graph.ttl"
    result = invoke("build", str(article_dir / "harbour-talks.txt"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.is_file()


@pytest.mark.parametrize("value", ["not-a-date", "2025-02-30", "03/03/2026", "yesterday", ""])
def test_build_rejects_bad_date(value, article_dir, tmp_path):
    out = tmp_path / "graph.ttl"
    result = invoke("build", str(article_dir), "-o", str(out), "--date", value)
    assert result.exit_code == 2, result.output
    assert "is not a date" in result.output and "YYYY-MM-DD" in result.output
    assert "--date" in result.output
    assert not out.exists()


def test_build_accepts_iso_date(article_dir, tmp_path):
    out = tmp_path / "graph.ttl"
    result = invoke("build", str(article_dir), "-o", str(out), "--date", "2026-03-03")
    assert result.exit_code == 0, result.output


def test_build_needs_output(article_dir):
    result = invoke("build", str(article_dir))
    assert result.exit_code == 2
    assert "-o" in result.output


def test_build_missing_input(tmp_path):
    result = invoke("build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "graph.ttl"))
    assert result.exit_code == 2
    assert "nowhere" in result.output and "no such file" in result.output


# ---------------------------------------------------------------- validate

@pytest.mark.parametrize("name", ["valid.ttl"])
def test_validate_conforming_file(name):
    result = invoke("validate", str(TEST_DATA / name))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_committed_graph():
    result = invoke("validate", str(REPO / "out" / "graph.ttl"))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_ntriples_by_suffix(tmp_path):
    from rdflib import Graph

    path = tmp_path / "valid.nt"
    Graph().parse(TEST_DATA / "valid.ttl", format="turtle").serialize(path, format="nt", encoding="utf-8")
    result = invoke("validate", str(path))
    assert result.exit_code == 0, result.output


def test_validate_file_with_violations():
    result = invoke("validate", str(TEST_DATA / "violation.ttl"))
    assert result.exit_code == 1, result.output
    assert "Validation Report" in result.output
    assert "kg:leads must point at a kg:Delegation" in result.output
    assert "exactly one non-empty rdfs:label" in result.output
    assert "2 violation(s)" in result.output


def test_validate_garbage():
    result = invoke("validate", str(TEST_DATA / "garbage.ttl"))
    assert result.exit_code == 2, result.output
    assert "not a readable RDF graph" in result.output


def test_validate_missing_file(tmp_path):
    result = invoke("validate", str(tmp_path / "missing.ttl"))
    assert result.exit_code == 2, result.output
    assert "no such file" in result.output


def test_validate_binary_file(tmp_path):
    path = tmp_path / "image.ttl"
    path.write_bytes(bytes(range(256)) * 4)
    result = invoke("validate", str(path))
    assert result.exit_code == 2, result.output


def test_validate_folder_is_a_usage_error(tmp_path):
    result = invoke("validate", str(tmp_path))
    assert result.exit_code == 2


# ---------------------------------------------------------------- README.md "## Commands"

OPTION_RE = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?![\w-])")


def readme_commands() -> dict[str, str]:
    """`### kg NAME` subsections of README.md's "## Commands" section, NAME -> text."""
    if not README.is_file():
        pytest.skip("README.md not written yet")
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Commands\s*$(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    if not match:
        pytest.skip("README.md has no '## Commands' section yet")
    parts = re.split(r"^### +`?kg +([\w-]+)`?.*$", match.group(1), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


def help_options(command: str) -> dict[str, set[str]]:
    """Each option of `kg COMMAND` (by its longest spelling) -> all its spellings, from the command itself."""
    out = {}
    for param in main.commands[command].params:
        names = set(param.opts) | set(param.secondary_opts)
        if param.param_type_name == "option" and "--help" not in names:
            out[max(param.opts, key=len)] = names
    return out


def test_readme_documents_every_command():
    documented = readme_commands()
    assert set(documented) == set(main.commands), "README.md '## Commands' and `kg --help` list other commands"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_readme_documents_every_option(command):
    """Every option `kg COMMAND --help` shows is in README.md's section for it, and the README names no other."""
    section = readme_commands().get(command)
    if section is None:
        pytest.fail(f"README.md has no '### kg {command}' section")
    named = set(OPTION_RE.findall(section)) - {"-h", "--help"}
    options = help_options(command)
    undocumented = [name for name, spellings in options.items() if not spellings & named]
    unknown = named - set().union(*options.values(), set())
    assert not undocumented, f"kg {command} --help shows options README.md does not: {undocumented}"
    assert not unknown, f"README.md names options kg {command} does not have: {sorted(unknown)}"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_readme_usage_line_matches_help(command):
    """The README's usage line for a command starts like the help's: `kg COMMAND ARGUMENT...`."""
    section = readme_commands().get(command)
    if section is None:
        pytest.fail(f"README.md has no '### kg {command}' section")
    usage = re.search(rf"^\s+kg {command}\b(.*)$", section, re.MULTILINE)
    assert usage, f"README.md's '### kg {command}' section has no indented `kg {command} ...` usage line"
    arguments = [p for p in main.commands[command].params if p.param_type_name == "argument"]
    # a command that takes arguments shows them; one without may still show its required options
    assert bool(arguments) <= bool(usage.group(1).split()), "README usage and --help disagree on arguments"
    for param in main.commands[command].params:
        if param.param_type_name == "option" and param.required:
            assert any(s in usage.group(1) for s in param.opts), f"required {param.opts} missing from README usage"
    assert invoke(command, "--help").output.startswith(f"Usage: kg {command} ")


def test_build_lists_unmapped_mentions(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("date: 2026-03-01\nTariffs\n\nAnalysts said tariffs hurt growth.\n", encoding="utf-8")
    report = tmp_path / "unmapped.jsonl"
    result = invoke("build", str(article), "-o", str(tmp_path / "g.ttl"), "--unmapped", str(report))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert {"source": str(article), "text": "tariffs", "reason": "Tariff with no imposer, target or goods"}.items() \
        <= rows[0].items()
    assert "unmapped mention(s) listed in" in result.output

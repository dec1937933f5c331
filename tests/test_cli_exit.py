"""`kg` leaves at once after a finished build (kg.cli.run), and as usual otherwise."""
from __future__ import annotations

import subprocess
import sys

import pytest

import kg.cli as cli
from conftest import REPO


class Left(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


@pytest.fixture
def exits(monkeypatch):
    def leave(code):
        raise Left(code)

    monkeypatch.setattr(cli.os, "_exit", leave)


def _command(finished: bool, code):
    def command():
        cli._LEAVE_AT_ONCE = finished
        sys.exit(code)
    return command


@pytest.mark.parametrize("code, left_with", [(0, 0), (None, 0), (1, 1), (2, 2), ("stopped by the user", 1)])
def test_a_finished_build_leaves_at_once_with_its_exit_code(monkeypatch, exits, code, left_with):
    monkeypatch.setattr(cli, "main", _command(True, code))
    with pytest.raises(Left) as left:
        cli.run()
    assert left.value.code == left_with


@pytest.mark.parametrize("code", [0, 2, 130])
def test_anything_else_exits_as_usual(monkeypatch, exits, code):
    monkeypatch.setattr(cli, "main", _command(False, code))
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == code


def test_a_flag_left_by_an_earlier_build_in_the_process_does_not_count(monkeypatch, exits):
    cli._LEAVE_AT_ONCE = True
    monkeypatch.setattr(cli, "main", lambda: sys.exit(3))
    with pytest.raises(SystemExit):
        cli.run()


def test_the_process_writes_everything_before_it_leaves():
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", "examples", "-o", "-"],
                          cwd=REPO, capture_output=True, timeout=300)
    assert done.returncode == 0
    assert done.stdout == (REPO / "out" / "graph.ttl").read_bytes()  # the examples' graph, all of it flushed
    assert b"article(s) -> stdout" in done.stderr

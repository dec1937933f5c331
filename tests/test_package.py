"""`pip install .` (not editable) gives a working kg: the wheel ships the ontology and the shapes.

kg/ontology and kg/shapes are symlinks to the top-level folders, the one source;
building a wheel copies the files they point to into the package. The slow test
builds a wheel from a copy of the sources, installs it into a fresh venv outside
the checkout and runs `kg build`, `kg validate`, `kg view` and the Python API there.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, TEST_DATA

SHIPPED = ("ontology", "shapes")


@pytest.mark.parametrize("folder", SHIPPED)
def test_package_folders_are_the_top_level_folders(folder):
    inside = REPO / "kg" / folder
    assert inside.is_symlink(), f"kg/{folder} must link to ../{folder}, the one source"
    assert inside.resolve() == (REPO / folder).resolve()
    package_data = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["kg"]
    assert f"{folder}/*.ttl" in package_data


def test_validation_reads_them_through_the_package():
    import kg.validate  # noqa: F401
    module = sys.modules["kg.validate"]

    assert module.ONTOLOGY_DIR == Path(module.__file__).resolve().parent / "ontology"
    assert module.SHAPES_DIR == Path(module.__file__).resolve().parent / "shapes"


def run(*args, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the sources (so no build/ folder appears in the checkout)."""
    root = tmp_path_factory.mktemp("package")
    src = root / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", *SHIPPED):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copyfile)(REPO / name, src / name)
    shutil.copytree(REPO / "kg", src / "kg", symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    proc = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", root / "dist", src, cwd=root)
    assert proc.returncode == 0, proc.stderr
    (built,) = (root / "dist").glob("kg-*.whl")
    return built


@pytest.mark.slow
def test_wheel_ships_copies_equal_to_the_sources(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for folder in SHIPPED:
            sources = sorted((REPO / folder).glob("*.ttl"))
            assert sources
            for source in sources:
                assert archive.read(f"kg/{folder}/{source.name}") == source.read_bytes(), source.name
        assert {"kg/data/view/page.html", "kg/data/view/view.js", "kg/data/view/view.css"} <= names
        assert not any(name.endswith((".js", ".min.js")) and "vis" in name for name in names), \
            "vis-network comes from pyvis, never from kg's own wheel"


@pytest.mark.slow
def test_installed_wheel_builds_validates_and_views(wheel, tmp_path):
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", venv, cwd=tmp_path).returncode == 0
    bin_dir = venv / "bin"
    python = bin_dir / "python"
    # The dependencies come from this checkout's venv (a path line in a .pth file: that folder's own
    # .pth files, the editable install of kg among them, are not run), kg itself from the wheel.
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                    cwd=tmp_path).stdout.strip())
    (site / "kg-test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = run(python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr

    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(TEST_DATA / "harbour-talks.txt", work / "harbour-talks.txt")
    where = run(python, "-c", "import sys, kg; print(kg.__file__); print(sys.modules['kg.validate'].SHAPES_DIR)",
                cwd=work)
    assert where.returncode == 0, where.stderr
    kg_file, shapes_dir = map(Path, where.stdout.split())
    assert kg_file.is_relative_to(site), f"kg was imported from {kg_file}, not from the installed wheel"
    assert shapes_dir.is_dir() and not shapes_dir.is_symlink() and shapes_dir.is_relative_to(site)

    build = run(bin_dir / "kg", "build", "harbour-talks.txt", "-o", "graph.ttl", cwd=work)
    assert build.returncode == 0, build.stderr
    validate = run(bin_dir / "kg", "validate", "graph.ttl", cwd=work)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "conforms" in validate.stdout
    view = run(bin_dir / "kg", "view", "graph.ttl", "-o", "graph.html", cwd=work)
    assert view.returncode == 0, view.stderr
    assert "vis.Network" in (work / "graph.html").read_text(encoding="utf-8")
    api = run(python, "-c", "import kg; g = kg.build_graph('harbour-talks.txt'); print(kg.validate(g).conforms)",
              cwd=work)
    assert api.stdout.strip() == "True", api.stderr

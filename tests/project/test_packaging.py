"""The package a maintainer publishes: both artifacts built offline, inspected and twine-checked.

Builds with ``python -m build --no-isolation`` (hatchling, build and twine are in the test extra),
from a copy of the source tree that also holds a developer's virtualenv, so the sdist's include
patterns are tested the way the audit found them broken. Skips only when the tools are missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import hamstring_rules as hr

pytest.importorskip("build")
pytest.importorskip("twine")
pytest.importorskip("hatchling")

ROOT = Path(__file__).resolve().parent.parent.parent
# What a clean clone holds (the tracked top level); anything else in the copy is the junk to keep out.
TREE = [
    "src",
    "tests",
    "examples",
    "benchmarks",
    "docs",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "pyproject.toml",
    "mkdocs.yml",
    ".ci",
    # no .gitignore: the include patterns alone must keep the junk out (a .gitignore covers
    # only the virtualenv names its author thought of)
]
JUNK = [
    "venv/lib/python3.11/site-packages/numpy/tests/test_x.py",
    "venv/src/junk.py",
    ".venv2/README.md",
    "env/src/junk.py",
    "build/lib/x.py",
    "src/hamstring_rules/__pycache__/x.cpython-311.pyc",
]


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist and the wheel built from it, from a tree with a virtualenv in it."""
    tree = tmp_path_factory.mktemp("clone")
    ignore = shutil.ignore_patterns("__pycache__", ".hypothesis", "*.pyc")
    for name in TREE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, tree / name)
    for junk in JUNK:
        (tree / junk).parent.mkdir(parents=True, exist_ok=True)
        (tree / junk).write_text("junk\n")
    out = tree / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(tree)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return {"sdist": next(out.glob("*.tar.gz")), "wheel": next(out.glob("*.whl"))}


def sdist_names(path: Path) -> list[str]:
    with tarfile.open(path) as tar:
        return [n.split("/", 1)[1] for n in tar.getnames() if "/" in n]


def test_sdist_keeps_out_virtualenvs_and_build_junk(artifacts: dict[str, Path]) -> None:
    """Anchored includes: nothing from venv/, .venv2/, build/ or __pycache__ ships."""
    names = sdist_names(artifacts["sdist"])
    leaked = [n for n in names if re.match(r"(\.?venv|\.venv2|env|build)/", n) or "__pycache__" in n]
    assert leaked == []
    assert artifacts["sdist"].stat().st_size < 2_000_000


def test_sdist_holds_what_a_packager_needs(artifacts: dict[str, Path]) -> None:
    """Sources, tests, examples, docs, data, LICENSE, CHANGELOG, the README's linked files and
    the CI script the README names (``.ci/run``: a packager runs the same tests)."""
    names = set(sdist_names(artifacts["sdist"]))
    must = {
        "LICENSE",
        "CHANGELOG.md",
        "README.md",
        "pyproject.toml",
        "src/hamstring_rules/py.typed",
        "src/hamstring_rules/data/checks.toml",
        "docs/program.schema.json",
        "docs/typical_leg_day.png",
        "docs/hooks.py",
        "mkdocs.yml",
        "examples/typical_leg_day.yaml",
        "tests/project/test_packaging.py",
        ".ci/run",
    }
    assert must - names == set()


def test_wheel_has_license_data_and_typing(artifacts: dict[str, Path]) -> None:
    """The wheel ships the license text, py.typed and the data files; no tests or docs."""
    with zipfile.ZipFile(artifacts["wheel"]) as whl:
        names = whl.namelist()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "hamstring_rules/py.typed" in names
    assert {"hamstring_rules/data/rules.toml", "hamstring_rules/data/check.schema.json"} <= set(names)
    assert not any(n.startswith(("tests/", "docs/", "venv/")) for n in names)


def test_metadata(artifacts: dict[str, Path]) -> None:
    """Version from one place, MIT, project URLs on one repository, every tested Python listed."""
    with zipfile.ZipFile(artifacts["wheel"]) as whl:
        meta_name = next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(whl.read(meta_name).decode())
    assert meta["Version"] == hr.__version__
    assert meta["License-Expression"] == "MIT"
    project_urls = meta.get_all("Project-URL")
    assert project_urls is not None
    urls: dict[str, str] = {}
    for line in project_urls:
        label, url = line.split(", ", 1)
        urls[label] = url
    assert {"Repository", "Issues", "Documentation", "Changelog"} <= set(urls)
    assert urls["Repository"] == hr.PROJECT_URL
    assert all(u.startswith(hr.PROJECT_URL) for k, u in urls.items() if k != "Documentation")
    classifier_list = meta.get_all("Classifier")
    assert classifier_list is not None
    classifiers = set(classifier_list)
    running = f"Programming Language :: Python :: {sys.version_info.major}.{sys.version_info.minor}"
    assert running in classifiers
    assert {f"Programming Language :: Python :: 3.{m}" for m in (11, 12, 13)} <= classifiers


def test_twine_check_passes(artifacts: dict[str, Path]) -> None:
    """twine check --strict accepts both artifacts (the README renders as the long description)."""
    proc = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts.values())],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_readme_links_work_off_the_repository() -> None:
    """The README (the package's index page) links and embeds by absolute URL only."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    assert targets
    assert [t for t in targets if not t.startswith(("https://", "http://", "#"))] == []


def test_project_url_is_the_one_in_outputs() -> None:
    """SARIF informationUri and the install hints point at the project, not a missing index page."""
    from hamstring_rules.emitters.sarif import sarif

    driver = sarif([])["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == hr.PROJECT_URL
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py"))
    assert "pypi.org" not in source

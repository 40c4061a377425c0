"""Random and mutated files never make the loader raise: only the validator's report comes out."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wsr_edu.curriculum import load_curriculum

from ..conftest import FIXTURES

MODULE = FIXTURES / "mini" / "modules" / "water" / "en.md"
MANIFEST = FIXTURES / "mini" / "curriculum.toml"
_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

markdownish = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "---",
                "## Title {#t}",
                "## {#}",
                "- [x] ![](images/water.svg) yes",
                "- [ ]",
                "Why:",
                "Note:",
                "Say:",
                "title: x",
                "minutes: -1",
                "```",
                "![a](../../x)",
                "![a](images/nope.png)",
                "## T {#Bad Id}",
                "",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=40,
).map("\n".join)


def _check(folder: Path) -> None:
    result = load_curriculum(folder)
    for problem in result.problems:
        assert problem.line >= 1
        assert problem.message
        problem.format()
    if result.curriculum is not None:
        for module in result.curriculum.modules:
            for text in module.texts.values():
                for slide in text.slides:
                    assert isinstance(slide.narration, str)


def _with_module(source: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mini"
        shutil.copytree(FIXTURES / "mini", folder)
        (folder / "modules/water/en.md").write_bytes(source)
        _check(folder)


def _with_manifest(source: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mini"
        shutil.copytree(FIXTURES / "mini", folder)
        (folder / "curriculum.toml").write_bytes(source)
        _check(folder)


@_SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes_as_a_module_file(data: bytes) -> None:
    _with_module(data)


@_SETTINGS
@given(markdownish)
def test_random_markdown_like_module_files(text: str) -> None:
    _with_module(text.encode("utf-8", "surrogatepass"))


@_SETTINGS
@given(st.data())
def test_mutated_module_file(data: st.DataObject) -> None:
    lines = MODULE.read_text(encoding="utf-8").splitlines()
    for _ in range(data.draw(st.integers(1, 6))):
        action = data.draw(st.sampled_from(["drop", "dup", "insert", "cut"]))
        index = data.draw(st.integers(0, max(len(lines) - 1, 0)))
        if action == "drop" and lines:
            del lines[index]
        elif action == "dup" and lines:
            lines.insert(index, lines[index])
        elif action == "insert":
            lines.insert(index, data.draw(st.text(max_size=30)))
        elif action == "cut" and lines:
            lines[index] = lines[index][: data.draw(st.integers(0, len(lines[index])))]
    _with_module("\n".join(lines).encode("utf-8", "surrogatepass"))


@_SETTINGS
@given(st.data())
def test_mutated_manifest(data: st.DataObject) -> None:
    source = MANIFEST.read_bytes()
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(source)))
        action = data.draw(st.sampled_from(["delete", "insert"]))
        if action == "delete":
            source = source[:position] + source[position + data.draw(st.integers(1, 20)) :]
        else:
            source = (
                source[:position]
                + data.draw(st.binary(min_size=1, max_size=10))
                + source[position:]
            )
    _with_manifest(source)


@_SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_as_the_manifest(data: bytes) -> None:
    _with_manifest(data)

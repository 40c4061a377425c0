"""The words an export takes from each curriculum are kept beside its scan-cache load and are
the same as those taken from loading it: read back only while nothing changed, and only in the
shape written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from wsr_edu.curriculum.catalog import scan
from wsr_edu.paths import bundled_curricula_dir
from wsr_edu.records.exports.labels import Labels


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """Three curricula, two of them with a module id in common (`rights`)."""
    folder = tmp_path / "shelf"
    for source in (
        FIXTURES / "mini",
        FIXTURES / "arabic-mini",
        bundled_curricula_dir() / "wsr-basics",
    ):
        shutil.copytree(source, folder / source.name)
    return folder


@pytest.fixture
def basics(tmp_path: Path) -> Path:
    """A copy of the bundled curriculum: modules, questions, feedback and planned minutes."""
    target = tmp_path / "wsr-basics"
    shutil.copytree(bundled_curricula_dir() / "wsr-basics", target)
    return target


def _loaded(roots: list[Path], prefer: str | None = None) -> Labels:
    return Labels.from_curricula([r.curriculum for r in scan(roots)], prefer)


def _kept_files(kept: Path) -> list[Path]:
    return sorted(kept.glob("*.labels.json"))


def test_kept_words_are_the_words_loading_gives(shelf: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    roots = [shelf, bundled_curricula_dir()]  # the bundled one twice: read once, first wins
    expected = _loaded(roots, prefer="es")
    assert expected.modules and expected.questions and expected.organisations
    first = Labels.from_folders(roots, prefer="es", kept=kept)
    assert first == expected
    assert len(_kept_files(kept)) == 4  # three on the shelf, the bundled folder itself
    for load in kept.glob("*.json"):
        if not load.name.endswith(".labels.json"):
            load.unlink()  # the scan cache's loads: not needed to read the words back
    again = Labels.from_folders(roots, prefer="es", kept=kept)
    assert again == expected
    assert [p for p in kept.glob("*.json") if not p.name.endswith(".labels.json")] == []


def test_an_edit_is_seen_and_a_removed_curriculum_is_forgotten(shelf: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    Labels.from_folders([shelf], kept=kept)
    page = next((shelf / "mini" / "modules").glob("*/en.md"))
    text = page.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    page.write_text(text.replace(title, "title: Words changed today"), encoding="utf-8")
    shutil.rmtree(shelf / "arabic-mini")
    words = Labels.from_folders([shelf], kept=kept)
    assert words == _loaded([shelf])
    assert "Words changed today" in {t for texts in words.modules.values() for t in texts.values()}


@pytest.mark.parametrize(
    "tamper",
    [
        lambda labels: labels["minutes"][0].__setitem__(2, "25"),  # a number as text
        lambda labels: labels["modules"][0].__setitem__(2, {"en": ["a", "list"]}),
        lambda labels: labels["modules"][0].__setitem__(0, 7),
        lambda labels: labels["languages"].__setitem__("en", None),
        lambda labels: labels.__setitem__("organisations", "one string"),
        lambda labels: labels.pop("questions"),
        lambda labels: labels["feedback"].append(["too", "short"]),
    ],
)
def test_kept_words_in_any_other_shape_are_not_used(
    basics: Path, tmp_path: Path, tamper: object
) -> None:
    kept = tmp_path / "kept"
    expected = Labels.from_folders([basics], kept=kept)
    assert expected.minutes and expected.feedback and expected.languages
    [file] = _kept_files(kept)
    data = json.loads(file.read_text(encoding="utf-8"))
    tamper(data["labels"])  # type: ignore[operator]
    data["labels"]["modules"].append(["mini", "planted", {"en": "=PLANTED()"}])
    file.write_text(json.dumps(data), encoding="utf-8")
    assert Labels.from_folders([basics], kept=kept) == expected


def test_kept_words_of_another_folder_or_state_are_not_used(
    mini_curriculum: Path, tmp_path: Path
) -> None:
    kept = tmp_path / "kept"
    expected = Labels.from_folders([mini_curriculum], kept=kept)
    [file] = _kept_files(kept)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["labels"]["modules"] = [["mini", "planted", {"en": "Planted"}]]
    for key in ("folder", "state"):
        changed = json.loads(json.dumps(data))
        changed["key"][key] += "x"
        file.write_text(json.dumps(changed), encoding="utf-8")
        assert Labels.from_folders([mini_curriculum], kept=kept) == expected
    file.write_text("{not json", encoding="utf-8")
    assert Labels.from_folders([mini_curriculum], kept=kept) == expected


def test_words_follow_the_texts_and_the_folders_not_the_pictures(
    basics: Path, tmp_path: Path
) -> None:
    """The words' key looks at curriculum.toml, the module texts and every folder; a picture
    rewritten in place changes no word and needs no load, a module removed is forgotten."""
    kept = tmp_path / "kept"
    before = Labels.from_folders([basics], kept=kept)
    for load in kept.glob("*.json"):
        if not load.name.endswith(".labels.json"):
            load.unlink()
    picture = next(basics.glob("modules/*/images/*.svg"))
    picture.write_bytes(picture.read_bytes().replace(b"<svg", b"<svg data-x='1'", 1))
    assert Labels.from_folders([basics], kept=kept) == before
    assert [p for p in kept.glob("*.json") if not p.name.endswith(".labels.json")] == []
    module = next(p for p in sorted((basics / "modules").iterdir()) if p.name != "feedback")
    shutil.rmtree(module)
    after = Labels.from_folders([basics], kept=kept)
    assert after == _loaded([basics])
    assert ("wsr-basics", module.name) in before.modules
    assert ("wsr-basics", module.name) not in after.modules

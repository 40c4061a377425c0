"""Curricula kept between starts: used only while unchanged, and read back as untrusted data."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.hostile import make_hostile_curriculum
from wsr_edu.curriculum import folders, scan_cache
from wsr_edu.curriculum.catalog import scan
from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.curriculum.scan_cache import _SAFE_HTML, ScanCache, folder_signature
from wsr_edu.curriculum.slidetext import parse_text


def outside_file(tmp_path: Path) -> Path:
    """A file outside every curriculum, that markup or a path could try to reach."""
    target = tmp_path / "outside" / "secret.png"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(b"not for the room")
    return target


def kept_file(kept: Path) -> Path:
    files = list(kept.glob("*.json"))
    assert len(files) == 1, files
    return files[0]


def rewrite_kept(kept: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Change what is kept, keeping its key, as someone with access to the data folder could."""
    file = kept_file(kept)
    data = json.loads(file.read_text(encoding="utf-8"))
    change(data["result"])
    file.write_text(json.dumps(data), encoding="utf-8")


def first_slide(result: dict) -> dict:  # type: ignore[type-arg]
    module = result["curriculum"]["modules"][0]
    return module["texts"]["en"]["slides"][0]


def test_a_kept_load_is_the_same_as_loading_the_files(tmp_path: Path, starter_curriculum: Path):
    folder = tmp_path / "wsr-basics"
    shutil.copytree(starter_curriculum, folder)
    kept = tmp_path / "kept"
    first = scan([folder], kept)
    assert kept_file(kept).stat().st_size > 0
    again = scan([folder], kept)
    assert again == first == [load_curriculum(folder)]


def test_a_kept_load_is_what_the_next_start_shows(tmp_path: Path, mini_curriculum: Path):
    kept = tmp_path / "kept"
    scan([mini_curriculum], kept)
    rewrite_kept(kept, lambda r: first_slide(r).update(title="Kept title"))
    [result] = scan([mini_curriculum], kept)
    assert result.curriculum is not None
    assert result.curriculum.modules[0].text("en").slides[0].title == "Kept title"


def test_problems_are_kept_with_their_files_and_lines(tmp_path: Path, mini_curriculum: Path):
    module = mini_curriculum / "modules" / "water" / "en.md"
    module.write_text(
        module.read_text(encoding="utf-8") + "\n---\n\n## Broken\n\n![gone](images/gone.svg)\n",
        encoding="utf-8",
    )
    kept = tmp_path / "kept"
    [fresh] = scan([mini_curriculum], kept)
    assert fresh.problems.errors
    [again] = scan([mini_curriculum], kept)
    assert again.problems == fresh.problems
    assert module in {p.path for p in again.problems}
    assert all(p.path.is_relative_to(mini_curriculum) for p in again.problems)


@pytest.mark.parametrize("how", ["same size and time", "new picture", "picture removed"])
def test_any_change_to_the_files_loads_them_again(tmp_path: Path, mini_curriculum: Path, how: str):
    kept = tmp_path / "kept"
    module = mini_curriculum / "modules" / "water" / "en.md"
    images = mini_curriculum / "modules" / "water" / "images"
    if how == "new picture":  # named before it is there: a mistake, until it is added
        text = module.read_text(encoding="utf-8")
        module.write_text(text.replace("images/water.svg)", "images/extra.svg)", 1), "utf-8")
    [before] = scan([mini_curriculum], kept)
    if how == "same size and time":
        # An edit that keeps the size and puts the old modification time back: the change
        # time still moves, so the kept load is not used.
        text = module.read_text(encoding="utf-8")
        stat = module.stat()
        swapped = text.replace("Water", "Wader", 1)
        assert swapped != text and len(swapped) == len(text)
        module.write_text(swapped, encoding="utf-8")
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif how == "new picture":
        (images / "extra.svg").write_bytes((images / "sun.svg").read_bytes())
    else:
        (images / "sun.svg").unlink()
    [after] = scan([mini_curriculum], kept)
    assert after == load_curriculum(mini_curriculum)
    assert after != before


def test_a_new_version_of_the_app_loads_every_curriculum_again(
    tmp_path: Path, mini_curriculum: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = folder_signature(mini_curriculum)
    monkeypatch.setattr(folders, "__version__", "99.0")
    assert folder_signature(mini_curriculum) != before


def test_markup_the_renderer_does_not_write_is_refused(tmp_path: Path, mini_curriculum: Path):
    canary = outside_file(tmp_path)
    kept = tmp_path / "kept"
    [fresh] = scan([mini_curriculum], kept)

    def inject(result: dict) -> None:  # type: ignore[type-arg]
        first_slide(result)["blocks"][0]["html"] = f'<p><img src="{canary}">x</p>'

    rewrite_kept(kept, inject)
    [result] = scan([mini_curriculum], kept)
    assert result == fresh
    assert all("<img" not in s.html for m in result.curriculum.modules for s in m.text().slides)


@pytest.mark.parametrize(
    "path",
    [[0, "../../outside/picture.svg"], [0, "/etc/passwd"], [1, "modules/../../x.svg"], [2, "a"]],
)
def test_a_path_outside_the_curriculum_is_refused(
    tmp_path: Path, mini_curriculum: Path, path: list
) -> None:  # type: ignore[type-arg]
    kept = tmp_path / "kept"
    [fresh] = scan([mini_curriculum], kept)

    def move(result: dict) -> None:  # type: ignore[type-arg]
        result["curriculum"]["modules"][0]["path"] = path

    rewrite_kept(kept, move)
    [result] = scan([mini_curriculum], kept)
    assert result == fresh


@pytest.mark.parametrize(
    "damage",
    ["not json", "[]", '{"signature": 1}', "wrong type", "extra field", "missing field"],
)
def test_a_damaged_kept_load_is_loaded_from_the_files(
    tmp_path: Path, mini_curriculum: Path, damage: str
) -> None:
    kept = tmp_path / "kept"
    [fresh] = scan([mini_curriculum], kept)
    file = kept_file(kept)
    if damage == "wrong type":
        rewrite_kept(kept, lambda r: first_slide(r).update(index="7"))
    elif damage == "extra field":
        rewrite_kept(kept, lambda r: first_slide(r).update(extra=1))
    elif damage == "missing field":
        rewrite_kept(kept, lambda r: first_slide(r).pop("title"))
    else:
        file.write_text(damage, encoding="utf-8")
    [result] = scan([mini_curriculum], kept)
    assert result == fresh == load_curriculum(mini_curriculum)
    # The load is kept again, whole.
    assert ScanCache(kept).load(mini_curriculum, folder_signature(mini_curriculum)) == fresh


def test_an_oversized_kept_load_is_not_read(
    tmp_path: Path, mini_curriculum: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept"
    scan([mini_curriculum], kept)
    rewrite_kept(kept, lambda r: first_slide(r).update(title="Kept title"))
    monkeypatch.setattr(scan_cache, "MAX_BYTES", 100)
    [result] = scan([mini_curriculum], kept)
    assert result == load_curriculum(mini_curriculum)


def test_a_folder_that_cannot_be_written_only_costs_the_next_start(
    tmp_path: Path, mini_curriculum: Path
) -> None:
    blocked = tmp_path / "kept"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    assert scan([mini_curriculum], blocked) == [load_curriculum(mini_curriculum)]


def test_everything_the_renderer_writes_passes_the_markup_check(tmp_path: Path) -> None:
    source = "\n".join(
        [
            "# One",
            "###### Six",
            "Some *soft* and **strong** words, `code`, a [link](https://example.org) and",
            "<https://example.org/auto>, raw <b>HTML</b> & entities &copy; &#60; \"quotes\" 'x'.  ",
            "A hard break above.",
            "",
            "- a list",
            "  - nested",
            "",
            "3. starts at three",
            "4. then four",
            "",
            "> a quote",
            "",
            "```bash <b>",
            "echo 'fenced' < in",
            "```",
            "",
            "    indented code",
            "",
            "***",
            "",
            "![a picture](images/p.svg) beside words",
            "<div>raw block</div>",
        ]
    )
    blocks = parse_text(source).blocks
    assert len(blocks) >= 10
    for block in blocks:
        assert _SAFE_HTML.fullmatch(block.html), block.html


def test_hostile_and_shipped_curricula_are_kept(tmp_path: Path, starter_curriculum: Path) -> None:
    """Their slide text passes the markup check, so they are read back, not parsed again."""
    hostile = make_hostile_curriculum(tmp_path, outside_file(tmp_path))
    for folder in (hostile, starter_curriculum):
        fresh = load_curriculum(folder)
        cache = ScanCache(tmp_path / "kept")
        signature = folder_signature(folder)
        cache.store(folder, signature, fresh)
        assert cache.load(folder, signature) == fresh, folder

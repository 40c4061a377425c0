"""The stored position of an open session survives, and bad files or ids are harmless."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.session.position import (
    Position,
    forget_position,
    load_position,
    position_file,
    save_position,
)


def test_a_position_is_kept_and_forgotten(tmp_path: Path) -> None:
    path = position_file(tmp_path, "3f2a-77")
    assert path is not None and path.parent == tmp_path / "sessions"
    assert load_position(path) is None
    save_position(path, Position("refuse", 6, "es", 612.5))
    assert load_position(path) == Position("refuse", 6, "es", 612.5)
    forget_position(path)
    assert load_position(path) is None and not path.exists()


def test_an_id_that_names_another_folder_is_refused(tmp_path: Path) -> None:
    assert position_file(tmp_path, "../settings") is None
    assert position_file(tmp_path, "a/b") is None
    assert load_position(None) is None


def test_a_damaged_file_reads_as_no_position(tmp_path: Path) -> None:
    path = position_file(tmp_path, "s1")
    assert path is not None
    path.parent.mkdir()
    for text in ("", "{", '{"index": "x"}', "[]", '{"slide_id": "a", "index": 1}'):
        path.write_text(text)
        assert load_position(path) is None

"""Languages that are spoken, not written: slides from a written companion, narration recorded."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.curriculum.loader import load_curriculum

from .spoken import spoken_curriculum


def _errors(folder: Path) -> list[str]:
    return [p.format() for p in load_curriculum(folder).problems.errors]


def test_a_spoken_language_with_every_recording_loads(tmp_path: Path) -> None:
    folder = spoken_curriculum(tmp_path)
    result = load_curriculum(folder)
    assert result.ok, [p.format() for p in result.problems]
    curriculum = result.curriculum
    assert curriculum is not None
    mam = curriculum.language("mam")
    assert mam is not None and mam.spoken_only and mam.companion == "es"
    assert mam.name == "Qyol Mam"
    module = curriculum.modules[0]
    text = module.text("mam")
    assert text.lang == "mam" and text.spoken and text.spoken_from == "es"
    # The same slides, ids and pictures as the Spanish text it is read alongside.
    assert text.slide_ids == module.text("es").slide_ids
    assert not module.text("es").spoken


def test_a_missing_recording_is_an_error_naming_the_slide(tmp_path: Path) -> None:
    folder = spoken_curriculum(tmp_path)
    (folder / "modules" / "water" / "narration" / "mam" / "rest.ogg").unlink()
    (folder / "modules" / "water" / "narration" / "mam" / "q-when.b.ogg").unlink()
    (folder / "modules" / "water" / "narration" / "mam" / "q-when.why.ogg").unlink()
    errors = _errors(folder)
    assert any("the Why: of 'q-when' has no mam recording" in e for e in errors), errors
    assert len([e for e in errors if "mam recording" in e]) == 3, "nothing else is blamed"
    assert any("slide 'rest' has no mam recording" in e and "es.md:" in e for e in errors), errors
    assert any("choice B of 'q-when' has no mam recording" in e for e in errors), errors
    assert all("wsr-edu record" in e for e in errors if "mam recording" in e)


def test_a_missing_kiosk_welcome_is_a_warning_naming_its_file(tmp_path: Path) -> None:
    folder = spoken_curriculum(tmp_path)
    (folder / "kiosk" / "mam" / "welcome.ogg").unlink()
    result = load_curriculum(folder)
    assert result.ok, "the lessons can be taught without it"
    warnings = [p.format() for p in result.problems.warnings]
    assert any(
        "curriculum.toml:11:" in w and "no kiosk welcome recording (kiosk/mam/welcome.ogg)" in w
        for w in warnings
    ), warnings


def test_nothing_recorded_lists_every_part(tmp_path: Path) -> None:
    folder = spoken_curriculum(tmp_path, record=False)
    errors = [e for e in _errors(folder) if "mam recording" in e]
    curriculum_text = (folder / "modules" / "water" / "es.md").read_text(encoding="utf-8")
    slides = curriculum_text.count("\n## ")
    assert len(errors) >= slides


def test_a_companion_that_is_not_a_written_language_is_refused(tmp_path: Path) -> None:
    folder = spoken_curriculum(tmp_path)
    toml = folder / "curriculum.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('companion = "es"', 'companion = "ht"'),
        encoding="utf-8",
    )
    errors = _errors(folder)
    assert any("reads alongside 'ht', which is not a written language" in e for e in errors)
    assert any("curriculum.toml:11:" in e for e in errors), "the line of mam in curriculum.toml"


def test_wrong_types_in_a_spoken_language_say_what_is_expected(tmp_path: Path) -> None:
    folder = spoken_curriculum(tmp_path)
    toml = folder / "curriculum.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace("spoken = true", 'spoken = "yes"'),
        encoding="utf-8",
    )
    errors = _errors(folder)
    assert any("'spoken' of language 'mam' must be true or false, not text" in e for e in errors)


def test_a_spoken_default_language_is_refused(tmp_path: Path) -> None:
    folder = spoken_curriculum(tmp_path)
    toml = folder / "curriculum.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'default_language = "en"', 'default_language = "mam"'
        ),
        encoding="utf-8",
    )
    assert any("default_language 'mam' is spoken, not written" in e for e in _errors(folder))


def test_narrate_makes_no_voice_for_a_spoken_language(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = spoken_curriculum(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "wsr_edu", "narrate", str(folder), "--lang", "mam", "--dry-run"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "mam is spoken, not written: no voice is generated" in done.stdout, done.stdout
    assert not (folder / "modules" / "water" / "narration" / "generated" / "mam").exists()
    report = subprocess.run(
        [sys.executable, "-m", "wsr_edu", "narrate", str(folder), "--report", "--lang", "mam"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    row = next(line for line in report.stdout.splitlines() if line.strip().startswith("mam "))
    person, generated, nothing, parts = (int(n) for n in row.split()[-4:])
    assert person == parts and generated == 0 and nothing == 0

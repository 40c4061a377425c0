"""A worker's walk through a module: answers and completion are recorded, reset forgets all."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.kiosk.assets import PROMPT_TEXT, prompt_file, tone_file
from wsr_edu.kiosk.config import KioskConfig
from wsr_edu.session.visit import KioskVisit, offers
from wsr_edu.session.visit_records import MemoryRecorder


def _walk(mini: Path, **config: object) -> tuple[KioskVisit, MemoryRecorder]:
    curriculum = load_curriculum(mini).curriculum
    assert curriculum is not None
    cfg = KioskConfig(**config)  # type: ignore[arg-type]
    recorder = MemoryRecorder()
    return KioskVisit(offers([curriculum], cfg), cfg, recorder), recorder


def test_walk_records_one_completed_visit(mini_curriculum: Path) -> None:
    walk, recorder = _walk(mini_curriculum, site="Barn 2")
    assert [lang.code for lang in walk.languages] == ["en", "es"]
    walk.choose_language("es")
    walk.start(walk.modules()[0])
    while walk.slide is not None and walk.slide.question is None:
        walk.next()
    assert walk.slide is not None and walk.slide.id == "q-when"
    assert walk.answer([0]) is False
    assert walk.answer([1]) is True, "a second tap is judged but the first answer is kept"
    walk.next()
    assert walk.at_end
    walk.next()
    walk.reset()
    assert len(recorder.visits) == 1
    visit = recorder.visits[0]
    assert visit.completed and visit.language == "es" and visit.site == "Barn 2"
    assert visit.code is None and visit.module_id == "water"
    assert [(a.question_id, a.chosen, a.correct) for a in visit.answers] == [
        ("q-when", (0,), False)
    ]


def test_unfinished_visit_hands_over_its_answers_on_reset(mini_curriculum: Path) -> None:
    walk, recorder = _walk(mini_curriculum)
    walk.choose_language("en")
    walk.start(walk.modules()[0])
    walk.reset()
    assert recorder.visits == [], "a visit without answers leaves no trace"
    walk.choose_language("en")
    walk.start(walk.modules()[0])
    walk.next()
    walk.next()
    walk.answer([1])
    walk.reset()
    assert [(v.completed, v.correct) for v in recorder.visits] == [(False, 1)]


def test_code_is_kept_only_when_the_admin_allows_it(mini_curriculum: Path) -> None:
    walk, _ = _walk(mini_curriculum)
    walk.set_code("K7M-4PX")
    assert walk.code is None
    walk, _ = _walk(mini_curriculum, allow_codes=True)
    walk.set_code("K7M-4PX")
    assert walk.code == "K7M-4PX"


def test_reset_forgets_the_worker(mini_curriculum: Path) -> None:
    walk, recorder = _walk(mini_curriculum, allow_codes=True)
    walk.choose_language("es")
    walk.set_code("K7M-4PX")
    walk.start(walk.modules()[0])
    walk.next()
    walk.next()
    walk.answer([1])
    walk.reset()
    assert recorder.visits[0].code == "K7M-4PX"
    assert (walk.language, walk.code, walk.offer, walk.index, walk.answers) == (
        None,
        None,
        None,
        0,
        {},
    )


def test_admin_can_narrow_languages(mini_curriculum: Path) -> None:
    walk, _ = _walk(mini_curriculum, languages=["es"])
    assert [lang.code for lang in walk.languages] == ["es"]
    walk, _ = _walk(mini_curriculum, modules=["mini/none"])
    assert walk.offered == []


def test_shipped_sounds_exist() -> None:
    import soundfile

    for lang in PROMPT_TEXT:
        path = prompt_file(lang)
        assert path is not None, lang
        info = soundfile.info(str(path))
        assert info.channels == 1 and 16000 <= info.samplerate <= 22050 and info.duration > 1
    assert prompt_file("mam") is None
    for name in ("right", "wrong"):
        path = tone_file(name)
        assert path is not None and path.stat().st_size < 100_000


def test_each_answer_is_handed_over_when_given_with_its_visits_key(mini_curriculum: Path) -> None:
    walk, recorder = _walk(mini_curriculum, site="Barn 2")
    walk.choose_language("es")
    walk.start(walk.modules()[0])
    first_key = walk.visit_key
    walk.next()
    walk.next()
    walk.answer([0])
    walk.answer([1])
    assert recorder.visits == [], "the visit has not ended"
    assert [(g.answer.question_id, g.answer.chosen, g.site) for g in recorder.answers] == [
        ("q-when", (0,), "Barn 2")
    ]
    assert recorder.answers[0].visit_key == first_key
    walk.next()
    assert [v.key for v in recorder.visits] == [first_key]
    walk.reset()
    walk.choose_language("en")
    walk.start(walk.modules()[0])
    assert walk.visit_key and walk.visit_key != first_key, "every visit gets a key of its own"

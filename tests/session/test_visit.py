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


def _at_question(mini: Path) -> tuple[KioskVisit, MemoryRecorder]:
    walk, recorder = _walk(mini)
    walk.choose_language("en")
    walk.start(walk.modules()[0])
    assert walk.next() and walk.next()
    assert walk.slide is not None and walk.slide.question is not None
    return walk, recorder


def test_first_tap_hears_a_choice_second_tap_chooses_it(mini_curriculum: Path) -> None:
    from wsr_edu.session.visit import Tap

    walk, recorder = _at_question(mini_curriculum)
    assert walk.tap_choice(0) is Tap.HEAR and walk.highlighted == 0
    assert walk.tap_choice(1) is Tap.HEAR and walk.highlighted == 1, "another card: heard too"
    assert walk.answers == {} and recorder.answers == [], "hearing answers nothing"
    assert walk.tap_choice(1) is Tap.ANSWERED
    assert walk.last_answer == ((1,), True)
    assert [g.answer.chosen for g in recorder.answers] == [(1,)]
    # Once answered, a tap only says a choice again; the first answer stays.
    assert walk.tap_choice(0) is Tap.HEAR and walk.tap_choice(0) is Tap.HEAR
    assert walk.answers["q-when"].chosen == (1,) and len(recorder.answers) == 1


def test_choose_answers_the_card_heard_and_nothing_before(mini_curriculum: Path) -> None:
    from wsr_edu.session.visit import Tap

    walk, recorder = _at_question(mini_curriculum)
    assert walk.choose() is Tap.HEAR and walk.answers == {}, "nothing heard yet: nothing chosen"
    walk.tap_choice(0)
    assert walk.choose() is Tap.ANSWERED and walk.last_answer == ((0,), False)


def test_next_waits_for_an_answer_or_an_explicit_skip(mini_curriculum: Path) -> None:
    walk, recorder = _at_question(mini_curriculum)
    index = walk.index
    assert walk.waiting_for_answer
    assert walk.next() is False and walk.index == index, "Next does not pass a question by"
    assert walk.skip() is True and walk.at_end and walk.skipped == {"q-when"}
    walk.back()
    assert walk.index == index and not walk.waiting_for_answer, "a skipped question may be left"
    walk.tap_choice(1)
    walk.tap_choice(1)
    assert walk.skipped == set(), "answered after all: no longer skipped"
    assert walk.next() and walk.at_end
    walk.reset()
    assert [v.completed for v in recorder.visits] == [True]


def test_skip_on_a_slide_that_is_not_a_question_does_nothing(mini_curriculum: Path) -> None:
    walk, _ = _walk(mini_curriculum)
    walk.choose_language("en")
    walk.start(walk.modules()[0])
    assert walk.skip() is False and walk.index == 0


def test_a_choose_all_question_marks_cards_then_checks(tmp_path: Path) -> None:
    from wsr_edu.session.visit import Tap

    module = tmp_path / "c" / "modules" / "m"
    module.mkdir(parents=True)
    (tmp_path / "c" / "curriculum.toml").write_text(
        'format = 1\nid = "c"\nversion = "1.0.0"\norganisation = "O"\n'
        'default_language = "en"\nmodules = ["m"]\n[languages]\nen = "English"\n'
        '[title]\nen = "C"\n[complaint_line]\nnumber = "555"\n',
        encoding="utf-8",
    )
    (module / "en.md").write_text(
        "---\ntitle: M\nsummary: S.\nminutes: 5\n---\n\n## Which? {#q-all}\n\n"
        "- [x] One\n- [ ] Two\n- [x] Three\n\nWhy: Because.\n",
        encoding="utf-8",
    )
    walk, recorder = _walk(tmp_path / "c")
    walk.choose_language("en")
    walk.start(walk.modules()[0])
    assert walk.check_marked() is False, "nothing marked: nothing to check"
    assert walk.tap_choice(0) is Tap.HEAR and walk.tap_choice(0) is Tap.MARKED
    assert walk.tap_choice(2) is Tap.HEAR and walk.tap_choice(2) is Tap.MARKED
    assert walk.tap_choice(1) is Tap.HEAR and walk.tap_choice(1) is Tap.MARKED
    assert walk.tap_choice(1) is Tap.UNMARKED and walk.marked == {0, 2}
    assert walk.answers == {}
    assert walk.check_marked() is True and walk.last_answer == ((0, 2), True)
    assert [g.answer.chosen for g in recorder.answers] == [(0, 2)]


def test_next_or_skip_walks_every_slide_passing_questions(mini_curriculum: Path) -> None:
    walk, recorder = _walk(mini_curriculum)
    assert walk.next_or_skip() is False, "no module started yet"
    walk.choose_language("en")
    walk.start(walk.modules()[0])
    seen = [walk.slide.id if walk.slide else None]
    while walk.next_or_skip():
        seen.append(walk.slide.id if walk.slide else None)
    assert walk.at_end and seen[-1] is None
    assert "q-when" in seen and walk.skipped == {"q-when"} and not walk.answers
    assert walk.next_or_skip() is False, "nothing after the end"
    walk.reset()
    assert [(v.completed, v.correct) for v in recorder.visits] == [(True, 0)]

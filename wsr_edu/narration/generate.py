"""Making the missing voices ahead of time: plan what changed, generate it, report plainly."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TextIO

from ..atomic import atomic_write, remove_stale_parts
from ..curriculum.model import Choice, ComplaintLine, Curriculum, Module, ModuleText, Slide
from ..progress import Progress
from .engines import Audio, Engine, EngineError, EngineUnavailable, speakable
from .manifest import Entry, Manifest, text_hash
from .sources import (
    _PREFERENCE,
    CARD_AUDIO,
    Part,
    audio_name,
    card_speech,
    choice_index,
    generated_dir,
    recording_path,
    split_audio_name,
)

AUTO = "auto"


class NarrateAbort(Exception):
    """Nothing can be generated at all (no network for gTTS, no espeak-ng); nothing was written."""


@dataclass(frozen=True)
class Options:
    engine: str = AUTO
    """"auto", "gtts" or "espeak-ng"."""
    languages: tuple[str, ...] = ()
    """Only these languages; empty for all."""
    jobs: int = 4
    force: bool = False
    dry_run: bool = False
    retries: int = 3
    backoff_s: float = 1.0
    titles: bool = True
    """Also make each module's title (`_title`), spoken when a worker touches its kiosk tile."""


@dataclass
class Job:
    module: Module
    manifest: Manifest
    lang: str
    slide_id: str
    """The manifest key and file name: the slide id, or `<slide-id>.why` for an explanation."""
    text: str
    hash: str
    engine: Engine | None = None

    @property
    def label(self) -> str:
        return f"{self.module.id}/{self.lang}/{self.slide_id}"


@dataclass
class Report:
    generated: list[tuple[str, str]] = field(default_factory=list)
    """(slide label, engine) made in this run, or that would be made in a dry run."""
    up_to_date: list[str] = field(default_factory=list)
    recordings: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed


class Narrator:
    """Generates voices for one curriculum with the engines it is given."""

    def __init__(
        self,
        engines: Mapping[str, Engine],
        options: Options,
        progress_stream: TextIO | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._engines = engines
        self._options = options
        self._stream = progress_stream
        self._sleep = sleep
        self._manifests: dict[str, Manifest] = {}

    def run(self, curriculum: Curriculum) -> Report:
        report = Report(dry_run=self._options.dry_run)
        jobs, orphans = self._plan(curriculum, report)
        self._assign_engines(jobs, report)
        runnable = [job for job in jobs if job.engine is not None]
        if self._options.dry_run:
            report.generated = [(job.label, job.engine.name) for job in runnable if job.engine]
            report.removed = [f"{m.id}/{lang}/{sid}" for m, lang, sid in orphans]
            return report
        for module in curriculum.spoken_parts:
            remove_stale_parts(module.path / "narration" / "generated")
        self._generate(runnable, report)
        for module_manifest, lang, sid in orphans:
            self._remove_orphan(module_manifest, lang, sid, report)
        return report

    def _plan(
        self, curriculum: Curriculum, report: Report
    ) -> tuple[list[Job], list[tuple[Module, str, str]]]:
        wanted = set(self._options.languages)
        jobs: list[Job] = []
        orphans: list[tuple[Module, str, str]] = []
        feedback = curriculum.feedback
        for module in curriculum.spoken_parts:
            manifest = Manifest(module.path / "narration" / "generated")
            self._manifests[module.id] = manifest
            if manifest.problem:
                report.notes.append(manifest.problem)
            for lang, text in module.texts.items():
                if wanted and lang not in wanted:
                    continue
                if text.spoken:
                    note = (
                        f"{lang} is spoken, not written: no voice is generated for it; "
                        f"record it with: wsr-edu record {curriculum.path} --lang {lang}"
                    )
                    if note not in report.notes:
                        report.notes.append(note)
                    continue
                # The feedback has no tile, so no title to say; modules say theirs.
                with_title = self._options.titles and module is not feedback
                title = [(Part.TITLE, 0, speakable(text.title))] if with_title else []
                for slide in (None, *text.slides):
                    parts = title if slide is None else _spoken_parts(slide)
                    slide_id = "" if slide is None else slide.id
                    for part, choice, spoken in parts:
                        key = audio_name(slide_id, part, choice)
                        label = f"{module.id}/{lang}/{key}"
                        if recording_path(module, lang, slide_id, part, choice) is not None:
                            report.recordings.append(label)
                            continue
                        if not spoken:
                            report.failed.append((label, "the slide has no text to speak"))
                            continue
                        job = Job(module, manifest, lang, key, spoken, text_hash(spoken))
                        if self._is_current(job):
                            report.up_to_date.append(label)
                        else:
                            jobs.append(job)
                line = curriculum.complaint_line
                if line is not None and module is not feedback:
                    card = self._card_job(module, manifest, lang, line, curriculum, report)
                    if card is not None:
                        jobs.append(card)
                orphans += [
                    (module, lang, key)
                    for key in manifest.slide_ids(lang)
                    if not _still_spoken(text, key)
                ]
            for lang in manifest.languages():
                if lang not in module.texts and (not wanted or lang in wanted):
                    orphans += [(module, lang, sid) for sid in manifest.slide_ids(lang)]
        return jobs, orphans

    def _card_job(
        self,
        module: Module,
        manifest: Manifest,
        lang: str,
        line: ComplaintLine,
        curriculum: Curriculum,
        report: Report,
    ) -> Job | None:
        """The complaint card's voice in this module and language, unless recorded or current."""
        label = f"{module.id}/{lang}/{CARD_AUDIO}"
        if recording_path(module, lang, CARD_AUDIO) is not None:
            report.recordings.append(label)
            return None
        spoken = speakable(card_speech(line, lang, curriculum.default_language))
        job = Job(module, manifest, lang, CARD_AUDIO, spoken, text_hash(spoken))
        if self._is_current(job):
            report.up_to_date.append(label)
            return None
        return job

    def _is_current(self, job: Job) -> bool:
        if self._options.force:
            return False
        entry = job.manifest.get(job.lang, job.slide_id)
        if entry is None or entry.hash != job.hash:
            return False
        if self._options.engine != AUTO and entry.engine != self._options.engine:
            return False  # asked for another voice than the one on file
        path = job.manifest.file_of(entry)
        return path.is_file() and path.stat().st_size > 0

    def _assign_engines(self, jobs: list[Job], report: Report) -> None:
        choice: dict[str, Engine | str] = {}
        for lang in dict.fromkeys(job.lang for job in jobs):
            choice[lang] = self._choose(lang, report)
        for job in jobs:
            picked = choice[job.lang]
            if isinstance(picked, str):
                report.failed.append((job.label, picked))
            else:
                job.engine = picked

    def _choose(self, lang: str, report: Report) -> Engine | str:
        """The engine for `lang`, or why there is none. Raises NarrateAbort for a fatal lack."""
        wanted = self._options.engine
        if wanted != AUTO:
            engine = self._engines[wanted]
            try:
                engine.check_ready()
            except EngineUnavailable as exc:
                raise NarrateAbort(f"{exc}\nNothing was written.") from exc
            if engine.voice_for(lang) is None:
                other = "espeak" if wanted == "gtts" else "gtts"
                return (
                    f"{wanted} has no voice for '{lang}' (try --engine {other}, or record "
                    "a native speaker)"
                )
            return engine
        online = self._engines.get("gtts")
        if online is not None and online.voice_for(lang) is not None:
            try:
                online.check_ready()
                return online
            except EngineUnavailable as exc:
                note = f"{str(exc).splitlines()[0]} Using the offline voice instead."
                if note not in report.notes:
                    report.notes.append(note)
        offline = self._engines.get("espeak-ng")
        if offline is None:
            return "no offline voice engine is available"
        try:
            offline.check_ready()
        except EngineUnavailable as exc:
            if str(exc) not in report.notes:
                report.notes.append(str(exc))
            return "espeak-ng, the offline voice, is not installed (see below)"
        if offline.voice_for(lang) is None:
            return (
                f"no synthetic voice speaks '{lang}': record a native speaker "
                f"(narration/{lang}/<slide-id>.ogg)"
            )
        return offline

    def _generate(self, jobs: list[Job], report: Report) -> None:
        if not jobs:
            return
        progress = Progress(len(jobs), self._stream)
        pool = ThreadPoolExecutor(
            max_workers=max(1, self._options.jobs), thread_name_prefix="narrate"
        )
        try:
            futures = {pool.submit(self._make, job): job for job in jobs}
            for future in as_completed(futures):
                job = futures[future]
                error = future.result()
                if error is None:
                    assert job.engine is not None
                    report.generated.append((job.label, job.engine.name))
                else:
                    report.failed.append((job.label, error))
                progress.step(job.label, ok=error is None)
        finally:
            # On Ctrl+C, drop the jobs not yet started; the running ones finish their write.
            pool.shutdown(wait=True, cancel_futures=True)
            progress.finish()

    def _make(self, job: Job) -> str | None:
        """Generate and store one voice; returns None, or why it failed."""
        assert job.engine is not None
        attempts = max(1, self._options.retries + 1)
        for attempt in range(attempts):
            try:
                audio = job.engine.synthesize(job.text, job.lang)
                break
            except EngineError as exc:
                if not exc.retryable or attempt == attempts - 1:
                    tries = f" (after {attempt + 1} tries)" if attempt else ""
                    return f"{job.engine.name}: {exc}{tries}"
                self._sleep(self._options.backoff_s * (2**attempt))
            except Exception as exc:  # an engine bug must not stop the other slides
                return f"{job.engine.name}: unexpected failure: {exc!r}"
        try:
            self._store(job, audio)
        except OSError as exc:
            return f"could not save the file: {exc}"
        return None

    def _store(self, job: Job, audio: Audio) -> None:
        folder = generated_dir(job.module, job.lang)
        target = folder / f"{job.slide_id}{audio.extension}"
        atomic_write(target, audio.data)
        # Another format left from an earlier voice would win the lookup: remove it.
        for ext in _PREFERENCE:
            if ext != audio.extension:
                with contextlib.suppress(FileNotFoundError):
                    (folder / f"{job.slide_id}{ext}").unlink()
        job.manifest.put(
            job.lang,
            job.slide_id,
            Entry(
                hash=job.hash,
                engine=audio.engine,
                voice=audio.voice,
                file=f"{job.lang}/{target.name}",
                engine_version=audio.engine_version,
            ),
        )

    def _remove_orphan(self, module: Module, lang: str, slide_id: str, report: Report) -> None:
        manifest = self._manifests[module.id]
        entry = manifest.get(lang, slide_id)
        if entry is not None:
            with contextlib.suppress(FileNotFoundError):
                manifest.file_of(entry).unlink()
        manifest.remove(lang, slide_id)
        report.removed.append(f"{module.id}/{lang}/{slide_id}")


def _spoken_parts(slide: Slide) -> list[tuple[Part, int, str]]:
    """What is spoken for a slide: its narration, a question's `Why:` explanation if any,
    and each answer choice with its letter ("B: Every 15 minutes"), heard at the kiosk."""
    parts = [(Part.SLIDE, 0, speakable(slide.narration))]
    if slide.question is not None:
        if slide.question.why.strip():
            parts.append((Part.WHY, 0, speakable(slide.question.why)))
        for i, choice in enumerate(slide.question.choices):
            parts.append((Part.CHOICE, i, speakable(choice_script(choice, i))))
    return parts


def choice_script(choice: Choice, index: int) -> str:
    """What a choice's voice says: its letter, then its words (the letter alone if none)."""
    words = _plain_choice(choice.text)
    return f"{choice.letter(index)}: {words}" if words else choice.letter(index)


def _plain_choice(text: str) -> str:
    import re

    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    return re.sub(r"[*_`#>]+", "", text).strip()


def _still_spoken(text: ModuleText, key: str) -> bool:
    """False when a manifest entry's slide, or its question's explanation, no longer exists."""
    if key == CARD_AUDIO:
        return True  # every module ends with the card
    slide_id, part = split_audio_name(key)
    if part is Part.TITLE:
        return bool(text.title.strip())
    slide = text.slide(slide_id)
    if slide is None:
        return False
    if part is Part.CHOICE:
        index = choice_index(key)
        return (
            slide.question is not None
            and index is not None
            and (index < len(slide.question.choices))
        )
    return part is Part.SLIDE or (slide.question is not None and bool(slide.question.why.strip()))

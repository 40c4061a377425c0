"""Parsing one module file (`<lang>.md`): front matter, slides, notes, narration and questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .model import Choice, ModuleText, Picture, Question, Slide
from .problems import ProblemList
from .resources import PictureGate
from .slidetext import MAX_DEPTH, parse_text, plain_inline

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_HEADING_START = re.compile(r"#{1,6}\s")
_TASK = re.compile(r"^\s{0,3}[-*+]\s+\[( |x|X)\]\s*(.*)$")
_MARKER = re.compile(r"^(Note|Notes|Say)\s*:\s*(.*)$", re.IGNORECASE)
_WHY = re.compile(r"^Why\s*:\s*(.*)$", re.IGNORECASE)
_SEPARATOR = "---"
_FRONT_KEYS = {"title", "summary", "minutes"}


def split_lines(source: str) -> list[str]:
    """Lines as an editor numbers them: only '\\n' ends a line (not U+2028, form feed...)."""
    return [line.removesuffix("\r") for line in source.split("\n")]


@dataclass
class ParsedModule:
    text: ModuleText | None
    images: list[Picture] = field(default_factory=list)
    slide_lines: dict[str, int] = field(default_factory=dict)


def parse_module_text(
    path: Path,
    lang: str,
    source: str,
    problems: ProblemList,
    gate: PictureGate | None = None,
    *,
    feedback: bool = False,
) -> ParsedModule:
    """Parse the text of a module file; problems are added with the file's line numbers.

    With `feedback`, the file holds the curriculum's anonymous feedback questions: every
    slide is a question whose answers are neither right nor wrong, each with a picture.
    """
    gate = gate or PictureGate(path.parent)
    lines = split_lines(source)
    if lines and lines[-1] == "":
        lines.pop()
    front, body_start = _front_matter(path, lines, problems)
    chunks = _split_slides(lines, body_start)
    slides: list[Slide] = []
    images: list[Picture] = []
    seen: dict[str, int] = {}
    for start, chunk in chunks:
        if not any(line.strip() for line in chunk):
            problems.warning(
                path, start, "empty slide between two '---' lines", "remove one of the '---' lines"
            )
            continue
        slide = _parse_slide(path, len(slides), start, chunk, problems, images, gate, feedback)
        if slide.id in seen:
            problems.error(
                path,
                slide.line,
                f"slide id '{slide.id}' is used twice (first at line {seen[slide.id]})",
                "give every slide its own id, like {#pay-day}",
            )
            continue
        seen[slide.id] = slide.line
        slides.append(slide)
    if not slides:
        problems.error(
            path,
            max(body_start, 1),
            "the module has no slides",
            "add at least one slide starting with a heading such as '## Welcome {#welcome}'",
        )
    # Feedback takes a minute or two at the end; it has no teaching time of its own.
    minutes = _minutes(path, front, problems) if not feedback or "minutes" in front else 0
    text = ModuleText(
        lang=lang,
        path=path,
        title=front.get("title", ("", 0))[0],
        summary=front.get("summary", ("", 0))[0],
        minutes=minutes,
        slides=tuple(slides),
    )
    return ParsedModule(text, images, dict(seen))


def _front_matter(
    path: Path, lines: list[str], problems: ProblemList
) -> tuple[dict[str, tuple[str, int]], int]:
    """Return the front-matter fields (value, line) and the index of the first body line."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != _SEPARATOR:
        problems.error(
            path,
            (first or 0) + 1,
            "the file does not start with a front-matter block",
            "begin with '---', then 'title: ...', 'summary: ...', 'minutes: ...', then '---'",
        )
        return {}, first or 0
    close = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == _SEPARATOR), None)
    if close is None:
        problems.error(
            path,
            first + 1,
            "the front-matter block is never closed",
            "add a line holding only '---' after the 'minutes:' line",
        )
        return {}, len(lines)
    fields: dict[str, tuple[str, int]] = {}
    for i in range(first + 1, close):
        raw = lines[i].strip()
        if not raw or raw.startswith("#"):
            continue
        key, sep, value = raw.partition(":")
        key = key.strip().lower()
        if not sep:
            problems.error(
                path,
                i + 1,
                f"front-matter line '{raw}' has no ':'",
                "write it as 'name: value', for example 'minutes: 20'",
            )
            continue
        if key not in _FRONT_KEYS:
            problems.warning(
                path,
                i + 1,
                f"unknown front-matter field '{key}'",
                "only 'title', 'summary' and 'minutes' are used",
            )
        fields[key] = (value.strip().strip('"'), i + 1)
    if not fields.get("title", ("", 0))[0]:
        problems.error(
            path,
            first + 1,
            "the module has no title",
            "add a line 'title: ...' to the front matter",
        )
    if "summary" not in fields:
        problems.warning(
            path,
            first + 1,
            "the module has no summary",
            "add a line 'summary: ...' with one sentence about the module",
        )
    return fields, close + 1


def _minutes(path: Path, front: dict[str, tuple[str, int]], problems: ProblemList) -> int:
    value, line = front.get("minutes", ("", 0))
    if not value:
        if front:
            problems.warning(
                path,
                1,
                "the module does not say how long it takes",
                "add 'minutes: 20' (or the right number) to the front matter",
            )
        return 0
    if not value.isdigit() or int(value) <= 0:
        problems.error(
            path,
            line,
            f"minutes must be a whole number, not '{value}'",
            "write the teaching time in minutes, like 'minutes: 25'",
        )
        return 0
    return int(value)


def _split_slides(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    current_start = start + 1
    fenced = False
    for i in range(start, len(lines)):
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and line.strip() == _SEPARATOR:
            chunks.append((current_start, current))
            current, current_start = [], i + 2
            continue
        if not current and not line.strip():
            current_start = i + 2
            continue
        current.append(line)
    if any(line.strip() for line in current) or not chunks:
        chunks.append((current_start, current))
    # A trailing '---' at the end of the file leaves an empty last chunk: not a mistake.
    if len(chunks) > 1 and not any(line.strip() for line in chunks[-1][1]):
        chunks.pop()
    return chunks


def _heading(line: str) -> tuple[str, str | None] | None:
    """The title and the `{#id}` of a heading line, or None if it is not a heading.

    Written without backtracking regular expressions: a long line of spaces must not take
    minutes (a pattern like `(.*?)\\s*#*\\s*$` is cubic in the length of a space run).
    """
    start = _HEADING_START.match(line)
    if start is None:
        return None
    title = line[start.end() :].strip()
    candidate = None
    if title.endswith("}"):
        opening = title.rfind("{#")
        if opening >= 0 and "}" not in title[opening:-1]:
            candidate = title[opening + 2 : -1].strip()
            title = title[:opening].rstrip()
    end = len(title)
    while end > 0 and title[end - 1] == "#":
        end -= 1
    if end < len(title) and (end == 0 or title[end - 1] in " \t"):
        title = title[:end].rstrip()
    return title, candidate


def _parse_slide(
    path: Path,
    index: int,
    start: int,
    chunk: list[str],
    problems: ProblemList,
    images: list[Picture],
    gate: PictureGate,
    feedback: bool = False,
) -> Slide:
    title, slide_id, explicit = "", f"s{index + 1}", False
    body_from = 0
    heading_line = start
    heading = _heading(chunk[0])
    match = heading is not None
    if heading is not None:
        title, candidate = heading
        if candidate is not None:
            if ID_RE.match(candidate):
                slide_id, explicit = candidate, True
            else:
                problems.error(
                    path,
                    start,
                    f"slide id '{candidate}' is not allowed",
                    "use lower-case letters, digits and '-', like {#shade-breaks}",
                )
        body_from = 1
    else:
        problems.warning(
            path,
            start,
            "the slide does not start with a heading",
            "start each slide with a title line such as '## Water and shade {#water}'",
        )
    if not explicit and match:
        problems.warning(
            path,
            start,
            f"slide '{title}' has no id; it is called '{slide_id}' by its position",
            "add an id after the title, like {#water}, so records stay right when slides are added",
        )

    visible: list[str] = []
    visible_lines: list[int] = []
    hidden: dict[str, list[str]] = {"note": [], "say": []}
    section: str | None = None
    for offset, line in enumerate(chunk[body_from:], start=body_from):
        marker = _MARKER.match(line.strip())
        if marker:
            section = "say" if marker.group(1).lower() == "say" else "note"
            if marker.group(2).strip():
                hidden[section].append(marker.group(2).strip())
            continue
        if section:
            hidden[section].append(line)
        else:
            visible.append(line)
            visible_lines.append(start + offset)

    choices: list[Choice] = []
    why: list[str] = []
    body: list[str] = []
    body_lines: list[int] = []
    in_why = False
    for line, lineno in zip(visible, visible_lines, strict=True):
        task = _TASK.match(line)
        why_match = _WHY.match(line.strip())
        if task:
            in_why = False
            words, found = plain_inline(task.group(2))
            picture = None
            if found:
                picture = replace(found[0], line=lineno, path=gate(found[0].src))
                images.append(picture)
            if not words and picture is None:
                problems.error(
                    path,
                    lineno,
                    "this answer choice is empty",
                    "write the choice after '- [ ]' or '- [x]'",
                )
            choices.append(
                Choice(
                    text=words,
                    correct=task.group(1) in "xX",
                    image=picture.src if picture else None,
                    line=lineno,
                    index=len(choices),
                    picture=picture,
                )
            )
        elif why_match:
            in_why = True
            why.append(why_match.group(1))
        elif in_why and line.strip():
            why.append(line.strip())
        else:
            in_why = False
            body.append(line)
            body_lines.append(lineno)

    parsed = parse_text("\n".join(body), body_lines)
    if parsed.too_deep is not None:
        problems.error(
            path,
            parsed.too_deep,
            f"lists or quotes are nested more than {MAX_DEPTH} levels deep",
            "a slide cannot show that many levels; flatten the list or split the slide",
        )
    pictures = tuple(replace(p, path=gate(p.src)) for p in parsed.pictures)
    images.extend(pictures)
    question = None
    if choices:
        question = Question(tuple(choices), " ".join(w.strip() for w in why).strip())
        if feedback:
            _check_feedback(path, heading_line, slide_id, question, problems)
        elif not question.correct_indexes:
            problems.error(
                path,
                heading_line,
                f"question '{slide_id}' has no right answer",
                "mark each right choice with '- [x]'",
            )
        if len(choices) < 2:
            problems.error(
                path,
                heading_line,
                f"question '{slide_id}' has only one choice",
                "give at least two choices",
            )
        if not question.why and not feedback:
            problems.warning(
                path,
                heading_line,
                f"question '{slide_id}' has no explanation",
                "add a paragraph starting 'Why:' that explains the answer",
            )
    elif feedback:
        problems.error(
            path,
            heading_line,
            f"feedback slide '{slide_id}' has no answers",
            "every feedback slide is a question: add answers such as "
            "'- [ ] ![a smiling face](images/smile.svg) Yes'",
        )
    elif why:
        problems.warning(
            path,
            heading_line,
            "'Why:' on a slide that has no question",
            "add choices with '- [ ]' and '- [x]', or remove the 'Why:' paragraph",
        )

    return Slide(
        id=slide_id,
        index=index,
        title=title,
        body="\n".join(body).strip("\n"),
        notes="\n".join(hidden["note"]).strip(),
        say="\n".join(hidden["say"]).strip(),
        question=question,
        line=heading_line,
        blocks=tuple(parsed.blocks),
        pictures=pictures,
        explicit_id=explicit,
    )


def _check_feedback(
    path: Path, line: int, slide_id: str, question: Question, problems: ProblemList
) -> None:
    """Feedback answers are opinions, not right or wrong, and each is shown by a picture."""
    for choice in question.choices:
        if choice.correct:
            problems.error(
                path,
                choice.line,
                f"feedback answer {choice.letter()} of '{slide_id}' is marked right with '[x]'",
                "feedback answers are neither right nor wrong: write '- [ ]' for every answer",
            )
        if choice.picture is None:
            problems.error(
                path,
                choice.line,
                f"feedback answer {choice.letter()} of '{slide_id}' has no picture",
                "a worker who cannot read answers by the picture: write it after '- [ ]', like "
                "'- [ ] ![a smiling face](images/smile.svg) Yes'",
            )
    if question.why:
        problems.warning(
            path,
            line,
            f"'Why:' on feedback question '{slide_id}' is never shown",
            "feedback has no right answer to explain; remove the 'Why:' paragraph",
        )

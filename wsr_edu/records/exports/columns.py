"""The columns of every table, and how one session's row is written.

Standard library only: the SQL tables (`tables`) and the command line's quick CSV (`quick`)
write their rows with the same code, so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .cells import safe_text
from .labels import Labels

CHUNK = 10_000

SESSION_HEADERS = (
    "Session id",
    "Date",
    "Start",
    "End",
    "Hours",
    "Paid time",
    "Planned minutes",
    "Site",
    "Group",
    "Facilitator",
    "Language",
    "Language name",
    "Curriculum",
    "Version",
    "Module",
    "Module title",
    "Privacy mode",
    "Worker contacts",
    "Device",
)
SESSION_WORDS_FIRST = (
    "Date",
    "Start",
    "End",
    "Hours",
    "Paid time",
    "Planned minutes",
    "Site",
    "Group",
    "Facilitator",
    "Language name",
    "Module title",
    "Version",
    "Privacy mode",
    "Worker contacts",
    "Session id",
    "Language",
    "Curriculum",
    "Module",
    "Device",
)
QUESTION_HEADERS = (
    "Module",
    "Question",
    "Module title",
    "Question text",
    "Answers",
    "Correct",
    "Share correct",
    "Group answers",
    "Group correct",
    "Kiosk answers",
    "Kiosk correct",
)
QUESTION_WORDS_FIRST = (
    "Module title",
    "Question text",
    "Answers",
    "Correct",
    "Share correct",
    "Group answers",
    "Group correct",
    "Kiosk answers",
    "Kiosk correct",
    "Module",
    "Question",
)
UNDERSTANDING_HEADERS = (
    "Module title",
    "Question text",
    "Language name",
    "Version",
    "Answers",
    "Correct",
    "Share correct",
    "Module",
    "Question",
    "Language",
    "Curriculum",
)
PAID_HEADERS = (
    "Site",
    "Month",
    "Paid sessions",
    "Paid hours",
    "Worker contacts",
    "Paid worker hours",
    "Planned hours",
)
STATUS_WORDS = {
    "present": "present",
    "late": "late",
    "left_early": "left early",
    "excused": "excused",
}
FEEDBACK_HEADERS = (
    "Question text",
    "Answer",
    "Count",
    "Share of answers",
    "Where",
    "Site",
    "Month",
    "Language name",
    "Version",
    "Question",
    "Answer id",
    "Language",
    "Curriculum",
)


def attendance_headers(with_names: bool, words_first: bool = False) -> tuple[str, ...]:
    names = ("Name",) if with_names else ()
    if words_first:
        return (
            "Date",
            "Site",
            "Group",
            "Module title",
            "Language name",
            "Code",
            *names,
            "Status",
            "Marked at",
            "Session id",
            "Module",
            "Language",
        )
    return (
        "Session id",
        "Date",
        "Site",
        "Group",
        "Module",
        "Module title",
        "Language",
        "Language name",
        "Code",
        *names,
        "Status",
        "Marked at",
    )


def end_text(started: Any, ended: Any) -> str:
    """When a session ended, as its start is written: the time, beside the Date column; with
    its own date only for a session that ran past midnight (a night shift's)."""
    if not ended:
        return ""
    return ended.strftime("%H:%M" if ended.date() == started.date() else "%Y-%m-%d %H:%M")


def to_minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0)


def session_row(
    raw: tuple[Any, ...], labels: Labels, *, text: bool, titles: dict[tuple[str, str, str], str]
) -> tuple[Any, ...]:
    """One session's cells in SESSION_HEADERS order, from (id, started, ended, paid, planned,
    site, group, facilitator, language, curriculum, version, module, privacy, contacts,
    device) as read; `titles` keeps the module titles found, for the rows that follow."""
    (
        sid,
        started,
        ended,
        paid,
        planned,
        site,
        group,
        facilitator,
        language,
        curriculum,
        version,
        module,
        privacy,
        contacts,
        device,
    ) = raw
    hours = round((ended - started).total_seconds() / 3600, 2) if ended else None
    key = (curriculum, module, language)
    title = titles.get(key)
    if title is None:
        title = titles[key] = labels.module(module, language, curriculum)
    if text:
        times: tuple[Any, ...] = (
            started.strftime("%Y-%m-%d"),
            started.strftime("%H:%M"),
            end_text(started, ended),
            "" if hours is None else f"{hours:.2f}",
            "yes" if paid else "no",
            "" if planned is None else str(planned),
        )
    else:
        times = (
            started.date(),
            to_minute(started),
            to_minute(ended) if ended else None,
            hours,
            "yes" if paid else "no",
            planned,
        )
    return (
        sid,
        *times,
        *[
            safe_text(v)
            for v in (
                site,
                group,
                facilitator,
                language,
                labels.language(language),
                curriculum,
                version,
                module,
                title,
                privacy,
            )
        ],
        contacts,
        safe_text(device),
    )

"""Realistic synthetic records for demos and benchmarks (never real people)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from . import codes as codes_mod
from .schema import attendance, kiosk_answers, quiz_counts, sessions

if TYPE_CHECKING:
    from .repository import Records

SITES = {
    "en": ["Sunny Acres Farm, Field 3", "Green Valley Dairy", "Riverside Tomato Packing"],
    "es": ["Rancho La Esperanza", "Finca Los Naranjos, Cuadrilla 2", "Lechería San José"],
    "ht": ["Immokalee Farm 7, Crew B", "Belle Glade Harvest Co."],
    "bn": ["Dhaka Knitwear Unit 2", "Gazipur Garments Ltd.", "Chattogram Denim Factory"],
}
FACILITATORS = {
    "en": ["Ana R.", "Marcus T.", "Lucía P."],
    "es": ["José M.", "Rosa Q.", "Tomás L."],
    "ht": ["Wilner J.", "Marie-Ange D."],
    "bn": ["রহিমা খাতুন", "Shirin A.", "Nasrin B."],
}
GROUPS = ["Crew A", "Crew B", "Morning shift", "Night shift", "Line 4", "Packing house", ""]
# Question ids of the starter curriculum, with the number of choices and the right ones.
QUESTIONS: dict[str, list[tuple[str, int, tuple[int, ...]]]] = {
    # The starter curriculum's questions: id, number of choices, the right ones (a test keeps
    # this in step with curricula/wsr-basics, so sample reports show the questions' words).
    "rights": [
        ("q-bucket", 3, (1,)),
        ("q-hours", 3, (0,)),
        ("q-zero", 4, (0, 1, 3)),
        ("q-unsafe", 3, (0, 2)),
    ],
    "complaint-line": [
        ("q-who-answers", 3, (1,)),
        ("q-when", 3, (2,)),
        ("q-retaliation", 4, (0, 1, 3)),
        ("q-after", 3, (2,)),
    ],
    "heat-safety": [
        ("q-water", 3, (1,)),
        ("q-signs", 4, (0, 1, 2)),
        ("q-help", 3, (1,)),
        ("q-breaks", 3, (0,)),
    ],
    "how-it-works": [
        ("q-who-wrote", 3, (1,)),
        ("q-consequence", 3, (0,)),
        ("q-monitors", 4, (0, 1, 3)),
        ("q-education", 3, (2,)),
    ],
}
MINUTES = {"rights": 25, "complaint-line": 20, "heat-safety": 20, "how-it-works": 25}
FIRST_NAMES = [
    "Aylin",
    "Berta",
    "Carmen",
    "Dieudonne",
    "Esperanza",
    "Fatema",
    "Guadalupe",
    "Hasina",
    "Ines",
    "Jean-Baptiste",
    "Kulsum",
    "Luis",
    "Marisol",
    "Nadege",
]


@dataclass(frozen=True)
class SeedResult:
    sessions: int
    marks: int
    quiz_counts: int
    kiosk_answers: int


def seed(
    records: Records,
    count: int,
    *,
    rng_seed: int | None = None,
    names: bool = False,
    days: int = 120,
    progress: Callable[[int, int], None] | None = None,
) -> SeedResult:
    """Add `count` ended sessions spread over the last `days` days, in one transaction per 200.

    `names` also makes some names-mode sessions with invented names (for testing only).
    """
    rng = random.Random(rng_seed)
    today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    made = marks = counts = kiosk = 0
    pending: dict[Any, list[dict[str, Any]]] = {
        t: [] for t in (sessions, attendance, quiz_counts, kiosk_answers)
    }
    for _ in range(count):
        language = rng.choice(list(SITES))
        module = rng.choice(list(QUESTIONS))
        mode = rng.choices(["headcount", "codes", "names"], [60, 35, 5 if names else 0])[0]
        day = today - timedelta(days=rng.randrange(days))
        start = datetime.combine(
            day.date(), time(rng.choice([6, 7, 11, 12, 15]), rng.choice([0, 15, 30]))
        )
        end = start + timedelta(minutes=rng.choice([30, 45, 45, 60, 60, 90]))
        sid = str(uuid.uuid4())
        present = rng.randint(8, 60)
        session = {
            "id": sid,
            "device_id": records.device_id,
            "site": rng.choice(SITES[language]),
            "group_name": rng.choice(GROUPS),
            "facilitator": rng.choice(FACILITATORS[language]),
            "language": language,
            "curriculum_id": "wsr-basics",
            "curriculum_version": "1.0.0",
            "module_id": module,
            "privacy_mode": mode,
            "headcount": present,
            "started_at": start,
            "ended_at": end,
            "utc_offset_minutes": 0,
            "updated_at": end,
            # Most programmes teach on the clock; from the id, so the random picks stay as before.
            "paid_time": int(sid[0], 16) < 11,
            "planned_minutes": MINUTES.get(module),
        }
        pending[sessions].append(session)
        if mode != "headcount":
            people = codes_mod.new_codes(present + rng.randint(0, 4))
            attended = 0
            for i, code in enumerate(people):
                status = rng.choices(["present", "late", "left_early", "excused"], [80, 10, 5, 5])[
                    0
                ]
                attended += status != "excused"
                pending[attendance].append(
                    {
                        "id": str(uuid.uuid4()),
                        "session_id": sid,
                        "device_id": records.device_id,
                        "code": code if mode == "codes" else None,
                        "name": (
                            f"{rng.choice(FIRST_NAMES)} {chr(65 + i % 26)}."
                            if mode == "names"
                            else None
                        ),
                        "status": status,
                        "marked_at": start + timedelta(minutes=rng.randint(0, 10)),
                        "updated_at": start,
                    }
                )
                marks += 1
            session["headcount"] = attended
            present = attended
        for question_id, choices, right in QUESTIONS[module]:
            hands = _hands(rng, present, choices, right)
            for index, hand_count in enumerate(hands):
                pending[quiz_counts].append(
                    {
                        "id": str(uuid.uuid4()),
                        "session_id": sid,
                        "device_id": records.device_id,
                        "question_id": question_id,
                        "choice_index": index,
                        "count": hand_count,
                        "correct": index in right,
                        "updated_at": end,
                    }
                )
                counts += 1
        for _ in range(rng.randint(0, 3)):
            question_id, choices, right = rng.choice(QUESTIONS[module])
            chosen = right if rng.random() < 0.7 else (rng.randrange(choices),)
            pending[kiosk_answers].append(
                {
                    "id": str(uuid.uuid4()),
                    "device_id": records.device_id,
                    "session_id": None,
                    "site": session["site"],
                    "curriculum_id": "wsr-basics",
                    "curriculum_version": "1.0.0",
                    "module_id": module,
                    "language": language,
                    "question_id": question_id,
                    "chosen": ",".join(map(str, chosen)),
                    "correct": tuple(chosen) == right,
                    "answered_at": end + timedelta(hours=2),
                    "updated_at": end + timedelta(hours=2),
                }
            )
            kiosk += 1
        made += 1
        if made % 200 == 0 or made == count:
            _flush(records, pending)
            if progress:
                progress(made, count)
    return SeedResult(made, marks, counts, kiosk)


def _hands(rng: random.Random, people: int, choices: int, right: tuple[int, ...]) -> list[int]:
    # Some questions are understood worse than others: that is what coordinators look for.
    understood = rng.uniform(0.45, 0.95)
    hands = [0] * choices
    for _ in range(people):
        if rng.random() < understood:
            hands[rng.choice(right)] += 1
        else:
            hands[rng.randrange(choices)] += 1
    return hands


def _flush(records: Records, pending: dict[Any, list[dict[str, Any]]]) -> None:
    with records._write("add the demo records") as conn:
        for table, rows in pending.items():
            if rows:
                conn.execute(insert(table), rows)
                rows.clear()

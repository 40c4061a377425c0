"""Card codes issued on this laptop, and finding one by its three pictures in real records."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from wsr_edu.records import PrivacyMode
from wsr_edu.records import codes as codes_mod
from wsr_edu.records.issued import RECENT_DAYS
from wsr_edu.records.repository import Records
from wsr_edu.records.schema import attendance, issued_codes

from .conftest import setup


def _stored(records: Records) -> list[str]:
    with records.engine.connect() as conn:
        return sorted(conn.execute(select(issued_codes.c.code)).scalars())


def test_issued_codes_are_stored_and_found_by_their_pictures(records: Records) -> None:
    wanted = records.new_codes(6)
    printed = records.issue_codes(wanted)
    assert printed == wanted, "codes whose pictures are free are printed as they are"
    assert _stored(records) == sorted(wanted)
    for code in printed:
        match = records.find_code_by_pictures(codes_mod.code_pictures(code))
        assert (match.code, match.candidates) == (code, 1)
    # The same cards printed again keep their codes and are not stored twice.
    assert records.issue_codes(printed) == printed
    assert _stored(records) == sorted(wanted)


def test_a_new_code_whose_pictures_are_taken_is_replaced(records: Records) -> None:
    first = records.issue_codes(records.new_codes(1))[0]
    # A different code with the same three pictures as the one already issued.
    twin = next(
        c
        for c in iter(codes_mod.new_code, None)
        if c != first and codes_mod.code_pictures(c) == codes_mod.code_pictures(first)
    )
    other = records.new_codes(1)[0]
    printed = records.issue_codes([other, twin])
    assert printed[0] == other and printed[1] != twin
    assert codes_mod.code_pictures(printed[1]) != codes_mod.code_pictures(first)
    match = records.find_code_by_pictures(codes_mod.code_pictures(first))
    assert match.code == first


def test_codes_marked_here_are_found_and_a_tie_names_no_code(sqlite_records: Records) -> None:
    records = sqlite_records
    session = records.start_session(setup(PrivacyMode.CODES))
    first = records.new_codes(1)[0]
    twin = next(
        c
        for c in iter(codes_mod.new_code, None)
        if c != first and codes_mod.code_pictures(c) == codes_mod.code_pictures(first)
    )
    records.mark_attendance(session.id, code=first)
    assert records.find_code_by_pictures(codes_mod.code_pictures(first)).code == first
    # A second code with the same pictures (from another laptop's cards): no code is named.
    records.mark_attendance(session.id, code=twin)
    match = records.find_code_by_pictures(codes_mod.code_pictures(first))
    assert (match.code, match.candidates, match.ambiguous) == (None, 2, True)


def test_old_codes_and_unknown_pictures_find_nothing(sqlite_records: Records) -> None:
    records = sqlite_records
    session = records.start_session(setup(PrivacyMode.CODES))
    old_issued, old_marked = records.issue_codes(records.new_codes(2))
    records.mark_attendance(session.id, code=old_marked)
    long_ago = datetime.now() - timedelta(days=RECENT_DAYS + 1)
    with records.engine.begin() as conn:
        conn.execute(update(issued_codes).values(issued_at=long_ago))
        conn.execute(update(attendance).values(marked_at=long_ago))
    for code in (old_issued, old_marked):
        match = records.find_code_by_pictures(codes_mod.code_pictures(code))
        assert (match.code, match.candidates) == (None, 0)
    # Its letters still mark it: only pictures are limited to recent codes.
    assert records.mark_attendance(session.id, code=old_issued).code == old_issued


def test_fresh_codes_are_told_apart_by_their_pictures(records: Records) -> None:
    first = records.issue_codes(records.new_codes(1))[0]
    # Sixty random codes would share a picture sequence about one time in three.
    fresh = records.new_codes(60)
    pictures = [codes_mod.code_pictures(c) for c in fresh]
    assert len(set(pictures)) == len(fresh), "no two fresh codes have the same pictures"
    assert codes_mod.code_pictures(first) not in pictures, "nor the pictures of a code issued here"
    assert records.issue_codes(fresh) == fresh, "so they are printed as they are"

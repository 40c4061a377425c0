"""The start dialog says why Start cannot be pressed, and lets the room's screen be chosen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from wsr_edu.ui.session.start_dialog import StartSessionDialog


def test_start_says_what_is_missing(qtbot: QtBot, prepared_app) -> None:  # type: ignore[no-untyped-def]
    dialog = StartSessionDialog("mini", "1", [("water", "Water")], [("en", "English")])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "type the site" in ok.toolTip()
    assert dialog.missing.text() == ok.toolTip() and not dialog.missing.isHidden()
    dialog.site.setText("North field")
    assert ok.isEnabled() and ok.toolTip() == "" and dialog.missing.isHidden()
    empty = StartSessionDialog("mini", "1", [], [("en", "English")])
    qtbot.addWidget(empty)
    empty.site.setText("North field")
    assert "no module" in empty.buttons.button(empty.buttons.StandardButton.Ok).toolTip()


def test_the_room_screen_is_offered_when_there_is_a_choice(qtbot: QtBot, prepared_app) -> None:  # type: ignore[no-untyped-def]
    screens = [("eDP-1", "eDP-1 (1366x768)"), ("HDMI-1", "HDMI-1 (1024x768)")]
    dialog = StartSessionDialog("mini", "1", [("water", "W")], [("en", "E")], screens=screens)
    qtbot.addWidget(dialog)
    assert not dialog.room_screen.isHidden()
    assert dialog.audience_screen() == ""
    dialog.room_screen.setCurrentIndex(dialog.room_screen.findData("eDP-1"))
    assert dialog.audience_screen() == "eDP-1"
    single = StartSessionDialog("mini", "1", [("water", "W")], [("en", "E")], screens=screens[:1])
    qtbot.addWidget(single)
    assert single.room_screen.isHidden() and single.audience_screen() == ""


def test_typing_over_the_remembered_site_replaces_it(qtbot: QtBot, prepared_app) -> None:  # type: ignore[no-untyped-def]
    from wsr_edu.records.model import SessionSetup

    remembered = SessionSetup(
        site="Packing shed 2",
        curriculum_id="mini",
        curriculum_version="1",
        module_id="water",
        language="en",
        facilitator="Ana",
    )
    dialog = StartSessionDialog("mini", "1", [("water", "W")], [("en", "E")], defaults=remembered)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.site.hasFocus, timeout=2000)  # where the keyboard starts
    qtbot.keyClicks(dialog.site, "Barn 4")
    assert dialog.site.text() == "Barn 4"
    assert dialog.facilitator.text() == "Ana"  # the rest is kept as it was

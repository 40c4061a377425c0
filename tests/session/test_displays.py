"""Where the room's picture and the console go, for every arrangement of displays."""

from __future__ import annotations

from wsr_edu.session.displays import DisplayPlan, Screen, distinct, plan_displays

LAPTOP = Screen("eDP-1", 0, 0, 1366, 768, primary=True)
PROJECTOR = Screen("HDMI-1", 1366, 0, 1024, 768)
TV = Screen("DP-1", -1920, 0, 1920, 1080)
MIRROR = Screen("HDMI-1", 0, 0, 1366, 768)


def test_no_screen_gives_no_plan() -> None:
    assert plan_displays([]) is None


def test_one_display_is_audience_only() -> None:
    plan = plan_displays([LAPTOP])
    assert plan == DisplayPlan(audience="eDP-1", console=None, mirrored=False)
    assert plan.audience_only


def test_a_mirrored_projector_is_audience_only_and_says_so() -> None:
    # Duplicate mode: two outputs, one picture. The notes would be on the wall.
    plan = plan_displays([LAPTOP, MIRROR])
    assert plan is not None and plan.audience_only and plan.mirrored
    assert plan.audience == "eDP-1"
    assert distinct([MIRROR, LAPTOP]) == [LAPTOP]


def test_extended_projector_gets_the_room_and_the_laptop_the_console() -> None:
    plan = plan_displays([LAPTOP, PROJECTOR])
    assert plan == DisplayPlan(audience="HDMI-1", console="eDP-1")
    # The order the window system lists them in does not matter.
    assert plan_displays([PROJECTOR, LAPTOP]) == plan


def test_swap_exchanges_the_two() -> None:
    assert plan_displays([LAPTOP, PROJECTOR], swapped=True) == DisplayPlan(
        audience="eDP-1", console="HDMI-1"
    )


def test_the_facilitators_choice_wins_and_the_console_moves_out_of_its_way() -> None:
    screens = [LAPTOP, PROJECTOR, TV]
    assert plan_displays(screens) == DisplayPlan(audience="HDMI-1", console="eDP-1")
    assert plan_displays(screens, chosen="DP-1") == DisplayPlan(audience="DP-1", console="eDP-1")
    # The room's picture on the laptop itself: the console takes another screen.
    assert plan_displays(screens, chosen="eDP-1") == DisplayPlan(audience="eDP-1", console="HDMI-1")


def test_a_chosen_screen_unplugged_and_plugged_in_again() -> None:
    assert plan_displays([LAPTOP, PROJECTOR], chosen="DP-1").audience == "HDMI-1"
    assert plan_displays([LAPTOP], chosen="DP-1").audience_only
    assert plan_displays([LAPTOP, TV], chosen="DP-1").audience == "DP-1"


def test_a_projector_plugged_in_mid_session_takes_the_room() -> None:
    before = plan_displays([LAPTOP])
    after = plan_displays([LAPTOP, PROJECTOR])
    assert before is not None and before.audience_only
    assert after == DisplayPlan(audience="HDMI-1", console="eDP-1")
    # ...and unplugged again, the laptop shows the room's picture alone.
    assert plan_displays([LAPTOP]) == before


def test_without_a_primary_the_first_listed_keeps_the_console() -> None:
    a = Screen("A", 0, 0, 800, 600)
    b = Screen("B", 800, 0, 800, 600)
    assert plan_displays([a, b]) == DisplayPlan(audience="B", console="A")

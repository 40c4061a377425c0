"""The library opens signed packs off the GUI thread and says who signed each curriculum."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.packs.conftest import OrgKey, _make_key, make_pack
from wsr_edu.packs.provenance import save_policy
from wsr_edu.packs.trust import PackPaths, TrustStore


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> OrgKey:
    return _make_key(tmp_path_factory.mktemp("ui-key"), "Farmworker Coalition")


def _rows(library) -> list[str]:  # type: ignore[no-untyped-def]
    return [library.curricula.item(i).text() for i in range(library.curricula.count())]


def test_install_a_pack_and_see_who_signed_it(
    qtbot: QtBot, library, org: OrgKey, mini_curriculum: Path, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(library.signatures), timeout=10000)
    assert _rows(library)[0].endswith("\nnot signed")
    # The line under the page says what that means rather than saying it again.
    assert library.signature_line.text().startswith("not signed: nothing shows these files")
    TrustStore(PackPaths(data_dir).trusted_dir).add(org.public_file)
    pack = make_pack(mini_curriculum, org.signing, tmp_path / "mini.wsrpack")

    with qtbot.waitSignal(library.pack_finished, timeout=10000) as finished:
        library.install_pack(pack)
    assert finished.args == [True]
    assert library.banner.text() == (
        "mini version 2.1.0 was installed (signed by Farmworker Coalition)."
    )
    with qtbot.waitSignal(library.signatures_checked, timeout=10000):
        pass
    rows = _rows(library)
    assert sorted(row.rsplit("\n", 1)[1] for row in rows) == [
        "not signed",  # the folder the pack was built from
        "signed by Farmworker Coalition",
    ]
    library.curricula.setCurrentRow(next(i for i, r in enumerate(rows) if "signed by" in r))
    fingerprint = org.signing.public.fingerprint
    assert library.signature_line.text() == (
        f"signed by Farmworker Coalition - version 2.1.0 - fingerprint {fingerprint}"
    )


def test_a_refused_pack_is_explained_and_nothing_is_installed(
    qtbot: QtBot, library, org: OrgKey, mini_curriculum: Path, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(mini_curriculum, org.signing, tmp_path / "mini.wsrpack")  # key not trusted
    with qtbot.waitSignal(library.pack_finished, timeout=10000) as finished:
        library.install_pack(pack)
    assert finished.args == [False]
    assert library.banner.text().startswith("The pack was not installed: ")
    assert "does not trust" in library.banner.text()
    assert not (PackPaths(data_dir).curricula_dir / "mini").exists()


def test_a_signed_only_presenter_refuses_an_unsigned_curriculum(
    qtbot: QtBot, library, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    save_policy(PackPaths(data_dir), {"kiosk": "auto", "presenter": "signed"})
    qtbot.waitUntil(lambda: bool(library.signatures), timeout=10000)
    library.present("water", "en")
    assert library.presenter is None
    assert "signed curricula only" in library.banner.text()
    assert "not signed" in library.banner.text()


def test_the_kiosk_offers_signed_curricula_only_once_a_key_is_trusted(
    context, org: OrgKey, mini_curriculum: Path, data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from wsr_edu.packs.install import install_pack
    from wsr_edu.ui.kiosk.app import load_curricula

    assert [c.id for c in load_curricula(context)] == ["mini"]  # no trusted key: any
    TrustStore(PackPaths(data_dir).trusted_dir).add(org.public_file)
    assert load_curricula(context) == []
    assert "mini is not signed; this kiosk runs signed curricula only" in capsys.readouterr().err
    install_pack(make_pack(mini_curriculum, org.signing, tmp_path / "m.wsrpack"), data_dir)
    offered = load_curricula(context)
    assert [c.path for c in offered] == [PackPaths(data_dir).curricula_dir / "mini"]
    save_policy(PackPaths(data_dir), {"kiosk": "any", "presenter": "any"})
    assert len(load_curricula(context)) == 2

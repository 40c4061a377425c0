"""Packs end to end: build, verify, install, upgrade, and every refusal the issue lists."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest

from wsr_edu.cli import main
from wsr_edu.packs.container import Archive, ArchiveWriter
from wsr_edu.packs.errors import PackError
from wsr_edu.packs.install import INSTALLED, REPLACED, UNCHANGED, UPGRADED, install_pack
from wsr_edu.packs.keys import SigningKey
from wsr_edu.packs.manifest import Manifest, signed_message
from wsr_edu.packs.provenance import (
    CHANGED,
    NOT_SIGNED,
    SIGNED,
    UNTRUSTED,
    curriculum_signature,
    may_run,
    signed_only,
)
from wsr_edu.packs.trust import PackPaths, TrustStore
from wsr_edu.packs.verify import verify_pack

from .conftest import PASSPHRASE, OrgKey, edit_version, installed, make_pack


def _refused(pack: Path, paths: PackPaths, match: str) -> None:
    before = installed(paths)
    with pytest.raises(PackError, match=match):
        install_pack(pack, paths.data_dir)
    assert installed(paths) == before


def _entries(pack: Path) -> list[tuple[str, bytes]]:
    with Archive(pack) as archive:
        return [(e.name, b"".join(archive.chunks(e))) for e in archive.entries]


def _rewrite(entries: list[tuple[str, bytes]], out: Path) -> Path:
    with out.open("wb") as handle:
        writer = ArchiveWriter(handle)
        for name, data in entries:
            writer.add_bytes(name, data)
        writer.finish()
    return out


def _resigned(
    entries: list[tuple[str, bytes]], key: SigningKey, manifest: Manifest, out: Path
) -> Path:
    data = manifest.to_bytes()
    return _rewrite([("wsrpack.json", data), ("wsrpack.sig", key.sign(signed_message(data)))]
                    + entries[2:], out)  # fmt: skip


def test_round_trip_build_verify_install_upgrade(
    mini_copy: Path,
    org_key: OrgKey,
    trusted: TrustStore,
    pack_paths: PackPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WSR_EDU_KEY_PASSPHRASE", PASSPHRASE)
    old_image = mini_copy / "modules" / "water" / "images" / "old.svg"
    old_image.write_bytes((mini_copy / "modules" / "water" / "images" / "sun.svg").read_bytes())
    first = tmp_path / "mini-2.1.0.wsrpack"
    args = ["pack", "build", str(mini_copy), "--key", str(org_key.private_file)]
    assert main([*args, "--out", str(first)]) == 0
    assert zipfile.ZipFile(first).testzip() is None  # any ZIP tool can open a pack
    assert main(["pack", "verify", str(first), "--trust", str(org_key.public_file)]) == 0
    assert "ok: mini version 2.1.0" in capsys.readouterr().out

    assert main(["pack", "install", str(first)]) == 0
    target = pack_paths.curricula_dir / "mini"
    assert "installed" in capsys.readouterr().out
    for path in mini_copy.rglob("*"):
        if path.is_file():
            assert (target / path.relative_to(mini_copy)).read_bytes() == path.read_bytes()
    signature = curriculum_signature(target, trusted)
    assert signature.status == SIGNED
    assert signature.describe() == (
        f"signed by Farmworker Coalition - version 2.1.0 - fingerprint "
        f"{org_key.signing.public.fingerprint}"
    )
    # Installing the same pack again changes nothing.
    assert install_pack(first, pack_paths.data_dir).action == UNCHANGED

    # A newer version, with a file removed and a page changed, replaces the old one whole.
    old_image.unlink()
    edit_version(mini_copy, "2.2.0", "\nA new closing line.\n")
    second = make_pack(mini_copy, org_key.signing, tmp_path / "mini-2.2.0.wsrpack")
    result = install_pack(second, pack_paths.data_dir)
    assert (result.action, result.previous_version) == (UPGRADED, "2.1.0")
    assert not (target / "modules" / "water" / "images" / "old.svg").exists()
    assert (target / "modules/water/en.md").read_text().endswith("A new closing line.\n")
    assert curriculum_signature(target, trusted).version == "2.2.0"
    assert installed(pack_paths) == ["mini"]

    # Replaying the older pack is a rollback, refused, and the newer one stays.
    _refused(first, pack_paths, "not newer than the installed version 2.2.0")
    assert curriculum_signature(target, trusted).version == "2.2.0"


def test_the_first_install_of_each_kind_reports_installed(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    pack = make_pack(mini_copy, org_key.signing, tmp_path / "p.wsrpack")
    assert install_pack(pack, pack_paths.data_dir).action == INSTALLED


def test_same_version_with_other_content_is_refused(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    install_pack(make_pack(mini_copy, org_key.signing, tmp_path / "a.wsrpack"), pack_paths.data_dir)
    edit_version(mini_copy, "2.1.0", "\nThe complaint line is 555-0000.\n")
    swapped = make_pack(mini_copy, org_key.signing, tmp_path / "b.wsrpack")
    _refused(swapped, pack_paths, "not newer")
    text = (pack_paths.curricula_dir / "mini/modules/water/en.md").read_text()
    assert "555-0000" not in text


def test_untrusted_and_wrong_key_packs_are_refused(
    mini_copy: Path,
    org_key: OrgKey,
    other_key: OrgKey,
    trusted: TrustStore,
    pack_paths: PackPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    by_other = make_pack(mini_copy, other_key.signing, tmp_path / "other.wsrpack")
    _refused(by_other, pack_paths, "does not trust")
    assert main(["pack", "verify", str(by_other)]) == 1
    assert other_key.signing.public.fingerprint in capsys.readouterr().err
    # A manifest naming the trusted key but signed by another one.
    good = make_pack(mini_copy, org_key.signing, tmp_path / "good.wsrpack")
    entries = _entries(good)
    manifest = verify_pack(good, trusted).manifest
    impostor = SigningKey(other_key.signing.seed, org_key.signing.public)
    forged = _resigned(entries, impostor, manifest, tmp_path / "forged.wsrpack")
    _refused(forged, pack_paths, "signature does not match")
    # With no signature at all.
    unsigned = _rewrite([entries[0], *entries[2:]], tmp_path / "unsigned.wsrpack")
    _refused(unsigned, pack_paths, "not a signed wsr-edu pack")
    plain = tmp_path / "plain.wsrpack"
    with zipfile.ZipFile(plain, "w") as z:
        for name, data in entries[2:]:
            z.writestr(name, data)
    _refused(plain, pack_paths, "not a signed wsr-edu pack")


def test_added_missing_and_changed_files_are_refused(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    good = make_pack(mini_copy, org_key.signing, tmp_path / "good.wsrpack")
    entries = _entries(good)
    added = _rewrite([*entries, ("files/modules/water/fr.md", b"# Nouveau\n")], tmp_path / "a")
    _refused(added, pack_paths, "does not list")
    missing = _rewrite(entries[:-1], tmp_path / "m")
    _refused(missing, pack_paths, "missing")
    name, data = entries[3]
    changed = entries[:3] + [(name, data.replace(b"a", b"e", 1))] + entries[4:]
    _refused(_rewrite(changed, tmp_path / "c"), pack_paths, "differs from the one that was signed")
    longer = entries[:3] + [(name, data + b"!")] + entries[4:]
    _refused(_rewrite(longer, tmp_path / "l"), pack_paths, "the signed manifest says")


def test_a_pack_for_another_curriculum_id_is_refused(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    wrong = make_pack(mini_copy, org_key.signing, tmp_path / "w.wsrpack", curriculum_id="other")
    _refused(wrong, pack_paths, "the curriculum inside is 'mini'")
    # The folder a pack would replace holds another curriculum.
    squatter = pack_paths.curricula_dir / "mini"
    squatter.mkdir(parents=True)
    (squatter / "curriculum.toml").write_text('id = "someone-else"\nversion = "1"\n')
    good = make_pack(mini_copy, org_key.signing, tmp_path / "g.wsrpack")
    _refused(good, pack_paths, "holds the curriculum 'someone-else'")
    assert (squatter / "curriculum.toml").read_text().startswith('id = "someone-else"')


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("files/../../evil.md", "leave the pack"),
        ("files/modules/../../../evil.md", "leave the pack"),
        ("/etc/evil.md", "absolute"),
        ("C:/evil.md", "leave the pack"),
        ("files/modules/water/C:evil.md", "holds ':'"),
        ("files\\..\\evil.md", "backslash"),
    ],
)
def test_paths_that_leave_the_pack_are_refused(
    name: str,
    why: str,
    mini_copy: Path,
    org_key: OrgKey,
    trusted: TrustStore,
    pack_paths: PackPaths,
    tmp_path: Path,
) -> None:
    good = make_pack(mini_copy, org_key.signing, tmp_path / "good.wsrpack")
    entries = _entries(good)
    bad = tmp_path / "bad.wsrpack"
    with zipfile.ZipFile(bad, "w") as z:
        for entry_name, data in entries:
            z.writestr(entry_name, data)
        z.writestr(name, b"escaped")
    _refused(bad, pack_paths, why)
    # The same path in a signed manifest, in a canonical archive, is refused just as well.
    canonical = _rewrite([*entries, (name, b"escaped")], tmp_path / "canonical.wsrpack")
    _refused(canonical, pack_paths, why)
    assert not list(tmp_path.parent.rglob("evil.md"))


def test_links_in_a_pack_are_refused(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    entries = _entries(make_pack(mini_copy, org_key.signing, tmp_path / "good.wsrpack"))
    bad = tmp_path / "link.wsrpack"
    with zipfile.ZipFile(bad, "w") as z:
        for entry_name, data in entries:
            z.writestr(entry_name, data)
        info = zipfile.ZipInfo("files/modules/water/images/passwd.svg")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    _refused(bad, pack_paths, "is a link")
    # Building from a curriculum with a link in it is refused too.
    (mini_copy / "modules" / "water" / "images" / "passwd.svg").symlink_to("/etc/passwd")
    with pytest.raises(PackError, match="is a link"):
        make_pack(mini_copy, org_key.signing, tmp_path / "x.wsrpack")
    assert not (tmp_path / "x.wsrpack").exists()


def test_zip_bombs_are_refused_from_their_declared_sizes(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    entries = _entries(make_pack(mini_copy, org_key.signing, tmp_path / "good.wsrpack"))
    bomb = tmp_path / "bomb.wsrpack"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for entry_name, data in entries:
            z.writestr(entry_name, data)
        z.writestr("files/modules/water/images/zeros.svg", bytes(20 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    _refused(bomb, pack_paths, "zip bomb")
    # A stored entry whose directory claims more than a file may hold, read before unpacking.
    canonical = _rewrite(entries, tmp_path / "big.wsrpack")
    raw = bytearray(canonical.read_bytes())
    directory = raw.rfind(b"PK\x01\x02")  # the last entry's central header
    raw[directory + 24 : directory + 28] = (0x7FFFFFFF).to_bytes(4, "little")
    canonical.write_bytes(bytes(raw))
    _refused(canonical, pack_paths, "declares 2,147,483,647 bytes")


def test_a_refused_upgrade_keeps_the_installed_version(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    install_pack(make_pack(mini_copy, org_key.signing, tmp_path / "a.wsrpack"), pack_paths.data_dir)
    target = pack_paths.curricula_dir / "mini"
    before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}
    edit_version(mini_copy, "3.0.0", "\nNew.\n")
    newer = make_pack(mini_copy, org_key.signing, tmp_path / "b.wsrpack")
    raw = bytearray(newer.read_bytes())
    at = raw.rfind(b"viewBox")  # inside the last file's content, unpacked last
    raw[at] ^= 0x20
    newer.write_bytes(bytes(raw))
    _refused(newer, pack_paths, "differs from the one that was signed")
    assert {p: p.read_bytes() for p in target.rglob("*") if p.is_file()} == before


def test_build_refuses_a_curriculum_with_errors(
    mini_copy: Path,
    org_key: OrgKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WSR_EDU_KEY_PASSPHRASE", PASSPHRASE)
    toml = mini_copy / "curriculum.toml"
    toml.write_text(toml.read_text().replace('modules = ["water"]', 'modules = ["water", "gone"]'))
    out = tmp_path / "broken.wsrpack"
    assert main(["pack", "build", str(mini_copy), "--key", str(org_key.private_file),
                 "--out", str(out)]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "curriculum.toml:" in err and "no pack was written" in err
    assert not out.exists()
    monkeypatch.setenv("WSR_EDU_KEY_PASSPHRASE", "the wrong passphrase")
    toml.write_text(toml.read_text().replace('"water", "gone"', '"water"'))
    assert main(["pack", "build", str(mini_copy), "--key", str(org_key.private_file),
                 "--out", str(out)]) == 1  # fmt: skip
    assert "wrong passphrase" in capsys.readouterr().err
    assert not out.exists()


def test_the_library_status_follows_the_installed_files(
    mini_copy: Path,
    org_key: OrgKey,
    trusted: TrustStore,
    pack_paths: PackPaths,
    tmp_path: Path,
) -> None:
    assert curriculum_signature(mini_copy, trusted).describe() == "not signed"
    assert not signed_only(pack_paths.data_dir, "presenter")
    install_pack(make_pack(mini_copy, org_key.signing, tmp_path / "a.wsrpack"), pack_paths.data_dir)
    target = pack_paths.curricula_dir / "mini"
    # The kiosk runs signed curricula only once a key is trusted; the presenter runs any.
    assert signed_only(pack_paths.data_dir, "kiosk")
    assert may_run(pack_paths.data_dir, "kiosk", target) == (
        True,
        curriculum_signature(target, trusted),
    )
    assert may_run(pack_paths.data_dir, "kiosk", mini_copy)[0] is False
    assert may_run(pack_paths.data_dir, "presenter", mini_copy) == (True, None)

    page = target / "modules" / "water" / "en.md"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"555", b"556"))
    assert curriculum_signature(target, trusted).status in (CHANGED, SIGNED)
    page.write_bytes(original + b"\nA changed line.\n")
    changed = curriculum_signature(target, trusted)
    assert changed.status == CHANGED and "en.md" in changed.reason
    assert not may_run(pack_paths.data_dir, "kiosk", target)[0]
    page.write_bytes(original)
    (target / "modules" / "water" / "extra.md").write_text("# planted\n")
    assert curriculum_signature(target, trusted).status == CHANGED
    (target / "modules" / "water" / "extra.md").unlink()
    assert curriculum_signature(target, trusted).status == SIGNED
    assert curriculum_signature(target, TrustStore.only([])).status == UNTRUSTED
    assert NOT_SIGNED == "not signed"


def test_the_policy_command_sets_signed_only(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack", "policy"]) == 0
    assert "kiosk: auto (now: any curriculum)" in capsys.readouterr().out
    assert main(["pack", "policy", "--presenter", "signed", "--kiosk", "any"]) == 0
    out = capsys.readouterr().out
    assert "presenter: signed (now: signed curricula only)" in out
    assert "kiosk: any (now: any curriculum)" in out
    assert signed_only(data_dir, "presenter") and not signed_only(data_dir, "kiosk")


def test_garbage_is_never_a_traceback(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i, content in enumerate([b"", b"PK", b"PK\x05\x06" + bytes(18), b"x" * 5000]):
        path = tmp_path / f"{i}.wsrpack"
        path.write_bytes(content)
        assert main(["pack", "install", str(path)]) == 1
        assert main(["pack", "verify", str(path)]) == 1
    assert main(["pack", "verify", str(tmp_path / "absent.wsrpack")]) == 1
    assert main(["pack", "verify", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("hello.txt", "hi")
    (tmp_path / "z.wsrpack").write_bytes(zipped.getvalue())
    assert main(["pack", "verify", str(tmp_path / "z.wsrpack")]) == 1
    assert "not a signed wsr-edu pack" in capsys.readouterr().err


def test_a_changed_install_is_repaired_and_a_hand_copy_gets_signed(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    import shutil

    target = pack_paths.curricula_dir / "mini"
    # A copy put there by hand, identical to the pack's content: installing signs it.
    shutil.copytree(mini_copy, target)
    assert curriculum_signature(target, trusted).status == NOT_SIGNED
    pack = make_pack(mini_copy, org_key.signing, tmp_path / "a.wsrpack")
    assert install_pack(pack, pack_paths.data_dir).action == REPLACED
    assert curriculum_signature(target, trusted).status == SIGNED
    # Someone edits the installed copy; the same pack puts the signed files back.
    page = target / "modules" / "water" / "en.md"
    page.write_text(page.read_text() + "\nCall 555-0000 instead.\n")
    assert curriculum_signature(target, trusted).status == CHANGED
    assert install_pack(pack, pack_paths.data_dir).action == REPLACED
    assert curriculum_signature(target, trusted).status == SIGNED
    assert "555-0000" not in page.read_text()


def test_versions_compare_as_numbers(
    mini_copy: Path, org_key: OrgKey, trusted: TrustStore, pack_paths: PackPaths, tmp_path: Path
) -> None:
    edit_version(mini_copy, "2.9")
    install_pack(make_pack(mini_copy, org_key.signing, tmp_path / "a"), pack_paths.data_dir)
    edit_version(mini_copy, "2.10", "\nMore.\n")
    (mini_copy / "curriculum.toml").write_text(
        (mini_copy / "curriculum.toml").read_text().replace('"2.9"', '"2.10"')
    )
    result = install_pack(
        make_pack(mini_copy, org_key.signing, tmp_path / "b"), pack_paths.data_dir
    )
    assert (result.action, result.previous_version) == (UPGRADED, "2.9")
    (mini_copy / "curriculum.toml").write_text(
        (mini_copy / "curriculum.toml").read_text().replace('"2.10"', '"next"')
    )
    with pytest.raises(PackError, match="numbers separated by dots"):
        make_pack(mini_copy, org_key.signing, tmp_path / "c")

"""`pack install`: verify a pack into a staging folder, then swap it in with renames.

The installed copy stays untouched until the new one is complete and checked; a refusal
at any step leaves the computer as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import PackError
from .manifest import parse_version
from .provenance import folder_content, read_provenance, write_provenance
from .trust import PackPaths, TrustStore
from .verify import PackReader, VerifiedPack

INSTALLED = "installed"
UPGRADED = "upgraded"
UNCHANGED = "unchanged"
REPLACED = "replaced"
"""The same version put back: the copy there was changed, or not installed from a pack."""


@dataclass(frozen=True)
class InstallResult:
    action: str
    folder: Path
    pack: VerifiedPack
    previous_version: str = ""

    def describe(self) -> str:
        m = self.pack.manifest
        who = f"signed by {self.pack.organisation or 'an unnamed organisation'}"
        if self.action == UNCHANGED:
            return f"{m.curriculum_id} version {m.version} is already installed ({who})"
        if self.action == REPLACED:
            return (
                f"{m.curriculum_id} version {m.version} installed again from the signed pack "
                f"in {self.folder}: the copy there was unsigned or had been changed ({who})"
            )
        if self.action == UPGRADED:
            return (
                f"{m.curriculum_id} upgraded from version {self.previous_version} to "
                f"{m.version} in {self.folder} ({who})"
            )
        return f"{m.curriculum_id} version {m.version} installed in {self.folder} ({who})"


def _installed_version(folder: Path) -> tuple[str, str, tuple[tuple[str, str], ...] | None, bytes]:
    """(curriculum id, version, signed content or None, signer key) of an installed copy."""
    found = read_provenance(folder)
    try:
        data = tomllib.loads((folder / "curriculum.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        data = {}
    found_id = data.get("id")
    cid = found_id if isinstance(found_id, str) else ""
    if found is not None:
        manifest = found[0]
        return (
            cid or manifest.curriculum_id,
            manifest.version,
            manifest.content_key(),
            manifest.signer.key,
        )
    version = data.get("version")
    return cid, version if isinstance(version, str) else "", None, b""


def install_pack(pack: Path, data_dir: Path, trust: TrustStore | None = None) -> InstallResult:
    paths = PackPaths(data_dir)
    trust = trust if trust is not None else TrustStore(paths.trusted_dir)
    try:
        with PackReader(pack, trust) as reader:
            # Shape, signature and trust are checked; now versions, then every byte of content,
            # all before anything is written.
            verified = reader.verified
            target = paths.curricula_dir / verified.manifest.curriculum_id
            previous, action = _compare_installed(pack, verified, target)
            reader.check_contents()
            if action == UNCHANGED:
                return InstallResult(UNCHANGED, target, verified, previous)
            _unpack_and_swap(pack, reader, paths, target)
            return InstallResult(action, target, verified, previous)
    except OSError as exc:
        raise PackError(
            f"{pack}: could not be installed ({exc.strerror or exc}); nothing was changed"
        ) from None


def _compare_installed(pack: Path, verified: VerifiedPack, target: Path) -> tuple[str, str]:
    """(installed version or '', what installing will do); refuses a rollback."""
    manifest = verified.manifest
    if not (target.exists() or target.is_symlink()):
        return "", INSTALLED
    if target.is_symlink() or not target.is_dir():
        raise PackError(f"{target}: is not a curriculum folder; move it away first")
    cid, previous, content, signer = _installed_version(target)
    if cid and cid != manifest.curriculum_id:
        raise PackError(
            f"{pack}: {target} holds the curriculum '{cid}', not '{manifest.curriculum_id}'; "
            "refused, nothing was changed"
        )
    if signer and signer != manifest.signer.key:
        raise PackError(
            f"{pack}: the installed '{manifest.curriculum_id}' was signed with another key; "
            "refused, nothing was changed (to change keys, first remove the installed "
            f"folder {target})"
        )
    try:
        old_key = parse_version(previous) if previous else (0,)
    except PackError:
        old_key = (0,)
    if manifest.version_key > old_key:
        return previous, UPGRADED
    wanted, actual = manifest.content_key(), folder_content(target)
    if actual == wanted:
        # The same files: nothing to do if they were installed from this pack's signed
        # content; otherwise (a copy made by hand) install them signed.
        return previous, UNCHANGED if content == wanted else REPLACED
    if content == wanted:
        return previous, REPLACED  # installed from this content, changed since: repair it
    raise PackError(
        f"{pack}: version {manifest.version} is not newer than the installed version "
        f"{previous} and its content differs (an older or replayed pack); refused, "
        "nothing was changed"
    )


def _unpack_and_swap(pack: Path, reader: PackReader, paths: PackPaths, target: Path) -> None:
    verified = reader.verified
    paths.staging_dir.mkdir(parents=True, exist_ok=True)
    paths.curricula_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=paths.staging_dir, prefix="install-"))
    try:
        new_dir = staging / "curriculum"
        new_dir.mkdir()
        reader.extract(new_dir)  # checks every byte again, as it is written
        _check_unpacked(pack, new_dir, verified.manifest.curriculum_id, verified.manifest.version)
        write_provenance(new_dir, verified.manifest_bytes, verified.signature, pack.name)
        _sync_tree(new_dir)
        _swap(new_dir, target, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _check_unpacked(pack: Path, folder: Path, curriculum_id: str, version: str) -> None:
    """The unpacked curriculum must be the one the manifest names, and load without errors."""
    from ..curriculum.loader import load_curriculum

    result = load_curriculum(folder)
    if result.curriculum is None or result.problems.errors:
        first = result.problems.errors[0].message if result.problems.errors else "unreadable"
        raise PackError(f"{pack}: the curriculum inside has errors ({first}); refused")
    if result.curriculum.id != curriculum_id:
        raise PackError(
            f"{pack}: the manifest is for '{curriculum_id}' but the curriculum inside is "
            f"'{result.curriculum.id}'; refused"
        )
    if result.curriculum.version != version:
        raise PackError(
            f"{pack}: the manifest says version {version} but curriculum.toml says "
            f"{result.curriculum.version}; refused"
        )


def _sync_tree(folder: Path) -> None:
    """Flush the unpacked files to disk before the rename makes them the installed copy."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


def _swap(new_dir: Path, target: Path, staging: Path) -> None:
    """Put `new_dir` at `target`; the old copy is renamed aside first and restored on failure."""
    if not target.exists():
        os.rename(new_dir, target)
        return
    old = staging / "previous"
    os.rename(target, old)
    try:
        os.rename(new_dir, target)
    except OSError:
        try:
            os.rename(old, target)
        except OSError:
            # Something took its place meanwhile: keep the old copy where nothing deletes it.
            kept = staging.parent / f"previous-{target.name}-{staging.name}"
            os.rename(old, kept)
            error = PackError(f"{target}: could not be replaced; the previous copy is in {kept}")
            error.changed = True
            raise error from None
        raise

"""The library's side of signed packs: installing one off the GUI thread, and the line
saying who signed each curriculum. The checks themselves live in wsr_edu.packs."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ...packs.install import InstallResult
    from ...packs.provenance import Signature


def check_signatures(folders: Iterable[Path], data_dir: Path) -> dict[Path, Signature]:
    """Each curriculum's signature, checked against its files; runs on the worker thread."""
    from ...packs.provenance import curriculum_signature
    from ...packs.trust import PackPaths, TrustStore

    trust = TrustStore(PackPaths(data_dir).trusted_dir)
    return {folder: curriculum_signature(folder, trust) for folder in folders}


def install(pack: Path, data_dir: Path) -> InstallResult:
    """Verify and install a pack; runs on the worker thread. Raises PackError when refused."""
    from ...packs.install import install_pack

    return install_pack(pack, data_dir)


def presenter_signed_only(data_dir: Path) -> bool:
    from ...packs.provenance import signed_only

    return signed_only(data_dir, "presenter")


def signature_text(signature: Signature | None, explain: bool = True) -> str:
    """'signed by <organisation> - version N - fingerprint ...' or 'not signed', translated;
    `explain`: say what being unsigned means (the line under the curriculum's page)."""
    if signature is None:
        return ""  # not checked yet: the check runs after the library has painted
    from ...packs.provenance import NOT_SIGNED, SIGNED

    if signature.status == SIGNED:
        return (
            QCoreApplication.translate(
                "LibraryWindow", "signed by %1 - version %2 - fingerprint %3"
            )
            .replace(
                "%1",
                signature.organisation
                or QCoreApplication.translate("LibraryWindow", "an unnamed organisation"),
            )
            .replace("%2", signature.version)
            .replace("%3", signature.fingerprint)
        )
    if signature.status == NOT_SIGNED and not explain:
        return signature_short(signature)
    if signature.status == NOT_SIGNED:
        # The list beside it already says "not signed": here, what that means.
        return QCoreApplication.translate(
            "LibraryWindow",
            "not signed: nothing shows these files come from your organisation. "
            "Ask it for a signed curriculum pack.",
        )
    return QCoreApplication.translate("LibraryWindow", "signature not valid: %1").replace(
        "%1", signature.reason
    )


def signature_short(signature: Signature | None) -> str:
    """The list's short form: 'signed by <organisation>', 'not signed' or 'signature not valid'."""
    if signature is None:
        return ""  # not checked yet: the check runs after the library has painted
    from ...packs.provenance import NOT_SIGNED, SIGNED

    if signature.status == SIGNED:
        return QCoreApplication.translate("LibraryWindow", "signed by %1").replace(
            "%1",
            signature.organisation
            or QCoreApplication.translate("LibraryWindow", "an unnamed organisation"),
        )
    if signature.status == NOT_SIGNED:
        return QCoreApplication.translate("LibraryWindow", "not signed")
    return QCoreApplication.translate("LibraryWindow", "signature not valid")


def installed_text(result: InstallResult) -> str:
    from ...packs.install import REPLACED, UNCHANGED, UPGRADED

    manifest = result.pack.manifest
    who = result.pack.organisation or QCoreApplication.translate(
        "LibraryWindow", "an unnamed organisation"
    )
    if result.action == UNCHANGED:
        text = QCoreApplication.translate(
            "LibraryWindow", "Version %2 of %1 is already installed (signed by %3)."
        )
    elif result.action == REPLACED:
        text = QCoreApplication.translate(
            "LibraryWindow",
            "%1 version %2 was installed again from its signed pack (signed by %3).",
        )
    elif result.action == UPGRADED:
        text = QCoreApplication.translate(
            "LibraryWindow", "%1 was upgraded from version %4 to %2 (signed by %3)."
        )
    else:
        text = QCoreApplication.translate(
            "LibraryWindow", "%1 version %2 was installed (signed by %3)."
        )
    return (
        text.replace("%1", manifest.curriculum_id)
        .replace("%2", manifest.version)
        .replace("%3", who)
        .replace("%4", result.previous_version)
    )

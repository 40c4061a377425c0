"""`wsr-edu keys ...` and `wsr-edu pack ...`: organisation keys, trust, and signed packs."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    keys = subparsers.add_parser(
        "keys",
        help="organisation keys: make, show, trust",
        description="Make and inspect the keys that sign curriculum packs, and choose which "
        "organisations' keys this computer trusts. See docs/packs.md.",
    )
    keys.set_defaults(func=lambda _args: (keys.print_help(), 2)[1])
    actions = keys.add_subparsers(title="actions", metavar="ACTION")

    new = actions.add_parser(
        "new",
        help="make an Ed25519 key pair: DIR/organisation.key and DIR/organisation.pub",
        description="Make a key pair. The private key (organisation.key) is encrypted with a "
        "passphrase, asked twice (or read from WSR_EDU_KEY_PASSPHRASE). Give "
        "organisation.pub to every computer that installs your packs; keep organisation.key "
        "and its passphrase safe.",
    )
    new.add_argument("--out", required=True, metavar="DIR", help="folder to write the keys to")
    new.add_argument(
        "--organisation",
        default="",
        metavar="NAME",
        help="the organisation's name, shown with its packs",
    )
    new.set_defaults(func=_guard(run_keys_new))

    show = actions.add_parser("show", help="print a key's fingerprint, to read aloud and compare")
    show.add_argument("file", metavar="FILE", help="an organisation.pub (or .key) file")
    show.set_defaults(func=_guard(run_keys_show))

    trust = actions.add_parser(
        "trust",
        help="trust an organisation's public key for installing packs",
        description="Add a public key to the keys this computer trusts. Compare the "
        "fingerprint shown with the one the organisation gave you (by phone or on paper) "
        "before you say yes.",
    )
    trust.add_argument("file", metavar="FILE", help="the organisation.pub file")
    trust.add_argument("--name", help="the organisation's name to show (default: the file's)")
    trust.add_argument(
        "--yes",
        action="store_true",
        help="do not ask; for scripts, after the fingerprint was compared",
    )
    trust.set_defaults(func=_guard(run_keys_trust))

    untrust = actions.add_parser("untrust", help="stop trusting a key")
    untrust.add_argument(
        "fingerprint",
        metavar="FINGERPRINT",
        help="its fingerprint (or the start of it), as 'keys list' shows",
    )
    untrust.set_defaults(func=_guard(run_keys_untrust))

    listing = actions.add_parser("list", help="the keys this computer trusts")
    listing.set_defaults(func=_guard(run_keys_list))

    coordinator = actions.add_parser(
        "coordinator",
        help="encrypt record bundles to a coordinator's public key",
        description="With a coordinator's organisation.pub set, 'db bundle-export' seals each "
        "bundle so that only that coordinator's key opens it.",
    )
    coordinator.add_argument("file", nargs="?", metavar="FILE", help="the coordinator's .pub")
    coordinator.add_argument("--clear", action="store_true", help="stop encrypting bundles")
    coordinator.set_defaults(func=_guard(run_keys_coordinator))

    device = actions.add_parser("device", help="this computer's bundle-signing fingerprint")
    device.set_defaults(func=_guard(run_keys_device))

    pack = subparsers.add_parser(
        "pack",
        help="signed curriculum packs: build, verify, install",
        description="A pack is one file holding a curriculum, signed by its organisation. "
        "See docs/packs.md.",
    )
    pack.set_defaults(func=lambda _args: (pack.print_help(), 2)[1])
    pack_actions = pack.add_subparsers(title="actions", metavar="ACTION")
    build = pack_actions.add_parser(
        "build",
        help="validate a curriculum and write it as a signed .wsrpack",
        description="Validate CURRICULUM (refusing on any error), then write every file, a "
        "manifest of their SHA-256 and an Ed25519 signature into one file.",
    )
    build.add_argument("curriculum", metavar="CURRICULUM", help="the curriculum folder")
    build.add_argument("--key", required=True, metavar="KEYFILE", help="organisation.key")
    build.add_argument("--out", required=True, metavar="FILE.wsrpack")
    build.set_defaults(func=_guard(run_pack_build))

    verify = pack_actions.add_parser(
        "verify",
        help="check a pack; exit 0 only when every byte checks out",
        description="Check a pack's shape, signature and every file. The signer must be "
        "trusted on this computer, or be the key given with --trust.",
    )
    verify.add_argument("file", metavar="FILE")
    verify.add_argument(
        "--trust",
        metavar="PUBKEYFILE",
        help="trust only this public key (instead of this computer's keys)",
    )
    verify.set_defaults(func=_guard(run_pack_verify))

    install = pack_actions.add_parser(
        "install",
        help="verify a pack and install it in the user's curricula folder",
        description="Install or upgrade a signed curriculum. Refuses, changing nothing, "
        "anything that does not check out, and any version not newer than the installed one "
        "with different content.",
    )
    install.add_argument("file", metavar="FILE")
    install.set_defaults(func=_guard(run_pack_install))

    status = pack_actions.add_parser(
        "status", help="the installed curricula and whether each is still as signed"
    )
    status.set_defaults(func=_guard(run_pack_status))

    policy = pack_actions.add_parser(
        "policy",
        help="whether the kiosk and the presenter run signed curricula only",
        description="signed: only curricula installed from a trusted pack and unchanged "
        "since; any: every curriculum; auto (the kiosk's default): signed once this computer "
        "trusts a key. Without options, shows the current choice.",
    )
    policy.add_argument("--kiosk", choices=("auto", "signed", "any"))
    policy.add_argument("--presenter", choices=("signed", "any"))
    policy.set_defaults(func=_guard(run_pack_policy))


def _guard(action: Any) -> Any:
    """A refused pack or key is one line on stderr and exit code 1, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        from .errors import PackError

        try:
            return int(action(args) or 0)
        except PackError as exc:
            print(f"wsr-edu: {exc}", file=sys.stderr)
            return 1

    return run


def _paths(args: argparse.Namespace) -> Any:
    from ..paths import AppPaths
    from .trust import PackPaths

    return PackPaths(AppPaths.resolve(getattr(args, "data_dir", None)).data_dir)


def _trust(args: argparse.Namespace) -> Any:
    from .trust import TrustStore

    return TrustStore(_paths(args).trusted_dir)


def new_passphrase() -> str:
    from .errors import PackError
    from .keys import PASSPHRASE_ENV, check_passphrase

    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        check_passphrase(env)
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise PackError(f"no passphrase: run in a terminal, or set {PASSPHRASE_ENV} for scripts")
    first = getpass.getpass("Passphrase for the new private key: ")
    check_passphrase(first)
    if getpass.getpass("The same passphrase again: ") != first:
        raise PackError("the two passphrases differ; no key was made")
    return first


def run_keys_new(args: argparse.Namespace) -> int:
    from .keys import PRIVATE_NAME, PUBLIC_NAME, new_key_pair

    out = Path(args.out)
    public = new_key_pair(out, new_passphrase(), args.organisation)
    print(f"{out / PRIVATE_NAME}: private key (keep it and its passphrase safe; never share)")
    print(f"{out / PUBLIC_NAME}: public key (give it to every computer that installs packs)")
    print(f"fingerprint: {public.fingerprint}")
    return 0


def run_keys_show(args: argparse.Namespace) -> int:
    from .keys import load_public_key

    key = load_public_key(Path(args.file))
    print(f"organisation: {key.organisation or '(no name)'}")
    print(f"fingerprint:  {key.fingerprint}")
    return 0


def run_keys_trust(args: argparse.Namespace) -> int:
    from .errors import PackError
    from .keys import load_public_key

    key = load_public_key(Path(args.file))
    name = args.name if args.name is not None else key.organisation
    print(f"organisation: {name or '(no name)'}")
    print(f"fingerprint:  {key.fingerprint}")
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise PackError("compare the fingerprint, then run again with --yes; nothing changed")
        answer = input("Does this fingerprint match the one the organisation gave you? [yes/no] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Not trusted; nothing was changed.")
            return 1
    _trust(args).add(Path(args.file), args.name)
    print("Trusted: packs signed with this key can now be installed.")
    return 0


def run_keys_untrust(args: argparse.Namespace) -> int:
    key = _trust(args).remove(args.fingerprint)
    print(f"No longer trusted: {key.organisation or '(no name)'} {key.fingerprint}")
    return 0


def run_keys_list(args: argparse.Namespace) -> int:
    keys = _trust(args).keys()
    for key in keys:
        print(f"{key.fingerprint}  {key.organisation or '(no name)'}")
    print(f"{len(keys)} trusted key(s)", file=sys.stderr)
    return 0


def run_keys_coordinator(args: argparse.Namespace) -> int:
    from .errors import PackError
    from .keys import load_public_key, write_atomically

    target = _paths(args).coordinator_key_file
    if args.clear:
        target.unlink(missing_ok=True)
        print("Bundles will be signed but not encrypted.")
        return 0
    if not args.file:
        if target.exists():
            key = load_public_key(target)
            print(f"Bundles are sealed for: {key.organisation or '(no name)'} {key.fingerprint}")
        else:
            print("No coordinator key is set: bundles are signed but not encrypted.")
        return 0
    key = load_public_key(Path(args.file))
    try:
        # Only the public half is kept, even when the coordinator's .key was given by mistake.
        write_atomically(target, json.dumps(key.to_json(), indent=2).encode("utf-8"))
    except OSError as exc:
        raise PackError(f"{target}: could not be saved ({exc.strerror or exc})") from None
    print(f"Bundles will be sealed for: {key.organisation or '(no name)'} {key.fingerprint}")
    return 0


def run_keys_device(args: argparse.Namespace) -> int:
    from .keys import load_or_make_device_key

    key = load_or_make_device_key(_paths(args).device_key_file)
    print(f"this computer's bundle key: {key.public.fingerprint}")
    return 0


def run_pack_build(args: argparse.Namespace) -> int:
    from ..curriculum.loader import load_curriculum
    from .build import build_pack
    from .errors import PackError
    from .keys import load_signing_key
    from .seal import read_passphrase

    folder = Path(args.curriculum)
    if not (folder / "curriculum.toml").is_file():
        raise PackError(f"{folder}: not a curriculum folder (no curriculum.toml)")
    result = load_curriculum(folder)
    if result.problems.errors or result.curriculum is None:
        for problem in sorted(result.problems.errors, key=lambda p: (str(p.path), p.line)):
            print(problem.format(Path.cwd()), file=sys.stderr)
        raise PackError(
            f"{folder}: {len(result.problems.errors)} error(s) to fix first "
            "(see 'wsr-edu validate'); no pack was written"
        )
    curriculum = result.curriculum
    key = load_signing_key(Path(args.key), read_passphrase("Passphrase for the key: "))
    manifest = build_pack(
        folder,
        key,
        Path(args.out),
        curriculum_id=curriculum.id,
        version=curriculum.version,
        organisation=curriculum.organisation,
    )
    print(
        f"{args.out}: {curriculum.id} version {manifest.version}, {len(manifest.files)} "
        f"file(s), signed by {key.public.fingerprint}"
    )
    return 0


def run_pack_verify(args: argparse.Namespace) -> int:
    from .keys import load_public_key
    from .trust import TrustStore
    from .verify import verify_pack

    trust = TrustStore.only([load_public_key(Path(args.trust))]) if args.trust else _trust(args)
    verified = verify_pack(Path(args.file), trust)
    m = verified.manifest
    print(
        f"{args.file}: ok: {m.curriculum_id} version {m.version}, {len(m.files)} file(s), "
        f"signed by {verified.organisation or '(no name)'} - fingerprint "
        f"{m.signer.fingerprint} - on {m.created_at}"
    )
    return 0


def run_pack_install(args: argparse.Namespace) -> int:
    from .errors import PackError
    from .install import install_pack

    try:
        result = install_pack(Path(args.file), _paths(args).data_dir)
    except PackError as exc:
        text = str(exc)
        if exc.changed or "nothing was changed" in text:
            raise
        raise PackError(f"{text}; nothing was changed") from None
    print(result.describe())
    return 0


def run_pack_status(args: argparse.Namespace) -> int:
    from ..curriculum.loader import find_curricula
    from .provenance import curriculum_signature

    trust = _trust(args)
    folders = find_curricula(_paths(args).curricula_dir)
    for folder in folders:
        print(f"{folder.name}: {curriculum_signature(folder, trust).describe()}")
    if not folders:
        print("no curriculum is installed in this computer's curricula folder", file=sys.stderr)
    return 0


def run_pack_policy(args: argparse.Namespace) -> int:
    from .provenance import load_policy, save_policy, signed_only

    paths = _paths(args)
    policy = load_policy(paths)
    if args.kiosk or args.presenter:
        policy.update(
            {k: v for k, v in (("kiosk", args.kiosk), ("presenter", args.presenter)) if v}
        )
        save_policy(paths, policy)
    for role in ("kiosk", "presenter"):
        now = "signed curricula only" if signed_only(paths.data_dir, role) else "any curriculum"
        print(f"{role}: {policy[role]} (now: {now})")
    return 0

#!/usr/bin/env bash
# Install wsr-edu for the current user, and add it (and the kiosk) to the applications menu.
#   installer/linux/install.sh                 from this source folder, with uv (needs network)
#   installer/linux/install.sh --offline DIR   from a folder of wheels made on a connected
#                                              machine by make-wheelhouse.sh; no network used
#   installer/linux/install.sh --uninstall     remove it (records and settings are kept)
# For a laptop without Python at all, use the bundle tarball instead (installer/README.md).
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data_home/applications"
icon_dir="$data_home/icons/hicolor/scalable/apps"
venv="$data_home/wsr-edu-app"   # the offline install's own Python environment
bin_dir="$HOME/.local/bin"

menu_entries() {  # $1: the wsr-edu command to start
  mkdir -p "$apps" "$icon_dir"
  for entry in wsr-edu.desktop wsr-edu-kiosk.desktop; do
    sed "s|@BIN@|$1|" "$source_dir/installer/linux/$entry" > "$apps/$entry"
  done
  cp "$source_dir/installer/linux/wsr-edu.svg" "$icon_dir/wsr-edu.svg"
}

case "${1:-}" in
  --uninstall)
    if command -v uv >/dev/null 2>&1; then uv tool uninstall wsr-edu 2>/dev/null || true; fi
    if [ -d "$venv" ]; then
      rm -rf "$venv"
      rm -f "$bin_dir/wsr-edu"
    fi
    rm -f "$apps/wsr-edu.desktop" "$apps/wsr-edu-kiosk.desktop" "$icon_dir/wsr-edu.svg"
    echo "wsr-edu removed (records and settings are kept in $data_home/wsr-edu)."
    exit 0
    ;;
  --offline)
    wheels="${2:-}"
    if [ -z "$wheels" ] || ! ls "$wheels"/wsr_edu-*.whl >/dev/null 2>&1; then
      echo "install.sh --offline DIR: DIR must hold the wheels from make-wheelhouse.sh" \
        "(no wsr_edu-*.whl in '${wheels}')" >&2
      exit 1
    fi
    wheels="$(cd "$wheels" && pwd)"
    python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "install.sh --offline: Python 3.11 or newer is needed ($python);" \
        "or use the bundle tarball, which carries its own" >&2
      exit 1
    fi
    # Its own environment, filled only from DIR: pip is told never to look at an index.
    rm -rf "$venv"
    if ! "$python" -m venv "$venv" 2>/dev/null; then
      rm -rf "$venv"
      echo "install.sh --offline: '$python -m venv' failed (Debian/Ubuntu: the python3-venv" \
        "package is needed)" >&2
      exit 1
    fi
    if ! PIP_CONFIG_FILE=/dev/null "$venv/bin/python" -m pip install --quiet \
      --no-index --find-links "$wheels" --disable-pip-version-check wsr-edu; then
      rm -rf "$venv"
      echo "install.sh --offline: a wheel is missing from $wheels for this laptop's Python" \
        "($("$python" --version)); make the folder again with WHEELHOUSE_PYTHON set to it" >&2
      exit 1
    fi
    mkdir -p "$bin_dir"
    ln -sf "$venv/bin/wsr-edu" "$bin_dir/wsr-edu"
    menu_entries "$venv/bin/wsr-edu"
    "$venv/bin/wsr-edu" --version
    echo "Installed without network. Open 'wsr-edu' from the applications menu, or run $bin_dir/wsr-edu"
    exit 0
    ;;
  "") ;;
  *)
    echo "usage: $0 [--offline DIR | --uninstall]" >&2
    exit 2
    ;;
esac

if ! command -v uv >/dev/null 2>&1; then
  echo "uv is needed: install it with 'pip install uv' and run this again" \
    "(or use --offline DIR, or the bundle tarball)." >&2
  exit 1
fi
uv tool install --force --reinstall "$source_dir"
tool_bin="$(uv tool dir --bin)"
menu_entries "$tool_bin/wsr-edu"
echo "Installed. Open 'wsr-edu' from the applications menu, or run $tool_bin/wsr-edu"

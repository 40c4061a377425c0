#!/usr/bin/env bash
# Install wsr-edu for the current user with uv, and add it to the applications menu.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
entry="$apps/wsr-edu.desktop"

if [ "${1:-}" = "--uninstall" ]; then
  uv tool uninstall wsr-edu || true
  rm -f "$entry"
  echo "wsr-edu removed (records and settings are kept in ~/.local/share/wsr-edu)."
  exit 0
fi

if ! command -v uv >/dev/null 2>&1; then
  echo "uv is needed: install it with 'pip install uv' and run this again." >&2
  exit 1
fi

uv tool install --force --reinstall "$source_dir"
bin_dir="$(uv tool dir --bin)"
mkdir -p "$apps"
cat > "$entry" <<DESKTOP
[Desktop Entry]
Type=Application
Name=wsr-edu
Comment=Teach workers their rights: group sessions, quizzes, complaint line
Exec=$bin_dir/wsr-edu
Terminal=false
Categories=Education;
DESKTOP
echo "Installed. Open 'wsr-edu' from the applications menu, or run $bin_dir/wsr-edu"

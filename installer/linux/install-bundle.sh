#!/usr/bin/env bash
# Install the unpacked wsr-edu bundle for this user: no Python, no network needed.
#   ./install.sh               copy to ~/.local/lib/wsr-edu, add menu entries and `wsr-edu`
#   ./install.sh --uninstall   remove them again (records and settings are kept)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="${WSR_EDU_PREFIX:-$HOME/.local/lib/wsr-edu}"
bin_dir="$HOME/.local/bin"
apps="$data_home/applications"
icon_dir="$data_home/icons/hicolor/scalable/apps"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$bin_dir/wsr-edu" "$apps/wsr-edu.desktop" "$apps/wsr-edu-kiosk.desktop" \
    "$icon_dir/wsr-edu.svg"
  echo "wsr-edu removed (records and settings are kept in $data_home/wsr-edu)."
  exit 0
fi

if [ ! -x "$here/wsr-edu/wsr-edu" ]; then
  echo "install.sh: run it from the unpacked tarball (wsr-edu/wsr-edu is missing)" >&2
  exit 1
fi
rm -rf "$target.new"
mkdir -p "$(dirname "$target")" "$bin_dir" "$apps" "$icon_dir"
cp -a "$here/wsr-edu" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/wsr-edu" "$bin_dir/wsr-edu"
for entry in wsr-edu.desktop wsr-edu-kiosk.desktop; do
  sed "s|@BIN@|$target/wsr-edu|" "$here/$entry" > "$apps/$entry"
done
cp "$here/wsr-edu.svg" "$icon_dir/wsr-edu.svg"
"$target/wsr-edu" --version
echo "Installed. Open 'wsr-edu' from the applications menu, or run $target/wsr-edu"

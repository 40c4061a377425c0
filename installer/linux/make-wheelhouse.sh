#!/usr/bin/env bash
# On a connected machine: put wsr-edu and every library it needs, as wheels, into DIR, so a
# laptop without network can install it with `install.sh --offline DIR`.
#   installer/linux/make-wheelhouse.sh DIR
# The wheels are for this machine's kind (Linux, its CPU, its Python minor version); set
# WHEELHOUSE_PYTHON=3.12 (say) to make them for a laptop with another Python.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$1"
dir="$(cd "$1" && pwd)"
python_version="${WHEELHOUSE_PYTHON:-$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')}"

cd "$source_dir"
# The exact versions of uv.lock, without the development tools.
uv export --frozen --no-dev --no-emit-project --no-hashes --format requirements-txt \
  --quiet -o "$dir/requirements.txt"
# The app itself, with its fonts, translations and bundled curricula inside the wheel.
rm -f "$dir"/wsr_edu-*.whl
uv build --wheel --quiet --out-dir "$dir"
# Binary wheels only: the laptop has no compiler either. Files already in DIR are reused.
uv run --no-project --quiet --with pip python -m pip download --quiet \
  --only-binary=:all: --python-version "$python_version" --dest "$dir" -r "$dir/requirements.txt"
rm -f "$dir/.gitignore"
count="$(find "$dir" -name '*.whl' | wc -l)"
size="$(du -sh "$dir" | cut -f1)"
echo "$dir: $count wheels ($size) for Python $python_version; install with: install.sh --offline $dir"

"""Loading a curriculum is linear in its size: time per slide at 4N slides against N slides.

Run: uv run python benchmarks/load.py [--slides N] [--pairs P]
Each slide has a picture and text, as the quadratic picture rescan once made loading slow.
The ratio is per-slide time of the big module over the small one (1.0x is linear); pairs are
interleaved so both sizes see the same machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from wsr_edu.curriculum import load_curriculum

TARGET = 2.0
"""Per-slide time may grow at most this much from N to 4N slides."""

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    '<rect width="5" height="5"/></svg>'
)


def make(root: Path, slides: int) -> Path:
    folder = root / f"c{slides}"
    module = folder / "modules" / "m"
    (module / "images").mkdir(parents=True)
    for i in range(10):
        (module / "images" / f"p{i}.svg").write_text(SVG)
    (folder / "curriculum.toml").write_text(
        'format = 1\nid = "c"\nversion = "1"\ndefault_language = "en"\nmodules = ["m"]\n'
        '[languages]\nen = "English"\n[title]\nen = "T"\n'
        '[complaint_line]\nnumber = "1"\n'
    )
    parts = ["---\ntitle: M\nsummary: S\nminutes: 5\n---\n"]
    for i in range(slides):
        parts.append(
            f"## Slide {i} {{#s{i}}}\n\n![p](images/p{i % 10}.svg)\n\nSome **text** {i}.\n\n---\n"
        )
    (module / "en.md").write_text("\n".join(parts))
    return folder


def per_slide(folder: Path, slides: int) -> float:
    began = time.perf_counter()
    result = load_curriculum(folder)
    took = time.perf_counter() - began
    assert result.curriculum is not None and not result.problems.errors
    return took / slides


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slides", type=int, default=1000)
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = make(Path(tmp), args.slides)
        big = make(Path(tmp), args.slides * 4)
        per_slide(small, args.slides)  # warm up imports and caches
        ratios = []
        for _ in range(args.pairs):
            base = per_slide(small, args.slides)
            grown = per_slide(big, args.slides * 4)
            ratios.append(grown / base)
    print(
        f"per-slide load time, {args.slides * 4} vs {args.slides} slides: "
        f"min {min(ratios):.2f}x, median {statistics.median(ratios):.2f}x, "
        f"max {max(ratios):.2f}x (target <= {TARGET:.1f}x)"
    )
    return 0 if statistics.median(ratios) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

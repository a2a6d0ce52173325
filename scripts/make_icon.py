"""Draws the application icon: three stacked toy blocks on a rounded tile, as ``resources/icons/toysub.ico``
(Windows: the executable, the installer and the shortcuts) and ``toysub.png`` (the window icon on every platform).

The icon is drawn from code, so it has no licence of its own and can be redrawn at any size::

    python scripts/make_icon.py            # rewrites both files in resources/icons/

Needs Pillow (installed with reportlab).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
#: Drawn this large, then scaled down with antialiasing.
CANVAS = 1024
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

TILE = (38, 70, 83)  # dark teal
BLOCKS = ((231, 111, 81), (244, 162, 97), (233, 196, 106))  # red-orange, orange, yellow
STUD = (255, 255, 255, 90)


def draw(size: int = CANVAS) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 16
    pen.rounded_rectangle((0.5 * unit, 0.5 * unit, 15.5 * unit, 15.5 * unit), radius=3 * unit, fill=TILE)
    # Two blocks side by side at the bottom, one on top: a small tower of building bricks.
    bricks = (
        (2.5, 9.5, 7.75, 13.5, BLOCKS[0]),
        (8.25, 9.5, 13.5, 13.5, BLOCKS[1]),
        (5.25, 5.0, 10.75, 9.0, BLOCKS[2]),
    )
    for left, top, right, bottom, colour in bricks:
        box = (left * unit, top * unit, right * unit, bottom * unit)
        pen.rounded_rectangle(box, radius=0.6 * unit, fill=colour)
        # The studs on top of each brick.
        width = right - left
        for share in (0.3, 0.7):
            centre = left + width * share
            pen.rounded_rectangle(
                ((centre - 0.75) * unit, (top - 0.9) * unit, (centre + 0.75) * unit, (top + 0.2) * unit),
                radius=0.3 * unit,
                fill=colour,
            )
        pen.rounded_rectangle(
            ((left + 0.35) * unit, (top + 0.35) * unit, (right - 0.35) * unit, (top + 1.0) * unit),
            radius=0.3 * unit,
            fill=STUD,
        )
    return image


def write_icons(folder: Path = ICONS) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    big = draw()
    png = folder / "toysub.png"
    ico = folder / "toysub.ico"
    big.resize((256, 256), Image.Resampling.LANCZOS).save(png, optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ico, sizes=ICO_SIZES)
    return png, ico


if __name__ == "__main__":
    if len(sys.argv) > 1:
        raise SystemExit(__doc__)
    for path in write_icons():
        print(path)

"""Draws the application icon once and writes resources/icons/oberih.{png,ico,icns}.

The icon files are committed; run this only to change the drawing
(`pip install pillow && python packaging/make_icons.py`). Pillow is needed here only,
not by the application. The motif: a stylised charm (оберіг) — a ring with a diamond,
in the centre's plum on a light ground, legible at 16 px."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PLUM = (110, 38, 94, 255)
ROSE = (214, 92, 128, 255)
LIGHT = (250, 244, 240, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 1024
    d.rounded_rectangle((40 * s, 40 * s, 984 * s, 984 * s), radius=200 * s, fill=PLUM)
    d.ellipse((170 * s, 170 * s, 854 * s, 854 * s), outline=LIGHT, width=round(92 * s))
    c = 512 * s
    r = 190 * s
    d.polygon([(c, c - r), (c + r * 0.75, c), (c, c + r), (c - r * 0.75, c)], fill=ROSE)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "oberih.png")
    big.save(
        ICONS / "oberih.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    big.save(ICONS / "oberih.icns")


if __name__ == "__main__":
    main()

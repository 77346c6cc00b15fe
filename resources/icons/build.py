"""Render CRM Desktop's icon from its one source, ``crm-desktop.svg``.

    python resources/icons/build.py          # rewrite the PNGs the program carries
    python resources/icons/build.py --check  # exit 1 when they differ from the SVG

The PNGs (``src/crm_desktop/icons/crm-desktop-<size>.png``) are package data: the
window's icon, the Linux desktop entry's hicolor sizes. They are committed, like the
compiled translations, so that a checkout runs without a build step; a test renders the
SVG again and fails when someone changed the drawing without running this.

The installers take the other formats from here at build time: ``write_ico`` for
Windows, ``write_icns`` for macOS (both with Pillow, from the same renderings).

Run with the project's virtualenv: Qt's SVG renderer (PySide6) draws, Pillow packs.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = HERE / "crm-desktop.svg"
PACKAGE_ICONS = ROOT / "src" / "crm_desktop" / "icons"
# what the hicolor theme, the window's title bar and task bars ask for
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the .ico format stops at 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
_QT_APPLICATIONS: list[object] = []


def png_path(size: int, folder: Path = PACKAGE_ICONS) -> Path:
    return folder / f"crm-desktop-{size}.png"


def render(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    # Qt needs an application object before it paints; this runs without a screen
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # kept for the rest of the run: Qt must not lose its application between two sizes
        _QT_APPLICATIONS.append(QGuiApplication([]))
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
    buffer.close()
    return bytes(data.data())


def _images(sizes: Iterable[int]) -> list[Image.Image]:
    return [Image.open(io.BytesIO(render(size))).convert("RGBA") for size in sizes]


def pixels(png: bytes) -> bytes:
    """The RGBA pixels of a PNG: what two PNGs must share to show the same picture."""
    with Image.open(io.BytesIO(png)) as image:
        return image.convert("RGBA").tobytes()


def write_pngs(folder: Path = PACKAGE_ICONS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = png_path(size, folder)
        path.write_bytes(render(size))
        written.append(path)
    return written


def stale_pngs(folder: Path = PACKAGE_ICONS) -> list[Path]:
    """The committed PNGs that are missing or do not show what the SVG draws now."""
    return [
        png_path(size, folder)
        for size in SIZES
        if not png_path(size, folder).exists()
        or pixels(png_path(size, folder).read_bytes()) != pixels(render(size))
    ]


def write_ico(path: Path) -> Path:
    """A Windows icon holding every size Explorer and the task bar pick from."""
    largest, *_ = _images([max(ICO_SIZES)])
    largest.save(path, format="ICO", sizes=[(size, size) for size in ICO_SIZES])
    return path


def write_icns(path: Path) -> Path:
    """A macOS icon; Pillow writes the sizes it is given with ``append_images``."""
    largest, *smaller = _images(sorted(ICNS_SIZES, reverse=True))
    largest.save(path, format="ICNS", append_images=smaller)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only say whether the PNGs are up to date")
    arguments = parser.parse_args(argv)
    if arguments.check:
        stale = stale_pngs()
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path in write_pngs():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

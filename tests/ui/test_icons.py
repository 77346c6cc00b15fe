"""The icon: one SVG, the PNGs the program carries drawn from it, and the installers' formats."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication
from resources.icons import build

from crm_desktop.paths import icon_files
from crm_desktop.ui.application import application_icon, make_application

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_the_committed_pngs_show_what_the_svg_draws(qapp: QApplication) -> None:
    assert build.stale_pngs() == [], "run: python resources/icons/build.py"


def test_a_changed_drawing_is_noticed(qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "icons"
    build.write_pngs(folder)
    build.png_path(48, folder).write_bytes(build.render(48, ICONS / "crm-desktop.svg"))
    assert build.stale_pngs(folder) == []

    moved = (ICONS / "crm-desktop.svg").read_text().replace('fill="#f2b33d"', 'fill="#000000"')
    (tmp_path / "changed.svg").write_text(moved)
    build.png_path(48, folder).write_bytes(build.render(48, tmp_path / "changed.svg"))

    assert build.stale_pngs(folder) == [build.png_path(48, folder)]


def test_the_program_finds_every_size_and_uses_them(qapp: QApplication) -> None:
    sizes = [Image.open(path).size for path in icon_files()]
    assert sizes == [(size, size) for size in build.SIZES]

    icon = application_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == list(build.SIZES)
    assert make_application().windowIcon().availableSizes(), "every window of the program has the icon"


def test_windows_and_macos_icons_hold_their_sizes(qapp: QApplication, tmp_path: Path) -> None:
    with Image.open(build.write_ico(tmp_path / "crm-desktop.ico")) as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(size, size) for size in build.ICO_SIZES]
    with Image.open(build.write_icns(tmp_path / "crm-desktop.icns")) as icns:
        assert icns.format == "ICNS"
        assert max(icns.info["sizes"])[:2] == (512, 512)

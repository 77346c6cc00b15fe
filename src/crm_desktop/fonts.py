"""The fonts the program ships (as package dependencies) so text looks the same everywhere."""

from __future__ import annotations

from pathlib import Path

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic

UI_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"


def font_files() -> list[Path]:
    """The regular (upright) font files: Latin, Greek, Cyrillic and Arabic script."""
    files: list[Path] = []
    for package in (fontpkg_noto_sans, fontpkg_noto_sans_arabic):
        folder = Path(package.ROOT) / "files"
        files.extend(sorted(p for p in folder.glob("*.ttf") if "Italic" not in p.name))
    return files

"""The report fonts: Noto Sans and Noto Sans Arabic, registered with reportlab and embedded.

The packaged fonts are variable TTFs. reportlab draws their default (regular)
instance correctly; for bold a static instance is made once with fontTools'
instancer and kept in the user's cache folder, keyed by the source file's hash.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import platformdirs
from fontTools.ttLib import TTFont as ToolsFont  # type: ignore[import-untyped]
from fontTools.varLib import instancer  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_desktop import fonts as packaged
from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.paths import APP_DIR_NAME

LATIN = "CrmNotoSans"
LATIN_BOLD = "CrmNotoSans-Bold"
ARABIC = "CrmNotoSansArabic"
ARABIC_BOLD = "CrmNotoSansArabic-Bold"
BOLD_WEIGHT = 700
SOURCE_MARKERS = ("NotoSans[", "NotoSansArabic[")  # how the variable fonts' file names begin
# where a bundle built by installers/build.py keeps the bold instances it was built with
SHIPPED_BOLD_DIR = Path(__file__).resolve().parent / "bold-fonts"
# For a character one report font lacks, the font of the other script in the same weight
_FALLBACK = {LATIN: ARABIC, ARABIC: LATIN, LATIN_BOLD: ARABIC_BOLD, ARABIC_BOLD: LATIN_BOLD}


@dataclass(frozen=True)
class ReportFonts:
    latin: str = LATIN
    latin_bold: str = LATIN_BOLD
    arabic: str = ARABIC
    arabic_bold: str = ARABIC_BOLD

    def pick(self, *, arabic: bool, bold: bool = False) -> str:
        if arabic:
            return self.arabic_bold if bold else self.arabic
        return self.latin_bold if bold else self.latin


def cache_dir() -> Path:
    """Where bold instances of the variable fonts are kept (``CRM_FONT_CACHE`` overrides it)."""
    override = os.environ.get("CRM_FONT_CACHE")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)) / "fonts"


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def bold_instance(source: Path, folder: Path | None = None) -> Path:
    """A static bold TTF made from the variable ``source`` (made once, then read from the cache).

    An installed bundle carries them ready-made (:data:`SHIPPED_BOLD_DIR`, filled by
    :func:`make_bold_fonts` when the bundle is built): instancing Noto Sans takes 10-20 s,
    which a shop owner would otherwise wait through at their first report.
    """
    name = f"{source.stem.split('[')[0]}-Bold-{_file_hash(source)}.ttf"
    if (SHIPPED_BOLD_DIR / name).exists():
        return SHIPPED_BOLD_DIR / name
    folder = folder or cache_dir()
    target = folder / name
    if target.exists():
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        variable = ToolsFont(str(source))
        static = instancer.instantiateVariableFont(variable, {"wght": BOLD_WEIGHT, "wdth": 100})
        handle, part = tempfile.mkstemp(dir=folder, suffix=".part")
        os.close(handle)
        try:
            static.save(part)
            os.replace(part, target)
        finally:
            Path(part).unlink(missing_ok=True)
    except OSError as error:
        raise CrmError(
            _("Could not prepare the bold report font in {folder}: {reason}").format(
                folder=folder, reason=error.strerror or error
            )
        ) from error
    return target


def make_bold_fonts(folder: Path) -> list[Path]:
    """Copies of the report fonts' bold instances in ``folder``, for a bundle's SHIPPED_BOLD_DIR
    (made in, or taken from, this computer's cache: a second build does not make them again)."""
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for marker in SOURCE_MARKERS:
        made = bold_instance(_source(marker))
        copies.append(Path(shutil.copy2(made, folder / made.name)))
    return copies


def _source(marker: str) -> Path:
    for path in packaged.font_files():
        if path.name.startswith(marker):
            return path
    raise CrmError(_("The report font {name} is not installed.").format(name=marker))


@cache
def register_fonts() -> ReportFonts:
    """Register the four report fonts with reportlab (once per process) and name them."""
    latin, arabic = (_source(marker) for marker in SOURCE_MARKERS)
    pdfmetrics.registerFont(TTFont(LATIN, str(latin)))
    pdfmetrics.registerFont(TTFont(ARABIC, str(arabic)))
    pdfmetrics.registerFont(TTFont(LATIN_BOLD, str(bold_instance(latin))))
    pdfmetrics.registerFont(TTFont(ARABIC_BOLD, str(bold_instance(arabic))))
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD)
    pdfmetrics.registerFontFamily(
        ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD
    )
    return ReportFonts()


def fallback_font(font: str) -> str | None:
    """The report font that draws what ``font`` lacks (Latin for Arabic and back), if any."""
    return _FALLBACK.get(font)


@lru_cache(maxsize=32)
def font_characters(font: str) -> frozenset[str] | None:
    """The characters the registered ``font`` has a glyph for; None for a font that is not
    a TrueType font (reportlab's standard fonts), whose coverage is not known."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    cmap = getattr(face, "charToGlyph", None)
    if cmap is None:
        return None
    return frozenset(chr(code) for code in cmap)

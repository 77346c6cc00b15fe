"""The reports' bold fonts: made once from the variable fonts, then read from the cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from crm_desktop.domain.errors import CrmError
from crm_desktop.reports import fonts


@pytest.fixture(scope="module")
def arabic() -> Path:
    # the Arabic font: a quarter of the Latin one's instancing time, the same code path
    return fonts._source("NotoSansArabic[")


def test_a_bold_instance_is_made_once_and_then_reused(arabic: Path, tmp_path: Path) -> None:
    made = fonts.bold_instance(arabic, tmp_path)
    first_write = made.stat().st_mtime_ns

    again = fonts.bold_instance(arabic, tmp_path)

    assert again == made
    assert again.stat().st_mtime_ns == first_write
    assert [path.name for path in tmp_path.iterdir()] == [made.name]  # no .part file left
    static = TTFont(str(made))
    assert "fvar" not in static  # a plain font reportlab can embed
    assert static["OS/2"].usWeightClass == fonts.BOLD_WEIGHT


def test_a_changed_source_font_gets_its_own_instance(arabic: Path, tmp_path: Path) -> None:
    copy = tmp_path / "source" / arabic.name
    copy.parent.mkdir()
    copy.write_bytes(arabic.read_bytes() + b"\0")  # another version of the package's file

    other = fonts.bold_instance(copy, tmp_path / "cache")

    assert other.parent == tmp_path / "cache"
    assert other.name != fonts.bold_instance(arabic).name  # the tests' shared cache: made already


def test_a_cache_folder_that_cannot_be_made_is_a_clear_error(arabic: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")

    with pytest.raises(CrmError, match="Could not prepare the bold report font in"):
        fonts.bold_instance(arabic, blocked / "fonts")


def test_a_bundle_s_ready_made_instances_are_used_before_the_cache(
    arabic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "bundle" / "bold-fonts"
    made = fonts.make_bold_fonts(shipped)  # what installers/build.py puts in the bundle
    monkeypatch.setattr(fonts, "SHIPPED_BOLD_DIR", shipped)

    found = fonts.bold_instance(arabic, tmp_path / "user-cache")

    assert found in made
    assert found.parent == shipped
    assert not (tmp_path / "user-cache").exists()  # nothing made at the first report
    assert sorted(path.name.split("-Bold-")[0] for path in made) == ["NotoSans", "NotoSansArabic"]

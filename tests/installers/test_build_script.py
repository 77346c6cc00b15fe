"""installers/build.py's own rules, without building anything."""

from __future__ import annotations

import pytest
from resources.icons import build as icons_build

import crm_desktop
from installers import build


def test_the_version_is_read_from_the_one_place_it_is_written() -> None:
    assert build.read_version() == crm_desktop.__version__


def test_each_system_library_becomes_its_debian_package() -> None:
    depends = build.deb_depends(
        {"libc.so.6": "/lib/libc.so.6", "libm.so.6": "/lib/libm.so.6", "libxcb-icccm.so.4": None}
    )

    assert [name.split()[0] for name in depends] == ["libc6", "libfontconfig1", "libxcb-icccm4"]


def test_optional_plugins_libraries_are_no_dependency() -> None:
    assert build.deb_depends({"libgtk-3.so.0": None}) == ["libfontconfig1"]


def test_a_library_with_no_known_package_stops_the_build() -> None:
    with pytest.raises(build.BuildError, match=r"libunknown\.so\.7"):
        build.deb_depends({"libunknown.so.7": None})


def test_a_plugin_needing_a_qt_library_left_out_stops_the_build() -> None:
    with pytest.raises(build.BuildError, match=r"libQt6Svg\.so\.6"):
        build.check_no_missing_qt({"libQt6Svg.so.6": None, "libxcb.so.1": "/lib/libxcb.so.1"})


def test_the_menu_entry_starts_the_program_with_its_icon() -> None:
    lines = build.desktop_entry().splitlines()

    assert lines[0] == "[Desktop Entry]"
    assert "Exec=crm-desktop" in lines and "Icon=crm-desktop" in lines and "Terminal=false" in lines


def test_the_control_file_wraps_the_description_as_debian_wants() -> None:
    control = build.deb_control("1.2.3", "amd64", ["libc6 (>= 2.36)", "libgl1"], 1234)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))

    assert fields["Version"] == "1.2.3" and fields["Installed-Size"] == "1234"
    assert fields["Depends"] == "libc6 (>= 2.36), libgl1"
    assert all(line.startswith(" ") and len(line) <= 80 for line in control.splitlines()[9:])
    assert control.endswith("\n")


def test_the_packages_carry_every_size_the_icon_is_drawn_in() -> None:
    # build.py runs before the virtualenv exists, so it cannot import the drawing script
    assert build.ICON_SIZES == icons_build.SIZES
    assert build.ICON_SVG == icons_build.SOURCE

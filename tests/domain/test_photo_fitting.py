"""A picture chosen in the window is kept as it is when it can be, else made to fit."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.photos import FITTED_SIDE, MAX_PHOTO_BYTES, fitted_photo, photo_bytes


def picture(size: tuple[int, int], kind: str, mode: str = "RGB", **options: object) -> bytes:
    # noise, so that the file is as big as a real photo of that size (flat colour packs to nothing)
    image = Image.frombytes(mode, size, os.urandom(size[0] * size[1] * len(mode)))
    out = io.BytesIO()
    image.save(out, format=kind, **options)
    return out.getvalue()


def opened(uri: str) -> Image.Image:
    kind, data = photo_bytes(uri)
    image = Image.open(io.BytesIO(data))
    assert image.get_format_mimetype() == kind
    return image


def test_a_small_photo_is_kept_byte_for_byte() -> None:
    small = picture((120, 90), "JPEG")

    assert photo_bytes(fitted_photo(small))[1] == small


def test_a_camera_photo_is_scaled_down_keeping_its_shape() -> None:
    camera = picture((3000, 2000), "JPEG", quality=95)
    assert len(camera) > MAX_PHOTO_BYTES

    fitted = opened(fitted_photo(camera))

    assert fitted.format == "JPEG"
    width, height = fitted.size
    assert width == FITTED_SIDE
    assert abs(height - FITTED_SIDE * 2 / 3) < 1


def test_a_photo_taken_sideways_is_turned_upright() -> None:
    image = Image.new("RGB", (1600, 900), "red")
    exif = image.getexif()
    exif[0x0112] = 6  # EXIF orientation: "rotate 90° clockwise to show"
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, quality=100)
    sideways = out.getvalue() + b"\0" * MAX_PHOTO_BYTES  # a big file, so it is made to fit

    width, height = opened(fitted_photo(sideways)).size

    assert height > width


def test_a_kind_not_kept_as_it_is_becomes_a_jpeg() -> None:
    bitmap = picture((200, 150), "BMP")

    assert opened(fitted_photo(bitmap)).format == "JPEG"


def test_transparency_stays_when_it_fits_and_gets_a_white_ground_when_not() -> None:
    logo = Image.new("RGBA", (1200, 1200), (0, 0, 0, 0))
    logo.paste((20, 140, 140, 255), (300, 300, 900, 900))
    out = io.BytesIO()
    logo.save(out, format="TIFF")  # a kind not kept: made to fit as a PNG
    assert opened(fitted_photo(out.getvalue())).mode == "RGBA"

    noisy = picture((1200, 1200), "PNG", mode="RGBA")  # even at 512 pixels above the limit as a PNG
    fitted = opened(fitted_photo(noisy))
    assert fitted.format == "JPEG"
    assert fitted.size == (FITTED_SIDE, FITTED_SIDE)


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7 not a picture", b"\xff\xd8\xff" + b"\0" * 300_000])
def test_what_is_not_a_picture_is_refused(data: bytes) -> None:
    with pytest.raises(ValidationError, match="not a JPEG, PNG, GIF or WebP picture"):
        fitted_photo(data)

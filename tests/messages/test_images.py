"""Image bombs on the QR path (issue 17, item 4): refused from the header, decoded in a
child process with limits. The bounds are asserted under a subprocess memory limit."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.messages.helpers import qr_png
from vaern.errors import Invalid
from vaern.messages import images

# The check in a process that may map 300 MB beyond its libraries: a bomb decoded in it
# fails with MemoryError (or Pillow's DecompressionBombError) instead of a 422.
LIMITED = """
import resource, sys
from vaern.errors import Invalid
from vaern.messages.qr_child import address_space
from vaern.messages.inputs import build
limit = address_space() + 300 * 2**20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    build(sys.stdin.buffer.read(), channel="qr")
except Invalid as exc:
    print("invalid:", exc.detail)
except BaseException as exc:
    print("failed:", type(exc).__name__)
"""


def png_bomb(width: int, height: int, *, rgba: bool = False) -> bytes:
    """A valid PNG of zeros: a few hundred kilobytes that declare ``width`` × ``height``."""
    channels, color_type = (4, 6) if rgba else (1, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    packer = zlib.compressobj(9)
    rows = b"\0" * ((1 + width * channels) * 100)  # a filter byte, then the pixels
    body = b"".join(packer.compress(rows) for _ in range(height // 100)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def _check_limited(picture: bytes, var_dir: Path) -> str:
    env = {**os.environ, "PYTHONPATH": "src", "VAERN_VAR_DIR": str(var_dir)}
    done = subprocess.run(
        [sys.executable, "-c", LIMITED], input=picture, capture_output=True, env=env, timeout=120
    )
    return done.stdout.decode().strip() or done.stderr.decode()[-300:]


@pytest.mark.parametrize(
    ("width", "height", "refused"),
    [(1000, 1000, False), (4000, 4000, False), (4001, 4000, True), (12_001, 10, True)],
)
def test_too_large_by_pixels_or_side(width: int, height: int, refused: bool) -> None:
    assert images.too_large(width, height, max_pixels=16_000_000) is refused


@pytest.mark.long
@pytest.mark.parametrize(
    ("width", "height", "rgba"),
    [(15_000, 15_000, False), (9_000, 9_000, True)],  # over Pillow's own limit; under it
)
def test_a_decompression_bomb_is_refused_before_decoding(
    width: int, height: int, rgba: bool, var_dir: Path
) -> None:
    picture = png_bomb(width, height, rgba=rgba)
    assert len(picture) < 1_000_000
    assert _check_limited(picture, var_dir) == f"invalid: {images.TOO_LARGE}"


def test_a_picture_that_overruns_the_childs_memory_is_invalid_not_fatal() -> None:
    picture = png_bomb(4000, 4000, rgba=True)  # within the pixel budget: 64 MB decoded
    with pytest.raises(Invalid) as caught:
        images.decode_qr(picture, memory_bytes=48 * 2**20)
    assert caught.value.detail == images.UNREADABLE
    assert images.decode_qr(picture) == []  # with the normal limit it decodes


def test_qr_api_answers_422_for_a_bomb_and_reads_a_real_code(client: TestClient) -> None:
    bomb = client.post(
        "/api/v1/check",
        files={"file": ("q.png", png_bomb(15_000, 15_000), "image/png")},
        data={"channel": "qr"},
    )
    assert bomb.status_code == 422, bomb.text
    good = client.post(
        "/api/v1/check",
        files={"file": ("q.png", qr_png("https://mitid-forny.com/x"), "image/png")},
        data={"channel": "qr"},
    )
    assert good.status_code == 200, good.text

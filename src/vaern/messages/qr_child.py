"""The child process that decodes a picture's QR codes for messages/images.py: libraries
loaded, then limits (an address-space budget on top of what is mapped now, CPU seconds),
then the picture from stdin and its texts as JSON to stdout. Run as a script, so only
Pillow and zxing-cpp are imported, not the whole application."""

from __future__ import annotations

import io
import json
import resource
import sys
from pathlib import Path


def address_space() -> int:
    """This process's virtual memory size in bytes (0 where /proc is not available)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    sizes = [line.split()[1] for line in status.splitlines() if line.startswith("VmSize:")]
    return int(sizes[0]) * 1024 if sizes else 0


def main(memory_bytes: int, timeout: float) -> None:
    import zxingcpp
    from PIL import Image

    limit = address_space() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = max(1, int(timeout))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    with Image.open(io.BytesIO(sys.stdin.buffer.read())) as img:
        img.load()
        results = zxingcpp.read_barcodes(img.convert("L"))
    json.dump([r.text for r in results if r.text], sys.stdout)


if __name__ == "__main__":
    main(int(sys.argv[1]), float(sys.argv[2]))

#!/usr/bin/env python3
"""Draws the Ibis app icon (a white ibis-beak curve on a teal tile) as RGBA PNGs, stdlib only.

Run: python3 assets/make_icon.py  -> writes src-tauri/icons/{icon,32x32,128x128}.png
"""
import math
import struct
import zlib
from pathlib import Path


def png(size: int) -> bytes:
    rows = []
    r = size * 0.18
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # rounded square
            dx = max(r - x, 0, x - (size - 1 - r))
            dy = max(r - y, 0, y - (size - 1 - r))
            inside = dx * dx + dy * dy <= r * r
            if not inside:
                row += bytes([0, 0, 0, 0])
                continue
            u, v = x / size, y / size
            col = (14, 116, 122, 255)
            # head: circle
            if (u - 0.36) ** 2 + (v - 0.32) ** 2 < 0.11 ** 2:
                col = (255, 255, 255, 255)
            # eye
            if (u - 0.39) ** 2 + (v - 0.29) ** 2 < 0.022 ** 2:
                col = (14, 116, 122, 255)
            # long curved beak: band around an arc
            cx, cy, rad = 0.36, 0.95, 0.56
            d = math.hypot(u - cx, v - cy)
            ang = math.atan2(v - cy, u - cx)
            if abs(d - rad) < 0.035 * (1 - (ang + math.pi / 2) / 1.4) and -math.pi / 2 < ang < -0.15:
                col = (255, 255, 255, 255)
            row += bytes(col)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "src-tauri" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for name, size in (("icon.png", 512), ("32x32.png", 32), ("128x128.png", 128)):
        (out / name).write_bytes(png(size))

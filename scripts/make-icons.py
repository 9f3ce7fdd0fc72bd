#!/usr/bin/env python3
"""Draw the app icon (a three-stop roadmap on an indigo tile) as PNGs and favicon.ico.
Pure standard library, so it runs anywhere: python3 scripts/make-icons.py"""
import struct, zlib, math, os

BG, FG, ACCENT = (49, 46, 129), (255, 255, 255), (129, 230, 217)

def shade(x, y, maskable):
    # Coordinates in 0..1. Maskable icons keep content inside the central 80% safe zone.
    pad = 0.0 if maskable else 0.04
    r = 0.0 if maskable else 0.22
    if not (pad <= x <= 1 - pad and pad <= y <= 1 - pad):
        return None
    cx, cy = min(max(x, pad + r), 1 - pad - r), min(max(y, pad + r), 1 - pad - r)
    if r and math.hypot(x - cx, y - cy) > r:
        return None
    s = 0.8 if maskable else 1.0
    u, v = 0.5 + (x - 0.5) / s, 0.5 + (y - 0.5) / s
    stops = [(0.28, 0.74), (0.5, 0.5), (0.72, 0.26)]
    for i, (sx, sy) in enumerate(stops):
        if math.hypot(u - sx, v - sy) < 0.085:
            return ACCENT if i == 2 else FG
    for (ax, ay), (bx, by) in zip(stops, stops[1:]):
        t = max(0, min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
        if math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) < 0.03:
            return FG
    return BG

def render(size, maskable=False, ss=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc, hits = [0, 0, 0], 0
            for sy in range(ss):
                for sx in range(ss):
                    c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, maskable)
                    if c:
                        hits += 1
                        acc = [a + b for a, b in zip(acc, c)]
            n = ss * ss
            row += bytes([a // hits for a in acc] + [255 * hits // n]) if hits else bytes(4)
        rows.append(bytes(row))
    raw = b"".join(rows)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

def ico(pngs):
    head = struct.pack("<HHH", 0, 1, len(pngs))
    offset, entries, data = 6 + 16 * len(pngs), b"", b""
    for size, png in pngs:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return head + entries + data

out = os.path.join(os.path.dirname(__file__), "..", "public")
os.makedirs(out, exist_ok=True)
# icon-64.png is the tab icon (index.html): sharp on a 4x screen, and a PNG, which the browser
# decodes cheaply on the page's main thread (an SVG icon builds a whole SVG document there).
for name, size, mask in [("icon-64.png", 64, False), ("icon-192.png", 192, False), ("icon-512.png", 512, False),
                         ("icon-maskable-512.png", 512, True), ("apple-touch-icon.png", 180, True)]:
    open(os.path.join(out, name), "wb").write(render(size, mask, 2 if size > 200 else 4))
open(os.path.join(out, "favicon.ico"), "wb").write(ico([(16, render(16)), (32, render(32))]))
print("icons written to public/")

#!/usr/bin/env python3
"""Writes a macOS .icns from PNG files (standard library only).

    png2icns.py OUT.icns TYPE=FILE.png ...      e.g. ic07=icon-128.png ic08=icon-256.png

An .icns file is the magic 'icns', the total length (big-endian uint32), then one entry per image:
a four-letter type, the entry length including this 8-byte header, and the data. Since macOS 10.7
every type used here holds a plain PNG: icp4 16, icp5 32, ic07 128, ic08 256, ic09 512,
ic10 1024 (512@2x), ic11 32 (16@2x), ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x).
"""
import struct
import sys

SIZES = {"icp4": 16, "icp5": 32, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024,
         "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512}


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def main(out, pairs):
    body = b""
    for pair in pairs:
        kind, path = pair.split("=", 1)
        with open(path, "rb") as f:
            data = f.read()
        w, h = png_size(data)
        if kind not in SIZES or (w, h) != (SIZES[kind], SIZES[kind]):
            raise SystemExit(f"{path}: {w}x{h} does not fit icns type {kind}")
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])

"""Writes tests/fixtures/decode/: small image files in many formats, plus the pixels Pillow
decodes from them, so the Rust decoder can be checked against Pillow bit for bit.

    python3 -m venv .deps/pilenv
    .deps/pilenv/bin/pip install pillow==13.0.0 numpy==2.4.6 safetensors==0.8.0
    .deps/pilenv/bin/python scripts/reference/make_image_fixtures.py

(versions as pinned in scripts/reference/requirements.txt; needs nothing else, except
/usr/lib/x86_64-linux-gnu/libturbojpeg.so for `ycck.jpg` and for the CMYK-JPEG check --
without it those are skipped and the manifest says so.)

For every good file the expected pixels are what the usual tutorial pipeline gives:

    im = Image.open(path); im = ImageOps.exif_transpose(im); arr = np.asarray(im.convert("RGB"))

stored as u8 [H, W, 3] under the file name in `expected.safetensors`. `manifest.json` has,
per file, Pillow's format / mode / size, the EXIF orientation and whether exif_transpose changed
the pixels, and for the bad files the exception Pillow raised. The conversions Pillow applies
for the unusual modes are checked numerically here (exhaustively where the domain is small) and
written to `manifest.json["conversion_rules"]`; the script stops if any rule does not hold.
"""
import ctypes
import io
import json
import os
import struct
import sys
import warnings
import zlib

import numpy as np
import PIL
from PIL import Image, ImageFile, ImageOps, JpegImagePlugin, TiffImagePlugin
from safetensors.numpy import save_file

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "fixtures", "decode"))
TURBOJPEG = "/usr/lib/x86_64-linux-gnu/libturbojpeg.so"

W, H = 37, 23  # odd sizes: partial JPEG MCUs, odd chroma, non-square (rotations show)

# ---------------------------------------------------------------------------
# source pixels


def rgb_source(seed=0, w=W, h=H):
    """Smooth gradients plus a little noise: JPEG has real AC coefficients to code."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    r = 255 * xx / (w - 1)
    g = 255 * yy / (h - 1)
    b = 128 + 100 * np.sin(xx / 4.0) * np.cos(yy / 3.0)
    img = np.stack([r, g, b], -1) + rng.normal(0, 10, (h, w, 3))
    img[2:6, 3:9] = [250, 10, 10]  # a red block near the top-left corner (orientation marker)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def alpha_source(seed=1):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:H, 0:W]
    a = (xx * 255 // (W - 1) + rng.integers(-20, 21, (H, W))).clip(0, 255)
    a[:, :3] = 0  # fully transparent columns
    a[:, -3:] = 255
    return a.astype(np.uint8)


def gray16_source():
    """Half the rows span the full 16-bit range, half stay in 0..400 (so clipping at 255 and
    values below it are both present)."""
    yy, xx = np.mgrid[0:H, 0:W]
    full = (xx * 65535 // (W - 1) + yy * 37) % 65536
    small = (xx * 11 + yy * 3) % 401
    return np.where(yy % 2 == 0, full, small).astype(np.uint16)


FLOAT_SPECIALS = [-1e6, -1.5, -0.6, -0.4, 0.0, 0.2, 0.49, 0.5, 0.51, 0.99, 1.0, 1.5, 2.5, 3.5,
                  127.5, 128.5, 254.4, 254.5, 254.6, 254.99, 255.0, 255.4, 255.5, 256.0, 300.0,
                  1e6, 7.25, 99.9, 200.01, -300.0, 12.5, 0.75, 64.0, 65.5, 128.0, 129.9, 1000.0]


def float_source(dtype=np.float32):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float64)
    f = -40 + 340 * xx / (W - 1) + 0.37 * yy  # -40 .. ~308, fractional
    f[0, :len(FLOAT_SPECIALS)] = FLOAT_SPECIALS
    return f.astype(dtype)


def cmyk_source(seed=2):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float64)
    c = 255 * xx / (W - 1)
    m = 255 * yy / (H - 1)
    y = 128 + 90 * np.sin(xx / 5.0)
    k = 60 + 60 * np.cos(yy / 4.0)
    img = np.stack([c, m, y, k], -1) + rng.normal(0, 6, (H, W, 4))
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def lab_source(seed=7):
    """LAB as numpy and TIFF hold it (L*, then a* and b* as signed bytes; Pillow's packer and
    unpacker flip the sign bit): the top rows a natural gradient converted from RGB, the bottom
    rows sweeping a* and b* over both signs and out of the sRGB gamut."""
    lab = np.asarray(Image.fromarray(rgb_source(seed)).convert("LAB")).copy()
    yy, xx = np.mgrid[0:H, 0:W]
    sweep = np.stack([np.minimum(30 + 20 * (yy - 12), 255), (xx * 7 + yy * 13) % 256,
                      (255 - xx * 7 + yy * 5) % 256], -1)
    lab[12:] = sweep[12:]
    return lab.astype(np.uint8)


def rgb16_source(seed=3):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:H, 0:W]
    r = xx * 65535 // (W - 1)
    g = yy * 65535 // (H - 1)
    b = rng.integers(0, 65536, (H, W))
    return np.stack([r, g, b], -1).astype(np.uint16)


# ---------------------------------------------------------------------------
# writers Pillow lacks


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_rgb16(arr):
    """Minimal 16-bit RGB PNG (colour type 2, bit depth 16, filter 0 on every row)."""
    h, w, _ = arr.shape
    raw = b"".join(b"\x00" + arr[i].astype(">u2").tobytes() for i in range(h))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


def tiff_float(arr):
    """Minimal little-endian uncompressed one-strip TIFF of float samples (SampleFormat 3): a
    2-D array as grayscale (photometric 1), [H, W, 3] as RGB (photometric 2, chunky). For the
    float layouts Pillow cannot write (or read): 64-bit float gray, 32-bit float RGB."""
    h, w = arr.shape[:2]
    spp = 1 if arr.ndim == 2 else arr.shape[2]
    bits = arr.dtype.itemsize * 8
    data = np.ascontiguousarray(arr.astype(arr.dtype.newbyteorder("<"))).tobytes()
    n_tags = 10
    ifd_end = 8 + 2 + 12 * n_tags + 4
    extra = b""  # out-of-line tag values (per-sample arrays when spp > 1)

    def per_sample(value):
        nonlocal extra
        if spp == 1:
            return struct.pack("<HH", value, 0)
        at = ifd_end + len(extra)
        extra += struct.pack("<" + "H" * spp, *[value] * spp)
        return struct.pack("<I", at)

    bits_field = per_sample(bits)
    format_field = per_sample(3)
    data_at = ifd_end + len(extra)
    tags = [(256, 4, 1, struct.pack("<I", w)),  # ImageWidth
            (257, 4, 1, struct.pack("<I", h)),  # ImageLength
            (258, 3, spp, bits_field),  # BitsPerSample
            (259, 3, 1, struct.pack("<HH", 1, 0)),  # Compression: none
            (262, 3, 1, struct.pack("<HH", 1 if spp == 1 else 2, 0)),  # Photometric
            (273, 4, 1, struct.pack("<I", data_at)),  # StripOffsets
            (277, 3, 1, struct.pack("<HH", spp, 0)),  # SamplesPerPixel
            (278, 4, 1, struct.pack("<I", h)),  # RowsPerStrip
            (279, 4, 1, struct.pack("<I", len(data))),  # StripByteCounts
            (339, 3, spp, format_field)]  # SampleFormat: IEEE float
    assert len(tags) == n_tags
    ifd = struct.pack("<H", n_tags) + b"".join(struct.pack("<HHI", t, k, c) + v for t, k, c, v in tags)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + extra + data


def bomb_gif():
    """Valid tiny GIF87a whose screen and only image both claim 65535 x 65535 pixels."""
    out = b"GIF87a" + struct.pack("<HHBBB", 65535, 65535, 0x80, 0, 0)  # global table, 2 colours
    out += b"\x00\x00\x00\xff\xff\xff"
    out += b"\x2c" + struct.pack("<HHHHB", 0, 0, 65535, 65535, 0)
    # LZW, minimum code size 2: clear (4), index 0, end (5), packed LSB first in 3-bit codes.
    out += b"\x02\x02\x44\x01\x00"
    return out + b"\x3b"


class TurboJPEG:
    TJPF_RGB = 0
    TJPF_CMYK = 11
    TJSAMP_420 = 2

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        lib.tjInitCompress.restype = ctypes.c_void_p
        lib.tjInitDecompress.restype = ctypes.c_void_p
        lib.tjCompress2.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                    ctypes.c_int, ctypes.c_int,
                                    ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),
                                    ctypes.POINTER(ctypes.c_ulong), ctypes.c_int, ctypes.c_int,
                                    ctypes.c_int]
        lib.tjDecompress2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_ulong,
                                      ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                      ctypes.c_int, ctypes.c_int]
        lib.tjDestroy.argtypes = [ctypes.c_void_p]
        lib.tjFree.argtypes = [ctypes.c_void_p]
        lib.tjGetErrorStr2.argtypes = [ctypes.c_void_p]
        lib.tjGetErrorStr2.restype = ctypes.c_char_p
        self.lib = lib

    def compress_cmyk(self, cmyk, quality):
        h, w, _ = cmyk.shape
        src = np.ascontiguousarray(cmyk)
        handle = self.lib.tjInitCompress()
        buf = ctypes.POINTER(ctypes.c_ubyte)()
        size = ctypes.c_ulong(0)
        try:
            rc = self.lib.tjCompress2(handle, src.ctypes.data, w, w * 4, h, self.TJPF_CMYK,
                                      ctypes.byref(buf), ctypes.byref(size), self.TJSAMP_420,
                                      quality, 0)
            if rc != 0:
                raise RuntimeError(self.lib.tjGetErrorStr2(handle).decode())
            return ctypes.string_at(buf, size.value)
        finally:
            if buf:
                self.lib.tjFree(buf)
            self.lib.tjDestroy(handle)

    def decompress(self, data, w, h, pixel_format=TJPF_CMYK, channels=4):
        """libjpeg-turbo's default decode (flags 0: accurate integer IDCT, fancy upsampling).
        For TJPF_CMYK: libjpeg's CMYK output as-is (YCCK converted to CMYK, no Adobe inversion)."""
        out = np.zeros((h, w, channels), np.uint8)
        handle = self.lib.tjInitDecompress()
        try:
            rc = self.lib.tjDecompress2(handle, data, len(data), out.ctypes.data, w, w * channels,
                                        h, pixel_format, 0)
            if rc != 0:
                raise RuntimeError(self.lib.tjGetErrorStr2(handle).decode())
        finally:
            self.lib.tjDestroy(handle)
        return out


# ---------------------------------------------------------------------------
# writing the files


def save_pil(img, name, **kw):
    img.save(os.path.join(OUT, name), **kw)


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def read_bytes(name):
    with open(os.path.join(OUT, name), "rb") as f:
        return f.read()


def make_files(skipped):
    rgb = Image.fromarray(rgb_source(0))
    rgba = Image.fromarray(np.dstack([rgb_source(4), alpha_source()]))
    gray = rgb.convert("L")
    cmyk = Image.frombytes("CMYK", (W, H), cmyk_source().tobytes())

    # JPEG
    save_pil(rgb, "baseline420.jpg", quality=90, subsampling=2)
    save_pil(rgb, "baseline444.jpg", quality=90, subsampling=0)
    save_pil(rgb, "progressive.jpg", quality=90, progressive=True)
    save_pil(gray, "gray.jpg", quality=90)
    save_pil(cmyk, "cmyk.jpg", quality=90)
    try:
        write_bytes("ycck.jpg", TurboJPEG(TURBOJPEG).compress_cmyk(cmyk_source(), 90))
    except Exception as e:  # noqa: BLE001 -- any failure means: skip this case
        skipped["ycck.jpg"] = f"TurboJPEG via ctypes failed: {type(e).__name__}: {e}"
    for orient in (6, 3, 8):
        exif = Image.Exif()
        exif[0x0112] = orient
        save_pil(rgb, f"exif_rot{orient}.jpg", quality=90, exif=exif)
    save_pil(rgb, "png_named.jpg", format="PNG")

    # PNG
    save_pil(rgb, "rgb.png")
    save_pil(rgba, "rgba.png")
    save_pil(gray, "gray.png")
    save_pil(Image.fromarray(np.dstack([np.asarray(gray), alpha_source(5)])), "la.png")
    yy, xx = np.mgrid[0:H, 0:W]
    idx = ((xx // 3 + yy // 2) % 24).astype(np.uint8)
    palette = [v for i in range(24) for v in ((i * 37) % 256, (i * 91 + 20) % 256, 255 - i * 10)]
    pal = Image.fromarray(idx, "P")
    pal.putpalette(palette)
    save_pil(pal, "palette.png")
    save_pil(pal, "palette_trns.png", transparency=bytes((i * 11) % 256 for i in range(24)))
    write_bytes("rgb16.png", png_rgb16(rgb16_source()))
    save_pil(Image.fromarray(gray16_source()), "gray16.png")
    save_pil(gray.point(lambda v: 255 if v > 110 else 0).convert("1", dither=Image.Dither.NONE),
             "gray1.png")

    # GIF (two frames; only the first counts), BMP, WebP
    frame2 = Image.fromarray(255 - rgb_source(6))
    rgb.save(os.path.join(OUT, "anim.gif"), save_all=True, append_images=[frame2],
             duration=100, loop=0)
    save_pil(rgb, "rgb.bmp")
    save_pil(rgb, "lossless.webp", lossless=True)
    save_pil(rgb, "lossy.webp", quality=80)
    save_pil(rgba, "rgba.webp", quality=80)  # lossy VP8 + ALPH chunk in a VP8X container

    # TIFF
    save_pil(rgb, "rgb8.tif")
    save_pil(rgb, "rgb8_lzw.tif", compression="tiff_lzw")
    try:
        save_pil(rgb, "rgb8_jpeg.tif", compression="jpeg")
    except Exception as e:  # noqa: BLE001
        skipped["rgb8_jpeg.tif"] = f"Pillow could not write JPEG-in-TIFF: {type(e).__name__}: {e}"
    save_pil(rgb, "rgb8_deflate.tif", compression="tiff_adobe_deflate")
    save_pil(Image.fromarray(gray16_source()), "gray16.tif")
    save_pil(Image.fromarray(float_source()), "float.tif")
    # Float TIFFs as other writers make them: big-endian, and deflate with the floating-point
    # predictor (3), which reorders each row's bytes before differencing.
    save_pil(Image.fromarray(float_source()), "float_be.tif", big_endian=True)
    save_pil(Image.fromarray(float_source()), "float_predictor3.tif", compression="tiff_adobe_deflate", tiffinfo={317: 3})
    # WhiteIsZero (photometric 0) float: Pillow opens it as mode F with the values as stored
    # (no inversion), raw and through libtiff (LZW).
    save_pil(Image.fromarray(float_source()), "float_miniswhite.tif", tiffinfo={262: 0})
    save_pil(Image.fromarray(float_source()), "float_miniswhite_lzw.tif", compression="tiff_lzw",
             tiffinfo={262: 0})
    save_pil(cmyk, "cmyk.tif")
    save_pil(rgba, "rgba.tif")
    # CIELab (photometric 8, a* and b* signed): Pillow writes it raw by default, and through
    # libtiff when compressed.
    lab = Image.frombytes("LAB", (W, H), lab_source().tobytes())
    save_pil(lab, "lab.tif")
    save_pil(lab, "lab_lzw.tif", compression="tiff_lzw")
    save_pil(lab, "lab_deflate.tif", compression="tiff_adobe_deflate", tiffinfo={317: 2})

    # bad files
    prog = read_bytes("progressive.jpg")
    write_bytes("truncated_progressive.jpg", prog[: len(prog) * 6 // 10])
    base = read_bytes("baseline420.jpg")
    write_bytes("truncated_baseline.jpg", base[: len(base) * 6 // 10])
    write_bytes("not_an_image.jpg", b"This is a text file, not a JPEG.\n")
    # Well-formed float TIFFs Pillow has no mode for (it reads float only as one 32-bit channel).
    write_bytes("float64.tif", tiff_float(float_source(np.float64)))
    fr = float_source()
    write_bytes("float_rgb.tif", tiff_float(np.stack([fr, fr[::-1], 300 - fr], -1)))
    write_bytes("empty.png", b"")
    write_bytes("bomb.gif", bomb_gif())
    # Its header alone: 65535 x 65535 declared, then the file ends (Pillow judges the size first).
    write_bytes("bomb_header_only.gif", bomb_gif()[:13])
    # Three junk bytes before a marker: libjpeg warns "Corrupt JPEG data: 3 extraneous bytes
    # before marker 0xdb" (in the header) or "... 0xda", and decodes; so does Pillow.
    for marker, name in ((b"\xff\xdb", "junk_before_dqt.jpg"), (b"\xff\xda", "junk_before_sos.jpg")):
        at = base.index(marker)
        write_bytes(name, base[:at] + b"\x00\x11\x22" + base[at:])


GOOD = ["baseline420.jpg", "baseline444.jpg", "progressive.jpg", "gray.jpg", "cmyk.jpg",
        "ycck.jpg", "exif_rot6.jpg", "exif_rot3.jpg", "exif_rot8.jpg", "png_named.jpg",
        "rgb.png", "rgba.png", "gray.png", "la.png", "palette.png", "palette_trns.png",
        "rgb16.png", "gray16.png", "gray1.png", "anim.gif", "rgb.bmp", "lossless.webp",
        "lossy.webp", "rgba.webp", "rgb8.tif", "rgb8_lzw.tif", "rgb8_jpeg.tif",
        "rgb8_deflate.tif", "gray16.tif", "float.tif", "float_be.tif", "float_predictor3.tif",
        "float_miniswhite.tif", "float_miniswhite_lzw.tif", "cmyk.tif", "rgba.tif", "lab.tif", "lab_lzw.tif", "lab_deflate.tif", "junk_before_dqt.jpg", "junk_before_sos.jpg"]
BAD = ["truncated_progressive.jpg", "truncated_baseline.jpg", "not_an_image.jpg", "empty.png",
       "bomb.gif", "bomb_header_only.gif", "float64.tif", "float_rgb.tif"]


# ---------------------------------------------------------------------------
# decoding with Pillow


def jpeg_in_tiff_info(im):
    """What the JPEG strip looks like: abbreviated stream? component ids, sampling, Adobe?"""
    im.fp.seek(im.tag_v2[273][0])
    strip = im.fp.read(im.tag_v2[279][0])
    sof = strip.find(b"\xff\xc0")
    n = strip[sof + 9]
    comps = [strip[sof + 10 + 3 * i: sof + 13 + 3 * i] for i in range(n)]
    return {"strips": len(im.tag_v2[273]),
            "jpeg_tables_tag_347_bytes": len(im.tag_v2.get(347, b"")),
            "strip_has_dqt_dht": b"\xff\xdb" in strip or b"\xff\xc4" in strip,
            "component_ids": "".join(chr(c[0]) for c in comps),
            "sampling": ["%dx%d" % (c[1] >> 4, c[1] & 15) for c in comps],
            "adobe_app14": b"\xff\xee" in strip}


def extra_info(im):
    info = {}
    if im.format == "JPEG":
        info["progressive"] = bool(im.info.get("progressive", 0))
        info["sampling"] = {-1: None, 0: "4:4:4", 1: "4:2:2", 2: "4:2:0"}.get(
            JpegImagePlugin.get_sampling(im), "other")
        if "adobe" in im.info:
            info["adobe_transform"] = im.info.get("adobe_transform")
    elif im.format == "TIFF":
        info["compression"] = im.info.get("compression")
        info["photometric"] = int(im.tag_v2.get(262))
        info["bits_per_sample"] = [int(b) for b in im.tag_v2.get(258)]
        if info["compression"] == "jpeg":
            info["jpeg_in_tiff"] = jpeg_in_tiff_info(im)
    elif im.format == "PNG":
        if "transparency" in im.info:
            t = im.info["transparency"]
            info["transparency"] = list(t) if isinstance(t, bytes) else t
    elif im.format == "GIF":
        info["n_frames"] = im.n_frames
    elif im.format == "WEBP":
        info["n_frames"] = getattr(im, "n_frames", 1)
    return info


def decode_good(name):
    path = os.path.join(OUT, name)
    im = Image.open(path)
    fmt, mode, size = im.format, im.mode, list(im.size)
    info = extra_info(im)
    orientation = im.getexif().get(0x0112)
    raw_rgb = np.asarray(im.convert("RGB"))
    im_t = ImageOps.exif_transpose(im)
    arr = np.ascontiguousarray(np.asarray(im_t.convert("RGB"), dtype=np.uint8))
    changed = raw_rgb.shape != arr.shape or not np.array_equal(raw_rgb, arr)
    entry = {"name": name, "format": fmt, "mode": mode, "size": size,
             "exif_orientation": orientation, "exif_transpose_changed": changed,
             "expected_shape": list(arr.shape), **info}
    return entry, arr, im, raw_rgb


def decode_bad(name):
    path = os.path.join(OUT, name)
    stage = "open"
    try:
        im = Image.open(path)
        stage = "load"
        im.load()
        stage = "convert"
        np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    except Exception as e:  # noqa: BLE001 -- we record what Pillow raises
        # Pillow puts the path it was given into some messages: record the bare file name.
        return {"name": name, "bad": True, "error_stage": stage,
                "error_type": f"{type(e).__module__}.{type(e).__name__}",
                "error": str(e).replace(path, name)}
    raise SystemExit(f"{name}: Pillow decoded it, but it should fail")


# ---------------------------------------------------------------------------
# conversion rules, checked


def muldiv255(a, b):
    t = a * b + 128
    return ((t >> 8) + t) >> 8


def check(cond, what):
    if not cond:
        raise SystemExit(f"conversion rule does not hold: {what}")


def rule_checks(decoded, decoded_bad, tj):
    rules = {}

    # L / LA / RGBA / 1 / P -> RGB
    def arr_of(name):
        return np.asarray(decoded[name][2])

    for name in ("gray.png", "gray.jpg"):
        g = arr_of(name)
        check(np.array_equal(decoded[name][3], np.repeat(g[..., None], 3, -1)), name)
    la = arr_of("la.png")
    check(np.array_equal(decoded["la.png"][3], np.repeat(la[..., :1], 3, -1)), "LA")
    for name in ("rgba.png", "rgba.tif", "rgba.webp"):
        check(np.array_equal(decoded[name][3], arr_of(name)[..., :3]), name)
    b1 = arr_of("gray1.png")  # bool array
    check(np.array_equal(decoded["gray1.png"][3], np.repeat(np.where(b1, 255, 0)[..., None], 3, -1)), "1")
    for name in ("palette.png", "palette_trns.png", "anim.gif"):
        im = decoded[name][2]
        if im.mode == "P":
            pal = np.array(im.getpalette("RGB"), np.uint8).reshape(-1, 3)
            check(np.array_equal(decoded[name][3], pal[np.asarray(im)]), name)
    rules["L"] = "R = G = B = L."
    rules["LA"] = "R = G = B = L; alpha dropped (no compositing)."
    rules["RGBA"] = "alpha dropped: (R, G, B) kept as stored, no compositing/premultiplication (PNG, TIFF, WebP checked)."
    rules["1"] = "0 -> (0,0,0), 1 -> (255,255,255)."
    rules["P"] = ("palette lookup palette[index]; PNG tRNS transparency is ignored (pixels identical to "
                  "the same file without tRNS); GIF first frame is mode P and the same rule applies.")

    # I;16 -> RGB: exhaustive over 0..65535, then the two fixture files.
    v = np.arange(65536, dtype=np.uint16).reshape(256, 256)
    got = np.asarray(Image.fromarray(v).convert("RGB"))
    check(np.array_equal(got, np.repeat(np.minimum(v, 255).astype(np.uint8)[..., None], 3, -1)), "I;16 exhaustive")
    for name in ("gray16.png", "gray16.tif"):
        im = decoded[name][2]
        check(im.mode == "I;16", f"{name} opens as I;16 (got {im.mode})")
        raw = np.asarray(im).astype(np.int64)
        check(np.array_equal(raw, gray16_source()), f"{name} raw values")
        check(np.array_equal(decoded[name][3], np.repeat(np.minimum(raw, 255)[..., None], 3, -1)), name)
    rules["I;16"] = ("16-bit grayscale (PNG bit depth 16 and TIFF 16-bit both open as mode I;16): "
                     "R = G = B = min(v, 255) -- clips, no scaling (v >> 8 is NOT used). Checked for all "
                     "v in 0..65535 and on gray16.png / gray16.tif.")
    iv = np.arange(-40000, 65536 * 4 - 40000, 4, dtype=np.int32).reshape(256, 256)
    got = np.asarray(Image.fromarray(iv).convert("RGB"))
    check(np.array_equal(got[..., 0], np.clip(iv, 0, 255)), "I")
    rules["I"] = "32-bit signed I (not in the fixtures): R = G = B = clamp(v, 0, 255)."

    # F -> RGB
    fv = np.concatenate([np.array(FLOAT_SPECIALS, np.float32),
                         np.linspace(-3, 258, 100003, dtype=np.float32)]).reshape(1, -1)
    got = np.asarray(Image.fromarray(fv).convert("RGB"))[0, :, 0]
    want = np.where(fv[0] <= 0, 0, np.where(fv[0] >= 255, 255, np.trunc(np.clip(fv[0], 0, 255)))).astype(np.uint8)
    check(np.array_equal(got, want), "F exhaustive-ish")
    raw = np.asarray(decoded["float.tif"][2])
    check(decoded["float.tif"][2].mode == "F" and np.array_equal(raw, float_source()), "float.tif raw")
    w = np.where(raw <= 0, 0, np.where(raw >= 255, 255, np.trunc(np.clip(raw, 0, 255)))).astype(np.uint8)
    check(np.array_equal(decoded["float.tif"][3], np.repeat(w[..., None], 3, -1)), "float.tif")
    nan = np.asarray(Image.fromarray(np.array([[np.nan]], np.float32)).convert("RGB"))[0, 0, 0]
    rules["F"] = ("32-bit float (float.tif opens as mode F): R = G = B = 0 if f <= 0, 255 if f >= 255, "
                  "else trunc(f) (round toward zero: 0.99 -> 0, 254.99 -> 254, 255.0 -> 255). "
                  f"NaN gave {int(nan)} here (C cast; not in the fixture).")
    for name in ("float_miniswhite.tif", "float_miniswhite_lzw.tif"):
        im = decoded[name][2]
        check(im.mode == "F" and im.tag_v2.get(262) == 0, f"{name} opens as F, photometric 0")
        check(np.array_equal(np.asarray(im), float_source()), f"{name} raw values as stored (not inverted)")
        check(np.array_equal(decoded[name][3], decoded["float.tif"][3]), f"{name} same pixels as float.tif")
    rules["F MinIsWhite"] = (
        "32-bit float gray with PhotometricInterpretation 0 (WhiteIsZero) opens as mode F with the "
        "stored values unchanged (OPEN_INFO (II, 0, (3,), 1, (32,), ()) -> F;32F; no 1 - v, no "
        "max - v), then the F rule. Checked: float_miniswhite.tif (raw) and float_miniswhite_lzw.tif "
        "(libtiff) hold float.tif's values and give its pixels.")
    for name in ("float64.tif", "float_rgb.tif"):
        check(decoded_bad[name]["error_type"] == "PIL.UnidentifiedImageError", f"{name} unidentified")
        # Why: the TIFF plugin itself parses the file and finds no mode for its layout.
        try:
            TiffImagePlugin.TiffImageFile(os.path.join(OUT, name)).close()
            cause = None
        except SyntaxError as e:
            cause = str(e)
        check(cause == "unknown pixel mode", f"{name}: TIFF plugin says {cause!r}")
    rules["float TIFF other than one 32-bit channel"] = (
        "Pillow's TIFF plugin has no mode for other float layouts: a 64-bit float gray TIFF "
        "(float64.tif) and a 32-bit float RGB TIFF (float_rgb.tif), both well-formed and "
        "uncompressed, raise PIL.UnidentifiedImageError on open (the TIFF plugin: 'unknown pixel mode').")

    # 16-bit RGB PNG: exhaustive over 0..65535 in all three channels, then the fixture.
    ex = np.stack([v, v[::-1], v.T], -1)
    got = np.asarray(Image.open(io.BytesIO(png_rgb16(ex))).convert("RGB"))
    check(np.array_equal(got, (ex >> 8).astype(np.uint8)), "RGB 16-bit exhaustive")
    im = decoded["rgb16.png"][2]
    check(im.mode == "RGB", f"rgb16.png mode {im.mode}")
    check(np.array_equal(decoded["rgb16.png"][3], (rgb16_source() >> 8).astype(np.uint8)), "rgb16.png")
    differs = int(np.sum((rgb16_source() >> 8) != np.rint(rgb16_source() / 257.0)))
    rules["RGB;16 PNG"] = ("16-bit-per-channel RGB PNG opens directly as mode RGB (rawmode RGB;16B): each "
                           "channel = v >> 8 (high byte of the big-endian sample; truncation, not "
                           f"round(v / 257) -- those differ on {differs} of rgb16.png's samples). "
                           "Checked for all v in 0..65535.")

    # CMYK -> RGB: exhaustive over (C, K) in 0..255 x 0..255 (channels are independent).
    c, k = np.meshgrid(np.arange(256), np.arange(256), indexing="ij")
    cm = np.stack([c, 255 - c, (c * 7) % 256, k], -1).astype(np.uint8)
    got = np.asarray(Image.frombytes("CMYK", (256, 256), cm.tobytes()).convert("RGB")).astype(np.int64)
    ci = cm.astype(np.int64)
    want = np.stack([muldiv255(255 - ci[..., j], 255 - ci[..., 3]) for j in range(3)], -1)
    check(np.array_equal(got, want), "CMYK exhaustive")
    want2 = np.stack([np.floor((255 - ci[..., j]) * (255 - ci[..., 3]) / 255 + 0.5) for j in range(3)], -1)
    check(np.array_equal(got, want2), "CMYK exact rounding")
    im = decoded["cmyk.tif"][2]
    check(im.mode == "CMYK" and np.array_equal(np.asarray(im), cmyk_source()), "cmyk.tif raw")
    ci = cmyk_source().astype(np.int64)
    want = np.stack([muldiv255(255 - ci[..., j], 255 - ci[..., 3]) for j in range(3)], -1)
    check(np.array_equal(decoded["cmyk.tif"][3], want), "cmyk.tif")
    rules["CMYK"] = ("R = round((255 - C) * (255 - K) / 255), likewise G from M and B from Y; "
                     "in integers: t = (255 - C) * (255 - K) + 128; R = ((t >> 8) + t) >> 8 "
                     "(Pillow's MULDIV255; equal to exact round-half-up, ties cannot occur). Checked for "
                     "all (C, K) pairs and on cmyk.tif (TIFF CMYK, photometric 5, is read as stored).")

    # LAB -> RGB: what the file stores, and which transform Pillow applies.
    from PIL import ImageCms
    im = decoded["lab.tif"][2]
    check(im.mode == "LAB" and np.array_equal(np.asarray(im), lab_source()), "lab.tif raw")
    data = read_bytes("lab.tif")
    strips = b"".join(data[o:o + c] for o, c in zip(im.tag_v2[273], im.tag_v2[279]))
    stored = np.frombuffer(strips, np.uint8).reshape(H, W, 3)
    held = np.stack([np.frombuffer(im.getchannel(i).tobytes(), np.uint8).reshape(H, W)
                     for i in range(3)], -1)
    check(np.array_equal(stored, lab_source()) and np.array_equal(held, stored ^ np.array([0, 0x80, 0x80], np.uint8)),
          "lab.tif stores a*, b* as signed bytes; Pillow holds stored ^ 0x80")
    t = ImageCms.buildTransform(ImageCms.createProfile("LAB"), ImageCms.createProfile("sRGB"),
                                "LAB", "RGB", ImageCms.Intent.PERCEPTUAL, ImageCms.Flags.NONE)
    check(np.array_equal(decoded["lab.tif"][3], np.asarray(t.apply(im))), "LAB -> RGB transform")
    for name in ("lab_lzw.tif", "lab_deflate.tif"):
        check(np.array_equal(decoded[name][3], decoded["lab.tif"][3]), f"{name} same pixels")
    rules["LAB"] = (
        "TIFF CIELab (photometric 8, 8-bit, 3 samples) opens as mode LAB: L* as stored, a* and b* stored "
        "as signed bytes and held by Pillow offset by 128 (stored ^ 0x80, ImagingUnpackLAB). "
        "convert(\"RGB\") goes through LittleCMS " + str(ImageCms.core.littlecms_version) + ": a transform "
        "from cmsCreateLab2Profile(NULL) (D50, Lab V2) to cmsCreate_sRGBProfile(), perceptual intent, "
        "flags 0, input format Lab V2 8-bit with one extra byte, output RGBA 8-bit. Checked: equal to "
        "ImageCms.buildTransform(createProfile('LAB'), createProfile('sRGB'), 'LAB', 'RGB') on "
        "lab.tif, and lab_lzw.tif / lab_deflate.tif (predictor 2) give the same pixels.")

    # CMYK / YCCK JPEG: Pillow's CMYK vs libjpeg's raw CMYK output.
    if tj is not None:
        for name in ("cmyk.jpg", "ycck.jpg"):
            if name not in decoded:
                continue
            im = decoded[name][2]
            lib = tj.decompress(read_bytes(name), im.size[0], im.size[1])
            pil = np.asarray(im)
            check(np.array_equal(pil, 255 - lib), f"{name}: Pillow CMYK == 255 - libjpeg CMYK")
        rules["CMYK JPEG"] = (
            "4-component JPEGs (both carry an Adobe APP14 marker: cmyk.jpg transform 0 = plain CMYK, "
            "ycck.jpg transform 2 = YCCK) open as mode CMYK with every channel INVERTED relative to "
            "libjpeg's output (Pillow rawmode CMYK;I, the Adobe convention): Pillow C = 255 - c, where c is "
            "what libjpeg(-turbo) returns with out_color_space = JCS_CMYK (for YCCK libjpeg first does its "
            "own YCC->RGB on the first three components and c = 255 - R etc., K passed through). "
            "Then the CMYK rule above. Combined, per channel: R = round(c * k / 255) with c, k the raw "
            "libjpeg samples. Checked: Pillow's CMYK equals 255 - TurboJPEG's TJPF_CMYK decode exactly "
            "for both files.")
        same = []
        for name in ("baseline420.jpg", "baseline444.jpg", "progressive.jpg", "gray.jpg"):
            im = decoded[name][2]
            lib = tj.decompress(read_bytes(name), im.size[0], im.size[1], tj.TJPF_RGB, 3)
            check(np.array_equal(decoded[name][1], lib), f"{name}: Pillow == libjpeg-turbo default")
            same.append(name)
        rules["JPEG"] = (
            "Pillow's JPEG pixels are libjpeg-turbo's default decompression (Pillow 13.0.0 wheels bundle "
            "libjpeg-turbo 3.2.0): accurate integer IDCT (JDCT_ISLOW), fancy (triangular) chroma "
            "upsampling, not the merged upsampler, libjpeg's YCbCr->RGB tables; grayscale replicated. "
            "Checked: equal to the system libturbojpeg's tjDecompress2(flags=0) output for "
            + ", ".join(same) + ".")
    else:
        rules["CMYK JPEG"] = "not checked: libturbojpeg unavailable"

    # EXIF orientation
    for name, rot in (("exif_rot6.jpg", -1), ("exif_rot3.jpg", 2), ("exif_rot8.jpg", 1)):
        check(np.array_equal(decoded[name][1], np.rot90(decoded[name][3], rot)), name)
        check(np.array_equal(decoded[name][3], decoded["baseline420.jpg"][3]), f"{name} same JPEG data")
    src, h, w = decoded["baseline420.jpg"][3], H, W
    r6, r8 = decoded["exif_rot6.jpg"][1], decoded["exif_rot8.jpg"][1]
    check(r6.shape[:2] == (w, h) and r8.shape[:2] == (w, h), "rotated shapes")
    for y in range(w):
        for x in range(h):
            check(np.array_equal(r6[y, x], src[h - 1 - x, y]), "orientation 6 index formula")
            check(np.array_equal(r8[y, x], src[x, w - 1 - y]), "orientation 8 index formula")
    check(np.array_equal(decoded["exif_rot3.jpg"][1], src[::-1, ::-1]), "orientation 3 index formula")
    rules["EXIF orientation"] = (
        "exif_transpose applies the EXIF Orientation tag (0x0112) after decoding and then deletes it: "
        "6 -> rotate 90 deg clockwise (Image.ROTATE_270; out[y][x] = in[h-1-x][y], size becomes H x W), "
        "3 -> rotate 180 (out[y][x] = in[h-1-y][w-1-x]), 8 -> rotate 90 deg counter-clockwise (Image.ROTATE_90; out[y][x] = in[x][w-1-y]). "
        "(2 flip L-R, 4 flip T-B, 5 transpose, 7 transverse are not in the fixtures.) The decoded pixels "
        "before rotation equal baseline420.jpg's.")
    return rules


# ---------------------------------------------------------------------------


def main():
    # palette_trns.png: convert("RGB") warns that byte transparency is dropped; that is the point.
    warnings.filterwarnings("ignore", message="Palette images with Transparency")
    os.makedirs(OUT, exist_ok=True)
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    skipped = {}
    make_files(skipped)
    try:
        tj = TurboJPEG(TURBOJPEG)
    except OSError as e:
        tj = None
        skipped.setdefault("ycck.jpg", f"cannot load {TURBOJPEG}: {e}")

    decoded, entries, tensors = {}, [], {}
    for name in GOOD:
        if name in skipped:
            continue
        entry, arr, im, raw_rgb = decode_good(name)
        decoded[name] = (entry, arr, im, raw_rgb)
        entries.append(entry)
        tensors[name] = arr
    decoded_bad = {}
    for name in BAD:
        decoded_bad[name] = decode_bad(name)
        entries.append(decoded_bad[name])

    rules = rule_checks(decoded, decoded_bad, tj)
    for name in decoded:
        decoded[name][2].close()

    save_file(tensors, os.path.join(OUT, "expected.safetensors"),
              # one key only: safetensors writes metadata in hash order, which would make
              # the file differ from run to run
              metadata={"pillow_version": PIL.__version__})
    manifest = {
        "generator": "scripts/reference/make_image_fixtures.py",
        "pillow_version": PIL.__version__,
        "pipeline": 'im = Image.open(path); im = ImageOps.exif_transpose(im); '
                    'arr = np.asarray(im.convert("RGB"))  # u8 [H, W, 3]',
        "skipped": skipped,
        "conversion_rules": rules,
        "files": entries,
    }
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=False)
        f.write("\n")

    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT))
    print(f"Pillow {PIL.__version__}: {len(tensors)} good files, {len(BAD)} bad files, "
          f"{total} bytes in {OUT}")
    for name, why in skipped.items():
        print(f"skipped {name}: {why}", file=sys.stderr)


if __name__ == "__main__":
    main()

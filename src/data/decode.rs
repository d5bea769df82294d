//! Image bytes to 8-bit RGB, pixel for pixel as the reference pipeline
//! (`PIL.Image.open`, `ImageOps.exif_transpose`, `.convert("RGB")`) gives them.
//!
//! JPEG goes through libjpeg-turbo, the decoder inside Pillow: another JPEG
//! decoder rounds its IDCT and upsampling differently, and a fine-tuned ViT
//! sees those differences (logits moved by 1e-2 on real photos). TIFF goes
//! through the `tiff` crate so that CMYK, 16-bit and float samples follow
//! Pillow's conversion rules, and CIELab through Little CMS, as Pillow converts
//! it; everything else through the `image` crate.
//!
//! The format is judged by content, never by the file name.

use anyhow::{anyhow, bail, ensure, Context, Result};
use std::path::Path;

/// Pillow refuses images over twice `Image.MAX_IMAGE_PIXELS` (a decompression bomb);
/// so do we, before allocating anything.
pub const MAX_PIXELS: u64 = 2 * 89_478_485;

/// A decoded image: row-major `height x width x 3` bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rgb8 {
    pub width: u32,
    pub height: u32,
    pub data: Vec<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    Gif,
    Bmp,
    WebP,
    Tiff,
}

/// The format from the first bytes, as Pillow's plugins recognise them.
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    let starts = |m: &[u8]| bytes.len() >= m.len() && &bytes[..m.len()] == m;
    if starts(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some(Format::Gif)
    } else if starts(b"BM") {
        Some(Format::Bmp)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Format::WebP)
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Some(Format::Tiff)
    } else {
        None
    }
}

/// Reads and decodes a file; errors name it.
pub fn load_rgb_file(path: &Path) -> Result<Rgb8> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read image {}", path.display()))?;
    decode_rgb(&bytes).with_context(|| format!("cannot decode image {}", path.display()))
}

/// Decodes any supported format to 8-bit RGB with EXIF orientation applied.
pub fn decode_rgb(bytes: &[u8]) -> Result<Rgb8> {
    ensure!(!bytes.is_empty(), "the file is empty");
    let format = sniff(bytes).ok_or_else(|| anyhow!("not an image xlavit reads: the content is no JPEG, PNG, GIF, BMP, WebP or TIFF"))?;
    let (img, orientation) = match format {
        Format::Jpeg => (jpeg::decode(bytes)?, jpeg_orientation(bytes)),
        Format::Tiff => tiff_rgb(bytes)?,
        _ => other_rgb(bytes, format)?,
    };
    ensure!(img.width > 0 && img.height > 0, "the image is empty ({}x{})", img.width, img.height);
    Ok(orient(img, orientation))
}

fn check_size(width: u64, height: u64) -> Result<()> {
    let pixels = width.saturating_mul(height);
    ensure!(
        pixels <= MAX_PIXELS,
        "declares {width}x{height} = {pixels} pixels, over the limit of {MAX_PIXELS} (a decompression bomb?)"
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// JPEG through libjpeg-turbo's TurboJPEG API

mod jpeg {
    use super::{check_size, cmyk_to_rgb, ends_after_last_scan, Rgb8};
    use anyhow::{bail, Result};
    use std::ffi::CStr;
    use std::os::raw::{c_char, c_int, c_uchar, c_ulong, c_void};

    const TJPF_RGB: c_int = 0;
    const TJPF_CMYK: c_int = 11;
    const TJCS_CMYK: c_int = 3;
    const TJCS_YCCK: c_int = 4;
    const TJERR_WARNING: c_int = 0;

    #[link(name = "turbojpeg")]
    extern "C" {
        fn tjInitDecompress() -> *mut c_void;
        fn tjDestroy(handle: *mut c_void) -> c_int;
        fn tjDecompressHeader3(
            handle: *mut c_void,
            buf: *const c_uchar,
            size: c_ulong,
            width: *mut c_int,
            height: *mut c_int,
            subsamp: *mut c_int,
            colorspace: *mut c_int,
        ) -> c_int;
        fn tjDecompress2(
            handle: *mut c_void,
            buf: *const c_uchar,
            size: c_ulong,
            dst: *mut c_uchar,
            width: c_int,
            pitch: c_int,
            height: c_int,
            pixel_format: c_int,
            flags: c_int,
        ) -> c_int;
        fn tjGetErrorStr2(handle: *mut c_void) -> *mut c_char;
        fn tjGetErrorCode(handle: *mut c_void) -> c_int;
    }

    struct Handle(*mut c_void);

    impl Drop for Handle {
        fn drop(&mut self) {
            // SAFETY: created by tjInitDecompress, destroyed once.
            unsafe { tjDestroy(self.0) };
        }
    }

    impl Handle {
        fn message(&self) -> String {
            // SAFETY: TurboJPEG returns a NUL-terminated string owned by the handle.
            unsafe { CStr::from_ptr(tjGetErrorStr2(self.0)) }.to_string_lossy().into_owned()
        }
    }

    pub fn decode(bytes: &[u8]) -> Result<Rgb8> {
        // SAFETY: no arguments; null on failure.
        let h = Handle(unsafe { tjInitDecompress() });
        if h.0.is_null() {
            bail!("libjpeg-turbo could not create a decompressor");
        }
        let (mut w, mut hgt, mut sub, mut cs) = (0, 0, 0, 0);
        // SAFETY: bytes outlives the call; outputs are plain ints.
        let rc = unsafe { tjDecompressHeader3(h.0, bytes.as_ptr(), bytes.len() as c_ulong, &mut w, &mut hgt, &mut sub, &mut cs) };
        // A warning in the header (junk bytes before a marker: "Corrupt JPEG data: 3 extraneous
        // bytes before marker 0xdb") still gives the header, as libjpeg inside Pillow reads it.
        // SAFETY: valid handle.
        let header_warning = rc != 0 && unsafe { tjGetErrorCode(h.0) } == TJERR_WARNING && w > 0 && hgt > 0;
        if rc != 0 && !header_warning {
            bail!("not a readable JPEG: {}", h.message());
        }
        check_size(w as u64, hgt as u64)?;
        let cmyk = cs == TJCS_CMYK || cs == TJCS_YCCK;
        let channels = if cmyk { 4 } else { 3 };
        let mut out = vec![0u8; w as usize * hgt as usize * channels];
        let format = if cmyk { TJPF_CMYK } else { TJPF_RGB };
        // Flags 0: accurate integer IDCT and fancy upsampling, as Pillow decodes.
        // SAFETY: `out` holds width * height * channels bytes, pitch 0 means tightly packed.
        let rc = unsafe { tjDecompress2(h.0, bytes.as_ptr(), bytes.len() as c_ulong, out.as_mut_ptr(), w, 0, hgt, format, 0) };
        if rc != 0 {
            let msg = h.message();
            // SAFETY: valid handle.
            let warning = unsafe { tjGetErrorCode(h.0) } == TJERR_WARNING;
            if !warning {
                bail!("corrupt JPEG: {msg}");
            }
            // A warning still yields pixels. Most (extraneous bytes, odd markers) are harmless and
            // Pillow accepts them too; a premature end means missing rows painted grey, which Pillow
            // refuses as "image file is truncated", and which must not reach training silently.
            if msg.contains("Premature end") {
                bail!("truncated JPEG: {msg}");
            }
        }
        // libjpeg-turbo reports only its last warning, so truncation can hide behind another one
        // (a progressive file cut mid-scan says "Bogus Huffman table definition").
        if !ends_after_last_scan(bytes) {
            bail!("truncated JPEG: the data ends inside the image (no end-of-image marker after the last scan)");
        }
        let data = if cmyk { cmyk_to_rgb(&out, true) } else { out };
        Ok(Rgb8 { width: w as u32, height: hgt as u32, data })
    }
}

/// Whether the JPEG's marker sequence reaches its end-of-image marker. Walks the segments from
/// the start (an EXIF thumbnail inside APP1 is skipped whole) and, after each start-of-scan, the
/// entropy-coded data to the next marker; a file cut anywhere in its scans runs out first. Data
/// after the end-of-image marker (phone trailers) is not looked at, as Pillow ignores it too.
fn ends_after_last_scan(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let mut i = 2;
    while i + 1 < n {
        if bytes[i] != 0xFF {
            // Garbage between segments: libjpeg skips to the next marker with a warning.
            i += 1;
            continue;
        }
        let marker = bytes[i + 1];
        match marker {
            0xD9 => return true,
            // Fill bytes and markers without a length.
            0xFF => {
                i += 1;
                continue;
            }
            0x00 | 0x01 | 0xD0..=0xD7 => {
                i += 2;
                continue;
            }
            _ => {}
        }
        if i + 3 >= n {
            return false;
        }
        i += 2 + u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
        if marker == 0xDA {
            // Inside scan data 0xFF is stuffed as FF 00, and restart markers belong to the scan.
            while i + 1 < n && !(bytes[i] == 0xFF && bytes[i + 1] != 0x00 && !(0xD0..=0xD7).contains(&bytes[i + 1])) {
                i += 1;
            }
        }
    }
    false
}

/// Pillow's `convert("RGB")` of CMYK (`cmyk2rgb`): R = (255 - K) - (C * (255 - K)) / 255, rounded
/// as Pillow's MULDIV255. JPEG stores Adobe's inverted CMYK, which Pillow reads as `CMYK;I`.
fn cmyk_to_rgb(cmyk: &[u8], inverted: bool) -> Vec<u8> {
    let muldiv255 = |a: i32, b: i32| {
        let t = a * b + 128;
        ((t >> 8) + t) >> 8
    };
    let mut out = Vec::with_capacity(cmyk.len() / 4 * 3);
    for px in cmyk.chunks_exact(4) {
        let v = |i: usize| if inverted { 255 - px[i] as i32 } else { px[i] as i32 };
        let nk = 255 - v(3);
        for c in 0..3 {
            out.push((nk - muldiv255(v(c), nk)).clamp(0, 255) as u8);
        }
    }
    out
}

/// The EXIF orientation of a JPEG (APP1 "Exif"), 1 when there is none.
fn jpeg_orientation(bytes: &[u8]) -> u8 {
    let mut i = 2;
    while i + 4 <= bytes.len() && bytes[i] == 0xFF {
        let marker = bytes[i + 1];
        if marker == 0xDA || marker == 0xD9 {
            break; // start of scan: no more metadata
        }
        let len = u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
        let end = (i + 2 + len).min(bytes.len());
        if marker == 0xE1 && len >= 8 && bytes[i + 4..].starts_with(b"Exif\0\0") {
            return exif_orientation(&bytes[i + 10..end]);
        }
        i = i + 2 + len;
    }
    1
}

fn exif_orientation(tiff_chunk: &[u8]) -> u8 {
    ::image::metadata::Orientation::from_exif_chunk(tiff_chunk).map_or(1, |o| o.to_exif())
}

/// Applies an EXIF orientation (1..=8) as `ImageOps.exif_transpose` does.
fn orient(img: Rgb8, orientation: u8) -> Rgb8 {
    if !(2..=8).contains(&orientation) {
        return img;
    }
    let (w, h) = (img.width as usize, img.height as usize);
    // Orientations 5..=8 swap the axes.
    let (ow, oh) = if orientation >= 5 { (h, w) } else { (w, h) };
    let mut out = vec![0u8; img.data.len()];
    for y in 0..oh {
        for x in 0..ow {
            // The source pixel that lands at (x, y).
            let (sx, sy) = match orientation {
                2 => (w - 1 - x, y),
                3 => (w - 1 - x, h - 1 - y),
                4 => (x, h - 1 - y),
                5 => (y, x),
                6 => (y, h - 1 - x),
                7 => (w - 1 - y, h - 1 - x),
                _ => (w - 1 - y, x), // 8
            };
            let (d, s) = ((y * ow + x) * 3, (sy * w + sx) * 3);
            out[d..d + 3].copy_from_slice(&img.data[s..s + 3]);
        }
    }
    Rgb8 { width: ow as u32, height: oh as u32, data: out }
}

// ---------------------------------------------------------------------------
// PNG, GIF, BMP, WebP through the `image` crate

fn other_rgb(bytes: &[u8], format: Format) -> Result<(Rgb8, u8)> {
    use ::image::{ImageDecoder, ImageFormat};
    let fmt = match format {
        Format::Png => ImageFormat::Png,
        Format::Gif => ImageFormat::Gif,
        Format::Bmp => ImageFormat::Bmp,
        Format::WebP => ImageFormat::WebP,
        Format::Jpeg | Format::Tiff => unreachable!("decoded elsewhere"),
    };
    // A GIF's size is its logical screen's, in the header: judged before the decoder reads any
    // further, as Pillow judges it before decoding (a header declaring gigapixels is a bomb
    // whatever follows).
    if format == Format::Gif && bytes.len() >= 10 {
        check_size(u16::from_le_bytes([bytes[6], bytes[7]]) as u64, u16::from_le_bytes([bytes[8], bytes[9]]) as u64)?;
    }
    let mut reader = ::image::ImageReader::with_format(std::io::Cursor::new(bytes), fmt);
    let mut limits = ::image::Limits::default();
    limits.max_alloc = Some(4 * MAX_PIXELS * 4);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| anyhow!("{e}"))?;
    let (w, h) = decoder.dimensions();
    check_size(w as u64, h as u64)?;
    let orientation = decoder.orientation().map_or(1, |o| o.to_exif());
    // GIF: the first frame, as Pillow shows an animation before seeking.
    let img = ::image::DynamicImage::from_decoder(decoder).map_err(|e| anyhow!("{e}"))?;
    Ok((dynamic_to_rgb(img), orientation))
}

/// Pillow's `convert("RGB")` for what the `image` crate decodes: alpha is dropped (not
/// composited), gray is replicated, and 16-bit samples keep their high byte (Pillow reads
/// 16-bit PNG colour as `RGB;16B`), except 16-bit gray, which Pillow opens as `I;16` and clips.
fn dynamic_to_rgb(img: ::image::DynamicImage) -> Rgb8 {
    use ::image::DynamicImage as D;
    let (width, height) = (img.width(), img.height());
    let data = match img {
        D::ImageLuma16(g) => g.into_raw().into_iter().flat_map(|v| [v.min(255) as u8; 3]).collect(),
        D::ImageLumaA16(g) => g.into_raw().chunks_exact(2).flat_map(|p| [p[0].min(255) as u8; 3]).collect(),
        D::ImageRgb16(g) => g.into_raw().into_iter().map(|v| (v >> 8) as u8).collect(),
        D::ImageRgba16(g) => g.into_raw().chunks_exact(4).flat_map(|p| [(p[0] >> 8) as u8, (p[1] >> 8) as u8, (p[2] >> 8) as u8]).collect(),
        other => other.to_rgb8().into_raw(),
    };
    Rgb8 { width, height, data }
}

// ---------------------------------------------------------------------------
// TIFF through the `tiff` crate

fn tiff_rgb(bytes: &[u8]) -> Result<(Rgb8, u8)> {
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::tags::Tag;
    use tiff::ColorType;
    let mut dec = Decoder::new(std::io::Cursor::new(bytes)).map_err(|e| anyhow!("not a readable TIFF: {e}"))?;
    let (w, h) = dec.dimensions().map_err(|e| anyhow!("TIFF: {e}"))?;
    check_size(w as u64, h as u64)?;
    let orientation = dec.get_tag_u32(Tag::Orientation).map_or(1, |o| o as u8);
    if dec.get_tag_u32(Tag::PhotometricInterpretation).ok() == Some(8) {
        return Ok((cielab::decode(bytes, &mut dec, w, h)?, orientation));
    }
    // JPEG-compressed strips go through libjpeg-turbo, as they do through libtiff inside Pillow.
    if dec.get_tag_u32(Tag::Compression).ok() == Some(7) && dec.find_tag(Tag::TileWidth).ok().flatten().is_none() {
        return Ok((tiff_jpeg_strips(bytes, &mut dec, w, h)?, orientation));
    }
    let color = dec.colortype().map_err(|e| anyhow!("TIFF: {e}"))?;
    let image = dec.read_image().map_err(|e| anyhow!("TIFF: {e}"))?;
    let n = w as usize * h as usize;
    let channels = match color {
        ColorType::Gray(_) => 1,
        ColorType::GrayA(_) => 2,
        ColorType::RGB(_) => 3,
        ColorType::RGBA(_) | ColorType::CMYK(_) => 4,
        other => bail!("TIFF colour type {other:?} is not supported"),
    };
    // Samples widened to f64 in their own scale (0..255, 0..65535 or float).
    let (samples, float, wide): (Vec<f64>, bool, bool) = match image {
        DecodingResult::U8(v) => (v.into_iter().map(f64::from).collect(), false, false),
        DecodingResult::U16(v) => (v.into_iter().map(f64::from).collect(), false, true),
        // Pillow reads float samples only as one 32-bit channel (mode F).
        DecodingResult::F32(v) if color == ColorType::Gray(32) => {
            // The tiff crate turns WhiteIsZero floats into 1 - v; Pillow keeps them as stored.
            // The undo is exact where it matters: 1 - v is exact for v >= 1, and below 1 the pixel
            // is 0 either way.
            let white_is_zero = dec.get_tag_u32(Tag::PhotometricInterpretation).ok() == Some(0);
            (v.into_iter().map(|x| if white_is_zero { 1.0 - f64::from(x) } else { f64::from(x) }).collect(), true, false)
        }
        DecodingResult::F32(_) | DecodingResult::F64(_) => {
            bail!("TIFF of {color:?} float samples: Pillow reads float TIFFs only as one 32-bit channel, and neither does xlavit")
        }
        _ => bail!("TIFF sample format of {color:?} is not supported"),
    };
    ensure!(samples.len() >= n * channels, "TIFF: {} samples for {w}x{h} {color:?}", samples.len());
    // Pillow: 8-bit as is; 16-bit colour keeps the high byte; 16-bit gray (I;16) clips to 0..255;
    // float gray (F) truncates toward zero and clips.
    let to8 = |v: f64, gray: bool| -> u8 {
        if wide && !gray {
            ((v as u32) >> 8) as u8
        } else if float {
            if v.is_nan() { 0 } else { v.clamp(0.0, 255.0).trunc() as u8 }
        } else {
            v.clamp(0.0, 255.0) as u8
        }
    };
    let mut data = Vec::with_capacity(n * 3);
    match color {
        ColorType::CMYK(_) => {
            let raw: Vec<u8> = samples[..n * 4].iter().map(|&v| to8(v, false)).collect();
            data = cmyk_to_rgb(&raw, false);
        }
        ColorType::Gray(_) | ColorType::GrayA(_) => {
            for p in samples.chunks_exact(channels).take(n) {
                data.extend([to8(p[0], true); 3]);
            }
        }
        _ => {
            for p in samples.chunks_exact(channels).take(n) {
                data.extend([to8(p[0], false), to8(p[1], false), to8(p[2], false)]);
            }
        }
    }
    Ok((Rgb8 { width: w, height: h, data }, orientation))
}

/// A JPEG-compressed TIFF's strips, each an abbreviated JPEG stream completed by the shared
/// tables of tag 347, decoded and stacked.
fn tiff_jpeg_strips<R: std::io::Read + std::io::Seek>(bytes: &[u8], dec: &mut tiff::decoder::Decoder<R>, w: u32, h: u32) -> Result<Rgb8> {
    use tiff::tags::Tag;
    let tiff_err = |e: tiff::TiffError| anyhow!("TIFF: {e}");
    let offsets = dec.get_tag_u64_vec(Tag::StripOffsets).map_err(tiff_err)?;
    let counts = dec.get_tag_u64_vec(Tag::StripByteCounts).map_err(tiff_err)?;
    let tables = dec.get_tag_u8_vec(Tag::JPEGTables).ok();
    ensure!(offsets.len() == counts.len() && !offsets.is_empty(), "TIFF: {} strip offsets but {} byte counts", offsets.len(), counts.len());
    let mut data = Vec::with_capacity(w as usize * h as usize * 3);
    for (&o, &c) in offsets.iter().zip(&counts) {
        let strip = o
            .checked_add(c)
            .and_then(|end| bytes.get(usize::try_from(o).ok()?..usize::try_from(end).ok()?))
            .ok_or_else(|| anyhow!("truncated TIFF: a strip lies past the end of the file"))?;
        let stream: Vec<u8> = match &tables {
            // Tables: SOI, DQT/DHT, EOI. Strip: SOI, frame, scan, EOI. Joined: one whole JPEG.
            Some(t) if t.len() >= 4 && strip.len() >= 2 => [&t[..t.len() - 2], &strip[2..]].concat(),
            _ => strip.to_vec(),
        };
        let img = jpeg::decode(&stream)?;
        ensure!(img.width == w, "TIFF: a {}-pixel-wide JPEG strip in a {w}-pixel-wide image", img.width);
        data.extend_from_slice(&img.data);
    }
    ensure!(data.len() >= w as usize * h as usize * 3, "TIFF: the JPEG strips hold fewer than {h} rows");
    data.truncate(w as usize * h as usize * 3);
    Ok(Rgb8 { width: w, height: h, data })
}

// ---------------------------------------------------------------------------
// CIELab TIFF (photometric 8) through the `tiff` crate and Little CMS

mod cielab {
    use super::Rgb8;
    use anyhow::{anyhow, bail, ensure, Result};
    use lcms2_sys as cms;
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::tags::Tag;

    /// Pillow opens a CIELab TIFF as mode LAB only when it is 8-bit, three samples, no extra
    /// samples, interleaved (TiffImagePlugin's OPEN_INFO); its pixels come out of the strips as
    /// stored, then through Little CMS.
    pub fn decode<R: std::io::Read + std::io::Seek>(bytes: &[u8], dec: &mut Decoder<R>, w: u32, h: u32) -> Result<Rgb8> {
        let tiff_err = |e: tiff::TiffError| anyhow!("TIFF: {e}");
        let bits = dec.get_tag_u16_vec(Tag::BitsPerSample).unwrap_or_else(|_| vec![1]);
        let samples = dec.get_tag_u32(Tag::SamplesPerPixel).unwrap_or(1);
        ensure!(
            samples == 3 && bits.iter().all(|&b| b == 8) && dec.find_tag(Tag::ExtraSamples).map_err(tiff_err)?.is_none(),
            "TIFF CIELab with {samples} samples of {bits:?} bits is not supported (only 8-bit L*a*b* is, as in Pillow)"
        );
        // Pillow copies planar a*/b* planes without their sign flip and reads fill order 2 only
        // through libtiff: neither is worth imitating.
        ensure!(dec.get_tag_u32(Tag::PlanarConfiguration).unwrap_or(1) == 1, "TIFF CIELab with separate planes is not supported");
        ensure!(dec.get_tag_u32(Tag::FillOrder).unwrap_or(1) == 1, "TIFF CIELab with fill order 2 is not supported");
        if let Ok(c) = dec.get_tag_u32(Tag::Compression) {
            ensure!(c != 6 && c != 7, "TIFF CIELab with JPEG compression ({c}) is not supported");
        }
        // The tiff crate refuses photometric 8 (and reads no Lab at all), but hands RGB's three
        // 8-bit samples back as stored: relabelled RGB, the file gets its compression, predictor,
        // strips and tiles undone as any RGB TIFF does.
        // A BigTIFF (version 43) has 8-byte offsets and 20-byte entries, which the relabelling
        // below does not walk.
        let version = bytes.get(2..4).map(|v| if bytes.starts_with(b"MM") { u16::from_be_bytes([v[0], v[1]]) } else { u16::from_le_bytes([v[0], v[1]]) });
        ensure!(version != Some(43), "TIFF: a CIELab BigTIFF is not supported");
        let relabelled = relabel_as_rgb(bytes).ok_or_else(|| anyhow!("TIFF: the CIELab PhotometricInterpretation entry is not one SHORT"))?;
        let mut dec = Decoder::new(std::io::Cursor::new(relabelled)).map_err(tiff_err)?;
        let read = dec.read_image().map_err(|e| match e {
            tiff::TiffError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
                anyhow!("truncated TIFF: the image data ends inside a strip ({io})")
            }
            e => tiff_err(e),
        });
        let raw = match read? {
            DecodingResult::U8(v) => v,
            _ => bail!("TIFF CIELab samples are not 8-bit unsigned"),
        };
        let n = w as usize * h as usize;
        ensure!(raw.len() >= n * 3, "TIFF: {} samples for {w}x{h} CIELab", raw.len());
        let data = lab_to_rgb(&pillow_lab(&raw[..n * 3]))?;
        Ok(Rgb8 { width: w, height: h, data })
    }

    /// A copy of the file whose first IFD says PhotometricInterpretation 2 (RGB) instead of 8, or
    /// None when the entry is not the SHORT that every writer uses.
    fn relabel_as_rgb(bytes: &[u8]) -> Option<Vec<u8>> {
        let be = bytes.starts_with(b"MM");
        let u16_at = |i: usize| bytes.get(i..i + 2).map(|b| if be { u16::from_be_bytes([b[0], b[1]]) } else { u16::from_le_bytes([b[0], b[1]]) });
        let u32_at = |i: usize| bytes.get(i..i + 4).map(|b| if be { u32::from_be_bytes([b[0], b[1], b[2], b[3]]) } else { u32::from_le_bytes([b[0], b[1], b[2], b[3]]) });
        let ifd = u32_at(4)? as usize;
        for k in 0..u16_at(ifd)? as usize {
            let entry = ifd.checked_add(2 + 12 * k)?;
            if u16_at(entry)? == 262 {
                // Type SHORT, count 1, value 8: the value sits in the first two bytes of the field.
                if (u16_at(entry + 2)?, u32_at(entry + 4)?, u16_at(entry + 8)?) != (3, 1, 8) {
                    return None;
                }
                let mut out = bytes.to_vec();
                out[entry + 8..entry + 10].copy_from_slice(&if be { 2u16.to_be_bytes() } else { 2u16.to_le_bytes() });
                return Some(out);
            }
        }
        None
    }

    /// TIFF stores a* and b* as signed bytes; Pillow's LAB holds them offset by 128 (xor 0x80 in
    /// ImagingUnpackLAB), with a fourth byte of 255, which is the layout Little CMS is given.
    pub(super) fn pillow_lab(stored: &[u8]) -> Vec<u8> {
        stored.chunks_exact(3).flat_map(|p| [p[0], p[1] ^ 0x80, p[2] ^ 0x80, 255]).collect()
    }

    struct Profile(cms::HPROFILE);
    impl Drop for Profile {
        fn drop(&mut self) {
            // SAFETY: created by Little CMS, closed once.
            unsafe { cms::cmsCloseProfile(self.0) };
        }
    }
    struct Transform(cms::HTRANSFORM);
    impl Drop for Transform {
        fn drop(&mut self) {
            // SAFETY: created by cmsCreateTransform, deleted once.
            unsafe { cms::cmsDeleteTransform(self.0) };
        }
    }

    /// Pillow's `convert("RGB")` of LAB (Image.convert -> ImageCms.buildTransform): Little CMS from
    /// `cmsCreateLab2Profile(NULL)` (D50, Lab V2) to `cmsCreate_sRGBProfile()`, perceptual intent,
    /// no flags, with `findLCMStype`'s formats: Lab V2 8-bit plus one extra byte in, RGBA 8-bit out.
    pub(super) fn lab_to_rgb(lab4: &[u8]) -> Result<Vec<u8>> {
        // COLORSPACE_SH(PT_LabV2) | CHANNELS_SH(3) | BYTES_SH(1) | EXTRA_SH(1)
        let lab_v2_8_extra = cms::PixelFormat((cms::PT_LabV2.0 << 16) | (3 << 3) | 1 | (1 << 7));
        // SAFETY: a null white point means D50; both return null on failure.
        let (lab, srgb) = unsafe { (Profile(cms::cmsCreateLab2Profile(std::ptr::null())), Profile(cms::cmsCreate_sRGBProfile())) };
        ensure!(!lab.0.is_null() && !srgb.0.is_null(), "Little CMS could not create the Lab or sRGB profile");
        // SAFETY: valid profiles; the transform keeps what it needs of them.
        let t = Transform(unsafe { cms::cmsCreateTransform(lab.0, lab_v2_8_extra, srgb.0, cms::PixelFormat::RGBA_8, cms::Intent::Perceptual, 0) });
        ensure!(!t.0.is_null(), "Little CMS could not build the Lab to sRGB transform");
        let n = lab4.len() / 4;
        let mut rgba = vec![0u8; n * 4];
        // SAFETY: both buffers hold n 4-byte pixels; n <= MAX_PIXELS fits in u32.
        unsafe { cms::cmsDoTransform(t.0, lab4.as_ptr().cast(), rgba.as_mut_ptr().cast(), n as u32) };
        Ok(rgba.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing_goes_by_content() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(Format::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(Format::Jpeg));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Format::WebP));
        assert_eq!(sniff(b"hello world"), None);
        let e = format!("{:#}", decode_rgb(b"hello world").unwrap_err());
        assert!(e.contains("not an image"), "{e}");
        assert!(format!("{:#}", decode_rgb(b"").unwrap_err()).contains("empty"));
    }

    #[test]
    fn orientation_moves_pixels_as_pillow_transposes() {
        // 2x1 image: pixel A then B.
        let img = Rgb8 { width: 2, height: 1, data: vec![1, 1, 1, 2, 2, 2] };
        // 6 = rotate 90 clockwise: A on top of B in a 1x2 image.
        let r = orient(img.clone(), 6);
        assert_eq!((r.width, r.height, r.data.clone()), (1, 2, vec![1, 1, 1, 2, 2, 2]));
        // 8 = rotate 90 counter-clockwise: B on top.
        assert_eq!(orient(img.clone(), 8).data, vec![2, 2, 2, 1, 1, 1]);
        assert_eq!(orient(img.clone(), 2).data, vec![2, 2, 2, 1, 1, 1]);
        assert_eq!(orient(img.clone(), 1), img);
    }

    #[test]
    fn cmyk_formula_matches_pillow_corners() {
        // Uninverted: no ink is white, full K is black.
        assert_eq!(cmyk_to_rgb(&[0, 0, 0, 0], false), vec![255, 255, 255]);
        assert_eq!(cmyk_to_rgb(&[0, 0, 0, 255], false), vec![0, 0, 0]);
        assert_eq!(cmyk_to_rgb(&[255, 0, 0, 0], false), vec![0, 255, 255]);
        // Inverted storage flips every channel first.
        assert_eq!(cmyk_to_rgb(&[255, 255, 255, 255], true), vec![255, 255, 255]);
    }

    #[test]
    fn cielab_a_b_are_signed_in_the_file() {
        // a* = 0, -128, 127, -1 as TIFF stores them (two's complement) to Pillow's offset form.
        assert_eq!(cielab::pillow_lab(&[50, 0x00, 0x80, 60, 0x7F, 0xFF]), vec![50, 128, 0, 255, 60, 255, 127, 255]);
        // Pillow's RGB for stored (L, a, b) = (255, 0, 0), (0, 0, 0), (128, 64, 0), (128, -64, 0):
        // near-white, near-black (Little CMS's 8-bit grid, not exactly 255 / 0), red, green. Read
        // unsigned, a* = 0x40 would be -64 and the red would come out green.
        let rgb = cielab::lab_to_rgb(&cielab::pillow_lab(&[255, 0, 0, 0, 0, 0, 128, 0x40, 0, 128, 0xC0, 0])).unwrap();
        assert_eq!(rgb, vec![254, 255, 254, 1, 0, 1, 211, 56, 123, 0, 144, 117]);
    }
}

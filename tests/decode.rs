//! Decoding against Pillow: every fixture in tests/fixtures/decode (made by
//! scripts/reference/make_image_fixtures.py with Pillow 13) must decode to
//! Pillow's exact pixels (`exif_transpose` then `convert("RGB")`), and every
//! file Pillow refuses must be refused with an error naming the problem.

mod common;

use xlavit::data::decode::{decode_rgb, load_rgb_file};

fn manifest() -> serde_json::Value {
    let text = std::fs::read_to_string(common::fixture("decode/manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_good_fixture_decodes_to_pillows_pixels() {
    let expected = xlavit::checkpoint::read_safetensors(&common::fixture("decode/expected.safetensors")).unwrap();
    let m = manifest();
    let files = m["files"].as_array().unwrap();
    let mut checked = 0;
    let mut failures = vec![];
    for f in files.iter().filter(|f| !f["bad"].as_bool().unwrap_or(false)) {
        let name = f["name"].as_str().unwrap();
        let want = expected.get(name).unwrap_or_else(|| panic!("no expected pixels for {name}"));
        match load_rgb_file(&common::fixture(&format!("decode/{name}"))) {
            Ok(img) => {
                let dims = [img.height as i64, img.width as i64, 3];
                if want.dims != dims {
                    failures.push(format!("{name}: size {:?}, Pillow {:?}", dims, want.dims));
                } else if img.data != want.data {
                    let diff = img.data.iter().zip(&want.data).filter(|(a, b)| a != b).count();
                    let max = img.data.iter().zip(&want.data).map(|(&a, &b)| (a as i32 - b as i32).abs()).max().unwrap();
                    failures.push(format!("{name}: {diff} of {} bytes differ from Pillow's (max {max})", want.data.len()));
                }
            }
            Err(e) => failures.push(format!("{name}: {e:#}")),
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "decoding differs from Pillow:\n{}", failures.join("\n"));
    assert!(checked >= 30, "only {checked} fixtures checked");
}

#[test]
fn files_pillow_refuses_are_refused_with_a_reason() {
    let cases = [
        ("truncated_progressive.jpg", "truncated"),
        ("truncated_baseline.jpg", "truncated"),
        ("not_an_image.jpg", "not an image"),
        ("empty.png", "empty"),
        ("bomb.gif", "decompression bomb"),
        // The header alone says 65535 x 65535: judged before the decoder reads on.
        ("bomb_header_only.gif", "decompression bomb"),
        // Well-formed float TIFFs Pillow cannot identify (it reads float only as one 32-bit
        // channel): 64-bit float gray, 32-bit float RGB. xlavit's refusal comes after the tiff
        // crate has read every sample, so the file itself is not the problem.
        ("float64.tif", "float samples"),
        ("float_rgb.tif", "float samples"),
    ];
    // Every file the manifest records as refused by Pillow is checked here.
    for f in manifest()["files"].as_array().unwrap().iter().filter(|f| f["bad"].as_bool().unwrap_or(false)) {
        let name = f["name"].as_str().unwrap();
        assert!(cases.iter().any(|(n, _)| *n == name), "{name}: Pillow refuses it, but no case here checks xlavit does");
    }
    for (name, reason) in cases {
        let path = common::fixture(&format!("decode/{name}"));
        let e = format!("{:#}", load_rgb_file(&path).unwrap_err());
        assert!(e.contains(name), "{name}: the error does not name the file: {e}");
        assert!(e.contains(reason), "{name}: expected '{reason}' in: {e}");
    }
    // A JPEG with harmless extra bytes after its end still decodes (Pillow accepts it too).
    let mut bytes = std::fs::read(common::fixture("decode/baseline420.jpg")).unwrap();
    let clean = decode_rgb(&bytes).unwrap();
    bytes.extend_from_slice(b"trailing garbage");
    assert_eq!(decode_rgb(&bytes).unwrap(), clean);
    // Even when the trailer holds what looks like a start-of-scan marker (a phone's appended data).
    bytes.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x08, 1, 2, 3, 4, 5, 6, 0x11, 0x22]);
    assert_eq!(decode_rgb(&bytes).unwrap(), clean);
    // Cut inside the scans of every fixture JPEG: refused, whatever libjpeg-turbo's last warning says.
    for name in ["baseline420.jpg", "baseline444.jpg", "progressive.jpg", "gray.jpg", "cmyk.jpg", "exif_rot6.jpg"] {
        let full = std::fs::read(common::fixture(&format!("decode/{name}"))).unwrap();
        for keep in [full.len() * 9 / 10, full.len() - 3] {
            let e = format!("{:#}", decode_rgb(&full[..keep]).unwrap_err());
            assert!(e.contains("truncated"), "{name} cut to {keep} bytes: {e}");
        }
    }
}

#[test]
fn a_cut_cielab_tiff_is_refused() {
    let full = std::fs::read(common::fixture("decode/lab.tif")).unwrap();
    let e = format!("{:#}", decode_rgb(&full[..60]).unwrap_err());
    assert!(e.contains("not a readable TIFF"), "lab.tif cut inside its IFD: {e}");
    // Pillow: "image file is truncated".
    for keep in [full.len() / 2, full.len() - 1] {
        let e = format!("{:#}", decode_rgb(&full[..keep]).unwrap_err());
        assert!(e.contains("truncated TIFF"), "lab.tif cut to {keep} bytes: {e}");
    }
}

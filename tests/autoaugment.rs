//! TrivialAugmentWide's and RandAugment's ops against torchvision's own, op by op, at fixed
//! magnitude bins and signs (tests/fixtures/autoaugment.safetensors, written by
//! scripts/reference/make_autoaugment_fixtures.py with torchvision 0.29), and the draws of the
//! policies in the train step.

mod common;

use common::*;
use safetensors::SafeTensors;
use std::collections::BTreeMap;
use xlavit::autoaugment::{apply_rows, AugOp, AutoAugment, PARAMS};
use xlavit::dtype::DType;
use xlavit::graph::Builder;
use xlavit::host::HostTensor;

struct Case {
    key: String,
    policy: AutoAugment,
    op: AugOp,
    bin: usize,
    negative: bool,
}

fn fixture() -> Vec<u8> {
    std::fs::read("tests/fixtures/autoaugment.safetensors").expect("tests/fixtures/autoaugment.safetensors")
}

fn cases() -> Vec<Case> {
    let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string("tests/fixtures/autoaugment.json").unwrap()).unwrap();
    manifest["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            key: c["key"].as_str().unwrap().to_string(),
            policy: match c["policy"].as_str().unwrap() {
                "trivial" => AutoAugment::TrivialWide,
                _ => AutoAugment::Rand { ops: 1, magnitude: c["bin"].as_u64().unwrap() as usize },
            },
            op: c["op"].as_str().unwrap().parse().unwrap(),
            bin: c["bin"].as_u64().unwrap() as usize,
            negative: c["negative"].as_bool().unwrap(),
        })
        .collect()
}

fn u8s(st: &SafeTensors, key: &str) -> (Vec<usize>, Vec<u8>) {
    let t = st.tensor(key).unwrap_or_else(|e| panic!("{key}: {e}"));
    (t.shape().to_vec(), t.data().to_vec())
}

#[test]
fn the_magnitudes_are_torchvisions() {
    let bytes = fixture();
    let st = SafeTensors::deserialize(&bytes).unwrap();
    let mut checked = 0;
    for (name, _) in st.tensors() {
        let Some(rest) = name.strip_prefix("magnitudes/") else { continue };
        let parts: Vec<&str> = rest.split('/').collect();
        let (h, w) = if parts[2] == "square" { (16, 16) } else { (13, 21) };
        let policy = if parts[0] == "trivial" { AutoAugment::TrivialWide } else { AutoAugment::Rand { ops: 1, magnitude: 9 } };
        let op: AugOp = parts[1].parse().unwrap();
        let t = st.tensor(&name).unwrap();
        let want: Vec<f32> = t.data().chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect();
        let (got, _) = policy.magnitudes(op, h, w).unwrap();
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(*g as f32, *w, "{name}[{i}]");
        }
        checked += 1;
    }
    assert!(checked >= 2 * 2 * 11, "only {checked} magnitude tables");
}

#[test]
fn every_op_at_fixed_magnitudes_matches_torchvision() {
    let bytes = fixture();
    let st = SafeTensors::deserialize(&bytes).unwrap();
    let client = client();
    let cases = cases();
    // op -> (pixels, pixels off by one, pixels off by more)
    let mut tally: BTreeMap<&'static str, (usize, usize, usize)> = BTreeMap::new();
    for set in ["square", "wide"] {
        let (shape, images) = u8s(&st, &format!("images/{set}"));
        let (per, h, w) = (shape[0], shape[1] as i64, shape[2] as i64);
        let chosen: Vec<&Case> = cases.iter().filter(|c| c.key.ends_with(&format!("/{set}"))).collect();
        let m = (chosen.len() * per) as i64;
        // Every case's copy of the batch in one batch, each image with its case's row.
        let mut all = vec![];
        let mut params = vec![];
        for c in &chosen {
            all.extend_from_slice(&images);
            let row = AutoAugment::row(c.op, c.policy.magnitude(c.op, c.bin, c.negative, h, w), h, w);
            for _ in 0..per {
                params.extend_from_slice(&row);
            }
        }
        let b = Builder::new("autoaugment_ops");
        let x = b.parameter("images", DType::U8, &[m, h, w, 3]).unwrap();
        let p = b.parameter("params", DType::F32, &[m, PARAMS]).unwrap();
        let y = apply_rows(&x.convert(DType::F32).unwrap(), &p).unwrap().convert(DType::U8).unwrap();
        let f = b.finish(&[("y", &y)]).unwrap();
        let out = run(&client, &f, &[HostTensor::from_u8(&[m, h, w, 3], &all).unwrap(), HostTensor::from_f32(&[m, PARAMS], &params).unwrap()]).unwrap();
        let got = out[0].to_u8().unwrap();
        let size = per * (h * w * 3) as usize;
        for (k, c) in chosen.iter().enumerate() {
            let (_, want) = u8s(&st, &c.key);
            let mine = &got[k * size..(k + 1) * size];
            let e = tally.entry(<&str>::from(c.op)).or_default();
            let mut worst = 0;
            for (a, b) in mine.iter().zip(&want) {
                let d = (*a as i32 - *b as i32).abs();
                e.0 += 1;
                match d {
                    0 => {}
                    1 => e.1 += 1,
                    _ => e.2 += 1,
                }
                worst = worst.max(d);
            }
            if worst > 1 {
                eprintln!("{}: differs by up to {worst}", c.key);
            }
        }
    }
    for (op, (n, one, more)) in &tally {
        eprintln!("{op:>13}: {n} pixels, {one} off by one, {more} off by more");
    }
    // Within uint8 rounding everywhere; bit for bit but for a few truncations of quotients
    // (AutoContrast divides, and XLA's CPU division is not always the correctly rounded one).
    for (op, (n, one, more)) in &tally {
        assert_eq!(*more, 0, "{op}: {more} of {n} pixels differ from torchvision's by more than 1");
        assert!(*one * 100 <= *n, "{op}: {one} of {n} pixels off by one");
    }
    let exact = tally.values().filter(|(_, one, more)| one + more == 0).count();
    assert!(exact >= 11, "only {exact} of {} ops bit for bit", tally.len());
}

/// The draws: every op, bin and sign about equally often, independently per image and round;
/// RandAugment always at its one magnitude.
#[test]
fn each_image_draws_its_op_bin_and_sign_uniformly() {
    let client = client();
    let n = 4200i64;
    for policy in [AutoAugment::TrivialWide, AutoAugment::Rand { ops: 2, magnitude: 9 }] {
        let b = Builder::new("draws");
        let state = b.parameter("state", DType::U64, &[2]).unwrap();
        let f = b.finish(&[("rows", &policy.draws(n, &state).unwrap())]).unwrap();
        let rows = run(&client, &f, &[HostTensor::from_u64(&[2], &[7, 11]).unwrap()]).unwrap()[0].to_i32().unwrap();
        let rounds = rows.len() / n as usize;
        let mut ops = BTreeMap::new();
        let (mut negative, mut bins) = (0usize, vec![0usize; 31]);
        for &r in &rows {
            let (op, bin, neg) = policy.decode_row(r as usize);
            *ops.entry(<&str>::from(op)).or_insert(0usize) += 1;
            bins[bin] += 1;
            negative += neg as usize;
        }
        let total = rows.len() as f64;
        assert_eq!(ops.len(), 14, "{policy:?}: ops drawn {ops:?}");
        // Five standard deviations of a binomial count.
        let near = |count: usize, p: f64| (count as f64 - total * p).abs() <= 5.0 * (total * p * (1.0 - p)).sqrt();
        assert!(ops.values().all(|&c| near(c, 1.0 / 14.0)), "{policy:?}: {ops:?}");
        assert!(near(negative, 0.5), "{policy:?}: {negative} of {total} negative");
        match policy {
            AutoAugment::TrivialWide => assert!(bins.iter().all(|&c| near(c, 1.0 / 31.0)), "{bins:?}"),
            AutoAugment::Rand { magnitude, .. } => assert_eq!(bins[magnitude], rows.len()),
        }
        // Rounds draw independently: an image's two ops agree one time in 14.
        if rounds == 2 {
            let op = |r: i32| policy.decode_row(r as usize).0;
            let same = (0..n as usize).filter(|&i| op(rows[i]) == op(rows[n as usize + i])).count();
            let p = 1.0 / 14.0;
            let sd = (n as f64 * p * (1.0 - p)).sqrt();
            assert!((same as f64 - n as f64 * p).abs() <= 5.0 * sd, "{same} of {n} images drew one op twice");
        }
    }
}

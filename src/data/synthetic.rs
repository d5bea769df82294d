//! The built-in dataset: small generated images that a tiny ViT learns in a
//! minute on two cores, written as an ordinary image folder so it travels
//! the same path (decode, cache, batches) as real data.

use anyhow::{Context, Result};
use rand::{Rng, SeedableRng};
use std::path::Path;

/// The tiny ViT's labels: class c draws pattern c in a tint of its own.
pub const CLASSES: [&str; 5] = ["apple", "banana", "cherry", "date", "elderberry"];
const TINTS: [[f32; 3]; 5] = [[200., 60., 60.], [220., 200., 70.], [150., 30., 90.], [140., 90., 50.], [70., 50., 140.]];

/// One `size` x `size` RGB image of class `class`: a pattern (horizontal stripes, vertical
/// stripes, checks, a disc, a frame) at a random phase and scale, tinted, with noise.
pub fn image(class: usize, size: u32, rng: &mut impl Rng) -> Vec<u8> {
    let s = size as f32;
    let period = rng.random_range(4.0..9.0f32);
    let phase = rng.random_range(0.0..period);
    let (cx, cy, r) = (rng.random_range(0.35..0.65) * s, rng.random_range(0.35..0.65) * s, rng.random_range(0.2..0.35) * s);
    let tint: Vec<f32> = TINTS[class].iter().map(|&t| t + rng.random_range(-45.0..45.0f32)).collect();
    let bg: Vec<f32> = (0..3).map(|_| rng.random_range(20.0..120.0f32)).collect();
    let mut out = Vec::with_capacity((size * size * 3) as usize);
    for y in 0..size {
        for x in 0..size {
            let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
            let on = match class {
                0 => ((fy + phase) / period).floor() as i64 % 2 == 0,
                1 => ((fx + phase) / period).floor() as i64 % 2 == 0,
                2 => (((fx + phase) / period).floor() as i64 + ((fy + phase) / period).floor() as i64) % 2 == 0,
                3 => (fx - cx).powi(2) + (fy - cy).powi(2) < r * r,
                _ => {
                    let m = (fx.min(s - fx)).min(fy.min(s - fy));
                    m < s * 0.22
                }
            };
            for c in 0..3 {
                let base = if on { tint[c] } else { bg[c] };
                let v = base + rng.random_range(-25.0..25.0f32);
                out.push(v.round().clamp(0.0, 255.0) as u8);
            }
        }
    }
    out
}

/// Writes `train/<class>/NNNN.png` and `validation/<class>/NNNN.png` under `dir`.
pub fn write_image_folder(dir: &Path, size: u32, train_per_class: usize, val_per_class: usize, seed: u64) -> Result<()> {
    let mut rng = rand_pcg::Pcg64::seed_from_u64(seed);
    for (split, n) in [("train", train_per_class), ("validation", val_per_class)] {
        for (c, name) in CLASSES.iter().enumerate() {
            let d = dir.join(split).join(name);
            std::fs::create_dir_all(&d).with_context(|| format!("cannot create {}", d.display()))?;
            for i in 0..n {
                let px = image(c, size, &mut rng);
                let path = d.join(format!("{i:04}.png"));
                ::image::RgbImage::from_raw(size, size, px)
                    .expect("size x size x 3 bytes")
                    .save(&path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
        }
    }
    Ok(())
}

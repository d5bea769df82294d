//! Getting images off disk and into the model's input size. Plain bytes only:
//! turning them into tensors is the caller's business.

pub mod batches;
pub mod cache;
pub mod dataset;
pub mod decode;
pub mod resize;
pub mod synthetic;

use anyhow::Result;
use std::path::Path;

/// Loads an image and resizes it to `width` x `height` as the HF image processor would.
pub fn load_resized(path: &Path, width: u32, height: u32) -> Result<Vec<u8>> {
    let img = decode::load_rgb_file(path)?;
    Ok(resize::resize_bilinear(&img.data, img.width, img.height, width, height))
}

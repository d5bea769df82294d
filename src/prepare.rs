//! `xlavit prepare`: decode a dataset once, ahead of training.

use anyhow::Result;
use std::path::PathBuf;
use std::time::Instant;

pub struct PrepareOptions {
    pub data: String,
    pub image_size: u32,
    pub num_classes: Option<usize>,
    pub cache_dir: Option<PathBuf>,
}

/// Decodes a dataset into the cache (both splits) and reports counts, skipped files, cache
/// size, and decode and read-back speed.
pub fn run(o: &PrepareOptions) -> Result<()> {
    use crate::data::batches::{assemble, batch_count, epoch_order, Remainder};
    use crate::data::cache::{default_cache_root, Cache};
    use crate::data::dataset::Split;
    let ds = crate::data::dataset::Dataset::open_subset(&o.data, o.num_classes)?;
    for n in &ds.notices {
        eprintln!("{n}");
    }
    println!("{} ({}): {} classes, {} train and {} validation images listed", o.data, ds.layout.name(), ds.classes.len(), ds.train.len(), ds.validation.len());
    let root = o.cache_dir.clone().unwrap_or_else(default_cache_root);
    for split in [Split::Train, Split::Validation] {
        let (cache, rep) = Cache::open_or_build(&ds, split, o.image_size, &root, &|done, total| {
            if total >= 1000 {
                eprint!("\r{}: decoding {done}/{total}", split.name());
                if done == total {
                    eprintln!();
                }
            }
        })?;
        for w in &rep.warnings {
            eprintln!("warning: {w}");
        }
        // A fresh build warned about each skipped file above; a reused cache lists them here.
        if rep.reused {
            for s in &cache.meta.skipped {
                println!("  skipped {}: {}", s.file, s.reason);
            }
        }
        // Reading back: one shuffled pass in batches of 64, as an epoch reads it.
        let t0 = Instant::now();
        let order = epoch_order(cache.len(), 0, 0, true);
        let bs = 64.min(cache.len());
        let mut bytes = 0usize;
        for i in 0..batch_count(cache.len(), bs, Remainder::Pad) {
            bytes += assemble(&cache, &order, bs, i).images.len();
        }
        let dt = t0.elapsed().as_secs_f64().max(1e-9);
        println!(
            "{}: {} images, {} skipped, cache {:.1} MB at {}; decode {}, read back {:.0} images/s ({:.0} MB/s)",
            split.name(),
            cache.len(),
            cache.meta.skipped.len(),
            cache.size_bytes() as f64 / 1e6,
            cache.dir.display(),
            if rep.reused { "cached".to_string() } else { format!("{:.0} images/s", rep.images_per_second()) },
            cache.len() as f64 / dt,
            bytes as f64 / dt / 1e6
        );
    }
    Ok(())
}

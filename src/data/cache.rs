//! Decode once: a split's images decoded and resized on every core into one
//! uint8 file (`[N, H, W, 3]`) plus labels, memory-mapped by later epochs and
//! runs. A cache entry is a directory named by a key over the dataset's
//! fingerprint, the split, the class subset and the image size; it is built
//! beside its final place and renamed into it, so a reader sees it whole or
//! not at all.

use super::dataset::{Dataset, Example, ImageRef, Split};
use crate::hash::Fnv;
use super::decode::load_rgb_file;
use anyhow::{anyhow, ensure, Context, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Bumped when decoding or resizing changes, so old caches are not reused.
const PIXELS_VERSION: u32 = 1;
const IMAGES_FILE: &str = "images.u8";
const LABELS_FILE: &str = "labels.u32";
const META_FILE: &str = "meta.json";

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct CacheMeta {
    pub dataset: String,
    pub split: String,
    pub classes: Vec<String>,
    pub count: usize,
    pub height: u32,
    pub width: u32,
    pub skipped: Vec<Skipped>,
    pub pixels_version: u32,
    pub decode_seconds: f64,
}

/// An opened cache: images memory-mapped, labels in memory.
pub struct Cache {
    pub dir: PathBuf,
    pub meta: CacheMeta,
    images: memmap2::Mmap,
    pub labels: Vec<u32>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cache({}, {} images)", self.dir.display(), self.meta.count)
    }
}

/// What building (or finding) a cache did.
#[derive(Clone, Debug)]
pub struct BuildReport {
    pub reused: bool,
    /// Images decoded into the cache (skipped files not counted).
    pub decoded: usize,
    /// Files read, decoded or not.
    pub read: usize,
    pub seconds: f64,
    /// What went wrong without stopping the build (an unreadable cache rebuilt, files skipped),
    /// for the caller to show: data loading does not print.
    pub warnings: Vec<String>,
}

impl BuildReport {
    /// Files processed per second (a skipped file costs a read and a failed decode).
    pub fn images_per_second(&self) -> f64 {
        self.read as f64 / self.seconds.max(1e-9)
    }
}

/// One line on what opening or building a cache did: counts, skipped files, size and speed.
/// What opening a cache did, as lines for the user: its warnings ("warning: ..."), then one
/// line on what was read or decoded.
pub fn report_lines(split: Split, cache: &Cache, report: &BuildReport) -> Vec<String> {
    let mut lines: Vec<String> = report.warnings.iter().map(|w| format!("warning: {w}")).collect();
    lines.push(describe(split, cache, report));
    lines
}

fn describe(split: Split, cache: &Cache, report: &BuildReport) -> String {
    let m = &cache.meta;
    let size = cache.size_bytes() as f64 / 1e6;
    if report.reused {
        format!("{}: {} images from the cache {} ({size:.1} MB)", split.name(), m.count, cache.dir.display())
    } else {
        format!(
            "{}: decoded {} images ({} skipped) at {:.0} images/s into {} ({size:.1} MB)",
            split.name(),
            report.decoded,
            m.skipped.len(),
            report.images_per_second(),
            cache.dir.display()
        )
    }
}

/// `$XLAVIT_CACHE_DIR`, else `$XDG_CACHE_HOME/xlavit/data`, else `~/.cache/xlavit/data`.
pub fn default_cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("XLAVIT_CACHE_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    crate::files::cache_home().unwrap_or_else(|| PathBuf::from(".cache/xlavit")).join("data")
}

impl Cache {
    pub fn image_bytes(&self) -> usize {
        self.meta.height as usize * self.meta.width as usize * 3
    }

    /// Image `i` as HWC bytes.
    pub fn image(&self, i: usize) -> &[u8] {
        let n = self.image_bytes();
        &self.images[i * n..(i + 1) * n]
    }

    /// The classes left without a decoded image (every file of theirs skipped as unreadable).
    pub fn empty_classes(&self) -> Vec<String> {
        let mut counts = vec![0usize; self.meta.classes.len()];
        for &l in &self.labels {
            counts[l as usize] += 1;
        }
        counts.iter().zip(&self.meta.classes).filter(|(&n, _)| n == 0).map(|(_, c)| format!("'{c}'")).collect()
    }

    pub fn len(&self) -> usize {
        self.meta.count
    }

    pub fn is_empty(&self) -> bool {
        self.meta.count == 0
    }

    pub fn size_bytes(&self) -> u64 {
        self.images.len() as u64 + 4 * self.labels.len() as u64
    }

    /// The key directory of `split` of `ds` at `size` x `size`.
    pub fn key(ds: &Dataset, split: Split, size: u32) -> Result<String> {
        let mut h = Fnv::new();
        h.write(&ds.fingerprint(split)?.to_le_bytes());
        h.write(split.name().as_bytes());
        h.write(&(ds.classes.len() as u64).to_le_bytes());
        h.write(&size.to_le_bytes());
        h.write(&PIXELS_VERSION.to_le_bytes());
        let base = Path::new(&ds.spec).file_name().map_or("data".into(), |n| n.to_string_lossy().into_owned());
        let base: String = base.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
        Ok(format!("{base}-{}-{}c-{size}px-{:016x}", split.name(), ds.classes.len(), h.0))
    }

    /// Opens the cache of `split`, building it first when there is none (or it is unreadable).
    pub fn open_or_build(ds: &Dataset, split: Split, size: u32, root: &Path, progress: &dyn Fn(usize, usize)) -> Result<(Cache, BuildReport)> {
        let dir = root.join(Cache::key(ds, split, size)?);
        let mut warnings = vec![];
        if dir.is_dir() {
            match Cache::open(&dir) {
                Ok(c) => return Ok((c, BuildReport { reused: true, decoded: 0, read: 0, seconds: 0.0, warnings })),
                Err(e) => {
                    warnings.push(format!("cache {} is unreadable ({e:#}); rebuilding it", dir.display()));
                    std::fs::remove_dir_all(&dir).with_context(|| format!("cannot remove {}", dir.display()))?;
                }
            }
        }
        let t0 = Instant::now();
        let read = build(ds, split, size, &dir, progress)?;
        let seconds = t0.elapsed().as_secs_f64();
        let cache = Cache::open(&dir)?;
        let decoded = cache.len();
        warnings.extend(cache.meta.skipped.iter().map(|s| format!("skipped {}: {}", s.file, s.reason)));
        Ok((cache, BuildReport { reused: false, decoded, read, seconds, warnings }))
    }

    pub fn open(dir: &Path) -> Result<Cache> {
        let meta_path = dir.join(META_FILE);
        let text = std::fs::read_to_string(&meta_path).with_context(|| format!("cannot read {}", meta_path.display()))?;
        let meta: CacheMeta = serde_json::from_str(&text).with_context(|| format!("{} is not a cache description", meta_path.display()))?;
        ensure!(meta.pixels_version == PIXELS_VERSION, "{}: made by another decoder version", meta_path.display());
        let path = dir.join(IMAGES_FILE);
        let file = std::fs::File::open(&path).with_context(|| format!("cannot open {}", path.display()))?;
        // SAFETY: cache files are never modified after the rename that publishes them.
        let images = unsafe { memmap2::Mmap::map(&file) }.with_context(|| format!("cannot map {}", path.display()))?;
        let want = meta.count * meta.height as usize * meta.width as usize * 3;
        ensure!(images.len() == want, "{}: {} bytes, expected {want}", path.display(), images.len());
        let lpath = dir.join(LABELS_FILE);
        let raw = std::fs::read(&lpath).with_context(|| format!("cannot read {}", lpath.display()))?;
        ensure!(raw.len() == 4 * meta.count, "{}: {} bytes, expected {}", lpath.display(), raw.len(), 4 * meta.count);
        let labels: Vec<u32> = raw.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect();
        ensure!(
            labels.iter().all(|&l| (l as usize) < meta.classes.len()),
            "{}: a label is out of range",
            lpath.display()
        );
        Ok(Cache { dir: dir.to_path_buf(), meta, images, labels })
    }
}

/// Images decoded per parallel round: enough to keep every core busy, few enough to bound memory.
const CHUNK: usize = 256;

/// Decodes and resizes one example; parquet bytes come in already read.
fn decode_one(bytes: Option<Result<Vec<u8>>>, e: &Example, size: u32) -> Result<Vec<u8>> {
    let img = match (&e.image, bytes) {
        (_, Some(b)) => super::decode::decode_rgb(&b?)?,
        (ImageRef::File(p), None) => load_rgb_file(p).map_err(|e| anyhow!("{}", e.root_cause()))?,
        (ImageRef::Parquet { .. }, None) => unreachable!("parquet rows come with their bytes"),
    };
    Ok(super::resize::resize_bilinear(&img.data, img.width, img.height, size, size))
}

/// How the name of a cache copy being built begins (`.tmp-<key>-<pid>`).
const BUILD_PREFIX: &str = ".tmp-";

/// Held (an exclusive `flock`) by the process building a cache copy, for as long as it builds.
const BUILDING: &str = ".building";

/// Removes the half-built cache copies in `parent` that no process is building any more (a decode stopped by Ctrl-C or a crash): each can be as large as the
/// decoded dataset. A copy counts as abandoned only when its builder's lock can be taken,
/// which works across processes, PID namespaces and (where the file system supports locks)
/// machines sharing the cache; a copy without a lock file, or whose lock cannot be tried, is
/// kept.
fn remove_abandoned_builds(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    for e in entries.flatten() {
        if !e.file_name().to_string_lossy().starts_with(BUILD_PREFIX) {
            continue;
        }
        let Ok(lock) = std::fs::File::open(e.path().join(BUILDING)) else { continue };
        if lock.try_lock().is_ok() {
            drop(lock);
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn build(ds: &Dataset, split: Split, size: u32, dir: &Path, progress: &dyn Fn(usize, usize)) -> Result<usize> {
    let parent = dir.parent().expect("a cache dir has a parent");
    std::fs::create_dir_all(parent).with_context(|| format!("cannot create the cache folder {}", parent.display()))?;
    // Of any cache: a copy left by a stopped decode of data edited since would be left for good.
    remove_abandoned_builds(parent);
    let tmp = parent.join(format!("{BUILD_PREFIX}{}-{}", dir.file_name().unwrap().to_string_lossy(), std::process::id()));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp)?;
    }
    std::fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    // Released when this process ends, however it ends. Locked under another name first, so
    // that no other process ever finds the lock file unlocked while this one builds.
    let building = tmp.join(BUILDING);
    let unpublished = tmp.join(format!("{BUILDING}.new"));
    let lock = std::fs::File::create(&unpublished).with_context(|| format!("cannot create {}", unpublished.display()))?;
    lock.lock().with_context(|| format!("cannot lock {}", unpublished.display()))?;
    std::fs::rename(&unpublished, &building).with_context(|| format!("cannot create {}", building.display()))?;
    let result = (|| -> Result<usize> {
        let examples = ds.split(split);
        let ipath = tmp.join(IMAGES_FILE);
        let mut images = std::io::BufWriter::new(std::fs::File::create(&ipath).with_context(|| format!("cannot create {}", ipath.display()))?);
        let mut labels: Vec<u32> = vec![];
        let mut skipped: Vec<Skipped> = vec![];
        let t0 = Instant::now();
        let mut done = 0;
        let mut emit = |batch: Vec<(usize, Result<Vec<u8>>)>, images: &mut std::io::BufWriter<std::fs::File>| -> Result<()> {
            for (i, r) in batch {
                let e = &examples[i];
                match r {
                    Ok(px) => {
                        images.write_all(&px).with_context(|| format!("cannot write {}", ipath.display()))?;
                        labels.push(e.label);
                    }
                    Err(err) => {
                        skipped.push(Skipped { file: ds.describe(e), reason: format!("{err:#}") });
                    }
                }
            }
            Ok(())
        };
        if ds.shards.is_empty() {
            for start in (0..examples.len()).step_by(CHUNK) {
                let end = (start + CHUNK).min(examples.len());
                let batch: Vec<(usize, Result<Vec<u8>>)> =
                    (start..end).into_par_iter().map(|i| (i, decode_one(None, &examples[i], size))).collect();
                emit(batch, &mut images)?;
                done = end;
                progress(done, examples.len());
            }
        } else {
            // Rows of each shard in file order; the examples list is grouped by shard in that order.
            let mut by_shard: Vec<Vec<(usize, usize)>> = vec![vec![]; ds.shards.len()];
            for (i, e) in examples.iter().enumerate() {
                if let ImageRef::Parquet { shard, row } = e.image {
                    by_shard[shard].push((row, i));
                }
            }
            for (shard, rows) in by_shard.iter().enumerate().filter(|(_, r)| !r.is_empty()) {
                let wanted: Vec<usize> = rows.iter().map(|&(r, _)| r).collect();
                let mut pending: Vec<(usize, Result<Vec<u8>>)> = vec![];
                let mut k = 0;
                let mut flush = |pending: &mut Vec<(usize, Result<Vec<u8>>)>, images: &mut std::io::BufWriter<std::fs::File>| -> Result<()> {
                    let batch: Vec<(usize, Result<Vec<u8>>)> = std::mem::take(pending)
                        .into_par_iter()
                        .map(|(i, bytes)| (i, decode_one(Some(bytes), &examples[i], size)))
                        .collect();
                    done += batch.len();
                    emit(batch, images)?;
                    progress(done, examples.len());
                    Ok(())
                };
                super::dataset::parquet_shards::for_each_image(&ds.shards[shard], &wanted, |_, bytes| {
                    pending.push((rows[k].1, bytes));
                    k += 1;
                    if pending.len() == CHUNK {
                        flush(&mut pending, &mut images)?;
                    }
                    Ok(())
                })?;
                flush(&mut pending, &mut images)?;
            }
        }
        images.into_inner().map_err(|e| anyhow!("cannot write {}: {e}", ipath.display()))?.sync_all()?;
        let count = labels.len();
        if count == 0 {
            // The warnings come after a build; with nothing built, the reasons go in the error.
            let reasons: Vec<String> = skipped.iter().map(|s| format!("{}: {}", s.file, s.reason)).collect();
            anyhow::bail!("{}: no image of the {} split could be decoded ({} skipped: {})", ds.spec, split.name(), skipped.len(), crate::first_few(&reasons, 3, "; "));
        }
        let raw: Vec<u8> = labels.iter().flat_map(|l| l.to_le_bytes()).collect();
        std::fs::write(tmp.join(LABELS_FILE), raw)?;
        let meta = CacheMeta {
            dataset: ds.spec.clone(),
            split: split.name().into(),
            classes: ds.classes.clone(),
            count,
            height: size,
            width: size,
            skipped,
            pixels_version: PIXELS_VERSION,
            decode_seconds: t0.elapsed().as_secs_f64(),
        };
        std::fs::write(tmp.join(META_FILE), serde_json::to_string_pretty(&meta)?)?;
        Ok(examples.len())
    })();
    let _ = std::fs::remove_file(&building);
    drop(lock);
    let decoded = match result {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    if let Err(e) = std::fs::rename(&tmp, dir) {
        let _ = std::fs::remove_dir_all(&tmp);
        // Another process published the same key first: theirs is as good as ours.
        if !dir.is_dir() {
            return Err(e).with_context(|| format!("cannot publish the cache {}", dir.display()));
        }
    }
    Ok(decoded)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_copies_nobody_builds_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let stem = ".tmp-food-train-20c-224px-0123-";
        let copy = |name: &str, lock_file: bool| {
            let d = dir.path().join(name);
            std::fs::create_dir_all(d.join("sub")).unwrap();
            if lock_file {
                std::fs::write(d.join(super::BUILDING), b"").unwrap();
            }
            d
        };
        let live = copy(&format!("{stem}11"), true);
        // A builder at work holds its lock (flock: a second open file conflicts, even in this process).
        let held = std::fs::File::open(live.join(super::BUILDING)).unwrap();
        held.lock().unwrap();
        let dead = copy(&format!("{stem}12"), true);
        let unlocked = copy(&format!("{stem}13"), false);
        let other_cache = copy(".tmp-other-train-20c-224px-0456-14", true);
        let not_a_copy = copy("food-train-20c-224px-0123", true);
        super::remove_abandoned_builds(dir.path());
        assert!(live.exists(), "a copy being built was removed");
        assert!(!dead.exists() && !other_cache.exists(), "an abandoned copy was kept");
        assert!(unlocked.exists(), "a copy without a lock file was removed");
        assert!(not_a_copy.exists(), "a published cache was removed");
        drop(held);
    }
}

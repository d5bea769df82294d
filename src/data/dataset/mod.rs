//! Datasets on disk: which images exist, in which split, with which label.
//! Nothing is decoded here; every layout problem (a missing split, an empty
//! class, a label out of range) is found before anything is compiled.
//!
//! Layouts:
//! - Food-101: `images/<class>/<id>.jpg`, `meta/classes.txt`, `meta/train.txt`, `meta/test.txt`;
//! - Hugging Face parquet shards (`ethz/food101`): `image` {bytes, path}, `label` int;
//! - an image folder: `train/<class>/*` and `validation/<class>/*` (or `val/`, `test/`).

mod food101;
mod image_folder;
pub mod parquet_shards;

use crate::hash::Fnv;
use food101::open_food101;
use image_folder::{class_folder_images, open_image_folder};
use parquet_shards::{open_parquet, parquet_files};
use anyhow::{anyhow, bail, ensure, Context, Result};
use std::path::{Path, PathBuf};

/// Where one example's encoded bytes live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageRef {
    File(PathBuf),
    /// Row `row` (0-based, in file order) of `Dataset::shards[shard]`.
    Parquet { shard: usize, row: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    pub image: ImageRef,
    pub label: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Food101,
    Parquet,
    ImageFolder,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::Food101 => "food101",
            Layout::Parquet => "parquet",
            Layout::ImageFolder => "image-folder",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Split {
    Train,
    Validation,
}

impl Split {
    pub fn name(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Validation => "validation",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Dataset {
    /// What the user passed (`--data`), for messages and the cache key.
    pub spec: String,
    pub root: PathBuf,
    pub layout: Layout,
    /// Class names in label order.
    pub classes: Vec<String>,
    pub train: Vec<Example>,
    pub validation: Vec<Example>,
    /// Parquet files that `ImageRef::Parquet` indexes.
    pub shards: Vec<PathBuf>,
    /// Lines for the user ("note: ...", "warning: ...") about what opening it decided: data
    /// loading does not print.
    pub notices: Vec<String>,
}

impl Dataset {
    pub fn split(&self, s: Split) -> &[Example] {
        match s {
            Split::Train => &self.train,
            Split::Validation => &self.validation,
        }
    }

    /// A readable name of an example, for warnings.
    pub fn describe(&self, e: &Example) -> String {
        match &e.image {
            ImageRef::File(p) => p.display().to_string(),
            ImageRef::Parquet { shard, row } => format!("{} row {row}", self.shards[*shard].display()),
        }
    }

    /// Opens `spec`: a local directory in one of the three layouts, or a Hugging Face dataset id
    /// (its parquet shards are downloaded with `hf-hub`). `num_classes` keeps the first N classes.
    pub fn open(spec: &str, num_classes: Option<usize>) -> Result<Dataset> {
        let mut ds = Dataset::open_unchecked(spec)?;
        if let Some(n) = num_classes {
            ds.keep_classes(n)?;
        }
        ds.validate(&[Split::Train, Split::Validation])?;
        Ok(ds)
    }

    /// The dataset at `spec` as listed, before any class subset or check.
    fn open_unchecked(spec: &str) -> Result<Dataset> {
        let path = Path::new(spec);
        let ds = if path.is_dir() {
            open_dir(spec, path)?
        } else if path.exists() {
            bail!("--data {spec}: is a file; expected a dataset directory or a Hugging Face dataset id");
        } else if crate::hub::looks_like_hub_id(spec) {
            let dir = crate::hub::fetch_dataset_parquet(spec).map_err(|e| anyhow!("--data {spec}: no such local directory, and as a Hugging Face dataset id: {e:#}"))?;
            let mut ds = open_parquet(spec, &dir)?;
            ds.spec = spec.to_string();
            ds
        } else {
            bail!("--data {spec}: no such directory (and not a Hugging Face dataset id like 'ethz/food101')");
        };
        Ok(ds)
    }

    /// `open`, where Food-101 (101 classes) defaults to the tutorial's 20-class subset and any
    /// other dataset to all its classes.
    pub fn open_subset(spec: &str, num_classes: Option<usize>) -> Result<Dataset> {
        let mut ds = Dataset::open(spec, num_classes)?;
        if num_classes.is_none() && ds.classes.len() == 101 {
            ds.notices.push("note: Food-101 has 101 classes; using the first 20 as the tutorial does (--num-classes changes it)".into());
            ds.keep_classes(20)?;
        }
        Ok(ds)
    }

    /// For `eval`, whose classes are a model's `labels`: the dataset's first `labels.len()`
    /// classes, of which only the validation split is checked (eval reads nothing else), with
    /// the number of classes the dataset has. The classes left out are named in a notice. An
    /// image folder with a validation split only (`validation/`, `val/` or `test/`, no `train/`)
    /// is read too, its class folders matched to the labels by name (without a train split,
    /// folder order says nothing about label order).
    pub fn open_for_labels(spec: &str, labels: &[String]) -> Result<(Dataset, usize)> {
        let path = Path::new(spec);
        let val_only = path.is_dir() && !path.join("meta/classes.txt").is_file() && split_dir(path, Split::Train).is_none();
        let Some(val_dir) = split_dir(path, Split::Validation).filter(|_| val_only) else {
            let mut ds = Dataset::open_unchecked(spec)?;
            let (wanted, available) = (labels.len(), ds.classes.len());
            if available >= wanted {
                if available > wanted {
                    let left = crate::first_few(&ds.classes[wanted..], 5, ", ");
                    ds.notices.push(format!("note: the model has {wanted} classes: evaluating the dataset's first {wanted} of {available}; left out: {left}"));
                }
                ds.keep_classes(wanted)?;
                ds.validate(&[Split::Validation])?;
            }
            return Ok((ds, available));
        };
        let mut validation = vec![];
        let mut notices = vec![];
        for folder in sorted_entries(&val_dir)?.into_iter().filter(|p| p.is_dir()) {
            let name = folder.file_name().unwrap().to_string_lossy().into_owned();
            let Some(label) = labels.iter().position(|l| *l == name) else {
                bail!("{}: class folder '{name}' is none of the model's {} labels ({})", folder.display(), labels.len(), crate::first_few(labels, 8, ", "));
            };
            validation.extend(class_folder_images(&folder, label as u32, &mut notices)?);
        }
        ensure!(!validation.is_empty(), "--data {spec}: {} holds no images (expected {}/<class>/<image>)", val_dir.display(), val_dir.display());
        let ds = Dataset {
            spec: spec.to_string(),
            root: path.to_path_buf(),
            layout: Layout::ImageFolder,
            classes: labels.to_vec(),
            train: vec![],
            validation,
            shards: vec![],
            notices,
        };
        Ok((ds, labels.len()))
    }

    /// Keeps classes 0..n and their examples.
    pub fn keep_classes(&mut self, n: usize) -> Result<()> {
        ensure!(n >= 1, "--num-classes must be at least 1");
        ensure!(
            n <= self.classes.len(),
            "--num-classes {n}: the dataset {} has only {} classes",
            self.spec,
            self.classes.len()
        );
        self.classes.truncate(n);
        self.train.retain(|e| (e.label as usize) < n);
        self.validation.retain(|e| (e.label as usize) < n);
        Ok(())
    }

    /// Checks `splits`: each has images, every label is in range, and (for the train split)
    /// every class has training images.
    fn validate(&self, splits: &[Split]) -> Result<()> {
        ensure!(!self.classes.is_empty(), "{}: the dataset has no classes", self.spec);
        for &split in splits {
            let examples = self.split(split);
            ensure!(!examples.is_empty(), "{}: the {} split has no images", self.spec, split.name());
            if let Some(e) = examples.iter().find(|e| e.label as usize >= self.classes.len()) {
                bail!(
                    "{}: label {} of {} is out of range: the dataset has {} classes",
                    self.spec,
                    e.label,
                    self.describe(e),
                    self.classes.len()
                );
            }
        }
        if !splits.contains(&Split::Train) {
            return Ok(());
        }
        let mut counts = vec![0usize; self.classes.len()];
        for e in &self.train {
            counts[e.label as usize] += 1;
        }
        if let Some(c) = counts.iter().position(|&k| k == 0) {
            bail!("{}: class {c} ('{}') has no training images", self.spec, self.classes[c]);
        }
        Ok(())
    }

    /// A fingerprint of everything the decoded pixels depend on: the files (path, size, mtime)
    /// and the labels, so an edited dataset never reuses a stale cache.
    pub fn fingerprint(&self, split: Split) -> Result<u64> {
        let mut h = Fnv::new();
        h.write(self.layout.name().as_bytes());
        h.write(self.classes.join("\n").as_bytes());
        // A missing file is hashed as missing: decoding skips it with a warning, like any bad image.
        let stat = |p: &Path, h: &mut Fnv| -> Result<()> {
            h.write(p.to_string_lossy().as_bytes());
            match std::fs::metadata(p) {
                Ok(m) => {
                    h.write(&m.len().to_le_bytes());
                    let t = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
                    h.write(&t.to_le_bytes());
                }
                Err(_) => h.write(b"missing"),
            }
            Ok(())
        };
        for s in &self.shards {
            stat(s, &mut h)?;
        }
        for e in self.split(split) {
            match &e.image {
                ImageRef::File(p) => stat(p, &mut h)?,
                ImageRef::Parquet { shard, row } => {
                    h.write(&(*shard as u64).to_le_bytes());
                    h.write(&(*row as u64).to_le_bytes());
                }
            }
            h.write(&e.label.to_le_bytes());
        }
        Ok(h.0)
    }
}

fn open_dir(spec: &str, dir: &Path) -> Result<Dataset> {
    if dir.join("meta/classes.txt").is_file() {
        return open_food101(spec, dir);
    }
    if split_dir(dir, Split::Train).is_some() {
        return open_image_folder(spec, dir);
    }
    if !parquet_files(dir)?.is_empty() {
        return open_parquet(spec, dir);
    }
    bail!(
        "--data {spec}: not a dataset: expected meta/classes.txt (Food-101), train/<class>/ folders (image folder) or *.parquet shards"
    )
}

fn read_lines(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect())
}

/// The folder of a split: `train/`, or `validation/`, `val/`, `test/` (first found).
fn split_dir(dir: &Path, split: Split) -> Option<PathBuf> {
    let names: &[&str] = match split {
        Split::Train => &["train"],
        Split::Validation => &["validation", "val", "test"],
    };
    names.iter().map(|n| dir.join(n)).find(|p| p.is_dir())
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        // Hidden entries (.DS_Store, editor files) are not data.
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
        .collect();
    v.sort();
    Ok(v)
}

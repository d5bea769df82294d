//! Datasets on disk: which images exist, in which split, with which label.
//! Nothing is decoded here; every layout problem (a missing split, an empty
//! class, a label out of range) is found before anything is compiled.
//!
//! Layouts:
//! - Food-101: `images/<class>/<id>.jpg`, `meta/classes.txt`, `meta/train.txt`, `meta/test.txt`;
//! - Hugging Face parquet shards (`ethz/food101`): `image` {bytes, path}, `label` int;
//! - an image folder: `train/<class>/*` and `validation/<class>/*` (or `val/`, `test/`).

use crate::hash::Fnv;
use anyhow::{anyhow, bail, ensure, Context, Result};
use std::collections::BTreeMap;
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
            let dir = hub::fetch_parquet(spec).map_err(|e| anyhow!("--data {spec}: no such local directory, and as a Hugging Face dataset id: {e:#}"))?;
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

fn open_food101(spec: &str, dir: &Path) -> Result<Dataset> {
    let classes_txt = dir.join("meta/classes.txt");
    let classes = read_lines(&classes_txt)?;
    ensure!(!classes.is_empty(), "{} lists no classes", classes_txt.display());
    let index: BTreeMap<&str, u32> = classes.iter().enumerate().map(|(i, c)| (c.as_str(), i as u32)).collect();
    ensure!(index.len() == classes.len(), "{} lists a class twice", classes_txt.display());
    let list = |name: &str| -> Result<Vec<Example>> {
        let path = dir.join("meta").join(name);
        ensure!(path.is_file(), "--data {spec}: Food-101 split list {} is missing", path.display());
        read_lines(&path)?
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let class = line.split('/').next().unwrap_or("");
                let label = *index
                    .get(class)
                    .ok_or_else(|| anyhow!("{} line {}: class '{class}' is not in classes.txt", path.display(), i + 1))?;
                Ok(Example { image: ImageRef::File(dir.join("images").join(format!("{line}.jpg"))), label })
            })
            .collect()
    };
    Ok(Dataset {
        spec: spec.to_string(),
        root: dir.to_path_buf(),
        layout: Layout::Food101,
        train: list("train.txt")?,
        validation: list("test.txt")?,
        classes,
        shards: vec![],
        notices: vec![],
    })
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

/// The files of one class folder, as examples of `label`. Images are read one level deep;
/// anything else there (a subfolder, a broken link) is said in `notices`, not silently dropped.
fn class_folder_images(folder: &Path, label: u32, notices: &mut Vec<String>) -> Result<Vec<Example>> {
    let (files, other): (Vec<PathBuf>, Vec<PathBuf>) = sorted_entries(folder)?.into_iter().partition(|p| p.is_file());
    if let Some(first) = other.first() {
        let what = if first.is_dir() { "a folder" } else { "a broken link" };
        notices.push(format!(
            "warning: {}: {} entr{} that are not image files left out (images are read from class folders only, not below), e.g. {} ({what})",
            folder.display(),
            other.len(),
            if other.len() == 1 { "y" } else { "ies" },
            first.display()
        ));
    }
    Ok(files.into_iter().map(|f| Example { image: ImageRef::File(f), label }).collect())
}

fn open_image_folder(spec: &str, dir: &Path) -> Result<Dataset> {
    let train_dir = split_dir(dir, Split::Train).expect("checked by the caller");
    let classes: Vec<String> = sorted_entries(&train_dir)?
        .into_iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    ensure!(!classes.is_empty(), "{}: no class folders (expected train/<class>/<image>)", train_dir.display());
    let val_dir = split_dir(dir, Split::Validation).ok_or_else(|| {
        anyhow!("--data {spec}: the validation split is missing (expected validation/, val/ or test/ beside train/)")
    })?;
    let mut notices = vec![];
    let mut collect = |root: &Path| -> Result<Vec<Example>> {
        let mut out = vec![];
        for entry in sorted_entries(root)? {
            if !entry.is_dir() {
                continue;
            }
            let name = entry.file_name().unwrap().to_string_lossy().into_owned();
            let label = classes
                .iter()
                .position(|c| *c == name)
                .ok_or_else(|| anyhow!("{}: class folder '{name}' does not exist under {}", entry.display(), train_dir.display()))?;
            out.extend(class_folder_images(&entry, label as u32, &mut notices)?);
        }
        Ok(out)
    };
    let train = collect(&train_dir)?;
    let validation = collect(&val_dir)?;
    Ok(Dataset {
        spec: spec.to_string(),
        root: dir.to_path_buf(),
        layout: Layout::ImageFolder,
        train,
        validation,
        classes,
        shards: vec![],
        notices,
    })
}

/// `*.parquet` files in `dir` and `dir/data` (the hub's layout), sorted.
fn parquet_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = vec![];
    for d in [dir.to_path_buf(), dir.join("data")] {
        if d.is_dir() {
            out.extend(sorted_entries(&d)?.into_iter().filter(|p| p.extension().is_some_and(|e| e == "parquet")));
        }
    }
    Ok(out)
}

/// The split of a shard from its file name (`train-00000-of-00008.parquet`, `validation-...`).
fn shard_split(path: &Path) -> Option<Split> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if name.starts_with("train") {
        Some(Split::Train)
    } else if ["validation", "valid", "val", "test"].iter().any(|p| name.starts_with(p)) {
        Some(Split::Validation)
    } else {
        None
    }
}

fn open_parquet(spec: &str, dir: &Path) -> Result<Dataset> {
    let files = parquet_files(dir)?;
    ensure!(!files.is_empty(), "--data {spec}: no *.parquet files in {}", dir.display());
    let mut shards = vec![];
    let mut notices = vec![];
    let (mut train, mut validation) = (vec![], vec![]);
    let mut names: Option<Vec<String>> = None;
    let mut max_label = 0i64;
    for path in files {
        let Some(split) = shard_split(&path) else {
            notices.push(format!("warning: {}: not a train or validation shard by its name; ignored", path.display()));
            continue;
        };
        let shard = shards.len();
        let (labels, class_names) = parquet::read_labels(&path)?;
        if names.is_none() {
            names = class_names;
        }
        for (row, label) in labels.into_iter().enumerate() {
            ensure!(label >= 0, "{} row {row}: label {label} is negative", path.display());
            max_label = max_label.max(label);
            let e = Example { image: ImageRef::Parquet { shard, row }, label: label as u32 };
            match split {
                Split::Train => train.push(e),
                Split::Validation => validation.push(e),
            }
        }
        shards.push(path);
    }
    ensure!(!train.is_empty() || !validation.is_empty(), "--data {spec}: no train or validation shards in {}", dir.display());
    ensure!(!train.is_empty(), "--data {spec}: the train split is missing (no train*.parquet)");
    ensure!(!validation.is_empty(), "--data {spec}: the validation split is missing (no validation*.parquet or test*.parquet)");
    // Without metadata, classes are the label ids.
    let classes = names.unwrap_or_else(|| (0..=max_label).map(|i| format!("class_{i}")).collect());
    Ok(Dataset { spec: spec.to_string(), root: dir.to_path_buf(), layout: Layout::Parquet, classes, train, validation, shards, notices })
}

/// Reading Hugging Face parquet shards with the `parquet` crate.
pub mod parquet {
    use anyhow::{anyhow, bail, Context, Result};
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::{Field, Row};
    use std::fs::File;
    use std::path::Path;

    fn open(path: &Path) -> Result<SerializedFileReader<File>> {
        let f = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        SerializedFileReader::new(f).with_context(|| format!("{} is not a readable parquet file", path.display()))
    }

    /// Only the named top-level column, so a pass over labels does not read the image bytes.
    fn projection(reader: &SerializedFileReader<File>, column: &str, path: &Path) -> Result<parquet::schema::types::Type> {
        let schema = reader.metadata().file_metadata().schema();
        let field = schema
            .get_fields()
            .iter()
            .find(|f| f.name() == column)
            .ok_or_else(|| anyhow!("{}: no column '{column}'", path.display()))?;
        parquet::schema::types::Type::group_type_builder(schema.name())
            .with_fields(vec![field.clone()])
            .build()
            .map_err(|e| anyhow!("{}: {e}", path.display()))
    }

    /// The `label` column, and the class names from the `huggingface` metadata when present.
    pub fn read_labels(path: &Path) -> Result<(Vec<i64>, Option<Vec<String>>)> {
        let reader = open(path)?;
        let names = class_names(&reader);
        let proj = projection(&reader, "label", path)?;
        let mut out = vec![];
        for (i, row) in reader.get_row_iter(Some(proj)).map_err(|e| anyhow!("{}: {e}", path.display()))?.enumerate() {
            let row = row.map_err(|e| anyhow!("{} row {i}: {e}", path.display()))?;
            let label = match row.get_column_iter().next().map(|(_, f)| f) {
                Some(Field::Long(v)) => *v,
                Some(Field::Int(v)) => *v as i64,
                Some(Field::Short(v)) => *v as i64,
                Some(Field::Byte(v)) => *v as i64,
                Some(Field::UInt(v)) => *v as i64,
                Some(Field::ULong(v)) => *v as i64,
                Some(Field::Null) | None => bail!("{} row {i}: the label is missing", path.display()),
                Some(other) => bail!("{} row {i}: label {other} is not an integer", path.display()),
            };
            out.push(label);
        }
        Ok((out, names))
    }

    /// `datasets` stores its features as JSON under the `huggingface` key.
    fn class_names(reader: &SerializedFileReader<File>) -> Option<Vec<String>> {
        let kv = reader.metadata().file_metadata().key_value_metadata()?;
        let json = kv.iter().find(|k| k.key == "huggingface")?.value.as_ref()?;
        let v: serde_json::Value = serde_json::from_str(json).ok()?;
        let names = v.pointer("/info/features/label/names")?.as_array()?;
        names.iter().map(|n| n.as_str().map(str::to_string)).collect()
    }

    /// Calls `f(row, bytes)` for each wanted row (sorted), in file order. A row whose image has
    /// no bytes is passed as `Err`, so the caller can skip it like any bad image.
    pub fn for_each_image(path: &Path, wanted: &[usize], mut f: impl FnMut(usize, Result<Vec<u8>>) -> Result<()>) -> Result<()> {
        let reader = open(path)?;
        let proj = projection(&reader, "image", path)?;
        let mut next = 0;
        for (i, row) in reader.get_row_iter(Some(proj)).map_err(|e| anyhow!("{}: {e}", path.display()))?.enumerate() {
            if next >= wanted.len() {
                break;
            }
            if wanted[next] != i {
                continue;
            }
            next += 1;
            let bytes = row.map_err(|e| anyhow!("{e}")).and_then(|r| image_bytes(&r));
            f(i, bytes)?;
        }
        if next < wanted.len() {
            bail!("{}: row {} is past the end of the file", path.display(), wanted[next]);
        }
        Ok(())
    }

    fn image_bytes(row: &Row) -> Result<Vec<u8>> {
        let Some((_, field)) = row.get_column_iter().next() else { bail!("no image column") };
        match field {
            Field::Group(g) => {
                for (name, v) in g.get_column_iter() {
                    if name == "bytes" {
                        return match v {
                            Field::Bytes(b) => Ok(b.data().to_vec()),
                            Field::Null => bail!("the image has no bytes (only a path)"),
                            other => bail!("image.bytes is {other}, not binary"),
                        };
                    }
                }
                bail!("the image struct has no 'bytes' field")
            }
            Field::Bytes(b) => Ok(b.data().to_vec()),
            other => bail!("the image column holds {other}, expected a struct with 'bytes'"),
        }
    }
}

/// Downloading a dataset's parquet shards from the Hugging Face Hub.
mod hub {
    use crate::hub::HubOptions;
    use anyhow::{anyhow, bail, Result};
    use std::path::PathBuf;

    /// The local folder holding `id`'s parquet shards (as symlinks into the hub cache).
    pub fn fetch_parquet(id: &str) -> Result<PathBuf> {
        let opts = HubOptions::from_env()?;
        let repo_dir = opts.cache_dir.join(format!("datasets--{}", id.replace('/', "--")));
        if opts.offline {
            // The cache's snapshot of `main`, as huggingface_hub lays it out.
            let rev = std::fs::read_to_string(repo_dir.join("refs/main")).ok();
            return match rev {
                Some(r) if repo_dir.join("snapshots").join(r.trim()).is_dir() => Ok(repo_dir.join("snapshots").join(r.trim())),
                _ => bail!("dataset '{id}' is not in the Hugging Face cache {} and HF_HUB_OFFLINE is set", opts.cache_dir.display()),
            };
        }
        let repo = crate::hub::api(&opts)?.dataset(id.to_string());
        let info = repo.info().map_err(|e| {
            anyhow!("cannot reach dataset '{id}' on the Hugging Face Hub ({e}); offline? pass a local folder with --data")
        })?;
        let files: Vec<String> =
            info.siblings.into_iter().map(|s| s.rfilename).filter(|f| f.ends_with(".parquet")).collect();
        if files.is_empty() {
            bail!("dataset '{id}' on the Hugging Face Hub has no parquet files");
        }
        let mut dir = None;
        for f in &files {
            let local = repo.get(f).map_err(|e| anyhow!("downloading {f} of dataset '{id}': {e}"))?;
            // Shards keep their repo-relative path (data/train-...), so the snapshot root is the dataset folder.
            let depth = f.matches('/').count() + 1;
            let mut root = local.clone();
            for _ in 0..depth {
                root.pop();
            }
            dir.get_or_insert(root);
        }
        Ok(dir.expect("at least one file"))
    }
}

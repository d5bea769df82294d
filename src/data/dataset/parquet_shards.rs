//! Hugging Face parquet shards (`ethz/food101`): `image` {bytes, path} and `label` columns, the
//! split told by each shard's file name, class names from the `huggingface` metadata; read with
//! the `parquet` crate.

use super::{sorted_entries, Dataset, Example, ImageRef, Layout, Split};
use anyhow::{anyhow, bail, ensure, Context, Result};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::{Field, Row};
use std::fs::File;
use std::path::{Path, PathBuf};

/// `*.parquet` files in `dir` and `dir/data` (the hub's layout), sorted.
pub(super) fn parquet_files(dir: &Path) -> Result<Vec<PathBuf>> {
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

pub(super) fn open_parquet(spec: &str, dir: &Path) -> Result<Dataset> {
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
        let (labels, class_names) = read_labels(&path)?;
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

//! An image folder: `train/<class>/*` and `validation/<class>/*` (or `val/`, `test/`); the
//! classes are the sorted folder names under `train/`.

use super::{sorted_entries, split_dir, Dataset, Example, ImageRef, Layout, Split};
use anyhow::{anyhow, ensure, Result};
use std::path::{Path, PathBuf};

/// The files of one class folder, as examples of `label`. Images are read one level deep;
/// anything else there (a subfolder, a broken link) is said in `notices`, not silently dropped.
pub(super) fn class_folder_images(folder: &Path, label: u32, notices: &mut Vec<String>) -> Result<Vec<Example>> {
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

pub(super) fn open_image_folder(spec: &str, dir: &Path) -> Result<Dataset> {
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

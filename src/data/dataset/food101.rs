//! Food-101 as distributed: `images/<class>/<id>.jpg`, `meta/classes.txt`, and the split lists
//! `meta/train.txt` and `meta/test.txt` (the validation split).

use super::{read_lines, Dataset, Example, ImageRef, Layout};
use anyhow::{anyhow, ensure, Result};
use std::collections::BTreeMap;
use std::path::Path;

pub(super) fn open_food101(spec: &str, dir: &Path) -> Result<Dataset> {
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

//! Reading safetensors files (single or sharded) into host tensors, and the element types.

use super::*;
use crate::dtype::DType;
use crate::host::HostTensor;
use anyhow::{bail, ensure, Context, Result};
use safetensors::tensor::TensorView;
use safetensors::{Dtype as StDtype, SafeTensors};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};

/// The weights file of a checkpoint directory: `model.safetensors` or the sharded index.
pub fn weights_path(dir: &Path) -> Result<PathBuf> {
    ensure!(dir.exists(), "model directory {} does not exist", dir.display());
    ensure!(dir.is_dir(), "{} is not a directory (expected a model directory with {WEIGHTS_FILE})", dir.display());
    let single = dir.join(WEIGHTS_FILE);
    if single.is_file() {
        return Ok(single);
    }
    let index = dir.join(WEIGHTS_INDEX_FILE);
    if index.is_file() {
        return Ok(index);
    }
    bail!(
        "{} has neither {WEIGHTS_FILE} nor {WEIGHTS_INDEX_FILE} (only safetensors checkpoints are supported, not pytorch_model.bin)",
        dir.display()
    )
}

pub(super) fn read_weight_map(index: &Path) -> Result<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(index).with_context(|| format!("cannot read {}", index.display()))?;
    #[derive(serde::Deserialize)]
    struct Index {
        weight_map: BTreeMap<String, String>,
    }
    let parsed: Index =
        serde_json::from_str(&text).with_context(|| format!("{} is not a valid safetensors index", index.display()))?;
    Ok(parsed.weight_map)
}

pub(super) fn shard_files(index: &Path) -> Result<BTreeSet<String>> {
    Ok(read_weight_map(index)?.into_values().collect())
}

/// All tensors of a checkpoint directory (single file or sharded). f16/bf16/f64 become f32;
/// other element types are kept.
pub fn load_tensors(dir: &Path) -> Result<BTreeMap<String, HostTensor>> {
    let path = weights_path(dir)?;
    if path.file_name().is_some_and(|n| n == WEIGHTS_FILE) {
        return read_safetensors(&path);
    }
    let weight_map = read_weight_map(&path)?;
    let mut all = BTreeMap::new();
    for shard in weight_map.values().collect::<BTreeSet<_>>() {
        let shard_path = dir.join(shard);
        for (name, t) in read_safetensors(&shard_path)? {
            ensure!(
                weight_map.get(&name) == Some(shard),
                "{}: tensor {name} is not listed for this shard in {}",
                shard_path.display(),
                path.display()
            );
            all.insert(name, t);
        }
    }
    if let Some(missing) = weight_map.keys().find(|n| !all.contains_key(*n)) {
        bail!("{}: tensor {missing} is listed in the index but missing from shard {}", path.display(), weight_map[missing]);
    }
    Ok(all)
}

/// Reads one safetensors file through a memory map.
pub fn read_safetensors(path: &Path) -> Result<BTreeMap<String, HostTensor>> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    // SAFETY: the map is read-only and dropped before returning. Checkpoints are replaced by
    // rename (see `files::replace_with`), so the mapped inode is not modified under us.
    let map = unsafe { memmap2::Mmap::map(&file) }.with_context(|| format!("cannot map {}", path.display()))?;
    let st = SafeTensors::deserialize(&map).with_context(|| format!("{} is not a valid safetensors file", path.display()))?;
    st.iter()
        .map(|(name, view)| {
            let t = host_from_view(&view).with_context(|| format!("{}: tensor {name}", path.display()))?;
            Ok((name.to_string(), t))
        })
        .collect()
}

pub(super) fn host_from_view(view: &TensorView) -> Result<HostTensor> {
    let dims: Vec<i64> = view.shape().iter().map(|&d| d as i64).collect();
    let bytes = view.data();
    let keep = |dtype| Ok(HostTensor { dtype, dims: dims.clone(), data: bytes.to_vec() });
    let widen = |f: fn(&[u8]) -> f32, width: usize| {
        let values: Vec<f32> = bytes.chunks_exact(width).map(f).collect();
        HostTensor::from_f32(&dims, &values)
    };
    match view.dtype() {
        StDtype::F32 => keep(DType::F32),
        StDtype::F16 => widen(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32(), 2),
        StDtype::BF16 => widen(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32(), 2),
        StDtype::F64 => widen(|c| f64::from_le_bytes(c.try_into().unwrap()) as f32, 8),
        StDtype::BOOL => keep(DType::Pred),
        StDtype::U8 => keep(DType::U8),
        StDtype::U32 => keep(DType::U32),
        StDtype::U64 => keep(DType::U64),
        StDtype::I32 => keep(DType::S32),
        StDtype::I64 => keep(DType::S64),
        other => bail!("element type {other} is not supported"),
    }
}


/// The safetensors element type of a `DType`.
pub fn st_dtype(d: DType) -> Result<StDtype> {
    Ok(match d {
        DType::Pred => StDtype::BOOL,
        DType::U8 => StDtype::U8,
        DType::U32 => StDtype::U32,
        DType::U64 => StDtype::U64,
        DType::S32 => StDtype::I32,
        DType::S64 => StDtype::I64,
        DType::F16 => StDtype::F16,
        DType::BF16 => StDtype::BF16,
        DType::F32 => StDtype::F32,
        DType::F64 => StDtype::F64,
    })
}

//! Writing a checkpoint directory that `transformers` loads back, file by file atomically.

use super::*;
use crate::dtype::DType;
use crate::host::HostTensor;
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use anyhow::{anyhow, bail, ensure, Context, Result};
use safetensors::tensor::TensorView;
use safetensors::Dtype as StDtype;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::path::Path;

/// Writes `config.json`, `preprocessor_config.json` and `model.safetensors` (f32, `{"format": "pt"}`
/// as transformers requires) so that `ViTForImageClassification.from_pretrained(dir)` loads it.
/// Each file appears atomically; `params` must be exactly `crate::model::vit::params(cfg)` (any order).
pub fn save_hf_dir(dir: &Path, cfg: &VitConfig, pre: &Preprocessor, params: &[(String, HostTensor)]) -> Result<()> {
    let specs = crate::model::vit::params(cfg);
    ensure!(
        params.len() == specs.len(),
        "save {}: {} tensors given, the config describes {}",
        dir.display(),
        params.len(),
        specs.len()
    );
    let by_name: HashMap<&str, &HostTensor> = params.iter().map(|(n, t)| (n.as_str(), t)).collect();
    ensure!(by_name.len() == params.len(), "save {}: duplicate tensor names", dir.display());
    for (name, dims) in specs.iter().map(|p| (&p.name, p.dims())) {
        let t = by_name.get(name.as_str()).ok_or_else(|| anyhow!("save {}: tensor {name} is missing", dir.display()))?;
        ensure!(t.dims == dims, "save {}: {name} has shape {:?}, config needs {dims:?}", dir.display(), t.dims);
    }

    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;

    // Convert everything first, so that a bad tensor fails before any file is replaced.
    let f32_data: Vec<(&str, Cow<[u8]>)> = params
        .iter()
        .map(|(name, t)| -> Result<_> {
            Ok(match t.dtype {
                DType::F32 => (name.as_str(), Cow::Borrowed(t.data.as_slice())),
                d if d.is_float() => {
                    let v: Vec<f32> = t.to_f64_lossy()?.into_iter().map(|x| x as f32).collect();
                    (name.as_str(), Cow::Owned(HostTensor::from_f32(&t.dims, &v)?.data))
                }
                other => bail!("save {}: {name} holds {other}, expected floats", dir.display()),
            })
        })
        .collect::<Result<_>>()?;
    let views: Vec<(&str, TensorView)> = f32_data
        .iter()
        .zip(params)
        .map(|((name, data), (_, t))| {
            let shape = t.dims.iter().map(|&d| d as usize).collect();
            Ok((*name, TensorView::new(StDtype::F32, shape, data)?))
        })
        .collect::<Result<_>>()?;
    let metadata = HashMap::from([("format".to_string(), "pt".to_string())]);

    // Weights first and config last: a reader that sees the new config also sees the new weights.
    crate::files::replace_with(&dir.join(WEIGHTS_FILE), |path| {
        safetensors::serialize_to_file(views, Some(metadata), path).map_err(anyhow::Error::from)
    })?;
    crate::files::replace_with(&dir.join(PREPROCESSOR_FILE), |path| write_json(path, &pre.to_json()))?;
    crate::files::replace_with(&dir.join(CONFIG_FILE), |path| write_json(path, &cfg.to_json()))?;
    sync_dir(dir);
    Ok(())
}

/// As transformers writes configs: indent 2, sorted keys, trailing newline.
pub(super) fn write_json(path: &Path, value: &serde_json::Value) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    std::fs::write(path, text)?;
    Ok(())
}

/// Makes the renames durable; best effort, as not every platform can fsync a directory.
pub(super) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

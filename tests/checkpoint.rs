//! Hugging Face checkpoint I/O against tests/fixtures/tiny_vit and checkpoints
//! derived from it in temporary directories.

mod common;

use safetensors::tensor::TensorView;
use safetensors::{Dtype, SafeTensors};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use xlavit::checkpoint::{
    env_flag_is_true, load_tensors, load_vit_params, resolve_model, resolve_model_config_with, resolve_model_with, save_hf_dir, HubOptions,
};
use xlavit::dtype::DType;
use xlavit::host::HostTensor;
use xlavit::model::preprocessor::Preprocessor;
use xlavit::model::vit_config::VitConfig;

fn tiny_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny_vit")
}

fn tiny_config() -> VitConfig {
    VitConfig::from_json_file(&tiny_dir().join("config.json")).unwrap()
}

fn err_text<T: std::fmt::Debug>(r: anyhow::Result<T>) -> String {
    format!("{:#}", r.unwrap_err())
}

/// The fixture's tensors, read with the safetensors crate alone.
fn fixture_tensors() -> BTreeMap<String, HostTensor> {
    let bytes = std::fs::read(tiny_dir().join("model.safetensors")).unwrap();
    let st = SafeTensors::deserialize(&bytes).unwrap();
    st.iter()
        .map(|(name, v)| {
            assert_eq!(v.dtype(), Dtype::F32);
            let dims = v.shape().iter().map(|&d| d as i64).collect();
            (name.to_string(), HostTensor { dtype: DType::F32, dims, data: v.data().to_vec() })
        })
        .collect()
}

fn st_dtype(d: DType) -> Dtype {
    match d {
        DType::F32 => Dtype::F32,
        DType::F16 => Dtype::F16,
        DType::BF16 => Dtype::BF16,
        DType::F64 => Dtype::F64,
        DType::S64 => Dtype::I64,
        DType::S32 => Dtype::I32,
        DType::U8 => Dtype::U8,
        other => panic!("test helper does not write {other}"),
    }
}

/// A checkpoint directory with the tiny config and the given tensors.
fn write_checkpoint(dir: &Path, tensors: &BTreeMap<String, HostTensor>) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(tiny_dir().join("config.json"), dir.join("config.json")).unwrap();
    write_safetensors(&dir.join("model.safetensors"), tensors);
}

fn write_safetensors(path: &Path, tensors: &BTreeMap<String, HostTensor>) {
    let views: Vec<(&str, TensorView)> = tensors
        .iter()
        .map(|(n, t)| {
            let shape = t.dims.iter().map(|&d| d as usize).collect();
            (n.as_str(), TensorView::new(st_dtype(t.dtype), shape, &t.data).unwrap())
        })
        .collect();
    safetensors::serialize_to_file(views, None, path).unwrap();
}

fn std_dev(v: &[f32]) -> (f64, f64) {
    let n = v.len() as f64;
    let mean = v.iter().map(|&x| x as f64).sum::<f64>() / n;
    let var = v.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

#[test]
fn tiny_vit_loads_in_spec_order() {
    let dir = resolve_model(tiny_dir().to_str().unwrap()).unwrap();
    assert_eq!(dir, tiny_dir());
    let cfg = tiny_config();
    let pre = Preprocessor::load_or_default(&dir, &cfg).unwrap();
    assert_eq!((pre.height, pre.width, pre.image_mean, pre.resample), (32, 32, [0.5; 3], 2));

    let (params, report) = load_vit_params(&dir, &cfg, 0).unwrap();
    assert!(report.notes.is_empty(), "{:?}", report.notes);
    assert_eq!(report.classifier_reinitialized, None);
    let specs: Vec<(String, Vec<i64>)> = xlavit::model::vit::params(&cfg).iter().map(|p| (p.name.clone(), p.dims().to_vec())).collect();
    assert_eq!(params.len(), 40);
    assert_eq!(specs.len(), params.len());

    let want = fixture_tensors();
    assert_eq!(want.len(), specs.len());
    for ((name, dims), got) in specs.iter().zip(&params) {
        assert_eq!(&got.dims, dims, "{name}");
        assert_eq!(got.dtype, DType::F32);
        assert_eq!(got, &want[name], "{name}");
    }
    // Spot values, decoded independently of HostTensor.
    let cls = want["vit.embeddings.cls_token"].to_f32().unwrap();
    assert_eq!(params[0].to_f32().unwrap()[..3], cls[..3]);
    assert_eq!(specs[4].0, "vit.encoder.layer.0.layernorm_before.weight");
    let ln = params[4].to_f32().unwrap();
    assert!(ln.iter().all(|v| (v - 1.0).abs() < 0.6), "LayerNorm weights are 1 + N(0, 0.1)");
}

#[test]
fn vit_model_keys_load_with_fresh_classifier() {
    let tmp = tempfile::tempdir().unwrap();
    let original = fixture_tensors();
    let mut stripped: BTreeMap<String, HostTensor> = original
        .iter()
        .filter(|(n, _)| !n.starts_with("classifier."))
        .map(|(n, t)| (n.strip_prefix("vit.").unwrap().to_string(), t.clone()))
        .collect();
    stripped.insert("pooler.dense.weight".into(), HostTensor::zeros(DType::F32, &[64, 64]));
    stripped.insert("pooler.dense.bias".into(), HostTensor::zeros(DType::F32, &[64]));
    write_checkpoint(tmp.path(), &stripped);

    let cfg = tiny_config();
    let (params, report) = load_vit_params(tmp.path(), &cfg, 3).unwrap();
    assert!(report.classifier_reinitialized.is_some());
    assert!(
        report.notes.iter().any(|n| n.contains("classifier re-initialized") && n.contains("no classifier") && n.contains("5 labels")),
        "{:?}",
        report.notes
    );
    assert!(report.notes.iter().any(|n| n.contains("2 pooler tensors")), "{:?}", report.notes);
    assert_eq!(report.notes.len(), 2, "{:?}", report.notes);
    for (name, got) in xlavit::model::vit::params(&cfg).iter().map(|p| &p.name).zip(&params) {
        if !name.starts_with("classifier.") {
            assert_eq!(got, &original[name], "{name}");
        }
    }
    assert_eq!(params[params.len() - 2].dims, [5, 64]);
}

#[test]
fn label_change_reinitializes_classifier_with_init_std() {
    let labels: Vec<String> = (0..50).map(|i| format!("class{i}")).collect();
    let cfg = tiny_config().with_labels(labels);
    let (params, report) = load_vit_params(&tiny_dir(), &cfg, 42).unwrap();
    assert!(
        report.notes.contains(&"classifier re-initialized: the checkpoint's classifier has 5 labels, 50 are wanted".to_string()),
        "{:?}",
        report.notes
    );
    let n = params.len();
    let (w, b) = (&params[n - 2], &params[n - 1]);
    assert_eq!((w.dims.as_slice(), b.dims.as_slice()), (&[50i64, 64][..], &[50i64][..]));
    assert!(b.to_f32().unwrap().iter().all(|&v| v == 0.0));
    let (mean, std) = std_dev(&w.to_f32().unwrap());
    // 3200 samples: the std estimate's own std is ~0.02/sqrt(6400) = 2.5e-4.
    assert!((std - 0.02).abs() < 0.0015, "std {std}");
    assert!(mean.abs() < 0.002, "mean {mean}");
    // The backbone is untouched.
    assert_eq!(params[0], fixture_tensors()["vit.embeddings.cls_token"]);

    let (again, _) = load_vit_params(&tiny_dir(), &cfg, 42).unwrap();
    assert_eq!(&again[n - 2], w, "same seed, same head");
    let (other, _) = load_vit_params(&tiny_dir(), &cfg, 43).unwrap();
    assert_ne!(&other[n - 2], w, "another seed, another head");
}

#[test]
fn missing_tensor_and_wrong_shape_name_the_tensor_and_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut tensors = fixture_tensors();
    tensors.remove("vit.encoder.layer.1.output.dense.bias");
    write_checkpoint(tmp.path(), &tensors);
    let e = err_text(load_vit_params(tmp.path(), &tiny_config(), 0));
    assert!(e.contains("vit.encoder.layer.1.output.dense.bias"), "{e}");
    assert!(e.contains(&tmp.path().join("model.safetensors").display().to_string()), "{e}");

    let narrow = VitConfig { intermediate_size: 96, ..tiny_config() };
    let e = err_text(load_vit_params(&tiny_dir(), &narrow, 0));
    assert!(e.contains("vit.encoder.layer.0.intermediate.dense.weight: checkpoint has [128, 64], config needs [96, 64]"), "{e}");
    assert!(e.contains("model.safetensors"), "{e}");

    let deeper = VitConfig { num_hidden_layers: 3, ..tiny_config() };
    let e = err_text(load_vit_params(&tiny_dir(), &deeper, 0));
    assert!(e.contains("2 encoder layers") && e.contains("num_hidden_layers = 3"), "{e}");

    let wider = VitConfig { hidden_size: 128, intermediate_size: 128, ..tiny_config() };
    let e = err_text(load_vit_params(&tiny_dir(), &wider, 0));
    assert!(e.contains("vit.embeddings.cls_token: checkpoint has [1, 1, 64], config needs [1, 1, 128]"), "{e}");
}

#[test]
fn unexpected_tensors_are_noted_not_fatal() {
    let tmp = tempfile::tempdir().unwrap();
    let mut tensors = fixture_tensors();
    tensors.insert("vit.extra.thing".into(), HostTensor::zeros(DType::F32, &[2]));
    write_checkpoint(tmp.path(), &tensors);
    let (_, report) = load_vit_params(tmp.path(), &tiny_config(), 0).unwrap();
    assert_eq!(report.notes.len(), 1);
    assert!(report.notes[0].contains("vit.extra.thing"), "{:?}", report.notes);
}

#[test]
fn save_hf_dir_round_trips_atomically() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("nested/run1");
    let cfg = tiny_config().with_labels(vec!["cat".into(), "dog".into(), "emu".into()]);
    let pre = Preprocessor { image_mean: [0.485, 0.456, 0.406], ..Preprocessor::for_config(&cfg) };
    let (params, report) = load_vit_params(&tiny_dir(), &cfg, 7).unwrap();
    assert!(report.classifier_reinitialized.is_some());
    let named: Vec<(String, HostTensor)> = xlavit::model::vit::params(&cfg).into_iter().map(|p| p.name).zip(params.clone()).collect();

    // Twice: the second save replaces the first in place.
    for _ in 0..2 {
        save_hf_dir(&out, &cfg, &pre, &named).unwrap();
    }
    let mut files: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files, ["config.json", "model.safetensors", "preprocessor_config.json"], "no temporary files left");

    let cfg2 = VitConfig::from_json_file(&out.join("config.json")).unwrap();
    assert_eq!(cfg2.to_json(), cfg.to_json());
    assert_eq!(cfg2.labels, ["cat", "dog", "emu"]);
    assert_eq!(cfg2.extra["pooler_act"], "tanh", "unknown keys survive");
    assert_eq!(Preprocessor::load_or_default(&out, &cfg2).unwrap(), pre);

    let (params2, report2) = load_vit_params(&out, &cfg2, 999).unwrap();
    assert!(report2.notes.is_empty(), "{:?}", report2.notes);
    assert_eq!(params2, params);

    let bytes = std::fs::read(out.join("model.safetensors")).unwrap();
    let (_, meta) = SafeTensors::read_metadata(&bytes).unwrap();
    assert_eq!(meta.metadata().as_ref().unwrap().get("format").map(String::as_str), Some("pt"));
    let text = std::fs::read_to_string(out.join("config.json")).unwrap();
    assert!(text.ends_with("}\n") && text.contains("\n  \"architectures\""), "{text}");
}

#[test]
fn save_hf_dir_rejects_params_that_do_not_fit_the_config() {
    let tmp = tempfile::tempdir().unwrap();
    let cfg = tiny_config();
    let pre = Preprocessor::for_config(&cfg);
    let (params, _) = load_vit_params(&tiny_dir(), &cfg, 0).unwrap();
    let mut named: Vec<(String, HostTensor)> = xlavit::model::vit::params(&cfg).into_iter().map(|p| p.name).zip(params).collect();
    named[3].1 = HostTensor::zeros(DType::F32, &[3]);
    let e = err_text(save_hf_dir(tmp.path(), &cfg, &pre, &named));
    assert!(e.contains("vit.embeddings.patch_embeddings.projection.bias"), "{e}");
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0, "nothing written");
}

#[test]
fn corrupt_or_missing_checkpoints_are_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(tiny_dir().join("model.safetensors")).unwrap();
    for (case, content) in [("garbage", b"definitely not safetensors".to_vec()), ("truncated", bytes[..bytes.len() / 2].to_vec()), ("empty", vec![])] {
        let dir = tmp.path().join(case);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("model.safetensors"), content).unwrap();
        let e = err_text(load_tensors(&dir));
        assert!(e.contains(&dir.join("model.safetensors").display().to_string()), "{case}: {e}");
    }

    let missing = tmp.path().join("no_such_model");
    let e = err_text(load_vit_params(&missing, &tiny_config(), 0));
    assert!(e.contains("does not exist") && e.contains("no_such_model"), "{e}");
    let e = err_text(resolve_model(missing.to_str().unwrap()));
    assert!(e.contains("does not exist") && e.contains("no_such_model"), "{e}");
    let e = err_text(resolve_model("./relative/missing/dir"));
    assert!(e.contains("does not exist"), "{e}");

    let empty = tmp.path().join("empty_dir");
    std::fs::create_dir_all(&empty).unwrap();
    let e = err_text(load_tensors(&empty));
    assert!(e.contains("model.safetensors") && e.contains("empty_dir"), "{e}");
}

#[test]
fn sharded_and_half_precision_checkpoints_load() {
    let tmp = tempfile::tempdir().unwrap();
    let all = fixture_tensors();
    // Two shards plus the index, as transformers writes large models.
    let (first, second): (BTreeMap<_, _>, BTreeMap<_, _>) = all.clone().into_iter().partition(|(n, _)| n.contains("layer.0"));
    write_safetensors(&tmp.path().join("model-00001-of-00002.safetensors"), &first);
    write_safetensors(&tmp.path().join("model-00002-of-00002.safetensors"), &second);
    let mut map = serde_json::Map::new();
    for n in first.keys() {
        map.insert(n.clone(), "model-00001-of-00002.safetensors".into());
    }
    for n in second.keys() {
        map.insert(n.clone(), "model-00002-of-00002.safetensors".into());
    }
    let index = serde_json::json!({"metadata": {"total_size": 323604}, "weight_map": map});
    std::fs::write(tmp.path().join("model.safetensors.index.json"), index.to_string()).unwrap();
    std::fs::copy(tiny_dir().join("config.json"), tmp.path().join("config.json")).unwrap();
    assert_eq!(load_tensors(tmp.path()).unwrap(), all);
    let (params, _) = load_vit_params(tmp.path(), &tiny_config(), 0).unwrap();
    assert_eq!(params[0], all["vit.embeddings.cls_token"]);

    // f16/bf16/f64 widen to f32; integer tensors keep their type.
    let half_dir = tmp.path().join("half");
    std::fs::create_dir_all(&half_dir).unwrap();
    let vals = [0.5f64, -1.25, 3.0];
    let mixed = BTreeMap::from([
        ("a".to_string(), HostTensor::from_f64_lossy(DType::F16, &[3], &vals).unwrap()),
        ("b".to_string(), HostTensor::from_f64_lossy(DType::BF16, &[3], &vals).unwrap()),
        ("c".to_string(), HostTensor::from_f64(&[3], &vals).unwrap()),
        ("d".to_string(), HostTensor::from_i64(&[2], &[7, -9]).unwrap()),
    ]);
    write_safetensors(&half_dir.join("model.safetensors"), &mixed);
    let got = load_tensors(&half_dir).unwrap();
    for k in ["a", "b", "c"] {
        assert_eq!(got[k].dtype, DType::F32, "{k}");
        assert_eq!(got[k].to_f32().unwrap(), [0.5, -1.25, 3.0], "{k}");
    }
    assert_eq!(got["d"].to_i64().unwrap(), [7, -9]);
}

fn offline_options(cache: &Path) -> HubOptions {
    HubOptions { cache_dir: cache.to_path_buf(), offline: true, endpoint: None, token: None, progress: false }
}

#[test]
fn hub_id_resolves_from_offline_cache() {
    let cache = tempfile::tempdir().unwrap();
    let snapshot = common::tiny_vit_in_hub_cache(cache.path(), &["config.json", "preprocessor_config.json", "model.safetensors"]);

    let dir = resolve_model_with("acme/tiny-vit", &offline_options(cache.path())).unwrap();
    assert_eq!(dir, snapshot);
    let (params, report) = load_vit_params(&dir, &tiny_config(), 0).unwrap();
    assert!(report.notes.is_empty());
    assert_eq!(params.len(), 40);

    // Not in the cache, offline: the error names the id and points to a local directory.
    let e = err_text(resolve_model_with("acme/other-model", &offline_options(cache.path())));
    assert!(e.contains("acme/other-model") && e.contains("HF_HUB_OFFLINE") && e.contains("local directory"), "{e}");

    // Cached config without weights is incomplete, not a silent success.
    std::fs::remove_file(snapshot.join("model.safetensors")).unwrap();
    let e = err_text(resolve_model_with("acme/tiny-vit", &offline_options(cache.path())));
    assert!(e.contains("acme/tiny-vit") && e.contains("model.safetensors"), "{e}");
    // ... but all that the commands reading only the configs (compile, prepare) fetch.
    assert_eq!(resolve_model_config_with("acme/tiny-vit", &offline_options(cache.path())).unwrap(), snapshot);
    std::fs::remove_file(snapshot.join("config.json")).unwrap();
    let e = err_text(resolve_model_config_with("acme/tiny-vit", &offline_options(cache.path())));
    assert!(e.contains("acme/tiny-vit") && e.contains("config.json") && !e.contains("model.safetensors"), "{e}");
}

#[test]
fn unreachable_hub_is_one_clear_error() {
    let cache = tempfile::tempdir().unwrap();
    // Port 9 (discard) on loopback: refused at once, no real network involved.
    let opts = HubOptions { offline: false, endpoint: Some("http://127.0.0.1:9".into()), ..offline_options(cache.path()) };
    let e = err_text(resolve_model_with("google/vit-base-patch16-224", &opts));
    assert!(e.contains("google/vit-base-patch16-224") && e.contains("local directory"), "{e}");
    assert!(e.contains("config.json"), "{e}");
}

#[test]
fn hub_offline_flag_parses_like_huggingface_hub() {
    for v in ["1", "true", "ON", "yes", " True "] {
        assert!(env_flag_is_true(Some(v)), "{v}");
    }
    for v in ["0", "false", "", "off"] {
        assert!(!env_flag_is_true(Some(v)), "{v}");
    }
    assert!(!env_flag_is_true(None));
}

#[test]
fn a_non_finite_weight_is_named_not_loaded() {
    for (value, shown) in [(f32::NAN, "NaN"), (f32::INFINITY, "inf")] {
        let tmp = tempfile::tempdir().unwrap();
        let mut t = fixture_tensors();
        let name = "vit.encoder.layer.1.output.dense.weight";
        let w = t.get_mut(name).unwrap();
        w.data[4 * 7..4 * 8].copy_from_slice(&value.to_le_bytes());
        write_checkpoint(tmp.path(), &t);
        let e = err_text(load_vit_params(tmp.path(), &tiny_config(), 0));
        assert!(e.contains(name) && e.contains(&format!("element 7 is {shown}")) && e.contains("model.safetensors"), "{e}");
    }
}

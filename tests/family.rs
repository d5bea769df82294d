//! The ViT family (DeiT, DINOv2 with and without registers, SwiGLU, `--image-size`) against
//! `transformers`: logits of tiny random checkpoints that transformers wrote
//! (tests/fixtures/family, made by scripts/reference/make_family_fixtures.py), checkpoints
//! written back under transformers' names and classes, and each new layer's gradients against
//! finite differences.

mod common;

use common::*;
use std::path::Path;
use xlavit::checkpoint::read_safetensors;
use xlavit::dtype::DType;
use xlavit::graph::{Builder, Tensor};
use xlavit::host::HostTensor;
use xlavit::model::preprocessor::Preprocessor;
use xlavit::model::vit::{self, VitParams};
use xlavit::model::vit_config::VitConfig;

const CASES: [&str; 17] = [
    "vit_interpolated",
    "deit",
    "deit_distilled",
    "dinov2",
    "dinov2_swiglu",
    "dinov2_registers",
    "dinov2_registers_up",
    "clip",
    "clip_interpolated",
    "siglip",
    "siglip_interpolated",
    // The classifier on SigLIP's attention-pooling head (transformers' pooler_output).
    "siglip_map",
    "beit",
    "beit_shared",
    "beit_interpolated",
    // Both relative tables resized bilinearly (4x4 -> 6x6 patches), as BEiT's interpolate_pos_encoding=True.
    "beit_relative_interpolated",
    // timm's names and config.json (made by scripts/reference/make_timm_fixture.py), read as a vit.
    "timm_vit",
];

/// The cases whose positions `--image-size` resized when loading: (case, checkpoint's shape, new shape).
const RESIZED: [(&str, [i64; 3], [i64; 3]); 5] = [
    ("vit_interpolated", [1, 17, 32], [1, 37, 32]),
    ("beit_relative_interpolated", [1, 17, 32], [1, 37, 32]),
    ("clip_interpolated", [1, 17, 32], [1, 37, 32]),
    ("siglip_interpolated", [1, 16, 32], [1, 36, 32]),
    ("beit_interpolated", [1, 17, 32], [1, 37, 32]),
];

/// The case's model at the size its logits were computed at.
fn load(dir: &Path) -> (VitConfig, Vec<HostTensor>, Vec<String>) {
    // A fixture's meta.json gives the size its logits were computed at.
    let size = std::fs::read_to_string(dir.join("meta.json")).ok().map(|m| serde_json::from_str::<serde_json::Value>(&m).unwrap()["image_size"].as_u64().unwrap() as u32);
    let (cfg, pre) = xlavit::checkpoint::model_config(Some(dir.to_str().unwrap()), None).unwrap();
    let (cfg, _) = xlavit::checkpoint::at_image_size(cfg, pre, size).unwrap();
    let (params, report) = xlavit::checkpoint::load_vit_params(dir, &cfg, 0).unwrap();
    assert!(report.classifier_reinitialized.is_none(), "{}: {:?}", dir.display(), report.notes);
    (cfg, params, report.notes)
}

/// Logits for normalized pixels `[B, S, S, 3]`.
fn logits(cfg: &VitConfig, params: &[HostTensor], pixels: &HostTensor) -> Vec<f32> {
    let specs = vit::params(cfg);
    let b = Builder::new("family_logits");
    let p: Vec<Tensor> = specs.iter().map(|s| b.parameter(&s.name, DType::F32, s.dims()).unwrap()).collect();
    let x = b.parameter("pixels", DType::F32, &pixels.dims).unwrap();
    let logits = vit::forward(cfg, &VitParams::new(&specs, &p).unwrap(), &x).unwrap();
    let f = b.finish(&[("logits", &logits)]).unwrap();
    let mut inputs = params.to_vec();
    inputs.push(pixels.clone());
    run(&client(), &f, &inputs).unwrap()[0].to_f32().unwrap()
}

#[test]
fn logits_match_transformers_for_every_type() {
    for case in CASES {
        let dir = fixture(&format!("family/{case}"));
        let (cfg, params, _) = load(&dir);
        let expected = read_safetensors(&dir.join("expected.safetensors")).unwrap();
        let got = logits(&cfg, &params, &expected["pixels"]);
        let want = expected["logits"].to_f32().unwrap();
        let e = rel_err(&got, &want);
        assert!(e < 1e-5, "{case}: relative error {e}: got {got:?}, want {want:?}");
    }
}

#[test]
fn each_type_reads_its_own_options() {
    use xlavit::model::family::{Head, ModelType};
    let cfg = |case: &str| load(&fixture(&format!("family/{case}"))).0;
    let deit = cfg("deit_distilled");
    assert_eq!((deit.family.model_type, deit.family.head, deit.family.prefix_tokens()), (ModelType::Deit, Head::Distilled, 2));
    assert_eq!(cfg("deit").family.head, Head::Cls);
    let regs = cfg("dinov2_registers");
    assert_eq!((regs.family.registers, regs.family.head, regs.layer_norm_eps), (3, Head::ClsAndPatchMean, 1e-6));
    // The checkpoint keeps its 6x6 grid; the model runs at 28 px (4x4 patches).
    assert_eq!((regs.image_size, regs.input_size(), regs.num_patches(), regs.input_patches()), (42, 28, 36, 16));
    let swiglu = cfg("dinov2_swiglu");
    // hidden 32 x mlp_ratio 4 = 128, two thirds rounded up to a multiple of 8: 88.
    assert!(swiglu.family.swiglu);
    assert_eq!(swiglu.intermediate_size, 88);
    let vit = cfg("vit_interpolated");
    assert_eq!((vit.image_size, vit.input_size()), (42, 42));
    // LayerScale and the tokens are not decayed (timm's choice for 1-D gains and tokens).
    let specs = vit::params(&regs);
    for name in ["dinov2_with_registers.encoder.layer.0.layer_scale1.lambda1", "dinov2_with_registers.embeddings.register_tokens", "dinov2_with_registers.embeddings.mask_token"] {
        let s = specs.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no {name}"));
        assert!(!s.decay(), "{name} decays");
    }
    assert!(specs.iter().find(|s| s.name.ends_with("mlp.fc1.weight")).unwrap().decay());
    let err = format!("{:#}", VitConfig::from_json_str(r#"{"model_type": "swin"}"#).unwrap_err());
    assert!(err.contains("swin") && err.contains("dinov2_with_registers"), "{err}");

    // BEiT: which tables, LayerScale, pooling; the relative tables are not decayed (as timm's
    // no_weight_decay list says); another size is refused while they are there.
    let beit = cfg("beit");
    assert!(beit.family.relative_bias_per_layer && !beit.family.relative_bias_shared && !beit.family.absolute_positions);
    assert_eq!((beit.family.head, beit.family.final_norm, beit.family.layer_scale), (Head::TokenMean, xlavit::model::family::FinalNorm::Pooled, Some(0.1)));
    let shared = cfg("beit_shared");
    assert!(shared.family.relative_bias_shared && shared.family.absolute_positions && shared.family.mask_token);
    assert_eq!(shared.family.head, Head::Cls);
    let specs = vit::params(&beit);
    let table = specs.iter().find(|s| s.name == "beit.encoder.layer.1.attention.attention.relative_position_bias.relative_position_bias_table").unwrap();
    assert_eq!((table.dims(), table.decay()), (&[7 * 7 + 3, 4][..], false));
    assert!(!specs.iter().any(|s| s.name.ends_with("attention.key.bias")), "BEiT's key has no bias");
    // Another size resizes its relative tables when loading: (2*6-1)^2 + 3 rows at 42 px.
    let big = beit.at_image_size(42).unwrap();
    let table = vit::params(&big).into_iter().find(|s| s.name.ends_with("layer.0.attention.attention.relative_position_bias.relative_position_bias_table")).unwrap();
    assert_eq!((big.image_size, table.dims()), (42, &[11 * 11 + 3, 4][..]));

    // CLIP and SigLIP: the tower's keys come from vision_config, the labels from the outer config.
    let clip = cfg("clip");
    assert_eq!((clip.family.model_type, clip.family.head, clip.family.prefix_tokens()), (ModelType::Clip, Head::TokenMean, 1));
    assert_eq!((clip.hidden_act.as_str(), clip.layer_norm_eps, clip.patch_size, clip.num_hidden_layers), ("quick_gelu", 1e-5, 7, 2));
    assert_eq!(clip.labels, ["ant", "bee", "cat"]);
    assert_eq!(clip.family.final_norm, xlavit::model::family::FinalNorm::Unused);
    let (siglip, _, notes) = load(&fixture("family/siglip"));
    assert_eq!((siglip.family.prefix_tokens(), siglip.hidden_act.as_str(), siglip.layer_norm_eps), (0, "gelu_pytorch_tanh", 1e-6));
    assert!(notes.iter().any(|n| n.contains("attention-pooling head") && n.contains("dropped")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("ignored") && n.contains("pooler")), "{notes:?}");
    assert!(!vit::params(&siglip).iter().any(|p| p.name.contains("embeddings.class") || p.name.contains("cls")));
    // --pooling map's config: the attention-pooling head, its probe a token (not decayed), its
    // stacked q/k/v matrix a weight (decayed); the key named where it cannot apply.
    let map = cfg("siglip_map");
    assert_eq!(map.family.head, Head::AttentionPool);
    let specs = vit::params(&map);
    let spec = |n: &str| specs.iter().find(|s| s.name == n).unwrap_or_else(|| panic!("no {n}"));
    assert!(!spec("vision_model.head.probe").decay() && spec("vision_model.head.attention.in_proj_weight").decay());
    assert!(!spec("vision_model.head.attention.in_proj_bias").decay() && spec("vision_model.head.mlp.fc2.weight").decay());
    for (json, want) in [
        (r#"{"model_type": "vit", "xlavit_pooling": "map"}"#, "a vit has none"),
        (r#"{"model_type": "siglip_vision_model", "xlavit_pooling": "max"}"#, "must be \"map\" or \"mean\""),
        (r#"{"model_type": "siglip_vision_model", "xlavit_pooling": "map", "vision_use_head": false}"#, "vision_use_head is false"),
    ] {
        let err = format!("{:#}", VitConfig::from_json_str(json).unwrap_err());
        assert!(err.contains("xlavit_pooling") && err.contains(want), "{json}: {err}");
    }
    // A CLIP vision tower alone (CLIPVisionModel's config) reads as CLIP too.
    let tower = VitConfig::from_json_str(r#"{"model_type": "clip_vision_model", "patch_size": 16}"#).unwrap();
    assert_eq!((tower.family.model_type, tower.patch_size, tower.hidden_act.as_str()), (ModelType::Clip, 16, "quick_gelu"));
    let err = format!("{:#}", VitConfig::from_json_str(r#"{"model_type": "siglip", "vision_config": {"hidden_act": "relu"}}"#).unwrap_err());
    assert!(err.contains("hidden_act \"relu\"") && err.contains("quick_gelu"), "{err}");
}

#[test]
fn checkpoints_written_keep_the_names_and_class_transformers_wrote() {
    for case in CASES.into_iter().filter(|c| *c != "timm_vit") {
        let dir = fixture(&format!("family/{case}"));
        let (cfg, params, notes) = load(&dir);
        let out = tempfile::tempdir().unwrap();
        let named: Vec<(String, HostTensor)> = vit::params(&cfg).into_iter().map(|p| p.name).zip(params.iter().cloned()).collect();
        xlavit::checkpoint::save_hf_dir(out.path(), &cfg, &Preprocessor::for_config(&cfg), &named).unwrap();
        let written = read_safetensors(&out.path().join("model.safetensors")).unwrap();
        let original = read_safetensors(&dir.join("model.safetensors")).unwrap();
        // SigLIP's attention-pooling head, when its classifier does not use it, is dropped.
        let kept = |k: &String| case == "siglip_map" || !k.starts_with("vision_model.head.");
        let names = |m: &std::collections::BTreeMap<String, HostTensor>| m.keys().filter(|k| kept(k)).cloned().collect::<Vec<_>>();
        assert_eq!(names(&written), names(&original), "{case}");
        for (k, t) in original.iter().filter(|(k, _)| kept(k)) {
            // Only an interpolated model changes a shape: its positions, to the new size.
            if let Some((_, from, to)) = RESIZED.iter().find(|r| r.0 == case).filter(|_| k.contains("position_embedding")) {
                let flat = |d: &[i64; 3]| if k.starts_with("vision_model.") { d[1..].to_vec() } else { d.to_vec() };
                assert_eq!(written[k].dims, flat(to), "{case} {k}");
                let note = format!("resized from {:?} to {:?}", flat(from), flat(to));
                assert!(notes.iter().any(|n| n.contains(&note)), "{case}: {note} not in {notes:?}");
            } else if k.ends_with("relative_position_bias_table") && case == "beit_relative_interpolated" {
                // (2*4-1)^2 + 3 offsets to (2*6-1)^2 + 3, for 4 heads.
                assert_eq!((&t.dims[..], &written[k].dims[..]), (&[52, 4][..], &[124, 4][..]), "{case} {k}");
                assert!(notes.iter().any(|n| n.contains(k.as_str()) && n.contains("bilinear")), "{case}: {notes:?}");
            } else {
                assert_eq!(&written[k], t, "{case} {k}");
            }
        }
        let read = |p: &Path| -> serde_json::Value { serde_json::from_str(&std::fs::read_to_string(p.join("config.json")).unwrap()).unwrap() };
        let (w, o) = (read(out.path()), read(&dir));
        for key in ["model_type", "architectures", "id2label"] {
            assert_eq!(w[key], o[key], "{case} {key}");
        }
        // CLIP's and SigLIP's tower keys sit in vision_config, beside a text tower's, kept.
        let tower = |v: &serde_json::Value| if v.get("vision_config").is_some() { v["vision_config"].clone() } else { v.clone() };
        let (wt, ot) = (tower(&w), tower(&o));
        for key in ["patch_size", "hidden_size", "hidden_act", "model_type", "layer_norm_eps"] {
            assert_eq!(wt[key], ot[key], "{case} {key}");
        }
        assert_eq!(w["text_config"], o["text_config"], "{case}");
        let want_size = if RESIZED.iter().any(|r| r.0 == case) { serde_json::json!(42) } else { ot["image_size"].clone() };
        assert_eq!(wt["image_size"], want_size, "{case}");
        if case.starts_with("siglip") {
            assert_eq!(wt["vision_use_head"], case == "siglip_map", "{case}");
            assert_eq!(wt["xlavit_pooling"], ot["xlavit_pooling"], "{case}");
        }
        assert_eq!(w.get("intermediate_size").is_some(), o.get("intermediate_size").is_some(), "{case}: intermediate_size");
        // And xlavit reads back the same model.
        let again = VitConfig::from_json_file(&out.path().join("config.json")).unwrap();
        assert_eq!((again.family.clone(), again.intermediate_size), (cfg.family.clone(), cfg.intermediate_size), "{case}");
    }
}

#[test]
fn timm_checkpoints_load_as_vit_and_convert_writes_them_as_hf_vit() {
    let dir = fixture("family/timm_vit");
    let (cfg, pre) = xlavit::checkpoint::model_config(Some(dir.to_str().unwrap()), None).unwrap();
    assert_eq!((cfg.family.model_type, cfg.hidden_size, cfg.intermediate_size, cfg.layer_norm_eps), (xlavit::model::family::ModelType::Vit, 32, 64, 1e-6));
    assert_eq!(cfg.labels, ["ant", "bee", "cat"]);
    // pretrained_cfg: bicubic, crop_pct 0.9 (the shortest edge to 28 / 0.9, then the crop).
    assert_eq!((pre.height, pre.resample, pre.shortest_edge), (28, 3, Some(31)));
    let out = tempfile::tempdir().unwrap();
    let hf = out.path().join("hf");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_xlavit"))
        .args(["convert", "--model", dir.to_str().unwrap(), "--out", hf.to_str().unwrap()])
        .env_remove("XLAVIT_PJRT_PLUGIN")
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let written = read_safetensors(&hf.join("model.safetensors")).unwrap();
    assert!(written.contains_key("vit.encoder.layer.1.attention.attention.value.bias") && !written.keys().any(|k| k.contains("qkv")));
    let config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(hf.join("config.json")).unwrap()).unwrap();
    assert_eq!((config["model_type"].as_str(), config["architectures"][0].as_str()), (Some("vit"), Some("ViTForImageClassification")));
    // The converted checkpoint gives timm's logits.
    let (cfg, params, _) = load(&hf);
    let expected = read_safetensors(&dir.join("expected.safetensors")).unwrap();
    let e = rel_err(&logits(&cfg, &params, &expected["pixels"]), &expected["logits"].to_f32().unwrap());
    assert!(e < 1e-5, "converted timm checkpoint: relative error {e}");
    // A timm option xlavit does not build is named.
    let odd = out.path().join("odd");
    std::fs::create_dir(&odd).unwrap();
    std::fs::copy(dir.join("model.safetensors"), odd.join("model.safetensors")).unwrap();
    let text = std::fs::read_to_string(dir.join("config.json")).unwrap().replace(r#""global_pool": "token""#, r#""global_pool": "avg""#);
    std::fs::write(odd.join("config.json"), text).unwrap();
    let err = format!("{:#}", xlavit::checkpoint::model_config(Some(odd.to_str().unwrap()), None).unwrap_err());
    assert!(err.contains("odd/config.json") && err.contains("global_pool \"avg\""), "{err}");
}

/// Four AdamW steps of each type against the same steps in torch + transformers
/// (scripts/reference/make_family_train_fixture.py): losses, gradient norms and every final
/// parameter. Every parameter the reference trains moves, the ones it never touches (DINOv2's
/// and BEiT's mask token, CLIP's post_layernorm) stay; the decay mask is the reference's, which
/// it draws from module types (the weights of Linear and Conv2d layers only).
#[test]
fn short_training_runs_match_torch_for_every_type() {
    use xlavit::runtime::{Arg, Buffer};
    let opt = xlavit::optim::AdamW {
        schedule: xlavit::optim::Schedule::Constant(2e-3),
        b1: 0.9,
        b2: 0.999,
        eps: 1e-8,
        weight_decay: 0.3,
        clip_norm: Some(1.0),
    };
    let client = client();
    for case in ["deit_distilled", "dinov2_registers", "dinov2_swiglu", "clip", "siglip", "siglip_map", "beit", "beit_shared"] {
        let dir = fixture(&format!("family/{case}"));
        let (cfg, init, _) = load(&dir);
        let reference = read_safetensors(&dir.join("train.safetensors")).unwrap();
        let pre = Preprocessor::for_config(&cfg);
        let f = xlavit::train_step::vit_train_step(&cfg, &pre, 8, &opt, &xlavit::augment::Augment::off(), Default::default()).unwrap();
        let exe = client.compile(&xlavit::emit::program(&f).unwrap()).unwrap();
        let n = init.len();
        let mut state: Vec<Buffer> = upload_train_state(&client, &init);
        let images = client.to_device(&reference["images"], 0).unwrap();
        let labels = client.to_device(&reference["labels"], 0).unwrap();
        let key = client.to_device(&HostTensor::from_u64(&[2], &[0, 0]).unwrap(), 0).unwrap();
        let (mut losses, mut norms) = (vec![], vec![]);
        for _ in 0..4 {
            let mut args: Vec<Arg> = state.drain(..).map(Arg::Donate).collect();
            args.extend([Arg::Borrow(&images), Arg::Borrow(&labels), Arg::Borrow(&key)]);
            let mut out = exe.execute(args).unwrap();
            let m: Vec<f32> = out.split_off(3 * n + 1).iter().map(|b| b.to_host().unwrap().to_f32().unwrap()[0]).collect();
            state = out;
            losses.push(m[0]);
            norms.push(m[3]);
        }
        let e = rel_err(&losses, &reference["losses"].to_f32().unwrap());
        assert!(e < 1e-4, "{case}: losses {losses:?} vs {:?}", reference["losses"].to_f32().unwrap());
        let e = rel_err(&norms, &reference["grad_norms"].to_f32().unwrap());
        assert!(e < 1e-4, "{case}: gradient norms {norms:?} vs {:?}", reference["grad_norms"].to_f32().unwrap());
        for (i, spec) in vit::params(&cfg).iter().enumerate() {
            let got = state[i].to_host().unwrap().to_f32().unwrap();
            let start = init[i].to_f32().unwrap();
            let want = reference[&format!("final.{}", spec.name)].to_f32().unwrap();
            let moved = |v: &[f32]| v.iter().zip(&start).any(|(a, b)| a != b);
            let torch_moved = moved(&want);
            assert_eq!(moved(&got), torch_moved, "{case} {}: xlavit moved it: {}, torch: {torch_moved}", spec.name, moved(&got));
            // A key bias's gradient is zero up to rounding (softmax ignores a shift per query),
            // which Adam's normalization turns into steps of either sign: only their size is
            // compared. SigLIP's pooling attention stacks it between the query's and the value's.
            let key_bias = if spec.name.contains("attention.key.bias") || spec.name.contains("k_proj.bias") {
                0..got.len()
            } else if spec.name.ends_with("in_proj_bias") {
                got.len() / 3..2 * got.len() / 3
            } else {
                0..0
            };
            if !key_bias.is_empty() {
                assert!(max_abs_diff(&got[key_bias.clone()], &want[key_bias.clone()]) < 4.0 * 2e-3 * 1.01, "{case} {}", spec.name);
                if key_bias.len() == got.len() {
                    continue;
                }
            }
            let keep = |v: &[f32]| -> Vec<f32> { v.iter().enumerate().filter(|(i, _)| !key_bias.contains(i)).map(|(_, x)| *x).collect() };
            let (got, want, start) = (keep(&got), keep(&want), keep(&start));
            let e = rel_err(&got, &want);
            assert!(e < 1e-4, "{case} final {}: relative error {e}", spec.name);
            let du: Vec<f32> = got.iter().zip(&start).map(|(a, b)| a - b).collect();
            let dw: Vec<f32> = want.iter().zip(&start).map(|(a, b)| a - b).collect();
            if torch_moved {
                assert!(rel_err(&du, &dw) < 1e-2, "{case} update of {}: relative error {}", spec.name, rel_err(&du, &dw));
            }
        }
    }
}

/// The loss's gradients of the `config` model at `size` against finite differences.
fn check_model_gradients(config: &str, size: i64) {
    let cfg = VitConfig::from_json_str(config).unwrap();
    let (cfg, _) = xlavit::checkpoint::at_image_size(cfg.clone(), Preprocessor::for_config(&cfg), Some(size as u32)).unwrap();
    check_vit_gradients(&cfg);
}

#[test]
fn dinov2_gradients_match_finite_differences() {
    // Registers, SwiGLU, LayerScale, the CLS + patch-mean head, and the antialiased resize of a
    // 3x3 position grid to 2x2 inside the program.
    check_model_gradients(
        r#"{"model_type": "dinov2_with_registers", "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2,
            "mlp_ratio": 3, "use_swiglu_ffn": true, "num_register_tokens": 2, "image_size": 12, "patch_size": 4,
            "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
        8,
    );
    // Without registers the resize is torch's plain bicubic: 2x2 grown to 3x3.
    check_model_gradients(
        r#"{"model_type": "dinov2", "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2,
            "mlp_ratio": 2, "image_size": 8, "patch_size": 4, "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
        12,
    );
}

#[test]
fn distilled_deit_gradients_match_finite_differences() {
    check_model_gradients(
        r#"{"model_type": "deit", "architectures": ["DeiTForImageClassificationWithTeacher"], "hidden_size": 8,
            "num_hidden_layers": 1, "num_attention_heads": 2, "intermediate_size": 12, "image_size": 8, "patch_size": 4,
            "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
        8,
    );
}

#[test]
fn clip_and_siglip_gradients_match_finite_differences() {
    // CLIP: the flat class embedding and positions, no patch bias, pre_layrnorm, quick_gelu, the
    // head on the patch tokens before post_layernorm.
    check_model_gradients(
        r#"{"model_type": "clip", "vision_config": {"hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2,
            "intermediate_size": 12, "image_size": 8, "patch_size": 4}, "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
        8,
    );
    // SigLIP: no CLS token, tanh GELU, the mean of all tokens after post_layernorm ...
    check_model_gradients(
        r#"{"model_type": "siglip_vision_model", "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2,
            "intermediate_size": 12, "image_size": 8, "patch_size": 4, "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
        8,
    );
    // ... or its attention-pooling head: the probe, the stacked q/k/v projection, the MLP.
    check_model_gradients(
        r#"{"model_type": "siglip_vision_model", "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2,
            "intermediate_size": 12, "image_size": 8, "patch_size": 4, "xlavit_pooling": "map",
            "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
        8,
    );
}

#[test]
fn beit_gradients_match_finite_differences() {
    // Per-layer and shared relative bias tables at once, LayerScale, mean pooling and its norm.
    check_model_gradients(
        r#"{"model_type": "beit", "hidden_size": 8, "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 12,
            "image_size": 12, "patch_size": 4, "use_relative_position_bias": true, "use_shared_relative_position_bias": true,
            "layer_scale_init_value": 0.5, "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
        12,
    );
}

#[test]
fn a_vit_at_another_size_is_refused_when_the_size_does_not_fit_its_patches() {
    let cfg = VitConfig::tiny();
    let err = format!("{:#}", xlavit::checkpoint::at_image_size(cfg.clone(), Preprocessor::for_config(&cfg), Some(36)).unwrap_err());
    assert!(err.contains("--image-size 36") && err.contains("multiple of the patch size 8"), "{err}");
    let dir = fixture("family/deit");
    let cfg = VitConfig::from_json_file(&dir.join("config.json")).unwrap();
    // A checkpoint of one type under another type's config is named as such.
    let vit_cfg = VitConfig::from_json_str(&cfg.to_json().to_string().replace("\"deit\"", "\"vit\"")).unwrap();
    let err = format!("{:#}", xlavit::checkpoint::load_vit_params(&dir, &vit_cfg, 0).unwrap_err());
    assert!(err.contains("deit") && err.contains("model_type \"vit\""), "{err}");
}

#[test]
fn each_new_type_trains_and_predicts_from_the_command_line() {
    let bin = env!("CARGO_BIN_EXE_xlavit");
    let xlavit = |args: &[&str]| {
        let out = std::process::Command::new(bin).args(args).env("XLAVIT_COMPILE_CACHE", "off").env_remove("XLAVIT_PJRT_PLUGIN").output().unwrap();
        assert!(out.status.success(), "xlavit {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out
    };
    let models = String::from_utf8(xlavit(&["models"]).stdout).unwrap();
    for t in ["vit ", "deit ", "dinov2 ", "dinov2_with_registers ", "DeiTForImageClassificationWithTeacher", "clip ", "siglip ", "SiglipForImageClassification", "beit "] {
        assert!(models.contains(t), "{t} missing from:\n{models}");
    }
    let w = tempfile::tempdir().unwrap();
    let image = w.path().join("x.png");
    image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([(x * 6) as u8, (y * 8) as u8, 90])).save(&image).unwrap();
    for (case, class, pooling) in [
        ("deit_distilled", "DeiTForImageClassificationWithTeacher", None),
        ("dinov2_registers", "Dinov2WithRegistersForImageClassification", None),
        ("clip", "CLIPForImageClassification", None),
        ("siglip", "SiglipForImageClassification", None),
        ("siglip", "SiglipForImageClassification", Some("map")),
        ("beit", "BeitForImageClassification", None),
    ] {
        let run = w.path().join(format!("{case}-{}", pooling.unwrap_or("default")));
        let (run_s, cache) = (run.to_str().unwrap(), w.path().join("cache"));
        let model = fixture(&format!("family/{case}"));
        let mut args = vec!["train", "--model", model.to_str().unwrap(), "--image-size", "28", "--epochs", "1", "--batch-size", "8", "--out", run_s, "--cache-dir", cache.to_str().unwrap()];
        args.extend(pooling.iter().flat_map(|p| ["--pooling", p]));
        let log = String::from_utf8_lossy(&xlavit(&args).stderr).to_string();
        let cfg: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(run.join("best/config.json")).unwrap()).unwrap();
        assert_eq!(cfg["architectures"][0], class, "{case}");
        if case == "siglip" {
            let map = pooling == Some("map");
            let dropped = log.contains("attention-pooling head (vision_use_head) is dropped");
            assert_eq!((cfg["vision_config"]["vision_use_head"].as_bool(), dropped), (Some(map), !map), "{case} {pooling:?}: {log}");
            let saved = read_safetensors(&run.join("best/model.safetensors")).unwrap();
            assert_eq!(saved.contains_key("vision_model.head.probe"), map, "{case} {pooling:?}");
        }
        let best = run.join("best");
        let pred: serde_json::Value = serde_json::from_slice(&xlavit(&["predict", "--json", "--model", best.to_str().unwrap(), image.to_str().unwrap()]).stdout).unwrap();
        let logits = pred[0]["logits"].as_array().unwrap();
        assert!(logits.len() == 5 && logits.iter().all(|v| v.as_f64().unwrap().is_finite()), "{case}: {pred}");
        // eval of the checkpoint written, on the built-in data train used, gives its validation accuracy.
        let data = cache.join("builtin-shapes-v1-28px");
        let ev = String::from_utf8_lossy(&xlavit(&["eval", "--model", best.to_str().unwrap(), "--data", data.to_str().unwrap(), "--cache-dir", cache.to_str().unwrap(), "--out", run.join("eval").to_str().unwrap()]).stdout).to_string();
        let summary: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(run.join("summary.json")).unwrap()).unwrap();
        let best_acc = summary["best_val_accuracy"].as_f64().unwrap();
        assert!(ev.contains(&format!("accuracy {:.2}%", 100.0 * best_acc)), "{case}: eval says {ev}, training's best {best_acc}");
    }
    // --pooling is SigLIP's alone.
    let out = std::process::Command::new(bin)
        .args(["train", "--model", fixture("family/clip").to_str().unwrap(), "--pooling", "map", "--epochs", "1", "--out", w.path().join("no").to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("--pooling") && err.contains("only SigLIP"), "{err}");
}

#[test]
fn presets_of_the_released_shapes_for_bench_and_compile() {
    let (s, _) = xlavit::checkpoint::model_config(None, Some("dinov2-s14-reg")).unwrap();
    assert_eq!((s.hidden_size, s.intermediate_size, s.family.registers, s.image_size, s.input_size()), (384, 1536, 4, 518, 224));
    // The parameter count transformers 5.25 gives the same configuration.
    let count: i64 = vit::params(&s).iter().map(|p| p.shape.element_count()).sum();
    assert_eq!(count, 22_827_112, "transformers: Dinov2WithRegistersForImageClassification(hidden 384, heads 6, image 518, patch 14, 1000 labels)");
    // A registers config without patch_size takes its class's default, 16.
    assert_eq!(VitConfig::from_json_str(r#"{"model_type": "dinov2_with_registers"}"#).unwrap().patch_size, 16);
    // transformers' CLIPForImageClassification (patch 16) and SiglipForImageClassification
    // (vision_use_head false), 1000 labels.
    // BeitForImageClassification(use_relative_position_bias, use_mean_pooling), 1000 labels.
    // siglip-b16-map: SiglipForImageClassification with vision_use_head true (transformers
    // builds the pooling head; xlavit's classifier reads it).
    for (preset, want) in [("clip-b16", 86_568_424), ("siglip-b16", 86_566_120), ("siglip-b16-map", 93_653_224), ("beit-b16", 86_530_984)] {
        let (c, _) = xlavit::checkpoint::model_config(None, Some(preset)).unwrap();
        let count: i64 = vit::params(&c).iter().map(|p| p.shape.element_count()).sum();
        assert_eq!(count, want, "{preset}");
    }
    let err = format!("{:#}", xlavit::checkpoint::model_config(None, Some("clip-b32")).unwrap_err());
    assert!(err.contains("clip-b32") && err.contains("siglip-b16"), "{err}");
    let (d, _) = xlavit::checkpoint::model_config(None, Some("deit-b16-distilled")).unwrap();
    assert_eq!((d.family.head, d.labels.len()), (xlavit::model::family::Head::Distilled, 1000));
}

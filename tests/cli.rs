//! The command line as a user meets it: clear one-line errors for bad input,
//! and the commands' outputs.

mod common;

use common::fixture;
use std::process::{Command, Output};

/// The binary, with nothing from the caller's environment steering it.
fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_xlavit"));
    c.args(args)
        .env_remove("XLAVIT_PJRT_PLUGIN")
        .env_remove("XLA_FLAGS")
        .env_remove("TF_CPP_MIN_LOG_LEVEL")
        .env_remove("TF_CPP_VMODULE")
        .env_remove("TF_CPP_MAX_VLOG_LEVEL")
        .env("HF_HUB_OFFLINE", "1")
        // Tests write nothing into the home folder.
        .env("XLAVIT_COMPILE_CACHE", "off");
    c
}

fn xlavit(args: &[&str]) -> Output {
    command(args).output().unwrap()
}

/// Fails unless the command failed with exactly one `error:` line on stderr mentioning every `needle`.
fn assert_one_line_error(out: &Output, needles: &[&str]) {
    assert!(!out.status.success(), "expected failure");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().filter(|l| !l.starts_with("I0000") && !l.starts_with("WARNING: All log")).collect();
    assert_eq!(lines.len(), 1, "expected one line, got:\n{err}");
    assert!(lines[0].starts_with("error: "), "{err}");
    for n in needles {
        assert!(lines[0].contains(n), "error should mention {n:?}: {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn missing_plugin_is_a_one_line_error() {
    assert_one_line_error(&xlavit(&["devices", "--plugin", "/nonexistent/plugin.so"]), &["/nonexistent/plugin.so"]);
}

#[test]
fn unloadable_plugin_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("fake.so");
    std::fs::write(&fake, b"not a shared library").unwrap();
    assert_one_line_error(&xlavit(&["devices", "--plugin", fake.to_str().unwrap()]), &["fake.so"]);
}

#[test]
fn devices_reports_the_api_version() {
    let out = xlavit(&["devices"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("PJRT API: 0.") && s.contains("platform: cpu") && s.contains("device 0"), "{s}");
    // XLA's INFO lines from inside the plugin stay out of the user's terminal.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.lines().any(|l| l.starts_with("I0000") || l.contains("cpu_device_count set via")), "{err}");
}

#[test]
fn compile_dump_hlo_writes_ours_and_xlas_hlo() {
    let dir = tempfile::tempdir().unwrap();
    let out = xlavit(&["compile", "--dump-hlo", "--out", dir.path().to_str().unwrap(), "--batch", "2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(dir.path().join("train_step.stablehlo.mlir")).unwrap();
    assert!(text.contains("func.func public @main") && text.contains("tf.aliasing_output"));
    // One function holds the forward (erf GELU), the backward (transposed dots) and the update (sqrt of moments).
    assert_eq!(text.matches("func.func").count(), 1);
    assert!(text.contains("chlo.erf") && text.contains("stablehlo.sqrt") && text.contains("rng_bit_generator"));
    let read = |f: &str| std::fs::read_to_string(dir.path().join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
    assert!(read("eval.stablehlo.mlir").starts_with("module @vit_eval_accumulating"));
    for (program, module) in [("train_step", "vit_train_step"), ("eval", "vit_eval_accumulating")] {
        let before = read(&format!("{program}.xla_hlo.before_optimizations.txt"));
        let after = read(&format!("{program}.xla_hlo.after_optimizations.txt"));
        for t in [&before, &after] {
            assert!(t.starts_with(&format!("HloModule {module},")), "{program}: {}", &t[..60.min(t.len())]);
        }
        assert_ne!(before, after, "{program}: XLA's optimized HLO differs from its input");
    }
    let summary: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["model_parameters"], 80901);
    assert!(summary["programs"]["train_step"]["compile_seconds"].as_f64().unwrap() > 0.0);
}

#[test]
fn corrupt_image_and_missing_model_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.jpg");
    std::fs::write(&bad, b"\xff\xd8\xff\xe0 this is not really a jpeg").unwrap();
    let model = fixture("tiny_vit");
    assert_one_line_error(&xlavit(&["predict", "--model", model.to_str().unwrap(), bad.to_str().unwrap()]), &["broken.jpg"]);
    assert_one_line_error(&xlavit(&["predict", "--model", dir.path().join("nope").to_str().unwrap(), bad.to_str().unwrap()]), &["nope"]);
}

#[test]
fn convert_with_a_new_head_saves_a_loadable_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("m");
    let out = xlavit(&["convert", "--model", fixture("tiny_vit").to_str().unwrap(), "--out", out_dir.to_str().unwrap(), "--labels", "cat,dog,fish"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("classifier re-initialized"));
    let img = fixture("images/img0.png");
    let out = xlavit(&["predict", "--json", "--top-k", "3", "--model", out_dir.to_str().unwrap(), img.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let labels: Vec<&str> = v[0]["top_k"].as_array().unwrap().iter().map(|t| t["label"].as_str().unwrap()).collect();
    let mut sorted = labels.clone();
    sorted.sort();
    assert_eq!(sorted, ["cat", "dog", "fish"]);
    let p: f64 = v[0]["probabilities"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).sum();
    assert!((p - 1.0).abs() < 1e-9);
}

#[test]
fn predict_batches_many_images_and_pads_the_last_batch() {
    let imgs: Vec<String> = (0..18).map(|i| fixture(&format!("images/img{}.png", i % 4)).display().to_string()).collect();
    let mut args = vec!["predict", "--json", "--model"];
    let model = fixture("tiny_vit").display().to_string();
    args.push(&model);
    args.extend(imgs.iter().map(|s| s.as_str()));
    let out = xlavit(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = common::predicted_logits(&serde_json::from_slice(&out.stdout).unwrap());
    let want = common::reference_predictions();
    assert_eq!((got.len(), want.len()), (18, 4));
    for (i, g) in got.iter().enumerate() {
        let w = &want[i % 4];
        assert!(common::rel_err(g, w) < 1e-5, "image {i}: {g:?} vs {w:?}");
    }
}

/// `--crop-area` adds the random-resized crop to the train step: a second resampling product
/// per image (rows, beside the flip's columns), a 3-D dot over the batch. Values outside (0, 1]
/// and the flag beside `--no-augment` are refused by the parser.
#[test]
fn crop_area_reaches_the_train_step_and_bad_values_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let resampling_dots = |extra: &[&str], name: &str| {
        let out_dir = dir.path().join(name);
        let mut args = vec!["compile", "--no-compile-cache", "--dump-hlo", "--out", out_dir.to_str().unwrap(), "--batch", "2"];
        args.extend_from_slice(extra);
        let out = xlavit(&args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = std::fs::read_to_string(out_dir.join("train_step.stablehlo.mlir")).unwrap();
        // The augmentation's products contract an image axis against a [B, size, size] matrix.
        text.lines().filter(|l| l.contains("stablehlo.dot_general") && l.contains("tensor<2x32x32xf32>")).count()
    };
    let (plain, cropped) = (resampling_dots(&[], "plain"), resampling_dots(&["--crop-area", "0.5"], "crop"));
    assert_eq!((plain, cropped), (1, 2), "resampling products without and with --crop-area");
    // bench says which augmentation its step ran.
    let json = dir.path().join("bench.json");
    let out = xlavit(&["bench", "--no-compile-cache", "--batch", "2", "--steps", "1", "--warmup", "0", "--crop-area", "0.5", "--json", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = "augmentation: flip, brightness ±0.2, contrast ±0.2, crop ≥ 0.5 of the area";
    assert!(String::from_utf8_lossy(&out.stdout).contains(said), "{}", String::from_utf8_lossy(&out.stdout));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(v["augmentation"], said.trim_start_matches("augmentation: "));
    for bad in ["0", "1.5", "-0.2", "nan"] {
        let flag = format!("--crop-area={bad}");
        let out = xlavit(&["train", &flag]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains("fraction of the image's area in (0, 1]"), "{bad}: {err}");
    }
    let out = xlavit(&["train", "--crop-area", "0.5", "--no-augment"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("cannot be used with"), "{err}");
}

/// On a client with several devices `compile` compiles the data-parallel programs `train` runs:
/// batch inputs split, one all-reduce of the gradients in XLA's program; a batch that does not
/// split is refused.
#[test]
fn compile_on_several_devices_compiles_the_data_parallel_programs() {
    let dir = tempfile::tempdir().unwrap();
    let out = xlavit(&["compile", "--no-compile-cache", "--dump-hlo", "--out", dir.path().to_str().unwrap(), "--batch", "4", "--cpu-devices", "2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("x 2 (data parallel)"), "{}", String::from_utf8_lossy(&out.stdout));
    let read = |f: &str| std::fs::read_to_string(dir.path().join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
    for program in ["train_step", "eval"] {
        let ours = read(&format!("{program}.stablehlo.mlir"));
        assert!(ours.contains("mhlo.num_partitions = 2") && ours.contains("devices=[2,1,1,1]0,1"), "{program}: images not split over 2 devices");
        let xla = read(&format!("{program}.xla_hlo.after_optimizations.txt"));
        assert!(xla.contains("all-reduce("), "{program}: no all-reduce in XLA's partitioned program");
    }
    let summary: serde_json::Value = serde_json::from_str(&read("summary.json")).unwrap();
    assert_eq!(summary["devices"], 2);
    assert_one_line_error(&xlavit(&["compile", "--batch", "3", "--cpu-devices", "2"]), &["--batch 3 does not split over the 2 devices"]);
}

#[test]
fn compile_takes_a_model_directory_and_the_mlp_program() {
    let out = xlavit(&["compile", "--model", fixture("tiny_vit").to_str().unwrap(), "--batch", "3"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("80901 model parameters") && s.contains("train_step:") && s.contains("eval:"), "{s}");
    let out = xlavit(&["compile", "--program", "mlp"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    // 64 -> 128 -> 128 -> 10 with biases
    assert!(s.contains(&format!("{} model parameters", 64 * 128 + 128 + 128 * 128 + 128 + 128 * 10 + 10)), "{s}");
    assert!(!s.contains("eval:"), "{s}");
    assert_one_line_error(&xlavit(&["compile", "--program", "mlp", "--config", "vit-b16"]), &["mlp"]);
    // Flag values are checked by the argument parser, which lists the choices.
    let out = xlavit(&["compile", "--program", "resnet"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("'resnet'") && err.contains("possible values: vit, mlp"), "{err}");
    assert_one_line_error(&xlavit(&["compile", "--config", "/no/such/config.json"]), &["/no/such/config.json"]);
}

/// Without the hardware, every command that opens a TPU or CUDA client fails at once with one line
/// naming what is missing, whether or not a plugin file exists (a TPU plugin left to itself would
/// retry the cloud metadata server for minutes).
#[test]
fn accelerators_fail_fast_without_hardware() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("libtpu.so");
    std::fs::write(&fake, b"never loaded").unwrap();
    let out_dir = dir.path().join("run");
    for (device, needle) in [("tpu", "no TPU is attached"), ("cuda", "no NVIDIA driver")] {
        let root = std::path::Path::new("/");
        let present = match device {
            "tpu" => xlavit::runtime::hardware::find_tpu(root).is_ok(),
            _ => xlavit::runtime::hardware::find_nvidia_driver(root).is_ok(),
        };
        if present {
            // The check lets the command through to the plugin (here a file that is no library).
            let stand_in = dir.path().join(if device == "tpu" { "libtpu.so" } else { "xla_cuda_plugin.so" });
            std::fs::write(&stand_in, b"not a library").unwrap();
            let out = xlavit(&["devices", "--device", device, "--plugin", stand_in.to_str().unwrap()]);
            assert_one_line_error(&out, &["loading PJRT plugin"]);
            assert!(!String::from_utf8_lossy(&out.stderr).contains(needle), "this machine has a {device}");
            continue;
        }
        for plugin in [None, Some(fake.to_str().unwrap())] {
            let commands: Vec<Vec<&str>> = vec![
                vec!["devices"],
                vec!["train", "--out", out_dir.to_str().unwrap()],
                vec!["bench", "--config", "vit-b16"],
                vec!["predict", "--model", "tests/fixtures/tiny_vit", "tests/fixtures/images/img0.png"],
            ];
            for mut args in commands {
                args.extend(["--device", device]);
                if let Some(p) = plugin {
                    args.extend(["--plugin", p]);
                }
                let t0 = std::time::Instant::now();
                let out = xlavit(&args);
                let secs = t0.elapsed().as_secs_f64();
                assert_one_line_error(&out, &[needle, "XLAVIT_SKIP_HARDWARE_CHECK"]);
                assert!(secs < 5.0, "{args:?} took {secs:.1} s");
            }
        }
    }
    assert!(!out_dir.exists(), "train wrote output before failing");
}

/// The escape hatch: with the check skipped, the plugin named is what gets loaded (and here fails).
#[test]
fn hardware_check_can_be_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("libtpu.so");
    std::fs::write(&fake, b"not a library").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xlavit"))
        .args(["devices", "--device", "tpu", "--plugin", fake.to_str().unwrap()])
        .env("XLAVIT_SKIP_HARDWARE_CHECK", "1")
        .output()
        .unwrap();
    assert_one_line_error(&out, &["libtpu.so"]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("no TPU is attached"));
}

/// A second `compile` of the same program loads it from the compile cache.
#[test]
fn second_compile_loads_from_the_compile_cache() {
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_xlavit"))
            .args(["compile", "--compile-cache", dir.path().to_str().unwrap()])
            .env_remove("XLAVIT_PJRT_PLUGIN")
            .env_remove("XLA_FLAGS")
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let out = String::from_utf8_lossy(&first.stdout).into_owned();
    assert!(out.contains("train_step") && !out.contains("loaded from the compile cache"), "{out}");
    let second = run();
    assert!(second.status.success(), "{}", String::from_utf8_lossy(&second.stderr));
    let out = String::from_utf8_lossy(&second.stdout).into_owned();
    assert_eq!(out.matches("loaded from the compile cache").count(), 2, "{out}");
}

/// Every file below `dir` with its bytes, to show that a refused command changed nothing.
fn snapshot(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files.extend(snapshot(&p));
        } else {
            files.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    files.sort();
    files
}

#[test]
fn convert_never_writes_over_a_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("m");
    common::copy_tree(&fixture("tiny_vit"), &m);
    let before = snapshot(&m);
    // Onto itself (the trained head would be replaced by a random one), and onto another checkpoint.
    assert_one_line_error(&xlavit(&["convert", "--model", m.to_str().unwrap(), "--out", m.to_str().unwrap(), "--num-labels", "2"]), &["--out", "being converted"]);
    let other = fixture("tiny_vit");
    assert_one_line_error(&xlavit(&["convert", "--model", other.to_str().unwrap(), "--out", m.to_str().unwrap()]), &["already holds a checkpoint", "model.safetensors"]);
    assert_eq!(snapshot(&m), before, "a refused convert changed the checkpoint");
}

#[test]
fn predict_refuses_a_checkpoint_whose_classifier_does_not_fit() {
    // The config names 3 labels, the weights hold a 5-label head: predictions would come from a random one.
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("m");
    common::copy_tree(&fixture("tiny_vit"), &m);
    let mut cfg: serde_json::Value = serde_json::from_slice(&std::fs::read(m.join("config.json")).unwrap()).unwrap();
    cfg["id2label"] = serde_json::json!({"0": "a", "1": "b", "2": "c"});
    cfg["label2id"] = serde_json::json!({"a": 0, "b": 1, "c": 2});
    std::fs::write(m.join("config.json"), serde_json::to_vec(&cfg).unwrap()).unwrap();
    let img = fixture("images/img0.png");
    let out = xlavit(&["predict", "--model", m.to_str().unwrap(), img.to_str().unwrap()]);
    assert_one_line_error(&out, &["no trained classifier", "3 labels", "5 labels"]);
    assert!(out.stdout.is_empty(), "no prediction may be printed: {}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn a_plugin_of_another_kind_is_refused_before_it_is_loaded() {
    // Not loadable files: only their names speak, so nothing of them runs (libtpu would look for
    // a cloud metadata server for minutes).
    let dir = tempfile::tempdir().unwrap();
    for (name, kind) in [("libtpu.so", "tpu"), ("xla_cuda_plugin.so", "cuda")] {
        let fake = dir.path().join(name);
        std::fs::write(&fake, b"never loaded").unwrap();
        let out = xlavit(&["devices", "--device", "cpu", "--plugin", fake.to_str().unwrap()]);
        assert_one_line_error(&out, &[name, &format!("is a {kind} plugin"), &format!("--device {kind}")]);
    }
    assert_one_line_error(&xlavit(&["devices", "--plugin", dir.path().to_str().unwrap()]), &["this is a folder"]);
}

#[test]
fn sizes_beyond_what_xla_handles_are_refused_not_aborted() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg: serde_json::Value = serde_json::from_slice(&std::fs::read(fixture("tiny_vit/config.json")).unwrap()).unwrap();
    cfg["hidden_size"] = serde_json::json!(2147483648u64);
    let path = dir.path().join("huge.json");
    std::fs::write(&path, serde_json::to_vec(&cfg).unwrap()).unwrap();
    assert_one_line_error(&xlavit(&["compile", "--config", path.to_str().unwrap()]), &["huge.json", "hidden_size 2147483648"]);
    for args in [&["devices", "--cpu-devices", "100000"][..], &["prepare", "--data", "x", "--image-size", "100000"][..]] {
        let out = xlavit(args);
        assert!(!out.status.success() && out.status.code() == Some(2), "{args:?}: {:?}", out.status);
        assert!(String::from_utf8_lossy(&out.stderr).contains("100000"), "{args:?}");
    }
}

#[test]
fn compile_and_prepare_fetch_only_the_configs_of_a_hub_model() {
    // An offline Hugging Face cache holding the tiny ViT's two configs and no weights.
    let hf = tempfile::tempdir().unwrap();
    common::tiny_vit_in_hub_cache(hf.path(), &["config.json", "preprocessor_config.json"]);
    let run = |args: &[&str]| command(args).env("HF_HUB_CACHE", hf.path()).output().unwrap();
    let out = run(&["compile", "--model", "acme/tiny-vit", "--batch", "2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("80901 model parameters"));
    let cache = tempfile::tempdir().unwrap();
    let out = run(&["prepare", "--data", fixture("train_folder").to_str().unwrap(), "--model", "acme/tiny-vit", "--cache-dir", cache.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let made: Vec<String> = std::fs::read_dir(cache.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(made.iter().any(|n| n.contains("-train-5c-32px-")), "decoded at the model's 32 px: {made:?}");
    // Commands that need the weights still ask for them, by name.
    let img = fixture("images/img0.png");
    assert_one_line_error(&run(&["predict", "--model", "acme/tiny-vit", img.to_str().unwrap()]), &["acme/tiny-vit", "model.safetensors"]);
}

/// A batch whose program XLA planned larger than the device's memory stops `train` before its
/// first step, naming what it needs, what the device has and the largest batch that fits; at
/// that batch the run goes through. (`XLAVIT_DEVICE_MEMORY` plays a small device.)
#[test]
fn train_refuses_a_batch_the_device_cannot_hold_and_names_one_that_fits() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let run = |out: &std::path::Path, extra: &[&str]| {
        let mut args = vec!["train", "--epochs", "1", "--cache-dir", cache.to_str().unwrap(), "--out", out.to_str().unwrap()];
        args.extend(extra);
        command(&args).env("XLAVIT_DEVICE_MEMORY", "3MiB").output().unwrap()
    };
    let out = dir.path().join("big");
    let o = run(&out, &[]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(!o.status.success(), "a batch of 32 passed in 3 MiB:\n{err}");
    let line = err.lines().find(|l| l.starts_with("error: ")).unwrap_or_else(|| panic!("{err}"));
    assert!(line.starts_with("error: --batch-size 32: the train step does not fit: needs ") && line.contains(" of 3 MiB per device (set by XLAVIT_DEVICE_MEMORY)"), "{line}");
    let largest: usize = line.rsplit("the largest that fits is ").next().unwrap().trim().parse().unwrap_or_else(|_| panic!("{line}"));
    assert!((1..32).contains(&largest), "{line}");
    assert!(!out.join("metrics.jsonl").exists() && !out.join("resume").exists(), "a step ran before the refusal");

    // The batch named fits (with an evaluation batch small enough too).
    let out = dir.path().join("fits");
    let o = run(&out, &["--batch-size", &largest.to_string(), "--eval-batch-size", "16", "--stop-after-steps", "2"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // One image more per step does not.
    let o = run(&dir.path().join("over"), &["--batch-size", &(largest + 1).to_string(), "--eval-batch-size", "16"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("the train step does not fit"), "{}", String::from_utf8_lossy(&o.stderr));
}

/// `--warmup-ratio R` warms up over ceil(R x the run's steps): the learning rate logged after
/// step s is lr x s / W, with W from the ratio; it is saved and refused beside --warmup-steps
/// and with --resume.
#[test]
fn a_warmup_ratio_sets_the_warmup_from_the_run_length() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let out = dir.path().join("run");
    let o = command(&[
        "train", "--epochs", "2", "--batch-size", "40", "--warmup-ratio", "0.5", "--log-every", "1", "--stop-after-steps", "3",
        "--cache-dir", cache.to_str().unwrap(), "--out", out.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The built-in job: 1,200 training images, 30 steps of 40 per epoch, 60 in all: W = 30.
    let lrs: Vec<f64> = std::fs::read_to_string(out.join("metrics.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["type"] == "train")
        .map(|v| v["lr"].as_f64().unwrap())
        .collect();
    // The lr of the step just taken: steps 0, 1, 2.
    let want = [0.0, 1e-3 / 30.0, 2e-3 / 30.0];
    assert_eq!(lrs.len(), 3, "{lrs:?}");
    for (got, want) in lrs.iter().zip(want) {
        assert!((got - want).abs() < 1e-9, "lr {lrs:?}, want {want}");
    }
    let config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("train_config.json")).unwrap()).unwrap();
    assert_eq!(config["warmup_ratio"], 0.5);
    // Refused by the parser, before anything runs.
    for (args, needle) in [
        (&["train", "--warmup-ratio", "0.1", "--warmup-steps", "5"][..], "'--warmup-ratio <R>' cannot be used with '--warmup-steps"),
        (&["train", "--warmup-ratio", "1.5"][..], "not a fraction in [0, 1)"),
    ] {
        let o = xlavit(args);
        assert!(!o.status.success() && String::from_utf8_lossy(&o.stderr).contains(needle), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    }
    assert_one_line_error(&xlavit(&["train", "--resume", out.to_str().unwrap(), "--warmup-ratio", "0.2"]), &["drop --warmup-ratio"]);
}

/// `--resume` refuses every flag of the run's configuration (the list derives from the parser,
/// so a new flag is refused too) and takes those of the machine: caches, a step limit, devices.
#[test]
fn resume_refuses_configuration_flags_and_takes_machine_ones() {
    let dir = tempfile::tempdir().unwrap();
    let run = dir.path().join("none");
    let out = xlavit(&[
        "train", "--resume", run.to_str().unwrap(), "--lr", "1e-3", "--epochs", "3", "--no-augment", "--precision", "f32",
        "--cache-dir", dir.path().to_str().unwrap(), "--stop-after-steps", "2", "--device", "cpu", "--cpu-devices", "2",
    ]);
    assert_one_line_error(&out, &["drop --lr, --epochs, --no-augment, --precision"]);
    let err = String::from_utf8_lossy(&out.stderr);
    for allowed in ["--cache-dir", "--stop-after-steps", "--device", "--cpu-devices"] {
        assert!(!err.contains(&format!("{allowed},")) && !err.trim_end().ends_with(allowed), "{allowed} refused: {err}");
    }
    // Machine flags alone pass the guard (and meet the missing run).
    let out = xlavit(&["train", "--resume", run.to_str().unwrap(), "--cache-dir", dir.path().to_str().unwrap(), "--cpu-devices", "2"]);
    assert_one_line_error(&out, &["train_config.json", "a training run?"]);
}

//! `xlavit train`, `eval`, `prepare` and `predict` end to end through the CPU
//! plugin: against the independent JAX + optax reference, determinism,
//! resuming (after a step limit and after SIGINT), the device-to-host transfer
//! budget, the built-in job, and datasets in all three layouts.

mod common;

use common::fixture;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn command(cache: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_xlavit"));
    c.args(args)
        .env_remove("XLAVIT_PJRT_PLUGIN")
        .env_remove("XLA_FLAGS")
        .env("HF_HUB_OFFLINE", "1")
        .env("XLAVIT_CACHE_DIR", cache)
        // Later runs of a test load their programs from here: results must not change.
        .env("XLAVIT_COMPILE_CACHE", cache.join("compiled"));
    c
}

fn xlavit(cache: &Path, args: &[&str]) -> Output {
    command(cache, args).output().unwrap()
}

fn ok(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "command failed ({:?}):\n{err}\n{}", out.status, String::from_utf8_lossy(&out.stdout));
    err
}

fn records(dir: &Path, kind: &str) -> Vec<Value> {
    // No file yet: nothing logged (a run stopped before its first pull).
    std::fs::read_to_string(dir.join("metrics.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| v["type"] == kind)
        .map(|v| if kind == "epoch" { v["record"].clone() } else { v })
        .collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The reference run of tests/fixtures/train_folder_reference.safetensors, plus `extra`.
fn reference_args<'a>(out: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![
        "train",
        "--model",
        "tests/fixtures/tiny_vit",
        "--data",
        "tests/fixtures/train_folder",
        "--no-shuffle",
        "--no-augment",
        "--clip-grad-norm",
        "0",
        "--batch-size",
        "4",
        "--epochs",
        "2",
        "--lr",
        "1e-3",
        "--warmup-steps",
        "2",
        "--weight-decay",
        "0.05",
        "--image-size",
        "32",
        "--num-classes",
        "5",
        "--log-every",
        "1",
        // 10 validation images in batches of 4, 4 and 2 + 2 padding rows, masked.
        "--eval-batch-size",
        "4",
        "--out",
        out,
    ];
    v.extend_from_slice(extra);
    v
}

fn close(what: &str, got: f64, want: f64, tol: f64) {
    assert!((got - want).abs() <= tol * (1.0 + want.abs()), "{what}: got {got}, want {want}");
}

/// The reference run, made once for the tests that each check one claim about it: its folder
/// and the compile cache it filled.
fn reference_run() -> &'static (std::path::PathBuf, std::path::PathBuf) {
    static RUN: std::sync::OnceLock<(std::path::PathBuf, std::path::PathBuf)> = std::sync::OnceLock::new();
    RUN.get_or_init(|| {
        // Under the target directory, which cargo cleans, not /tmp: a static is never dropped.
        let tmp = env!("CARGO_TARGET_TMPDIR");
        let cache = tempfile::tempdir_in(tmp).unwrap().keep();
        let out = tempfile::tempdir_in(tmp).unwrap().keep().join("a");
        ok(&xlavit(&cache, &reference_args(s(&out), &[])));
        (out, cache)
    })
}

fn reference(key: &str) -> Vec<f32> {
    let reference = xlavit::checkpoint::read_safetensors(&fixture("train_folder_reference.safetensors")).unwrap();
    reference[key].to_f32().unwrap()
}

#[test]
fn each_step_logs_the_loss_grad_norm_lr_and_accuracy_of_the_jax_optax_reference() {
    let (a, _) = reference_run();
    // With --log-every 1, every pull is one step: its loss, grad norm and correct count.
    let steps = records(a, "train");
    assert_eq!(steps.len(), 10);
    let (losses, norms, lrs, correct) = (reference("losses"), reference("grad_norms"), reference("lrs"), reference("correct"));
    for (i, rec) in steps.iter().enumerate() {
        close(&format!("step {i} loss"), rec["loss"].as_f64().unwrap(), losses[i] as f64, 1e-4);
        close(&format!("step {i} grad norm"), rec["grad_norm"].as_f64().unwrap(), norms[i] as f64, 1e-4);
        close(&format!("step {i} lr"), rec["lr"].as_f64().unwrap(), lrs[i] as f64, 1e-6);
        assert_eq!(rec["accuracy"].as_f64().unwrap() * 4.0, correct[i] as f64, "step {i} correct");
    }
}

#[test]
fn each_epoch_evaluates_as_the_reference() {
    let (a, _) = reference_run();
    let (val_loss, val_correct) = (reference("val_loss"), reference("val_correct"));
    let epochs = records(a, "epoch");
    assert_eq!(epochs.len(), 2);
    for (e, rec) in epochs.iter().enumerate() {
        close(&format!("epoch {e} val loss"), rec["val_loss"].as_f64().unwrap(), val_loss[e] as f64, 1e-4);
        assert_eq!(rec["val_accuracy"].as_f64().unwrap() * 10.0, val_correct[e] as f64, "epoch {e} val correct");
    }
}

#[test]
fn the_final_weights_are_the_reference_s() {
    let (a, _) = reference_run();
    let reference = xlavit::checkpoint::read_safetensors(&fixture("train_folder_reference.safetensors")).unwrap();
    let saved = xlavit::checkpoint::read_safetensors(&a.join("last/model.safetensors")).unwrap();
    assert_eq!(saved.len(), 40);
    for (name, t) in &saved {
        let want = reference.get(&format!("final.{name}")).unwrap_or_else(|| panic!("reference lacks {name}")).to_f32().unwrap();
        let got = t.to_f32().unwrap();
        if name.ends_with("attention.attention.key.bias") {
            // Its gradient is mathematically zero (softmax is shift-invariant per query); Adam
            // amplifies the rounding noise into ~1e-5 updates of arbitrary sign, in both programs.
            let worst = common::max_abs_diff(&got, &want);
            assert!(worst < 1e-4, "{name}: {worst}");
            continue;
        }
        assert!(common::rel_err(&got, &want) < 1e-4, "final {name}: relative error {}", common::rel_err(&got, &want));
    }
}

#[test]
fn the_checkpoint_names_the_dataset_classes() {
    let (a, _) = reference_run();
    let config: Value = serde_json::from_str(&std::fs::read_to_string(a.join("last/config.json")).unwrap()).unwrap();
    assert_eq!(config["id2label"]["4"], "elderberry");
}

#[test]
fn transfers_are_exactly_the_promised_ones_both_ways() {
    let (a, _) = reference_run();
    let summary: Value = serde_json::from_str(&std::fs::read_to_string(a.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["metric_pulls"], 10);
    // Device to host: one per metric pull, per eval pass, per state tensor at each epoch end
    // (3 x 40 parameters + step + metrics), one for samples.png, and in the last epoch one per
    // eval batch (3): predictions.png picks its mistakes from them all.
    assert_eq!(summary["device_to_host_transfers"], 10 + 2 + 2 * (3 * 40 + 2) + 1 + 3);
    // Host to device: the state once (3 x 40 + 2) and the augmentation key; samples.png's batch
    // and step; images and labels per step (10); images, labels and mask per eval batch and a
    // zero accumulator per eval pass (2 x (3 x 3 + 1)). A metric pull sends nothing back.
    assert_eq!(summary["host_to_device_transfers"], (3 * 40 + 2) + 1 + 2 + 2 * 10 + 2 * (3 * 3 + 1));
}

#[test]
fn the_same_run_from_the_compile_cache_saves_the_same_bytes() {
    let (a, cache) = reference_run();
    let b = tempfile::tempdir().unwrap();
    let b = b.path().join("b");
    let err = ok(&xlavit(cache, &reference_args(s(&b), &[])));
    assert!(err.contains("loaded (compile cache)"), "{err}");
    let bytes = |d: &Path| std::fs::read(d.join("last/model.safetensors")).unwrap();
    assert!(bytes(a) == bytes(&b), "two identical runs saved different checkpoints");
}

#[test]
fn a_run_writes_its_outputs_and_never_overwrites_another() {
    let (a, cache) = reference_run();
    for f in ["summary.csv", "curves.png", "samples.png", "predictions.png", "train_config.json", "best/model.safetensors"] {
        assert!(a.join(f).is_file(), "{f} missing");
    }
    let again = xlavit(cache, &reference_args(s(a), &[]));
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("--resume"));
}

/// The reference run on 2 and 4 CPU devices (data parallel, one global batch split over them)
/// logs the same per-step values and validation results as on one, and saves the same weights
/// to 1e-5.
#[test]
fn training_data_parallel_on_two_and_four_devices_matches_one_device() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let run = |devices: &str| {
        let out = work.path().join(format!("d{devices}"));
        let err = ok(&xlavit(cache.path(), &reference_args(s(&out), &["--cpu-devices", devices])));
        if devices != "1" {
            assert!(err.contains(&format!("data parallel over {devices} devices")), "{err}");
        }
        out
    };
    let one = run("1");
    let weights = |d: &Path| xlavit::checkpoint::read_safetensors(&d.join("last/model.safetensors")).unwrap();
    let base = weights(&one);
    for devices in ["2", "4"] {
        let dir = run(devices);
        let (train_many, train_one) = (records(&dir, "train"), records(&one, "train"));
        assert!(!train_one.is_empty() && train_many.len() == train_one.len(), "metric pulls: {} vs {}", train_many.len(), train_one.len());
        let (epochs_many, epochs_one) = (records(&dir, "epoch"), records(&one, "epoch"));
        assert_eq!((epochs_many.len(), epochs_one.len()), (2, 2), "epoch records on {devices} and 1 devices");
        for (a, b) in train_many.iter().zip(train_one) {
            close("step loss", a["loss"].as_f64().unwrap(), b["loss"].as_f64().unwrap(), 1e-5);
            assert_eq!(a["accuracy"], b["accuracy"]);
        }
        for (a, b) in epochs_many.iter().zip(epochs_one) {
            close("val loss", a["val_loss"].as_f64().unwrap(), b["val_loss"].as_f64().unwrap(), 1e-5);
            assert_eq!(a["val_accuracy"], b["val_accuracy"], "validation accuracy on {devices} devices");
        }
        let many = weights(&dir);
        assert_eq!((many.len(), base.len()), (40, 40), "checkpoint tensors on {devices} and 1 devices");
        for (name, t) in many {
            let (got, want) = (t.to_f32().unwrap(), base[&name].to_f32().unwrap());
            let worst = common::max_abs_diff(&got, &want);
            // The key bias's gradient is rounding noise (see above), which Adam amplifies.
            let tol = if name.ends_with("attention.attention.key.bias") { 1e-4 } else { 1e-5 };
            assert!(worst <= tol, "{name} on {devices} devices: differs from one device by {worst}");
        }
    }
    // A batch that does not split over the devices is refused before anything runs.
    let bad = xlavit(cache.path(), &reference_args(s(&work.path().join("bad")), &["--cpu-devices", "3"]));
    assert!(!bad.status.success());
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("--batch-size 4 does not split over the 3 devices"), "{err}");
}

/// `--steps-per-call 2` (a loop of two steps per call, with single steps where two would cross a
/// metric pull or the epoch's end) logs and saves what one step per call does.
#[test]
fn training_with_several_steps_per_call_matches_one_step_per_call() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let run = |name: &str, extra: &[&str]| {
        let out = work.path().join(name);
        let mut args = reference_args(s(&out), extra);
        let at = args.iter().position(|a| *a == "--log-every").unwrap();
        args[at + 1] = "4";
        ok(&xlavit(cache.path(), &args));
        out
    };
    let (one, two) = (run("k1", &[]), run("k2", &["--steps-per-call", "2"]));
    let (a, b) = (records(&one, "train"), records(&two, "train"));
    assert_eq!(a.len(), b.len(), "the same metric pulls");
    assert!(a.len() >= 3, "{} pulls", a.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x["step"], y["step"]);
        close("window loss", y["loss"].as_f64().unwrap(), x["loss"].as_f64().unwrap(), 1e-5);
        assert_eq!(x["accuracy"], y["accuracy"]);
    }
    let (epochs_one, epochs_two) = (records(&one, "epoch"), records(&two, "epoch"));
    assert_eq!((epochs_one.len(), epochs_two.len()), (2, 2), "epoch records");
    for (x, y) in epochs_one.iter().zip(&epochs_two) {
        close("val loss", y["val_loss"].as_f64().unwrap(), x["val_loss"].as_f64().unwrap(), 1e-5);
        assert_eq!(x["val_accuracy"], y["val_accuracy"]);
    }
    let weights = |d: &Path| xlavit::checkpoint::read_safetensors(&d.join("last/model.safetensors")).unwrap();
    let base = weights(&one);
    let two_weights = weights(&two);
    assert_eq!((two_weights.len(), base.len()), (40, 40), "checkpoint tensors");
    for (name, t) in two_weights {
        let (got, want) = (t.to_f32().unwrap(), base[&name].to_f32().unwrap());
        let worst = common::max_abs_diff(&got, &want);
        assert!(worst <= 1e-5, "{name}: two steps per call differ from one by {worst}");
    }
}

/// Augmentation (with the random-resized crop) and shuffling on, so resuming must restore the
/// RNG position and data order too.
fn resume_args<'a>(out: &'a str, epochs: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![
        "train",
        "--model",
        "tests/fixtures/tiny_vit",
        "--data",
        "tests/fixtures/train_folder",
        "--batch-size",
        "4",
        "--epochs",
        epochs,
        "--lr",
        "1e-3",
        "--warmup-steps",
        "3",
        "--log-every",
        "2",
        "--crop-area",
        "0.5",
        "--out",
        out,
    ];
    v.extend_from_slice(extra);
    v
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn epoch_values(dir: &Path) -> Vec<(f64, f64, f64, f64)> {
    records(dir, "epoch")
        .iter()
        .map(|r| (r["train_loss"].as_f64().unwrap(), r["train_accuracy"].as_f64().unwrap(), r["val_loss"].as_f64().unwrap(), r["val_accuracy"].as_f64().unwrap()))
        .collect()
}

#[test]
fn resume_after_a_step_limit_or_sigint_ends_bit_identical() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let full = work.path().join("full");
    ok(&xlavit(cache.path(), &resume_args(s(&full), "3", &[])));
    // --log-every 2 over 3 epochs of 5 steps: pulls at steps 2, 4, 5 | 6, 8, 10 | 12, 14, 15.
    let summary: Value = serde_json::from_str(&std::fs::read_to_string(full.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["metric_pulls"], 9);
    let steps: Vec<u64> = records(&full, "train").iter().map(|r| r["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, [2, 4, 5, 6, 8, 10, 12, 14, 15]);
    assert_eq!(summary["device_to_host_transfers"], 1 + 9 + 3 + 3 * (3 * 40 + 2) + 1);
    let config: Value = serde_json::from_str(&std::fs::read_to_string(full.join("train_config.json")).unwrap()).unwrap();
    assert_eq!(config["crop_area"], 0.5, "the crop is part of the saved configuration");
    let bytes = |d: &Path| std::fs::read(d.join("last/model.safetensors")).unwrap();

    // Stop mid-epoch (step 7 of 15), at an epoch boundary (step 5), and before the first step.
    for stop in ["7", "5", "0"] {
        let part = work.path().join(format!("part{stop}"));
        let err = ok(&xlavit(cache.path(), &resume_args(s(&part), "3", &["--stop-after-steps", stop])));
        assert!(err.contains(&format!("stopped at step {stop}")), "{err}");
        let done_epochs = if stop == "0" { 0 } else { 1 };
        assert_eq!(epoch_values(&part).len(), done_epochs, "stop {stop}");
        if stop == "7" {
            for flag in [["--lr", "1"], ["--crop-area", "0.5"]] {
                let bad = xlavit(cache.path(), &["train", "--resume", s(&part), flag[0], flag[1]]);
                assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains(flag[0]));
            }
            let again = xlavit(cache.path(), &resume_args(s(&part), "3", &[]));
            assert!(!again.status.success() && String::from_utf8_lossy(&again.stderr).contains("--resume"));
        }
        ok(&xlavit(cache.path(), &["train", "--resume", s(&part)]));
        assert!(bytes(&full) == bytes(&part), "stopped at {stop} and resumed: other weights than an uninterrupted run");
        assert_eq!(epoch_values(&full), epoch_values(&part), "stop {stop}");
        let steps: Vec<u64> = records(&part, "train").iter().map(|r| r["step"].as_u64().unwrap()).collect();
        assert_eq!(steps, [2, 4, 5, 6, 8, 10, 12, 14, 15], "stop {stop}: each pull logged once");
        // A finished run resumes to nothing, at once.
        let t0 = std::time::Instant::now();
        let err = ok(&xlavit(cache.path(), &["train", "--resume", s(&part)]));
        assert!(err.contains("already finished") && !err.contains("compiled"), "{err}");
        assert!(t0.elapsed().as_secs() < 10);
    }

    // SIGINT: a longer run, interrupted once it is under way.
    let long_full = work.path().join("long_full");
    ok(&xlavit(cache.path(), &resume_args(s(&long_full), "40", &[])));
    let long = work.path().join("long");
    let child = command(cache.path(), &resume_args(s(&long), "40", &[])).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let t0 = std::time::Instant::now();
    while records_len(&long) < 3 {
        assert!(t0.elapsed().as_secs() < 120, "the run never got under way");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("state saved"), "{err}");
    let progress: Value = serde_json::from_str(&std::fs::read_to_string(long.join("resume/progress.json")).unwrap()).unwrap();
    assert!(progress["epoch"].as_u64().unwrap() < 40, "the run finished before SIGINT arrived");
    // The resumed run is stopped again, by SIGTERM this time (exit status 128 + 15).
    let logged = records_len(&long);
    let child = command(cache.path(), &["train", "--resume", s(&long)]).stderr(std::process::Stdio::piped()).spawn().unwrap();
    while records_len(&long) < logged + 3 {
        assert!(t0.elapsed().as_secs() < 240, "the resumed run never got under way");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(143), "{}", String::from_utf8_lossy(&out.stderr));
    ok(&xlavit(cache.path(), &["train", "--resume", s(&long)]));
    assert!(bytes(&long_full) == bytes(&long), "resumed after SIGINT: other weights than an uninterrupted run");
    assert_eq!(epoch_values(&long_full), epoch_values(&long));
}

fn records_len(dir: &Path) -> usize {
    std::fs::read_to_string(dir.join("metrics.jsonl")).map(|t| t.lines().count()).unwrap_or(0)
}

#[test]
fn the_builtin_job_learns_and_writes_every_output() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("run");
    let err = ok(&xlavit(cache.path(), &["train", "--out", s(&out)]));
    assert!(err.contains("summary"), "{err}");
    let summary: Value = serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    // Five classes: chance is 20%.
    let acc = summary["final_val_accuracy"].as_f64().unwrap();
    assert!(acc > 0.6, "the tiny ViT reached only {acc} on the generated data");
    for f in ["metrics.jsonl", "summary.csv", "train_config.json", "resume/state.safetensors"] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    for f in ["curves.png", "samples.png", "predictions.png"] {
        let img = image::open(out.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        assert!(img.width() >= 300 && img.height() >= 300, "{f} is {}x{}", img.width(), img.height());
    }
    for d in ["best", "last"] {
        for f in ["model.safetensors", "config.json", "preprocessor_config.json"] {
            assert!(out.join(d).join(f).is_file(), "{d}/{f} missing");
        }
    }
    let csv = std::fs::read_to_string(out.join("summary.csv")).unwrap();
    assert_eq!(csv.lines().count(), 11, "{csv}");
    // The saved model predicts: eval on the same generated data agrees with the run's last epoch.
    let data = std::fs::read_dir(cache.path()).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).find(|p| p.file_name().unwrap() == "builtin-shapes-v1-32px").unwrap();
    let eval_out = work.path().join("eval");
    let out_eval = xlavit(cache.path(), &["eval", "--model", s(&out.join("last")), "--data", s(&data), "--out", s(&eval_out)]);
    ok(&out_eval);
    let ev: Value = serde_json::from_str(&std::fs::read_to_string(eval_out.join("eval.json")).unwrap()).unwrap();
    close("eval accuracy vs the run's last epoch", ev["accuracy"].as_f64().unwrap(), acc, 1e-9);
    assert!(eval_out.join("confusion.csv").is_file() && eval_out.join("confusion.png").is_file());
}

// ---------------------------------------------------------------------------
// Datasets in the three layouts, with awkward files.

fn copy(from: &str, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(fixture(&format!("decode/{from}")), to).unwrap();
}

/// An image folder of two classes holding every kind of file the decoder meets.
fn awkward_image_folder(root: &Path) {
    let train_a = ["baseline420.jpg", "gray.png", "rgba.png", "palette.png", "cmyk.jpg", "gray1.png", "truncated_progressive.jpg", "not_an_image.jpg"];
    let train_b = ["rgb16.png", "gray16.tif", "float.tif", "rgb8_jpeg.tif", "exif_rot6.jpg", "png_named.jpg", "ycck.jpg", "truncated_baseline.jpg"];
    for f in train_a {
        copy(f, &root.join("train/class_a").join(f));
    }
    for f in train_b {
        copy(f, &root.join("train/class_b").join(f));
    }
    for f in ["progressive.jpg", "la.png"] {
        copy(f, &root.join("val/class_a").join(f));
    }
    for f in ["anim.gif", "rgb.bmp", "lossy.webp"] {
        copy(f, &root.join("val/class_b").join(f));
    }
}

/// `eval` counts every validation image once; `predict` classifies an image.
fn check_eval_and_predict(cache: &Path, model: &Path, data: &Path, val_images: u64, image: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let out = xlavit(cache, &["eval", "--model", s(model), "--data", s(data), "--out", s(dir.path()), "--batch-size", "3"]);
    ok(&out);
    let ev: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("eval.json")).unwrap()).unwrap();
    assert_eq!(ev["count"].as_u64(), Some(val_images));
    let per_class: u64 = ev["per_class"].as_array().unwrap().iter().map(|c| c["count"].as_u64().unwrap()).sum();
    assert_eq!(per_class, val_images);
    let out = xlavit(cache, &["predict", "--model", s(model), s(image), "--json"]);
    ok(&out);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let nums = |key: &str| -> Vec<f64> { v[0][key].as_array().unwrap().iter().map(|p| p.as_f64().unwrap()).collect() };
    let (logits, probs) = (nums("logits"), nums("probabilities"));
    // The probabilities are the softmax of the logits, and the first of the top k is their argmax.
    let top = logits.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let z: f64 = logits.iter().map(|l| (l - top).exp()).sum();
    assert_eq!(probs.len(), logits.len());
    for (p, l) in probs.iter().zip(&logits) {
        assert!((p - (l - top).exp() / z).abs() < 1e-5, "{v}");
    }
    let argmax = logits.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).unwrap().0;
    assert_eq!(v[0]["top_k"][0]["index"].as_u64(), Some(argmax as u64), "{v}");
}

fn copy_file(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(from, to).unwrap();
}

fn jpeg(path: &Path, seed: u8) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let img = image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([(x * 6) as u8 ^ seed, (y * 8) as u8, seed.wrapping_mul(37)]));
    img.save_with_format(path, image::ImageFormat::Jpeg).unwrap();
}

#[test]
fn image_folder_with_awkward_files_prepares_trains_evaluates_and_predicts() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("folder");
    awkward_image_folder(&data);

    let out = xlavit(cache.path(), &["prepare", "--data", s(&data), "--image-size", "32"]);
    let err = ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    for bad in ["truncated_progressive.jpg", "not_an_image.jpg", "truncated_baseline.jpg"] {
        assert!(err.contains("skipped") && err.contains(bad), "no warning for {bad}:\n{err}");
    }
    assert!(stdout.contains("train: 13 images, 3 skipped"), "{stdout}");
    assert!(stdout.contains("validation: 5 images, 0 skipped"), "{stdout}");
    assert!(stdout.contains("read back"), "{stdout}");
    // A second prepare finds the cache.
    let again = xlavit(cache.path(), &["prepare", "--data", s(&data), "--image-size", "32"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("decode cached"), "{}", String::from_utf8_lossy(&again.stdout));

    // tiny_vit has five labels: two classes get a new head, with a notice.
    let run = work.path().join("run");
    let err = ok(&xlavit(cache.path(), &["train", "--model", "tests/fixtures/tiny_vit", "--data", s(&data), "--epochs", "1", "--batch-size", "4", "--out", s(&run)]));
    assert!(err.contains("classifier re-initialized"), "{err}");
    let config: Value = serde_json::from_str(&std::fs::read_to_string(run.join("best/config.json")).unwrap()).unwrap();
    assert_eq!(config["id2label"]["0"], "class_a");
    assert_eq!(config["id2label"]["1"], "class_b");

    let eval_out = work.path().join("eval");
    let out = xlavit(cache.path(), &["eval", "--model", s(&run.join("best")), "--data", s(&data), "--out", s(&eval_out)]);
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("5 validation images") && stdout.contains("class_b"), "{stdout}");
    let csv = std::fs::read_to_string(eval_out.join("confusion.csv")).unwrap();
    let total: u64 = csv.lines().skip(1).flat_map(|l| l.split(',').skip(1).map(|v| v.parse::<u64>().unwrap()).collect::<Vec<_>>()).sum();
    assert_eq!(total, 5, "{csv}");

    // predict: the unreadable file is an error naming it; the others are still predicted.
    let good = data.join("val/class_a/progressive.jpg");
    let bad = data.join("train/class_a/not_an_image.jpg");
    let out = xlavit(cache.path(), &["predict", "--model", s(&run.join("best")), s(&good), s(&bad)]);
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("progressive.jpg") && stdout.contains("class_"), "{stdout}");
    assert!(stderr.contains("not_an_image.jpg") && stderr.contains("not an image"), "{stderr}");
}

#[test]
fn food101_layout_and_parquet_shards() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    // Food-101: classes.txt order, not alphabetical.
    let food = work.path().join("food-101");
    let classes = ["waffles", "apple_pie", "sushi"];
    std::fs::create_dir_all(food.join("meta")).unwrap();
    std::fs::write(food.join("meta/classes.txt"), classes.join("\n") + "\n").unwrap();
    let (mut train, mut test) = (String::new(), String::new());
    for (c, name) in classes.iter().enumerate() {
        for i in 0..6 {
            let id = format!("{name}/{}", 1000 + i);
            jpeg(&food.join(format!("images/{id}.jpg")), (c * 10 + i) as u8);
            if i < 4 { train.push_str(&id); train.push('\n') } else { test.push_str(&id); test.push('\n') }
        }
    }
    std::fs::write(food.join("meta/train.txt"), &train).unwrap();
    std::fs::write(food.join("meta/test.txt"), &test).unwrap();
    let out = xlavit(cache.path(), &["prepare", "--data", s(&food), "--image-size", "32", "--num-classes", "2"]);
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("food101") && stdout.contains("2 classes, 8 train and 4 validation"), "{stdout}");
    let food_run = work.path().join("food_run");
    ok(&xlavit(cache.path(), &["train", "--model", "tests/fixtures/tiny_vit", "--data", s(&food), "--num-classes", "2", "--epochs", "1", "--batch-size", "4", "--out", s(&food_run)]));
    let config: Value = serde_json::from_str(&std::fs::read_to_string(food_run.join("last/config.json")).unwrap()).unwrap();
    assert_eq!((config["id2label"]["0"].as_str(), config["id2label"]["1"].as_str()), (Some("waffles"), Some("apple_pie")));
    check_eval_and_predict(cache.path(), &food_run.join("last"), &food, 4, &food.join("images/sushi/1004.jpg"));

    // Parquet shards as the hub's ethz/food101: image {bytes, path}, label, names in the metadata.
    let pq = work.path().join("pq");
    let img = |seed: u8| {
        let p = work.path().join(format!("tmp{seed}.jpg"));
        jpeg(&p, seed);
        std::fs::read(p).unwrap()
    };
    let names = ["beignets", "churros"];
    let rows_train: Vec<(Vec<u8>, i64)> = (0..8).map(|i| (img(i), (i % 2) as i64)).collect();
    let rows_val: Vec<(Vec<u8>, i64)> = (0..4).map(|i| (img(100 + i), (i % 2) as i64)).collect();
    write_parquet(&pq.join("data/train-00000-of-00001.parquet"), &rows_train, &names);
    write_parquet(&pq.join("data/validation-00000-of-00001.parquet"), &rows_val, &names);
    let out = xlavit(cache.path(), &["prepare", "--data", s(&pq), "--image-size", "32"]);
    ok(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("parquet") && stdout.contains("2 classes, 8 train and 4 validation"), "{stdout}");
    // The same shards as a hub dataset in the Hugging Face cache, found offline by its id.
    let hf = work.path().join("hf");
    let snap = hf.join("hub/datasets--acme--foods/snapshots/0123abc");
    std::fs::create_dir_all(hf.join("hub/datasets--acme--foods/refs")).unwrap();
    std::fs::write(hf.join("hub/datasets--acme--foods/refs/main"), "0123abc").unwrap();
    for f in ["train-00000-of-00001.parquet", "validation-00000-of-00001.parquet"] {
        copy_file(&pq.join("data").join(f), &snap.join("data").join(f));
    }
    let out = command(cache.path(), &["prepare", "--data", "acme/foods", "--image-size", "32"]).env("HF_HOME", &hf).output().unwrap();
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 classes, 8 train and 4 validation"));
    let out = command(cache.path(), &["prepare", "--data", "acme/absent", "--image-size", "32"]).env("HF_HOME", &hf).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("acme/absent") && err.contains("HF_HUB_OFFLINE"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let run = work.path().join("run");
    ok(&xlavit(cache.path(), &["train", "--model", "tests/fixtures/tiny_vit", "--data", s(&pq), "--epochs", "1", "--batch-size", "4", "--out", s(&run)]));
    let config: Value = serde_json::from_str(&std::fs::read_to_string(run.join("last/config.json")).unwrap()).unwrap();
    assert_eq!(config["id2label"]["1"], "churros");
    let loose = work.path().join("tmp3.jpg");
    check_eval_and_predict(cache.path(), &run.join("last"), &pq, 4, &loose);

    // A label past the class names is caught before anything is compiled.
    let bad = work.path().join("badpq");
    write_parquet(&bad.join("train.parquet"), &[(img(1), 0), (img(2), 5)], &names);
    write_parquet(&bad.join("validation.parquet"), &[(img(3), 0)], &names);
    let out = xlavit(cache.path(), &["train", "--data", s(&bad), "--out", s(&work.path().join("never"))]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("label 5") && err.contains("out of range"), "{err}");
    assert!(!err.contains("compiled"), "{err}");
}

#[test]
fn dataset_layout_errors_are_clear_and_early() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let case = |name: &str, build: &dyn Fn(&Path), needles: &[&str]| {
        let d = work.path().join(name);
        build(&d);
        let out = xlavit(cache.path(), &["train", "--data", s(&d), "--out", s(&work.path().join(format!("out-{name}")))]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name}: succeeded");
        for n in needles {
            assert!(err.contains(n), "{name}: expected {n:?} in:\n{err}");
        }
        assert!(!err.contains("compiled") && !err.contains("panicked"), "{name}:\n{err}");
    };
    case("empty_class", &|d| {
        jpeg(&d.join("train/a/1.jpg"), 1);
        std::fs::create_dir_all(d.join("train/b")).unwrap();
        jpeg(&d.join("validation/a/1.jpg"), 2);
    }, &["class 1 ('b') has no training images"]);
    case("no_validation", &|d| jpeg(&d.join("train/a/1.jpg"), 1), &["validation split is missing"]);
    case("unknown_val_class", &|d| {
        jpeg(&d.join("train/a/1.jpg"), 1);
        jpeg(&d.join("val/zzz/1.jpg"), 1);
    }, &["class folder 'zzz'"]);
    case("not_a_dataset", &|d| std::fs::create_dir_all(d.join("stuff")).unwrap(), &["not a dataset"]);
    case("only_bad_files", &|d| {
        for c in ["a", "b"] {
            std::fs::create_dir_all(d.join("train").join(c)).unwrap();
            std::fs::write(d.join("train").join(c).join("x.jpg"), b"nope").unwrap();
            jpeg(&d.join("validation").join(c).join("1.jpg"), 2);
        }
    }, &["no image of the train split could be decoded"]);
    // Listed, but nothing of class b decodes: it could never be learned.
    case("class_of_bad_files", &|d| {
        jpeg(&d.join("train/a/1.jpg"), 1);
        std::fs::create_dir_all(d.join("train/b")).unwrap();
        std::fs::write(d.join("train/b/x.jpg"), b"nope").unwrap();
        jpeg(&d.join("validation/a/1.jpg"), 2);
        jpeg(&d.join("validation/b/1.jpg"), 3);
    }, &["class 'b' has no readable training image"]);
    case("one_class", &|d| {
        jpeg(&d.join("train/a/1.jpg"), 1);
        jpeg(&d.join("validation/a/1.jpg"), 2);
    }, &["one class ('a')", "at least two"]);
    let missing = xlavit(cache.path(), &["train", "--data", s(&work.path().join("nowhere/x")), "--out", s(&work.path().join("o"))]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no such directory"));
}

fn write_parquet(path: &Path, rows: &[(Vec<u8>, i64)], names: &[&str]) {
    use parquet::data_type::{ByteArray, ByteArrayType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::format::KeyValue;
    use std::sync::Arc;
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let schema = parquet::schema::parser::parse_message_type(
        "message schema { optional group image { optional binary bytes; optional binary path (UTF8); } optional int64 label; }",
    )
    .unwrap();
    let meta = serde_json::json!({"info": {"features": {"image": {"_type": "Image"}, "label": {"names": names, "_type": "ClassLabel"}}}});
    let props = WriterProperties::builder()
        .set_key_value_metadata(Some(vec![KeyValue::new("huggingface".to_string(), meta.to_string())]))
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let file = std::fs::File::create(path).unwrap();
    let mut w = SerializedFileWriter::new(file, Arc::new(schema), Arc::new(props)).unwrap();
    let mut rg = w.next_row_group().unwrap();
    let n = rows.len();
    let bytes: Vec<ByteArray> = rows.iter().map(|(b, _)| ByteArray::from(b.clone())).collect();
    let mut col = rg.next_column().unwrap().unwrap();
    col.typed::<ByteArrayType>().write_batch(&bytes, Some(&vec![2; n]), None).unwrap();
    col.close().unwrap();
    let paths: Vec<ByteArray> = (0..n).map(|i| ByteArray::from(format!("{i}.jpg").as_str())).collect();
    let mut col = rg.next_column().unwrap().unwrap();
    col.typed::<ByteArrayType>().write_batch(&paths, Some(&vec![2; n]), None).unwrap();
    col.close().unwrap();
    let labels: Vec<i64> = rows.iter().map(|(_, l)| *l).collect();
    let mut col = rg.next_column().unwrap().unwrap();
    col.typed::<Int64Type>().write_batch(&labels, Some(&vec![1; n]), None).unwrap();
    col.close().unwrap();
    rg.close().unwrap();
    w.close().unwrap();
}

/// A run whose loss turns NaN stops at the next metric pull with an error that says so,
/// instead of training on garbage to the end.
#[test]
fn a_diverging_run_stops_with_a_clear_error() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("run");
    // lr 1e8 makes the weights ~1e8 after the first step, so the loss overflows to NaN inside the
    // first window of 5 steps. (At 1e4 the LayerNorms keep the loss finite, if huge, for longer.)
    let r = xlavit(cache.path(), &["train", "--epochs", "2", "--lr", "1e8", "--warmup-steps", "0", "--log-every", "5", "--out", s(&dir)]);
    assert!(!r.status.success(), "a diverged run must fail");
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("the training loss became") && err.contains("diverged") && err.contains("up to step 5") && err.contains("--lr"), "{err}");
    // Nothing after the divergence was logged.
    assert!(records(&dir, "train").is_empty());
    // The folder holds that run's outputs but no resume state: a new run does not mix into it.
    let before = std::fs::read(dir.join("train_config.json")).unwrap();
    let again = xlavit(cache.path(), &["train", "--epochs", "1", "--out", s(&dir)]);
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(!again.status.success() && err.contains("not empty") && err.contains("train_config.json"), "{err}");
    assert_eq!(std::fs::read(dir.join("train_config.json")).unwrap(), before);
    let r = xlavit(cache.path(), &["train", "--resume", s(&dir)]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success() && err.contains("stopped before its first saved state") && err.contains("nothing to resume"), "{err}");
    // Nor into a folder of the user's own files.
    let mine = out.path().join("mine");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(mine.join("summary.csv"), b"my numbers").unwrap();
    let r = xlavit(cache.path(), &["train", "--epochs", "1", "--out", s(&mine)]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success() && err.contains("not a training run") && err.contains("summary.csv"), "{err}");
    assert_eq!(std::fs::read(mine.join("summary.csv")).unwrap(), b"my numbers");
    // A folder holding only hidden files and a fresh disk's lost+found is as good as empty.
    let disk = out.path().join("disk");
    std::fs::create_dir_all(disk.join("lost+found")).unwrap();
    std::fs::write(disk.join(".gitkeep"), b"").unwrap();
    ok(&xlavit(cache.path(), &["train", "--epochs", "1", "--stop-after-steps", "1", "--out", s(&disk)]));
    assert!(disk.join("resume").is_dir() && disk.join(".gitkeep").exists());
    // A hand-edited configuration is checked as the flags are, naming the file.
    let config = disk.join("train_config.json");
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    for (crop, augment, why) in [(1.5, true, "not a fraction"), (0.5, false, "augment is false")] {
        let mut edited = saved.clone();
        edited["crop_area"] = serde_json::json!(crop);
        edited["augment"] = serde_json::json!(augment);
        std::fs::write(&config, serde_json::to_string(&edited).unwrap()).unwrap();
        let r = xlavit(cache.path(), &["train", "--resume", s(&disk)]);
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(!r.status.success() && err.contains("train_config.json: crop_area") && err.contains(why), "{err}");
    }
}

#[test]
fn eval_reads_a_test_folder_alone_matching_classes_by_name() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let fixture_val = fixture("train_folder/validation");
    // No train/: a held-out test set, with class 'date' absent and the rest in their folders.
    let test_only = work.path().join("held_out");
    for class in ["apple", "banana", "cherry", "elderberry"] {
        common::copy_tree(&fixture_val.join(class), &test_only.join("test").join(class));
    }
    let model = fixture("tiny_vit");
    let eval = |data: &Path, out: &str| -> Value {
        let dir = work.path().join(out);
        ok(&xlavit(cache.path(), &["eval", "--model", s(&model), "--data", s(data), "--out", s(&dir)]));
        serde_json::from_str(&std::fs::read_to_string(dir.join("eval.json")).unwrap()).unwrap()
    };
    let full = eval(&fixture("train_folder"), "full");
    let alone = eval(&test_only, "alone");
    let per_class = |v: &Value| -> Vec<(String, u64, u64)> {
        v["per_class"].as_array().unwrap().iter().map(|c| (c["class"].as_str().unwrap().to_string(), c["count"].as_u64().unwrap(), c["correct"].as_u64().unwrap())).collect()
    };
    let (full, alone_classes) = (per_class(&full), per_class(&alone));
    assert_eq!(alone_classes.len(), 5, "the model's classes, all of them");
    for (f, a) in full.iter().zip(&alone_classes) {
        if f.0 == "date" {
            assert_eq!((a.1, a.2), (0, 0));
        } else {
            assert_eq!(f, a, "the same images under the same labels give the same counts");
        }
    }
    // A dataset with a class beyond the model's, whose train folder is empty: eval reads only
    // the first classes' validation images, and names the class it leaves out.
    let more = work.path().join("more");
    common::copy_tree(&fixture("train_folder"), &more);
    std::fs::create_dir_all(more.join("train/zz_fig")).unwrap();
    common::copy_tree(&fixture_val.join("apple"), &more.join("validation/zz_fig"));
    let dir = work.path().join("more_out");
    let err = ok(&xlavit(cache.path(), &["eval", "--model", s(&model), "--data", s(&more), "--out", s(&dir)]));
    assert!(err.contains("evaluating the dataset's first 5 of 6; left out: zz_fig"), "{err}");
    let with_more: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("eval.json")).unwrap()).unwrap();
    assert_eq!(per_class(&with_more), full);
    let date = alone["per_class"].as_array().unwrap().iter().find(|c| c["class"] == "date").unwrap();
    assert!(date["accuracy"].is_null(), "a class without images has no accuracy: {date}");
    // A folder named for no label of the model is an error that names it.
    common::copy_tree(&fixture_val.join("apple"), &test_only.join("test").join("zucchini"));
    let out = xlavit(cache.path(), &["eval", "--model", s(&model), "--data", s(&test_only), "--out", s(&work.path().join("bad"))]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("class folder 'zucchini' is none of the model's 5 labels"), "{err}");
}

#[test]
fn a_run_has_one_writer_and_resumes_only_on_its_classes() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    common::copy_tree(&fixture("train_folder"), &data);
    let out = work.path().join("run");
    ok(&xlavit(cache.path(), &["train", "--model", "tests/fixtures/tiny_vit", "--data", s(&data), "--epochs", "2", "--batch-size", "4", "--out", s(&out), "--stop-after-steps", "2"]));
    // What a checkpoint write killed halfway leaves: removed when the run continues.
    let partial = out.join("last/.model.safetensors.tmp-4242-0");
    std::fs::create_dir_all(partial.parent().unwrap()).unwrap();
    std::fs::write(&partial, b"half a checkpoint").unwrap();

    // Another process writing to the run (it holds the run's lock): refused, nothing touched.
    let lock = std::fs::File::create(out.join(".xlavit-train.lock")).unwrap();
    lock.lock().unwrap();
    let r = xlavit(cache.path(), &["train", "--resume", s(&out)]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success() && err.contains("another xlavit train is writing to this folder"), "{err}");
    assert!(partial.exists());
    drop(lock);

    // A renamed class folder changes what a label means: refused by name.
    for split in ["train", "validation"] {
        std::fs::rename(data.join(split).join("apple"), data.join(split).join("zucchini")).unwrap();
    }
    let r = xlavit(cache.path(), &["train", "--resume", s(&out)]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success() && err.contains("resume needs the same classes") && err.contains("zucchini"), "{err}");
    for split in ["train", "validation"] {
        std::fs::rename(data.join(split).join("zucchini"), data.join(split).join("apple")).unwrap();
    }
    let err = ok(&xlavit(cache.path(), &["train", "--resume", s(&out), "--stop-after-steps", "3"]));
    assert!(err.contains("resuming") && !err.contains("training images changed"), "{err}");
    assert!(!partial.exists(), "the half-written file was left");
    // A training image touched since the run started: the run goes on, and says so.
    let image = std::fs::read_dir(data.join("train/apple")).unwrap().next().unwrap().unwrap().path();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&image).unwrap().set_modified(later).unwrap();
    let err = ok(&xlavit(cache.path(), &["train", "--resume", s(&out)]));
    assert!(err.contains("resuming") && err.contains("training images changed"), "{err}");
    assert!(out.join("summary.json").is_file());
}

#[test]
fn step_counts_that_cannot_work_are_refused_or_said() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let r = xlavit(cache.path(), &["train", "--epochs", "4611686018427387904", "--out", s(&out.path().join("a"))]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success() && err.contains("more steps than a run can count") && !err.contains("compiled"), "{err}");
    // The built-in job has 37 steps per epoch: no call can hold 60.
    let err = ok(&xlavit(cache.path(), &["train", "--epochs", "1", "--steps-per-call", "60", "--stop-after-steps", "1", "--out", s(&out.path().join("b"))]));
    assert!(err.contains("--steps-per-call 60 is more than an epoch's 37 steps"), "{err}");
}

#[test]
fn a_run_with_every_step_recipe_and_randaugment_saves_its_ema_and_resumes_bit_identical() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    // resume_args's batch of 4, as 2 micro-batches of 2.
    let recipe = ["--grad-accum-steps", "2", "--ema-decay", "0.9", "--ema-warmup", "--label-smoothing", "0.1", "--layer-decay", "0.75", "--augment", "randaug", "--randaug-ops", "3"];
    let args = |out: &Path, extra: &[&str]| -> Vec<String> {
        let out = s(out).to_string();
        let mut v: Vec<String> = resume_args(&out, "2", &[]).into_iter().map(String::from).collect();
        let at = v.iter().position(|a| a == "--batch-size").unwrap();
        v[at + 1] = "2".into();
        v.extend(recipe.iter().chain(extra).map(|a| a.to_string()));
        v
    };
    let (full, part) = (work.path().join("full"), work.path().join("part"));
    ok(&xlavit(cache.path(), &strs(&args(&full, &[]))));
    let config: Value = serde_json::from_str(&std::fs::read_to_string(full.join("train_config.json")).unwrap()).unwrap();
    assert_eq!((config["grad_accum_steps"].as_u64(), config["ema_decay"].as_f64(), config["layer_decay"].as_f64()), (Some(2), Some(0.9), Some(0.75)));
    assert_eq!((config["augment_policy"].as_str(), config["randaug_ops"].as_u64(), config["randaug_magnitude"].as_u64()), (Some("randaug"), Some(3), Some(9)));
    // 20 images in steps of 2 x 2: 5 steps an epoch; each epoch evaluates the average too.
    let epochs = records(&full, "epoch");
    assert_eq!((epochs.len(), records(&full, "train").last().unwrap()["step"].as_u64()), (2, Some(10)));
    assert!(epochs.iter().all(|e| e["ema_val_accuracy"].as_f64().is_some_and(|a| (0.0..=1.0).contains(&a))), "{epochs:?}");
    for dir in ["ema", "last", "best"] {
        assert!(full.join(dir).join("model.safetensors").is_file(), "{dir}/ missing");
    }
    let ema = xlavit::checkpoint::read_safetensors(&full.join("ema/model.safetensors")).unwrap();
    let last = xlavit::checkpoint::read_safetensors(&full.join("last/model.safetensors")).unwrap();
    assert!(ema.keys().eq(last.keys()) && ema != last, "ema/ holds the average, not the weights");

    let err = ok(&xlavit(cache.path(), &strs(&args(&part, &["--stop-after-steps", "3"]))));
    assert!(err.contains("stopped at step 3"), "{err}");
    ok(&xlavit(cache.path(), &["train", "--resume", s(&part)]));
    for f in ["last/model.safetensors", "ema/model.safetensors"] {
        assert!(std::fs::read(full.join(f)).unwrap() == std::fs::read(part.join(f)).unwrap(), "{f} differs after a resume");
    }
    assert_eq!(epoch_values(&full), epoch_values(&part));
}

#[test]
fn early_stopping_ends_a_run_that_stopped_improving() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("run");
    // A learning rate too small to change a prediction: epoch 1 is the best there is.
    let mut args = resume_args(s(&out), "5", &["--early-stopping-patience", "2"]);
    let at = args.iter().position(|a| *a == "--lr").unwrap();
    args[at + 1] = "1e-12";
    let err = ok(&xlavit(cache.path(), &args));
    assert!(err.contains("early stopping: the validation accuracy has not improved for 2 epochs"), "{err}");
    assert!(err.contains("best/ holds epoch 1"), "{err}");
    assert_eq!(records(&out, "epoch").len(), 3);
    let again = ok(&xlavit(cache.path(), &["train", "--resume", s(&out)]));
    assert!(again.contains("already finished"), "{again}");
    assert!(out.join("summary.json").is_file() && out.join("predictions.png").is_file());
}

fn probe_args<'a>(out: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["train", "--model", "tests/fixtures/tiny_vit", "--data", "tests/fixtures/train_folder", "--batch-size", "4", "--out", out];
    v.extend_from_slice(extra);
    v
}

#[test]
fn a_linear_probe_trains_the_head_alone_and_eval_agrees_with_it() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("probe");
    let err = ok(&xlavit(cache.path(), &probe_args(s(&out), &["--freeze", "backbone", "--epochs", "6", "--probe-lr", "0.01"])));
    assert!(err.contains("features of 20 training and 10 validation images"), "{err}");
    let epochs = records(&out, "epoch");
    assert_eq!(epochs.len(), 6);
    // The backbone is the checkpoint's, bit for bit; the head moved.
    let source = xlavit::checkpoint::read_safetensors(&fixture("tiny_vit/model.safetensors")).unwrap();
    let saved = xlavit::checkpoint::read_safetensors(&out.join("last/model.safetensors")).unwrap();
    for (name, t) in &saved {
        let original = source.get(name).or_else(|| source.get(name.trim_start_matches("vit."))).unwrap_or_else(|| panic!("{name} not in the source"));
        if name.starts_with("classifier.") {
            assert_ne!(t, original, "{name} did not train");
        } else {
            assert_eq!(t, original, "{name} changed: the backbone is frozen");
        }
    }
    // The full model with the probe's head evaluates as the probe's last epoch says.
    let eval_out = work.path().join("eval");
    let report = String::from_utf8(xlavit(cache.path(), &["eval", "--model", s(&out.join("last")), "--data", "tests/fixtures/train_folder", "--out", s(&eval_out)]).stdout).unwrap();
    let last = epochs.last().unwrap();
    let want = format!("10 validation images: loss {:.4}, accuracy {:.2}%", last["val_loss"].as_f64().unwrap(), last["val_accuracy"].as_f64().unwrap() * 100.0);
    assert!(report.contains(&want), "eval says {report}, the probe {want}");

    // Features come from the cache the second time, and the run is the same.
    let again = work.path().join("again");
    ok(&xlavit(cache.path(), &probe_args(s(&again), &["--freeze", "backbone", "--epochs", "6", "--probe-lr", "0.01"])));
    assert_eq!(std::fs::read(out.join("last/model.safetensors")).unwrap(), std::fs::read(again.join("last/model.safetensors")).unwrap());
    let cached = std::fs::read_dir(cache.path().join("features")).unwrap().count();
    assert_eq!(cached, 2, "one feature file per split");

    let refused = xlavit(cache.path(), &probe_args(s(&work.path().join("mix")), &["--freeze", "backbone", "--mixup", "0.8"]));
    assert!(!refused.status.success() && String::from_utf8_lossy(&refused.stderr).contains("fixed features"));
}

#[test]
fn lp_ft_fine_tunes_from_the_probe_s_head() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (probe, lpft) = (work.path().join("probe"), work.path().join("lpft"));
    ok(&xlavit(cache.path(), &probe_args(s(&probe), &["--freeze", "backbone", "--epochs", "3", "--probe-lr", "0.01"])));
    // A fine-tune too slow to move anything: it ends where it starts, at the probe's head. Its
    // recipe (mixup) is the fine-tune's, not refused for the probe before it.
    ok(&xlavit(cache.path(), &probe_args(s(&lpft), &["--probe-epochs", "3", "--probe-lr", "0.01", "--epochs", "1", "--lr", "1e-12", "--no-augment", "--mixup", "0.8"])));
    assert_eq!(records(&lpft, "probe_epoch").len(), 3);
    assert_eq!(records(&lpft, "epoch").len(), 1);
    let head = |d: &Path| {
        let t = xlavit::checkpoint::read_safetensors(&d.join("last/model.safetensors")).unwrap();
        t["classifier.weight"].to_f32().unwrap()
    };
    assert!(common::max_abs_diff(&head(&probe), &head(&lpft)) < 1e-6, "the fine-tune did not start from the probe's head");
}

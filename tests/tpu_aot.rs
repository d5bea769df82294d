//! `xlavit compile --device tpu --target SLICE`: the real TPU compiler (libtpu, which
//! `scripts/install_deps.sh` installs into .deps/tpu) compiles the training programs for a
//! described Cloud TPU slice on this machine, which has no TPU. Checked: the programs are split
//! over every chip with XLA's all-reduce, every memory and cost field is there and sensible, a
//! multi-host slice compiles, and a batch too large for a chip gets the "does not fit" verdict,
//! the largest batch that fits (which then does fit), and a failing `--require-fit`.

use std::path::Path;
use std::process::{Command, Output};

const GIB: f64 = (1u64 << 30) as f64;

fn compile(out: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xlavit"))
        .args(["compile", "--device", "tpu"])
        .args(args)
        .arg("--out")
        .arg(out)
        .env_remove("XLAVIT_PJRT_PLUGIN")
        .env_remove("XLA_FLAGS")
        .env_remove("XLAVIT_DEVICE_MEMORY")
        .env_remove("TPU_STDERR_LOG_LEVEL")
        .env_remove("TPU_LOG_DIR")
        .output()
        .unwrap()
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn summary(out: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

/// Every memory field present and positive, the total within one v5e chip, XLA's cost present.
fn check_program(s: &serde_json::Value, name: &str, devices: f64) {
    let p = &s["programs"][name];
    for field in ["argument_bytes", "output_bytes", "alias_bytes", "temp_bytes", "generated_code_bytes", "device_bytes_needed"] {
        let v = p[field].as_f64().unwrap_or_else(|| panic!("{name}: no {field} in {p}"));
        assert!(v > 0.0, "{name}: {field} = {v}");
    }
    let needed = p["device_bytes_needed"].as_f64().unwrap();
    let sum = p["argument_bytes"].as_f64().unwrap() + p["output_bytes"].as_f64().unwrap() - p["alias_bytes"].as_f64().unwrap()
        + p["temp_bytes"].as_f64().unwrap()
        + p["generated_code_bytes"].as_f64().unwrap();
    assert_eq!(needed, sum, "{name}: the total is arguments + outputs - aliased + temporaries + code");
    assert!(needed < 16.0 * GIB, "{name}: {needed} bytes");
    assert_eq!(p["fits"], true, "{name}");
    // XLA's cost analysis is the program one chip runs: about our count split over the chips
    // (XLA counts a multiply-add and some elementwise work differently, hence the wide band).
    let xla = p["flops_xla"].as_f64().unwrap_or_else(|| panic!("{name}: no flops_xla"));
    let ours = p["flops_ours"].as_f64().unwrap() / devices;
    assert!(xla > 0.5 * ours && xla < 2.0 * ours, "{name}: XLA {xla} FLOP per chip, ours {ours}");
    assert!(p["bytes_accessed_xla"].as_f64().unwrap() > needed / 4.0, "{name}: bytes accessed {}", p["bytes_accessed_xla"]);
    assert!(p["estimate"]["min_seconds"].as_f64().unwrap() > 0.0, "{name}: {}", p["estimate"]);
}

#[test]
fn a_v5e_8_gets_the_train_and_eval_programs_split_over_its_chips() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c");
    let o = compile(&out, &["--target", "v5e-8", "--config", "tiny", "--batch", "64", "--dump-hlo"]);
    let (stdout, stderr) = text(&o);
    assert!(o.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("v5e-8 (TPU v5e, 8 chips, 8 per host) (ahead of time, no device) x 8 (data parallel)"), "{stdout}");
    // bf16 by default, as on a real TPU.
    assert!(stdout.contains("precision bf16"), "{stdout}");
    assert_eq!(stdout.matches("  fits: ").count(), 2, "one verdict per program:\n{stdout}");
    assert!(stdout.contains("of 16 GiB per chip"), "{stdout}");
    assert!(stdout.contains("estimate (roofline, TPU v5e: not a measurement)") && stdout.contains("s per epoch of Food-101"), "{stdout}");
    // libtpu's own warnings stay in its log, off the terminal.
    assert!(!stderr.contains("TPU_WORKER_HOSTNAMES") && !stderr.contains("hugepage"), "libtpu spoke on the terminal:\n{stderr}");
    assert!(out.join("libtpu_logs").is_dir());

    let s = summary(&out);
    assert_eq!((s["devices"].as_u64(), s["processes"].as_u64(), s["precision"].as_str()), (Some(8), Some(1), Some("bf16")));
    assert_eq!(s["device_memory_bytes"].as_u64(), Some(16 << 30));
    check_program(&s, "train_step", 8.0);
    check_program(&s, "eval", 8.0);

    // Each chip gets its eighth of the batch, and XLA sums the gradients across the chips.
    let hlo = std::fs::read_to_string(out.join("train_step.xla_hlo.after_optimizations.txt")).unwrap();
    assert!(hlo.contains("u8[8,32,32,3]"), "no per-chip image shard in the optimized train step");
    assert!(!hlo.contains("u8[64,32,32,3]"), "the whole batch reached one chip");
    assert!(hlo.contains("all-reduce"), "no all-reduce in the optimized train step");
}

#[test]
fn a_v5e_16_is_four_hosts_and_steps_per_call_is_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let o = compile(dir.path(), &["--target", "v5litepod-16", "--config", "tiny", "--batch", "64", "--steps-per-call", "2"]);
    let (stdout, stderr) = text(&o);
    assert!(o.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("x 16 (data parallel) over 4 processes (hosts)") && stdout.contains("x 2 steps per call"), "{stdout}");
    let s = summary(dir.path());
    assert_eq!((s["devices"].as_u64(), s["processes"].as_u64(), s["steps_per_call"].as_u64()), (Some(16), Some(4), Some(2)));
    check_program(&s, "train_step", 16.0);
    check_program(&s, "eval", 16.0);
    // XLA's cost analysis takes the K-step loop's body once, so its figures are one step's and
    // the estimate is per step (the estimate would be K times too fast if XLA ever counted the
    // trips: this catches that).
    let one = tempfile::tempdir().unwrap();
    assert!(compile(one.path(), &["--target", "v5e-16", "--config", "tiny", "--batch", "64"]).status.success());
    let (k2, k1) = (s["programs"]["train_step"]["flops_xla"].as_f64().unwrap(), summary(one.path())["programs"]["train_step"]["flops_xla"].as_f64().unwrap());
    assert!((k2 / k1 - 1.0).abs() < 0.01, "2 steps per call: {k2} FLOP, 1: {k1}");
    assert_eq!(s["programs"]["train_step"]["estimate"]["per"], "step");
    assert!(stdout.contains("ms per step"), "{stdout}");
}

/// The tiny ViT at 512 px: 4,096 tokens, so attention fills a v5e chip at a small batch.
fn large_image_config(dir: &Path) -> String {
    let mut cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env!("CARGO_MANIFEST_DIR").to_string() + "/tests/fixtures/tiny_vit/config.json").unwrap()).unwrap();
    cfg["image_size"] = 512.into();
    let path = dir.join("config.json");
    std::fs::write(&path, cfg.to_string()).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_batch_too_large_for_a_chip_is_said_with_the_largest_that_fits() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = large_image_config(dir.path());
    let out = dir.path().join("big");
    let o = compile(&out, &["--target", "v5e-8", "--config", &cfg, "--batch", "512", "--require-fit"]);
    let (stdout, stderr) = text(&o);
    assert!(!o.status.success(), "--require-fit passed a batch that does not fit:\n{stdout}");
    assert!(stderr.contains("--require-fit: train_step and eval do not fit the device's memory"), "{stderr}");
    let line = stdout.lines().find(|l| l.contains("does not fit: needs")).unwrap_or_else(|| panic!("no verdict:\n{stdout}"));
    assert!(line.contains(" of 16 GiB per chip"), "{line}");
    let s = summary(&out);
    let train = &s["programs"]["train_step"];
    assert_eq!(train["fits"], false);
    assert!(train["compiler_out_of_memory"].as_str().unwrap().contains("RESOURCE_EXHAUSTED"), "{train}");
    let largest = train["largest_fitting_batch"].as_u64().unwrap_or_else(|| panic!("no largest batch: {train}"));
    assert!(largest > 0 && largest < 512 && largest.is_multiple_of(8), "{largest}");
    assert!(stdout.contains(&format!("the largest global batch that fits is {largest}")), "{stdout}");

    // That batch fits, and 8 more (one more image per chip) do not: the search found the edge.
    let at = dir.path().join("at");
    let o = compile(&at, &["--target", "v5e-8", "--config", &cfg, "--batch", &largest.to_string(), "--require-fit"]);
    let (stdout, stderr) = text(&o);
    let fitting_train = &summary(&at)["programs"]["train_step"];
    assert_eq!(fitting_train["fits"], true, "{stdout}\n{stderr}");
    let above = dir.path().join("above");
    compile(&above, &["--target", "v5e-8", "--config", &cfg, "--batch", &(largest + 8).to_string()]);
    assert_eq!(summary(&above)["programs"]["train_step"]["fits"], false);
}

#[test]
fn max_batch_searches_even_when_the_batch_fits() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = large_image_config(dir.path());
    let o = compile(dir.path(), &["--target", "v5e-8", "--config", &cfg, "--batch", "16", "--max-batch", "--no-augment"]);
    let (stdout, stderr) = text(&o);
    assert!(o.status.success(), "{stdout}\n{stderr}");
    let s = summary(dir.path());
    for name in ["train_step", "eval"] {
        let p = &s["programs"][name];
        assert_eq!(p["fits"], true, "{name}");
        let b = p["largest_fitting_batch"].as_u64().unwrap_or_else(|| panic!("{name}: {p}"));
        assert!(b > 16, "{name}: {b}");
    }
    // Evaluation keeps no activations for a backward pass: a larger batch fits.
    assert!(s["programs"]["eval"]["largest_fitting_batch"].as_u64() > s["programs"]["train_step"]["largest_fitting_batch"].as_u64());
}

#[test]
fn bad_targets_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let err = |args: &[&str]| {
        let o = compile(dir.path(), args);
        assert!(!o.status.success(), "{args:?} passed");
        text(&o).1
    };
    let e = err(&["--target", "v5e-9"]);
    assert!(e.contains("unknown TPU slice 'v5e-9'") && e.contains("v5e-8, v5e-16") && e.contains("v4-8") && e.contains("v6e-8"), "{e}");
    let e = err(&["--target", "v5e-8", "--batch", "12"]);
    assert!(e.contains("--batch 12 does not split over the 8 devices"), "{e}");
    let e = err(&["--target", "v5e-8", "--plugin", "/nonexistent/libtpu.so"]);
    assert!(e.contains("needs libtpu") && e.contains("bash scripts/setup.sh tpu"), "{e}");
    // A plugin that cannot describe TPUs: it, the target and its own words are named.
    let cpu = Path::new(env!("CARGO_MANIFEST_DIR")).join(".deps/cpu/lammps_jax_pjrt_cpu/pjrt_c_api_cpu_plugin.so");
    let e = err(&["--target", "v5e-8", "--plugin", cpu.to_str().unwrap()]);
    assert!(e.contains("--target v5e-8") && e.contains("pjrt_c_api_cpu_plugin.so refused the TPU topology v5e:2x4") && e.contains("UNIMPLEMENTED"), "{e}");
    // A slice with the wrong device kind.
    let o = Command::new(env!("CARGO_BIN_EXE_xlavit")).args(["compile", "--target", "v5e-8", "--out"]).arg(dir.path()).output().unwrap();
    assert!(text(&o).1.contains("--target v5e-8 is a TPU slice: use it with --device tpu"), "{}", text(&o).1);
}

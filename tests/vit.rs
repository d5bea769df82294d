//! The ViT against the independent JAX reference (tests/fixtures, made by
//! scripts/reference/make_fixtures.py): logits, gradients, ten AdamW steps;
//! gradients against finite differences; augmentation; predict.

mod common;

use common::*;
use std::collections::BTreeMap;
use xlavit::augment::Augment;
use xlavit::checkpoint::read_safetensors;
use xlavit::dtype::DType;
use xlavit::graph::{Builder, Tensor};
use xlavit::host::HostTensor;
use xlavit::model::vit::{self, VitParams};
use xlavit::model::preprocessor::Preprocessor;
use xlavit::model::vit_config::VitConfig;
use xlavit::optim::{AdamW, Schedule};
use xlavit::runtime::{Arg, Buffer};

fn tiny() -> (VitConfig, Preprocessor, Vec<HostTensor>) {
    let dir = fixture("tiny_vit");
    let cfg = VitConfig::from_json_file(&dir.join("config.json")).unwrap();
    let pre = Preprocessor::load_or_default(&dir, &cfg).unwrap();
    let (params, _) = xlavit::checkpoint::load_vit_params(&dir, &cfg, 0).unwrap();
    (cfg, pre, params)
}

fn batch() -> BTreeMap<String, HostTensor> {
    read_safetensors(&fixture("tiny_vit_batch.safetensors")).unwrap()
}

fn eval_logits(cfg: &VitConfig, pre: &Preprocessor, params: &[HostTensor], images: &HostTensor) -> Vec<f32> {
    let n = images.dims[0];
    let f = xlavit::train_step::vit_eval(cfg, pre, n, Default::default(), Default::default()).unwrap();
    let mut inputs = params.to_vec();
    inputs.push(images.clone());
    inputs.push(HostTensor::from_i32(&[n], &vec![0; n as usize]).unwrap());
    inputs.push(HostTensor::from_f32(&[n], &vec![1.0; n as usize]).unwrap());
    let out = run(&client(), &f, &inputs).unwrap();
    out[2].to_f32().unwrap()
}

#[test]
fn tiny_vit_logits_match_the_reference() {
    let (cfg, pre, params) = tiny();
    let b = batch();
    let got = eval_logits(&cfg, &pre, &params, &b["images"]);
    let want = b["logits"].to_f32().unwrap();
    let e = rel_err(&got, &want);
    assert!(e < 1e-5, "relative error {e}: got {got:?}, want {want:?}");
}

#[test]
fn vit_b16_logits_match_the_reference() {
    let cfg = VitConfig::vit_b16();
    let pre = Preprocessor::for_config(&cfg);
    let params = xlavit::checkpoint::formula_params(&cfg);
    let pixels = xlavit::checkpoint::formula_pixels("vit_b16_images", 2 * 224 * 224 * 3);
    let images = HostTensor::from_u8(&[2, 224, 224, 3], &pixels).unwrap();
    let got = eval_logits(&cfg, &pre, &params, &images);
    let want = read_safetensors(&fixture("vit_b16_formula_logits.safetensors")).unwrap()["logits"].to_f32().unwrap();
    let e = rel_err(&got, &want);
    assert!(e < 1e-5, "ViT-B/16 relative error {e}");
}

fn reference_opt() -> AdamW {
    AdamW {
        schedule: Schedule::WarmupCosine { peak: 1e-3, warmup_steps: 3, total_steps: 10 },
        b1: 0.9,
        b2: 0.999,
        eps: 1e-8,
        weight_decay: 0.05,
        clip_norm: Some(1.0),
    }
}

#[test]
fn gradients_match_the_reference() {
    let (cfg, pre, params) = tiny();
    let b = batch();
    let specs = xlavit::model::vit::params(&cfg);
    let g = Builder::new("vit_grad");
    let p: Vec<Tensor> = specs.iter().map(|s| g.parameter(&s.name, DType::F32, s.dims()).unwrap()).collect();
    let images = g.parameter("images", DType::U8, &[4, 32, 32, 3]).unwrap();
    let labels = g.parameter("labels", DType::S32, &[4]).unwrap();
    let pixels = vit::normalize(&vit::to_unit(&images).unwrap(), &pre).unwrap();
    let logits = vit::forward(&cfg, &VitParams::new(&specs, &p).unwrap(), &pixels).unwrap();
    let (loss, _) = xlavit::model::softmax_cross_entropy(&logits, &labels).unwrap();
    let grads = xlavit::autodiff::grad(&loss, &p).unwrap();
    let names: Vec<String> = specs.iter().map(|p| p.name.clone()).collect();
    let mut outs: Vec<(&str, &Tensor)> = vec![("loss", &loss)];
    for (n, t) in names.iter().zip(&grads) {
        outs.push((n.as_str(), t));
    }
    let f = g.finish(&outs).unwrap();
    let mut inputs = params.clone();
    inputs.push(b["images"].clone());
    inputs.push(b["labels"].clone());
    let out = run(&client(), &f, &inputs).unwrap();
    let train = read_safetensors(&fixture("tiny_vit_train.safetensors")).unwrap();
    let loss0 = train["losses"].to_f32().unwrap()[0];
    assert!((out[0].to_f32().unwrap()[0] - loss0).abs() < 1e-5 * loss0.abs());
    for (i, n) in names.iter().enumerate() {
        let got = out[1 + i].to_f32().unwrap();
        let want = train[&format!("grad0.{n}")].to_f32().unwrap();
        if n.ends_with("attention.attention.key.bias") {
            // Mathematically zero (softmax is shift-invariant per query): only rounding noise.
            assert!(got.iter().all(|v| v.abs() < 1e-6), "{n}: {got:?}");
            continue;
        }
        let e = rel_err(&got, &want);
        assert!(e < 1e-5, "gradient of {n}: relative error {e}");
    }
}

#[test]
fn ten_adamw_steps_match_optax() {
    let (cfg, pre, params) = tiny();
    let b = batch();
    let train = read_safetensors(&fixture("tiny_vit_train.safetensors")).unwrap();
    let f = xlavit::train_step::vit_train_step(&cfg, &pre, 4, &reference_opt(), &Augment::off(), Default::default()).unwrap();
    let client = client();
    let exe = client.compile(&xlavit::emit::program(&f).unwrap()).unwrap();
    let n = params.len();
    let mut state: Vec<Buffer> = upload_train_state(&client, &params);
    let images = client.to_device(&b["images"], 0).unwrap();
    let labels = client.to_device(&b["labels"], 0).unwrap();
    let key = client.to_device(&HostTensor::from_u64(&[2], &[0, 0]).unwrap(), 0).unwrap();
    let (mut losses, mut lrs, mut norms) = (vec![], vec![], vec![]);
    for _ in 0..10 {
        let mut args: Vec<Arg> = state.drain(..).map(Arg::Donate).collect();
        args.extend([Arg::Borrow(&images), Arg::Borrow(&labels), Arg::Borrow(&key)]);
        let mut out = exe.execute(args).unwrap();
        let m: Vec<f32> = out.split_off(3 * n + 1).iter().map(|b| b.to_host().unwrap().to_f32().unwrap()[0]).collect();
        state = out;
        // metric outputs: loss, correct, lr, grad_norm
        losses.push(m[0]);
        lrs.push(m[2]);
        norms.push(m[3]);
    }
    let close = |what: &str, got: &[f32], want: &[f32], tol: f64| {
        assert_eq!(got.len(), want.len(), "{what}: lengths");
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            assert!(((g - w).abs() as f64) <= tol * w.abs().max(1e-3) as f64, "{what}[{i}]: {g} vs {w}");
        }
    };
    close("losses", &losses, &train["losses"].to_f32().unwrap(), 1e-4);
    close("lrs", &lrs, &train["lrs"].to_f32().unwrap(), 1e-5);
    close("grad_norms", &norms, &train["grad_norms"].to_f32().unwrap(), 1e-4);
    let specs = xlavit::model::vit::params(&cfg);
    for (i, name) in specs.iter().map(|p| &p.name).enumerate() {
        let got = state[i].to_host().unwrap().to_f32().unwrap();
        let want = train[&format!("final.{name}")].to_f32().unwrap();
        let init = params[i].to_f32().unwrap();
        if name.ends_with("attention.attention.key.bias") {
            // Adam amplifies this gradient's rounding noise into ~1e-5 updates of arbitrary sign.
            let worst = common::max_abs_diff(&got, &want);
            assert!(worst < 1e-4, "{name}: {worst}");
            continue;
        }
        // Parameters to 1e-4 relative, and the update itself (final - initial) to 1e-3 of its size.
        assert!(rel_err(&got, &want) < 1e-4, "final {name}: relative error {}", rel_err(&got, &want));
        let du: Vec<f32> = got.iter().zip(&init).map(|(a, b)| a - b).collect();
        let dw: Vec<f32> = want.iter().zip(&init).map(|(a, b)| a - b).collect();
        assert!(rel_err(&du, &dw) < 1e-3, "update of {name}: relative error {}", rel_err(&du, &dw));
    }
}

/// Ten steps of the tiny ViT in bf16 mixed precision stay close to the same ten steps in f32;
/// the program keeps its inputs (master weights, moments) f32 and runs its dots on bf16
/// operands.
#[test]
fn bf16_mixed_precision_tracks_f32_for_ten_steps() {
    use xlavit::model::{Numerics, Precision};
    let (cfg, pre, params) = tiny();
    let b = batch();
    let client = client();
    let n = params.len();
    let mut runs = vec![];
    for precision in [Precision::F32, Precision::Bf16] {
        let numerics = Numerics { precision, ..Default::default() };
        let f = xlavit::train_step::vit_train_step(&cfg, &pre, 4, &reference_opt(), &Augment::off(), numerics).unwrap();
        let text = xlavit::emit::stablehlo(&f).unwrap();
        // Both operand types sit between the op's `: (` and `) ->`.
        let operands_bf16 = |l: &str| l.rsplit_once(": (").and_then(|(_, t)| t.split_once(") ->")).is_some_and(|(ops, _)| ops.matches("bf16>").count() == 2);
        let mixed_dots = text.lines().filter(|l| l.contains("stablehlo.dot_general") && operands_bf16(l)).count();
        let all_dots = text.matches("stablehlo.dot_general").count();
        if precision == Precision::Bf16 {
            // Every dot, forward and backward, takes bf16 operands (XLA accumulates each in f32
            // inside the kernel: `Linear::forward` in src/model/vit.rs says why the result is bf16).
            assert!(all_dots > 0 && mixed_dots == all_dots, "{mixed_dots} of {all_dots} dots take bf16 operands");
            let main = text.lines().find(|l| l.contains("func.func public @main")).unwrap();
            assert!(!main.split("->").next().unwrap().contains("bf16"), "program inputs must stay f32: {main}");
        } else {
            assert!(!text.contains("bf16"), "an f32 program has no bf16 in it");
        }
        let exe = client.compile(&xlavit::emit::program(&f).unwrap()).unwrap();
        let mut state: Vec<Buffer> = upload_train_state(&client, &params);
        let images = client.to_device(&b["images"], 0).unwrap();
        let labels = client.to_device(&b["labels"], 0).unwrap();
        let key = client.to_device(&HostTensor::from_u64(&[2], &[0, 0]).unwrap(), 0).unwrap();
        let (mut losses, mut norms) = (vec![], vec![]);
        for _ in 0..10 {
            let mut args: Vec<Arg> = state.drain(..).map(Arg::Donate).collect();
            args.extend([Arg::Borrow(&images), Arg::Borrow(&labels), Arg::Borrow(&key)]);
            let mut out = exe.execute(args).unwrap();
            for (name, to) in [("loss", &mut losses), ("grad_norm", &mut norms)] {
                to.push(out[exe.signature().output(name).unwrap()].to_host().unwrap().to_f32().unwrap()[0]);
            }
            out.truncate(3 * n + 1);
            state = out;
        }
        let finals: Vec<Vec<f32>> = state[..n].iter().map(|b| b.to_host().unwrap().to_f32().unwrap()).collect();
        runs.push((losses, norms, finals));
    }
    let ((l32, n32, p32), (l16, n16, p16)) = (&runs[0], &runs[1]);
    // Measured: 1.4e-3 (loss) and 2.5e-3 (gradient norm) at most.
    for i in 0..10 {
        assert!((l16[i] - l32[i]).abs() <= 4e-3 * l32[i].abs(), "loss at step {i}: bf16 {}, f32 {}", l16[i], l32[i]);
        assert!((n16[i] - n32[i]).abs() <= 1e-2 * n32[i].abs(), "gradient norm at step {i}: bf16 {}, f32 {}", n16[i], n32[i]);
    }
    // The loss must fall in both (ten steps on one batch), by about the same amount.
    let (d32, d16) = (l32[0] - l32[9], l16[0] - l16[9]);
    assert!(d32 > 0.0 && (d16 - d32).abs() <= 0.1 * d32, "loss fell by {d16} in bf16, {d32} in f32");
    for (i, name) in xlavit::model::vit::params(&cfg).iter().map(|p| p.name.clone()).enumerate() {
        let init = params[i].to_f32().unwrap();
        let du16: Vec<f32> = p16[i].iter().zip(&init).map(|(a, b)| a - b).collect();
        let du32: Vec<f32> = p32[i].iter().zip(&init).map(|(a, b)| a - b).collect();
        if name.ends_with("attention.attention.key.bias") {
            continue; // its gradient is rounding noise in both (see ten_adamw_steps_match_optax)
        }
        // The ten-step update of each tensor points the same way and has the same size. (Single
        // elements can differ: Adam turns a gradient element near zero into a full-size step
        // whose sign bf16 rounding may flip.) Measured: cosine 0.9989 and 0.4% at worst.
        let dot: f64 = du16.iter().zip(&du32).map(|(a, b)| (a * b) as f64).sum();
        let norm = |v: &[f32]| v.iter().map(|a| (a * a) as f64).sum::<f64>().sqrt();
        let (a, b) = (norm(&du16), norm(&du32));
        assert!(dot / (a * b) > 0.995, "update of {name}: cosine {} between bf16 and f32", dot / (a * b));
        assert!((a - b).abs() <= 0.02 * b, "update of {name}: size {a} in bf16, {b} in f32");
    }
}

/// A ViT small enough for finite differences in f64 over every parameter tensor.
#[test]
fn whole_model_gradients_match_finite_differences() {
    let cfg = VitConfig::from_json_str(
        r#"{"hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2, "intermediate_size": 12,
            "image_size": 8, "patch_size": 4, "num_channels": 3, "qkv_bias": true, "layer_norm_eps": 1e-6,
            "id2label": {"0": "a", "1": "b", "2": "c"}}"#,
    )
    .unwrap();
    check_vit_gradients(&cfg);
}

fn augment_program(aug: &Augment, n: i64) -> xlavit::graph::Function {
    let b = Builder::new("augment");
    let images = b.parameter("images", DType::F32, &[n, 8, 6, 3]).unwrap();
    let key = b.parameter("key", DType::U64, &[2]).unwrap();
    let step = b.parameter("step", DType::S32, &[]).unwrap();
    let out = aug.apply(&images, &key, &step).unwrap();
    b.finish(&[("out", &out)]).unwrap()
}

fn augment(aug: &Augment, images: &HostTensor, step: i32) -> Vec<f32> {
    let f = augment_program(aug, images.dims[0]);
    let inputs = [images.clone(), HostTensor::from_u64(&[2], &[7, 9]).unwrap(), HostTensor::scalar_i32(step)];
    run(&client(), &f, &inputs).unwrap()[0].to_f32().unwrap()
}

#[test]
fn augmentation_flips_some_images_exactly() {
    let mut r = rng(31);
    let x = random(&mut r, DType::F32, &[16, 8, 6, 3], 0.0, 1.0);
    let xv = x.to_f32().unwrap();
    let aug = Augment { flip: true, ..Augment::off() };
    let out = augment(&aug, &x, 0);
    let per = 8 * 6 * 3;
    let (mut flipped, mut kept) = (0, 0);
    for i in 0..16 {
        let img = &xv[i * per..(i + 1) * per];
        let got = &out[i * per..(i + 1) * per];
        let mirror: Vec<f32> = (0..per).map(|k| {
            let (y, xx, c) = (k / 18, (k / 3) % 6, k % 3);
            img[y * 18 + (5 - xx) * 3 + c]
        }).collect();
        let same = |a: &[f32], b: &[f32]| a.iter().zip(b).all(|(p, q)| (p - q).abs() < 1e-5);
        if same(got, img) {
            kept += 1;
        } else if same(got, &mirror) {
            flipped += 1;
        } else {
            panic!("image {i} is neither kept nor mirrored");
        }
    }
    assert!(flipped > 0 && kept > 0, "flipped {flipped}, kept {kept}");
    assert_ne!(out, augment(&aug, &x, 1), "a new step draws new flips");
    assert_eq!(out, augment(&aug, &x, 0), "the same step draws the same flips");
}

/// Per image, the factor `f` with out = f * x (brightness) or out - m = f * (x - m) (contrast,
/// m the image's mean), checked to be one factor for every pixel of the image.
fn per_image_factors(x: &[f32], out: &[f32], per: usize, centered: bool) -> Vec<f32> {
    x.chunks(per)
        .zip(out.chunks(per))
        .enumerate()
        .map(|(i, (xi, oi))| {
            let mean = |v: &[f32]| if centered { v.iter().sum::<f32>() / per as f32 } else { 0.0 };
            let (mx, mo) = (mean(xi), mean(oi));
            if centered {
                assert!((mx - mo).abs() < 1e-5, "image {i}: contrast moved the mean from {mx} to {mo}");
            }
            let (j, _) = xi.iter().enumerate().max_by(|a, b| (a.1 - mx).abs().total_cmp(&(b.1 - mx).abs())).unwrap();
            let f = (oi[j] - mo) / (xi[j] - mx);
            for (k, (a, b)) in xi.iter().zip(oi).enumerate() {
                assert!(((a - mx) * f - (b - mo)).abs() < 1e-5, "image {i}, element {k}: not one factor {f} for the whole image");
            }
            f
        })
        .collect()
}

/// Runs `aug` on random images in [lo, hi] and checks that each image got one factor of its
/// own, drawn from 1 ± 0.2.
fn check_one_drawn_factor_per_image(aug: &Augment, seed: u64, (lo, hi): (f64, f64), centered: bool) {
    let x = random(&mut rng(seed), DType::F32, &[8, 8, 6, 3], lo, hi);
    let f = per_image_factors(&x.to_f32().unwrap(), &augment(aug, &x, 3), 8 * 6 * 3, centered);
    assert!(f.iter().all(|f| (0.8..=1.2).contains(f)), "factors outside 1 ± 0.2: {f:?}");
    assert!(f.iter().any(|g| (g - 1.0).abs() > 0.01), "the augmentation changed nothing: {f:?}");
    assert!(f.iter().any(|g| (g - f[0]).abs() > 0.01), "every image drew the same factor: {f:?}");
}

#[test]
fn brightness_scales_each_image_by_one_drawn_factor() {
    let aug = Augment { brightness: 0.2, ..Augment::off() };
    check_one_drawn_factor_per_image(&aug, 32, (0.2, 0.8), false);
}

#[test]
fn contrast_scales_each_image_about_its_mean() {
    // In [0.3, 0.7], a factor of at most 1.2 about the mean cannot reach the [0, 1] clamp.
    let aug = Augment { contrast: 0.2, ..Augment::off() };
    check_one_drawn_factor_per_image(&aug, 33, (0.3, 0.7), true);
}

/// The random-resized crop on an image whose channel 0 is a ramp along the width and channel 1
/// a ramp along the height: a bilinear resample of a crop is again two ramps, and from their
/// slopes between inner pixels (never clamped at the edge) the crop's width and height as
/// fractions of the image's come out exactly.
#[test]
fn random_resized_crop_keeps_the_drawn_area_at_an_allowed_aspect() {
    let (n, h, w) = (16usize, 8usize, 6usize);
    let ramps: Vec<f32> = (0..n * h * w * 3)
        .map(|k| match k % 3 {
            0 => ((k / 3) % w) as f32 / (w - 1) as f32,
            1 => ((k / 3 / w) % h) as f32 / (h - 1) as f32,
            _ => 0.5,
        })
        .collect();
    let x = HostTensor::from_f32(&[n as i64, h as i64, w as i64, 3], &ramps).unwrap();
    for min_area in [0.3, 0.9, 1.0] {
        let aug = Augment { crop_area: Some((min_area, 1.0)), ..Augment::off() };
        let out = augment(&aug, &x, 5);
        if min_area == 1.0 {
            assert!(common::max_abs_diff(&out, &ramps) < 1e-5, "a crop of the whole area is the image itself");
            continue;
        }
        let at = |i: usize, y: usize, xx: usize, c: usize| out[((i * h + y) * w + xx) * 3 + c];
        let mut starts = vec![];
        for i in 0..n {
            for y in 0..h {
                for xx in 0..w {
                    // Channel 0 varies only along the width, channel 1 only along the height.
                    assert!((at(i, y, xx, 0) - at(i, 0, xx, 0)).abs() < 1e-5, "image {i}: width ramp differs between rows");
                    assert!((at(i, y, xx, 1) - at(i, y, 0, 1)).abs() < 1e-5, "image {i}: height ramp differs between columns");
                }
            }
            // Output pixel o samples source (start - 0.5 + (o + 0.5) * fraction * size), and a
            // ramp's value is source / (size - 1).
            let fx = (at(i, 0, w - 2, 0) - at(i, 0, 1, 0)) * (w - 1) as f32 / (w - 3) as f32;
            let fy = (at(i, h - 2, 0, 1) - at(i, 1, 0, 1)) * (h - 1) as f32 / (h - 3) as f32;
            let (area, aspect) = (fx * fy, fx / fy);
            assert!(fx <= 1.0 + 1e-4 && fy <= 1.0 + 1e-4, "image {i}: the crop ({fx}, {fy}) is larger than the image");
            assert!(area >= min_area as f32 - 1e-4 && area <= 1.0 + 1e-4, "image {i}: crop keeps {area} of the area, below {min_area}");
            assert!((0.75 - 1e-4..=4.0 / 3.0 + 1e-4).contains(&aspect), "image {i}: aspect {aspect}");
            starts.push(at(i, 0, 0, 0));
        }
        assert!(starts.iter().any(|s| (s - starts[0]).abs() > 0.02), "every crop starts at the same place: {starts:?}");
        assert_ne!(out, augment(&aug, &x, 6), "a new step draws new crops");
    }
}

#[test]
fn checkpoint_round_trip_gives_the_same_logits() {
    let (cfg, pre, params) = tiny();
    let dir = tempfile::tempdir().unwrap();
    let named: Vec<(String, HostTensor)> = xlavit::model::vit::params(&cfg).into_iter().map(|p| p.name).zip(params.iter().cloned()).collect();
    xlavit::checkpoint::save_hf_dir(dir.path(), &cfg, &pre, &named).unwrap();
    let cfg2 = VitConfig::from_json_file(&dir.path().join("config.json")).unwrap();
    let pre2 = Preprocessor::load_or_default(dir.path(), &cfg2).unwrap();
    let (params2, _) = xlavit::checkpoint::load_vit_params(dir.path(), &cfg2, 0).unwrap();
    assert_eq!(cfg2.labels, cfg.labels);
    let b = batch();
    assert_eq!(eval_logits(&cfg, &pre, &params, &b["images"]), eval_logits(&cfg2, &pre2, &params2, &b["images"]));
}

#[test]
fn predict_json_gives_the_reference_logits() {
    let exe = env!("CARGO_BIN_EXE_xlavit");
    let imgs: Vec<String> = (0..4).map(|i| fixture(&format!("images/img{i}.png")).display().to_string()).collect();
    let out = std::process::Command::new(exe)
        .args(["predict", "--json", "--no-compile-cache", "--model", fixture("tiny_vit").to_str().unwrap()])
        .args(&imgs)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let want: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(fixture("tiny_vit_predict.json")).unwrap()).unwrap();
    let (got_logits, want_logits) = (predicted_logits(&got), reference_predictions());
    assert_eq!((got_logits.len(), want_logits.len()), (4, 4));
    for i in 0..4 {
        let (g, w) = (&got_logits[i], &want_logits[i]);
        assert!(rel_err(g, w) < 1e-5, "image {i}: {g:?} vs {w:?}");
        assert_eq!(got[i]["top_k"][0]["label"], want["predictions"][i]["predicted_label"]);
        assert_eq!(got[i]["top_k"].as_array().unwrap().len(), 5);
    }
}

#[test]
fn vit_b16_flop_count_matches_the_analytic_count() {
    let cfg = xlavit::model::vit_config::VitConfig::vit_b16();
    let pre = xlavit::model::preprocessor::Preprocessor::for_config(&cfg);
    let f = xlavit::train_step::vit_train_step(&cfg, &pre, 2, &xlavit::optim::AdamW::default(), &xlavit::augment::Augment::off(), Default::default()).unwrap();
    let per_image = f.flop_count() / 2.0;
    // Matmuls only, 2 FLOPs per multiply-add, forward x 3 for forward + backward.
    let (t, d, i, n, l) = (197.0, 768.0, 3072.0, 196.0, 12.0);
    let layer = 2.0 * t * d * d * 4.0 + 2.0 * 2.0 * t * d * i + 2.0 * 2.0 * t * t * d;
    let forward = 2.0 * n * d * d + l * layer + 2.0 * d * 1000.0;
    let analytic = 3.0 * forward;
    let ratio = per_image / analytic;
    assert!((1.0..1.03).contains(&ratio), "ours {per_image:e}, analytic matmul count {analytic:e} (ratio {ratio})");
}

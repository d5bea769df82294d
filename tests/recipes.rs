//! The fine-tuning recipes inside the train step, each against what it must equal: gradient
//! accumulation against one step on the whole batch (and its memory against one micro-batch's),
//! label smoothing against the formula on the host, layer-wise learning rates against the
//! scales timm gives, the EMA against timm's update of the weights the steps produced.

mod common;

use common::*;
use xlavit::augment::Augment;
use xlavit::dtype::DType;
use xlavit::graph::Function;
use xlavit::host::HostTensor;
use xlavit::model::preprocessor::Preprocessor;
use xlavit::model::vit_config::VitConfig;
use xlavit::optim::{AdamW, Schedule};
use xlavit::recipe::Recipe;
use xlavit::train_step::{StateLayout, StepOptions};

const LR: f64 = 1e-3;

/// Plain AdamW at a constant rate, no clipping or decay: each first-step update is then lr times
/// about ±1 per element, whatever the gradient's size.
fn opt() -> AdamW {
    AdamW { schedule: Schedule::Constant(LR), weight_decay: 0.0, clip_norm: None, ..AdamW::default() }
}

fn step(batch: i64, recipe: Recipe, accumulate: bool) -> Function {
    step_with(&opt(), batch, recipe, accumulate)
}

fn step_with(opt: &AdamW, batch: i64, recipe: Recipe, accumulate: bool) -> Function {
    let cfg = VitConfig::tiny();
    let pre = Preprocessor::for_config(&cfg);
    let options = StepOptions { accumulate, steps_per_call: 1, recipe };
    xlavit::train_step::vit_train_step_with(&cfg, &pre, batch, opt, &Augment::off(), Default::default(), options).unwrap()
}

fn layout(recipe: &Recipe, accumulate: bool) -> StateLayout {
    StepOptions { accumulate, steps_per_call: 1, recipe: *recipe }.layout(&xlavit::model::vit::params(&VitConfig::tiny()))
}

/// `rows` formula images and labels, stacked `[N, rows / N, ...]` when `micro` is N > 1.
fn batch(rows: i64, micro: i64) -> (HostTensor, HostTensor) {
    let s = VitConfig::tiny().image_size;
    let pixels = xlavit::checkpoint::formula_pixels("recipes", (rows * s * s * 3) as usize);
    let labels: Vec<i32> = (0..rows as i32).map(|i| (i * 3) % 5).collect();
    let lead: Vec<i64> = if micro > 1 { vec![micro, rows / micro] } else { vec![rows] };
    let dims: Vec<i64> = lead.iter().copied().chain([s, s, 3]).collect();
    (HostTensor::from_u8(&dims, &pixels).unwrap(), HostTensor::from_i32(&lead, &labels).unwrap())
}

/// One call of `f` from the fresh state of `recipe`: all its outputs.
fn run_step(f: &Function, recipe: &Recipe, rows: i64, micro: i64) -> Vec<HostTensor> {
    let params = xlavit::checkpoint::formula_params(&VitConfig::tiny());
    let mut inputs = layout(recipe, false).initial(&params);
    let (images, labels) = batch(rows, micro);
    inputs.extend([images, labels, HostTensor::from_u64(&[2], &[0, 7]).unwrap()]);
    run(&client(), f, &inputs).unwrap()
}

fn output<'a>(f: &Function, outs: &'a [HostTensor], name: &str) -> &'a HostTensor {
    &outs[f.output_names.iter().position(|n| n == name).unwrap_or_else(|| panic!("no output {name}"))]
}

#[test]
fn four_micro_batches_make_the_step_of_their_whole_batch() {
    let whole = Recipe::default();
    let accumulated = Recipe { grad_accum_steps: 4, ..Recipe::default() };
    // With ε = 1 Adam's first move, lr g / (|g| + 1), is about lr g: the weights then compare
    // the gradients themselves (with ε = 1e-8 it is lr g / |g|, which turns the rounding of
    // near-zero gradients into full-size moves).
    let linear = AdamW { eps: 1.0, schedule: Schedule::Constant(1.0), ..opt() };
    let (f1, fn_) = (step_with(&linear, 8, whole, false), step_with(&linear, 2, accumulated, false));
    let (a, b) = (run_step(&f1, &whole, 8, 1), run_step(&fn_, &accumulated, 8, 4));
    let names = layout(&whole, false).names();
    for (i, name) in names.iter().enumerate() {
        if name == "step" {
            assert_eq!(a[i], b[i], "one optimizer step either way");
            continue;
        }
        let (x, y) = (a[i].to_f32().unwrap(), b[i].to_f32().unwrap());
        assert!(max_abs_diff(&x, &y) <= 1e-6, "{name}: {}", max_abs_diff(&x, &y));
    }
    let loss = |f: &Function, o: &[HostTensor]| output(f, o, "loss").to_f32().unwrap()[0];
    assert!((loss(&f1, &a) - loss(&fn_, &b)).abs() < 1e-5, "the loss is the whole batch's mean");
    assert_eq!(output(&f1, &a, "correct"), output(&fn_, &b, "correct"), "correct counts over every micro-batch");
}

#[test]
fn accumulation_holds_one_micro_batch_in_memory() {
    let client = client();
    let temp = |batch: i64, micro: usize| -> i64 {
        let recipe = Recipe { grad_accum_steps: micro, ..Recipe::default() };
        let exe = client.compile(&xlavit::emit::program(&step(batch, recipe, true)).unwrap()).unwrap();
        exe.compiled_memory_stats().unwrap().expect("the CPU plugin reports compiled memory").temp_size_in_bytes
    };
    let (micro, whole, accumulated) = (temp(4, 1), temp(32, 1), temp(4, 8));
    assert!(accumulated < whole / 3, "8 micro-batches of 4 use {accumulated} B of temporaries, one batch of 32 {whole} B");
    assert!((accumulated as f64) < 1.5 * micro as f64, "8 micro-batches of 4: {accumulated} B, one of 4: {micro} B");
}

#[test]
fn label_smoothing_is_the_soft_target_cross_entropy() {
    use xlavit::graph::Builder;
    let (rows, classes, eps) = (3i64, 5i64, 0.1);
    let mut r = rng(11);
    let logits = random(&mut r, DType::F64, &[rows, classes], -3.0, 3.0);
    let labels = HostTensor::from_i32(&[rows], &[4, 0, 2]).unwrap();
    let b = Builder::new("smoothing");
    let (x, y) = (b.parameter("logits", DType::F64, &[rows, classes]).unwrap(), b.parameter("labels", DType::S32, &[rows]).unwrap());
    let t = xlavit::model::smoothed_targets(&y, classes, eps, DType::F64).unwrap();
    let loss = xlavit::model::soft_cross_entropy(&x, &t).unwrap();
    let f = b.finish(&[("loss", &loss)]).unwrap();
    let got = run(&client(), &f, &[logits.clone(), labels]).unwrap()[0].to_f64_lossy().unwrap();
    let l = logits.to_f64_lossy().unwrap();
    for (i, &label) in [4usize, 0, 2].iter().enumerate() {
        let row = &l[i * 5..(i + 1) * 5];
        let lse = row.iter().map(|v| v.exp()).sum::<f64>().ln();
        // (1 − ε) of the label's negative log-probability, ε of the mean over the classes.
        let want = (1.0 - eps) * (lse - row[label]) + eps * row.iter().map(|v| lse - v).sum::<f64>() / 5.0;
        assert!((got[i] - want).abs() < 1e-12, "row {i}: {} vs {want}", got[i]);
    }
}

#[test]
fn label_smoothing_changes_the_loss_and_leaves_accuracy() {
    let smooth = Recipe { label_smoothing: 0.2, ..Recipe::default() };
    let (f0, f1) = (step(4, Recipe::default(), false), step(4, smooth, false));
    let (a, b) = (run_step(&f0, &Recipe::default(), 4, 1), run_step(&f1, &smooth, 4, 1));
    assert_eq!(output(&f0, &a, "correct"), output(&f1, &b, "correct"));
    assert_ne!(output(&f0, &a, "loss"), output(&f1, &b, "loss"));
}

#[test]
fn layer_decay_scales_each_layer_as_timm_does() {
    let r = 0.5;
    let recipe = Recipe { layer_decay: Some(r), ..Recipe::default() };
    let f = step(4, recipe, false);
    let outs = run_step(&f, &recipe, 4, 1);
    let params = xlavit::model::vit::params(&VitConfig::tiny());
    let start = xlavit::checkpoint::formula_params(&VitConfig::tiny());
    // The tiny ViT has 2 blocks: embeddings R^3, block 1 R^2, block 2 R^1, final norm and head R^0.
    for (name, want) in [
        ("vit.embeddings.position_embeddings", r.powi(3)),
        ("vit.embeddings.patch_embeddings.projection.weight", r.powi(3)),
        ("vit.encoder.layer.0.attention.attention.query.weight", r.powi(2)),
        ("vit.encoder.layer.1.output.dense.weight", r),
        ("vit.layernorm.weight", 1.0),
        ("classifier.weight", 1.0),
    ] {
        let i = params.iter().position(|p| p.name == name).unwrap();
        let (before, after) = (start[i].to_f32().unwrap(), outs[i].to_f32().unwrap());
        // Adam's first step moves each element by lr m̂ / (√v̂ + ε) = lr g / (|g| + ε): lr, less a
        // hair for the smallest gradients. The largest move is the layer's rate.
        let moved = before.iter().zip(&after).map(|(x, y)| (x - y).abs() as f64).fold(0.0, f64::max);
        assert!((moved / (LR * want) - 1.0).abs() < 1e-3, "{name}: moved {moved}, want {}", LR * want);
    }
}

#[test]
fn the_ema_follows_timm_model_ema_v3() {
    for warmup in [false, true] {
        let decay = 0.9;
        let recipe = Recipe { ema_decay: Some(decay), ema_warmup: warmup, ..Recipe::default() };
        let f = step(4, recipe, false);
        let layout = layout(&recipe, false);
        let params = xlavit::model::vit::params(&VitConfig::tiny());
        let mut state = layout.initial(&xlavit::checkpoint::formula_params(&VitConfig::tiny()));
        let (images, labels) = batch(4, 1);
        let key = HostTensor::from_u64(&[2], &[0, 7]).unwrap();
        let mut trajectory = vec![];
        for _ in 0..3 {
            let mut inputs = state.clone();
            inputs.extend([images.clone(), labels.clone(), key.clone()]);
            let outs = run(&client(), &f, &inputs).unwrap();
            state = outs[..layout.len()].to_vec();
            trajectory.push((layout.part(&state, xlavit::state_layout::Part::Params).to_vec(), layout.part(&state, xlavit::state_layout::Part::Ema).to_vec()));
        }
        // timm: the first update copies the weights; update s + 1 uses d = decay, or with
        // warmup min(decay, 1 − (1 + s)^(−2/3)).
        let d = |s: f64| if warmup { decay.min(1.0 - (1.0 + s).powf(-2.0 / 3.0)) } else { decay };
        for i in 0..params.len() {
            let p: Vec<Vec<f32>> = trajectory.iter().map(|(p, _)| p[i].to_f32().unwrap()).collect();
            let e: Vec<Vec<f32>> = trajectory.iter().map(|(_, e)| e[i].to_f32().unwrap()).collect();
            assert_eq!(e[0], p[0], "{}: the first update copies the weights", params[i].name);
            let mut want = p[0].iter().map(|&v| v as f64).collect::<Vec<_>>();
            for (s, now) in p.iter().enumerate().skip(1) {
                want = want.iter().zip(now).map(|(w, &x)| d(s as f64) * w + (1.0 - d(s as f64)) * x as f64).collect();
                let worst = want.iter().zip(&e[s]).map(|(w, &g)| (w - g as f64).abs()).fold(0.0, f64::max);
                assert!(worst < 1e-6, "{} after update {}: {worst}", params[i].name, s + 1);
            }
        }
    }
}

/// `Noise` applied by `apply` to ones `[rows, 2, 3]`, with a fixed key and step.
fn noisy_ones(rows: i64, cfg: &VitConfig, drop_path: f64, apply: impl Fn(&xlavit::model::vit::Noise, &xlavit::graph::Tensor) -> anyhow::Result<xlavit::graph::Tensor>) -> Vec<f32> {
    use xlavit::graph::Builder;
    let b = Builder::new("noise");
    let x = b.parameter("x", DType::F32, &[rows, 2, 3]).unwrap();
    let key = b.parameter("key", DType::U64, &[2]).unwrap();
    let step = b.parameter("step", DType::S32, &[]).unwrap();
    let noise = xlavit::model::vit::Noise::new(&key, &step, drop_path, cfg).unwrap().expect("something is random");
    let y = apply(&noise, &x).unwrap();
    let f = b.finish(&[("y", &y)]).unwrap();
    let ones = HostTensor::from_f32(&[rows, 2, 3], &vec![1.0; (rows * 6) as usize]).unwrap();
    let inputs = [ones, HostTensor::from_u64(&[2], &[0, 9]).unwrap(), HostTensor::scalar_i32(3)];
    run(&client(), &f, &inputs).unwrap()[0].to_f32().unwrap()
}

#[test]
fn drop_path_drops_whole_samples_at_the_block_s_rate_and_rescales_the_rest() {
    // Three blocks and --drop-path 0.5: rates 0, 0.25, 0.5 (timm's linspace).
    let cfg = VitConfig { num_hidden_layers: 3, ..VitConfig::tiny() };
    let rows = 4000;
    for (block, rate) in [(0usize, 0.0f64), (1, 0.25), (2, 0.5)] {
        let y = noisy_ones(rows, &cfg, 0.5, |n, x| n.drop_path(x, block));
        let kept = y.chunks(6).filter(|s| s[0] != 0.0).count() as f64;
        for sample in y.chunks(6) {
            assert!(sample.iter().all(|&v| v == sample[0]), "a sample is kept or dropped whole: {sample:?}");
            assert!(sample[0] == 0.0 || (sample[0] as f64 - 1.0 / (1.0 - rate)).abs() < 1e-6, "kept samples scale by 1/(1 - rate): {}", sample[0]);
        }
        // Within 4 standard deviations of the keep probability.
        let (p, n) = (1.0 - rate, rows as f64);
        assert!((kept / n - p).abs() <= 4.0 * (p * (1.0 - p) / n).sqrt() + 1e-9, "block {block}: kept {kept} of {n}, want {p}");
    }
}

#[test]
fn config_dropout_drops_elements_and_the_step_uses_it() {
    let cfg = VitConfig { hidden_dropout_prob: 0.3, ..VitConfig::tiny() };
    let y = noisy_ones(1000, &cfg, 0.0, |n, x| n.dropout(x, 0.3));
    assert!(y.iter().all(|&v| v == 0.0 || (v as f64 - 1.0 / 0.7).abs() < 1e-6), "kept elements scale by 1/(1 - rate)");
    let kept = y.iter().filter(|&&v| v != 0.0).count() as f64 / y.len() as f64;
    assert!((kept - 0.7).abs() < 4.0 * (0.21f64 / y.len() as f64).sqrt(), "kept {kept} of the elements, want 0.7");
    assert!(y.chunks(6).any(|s| s.contains(&0.0) && s.iter().any(|&v| v != 0.0)), "element-wise, not per sample");
    // Element-wise through the model's own path: a hidden dropout of 0.3 on the embeddings.
    let pre = Preprocessor::for_config(&cfg);
    let options = StepOptions { accumulate: false, steps_per_call: 1, recipe: Recipe::default() };
    let with = xlavit::train_step::vit_train_step_with(&cfg, &pre, 4, &opt(), &Augment::off(), Default::default(), options).unwrap();
    let without = step(4, Recipe::default(), false);
    let loss = |f: &Function| output(f, &run_step(f, &Recipe::default(), 4, 1), "loss").to_f32().unwrap()[0];
    assert_ne!(loss(&with), loss(&without), "the config's dropout changes the training loss");
    assert_eq!(loss(&with), loss(&with), "and draws from the step's key, the same each time");
}

#[test]
fn drop_path_changes_training_and_nothing_else() {
    let dp = Recipe { drop_path: 0.5, ..Recipe::default() };
    let (f0, f1) = (step(4, Recipe::default(), false), step(4, dp, false));
    let loss = |f: &Function, r: &Recipe| output(f, &run_step(f, r, 4, 1), "loss").to_f32().unwrap()[0];
    assert_ne!(loss(&f0, &Recipe::default()), loss(&f1, &dp));
    let text = |f: &Function| xlavit::emit::stablehlo(f).unwrap();
    assert!(text(&f1).contains("rng_bit_generator") && text(&f0).matches("rng_bit_generator").count() < text(&f1).matches("rng_bit_generator").count());
    // Evaluation never drops: the eval program draws nothing.
    let cfg = VitConfig::tiny();
    let eval = xlavit::train_step::vit_eval_accumulating(&cfg, &Preprocessor::for_config(&cfg), 4, Default::default(), Default::default()).unwrap();
    assert!(!text(&eval).contains("rng_bit_generator"));
}

#[test]
fn gradients_flow_through_drop_path_as_finite_differences_say() {
    let cfg = VitConfig { num_hidden_layers: 2, ..VitConfig::tiny() };
    check_grad("drop_path", &[&[6, 2, 3]], -1.0, 1.0, |b, x| {
        let key = b.concatenate(&[b.scalar_u64(0).reshape(&[1])?, b.scalar_u64(5).reshape(&[1])?], 0)?;
        let step = b.scalar(2.0, DType::S32);
        let noise = xlavit::model::vit::Noise::new(&key, &step, 0.6, &cfg)?.expect("random");
        noise.drop_path(&x[0].sin()?, 1)
    });
}

/// `xlavit predict --json` on `files` with the built-in tiny checkpoint: each file's logits.
fn predict(files: &[&std::path::Path], tta: &str) -> Vec<Vec<f32>> {
    let mut args: Vec<String> = vec!["predict".into(), "--model".into(), "tests/fixtures/tiny_vit".into(), "--json".into(), "--tta".into(), tta.into()];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_xlavit")).args(&args).env_remove("XLAVIT_PJRT_PLUGIN").env("HF_HUB_OFFLINE", "1").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    predicted_logits(&serde_json::from_slice(&out.stdout).unwrap())
}

#[test]
fn flip_tta_averages_the_logits_of_an_image_and_its_mirror() {
    let dir = tempfile::tempdir().unwrap();
    let (a, mirrored) = (dir.path().join("a.png"), dir.path().join("mirrored.png"));
    let img = image::open(fixture("train_folder/validation/apple/00.png")).unwrap().to_rgb8();
    img.save(&a).unwrap();
    image::imageops::flip_horizontal(&img).save(&mirrored).unwrap();
    let plain = predict(&[&a, &mirrored], "none");
    let tta = predict(&[&a, &mirrored], "flip");
    assert_ne!(plain[0], plain[1], "the model tells an image from its mirror");
    for k in 0..plain[0].len() {
        let mean = (plain[0][k] + plain[1][k]) / 2.0;
        for (i, t) in tta.iter().enumerate() {
            assert!((t[k] - mean).abs() < 1e-5, "image {i}, logit {k}: {} vs the mean {mean}", t[k]);
        }
    }
}

fn beta_draws(alpha: f64, n: i64, seed: u64) -> Vec<f32> {
    use xlavit::graph::Builder;
    let b = Builder::new("beta");
    let state = b.parameter("state", DType::U64, &[2]).unwrap();
    let (_, x) = xlavit::mixup::beta(&state, alpha, &[n]).unwrap();
    let f = b.finish(&[("x", &x)]).unwrap();
    run(&client(), &f, &[HostTensor::from_u64(&[2], &[seed, 17]).unwrap()]).unwrap()[0].to_f32().unwrap()
}

#[test]
fn beta_draws_have_the_distribution_s_mean_and_variance() {
    let n = 40_000;
    for alpha in [0.2, 0.8, 1.0, 3.0] {
        let x = beta_draws(alpha, n, 3);
        assert!(x.iter().all(|v| (0.0..=1.0).contains(v)), "Beta({alpha}) outside [0, 1]");
        let mean = x.iter().map(|&v| v as f64).sum::<f64>() / n as f64;
        let var = x.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / n as f64;
        let want_var = 1.0 / (4.0 * (2.0 * alpha + 1.0));
        assert!((mean - 0.5).abs() < 4.0 * (want_var / n as f64).sqrt(), "Beta({alpha}): mean {mean}");
        assert!((var / want_var - 1.0).abs() < 0.05, "Beta({alpha}): variance {var}, want {want_var}");
    }
}

/// `Mixup::apply` on random images `[4, 8, 6, 3]` and labels: (images, mixed, targets, λ).
fn mixed(m: xlavit::mixup::Mixup, smoothing: f64, seed: u64) -> (Vec<f32>, Vec<f32>, Vec<f32>, f32) {
    use xlavit::graph::Builder;
    let dims = [4i64, 8, 6, 3];
    let b = Builder::new("mixup");
    let x = b.parameter("x", DType::F32, &dims).unwrap();
    let y = b.parameter("y", DType::S32, &[4]).unwrap();
    let state = b.parameter("state", DType::U64, &[2]).unwrap();
    let out = m.apply(&x, &y, 5, smoothing, &state).unwrap();
    let f = b.finish(&[("images", &out.images), ("targets", &out.targets), ("lam", &out.lam)]).unwrap();
    let images = random(&mut rng(seed), DType::F32, &dims, 0.0, 1.0);
    let labels = HostTensor::from_i32(&[4], &[0, 3, 1, 4]).unwrap();
    let outs = run(&client(), &f, &[images.clone(), labels, HostTensor::from_u64(&[2], &[seed, 5]).unwrap()]).unwrap();
    (images.to_f32().unwrap(), outs[0].to_f32().unwrap(), outs[1].to_f32().unwrap(), outs[2].to_f32().unwrap()[0])
}

/// Row `i` of the smoothed one-hot targets of labels [0, 3, 1, 4] (5 classes).
fn target(i: usize, smoothing: f32) -> Vec<f32> {
    let label = [0, 3, 1, 4][i];
    (0..5).map(|c| if c == label { 1.0 - smoothing + smoothing / 5.0 } else { smoothing / 5.0 }).collect()
}

fn check_targets(targets: &[f32], lam: f32, smoothing: f32) {
    for i in 0..4 {
        let (own, other) = (target(i, smoothing), target(3 - i, smoothing));
        for c in 0..5 {
            let want = lam * own[c] + (1.0 - lam) * other[c];
            assert!((targets[i * 5 + c] - want).abs() < 1e-6, "target [{i}, {c}]: {} vs {want}", targets[i * 5 + c]);
        }
    }
}

#[test]
fn mixup_blends_each_image_with_the_reversed_batch_and_its_label_alike() {
    let m = xlavit::mixup::Mixup { mixup_alpha: 0.8, cutmix_alpha: 0.0, prob: 1.0, switch_prob: 0.5 };
    for seed in [1, 2, 3] {
        let (x, y, t, lam) = mixed(m, 0.1, seed);
        assert!(lam > 0.0 && lam < 1.0, "λ = {lam}");
        let per = 8 * 6 * 3;
        for i in 0..4 {
            for k in 0..per {
                let want = lam * x[i * per + k] + (1.0 - lam) * x[(3 - i) * per + k];
                assert!((y[i * per + k] - want).abs() < 1e-6);
            }
        }
        check_targets(&t, lam, 0.1);
    }
}

#[test]
fn cutmix_pastes_a_box_of_the_reversed_batch_and_lambda_is_what_it_left() {
    let m = xlavit::mixup::Mixup { mixup_alpha: 0.0, cutmix_alpha: 1.0, prob: 1.0, switch_prob: 0.5 };
    let (h, w, c) = (8usize, 6usize, 3usize);
    let mut cut_some = false;
    for seed in 1..8 {
        let (x, y, t, lam) = mixed(m, 0.0, seed);
        let per = h * w * c;
        // Pixels taken from the reversed batch: the same box in every image.
        let mut boxed = vec![false; h * w];
        for i in 0..4 {
            for p in 0..h * w {
                let here = &y[i * per + p * c..i * per + (p + 1) * c];
                let own = &x[i * per + p * c..i * per + (p + 1) * c];
                let other = &x[(3 - i) * per + p * c..(3 - i) * per + (p + 1) * c];
                assert!(here == own || here == other, "image {i} pixel {p} is neither its own nor the reversed batch's");
                if i == 0 {
                    boxed[p] = here == other;
                } else {
                    assert_eq!(boxed[p], here == other, "image {i}: the box differs from image 0's");
                }
            }
        }
        let n = boxed.iter().filter(|&&b| b).count();
        if n > 0 {
            cut_some = true;
            let rows: Vec<usize> = (0..h).filter(|r| (0..w).any(|q| boxed[r * w + q])).collect();
            let cols: Vec<usize> = (0..w).filter(|q| (0..h).any(|r| boxed[r * w + q])).collect();
            assert_eq!(n, rows.len() * cols.len(), "the cut is a rectangle");
        }
        assert!((lam - (1.0 - n as f32 / (h * w) as f32)).abs() < 1e-6, "λ {lam} is not the uncut share of {n} boxed pixels");
        check_targets(&t, lam, 0.0);
    }
    assert!(cut_some, "no seed cut anything");
}

#[test]
fn a_batch_left_unmixed_keeps_its_images_and_one_hot_labels() {
    let m = xlavit::mixup::Mixup { mixup_alpha: 0.8, cutmix_alpha: 1.0, prob: 0.0, switch_prob: 0.5 };
    let (x, y, t, lam) = mixed(m, 0.0, 4);
    assert_eq!((x, lam), (y, 1.0));
    check_targets(&t, 1.0, 0.0);
}

#[test]
fn mixup_in_the_step_changes_the_loss() {
    let mix = Recipe { mixup: 0.8, cutmix: 1.0, label_smoothing: 0.1, ..Recipe::default() };
    let (f0, f1) = (step(4, Recipe::default(), false), step(4, mix, false));
    let (a, b) = (run_step(&f0, &Recipe::default(), 4, 1), run_step(&f1, &mix, 4, 1));
    assert_ne!(output(&f0, &a, "loss"), output(&f1, &b, "loss"));
}

#[test]
fn bench_runs_the_step_of_every_recipe() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("bench.json");
    let args = ["bench", "--steps", "2", "--warmup", "1", "--batch", "4", "--grad-accum-steps", "2", "--ema-decay", "0.9", "--mixup", "0.8", "--drop-path", "0.1", "--layer-decay", "0.75", "--label-smoothing", "0.1", "--json", json.to_str().unwrap()];
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_xlavit")).args(args).env_remove("XLAVIT_PJRT_PLUGIN").env("XLAVIT_COMPILE_CACHE", "off").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}{text}", String::from_utf8_lossy(&out.stderr));
    let loss: f32 = text.split("first loss ").nth(1).and_then(|t| t.split_whitespace().next()).and_then(|v| v.parse().ok()).unwrap_or(f32::NAN);
    assert!(loss.is_finite() && loss > 0.0, "{text}");
    // 2 micro-batches of 4: a step's images are 8.
    let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let images = r["images_per_second"].as_f64().unwrap() * r["step_median_seconds"].as_f64().unwrap();
    assert!((images - 8.0).abs() < 1e-6, "{images} images a step");
}

#[test]
fn samples_png_shows_the_batch_mixed_as_the_step_mixes_it() {
    let cfg = VitConfig::tiny();
    let m = xlavit::mixup::Mixup { mixup_alpha: 0.8, cutmix_alpha: 0.0, prob: 1.0, switch_prob: 0.5 };
    // A batch of 6, the first 4 shown: image i's partner is image 5 - i of the whole batch.
    let f = xlavit::train_step::augment_preview(&cfg, 6, 4, &Augment::off(), &m).unwrap();
    let (images, _) = batch(6, 1);
    let outs = run(&client(), &f, &[images.clone(), HostTensor::from_u64(&[2], &[0, 7]).unwrap(), HostTensor::scalar_i32(0)]).unwrap();
    let (shown, lam) = (&outs[0], outs[1].to_f32().unwrap()[0]);
    assert_eq!(shown.dims[0], 4);
    assert!(lam > 0.0 && lam < 1.0, "λ {lam}");
    let per = (cfg.image_size * cfg.image_size * 3) as usize;
    for i in 0..4 {
        for k in (0..per).step_by(37) {
            let (own, other) = (images.data[i * per + k] as f32 / 255.0, images.data[(5 - i) * per + k] as f32 / 255.0);
            let want = ((lam * own + (1.0 - lam) * other) * 255.0 + 0.5).floor();
            assert!((shown.data[i * per + k] as f32 - want).abs() <= 1.0, "image {i}, byte {k}");
        }
    }
}

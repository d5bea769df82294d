//! Data parallelism: the ViT train step split over 2 and 4 CPU devices (XLA's SPMD partitioner,
//! batch inputs split, everything else replicated) reaches the parameters a single device
//! reaches with the same global batch, augmentation included.

mod common;

use common::*;
use xlavit::augment::Augment;
use xlavit::feed::scatter;
use xlavit::host::HostTensor;
use xlavit::runtime::{Arg, Buffer, Client};

const STEPS: usize = 4;

/// Final parameters on every device after STEPS steps of one fixed global batch.
fn train_on(client: &Client, devices: usize) -> Vec<Vec<Vec<f32>>> {
    let cfg = xlavit::model::vit_config::VitConfig::tiny();
    let pre = xlavit::model::preprocessor::Preprocessor::for_config(&cfg);
    let batch = 8;
    let mut f = xlavit::train_step::vit_train_step(&cfg, &pre, batch, &xlavit::optim::AdamW::default(), &Augment::default(), Default::default()).unwrap();
    xlavit::train_step::split_train_step(&mut f, devices, Default::default()).unwrap();
    let program = xlavit::emit::program(&f).unwrap();
    if devices > 1 {
        assert!(program.mlir.contains(&format!("mhlo.num_partitions = {devices}")), "module header");
        assert!(program.mlir.contains("mhlo.sharding = \"{replicated}\""), "replicated parameters");
        assert!(program.mlir.contains(&format!("mhlo.sharding = \"{{devices=[{devices},1,1,1]")), "split images");
    }
    let exe = client.compile(&program).unwrap();
    let params = xlavit::checkpoint::formula_params(&cfg);
    let n = params.len();
    let mut state: Vec<Vec<Buffer>> = (0..devices).map(|_| vec![]).collect();
    for h in xlavit::train_step::initial_state(&params) {
        for (d, b) in scatter(client, &h, devices, None).unwrap().into_iter().enumerate() {
            state[d].push(b);
        }
    }
    let s = cfg.image_size;
    let dims = [batch, s, s, 3];
    let pixels = xlavit::checkpoint::formula_pixels("dp_images", dims.iter().product::<i64>() as usize);
    let images = scatter(client, &HostTensor::from_u8(&dims, &pixels).unwrap(), devices, Some(0)).unwrap();
    let labels: Vec<i32> = (0..batch as i32).map(|i| i % cfg.labels.len() as i32).collect();
    let labels = scatter(client, &HostTensor::from_i32(&[batch], &labels).unwrap(), devices, Some(0)).unwrap();
    let key = scatter(client, &HostTensor::from_u64(&[2], &[0, 7]).unwrap(), devices, None).unwrap();
    for _ in 0..STEPS {
        let args: Vec<Vec<Arg>> = state
            .drain(..)
            .enumerate()
            .map(|(d, st)| {
                let mut a: Vec<Arg> = st.into_iter().map(Arg::Donate).collect();
                a.extend([Arg::Borrow(&images[d]), Arg::Borrow(&labels[d]), Arg::Borrow(&key[d])]);
                a
            })
            .collect();
        state = exe.execute_on_devices(args).unwrap().into_iter().map(|mut o| {
            o.truncate(3 * n + 1);
            o
        }).collect();
    }
    state.iter().map(|st| st[..n].iter().map(|b| b.to_host().unwrap().to_f32().unwrap()).collect()).collect()
}

#[test]
fn two_and_four_devices_reach_the_single_device_parameters() {
    let client = client_with_devices(4);
    let one = train_on(&client, 1);
    let init = xlavit::checkpoint::formula_params(&xlavit::model::vit_config::VitConfig::tiny());
    let names: Vec<String> = xlavit::model::vit::params(&xlavit::model::vit_config::VitConfig::tiny()).into_iter().map(|p| p.name).collect();
    for devices in [2, 4] {
        let many = train_on(&client, devices);
        assert_eq!(many.len(), devices);
        let (mut worst_all, mut worst_key_bias) = (0.0f32, 0.0f32);
        for (d, params) in many.iter().enumerate() {
            assert_eq!(params.len(), one[0].len(), "{devices} devices, device {d}: parameter count");
            for (i, (got, want)) in params.iter().zip(&one[0]).enumerate() {
                let worst = common::max_abs_diff(got, want);
                // The key bias's gradient is zero up to rounding (softmax ignores a shift per
                // query); Adam turns that noise into updates of either sign, which the order of
                // the cross-device sum changes. Every other parameter agrees to 3e-7 (measured).
                let tol = if names[i].ends_with("attention.attention.key.bias") { 1e-4 } else { 1e-5 };
                if tol > 1e-5 {
                    worst_key_bias = worst_key_bias.max(worst);
                } else {
                    worst_all = worst_all.max(worst);
                }
                assert!(worst <= tol, "{devices} devices, device {d}, {}: differs from one device by {worst}", names[i]);
                // Training moved the parameters (a run that did nothing would also agree).
                let moved = got.iter().zip(init[i].to_f32().unwrap()).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
                assert!(moved > 1e-4 || tol > 1e-5, "{} did not change", names[i]);
            }
        }
        // For BENCHMARKS.md (scripts/bench_devices.sh runs this test with --nocapture).
        eprintln!("{devices} devices vs 1 after {STEPS} steps: largest parameter difference {worst_all:e} (key bias {worst_key_bias:e})");
    }
}

#[test]
fn a_batch_that_does_not_split_evenly_is_refused_when_traced() {
    let cfg = xlavit::model::vit_config::VitConfig::tiny();
    let pre = xlavit::model::preprocessor::Preprocessor::for_config(&cfg);
    let mut f = xlavit::train_step::vit_train_step(&cfg, &pre, 6, &xlavit::optim::AdamW::default(), &Augment::off(), Default::default()).unwrap();
    let e = xlavit::train_step::split_train_step(&mut f, 4, Default::default()).unwrap_err().to_string();
    assert!(e.contains("'images'") && e.contains("4 devices"), "{e}");
}

/// K steps in one call (a loop over K stacked batches) equal K calls of one step, alone and
/// data-parallel; the metric sums on the device count all K steps.
#[test]
fn steps_per_call_equal_single_steps_alone_and_over_two_devices() {
    use xlavit::feed::{call, DeviceArg, PerDevice};
    use xlavit::train_step::{StepOptions, METRIC_SLOTS};
    let client = client_with_devices(2);
    let cfg = xlavit::model::vit_config::VitConfig::tiny();
    let pre = xlavit::model::preprocessor::Preprocessor::for_config(&cfg);
    let (batch, k) = (4i64, 3usize);
    let s = cfg.image_size;
    let step_images: Vec<HostTensor> = (0..k)
        .map(|i| HostTensor::from_u8(&[batch, s, s, 3], &xlavit::checkpoint::formula_pixels(&format!("k{i}"), (batch * s * s * 3) as usize)).unwrap())
        .collect();
    let step_labels: Vec<HostTensor> =
        (0..k).map(|i| HostTensor::from_i32(&[batch], &(0..batch as i32).map(|r| (r + i as i32) % 5).collect::<Vec<_>>()).unwrap()).collect();
    let stack = |parts: &[HostTensor]| {
        let mut dims = vec![parts.len() as i64];
        dims.extend(&parts[0].dims);
        HostTensor { dtype: parts[0].dtype, dims, data: parts.iter().flat_map(|p| p.data.clone()).collect() }
    };
    let params = xlavit::checkpoint::formula_params(&cfg);
    let mut init = xlavit::train_step::initial_state(&params);
    init.push(HostTensor::zeros(xlavit::dtype::DType::F32, &[METRIC_SLOTS.len() as i64]));
    // Parameters and metric sums after the run.
    let run = |steps_per_call: usize, devices: usize| -> (Vec<Vec<f32>>, Vec<f32>) {
        let options = StepOptions { accumulate: true, steps_per_call, ..Default::default() };
        let mut f = xlavit::train_step::vit_train_step_with(&cfg, &pre, batch, &xlavit::optim::AdamW::default(), &Augment::default(), Default::default(), options).unwrap();
        // `bench` reports a K-step program's FLOP count as one step's: the loop body counts once.
        let one = xlavit::train_step::vit_train_step(&cfg, &pre, batch, &xlavit::optim::AdamW::default(), &Augment::default(), Default::default()).unwrap();
        let (fk, f1) = (f.flop_count(), one.flop_count());
        assert!((fk - f1).abs() <= 1e-6 * f1, "K={steps_per_call}: {fk} FLOPs per loop body, {f1} per step");
        xlavit::train_step::split_train_step(&mut f, devices, options).unwrap();
        let exe = client.compile(&xlavit::emit::program(&f).unwrap()).unwrap();
        let metrics_at = exe.signature().output("metrics").unwrap();
        let mut state: Vec<PerDevice> = init.iter().map(|h| scatter(&client, h, devices, None).unwrap()).collect();
        let key = scatter(&client, &HostTensor::from_u64(&[2], &[0, 3]).unwrap(), devices, None).unwrap();
        let split = Some(usize::from(steps_per_call > 1));
        for c in 0..k / steps_per_call {
            let part = c * steps_per_call..(c + 1) * steps_per_call;
            let (images, labels) = if steps_per_call > 1 {
                (stack(&step_images[part.clone()]), stack(&step_labels[part]))
            } else {
                (step_images[c].clone(), step_labels[c].clone())
            };
            let images = scatter(&client, &images, devices, split).unwrap();
            let labels = scatter(&client, &labels, devices, split).unwrap();
            let mut args: Vec<DeviceArg> = state.drain(..).map(DeviceArg::Donate).collect();
            args.extend([DeviceArg::Borrow(&images), DeviceArg::Borrow(&labels), DeviceArg::Borrow(&key)]);
            state = call(&exe, args).unwrap();
            assert_eq!(state.len(), init.len(), "a program with the accumulator returns its state and nothing else");
        }
        let n = params.len();
        let p = state[..n].iter().map(|t| t[0].to_host().unwrap().to_f32().unwrap()).collect();
        (p, state[metrics_at][0].to_host().unwrap().to_f32().unwrap())
    };
    // The loop against single steps on the same devices: data parallelism's own (tiny)
    // difference from one device is the other tests' subject.
    for devices in [1, 2] {
        let (p1, m1) = run(1, devices);
        assert_eq!(m1[3], k as f32, "one step counted per call");
        let (pk, mk) = run(k, devices);
        for (i, (a, b)) in pk.iter().zip(&p1).enumerate() {
            let worst = common::max_abs_diff(a, b);
            assert!(worst <= 1e-6, "K={k} on {devices} devices: parameter {i} differs from single steps by {worst}");
        }
        for (j, (a, b)) in mk.iter().zip(&m1).enumerate() {
            assert!((a - b).abs() <= 1e-5 * b.abs().max(1.0), "K={k} on {devices} devices: {} {a} vs {b}", METRIC_SLOTS[j]);
        }
    }
}

/// The recipes split over two devices: 2 micro-batches of 4 (each device takes 2 of every
/// micro-batch) reach the parameters of one step on the 8 images on one device, and a step with
/// mixup, cutmix and drop path is the same on two devices as on one.
#[test]
fn micro_batches_and_mixing_over_two_devices_equal_one_device() {
    use xlavit::feed::{call, DeviceArg, PerDevice};
    use xlavit::optim::{AdamW, Schedule};
    use xlavit::recipe::Recipe;
    use xlavit::train_step::StepOptions;
    let cfg = xlavit::model::vit_config::VitConfig::tiny();
    let pre = xlavit::model::preprocessor::Preprocessor::for_config(&cfg);
    let s = cfg.image_size;
    // With ε = 1 Adam's first move is about the gradient, so the weights compare gradients.
    let opt = AdamW { eps: 1.0, schedule: Schedule::Constant(1.0), weight_decay: 0.0, clip_norm: None, ..AdamW::default() };
    let pixels = xlavit::checkpoint::formula_pixels("accum-dp", (8 * s * s * 3) as usize);
    let labels: Vec<i32> = (0..8).map(|i| (i * 2) % 5).collect();
    let params = xlavit::checkpoint::formula_params(&cfg);
    let run_with = |micro: usize, devices: usize, recipe: Recipe, aug: &Augment| -> Vec<Vec<f32>> {
        let client = client_with_devices(devices as i64);
        let options = StepOptions { accumulate: true, steps_per_call: 1, recipe: Recipe { grad_accum_steps: micro, ..recipe } };
        let rows = 8 / micro as i64;
        let mut f = xlavit::train_step::vit_train_step_with(&cfg, &pre, rows, &opt, aug, Default::default(), options).unwrap();
        xlavit::train_step::split_train_step(&mut f, devices, options).unwrap();
        let exe = client.compile(&xlavit::emit::program(&f).unwrap()).unwrap();
        let layout = options.layout(&xlavit::model::vit::params(&cfg));
        let state: Vec<PerDevice> = layout.initial(&params).iter().map(|h| scatter(&client, h, devices, None).unwrap()).collect();
        let (images, labels) = xlavit::feed::upload_batch(&client, pixels.clone(), &labels, s, devices, &options.stacking()).unwrap();
        let key = scatter(&client, &HostTensor::from_u64(&[2], &[0, 3]).unwrap(), devices, None).unwrap();
        let mut args: Vec<DeviceArg> = state.into_iter().map(DeviceArg::Donate).collect();
        args.extend([DeviceArg::Borrow(&images), DeviceArg::Borrow(&labels), DeviceArg::Borrow(&key)]);
        let out = call(&exe, args).unwrap();
        out[..params.len()].iter().map(|t| t[0].to_host().unwrap().to_f32().unwrap()).collect()
    };
    let run = |micro: usize, devices: usize, recipe: Recipe| run_with(micro, devices, recipe, &Augment::off());
    let (whole, split) = (run(1, 1, Recipe::default()), run(2, 2, Recipe::default()));
    for (i, (a, b)) in whole.iter().zip(&split).enumerate() {
        let worst = common::max_abs_diff(a, b);
        assert!(worst <= 1e-6, "parameter {i}: {worst}");
    }
    // Mixing pairs images across devices (the batch reversed), and drop path, dropout-free
    // here, draws per sample: split over two devices, the step is still the one-device step.
    let noisy = Recipe { mixup: 0.8, cutmix: 1.0, drop_path: 0.3, label_smoothing: 0.1, ..Recipe::default() };
    let (one, two) = (run(1, 1, noisy), run(1, 2, noisy));
    for (i, (a, b)) in one.iter().zip(&two).enumerate() {
        let worst = common::max_abs_diff(a, b);
        assert!(worst <= 1e-6, "with mixup and drop path, parameter {i}: {worst}");
    }
    // Each image draws its own ops: TrivialAugmentWide and RandAugment after a crop and flip,
    // split over two devices, are the one-device step.
    for policy in [xlavit::recipe::Policy::Trivial, xlavit::recipe::Policy::Randaug] {
        let aug = xlavit::recipe::AugmentOptions { crop_area: Some(0.5), policy, ..Default::default() }.augment();
        let (one, two) = (run_with(1, 1, Recipe::default(), &aug), run_with(1, 2, Recipe::default(), &aug));
        for (i, (a, b)) in one.iter().zip(&two).enumerate() {
            let worst = common::max_abs_diff(a, b);
            assert!(worst <= 1e-6, "with {policy:?}, parameter {i}: {worst}");
        }
    }
}

//! The MLP train step end to end on the CPU plugin: its lowering against the host interpreter,
//! donation, and learning. (AdamW's arithmetic against optax: `ten_adamw_steps_match_optax` in
//! tests/vit.rs.)

mod common;

use common::*;
use xlavit::dtype::DType;
use xlavit::host::HostTensor;
use xlavit::model::mlp::MlpConfig;
use xlavit::optim::{AdamW, Schedule};
use xlavit::runtime::{Arg, Buffer};

fn setup() -> (MlpConfig, AdamW, Vec<HostTensor>, HostTensor, HostTensor) {
    let cfg = MlpConfig { input: 6, hidden: vec![10], classes: 3 };
    let opt = AdamW { schedule: Schedule::WarmupCosine { peak: 0.05, warmup_steps: 2, total_steps: 40 }, weight_decay: 0.01, ..Default::default() };
    let mut r = rng(11);
    let params: Vec<HostTensor> = cfg.params().iter().map(|p| random(&mut r, DType::F32, p.dims(), -0.5, 0.5)).collect();
    let x = random(&mut r, DType::F32, &[16, 6], -1.0, 1.0);
    // Labels a function of the inputs, so the data can be fit.
    let xv = x.to_f32().unwrap();
    let labels: Vec<i32> = (0..16).map(|i| if xv[i * 6] > 0.3 { 0 } else if xv[i * 6 + 1] > 0.0 { 1 } else { 2 }).collect();
    (cfg, opt, params, x, HostTensor::from_i32(&[16], &labels).unwrap())
}

#[test]
fn one_step_matches_the_host_interpreter() {
    let (cfg, opt, params, x, labels) = setup();
    let f = xlavit::train_step::mlp_step(&cfg, 16, &opt, Default::default()).unwrap();
    let mut inputs = xlavit::train_step::initial_state(&params);
    // A later step, so the schedule and bias correction aren't at their trivial start.
    *inputs.last_mut().unwrap() = HostTensor::scalar_i32(3);
    inputs.push(x);
    inputs.push(labels);
    let got = run(&client(), &f, &inputs).unwrap();
    let want = xlavit::interpret::run(&f, &inputs).unwrap();
    assert_eq!(got.len(), f.output_names.len());
    assert_eq!(want.len(), got.len());
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_close(&f.output_names[i], g, w, 1e-4, 1e-6);
    }
    assert_eq!(got[3 * params.len()].to_i32().unwrap(), vec![4], "the step counter advances");
    let lr = got[got.len() - 2].to_f32().unwrap()[0] as f64;
    // optax's warmup_cosine_decay_schedule at step 3: 1 of the 38 decay steps done.
    let want = 0.05 * 0.5 * (1.0 + (std::f64::consts::PI / 38.0).cos());
    assert!((lr - want).abs() < 1e-7, "lr {lr} vs schedule {want}");
}

#[test]
fn donated_training_loop_learns() {
    let (cfg, opt, params, x, labels) = setup();
    let f = xlavit::train_step::mlp_step(&cfg, 16, &opt, Default::default()).unwrap();
    let program = xlavit::emit::program(&f).unwrap();
    assert!(program.mlir.contains("tf.aliasing_output"), "parameters are donated");
    let client = client();
    let exe = client.compile(&program).unwrap();
    let n = params.len();
    let mut state: Vec<Buffer> = upload_train_state(&client, &params);
    let xb = client.to_device(&x, 0).unwrap();
    let lb = client.to_device(&labels, 0).unwrap();
    let mut losses = vec![];
    for _ in 0..40 {
        let mut args: Vec<Arg> = state.drain(..).map(Arg::Donate).collect();
        args.push(Arg::Borrow(&xb));
        args.push(Arg::Borrow(&lb));
        let mut out = exe.execute(args).unwrap();
        let metrics: Vec<Buffer> = out.split_off(3 * n + 1);
        state = out;
        losses.push(metrics[0].to_host().unwrap().to_f32().unwrap()[0]);
    }
    assert!(losses[39] < 0.5 * losses[0], "loss should fall: {losses:?}");
    assert_eq!(state[3 * n].to_host().unwrap().to_i32().unwrap(), vec![40]);
}

#[test]
fn donation_takes_effect_and_a_rejected_call_returns_the_state() {
    let (cfg, opt, params, x, labels) = setup();
    let f = xlavit::train_step::mlp_step(&cfg, 16, &opt, Default::default()).unwrap();
    let client = client();
    let exe = client.compile(&xlavit::emit::program(&f).unwrap()).unwrap();
    let stats = exe.compiled_memory_stats().unwrap().expect("the CPU plugin reports memory stats");
    let state_bytes: i64 = 3 * params.iter().map(|p| p.data.len() as i64).sum::<i64>() + 4;
    assert_eq!(stats.alias_size_in_bytes, state_bytes, "every parameter, moment and the step alias an output");

    let mut state: Vec<Buffer> = upload_train_state(&client, &params);
    let wrong_x = client.to_device(&HostTensor::zeros(DType::F32, &[16, 5]), 0).unwrap();
    let lb = client.to_device(&labels, 0).unwrap();
    let mut args: Vec<Arg> = state.drain(..).map(Arg::Donate).collect();
    args.push(Arg::Borrow(&wrong_x));
    args.push(Arg::Borrow(&lb));
    let err = exe.execute(args).unwrap_err();
    let msg = format!("{err:#}");
    assert!(msg.contains("f32[16, 5]") && msg.contains("f32[16, 6]"), "the error names both shapes: {msg}");
    let xlavit::runtime::CallError::Rejected(rejected) = err else { panic!("not a rejected call: {err}") };
    let initial = xlavit::train_step::initial_state(&params);
    assert_eq!(rejected.donated.len(), initial.len());
    for (i, (b, want)) in rejected.donated.iter().zip(&initial).enumerate() {
        assert_eq!(&b.to_host().unwrap(), want, "state tensor {i} survives a rejected call unchanged");
    }
    // ... and training goes on with them: the step equals one from a fresh upload of that state.
    let xb = client.to_device(&x, 0).unwrap();
    let step = |state: Vec<Buffer>| -> Vec<HostTensor> {
        let mut args: Vec<Arg> = state.into_iter().map(Arg::Donate).collect();
        args.push(Arg::Borrow(&xb));
        args.push(Arg::Borrow(&lb));
        exe.execute(args).unwrap().iter().map(|b| b.to_host().unwrap()).collect()
    };
    let resumed = step(rejected.donated);
    let fresh = step(upload_train_state(&client, &params));
    assert_eq!(resumed, fresh);
    // Step 0 of the warmup has learning rate 0, so it shows in the moments, not the parameters.
    let n = params.len();
    assert_ne!(resumed[n], initial[n], "the step updated the first moment");
}

#[test]
fn accuracy_counts_ties_once() {
    use xlavit::graph::Builder;
    let b = Builder::new("ties");
    let logits = b.parameter("logits", DType::F32, &[3, 4]).unwrap();
    let labels = b.parameter("labels", DType::S32, &[3]).unwrap();
    let (_, correct) = xlavit::model::softmax_cross_entropy(&logits, &labels).unwrap();
    let f = b.finish(&[("correct", &correct)]).unwrap();
    // All-equal rows: argmax is index 0, so only label 0 is right.
    let l = HostTensor::from_f32(&[3, 4], &[0.0; 12]).unwrap();
    let y = HostTensor::from_i32(&[3], &[0, 1, 3]).unwrap();
    assert_eq!(run(&client(), &f, &[l, y]).unwrap()[0].to_f32().unwrap(), vec![1.0]);
}

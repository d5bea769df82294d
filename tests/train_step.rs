//! The MLP train step end to end on the CPU plugin: donation, the optimizer
//! against a host computation, and learning.

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
    let params: Vec<HostTensor> = cfg.params().iter().map(|(_, s)| random(&mut r, DType::F32, &s.dims, -0.5, 0.5)).collect();
    let x = random(&mut r, DType::F32, &[16, 6], -1.0, 1.0);
    // Labels a function of the inputs, so the data can be fit.
    let xv = x.to_f32().unwrap();
    let labels: Vec<i32> = (0..16).map(|i| if xv[i * 6] > 0.3 { 0 } else if xv[i * 6 + 1] > 0.0 { 1 } else { 2 }).collect();
    (cfg, opt, params, x, HostTensor::from_i32(&[16], &labels).unwrap())
}

#[test]
fn one_step_matches_the_host_interpreter() {
    let (cfg, opt, params, x, labels) = setup();
    let f = xlavit::train_step::mlp_step(&cfg, 16, &opt).unwrap();
    let mut inputs = params.clone();
    for p in &params {
        inputs.push(HostTensor::zeros(DType::F32, &p.dims));
    }
    for p in &params {
        inputs.push(HostTensor::zeros(DType::F32, &p.dims));
    }
    inputs.push(HostTensor::scalar_i32(3));
    inputs.push(x);
    inputs.push(labels);
    let got = run(&client(), &f, &inputs).unwrap();
    let want = xlavit::interpret::run(&f, &inputs).unwrap();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_close(&f.output_names[i], g, w, 1e-4, 1e-6);
    }
    assert_eq!(got[3 * params.len()].to_i32().unwrap(), vec![4], "the step counter advances");
    let lr = got[got.len() - 2].to_f32().unwrap()[0] as f64;
    assert!((lr - opt.schedule.at(3)).abs() < 1e-7, "lr {lr} vs schedule {}", opt.schedule.at(3));
}

#[test]
fn donated_training_loop_learns() {
    let (cfg, opt, params, x, labels) = setup();
    let f = xlavit::train_step::mlp_step(&cfg, 16, &opt).unwrap();
    let program = xlavit::emit::program(&f).unwrap();
    assert!(program.mlir.contains("tf.aliasing_output"), "parameters are donated");
    let client = client();
    let exe = client.compile(&program).unwrap();
    let n = params.len();
    let mut state: Vec<Buffer> = params.iter().map(|p| client.to_device(p, 0).unwrap()).collect();
    for _ in 0..2 {
        for p in &params {
            state.push(client.to_device(&HostTensor::zeros(DType::F32, &p.dims), 0).unwrap());
        }
    }
    state.push(client.to_device(&HostTensor::scalar_i32(0), 0).unwrap());
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

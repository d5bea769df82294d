//! Assembles one training step as one program: forward, loss, backward
//! (our autodiff), optimizer update. Parameters, optimizer moments and the
//! step counter are donated, so the device updates them in place.
//!
//! Program inputs, in order: parameters, first moments (`mu.<name>`), second
//! moments (`nu.<name>`), `step` (s32), then the batch inputs. Outputs: the
//! same parameters, moments and step (updated), then `loss`, the model's
//! metrics, `lr` and `grad_norm`.

use crate::dtype::DType;
use crate::graph::{Builder, Function, Precision, Shape, Tensor};
use crate::optim::AdamW;
use anyhow::{ensure, Result};

pub struct StepOutputs {
    pub loss: Tensor,
    /// Extra scalars reported each step (e.g. `correct`).
    pub metrics: Vec<(String, Tensor)>,
}

/// `loss_fn(params, batch, step)` traces the forward pass and the loss.
pub fn build(
    name: &str,
    precision: Precision,
    params: &[(String, Shape)],
    decay: &[bool],
    opt: &AdamW,
    batch: &[(String, Shape)],
    loss_fn: impl FnOnce(&[Tensor], &[Tensor], &Tensor) -> Result<StepOutputs>,
) -> Result<Function> {
    ensure!(params.len() == decay.len(), "train step: one decay flag per parameter");
    let b = Builder::new(name);
    b.set_dot_precision(precision);
    let p: Vec<Tensor> = params.iter().map(|(n, s)| b.parameter(n, s.dtype, &s.dims)).collect::<Result<_>>()?;
    let mu: Vec<Tensor> =
        params.iter().map(|(n, s)| b.parameter(&format!("mu.{n}"), s.dtype, &s.dims)).collect::<Result<_>>()?;
    let nu: Vec<Tensor> =
        params.iter().map(|(n, s)| b.parameter(&format!("nu.{n}"), s.dtype, &s.dims)).collect::<Result<_>>()?;
    let step = b.parameter("step", DType::S32, &[])?;
    let inputs: Vec<Tensor> = batch.iter().map(|(n, s)| b.parameter(n, s.dtype, &s.dims)).collect::<Result<_>>()?;

    let out = loss_fn(&p, &inputs, &step)?;
    let grads = crate::autodiff::grad(&out.loss, &p)?;
    let upd = opt.update(&p, &grads, &mu, &nu, decay, &step)?;
    let next_step = step.add_scalar(1.0)?;

    let mut outputs: Vec<(String, Tensor)> = vec![];
    for (i, (n, _)) in params.iter().enumerate() {
        outputs.push((n.clone(), upd.params[i].clone()));
    }
    for (i, (n, _)) in params.iter().enumerate() {
        outputs.push((format!("mu.{n}"), upd.mu[i].clone()));
    }
    for (i, (n, _)) in params.iter().enumerate() {
        outputs.push((format!("nu.{n}"), upd.nu[i].clone()));
    }
    outputs.push(("step".into(), next_step));
    outputs.push(("loss".into(), out.loss));
    outputs.extend(out.metrics);
    outputs.push(("lr".into(), upd.lr));
    outputs.push(("grad_norm".into(), upd.grad_norm));
    let refs: Vec<(&str, &Tensor)> = outputs.iter().map(|(n, t)| (n.as_str(), t)).collect();
    let mut f = b.finish(&refs)?;
    f.donate_by_name()?;
    Ok(f)
}

/// The MLP train step used by `compile --dump-hlo` and the compiler's golden snapshot.
pub fn mlp_step(cfg: &crate::model::mlp::MlpConfig, batch: i64, opt: &AdamW) -> Result<Function> {
    let params = cfg.params();
    let decay: Vec<bool> = params.iter().map(|(n, s)| crate::model::decays(n, s)).collect();
    let inputs = vec![
        ("x".to_string(), Shape::new(DType::F32, &[batch, cfg.input])),
        ("labels".to_string(), Shape::new(DType::S32, &[batch])),
    ];
    build("mlp_train_step", Precision::Default, &params, &decay, opt, &inputs, |p, inp, _step| {
        let logits = cfg.forward(p, &inp[0])?;
        let (loss, correct) = crate::model::softmax_cross_entropy(&logits, &inp[1])?;
        Ok(StepOutputs { loss, metrics: vec![("correct".into(), correct)] })
    })
}


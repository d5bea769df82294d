//! Assembles one training step as one program: forward, loss, backward
//! (our autodiff), optimizer update. Parameters, optimizer moments and the
//! step counter are donated, so the device updates them in place.
//!
//! Program inputs, in order: the state (`StateLayout`: parameters, first moments
//! `mu.<name>`, second moments `nu.<name>`, `step`, and in the programs `train` runs the metric
//! accumulator), then the batch inputs. Outputs: the same state, updated. A step built without
//! the accumulator (tests, golden snapshots) also returns `loss`, the model's metrics, `lr` and
//! `grad_norm`; `train` reads its figures from the accumulator only, when it logs.

use crate::dtype::DType;
use crate::augment::Augment;
use crate::graph::{Builder, Function, Shape, Tensor};
use crate::host::HostTensor;
use crate::model::vit::{self, VitParams};
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use crate::model::{Numerics, Precision};
use crate::optim::AdamW;
use crate::recipe::{Recipe, Tta};
use crate::state_layout::Part;
use anyhow::{ensure, Result};

pub struct StepOutputs {
    pub loss: Tensor,
    /// Extra scalars reported each step (e.g. `correct`).
    pub metrics: Vec<(String, Tensor)>,
}

pub use crate::state_layout::{StateLayout, LR_SLOT, METRIC_SLOTS, SUMMED_SLOTS};

/// The state a fresh run feeds a step program without metric sums: the parameters, zero
/// moments and step 0 (`StateLayout::initial`).
pub fn initial_state(params: &[HostTensor]) -> Vec<HostTensor> {
    StateLayout::for_tensors(params, false).initial(params)
}

/// How a train step program is assembled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepOptions {
    /// Accumulate the metrics on the device: a donated `metrics` input and output (see
    /// [`METRIC_SLOTS`]) after `step`, and no other outputs than the state.
    pub accumulate: bool,
    /// Steps per call: with K > 1 the program loops K times over K stacked batches (each batch
    /// input gains a leading axis of K), so small models stop paying a dispatch per step. Needs
    /// `accumulate`, which is where the K steps' figures go.
    pub steps_per_call: usize,
    /// What the step does beyond AdamW on the batch's loss. With `grad_accum_steps` N > 1 each
    /// batch input is N stacked micro-batches (a leading axis of N, inside the K one).
    pub recipe: Recipe,
}

impl Default for StepOptions {
    fn default() -> Self {
        StepOptions { accumulate: false, steps_per_call: 1, recipe: Recipe::default() }
    }
}

impl StepOptions {
    /// The axes stacked before a batch input's own: K steps, then N micro-batches.
    pub fn stacking(&self) -> Vec<i64> {
        stacking(self.steps_per_call, self.recipe.grad_accum_steps)
    }

    /// The state a step built with these options carries, over `params`.
    pub fn layout(&self, params: &[crate::model::ParamSpec]) -> StateLayout {
        StateLayout::new(params, self.accumulate).with_ema(self.recipe.ema_decay.is_some())
    }
}

/// The axes stacked before a batch's own in a call of `steps` steps of `micro_batches` each
/// (none for one of one).
pub fn stacking(steps: usize, micro_batches: usize) -> Vec<i64> {
    [steps, micro_batches].into_iter().filter(|&d| d > 1).map(|d| d as i64).collect()
}

/// How AdamW treats each parameter.
struct PerParameter {
    decay: Vec<bool>,
    lr_scale: Vec<f64>,
}

impl PerParameter {
    /// Weight decay by kind; learning rates scaled by depth when `layer_decay` asks
    /// (`param_groups_layer_decay` of timm: block l of L gets R^(L + 1 − l), the embeddings
    /// (depth 0) R^(L + 1), the rest 1).
    fn new(params: &[crate::model::ParamSpec], layer_decay: Option<f64>) -> PerParameter {
        let blocks = params.iter().filter_map(|p| p.depth).max().unwrap_or(0);
        let lr_scale = params
            .iter()
            .map(|p| match (layer_decay, p.depth) {
                (Some(r), Some(d)) => r.powi((blocks + 1 - d) as i32),
                _ => 1.0,
            })
            .collect();
        PerParameter { decay: params.iter().map(|p| p.decay()).collect(), lr_scale }
    }
}

/// What a step carries to the next: parameters, AdamW moments, the step counter and (when
/// accumulating) the metric sums. Also the order of the program's state inputs and outputs.
struct State {
    params: Vec<Tensor>,
    mu: Vec<Tensor>,
    nu: Vec<Tensor>,
    ema: Option<Vec<Tensor>>,
    step: Tensor,
    acc: Option<Tensor>,
}

impl State {
    /// The state's tensors in `layout`'s order.
    fn flat(&self, layout: &StateLayout) -> Vec<Tensor> {
        layout.assemble(|part| match part {
            Part::Params => self.params.clone(),
            Part::Mu => self.mu.clone(),
            Part::Nu => self.nu.clone(),
            Part::Ema => self.ema.clone().unwrap_or_default(),
            Part::Step => vec![self.step.clone()],
            Part::Metrics => self.acc.iter().cloned().collect(),
        })
    }

    /// The inverse of `flat` by `layout`; returns the tensors after the state.
    fn unflat<'a>(v: &'a [Tensor], layout: &StateLayout) -> (State, &'a [Tensor]) {
        let part = |p: Part| layout.part(v, p).to_vec();
        let state = State {
            params: part(Part::Params),
            mu: part(Part::Mu),
            nu: part(Part::Nu),
            ema: layout.has(Part::Ema).then(|| part(Part::Ema)),
            step: v[layout.index(Part::Step)].clone(),
            acc: layout.has(Part::Metrics).then(|| v[layout.index(Part::Metrics)].clone()),
        };
        (state, &v[layout.len()..])
    }
}

/// One step's figures, as a program without the accumulator returns them.
struct Figures {
    loss: Tensor,
    metrics: Vec<(String, Tensor)>,
    lr: Tensor,
    grad_norm: Tensor,
}

/// The traced step(s): the next state, and the figures when there is no accumulator to hold them.
struct Traced {
    state: State,
    figures: Option<Figures>,
}

/// `loss_fn(params, inputs, step)` traces the forward pass and the loss; `inputs` are the
/// `batch` inputs (one step's data, stacked K deep when `steps_per_call` is K) followed by the
/// `shared` ones (used by every step, e.g. the RNG key).
#[allow(clippy::too_many_arguments)]
pub fn build(
    name: &str,
    numerics: Numerics,
    params: &[crate::model::ParamSpec],
    opt: &AdamW,
    batch: &[(String, Shape)],
    shared: &[(String, Shape)],
    options: StepOptions,
    loss_fn: impl FnOnce(&[Tensor], &[Tensor], &Tensor) -> Result<StepOutputs>,
) -> Result<Function> {
    let per = PerParameter::new(params, options.recipe.layer_decay);
    let k = options.steps_per_call;
    ensure!(k >= 1 && options.recipe.grad_accum_steps >= 1, "train step: at least one step per call and one micro-batch per step");
    ensure!(k == 1 || options.accumulate, "train step: several steps per call need on-device metrics");
    let b = Builder::new(name);
    b.set_dot_precision(numerics.dots);
    // The state, in the layout's order; each output of the updated state takes its input's name.
    let layout = options.layout(params);
    let state_specs = layout.specs();
    let flat: Vec<Tensor> = state_specs.iter().map(|(n, s)| b.parameter(n, s.dtype, &s.dims)).collect::<Result<_>>()?;
    let (state, _) = State::unflat(&flat, &layout);
    let stacked = |s: &Shape| -> Vec<i64> { options.stacking().into_iter().chain(s.dims.iter().copied()).collect() };
    let mut inputs: Vec<Tensor> = batch.iter().map(|(n, s)| b.parameter(n, s.dtype, &stacked(s))).collect::<Result<_>>()?;
    for (n, s) in shared {
        inputs.push(b.parameter(n, s.dtype, &s.dims)?);
    }

    let step = Step { opt, per: &per, recipe: &options.recipe, stacked: batch.len() };
    let out = if k == 1 { step.trace(&b, &state, &inputs, loss_fn)? } else { loop_steps(&b, k, &step, &layout, &state, &inputs, loss_fn)? };

    let mut outputs: Vec<(String, Tensor)> = state_specs.into_iter().map(|(n, _)| n).zip(out.state.flat(&layout)).collect();
    if let Some(step) = out.figures {
        outputs.push(("loss".into(), step.loss));
        outputs.extend(step.metrics);
        outputs.push(("lr".into(), step.lr));
        outputs.push(("grad_norm".into(), step.grad_norm));
    }
    let refs: Vec<(&str, &Tensor)> = outputs.iter().map(|(n, t)| (n.as_str(), t)).collect();
    let mut f = b.finish(&refs)?;
    f.donate_by_name()?;
    Ok(f)
}

/// What one traced step needs besides its state and inputs.
struct Step<'a> {
    opt: &'a AdamW,
    per: &'a PerParameter,
    recipe: &'a Recipe,
    /// How many of the inputs are batch inputs (the rest are shared, e.g. the RNG key).
    stacked: usize,
}

/// The slice at `i` of a tensor's leading axis, without that axis.
fn index_leading(x: &Tensor, i: &Tensor) -> Result<Tensor> {
    let b = x.builder();
    let start: Vec<Tensor> = std::iter::once(i.clone()).chain((1..x.rank()).map(|_| b.scalar(0.0, DType::S32))).collect();
    let mut sizes = x.dims().to_vec();
    sizes[0] = 1;
    x.dynamic_slice(&start, &sizes)?.reshape(&x.dims()[1..])
}

/// The loss, the model's metrics and the gradients of one step's batch.
struct Gradients {
    loss: Tensor,
    metrics: Vec<(String, Tensor)>,
    grads: Vec<Tensor>,
}

impl Step<'_> {
    /// One step on builder `b`: loss, gradients, AdamW, the EMA, the step counter and the
    /// accumulator.
    fn trace(
        &self,
        b: &Builder,
        state: &State,
        inputs: &[Tensor],
        loss_fn: impl FnOnce(&[Tensor], &[Tensor], &Tensor) -> Result<StepOutputs>,
    ) -> Result<Traced> {
        let p = &state.params;
        let g = if self.recipe.grad_accum_steps > 1 {
            self.micro_batches(b, p, &state.step, inputs, loss_fn)?
        } else {
            let out = loss_fn(p, inputs, &state.step)?;
            Gradients { grads: crate::autodiff::grad(&out.loss, p)?, loss: out.loss, metrics: out.metrics }
        };
        let upd = self.opt.update(p, &g.grads, &state.mu, &state.nu, &self.per.decay, &self.per.lr_scale, &state.step)?;
        let ema = match (&state.ema, self.recipe.ema_decay) {
            (Some(ema), Some(decay)) => Some(ema_update(ema, &upd.params, &state.step, decay, self.recipe.ema_warmup)?),
            _ => None,
        };
        let (acc, figures) = match &state.acc {
            Some(acc) => {
                let correct = match g.metrics.iter().find(|(n, _)| n == "correct") {
                    Some((_, c)) => c.clone(),
                    None => b.scalar(0.0, DType::F32),
                };
                let one = b.scalar(1.0, DType::F32);
                let column = |ts: &[&Tensor]| -> Result<Tensor> {
                    let v: Vec<Tensor> = ts.iter().map(|t| t.convert(DType::F32)?.reshape(&[1])).collect::<Result<_>>()?;
                    b.concatenate(&v, 0)
                };
                let sums = acc.slice_axis(0, 0, SUMMED_SLOTS as i64)?.add(&column(&[&g.loss, &correct, &upd.grad_norm, &one])?)?;
                (Some(b.concatenate(&[sums, column(&[&upd.lr])?], 0)?), None)
            }
            None => (None, Some(Figures { loss: g.loss, metrics: g.metrics, lr: upd.lr, grad_norm: upd.grad_norm })),
        };
        Ok(Traced { state: State { params: upd.params, mu: upd.mu, nu: upd.nu, ema, step: state.step.add_scalar(1.0)?, acc }, figures })
    }

    /// N micro-batches in a `while` loop, their gradients summed: the step's gradient is their
    /// mean, the gradient of the mean loss over all N x B images. Micro-batch i of step s draws
    /// its augmentation as step s N + i.
    fn micro_batches(
        &self,
        b: &Builder,
        p: &[Tensor],
        step: &Tensor,
        inputs: &[Tensor],
        loss_fn: impl FnOnce(&[Tensor], &[Tensor], &Tensor) -> Result<StepOutputs>,
    ) -> Result<Gradients> {
        let n = self.recipe.grad_accum_steps;
        let zero = b.scalar(0.0, DType::F32);
        // Loop state: counter, step, parameters, gradient sums, loss sum, correct sum, inputs.
        let mut init = vec![b.scalar(0.0, DType::S32), step.clone()];
        init.extend(p.iter().cloned());
        init.extend(p.iter().map(|t| t.zeros_like()).collect::<Result<Vec<_>>>()?);
        init.extend([zero.clone(), zero]);
        init.extend(inputs.iter().cloned());
        let np = p.len();
        let fin = b.while_loop(
            &init,
            |cb, s| s[0].lt(&cb.scalar(n as f64, DType::S32)),
            |_, s| {
                let (i, step) = (&s[0], &s[1]);
                let (params, sums) = (&s[2..2 + np], &s[2 + np..2 + 2 * np]);
                let (loss_sum, correct_sum) = (&s[2 + 2 * np], &s[3 + 2 * np]);
                let all = &s[4 + 2 * np..];
                let now: Vec<Tensor> =
                    all.iter().enumerate().map(|(j, x)| if j < self.stacked { index_leading(x, i) } else { Ok(x.clone()) }).collect::<Result<_>>()?;
                let micro_step = step.mul_scalar(n as f64)?.add(i)?;
                let out = loss_fn(params, &now, &micro_step)?;
                let grads = crate::autodiff::grad(&out.loss, params)?;
                let correct = match out.metrics.iter().find(|(name, _)| name == "correct") {
                    Some((_, c)) => c.convert(DType::F32)?,
                    None => correct_sum.zeros_like()?,
                };
                let mut next = vec![i.add_scalar(1.0)?, step.clone()];
                next.extend(params.iter().cloned());
                next.extend(sums.iter().zip(&grads).map(|(s, g)| s.add(g)).collect::<Result<Vec<_>>>()?);
                next.extend([loss_sum.add(&out.loss.convert(DType::F32)?)?, correct_sum.add(&correct)?]);
                next.extend(all.iter().cloned());
                Ok(next)
            },
        )?;
        let inv = 1.0 / n as f64;
        let grads = fin[2 + np..2 + 2 * np].iter().map(|g| g.mul_scalar(inv)).collect::<Result<_>>()?;
        let loss = fin[2 + 2 * np].mul_scalar(inv)?;
        Ok(Gradients { loss, metrics: vec![("correct".into(), fin[3 + 2 * np].clone())], grads })
    }
}

/// timm's `ModelEmaV3.update` after optimizer update `step + 1`: ema ← d ema + (1 − d) params,
/// with d = 0 on the first update (the average starts at the weights), then `decay`, or with
/// warmup 1 − (1 + s)^(−2/3) capped at `decay`, s the updates before this one less one.
fn ema_update(ema: &[Tensor], params: &[Tensor], step: &Tensor, decay: f64, warmup: bool) -> Result<Vec<Tensor>> {
    let s = step.convert(DType::F32)?;
    let d = if warmup {
        let ramp = s.ones_like()?.sub(&s.add_scalar(1.0)?.pow(&s.scalar_like(-2.0 / 3.0))?)?;
        ramp.min(&s.scalar_like(decay))?
    } else {
        s.scalar_like(decay)
    };
    let d = s.gt(&s.scalar_like(0.0))?.select(&d, &s.zeros_like()?)?;
    ema.iter()
        .zip(params)
        .map(|(e, p)| {
            let d = d.convert(p.dtype())?;
            e.mul(&d)?.add(&p.mul(&d.ones_like()?.sub(&d)?)?)
        })
        .collect()
}

/// K steps in a `while` loop; step i takes slice i of each of the first `stacked` inputs.
/// Only the state comes out: the steps' figures are in its accumulator.
fn loop_steps(
    b: &Builder,
    k: usize,
    step: &Step,
    layout: &StateLayout,
    state: &State,
    inputs: &[Tensor],
    loss_fn: impl FnOnce(&[Tensor], &[Tensor], &Tensor) -> Result<StepOutputs>,
) -> Result<Traced> {
    // Loop state: counter, the step state, then the inputs.
    let mut init = vec![b.scalar(0.0, DType::S32)];
    init.extend(state.flat(layout));
    init.extend(inputs.iter().cloned());
    let fin = b.while_loop(
        &init,
        |cb, s| s[0].lt(&cb.scalar(k as f64, DType::S32)),
        |bb, s| {
            let i = &s[0];
            let (state, rest) = State::unflat(&s[1..], layout);
            let all = &rest[..inputs.len()];
            let now: Vec<Tensor> =
                all.iter().enumerate().map(|(j, x)| if j < step.stacked { index_leading(x, i) } else { Ok(x.clone()) }).collect::<Result<_>>()?;
            let t = step.trace(bb, &state, &now, loss_fn)?;
            let mut next = vec![i.add_scalar(1.0)?];
            next.extend(t.state.flat(layout));
            next.extend(all.iter().cloned());
            Ok(next)
        },
    )?;
    let (state, _) = State::unflat(&fin[1..], layout);
    Ok(Traced { state, figures: None })
}

/// The MLP train step used by `compile --dump-hlo` and the compiler's golden snapshot.
pub fn mlp_step(cfg: &crate::model::mlp::MlpConfig, batch: i64, opt: &AdamW, numerics: Numerics) -> Result<Function> {
    ensure!(numerics.precision == Precision::F32, "the MLP train step computes in f32 only (asked for {})", numerics.precision.name());
    let params = cfg.params();
    let inputs = vec![
        ("x".to_string(), Shape::new(DType::F32, &[batch, cfg.input])),
        ("labels".to_string(), Shape::new(DType::S32, &[batch])),
    ];
    build("mlp_train_step", numerics, &params, opt, &inputs, &[], StepOptions::default(), |p, inp, _step| {
        let logits = cfg.forward(p, &inp[0])?;
        let (loss, correct) = crate::model::softmax_cross_entropy(&logits, &inp[1])?;
        Ok(StepOutputs { loss, metrics: vec![("correct".into(), correct)] })
    })
}

/// Runs a ViT train step data-parallel on `devices` devices: each takes its slice of the
/// batch; parameters, moments and metrics are replicated, and XLA sums the gradients across
/// devices. The global batch must split evenly. `options` says how the step was built (with
/// several steps per call, the batch axis comes after the stacking axis).
pub fn split_train_step(f: &mut Function, devices: usize, options: StepOptions) -> Result<()> {
    let axis = options.stacking().len();
    f.split_batch(devices, &[("images", axis), ("labels", axis)], &[])
}

/// As [`split_train_step`], for [`vit_eval_accumulating`]: the predictions come back split.
pub fn split_eval(f: &mut Function, devices: usize) -> Result<()> {
    f.split_batch(devices, &[("images", 0), ("labels", 0), ("mask", 0)], &[("predictions", 0)])
}

/// Batch inputs of the ViT programs: uint8 images resized on the host, s32 labels.
fn vit_batch(cfg: &VitConfig, batch: i64) -> Vec<(String, Shape)> {
    let s = cfg.input_size();
    vec![
        ("images".to_string(), Shape::new(DType::U8, &[batch, s, s, cfg.num_channels])),
        ("labels".to_string(), Shape::new(DType::S32, &[batch])),
    ]
}

/// The whole ViT training step: augmentation, normalization, forward, loss,
/// backward, clipping and AdamW, in one program. Batch inputs: `images`,
/// `labels`, `rng` (`u64[2]`); metric outputs: `correct`.
/// `numerics` applies to every dot and activation, forward and backward.
pub fn vit_train_step(
    cfg: &VitConfig,
    pre: &Preprocessor,
    batch: i64,
    opt: &AdamW,
    aug: &Augment,
    numerics: Numerics,
) -> Result<Function> {
    vit_train_step_with(cfg, pre, batch, opt, aug, numerics, StepOptions::default())
}

/// `vit_train_step` with metrics on the device and several steps per call if asked
/// (`xlavit train`, `xlavit bench --steps-per-call`).
pub fn vit_train_step_with(
    cfg: &VitConfig,
    pre: &Preprocessor,
    batch: i64,
    opt: &AdamW,
    aug: &Augment,
    numerics: Numerics,
    options: StepOptions,
) -> Result<Function> {
    let model = vit::Vit::new(cfg);
    let specs = model.params().to_vec();
    let inputs = vit_batch(cfg, batch);
    let shared = [("rng".to_string(), Shape::new(DType::U64, &[2]))];
    build("vit_train_step", numerics, &specs, opt, &inputs, &shared, options, |p, inp, step| {
        let unit = vit::to_unit(&inp[0])?;
        let unit = aug.apply(&unit, &inp[2], step)?;
        let classes = cfg.num_labels() as i64;
        let mixup = options.recipe.mixup();
        let (unit, mixed_targets) = if mixup.is_on() {
            let m = mixup.apply(&unit, &inp[1], classes, options.recipe.label_smoothing, &crate::mixup::stream(&inp[2], step)?)?;
            (m.images, Some(m.targets))
        } else {
            (unit, None)
        };
        let pixels = vit::normalize(&unit, pre)?;
        let noise = vit::Noise::new(&inp[2], step, options.recipe.drop_path, cfg)?;
        let vp = VitParams::new(&specs, p)?.with_precision(numerics.precision).with_noise(noise);
        let logits = model.forward(&vp, &pixels)?;
        let loss = match mixed_targets {
            Some(targets) => crate::model::soft_cross_entropy(&logits, &targets)?.mean(&[0])?,
            None => crate::model::label_loss(&logits, &inp[1], options.recipe.label_smoothing)?,
        };
        // Under mixing too, each image's argmax against its own label.
        let correct = crate::model::correct_count(&logits, &inp[1], None)?;
        Ok(StepOutputs { loss, metrics: vec![("correct".into(), correct)] })
    })
}

/// Forward only. Inputs: parameters, `images`, `labels`, `mask` (`f32[B]`, 0 for padding
/// rows of a last partial batch). Outputs: `loss_sum` (summed over unmasked rows),
/// `correct`, `logits`.
pub fn vit_eval(cfg: &VitConfig, pre: &Preprocessor, batch: i64, numerics: Numerics, tta: Tta) -> Result<Function> {
    let b = Builder::new("vit_eval");
    let e = eval_forward(&b, cfg, pre, batch, numerics, tta)?;
    b.finish(&[("loss_sum", &e.loss_sum), ("correct", &e.correct), ("logits", &e.logits)])
}

/// The eval program of `xlavit train` and `xlavit eval`: as `vit_eval`, but the loss sum and
/// correct count accumulate on the device in the donated `eval_metrics` (`f32[2]`, after `mask`),
/// and the per-image output is the predicted class (`s32[B]`) instead of the logits.
pub fn vit_eval_accumulating(cfg: &VitConfig, pre: &Preprocessor, batch: i64, numerics: Numerics, tta: Tta) -> Result<Function> {
    let b = Builder::new("vit_eval_accumulating");
    let e = eval_forward(&b, cfg, pre, batch, numerics, tta)?;
    let acc = b.parameter("eval_metrics", DType::F32, &[2])?;
    let both = b.concatenate(&[e.loss_sum.reshape(&[1])?, e.correct.reshape(&[1])?], 0)?;
    let (_, predictions) = e.logits.argmax(1)?;
    let mut f = b.finish(&[("eval_metrics", &acc.add(&both)?), ("predictions", &predictions)])?;
    f.donate_by_name()?;
    Ok(f)
}

struct EvalForward {
    loss_sum: Tensor,
    correct: Tensor,
    logits: Tensor,
}

fn eval_forward(b: &Builder, cfg: &VitConfig, pre: &Preprocessor, batch: i64, numerics: Numerics, tta: Tta) -> Result<EvalForward> {
    b.set_dot_precision(numerics.dots);
    let model = vit::Vit::new(cfg);
    let specs = model.params();
    let p: Vec<Tensor> = specs.iter().map(|s| b.parameter(&s.name, s.shape.dtype, s.dims())).collect::<Result<_>>()?;
    let s = cfg.input_size();
    let images = b.parameter("images", DType::U8, &[batch, s, s, cfg.num_channels])?;
    let labels = b.parameter("labels", DType::S32, &[batch])?;
    let mask = b.parameter("mask", DType::F32, &[batch])?;
    let pixels = vit::normalize(&vit::to_unit(&images)?, pre)?;
    let vp = VitParams::new(specs, &p)?.with_precision(numerics.precision);
    let logits = model.forward(&vp, &pixels)?;
    let logits = match tta {
        Tta::None => logits,
        // Images are [B, H, W, C]: the mirror reverses W.
        Tta::Flip => logits.add(&model.forward(&vp, &pixels.reverse(&[2])?)?)?.mul_scalar(0.5)?,
    };
    let loss_sum = crate::model::cross_entropy_per_example(&logits, &labels)?.mul(&mask)?.sum_all()?;
    let correct = crate::model::correct_count(&logits, &labels, Some(&mask))?;
    Ok(EvalForward { loss_sum, correct, logits })
}

/// What the train step's augmentation (and mixing, when `mixup` is on) makes of a batch, as
/// uint8 images (for `samples.png`): the first `shown` of them, and with mixing the batch's
/// `lam`. Inputs: `images`, `rng`, `step`, as the train step takes them.
pub fn augment_preview(cfg: &VitConfig, batch: i64, shown: i64, aug: &Augment, mixup: &crate::mixup::Mixup) -> Result<Function> {
    let b = Builder::new("augment_preview");
    let s = cfg.input_size();
    let images = b.parameter("images", DType::U8, &[batch, s, s, cfg.num_channels])?;
    let key = b.parameter("rng", DType::U64, &[2])?;
    let step = b.parameter("step", DType::S32, &[])?;
    let unit = aug.apply(&vit::to_unit(&images)?, &key, &step)?;
    let (unit, lam) = if mixup.is_on() {
        // The images alone: any labels mix the same way.
        let labels = b.full(0.0, DType::S32, &[batch])?;
        let m = mixup.apply(&unit, &labels, cfg.num_labels() as i64, 0.0, &crate::mixup::stream(&key, &step)?)?;
        (m.images, Some(m.lam))
    } else {
        (unit, None)
    };
    let unit = if shown < batch { unit.slice_axis(0, 0, shown)? } else { unit };
    let out = unit.mul_scalar(255.0)?.add_scalar(0.5)?.floor()?.convert(DType::U8)?;
    match lam {
        Some(lam) => b.finish(&[("images", &out), ("lam", &lam)]),
        None => b.finish(&[("images", &out)]),
    }
}

/// The backbone's output for a batch: `features` f32 `[B, hidden]` (the CLS token after the
/// final LayerNorm), what a linear probe trains on. Inputs: the parameters, `images`.
pub fn vit_features(cfg: &VitConfig, pre: &Preprocessor, batch: i64, numerics: Numerics) -> Result<Function> {
    let b = Builder::new("vit_features");
    b.set_dot_precision(numerics.dots);
    let model = vit::Vit::new(cfg);
    let specs = model.params().to_vec();
    let p: Vec<Tensor> = specs.iter().map(|s| b.parameter(&s.name, s.shape.dtype, s.dims())).collect::<Result<_>>()?;
    let s = cfg.input_size();
    let images = b.parameter("images", DType::U8, &[batch, s, s, cfg.num_channels])?;
    let pixels = vit::normalize(&vit::to_unit(&images)?, pre)?;
    let vp = VitParams::new(&specs, &p)?.with_precision(numerics.precision);
    let features = model.features(&vp, &pixels)?.convert(DType::F32)?;
    b.finish(&[("features", &features)])
}

/// The head's parameters (`classifier.*`, or DeiT's two heads) of the model of `cfg`.
pub fn head_params(cfg: &VitConfig) -> Vec<crate::model::ParamSpec> {
    vit::params(cfg).into_iter().filter(|p| cfg.is_head_param(&p.name)).collect()
}

/// A linear probe's train step: the head alone, on features `f32[B, hidden]` and labels,
/// with AdamW and the recipe's label smoothing; metrics accumulate as the ViT step's do.
pub fn probe_step(cfg: &VitConfig, batch: i64, opt: &AdamW, label_smoothing: f64) -> Result<Function> {
    let head = head_params(cfg);
    let inputs = [
        ("features".to_string(), Shape::new(DType::F32, &[batch, cfg.feature_size()])),
        ("labels".to_string(), Shape::new(DType::S32, &[batch])),
    ];
    let options = StepOptions { accumulate: true, ..Default::default() };
    let model = vit::Vit::new(cfg);
    build("probe_step", Numerics::default(), &head, opt, &inputs, &[], options, |p, inp, _| {
        let logits = model.head(&VitParams::new(&head, p)?, &inp[0])?;
        let loss = crate::model::label_loss(&logits, &inp[1], label_smoothing)?;
        Ok(StepOutputs { loss, metrics: vec![("correct".into(), crate::model::correct_count(&logits, &inp[1], None)?)] })
    })
}

/// The head on every validation feature at once: `sums` (`f32[2]`: loss sum, correct count)
/// and `predictions` (`s32[n]`). Inputs: the head's parameters, `features`, `labels`.
pub fn probe_eval(cfg: &VitConfig, n: i64) -> Result<Function> {
    let b = Builder::new("probe_eval");
    let head = head_params(cfg);
    let p: Vec<Tensor> = head.iter().map(|s| b.parameter(&s.name, s.shape.dtype, s.dims())).collect::<Result<_>>()?;
    let features = b.parameter("features", DType::F32, &[n, cfg.feature_size()])?;
    let labels = b.parameter("labels", DType::S32, &[n])?;
    let logits = vit::Vit::new(cfg).head(&VitParams::new(&head, &p)?, &features)?;
    let loss_sum = crate::model::cross_entropy_per_example(&logits, &labels)?.sum_all()?;
    let correct = crate::model::correct_count(&logits, &labels, None)?;
    let sums = b.concatenate(&[loss_sum.reshape(&[1])?, correct.reshape(&[1])?], 0)?;
    let (_, predictions) = logits.argmax(1)?;
    b.finish(&[("sums", &sums), ("predictions", &predictions)])
}

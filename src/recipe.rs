//! The fine-tuning recipe: what a train step does beyond the tutorial's (AdamW, warmup and
//! cosine, flip and colour jitter). Every part is off by default, traced into the one train
//! program, and saved with the run's configuration; flag names follow timm's.

use crate::arg_values::{area_fraction, non_negative_f64, unit_fraction};
use crate::augment::Augment;
use crate::autoaugment::AutoAugment;
use clap::builder::RangedU64ValueParser;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, clap::Args)]
#[command(next_help_heading = "Fine-tuning recipes (timm's names; all off by default)")]
#[serde(default)]
pub struct Recipe {
    /// Smooth the targets to (1 − E) one-hot + E / classes (timm's --smoothing); the loss logged
    /// is the smoothed one.
    #[arg(long, value_name = "E", default_value_t = 0.0, value_parser = unit_fraction)]
    pub label_smoothing: f64,
    /// Sum the gradients of N micro-batches of --batch-size images inside the step before one
    /// optimizer update (timm's --grad-accum-steps): the update sees N x --batch-size images,
    /// the device holds the activations of one micro-batch.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = RangedU64ValueParser::<usize>::new().range(1..=1024))]
    pub grad_accum_steps: usize,
    /// Layer-wise learning-rate decay (BEiT, timm's --layer-decay): block l of L learns at
    /// lr x R^(L + 1 − l), the embeddings at R^(L + 1), the final norm and the head at lr.
    #[arg(long, value_name = "R", value_parser = layer_decay)]
    pub layer_decay: Option<f64>,
    /// Keep an exponential moving average of the weights with this decay, updated inside the
    /// step (timm's --model-ema-decay), evaluated each epoch and saved in ema/.
    #[arg(long, value_name = "D", value_parser = unit_fraction)]
    pub ema_decay: Option<f64>,
    /// Warm the EMA decay up as timm's ModelEmaV3 does: 1 − (1 + s)^(−2/3) after s updates, capped at D.
    #[arg(long, requires = "ema_decay")]
    pub ema_warmup: bool,
    /// Stochastic depth (timm's --drop-path): each sample drops each residual branch with a
    /// rate rising linearly over the blocks from 0 to R, and a kept branch is scaled up by
    /// 1 / (1 − rate). Training only.
    #[arg(long, value_name = "R", default_value_t = 0.0, value_parser = unit_fraction)]
    pub drop_path: f64,
    /// Mixup (timm's --mixup): blend each batch with itself reversed by λ ~ Beta(A, A), the
    /// targets likewise. Train accuracy then counts the argmax against each image's own label.
    #[arg(long, value_name = "A", default_value_t = 0.0, value_parser = non_negative_f64)]
    pub mixup: f64,
    /// CutMix (timm's --cutmix): paste a box of the reversed batch covering 1 − λ of each image,
    /// λ ~ Beta(A, A) corrected to the box actually cut; the targets mix by that λ.
    #[arg(long, value_name = "A", default_value_t = 0.0, value_parser = non_negative_f64)]
    pub cutmix: f64,
    /// The chance a batch is mixed at all (timm's --mixup-prob).
    #[arg(long, value_name = "P", default_value_t = 1.0, value_parser = probability)]
    pub mixup_prob: f64,
    /// With both --mixup and --cutmix, the chance a mixed batch is cut instead of blended.
    #[arg(long, value_name = "S", default_value_t = 0.5, value_parser = probability)]
    pub mixup_switch_prob: f64,
}

impl Default for Recipe {
    /// The tutorial's recipe: nothing added.
    fn default() -> Self {
        Recipe {
            label_smoothing: 0.0,
            grad_accum_steps: 1,
            layer_decay: None,
            ema_decay: None,
            ema_warmup: false,
            drop_path: 0.0,
            mixup: 0.0,
            cutmix: 0.0,
            mixup_prob: 1.0,
            mixup_switch_prob: 0.5,
        }
    }
}

impl Recipe {
    pub fn mixup(&self) -> crate::mixup::Mixup {
        crate::mixup::Mixup { mixup_alpha: self.mixup, cutmix_alpha: self.cutmix, prob: self.mixup_prob, switch_prob: self.mixup_switch_prob }
    }
}

fn probability(s: &str) -> Result<f64, String> {
    match non_negative_f64(s) {
        Ok(v) if v <= 1.0 => Ok(v),
        _ => Err(format!("'{s}' is not a probability in [0, 1]")),
    }
}

fn layer_decay(s: &str) -> Result<f64, String> {
    match non_negative_f64(s) {
        Ok(v) if v > 0.0 && v <= 1.0 => Ok(v),
        _ => Err(format!("'{s}' is not a decay in (0, 1]")),
    }
}

/// The train step's on-device augmentation, for `train`, `compile` and `bench` alike.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, clap::Args)]
#[command(next_help_heading = "On-device augmentation")]
pub struct AugmentOptions {
    /// Leave on-device augmentation (flip, jitter, crop, policy) out of the train step.
    #[arg(long = "no-augment", action = clap::ArgAction::SetFalse)]
    #[serde(rename = "augment")]
    pub on: bool,
    /// Random-resized crop: cut each training image to a random part holding at least this
    /// fraction of its area (aspect ratio 3/4 to 4/3, narrowed where a crop would not fit) and
    /// resize it back, like torchvision's RandomResizedCrop(scale=(MIN, 1)) [default: off].
    #[arg(long, value_name = "MIN", value_parser = area_fraction, conflicts_with = "on")]
    #[serde(default)]
    pub crop_area: Option<f64>,
    /// After the crop and flip: `basic`, brightness and contrast jitter of ±0.2 (the
    /// tutorial's); `trivial`, torchvision's TrivialAugmentWide (one of 14 ops per image at a
    /// random magnitude, timm's --aa trivial...); `randaug`, RandAugment(N, M) (timm's --aa rand-mM-nN).
    #[arg(long = "augment", value_name = "POLICY", value_enum, default_value_t = Policy::Basic, conflicts_with = "on")]
    #[serde(default, rename = "augment_policy")]
    pub policy: Policy,
    /// RandAugment's N: ops applied one after another to each image.
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = RangedU64ValueParser::<usize>::new().range(1..=16))]
    #[serde(default = "randaug_ops")]
    pub randaug_ops: usize,
    /// RandAugment's M: the magnitude bin of every op, of 31 (0 to 30).
    #[arg(long, value_name = "M", default_value_t = 9, value_parser = RangedU64ValueParser::<usize>::new().range(0..=30))]
    #[serde(default = "randaug_magnitude")]
    pub randaug_magnitude: usize,
}

fn randaug_ops() -> usize {
    2
}

fn randaug_magnitude() -> usize {
    9
}

impl Default for AugmentOptions {
    fn default() -> Self {
        AugmentOptions { on: true, crop_area: None, policy: Policy::Basic, randaug_ops: randaug_ops(), randaug_magnitude: randaug_magnitude() }
    }
}

impl AugmentOptions {
    pub fn augment(&self) -> Augment {
        let auto = match self.policy {
            Policy::Basic => None,
            Policy::Trivial => Some(AutoAugment::TrivialWide),
            Policy::Randaug => Some(AutoAugment::Rand { ops: self.randaug_ops, magnitude: self.randaug_magnitude }),
        };
        Augment::chosen(self.on, self.crop_area).with_auto(auto)
    }
}

/// What follows the crop and flip in the train step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// Brightness and contrast jitter.
    #[default]
    Basic,
    /// TrivialAugmentWide.
    Trivial,
    /// RandAugment(--randaug-ops, --randaug-magnitude).
    Randaug,
}

/// What stays fixed in training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Freeze {
    /// Everything but the classifier: a linear probe on the backbone's features.
    Backbone,
}

/// Test-time augmentation of `eval` and `predict`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Tta {
    /// Each image as it is.
    #[default]
    None,
    /// The mean of the logits of each image and its mirror image (left to right).
    Flip,
}

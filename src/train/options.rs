//! The options of a training run, in one place: each is a `train` flag (its help and default
//! here), a field of the resolved configuration saved to `OUT/train_config.json`, and what
//! `--resume` reads back. A new option is one field.

use crate::arg_values::{non_negative_f64, positive_f64, unit_fraction};
use crate::graph::DotPrecision;
use crate::model::family::Pooling;
use crate::model::vit_config::VitConfig;
use crate::model::Precision;
use clap::builder::{PossibleValuesParser, RangedU64ValueParser, TypedValueParser};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The defaults where the built-in job (a tiny ViT trained from scratch on generated images:
/// neither --model nor --data) differs from fine-tuning: it takes larger steps.
struct JobDefaults {
    batch_size: usize,
    lr: f64,
    warmup_steps: u64,
}

const FINE_TUNING: JobDefaults = JobDefaults { batch_size: 64, lr: 3e-5, warmup_steps: 500 };
const BUILT_IN: JobDefaults = JobDefaults { batch_size: 32, lr: 1e-3, warmup_steps: 30 };

fn job_help(what: &str, fine_tuning: impl std::fmt::Display, built_in: impl std::fmt::Display) -> String {
    format!("{what} [default: {fine_tuning}; {built_in} for the built-in job]")
}

/// The resolved configuration of a run.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, clap::Args)]
pub struct TrainOptions {
    /// A model directory in Hugging Face format, or a hub id (e.g. google/vit-base-patch16-224).
    /// Default: the built-in tiny ViT, trained from scratch.
    #[arg(long)]
    pub model: Option<String>,
    /// Without --model: train this architecture from scratch: `tiny` (default), `vit-b16`, a preset
    /// of another type (`xlavit models`), or a config.json path.
    #[arg(long, conflicts_with = "model")]
    #[serde(default)]
    pub config: Option<String>,
    /// A dataset: a Food-101 folder, a folder of parquet shards, an image folder (train/<class>/, validation/<class>/),
    /// or a hub dataset id (e.g. ethz/food101). Default: a generated 5-class dataset.
    #[arg(long)]
    pub data: Option<String>,
    /// Output folder: checkpoints (best/, last/), metrics, plots, resume state.
    #[arg(long, default_value = "out/train")]
    pub out: PathBuf,
    /// Keep the first N classes (default: all; 20 for Food-101's 101, as the tutorial).
    #[arg(long, value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    pub num_classes: Option<usize>,
    /// Train at SIZE x SIZE, a multiple of the patch size: position embeddings are resized once
    /// when loading (bicubic, as transformers' interpolate_pos_encoding=True; DINOv2 resizes its
    /// own in the program), and the checkpoints written keep SIZE [default: the model's].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=VitConfig::MAX_IMAGE_SIZE))]
    pub image_size: Option<u32>,
    /// SigLIP only: the classifier reads the mean of the tokens (`mean`, as transformers'
    /// SiglipForImageClassification) or the attention-pooling head (`map`, as big_vision's
    /// SigLIP classifiers; transformers' classifier does not compute it) [default: the
    /// checkpoint's config.json, else mean].
    #[arg(long, value_parser = PossibleValuesParser::new(["mean", "map"]).map(|s| s.parse::<Pooling>().expect("listed poolings parse")))]
    #[serde(default)]
    pub pooling: Option<Pooling>,
    #[arg(long, default_value_t = FINE_TUNING.batch_size, hide_default_value = true,
          help = job_help("Images per training step", FINE_TUNING.batch_size, BUILT_IN.batch_size),
          value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    pub batch_size: usize,
    /// Images per evaluation call.
    #[arg(long, default_value_t = 128, value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    pub eval_batch_size: usize,
    /// Passes over the training split.
    #[arg(long, default_value_t = 10, value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    pub epochs: usize,
    #[arg(long, default_value_t = FINE_TUNING.lr, hide_default_value = true,
          help = job_help("Peak learning rate", format!("{:e}", FINE_TUNING.lr), format!("{:e}", BUILT_IN.lr)), value_parser = positive_f64)]
    pub lr: f64,
    /// AdamW weight decay.
    #[arg(long, default_value_t = 0.05, value_parser = non_negative_f64)]
    pub weight_decay: f64,
    // Ignored where `warmup_ratio` is set.
    #[arg(long, default_value_t = FINE_TUNING.warmup_steps, hide_default_value = true,
          help = job_help("Linear warmup steps before the cosine decay", FINE_TUNING.warmup_steps, BUILT_IN.warmup_steps))]
    pub warmup_steps: u64,
    /// Warm up over this fraction of the run's steps instead (HF Trainer's `warmup_ratio`:
    /// ceil(R x steps)), so a small dataset still reaches --lr.
    #[arg(long, value_name = "R", value_parser = unit_fraction, conflicts_with = "warmup_steps")]
    #[serde(default)]
    pub warmup_ratio: Option<f64>,
    /// Seed of the data order, augmentation and any new classifier.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Clip gradients to this global norm; 0 turns clipping off.
    #[arg(long, default_value_t = 1.0, value_parser = non_negative_f64)]
    pub clip_grad_norm: f64,
    /// Keep the dataset order (class by class) instead of shuffling each epoch.
    #[arg(long = "no-shuffle", action = clap::ArgAction::SetFalse)]
    pub shuffle: bool,
    /// Read the on-device metrics every N steps.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..))]
    pub log_every: u64,
    /// Run K steps per call of the train program (a loop over K stacked batches on the device),
    /// so a small model stops paying one dispatch per step.
    #[arg(long, value_name = "K", default_value_t = 1, value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    #[serde(default = "one")]
    pub steps_per_call: usize,
    /// `bf16`: mixed precision (bf16 matmuls and activations, f32 accumulation, f32 weights,
    /// optimizer, LayerNorm, softmax and loss), or `f32` throughout
    /// [default: bf16 on cuda and tpu, f32 on cpu].
    #[arg(long, default_value = "f32", hide_default_value = true,
          value_parser = PossibleValuesParser::new(["f32", "bf16"]).map(|s| s.parse::<Precision>().expect("listed precisions parse")))]
    pub precision: Precision,
    /// How exactly dots run: `default` (the backend's choice: TF32 for f32 dots on NVIDIA GPUs),
    /// `high`, or `highest` (full f32).
    #[arg(long, default_value = "default",
          value_parser = PossibleValuesParser::new(["default", "high", "highest"]).map(|s| s.parse::<DotPrecision>().expect("listed precisions parse")))]
    #[serde(default)]
    pub dot_precision: DotPrecision,
    /// Where decoded datasets are cached [default: $XLAVIT_CACHE_DIR, or $XDG_CACHE_HOME/xlavit/data, or ~/.cache/xlavit/data].
    #[arg(long)]
    pub cache_dir: Option<PathBuf>,
    #[command(flatten)]
    #[serde(flatten)]
    pub aug: crate::recipe::AugmentOptions,
    #[command(flatten)]
    #[serde(flatten)]
    pub recipe: crate::recipe::Recipe,
    /// Stop when the validation accuracy has not improved for N epochs (best/ keeps the best).
    #[arg(long, value_name = "N", value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    #[serde(default)]
    pub early_stopping_patience: Option<usize>,
    /// `backbone`: a linear probe. Only the classifier trains, on the backbone's features of the
    /// un-augmented images, computed once and cached beside the image cache; an epoch then costs
    /// milliseconds. Trains at --probe-lr for --epochs.
    #[arg(long, value_enum, conflicts_with = "probe_epochs")]
    #[serde(default)]
    pub freeze: Option<crate::recipe::Freeze>,
    /// LP-FT (Kumar et al. 2022): a linear probe of N epochs first (as --freeze backbone), then
    /// the full fine-tune of --epochs from the probe's head instead of a random one.
    #[arg(long, value_name = "N", value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    #[serde(default)]
    pub probe_epochs: Option<usize>,
    /// The linear probe's peak learning rate (a tenth of its steps warm up, then cosine).
    #[arg(long, value_name = "LR", default_value_t = 1e-3, value_parser = positive_f64)]
    #[serde(default = "probe_lr")]
    pub probe_lr: f64,
}

fn one() -> usize {
    1
}

fn probe_lr() -> f64 {
    1e-3
}

impl TrainOptions {
    /// Images per optimizer step: --batch-size per micro-batch, times the micro-batches.
    pub fn step_images(&self) -> usize {
        self.batch_size * self.recipe.grad_accum_steps
    }

    /// Settles the defaults that depend on the job or the device, for each option `defaulted`
    /// says the command line left at its default.
    pub fn settle_defaults(&mut self, accelerator: bool, defaulted: impl Fn(&str) -> bool) {
        if self.model.is_none() && self.data.is_none() {
            if defaulted("batch_size") {
                self.batch_size = BUILT_IN.batch_size;
            }
            if defaulted("lr") {
                self.lr = BUILT_IN.lr;
            }
            if defaulted("warmup_steps") {
                self.warmup_steps = BUILT_IN.warmup_steps;
            }
        }
        if defaulted("precision") {
            self.precision = Precision::default_for(accelerator);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{FromArgMatches, Parser};

    #[derive(Parser)]
    struct Cmd {
        #[command(flatten)]
        opts: TrainOptions,
    }

    fn settled(args: &[&str], accelerator: bool) -> TrainOptions {
        let matches = <Cmd as clap::CommandFactory>::command().try_get_matches_from(std::iter::once("train").chain(args.iter().copied())).unwrap();
        let mut o = Cmd::from_arg_matches(&matches).unwrap().opts;
        o.settle_defaults(accelerator, |id| matches.value_source(id) == Some(clap::parser::ValueSource::DefaultValue));
        o
    }

    #[test]
    fn the_built_in_job_takes_larger_steps_unless_told_otherwise() {
        let built_in = settled(&[], false);
        assert_eq!((built_in.batch_size, built_in.lr, built_in.warmup_steps), (32, 1e-3, 30));
        let fine_tuning = settled(&["--data", "d"], false);
        assert_eq!((fine_tuning.batch_size, fine_tuning.lr, fine_tuning.warmup_steps), (64, 3e-5, 500));
        let told = settled(&["--batch-size", "8", "--lr", "0.5"], false);
        assert_eq!((told.batch_size, told.lr, told.warmup_steps), (8, 0.5, 30));
        assert!(built_in.aug.on && built_in.shuffle && !settled(&["--no-augment", "--no-shuffle"], false).aug.on);
    }

    #[test]
    fn accelerators_default_to_bf16_and_an_explicit_precision_stays() {
        assert_eq!(settled(&[], false).precision, Precision::F32);
        assert_eq!(settled(&[], true).precision, Precision::Bf16);
        assert_eq!(settled(&["--precision", "f32"], true).precision, Precision::F32);
    }

    #[test]
    fn the_help_says_both_defaults() {
        let help = <Cmd as clap::CommandFactory>::command().render_help().to_string();
        assert!(help.contains("Images per training step [default: 64; 32 for the built-in job]"), "{help}");
        assert!(help.contains("Peak learning rate [default: 3e-5; 1e-3 for the built-in job]"), "{help}");
    }
}

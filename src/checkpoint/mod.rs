//! Hugging Face checkpoints: finding them (local directory or the Hub, see `hub`),
//! reading safetensors into host tensors in `VitConfig::params` order,
//! and writing directories `transformers` loads back.

mod formula;
mod locate;
mod safetensors_io;
mod save;
mod timm;
mod vit_mapping;

pub use crate::hub::{env_flag_is_true, looks_like_hub_id, HubOptions};

pub use locate::{at_image_size, model_config, resolve_model, resolve_model_config, resolve_model_config_with, resolve_model_with};
pub use safetensors_io::{load_tensors, read_safetensors, st_dtype, weights_path};
pub use save::save_hf_dir;
pub use vit_mapping::{init_classifier, init_vit_params, load_trained_vit_params, load_vit_params, vit_params_from_tensors, LoadReport};
pub use formula::{
    fnv1a64, formula_bits, formula_params, formula_pixels, formula_tensor, formula_uniform, formula_value, splitmix64_mix,
};


pub const CONFIG_FILE: &str = "config.json";
pub const PREPROCESSOR_FILE: &str = "preprocessor_config.json";
pub const WEIGHTS_FILE: &str = "model.safetensors";
pub const WEIGHTS_INDEX_FILE: &str = "model.safetensors.index.json";

//! Runs StableHLO programs through a PJRT plugin (CPU, CUDA or TPU) loaded
//! at run time through the PJRT C API.
//!
//! Lifetimes: a `Plugin` stays loaded for the process; a `Client` owns its
//! devices; `Buffer`s and `Executable`s keep their client alive. Every call
//! into the plugin has its arguments checked in Rust first, because XLA
//! answers many bad arguments by aborting the process.

pub mod ffi;

mod buffer;
mod client;
pub mod compile_cache;
mod compile_options;
mod error;
mod executable;
pub mod hardware;
mod host_run;
pub mod kv_store;
mod locate;
mod plugin;
pub mod target;

pub use buffer::{device_to_host_transfers, host_to_device_transfers, Buffer};
pub use client::{Client, ClientOptions, DeviceInfo, Distributed};
pub use compile_options::compile_options_proto;
pub use error::{NamedValue, PjrtError};
pub use executable::{Arg, CallError, CompiledMemoryStats, CostAnalysis, Executable, RejectedCall};
pub use locate::{locate_gpu_compiler, locate_plugin, locate_plugin_with_reason, DeviceKind, PLUGIN_ENV_VAR};
pub use plugin::{Plugin, MIN_API_VERSION};
pub use target::{AotReport, Target};
pub use host_run::{cpu_client_for_tests, open_client, run_host};

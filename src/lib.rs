//! xlavit: trace a model in Rust, differentiate it, emit one StableHLO
//! program and run it through a PJRT plugin.
//!
//! Data flows one way: `graph` (tracer) -> `autodiff` -> `emit` produce
//! program text; `runtime` only compiles text and moves buffers.

pub mod dtype;
pub mod shape;
pub mod hash;
pub mod host;
pub mod program;
pub mod runtime;
pub mod graph;
pub mod autodiff;
pub mod emit;
pub mod interpret;
pub mod optim;
pub mod model;
pub mod train_step;
pub mod train;
pub mod plots;
pub mod evaluate;
pub mod feed;
pub mod files;
pub mod augment;
pub mod hub;
pub mod checkpoint;
pub mod data;
pub mod cli;
pub mod predict;
pub mod compile;
pub mod convert;
pub mod bench;
pub mod devices;
pub mod prepare;

/// tests/fixtures, for unit tests.
#[cfg(test)]
pub(crate) fn test_fixture(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

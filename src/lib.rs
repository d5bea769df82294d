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
pub mod recipe;
pub mod mixup;
pub mod model;
pub mod state_layout;
pub mod train_step;
pub mod train;
pub mod plots;
pub mod evaluate;
pub mod feed;
pub mod files;
pub mod augment;
pub mod autoaugment;
pub mod hub;
pub mod checkpoint;
pub mod data;
pub mod arg_values;
pub mod cli;
pub mod predict;
pub mod compile;
pub mod accelerators;
pub mod memory_fit;
pub mod convert;
pub mod bench;
pub mod devices;
pub mod prepare;

/// The first `n` of `items` joined by `sep`, and how many more there are ("a, b and 3 more"):
/// how messages name a few of many files, classes or tensors.
pub(crate) fn first_few<S: AsRef<str>>(items: &[S], n: usize, sep: &str) -> String {
    let shown: Vec<&str> = items.iter().take(n).map(AsRef::as_ref).collect();
    match items.len().saturating_sub(n) {
        0 => shown.join(sep),
        more => format!("{} and {more} more", shown.join(sep)),
    }
}

/// tests/fixtures, for unit tests.
#[cfg(test)]
pub(crate) fn test_fixture(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_few_names_some_and_counts_the_rest() {
        assert_eq!(super::first_few(&["a", "b"], 3, ", "), "a, b");
        assert_eq!(super::first_few(&["a", "b", "c"], 3, ", "), "a, b, c");
        assert_eq!(super::first_few(&["a", "b", "c", "d", "e"], 2, "; "), "a; b and 3 more");
    }
}

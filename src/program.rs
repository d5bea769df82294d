//! The contract between the compiler side and the runtime: program text plus
//! the signature the runtime checks every call against before it reaches PJRT
//! (XLA aborts the process on a mismatched argument instead of returning an error).

pub use crate::shape::Shape;

#[derive(Clone, Debug)]
pub struct Program {
    /// StableHLO module text whose entry function is `@main`.
    pub mlir: String,
    pub inputs: Vec<Shape>,
    /// Names for inputs, for error messages (e.g. a parameter's HF name).
    pub input_names: Vec<String>,
    pub outputs: Vec<Shape>,
    pub output_names: Vec<String>,
    /// Input index -> output index whose buffer it becomes (`tf.aliasing_output`).
    /// A donated input buffer is consumed by the call.
    pub donations: Vec<(usize, usize)>,
    /// Set when one call runs on several devices (data parallelism); None: one device.
    pub partitioning: Option<Partitioning>,
}

/// How a program spreads over devices: XLA's SPMD partitioner compiles one program per
/// device from the global one. A split tensor is cut along one axis (the batch axis) into equal
/// shards, device d holding shard d; every other tensor is replicated, each device holding all
/// of it. The specs in [`Program::inputs`] and [`Program::outputs`] are global.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Partitioning {
    pub devices: usize,
    /// For each input, the axis it is split along, or None (replicated).
    pub split_inputs: Vec<Option<usize>>,
    pub split_outputs: Vec<Option<usize>>,
}

impl Partitioning {
    /// A shard's spec: the split axis divided by the device count.
    pub fn shard(&self, spec: &Shape, split: Option<usize>) -> Shape {
        let mut dims = spec.dims.clone();
        if let Some(axis) = split {
            dims[axis] /= self.devices as i64;
        }
        Shape { dtype: spec.dtype, dims }
    }
}

impl Program {
    /// How many devices one call runs on.
    pub fn devices(&self) -> usize {
        self.partitioning.as_ref().map_or(1, |p| p.devices)
    }

    /// What each device holds of input `i`.
    pub fn device_input(&self, i: usize) -> Shape {
        match &self.partitioning {
            Some(p) => p.shard(&self.inputs[i], p.split_inputs[i]),
            None => self.inputs[i].clone(),
        }
    }

    /// What each device holds of output `i`.
    pub fn device_output(&self, i: usize) -> Shape {
        match &self.partitioning {
            Some(p) => p.shard(&self.outputs[i], p.split_outputs[i]),
            None => self.outputs[i].clone(),
        }
    }

    pub fn is_donated(&self, input: usize) -> bool {
        self.donations.iter().any(|&(i, _)| i == input)
    }

    /// The position of the output called `name`; callers take outputs by name, so adding an
    /// output to a program never shifts what they read.
    pub fn output(&self, name: &str) -> anyhow::Result<usize> {
        self.output_names
            .iter()
            .position(|n| n == name)
            .ok_or_else(|| anyhow::anyhow!("the program has no output '{name}' (it has: {})", self.output_names.join(", ")))
    }
}

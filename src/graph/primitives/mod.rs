//! Where primitives are defined, one family per file. Each family is an enum of its primitives
//! that implements [`Primitive`]: the name, the StableHLO lowering, the host semantics (the
//! interpreter's reference), the VJP and the FLOP count, next to the tracer methods that check
//! shapes and dtypes and record the op. The passes (emit, interpret, autodiff, flop counting)
//! only dispatch through the trait, so adding a primitive is one variant and its arms in one
//! file, plus its tests (tests/primitives.rs refuses a primitive that has none).
//!
//! The primitives live inside the tracer because each needs the other: a VJP is written with
//! tensors, and the tracer records primitives.

pub mod constant;
pub mod control;
pub mod dot;
pub mod elementwise;
pub mod lowering;
pub mod random;
pub mod reduce;
pub mod shape;

use crate::graph::{Builder, Function, Node, NodeId, Op, Shape, Tensor, ValueType};
use anyhow::{anyhow, bail, Result};
use ndarray::{ArrayD, IxDyn};

pub use lowering::{Lowered, Operation, Region, Sink};

/// The rules of one primitive. Every pass reaches a primitive only through these.
pub trait Primitive {
    /// Our name: error messages, summaries, test and golden file names.
    fn name(&self) -> &'static str;
    /// The StableHLO operation for the node (`cx` has its operands' names and types).
    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered>;
    /// The host semantics, in f64 (results rounded to the node's dtype).
    fn eval(&self, cx: &EvalCx) -> Result<Value>;
    /// The operands' cotangents from the outputs' cotangents, one entry per operand; `None`
    /// where an operand gets no gradient (integers, predicates, indices). Err, saying why, for a primitive that has no
    /// derivative.
    fn vjp(&self, cx: &VjpCx) -> Result<Vec<Option<Tensor>>>;
    /// Multiply-adds count 2; data movement counts 0.
    fn flops(&self, node: &Node, inputs: &[&Shape]) -> f64;
}

/// What a node is to the passes: a parameter, one element of a multi-output node, or a
/// primitive with its rules.
pub enum Role<'a> {
    Parameter(usize),
    TupleElement(usize),
    Primitive(&'a dyn Primitive),
}

impl Op {
    pub fn role(&self) -> Role<'_> {
        match self {
            Op::Parameter { index } => Role::Parameter(*index),
            Op::GetTupleElement { index } => Role::TupleElement(*index),
            Op::Constant(p) => Role::Primitive(p),
            Op::Elementwise(p) => Role::Primitive(p),
            Op::Shape(p) => Role::Primitive(p),
            Op::Dot(p) => Role::Primitive(p),
            Op::Reduce(p) => Role::Primitive(p),
            Op::Control(p) => Role::Primitive(p),
            Op::Random(p) => Role::Primitive(p),
        }
    }

    pub fn name(&self) -> &'static str {
        match self.role() {
            Role::Parameter(_) => "parameter",
            Role::TupleElement(_) => "get_tuple_element",
            Role::Primitive(p) => p.name(),
        }
    }
}

/// Every primitive's name, family by family, read off the families' enums. The match over
/// `OpKind` is exhaustive, so a new family does not build until it is listed here.
pub fn all_names() -> Vec<&'static str> {
    use crate::graph::OpKind;
    use strum::IntoEnumIterator;
    let names_of = |kind: OpKind| -> Vec<&'static str> {
        match kind {
            OpKind::Parameter | OpKind::GetTupleElement => vec![],
            OpKind::Constant => constant::ConstantName::iter().map(<&str>::from).collect(),
            OpKind::Elementwise => elementwise::ElementwiseName::iter()
                .flat_map(|k| match k {
                    elementwise::ElementwiseName::Unary => elementwise::UNARY.iter().map(|r| r.name).collect(),
                    elementwise::ElementwiseName::Binary => elementwise::BINARY.iter().map(|r| r.name).collect(),
                    elementwise::ElementwiseName::Compare
                    | elementwise::ElementwiseName::Select
                    | elementwise::ElementwiseName::Convert
                    | elementwise::ElementwiseName::BitcastConvert => vec![<&str>::from(k)],
                })
                .collect(),
            OpKind::Shape => shape::ShapeName::iter().map(<&str>::from).collect(),
            OpKind::Dot => dot::DotName::iter().map(<&str>::from).collect(),
            OpKind::Reduce => reduce::ReduceName::iter().map(<&str>::from).collect(),
            OpKind::Control => control::ControlName::iter().map(<&str>::from).collect(),
            OpKind::Random => random::RandomName::iter().map(<&str>::from).collect(),
        }
    };
    OpKind::iter().flat_map(names_of).collect()
}

/// A node being lowered: its operands' SSA names and shapes, and where to write helper
/// operations that must come first (a reduce's initial value).
pub struct LowerCx<'a> {
    pub node: &'a Node,
    pub input_shapes: Vec<&'a Shape>,
    pub operands: Vec<String>,
    pub sink: &'a mut dyn Sink,
}

impl LowerCx<'_> {
    pub fn operand_types(&self) -> Vec<String> {
        self.input_shapes.iter().map(|s| lowering::tensor_type(s)).collect()
    }

    /// The node's result types (one per output).
    pub fn result_types(&self) -> Vec<String> {
        match &self.node.ty {
            ValueType::Tensor(s) => vec![lowering::tensor_type(s)],
            ValueType::Tuple(shapes) => shapes.iter().map(lowering::tensor_type).collect(),
        }
    }

    /// `"name"(operands) : (operand types) -> result types`, the usual shape of an operation.
    pub fn generic(&self, name: &str) -> Operation {
        let op = Operation::generic(name, self.operands.clone(), self.operand_types(), self.result_types());
        if matches!(self.node.ty, ValueType::Tuple(_)) { op.tuple() } else { op }
    }

    /// The node's single result shape.
    pub fn shape(&self) -> &Shape {
        self.node.shape()
    }
}

/// A host value: a tensor, or the outputs of a multi-output node.
#[derive(Clone, Debug)]
pub enum Value {
    Tensor(ArrayD<f64>),
    Tuple(Vec<ArrayD<f64>>),
}

impl Value {
    pub fn tensor(&self) -> Result<&ArrayD<f64>> {
        match self {
            Value::Tensor(a) => Ok(a),
            Value::Tuple(_) => bail!("interpret: a tuple used as a tensor"),
        }
    }
}

pub fn ix(dims: &[i64]) -> IxDyn {
    IxDyn(&dims.iter().map(|&d| d as usize).collect::<Vec<_>>())
}

/// Evaluates a nested function on host arrays (the interpreter itself).
pub type RunFunction = dyn Fn(&Function, &[ArrayD<f64>]) -> Result<Vec<ArrayD<f64>>>;

/// A node being evaluated on the host: its operands' values and shapes, and a way to run a
/// nested function (a loop's condition and body).
pub struct EvalCx<'a> {
    pub node: &'a Node,
    pub inputs: Vec<&'a Value>,
    pub input_shapes: Vec<&'a Shape>,
    pub run: &'a RunFunction,
}

impl EvalCx<'_> {
    pub fn x(&self, k: usize) -> Result<&ArrayD<f64>> {
        self.inputs.get(k).ok_or_else(|| anyhow!("interpret: {} has no operand {k}", self.node.op.name()))?.tensor()
    }
    pub fn shape(&self) -> &Shape {
        self.node.shape()
    }
}

/// A node being differentiated: its operands, its outputs and one cotangent per output
/// (`None` where no gradient reaches that output).
pub struct VjpCx<'a> {
    pub b: &'a Builder,
    pub node: &'a Node,
    pub id: NodeId,
    pub cotangents: &'a [Option<Tensor>],
}

impl VjpCx<'_> {
    pub fn x(&self, k: usize) -> Tensor {
        self.b.tensor(self.node.inputs[k])
    }
    /// The node's output (a single-output node; see [`VjpCx::output`] for the others).
    pub fn y(&self) -> Result<Tensor> {
        match &self.node.ty {
            ValueType::Tensor(_) => Ok(self.b.tensor(self.id)),
            ValueType::Tuple(_) => bail!("internal: {} has several outputs: read them with output(k)", self.node.op.name()),
        }
    }
    /// Output `k` of a multi-output node.
    pub fn output(&self, k: usize) -> Result<Tensor> {
        match &self.node.ty {
            ValueType::Tuple(shapes) if k < shapes.len() => {
                Ok(self.b.push(Op::GetTupleElement { index: k }, vec![self.id], shapes[k].clone()))
            }
            ValueType::Tuple(_) | ValueType::Tensor(_) => bail!("internal: {} has no output {k}", self.node.op.name()),
        }
    }
    /// The cotangent of a single-output node (zero when none reached it).
    pub fn g(&self) -> Result<Tensor> {
        match self.cotangents.first() {
            Some(Some(g)) => Ok(g.clone()),
            Some(None) | None => self.y()?.zeros_like(),
        }
    }
}

pub(crate) fn same_graph(op: &str, a: &Tensor, b: &Tensor) -> Result<()> {
    if !std::rc::Rc::ptr_eq(&a.g, &b.g) {
        bail!("{op}: operands come from different traced functions (a loop body may only use its loop state)");
    }
    Ok(())
}

pub(crate) fn check_axes(op: &str, axes: &[usize], rank: usize) -> Result<()> {
    for (i, &a) in axes.iter().enumerate() {
        anyhow::ensure!(a < rank, "{op}: axis {a} out of range for rank {rank}");
        anyhow::ensure!(!axes[..i].contains(&a), "{op}: axis {a} repeated in {axes:?}");
    }
    Ok(())
}

//! The tracer: model code calls methods on [`Tensor`] and each call records
//! one primitive in a graph, checking shapes and dtypes as it goes.
//! Nothing here runs anything; a finished [`Function`] is handed to
//! `autodiff` (to append a backward pass) and to `emit` (to write StableHLO).

mod composites;
pub mod primitives;

pub use primitives::constant::{ConstantOp, Literal};
pub use primitives::control::{ControlOp, GradientRule};
pub use primitives::dot::{DotDims, DotOp, DotPrecision};
pub use primitives::elementwise::{BinaryOp, CompareDir, ElementwiseOp, UnaryOp};
pub use primitives::random::RandomOp;
pub use primitives::reduce::{ReduceKind, ReduceOp};
pub use primitives::shape::ShapeOp;
pub use primitives::{Primitive, Role};

use crate::dtype::DType;
use anyhow::{anyhow, bail, ensure, Result};
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

pub use crate::shape::Shape;

pub type NodeId = usize;

/// A node's operation: a parameter, one output of a multi-output node, or a primitive of one
/// of the families in [`primitives`] (each family's file holds all its rules).
#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(OpKind), derive(strum::EnumIter))]
pub enum Op {
    Parameter { index: usize },
    GetTupleElement { index: usize },
    Constant(ConstantOp),
    Elementwise(ElementwiseOp),
    Shape(ShapeOp),
    Dot(DotOp),
    Reduce(ReduceOp),
    Control(ControlOp),
    Random(RandomOp),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ValueType {
    Tensor(Shape),
    Tuple(Vec<Shape>),
}

#[derive(Clone, Debug)]
pub struct Node {
    pub op: Op,
    pub inputs: Vec<NodeId>,
    pub ty: ValueType,
}

impl Node {
    pub fn shape(&self) -> &Shape {
        match &self.ty {
            ValueType::Tensor(s) => s,
            ValueType::Tuple(_) => panic!("tuple-valued node used as a tensor: {}", self.op.name()),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ParamInfo {
    pub name: String,
    pub shape: Shape,
    pub node: NodeId,
}

#[derive(Default)]
pub(crate) struct GraphData {
    pub name: String,
    pub nodes: Vec<Node>,
    pub params: Vec<ParamInfo>,
    pub dot_precision: DotPrecision,
}

/// Records the primitives of one function. Clone it freely: clones share the graph.
#[derive(Clone)]
pub struct Builder {
    pub(crate) g: Rc<RefCell<GraphData>>,
}

/// A traced value: a node of some builder's graph with its shape.
#[derive(Clone)]
pub struct Tensor {
    pub(crate) g: Rc<RefCell<GraphData>>,
    pub(crate) id: NodeId,
    pub(crate) shape: Shape,
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tensor(#{} {})", self.id, self.shape)
    }
}

impl Builder {
    pub fn new(name: &str) -> Builder {
        Builder { g: Rc::new(RefCell::new(GraphData { name: name.to_string(), ..Default::default() })) }
    }

    pub fn name(&self) -> String {
        self.g.borrow().name.clone()
    }

    /// The precision of every dot traced from now on (the backward pass's too).
    pub fn set_dot_precision(&self, p: DotPrecision) {
        self.g.borrow_mut().dot_precision = p;
    }

    pub fn dot_precision(&self) -> DotPrecision {
        self.g.borrow().dot_precision
    }

    /// What `trace` builds, with its dots at precision `p`; the precision before is restored.
    pub fn with_dot_precision<T>(&self, p: DotPrecision, trace: impl FnOnce() -> T) -> T {
        let before = self.dot_precision();
        self.set_dot_precision(p);
        let traced = trace();
        self.set_dot_precision(before);
        traced
    }

    pub fn parameter(&self, name: &str, dtype: DType, dims: &[i64]) -> Result<Tensor> {
        if let Some(d) = dims.iter().find(|&&d| d < 0) {
            bail!("parameter '{name}': negative dimension {d} in {dims:?}");
        }
        let shape = Shape::new(dtype, dims);
        let index = self.g.borrow().params.len();
        if self.g.borrow().params.iter().any(|p| p.name == name) {
            bail!("parameter '{name}' declared twice");
        }
        let t = self.push(Op::Parameter { index }, vec![], shape.clone());
        self.g.borrow_mut().params.push(ParamInfo { name: name.to_string(), shape, node: t.id });
        Ok(t)
    }

    pub(crate) fn tensor(&self, id: NodeId) -> Tensor {
        let shape = self.g.borrow().nodes[id].shape().clone();
        Tensor { g: self.g.clone(), id, shape }
    }

    pub(crate) fn push(&self, op: Op, inputs: Vec<NodeId>, shape: Shape) -> Tensor {
        let id = self.push_node(op, inputs, ValueType::Tensor(shape.clone()));
        Tensor { g: self.g.clone(), id, shape }
    }

    pub(crate) fn push_node(&self, op: Op, inputs: Vec<NodeId>, ty: ValueType) -> NodeId {
        let mut g = self.g.borrow_mut();
        g.nodes.push(Node { op, inputs, ty });
        g.nodes.len() - 1
    }

    pub(crate) fn owns(&self, t: &Tensor) -> bool {
        Rc::ptr_eq(&self.g, &t.g)
    }

    /// Ends tracing: the function returns `outputs`, named for error messages and summaries.
    pub fn finish(&self, outputs: &[(&str, &Tensor)]) -> Result<Function> {
        for (name, t) in outputs {
            if !self.owns(t) {
                bail!("output '{name}' was traced in another function");
            }
        }
        let g = self.g.borrow();
        Ok(Function {
            name: g.name.clone(),
            nodes: g.nodes.clone(),
            params: g.params.clone(),
            outputs: outputs.iter().map(|(_, t)| t.id).collect(),
            output_names: outputs.iter().map(|(n, _)| n.to_string()).collect(),
            donations: vec![],
            partitioning: None,
        })
    }
}

impl Tensor {
    pub fn shape(&self) -> &Shape {
        &self.shape
    }
    pub fn dtype(&self) -> DType {
        self.shape.dtype
    }
    pub fn dims(&self) -> &[i64] {
        &self.shape.dims
    }
    pub fn rank(&self) -> usize {
        self.shape.dims.len()
    }
    pub fn id(&self) -> NodeId {
        self.id
    }
    pub fn builder(&self) -> Builder {
        Builder { g: self.g.clone() }
    }
}

/// A finished trace: nodes in the order they were recorded (which is a
/// topological order), the parameters, and the outputs.
#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub nodes: Vec<Node>,
    pub params: Vec<ParamInfo>,
    pub outputs: Vec<NodeId>,
    pub output_names: Vec<String>,
    /// (parameter index, output index): the output reuses the parameter's device buffer.
    pub donations: Vec<(usize, usize)>,
    /// Set by [`Function::split_batch`]: the program runs on several devices.
    pub partitioning: Option<crate::program::Partitioning>,
}

impl Function {
    /// Runs the function data-parallel on `devices` devices: each named input and output is
    /// split along the given (batch) axis, one equal shard per device, and everything else
    /// (parameters, optimizer state, metrics) is replicated. The function's meaning does not
    /// change: XLA's SPMD partitioner inserts the cross-device sums (the gradient all-reduce).
    pub fn split_batch(&mut self, devices: usize, inputs: &[(&str, usize)], outputs: &[(&str, usize)]) -> Result<()> {
        ensure!(devices >= 1, "split_batch: at least one device");
        if devices == 1 {
            self.partitioning = None;
            return Ok(());
        }
        let check = |what: &str, name: &str, shape: &Shape, axis: usize| -> Result<()> {
            ensure!(
                axis < shape.rank() && shape.dims[axis] % devices as i64 == 0,
                "{what} '{name}' {shape}: its axis {axis} must split evenly over {devices} devices"
            );
            Ok(())
        };
        for &(n, axis) in inputs {
            let p = self.params.iter().find(|p| p.name == n).ok_or_else(|| anyhow!("split_batch: no input '{n}'"))?;
            check("input", n, &p.shape, axis)?;
        }
        let shapes = self.output_shapes();
        for &(n, axis) in outputs {
            let i = self.output_names.iter().position(|o| o == n).ok_or_else(|| anyhow!("split_batch: no output '{n}'"))?;
            check("output", n, &shapes[i], axis)?;
        }
        let axis_of = |list: &[(&str, usize)], name: &str| list.iter().find(|(n, _)| *n == name).map(|&(_, a)| a);
        self.partitioning = Some(crate::program::Partitioning {
            devices,
            split_inputs: self.params.iter().map(|p| axis_of(inputs, &p.name)).collect(),
            split_outputs: self.output_names.iter().map(|n| axis_of(outputs, n)).collect(),
        });
        Ok(())
    }

    pub fn output_shapes(&self) -> Vec<Shape> {
        self.outputs.iter().map(|&o| self.nodes[o].shape().clone()).collect()
    }

    /// Declares that output `output` may overwrite parameter `param` in place.
    pub fn donate(&mut self, param: usize, output: usize) -> Result<()> {
        let (Some(p), Some(&o)) = (self.params.get(param), self.outputs.get(output)) else {
            bail!("donate({param}, {output}): no such parameter or output");
        };
        let os = self.nodes[o].shape();
        if &p.shape != os {
            bail!(
                "cannot donate parameter '{}' {} to output '{}' {}: shapes differ",
                p.name, p.shape, self.output_names[output], os
            );
        }
        if self.donations.iter().any(|&(pp, oo)| pp == param || oo == output) {
            bail!("parameter '{}' or output '{}' already donated", p.name, self.output_names[output]);
        }
        self.donations.push((param, output));
        Ok(())
    }

    /// Donates every parameter whose name equals an output's name.
    pub fn donate_by_name(&mut self) -> Result<()> {
        let pairs: Vec<(usize, usize)> = self
            .params
            .iter()
            .enumerate()
            .filter_map(|(pi, p)| self.output_names.iter().position(|n| n == &p.name).map(|oi| (pi, oi)))
            .collect();
        for (p, o) in pairs {
            self.donate(p, o)?;
        }
        Ok(())
    }

    /// Nodes the outputs depend on, as a mask.
    pub fn live_nodes(&self) -> Vec<bool> {
        let mut live = vec![false; self.nodes.len()];
        let mut stack: Vec<NodeId> = self.outputs.clone();
        while let Some(n) = stack.pop() {
            if live[n] {
                continue;
            }
            live[n] = true;
            stack.extend(self.nodes[n].inputs.iter().copied());
        }
        live
    }

    /// The shapes of a node's operands. A primitive reads tensors only: a multi-output node is
    /// read through its elements.
    pub fn operand_shapes(&self, node: &Node) -> Result<Vec<&Shape>> {
        node.inputs
            .iter()
            .map(|&j| match &self.nodes[j].ty {
                ValueType::Tensor(s) => Ok(s),
                ValueType::Tuple(_) => bail!("internal: {} reads the multi-output node #{j} whole", node.op.name()),
            })
            .collect()
    }

    /// Multiply-adds counted as 2 FLOPs, over the live nodes (a loop counts one iteration).
    pub fn flop_count(&self) -> f64 {
        let live = self.live_nodes();
        let mut flops = 0.0;
        for (i, n) in self.nodes.iter().enumerate() {
            if !live[i] {
                continue;
            }
            flops += match n.op.role() {
                Role::Parameter(_) | Role::TupleElement(_) => 0.0,
                Role::Primitive(p) => p.flops(n, &self.operand_shapes(n).expect("the tracer records primitives over tensors")),
            };
        }
        flops
    }
}

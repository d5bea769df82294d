//! Control flow: loops whose condition and body are traced functions, and stop_gradient.

use super::{EvalCx, LowerCx, Lowered, Primitive, Region, Value, VjpCx};
use crate::dtype::DType;
use crate::graph::{Builder, Function, Node, Op, Shape, Tensor, ValueType};
use anyhow::{bail, ensure, Result};
use std::rc::Rc;

#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(ControlName), derive(strum::EnumIter, strum::IntoStaticStr), strum(serialize_all = "snake_case"))]
pub enum ControlOp {
    /// inputs: the initial loop state; outputs (tuple): the final state.
    While { cond: Rc<Function>, body: Rc<Function> },
    /// The identity whose gradient is zero (emitted as no instruction at all).
    StopGradient,
}

impl Primitive for ControlOp {
    fn name(&self) -> &'static str {
        ControlName::from(self).into()
    }

    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered> {
        Ok(match self {
            ControlOp::While { cond, body } => {
                let types = cx.result_types();
                Lowered::Operation(
                    cx.generic("stablehlo.while")
                        .region(Region { body: cond.clone(), arg_types: types.clone() })
                        .region(Region { body: body.clone(), arg_types: types }),
                )
            }
            ControlOp::StopGradient => Lowered::Operand(0),
        })
    }

    fn eval(&self, cx: &EvalCx) -> Result<Value> {
        Ok(match self {
            ControlOp::While { cond, body } => {
                let mut state = (0..cx.inputs.len()).map(|k| Ok(cx.x(k)?.clone())).collect::<Result<Vec<_>>>()?;
                while (cx.run)(cond, &state)?[0].iter().next().copied() == Some(1.0) {
                    state = (cx.run)(body, &state)?;
                }
                Value::Tuple(state)
            }
            ControlOp::StopGradient => Value::Tensor(cx.x(0)?.clone()),
        })
    }

    fn vjp(&self, _: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        match self {
            ControlOp::While { .. } => bail!("while_loop is not differentiable here: gradients through loops are not supported"),
            ControlOp::StopGradient => Ok(vec![None]),
        }
    }

    fn flops(&self, _: &Node, _: &[&Shape]) -> f64 {
        match self {
            // One iteration: the trip count is only known when the program runs.
            ControlOp::While { body, .. } => body.flop_count(),
            ControlOp::StopGradient => 0.0,
        }
    }
}

impl Tensor {
    /// The same value, but gradients don't flow back through it.
    pub fn stop_gradient(&self) -> Result<Tensor> {
        Ok(self.builder().push(Op::Control(ControlOp::StopGradient), vec![self.id], self.shape.clone()))
    }
}

impl Builder {
    /// A loop inside the program: `body` maps the state to the next state while `cond` holds.
    /// Both closures are traced once, in their own functions, whose parameters are the state.
    pub fn while_loop(
        &self,
        init: &[Tensor],
        cond: impl FnOnce(&Builder, &[Tensor]) -> Result<Tensor>,
        body: impl FnOnce(&Builder, &[Tensor]) -> Result<Vec<Tensor>>,
    ) -> Result<Vec<Tensor>> {
        for t in init {
            ensure!(self.owns(t), "while_loop: initial state from another traced function");
        }
        let shapes: Vec<Shape> = init.iter().map(|t| t.shape.clone()).collect();
        let trace_state = |name: &str| -> Result<(Builder, Vec<Tensor>)> {
            let b = Builder::new(&format!("{}_{name}", self.name()));
            b.set_dot_precision(self.dot_precision());
            let ps = shapes
                .iter()
                .enumerate()
                .map(|(i, s)| b.parameter(&format!("state{i}"), s.dtype, &s.dims))
                .collect::<Result<Vec<_>>>()?;
            Ok((b, ps))
        };
        let (cb, cs) = trace_state("cond")?;
        let c = cond(&cb, &cs)?;
        ensure!(c.shape == Shape::new(DType::Pred, &[]), "while_loop: cond must return a pred scalar, got {}", c.shape);
        let cond_fn = cb.finish(&[("cond", &c)])?;
        let (bb, bs) = trace_state("body")?;
        let next = body(&bb, &bs)?;
        ensure!(
            next.len() == shapes.len() && next.iter().zip(&shapes).all(|(t, s)| &t.shape == s),
            "while_loop: body must return the state's shapes [{}], got [{}]",
            shapes.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
            next.iter().map(|t| t.shape.to_string()).collect::<Vec<_>>().join(", ")
        );
        let named: Vec<(String, &Tensor)> = next.iter().enumerate().map(|(i, t)| (format!("state{i}"), t)).collect();
        let refs: Vec<(&str, &Tensor)> = named.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        let body_fn = bb.finish(&refs)?;
        let id = self.push_node(
            Op::Control(ControlOp::While { cond: Rc::new(cond_fn), body: Rc::new(body_fn) }),
            init.iter().map(|t| t.id).collect(),
            ValueType::Tuple(shapes.clone()),
        );
        Ok(shapes
            .iter()
            .enumerate()
            .map(|(i, s)| self.push(Op::GetTupleElement { index: i }, vec![id], s.clone()))
            .collect())
    }
}

//! Control flow: loops whose condition and body are traced functions, and the identities that
//! steer gradients (stop_gradient, custom_gradient).

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
    /// inputs: a value, then the tensors it was computed from. The identity on the value
    /// (no instruction at all) whose gradient reaches those tensors through `rule` instead of
    /// through the ops that computed it. A composite gets a cheaper backward pass this way: the
    /// rule reads only the tensors it names, so the program keeps nothing else for it.
    CustomGradient(GradientRule),
}

/// A gradient rule for [`Tensor::with_gradient`]: from the cotangent of the output, the output
/// and the inputs, one cotangent per input (`None` for none).
#[derive(Clone)]
pub struct GradientRule {
    /// What the rule differentiates (for messages): "softmax", "gelu".
    pub of: &'static str,
    #[allow(clippy::type_complexity)]
    pub rule: Rc<dyn Fn(&Tensor, &Tensor, &[Tensor]) -> Result<Vec<Option<Tensor>>>>,
}

impl std::fmt::Debug for GradientRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GradientRule({})", self.of)
    }
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
            ControlOp::StopGradient | ControlOp::CustomGradient(_) => Lowered::Operand(0),
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
            ControlOp::StopGradient | ControlOp::CustomGradient(_) => Value::Tensor(cx.x(0)?.clone()),
        })
    }

    fn vjp(&self, cx: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        match self {
            ControlOp::While { .. } => bail!("while_loop is not differentiable here: gradients through loops are not supported"),
            ControlOp::StopGradient => Ok(vec![None]),
            ControlOp::CustomGradient(GradientRule { of, rule }) => {
                let inputs: Vec<Tensor> = (1..cx.node.inputs.len()).map(|k| cx.x(k)).collect();
                let grads = rule(&cx.g()?, &cx.y()?, &inputs)?;
                ensure!(grads.len() == inputs.len(), "{of}'s gradient rule gave {} cotangents for {} inputs", grads.len(), inputs.len());
                for (g, x) in grads.iter().zip(&inputs) {
                    if let Some(g) = g {
                        ensure!(g.shape == x.shape, "{of}'s gradient rule gave {} for an input of {}", g.shape, x.shape);
                    }
                }
                // The value itself gets none: the ops that computed it are not differentiated.
                Ok(std::iter::once(None).chain(grads).collect())
            }
        }
    }

    fn flops(&self, _: &Node, _: &[&Shape]) -> f64 {
        match self {
            // One iteration: the trip count is only known when the program runs.
            ControlOp::While { body, .. } => body.flop_count(),
            ControlOp::StopGradient | ControlOp::CustomGradient(_) => 0.0,
        }
    }
}

impl Tensor {
    /// The same value, but gradients don't flow back through it.
    pub fn stop_gradient(&self) -> Result<Tensor> {
        Ok(self.builder().push(Op::Control(ControlOp::StopGradient), vec![self.id], self.shape.clone()))
    }

    /// The same value, `self`, computed from `inputs`, but differentiated by `rule` (as JAX's
    /// `custom_vjp`): gradients reach `inputs` only through the rule.
    pub fn with_gradient(&self, inputs: &[&Tensor], rule: GradientRule) -> Result<Tensor> {
        let mut ids = vec![self.id];
        for x in inputs {
            super::same_graph(rule.of, self, x)?;
            ids.push(x.id);
        }
        Ok(self.builder().push(Op::Control(ControlOp::CustomGradient(rule)), ids, self.shape.clone()))
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

//! Reductions over axes: sum, max and min (one combining region each), and argmax, a
//! variadic reduce over (value, index) pairs with two results.

use super::lowering::{extreme_literal, scalar_literal, tensor_type, usize_array};
use super::{check_axes, EvalCx, LowerCx, Lowered, Operation, Primitive, Region, Value, VjpCx};
use super::elementwise::{maximum, minimum};
use crate::dtype::{cast, DType};
use crate::graph::{BinaryOp, Builder, Node, Op, Shape, Tensor, ValueType};
use anyhow::{ensure, Result};
use ndarray::{ArrayD, Axis, Zip};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReduceKind {
    Sum,
    Max,
    Min,
}

#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(ReduceName), derive(strum::EnumIter, strum::IntoStaticStr), strum(serialize_all = "snake_case"))]
pub enum ReduceOp {
    Reduce { kind: ReduceKind, axes: Vec<usize> },
    /// outputs (tuple): the maximum along `axis` and the first index (s32) that holds it. NaN
    /// counts as the maximum, as in NumPy and JAX.
    Argmax { axis: usize },
}

impl Primitive for ReduceOp {
    fn name(&self) -> &'static str {
        ReduceName::from(self).into()
    }

    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered> {
        let x = cx.input_shapes[0].clone();
        let dt = x.dtype;
        let scalar = tensor_type(&Shape::new(dt, &[]));
        let mut op = cx.generic("stablehlo.reduce");
        match self {
            ReduceOp::Reduce { kind, axes } => {
                let (init, combine) = match kind {
                    ReduceKind::Sum => (scalar_literal(0.0, dt), BinaryOp::Add),
                    ReduceKind::Max => (extreme_literal(dt, false), BinaryOp::Max),
                    ReduceKind::Min => (extreme_literal(dt, true), BinaryOp::Min),
                };
                op.operands.push(cx.sink.emit(Operation::constant(format!("dense<{init}>"), scalar.clone()))?);
                op.operand_types.push(scalar.clone());
                // The combining region is a traced function of two scalars, like any body.
                let b = Builder::new("reduce_body");
                let (p, q) = (b.parameter("x", dt, &[])?, b.parameter("y", dt, &[])?);
                let combined = p.binary(combine, &q)?;
                let region = Region { body: Rc::new(b.finish(&[("z", &combined)])?), arg_types: vec![scalar; 2] };
                Ok(Lowered::Operation(op.region(region).attribute(&format!("dimensions = {}", usize_array(axes)))))
            }
            ReduceOp::Argmax { axis } => {
                // Reduces (x, iota) pairs together; the operands are the inputs, then the inits.
                let index = Shape::new(DType::S32, &x.dims);
                let s32 = tensor_type(&Shape::new(DType::S32, &[]));
                let iota = cx.sink.emit(Operation::iota(tensor_type(&index), *axis))?;
                let value_init = cx.sink.emit(Operation::constant(format!("dense<{}>", extreme_literal(dt, false)), scalar.clone()))?;
                let index_init = cx.sink.emit(Operation::constant("dense<0>".into(), s32.clone()))?;
                op.operands.extend([iota, value_init, index_init]);
                op.operand_types.extend([tensor_type(&index), scalar.clone(), s32.clone()]);
                let region = Region { body: Rc::new(argmax_body(dt)?), arg_types: vec![scalar.clone(), s32.clone(), scalar, s32] };
                Ok(Lowered::Operation(op.region(region).attribute(&format!("dimensions = {}", usize_array(&[*axis])))))
            }
        }
    }

    fn eval(&self, cx: &EvalCx) -> Result<Value> {
        let x = cx.x(0)?;
        let dt = cx.input_shapes[0].dtype;
        Ok(match self {
            ReduceOp::Reduce { kind, axes } => {
                let mut a = x.clone();
                for &ax in axes.iter().rev() {
                    a = match kind {
                        ReduceKind::Sum => a.sum_axis(Axis(ax)),
                        ReduceKind::Max => a.fold_axis(Axis(ax), f64::NEG_INFINITY, |&m, &v| maximum(m, v)),
                        ReduceKind::Min => a.fold_axis(Axis(ax), f64::INFINITY, |&m, &v| minimum(m, v)),
                    };
                }
                Value::Tensor(a.mapv(|v| cast(v, dt)))
            }
            ReduceOp::Argmax { axis } => {
                let best: ArrayD<(f64, usize)> = Zip::from(x.lanes(Axis(*axis))).map_collect(|lane| {
                    let mut best = (lane[0], 0);
                    for (i, &v) in lane.iter().enumerate().skip(1) {
                        if !best.0.is_nan() && (v.is_nan() || v > best.0) {
                            best = (v, i);
                        }
                    }
                    best
                });
                Value::Tuple(vec![best.mapv(|(v, _)| v), best.mapv(|(_, i)| i as f64)])
            }
        })
    }

    fn vjp(&self, cx: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        let a = cx.x(0);
        Ok(match self {
            ReduceOp::Reduce { kind, axes } => {
                let kept: Vec<usize> = (0..a.rank()).filter(|i| !axes.contains(i)).collect();
                let gb = cx.g()?.broadcast_in_dim(a.dims(), &kept)?;
                match kind {
                    ReduceKind::Sum => vec![Some(gb)],
                    ReduceKind::Max | ReduceKind::Min => {
                        // Every position that attains the extreme shares the gradient equally.
                        let yb = cx.y()?.broadcast_in_dim(a.dims(), &kept)?;
                        let hit = a.eq(&yb)?.convert(a.dtype())?;
                        let count = hit.sum(axes)?.broadcast_in_dim(a.dims(), &kept)?;
                        vec![Some(gb.mul(&hit)?.div(&count)?)]
                    }
                }
            }
            ReduceOp::Argmax { axis } => {
                // Only the values output has a cotangent (the indices are integers); it goes to
                // the one position each maximum came from.
                let Some(Some(g)) = cx.cotangents.first() else { return Ok(vec![None]) };
                let kept: Vec<usize> = (0..a.rank()).filter(|i| i != axis).collect();
                let index = cx.output(1)?.broadcast_in_dim(a.dims(), &kept)?;
                let here = cx.b.iota(DType::S32, a.dims(), *axis)?.eq(&index)?;
                vec![Some(here.select(&g.broadcast_in_dim(a.dims(), &kept)?, &a.zeros_like()?)?)]
            }
        })
    }

    fn flops(&self, _: &Node, inputs: &[&Shape]) -> f64 {
        match self {
            // One combining step per input element.
            ReduceOp::Reduce { .. } | ReduceOp::Argmax { .. } => inputs[0].element_count() as f64,
        }
    }
}

/// The combining region of argmax: of two (value, index) pairs, the larger value, NaN first,
/// and on a tie the smaller index, so the result doesn't depend on the reduction order.
fn argmax_body(dt: DType) -> Result<crate::graph::Function> {
    let b = Builder::new("argmax_body");
    let (av, ai) = (b.parameter("a", dt, &[])?, b.parameter("a_index", DType::S32, &[])?);
    let (bv, bi) = (b.parameter("b", dt, &[])?, b.parameter("b_index", DType::S32, &[])?);
    let (a_nan, b_nan) = (av.compare(crate::graph::CompareDir::Ne, &av)?, bv.compare(crate::graph::CompareDir::Ne, &bv)?);
    let a_first = ai.lt(&bi)?;
    let pick_a = a_nan
        .and(&b_nan.not()?)?
        .or(&a_nan.and(&b_nan)?.and(&a_first)?)?
        .or(&av.gt(&bv)?)?
        .or(&av.eq(&bv)?.and(&a_first)?)?;
    b.finish(&[("value", &pick_a.select(&av, &bv)?), ("index", &pick_a.select(&ai, &bi)?)])
}

impl Tensor {
    pub fn reduce(&self, kind: ReduceKind, axes: &[usize]) -> Result<Tensor> {
        check_axes("reduce", axes, self.rank())?;
        ensure!(self.dtype() != DType::Pred, "reduce: not defined for {}", self.shape);
        let mut sorted = axes.to_vec();
        sorted.sort();
        let dims: Vec<i64> = (0..self.rank()).filter(|a| !sorted.contains(a)).map(|a| self.dims()[a]).collect();
        Ok(self.builder().push(Op::Reduce(ReduceOp::Reduce { kind, axes: sorted }), vec![self.id], Shape::new(self.dtype(), &dims)))
    }
    pub fn sum(&self, axes: &[usize]) -> Result<Tensor> {
        self.reduce(ReduceKind::Sum, axes)
    }
    pub fn reduce_max(&self, axes: &[usize]) -> Result<Tensor> {
        self.reduce(ReduceKind::Max, axes)
    }
    pub fn sum_all(&self) -> Result<Tensor> {
        self.sum(&(0..self.rank()).collect::<Vec<_>>())
    }
    pub fn mean(&self, axes: &[usize]) -> Result<Tensor> {
        let n: i64 = axes.iter().map(|&a| self.dims().get(a).copied().unwrap_or(1)).product();
        self.sum(axes)?.mul_scalar(1.0 / n as f64)
    }
    /// Reduction that keeps the reduced axes with size 1, for broadcasting back.
    pub fn sum_keepdims(&self, axes: &[usize]) -> Result<Tensor> {
        let s = self.sum(axes)?;
        s.reshape(&self.keepdims(axes))
    }
    pub fn mean_keepdims(&self, axes: &[usize]) -> Result<Tensor> {
        let s = self.mean(axes)?;
        s.reshape(&self.keepdims(axes))
    }
    pub fn max_keepdims(&self, axes: &[usize]) -> Result<Tensor> {
        let s = self.reduce_max(axes)?;
        s.reshape(&self.keepdims(axes))
    }
    fn keepdims(&self, axes: &[usize]) -> Vec<i64> {
        self.dims().iter().enumerate().map(|(i, &d)| if axes.contains(&i) { 1 } else { d }).collect()
    }


    /// The maximum along `axis` and the first index (s32) that holds it.
    pub fn argmax(&self, axis: usize) -> Result<(Tensor, Tensor)> {
        check_axes("argmax", &[axis], self.rank())?;
        ensure!(self.dtype() != DType::Pred && self.dims()[axis] > 0, "argmax: not defined along axis {axis} of {}", self.shape);
        let dims: Vec<i64> = (0..self.rank()).filter(|&a| a != axis).map(|a| self.dims()[a]).collect();
        let (values, index) = (Shape::new(self.dtype(), &dims), Shape::new(DType::S32, &dims));
        let b = self.builder();
        let id = b.push_node(Op::Reduce(ReduceOp::Argmax { axis }), vec![self.id], ValueType::Tuple(vec![values.clone(), index.clone()]));
        Ok((b.push(Op::GetTupleElement { index: 0 }, vec![id], values), b.push(Op::GetTupleElement { index: 1 }, vec![id], index)))
    }
}

//! Values with no operands: inline constants and iota.

use super::lowering::{dense_values, nested_literal, scalar_literal, tensor_type};
use super::{ix, EvalCx, LowerCx, Lowered, Operation, Primitive, Value, VjpCx};
use crate::dtype::{cast, DType};
use crate::graph::{Builder, Node, Op, Shape, Tensor};
use crate::host::HostTensor;
use anyhow::{ensure, Result};
use ndarray::ArrayD;

/// An inline constant. Large arrays belong in program parameters instead, so the program
/// text stays small and the compile cache stays useful.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// One value of the node's dtype (stored as f64; integers up to 2^53 exactly).
    Scalar(f64),
    /// A whole array: little-endian element bytes of the node's dtype.
    Dense(Vec<u8>),
}

#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(ConstantName), derive(strum::EnumIter, strum::IntoStaticStr), strum(serialize_all = "snake_case"))]
pub enum ConstantOp {
    Constant(Literal),
    /// Values 0, 1, 2, ... along axis `dim`.
    Iota { dim: usize },
}

impl Primitive for ConstantOp {
    fn name(&self) -> &'static str {
        ConstantName::from(self).into()
    }

    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered> {
        let s = cx.shape();
        Ok(Lowered::Operation(match self {
            ConstantOp::Constant(Literal::Scalar(v)) => Operation::constant(format!("dense<{}>", scalar_literal(*v, s.dtype)), tensor_type(s)),
            ConstantOp::Constant(Literal::Dense(bytes)) => {
                let vals = dense_values(bytes, s.dtype);
                Operation::constant(format!("dense<{}>", nested_literal(&vals, &s.dims)), tensor_type(s))
            }
            ConstantOp::Iota { dim } => Operation::iota(tensor_type(s), *dim),
        }))
    }

    fn eval(&self, cx: &EvalCx) -> Result<Value> {
        let s = cx.shape();
        let dt = s.dtype;
        Ok(Value::Tensor(match self {
            ConstantOp::Constant(Literal::Scalar(v)) => ArrayD::from_elem(ix(&s.dims), cast(*v, dt)),
            ConstantOp::Constant(Literal::Dense(bytes)) => {
                let h = HostTensor { dtype: dt, dims: s.dims.clone(), data: bytes.clone() };
                ArrayD::from_shape_vec(ix(&s.dims), h.to_f64_lossy()?)?
            }
            ConstantOp::Iota { dim } => ArrayD::from_shape_fn(ix(&s.dims), |idx| cast(idx[*dim] as f64, dt)),
        }))
    }

    fn vjp(&self, _: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        match self {
            // No operands, nothing to pull back to.
            ConstantOp::Constant(_) | ConstantOp::Iota { .. } => Ok(vec![]),
        }
    }

    fn flops(&self, _: &Node, _: &[&Shape]) -> f64 {
        match self {
            ConstantOp::Constant(_) | ConstantOp::Iota { .. } => 0.0,
        }
    }
}

impl Builder {
    /// A scalar constant of `dtype`.
    pub fn scalar(&self, value: f64, dtype: DType) -> Tensor {
        self.push(Op::Constant(ConstantOp::Constant(Literal::Scalar(value))), vec![], Shape::new(dtype, &[]))
    }

    /// A constant filled with `value`, broadcast to `dims`.
    pub fn full(&self, value: f64, dtype: DType, dims: &[i64]) -> Result<Tensor> {
        self.scalar(value, dtype).broadcast_in_dim(dims, &[])
    }

    /// A small constant array inlined in the program text (raw little-endian bytes of `dtype`).
    pub fn constant(&self, dtype: DType, dims: &[i64], bytes: Vec<u8>) -> Result<Tensor> {
        let shape = Shape::new(dtype, dims);
        ensure!(
            bytes.len() as i64 == shape.element_count() * dtype.size_bytes() as i64,
            "constant {shape}: {} bytes given",
            bytes.len()
        );
        ensure!(
            shape.element_count() <= 65536,
            "constant {shape} is large: pass it as a program parameter so the program text stays small"
        );
        Ok(self.push(Op::Constant(ConstantOp::Constant(Literal::Dense(bytes))), vec![], shape))
    }

    /// An exact u64 scalar (an f64 scalar constant can't hold every u64).
    pub fn scalar_u64(&self, value: u64) -> Tensor {
        self.push(Op::Constant(ConstantOp::Constant(Literal::Dense(value.to_le_bytes().to_vec()))), vec![], Shape::new(DType::U64, &[]))
    }

    pub fn constant_f32(&self, dims: &[i64], values: &[f32]) -> Result<Tensor> {
        self.constant(DType::F32, dims, values.iter().flat_map(|v| v.to_le_bytes()).collect())
    }

    /// Values 0, 1, 2, ... along axis `dim`, repeated along the others.
    pub fn iota(&self, dtype: DType, dims: &[i64], dim: usize) -> Result<Tensor> {
        ensure!(dim < dims.len(), "iota: axis {dim} out of range for dims {dims:?}");
        Ok(self.push(Op::Constant(ConstantOp::Iota { dim }), vec![], Shape::new(dtype, dims)))
    }
}

//! Data movement: broadcast, reshape, transpose, concatenate, slices and padding. No
//! arithmetic, so no FLOPs; every VJP is another data movement.

use super::lowering::{i64_array, list, usize_array};
use super::{check_axes, ix, same_graph, EvalCx, LowerCx, Lowered, Primitive, Value, VjpCx};
use crate::dtype::DType;
use crate::graph::{Builder, Node, Op, Shape, Tensor};
use anyhow::{anyhow, bail, ensure, Result};
use ndarray::{ArrayD, Axis, IxDyn, SliceInfoElem};

#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(ShapeName), derive(strum::EnumIter, strum::IntoStaticStr), strum(serialize_all = "snake_case"))]
pub enum ShapeOp {
    /// `dims[i]` is the output axis of input axis i.
    BroadcastInDim { dims: Vec<usize> },
    Reshape,
    /// Output axis i is input axis `perm[i]`.
    Transpose { perm: Vec<usize> },
    /// The order of the elements along each of `axes` reversed (a mirror image, for one axis).
    Reverse { axes: Vec<usize> },
    Concatenate { axis: usize },
    Slice { start: Vec<i64>, limit: Vec<i64>, stride: Vec<i64> },
    /// inputs: operand, scalar padding value.
    Pad { low: Vec<i64>, high: Vec<i64>, interior: Vec<i64> },
    /// inputs: operand, then one s32 scalar start index per axis (clamped into range).
    DynamicSlice { sizes: Vec<i64> },
    /// inputs: operand, update, then one s32 scalar start index per axis (clamped into range).
    DynamicUpdateSlice,
    /// inputs: operand `[N, D, ...]`, indices `s32[M]`; output `[M, ...]`, row `indices[m]` of the
    /// operand (clamped into range, as StableHLO's gather clamps): numpy's `take` along axis 0.
    Take,
}

impl Primitive for ShapeOp {
    fn name(&self) -> &'static str {
        ShapeName::from(self).into()
    }

    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered> {
        Ok(Lowered::Operation(match self {
            ShapeOp::BroadcastInDim { dims } => {
                cx.generic("stablehlo.broadcast_in_dim").attribute(&format!("broadcast_dimensions = {}", usize_array(dims)))
            }
            ShapeOp::Reshape => cx.generic("stablehlo.reshape"),
            ShapeOp::Transpose { perm } => cx.generic("stablehlo.transpose").attribute(&format!("permutation = {}", usize_array(perm))),
            ShapeOp::Reverse { axes } => cx.generic("stablehlo.reverse").attribute(&format!("dimensions = {}", usize_array(axes))),
            ShapeOp::Concatenate { axis } => cx.generic("stablehlo.concatenate").attribute(&format!("dimension = {axis} : i64")),
            ShapeOp::Slice { start, limit, stride } => cx
                .generic("stablehlo.slice")
                .attribute(&format!("limit_indices = {}", i64_array(limit)))
                .attribute(&format!("start_indices = {}", i64_array(start)))
                .attribute(&format!("strides = {}", i64_array(stride))),
            ShapeOp::Pad { low, high, interior } => cx
                .generic("stablehlo.pad")
                .attribute(&format!("edge_padding_high = {}", i64_array(high)))
                .attribute(&format!("edge_padding_low = {}", i64_array(low)))
                .attribute(&format!("interior_padding = {}", i64_array(interior))),
            ShapeOp::DynamicSlice { sizes } => cx.generic("stablehlo.dynamic_slice").attribute(&format!("slice_sizes = {}", i64_array(sizes))),
            ShapeOp::DynamicUpdateSlice => cx.generic("stablehlo.dynamic_update_slice"),
            ShapeOp::Take => {
                let rank = cx.input_shapes[0].rank();
                let mut sizes = cx.input_shapes[0].dims.clone();
                sizes[0] = 1;
                cx.generic("stablehlo.gather")
                    .attribute(&format!(
                        "dimension_numbers = #stablehlo.gather<offset_dims = {}, collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>",
                        list(&(1..rank).collect::<Vec<_>>())
                    ))
                    .attribute("indices_are_sorted = false")
                    .attribute(&format!("slice_sizes = {}", i64_array(&sizes)))
            }
        }))
    }

    fn eval(&self, cx: &EvalCx) -> Result<Value> {
        let s = cx.shape();
        let x = cx.x(0)?;
        let scalars = |from: usize| -> Result<Vec<f64>> { (from..cx.inputs.len()).map(|k| Ok(cx.x(k)?[IxDyn(&[])])).collect() };
        Ok(Value::Tensor(match self {
            ShapeOp::BroadcastInDim { dims } => ArrayD::from_shape_fn(ix(&s.dims), |idx| {
                let src: Vec<usize> = dims.iter().enumerate().map(|(k, &m)| if x.shape()[k] == 1 { 0 } else { idx[m] }).collect();
                x[IxDyn(&src)]
            }),
            ShapeOp::Reshape => ArrayD::from_shape_vec(ix(&s.dims), x.iter().copied().collect())?,
            ShapeOp::Transpose { perm } => x.clone().permuted_axes(IxDyn(perm)).as_standard_layout().to_owned(),
            ShapeOp::Reverse { axes } => {
                let mut v = x.view();
                for &a in axes {
                    v.invert_axis(Axis(a));
                }
                v.as_standard_layout().to_owned()
            }
            ShapeOp::Concatenate { axis } => {
                let parts = (0..cx.inputs.len()).map(|k| Ok(cx.x(k)?.view())).collect::<Result<Vec<_>>>()?;
                ndarray::concatenate(Axis(*axis), &parts)?
            }
            ShapeOp::Slice { start, limit, stride } => {
                let info: Vec<SliceInfoElem> = (0..start.len())
                    .map(|k| SliceInfoElem::Slice { start: start[k] as isize, end: Some(limit[k] as isize), step: stride[k] as isize })
                    .collect();
                x.slice(info.as_slice()).to_owned()
            }
            ShapeOp::Pad { low, high: _, interior } => {
                let pv = cx.x(1)?[IxDyn(&[])];
                let mut out = ArrayD::from_elem(ix(&s.dims), pv);
                for (idx, &v) in x.indexed_iter() {
                    let dst: Vec<usize> = (0..x.ndim()).map(|k| (low[k] + idx[k] as i64 * (interior[k] + 1)) as usize).collect();
                    out[IxDyn(&dst)] = v;
                }
                out
            }
            ShapeOp::DynamicSlice { sizes } => {
                let start = clamped_start(x.shape(), sizes, &scalars(1)?);
                ArrayD::from_shape_fn(ix(sizes), |idx| {
                    let src: Vec<usize> = (0..start.len()).map(|k| idx[k] + start[k]).collect();
                    x[IxDyn(&src)]
                })
            }
            ShapeOp::DynamicUpdateSlice => {
                let u = cx.x(1)?;
                let sizes: Vec<i64> = u.shape().iter().map(|&d| d as i64).collect();
                let start = clamped_start(x.shape(), &sizes, &scalars(2)?);
                let mut out = x.clone();
                for (idx, &v) in u.indexed_iter() {
                    let dst: Vec<usize> = (0..start.len()).map(|k| idx[k] + start[k]).collect();
                    out[IxDyn(&dst)] = v;
                }
                out
            }
            ShapeOp::Take => {
                let idx = cx.x(1)?;
                let rows = x.shape()[0];
                let mut out = ArrayD::zeros(ix(&s.dims));
                for (m, mut row) in out.outer_iter_mut().enumerate() {
                    let k = (idx[IxDyn(&[m])] as i64).clamp(0, rows as i64 - 1) as usize;
                    row.assign(&x.index_axis(Axis(0), k));
                }
                out
            }
        }))
    }

    fn vjp(&self, cx: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        let g = &cx.g()?;
        let a = cx.x(0);
        Ok(match self {
            ShapeOp::BroadcastInDim { dims } => {
                // Sum over the new axes and over the size-1 axes that were stretched.
                let mut axes: Vec<usize> = (0..g.rank()).filter(|o| !dims.contains(o)).collect();
                for (i, &m) in dims.iter().enumerate() {
                    if a.dims()[i] == 1 && g.dims()[m] != 1 {
                        axes.push(m);
                    }
                }
                let s = if axes.is_empty() { g.clone() } else { g.sum(&axes)? };
                vec![Some(s.reshape(a.dims())?)]
            }
            ShapeOp::Reshape => vec![Some(g.reshape(a.dims())?)],
            ShapeOp::Transpose { perm } => {
                let mut inv = vec![0; perm.len()];
                for (i, &p) in perm.iter().enumerate() {
                    inv[p] = i;
                }
                vec![Some(g.transpose(&inv)?)]
            }
            ShapeOp::Reverse { axes } => vec![Some(g.reverse(axes)?)],
            ShapeOp::Concatenate { axis } => {
                let mut out = vec![];
                let mut start = 0;
                for k in 0..cx.node.inputs.len() {
                    let len = cx.x(k).dims()[*axis];
                    out.push(Some(g.slice_axis(*axis, start, len)?));
                    start += len;
                }
                out
            }
            ShapeOp::Slice { start, limit: _, stride } => {
                let r = a.rank();
                let (mut low, mut high, mut interior) = (vec![0; r], vec![0; r], vec![0; r]);
                for i in 0..r {
                    let n = g.dims()[i];
                    low[i] = start[i];
                    interior[i] = stride[i] - 1;
                    let covered = if n > 0 { start[i] + (n - 1) * stride[i] + 1 } else { start[i] };
                    high[i] = a.dims()[i] - covered;
                }
                vec![Some(g.pad(&g.scalar_like(0.0), &low, &high, &interior)?)]
            }
            ShapeOp::Pad { low, high: _, interior } => {
                let r = a.rank();
                let stride: Vec<i64> = interior.iter().map(|&i| i + 1).collect();
                let limit: Vec<i64> =
                    (0..r).map(|i| if a.dims()[i] > 0 { low[i] + (a.dims()[i] - 1) * stride[i] + 1 } else { low[i] }).collect();
                let ga = g.slice(low, &limit, &stride)?;
                // The padding value fills every position the operand doesn't.
                let gv = g.sum_all()?.sub(&ga.sum_all()?)?;
                vec![Some(ga), Some(gv)]
            }
            ShapeOp::DynamicSlice { .. } => {
                let start: Vec<Tensor> = (1..cx.node.inputs.len()).map(|k| cx.x(k)).collect();
                let mut out = vec![Some(a.zeros_like()?.dynamic_update_slice(g, &start)?)];
                out.extend(start.iter().map(|_| None));
                out
            }
            ShapeOp::DynamicUpdateSlice => {
                let u = cx.x(1);
                let start: Vec<Tensor> = (2..cx.node.inputs.len()).map(|k| cx.x(k)).collect();
                let mut out = vec![Some(g.dynamic_update_slice(&u.zeros_like()?, &start)?), Some(g.dynamic_slice(&start, u.dims())?)];
                out.extend(start.iter().map(|_| None));
                out
            }
            ShapeOp::Take => {
                // Row k of the operand gets the sum of the cotangent rows that took it: a
                // one-hot matrix of the (clamped) indices, transposed, times the cotangent.
                let rows = a.dims()[0];
                let idx = cx.x(1);
                let m = idx.dims()[0];
                let b = a.builder();
                let clamped = idx.max(&b.scalar(0.0, DType::S32))?.min(&b.scalar((rows - 1) as f64, DType::S32))?;
                let one_hot = clamped.reshape(&[m, 1])?.broadcast_to(&[m, rows])?.eq(&b.iota(DType::S32, &[m, rows], 1)?)?.convert(g.dtype())?;
                let dims = crate::graph::DotDims { lhs_contract: vec![0], rhs_contract: vec![0], ..Default::default() };
                vec![Some(one_hot.dot_general(g, &dims)?), None]
            }
        })
    }

    fn flops(&self, _: &Node, _: &[&Shape]) -> f64 {
        match self {
            ShapeOp::BroadcastInDim { .. }
            | ShapeOp::Reshape
            | ShapeOp::Transpose { .. }
            | ShapeOp::Reverse { .. }
            | ShapeOp::Concatenate { .. }
            | ShapeOp::Slice { .. }
            | ShapeOp::Pad { .. }
            | ShapeOp::DynamicSlice { .. }
            | ShapeOp::DynamicUpdateSlice
            | ShapeOp::Take => 0.0,
        }
    }
}

/// StableHLO clamps each start index so the window lies inside the operand.
fn clamped_start(dims: &[usize], sizes: &[i64], start: &[f64]) -> Vec<usize> {
    (0..dims.len()).map(|k| (start[k] as i64).clamp(0, dims[k] as i64 - sizes[k]) as usize).collect()
}

fn is_permutation(perm: &[usize], rank: usize) -> bool {
    let mut seen = vec![false; rank];
    perm.len() == rank && perm.iter().all(|&p| p < rank && !std::mem::replace(&mut seen[p], true))
}

impl Builder {
    pub fn concatenate(&self, parts: &[Tensor], axis: usize) -> Result<Tensor> {
        let first = parts.first().ok_or_else(|| anyhow!("concatenate: no operands"))?;
        ensure!(axis < first.rank(), "concatenate: axis {axis} out of range for {}", first.shape);
        let mut dims = first.dims().to_vec();
        dims[axis] = 0;
        for p in parts {
            ensure!(self.owns(p), "concatenate: operand from another traced function");
            let ok = p.dtype() == first.dtype()
                && p.rank() == first.rank()
                && (0..p.rank()).all(|i| i == axis || p.dims()[i] == first.dims()[i]);
            if !ok {
                bail!(
                    "concatenate along axis {axis}: shapes don't fit: {}",
                    parts.iter().map(|p| p.shape.to_string()).collect::<Vec<_>>().join(", ")
                );
            }
            dims[axis] += p.dims()[axis];
        }
        Ok(self.push(Op::Shape(ShapeOp::Concatenate { axis }), parts.iter().map(|p| p.id).collect(), Shape::new(first.dtype(), &dims)))
    }
}

impl Tensor {
    /// `map[i]` is the output axis that input axis i becomes; input sizes must equal those axes.
    pub fn broadcast_in_dim(&self, dims: &[i64], map: &[usize]) -> Result<Tensor> {
        ensure!(
            map.len() == self.rank(),
            "broadcast_in_dim {} -> {dims:?}: axis map {map:?} must have one entry per input axis",
            self.shape
        );
        check_axes("broadcast_in_dim", map, dims.len())?;
        // Increasing maps only: the gradient rule (sum, then reshape) relies on the order.
        ensure!(map.windows(2).all(|w| w[0] < w[1]), "broadcast_in_dim {} -> {dims:?}: axis map {map:?} must be increasing (transpose first)", self.shape);
        for (i, &m) in map.iter().enumerate() {
            ensure!(
                self.dims()[i] == dims[m] || self.dims()[i] == 1,
                "broadcast_in_dim {} -> {dims:?}: input axis {i} (size {}) doesn't fit output axis {m} (size {})",
                self.shape,
                self.dims()[i],
                dims[m]
            );
        }
        Ok(self.builder().push(Op::Shape(ShapeOp::BroadcastInDim { dims: map.to_vec() }), vec![self.id], Shape::new(self.dtype(), dims)))
    }

    pub fn reshape(&self, dims: &[i64]) -> Result<Tensor> {
        let target: i64 = dims.iter().product();
        ensure!(
            target == self.shape.element_count() && dims.iter().all(|&d| d >= 0),
            "reshape {} to {dims:?}: element counts differ ({} vs {target})",
            self.shape,
            self.shape.element_count()
        );
        if dims == self.dims() {
            return Ok(self.clone());
        }
        Ok(self.builder().push(Op::Shape(ShapeOp::Reshape), vec![self.id], Shape::new(self.dtype(), dims)))
    }

    /// The elements in reverse order along each of `axes` (distinct, in range).
    pub fn reverse(&self, axes: &[usize]) -> Result<Tensor> {
        let mut seen = vec![false; self.rank()];
        ensure!(
            axes.iter().all(|&a| a < self.rank() && !std::mem::replace(&mut seen[a], true)),
            "reverse {}: axes {axes:?} must be distinct axes of it",
            self.shape
        );
        if axes.is_empty() {
            return Ok(self.clone());
        }
        Ok(self.builder().push(Op::Shape(ShapeOp::Reverse { axes: axes.to_vec() }), vec![self.id], self.shape.clone()))
    }

    pub fn transpose(&self, perm: &[usize]) -> Result<Tensor> {
        ensure!(is_permutation(perm, self.rank()), "transpose {}: {perm:?} is not a permutation of its axes", self.shape);
        if perm.iter().enumerate().all(|(i, &p)| i == p) {
            return Ok(self.clone());
        }
        let dims: Vec<i64> = perm.iter().map(|&p| self.dims()[p]).collect();
        Ok(self.builder().push(Op::Shape(ShapeOp::Transpose { perm: perm.to_vec() }), vec![self.id], Shape::new(self.dtype(), &dims)))
    }

    pub fn slice(&self, start: &[i64], limit: &[i64], stride: &[i64]) -> Result<Tensor> {
        let r = self.rank();
        ensure!(
            start.len() == r && limit.len() == r && stride.len() == r,
            "slice {}: start/limit/stride need {r} entries each",
            self.shape
        );
        let mut dims = vec![];
        for i in 0..r {
            let (s, l, st) = (start[i], limit[i], stride[i]);
            ensure!(
                0 <= s && s <= l && l <= self.dims()[i] && st >= 1,
                "slice {}: axis {i} range {s}..{l} step {st} is out of bounds",
                self.shape
            );
            dims.push((l - s + st - 1) / st);
        }
        Ok(self.builder().push(
            Op::Shape(ShapeOp::Slice { start: start.to_vec(), limit: limit.to_vec(), stride: stride.to_vec() }),
            vec![self.id],
            Shape::new(self.dtype(), &dims),
        ))
    }

    /// Pads with the scalar `value`; `interior` inserts that many values between elements.
    pub fn pad(&self, value: &Tensor, low: &[i64], high: &[i64], interior: &[i64]) -> Result<Tensor> {
        same_graph("pad", self, value)?;
        let r = self.rank();
        ensure!(value.shape == Shape::new(self.dtype(), &[]), "pad {}: padding value must be a {} scalar, got {}", self.shape, self.dtype(), value.shape);
        ensure!(low.len() == r && high.len() == r && interior.len() == r, "pad {}: low/high/interior need {r} entries each", self.shape);
        ensure!(
            low.iter().chain(high).chain(interior).all(|&p| p >= 0),
            "pad {}: negative padding is not supported (use slice)",
            self.shape
        );
        let dims: Vec<i64> = (0..r)
            .map(|i| {
                let d = self.dims()[i];
                low[i] + high[i] + d + if d > 0 { (d - 1) * interior[i] } else { 0 }
            })
            .collect();
        Ok(self.builder().push(
            Op::Shape(ShapeOp::Pad { low: low.to_vec(), high: high.to_vec(), interior: interior.to_vec() }),
            vec![self.id, value.id],
            Shape::new(self.dtype(), &dims),
        ))
    }

    fn check_start(&self, op: &str, start: &[Tensor]) -> Result<()> {
        ensure!(start.len() == self.rank(), "{op} {}: needs {} start indices, got {}", self.shape, self.rank(), start.len());
        for s in start {
            same_graph(op, self, s)?;
            ensure!(s.shape == Shape::new(DType::S32, &[]), "{op} {}: start indices must be s32 scalars, got {}", self.shape, s.shape);
        }
        Ok(())
    }

    /// A window of `sizes` starting at traced indices (clamped so the window fits),
    /// e.g. batch k of a stack of batches inside a loop.
    pub fn dynamic_slice(&self, start: &[Tensor], sizes: &[i64]) -> Result<Tensor> {
        self.check_start("dynamic_slice", start)?;
        ensure!(
            sizes.len() == self.rank() && sizes.iter().zip(self.dims()).all(|(&s, &d)| (0..=d).contains(&s)),
            "dynamic_slice {}: window {sizes:?} doesn't fit",
            self.shape
        );
        let mut inputs = vec![self.id];
        inputs.extend(start.iter().map(|s| s.id));
        Ok(self.builder().push(Op::Shape(ShapeOp::DynamicSlice { sizes: sizes.to_vec() }), inputs, Shape::new(self.dtype(), sizes)))
    }

    /// `self` with `update` written at traced indices (clamped so it fits).
    pub fn dynamic_update_slice(&self, update: &Tensor, start: &[Tensor]) -> Result<Tensor> {
        self.check_start("dynamic_update_slice", start)?;
        same_graph("dynamic_update_slice", self, update)?;
        ensure!(
            update.dtype() == self.dtype()
                && update.rank() == self.rank()
                && update.dims().iter().zip(self.dims()).all(|(&u, &d)| u <= d),
            "dynamic_update_slice: update {} doesn't fit in {}",
            update.shape,
            self.shape
        );
        let mut inputs = vec![self.id, update.id];
        inputs.extend(start.iter().map(|s| s.id));
        Ok(self.builder().push(Op::Shape(ShapeOp::DynamicUpdateSlice), inputs, self.shape.clone()))
    }

    /// Rows of `self` picked by `indices` (`s32[M]`, clamped into range): `[N, ...]` to `[M, ...]`.
    pub fn take(&self, indices: &Tensor) -> Result<Tensor> {
        same_graph("take", self, indices)?;
        // Rows of at least one axis: one form of gather to lower (a vector is taken as [N, 1]).
        ensure!(self.rank() >= 2 && self.dims()[0] > 0, "take: the operand must be [N, ...] with N > 0 rows, got {}", self.shape);
        ensure!(indices.dtype() == DType::S32 && indices.rank() == 1, "take: indices must be s32[M], got {}", indices.shape);
        let mut dims = self.dims().to_vec();
        dims[0] = indices.dims()[0];
        Ok(self.builder().push(Op::Shape(ShapeOp::Take), vec![self.id, indices.id], Shape::new(self.dtype(), &dims)))
    }
}

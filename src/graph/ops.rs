//! One method per primitive, each checking its operands' shapes and dtypes
//! and naming the op and the shapes when they don't fit. Convenience
//! methods (numpy-style broadcasting, scalars, softmax helpers) build on these.

use super::{BinaryOp, Builder, Literal, Op, Shape, Tensor, UnaryOp, ValueType};
use crate::dtype::DType;
use anyhow::{anyhow, bail, ensure, Result};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareDir {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReduceKind {
    Sum,
    Max,
    Min,
}

/// Output axes: batch dims, then lhs free dims, then rhs free dims (in order).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct DotDims {
    pub lhs_batch: Vec<usize>,
    pub rhs_batch: Vec<usize>,
    pub lhs_contract: Vec<usize>,
    pub rhs_contract: Vec<usize>,
    /// Set by the builder ([`Builder::set_dot_precision`]) when the dot is traced.
    pub precision: DotPrecision,
}

/// How exactly dots are computed. `Default` lets the backend choose (on NVIDIA GPUs,
/// f32 dots then run on TF32 tensor cores); `Highest` asks for full f32.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DotPrecision {
    #[default]
    Default,
    High,
    Highest,
}

impl DotPrecision {
    pub fn name(self) -> &'static str {
        match self {
            DotPrecision::Default => "default",
            DotPrecision::High => "high",
            DotPrecision::Highest => "highest",
        }
    }
}

impl std::str::FromStr for DotPrecision {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "default" => DotPrecision::Default,
            "high" => DotPrecision::High,
            "highest" => DotPrecision::Highest,
            other => bail!("precision '{other}': expected default, high or highest"),
        })
    }
}

fn same_graph(op: &str, a: &Tensor, b: &Tensor) -> Result<()> {
    if !Rc::ptr_eq(&a.g, &b.g) {
        bail!("{op}: operands come from different traced functions (a loop body may only use its loop state)");
    }
    Ok(())
}

fn check_axes(op: &str, axes: &[usize], rank: usize) -> Result<()> {
    for (i, &a) in axes.iter().enumerate() {
        ensure!(a < rank, "{op}: axis {a} out of range for rank {rank}");
        ensure!(!axes[..i].contains(&a), "{op}: axis {a} repeated in {axes:?}");
    }
    Ok(())
}

fn is_permutation(perm: &[usize], rank: usize) -> bool {
    let mut seen = vec![false; rank];
    perm.len() == rank && perm.iter().all(|&p| p < rank && !std::mem::replace(&mut seen[p], true))
}

impl Builder {
    /// A scalar constant of `dtype`.
    pub fn scalar(&self, value: f64, dtype: DType) -> Tensor {
        self.push(Op::Constant(Literal::Scalar(value)), vec![], Shape::new(dtype, &[]))
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
        Ok(self.push(Op::Constant(Literal::Dense(bytes)), vec![], shape))
    }

    /// An exact u64 scalar (an f64 scalar constant can't hold every u64).
    pub fn scalar_u64(&self, value: u64) -> Tensor {
        self.push(Op::Constant(Literal::Dense(value.to_le_bytes().to_vec())), vec![], Shape::new(DType::U64, &[]))
    }

    pub fn constant_f32(&self, dims: &[i64], values: &[f32]) -> Result<Tensor> {
        self.constant(DType::F32, dims, values.iter().flat_map(|v| v.to_le_bytes()).collect())
    }

    /// Values 0, 1, 2, ... along axis `dim`, repeated along the others.
    pub fn iota(&self, dtype: DType, dims: &[i64], dim: usize) -> Result<Tensor> {
        ensure!(dim < dims.len(), "iota: axis {dim} out of range for dims {dims:?}");
        Ok(self.push(Op::Iota { dim }, vec![], Shape::new(dtype, dims)))
    }

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
        Ok(self.push(Op::Concatenate { axis }, parts.iter().map(|p| p.id).collect(), Shape::new(first.dtype(), &dims)))
    }

    /// Counter-based random bits (Threefry): returns (new state, bits). `state` is u64[2].
    pub fn rng_bit_generator(&self, state: &Tensor, dtype: DType, dims: &[i64]) -> Result<(Tensor, Tensor)> {
        ensure!(self.owns(state), "rng_bit_generator: state from another traced function");
        ensure!(
            state.shape == Shape::new(DType::U64, &[2]),
            "rng_bit_generator: state must be u64[2], got {}",
            state.shape
        );
        ensure!(matches!(dtype, DType::U32 | DType::U64), "rng_bit_generator: bits must be u32 or u64, got {dtype}");
        let bits = Shape::new(dtype, dims);
        let id = self.push_node(
            Op::RngBitGenerator { bits: bits.clone() },
            vec![state.id],
            ValueType::Tuple(vec![state.shape.clone(), bits.clone()]),
        );
        let s = self.push(Op::GetTupleElement { index: 0 }, vec![id], state.shape.clone());
        let b = self.push(Op::GetTupleElement { index: 1 }, vec![id], bits);
        Ok((s, b))
    }

    /// Uniform floats in [0, 1) drawn from `state`: returns (new state, values).
    pub fn rng_uniform(&self, state: &Tensor, dtype: DType, dims: &[i64]) -> Result<(Tensor, Tensor)> {
        let (state, bits) = self.rng_bit_generator(state, DType::U32, dims)?;
        // 23 random mantissa bits under exponent 0 give a float in [1, 2).
        let mantissa = bits.shift_right_logical(&self.full(9.0, DType::U32, dims)?)?;
        let one_bits = self.full(f32::to_bits(1.0) as f64, DType::U32, dims)?;
        let f = mantissa.or(&one_bits)?.bitcast_convert(DType::F32)?;
        let u = f.sub(&self.full(1.0, DType::F32, dims)?)?;
        Ok((state, u.convert(dtype)?))
    }

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
            Op::While { cond: Rc::new(cond_fn), body: Rc::new(body_fn) },
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

impl Tensor {
    /// Applies the unary primitive `op` (the named methods below call this).
    pub fn unary(&self, op: UnaryOp) -> Result<Tensor> {
        let rule = crate::graph::primitives::elementwise::unary(op);
        ensure!((rule.dtypes)(self.dtype()), "{}: not defined for {}", rule.name, self.shape);
        Ok(self.builder().push(Op::Unary(op), vec![self.id], self.shape.clone()))
    }

    pub fn neg(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Neg)
    }
    pub fn abs(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Abs)
    }
    pub fn exp(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Exp)
    }
    pub fn log(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Log)
    }
    pub fn sqrt(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Sqrt)
    }
    pub fn rsqrt(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Rsqrt)
    }
    pub fn tanh(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Tanh)
    }
    pub fn erf(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Erf)
    }
    pub fn sin(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Sin)
    }
    pub fn cos(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Cos)
    }
    pub fn floor(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Floor)
    }
    pub fn not(&self) -> Result<Tensor> {
        self.unary(UnaryOp::Not)
    }

    /// The strict primitive: both operands have the same shape.
    /// Applies the binary primitive `op` to operands of one shape (the named methods below
    /// broadcast first, then call this).
    pub fn binary(&self, op: BinaryOp, rhs: &Tensor) -> Result<Tensor> {
        let name = Op::Binary(op).name();
        same_graph(name, self, rhs)?;
        if self.shape != rhs.shape {
            bail!("{name}: operand shapes differ: {} vs {}", self.shape, rhs.shape);
        }
        ensure!((crate::graph::primitives::elementwise::binary(op).dtypes)(self.dtype()), "{name}: not defined for {}", self.shape);
        Ok(self.builder().push(Op::Binary(op), vec![self.id, rhs.id], self.shape.clone()))
    }

    /// Brings both operands to their common numpy-style broadcast shape.
    pub fn broadcast_pair(&self, rhs: &Tensor, op: &str) -> Result<(Tensor, Tensor)> {
        same_graph(op, self, rhs)?;
        ensure!(self.dtype() == rhs.dtype(), "{op}: dtypes differ: {} vs {}", self.shape, rhs.shape);
        if self.shape == rhs.shape {
            return Ok((self.clone(), rhs.clone()));
        }
        let r = self.rank().max(rhs.rank());
        let pad = |d: &[i64]| -> Vec<i64> { std::iter::repeat_n(1, r - d.len()).chain(d.iter().copied()).collect() };
        let (a, b) = (pad(self.dims()), pad(rhs.dims()));
        let mut out = vec![0; r];
        for i in 0..r {
            out[i] = match (a[i], b[i]) {
                (x, y) if x == y => x,
                (1, y) => y,
                (x, 1) => x,
                _ => bail!("{op}: shapes {} and {} don't broadcast", self.shape, rhs.shape),
            };
        }
        Ok((self.broadcast_to(&out)?, rhs.broadcast_to(&out)?))
    }

    /// numpy-style broadcast to `dims` (trailing axes line up; size-1 axes stretch).
    pub fn broadcast_to(&self, dims: &[i64]) -> Result<Tensor> {
        if self.dims() == dims {
            return Ok(self.clone());
        }
        ensure!(dims.len() >= self.rank(), "broadcast {} to {dims:?}: target has lower rank", self.shape);
        let off = dims.len() - self.rank();
        // Size-1 axes that stretch are dropped first, since broadcast_in_dim maps axes one to one.
        let mut keep_dims = vec![];
        let mut map = vec![];
        for (i, &d) in self.dims().iter().enumerate() {
            let t = dims[off + i];
            if d == t {
                keep_dims.push(d);
                map.push(off + i);
            } else if d != 1 {
                bail!("broadcast {} to {dims:?}: axis {i} has size {d}, target {t}", self.shape);
            }
        }
        let src = if keep_dims.len() == self.rank() { self.clone() } else { self.reshape(&keep_dims)? };
        src.broadcast_in_dim(dims, &map)
    }

    pub fn add(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "add")?;
        a.binary(BinaryOp::Add, &b)
    }
    pub fn sub(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "sub")?;
        a.binary(BinaryOp::Sub, &b)
    }
    pub fn mul(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "mul")?;
        a.binary(BinaryOp::Mul, &b)
    }
    pub fn div(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "div")?;
        a.binary(BinaryOp::Div, &b)
    }
    pub fn rem(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "rem")?;
        a.binary(BinaryOp::Rem, &b)
    }
    pub fn pow(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "pow")?;
        a.binary(BinaryOp::Pow, &b)
    }
    pub fn max(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "max")?;
        a.binary(BinaryOp::Max, &b)
    }
    pub fn min(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "min")?;
        a.binary(BinaryOp::Min, &b)
    }
    pub fn and(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "and")?;
        a.binary(BinaryOp::And, &b)
    }
    pub fn or(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "or")?;
        a.binary(BinaryOp::Or, &b)
    }
    pub fn xor(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "xor")?;
        a.binary(BinaryOp::Xor, &b)
    }
    pub fn shift_left(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "shift_left")?;
        a.binary(BinaryOp::ShiftLeft, &b)
    }
    pub fn shift_right_logical(&self, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "shift_right_logical")?;
        a.binary(BinaryOp::ShiftRightLogical, &b)
    }

    /// A scalar constant of this tensor's dtype.
    pub fn scalar_like(&self, v: f64) -> Tensor {
        self.builder().scalar(v, self.dtype())
    }
    pub fn add_scalar(&self, v: f64) -> Result<Tensor> {
        self.add(&self.scalar_like(v))
    }
    pub fn mul_scalar(&self, v: f64) -> Result<Tensor> {
        self.mul(&self.scalar_like(v))
    }
    pub fn zeros_like(&self) -> Result<Tensor> {
        self.builder().full(0.0, self.dtype(), self.dims())
    }
    pub fn ones_like(&self) -> Result<Tensor> {
        self.builder().full(1.0, self.dtype(), self.dims())
    }
    pub fn square(&self) -> Result<Tensor> {
        self.mul(self)
    }

    pub fn compare(&self, dir: CompareDir, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "compare")?;
        Ok(a.builder().push(Op::Compare(dir), vec![a.id, b.id], a.shape.with_dtype(DType::Pred)))
    }
    pub fn eq(&self, rhs: &Tensor) -> Result<Tensor> {
        self.compare(CompareDir::Eq, rhs)
    }
    pub fn lt(&self, rhs: &Tensor) -> Result<Tensor> {
        self.compare(CompareDir::Lt, rhs)
    }
    pub fn gt(&self, rhs: &Tensor) -> Result<Tensor> {
        self.compare(CompareDir::Gt, rhs)
    }
    pub fn ge(&self, rhs: &Tensor) -> Result<Tensor> {
        self.compare(CompareDir::Ge, rhs)
    }

    /// `self` is the predicate; picks `on_true` where it holds.
    pub fn select(&self, on_true: &Tensor, on_false: &Tensor) -> Result<Tensor> {
        same_graph("select", self, on_true)?;
        same_graph("select", self, on_false)?;
        ensure!(self.dtype() == DType::Pred, "select: predicate must be pred, got {}", self.shape);
        let (t, f) = on_true.broadcast_pair(on_false, "select")?;
        let p = self.broadcast_to(t.dims())?;
        Ok(self.builder().push(Op::Select, vec![p.id, t.id, f.id], t.shape.clone()))
    }

    pub fn convert(&self, dtype: DType) -> Result<Tensor> {
        if dtype == self.dtype() {
            return Ok(self.clone());
        }
        Ok(self.builder().push(Op::Convert, vec![self.id], self.shape.with_dtype(dtype)))
    }

    /// Reinterprets the bits; both dtypes must have the same width.
    pub fn bitcast_convert(&self, dtype: DType) -> Result<Tensor> {
        ensure!(
            dtype.size_bytes() == self.dtype().size_bytes() && dtype != DType::Pred && self.dtype() != DType::Pred,
            "bitcast_convert: {} and {dtype} differ in width",
            self.shape
        );
        Ok(self.builder().push(Op::BitcastConvert, vec![self.id], self.shape.with_dtype(dtype)))
    }

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
        Ok(self.builder().push(Op::BroadcastInDim { dims: map.to_vec() }, vec![self.id], Shape::new(self.dtype(), dims)))
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
        Ok(self.builder().push(Op::Reshape, vec![self.id], Shape::new(self.dtype(), dims)))
    }

    pub fn transpose(&self, perm: &[usize]) -> Result<Tensor> {
        ensure!(is_permutation(perm, self.rank()), "transpose {}: {perm:?} is not a permutation of its axes", self.shape);
        if perm.iter().enumerate().all(|(i, &p)| i == p) {
            return Ok(self.clone());
        }
        let dims: Vec<i64> = perm.iter().map(|&p| self.dims()[p]).collect();
        Ok(self.builder().push(Op::Transpose { perm: perm.to_vec() }, vec![self.id], Shape::new(self.dtype(), &dims)))
    }

    pub fn dot_general(&self, rhs: &Tensor, d: &DotDims) -> Result<Tensor> {
        self.dot_general_to(rhs, d, self.dtype())
    }

    /// `dot_general` whose result has element type `out`: bf16 operands with an f32 result
    /// accumulate and round once in f32 (mixed precision), as XLA's `preferred_element_type`.
    pub fn dot_general_to(&self, rhs: &Tensor, d: &DotDims, out: DType) -> Result<Tensor> {
        same_graph("dot_general", self, rhs)?;
        let d = &DotDims { precision: self.g.borrow().dot_precision, ..d.clone() };
        let err = |why: &str| anyhow!("dot_general {} x {} with {d:?}: {why}", self.shape, rhs.shape);
        if self.dtype() != rhs.dtype() {
            return Err(err("dtypes differ"));
        }
        if out != self.dtype() && !(self.dtype().is_float() && out.is_float()) {
            return Err(err(&format!("a {out} result needs float operands")));
        }
        if d.lhs_batch.len() != d.rhs_batch.len() || d.lhs_contract.len() != d.rhs_contract.len() {
            return Err(err("batch or contracting dim lists differ in length"));
        }
        let mut la: Vec<usize> = d.lhs_batch.clone();
        la.extend(&d.lhs_contract);
        let mut ra: Vec<usize> = d.rhs_batch.clone();
        ra.extend(&d.rhs_contract);
        check_axes("dot_general (lhs)", &la, self.rank())?;
        check_axes("dot_general (rhs)", &ra, rhs.rank())?;
        for (&l, &r) in d.lhs_batch.iter().zip(&d.rhs_batch).chain(d.lhs_contract.iter().zip(&d.rhs_contract)) {
            if self.dims()[l] != rhs.dims()[r] {
                return Err(err(&format!("lhs axis {l} (size {}) != rhs axis {r} (size {})", self.dims()[l], rhs.dims()[r])));
            }
        }
        let mut dims: Vec<i64> = d.lhs_batch.iter().map(|&a| self.dims()[a]).collect();
        dims.extend((0..self.rank()).filter(|a| !la.contains(a)).map(|a| self.dims()[a]));
        dims.extend((0..rhs.rank()).filter(|a| !ra.contains(a)).map(|a| rhs.dims()[a]));
        Ok(self.builder().push(Op::DotGeneral(d.clone()), vec![self.id, rhs.id], Shape::new(out, &dims)))
    }

    /// `[..., m, k] x [k, n]` or batched `[b..., m, k] x [b..., k, n]`.
    pub fn matmul(&self, rhs: &Tensor) -> Result<Tensor> {
        let (lr, rr) = (self.rank(), rhs.rank());
        ensure!(lr >= 2 && rr >= 2, "matmul {} x {}: both need rank >= 2", self.shape, rhs.shape);
        if rr == 2 {
            return self.dot_general(rhs, &DotDims { lhs_contract: vec![lr - 1], rhs_contract: vec![0], ..Default::default() });
        }
        ensure!(lr == rr, "matmul {} x {}: batched matmul needs equal ranks", self.shape, rhs.shape);
        let batch: Vec<usize> = (0..lr - 2).collect();
        self.dot_general(
            rhs,
            &DotDims { lhs_batch: batch.clone(), rhs_batch: batch, lhs_contract: vec![lr - 1], rhs_contract: vec![rr - 2], ..Default::default() },
        )
    }

    pub fn reduce(&self, kind: ReduceKind, axes: &[usize]) -> Result<Tensor> {
        check_axes("reduce", axes, self.rank())?;
        ensure!(self.dtype() != DType::Pred, "reduce: not defined for {}", self.shape);
        let mut sorted = axes.to_vec();
        sorted.sort();
        let dims: Vec<i64> = (0..self.rank()).filter(|a| !sorted.contains(a)).map(|a| self.dims()[a]).collect();
        Ok(self.builder().push(Op::Reduce { kind, axes: sorted }, vec![self.id], Shape::new(self.dtype(), &dims)))
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
            Op::Slice { start: start.to_vec(), limit: limit.to_vec(), stride: stride.to_vec() },
            vec![self.id],
            Shape::new(self.dtype(), &dims),
        ))
    }

    /// `self[start..start+len]` along one axis.
    pub fn slice_axis(&self, axis: usize, start: i64, len: i64) -> Result<Tensor> {
        ensure!(axis < self.rank(), "slice_axis: axis {axis} out of range for {}", self.shape);
        let mut s = vec![0; self.rank()];
        let mut l = self.dims().to_vec();
        s[axis] = start;
        l[axis] = start + len;
        self.slice(&s, &l, &vec![1; self.rank()])
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
            Op::Pad { low: low.to_vec(), high: high.to_vec(), interior: interior.to_vec() },
            vec![self.id, value.id],
            Shape::new(self.dtype(), &dims),
        ))
    }

    /// The same value, but gradients don't flow back through it.
    pub fn stop_gradient(&self) -> Result<Tensor> {
        Ok(self.builder().push(Op::StopGradient, vec![self.id], self.shape.clone()))
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
        Ok(self.builder().push(Op::DynamicSlice { sizes: sizes.to_vec() }, inputs, Shape::new(self.dtype(), sizes)))
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
        Ok(self.builder().push(Op::DynamicUpdateSlice, inputs, self.shape.clone()))
    }

    // ---- composites used by models ----

    /// Numerically stable softmax along `axis`.
    pub fn softmax(&self, axis: usize) -> Result<Tensor> {
        // The shift by the max cancels out exactly, so no gradient needs to flow through it (as in JAX).
        let m = self.max_keepdims(&[axis])?.stop_gradient()?;
        let e = self.sub(&m)?.exp()?;
        e.div(&e.sum_keepdims(&[axis])?)
    }

    pub fn log_softmax(&self, axis: usize) -> Result<Tensor> {
        let m = self.max_keepdims(&[axis])?.stop_gradient()?;
        let z = self.sub(&m)?;
        z.sub(&z.exp()?.sum_keepdims(&[axis])?.log()?)
    }

    /// Exact GELU: x/2 * (1 + erf(x/sqrt 2)).
    pub fn gelu(&self) -> Result<Tensor> {
        let inner = self.mul_scalar(std::f64::consts::FRAC_1_SQRT_2)?.erf()?.add_scalar(1.0)?;
        self.mul(&inner)?.mul_scalar(0.5)
    }
}

//! Conveniences built on the primitives: named unary and binary ops with numpy-style
//! broadcasting, scalars, and the model-level composites (softmax, GELU). Nothing here records
//! a primitive of its own.

use super::primitives::same_graph;
use super::{BinaryOp, CompareDir, DotDims, DotPrecision, GradientRule, Tensor, UnaryOp};
use crate::dtype::DType;
use anyhow::{bail, ensure, Result};

impl Tensor {
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

    /// `self[start..start+len]` along one axis.
    pub fn slice_axis(&self, axis: usize, start: i64, len: i64) -> Result<Tensor> {
        ensure!(axis < self.rank(), "slice_axis: axis {axis} out of range for {}", self.shape);
        let mut s = vec![0; self.rank()];
        let mut l = self.dims().to_vec();
        s[axis] = start;
        l[axis] = start + len;
        self.slice(&s, &l, &vec![1; self.rank()])
    }

    // ---- composites used by models ----

    /// Numerically stable softmax along `axis`.
    /// Differentiated by its own rule, `dx = y * (g - sum(g * y))`, as JAX's softmax is: the
    /// backward pass reads only the output, not the exponentials it was computed from (in a
    /// ViT's attention the program then keeps one `[B, H, T, T]` tensor per layer, not two).
    pub fn softmax(&self, axis: usize) -> Result<Tensor> {
        // The shift by the max cancels out exactly.
        let m = self.max_keepdims(&[axis])?.stop_gradient()?;
        let e = self.sub(&m)?.exp()?;
        let y = e.div(&e.sum_keepdims(&[axis])?)?;
        let rule = move |g: &Tensor, y: &Tensor, _: &[Tensor]| -> Result<Vec<Option<Tensor>>> {
            // y g - y Σ(g y), as JAX's transposed softmax writes it: XLA then computes the row
            // sum once, beside the product that makes g, where y (g - Σ(g y)) had it recomputed
            // in each consumer (1.4 GB more traffic per v5e chip for ViT-B/16, BENCHMARKS.md).
            let s = g.mul(y)?.sum_keepdims(&[axis])?.neg()?;
            Ok(vec![Some(y.mul(g)?.add(&y.mul(&s)?)?)])
        };
        y.with_gradient(&[self], GradientRule { of: "softmax", rule: std::rc::Rc::new(rule) })
    }

    pub fn log_softmax(&self, axis: usize) -> Result<Tensor> {
        let m = self.max_keepdims(&[axis])?.stop_gradient()?;
        let z = self.sub(&m)?;
        z.sub(&z.exp()?.sum_keepdims(&[axis])?.log()?)
    }

    /// LayerNorm over the last axis, `(x - mean) / sqrt(var + eps) * weight + bias`, with its own
    /// gradient rule: the backward pass recomputes the normalized input from `x` and the
    /// statistics instead of keeping the centered and normalized tensors autodiff would.
    pub fn layer_norm(&self, weight: &Tensor, bias: &Tensor, eps: f64) -> Result<Tensor> {
        let last = self.rank().checked_sub(1).ok_or_else(|| anyhow::anyhow!("layer_norm: needs an axis, got a scalar"))?;
        let d = self.dims()[last];
        ensure!(
            weight.dims() == [d] && bias.dims() == [d],
            "layer_norm: weight and bias must be [{d}] for {}, got {} and {}",
            self.shape,
            weight.shape,
            bias.shape
        );
        let normalize = move |x: &Tensor| -> Result<(Tensor, Tensor)> {
            let centered = x.sub(&x.mean_keepdims(&[last])?)?;
            let rstd = centered.square()?.mean_keepdims(&[last])?.add_scalar(eps)?.rsqrt()?;
            Ok((centered.mul(&rstd)?, rstd))
        };
        let y = normalize(self)?.0.mul(weight)?.add(bias)?;
        let rule = move |g: &Tensor, _: &Tensor, inputs: &[Tensor]| -> Result<Vec<Option<Tensor>>> {
            let (x, w) = (&inputs[0], &inputs[1]);
            let (xhat, rstd) = normalize(x)?;
            let leading: Vec<usize> = (0..last).collect();
            let gxhat = g.mul(w)?;
            let gx = gxhat
                .sub(&gxhat.mean_keepdims(&[last])?)?
                .sub(&xhat.mul(&gxhat.mul(&xhat)?.mean_keepdims(&[last])?)?)?
                .mul(&rstd)?;
            Ok(vec![Some(gx), Some(g.mul(&xhat)?.sum(&leading)?), Some(g.sum(&leading)?)])
        };
        y.with_gradient(&[self, weight, bias], GradientRule { of: "layer_norm", rule: std::rc::Rc::new(rule) })
    }

    /// `self + shared`, `shared` being `[1, rest...]` and added to each of `self`'s `[B, rest...]`
    /// examples (a position embedding), with its own gradient rule: `shared`'s cotangent, the
    /// sum over the batch, is a matrix product of `[2, B]` ones with the cotangent seen as
    /// `[B, rest]` (the first row kept), accumulated in f32 for bf16, at full precision.
    ///
    /// Why not the plain sum autodiff gives: XLA's GPU layout assignment lays a sum over the
    /// leading (batch) axis out with that axis minor, and in a ViT this one reduction then
    /// turned the whole residual stream, forward and backward, batch-minor, every gemm
    /// transposing around it (BENCHMARKS.md has the dumps and figures). A product's operand keeps its
    /// layout. Two rows, not one: XLA rewrites a matrix-vector product back into a reduction.
    pub fn add_over_batch(&self, shared: &Tensor) -> Result<Tensor> {
        ensure!(
            self.rank() >= 1 && shared.rank() == self.rank() && shared.dims()[0] == 1 && shared.dims()[1..] == self.dims()[1..],
            "add_over_batch: the shared tensor must be [1, ...] matching {} after the batch axis, got {}",
            self.shape(),
            shared.shape()
        );
        let y = self.add(shared)?;
        let (batch, rest) = (self.dims()[0], self.dims()[1..].iter().product::<i64>());
        let shared_dims = shared.dims().to_vec();
        let rule = move |g: &Tensor, _: &Tensor, _: &[Tensor]| -> Result<Vec<Option<Tensor>>> {
            let ones = g.builder().full(1.0, g.dtype(), &[2, batch])?;
            let dims = DotDims { lhs_contract: vec![1], rhs_contract: vec![0], ..Default::default() };
            let wide = if g.dtype() == DType::BF16 { DType::F32 } else { g.dtype() };
            // As exact as the reduction it stands for: an f32 product at the default precision
            // would round the cotangent to TF32 on NVIDIA GPUs.
            let rows = g.reshape(&[batch, rest])?;
            let sum = g.builder().with_dot_precision(DotPrecision::Highest, || ones.dot_general_to(&rows, &dims, wide))?;
            let sum = sum.slice_axis(0, 0, 1)?;
            Ok(vec![Some(g.clone()), Some(sum.reshape(&shared_dims)?.convert(g.dtype())?)])
        };
        y.with_gradient(&[self, shared], GradientRule { of: "add_over_batch", rule: std::rc::Rc::new(rule) })
    }

    /// `x · sigmoid(x)` (SiLU, swish), with sigmoid(x) = (1 + tanh(x / 2)) / 2.
    pub fn silu(&self) -> Result<Tensor> {
        self.mul(&self.mul_scalar(0.5)?.tanh()?.mul_scalar(0.5)?.add_scalar(0.5)?)
    }

    /// CLIP's `quick_gelu`: `x · sigmoid(1.702 x)`.
    pub fn quick_gelu(&self) -> Result<Tensor> {
        self.mul(&self.mul_scalar(0.5 * 1.702)?.tanh()?.mul_scalar(0.5)?.add_scalar(0.5)?)
    }

    /// GELU's tanh approximation (`gelu_pytorch_tanh`, `gelu_new`, SigLIP's):
    /// x/2 * (1 + tanh(sqrt(2/π) (x + 0.044715 x³))).
    pub fn gelu_tanh(&self) -> Result<Tensor> {
        let c = (2.0 / std::f64::consts::PI).sqrt();
        let inner = self.add(&self.mul(&self.square()?)?.mul_scalar(0.044715)?)?.mul_scalar(c)?;
        self.mul(&inner.tanh()?.add_scalar(1.0)?.mul_scalar(0.5)?)
    }

    /// Exact GELU: x/2 * (1 + erf(x/sqrt 2)), differentiated by its own rule,
    /// `g * (Φ(x) + x φ(x))`, which reads only `x`: autodiff through the composite would keep
    /// `erf`'s output as well, a second tensor the size of the MLP's hidden layer.
    pub fn gelu(&self) -> Result<Tensor> {
        let cdf = |x: &Tensor| x.mul_scalar(std::f64::consts::FRAC_1_SQRT_2)?.erf()?.add_scalar(1.0)?.mul_scalar(0.5);
        let y = self.mul(&cdf(self)?)?;
        let rule = move |g: &Tensor, _: &Tensor, x: &[Tensor]| -> Result<Vec<Option<Tensor>>> {
            let x = &x[0];
            // φ(x) = exp(-x²/2) / sqrt(2π)
            let pdf = x.square()?.mul_scalar(-0.5)?.exp()?.mul_scalar(0.5 * std::f64::consts::FRAC_2_SQRT_PI * std::f64::consts::FRAC_1_SQRT_2)?;
            Ok(vec![Some(g.mul(&cdf(x)?.add(&x.mul(&pdf)?)?)?)])
        };
        y.with_gradient(&[self], GradientRule { of: "gelu", rule: std::rc::Rc::new(rule) })
    }
}

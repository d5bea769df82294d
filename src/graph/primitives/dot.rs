//! Contractions: dot_general, with an optional wider result type (mixed precision).

use super::lowering::list;
use super::{check_axes, ix, same_graph, EvalCx, LowerCx, Lowered, Primitive, Value, VjpCx};
use crate::dtype::{cast, DType};
use crate::graph::{Node, Op, Shape, Tensor};
use anyhow::{anyhow, bail, ensure, Result};
use ndarray::{ArrayD, IxDyn};

/// Output axes: batch dims, then lhs free dims, then rhs free dims (in order).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct DotDims {
    pub lhs_batch: Vec<usize>,
    pub rhs_batch: Vec<usize>,
    pub lhs_contract: Vec<usize>,
    pub rhs_contract: Vec<usize>,
    /// Set by the builder ([`crate::graph::Builder::set_dot_precision`]) when the dot is traced.
    pub precision: DotPrecision,
}

/// How exactly dots are computed. `Default` lets the backend choose (on NVIDIA GPUs,
/// f32 dots then run on TF32 tensor cores); `Highest` asks for full f32.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
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

#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(DotName), derive(strum::EnumIter, strum::IntoStaticStr), strum(serialize_all = "snake_case"))]
pub enum DotOp {
    DotGeneral(DotDims),
}

impl Primitive for DotOp {
    fn name(&self) -> &'static str {
        DotName::from(self).into()
    }

    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered> {
        // Irrefutable while dot_general is the family's only primitive; a second one makes
        // this a compile error, so no rule is inherited by accident.
        let DotOp::DotGeneral(d) = self;
        let mut parts = vec![];
        for (k, v) in [
            ("lhs_batching_dimensions", &d.lhs_batch),
            ("rhs_batching_dimensions", &d.rhs_batch),
            ("lhs_contracting_dimensions", &d.lhs_contract),
            ("rhs_contracting_dimensions", &d.rhs_contract),
        ] {
            if !v.is_empty() {
                parts.push(format!("{k} = {}", list(v)));
            }
        }
        let op = cx.generic("stablehlo.dot_general").attribute(&format!("dot_dimension_numbers = #stablehlo.dot<{}>", parts.join(", ")));
        Ok(Lowered::Operation(match d.precision {
            DotPrecision::Default => op,
            p @ (DotPrecision::High | DotPrecision::Highest) => {
                let n = if p == DotPrecision::High { "HIGH" } else { "HIGHEST" };
                op.attribute(&format!("precision_config = [#stablehlo<precision {n}>, #stablehlo<precision {n}>]"))
            }
        }))
    }

    fn eval(&self, cx: &EvalCx) -> Result<Value> {
        let DotOp::DotGeneral(d) = self;
        let s = cx.shape();
        let dt = s.dtype;
        let (x, y) = (cx.x(0)?, cx.x(1)?);
        let lf: Vec<usize> = (0..x.ndim()).filter(|a| !d.lhs_batch.contains(a) && !d.lhs_contract.contains(a)).collect();
        let rf: Vec<usize> = (0..y.ndim()).filter(|a| !d.rhs_batch.contains(a) && !d.rhs_contract.contains(a)).collect();
        let csh: Vec<usize> = d.lhs_contract.iter().map(|&a| x.shape()[a]).collect();
        let ccount: usize = csh.iter().product();
        let nb = d.lhs_batch.len();
        Ok(Value::Tensor(ArrayD::from_shape_fn(ix(&s.dims), |idx| {
            let mut acc = 0.0;
            let mut li = vec![0; x.ndim()];
            let mut ri = vec![0; y.ndim()];
            for (k, (&la, &ra)) in d.lhs_batch.iter().zip(&d.rhs_batch).enumerate() {
                li[la] = idx[k];
                ri[ra] = idx[k];
            }
            for (k, &a) in lf.iter().enumerate() {
                li[a] = idx[nb + k];
            }
            for (k, &a) in rf.iter().enumerate() {
                ri[a] = idx[nb + lf.len() + k];
            }
            for c in 0..ccount {
                let mut rem = c;
                for (k, (&la, &ra)) in d.lhs_contract.iter().zip(&d.rhs_contract).enumerate().rev() {
                    li[la] = rem % csh[k];
                    ri[ra] = rem % csh[k];
                    rem /= csh[k];
                }
                acc += x[IxDyn(&li)] * y[IxDyn(&ri)];
            }
            cast(acc, dt)
        })))
    }

    fn vjp(&self, cx: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        let DotOp::DotGeneral(d) = self;
        let (lhs, rhs) = (cx.x(0), cx.x(1));
        // A mixed-precision dot (bf16 operands, f32 result) sends its cotangent back in the
        // operands' type; each backward dot still accumulates in f32 on the device.
        let g = &cx.g()?.convert(lhs.dtype())?;
        Ok(vec![Some(dot_vjp_lhs(g, &lhs, &rhs, d)?), Some(dot_vjp_rhs(g, &lhs, &rhs, d)?)])
    }

    fn flops(&self, node: &Node, inputs: &[&Shape]) -> f64 {
        let DotOp::DotGeneral(d) = self;
        let contracted: i64 = d.lhs_contract.iter().map(|&a| inputs[0].dims[a]).product();
        2.0 * node.shape().element_count() as f64 * contracted as f64
    }
}

impl Tensor {
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
        Ok(self.builder().push(Op::Dot(DotOp::DotGeneral(d.clone())), vec![self.id, rhs.id], Shape::new(out, &dims)))
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

}

fn free_axes(rank: usize, batch: &[usize], contract: &[usize]) -> Vec<usize> {
    (0..rank).filter(|a| !batch.contains(a) && !contract.contains(a)).collect()
}

fn position(v: &[usize], x: usize) -> usize {
    v.iter().position(|&e| e == x).expect("axis present")
}

/// The cotangent of one operand ("this") of a dot_general whose output cotangent
/// `g` has axes [batch, lhs free, rhs free]: contract g's axes that came from the
/// other operand's free dims with that operand, then put the result's axes back in
/// this operand's order. The same rule serves both sides with the roles swapped.
fn dot_vjp(
    g: &Tensor,
    this_rank: usize,
    (this_batch, this_contract): (&[usize], &[usize]),
    other: &Tensor,
    (other_batch, other_contract): (&[usize], &[usize]),
    other_free_in_g: std::ops::Range<usize>,
) -> Result<Tensor> {
    let nb = this_batch.len();
    let this_free = free_axes(this_rank, this_batch, this_contract);
    let other_free = free_axes(other.rank(), other_batch, other_contract);
    let dims = DotDims {
        lhs_batch: (0..nb).collect(),
        rhs_batch: other_batch.to_vec(),
        lhs_contract: other_free_in_g.collect(),
        rhs_contract: other_free,
        ..Default::default()
    };
    // res axes: batch, this operand's free dims, then other's contracting dims in increasing order.
    let res = g.dot_general(other, &dims)?;
    let mut other_rest = other_contract.to_vec();
    other_rest.sort();
    let mut perm = vec![0; this_rank];
    for (k, &a) in this_batch.iter().enumerate() {
        perm[a] = k;
    }
    for (j, &a) in this_free.iter().enumerate() {
        perm[a] = nb + j;
    }
    for (m, &a) in this_contract.iter().enumerate() {
        perm[a] = nb + this_free.len() + position(&other_rest, other_contract[m]);
    }
    res.transpose(&perm)
}

fn dot_vjp_lhs(g: &Tensor, lhs: &Tensor, rhs: &Tensor, d: &DotDims) -> Result<Tensor> {
    let nb = d.lhs_batch.len();
    let lf = free_axes(lhs.rank(), &d.lhs_batch, &d.lhs_contract).len();
    let rf = free_axes(rhs.rank(), &d.rhs_batch, &d.rhs_contract).len();
    dot_vjp(g, lhs.rank(), (&d.lhs_batch, &d.lhs_contract), rhs, (&d.rhs_batch, &d.rhs_contract), nb + lf..nb + lf + rf)
}

fn dot_vjp_rhs(g: &Tensor, lhs: &Tensor, rhs: &Tensor, d: &DotDims) -> Result<Tensor> {
    let nb = d.lhs_batch.len();
    let lf = free_axes(lhs.rank(), &d.lhs_batch, &d.lhs_contract).len();
    dot_vjp(g, rhs.rank(), (&d.rhs_batch, &d.rhs_contract), lhs, (&d.lhs_batch, &d.lhs_contract), nb..nb + lf)
}

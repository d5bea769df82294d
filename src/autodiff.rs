//! Reverse-mode automatic differentiation over a traced graph.
//!
//! One VJP rule per differentiable primitive ([`vjp_rule`]); `grad` walks the
//! forward nodes in reverse and appends the backward pass to the same graph,
//! so forward, backward and update end up in one program. After each rule we
//! check that every cotangent has its primal's shape, which catches a wrong
//! rule at trace time instead of as a bad number later.

use crate::graph::{Builder, DotDims, Node, NodeId, Op, ReduceKind, Tensor, ValueType};
use anyhow::{bail, ensure, Context, Result};
use std::collections::HashMap;

/// d(y)/d(wrt) for a scalar `y`.
pub fn grad(y: &Tensor, wrt: &[Tensor]) -> Result<Vec<Tensor>> {
    ensure!(y.rank() == 0 && y.dtype().is_float(), "grad: the output must be a float scalar, got {}", y.shape());
    let one = y.ones_like()?;
    vjp(std::slice::from_ref(y), &[one], wrt)
}

/// The value of a scalar `y` together with d(y)/d(wrt), as JAX's `value_and_grad`.
pub fn value_and_grad(y: &Tensor, wrt: &[Tensor]) -> Result<(Tensor, Vec<Tensor>)> {
    Ok((y.clone(), grad(y, wrt)?))
}

/// The vector-Jacobian product: cotangents of `outputs` pulled back to `wrt`.
pub fn vjp(outputs: &[Tensor], cotangents: &[Tensor], wrt: &[Tensor]) -> Result<Vec<Tensor>> {
    ensure!(outputs.len() == cotangents.len(), "vjp: {} outputs but {} cotangents", outputs.len(), cotangents.len());
    let Some(first) = outputs.first() else { bail!("vjp: no outputs") };
    let b = first.builder();
    for t in outputs.iter().chain(cotangents).chain(wrt) {
        ensure!(b.owns(t), "vjp: tensors come from different traced functions");
    }
    for (o, c) in outputs.iter().zip(cotangents) {
        ensure!(o.shape() == c.shape(), "vjp: cotangent {} doesn't match output {}", c.shape(), o.shape());
    }
    for w in wrt {
        ensure!(w.dtype().is_float(), "vjp: can only differentiate with respect to float tensors, got {}", w.shape());
    }

    // Only the forward nodes recorded so far take part; the backward pass is appended after them.
    let nodes: Vec<Node> = b.g.borrow().nodes.clone();
    let n = nodes.len();
    let is_float = |node: &Node| match &node.ty {
        ValueType::Tensor(s) => s.dtype.is_float(),
        ValueType::Tuple(shapes) => shapes.iter().any(|s| s.dtype.is_float()),
    };

    // Nodes that depend on some wrt through float values ...
    let mut depends = vec![false; n];
    for w in wrt {
        depends[w.id()] = true;
    }
    for (i, node) in nodes.iter().enumerate() {
        if !depends[i] && is_float(node) && node.inputs.iter().any(|&j| depends[j]) {
            depends[i] = true;
        }
    }
    // ... and that some output depends on.
    let mut needed = vec![false; n];
    for o in outputs {
        needed[o.id()] = true;
    }
    for i in (0..n).rev() {
        if needed[i] {
            for &j in &nodes[i].inputs {
                needed[j] = true;
            }
        }
    }

    let mut ct: HashMap<NodeId, Tensor> = HashMap::new();
    for (o, c) in outputs.iter().zip(cotangents) {
        accumulate(&mut ct, o.id(), c.clone())?;
    }
    for i in (0..n).rev() {
        if !(depends[i] && needed[i]) {
            continue;
        }
        let Some(g) = ct.get(&i).cloned() else { continue };
        let node = &nodes[i];
        let grads = vjp_rule(&b, node, i, &g).with_context(|| format!("differentiating {} (node #{i})", node.op.name()))?;
        for (k, gk) in grads.into_iter().enumerate() {
            let input = node.inputs[k];
            let Some(gk) = gk else { continue };
            if !depends[input] {
                continue;
            }
            let want = nodes[input].shape();
            ensure!(
                gk.shape() == want,
                "internal: the VJP rule of {} gave a cotangent {} for operand {k} of shape {}",
                node.op.name(),
                gk.shape(),
                want
            );
            accumulate(&mut ct, input, gk)?;
        }
    }
    wrt.iter().map(|w| match ct.get(&w.id()) { Some(g) => Ok(g.clone()), None => w.zeros_like() }).collect()
}

fn accumulate(ct: &mut HashMap<NodeId, Tensor>, id: NodeId, g: Tensor) -> Result<()> {
    let v = match ct.remove(&id) {
        Some(prev) => prev.add(&g)?,
        None => g,
    };
    ct.insert(id, v);
    Ok(())
}

/// Cotangents of a node's operands given the cotangent `g` of its output;
/// `None` where an operand gets no gradient (integers, predicates, indices).
pub fn vjp_rule(b: &Builder, node: &Node, id: NodeId, g: &Tensor) -> Result<Vec<Option<Tensor>>> {
    let x = |k: usize| b.tensor(node.inputs[k]);
    let y = || b.tensor(id);
    Ok(match &node.op {
        Op::Parameter { .. } | Op::Constant(_) | Op::Iota { .. } => vec![],
        Op::Unary(u) => vec![Some((crate::graph::primitives::elementwise::unary(*u).vjp)(g, &x(0), &y())?)],
        Op::Binary(op) => {
            let [ga, gc] = (crate::graph::primitives::elementwise::binary(*op).vjp)(g, &x(0), &x(1), &y())?;
            vec![Some(ga), Some(gc)]
        }
        Op::Compare(_) => vec![None, None],
        Op::Select => {
            let p = x(0);
            let zero = g.zeros_like()?;
            vec![None, Some(p.select(g, &zero)?), Some(p.select(&zero, g)?)]
        }
        Op::Convert => {
            let a = x(0);
            vec![if a.dtype().is_float() { Some(g.convert(a.dtype())?) } else { None }]
        }
        Op::BitcastConvert => vec![None],
        Op::BroadcastInDim { dims } => {
            let a = x(0);
            // Sum over the new axes and over the size-1 axes that were stretched.
            let out_rank = g.rank();
            let mut axes: Vec<usize> = (0..out_rank).filter(|o| !dims.contains(o)).collect();
            for (i, &m) in dims.iter().enumerate() {
                if a.dims()[i] == 1 && g.dims()[m] != 1 {
                    axes.push(m);
                }
            }
            let s = if axes.is_empty() { g.clone() } else { g.sum(&axes)? };
            vec![Some(s.reshape(a.dims())?)]
        }
        Op::Reshape => vec![Some(g.reshape(x(0).dims())?)],
        Op::Transpose { perm } => {
            let mut inv = vec![0; perm.len()];
            for (i, &p) in perm.iter().enumerate() {
                inv[p] = i;
            }
            vec![Some(g.transpose(&inv)?)]
        }
        Op::DotGeneral(d) => {
            let (lhs, rhs) = (x(0), x(1));
            // A mixed-precision dot (bf16 operands, f32 result) sends its cotangent back in
            // the operands' type; each backward dot still accumulates in f32 on the device.
            let g = &g.convert(lhs.dtype())?;
            vec![Some(dot_vjp_lhs(g, &lhs, &rhs, d)?), Some(dot_vjp_rhs(g, &lhs, &rhs, d)?)]
        }
        Op::Reduce { kind, axes } => {
            let a = x(0);
            let kept: Vec<usize> = (0..a.rank()).filter(|i| !axes.contains(i)).collect();
            let gb = g.broadcast_in_dim(a.dims(), &kept)?;
            match kind {
                ReduceKind::Sum => vec![Some(gb)],
                ReduceKind::Max | ReduceKind::Min => {
                    // Every position that attains the extreme shares the gradient equally.
                    let yb = y().broadcast_in_dim(a.dims(), &kept)?;
                    let hit = a.eq(&yb)?.convert(a.dtype())?;
                    let count = hit.sum(axes)?.broadcast_in_dim(a.dims(), &kept)?;
                    vec![Some(gb.mul(&hit)?.div(&count)?)]
                }
            }
        }
        Op::Concatenate { axis } => {
            let mut out = vec![];
            let mut start = 0;
            for &inp in &node.inputs {
                let len = b.tensor(inp).dims()[*axis];
                out.push(Some(g.slice_axis(*axis, start, len)?));
                start += len;
            }
            out
        }
        Op::Slice { start, limit: _, stride } => {
            let a = x(0);
            let zero = g.scalar_like(0.0);
            let r = a.rank();
            let mut low = vec![0; r];
            let mut high = vec![0; r];
            let mut interior = vec![0; r];
            for i in 0..r {
                let n = g.dims()[i];
                low[i] = start[i];
                interior[i] = stride[i] - 1;
                let covered = if n > 0 { start[i] + (n - 1) * stride[i] + 1 } else { start[i] };
                high[i] = a.dims()[i] - covered;
            }
            vec![Some(g.pad(&zero, &low, &high, &interior)?)]
        }
        Op::Pad { low, high: _, interior } => {
            let a = x(0);
            let r = a.rank();
            let start = low.clone();
            let stride: Vec<i64> = interior.iter().map(|&i| i + 1).collect();
            let limit: Vec<i64> =
                (0..r).map(|i| if a.dims()[i] > 0 { start[i] + (a.dims()[i] - 1) * stride[i] + 1 } else { start[i] }).collect();
            let ga = g.slice(&start, &limit, &stride)?;
            // The padding value fills every position the operand doesn't.
            let gv = g.sum_all()?.sub(&ga.sum_all()?)?;
            vec![Some(ga), Some(gv)]
        }
        Op::DynamicSlice { .. } => {
            let start: Vec<Tensor> = node.inputs[1..].iter().map(|&j| b.tensor(j)).collect();
            let mut out = vec![Some(x(0).zeros_like()?.dynamic_update_slice(g, &start)?)];
            out.extend(start.iter().map(|_| None));
            out
        }
        Op::DynamicUpdateSlice => {
            let (u, start): (Tensor, Vec<Tensor>) = (x(1), node.inputs[2..].iter().map(|&j| b.tensor(j)).collect());
            let mut out = vec![
                Some(g.dynamic_update_slice(&u.zeros_like()?, &start)?),
                Some(g.dynamic_slice(&start, u.dims())?),
            ];
            out.extend(start.iter().map(|_| None));
            out
        }
        Op::RngBitGenerator { .. } => vec![None],
        Op::StopGradient => vec![None],
        Op::GetTupleElement { .. } => {
            let src = &b.g.borrow().nodes[node.inputs[0]].op.clone();
            bail!("gradients through the outputs of {} are not supported", src.name())
        }
        Op::While { .. } => bail!("gradients through while_loop are not supported"),
    })
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

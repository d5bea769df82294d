//! Reverse-mode automatic differentiation over a traced graph.
//!
//! Each primitive's VJP is its family's rule (`graph::primitives`); `vjp` walks the forward
//! nodes in reverse and appends the backward pass to the same graph, so forward, backward and
//! update end up in one program. A multi-output node gathers one cotangent per output from
//! the elements read off it. After each rule we check that every cotangent has its primal's
//! shape, which catches a wrong rule at trace time instead of as a bad number later.

use crate::graph::primitives::VjpCx;
use crate::graph::{Node, Role, Tensor, ValueType};
use anyhow::{bail, ensure, Context, Result};

/// d(y)/d(wrt) for a scalar `y`.
pub fn grad(y: &Tensor, wrt: &[Tensor]) -> Result<Vec<Tensor>> {
    ensure!(y.rank() == 0 && y.dtype().is_float(), "grad: the output must be a float scalar, got {}", y.shape());
    let one = y.ones_like()?;
    vjp(std::slice::from_ref(y), &[one], wrt)
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

    // One cotangent slot per output of each node (a tensor node has one).
    let mut ct: Vec<Vec<Option<Tensor>>> = nodes
        .iter()
        .map(|node| match &node.ty {
            ValueType::Tensor(_) => vec![None],
            ValueType::Tuple(shapes) => vec![None; shapes.len()],
        })
        .collect();
    for (o, c) in outputs.iter().zip(cotangents) {
        accumulate(&mut ct[o.id()][0], c.clone())?;
    }
    for i in (0..n).rev() {
        if !(depends[i] && needed[i]) || ct[i].iter().all(Option::is_none) {
            continue;
        }
        let node = &nodes[i];
        match node.op.role() {
            Role::Parameter(_) => {}
            Role::TupleElement(k) => {
                // Cloned, not moved: the element may itself be one of `wrt`.
                let g = ct[i][0].clone().expect("checked above");
                accumulate(&mut ct[node.inputs[0]][k], g)?;
            }
            Role::Primitive(p) => {
                // A copy (tensors are handles), since the operands' slots are written below.
                let cotangents = ct[i].clone();
                let grads = p
                    .vjp(&VjpCx { b: &b, node, id: i, cotangents: &cotangents })
                    .with_context(|| format!("differentiating {} (node #{i})", p.name()))?;
                ensure!(
                    grads.len() == node.inputs.len(),
                    "internal: the VJP rule of {} gave {} cotangents for {} operands",
                    p.name(),
                    grads.len(),
                    node.inputs.len()
                );
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
                        p.name(),
                        gk.shape(),
                        want
                    );
                    accumulate(&mut ct[input][0], gk)?;
                }
            }
        }
    }
    wrt.iter().map(|w| match &ct[w.id()][0] { Some(g) => Ok(g.clone()), None => w.zeros_like() }).collect()
}

fn accumulate(slot: &mut Option<Tensor>, g: Tensor) -> Result<()> {
    *slot = Some(match slot.take() {
        Some(prev) => prev.add(&g)?,
        None => g,
    });
    Ok(())
}

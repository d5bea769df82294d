//! A slow, obviously-correct host interpreter of traced functions, in f64.
//! It is the reference the differential tests compare every primitive's
//! compiled result against (as EXLA tests ops against a host evaluator).
//! The host semantics of each primitive are its family's rule (`graph::primitives`); this
//! file only walks the graph.

use crate::graph::primitives::{ix, EvalCx, Value};
use crate::graph::{Function, Role};
use crate::host::HostTensor;
use anyhow::{bail, ensure, Result};
use ndarray::ArrayD;

/// Runs `f` on the host. Results are rounded to each output's dtype.
pub fn run(f: &Function, inputs: &[HostTensor]) -> Result<Vec<HostTensor>> {
    ensure!(inputs.len() == f.params.len(), "interpret: {} inputs for {} parameters", inputs.len(), f.params.len());
    let args: Vec<ArrayD<f64>> = inputs
        .iter()
        .zip(&f.params)
        .map(|(h, p)| {
            ensure!(h.dims == p.shape.dims && h.dtype == p.shape.dtype, "interpret: input '{}' is {:?} {}", p.name, h.dims, h.dtype);
            Ok(ArrayD::from_shape_vec(ix(&h.dims), h.to_f64_lossy()?)?)
        })
        .collect::<Result<_>>()?;
    let outs = eval(f, &args)?;
    outs.iter()
        .zip(f.output_shapes())
        .map(|(a, s)| HostTensor::from_f64_lossy(s.dtype, &s.dims, &a.iter().copied().collect::<Vec<_>>()))
        .collect()
}

fn eval(f: &Function, args: &[ArrayD<f64>]) -> Result<Vec<ArrayD<f64>>> {
    let live = f.live_nodes();
    let mut vals: Vec<Option<Value>> = vec![None; f.nodes.len()];
    for (i, node) in f.nodes.iter().enumerate() {
        if !live[i] {
            continue;
        }
        let value = |j: usize| vals[j].as_ref().ok_or_else(|| anyhow::anyhow!("interpret: node #{j} read before it was computed"));
        let v = match node.op.role() {
            Role::Parameter(index) => Value::Tensor(args[index].clone()),
            Role::TupleElement(index) => match value(node.inputs[0])? {
                Value::Tuple(v) => Value::Tensor(v[index].clone()),
                Value::Tensor(_) => bail!("interpret: get_tuple_element of a tensor"),
            },
            Role::Primitive(p) => {
                let inputs = node.inputs.iter().map(|&j| value(j)).collect::<Result<Vec<_>>>()?;
                let input_shapes = f.operand_shapes(node)?;
                p.eval(&EvalCx { node, inputs, input_shapes, run: &eval })?
            }
        };
        vals[i] = Some(v);
    }
    f.outputs.iter().map(|&o| Ok(vals[o].as_ref().ok_or_else(|| anyhow::anyhow!("interpret: output not computed"))?.tensor()?.clone())).collect()
}

//! A slow, obviously-correct host interpreter of traced functions, in f64.
//! It is the reference the differential tests compare every primitive's
//! compiled result against (as EXLA tests ops against a host evaluator).

use crate::dtype::{bits_of, cast, from_bits, DType};
use crate::graph::{CompareDir, Function, Literal, Op, ReduceKind, ValueType};
use crate::host::HostTensor;
use anyhow::{bail, ensure, Result};
use ndarray::{ArrayD, Axis, IxDyn, SliceInfoElem};

#[derive(Clone, Debug)]
enum Val {
    T(ArrayD<f64>),
    Tuple(Vec<ArrayD<f64>>),
}

impl Val {
    fn t(&self) -> &ArrayD<f64> {
        match self {
            Val::T(a) => a,
            Val::Tuple(_) => panic!("tuple used as tensor"),
        }
    }
}

fn ix(dims: &[i64]) -> IxDyn {
    IxDyn(&dims.iter().map(|&d| d as usize).collect::<Vec<_>>())
}

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
    let mut vals: Vec<Option<Val>> = vec![None; f.nodes.len()];
    for (i, node) in f.nodes.iter().enumerate() {
        if !live[i] {
            continue;
        }
        let inp = |k: usize| vals[node.inputs[k]].as_ref().unwrap().t();
        let v = match (&node.op, &node.ty) {
            (Op::Parameter { index }, _) => Val::T(args[*index].clone()),
            (Op::GetTupleElement { index }, _) => match vals[node.inputs[0]].as_ref().unwrap() {
                Val::Tuple(v) => Val::T(v[*index].clone()),
                Val::T(_) => bail!("get_tuple_element of a tensor"),
            },
            (Op::While { cond, body }, ValueType::Tuple(_)) => {
                let mut state: Vec<ArrayD<f64>> = node.inputs.iter().map(|&j| vals[j].as_ref().unwrap().t().clone()).collect();
                while eval(cond, &state)?[0].iter().next().copied() == Some(1.0) {
                    state = eval(body, &state)?;
                }
                Val::Tuple(state)
            }
            (Op::StopGradient, _) => Val::T(vals[node.inputs[0]].as_ref().unwrap().t().clone()),
            (Op::RngBitGenerator { bits }, _) => {
                let state = vals[node.inputs[0]].as_ref().unwrap().t();
                // u64 state words (exact: read back from the f64 view only below 2^53 is not enough).
                let words = state_words(f, node.inputs[0], state)?;
                let (new_state, out) = threefry_bits(words, bits.dtype, &bits.dims)?;
                Val::Tuple(vec![
                    ArrayD::from_shape_vec(ix(&[2]), new_state.iter().map(|&w| w as f64).collect())?,
                    ArrayD::from_shape_vec(ix(&bits.dims), out)?,
                ])
            }
            (op, ValueType::Tensor(s)) => {
                let dt = s.dtype;
                let a = match op {
                    Op::Constant(Literal::Scalar(v)) => ArrayD::from_elem(ix(&s.dims), cast(*v, dt)),
                    Op::Constant(Literal::Dense(bytes)) => {
                        let h = HostTensor { dtype: dt, dims: s.dims.clone(), data: bytes.clone() };
                        ArrayD::from_shape_vec(ix(&s.dims), h.to_f64_lossy()?)?
                    }
                    Op::Iota { dim } => ArrayD::from_shape_fn(ix(&s.dims), |idx| cast(idx[*dim] as f64, dt)),
                    Op::Unary(u) => {
                        let host = crate::graph::primitives::elementwise::unary(*u).host;
                        inp(0).mapv(|x| cast(host(x, dt), dt))
                    }
                    Op::Binary(op) => {
                        let host = crate::graph::primitives::elementwise::binary(*op).host;
                        let mut out = inp(0).clone();
                        out.zip_mut_with(inp(1), |p, &q| *p = cast(host(*p, q, dt), dt));
                        out
                    }
                    Op::Compare(dir) => {
                        let mut out = inp(0).clone();
                        out.zip_mut_with(inp(1), |p, &q| {
                            let a = *p;
                            *p = match dir {
                                CompareDir::Eq => a == q,
                                CompareDir::Ne => a != q,
                                CompareDir::Lt => a < q,
                                CompareDir::Le => a <= q,
                                CompareDir::Gt => a > q,
                                CompareDir::Ge => a >= q,
                            } as u8 as f64;
                        });
                        out
                    }
                    Op::Select => {
                        let mut out = inp(1).clone();
                        ndarray::Zip::from(&mut out).and(inp(0)).and(inp(2)).for_each(|o, &p, &f| {
                            if p == 0.0 {
                                *o = f;
                            }
                        });
                        out
                    }
                    Op::Convert => {
                        let src = f.nodes[node.inputs[0]].shape().dtype;
                        inp(0).mapv(|x| if src.is_float() && !dt.is_float() && dt != DType::Pred { cast(x.trunc(), dt) } else { cast(x, dt) })
                    }
                    Op::BitcastConvert => {
                        let src = f.nodes[node.inputs[0]].shape().dtype;
                        inp(0).mapv(|x| from_bits(bits_of(x, src), dt))
                    }
                    Op::BroadcastInDim { dims } => {
                        let x = inp(0);
                        ArrayD::from_shape_fn(ix(&s.dims), |idx| {
                            let src: Vec<usize> =
                                dims.iter().enumerate().map(|(k, &m)| if x.shape()[k] == 1 { 0 } else { idx[m] }).collect();
                            x[IxDyn(&src)]
                        })
                    }
                    Op::Reshape => {
                        let v: Vec<f64> = inp(0).iter().copied().collect();
                        ArrayD::from_shape_vec(ix(&s.dims), v)?
                    }
                    Op::Transpose { perm } => inp(0).clone().permuted_axes(IxDyn(perm)).as_standard_layout().to_owned(),
                    Op::DotGeneral(d) => {
                        let (x, y) = (inp(0), inp(1));
                        let lf: Vec<usize> =
                            (0..x.ndim()).filter(|a| !d.lhs_batch.contains(a) && !d.lhs_contract.contains(a)).collect();
                        let rf: Vec<usize> =
                            (0..y.ndim()).filter(|a| !d.rhs_batch.contains(a) && !d.rhs_contract.contains(a)).collect();
                        let csh: Vec<usize> = d.lhs_contract.iter().map(|&a| x.shape()[a]).collect();
                        let ccount: usize = csh.iter().product();
                        let nb = d.lhs_batch.len();
                        ArrayD::from_shape_fn(ix(&s.dims), |idx| {
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
                        })
                    }
                    Op::Reduce { kind, axes } => {
                        let mut a = inp(0).clone();
                        for &ax in axes.iter().rev() {
                            a = match kind {
                                ReduceKind::Sum => a.sum_axis(Axis(ax)),
                                ReduceKind::Max => a.fold_axis(Axis(ax), f64::NEG_INFINITY, |m, &v| m.max(v)),
                                ReduceKind::Min => a.fold_axis(Axis(ax), f64::INFINITY, |m, &v| m.min(v)),
                            };
                        }
                        a.mapv(|v| cast(v, dt))
                    }
                    Op::Concatenate { axis } => {
                        let parts: Vec<_> = node.inputs.iter().map(|&j| vals[j].as_ref().unwrap().t().view()).collect();
                        ndarray::concatenate(Axis(*axis), &parts)?
                    }
                    Op::Slice { start, limit, stride } => {
                        let info: Vec<SliceInfoElem> = (0..start.len())
                            .map(|k| SliceInfoElem::Slice {
                                start: start[k] as isize,
                                end: Some(limit[k] as isize),
                                step: stride[k] as isize,
                            })
                            .collect();
                        inp(0).slice(info.as_slice()).to_owned()
                    }
                    Op::Pad { low, high: _, interior } => {
                        let (x, pv) = (inp(0), inp(1).iter().next().copied().unwrap());
                        let mut out = ArrayD::from_elem(ix(&s.dims), pv);
                        for (idx, &v) in x.indexed_iter() {
                            let dst: Vec<usize> =
                                (0..x.ndim()).map(|k| (low[k] + idx[k] as i64 * (interior[k] + 1)) as usize).collect();
                            out[IxDyn(&dst)] = v;
                        }
                        out
                    }
                    Op::DynamicSlice { sizes } => {
                        let x = inp(0);
                        let start = clamped_start(x.shape(), sizes, &node.inputs[1..].iter().map(|&j| vals[j].as_ref().unwrap().t()[IxDyn(&[])]).collect::<Vec<_>>());
                        ArrayD::from_shape_fn(ix(sizes), |idx| {
                            let src: Vec<usize> = (0..start.len()).map(|k| idx[k] + start[k]).collect();
                            x[IxDyn(&src)]
                        })
                    }
                    Op::DynamicUpdateSlice => {
                        let (x, u) = (inp(0), inp(1));
                        let sizes: Vec<i64> = u.shape().iter().map(|&d| d as i64).collect();
                        let start = clamped_start(x.shape(), &sizes, &node.inputs[2..].iter().map(|&j| vals[j].as_ref().unwrap().t()[IxDyn(&[])]).collect::<Vec<_>>());
                        let mut out = x.clone();
                        for (idx, &v) in u.indexed_iter() {
                            let dst: Vec<usize> = (0..start.len()).map(|k| idx[k] + start[k]).collect();
                            out[IxDyn(&dst)] = v;
                        }
                        out
                    }
                    // Handled above, whatever their value type: listed so that a new op must be placed.
                    Op::Parameter { .. } | Op::GetTupleElement { .. } | Op::While { .. } | Op::StopGradient | Op::RngBitGenerator { .. } => {
                        bail!("interpret: {} reached the tensor arm", op.name())
                    }
                };
                Val::T(a)
            }
            (op, ValueType::Tuple(_)) => bail!("interpret: {} with a tuple type", op.name()),
        };
        vals[i] = Some(v);
    }
    Ok(f.outputs.iter().map(|&o| vals[o].as_ref().unwrap().t().clone()).collect())
}

/// The two u64 words of an RNG state. The interpreter holds values as f64, so a
/// state is only exact when it comes straight from a parameter below 2^53 or from
/// a previous rng_bit_generator; anything else is refused rather than rounded.
fn state_words(f: &Function, id: usize, state: &ArrayD<f64>) -> Result<[u64; 2]> {
    let v: Vec<f64> = state.iter().copied().collect();
    ensure!(v.iter().all(|&x| x < 9.0e15 && x.fract() == 0.0), "interpret: rng state {v:?} is not exactly representable (node #{id} of {})", f.name);
    Ok([v[0] as u64, v[1] as u64])
}

fn threefry2x32(key: [u32; 2], x: [u32; 2]) -> [u32; 2] {
    const ROT: [u32; 8] = [13, 15, 26, 6, 17, 29, 16, 24];
    let ks = [key[0], key[1], 0x1BD1_1BDA ^ key[0] ^ key[1]];
    let mut x = [x[0].wrapping_add(ks[0]), x[1].wrapping_add(ks[1])];
    for i in 0..5usize {
        for r in 0..4 {
            let rot = ROT[(i % 2) * 4 + r];
            x[0] = x[0].wrapping_add(x[1]);
            x[1] = x[1].rotate_left(rot) ^ x[0];
        }
        x[0] = x[0].wrapping_add(ks[(i + 1) % 3]);
        x[1] = x[1].wrapping_add(ks[(i + 2) % 3]).wrapping_add(i as u32 + 1);
    }
    x
}

/// XLA's THREE_FRY rng_bit_generator: word 0 of the state is the key, word 1 the
/// counter; each output takes counter + its row-major index through Threefry-2x32.
/// 32-bit outputs use both halves of a block, interleaved along the first even axis.
fn threefry_bits(state: [u64; 2], dtype: DType, dims: &[i64]) -> Result<([u64; 2], Vec<f64>)> {
    let key = [state[0] as u32, (state[0] >> 32) as u32];
    let block = |i: u64| {
        let c = state[1].wrapping_add(i);
        threefry2x32(key, [c as u32, (c >> 32) as u32])
    };
    let n: usize = dims.iter().map(|&d| d as usize).product();
    match dtype {
        DType::U64 => {
            let out = (0..n as u64).map(|i| {
                let [lo, hi] = block(i);
                (lo as u64 | (hi as u64) << 32) as f64
            });
            Ok(([state[0], state[1].wrapping_add(n as u64)], out.collect()))
        }
        DType::U32 => {
            if dims.is_empty() {
                return Ok(([state[0], state[1].wrapping_add(1)], vec![block(0)[0] as f64]));
            }
            let split = dims.iter().position(|&d| d % 2 == 0).unwrap_or_else(|| {
                (0..dims.len()).fold(0, |best, i| if dims[i] > dims[best] { i } else { best })
            });
            let mut half = dims.to_vec();
            half[split] = (dims[split] + 1) / 2;
            let half_n: usize = half.iter().map(|&d| d as usize).product();
            let mut out = vec![0.0; n];
            for (hi, o) in (0..half_n).map(|h| (h, block(h as u64))) {
                // Unravel the half index, then place its two words at 2i and 2i+1 along the split axis.
                let mut rem = hi;
                let mut idx = vec![0usize; dims.len()];
                for a in (0..dims.len()).rev() {
                    idx[a] = rem % half[a] as usize;
                    rem /= half[a] as usize;
                }
                for (j, w) in o.iter().enumerate() {
                    let mut full = idx.clone();
                    full[split] = 2 * idx[split] + j;
                    if full[split] as i64 >= dims[split] {
                        continue;
                    }
                    let lin = full.iter().zip(dims).fold(0usize, |acc, (&i, &d)| acc * d as usize + i);
                    out[lin] = *w as f64;
                }
            }
            Ok(([state[0], state[1].wrapping_add(half_n as u64)], out))
        }
        other => bail!("interpret: rng_bit_generator to {other} is not supported"),
    }
}

/// StableHLO clamps each start index so the window lies inside the operand.
fn clamped_start(dims: &[usize], sizes: &[i64], start: &[f64]) -> Vec<usize> {
    (0..dims.len()).map(|k| (start[k] as i64).clamp(0, dims[k] as i64 - sizes[k]) as usize).collect()
}

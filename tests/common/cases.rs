//! One small traced function per primitive outside the elementwise tables (tests walk those
//! tables themselves). tests/primitives.rs runs each case against the interpreter and checks
//! its gradient; tests/snapshots.rs keeps a golden lowering of each.

use anyhow::Result;
use xlavit::dtype::DType;
use xlavit::graph::{Builder, DotDims, ReduceKind, Tensor};

/// How a case's gradient is checked.
pub enum Grad {
    /// Against central finite differences with step `h`, to tolerance `tol`.
    FiniteDifferences { h: f64, tol: f64 },
    /// The primitive has no derivative: autodiff must refuse or give zero, for this reason.
    None(&'static str),
}

pub struct Case {
    pub name: &'static str,
    /// f64 inputs: dims and the range their random values come from.
    pub inputs: Vec<(&'static [i64], f64, f64)>,
    pub build: fn(&Builder, &[Tensor]) -> Result<Tensor>,
    pub grad: Grad,
}

const FD: Grad = Grad::FiniteDifferences { h: 1e-6, tol: 1e-6 };

fn s32(b: &Builder, v: f64) -> Tensor {
    b.scalar(v, DType::S32)
}

pub fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "constant",
            inputs: vec![(&[2, 3], -2.0, 2.0)],
            build: |b, x| {
                let c: Vec<u8> = [0.5f64, -1.0, 2.0, 3.0, 4.0, 5.0].iter().flat_map(|v| v.to_le_bytes()).collect();
                x[0].mul(&b.constant(DType::F64, &[2, 3], c)?)
            },
            grad: FD,
        },
        Case { name: "iota", inputs: vec![(&[2, 3], -2.0, 2.0)], build: |b, x| x[0].mul(&b.iota(DType::F64, &[2, 3], 1)?), grad: FD },
        // The comparison itself passes no gradient; the step it makes is flat almost everywhere.
        Case {
            name: "compare",
            inputs: vec![(&[2, 3], -2.0, 2.0), (&[2, 3], -2.0, 2.0)],
            build: |_, x| x[0].gt(&x[1])?.convert(DType::F64)?.add(&x[0]),
            grad: FD,
        },
        Case {
            name: "select",
            inputs: vec![(&[2, 3], -2.0, 2.0), (&[2, 3], -2.0, 2.0)],
            build: |_, x| x[0].gt(&x[1])?.select(&x[0], &x[1].mul_scalar(2.0)?),
            grad: FD,
        },
        // Through f32 and back: a wide step, since f32 rounding is ~1e-7.
        Case {
            name: "convert",
            inputs: vec![(&[2, 3], 1.0, 2.0)],
            build: |_, x| x[0].convert(DType::F32)?.convert(DType::F64),
            grad: Grad::FiniteDifferences { h: 1e-2, tol: 1e-4 },
        },
        Case {
            name: "bitcast_convert",
            inputs: vec![(&[2, 3], -2.0, 2.0)],
            build: |_, x| x[0].bitcast_convert(DType::S64)?.bitcast_convert(DType::F64),
            grad: Grad::None("reinterpreting bits has no derivative"),
        },
        Case { name: "broadcast_in_dim", inputs: vec![(&[3], -2.0, 2.0)], build: |_, x| x[0].broadcast_in_dim(&[2, 3], &[1]), grad: FD },
        Case { name: "reshape", inputs: vec![(&[2, 3], -2.0, 2.0)], build: |_, x| x[0].reshape(&[3, 2]), grad: FD },
        Case { name: "transpose", inputs: vec![(&[2, 3], -2.0, 2.0)], build: |_, x| x[0].transpose(&[1, 0]), grad: FD },
        Case { name: "reverse", inputs: vec![(&[2, 3, 4], -2.0, 2.0)], build: |_, x| x[0].reverse(&[2, 0]), grad: FD },
        Case {
            name: "concatenate",
            inputs: vec![(&[2, 3], -2.0, 2.0), (&[1, 3], -2.0, 2.0)],
            build: |b, x| b.concatenate(&[x[0].clone(), x[1].clone()], 0),
            grad: FD,
        },
        Case { name: "slice", inputs: vec![(&[4, 5], -2.0, 2.0)], build: |_, x| x[0].slice(&[1, 0], &[4, 5], &[2, 2]), grad: FD },
        Case {
            name: "pad",
            inputs: vec![(&[2, 3], -2.0, 2.0), (&[], -2.0, 2.0)],
            build: |_, x| x[0].pad(&x[1], &[1, 0], &[0, 2], &[1, 0]),
            grad: FD,
        },
        // A start of 5 is clamped to 2 so the window fits.
        Case {
            name: "dynamic_slice",
            inputs: vec![(&[4, 4], -2.0, 2.0)],
            build: |b, x| x[0].dynamic_slice(&[s32(b, 1.0), s32(b, 5.0)], &[2, 2]),
            grad: FD,
        },
        Case {
            name: "dynamic_update_slice",
            inputs: vec![(&[4, 4], -2.0, 2.0), (&[2, 2], -2.0, 2.0)],
            build: |b, x| x[0].dynamic_update_slice(&x[1], &[s32(b, 3.0), s32(b, 1.0)]),
            grad: FD,
        },
        Case {
            name: "take",
            inputs: vec![(&[4, 3], -2.0, 2.0)],
            // A repeated row (its cotangents add up) and two indices clamped into range.
            build: |b, x| x[0].take(&b.constant(DType::S32, &[5], [2i32, 0, 2, 7, -1].iter().flat_map(|v| v.to_le_bytes()).collect())?),
            grad: FD,
        },
        Case {
            name: "dot_general",
            inputs: vec![(&[2, 3, 4], -2.0, 2.0), (&[2, 4, 5], -2.0, 2.0)],
            build: |_, x| x[0].dot_general(&x[1], &DotDims { lhs_batch: vec![0], rhs_batch: vec![0], lhs_contract: vec![2], rhs_contract: vec![1], ..Default::default() }),
            grad: FD,
        },
        Case {
            name: "reduce",
            inputs: vec![(&[2, 3, 4], -2.0, 2.0)],
            build: |_, x| {
                let (a, m) = (x[0].sum(&[0, 2])?, x[0].reduce(ReduceKind::Max, &[0, 2])?);
                a.add(&m)?.add(&x[0].reduce(ReduceKind::Min, &[0, 2])?)
            },
            grad: FD,
        },
        // Both outputs are used: the values carry the gradient, the indices carry none. The
        // middle axis of three, so the kept axes sit on both sides of it.
        Case {
            name: "argmax",
            inputs: vec![(&[2, 3, 4], -2.0, 2.0)],
            build: |_, x| {
                let (values, index) = x[0].argmax(1)?;
                values.add(&index.convert(DType::F64)?)
            },
            grad: FD,
        },
        Case {
            name: "while",
            inputs: vec![(&[3], -2.0, 2.0)],
            build: |b, x| {
                let out = b.while_loop(
                    &[s32(b, 0.0), x[0].clone()],
                    |cb, s| s[0].lt(&cb.scalar(3.0, DType::S32)),
                    |_, s| Ok(vec![s[0].add_scalar(1.0)?, s[1].mul(&s[1])?.mul_scalar(0.5)?]),
                )?;
                Ok(out[1].clone())
            },
            grad: Grad::None("gradients through loops are not supported"),
        },
        Case {
            name: "stop_gradient",
            inputs: vec![(&[2, 3], -2.0, 2.0)],
            build: |_, x| x[0].stop_gradient(),
            grad: Grad::None("stop_gradient's derivative is zero by definition"),
        },
        // softmax is a composite that carries its own gradient rule: the check covers the rule.
        Case {
            name: "custom_gradient",
            inputs: vec![(&[2, 5], -2.0, 2.0)],
            build: |_, x| x[0].softmax(1),
            grad: FD,
        },
        // The bits don't depend on x; the sum makes the case differentiable end to end.
        Case {
            name: "rng_bit_generator",
            inputs: vec![(&[2, 3], -2.0, 2.0)],
            build: |b, x| {
                let state = b.constant(DType::U64, &[2], [7u64, 3].iter().flat_map(|v| v.to_le_bytes()).collect())?;
                let (_, bits) = b.rng_bit_generator(&state, DType::U32, &[2, 3])?;
                bits.convert(DType::F64)?.mul_scalar(1e-9)?.add(&x[0])
            },
            grad: FD,
        },
    ]
}

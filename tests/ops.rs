//! Differential tests: every primitive compiled and run through the CPU
//! plugin, compared with the host interpreter on random inputs of several shapes.

// Inputs are cloned into fresh slices on purpose: each case owns its own.
#![allow(clippy::cloned_ref_to_slice_refs)]

mod common;

use anyhow::Result;
use common::*;
use xlavit::dtype::DType;
use xlavit::graph::primitives::elementwise::{BINARY, UNARY};
use xlavit::graph::{Builder, CompareDir, DotDims, Tensor};
use xlavit::host::HostTensor;
use xlavit::interpret;

const SHAPES: [&[i64]; 4] = [&[], &[7], &[3, 4], &[2, 3, 5]];

/// Builds a function of `inputs`' shapes with `op`, runs it on the plugin and the interpreter.
fn check(name: &str, inputs: &[HostTensor], rtol: f64, op: impl Fn(&Builder, &[Tensor]) -> Result<Tensor>) {
    let b = Builder::new(name);
    let params: Vec<Tensor> =
        inputs.iter().enumerate().map(|(i, h)| b.parameter(&format!("x{i}"), h.dtype, &h.dims).unwrap()).collect();
    let out = op(&b, &params).unwrap_or_else(|e| panic!("{name}: trace failed: {e:#}"));
    let f = b.finish(&[("out", &out)]).unwrap();
    let client = client();
    let got = run(&client, &f, inputs).unwrap_or_else(|e| panic!("{name}: {e:#}\n{}", xlavit::emit::stablehlo(&f).unwrap()));
    let want = interpret::run(&f, inputs).unwrap();
    assert_close(&format!("{name} on {:?}", inputs.iter().map(|h| h.dims.clone()).collect::<Vec<_>>()), &got[0], &want[0], rtol, 1e-6);
}

/// Float element types an elementwise rule takes (the integer and logical ones have
/// `integer_and_bit_ops`; every type of every rule is tests/primitives.rs's).
fn floats(dtypes: fn(DType) -> bool) -> Vec<DType> {
    [DType::F32, DType::F64].into_iter().filter(|&d| dtypes(d)).collect()
}

#[test]
fn every_unary_op_over_shapes() {
    let mut r = rng(1);
    for rule in &UNARY {
        let (lo, hi) = domain(rule.name, DType::F64);
        for dt in floats(rule.dtypes) {
            for dims in SHAPES {
                let x = random(&mut r, dt, dims, lo, hi);
                check(rule.name, &[x], 1e-5, |_, p| p[0].unary(rule.op));
            }
        }
    }
}

#[test]
fn every_binary_op_over_shapes_and_broadcast() {
    let mut r = rng(2);
    for rule in &BINARY {
        let (lo, hi) = domain(rule.name, DType::F64);
        for dt in floats(rule.dtypes) {
            for dims in SHAPES {
                let (a, b) = (random(&mut r, dt, dims, lo, hi), random(&mut r, dt, dims, lo, hi));
                check(rule.name, &[a, b], 1e-6, |_, p| p[0].binary(rule.op, &p[1]));
            }
            // numpy-style broadcasting on top of the strict primitive
            let (a, b) = (random(&mut r, dt, &[3, 1], lo, hi), random(&mut r, dt, &[4], lo, hi));
            check(rule.name, &[a, b], 1e-6, |_, p| {
                let (x, y) = p[0].broadcast_pair(&p[1], rule.name)?;
                x.binary(rule.op, &y)
            });
        }
    }
}

#[test]
fn integer_and_bit_ops() {
    let mut r = rng(3);
    for dims in [&[5][..], &[2, 3]] {
        let a = random(&mut r, DType::U32, dims, 0.0, 4e9);
        let b = random(&mut r, DType::U32, dims, 0.0, 4e9);
        let s = random(&mut r, DType::U32, dims, 0.0, 31.0);
        check("and", &[a.clone(), b.clone()], 0.0, |_, p| p[0].and(&p[1]));
        check("or", &[a.clone(), b.clone()], 0.0, |_, p| p[0].or(&p[1]));
        check("xor", &[a.clone(), b.clone()], 0.0, |_, p| p[0].xor(&p[1]));
        check("shift_left", &[a.clone(), s.clone()], 0.0, |_, p| p[0].shift_left(&p[1]));
        check("shift_right_logical", &[a.clone(), s.clone()], 0.0, |_, p| p[0].shift_right_logical(&p[1]));
        check("not_u32", &[a.clone()], 0.0, |_, p| p[0].not());
        let i = random(&mut r, DType::S32, dims, -100.0, 100.0);
        let j = random(&mut r, DType::S32, dims, 1.0, 9.0);
        check("add_s32", &[i.clone(), j.clone()], 0.0, |_, p| p[0].add(&p[1]));
        check("mul_s32", &[i.clone(), j.clone()], 0.0, |_, p| p[0].mul(&p[1]));
        check("div_s32", &[i.clone(), j.clone()], 0.0, |_, p| p[0].div(&p[1]));
        check("rem_s32", &[i.clone(), j.clone()], 0.0, |_, p| p[0].rem(&p[1]));
        check("max_s32", &[i.clone(), j.clone()], 0.0, |_, p| p[0].max(&p[1]));
        check("neg_s32", &[i.clone()], 0.0, |_, p| p[0].neg());
    }
}

#[test]
fn compare_and_select() {
    let mut r = rng(4);
    for dims in SHAPES {
        let a = random(&mut r, DType::F32, dims, -2.0, 2.0);
        // Half of b equals a so EQ/LE/GE see ties.
        let mut bv = random(&mut r, DType::F32, dims, -2.0, 2.0).to_f32().unwrap();
        let av = a.to_f32().unwrap();
        for k in (0..bv.len()).step_by(2) {
            bv[k] = av[k];
        }
        let b = HostTensor::from_f32(dims, &bv).unwrap();
        for dir in [CompareDir::Eq, CompareDir::Ne, CompareDir::Lt, CompareDir::Le, CompareDir::Gt, CompareDir::Ge] {
            check(&format!("compare_{dir:?}"), &[a.clone(), b.clone()], 0.0, |_, p| p[0].compare(dir, &p[1]));
        }
        check("select", &[a.clone(), b.clone()], 0.0, |_, p| p[0].gt(&p[1])?.select(&p[0], &p[1]));
        check("not_pred", &[a.clone(), b.clone()], 0.0, |_, p| p[0].gt(&p[1])?.not());
        let ai = random(&mut r, DType::S32, dims, -5.0, 5.0);
        let bi = random(&mut r, DType::S32, dims, -5.0, 5.0);
        check("compare_s32", &[ai, bi], 0.0, |_, p| p[0].lt(&p[1]));
        let au = random(&mut r, DType::U32, dims, 0.0, 4e9);
        let bu = random(&mut r, DType::U32, dims, 0.0, 4e9);
        check("compare_u32", &[au, bu], 0.0, |_, p| p[0].lt(&p[1]));
    }
}

#[test]
fn conversions() {
    let mut r = rng(5);
    for dims in SHAPES {
        let x = random(&mut r, DType::F32, dims, -100.0, 100.0);
        check("f32_to_s32", &[x.clone()], 0.0, |_, p| p[0].convert(DType::S32));
        check("f32_to_bf16_to_f32", &[x.clone()], 0.0, |_, p| p[0].convert(DType::BF16)?.convert(DType::F32));
        check("f32_to_f16_to_f32", &[x.clone()], 0.0, |_, p| p[0].convert(DType::F16)?.convert(DType::F32));
        check("f32_to_f64", &[x.clone()], 0.0, |_, p| p[0].convert(DType::F64));
        check("f32_to_pred", &[x.clone()], 0.0, |_, p| p[0].floor()?.convert(DType::Pred));
        check("bitcast_f32_u32", &[x.clone()], 0.0, |_, p| p[0].bitcast_convert(DType::U32));
        let u = random(&mut r, DType::U8, dims, 0.0, 256.0);
        check("u8_to_f32", &[u.clone()], 0.0, |_, p| p[0].convert(DType::F32));
        check("u8_to_s32", &[u.clone()], 0.0, |_, p| p[0].convert(DType::S32));
        check("u8_to_u32_to_u8", &[u], 0.0, |_, p| p[0].convert(DType::U32)?.convert(DType::U8));
        let i = random(&mut r, DType::S32, dims, -1000.0, 1000.0);
        check("s32_to_f32", &[i.clone()], 0.0, |_, p| p[0].convert(DType::F32));
        check("s32_to_pred_to_f32", &[i], 0.0, |_, p| p[0].convert(DType::Pred)?.convert(DType::F32));
    }
}

#[test]
fn shape_ops() {
    let mut r = rng(6);
    let x = random(&mut r, DType::F32, &[2, 3, 4], -1.0, 1.0);
    check("reshape", &[x.clone()], 0.0, |_, p| p[0].reshape(&[6, 4]));
    check("reshape_flat", &[x.clone()], 0.0, |_, p| p[0].reshape(&[24]));
    for perm in [[0, 2, 1], [2, 0, 1], [1, 2, 0], [2, 1, 0]] {
        check("transpose", &[x.clone()], 0.0, |_, p| p[0].transpose(&perm));
    }
    let v = random(&mut r, DType::F32, &[3], -1.0, 1.0);
    check("broadcast_in_dim_middle", &[v.clone()], 0.0, |_, p| p[0].broadcast_in_dim(&[2, 3, 4], &[1]));
    check("broadcast_scalar", &[HostTensor::scalar_f32(1.5)], 0.0, |_, p| p[0].broadcast_in_dim(&[2, 2], &[]));
    let c = random(&mut r, DType::F32, &[3, 1], -1.0, 1.0);
    check("broadcast_stretch", &[c], 0.0, |_, p| p[0].broadcast_in_dim(&[3, 5], &[0, 1]));
    check("slice", &[x.clone()], 0.0, |_, p| p[0].slice(&[0, 1, 0], &[2, 3, 4], &[1, 1, 2]));
    check("slice_strided", &[x.clone()], 0.0, |_, p| p[0].slice(&[1, 0, 1], &[2, 3, 4], &[1, 2, 2]));
    check("pad", &[x.clone()], 0.0, |b, p| p[0].pad(&b.scalar(-7.0, DType::F32), &[0, 1, 2], &[1, 0, 3], &[0, 0, 0]));
    check("pad_interior", &[x.clone()], 0.0, |b, p| p[0].pad(&b.scalar(0.5, DType::F32), &[1, 0, 0], &[0, 2, 1], &[1, 2, 1]));
    let y = random(&mut r, DType::F32, &[2, 5, 4], -1.0, 1.0);
    check("concatenate", &[x.clone(), y], 0.0, |b, p| b.concatenate(&[p[0].clone(), p[1].clone(), p[0].clone()], 1));
    check("iota_s32", &[], 0.0, |b, _| b.iota(DType::S32, &[3, 4], 1));
    check("iota_f32", &[], 0.0, |b, _| b.iota(DType::F32, &[3, 4, 2], 0));
    check("constant_dense", &[], 0.0, |b, _| b.constant_f32(&[2, 2], &[1.0, -2.5, 1e-7, 3.25]));
    check("constant_special", &[], 0.0, |b, _| {
        let inf = b.scalar(f64::INFINITY, DType::F32).broadcast_in_dim(&[2], &[])?;
        inf.neg()?.max(&b.full(0.1, DType::F32, &[2])?)
    });
}

#[test]
fn dot_general() {
    let mut r = rng(7);
    let a = random(&mut r, DType::F32, &[3, 4], -1.0, 1.0);
    let b = random(&mut r, DType::F32, &[4, 5], -1.0, 1.0);
    check("matmul", &[a.clone(), b.clone()], 1e-6, |_, p| p[0].matmul(&p[1]));
    let a = random(&mut r, DType::F32, &[2, 3, 4], -1.0, 1.0);
    let b = random(&mut r, DType::F32, &[2, 4, 5], -1.0, 1.0);
    check("batched_matmul", &[a.clone(), b.clone()], 1e-6, |_, p| p[0].matmul(&p[1]));
    // batch axis not leading, two contracting axes in swapped order
    let a = random(&mut r, DType::F64, &[4, 2, 3, 5], -1.0, 1.0);
    let b = random(&mut r, DType::F64, &[5, 6, 2, 4], -1.0, 1.0);
    let d = DotDims { lhs_batch: vec![1], rhs_batch: vec![2], lhs_contract: vec![3, 0], rhs_contract: vec![0, 3], ..Default::default() };
    check("dot_general_mixed", &[a, b], 1e-12, |_, p| p[0].dot_general(&p[1], &d));
    // outer product: nothing contracted
    let a = random(&mut r, DType::F32, &[3], -1.0, 1.0);
    let b = random(&mut r, DType::F32, &[2], -1.0, 1.0);
    check("outer", &[a, b], 1e-6, |_, p| p[0].dot_general(&p[1], &DotDims::default()));
}

#[test]
fn reductions() {
    let mut r = rng(8);
    let x = random(&mut r, DType::F32, &[2, 3, 4], -1.0, 1.0);
    for axes in [&[0][..], &[1], &[2], &[0, 2], &[1, 2], &[0, 1, 2]] {
        check("sum", &[x.clone()], 1e-6, |_, p| p[0].sum(axes));
        check("max", &[x.clone()], 0.0, |_, p| p[0].reduce_max(axes));
        check("min", &[x.clone()], 0.0, |_, p| p[0].reduce(xlavit::graph::ReduceKind::Min, axes));
    }
    let i = random(&mut r, DType::S32, &[3, 4], -50.0, 50.0);
    check("sum_s32", &[i.clone()], 0.0, |_, p| p[0].sum(&[1]));
    check("max_s32", &[i], 0.0, |_, p| p[0].reduce_max(&[0]));
    check("softmax", &[x.clone()], 1e-6, |_, p| p[0].softmax(2));
    check("log_softmax", &[x], 1e-5, |_, p| p[0].log_softmax(1));
}

#[test]
fn while_loop_runs_in_the_program() {
    let mut r = rng(9);
    let x = random(&mut r, DType::F32, &[3], -1.0, 1.0);
    // x <- 0.5 * x + 1, ten times
    check("while", &[x], 1e-6, |b, p| {
        let i0 = b.scalar(0.0, DType::S32);
        let out = b.while_loop(
            &[i0, p[0].clone()],
            |_, s| s[0].lt(&s[0].scalar_like(10.0)),
            |_, s| Ok(vec![s[0].add_scalar(1.0)?, s[1].mul_scalar(0.5)?.add_scalar(1.0)?]),
        )?;
        Ok(out[1].clone())
    });
}

#[test]
fn while_body_may_not_capture_outer_values() {
    let b = Builder::new("capture");
    let x = b.parameter("x", DType::F32, &[2]).unwrap();
    let i0 = b.scalar(0.0, DType::S32);
    let err = b
        .while_loop(&[i0], |_, s| s[0].lt(&s[0].scalar_like(3.0)), |_, s| Ok(vec![s[0].add(&x.convert(DType::S32)?.sum(&[0])?)?]))
        .unwrap_err();
    assert!(format!("{err:#}").contains("different traced functions"), "{err:#}");
}

#[test]
fn rng_bit_generator_is_deterministic_and_uniform() {
    let b = Builder::new("rng");
    let key = b.parameter("key", DType::U64, &[2]).unwrap();
    let (next, u) = b.rng_uniform(&key, DType::F32, &[100, 100]).unwrap();
    let (_, bits) = b.rng_bit_generator(&next, DType::U32, &[4]).unwrap();
    let f = b.finish(&[("next", &next), ("u", &u), ("bits", &bits)]).unwrap();
    let client = client();
    let k1 = HostTensor::from_u64(&[2], &[1, 2]).unwrap();
    let k2 = HostTensor::from_u64(&[2], &[1, 3]).unwrap();
    let a = run(&client, &f, &[k1.clone()]).unwrap();
    let a2 = run(&client, &f, &[k1.clone()]).unwrap();
    let c = run(&client, &f, &[k2]).unwrap();
    assert_eq!(a, a2, "same key, same bits");
    assert_ne!(a[1], c[1], "different keys, different bits");
    assert_ne!(a[0], k1, "the state advances");
    let u = a[1].to_f32().unwrap();
    assert!(u.iter().all(|&v| (0.0..1.0).contains(&v)));
    let mean = u.iter().map(|&v| v as f64).sum::<f64>() / u.len() as f64;
    let var = u.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / u.len() as f64;
    assert!((mean - 0.5).abs() < 0.01, "mean {mean}");
    assert!((var - 1.0 / 12.0).abs() < 0.005, "variance {var}");
}

#[test]
fn shape_errors_name_the_op_and_shapes() {
    let b = Builder::new("errors");
    let x = b.parameter("x", DType::F32, &[2, 3]).unwrap();
    let y = b.parameter("y", DType::F32, &[4, 5]).unwrap();
    let e = format!("{:#}", x.add(&y).unwrap_err());
    assert!(e.contains("add") && e.contains("f32[2, 3]") && e.contains("f32[4, 5]"), "{e}");
    let e = format!("{:#}", x.matmul(&y).unwrap_err());
    assert!(e.contains("dot_general") && e.contains("f32[2, 3]"), "{e}");
    let e = format!("{:#}", x.reshape(&[7]).unwrap_err());
    assert!(e.contains("reshape") && e.contains("element counts"), "{e}");
    let e = format!("{:#}", x.transpose(&[0, 0]).unwrap_err());
    assert!(e.contains("transpose"), "{e}");
    let v = b.parameter("v", DType::F32, &[2, 3]).unwrap();
    let e = format!("{:#}", v.broadcast_in_dim(&[3, 2], &[1, 0]).unwrap_err());
    assert!(e.contains("increasing"), "{e}");
    let i = b.parameter("i", DType::S32, &[2, 3]).unwrap();
    let e = format!("{:#}", x.add(&i).unwrap_err());
    assert!(e.contains("dtypes differ"), "{e}");
}

#[test]
fn rng_bit_generator_matches_the_host_threefry() {
    for (dt, dims) in [(DType::U64, &[5][..]), (DType::U32, &[4, 3]), (DType::U32, &[3, 5]), (DType::U32, &[7]), (DType::U32, &[])] {
        for key in [[0u64, 0], [42, 7], [0x1234_5678_9abc, 1 << 40]] {
            let b = Builder::new("rng_ref");
            let s = b.parameter("s", DType::U64, &[2]).unwrap();
            let (next, bits) = b.rng_bit_generator(&s, dt, dims).unwrap();
            let f = b.finish(&[("next", &next), ("bits", &bits)]).unwrap();
            let input = [HostTensor::from_u64(&[2], &key).unwrap()];
            let got = run(&client(), &f, &input).unwrap();
            let want = interpret::run(&f, &input).unwrap();
            assert_eq!(got[0], want[0], "state after {dt} {dims:?} from {key:?}");
            assert_eq!(got[1].to_f64_lossy().unwrap(), want[1].to_f64_lossy().unwrap(), "bits {dt} {dims:?} from {key:?}");
        }
    }
}

#[test]
fn dot_precision_reaches_every_dot_including_the_backward_pass() {
    let b = Builder::new("precision");
    b.set_dot_precision(xlavit::graph::DotPrecision::Highest);
    let x = b.parameter("x", DType::F32, &[3, 4]).unwrap();
    let w = b.parameter("w", DType::F32, &[4, 2]).unwrap();
    let y = x.matmul(&w).unwrap().sum_all().unwrap();
    let g = xlavit::autodiff::grad(&y, &[x.clone(), w.clone()]).unwrap();
    let f = b.finish(&[("y", &y), ("dx", &g[0]), ("dw", &g[1])]).unwrap();
    let text = xlavit::emit::stablehlo(&f).unwrap();
    assert_eq!(text.matches("stablehlo.dot_general").count(), 3);
    assert_eq!(text.matches("#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>").count(), 3, "{text}");
    let mut r = rng(12);
    let inputs = [random(&mut r, DType::F32, &[3, 4], -1.0, 1.0), random(&mut r, DType::F32, &[4, 2], -1.0, 1.0)];
    let got = run(&client(), &f, &inputs).unwrap();
    let want = interpret::run(&f, &inputs).unwrap();
    for (g, w) in got.iter().zip(&want) {
        assert_close("precision HIGHEST", g, w, 1e-6, 1e-6);
    }
}

/// bf16 operands with an f32 result (mixed precision): the plugin accumulates as the
/// interpreter does (in wide precision, rounding once), and the VJP hands back bf16
/// cotangents for bf16 operands.
#[test]
fn mixed_precision_dot_accumulates_in_f32_and_differentiates_in_bf16() {
    let b = Builder::new("mixed_dot");
    let x = b.parameter("x", DType::BF16, &[3, 64]).unwrap();
    let w = b.parameter("w", DType::BF16, &[64, 5]).unwrap();
    let dims = xlavit::graph::DotDims { lhs_contract: vec![1], rhs_contract: vec![0], ..Default::default() };
    let y = x.dot_general_to(&w, &dims, DType::F32).unwrap();
    assert_eq!(y.dtype(), DType::F32);
    let loss = y.square().unwrap().sum_all().unwrap();
    let g = xlavit::autodiff::grad(&loss, &[x.clone(), w.clone()]).unwrap();
    assert_eq!((g[0].dtype(), g[1].dtype()), (DType::BF16, DType::BF16));
    let f = b.finish(&[("y", &y), ("dx", &g[0]), ("dw", &g[1])]).unwrap();
    let text = xlavit::emit::stablehlo(&f).unwrap();
    assert!(text.contains("(tensor<3x64xbf16>, tensor<64x5xbf16>) -> tensor<3x5xf32>"), "{text}");
    let mut r = rng(21);
    let inputs = [random(&mut r, DType::BF16, &[3, 64], -1.0, 1.0), random(&mut r, DType::BF16, &[64, 5], -1.0, 1.0)];
    let got = run(&client(), &f, &inputs).unwrap();
    let want = interpret::run(&f, &inputs).unwrap();
    // A sum of 64 bf16 products rounded to bf16 would be off by ~1e-2; accumulated in f32 it
    // agrees with the interpreter's f64 sum to f32 rounding.
    assert_close("y", &got[0], &want[0], 1e-6, 1e-6);
    // The cotangents are bf16 values: one bf16 rounding apart at most.
    assert_close("dx", &got[1], &want[1], 1e-2, 1e-2);
    assert_close("dw", &got[2], &want[2], 1e-2, 1e-2);
}

#[test]
fn dynamic_slice_and_update_with_clamping() {
    let mut r = rng(13);
    let x = random(&mut r, DType::F32, &[4, 5, 3], -1.0, 1.0);
    let u = random(&mut r, DType::F32, &[2, 2, 3], -1.0, 1.0);
    // In range, and past the end (clamped back so the window fits).
    for (i, j) in [(1, 2), (3, 9), (-2, 0)] {
        let idx = [HostTensor::scalar_i32(i), HostTensor::scalar_i32(j)];
        let mut inputs = vec![x.clone()];
        inputs.extend(idx.iter().cloned());
        check("dynamic_slice", &inputs, 0.0, |b, p| p[0].dynamic_slice(&[p[1].clone(), p[2].clone(), b.scalar(0.0, DType::S32)], &[2, 3, 3]));
        let mut inputs = vec![x.clone(), u.clone()];
        inputs.extend(idx.iter().cloned());
        check("dynamic_update_slice", &inputs, 0.0, |b, p| {
            p[0].dynamic_update_slice(&p[1], &[p[2].clone(), p[3].clone(), b.scalar(0.0, DType::S32)])
        });
    }
}

#[test]
fn consecutive_steps_draw_unrelated_augmentation_randomness() {
    let b = Builder::new("steps");
    let key = b.parameter("key", DType::U64, &[2]).unwrap();
    let s0 = b.parameter("s0", DType::S32, &[]).unwrap();
    let s1 = s0.add_scalar(1.0).unwrap();
    let (_, u0) = b.rng_bit_generator(&xlavit::augment::step_state(&key, &s0).unwrap(), DType::U32, &[64]).unwrap();
    let (_, u1) = b.rng_bit_generator(&xlavit::augment::step_state(&key, &s1).unwrap(), DType::U32, &[64]).unwrap();
    let f = b.finish(&[("u0", &u0), ("u1", &u1)]).unwrap();
    let out = run(&client(), &f, &[HostTensor::from_u64(&[2], &[5, 0]).unwrap(), HostTensor::scalar_i32(10)]).unwrap();
    let (a, c) = (out[0].to_u32().unwrap(), out[1].to_u32().unwrap());
    for shift in 0..4 {
        let same = a[shift..].iter().zip(&c).filter(|(p, q)| p == q).count() + c[shift..].iter().zip(&a).filter(|(p, q)| p == q).count();
        assert!(same < 4, "step t+1 repeats step t's bits shifted by {shift}");
    }
}

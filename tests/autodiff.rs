//! Every VJP rule against central finite differences in f64, through the
//! real compiler: the program returns f(x) = sum(w * op(x)) and its gradient;
//! the same executable evaluated at x +- h e_i gives the finite difference.

// Inputs are cloned into fresh slices on purpose: each case owns its own.
#![allow(clippy::cloned_ref_to_slice_refs)]

mod common;


use common::*;
use xlavit::dtype::DType;
use xlavit::graph::primitives::elementwise::{BINARY, UNARY};
use xlavit::graph::{Builder, DotDims};
use xlavit::host::HostTensor;

/// Whether an elementwise rule has a derivative to check (logical and bitwise ones refuse).
fn smooth(dtypes: fn(DType) -> bool, refuses: bool) -> bool {
    dtypes(DType::F64) && !refuses
}

#[test]
fn every_unary_rule_over_shapes() {
    for rule in &UNARY {
        let refuses = { let b = Builder::new("probe"); let t = b.parameter("t", DType::F64, &[]).unwrap(); (rule.vjp)(&t, &t, &t).is_err() };
        if !smooth(rule.dtypes, refuses) {
            continue;
        }
        let (lo, hi) = domain(rule.name, DType::F64);
        for s in [&[][..], &[5], &[2, 3]] {
            check_grad(rule.name, &[s], lo, hi, |_, x| x[0].unary(rule.op));
        }
    }
    // abs on the other side of its kink.
    check_grad("abs_neg", &[&[5]], -2.0, -0.2, |_, x| x[0].abs());
}

#[test]
fn every_binary_rule_with_broadcasting() {
    for rule in &BINARY {
        let refuses = { let b = Builder::new("probe"); let t = b.parameter("t", DType::F64, &[]).unwrap(); (rule.vjp)(&t, &t, &t, &t).is_err() };
        if !smooth(rule.dtypes, refuses) {
            continue;
        }
        let (lo, hi) = domain(rule.name, DType::F64);
        // Broadcasting (numpy's, on top of the strict primitive) sums the cotangent back.
        for (a, b) in [(&[4][..], &[4][..]), (&[2, 3], &[2, 3]), (&[3, 1], &[4]), (&[2, 3], &[])] {
            let strict = rule.op;
            check_grad(rule.name, &[a, b], lo, hi, |_, x| {
                let (p, q) = x[0].broadcast_pair(&x[1], rule.name)?;
                p.binary(strict, &q)
            });
        }
    }
    // rem away from its jumps' neighbourhood of 1: the quotient is more than one.
    check_grad("rem_wide", &[&[2, 3], &[2, 3]], 0.5, 2.0, |_, x| x[0].mul_scalar(3.0)?.rem(&x[1]));
}

#[test]
fn select_convert_rules() {
    check_grad("select", &[&[2, 3], &[2, 3]], -2.0, 2.0, |_, x| x[0].gt(&x[1])?.select(&x[0].exp()?, &x[1].sin()?));
    check_grad("floor_blocks", &[&[5]], -2.0, 2.0, |_, x| x[0].floor()?.add(&x[0]));
}

#[test]
fn shape_rules() {
    check_grad("reshape", &[&[2, 6]], -1.0, 1.0, |_, x| x[0].reshape(&[3, 2, 2])?.exp());
    check_grad("transpose", &[&[2, 3, 4]], -1.0, 1.0, |_, x| x[0].transpose(&[2, 0, 1])?.sin());
    check_grad("broadcast_in_dim", &[&[3]], -1.0, 1.0, |_, x| x[0].broadcast_in_dim(&[2, 3, 4], &[1])?.sin());
    check_grad("broadcast_stretch", &[&[3, 1]], -1.0, 1.0, |_, x| x[0].broadcast_in_dim(&[3, 5], &[0, 1])?.sin());
    check_grad("slice", &[&[4, 6]], -1.0, 1.0, |_, x| x[0].slice(&[1, 0], &[4, 5], &[2, 2])?.exp());
    check_grad("pad", &[&[2, 3], &[]], -1.0, 1.0, |_, x| x[0].pad(&x[1], &[1, 0], &[0, 2], &[1, 1])?.exp());
    check_grad("concatenate", &[&[2, 3], &[2, 1]], -1.0, 1.0, |b, x| b.concatenate(&[x[0].clone(), x[1].clone(), x[0].clone()], 1)?.sin());
}

#[test]
fn dot_general_rules() {
    check_grad("matmul", &[&[3, 4], &[4, 2]], -1.0, 1.0, |_, x| x[0].matmul(&x[1]));
    check_grad("batched_matmul", &[&[2, 3, 4], &[2, 4, 2]], -1.0, 1.0, |_, x| x[0].matmul(&x[1]));
    let d = DotDims { lhs_batch: vec![1], rhs_batch: vec![2], lhs_contract: vec![3, 0], rhs_contract: vec![0, 3], ..Default::default() };
    check_grad("dot_general_mixed", &[&[2, 2, 3, 3], &[3, 2, 2, 2]], -1.0, 1.0, |_, x| x[0].dot_general(&x[1], &d));
    check_grad("outer", &[&[3], &[2]], -1.0, 1.0, |_, x| x[0].dot_general(&x[1], &DotDims::default()));
    check_grad("dot_same_operand", &[&[3, 3]], -1.0, 1.0, |_, x| x[0].matmul(&x[0]));
}

#[test]
fn reduce_rules_over_several_axes() {
    for axes in [&[0][..], &[1], &[0, 2], &[0, 1, 2]] {
        check_grad("sum", &[&[2, 3, 4]], -1.0, 1.0, |_, x| x[0].sum(axes)?.sin());
        check_grad("reduce_max", &[&[2, 3, 4]], -1.0, 1.0, |_, x| x[0].reduce_max(axes));
        check_grad("reduce_min", &[&[2, 3, 4]], -1.0, 1.0, |_, x| x[0].reduce(xlavit::graph::ReduceKind::Min, axes));
    }
}

#[test]
fn composite_rules() {
    check_grad("softmax", &[&[3, 5]], -2.0, 2.0, |_, x| x[0].softmax(1));
    check_grad("log_softmax", &[&[3, 5]], -2.0, 2.0, |_, x| x[0].log_softmax(1));
    check_grad("gelu", &[&[7]], -3.0, 3.0, |_, x| x[0].gelu());
    check_grad("layer_norm", &[&[3, 5], &[5], &[5]], -2.0, 2.0, |_, x| x[0].layer_norm(&x[1], &x[2], 1e-5));
    check_grad("layer_norm_rank3", &[&[2, 2, 4], &[4], &[4]], -2.0, 2.0, |_, x| x[0].layer_norm(&x[1], &x[2], 1e-3));
    check_grad("add_over_batch", &[&[3, 2, 4], &[1, 2, 4]], -2.0, 2.0, |_, x| x[0].add_over_batch(&x[1]));
    check_grad("layernorm_like", &[&[3, 6]], -2.0, 2.0, |_, x| {
        let c = x[0].sub(&x[0].mean_keepdims(&[1])?)?;
        c.mul(&c.square()?.mean_keepdims(&[1])?.add_scalar(1e-5)?.rsqrt()?)
    });
}

#[test]
fn gradient_of_a_value_used_twice_accumulates() {
    check_grad("reuse", &[&[4]], -1.0, 1.0, |_, x| x[0].mul(&x[0].sin()?)?.add(&x[0].exp()?));
}

#[test]
fn no_gradient_through_integers() {
    let b = Builder::new("int_path");
    let x = b.parameter("x", DType::F32, &[3]).unwrap();
    let y = x.convert(DType::S32).unwrap().convert(DType::F32).unwrap().sum_all().unwrap();
    let g = xlavit::autodiff::grad(&y, &[x.clone()]).unwrap();
    let f = b.finish(&[("g", &g[0])]).unwrap();
    let out = run(&client(), &f, &[HostTensor::from_f32(&[3], &[1.5, 2.5, -3.0]).unwrap()]).unwrap();
    assert_eq!(out[0].to_f32().unwrap(), vec![0.0; 3]);
}

#[test]
fn convert_passes_the_cotangent_through_in_the_input_dtype() {
    // Finite differences are meaningless across an f32 rounding step, so check the rule directly:
    // d/dx sum(w * f64(1.5 * f32(x))) = 1.5 * w.
    let b = Builder::new("convert");
    let x = b.parameter("x", DType::F64, &[4]).unwrap();
    let w = b.parameter("w", DType::F64, &[4]).unwrap();
    let y = x.convert(DType::F32).unwrap().mul_scalar(1.5).unwrap().convert(DType::F64).unwrap();
    let g = xlavit::autodiff::grad(&y.mul(&w).unwrap().sum_all().unwrap(), &[x.clone()]).unwrap();
    assert_eq!(g[0].dtype(), DType::F64);
    let f = b.finish(&[("g", &g[0])]).unwrap();
    let wv = [0.5, -1.0, 2.0, 3.25];
    let out = run(&client(), &f, &[HostTensor::from_f64(&[4], &[1.0, 2.0, 3.0, 4.0]).unwrap(), HostTensor::from_f64(&[4], &wv).unwrap()]).unwrap();
    assert_eq!(out[0].to_f64().unwrap(), wv.iter().map(|w| 1.5 * w).collect::<Vec<_>>());
}

#[test]
fn dynamic_slice_rules() {
    check_grad("dynamic_slice", &[&[4, 5]], -1.0, 1.0, |b, x| {
        x[0].dynamic_slice(&[b.scalar(1.0, DType::S32), b.scalar(3.0, DType::S32)], &[2, 2])?.exp()
    });
    check_grad("dynamic_update_slice", &[&[4, 5], &[2, 3]], -1.0, 1.0, |b, x| {
        x[0].dynamic_update_slice(&x[1].sin()?, &[b.scalar(2.0, DType::S32), b.scalar(1.0, DType::S32)])?.exp()
    });
}

#[test]
fn gradients_through_a_while_loop_are_refused_not_zero() {
    let b = Builder::new("loop_grad");
    let x = b.parameter("x", DType::F32, &[2]).unwrap();
    let i0 = b.scalar(0.0, DType::S32);
    let out = b
        .while_loop(&[i0, x.clone()], |_, s| s[0].lt(&s[0].scalar_like(3.0)), |_, s| Ok(vec![s[0].add_scalar(1.0)?, s[1].mul_scalar(2.0)?]))
        .unwrap();
    let y = out[1].sum_all().unwrap();
    let err = xlavit::autodiff::grad(&y, &[x]).unwrap_err();
    assert!(format!("{err:#}").contains("while"), "{err:#}");
}

#[test]
fn stop_gradient_blocks_exactly_its_own_path() {
    // d/dx sum(stop_gradient(x) * x) = x: only the unstopped factor contributes.
    let b = Builder::new("stop");
    let x = b.parameter("x", DType::F64, &[3]).unwrap();
    let y = x.stop_gradient().unwrap().mul(&x).unwrap().sum_all().unwrap();
    let g = xlavit::autodiff::grad(&y, &[x.clone()]).unwrap();
    let f = b.finish(&[("y", &y), ("g", &g[0])]).unwrap();
    let xv = [0.5, -2.0, 3.0];
    let out = run(&client(), &f, &[HostTensor::from_f64(&[3], &xv).unwrap()]).unwrap();
    assert_eq!(out[0].to_f64().unwrap(), vec![0.25 + 4.0 + 9.0]);
    assert_eq!(out[1].to_f64().unwrap(), xv.to_vec());
}

/// A custom gradient replaces autodiff through the ops that computed the value: here a rule
/// that says d/dx exp(x) = 3 (not exp(x)), on the value and on a second input it names.
#[test]
fn with_gradient_uses_its_rule_and_nothing_else() {
    let b = Builder::new("custom");
    let x = b.parameter("x", DType::F64, &[3]).unwrap();
    let w = b.parameter("w", DType::F64, &[3]).unwrap();
    let rule = |g: &xlavit::graph::Tensor, _: &xlavit::graph::Tensor, _: &[xlavit::graph::Tensor]| {
        Ok(vec![Some(g.mul_scalar(3.0)?), None])
    };
    let rule = xlavit::graph::GradientRule { of: "test", rule: std::rc::Rc::new(rule) };
    let e = x.exp().unwrap().mul(&w).unwrap().with_gradient(&[&x, &w], rule).unwrap();
    // The value is exp(x) * w; the gradient 3 per element, and none for w.
    let y = e.sum_all().unwrap().add(&w.sum_all().unwrap()).unwrap();
    let g = xlavit::autodiff::grad(&y, &[x.clone(), w.clone()]).unwrap();
    let f = b.finish(&[("y", &y), ("gx", &g[0]), ("gw", &g[1])]).unwrap();
    let out = run(&client(), &f, &[HostTensor::from_f64(&[3], &[0.0, 1.0, -1.0]).unwrap(), HostTensor::from_f64(&[3], &[2.0; 3]).unwrap()])
        .unwrap();
    let want = 2.0 * (1.0 + 1f64.exp() + (-1f64).exp()) + 6.0;
    assert!((out[0].to_f64().unwrap()[0] - want).abs() < 1e-12);
    assert_eq!(out[1].to_f64().unwrap(), vec![3.0; 3]);
    // w's only path to y besides the rule is the plain sum.
    assert_eq!(out[2].to_f64().unwrap(), vec![1.0; 3]);

    // A rule giving the wrong number or shape of cotangents is refused by name.
    let bad = |g: &xlavit::graph::Tensor, _: &xlavit::graph::Tensor, _: &[xlavit::graph::Tensor]| Ok(vec![Some(g.sum_all()?)]);
    let bad = xlavit::graph::GradientRule { of: "bad_rule", rule: std::rc::Rc::new(bad) };
    let v = x.exp().unwrap().with_gradient(&[&x], bad).unwrap().sum_all().unwrap();
    let err = format!("{:#}", xlavit::autodiff::grad(&v, &[x.clone()]).unwrap_err());
    assert!(err.contains("bad_rule's gradient rule gave f64[]"), "{err}");
}

/// A gradient with respect to an output of a multi-output node (argmax's values), and through
/// it to the input: each output keeps its own cotangent.
#[test]
fn gradient_with_respect_to_one_output_of_a_multi_output_node() {
    let b = Builder::new("argmax_values");
    let x = b.parameter("x", DType::F32, &[2, 3]).unwrap();
    let (values, index) = x.argmax(1).unwrap();
    // y = sum(values^2) + sum(index): the integer output gets no gradient.
    let y = values.mul(&values).unwrap().sum_all().unwrap().add(&index.convert(DType::F32).unwrap().sum_all().unwrap()).unwrap();
    let grads = xlavit::autodiff::grad(&y, &[values.clone(), x.clone()]).unwrap();
    let f = finish_with_grads(&b, "y", &y, &grads);
    let input = HostTensor::from_f32(&[2, 3], &[1.0, 4.0, 2.0, -1.0, -3.0, -2.0]).unwrap();
    let out = run(&client(), &f, &[input]).unwrap();
    // values = [4, -1] at indices [1, 0]: y = 16 + 1 + 1.
    assert_eq!(out[0].to_f32().unwrap(), vec![18.0]);
    assert_eq!(out[1].to_f32().unwrap(), vec![8.0, -2.0]);
    assert_eq!(out[2].to_f32().unwrap(), vec![0.0, 8.0, 0.0, -2.0, 0.0, 0.0]);
}

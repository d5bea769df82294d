//! Every primitive, enumerated from the primitives themselves, so a new one cannot land
//! untested: each entry of the elementwise tables against the interpreter for every element
//! type it accepts, and its VJP against finite differences in f64 (or a refusal that says
//! why); every primitive of every family through its case in tests/common/cases.rs.

mod common;

use common::*;
use xlavit::dtype::DType;
use xlavit::graph::Builder;
use xlavit::host::HostTensor;
use xlavit::interpret;
use xlavit::graph::primitives::elementwise::{BINARY, UNARY};

const TYPES: [DType; 6] = [DType::F32, DType::F64, DType::BF16, DType::S32, DType::U32, DType::Pred];

fn tolerance(dt: DType) -> f64 {
    match dt {
        DType::F64 => 1e-9,
        DType::F32 => 2e-6,
        DType::BF16 => 1e-2,
        _ => 0.0,
    }
}

fn compare(what: &str, got: &HostTensor, want: &HostTensor, dt: DType) {
    let tol = tolerance(dt);
    let (g, w) = (got.to_f64_lossy().unwrap(), want.to_f64_lossy().unwrap());
    for (i, (a, b)) in g.iter().zip(&w).enumerate() {
        assert!((a - b).abs() <= tol * (1.0 + b.abs()), "{what}[{i}]: plugin {a}, interpreter {b}");
    }
}

/// The op of `arity` operands against the interpreter, for every element type `dtypes` accepts.
fn matches_the_interpreter(
    client: &xlavit::runtime::Client,
    name: &str,
    arity: usize,
    dtypes: fn(DType) -> bool,
    op: impl Fn(&[xlavit::graph::Tensor]) -> anyhow::Result<xlavit::graph::Tensor>,
) {
    let mut tested = 0;
    for dt in TYPES.into_iter().filter(|&d| dtypes(d)) {
        let b = Builder::new(name);
        let xs: Vec<_> = (0..arity).map(|i| b.parameter(&format!("x{i}"), dt, &[2, 3]).unwrap()).collect();
        let f = b.finish(&[("y", &op(&xs).unwrap())]).unwrap();
        let (lo, hi) = domain(name, dt);
        let inputs: Vec<HostTensor> = (0..arity).map(|i| random(&mut rng(10 * tested + i as u64 + 1), dt, &[2, 3], lo, hi)).collect();
        let got = run(client, &f, &inputs).unwrap();
        compare(&format!("{name} {dt}"), &got[0], &interpret::run(&f, &inputs).unwrap()[0], dt);
        tested += 1;
    }
    assert!(tested > 0, "{name}: no element type tested");
}

#[test]
fn every_unary_primitive_runs_as_the_interpreter_says_and_differentiates() {
    let client = client();
    for rule in &UNARY {
        matches_the_interpreter(&client, rule.name, 1, rule.dtypes, |x| x[0].unary(rule.op));
        differentiates_or_says_why(rule.name, 1, |_, x| x[0].unary(rule.op), |t| (rule.vjp)(t, t, t).map(|_| ()), (rule.dtypes)(DType::F64));
    }
}

#[test]
fn every_binary_primitive_runs_as_the_interpreter_says_and_differentiates() {
    let client = client();
    for rule in &BINARY {
        matches_the_interpreter(&client, rule.name, 2, rule.dtypes, |x| x[0].binary(rule.op, &x[1]));
        differentiates_or_says_why(rule.name, 2, |_, x| x[0].binary(rule.op, &x[1]), |t| (rule.vjp)(t, t, t, t).map(|_| ()), (rule.dtypes)(DType::F64));
    }
}

/// f64 ops get their VJP checked against finite differences; the others (logical, bitwise)
/// must have a VJP that refuses, saying why.
fn differentiates_or_says_why(
    name: &str,
    arity: usize,
    op: impl Fn(&Builder, &[xlavit::graph::Tensor]) -> anyhow::Result<xlavit::graph::Tensor>,
    refusal: impl Fn(&xlavit::graph::Tensor) -> anyhow::Result<()>,
    takes_f64: bool,
) {
    if takes_f64 {
        let shapes: Vec<&[i64]> = vec![&[2, 3]; arity];
        let (lo, hi) = domain(name, DType::F64);
        check_grad(name, &shapes, lo, hi, op);
    } else {
        let b = Builder::new(name);
        let t = b.parameter("t", DType::S32, &[2, 3]).unwrap();
        let e = refusal(&t).expect_err(&format!("{name}: takes no floats, so its VJP must refuse"));
        assert!(e.to_string().contains("not differentiable"), "{name}: {e}");
    }
}

/// Every primitive of every family has a test: the table entries above, every other one a case
/// in tests/common/cases.rs, run here against the interpreter and differentiated (or refused
/// with its reason). A primitive added without a case fails this test by name.
#[test]
fn every_primitive_of_every_family_is_tested() {
    use common::cases::{cases, Grad};
    let all = xlavit::graph::primitives::all_names();
    let cases = cases();
    let in_tables = |n: &str| UNARY.iter().any(|r| r.name == n) || BINARY.iter().any(|r| r.name == n);
    let missing: Vec<&str> = all.iter().copied().filter(|n| !in_tables(n) && !cases.iter().any(|c| c.name == *n)).collect();
    assert!(missing.is_empty(), "primitives without a test case in tests/common/cases.rs: {missing:?}");
    for c in &cases {
        assert!(all.contains(&c.name), "case '{}' names no primitive", c.name);
    }

    let client = client();
    for (k, case) in cases.iter().enumerate() {
        let b = Builder::new(case.name);
        let xs: Vec<_> = case.inputs.iter().enumerate().map(|(i, (d, _, _))| b.parameter(&format!("x{i}"), DType::F64, d).unwrap()).collect();
        let y = (case.build)(&b, &xs).unwrap_or_else(|e| panic!("{}: {e:#}", case.name));
        let f = b.finish(&[("y", &y)]).unwrap();
        assert!(f.nodes.iter().any(|n| n.op.name() == case.name), "{}: the case never uses its primitive", case.name);
        let mut r = rng(100 + k as u64);
        let inputs: Vec<HostTensor> = case.inputs.iter().map(|(d, lo, hi)| random(&mut r, DType::F64, d, *lo, *hi)).collect();
        let got = run(&client, &f, &inputs).unwrap_or_else(|e| panic!("{}: {e:#}", case.name));
        compare(case.name, &got[0], &interpret::run(&f, &inputs).unwrap()[0], DType::F64);

        let shapes: Vec<&[i64]> = case.inputs.iter().map(|(d, _, _)| *d).collect();
        let (lo, hi) = (case.inputs[0].1, case.inputs[0].2);
        match case.grad {
            Grad::FiniteDifferences { h, tol } => check_grad_with(case.name, &shapes, lo, hi, h, tol, case.build),
            Grad::None(reason) => {
                assert!(!reason.is_empty());
                let b = Builder::new(case.name);
                let xs: Vec<_> = shapes.iter().enumerate().map(|(i, d)| b.parameter(&format!("x{i}"), DType::F64, d).unwrap()).collect();
                let y = (case.build)(&b, &xs).unwrap().sum_all().unwrap();
                match xlavit::autodiff::grad(&y, &xs) {
                    Err(e) => assert!(format!("{e:#}").contains("not differentiable"), "{}: refused without saying why: {e:#}", case.name),
                    Ok(grads) => {
                        let f = common::finish_with_grads(&b, "y", &y, &grads);
                        for (g, x) in run(&client, &f, &inputs).unwrap()[1..].iter().zip(&inputs) {
                            assert_eq!(g.dims, x.dims);
                            assert!(g.to_f64().unwrap().iter().all(|&v| v == 0.0), "{}: a gradient through it is not zero", case.name);
                        }
                    }
                }
            }
        }
    }
}

/// argmax takes the first of tied maxima and treats NaN as the maximum, on the plugin as in the
/// interpreter, whatever order XLA reduces in.
#[test]
fn argmax_takes_the_first_maximum_and_nan_first() {
    let nan = f32::NAN;
    let rows: [[f32; 5]; 4] = [[1.0, 3.0, 3.0, -1.0, 3.0], [nan, 2.0, nan, 5.0, 0.0], [-f32::INFINITY; 5], [0.0, -0.5, 7.0, 9.0, 8.0]];
    let b = Builder::new("argmax");
    let x = b.parameter("x", DType::F32, &[4, 5]).unwrap();
    let (values, index) = x.argmax(1).unwrap();
    let f = b.finish(&[("values", &values), ("index", &index)]).unwrap();
    let input = HostTensor::from_f32(&[4, 5], &rows.concat()).unwrap();
    let got = run(&client(), &f, std::slice::from_ref(&input)).unwrap();
    let host = interpret::run(&f, &[input]).unwrap();
    for out in [&got, &host] {
        assert_eq!(out[1].to_f64_lossy().unwrap(), vec![1.0, 0.0, 0.0, 3.0]);
        let v = out[0].to_f64_lossy().unwrap();
        assert_eq!((v[0], v[2], v[3]), (3.0, f64::NEG_INFINITY, 9.0));
        assert!(v[1].is_nan());
    }
}

/// max and min, elementwise and as reductions, let NaN through as StableHLO says (the
/// interpreter once used f64::max, which drops it).
#[test]
fn max_and_min_propagate_nan_on_the_plugin_and_in_the_interpreter() {
    let nan = f32::NAN;
    let b = Builder::new("nan_extremes");
    let x = b.parameter("x", DType::F32, &[2, 3]).unwrap();
    let y = b.parameter("y", DType::F32, &[2, 3]).unwrap();
    let f = b
        .finish(&[
            ("max", &x.max(&y).unwrap()),
            ("min", &x.min(&y).unwrap()),
            ("reduce_max", &x.reduce_max(&[1]).unwrap()),
            ("reduce_min", &x.reduce(xlavit::graph::ReduceKind::Min, &[1]).unwrap()),
        ])
        .unwrap();
    let inputs = [
        HostTensor::from_f32(&[2, 3], &[nan, 1.0, 2.0, 3.0, 4.0, 5.0]).unwrap(),
        HostTensor::from_f32(&[2, 3], &[0.0, nan, 1.0, 1.0, 1.0, 9.0]).unwrap(),
    ];
    let got = run(&client(), &f, &inputs).unwrap();
    let host = interpret::run(&f, &inputs).unwrap();
    for out in [&got, &host] {
        let v: Vec<Vec<f32>> = out.iter().map(|t| t.to_f32().unwrap()).collect();
        assert!(v[0][0].is_nan() && v[0][1].is_nan() && v[1][0].is_nan() && v[1][1].is_nan(), "{v:?}");
        assert_eq!((v[0][2], v[0][5], v[1][2], v[1][5]), (2.0, 9.0, 1.0, 5.0));
        assert!(v[2][0].is_nan() && v[3][0].is_nan(), "{v:?}");
        assert_eq!((v[2][1], v[3][1]), (5.0, 3.0));
    }
}

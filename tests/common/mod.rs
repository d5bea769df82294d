//! Shared by the integration tests: the real CPU plugin (tests fail, never
//! skip, when it can't be loaded) and random inputs.
#![allow(dead_code)]

pub mod cases;

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use xlavit::dtype::DType;
use xlavit::graph::{Builder, Function, Tensor};
use xlavit::host::HostTensor;
use xlavit::runtime::{self, Client};

pub fn client() -> Client {
    runtime::cpu_client_for_tests().unwrap_or_else(|e| panic!("the CPU PJRT plugin is required (run scripts/setup.sh): {e:#}"))
}

/// A CPU client presenting `devices` devices (for data-parallel programs).
pub fn client_with_devices(devices: i64) -> Client {
    let path = runtime::locate_plugin(runtime::DeviceKind::Cpu, None).unwrap_or_else(|e| panic!("CPU PJRT plugin not found: {e:#}"));
    let plugin = runtime::Plugin::load(&path).unwrap_or_else(|e| panic!("loading {}: {e:#}", path.display()));
    Client::new(plugin, &runtime::ClientOptions { cpu_device_count: Some(devices), ..Default::default() }).unwrap()
}

/// Compiles `f` and runs it once on `inputs`.
pub fn run(client: &Client, f: &Function, inputs: &[HostTensor]) -> anyhow::Result<Vec<HostTensor>> {
    let program = xlavit::emit::program(f)?;
    let exe = client.compile(&program)?;
    runtime::run_host(client, &exe, inputs)
}

pub fn rng(seed: u64) -> Pcg64 {
    Pcg64::seed_from_u64(seed)
}

/// Random values in [lo, hi) of a float or integer dtype.
pub fn random(rng: &mut Pcg64, dtype: DType, dims: &[i64], lo: f64, hi: f64) -> HostTensor {
    let n: i64 = dims.iter().product();
    let vals: Vec<f64> = (0..n)
        .map(|_| {
            let v = rng.random_range(lo..hi);
            if dtype.is_float() { v } else { v.floor() }
        })
        .collect();
    HostTensor::from_f64_lossy(dtype, dims, &vals).unwrap()
}

pub fn assert_close(what: &str, got: &HostTensor, want: &HostTensor, rtol: f64, atol: f64) {
    assert_eq!(got.dims, want.dims, "{what}: dims differ");
    assert_eq!(got.dtype, want.dtype, "{what}: dtypes differ");
    let (g, w) = (got.to_f64_lossy().unwrap(), want.to_f64_lossy().unwrap());
    for (i, (a, b)) in g.iter().zip(&w).enumerate() {
        let ok = (a - b).abs() <= atol + rtol * b.abs() || (a.is_nan() && b.is_nan());
        assert!(ok, "{what}: element {i} differs: got {a}, want {b} (dims {:?})", got.dims);
    }
}

pub fn fixture(rel: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

/// A Hugging Face hub cache under `cache` holding model `acme/tiny-vit` at one revision, with
/// the tiny ViT fixture's `files`; returns its snapshot folder.
pub fn tiny_vit_in_hub_cache(cache: &std::path::Path, files: &[&str]) -> std::path::PathBuf {
    let repo = cache.join("models--acme--tiny-vit");
    let revision = "0123456789abcdef0123456789abcdef01234567";
    let snapshot = repo.join("snapshots").join(revision);
    std::fs::create_dir_all(&snapshot).unwrap();
    std::fs::create_dir_all(repo.join("refs")).unwrap();
    std::fs::write(repo.join("refs/main"), revision).unwrap();
    for f in files {
        std::fs::copy(fixture("tiny_vit").join(f), snapshot.join(f)).unwrap();
    }
    snapshot
}

/// Copies the folder `from` into `to` (created), with everything below it.
pub fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dst = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &dst);
        } else {
            std::fs::copy(&p, &dst).unwrap();
        }
    }
}

/// max|got - want| / max|want|: the relative error the tolerances speak of. A NaN or
/// infinity on either side makes it infinite (`f64::max` would silently drop a NaN).
pub fn rel_err(got: &[f32], want: &[f32]) -> f64 {
    let num = max_abs_diff(got, want) as f64;
    let den = want.iter().map(|b| b.abs() as f64).fold(0.0, f64::max);
    num / den.max(1e-30)
}

/// max|got - want| over two equally long slices; infinite when any value on either side is not
/// finite, so a NaN result can never pass a tolerance.
pub fn max_abs_diff(got: &[f32], want: &[f32]) -> f32 {
    assert_eq!(got.len(), want.len(), "compared slices differ in length");
    if got.iter().chain(want).any(|v| !v.is_finite()) {
        return f32::INFINITY;
    }
    got.iter().zip(want).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max)
}

/// Device buffers of a fresh training state (`train_step::initial_state`).
pub fn upload_train_state(client: &Client, params: &[HostTensor]) -> Vec<xlavit::runtime::Buffer> {
    xlavit::train_step::initial_state(params).iter().map(|h| client.to_device(h, 0).unwrap()).collect()
}

/// Finishes `b` with outputs `first` (named `first_name`) then every gradient (`g0`, `g1`, ...).
pub fn finish_with_grads(
    b: &xlavit::graph::Builder,
    first_name: &str,
    first: &xlavit::graph::Tensor,
    grads: &[xlavit::graph::Tensor],
) -> Function {
    let names: Vec<String> = (0..grads.len()).map(|i| format!("g{i}")).collect();
    let mut outs = vec![(first_name, first)];
    outs.extend(names.iter().map(String::as_str).zip(grads));
    b.finish(&outs).unwrap()
}

/// The `logits` of each entry of `xlavit predict --json` output.
pub fn predicted_logits(json: &serde_json::Value) -> Vec<Vec<f32>> {
    json.as_array().unwrap().iter().map(|p| logits_of(&p["logits"])).collect()
}

/// The reference logits of tests/fixtures/images/img{0..3}.png.
pub fn reference_predictions() -> Vec<Vec<f32>> {
    let want: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(fixture("tiny_vit_predict.json")).unwrap()).unwrap();
    want["predictions"].as_array().unwrap().iter().map(|p| logits_of(&p["logits"])).collect()
}

fn logits_of(v: &serde_json::Value) -> Vec<f32> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap() as f32).collect()
}

/// Checks d/dx of sum(w * op(x...)) for random x in [lo, hi) with the given shapes.
pub fn check_grad(name: &str, shapes: &[&[i64]], lo: f64, hi: f64, op: impl Fn(&Builder, &[Tensor]) -> anyhow::Result<Tensor>) {
    check_grad_with(name, shapes, lo, hi, 1e-6, 1e-6, op)
}

/// [`check_grad`] with central-difference step `h` and tolerance `tol` (absolute and relative):
/// a wider step for ops that round through a narrower type.
pub fn check_grad_with(
    name: &str,
    shapes: &[&[i64]],
    lo: f64,
    hi: f64,
    h: f64,
    tol: f64,
    op: impl Fn(&Builder, &[Tensor]) -> anyhow::Result<Tensor>,
) {
    let b = Builder::new(name);
    let xs: Vec<Tensor> =
        shapes.iter().enumerate().map(|(i, s)| b.parameter(&format!("x{i}"), DType::F64, s).unwrap()).collect();
    let y = op(&b, &xs).unwrap_or_else(|e| panic!("{name}: {e:#}"));
    let w = b.parameter("w", DType::F64, y.dims()).unwrap();
    let f = y.mul(&w).unwrap().sum_all().unwrap();
    let grads = xlavit::autodiff::grad(&f, &xs).unwrap_or_else(|e| panic!("{name}: {e:#}"));
    let func = finish_with_grads(&b, "f", &f, &grads);

    let client = client();
    let exe = client.compile(&xlavit::emit::program(&func).unwrap()).unwrap();
    let mut r = rng(name.bytes().map(|c| c as u64).sum());
    let mut inputs: Vec<HostTensor> = shapes.iter().map(|s| random(&mut r, DType::F64, s, lo, hi)).collect();
    // A random cotangent, so a rule that mixes up elements can't pass by symmetry.
    inputs.push(random(&mut r, DType::F64, y.dims(), 0.5, 1.5));
    let out = xlavit::runtime::run_host(&client, &exe, &inputs).unwrap();
    let eval = |inp: &[HostTensor]| -> f64 { xlavit::runtime::run_host(&client, &exe, inp).unwrap()[0].to_f64().unwrap()[0] };

    for (k, s) in shapes.iter().enumerate() {
        let g = out[1 + k].to_f64().unwrap();
        let n: i64 = s.iter().product();
        // Every element of small inputs, a spread of them for larger ones.
        let picks: Vec<usize> = if n <= 12 { (0..n as usize).collect() } else { (0..12).map(|j| (j * 7919) % n as usize).collect() };
        for i in picks {
            let mut plus = inputs.clone();
            let mut minus = inputs.clone();
            let mut v = plus[k].to_f64().unwrap();
            v[i] += h;
            plus[k] = HostTensor::from_f64(s, &v).unwrap();
            v[i] -= 2.0 * h;
            minus[k] = HostTensor::from_f64(s, &v).unwrap();
            let fd = (eval(&plus) - eval(&minus)) / (2.0 * h);
            let err = (fd - g[i]).abs();
            assert!(err <= tol + tol * fd.abs(), "{name}: d/dx{k}[{i}]: autodiff {} vs finite difference {fd}", g[i]);
        }
    }
}

/// Where an op is defined and smooth enough for finite differences; integers stay positive
/// (division, remainder and shift amounts need it).
pub fn domain(name: &str, dt: DType) -> (f64, f64) {
    match (name, dt) {
        (_, xlavit::dtype::DType::Pred) => (0.0, 2.0),
        (_, d) if !d.is_float() => (1.0, 8.0),
        ("log" | "sqrt" | "rsqrt", _) => (0.2, 3.0),
        ("abs", _) => (0.2, 2.0),
        ("div" | "pow" | "rem", _) => (0.5, 2.0),
        _ => (-2.0, 2.0),
    }
}

/// The loss's gradient with respect to every parameter against central differences, in f64.
pub fn check_vit_gradients(cfg: &xlavit::model::vit_config::VitConfig) {
    use xlavit::model::vit::{self, VitParams};
    let size = cfg.input_size();
    let specs = vit::params(cfg);
    let g = Builder::new("family_fd");
    let p: Vec<Tensor> = specs.iter().map(|s| g.parameter(&s.name, DType::F64, s.dims()).unwrap()).collect();
    let pixels = g.parameter("pixels", DType::F64, &[2, size, size, 3]).unwrap();
    let labels = g.parameter("labels", DType::S32, &[2]).unwrap();
    let logits = vit::forward(cfg, &VitParams::new(&specs, &p).unwrap(), &pixels).unwrap();
    let (loss, _) = xlavit::model::softmax_cross_entropy(&logits, &labels).unwrap();
    let grads = xlavit::autodiff::grad(&loss, &p).unwrap();
    let f = finish_with_grads(&g, "loss", &loss, &grads);
    let client = client();
    let exe = client.compile(&xlavit::emit::program(&f).unwrap()).unwrap();
    let mut r = rng(5);
    let mut inputs: Vec<HostTensor> = specs
        .iter()
        .map(|p| {
            let unit = matches!(p.kind, xlavit::model::ParamKind::Norm | xlavit::model::ParamKind::Scale);
            let (lo, hi) = if unit { (0.5, 1.5) } else { (-0.5, 0.5) };
            random(&mut r, DType::F64, p.dims(), lo, hi)
        })
        .collect();
    inputs.push(random(&mut r, DType::F64, &[2, size, size, 3], -1.0, 1.0));
    inputs.push(HostTensor::from_i32(&[2], &[1, 0]).unwrap());
    let out = xlavit::runtime::run_host(&client, &exe, &inputs).unwrap();
    let eval = |inp: &[HostTensor]| xlavit::runtime::run_host(&client, &exe, inp).unwrap()[0].to_f64().unwrap()[0];
    let h = 1e-6;
    for (k, spec) in specs.iter().enumerate() {
        let gk = out[1 + k].to_f64().unwrap();
        let n = gk.len();
        for j in [0, n / 2, n - 1] {
            let mut v = inputs[k].to_f64().unwrap();
            let (mut plus, mut minus) = (inputs.clone(), inputs.clone());
            v[j] += h;
            plus[k] = HostTensor::from_f64(spec.dims(), &v).unwrap();
            v[j] -= 2.0 * h;
            minus[k] = HostTensor::from_f64(spec.dims(), &v).unwrap();
            let fd = (eval(&plus) - eval(&minus)) / (2.0 * h);
            assert!((fd - gk[j]).abs() <= 1e-7 + 1e-5 * fd.abs(), "{}[{j}]: autodiff {} vs finite difference {fd}", spec.name, gk[j]);
        }
    }
}

//! Shared by the integration tests: the real CPU plugin (tests fail, never
//! skip, when it can't be loaded) and random inputs.
#![allow(dead_code)]

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use xlavit::dtype::DType;
use xlavit::graph::Function;
use xlavit::host::HostTensor;
use xlavit::runtime::{self, Client};

pub fn client() -> Client {
    runtime::cpu_client_for_tests().unwrap_or_else(|e| panic!("the CPU PJRT plugin is required (run scripts/setup.sh): {e:#}"))
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

/// Every tensor of a safetensors file, read with the safetensors crate directly.
pub fn read_safetensors(path: &std::path::Path) -> std::collections::BTreeMap<String, HostTensor> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    st.tensors()
        .into_iter()
        .map(|(name, v)| {
            let dtype = match v.dtype() {
                safetensors::Dtype::F32 => DType::F32,
                safetensors::Dtype::I32 => DType::S32,
                safetensors::Dtype::U8 => DType::U8,
                safetensors::Dtype::I64 => DType::S64,
                safetensors::Dtype::F64 => DType::F64,
                d => panic!("unexpected dtype {d:?}"),
            };
            let dims = v.shape().iter().map(|&d| d as i64).collect();
            (name, HostTensor { dtype, dims, data: v.data().to_vec() })
        })
        .collect()
}

/// max|got - want| / max|want|: the relative error the tolerances speak of.
pub fn rel_err(got: &[f32], want: &[f32]) -> f64 {
    assert_eq!(got.len(), want.len());
    let num = got.iter().zip(want).map(|(a, b)| (a - b).abs() as f64).fold(0.0, f64::max);
    let den = want.iter().map(|b| b.abs() as f64).fold(0.0, f64::max);
    num / den.max(1e-30)
}

/// Device buffers of a fresh training state: parameters, zero moments (twice) and step 0,
/// in the order the train step programs take them.
pub fn upload_train_state(client: &Client, params: &[HostTensor]) -> Vec<xlavit::runtime::Buffer> {
    let mut state: Vec<_> = params.iter().map(|p| client.to_device(p, 0).unwrap()).collect();
    for _ in 0..2 {
        for p in params {
            state.push(client.to_device(&HostTensor::zeros(p.dtype, &p.dims), 0).unwrap());
        }
    }
    state.push(client.to_device(&HostTensor::scalar_i32(0), 0).unwrap());
    state
}

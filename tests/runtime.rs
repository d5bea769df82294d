//! Runtime tests through the real CPU PJRT plugin. They fail (never skip)
//! when the plugin is missing: run `scripts/setup.sh` first.

use std::path::Path;
use std::sync::Arc;
use xlavit::dtype::DType;
use xlavit::host::HostTensor;
use xlavit::program::{Program, Shape};
use xlavit::runtime::{locate_plugin, Arg, Client, ClientOptions, DeviceKind, Plugin};

fn plugin() -> Arc<Plugin> {
    let path = locate_plugin(DeviceKind::Cpu, None)
        .unwrap_or_else(|e| panic!("CPU PJRT plugin not found (run scripts/setup.sh): {e:#}"));
    Plugin::load(&path).unwrap_or_else(|e| panic!("loading {}: {e:#}", path.display()))
}

fn client() -> Client {
    Client::new(plugin(), &ClientOptions::default()).expect("creating CPU client")
}

fn spec(dtype: DType, dims: &[i64]) -> Shape {
    Shape::new(dtype, dims)
}

fn program(mlir: &str, inputs: Vec<Shape>, outputs: Vec<Shape>, donations: Vec<(usize, usize)>) -> Program {
    Program {
        mlir: mlir.to_string(),
        input_names: (0..inputs.len()).map(|i| format!("in{i}")).collect(),
        output_names: (0..outputs.len()).map(|i| format!("out{i}")).collect(),
        inputs,
        outputs,
        donations,
        partitioning: None,
    }
}

const ADD: &str = r#"
module @m {
  func.func public @main(%arg0: tensor<2x3xf32>, %arg1: tensor<2x3xf32>) -> (tensor<2x3xf32>) {
    %0 = stablehlo.add %arg0, %arg1 : tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
}
"#;

fn add_program() -> Program {
    let t = spec(DType::F32, &[2, 3]);
    program(ADD, vec![t.clone(), t.clone()], vec![t], vec![])
}

#[test]
fn plugin_loads_with_a_supported_api_version() {
    let p = plugin();
    let (major, minor) = p.api_version();
    println!("plugin {} implements PJRT C API {major}.{minor}", p.path().display());
    for (k, v) in p.attributes().unwrap() {
        println!("  {k} = {v}");
    }
    assert_eq!(major, 0);
    assert!(minor >= 81, "API minor {minor} < 81");
    // Loading again gives the same, already initialised plugin.
    assert!(Arc::ptr_eq(&p, &plugin()));
}

#[test]
fn client_reports_platform_and_devices() {
    let c = client();
    let name = c.platform_name().unwrap();
    println!("platform {name} {}", c.platform_version().unwrap());
    assert_eq!(name, "cpu");
    let devices = c.devices().unwrap();
    println!("{devices:?}");
    assert!(!devices.is_empty());
    assert_eq!(devices.len(), c.addressable_device_count());
}

#[test]
fn add_program_computes_the_sum() {
    let c = client();
    let exe = c.compile(&add_program()).unwrap();
    let a = c.to_device(&HostTensor::from_f32(&[2, 3], &[1., 2., 3., 4., 5., 6.]).unwrap(), 0).unwrap();
    let b = c.to_device(&HostTensor::from_f32(&[2, 3], &[10., 20., 30., 40., 50., 60.]).unwrap(), 0).unwrap();
    assert_eq!(a.dims(), &[2, 3]);
    assert_eq!(a.dtype(), DType::F32);
    let out = exe.execute(vec![Arg::Borrow(&a), Arg::Borrow(&b)]).unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].dims(), &[2, 3]);
    let host = out[0].to_host().unwrap();
    assert_eq!(host.dims, vec![2, 3]);
    assert_eq!(host.to_f32().unwrap(), vec![11., 22., 33., 44., 55., 66.]);
    // Borrowed inputs are still usable.
    let again = exe.execute(vec![(&a).into(), (&out[0]).into()]).unwrap();
    assert_eq!(again[0].to_host().unwrap().to_f32().unwrap(), vec![12., 24., 36., 48., 60., 72.]);
    assert_eq!(a.to_host().unwrap().to_f32().unwrap(), vec![1., 2., 3., 4., 5., 6.]);
}

/// The CPU plugins the set-up installs (relative to the repository) and their PJRT API
/// versions, the preferred newer one first.
const CPU_PLUGINS: [(&str, (i32, i32)); 2] = [
    (".deps/cpu/lammps_jax_pjrt_cpu/pjrt_c_api_cpu_plugin.so", (0, 115)),
    (".deps/python/xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so", (0, 81)),
];

/// Both CPU plugins the set-up installs drive the same bindings: the preferred newer one (API 0.115)
/// and the one the bindings' header comes from (API 0.81), which the suite otherwise never uses.
#[test]
fn every_installed_cpu_plugin_runs_a_program() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The default search picks the newest.
    assert_eq!(xlavit::runtime::locate_plugin(DeviceKind::Cpu, None).unwrap(), root.join(CPU_PLUGINS[0].0));
    for (rel, api) in CPU_PLUGINS {
        let plugin = Plugin::load(root.join(rel)).unwrap_or_else(|e| panic!("{rel} (installed by scripts/install_deps.sh): {e:#}"));
        assert_eq!(plugin.api_version(), api, "{rel}");
        let c = Client::new(plugin, &ClientOptions::default()).unwrap();
        let exe = c.compile(&add_program()).unwrap();
        let a = c.to_device(&HostTensor::from_f32(&[2, 3], &[1., 2., 3., 4., 5., 6.]).unwrap(), 0).unwrap();
        let out = exe.execute(vec![Arg::Borrow(&a), Arg::Borrow(&a)]).unwrap();
        assert_eq!(out[0].to_host().unwrap().to_f32().unwrap(), vec![2., 4., 6., 8., 10., 12.], "{rel}");
    }
}

const DONATE: &str = r#"
module @m {
  func.func public @main(%arg0: tensor<4xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<4xf32>) -> (tensor<4xf32>) {
    %0 = stablehlo.multiply %arg0, %arg1 : tensor<4xf32>
    return %0 : tensor<4xf32>
  }
}
"#;

fn donate_program() -> Program {
    let t = spec(DType::F32, &[4]);
    program(DONATE, vec![t.clone(), t.clone()], vec![t], vec![(0, 0)])
}

#[test]
fn donated_argument_is_consumed_and_result_is_right() {
    let c = client();
    let exe = c.compile(&donate_program()).unwrap();
    let scale = c.to_device(&HostTensor::from_f32(&[4], &[2., 3., 4., 5.]).unwrap(), 0).unwrap();
    let mut state = c.to_device(&HostTensor::from_f32(&[4], &[1., 1., 1., 1.]).unwrap(), 0).unwrap();
    // Feed each output back in as the next donated input, as a training loop does.
    for _ in 0..3 {
        let mut out = exe.execute(vec![Arg::Donate(state), Arg::Borrow(&scale)]).unwrap();
        state = out.pop().unwrap();
    }
    assert_eq!(state.to_host().unwrap().to_f32().unwrap(), vec![8., 27., 64., 125.]);
    let stats = exe.compiled_memory_stats().unwrap().expect("the CPU plugin reports memory stats");
    assert_eq!(stats.alias_size_in_bytes, 16, "the donated f32[4] aliases the output: {stats:?}");
}

#[test]
fn donation_mode_must_match_the_program() {
    let c = client();
    let exe = c.compile(&donate_program()).unwrap();
    let x = c.to_device(&HostTensor::from_f32(&[4], &[1., 2., 3., 4.]).unwrap(), 0).unwrap();
    let y = c.to_device(&HostTensor::from_f32(&[4], &[1., 2., 3., 4.]).unwrap(), 0).unwrap();
    let err = exe.execute(vec![Arg::Borrow(&x), Arg::Borrow(&y)]).unwrap_err().to_string();
    assert!(err.contains("'in0'") && err.contains("Donate"), "{err}");
    let z = c.to_device(&HostTensor::from_f32(&[4], &[1., 2., 3., 4.]).unwrap(), 0).unwrap();
    let err = exe.execute(vec![Arg::Donate(z), Arg::Donate(y)]).unwrap_err().to_string();
    assert!(err.contains("'in1'") && err.contains("Borrow"), "{err}");
    // Nothing was consumed by the failed calls that matters: x is intact.
    assert_eq!(x.to_host().unwrap().to_f32().unwrap(), vec![1., 2., 3., 4.]);
}

#[test]
fn wrong_arguments_are_errors_not_crashes() {
    let c = client();
    let exe = c.compile(&add_program()).unwrap();
    let good = c.to_device(&HostTensor::zeros(DType::F32, &[2, 3]), 0).unwrap();
    let transposed = c.to_device(&HostTensor::zeros(DType::F32, &[3, 2]), 0).unwrap();
    let ints = c.to_device(&HostTensor::zeros(DType::S32, &[2, 3]), 0).unwrap();

    let err = exe.execute(vec![Arg::Borrow(&good), Arg::Borrow(&transposed)]).unwrap_err().to_string();
    println!("{err}");
    assert!(err.contains("'in1'"), "{err}");
    assert!(err.contains("f32[3, 2]") && err.contains("f32[2, 3]"), "{err}");

    let err = exe.execute(vec![Arg::Borrow(&ints), Arg::Borrow(&good)]).unwrap_err().to_string();
    assert!(err.contains("'in0'") && err.contains("s32[2, 3]") && err.contains("f32[2, 3]"), "{err}");

    let err = exe.execute(vec![Arg::Borrow(&good)]).unwrap_err().to_string();
    assert!(err.contains("takes 2 arguments, got 1"), "{err}");

    // A buffer from another client is refused too.
    let other = client();
    let foreign = other.to_device(&HostTensor::zeros(DType::F32, &[2, 3]), 0).unwrap();
    let err = exe.execute(vec![Arg::Borrow(&good), Arg::Borrow(&foreign)]).unwrap_err().to_string();
    assert!(err.contains("different PJRT client"), "{err}");

    // The executable still works afterwards.
    let out = exe.execute(vec![Arg::Borrow(&good), Arg::Borrow(&good)]).unwrap();
    assert_eq!(out[0].to_host().unwrap().to_f32().unwrap(), vec![0.; 6]);
}

#[test]
fn bad_host_data_and_device_index_are_errors() {
    let c = client();
    let short = HostTensor { dtype: DType::F32, dims: vec![2, 3], data: vec![0; 20] };
    let err = c.to_device(&short, 0).unwrap_err().to_string();
    assert!(err.contains("24 bytes") && err.contains("20"), "{err}");
    let err = c.to_device(&HostTensor::zeros(DType::F32, &[2]), 99).unwrap_err().to_string();
    assert!(err.contains("device 99"), "{err}");
}

#[test]
fn syntax_error_returns_the_parser_message() {
    let c = client();
    let mut p = add_program();
    p.mlir = p.mlir.replace("stablehlo.add %arg0, %arg1", "stablehlo.add %arg0 %arg1");
    let err = c.compile(&p).unwrap_err().to_string();
    println!("{err}");
    assert!(err.contains("PJRT_Client_Compile"), "{err}");
    assert!(err.contains("expected"), "parser message missing: {err}");

    // A signature that disagrees with the text's output count is caught too.
    let mut p = add_program();
    p.outputs.push(spec(DType::F32, &[1]));
    p.output_names.push("extra".into());
    let err = format!("{:#}", c.compile(&p).unwrap_err());
    assert!(err.contains("the compiled program has 1 outputs but its signature lists 2"), "{err}");
}

#[test]
fn missing_plugin_gives_a_helpful_error() {
    let err = locate_plugin(DeviceKind::Cpu, Some(Path::new("/nonexistent/xla_cpu_pjrt.so"))).unwrap_err().to_string();
    assert!(err.contains("/nonexistent/xla_cpu_pjrt.so") && err.contains("scripts/setup.sh"), "{err}");
    let err = locate_plugin(DeviceKind::Tpu, Some(Path::new("/nonexistent/libtpu.so"))).unwrap_err().to_string();
    assert!(err.contains("scripts/setup.sh tpu"), "{err}");
    let err = Plugin::load("/nonexistent/xla_cpu_pjrt.so").unwrap_err().to_string();
    assert!(err.contains("does not exist"), "{err}");
    // A file that is not a shared library at all.
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("xla_cpu_pjrt.so");
    std::fs::write(&fake, b"not an ELF file").unwrap();
    let err = format!("{:#}", Plugin::load(&fake).unwrap_err());
    println!("{err}");
    assert!(err.contains("loading PJRT plugin") && err.contains("xla_cpu_pjrt.so"), "{err}");
}

#[test]
fn device_kind_parses_and_prints() {
    for k in [DeviceKind::Cpu, DeviceKind::Cuda, DeviceKind::Tpu] {
        assert_eq!(k.to_string().parse::<DeviceKind>().unwrap(), k);
    }
    assert_eq!("GPU".parse::<DeviceKind>().unwrap(), DeviceKind::Cuda);
    assert!("npu".parse::<DeviceKind>().is_err());
}

const DOT: &str = r#"
module @m {
  func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8x16xf32>) -> (tensor<4x16xf32>) {
    %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
    return %0 : tensor<4x16xf32>
  }
}
"#;

fn dot_program() -> Program {
    program(DOT, vec![spec(DType::F32, &[4, 8]), spec(DType::F32, &[8, 16])], vec![spec(DType::F32, &[4, 16])], vec![])
}

/// XLA's cost analysis of a [4, 8] x [8, 16] dot: 2 * 4 * 8 * 16 FLOPs. The 0.81 plugin reports
/// it; the default 0.115 one reports none (`compile` and `bench` then count FLOPs from the graph),
/// and both report the output's size in their memory statistics.
#[test]
fn cost_analysis_reports_dot_flops() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (rel, api) in CPU_PLUGINS {
        let c = Client::new(Plugin::load(root.join(rel)).unwrap(), &ClientOptions::default()).unwrap();
        let exe = c.compile(&dot_program()).unwrap();
        let cost = exe.cost_analysis().unwrap();
        println!("{rel}: {cost:?}");
        assert_eq!(cost.is_some(), api == (0, 81), "{rel}: only the 0.81 plugin reports cost analysis");
        if let Some(cost) = cost {
            let flops = cost.flops.expect("flops");
            assert_eq!(flops, (2 * 4 * 8 * 16) as f64, "{rel}");
            // At least the operands and the result once each, in f32.
            assert!(cost.bytes_accessed.expect("bytes accessed") >= ((4 * 8 + 8 * 16 + 4 * 16) * 4) as f64, "{rel}: {cost:?}");
        }
        let mem = exe.compiled_memory_stats().unwrap().expect("memory stats");
        assert_eq!(mem.output_size_in_bytes, 4 * 16 * 4, "{rel}");
        assert_eq!(mem.argument_size_in_bytes, (4 * 8 + 8 * 16) * 4, "{rel}");
    }
}

#[test]
fn serialized_executable_round_trips() {
    let c = client();
    let p = dot_program();
    let exe = c.compile(&p).unwrap();
    let bytes = exe.serialize().unwrap();
    println!("serialized dot executable: {} bytes", bytes.len());
    let loaded = c.deserialize(&bytes, &p).unwrap();
    let a: Vec<f32> = (0..32).map(|i| i as f32).collect();
    let b: Vec<f32> = (0..128).map(|i| (i % 7) as f32 - 3.0).collect();
    let a = c.to_device(&HostTensor::from_f32(&[4, 8], &a).unwrap(), 0).unwrap();
    let b = c.to_device(&HostTensor::from_f32(&[8, 16], &b).unwrap(), 0).unwrap();
    let want = exe.execute(vec![(&a).into(), (&b).into()]).unwrap()[0].to_host().unwrap();
    let got = loaded.execute(vec![(&a).into(), (&b).into()]).unwrap()[0].to_host().unwrap();
    assert_eq!(want, got);
    // Check one entry by hand: row 1, column 2.
    let row: Vec<f32> = (8..16).map(|i| i as f32).collect();
    let col: Vec<f32> = (0..8).map(|k| ((k * 16 + 2) % 7) as f32 - 3.0).collect();
    let expect: f32 = row.iter().zip(&col).map(|(x, y)| x * y).sum();
    assert_eq!(got.to_f32().unwrap()[16 + 2], expect);

    assert!(c.deserialize(b"not an executable", &p).is_err());
}

#[test]
fn compile_cache_loads_the_second_time_and_rebuilds_a_damaged_entry() {
    let dir = tempfile::tempdir().unwrap();
    static WARNINGS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(vec![]);
    let c = Client::new(
        plugin(),
        &ClientOptions { compile_cache: Some(dir.path().to_path_buf()), on_warning: Some(|w| WARNINGS.lock().unwrap().push(w.to_string())), ..Default::default() },
    )
    .unwrap();
    let p = dot_program();
    let first = c.compile(&p).unwrap();
    assert!(!first.from_cache());
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    let second = c.compile(&p).unwrap();
    assert!(second.from_cache());
    let a = c.to_device(&HostTensor::from_f32(&[4, 8], &(0..32).map(|i| i as f32).collect::<Vec<_>>()).unwrap(), 0).unwrap();
    let b = c.to_device(&HostTensor::from_f32(&[8, 16], &(0..128).map(|i| (i % 5) as f32).collect::<Vec<_>>()).unwrap(), 0).unwrap();
    let run = |e: &xlavit::runtime::Executable| e.execute(vec![(&a).into(), (&b).into()]).unwrap()[0].to_host().unwrap();
    assert_eq!(run(&first), run(&second));
    // Another program gets its own entry.
    c.compile(&add_program()).unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    // A damaged entry is ignored (with a warning), compiled again and replaced.
    let mut raw = std::fs::read(&entries[0]).unwrap();
    let mid = raw.len() / 2;
    raw[mid] ^= 0xFF;
    std::fs::write(&entries[0], &raw).unwrap();
    assert!(WARNINGS.lock().unwrap().is_empty());
    let third = c.compile(&p).unwrap();
    assert!(!third.from_cache());
    let warnings = WARNINGS.lock().unwrap().clone();
    assert!(warnings.len() == 1 && warnings[0].contains("ignoring compile cache entry"), "{warnings:?}");
    assert_eq!(run(&third), run(&first));
    assert!(c.compile(&p).unwrap().from_cache());
    // compile_uncached never reads the cache.
    assert!(!c.compile_uncached(&p).unwrap().from_cache());
}

#[test]
fn cpu_device_count_option_gives_two_devices() {
    let c = Client::new(plugin(), &ClientOptions { cpu_device_count: Some(2), ..Default::default() }).unwrap();
    let devices = c.devices().unwrap();
    println!("{devices:?}");
    assert_eq!(devices.len(), 2);
    assert_ne!(devices[0].id, devices[1].id);

    let t = HostTensor::from_f32(&[2, 3], &[1., 2., 3., 4., 5., 6.]).unwrap();
    let on1 = c.to_device(&t, 1).unwrap();
    assert_eq!(on1.device(), 1);
    assert_eq!(on1.to_host().unwrap(), t);

    // Execution is on device 0 for now; a device-1 argument is refused, not crashed on.
    let exe = c.compile(&add_program()).unwrap();
    let on0 = c.to_device(&t, 0).unwrap();
    let err = exe.execute(vec![Arg::Borrow(&on0), Arg::Borrow(&on1)]).unwrap_err().to_string();
    assert!(err.contains("device 1"), "{err}");
    assert!(Client::new(plugin(), &ClientOptions { cpu_device_count: Some(0), ..Default::default() }).is_err());
}

#[test]
fn every_dtype_round_trips_unchanged() {
    let c = client();
    for dtype in DType::ALL {
        let n = 7;
        // Distinct byte patterns, including values that only survive a bit-exact copy.
        let data: Vec<u8> = match dtype {
            DType::Pred => (0..n).map(|i| (i % 2) as u8).collect(),
            _ => (0..n * dtype.size_bytes()).map(|i| (i * 37 + 11) as u8).collect(),
        };
        let t = HostTensor { dtype, dims: vec![n as i64], data };
        let back = c.to_device(&t, 0).unwrap().to_host().unwrap();
        assert_eq!(back, t, "{dtype}");
    }
    let s32 = HostTensor::from_i32(&[2, 2], &[i32::MIN, -1, 0, i32::MAX]).unwrap();
    assert_eq!(c.to_device(&s32, 0).unwrap().to_host().unwrap().to_i32().unwrap(), vec![i32::MIN, -1, 0, i32::MAX]);
    let u8s = HostTensor::from_u8(&[3], &[0, 128, 255]).unwrap();
    assert_eq!(c.to_device(&u8s, 0).unwrap().to_host().unwrap().to_u8().unwrap(), vec![0, 128, 255]);
    let scalar = HostTensor::scalar_f32(2.5);
    let b = c.to_device(&scalar, 0).unwrap();
    assert!(b.dims().is_empty());
    assert_eq!(b.to_host().unwrap(), scalar);
    let empty = HostTensor::zeros(DType::F32, &[0, 3]);
    assert_eq!(c.to_device(&empty, 0).unwrap().to_host().unwrap(), empty);
}

const INT_OPS: &str = r#"
module @m {
  func.func public @main(%arg0: tensor<3xi32>, %arg1: tensor<3xui8>) -> (tensor<3xi32>, tensor<3xui8>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<3xi32>
    %1 = stablehlo.add %arg1, %arg1 : tensor<3xui8>
    return %0, %1 : tensor<3xi32>, tensor<3xui8>
  }
}
"#;

#[test]
fn integer_programs_return_multiple_outputs() {
    let c = client();
    let p = program(
        INT_OPS,
        vec![spec(DType::S32, &[3]), spec(DType::U8, &[3])],
        vec![spec(DType::S32, &[3]), spec(DType::U8, &[3])],
        vec![],
    );
    let exe = c.compile(&p).unwrap();
    let a = c.to_device(&HostTensor::from_i32(&[3], &[-3, 0, 40000]).unwrap(), 0).unwrap();
    let b = c.to_device(&HostTensor::from_u8(&[3], &[1, 100, 200]).unwrap(), 0).unwrap();
    let out = exe.execute(vec![(&a).into(), (&b).into()]).unwrap();
    assert_eq!(out[0].to_host().unwrap().to_i32().unwrap(), vec![9, 0, 1_600_000_000]);
    // u8 addition wraps.
    assert_eq!(out[1].to_host().unwrap().to_u8().unwrap(), vec![2, 200, 144]);
}

#[test]
fn buffers_and_executables_outlive_their_client_handle() {
    let c = client();
    let exe = c.compile(&add_program()).unwrap();
    let a = c.to_device(&HostTensor::from_f32(&[2, 3], &[1.; 6]).unwrap(), 0).unwrap();
    drop(c);
    let out = exe.execute(vec![(&a).into(), (&a).into()]).unwrap();
    assert_eq!(out[0].to_host().unwrap().to_f32().unwrap(), vec![2.; 6]);
}

#[test]
fn executables_run_from_several_threads() {
    let c = client();
    let exe = Arc::new(c.compile(&add_program()).unwrap());
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let c = c.clone();
            let exe = exe.clone();
            std::thread::spawn(move || {
                let x = c.to_device(&HostTensor::from_f32(&[2, 3], &[t as f32; 6]).unwrap(), 0).unwrap();
                for _ in 0..10 {
                    let out = exe.execute(vec![(&x).into(), (&x).into()]).unwrap();
                    assert_eq!(out[0].to_host().unwrap().to_f32().unwrap(), vec![2. * t as f32; 6]);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

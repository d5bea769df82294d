//! Times any StableHLO module on the CPU plugin with zero-filled inputs, e.g.
//! one exported from JAX (`jax.jit(f).lower(...).as_text()`), to tell a
//! program's cost apart from the XLA version's:
//! `cargo run --release --example time_mlir FILE.mlir [STEPS]`.

use std::time::Instant;
use xlavit::dtype::DType;
use xlavit::host::HostTensor;
use xlavit::program::{Program, Shape};

fn parse_type(t: &str) -> Shape {
    let inner = t.trim_start_matches("tensor<").trim_end_matches('>');
    let mut parts: Vec<&str> = inner.split('x').collect();
    let dtype = match parts.pop().unwrap() {
        "f32" => DType::F32,
        "i32" => DType::S32,
        "ui8" => DType::U8,
        "ui32" => DType::U32,
        "ui64" => DType::U64,
        "i1" => DType::Pred,
        other => panic!("unsupported element type {other}"),
    };
    Shape { dtype, dims: parts.iter().map(|d| d.parse().unwrap()).collect() }
}

fn types_in(s: &str) -> Vec<Shape> {
    s.match_indices("tensor<").map(|(i, _)| parse_type(&s[i..i + s[i..].find('>').unwrap() + 1])).collect()
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1])?;
    let steps: usize = args.get(2).map(|s| s.parse().unwrap()).unwrap_or(20);
    let sig = text.lines().find(|l| l.contains("func.func public @main")).expect("@main");
    let (ins, outs) = sig.split_once(") -> ").unwrap();
    let inputs = types_in(ins);
    let outputs = types_in(outs);
    let program = Program {
        mlir: text.clone(),
        input_names: (0..inputs.len()).map(|i| format!("arg{i}")).collect(),
        output_names: (0..outputs.len()).map(|i| format!("out{i}")).collect(),
        inputs,
        outputs,
        donations: vec![],
        partitioning: None,
    };
    let client = xlavit::runtime::cpu_client_for_tests()?;
    let t0 = Instant::now();
    let exe = client.compile(&program)?;
    println!("compile {:.2} s", t0.elapsed().as_secs_f64());
    let host: Vec<HostTensor> = program.inputs.iter().map(|s| HostTensor::zeros(s.dtype, &s.dims)).collect();
    let bufs: Vec<_> = host.iter().map(|h| client.to_device(h, 0)).collect::<anyhow::Result<_>>()?;
    let mut times = vec![];
    for i in 0..steps + 3 {
        let t = Instant::now();
        exe.execute(bufs.iter().map(xlavit::runtime::Arg::Borrow).collect())?;
        if i >= 3 {
            times.push(t.elapsed().as_secs_f64());
        }
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!("median {:.2} ms over {steps} calls", times[steps / 2] * 1e3);
    Ok(())
}

//! StableHLO text from a traced [`Function`].
//!
//! Deterministic by construction: values are numbered in the order they are
//! written, only nodes the outputs need are written, and no source locations
//! appear, so the same trace always gives byte-identical text (the golden
//! snapshots rely on this). Elementwise ops use the short pretty form; ops
//! with attributes or regions use MLIR's generic form, which every StableHLO
//! parser version reads the same way.

use crate::dtype::DType;
use crate::graph::{CompareDir, Function, Literal, Op, ReduceKind, Shape, ValueType};
use crate::program::{Program, TensorSpec};
use anyhow::{bail, Result};
use std::fmt::Write;

pub fn tensor_type(s: &Shape) -> String {
    let mut t = String::from("tensor<");
    for d in &s.dims {
        write!(t, "{d}x").unwrap();
    }
    t.push_str(s.dtype.mlir_name());
    t.push('>');
    t
}

/// The program the runtime compiles: text plus the signature it checks calls against.
pub fn program(f: &Function) -> Result<Program> {
    let spec = |s: &Shape| TensorSpec { dtype: s.dtype, dims: s.dims.clone() };
    Ok(Program {
        mlir: stablehlo(f)?,
        inputs: f.params.iter().map(|p| spec(&p.shape)).collect(),
        input_names: f.params.iter().map(|p| p.name.clone()).collect(),
        outputs: f.output_shapes().iter().map(spec).collect(),
        output_names: f.output_names.clone(),
        donations: f.donations.clone(),
        partitioning: f.partitioning.clone(),
    })
}

/// The `mhlo.sharding` of a tensor of rank `rank`: split along `split` over the devices in
/// order, or whole on each.
fn sharding(p: &crate::program::Partitioning, split: Option<usize>, rank: usize) -> String {
    let Some(axis) = split else { return "{replicated}".into() };
    let tiles: Vec<String> = (0..rank).map(|a| if a == axis { p.devices.to_string() } else { "1".into() }).collect();
    let devices: Vec<String> = (0..p.devices).map(|d| d.to_string()).collect();
    format!("{{devices=[{}]{}}}", tiles.join(","), devices.join(","))
}

pub fn stablehlo(f: &Function) -> Result<String> {
    let mut e = Emitter { out: String::new(), next: 0 };
    let module: String = f.name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let partitions = f.partitioning.as_ref().map_or(1, |p| p.devices);
    writeln!(e.out, "module @{module} attributes {{mhlo.num_partitions = {partitions} : i32, mhlo.num_replicas = 1 : i32}} {{").unwrap();
    let mut args = vec![];
    let mut arg_names = vec![];
    for (i, p) in f.params.iter().enumerate() {
        let mut a = format!("%arg{i}: {}", tensor_type(&p.shape));
        let mut attrs = vec![];
        if let Some(part) = &f.partitioning {
            attrs.push(format!("mhlo.sharding = \"{}\"", sharding(part, part.split_inputs[i], p.shape.rank())));
        }
        if let Some(&(_, o)) = f.donations.iter().find(|&&(pi, _)| pi == i) {
            attrs.push(format!("tf.aliasing_output = {o} : i32"));
        }
        if !attrs.is_empty() {
            write!(a, " {{{}}}", attrs.join(", ")).unwrap();
        }
        args.push(a);
        arg_names.push(format!("%arg{i}"));
    }
    let shapes = f.output_shapes();
    let out_types: Vec<String> = shapes.iter().map(tensor_type).collect();
    let results: Vec<String> = match &f.partitioning {
        Some(part) => shapes
            .iter()
            .zip(&part.split_outputs)
            .map(|(s, &split)| format!("{} {{mhlo.sharding = \"{}\"}}", tensor_type(s), sharding(part, split, s.rank())))
            .collect(),
        None => out_types.clone(),
    };
    writeln!(e.out, "  func.func public @main({}) -> ({}) {{", args.join(", "), results.join(", ")).unwrap();
    let results = e.body(f, &arg_names, 4)?;
    writeln!(e.out, "    return {} : {}", results.join(", "), out_types.join(", ")).unwrap();
    writeln!(e.out, "  }}").unwrap();
    writeln!(e.out, "}}").unwrap();
    Ok(e.out)
}

/// An elementwise op; its operands and result share the type `ty` (`fn_ty`: as a function type).
fn elementwise_op(lowering: crate::graph::primitives::elementwise::Lowering, ops: &str, ty: &str, fn_ty: &str) -> String {
    use crate::graph::primitives::elementwise::Lowering;
    match lowering {
        Lowering::Stablehlo(n) => format!("stablehlo.{n} {ops} : {ty}"),
        Lowering::Chlo(n) => format!("\"chlo.{n}\"({ops}) : {fn_ty}"),
    }
}

struct Emitter {
    out: String,
    next: usize,
}

fn i64_array(v: &[i64]) -> String {
    if v.is_empty() {
        "array<i64>".into()
    } else {
        format!("array<i64: {}>", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
    }
}

fn usize_array(v: &[usize]) -> String {
    i64_array(&v.iter().map(|&x| x as i64).collect::<Vec<_>>())
}

fn list(v: &[usize]) -> String {
    format!("[{}]", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
}

/// A float as MLIR reads it back exactly: shortest round-trip digits with a
/// mandatory '.', or the raw bits for infinities and NaN.
fn float_literal(v: f64, dtype: DType) -> String {
    if v.is_finite() {
        let s = format!("{v:e}");
        let (mant, exp) = s.split_once('e').unwrap();
        let mant = if mant.contains('.') { mant.to_string() } else { format!("{mant}.0") };
        return format!("{mant}e{exp}");
    }
    match dtype {
        DType::F64 => format!("0x{:016X}", v.to_bits()),
        DType::F32 => format!("0x{:08X}", (v as f32).to_bits()),
        DType::BF16 => format!("0x{:04X}", half::bf16::from_f64(v).to_bits()),
        DType::F16 => format!("0x{:04X}", half::f16::from_f64(v).to_bits()),
        _ => unreachable!(),
    }
}

fn scalar_literal(v: f64, dtype: DType) -> String {
    if dtype == DType::Pred {
        (if v != 0.0 { "true" } else { "false" }).into()
    } else if dtype.is_float() {
        float_literal(v, dtype)
    } else {
        format!("{}", v as i128)
    }
}

/// Each element as MLIR text; integers straight from their bytes, so 64-bit values stay exact.
fn dense_values(bytes: &[u8], dtype: DType) -> Vec<String> {
    let n = dtype.size_bytes();
    bytes
        .chunks_exact(n)
        .map(|c| match dtype {
            DType::U64 => u64::from_le_bytes(c.try_into().unwrap()).to_string(),
            DType::S64 => i64::from_le_bytes(c.try_into().unwrap()).to_string(),
            DType::U32 => u32::from_le_bytes(c.try_into().unwrap()).to_string(),
            DType::S32 => i32::from_le_bytes(c.try_into().unwrap()).to_string(),
            DType::U8 => c[0].to_string(),
            _ => {
                let h = crate::host::HostTensor { dtype, dims: vec![1], data: c.to_vec() };
                scalar_literal(h.to_f64_lossy().expect("numeric dtype")[0], dtype)
            }
        })
        .collect()
}

fn nested_literal(vals: &[String], dims: &[i64]) -> String {
    if dims.is_empty() {
        return vals[0].clone();
    }
    let inner: usize = dims[1..].iter().map(|&d| d as usize).product();
    let parts: Vec<String> =
        (0..dims[0] as usize).map(|i| nested_literal(&vals[i * inner..(i + 1) * inner], &dims[1..])).collect();
    format!("[{}]", parts.join(", "))
}

impl Emitter {
    fn fresh(&mut self) -> String {
        let n = format!("%{}", self.next);
        self.next += 1;
        n
    }

    /// Writes the live nodes of `f` with its parameters bound to `args`; returns the output names.
    fn body(&mut self, f: &Function, args: &[String], indent: usize) -> Result<Vec<String>> {
        let pad = " ".repeat(indent);
        let live = f.live_nodes();
        let mut names: Vec<String> = vec![String::new(); f.nodes.len()];
        for (i, node) in f.nodes.iter().enumerate() {
            if let Op::Parameter { index } = node.op {
                names[i] = args[index].clone();
                continue;
            }
            if !live[i] {
                continue;
            }
            if let Op::GetTupleElement { index } = node.op {
                names[i] = format!("{}#{index}", names[node.inputs[0]]);
                continue;
            }
            if let Op::StopGradient = node.op {
                names[i] = names[node.inputs[0]].clone();
                continue;
            }
            let ins: Vec<&Shape> = node
                .inputs
                .iter()
                .map(|&j| match &f.nodes[j].ty {
                    ValueType::Tensor(s) => s,
                    ValueType::Tuple(_) => unreachable!("tuples are only read through get_tuple_element"),
                })
                .collect();
            let operands: Vec<String> = node.inputs.iter().map(|&j| names[j].clone()).collect();
            let in_types: Vec<String> = ins.iter().map(|s| tensor_type(s)).collect();
            let fn_type = |out: &str| format!("({}) -> {}", in_types.join(", "), out);
            let ops = operands.join(", ");
            let line = match (&node.op, &node.ty) {
                (Op::While { cond, body }, ValueType::Tuple(shapes)) => {
                    let name = self.fresh();
                    let types: Vec<String> = shapes.iter().map(tensor_type).collect();
                    let mut text = format!("{pad}{name}:{} = \"stablehlo.while\"({ops}) ({{\n", shapes.len());
                    let saved = std::mem::take(&mut self.out);
                    for (k, sub) in [cond, body].into_iter().enumerate() {
                        let block_args: Vec<String> = shapes.iter().map(|_| self.fresh()).collect();
                        let decl: Vec<String> = block_args.iter().zip(&types).map(|(a, t)| format!("{a}: {t}")).collect();
                        writeln!(self.out, "{pad}^bb0({}):", decl.join(", ")).unwrap();
                        let res = self.body(sub, &block_args, indent + 2)?;
                        let rt: Vec<String> = sub.output_shapes().iter().map(tensor_type).collect();
                        writeln!(self.out, "{pad}  \"stablehlo.return\"({}) : ({}) -> ()", res.join(", "), rt.join(", ")).unwrap();
                        if k == 0 {
                            writeln!(self.out, "{pad}}}, {{").unwrap();
                        }
                    }
                    let regions = std::mem::replace(&mut self.out, saved);
                    text.push_str(&regions);
                    write!(text, "{pad}}}) : ({}) -> ({})", types.join(", "), types.join(", ")).unwrap();
                    names[i] = name;
                    self.out.push_str(&text);
                    self.out.push('\n');
                    continue;
                }
                (Op::RngBitGenerator { bits }, ValueType::Tuple(shapes)) => {
                    let name = self.fresh();
                    let line = format!(
                        "{pad}{name}:2 = \"stablehlo.rng_bit_generator\"({ops}) {{rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>}} : ({}) -> ({}, {})",
                        in_types[0],
                        tensor_type(&shapes[0]),
                        tensor_type(bits)
                    );
                    names[i] = name;
                    writeln!(self.out, "{line}").unwrap();
                    continue;
                }
                (_, ValueType::Tuple(_)) => bail!("internal: {} has a tuple type", node.op.name()),
                (op, ValueType::Tensor(shape)) => {
                    let ty = tensor_type(shape);
                    let name = self.fresh();
                    let rhs = match op {
                        Op::Constant(Literal::Scalar(v)) => {
                            format!("stablehlo.constant dense<{}> : {ty}", scalar_literal(*v, shape.dtype))
                        }
                        Op::Constant(Literal::Dense(bytes)) => {
                            let vals = dense_values(bytes, shape.dtype);
                            format!("stablehlo.constant dense<{}> : {ty}", nested_literal(&vals, &shape.dims))
                        }
                        Op::Iota { dim } => format!("\"stablehlo.iota\"() {{iota_dimension = {dim} : i64}} : () -> {ty}"),
                        Op::Unary(u) => elementwise_op(crate::graph::primitives::elementwise::unary(*u).lowering, &ops, &ty, &fn_type(&ty)),
                        Op::Binary(op) => elementwise_op(crate::graph::primitives::elementwise::binary(*op).lowering, &ops, &ty, &fn_type(&ty)),
                        Op::Compare(dir) => {
                            let d = match dir {
                                CompareDir::Eq => "EQ",
                                CompareDir::Ne => "NE",
                                CompareDir::Lt => "LT",
                                CompareDir::Le => "LE",
                                CompareDir::Gt => "GT",
                                CompareDir::Ge => "GE",
                            };
                            let dt = ins[0].dtype;
                            let kind = if dt.is_float() {
                                "FLOAT"
                            } else if dt.is_unsigned() || dt == DType::Pred {
                                "UNSIGNED"
                            } else {
                                "SIGNED"
                            };
                            format!(
                                "\"stablehlo.compare\"({ops}) {{compare_type = #stablehlo<comparison_type {kind}>, comparison_direction = #stablehlo<comparison_direction {d}>}} : {}",
                                fn_type(&ty)
                            )
                        }
                        Op::Select => format!("\"stablehlo.select\"({ops}) : {}", fn_type(&ty)),
                        Op::Convert => format!("\"stablehlo.convert\"({ops}) : {}", fn_type(&ty)),
                        Op::BitcastConvert => format!("\"stablehlo.bitcast_convert\"({ops}) : {}", fn_type(&ty)),
                        Op::BroadcastInDim { dims } => format!(
                            "\"stablehlo.broadcast_in_dim\"({ops}) {{broadcast_dimensions = {}}} : {}",
                            usize_array(dims),
                            fn_type(&ty)
                        ),
                        Op::Reshape => format!("\"stablehlo.reshape\"({ops}) : {}", fn_type(&ty)),
                        Op::Transpose { perm } => {
                            format!("\"stablehlo.transpose\"({ops}) {{permutation = {}}} : {}", usize_array(perm), fn_type(&ty))
                        }
                        Op::DotGeneral(d) => {
                            let mut parts = vec![];
                            for (k, v) in [
                                ("lhs_batching_dimensions", &d.lhs_batch),
                                ("rhs_batching_dimensions", &d.rhs_batch),
                                ("lhs_contracting_dimensions", &d.lhs_contract),
                                ("rhs_contracting_dimensions", &d.rhs_contract),
                            ] {
                                if !v.is_empty() {
                                    parts.push(format!("{k} = {}", list(v)));
                                }
                            }
                            let precision = match d.precision {
                                crate::graph::DotPrecision::Default => String::new(),
                                p => {
                                    let n = if p == crate::graph::DotPrecision::High { "HIGH" } else { "HIGHEST" };
                                    format!(", precision_config = [#stablehlo<precision {n}>, #stablehlo<precision {n}>]")
                                }
                            };
                            format!(
                                "\"stablehlo.dot_general\"({ops}) {{dot_dimension_numbers = #stablehlo.dot<{}>{precision}}} : {}",
                                parts.join(", "),
                                fn_type(&ty)
                            )
                        }
                        Op::Reduce { kind, axes } => {
                            let dt = shape.dtype;
                            let (init, body_op) = match kind {
                                ReduceKind::Sum => (scalar_literal(0.0, dt), "add"),
                                ReduceKind::Max => (extreme_literal(dt, false), "maximum"),
                                ReduceKind::Min => (extreme_literal(dt, true), "minimum"),
                            };
                            let scalar = tensor_type(&Shape::new(dt, &[]));
                            // The init constant gets its own number before the reduce's.
                            let init_name = name.clone();
                            writeln!(self.out, "{pad}{init_name} = stablehlo.constant dense<{init}> : {scalar}").unwrap();
                            let name2 = self.fresh();
                            let (x, y, z) = (self.fresh(), self.fresh(), self.fresh());
                            let text = format!(
                                "{pad}{name2} = \"stablehlo.reduce\"({ops}, {init_name}) ({{\n{pad}^bb0({x}: {scalar}, {y}: {scalar}):\n{pad}  {z} = stablehlo.{body_op} {x}, {y} : {scalar}\n{pad}  \"stablehlo.return\"({z}) : ({scalar}) -> ()\n{pad}}}) {{dimensions = {}}} : ({}, {scalar}) -> {ty}",
                                usize_array(axes),
                                in_types[0]
                            );
                            writeln!(self.out, "{text}").unwrap();
                            names[i] = name2;
                            continue;
                        }
                        Op::Concatenate { axis } => {
                            format!("\"stablehlo.concatenate\"({ops}) {{dimension = {axis} : i64}} : {}", fn_type(&ty))
                        }
                        Op::Slice { start, limit, stride } => format!(
                            "\"stablehlo.slice\"({ops}) {{limit_indices = {}, start_indices = {}, strides = {}}} : {}",
                            i64_array(limit),
                            i64_array(start),
                            i64_array(stride),
                            fn_type(&ty)
                        ),
                        Op::Pad { low, high, interior } => format!(
                            "\"stablehlo.pad\"({ops}) {{edge_padding_high = {}, edge_padding_low = {}, interior_padding = {}}} : {}",
                            i64_array(high),
                            i64_array(low),
                            i64_array(interior),
                            fn_type(&ty)
                        ),
                        Op::DynamicSlice { sizes } => format!(
                            "\"stablehlo.dynamic_slice\"({ops}) {{slice_sizes = {}}} : {}",
                            i64_array(sizes),
                            fn_type(&ty)
                        ),
                        Op::DynamicUpdateSlice => format!("\"stablehlo.dynamic_update_slice\"({ops}) : {}", fn_type(&ty)),
                        Op::Parameter { .. }
                        | Op::GetTupleElement { .. }
                        | Op::StopGradient
                        | Op::While { .. }
                        | Op::RngBitGenerator { .. } => {
                            unreachable!()
                        }
                    };
                    names[i] = name.clone();
                    format!("{pad}{name} = {rhs}")
                }
            };
            writeln!(self.out, "{line}").unwrap();
        }
        Ok(f.outputs.iter().map(|&o| names[o].clone()).collect())
    }
}

/// The identity of max (lowest value) or min (highest value) for a dtype.
fn extreme_literal(dt: DType, highest: bool) -> String {
    match dt {
        d if d.is_float() => float_literal(if highest { f64::INFINITY } else { f64::NEG_INFINITY }, d),
        DType::U8 => (if highest { "255" } else { "0" }).into(),
        DType::U32 => if highest { u32::MAX.to_string() } else { "0".into() },
        DType::U64 => if highest { u64::MAX.to_string() } else { "0".into() },
        DType::S32 => if highest { i32::MAX.to_string() } else { i32::MIN.to_string() },
        DType::S64 => if highest { i64::MAX.to_string() } else { i64::MIN.to_string() },
        _ => (if highest { "true" } else { "false" }).into(),
    }
}

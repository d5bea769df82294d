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
use crate::program::Program;
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
    Ok(Program {
        mlir: stablehlo(f)?,
        inputs: f.params.iter().map(|p| p.shape.clone()).collect(),
        input_names: f.params.iter().map(|p| p.name.clone()).collect(),
        outputs: f.output_shapes(),
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
            let op = match (&node.op, &node.ty) {
                (Op::While { cond, body }, ValueType::Tuple(shapes)) => {
                    let types: Vec<String> = shapes.iter().map(tensor_type).collect();
                    Operation::generic("stablehlo.while", operands, in_types, types.clone())
                        .tuple()
                        .region(Region { body: cond.clone(), arg_types: types.clone() })
                        .region(Region { body: body.clone(), arg_types: types })
                }
                (Op::RngBitGenerator { bits }, ValueType::Tuple(shapes)) => {
                    Operation::generic("stablehlo.rng_bit_generator", operands, in_types, vec![tensor_type(&shapes[0]), tensor_type(bits)])
                        .tuple()
                        .attribute("rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>")
                }
                (_, ValueType::Tuple(_)) => bail!("internal: {} has a tuple type", node.op.name()),
                (op, ValueType::Tensor(shape)) => self.lower(op, shape, &ins, operands, in_types, indent)?,
            };
            names[i] = self.emit_op(op, indent)?;
        }
        Ok(f.outputs.iter().map(|&o| names[o].clone()).collect())
    }

    /// The operation of a node with one tensor result. Reduce writes its init constant first.
    fn lower(&mut self, op: &Op, shape: &Shape, ins: &[&Shape], operands: Vec<String>, in_types: Vec<String>, indent: usize) -> Result<Operation> {
        let ty = tensor_type(shape);
        let generic = |name: &str, operands: Vec<String>| Operation::generic(name, operands, in_types.clone(), vec![ty.clone()]);
        Ok(match op {
            Op::Constant(Literal::Scalar(v)) => Operation::constant(format!("dense<{}>", scalar_literal(*v, shape.dtype)), ty),
            Op::Constant(Literal::Dense(bytes)) => {
                let vals = dense_values(bytes, shape.dtype);
                Operation::constant(format!("dense<{}>", nested_literal(&vals, &shape.dims)), ty)
            }
            Op::Iota { dim } => generic("stablehlo.iota", operands).attribute(&format!("iota_dimension = {dim} : i64")),
            Op::Unary(u) => Operation::elementwise(crate::graph::primitives::elementwise::unary(*u).lowering, operands, in_types, ty),
            Op::Binary(b) => Operation::elementwise(crate::graph::primitives::elementwise::binary(*b).lowering, operands, in_types, ty),
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
                generic("stablehlo.compare", operands)
                    .attribute(&format!("compare_type = #stablehlo<comparison_type {kind}>"))
                    .attribute(&format!("comparison_direction = #stablehlo<comparison_direction {d}>"))
            }
            Op::Select => generic("stablehlo.select", operands),
            Op::Convert => generic("stablehlo.convert", operands),
            Op::BitcastConvert => generic("stablehlo.bitcast_convert", operands),
            Op::BroadcastInDim { dims } => {
                generic("stablehlo.broadcast_in_dim", operands).attribute(&format!("broadcast_dimensions = {}", usize_array(dims)))
            }
            Op::Reshape => generic("stablehlo.reshape", operands),
            Op::Transpose { perm } => generic("stablehlo.transpose", operands).attribute(&format!("permutation = {}", usize_array(perm))),
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
                let op = generic("stablehlo.dot_general", operands).attribute(&format!("dot_dimension_numbers = #stablehlo.dot<{}>", parts.join(", ")));
                match d.precision {
                    crate::graph::DotPrecision::Default => op,
                    p => {
                        let n = if p == crate::graph::DotPrecision::High { "HIGH" } else { "HIGHEST" };
                        op.attribute(&format!("precision_config = [#stablehlo<precision {n}>, #stablehlo<precision {n}>]"))
                    }
                }
            }
            Op::Reduce { kind, axes } => {
                let dt = shape.dtype;
                let scalar = Shape::new(dt, &[]);
                let (init, combine) = match kind {
                    ReduceKind::Sum => (scalar_literal(0.0, dt), crate::graph::BinaryOp::Add),
                    ReduceKind::Max => (extreme_literal(dt, false), crate::graph::BinaryOp::Max),
                    ReduceKind::Min => (extreme_literal(dt, true), crate::graph::BinaryOp::Min),
                };
                let init = self.emit_op(Operation::constant(format!("dense<{init}>"), tensor_type(&scalar)), indent)?;
                // The combining region is a traced function of two scalars, like any body.
                let b = crate::graph::Builder::new("reduce_body");
                let (x, y) = (b.parameter("x", dt, &[])?, b.parameter("y", dt, &[])?);
                let combined = x.binary(combine, &y)?;
                let region = Region { body: std::rc::Rc::new(b.finish(&[("z", &combined)])?), arg_types: vec![tensor_type(&scalar); 2] };
                let mut operands = operands;
                operands.push(init);
                let in_types = vec![in_types[0].clone(), tensor_type(&scalar)];
                Operation::generic("stablehlo.reduce", operands, in_types, vec![ty])
                    .region(region)
                    .attribute(&format!("dimensions = {}", usize_array(axes)))
            }
            Op::Concatenate { axis } => generic("stablehlo.concatenate", operands).attribute(&format!("dimension = {axis} : i64")),
            Op::Slice { start, limit, stride } => generic("stablehlo.slice", operands)
                .attribute(&format!("limit_indices = {}", i64_array(limit)))
                .attribute(&format!("start_indices = {}", i64_array(start)))
                .attribute(&format!("strides = {}", i64_array(stride))),
            Op::Pad { low, high, interior } => generic("stablehlo.pad", operands)
                .attribute(&format!("edge_padding_high = {}", i64_array(high)))
                .attribute(&format!("edge_padding_low = {}", i64_array(low)))
                .attribute(&format!("interior_padding = {}", i64_array(interior))),
            Op::DynamicSlice { sizes } => generic("stablehlo.dynamic_slice", operands).attribute(&format!("slice_sizes = {}", i64_array(sizes))),
            Op::DynamicUpdateSlice => generic("stablehlo.dynamic_update_slice", operands),
            Op::Parameter { .. } | Op::GetTupleElement { .. } | Op::StopGradient | Op::While { .. } | Op::RngBitGenerator { .. } => {
                bail!("internal: {} is not a single-result operation", op.name())
            }
        })
    }

    /// Writes one operation (its regions nested, each a function body) and returns the name of
    /// its result (`%n`; a tuple's elements are `%n#k`).
    fn emit_op(&mut self, op: Operation, indent: usize) -> Result<String> {
        let pad = " ".repeat(indent);
        let name = self.fresh();
        let results = if op.tuple { format!("{name}:{}", op.result_types.len()) } else { name.clone() };
        let operands = op.operands.join(", ");
        let text = match op.form {
            Form::Constant(literal) => format!("{pad}{results} = {} {literal} : {}", op.name, op.result_types[0]),
            Form::Elementwise => format!("{pad}{results} = {} {operands} : {}", op.name, op.result_types[0]),
            Form::Generic => {
                let mut text = format!("{pad}{results} = \"{}\"({operands})", op.name);
                if !op.regions.is_empty() {
                    text.push_str(" ({\n");
                    for (k, region) in op.regions.iter().enumerate() {
                        if k > 0 {
                            writeln!(text, "{pad}}}, {{").unwrap();
                        }
                        let args: Vec<String> = region.arg_types.iter().map(|_| self.fresh()).collect();
                        let decl: Vec<String> = args.iter().zip(&region.arg_types).map(|(a, t)| format!("{a}: {t}")).collect();
                        writeln!(text, "{pad}^bb0({}):", decl.join(", ")).unwrap();
                        let outer = std::mem::take(&mut self.out);
                        let res = self.body(&region.body, &args, indent + 2)?;
                        text.push_str(&std::mem::replace(&mut self.out, outer));
                        let rt: Vec<String> = region.body.output_shapes().iter().map(tensor_type).collect();
                        writeln!(text, "{pad}  \"stablehlo.return\"({}) : ({}) -> ()", res.join(", "), rt.join(", ")).unwrap();
                    }
                    write!(text, "{pad}}})").unwrap();
                }
                if !op.attributes.is_empty() {
                    write!(text, " {{{}}}", op.attributes.join(", ")).unwrap();
                }
                let outs = if op.tuple { format!("({})", op.result_types.join(", ")) } else { op.result_types[0].clone() };
                write!(text, " : ({}) -> {outs}", op.operand_types.join(", ")).unwrap();
                text
            }
        };
        writeln!(self.out, "{text}").unwrap();
        Ok(name)
    }
}

/// How an operation is written.
enum Form {
    /// `"name"(%a, %b) ({regions}) {attributes} : (operand types) -> result types`.
    Generic,
    /// `stablehlo.add %a, %b : type`: the short form of elementwise ops.
    Elementwise,
    /// `stablehlo.constant dense<...> : type`.
    Constant(String),
}

/// A region: a nested function body whose block arguments have these types.
struct Region {
    body: std::rc::Rc<Function>,
    arg_types: Vec<String>,
}

/// One operation as MLIR prints it: name, operands, attributes (in order), regions, types.
struct Operation {
    name: String,
    form: Form,
    operands: Vec<String>,
    attributes: Vec<String>,
    regions: Vec<Region>,
    operand_types: Vec<String>,
    result_types: Vec<String>,
    /// Results as one tuple value (`%n:k`), read as `%n#i`.
    tuple: bool,
}

impl Operation {
    fn generic(name: &str, operands: Vec<String>, operand_types: Vec<String>, result_types: Vec<String>) -> Operation {
        Operation { name: name.into(), form: Form::Generic, operands, attributes: vec![], regions: vec![], operand_types, result_types, tuple: false }
    }

    fn constant(literal: String, ty: String) -> Operation {
        Operation { form: Form::Constant(literal), ..Operation::generic("stablehlo.constant", vec![], vec![], vec![ty]) }
    }

    /// An elementwise op; its operands and result share one type.
    fn elementwise(lowering: crate::graph::primitives::elementwise::Lowering, operands: Vec<String>, operand_types: Vec<String>, ty: String) -> Operation {
        use crate::graph::primitives::elementwise::Lowering;
        match lowering {
            Lowering::Stablehlo(n) => {
                Operation { form: Form::Elementwise, ..Operation::generic(&format!("stablehlo.{n}"), operands, operand_types, vec![ty]) }
            }
            Lowering::Chlo(n) => Operation::generic(&format!("chlo.{n}"), operands, operand_types, vec![ty]),
        }
    }

    fn attribute(mut self, text: &str) -> Operation {
        self.attributes.push(text.to_string());
        self
    }

    fn region(mut self, region: Region) -> Operation {
        self.regions.push(region);
        self
    }

    fn tuple(mut self) -> Operation {
        self.tuple = true;
        self
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

//! The vocabulary of lowering rules: one [`Operation`] as MLIR prints it, and the text of
//! types and literals. The emitter (`crate::emit`) prints operations; the rules build them.

use crate::dtype::DType;
use crate::graph::{Function, Shape};
use anyhow::Result;
use std::fmt::Write;

/// Where a rule writes an operation that must come before its own (a reduce's initial
/// value); returns the SSA name of its result.
pub trait Sink {
    fn emit(&mut self, op: Operation) -> Result<String>;
}

/// How an elementwise op is written: `stablehlo.<name> %a : type`, or (for ops StableHLO
/// lacks) a generic `"chlo.<name>"(%a) : (type) -> type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lowering {
    Stablehlo(&'static str),
    Chlo(&'static str),
}

/// What a node lowers to.
pub enum Lowered {
    Operation(Operation),
    /// No instruction: the node's value is its operand `k` (stop_gradient).
    Operand(usize),
}

pub fn tensor_type(s: &Shape) -> String {
    let mut t = String::from("tensor<");
    for d in &s.dims {
        write!(t, "{d}x").unwrap();
    }
    t.push_str(s.dtype.mlir_name());
    t.push('>');
    t
}

pub fn i64_array(v: &[i64]) -> String {
    if v.is_empty() {
        "array<i64>".into()
    } else {
        format!("array<i64: {}>", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
    }
}

pub fn usize_array(v: &[usize]) -> String {
    i64_array(&v.iter().map(|&x| x as i64).collect::<Vec<_>>())
}

pub fn list(v: &[usize]) -> String {
    format!("[{}]", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
}

/// A float as MLIR reads it back exactly: shortest round-trip digits with a
/// mandatory '.', or the raw bits for infinities and NaN.
pub fn float_literal(v: f64, dtype: DType) -> String {
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

pub fn scalar_literal(v: f64, dtype: DType) -> String {
    if dtype == DType::Pred {
        (if v != 0.0 { "true" } else { "false" }).into()
    } else if dtype.is_float() {
        float_literal(v, dtype)
    } else {
        format!("{}", v as i128)
    }
}

/// Each element as MLIR text; integers straight from their bytes, so 64-bit values stay exact.
pub fn dense_values(bytes: &[u8], dtype: DType) -> Vec<String> {
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

pub fn nested_literal(vals: &[String], dims: &[i64]) -> String {
    if dims.is_empty() {
        return vals[0].clone();
    }
    let inner: usize = dims[1..].iter().map(|&d| d as usize).product();
    let parts: Vec<String> =
        (0..dims[0] as usize).map(|i| nested_literal(&vals[i * inner..(i + 1) * inner], &dims[1..])).collect();
    format!("[{}]", parts.join(", "))
}

/// How an operation is written.
pub enum Form {
    /// `"name"(%a, %b) ({regions}) {attributes} : (operand types) -> result types`.
    Generic,
    /// `stablehlo.add %a, %b : type`: the short form of elementwise ops.
    Elementwise,
    /// `stablehlo.constant dense<...> : type`.
    Constant(String),
}

/// A region: a nested function body whose block arguments have these types.
pub struct Region {
    pub body: std::rc::Rc<Function>,
    pub arg_types: Vec<String>,
}

/// One operation as MLIR prints it: name, operands, attributes (in order), regions, types.
pub struct Operation {
    pub name: String,
    pub form: Form,
    pub operands: Vec<String>,
    pub attributes: Vec<String>,
    pub regions: Vec<Region>,
    pub operand_types: Vec<String>,
    pub result_types: Vec<String>,
    /// Results as one tuple value (`%n:k`), read as `%n#i`.
    pub tuple: bool,
}

impl Operation {
    pub fn generic(name: &str, operands: Vec<String>, operand_types: Vec<String>, result_types: Vec<String>) -> Operation {
        Operation { name: name.into(), form: Form::Generic, operands, attributes: vec![], regions: vec![], operand_types, result_types, tuple: false }
    }

    /// `stablehlo.iota` of type `ty`, counting along axis `dim`.
    pub fn iota(ty: String, dim: usize) -> Operation {
        Operation::generic("stablehlo.iota", vec![], vec![], vec![ty]).attribute(&format!("iota_dimension = {dim} : i64"))
    }

    pub fn constant(literal: String, ty: String) -> Operation {
        Operation { form: Form::Constant(literal), ..Operation::generic("stablehlo.constant", vec![], vec![], vec![ty]) }
    }

    /// An elementwise op; its operands and result share one type.
    pub fn elementwise(lowering: Lowering, operands: Vec<String>, operand_types: Vec<String>, ty: String) -> Operation {
        match lowering {
            Lowering::Stablehlo(n) => {
                Operation { form: Form::Elementwise, ..Operation::generic(&format!("stablehlo.{n}"), operands, operand_types, vec![ty]) }
            }
            Lowering::Chlo(n) => Operation::generic(&format!("chlo.{n}"), operands, operand_types, vec![ty]),
        }
    }

    pub fn attribute(mut self, text: &str) -> Operation {
        self.attributes.push(text.to_string());
        self
    }

    pub fn region(mut self, region: Region) -> Operation {
        self.regions.push(region);
        self
    }

    pub fn tuple(mut self) -> Operation {
        self.tuple = true;
        self
    }
}

/// The identity of max (lowest value) or min (highest value) for a dtype.
pub fn extreme_literal(dt: DType, highest: bool) -> String {
    match dt {
        DType::F16 | DType::BF16 | DType::F32 | DType::F64 => float_literal(if highest { f64::INFINITY } else { f64::NEG_INFINITY }, dt),
        DType::U8 => (if highest { "255" } else { "0" }).into(),
        DType::U32 => if highest { u32::MAX.to_string() } else { "0".into() },
        DType::U64 => if highest { u64::MAX.to_string() } else { "0".into() },
        DType::S32 => if highest { i32::MAX.to_string() } else { i32::MIN.to_string() },
        DType::S64 => if highest { i64::MAX.to_string() } else { i64::MIN.to_string() },
        DType::Pred => (if highest { "true" } else { "false" }).into(),
    }
}

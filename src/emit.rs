//! StableHLO text from a traced [`Function`]: the module, its signature (shardings and
//! donations) and one generic printer for operations. What each primitive lowers to is its
//! family's rule (`graph::primitives`); this file only walks the graph and prints.
//!
//! Deterministic by construction: values are numbered in the order they are written, only
//! nodes the outputs need are written, and no source locations appear, so the same trace
//! always gives byte-identical text (the golden snapshots rely on this). Elementwise ops use
//! the short pretty form; ops with attributes or regions use MLIR's generic form, which every
//! StableHLO parser version reads the same way.

use crate::graph::primitives::lowering::Form;
use crate::graph::primitives::{LowerCx, Lowered, Operation, Sink};
use crate::graph::{Function, Role};
use crate::program::Program;
use anyhow::Result;
use std::fmt::Write;

pub use crate::graph::primitives::lowering::tensor_type;

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
            let role = node.op.role();
            // Parameters are bound whether or not they are used.
            if !live[i] && !matches!(role, Role::Parameter(_)) {
                continue;
            }
            names[i] = match role {
                Role::Parameter(index) => args[index].clone(),
                Role::TupleElement(index) => format!("{}#{index}", names[node.inputs[0]]),
                Role::Primitive(p) => {
                    let inputs = f.operand_shapes(node)?;
                    let operands: Vec<String> = node.inputs.iter().map(|&j| names[j].clone()).collect();
                    let lowered = {
                        let mut sink = At { e: self, indent };
                        let mut cx = LowerCx { node, input_shapes: inputs, operands: operands.clone(), sink: &mut sink };
                        p.lower(&mut cx)?
                    };
                    match lowered {
                        Lowered::Operation(op) => self.emit_op(op, indent)?,
                        Lowered::Operand(k) => operands[k].clone(),
                    }
                }
            };
        }
        Ok(f.outputs.iter().map(|&o| names[o].clone()).collect())
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

/// The emitter at one indentation, as a place for rules to write their helper operations.
struct At<'a> {
    e: &'a mut Emitter,
    indent: usize,
}

impl Sink for At<'_> {
    fn emit(&mut self, op: Operation) -> Result<String> {
        self.e.emit_op(op, self.indent)
    }
}

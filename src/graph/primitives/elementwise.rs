//! The elementwise family: every unary and binary op as one table entry (adding one is a new
//! `UnaryOp`/`BinaryOp` variant and its entry), then compare, select and the conversions.
//! tests/primitives.rs checks every entry against the interpreter and every differentiable one
//! against finite differences.

pub use super::lowering::Lowering;
use super::lowering::tensor_type;
use super::{same_graph, EvalCx, LowerCx, Lowered, Operation, Primitive, Value, VjpCx};
use crate::dtype::{bits_of, cast, from_bits, DType};
use crate::graph::{Node, Op, Shape, Tensor};
use anyhow::{bail, ensure, Result};

/// An enum with `ALL`, its variants, written by the compiler from the one list.
macro_rules! listed_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident,)* }) => {
        $(#[$m])*
        pub enum $name { $($(#[$vm])* $v,)* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v,)*];
        }
    };
}

listed_enum! {
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Abs,
    Exp,
    Log,
    Sqrt,
    Rsqrt,
    Tanh,
    Erf,
    Sin,
    Cos,
    Floor,
    /// Logical not for pred, bitwise not for integers.
    Not,
}
}

listed_enum! {
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Pow,
    Max,
    Min,
    And,
    Or,
    Xor,
    ShiftLeft,
    ShiftRightLogical,
}
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareDir {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(ElementwiseName), derive(strum::EnumIter, strum::IntoStaticStr), strum(serialize_all = "snake_case"))]
pub enum ElementwiseOp {
    Unary(UnaryOp),
    Binary(BinaryOp),
    Compare(CompareDir),
    /// inputs: predicate, on_true, on_false (all the same dims).
    Select,
    Convert,
    BitcastConvert,
}

/// One unary primitive.
pub struct Unary {
    pub op: UnaryOp,
    /// Our name (`Op::name`, error messages).
    pub name: &'static str,
    pub lowering: Lowering,
    /// Which element types it is defined for.
    pub dtypes: fn(DType) -> bool,
    /// The host semantics on an f64-held value of type `dt` (rounded to `dt` by the caller).
    pub host: fn(f64, DType) -> f64,
    /// The cotangent of the operand from the output's cotangent `g`, operand `a` and output
    /// `y`; Err for ops with no derivative (the reason).
    pub vjp: fn(g: &Tensor, a: &Tensor, y: &Tensor) -> Result<Tensor>,
}

fn float(dt: DType) -> bool {
    dt.is_float()
}

fn signed(dt: DType) -> bool {
    dt != DType::Pred && !dt.is_unsigned()
}

fn logical(dt: DType) -> bool {
    dt == DType::Pred || dt.is_int()
}

fn numeric(dt: DType) -> bool {
    dt != DType::Pred
}

/// Every unary primitive, in any order.
pub static UNARY: [Unary; UnaryOp::ALL.len()] = [
    Unary { op: UnaryOp::Neg, name: "neg", lowering: Lowering::Stablehlo("negate"), dtypes: signed, host: |x, _| -x, vjp: |g, _, _| g.neg() },
    Unary {
        op: UnaryOp::Abs,
        name: "abs",
        lowering: Lowering::Stablehlo("abs"),
        dtypes: signed,
        host: |x, _| x.abs(),
        vjp: |g, a, _| {
            let s = a.ge(&a.scalar_like(0.0))?.select(&a.ones_like()?, &a.ones_like()?.neg()?)?;
            g.mul(&s)
        },
    },
    Unary { op: UnaryOp::Exp, name: "exp", lowering: Lowering::Stablehlo("exponential"), dtypes: float, host: |x, _| x.exp(), vjp: |g, _, y| g.mul(y) },
    Unary { op: UnaryOp::Log, name: "log", lowering: Lowering::Stablehlo("log"), dtypes: float, host: |x, _| x.ln(), vjp: |g, a, _| g.div(a) },
    Unary {
        op: UnaryOp::Sqrt,
        name: "sqrt",
        lowering: Lowering::Stablehlo("sqrt"),
        dtypes: float,
        host: |x, _| x.sqrt(),
        vjp: |g, _, y| g.div(&y.mul_scalar(2.0)?),
    },
    Unary {
        op: UnaryOp::Rsqrt,
        name: "rsqrt",
        lowering: Lowering::Stablehlo("rsqrt"),
        dtypes: float,
        host: |x, _| 1.0 / x.sqrt(),
        // d/da a^-1/2 = -1/2 a^-3/2 = -1/2 y / a
        vjp: |g, a, y| g.mul(&y.div(a)?.mul_scalar(-0.5)?),
    },
    Unary {
        op: UnaryOp::Tanh,
        name: "tanh",
        lowering: Lowering::Stablehlo("tanh"),
        dtypes: float,
        host: |x, _| x.tanh(),
        vjp: |g, _, y| g.mul(&y.ones_like()?.sub(&y.square()?)?),
    },
    Unary {
        op: UnaryOp::Erf,
        name: "erf",
        // StableHLO has no erf; XLA expands CHLO's.
        lowering: Lowering::Chlo("erf"),
        dtypes: float,
        host: |x, _| libm::erf(x),
        vjp: |g, a, _| g.mul(&a.square()?.neg()?.exp()?.mul_scalar(std::f64::consts::FRAC_2_SQRT_PI)?),
    },
    Unary { op: UnaryOp::Sin, name: "sin", lowering: Lowering::Stablehlo("sine"), dtypes: float, host: |x, _| x.sin(), vjp: |g, a, _| g.mul(&a.cos()?) },
    Unary {
        op: UnaryOp::Cos,
        name: "cos",
        lowering: Lowering::Stablehlo("cosine"),
        dtypes: float,
        host: |x, _| x.cos(),
        vjp: |g, a, _| g.mul(&a.sin()?.neg()?),
    },
    Unary { op: UnaryOp::Floor, name: "floor", lowering: Lowering::Stablehlo("floor"), dtypes: float, host: |x, _| x.floor(), vjp: |g, _, _| g.zeros_like() },
    Unary {
        op: UnaryOp::Not,
        name: "not",
        lowering: Lowering::Stablehlo("not"),
        dtypes: logical,
        host: |x, dt| if dt == DType::Pred { (x == 0.0) as u8 as f64 } else { from_bits(!bits_of(x, dt), dt) },
        vjp: |_, _, _| bail!("not is not differentiable (logical)"),
    },
];

/// The rule of a unary op.
pub fn unary(op: UnaryOp) -> &'static Unary {
    UNARY.iter().find(|r| r.op == op).expect("every unary op has a rule (unit test)")
}

/// One binary primitive (operands of one shape and type).
pub struct Binary {
    pub op: BinaryOp,
    pub name: &'static str,
    pub lowering: Lowering,
    pub dtypes: fn(DType) -> bool,
    /// Host semantics on f64-held values of type `dt` (rounded to `dt` by the caller).
    pub host: fn(f64, f64, DType) -> f64,
    /// Both operands' cotangents from `g`, the operands `a`, `c` and the output `y`; Err for
    /// ops with no derivative.
    pub vjp: fn(g: &Tensor, a: &Tensor, c: &Tensor, y: &Tensor) -> Result<[Tensor; 2]>,
}

fn bitwise_vjp(_: &Tensor, _: &Tensor, _: &Tensor, _: &Tensor) -> Result<[Tensor; 2]> {
    bail!("bitwise ops are not differentiable")
}

fn width(dt: DType) -> u64 {
    dt.size_bytes() as u64 * 8
}

/// Every binary primitive, in any order.
pub static BINARY: [Binary; BinaryOp::ALL.len()] = [
    Binary { op: BinaryOp::Add, name: "add", lowering: Lowering::Stablehlo("add"), dtypes: numeric, host: |a, b, _| a + b, vjp: |g, _, _, _| Ok([g.clone(), g.clone()]) },
    Binary {
        op: BinaryOp::Sub,
        name: "sub",
        lowering: Lowering::Stablehlo("subtract"),
        dtypes: numeric,
        host: |a, b, _| a - b,
        vjp: |g, _, _, _| Ok([g.clone(), g.neg()?]),
    },
    Binary {
        op: BinaryOp::Mul,
        name: "mul",
        lowering: Lowering::Stablehlo("multiply"),
        dtypes: numeric,
        host: |a, b, _| a * b,
        vjp: |g, a, c, _| Ok([g.mul(c)?, g.mul(a)?]),
    },
    Binary {
        op: BinaryOp::Div,
        name: "div",
        lowering: Lowering::Stablehlo("divide"),
        dtypes: numeric,
        host: |a, b, dt| if dt.is_float() { a / b } else { (a / b).trunc() },
        vjp: |g, _, c, y| {
            let ga = g.div(c)?;
            let gc = ga.mul(y)?.neg()?;
            Ok([ga, gc])
        },
    },
    Binary {
        op: BinaryOp::Rem,
        name: "rem",
        lowering: Lowering::Stablehlo("remainder"),
        dtypes: numeric,
        host: |a, b, _| a % b,
        // a - c * trunc(a / c): d/da = 1, d/dc = -trunc(a / c).
        vjp: |g, a, c, y| Ok([g.clone(), g.mul(&a.sub(y)?.div(c)?)?.neg()?]),
    },
    Binary {
        op: BinaryOp::Pow,
        name: "pow",
        lowering: Lowering::Stablehlo("power"),
        dtypes: float,
        host: |a, b, _| a.powf(b),
        // d/da = c a^(c-1); d/dc = log(a) a^c (taken as 0 where a == 0, as JAX does).
        vjp: |g, a, c, y| {
            let ga = g.mul(&c.mul(&a.pow(&c.sub(&c.ones_like()?)?)?)?)?;
            let zero = a.zeros_like()?;
            let safe_log = a.eq(&zero)?.select(&zero, &a.log()?)?;
            Ok([ga, g.mul(&safe_log.mul(y)?)?])
        },
    },
    Binary { op: BinaryOp::Max, name: "max", lowering: Lowering::Stablehlo("maximum"), dtypes: numeric, host: |a, b, _| maximum(a, b), vjp: |g, a, c, _| extreme_vjp(g, a, c, true) },
    Binary { op: BinaryOp::Min, name: "min", lowering: Lowering::Stablehlo("minimum"), dtypes: numeric, host: |a, b, _| minimum(a, b), vjp: |g, a, c, _| extreme_vjp(g, a, c, false) },
    Binary {
        op: BinaryOp::And,
        name: "and",
        lowering: Lowering::Stablehlo("and"),
        dtypes: logical,
        host: |a, b, dt| from_bits(bits_of(a, dt) & bits_of(b, dt), dt),
        vjp: bitwise_vjp,
    },
    Binary {
        op: BinaryOp::Or,
        name: "or",
        lowering: Lowering::Stablehlo("or"),
        dtypes: logical,
        host: |a, b, dt| from_bits(bits_of(a, dt) | bits_of(b, dt), dt),
        vjp: bitwise_vjp,
    },
    Binary {
        op: BinaryOp::Xor,
        name: "xor",
        lowering: Lowering::Stablehlo("xor"),
        dtypes: logical,
        host: |a, b, dt| from_bits(bits_of(a, dt) ^ bits_of(b, dt), dt),
        vjp: bitwise_vjp,
    },
    Binary {
        op: BinaryOp::ShiftLeft,
        name: "shift_left",
        lowering: Lowering::Stablehlo("shift_left"),
        dtypes: DType::is_int,
        host: |a, b, dt| {
            let s = bits_of(b, dt);
            if s >= width(dt) { 0.0 } else { from_bits(bits_of(a, dt) << s, dt) }
        },
        vjp: bitwise_vjp,
    },
    Binary {
        op: BinaryOp::ShiftRightLogical,
        name: "shift_right_logical",
        lowering: Lowering::Stablehlo("shift_right_logical"),
        dtypes: DType::is_int,
        host: |a, b, dt| {
            let (s, w) = (bits_of(b, dt), width(dt));
            let mask = if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
            if s >= w { 0.0 } else { from_bits((bits_of(a, dt) & mask) >> s, dt) }
        },
        vjp: bitwise_vjp,
    },
];

/// StableHLO's `maximum`: NaN wins (f64::max would drop it).
pub(crate) fn maximum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() { f64::NAN } else { a.max(b) }
}

/// StableHLO's `minimum`: NaN wins.
pub(crate) fn minimum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() { f64::NAN } else { a.min(b) }
}

/// Ties split the gradient evenly, as JAX does.
fn extreme_vjp(g: &Tensor, a: &Tensor, c: &Tensor, max: bool) -> Result<[Tensor; 2]> {
    let pick_a = if max { a.gt(c)? } else { a.lt(c)? };
    let tie = a.eq(c)?;
    let half = g.mul_scalar(0.5)?;
    let zero = g.zeros_like()?;
    let ga = pick_a.select(g, &tie.select(&half, &zero)?)?;
    let gc = g.sub(&ga)?;
    Ok([ga, gc])
}

/// The rule of a binary op.
pub fn binary(op: BinaryOp) -> &'static Binary {
    BINARY.iter().find(|r| r.op == op).expect("every binary op has a rule (unit test)")
}

impl Primitive for ElementwiseOp {
    fn name(&self) -> &'static str {
        match self {
            ElementwiseOp::Unary(u) => unary(*u).name,
            ElementwiseOp::Binary(b) => binary(*b).name,
            ElementwiseOp::Compare(_) | ElementwiseOp::Select | ElementwiseOp::Convert | ElementwiseOp::BitcastConvert => {
                ElementwiseName::from(self).into()
            }
        }
    }

    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered> {
        let ty = tensor_type(cx.shape());
        Ok(Lowered::Operation(match self {
            ElementwiseOp::Unary(u) => Operation::elementwise(unary(*u).lowering, cx.operands.clone(), cx.operand_types(), ty),
            ElementwiseOp::Binary(b) => Operation::elementwise(binary(*b).lowering, cx.operands.clone(), cx.operand_types(), ty),
            ElementwiseOp::Compare(dir) => {
                let d = match dir {
                    CompareDir::Eq => "EQ",
                    CompareDir::Ne => "NE",
                    CompareDir::Lt => "LT",
                    CompareDir::Le => "LE",
                    CompareDir::Gt => "GT",
                    CompareDir::Ge => "GE",
                };
                let dt = cx.input_shapes[0].dtype;
                let kind = if dt.is_float() {
                    "FLOAT"
                } else if dt.is_unsigned() || dt == DType::Pred {
                    "UNSIGNED"
                } else {
                    "SIGNED"
                };
                cx.generic("stablehlo.compare")
                    .attribute(&format!("compare_type = #stablehlo<comparison_type {kind}>"))
                    .attribute(&format!("comparison_direction = #stablehlo<comparison_direction {d}>"))
            }
            ElementwiseOp::Select => cx.generic("stablehlo.select"),
            ElementwiseOp::Convert => cx.generic("stablehlo.convert"),
            ElementwiseOp::BitcastConvert => cx.generic("stablehlo.bitcast_convert"),
        }))
    }

    fn eval(&self, cx: &EvalCx) -> Result<Value> {
        let dt = cx.shape().dtype;
        let src = cx.input_shapes[0].dtype;
        let x = cx.x(0)?;
        Ok(Value::Tensor(match self {
            ElementwiseOp::Unary(u) => {
                let host = unary(*u).host;
                x.mapv(|v| cast(host(v, dt), dt))
            }
            ElementwiseOp::Binary(b) => {
                let host = binary(*b).host;
                let mut out = x.clone();
                out.zip_mut_with(cx.x(1)?, |p, &q| *p = cast(host(*p, q, dt), dt));
                out
            }
            ElementwiseOp::Compare(dir) => {
                let mut out = x.clone();
                out.zip_mut_with(cx.x(1)?, |p, &q| {
                    let a = *p;
                    *p = match dir {
                        CompareDir::Eq => a == q,
                        CompareDir::Ne => a != q,
                        CompareDir::Lt => a < q,
                        CompareDir::Le => a <= q,
                        CompareDir::Gt => a > q,
                        CompareDir::Ge => a >= q,
                    } as u8 as f64;
                });
                out
            }
            ElementwiseOp::Select => {
                let mut out = cx.x(1)?.clone();
                ndarray::Zip::from(&mut out).and(x).and(cx.x(2)?).for_each(|o, &p, &f| {
                    if p == 0.0 {
                        *o = f;
                    }
                });
                out
            }
            ElementwiseOp::Convert => {
                x.mapv(|v| if src.is_float() && !dt.is_float() && dt != DType::Pred { cast(v.trunc(), dt) } else { cast(v, dt) })
            }
            ElementwiseOp::BitcastConvert => x.mapv(|v| from_bits(bits_of(v, src), dt)),
        }))
    }

    fn vjp(&self, cx: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        let g = &cx.g()?;
        Ok(match self {
            ElementwiseOp::Unary(u) => vec![Some((unary(*u).vjp)(g, &cx.x(0), &cx.y()?)?)],
            ElementwiseOp::Binary(b) => {
                let [ga, gc] = (binary(*b).vjp)(g, &cx.x(0), &cx.x(1), &cx.y()?)?;
                vec![Some(ga), Some(gc)]
            }
            ElementwiseOp::Compare(_) => vec![None, None],
            ElementwiseOp::Select => {
                let p = cx.x(0);
                let zero = g.zeros_like()?;
                vec![None, Some(p.select(g, &zero)?), Some(p.select(&zero, g)?)]
            }
            ElementwiseOp::Convert => {
                let a = cx.x(0);
                vec![if a.dtype().is_float() { Some(g.convert(a.dtype())?) } else { None }]
            }
            ElementwiseOp::BitcastConvert => vec![None],
        })
    }

    fn flops(&self, node: &Node, _: &[&Shape]) -> f64 {
        match self {
            ElementwiseOp::Unary(_) | ElementwiseOp::Binary(_) | ElementwiseOp::Compare(_) | ElementwiseOp::Select => {
                node.shape().element_count() as f64
            }
            ElementwiseOp::Convert | ElementwiseOp::BitcastConvert => 0.0,
        }
    }
}

impl Tensor {
    /// Applies the unary primitive `op` (the named methods, `neg`, `exp`, ..., call this).
    pub fn unary(&self, op: UnaryOp) -> Result<Tensor> {
        let rule = unary(op);
        ensure!((rule.dtypes)(self.dtype()), "{}: not defined for {}", rule.name, self.shape);
        Ok(self.builder().push(Op::Elementwise(ElementwiseOp::Unary(op)), vec![self.id], self.shape.clone()))
    }

    /// Applies the binary primitive `op` to operands of one shape (the named methods, `add`,
    /// `mul`, ..., broadcast first, then call this).
    pub fn binary(&self, op: BinaryOp, rhs: &Tensor) -> Result<Tensor> {
        let rule = binary(op);
        same_graph(rule.name, self, rhs)?;
        if self.shape != rhs.shape {
            bail!("{}: operand shapes differ: {} vs {}", rule.name, self.shape, rhs.shape);
        }
        ensure!((rule.dtypes)(self.dtype()), "{}: not defined for {}", rule.name, self.shape);
        Ok(self.builder().push(Op::Elementwise(ElementwiseOp::Binary(op)), vec![self.id, rhs.id], self.shape.clone()))
    }

    /// A pred tensor; the operands broadcast numpy-style first.
    pub fn compare(&self, dir: CompareDir, rhs: &Tensor) -> Result<Tensor> {
        let (a, b) = self.broadcast_pair(rhs, "compare")?;
        Ok(a.builder().push(Op::Elementwise(ElementwiseOp::Compare(dir)), vec![a.id, b.id], a.shape.with_dtype(DType::Pred)))
    }

    /// `self` is the predicate; picks `on_true` where it holds.
    pub fn select(&self, on_true: &Tensor, on_false: &Tensor) -> Result<Tensor> {
        same_graph("select", self, on_true)?;
        same_graph("select", self, on_false)?;
        ensure!(self.dtype() == DType::Pred, "select: predicate must be pred, got {}", self.shape);
        let (t, f) = on_true.broadcast_pair(on_false, "select")?;
        let p = self.broadcast_to(t.dims())?;
        Ok(self.builder().push(Op::Elementwise(ElementwiseOp::Select), vec![p.id, t.id, f.id], t.shape.clone()))
    }

    pub fn convert(&self, dtype: DType) -> Result<Tensor> {
        if dtype == self.dtype() {
            return Ok(self.clone());
        }
        Ok(self.builder().push(Op::Elementwise(ElementwiseOp::Convert), vec![self.id], self.shape.with_dtype(dtype)))
    }

    /// Reinterprets the bits; both dtypes must have the same width.
    pub fn bitcast_convert(&self, dtype: DType) -> Result<Tensor> {
        ensure!(
            dtype.size_bytes() == self.dtype().size_bytes() && dtype != DType::Pred && self.dtype() != DType::Pred,
            "bitcast_convert: {} and {dtype} differ in width",
            self.shape
        );
        Ok(self.builder().push(Op::Elementwise(ElementwiseOp::BitcastConvert), vec![self.id], self.shape.with_dtype(dtype)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_op_has_one_rule_and_names_are_unique() {
        // The tables are as long as the enums (their types say so), so one rule per op means no
        // op is missing.
        for &op in UnaryOp::ALL {
            assert_eq!(UNARY.iter().filter(|r| r.op == op).count(), 1, "{op:?}");
        }
        for &op in BinaryOp::ALL {
            assert_eq!(BINARY.iter().filter(|r| r.op == op).count(), 1, "{op:?}");
        }
        let mut names: Vec<&str> = UNARY.iter().map(|r| r.name).chain(BINARY.iter().map(|r| r.name)).collect();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "duplicate names");
    }
}

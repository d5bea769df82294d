//! Random bits: XLA's counter-based THREE_FRY generator, and the uniform floats built on it.

use super::{ix, EvalCx, LowerCx, Lowered, Primitive, Value, VjpCx};
use crate::dtype::DType;
use crate::graph::{Builder, Node, Op, Shape, Tensor, ValueType};
use anyhow::{bail, ensure, Result};
use ndarray::ArrayD;

#[derive(Clone, Debug, strum::EnumDiscriminants)]
#[strum_discriminants(name(RandomName), derive(strum::EnumIter, strum::IntoStaticStr), strum(serialize_all = "snake_case"))]
pub enum RandomOp {
    /// input: `u64[2]` state; outputs (tuple): new state, random bits of shape `bits`.
    RngBitGenerator { bits: Shape },
}

impl Primitive for RandomOp {
    fn name(&self) -> &'static str {
        RandomName::from(self).into()
    }

    fn lower(&self, cx: &mut LowerCx) -> Result<Lowered> {
        match self {
            RandomOp::RngBitGenerator { .. } => Ok(Lowered::Operation(
                cx.generic("stablehlo.rng_bit_generator").attribute("rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>"),
            )),
        }
    }

    fn eval(&self, cx: &EvalCx) -> Result<Value> {
        match self {
            RandomOp::RngBitGenerator { bits } => {
                let words = state_words(cx.x(0)?.iter().copied().collect())?;
                let (new_state, out) = threefry_bits(words, bits.dtype, &bits.dims)?;
                Ok(Value::Tuple(vec![
                    ArrayD::from_shape_vec(ix(&[2]), new_state.iter().map(|&w| w as f64).collect())?,
                    ArrayD::from_shape_vec(ix(&bits.dims), out)?,
                ]))
            }
        }
    }

    fn vjp(&self, _: &VjpCx) -> Result<Vec<Option<Tensor>>> {
        match self {
            // The state is an integer: nothing to differentiate.
            RandomOp::RngBitGenerator { .. } => Ok(vec![None]),
        }
    }

    fn flops(&self, _: &Node, _: &[&Shape]) -> f64 {
        match self {
            RandomOp::RngBitGenerator { .. } => 0.0,
        }
    }
}

impl Builder {
    /// Counter-based random bits (Threefry): returns (new state, bits). `state` is `u64[2]`.
    pub fn rng_bit_generator(&self, state: &Tensor, dtype: DType, dims: &[i64]) -> Result<(Tensor, Tensor)> {
        ensure!(self.owns(state), "rng_bit_generator: state from another traced function");
        ensure!(
            state.shape == Shape::new(DType::U64, &[2]),
            "rng_bit_generator: state must be u64[2], got {}",
            state.shape
        );
        ensure!(matches!(dtype, DType::U32 | DType::U64), "rng_bit_generator: bits must be u32 or u64, got {dtype}");
        let bits = Shape::new(dtype, dims);
        let id = self.push_node(
            Op::Random(RandomOp::RngBitGenerator { bits: bits.clone() }),
            vec![state.id],
            ValueType::Tuple(vec![state.shape.clone(), bits.clone()]),
        );
        let s = self.push(Op::GetTupleElement { index: 0 }, vec![id], state.shape.clone());
        let b = self.push(Op::GetTupleElement { index: 1 }, vec![id], bits);
        Ok((s, b))
    }

    /// Uniform floats in [0, 1) drawn from `state`: returns (new state, values).
    pub fn rng_uniform(&self, state: &Tensor, dtype: DType, dims: &[i64]) -> Result<(Tensor, Tensor)> {
        let (state, bits) = self.rng_bit_generator(state, DType::U32, dims)?;
        // 23 random mantissa bits under exponent 0 give a float in [1, 2).
        let mantissa = bits.shift_right_logical(&self.full(9.0, DType::U32, dims)?)?;
        let one_bits = self.full(f32::to_bits(1.0) as f64, DType::U32, dims)?;
        let f = mantissa.or(&one_bits)?.bitcast_convert(DType::F32)?;
        let u = f.sub(&self.full(1.0, DType::F32, dims)?)?;
        Ok((state, u.convert(dtype)?))
    }
}

/// The two u64 words of an RNG state. The interpreter holds values as f64, so a state is
/// only exact below 2^53; anything else is refused rather than rounded.
fn state_words(v: Vec<f64>) -> Result<[u64; 2]> {
    ensure!(v.iter().all(|&x| x < 9.0e15 && x.fract() == 0.0), "interpret: rng state {v:?} is not exactly representable");
    Ok([v[0] as u64, v[1] as u64])
}

fn threefry2x32(key: [u32; 2], x: [u32; 2]) -> [u32; 2] {
    const ROT: [u32; 8] = [13, 15, 26, 6, 17, 29, 16, 24];
    let ks = [key[0], key[1], 0x1BD1_1BDA ^ key[0] ^ key[1]];
    let mut x = [x[0].wrapping_add(ks[0]), x[1].wrapping_add(ks[1])];
    for i in 0..5usize {
        for r in 0..4 {
            let rot = ROT[(i % 2) * 4 + r];
            x[0] = x[0].wrapping_add(x[1]);
            x[1] = x[1].rotate_left(rot) ^ x[0];
        }
        x[0] = x[0].wrapping_add(ks[(i + 1) % 3]);
        x[1] = x[1].wrapping_add(ks[(i + 2) % 3]).wrapping_add(i as u32 + 1);
    }
    x
}

/// XLA's THREE_FRY rng_bit_generator: word 0 of the state is the key, word 1 the
/// counter; each output takes counter + its row-major index through Threefry-2x32.
/// 32-bit outputs use both halves of a block, interleaved along the first even axis.
fn threefry_bits(state: [u64; 2], dtype: DType, dims: &[i64]) -> Result<([u64; 2], Vec<f64>)> {
    let key = [state[0] as u32, (state[0] >> 32) as u32];
    let block = |i: u64| {
        let c = state[1].wrapping_add(i);
        threefry2x32(key, [c as u32, (c >> 32) as u32])
    };
    let n: usize = dims.iter().map(|&d| d as usize).product();
    match dtype {
        DType::U64 => {
            let out = (0..n as u64).map(|i| {
                let [lo, hi] = block(i);
                (lo as u64 | (hi as u64) << 32) as f64
            });
            Ok(([state[0], state[1].wrapping_add(n as u64)], out.collect()))
        }
        DType::U32 => {
            if dims.is_empty() {
                return Ok(([state[0], state[1].wrapping_add(1)], vec![block(0)[0] as f64]));
            }
            let split = dims.iter().position(|&d| d % 2 == 0).unwrap_or_else(|| {
                (0..dims.len()).fold(0, |best, i| if dims[i] > dims[best] { i } else { best })
            });
            let mut half = dims.to_vec();
            half[split] = (dims[split] + 1) / 2;
            let half_n: usize = half.iter().map(|&d| d as usize).product();
            let mut out = vec![0.0; n];
            for (hi, o) in (0..half_n).map(|h| (h, block(h as u64))) {
                // Unravel the half index, then place its two words at 2i and 2i+1 along the split axis.
                let mut rem = hi;
                let mut idx = vec![0usize; dims.len()];
                for a in (0..dims.len()).rev() {
                    idx[a] = rem % half[a] as usize;
                    rem /= half[a] as usize;
                }
                for (j, w) in o.iter().enumerate() {
                    let mut full = idx.clone();
                    full[split] = 2 * idx[split] + j;
                    if full[split] as i64 >= dims[split] {
                        continue;
                    }
                    let lin = full.iter().zip(dims).fold(0usize, |acc, (&i, &d)| acc * d as usize + i);
                    out[lin] = *w as f64;
                }
            }
            Ok(([state[0], state[1].wrapping_add(half_n as u64)], out))
        }
        other => bail!("interpret: rng_bit_generator to {other} is not supported"),
    }
}


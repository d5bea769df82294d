//! Element types shared by the tracer, the emitter and the runtime.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Pred,
    U8,
    U32,
    U64,
    S32,
    S64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    pub const ALL: [DType; 10] = [
        DType::Pred,
        DType::U8,
        DType::U32,
        DType::U64,
        DType::S32,
        DType::S64,
        DType::F16,
        DType::BF16,
        DType::F32,
        DType::F64,
    ];

    pub fn size_bytes(self) -> usize {
        match self {
            DType::Pred | DType::U8 => 1,
            DType::F16 | DType::BF16 => 2,
            DType::U32 | DType::S32 | DType::F32 => 4,
            DType::U64 | DType::S64 | DType::F64 => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, DType::F16 | DType::BF16 | DType::F32 | DType::F64)
    }

    pub fn is_int(self) -> bool {
        matches!(self, DType::U8 | DType::U32 | DType::U64 | DType::S32 | DType::S64)
    }

    pub fn is_unsigned(self) -> bool {
        matches!(self, DType::U8 | DType::U32 | DType::U64)
    }

    /// The element type as StableHLO spells it in a tensor type.
    pub fn mlir_name(self) -> &'static str {
        match self {
            DType::Pred => "i1",
            DType::U8 => "ui8",
            DType::U32 => "ui32",
            DType::U64 => "ui64",
            DType::S32 => "i32",
            DType::S64 => "i64",
            DType::F16 => "f16",
            DType::BF16 => "bf16",
            DType::F32 => "f32",
            DType::F64 => "f64",
        }
    }
}

/// Rounds an exact result to what the dtype can hold (wrapping integers as hardware does).
pub fn cast(v: f64, dt: DType) -> f64 {
    match dt {
        DType::Pred => (v != 0.0) as u8 as f64,
        DType::U8 => (v as i128).rem_euclid(1 << 8) as f64,
        DType::U32 => (v as i128).rem_euclid(1 << 32) as f64,
        DType::U64 => (v as i128).rem_euclid(1 << 64) as f64,
        DType::S32 => ((v as i128).rem_euclid(1 << 32) as i64 as i32) as f64,
        DType::S64 => (v as i128) as i64 as f64,
        DType::F16 => half::f16::from_f64(v).to_f64(),
        DType::BF16 => half::bf16::from_f64(v).to_f64(),
        DType::F32 => v as f32 as f64,
        DType::F64 => v,
    }
}

/// The bit pattern of `v` held as `dt` (host values are f64 in the interpreter).
pub fn bits_of(v: f64, dt: DType) -> u64 {
    match dt {
        DType::F32 => (v as f32).to_bits() as u64,
        DType::F64 => v.to_bits(),
        DType::F16 => half::f16::from_f64(v).to_bits() as u64,
        DType::BF16 => half::bf16::from_f64(v).to_bits() as u64,
        DType::S32 => v as i32 as u32 as u64,
        DType::S64 => v as i64 as u64,
        _ => v as u64,
    }
}

/// The value of bit pattern `b` read as `dt`.
pub fn from_bits(b: u64, dt: DType) -> f64 {
    match dt {
        DType::F32 => f32::from_bits(b as u32) as f64,
        DType::F64 => f64::from_bits(b),
        DType::F16 => half::f16::from_bits(b as u16).to_f64(),
        DType::BF16 => half::bf16::from_bits(b as u16).to_f64(),
        DType::S32 => b as u32 as i32 as f64,
        DType::S64 => b as i64 as f64,
        DType::U8 => b as u8 as f64,
        DType::U32 => b as u32 as f64,
        DType::Pred => (b & 1) as f64,
        DType::U64 => b as f64,
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            DType::Pred => "pred",
            DType::U8 => "u8",
            DType::U32 => "u32",
            DType::U64 => "u64",
            DType::S32 => "s32",
            DType::S64 => "s64",
            DType::F16 => "f16",
            DType::BF16 => "bf16",
            DType::F32 => "f32",
            DType::F64 => "f64",
        };
        f.write_str(s)
    }
}

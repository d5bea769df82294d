//! Arrays in host memory: what goes into and comes out of a device buffer.
//! Bytes are little-endian, row-major (the layout PJRT uses by default).

use crate::dtype::DType;
use anyhow::{bail, ensure, Result};

#[derive(Clone, Debug, PartialEq)]
pub struct HostTensor {
    pub dtype: DType,
    pub dims: Vec<i64>,
    pub data: Vec<u8>,
}

impl HostTensor {
    /// Cuts the tensor along `axis` into `parts` equal consecutive pieces (one per device of a
    /// data-parallel program).
    pub fn split_axis(&self, axis: usize, parts: usize) -> Result<Vec<HostTensor>> {
        ensure!(
            parts >= 1 && axis < self.dims.len() && self.dims[axis] % parts as i64 == 0,
            "cannot split {}{:?} into {parts} equal parts along axis {axis}",
            self.dtype,
            self.dims
        );
        let mut dims = self.dims.clone();
        dims[axis] /= parts as i64;
        // Row-major: `outer` blocks of `dims[axis] * inner` bytes, each cut into `parts` runs.
        let outer: usize = self.dims[..axis].iter().map(|&d| d as usize).product();
        let run = element_count(&dims[axis..]) * self.dtype.size_bytes();
        let mut pieces: Vec<Vec<u8>> = (0..parts).map(|_| Vec::with_capacity(outer * run)).collect();
        for (k, chunk) in self.data.chunks(run.max(1)).enumerate().take(outer * parts) {
            pieces[k % parts].extend_from_slice(chunk);
        }
        Ok(pieces.into_iter().map(|data| HostTensor { dtype: self.dtype, dims: dims.clone(), data }).collect())
    }
}

pub fn element_count(dims: &[i64]) -> usize {
    dims.iter().map(|&d| d as usize).product()
}

macro_rules! typed_access {
    ($from:ident, $to:ident, $ty:ty, $dt:expr) => {
        pub fn $from(dims: &[i64], values: &[$ty]) -> Result<HostTensor> {
            ensure!(
                element_count(dims) == values.len(),
                "host tensor of shape {:?} needs {} values, got {}",
                dims,
                element_count(dims),
                values.len()
            );
            let mut data = Vec::with_capacity(values.len() * std::mem::size_of::<$ty>());
            for v in values {
                data.extend_from_slice(&v.to_le_bytes());
            }
            Ok(HostTensor { dtype: $dt, dims: dims.to_vec(), data })
        }

        pub fn $to(&self) -> Result<Vec<$ty>> {
            if self.dtype != $dt {
                bail!("host tensor holds {}, not {}", self.dtype, $dt);
            }
            const N: usize = std::mem::size_of::<$ty>();
            Ok(self
                .data
                .chunks_exact(N)
                .map(|c| <$ty>::from_le_bytes(c.try_into().unwrap()))
                .collect())
        }
    };
}

impl HostTensor {
    typed_access!(from_f32, to_f32, f32, DType::F32);
    typed_access!(from_f64, to_f64, f64, DType::F64);
    typed_access!(from_i32, to_i32, i32, DType::S32);
    typed_access!(from_i64, to_i64, i64, DType::S64);
    typed_access!(from_u32, to_u32, u32, DType::U32);
    typed_access!(from_u64, to_u64, u64, DType::U64);
    typed_access!(from_u8, to_u8, u8, DType::U8);

    pub fn zeros(dtype: DType, dims: &[i64]) -> HostTensor {
        HostTensor { dtype, dims: dims.to_vec(), data: vec![0; element_count(dims) * dtype.size_bytes()] }
    }

    pub fn scalar_f32(v: f32) -> HostTensor {
        HostTensor::from_f32(&[], &[v]).unwrap()
    }

    pub fn scalar_i32(v: i32) -> HostTensor {
        HostTensor::from_i32(&[], &[v]).unwrap()
    }

    pub fn element_count(&self) -> usize {
        element_count(&self.dims)
    }

    /// Any numeric element type widened to f64; for comparisons and metrics.
    pub fn to_f64_lossy(&self) -> Result<Vec<f64>> {
        let n = self.dtype.size_bytes();
        let it = self.data.chunks_exact(n);
        Ok(match self.dtype {
            DType::Pred | DType::U8 => self.data.iter().map(|&b| b as f64).collect(),
            DType::U32 => it.map(|c| u32::from_le_bytes(c.try_into().unwrap()) as f64).collect(),
            DType::U64 => it.map(|c| u64::from_le_bytes(c.try_into().unwrap()) as f64).collect(),
            DType::S32 => it.map(|c| i32::from_le_bytes(c.try_into().unwrap()) as f64).collect(),
            DType::S64 => it.map(|c| i64::from_le_bytes(c.try_into().unwrap()) as f64).collect(),
            DType::F16 => it.map(|c| half::f16::from_le_bytes(c.try_into().unwrap()).to_f64()).collect(),
            DType::BF16 => it.map(|c| half::bf16::from_le_bytes(c.try_into().unwrap()).to_f64()).collect(),
            DType::F32 => it.map(|c| f32::from_le_bytes(c.try_into().unwrap()) as f64).collect(),
            DType::F64 => it.map(|c| f64::from_le_bytes(c.try_into().unwrap())).collect(),
        })
    }

    /// Builds a tensor of any element type from f64 values (rounded or truncated as `as` does).
    pub fn from_f64_lossy(dtype: DType, dims: &[i64], values: &[f64]) -> Result<HostTensor> {
        ensure!(element_count(dims) == values.len(), "shape {:?} needs {} values, got {}", dims, element_count(dims), values.len());
        let mut data = Vec::with_capacity(values.len() * dtype.size_bytes());
        for &v in values {
            match dtype {
                DType::Pred => data.push((v != 0.0) as u8),
                DType::U8 => data.push(v as u8),
                DType::U32 => data.extend_from_slice(&(v as u32).to_le_bytes()),
                DType::U64 => data.extend_from_slice(&(v as u64).to_le_bytes()),
                DType::S32 => data.extend_from_slice(&(v as i32).to_le_bytes()),
                DType::S64 => data.extend_from_slice(&(v as i64).to_le_bytes()),
                DType::F16 => data.extend_from_slice(&half::f16::from_f64(v).to_le_bytes()),
                DType::BF16 => data.extend_from_slice(&half::bf16::from_f64(v).to_le_bytes()),
                DType::F32 => data.extend_from_slice(&(v as f32).to_le_bytes()),
                DType::F64 => data.extend_from_slice(&v.to_le_bytes()),
            }
        }
        Ok(HostTensor { dtype, dims: dims.to_vec(), data })
    }
}

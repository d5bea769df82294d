//! The type of a tensor: element type and dimensions. One type on both sides of the contract:
//! the tracer's node types and the runtime's program signatures.

use crate::dtype::DType;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    pub dtype: DType,
    pub dims: Vec<i64>,
}

impl Shape {
    pub fn new(dtype: DType, dims: &[i64]) -> Shape {
        Shape { dtype, dims: dims.to_vec() }
    }

    pub fn rank(&self) -> usize {
        self.dims.len()
    }

    pub fn element_count(&self) -> i64 {
        self.dims.iter().product()
    }

    pub fn size_bytes(&self) -> usize {
        self.element_count() as usize * self.dtype.size_bytes()
    }

    pub fn with_dtype(&self, dtype: DType) -> Shape {
        Shape { dtype, dims: self.dims.clone() }
    }
}

/// `f32[2, 3]`: the form error messages show.
impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{:?}", self.dtype, self.dims)
    }
}

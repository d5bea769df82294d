//! PJRT_Error -> Rust error, and the plugin's key/value lists (read and written).

// Matching on the C API's constant names as the header spells them.
#![allow(non_upper_case_globals)]

use super::ffi::*;
use std::fmt;

/// An error reported by the plugin. The message is XLA's own (for compile
/// errors it carries the parser's line/column). Display puts it all on one
/// line so it survives `anyhow`'s plain `{}` formatting.
#[derive(Clone, Debug)]
pub struct PjrtError {
    /// The C API function that failed, e.g. `PJRT_Client_Compile`.
    pub call: &'static str,
    /// An absl status code (`PJRT_Error_Code`); kept as a number because a
    /// newer plugin may return one this header does not name.
    pub code: u32,
    pub message: String,
}

impl PjrtError {
    pub fn code_name(&self) -> &'static str {
        error_code_name(self.code)
    }
    pub fn is_unimplemented(&self) -> bool {
        self.code == PJRT_Error_Code_UNIMPLEMENTED
    }
}

impl fmt::Display for PjrtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed ({}): {}", self.call, self.code_name(), self.message)
    }
}

impl std::error::Error for PjrtError {}

pub fn error_code_name(code: u32) -> &'static str {
    match code {
        PJRT_Error_Code_OK => "OK",
        PJRT_Error_Code_CANCELLED => "CANCELLED",
        PJRT_Error_Code_UNKNOWN => "UNKNOWN",
        PJRT_Error_Code_INVALID_ARGUMENT => "INVALID_ARGUMENT",
        PJRT_Error_Code_DEADLINE_EXCEEDED => "DEADLINE_EXCEEDED",
        PJRT_Error_Code_NOT_FOUND => "NOT_FOUND",
        PJRT_Error_Code_ALREADY_EXISTS => "ALREADY_EXISTS",
        PJRT_Error_Code_PERMISSION_DENIED => "PERMISSION_DENIED",
        PJRT_Error_Code_RESOURCE_EXHAUSTED => "RESOURCE_EXHAUSTED",
        PJRT_Error_Code_FAILED_PRECONDITION => "FAILED_PRECONDITION",
        PJRT_Error_Code_ABORTED => "ABORTED",
        PJRT_Error_Code_OUT_OF_RANGE => "OUT_OF_RANGE",
        PJRT_Error_Code_UNIMPLEMENTED => "UNIMPLEMENTED",
        PJRT_Error_Code_INTERNAL => "INTERNAL",
        PJRT_Error_Code_UNAVAILABLE => "UNAVAILABLE",
        PJRT_Error_Code_DATA_LOSS => "DATA_LOSS",
        PJRT_Error_Code_UNAUTHENTICATED => "UNAUTHENTICATED",
        _ => "unknown code",
    }
}

/// A value from a `PJRT_NamedValue` list (plugin attributes, cost analysis).
#[derive(Clone, Debug, PartialEq)]
pub enum NamedValue {
    Str(String),
    Int(i64),
    Ints(Vec<i64>),
    Float(f32),
    Bool(bool),
    /// A value type newer than this header; its payload is not read.
    Unknown(u32),
}

impl NamedValue {
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            NamedValue::Int(v) => Some(v as f64),
            NamedValue::Float(v) => Some(v as f64),
            NamedValue::Bool(v) => Some(v as u8 as f64),
            _ => None,
        }
    }
}

impl fmt::Display for NamedValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NamedValue::Str(s) => f.write_str(s),
            NamedValue::Int(v) => write!(f, "{v}"),
            NamedValue::Ints(v) => write!(f, "{v:?}"),
            NamedValue::Float(v) => write!(f, "{v}"),
            NamedValue::Bool(v) => write!(f, "{v}"),
            NamedValue::Unknown(t) => write!(f, "<value of unknown type {t}>"),
        }
    }
}

/// An int-valued `PJRT_NamedValue` (a create option).
pub(crate) fn int_option(name: &'static str, v: i64) -> PJRT_NamedValue {
    let mut nv = PJRT_NamedValue::new_zeroed();
    nv.name = name.as_ptr() as *const _;
    nv.name_size = name.len();
    nv.type_ = PJRT_NamedValue_kInt64;
    nv.__bindgen_anon_1.int64_value = v;
    nv.value_size = 1;
    nv
}

/// An int-list `PJRT_NamedValue` borrowing `values`, which must outlive the call it is passed to.
pub(crate) fn int_list_option(name: &'static str, values: &[i64]) -> PJRT_NamedValue {
    let mut nv = PJRT_NamedValue::new_zeroed();
    nv.name = name.as_ptr() as *const _;
    nv.name_size = name.len();
    nv.type_ = PJRT_NamedValue_kInt64List;
    nv.__bindgen_anon_1.int64_array_value = values.as_ptr();
    nv.value_size = values.len();
    nv
}

/// A string-valued `PJRT_NamedValue` borrowing `value`, which must outlive the call it is passed to.
pub(crate) fn string_option(name: &'static str, value: &str) -> PJRT_NamedValue {
    let mut nv = PJRT_NamedValue::new_zeroed();
    nv.name = name.as_ptr() as *const _;
    nv.name_size = name.len();
    nv.type_ = PJRT_NamedValue_kString;
    nv.__bindgen_anon_1.string_value = value.as_ptr() as *const _;
    nv.value_size = value.len();
    nv
}

/// Copies `n` entries out of a plugin-owned `PJRT_NamedValue` array.
///
/// # Safety
/// `ptr` must point at `n` valid entries (or `n` must be 0).
pub(crate) unsafe fn read_named_values(ptr: *const PJRT_NamedValue, n: usize) -> Vec<(String, NamedValue)> {
    if ptr.is_null() || n == 0 {
        return Vec::new();
    }
    let entries = std::slice::from_raw_parts(ptr, n);
    entries
        .iter()
        .map(|nv| {
            let name = str_from_raw(nv.name, nv.name_size);
            let u = &nv.__bindgen_anon_1;
            let value = match nv.type_ {
                PJRT_NamedValue_kString => NamedValue::Str(str_from_raw(u.string_value, nv.value_size)),
                PJRT_NamedValue_kInt64 => NamedValue::Int(u.int64_value),
                PJRT_NamedValue_kInt64List => {
                    let p = u.int64_array_value;
                    NamedValue::Ints(if p.is_null() { Vec::new() } else { std::slice::from_raw_parts(p, nv.value_size).to_vec() })
                }
                PJRT_NamedValue_kFloat => NamedValue::Float(u.float_value),
                // Read as a byte: a C `bool` other than 0/1 would be UB as a Rust bool.
                PJRT_NamedValue_kBool => NamedValue::Bool(*(std::ptr::addr_of!(u.bool_value) as *const u8) != 0),
                other => NamedValue::Unknown(other),
            };
            (name, value)
        })
        .collect()
}

/// A (pointer, length) string from the plugin; not NUL-terminated in general.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or be null).
pub(crate) unsafe fn str_from_raw(ptr: *const std::os::raw::c_char, len: usize) -> String {
    if ptr.is_null() || len == 0 {
        return String::new();
    }
    String::from_utf8_lossy(std::slice::from_raw_parts(ptr as *const u8, len)).into_owned()
}

//! Where primitives are defined (inside the tracer: a rule needs tensors, the tracer needs rules), one family per file: each entry holds the primitive's name,
//! dtype rule, StableHLO lowering, host semantics (the interpreter's reference) and VJP. The
//! passes (tracer, emitter, interpreter, autodiff) look rules up here instead of spelling each
//! primitive out themselves.
//!
//! Done so far: the elementwise family ([`elementwise`]). The other families still live in the
//! passes (see ARCHITECTURE.md).

pub mod elementwise;

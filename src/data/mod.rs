//! Getting images off disk and into the model's input size. Plain bytes only:
//! turning them into tensors is the caller's business.

pub mod image;

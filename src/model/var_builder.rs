//! Parameters as layers declare them: a name composed the way the model nests (candle's
//! `VarBuilder::pp`: `vb.pp("encoder.layer").pp(3).pp("attention")`), a shape, and a kind that
//! says what the parameter is, so that initialization, weight decay and the test weights read
//! the kind instead of guessing it from the name.

use crate::dtype::DType;
use crate::graph::Shape;
use std::cell::RefCell;
use std::fmt::Display;
use std::rc::Rc;

/// What a parameter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamKind {
    /// A linear layer's matrix or a convolution's kernel: decayed; drawn from a truncated
    /// normal when training from scratch.
    Weight,
    /// Any bias, LayerNorm's included: not decayed; zero from scratch.
    Bias,
    /// A normalization's scale: not decayed; one from scratch.
    Norm,
    /// A learned token or position embedding: not decayed; drawn like a weight.
    Embedding,
    /// LayerScale's per-channel gain: not decayed (timm: no decay for 1-D parameters); from
    /// scratch, the config's `layerscale_value`.
    Scale,
}

/// One parameter of a model: its name (Hugging Face's, for the ViT), type and kind. The one
/// description every parameter list of this crate uses.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamSpec {
    pub name: String,
    pub shape: Shape,
    pub kind: ParamKind,
    /// How deep in the network: 0 for the embeddings, l for block l (from 1); None after the
    /// last block (final norm, head). Layer-wise learning rates read it.
    pub depth: Option<usize>,
}

impl ParamSpec {
    pub fn dims(&self) -> &[i64] {
        &self.shape.dims
    }

    /// Whether AdamW's weight decay applies: to linear and convolution weights only (as optax
    /// masks usually say it), not to biases, norms or embeddings.
    pub fn decay(&self) -> bool {
        self.kind == ParamKind::Weight
    }
}

/// A declared parameter, as a layer keeps it to read its value later.
#[derive(Clone, Debug, PartialEq)]
pub struct Var {
    pub name: String,
    pub dims: Vec<i64>,
}

/// Declares parameters under a name prefix; every builder made from one by `pp` adds to the
/// same list, in declaration order.
#[derive(Clone, Default)]
pub struct VarBuilder {
    prefix: String,
    depth: Option<usize>,
    specs: Rc<RefCell<Vec<ParamSpec>>>,
}

impl VarBuilder {
    pub fn new() -> VarBuilder {
        VarBuilder::default()
    }

    /// The builder one level down: `name` joined to the prefix with a dot.
    pub fn pp(&self, name: impl Display) -> VarBuilder {
        let prefix = if self.prefix.is_empty() { name.to_string() } else { format!("{}.{name}", self.prefix) };
        VarBuilder { prefix, depth: self.depth, specs: self.specs.clone() }
    }

    /// The same builder declaring at `depth` (see `ParamSpec::depth`).
    pub fn at_depth(&self, depth: usize) -> VarBuilder {
        VarBuilder { depth: Some(depth), ..self.clone() }
    }

    /// Declares the f32 parameter `name` under the prefix.
    pub fn var(&self, name: &str, dims: &[i64], kind: ParamKind) -> Var {
        let full = self.pp(name).prefix;
        self.specs.borrow_mut().push(ParamSpec { name: full.clone(), shape: Shape::new(DType::F32, dims), kind, depth: self.depth });
        Var { name: full, dims: dims.to_vec() }
    }

    /// Everything declared so far through this builder's family.
    pub fn specs(&self) -> Vec<ParamSpec> {
        self.specs.borrow().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compose_as_the_modules_nest_and_come_out_in_declaration_order() {
        let vb = VarBuilder::new();
        let layer = vb.pp("vit").pp("encoder.layer").pp(3);
        let w = layer.pp("attention").var("weight", &[4, 2], ParamKind::Weight);
        vb.pp("classifier").var("bias", &[4], ParamKind::Bias);
        assert_eq!(w, Var { name: "vit.encoder.layer.3.attention.weight".into(), dims: vec![4, 2] });
        let specs = layer.specs();
        let names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["vit.encoder.layer.3.attention.weight", "classifier.bias"]);
        assert_eq!((specs[0].decay(), specs[1].decay()), (true, false));
    }
}

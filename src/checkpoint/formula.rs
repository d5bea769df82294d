//! The deterministic "formula" weights and images of tests/fixtures/README.md:
//! lets tests rebuild ViT-B/16 weights bit-exactly instead of shipping 350 MB.

use crate::host::HostTensor;
use crate::model::vit_config::VitConfig;
use crate::model::{ParamKind, ParamSpec};

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

pub fn splitmix64_mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// `bits(tag, k)` given the tag's precomputed hash, so long tensors hash their name once.
fn bits_hashed(tag_hash: u64, k: u64) -> u64 {
    splitmix64_mix(tag_hash.wrapping_add(k.wrapping_mul(0x9E37_79B9_7F4A_7C15)))
}

pub fn formula_bits(tag: &str, k: u64) -> u64 {
    bits_hashed(fnv1a64(tag.as_bytes()), k)
}

/// The uniform in [0, 1) behind element `k` of tensor `name` (exact in f64).
pub fn formula_uniform(name: &str, k: u64) -> f64 {
    uniform_hashed(fnv1a64(name.as_bytes()), k)
}

fn uniform_hashed(tag_hash: u64, k: u64) -> f64 {
    (bits_hashed(tag_hash, k) >> 40) as f64 / (1u64 << 24) as f64
}

fn value_hashed(kind: ParamKind, tag_hash: u64, k: u64) -> f32 {
    let v = 2.0 * uniform_hashed(tag_hash, k) - 1.0;
    // One rounding, f64 -> f32, as the reference does. A norm's scale sits near one (the
    // reference names them: the LayerNorm weights).
    if kind == ParamKind::Norm {
        (1.0 + 0.1 * v) as f32
    } else {
        (0.05 * v) as f32
    }
}

/// Element `k` (flat row-major index over the HF shape) of the formula tensor `name` of `kind`.
pub fn formula_value(kind: ParamKind, name: &str, k: u64) -> f32 {
    value_hashed(kind, fnv1a64(name.as_bytes()), k)
}

/// The first `n` pixels (flat over [B, H, W, 3]) of the formula images with this tag.
pub fn formula_pixels(tag: &str, n: usize) -> Vec<u8> {
    let h = fnv1a64(tag.as_bytes());
    (0..n as u64).map(|k| (bits_hashed(h, k) >> 56) as u8).collect()
}

/// The formula tensor of one parameter.
pub fn formula_tensor(p: &ParamSpec) -> HostTensor {
    let h = fnv1a64(p.name.as_bytes());
    let n = crate::host::element_count(p.dims()) as u64;
    let values: Vec<f32> = (0..n).map(|k| value_hashed(p.kind, h, k)).collect();
    HostTensor::from_f32(p.dims(), &values).expect("element count matches dims by construction")
}

/// Every parameter of `cfg` from the formula, in the model's order.
pub fn formula_params(cfg: &VitConfig) -> Vec<HostTensor> {
    crate::model::vit::params(cfg).iter().map(formula_tensor).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn check() -> Value {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formula_check.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn u64_str(v: &Value) -> u64 {
        v.as_str().unwrap().parse().unwrap()
    }

    #[test]
    fn formula_hashes_match_reference() {
        let c = check();
        assert_eq!(fnv1a64(b"abc"), u64_str(&c["fnv1a64_abc"]));
        assert_eq!(fnv1a64(b"abc"), 0xe71fa2190541574b);
        assert_eq!(fnv1a64(b""), u64_str(&c["fnv1a64_empty"]));
        assert_eq!(splitmix64_mix(0), u64_str(&c["splitmix64_mix_0"]));
        assert_eq!(splitmix64_mix(1), u64_str(&c["splitmix64_mix_1"]));
        for (k, want) in c["bits_cls_token_first4"].as_array().unwrap().iter().enumerate() {
            assert_eq!(formula_bits("vit.embeddings.cls_token", k as u64), u64_str(want));
        }
        for (k, want) in c["u_cls_token_first4"].as_array().unwrap().iter().enumerate() {
            // serde_json's default float parser may be 1 ulp off; the value itself is exact.
            let (got, want) = (formula_uniform("vit.embeddings.cls_token", k as u64), want.as_f64().unwrap());
            assert!((got - want).abs() <= 2.0 * f64::EPSILON, "u[{k}]: {got} vs {want}");
            assert_eq!(got * (1u64 << 24) as f64, (formula_bits("vit.embeddings.cls_token", k as u64) >> 40) as f64);
        }
    }

    #[test]
    fn formula_weights_and_pixels_match_reference() {
        let c = check();
        let shapes = c["vit_b16_tensor_shapes"].as_object().unwrap();
        let params = crate::model::vit::params(&VitConfig::vit_b16());
        for (name, firsts) in c["weights_first4"].as_object().unwrap() {
            let kind = params.iter().find(|p| &p.name == name).unwrap().kind;
            for (k, want) in firsts.as_array().unwrap().iter().enumerate() {
                assert_eq!(formula_value(kind, name, k as u64), want.as_f64().unwrap() as f32, "{name}[{k}]");
            }
            let n: u64 = shapes[name].as_array().unwrap().iter().map(|d| d.as_u64().unwrap()).product();
            assert_eq!(formula_value(kind, name, n - 1), c["weights_last"][name].as_f64().unwrap() as f32, "{name} last");
        }

        let n = 2 * 224 * 224 * 3;
        let px = formula_pixels("vit_b16_images", n);
        let want_first: Vec<u8> = c["vit_b16_images_first8"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as u8).collect();
        let want_last: Vec<u8> = c["vit_b16_images_last4"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as u8).collect();
        assert_eq!(&px[..8], want_first.as_slice());
        assert_eq!(&px[n - 4..], want_last.as_slice());
        assert_eq!(px.iter().map(|&p| p as u64).sum::<u64>(), c["vit_b16_images_sum"].as_u64().unwrap());
    }

    #[test]
    fn formula_tensor_sums_match_reference() {
        let c = check();
        let sums = c["vit_b16_tensor_sums"].as_object().unwrap();
        let cfg = VitConfig::vit_b16();
        // A few small tensors of each kind; the full 86M-value set is the integration tests' job.
        let wanted = [
            "vit.embeddings.cls_token",
            "vit.embeddings.position_embeddings",
            "vit.encoder.layer.0.layernorm_before.weight",
            "vit.encoder.layer.5.attention.attention.query.bias",
            "vit.layernorm.weight",
            "classifier.bias",
        ];
        for p in crate::model::vit::params(&cfg).iter().filter(|p| wanted.contains(&p.name.as_str())) {
            let (name, t) = (&p.name, formula_tensor(p));
            let got: f64 = t.to_f32().unwrap().iter().map(|&v| v as f64).sum();
            let want = sums[name].as_f64().unwrap();
            // numpy sums pairwise: agree to summation-order rounding only.
            assert!((got - want).abs() <= 1e-9 * want.abs().max(1.0), "{name}: {got} vs {want}");
        }
    }
}

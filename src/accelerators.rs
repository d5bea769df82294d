//! What xlavit knows of the chips it compiles for without having them: each chip's memory,
//! peak bf16 FLOP/s and memory bandwidth, and the Cloud TPU slices by the names Cloud TPU rents
//! them under (`v5e-8`, `v4-8`), with the topology and chips per host libtpu describes them by.
//! Used for the memory verdict and the roofline estimate of `xlavit compile --target`; nothing
//! here is measured.

use crate::graph::DotPrecision;
use crate::model::{Numerics, Precision};
use anyhow::{bail, Result};

const GIB: f64 = (1u64 << 30) as f64;

/// One chip's figures, from its maker's published specifications (`source`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chip {
    pub name: &'static str,
    /// Device memory (HBM) per chip, in bytes.
    pub memory_bytes: u64,
    /// Peak dense bf16 matrix throughput, FLOP/s.
    pub peak_bf16_flops: f64,
    /// Device memory bandwidth, bytes/s.
    pub memory_bytes_per_s: f64,
    /// The fraction of the bf16 peak an f32 dot runs at, by `--dot-precision` (default, high,
    /// highest): a TPU's DEFAULT is one bf16 pass, HIGH three and HIGHEST six; an H100 runs
    /// DEFAULT and HIGH on TF32 tensor cores, HIGHEST on its f32 units.
    pub f32_dot_rate: [f64; 3],
    pub source: &'static str,
}

impl Chip {
    /// The memory as its maker states it: GiB for TPUs, GB for the H100.
    pub fn memory_label(&self) -> String {
        let gib = self.memory_bytes as f64 / GIB;
        if gib.fract() == 0.0 {
            format!("{gib:.0} GiB")
        } else {
            format!("{:.0} GB", self.memory_bytes as f64 / 1e9)
        }
    }
}

const TPU_F32_DOT_RATE: [f64; 3] = [1.0, 1.0 / 3.0, 1.0 / 6.0];

pub const TPU_V4: Chip = Chip {
    name: "TPU v4",
    memory_bytes: 32 << 30,
    peak_bf16_flops: 275e12,
    memory_bytes_per_s: 1200e9,
    f32_dot_rate: TPU_F32_DOT_RATE,
    source: "Cloud TPU documentation, TPU v4: 275 TFLOP/s bf16, 32 GiB HBM2, 1,200 GB/s",
};
pub const TPU_V5E: Chip = Chip {
    name: "TPU v5e",
    memory_bytes: 16 << 30,
    peak_bf16_flops: 197e12,
    memory_bytes_per_s: 819e9,
    f32_dot_rate: TPU_F32_DOT_RATE,
    source: "Cloud TPU documentation, TPU v5e: 197 TFLOP/s bf16, 16 GiB HBM2, 819 GB/s",
};
pub const TPU_V5P: Chip = Chip {
    name: "TPU v5p",
    memory_bytes: 95 << 30,
    peak_bf16_flops: 459e12,
    memory_bytes_per_s: 2765e9,
    f32_dot_rate: TPU_F32_DOT_RATE,
    source: "Cloud TPU documentation, TPU v5p: 459 TFLOP/s bf16, 95 GiB HBM2e, 2,765 GB/s",
};
pub const TPU_V6E: Chip = Chip {
    name: "TPU v6e",
    memory_bytes: 32 << 30,
    peak_bf16_flops: 918e12,
    memory_bytes_per_s: 1640e9,
    f32_dot_rate: TPU_F32_DOT_RATE,
    source: "Cloud TPU documentation, TPU v6e (Trillium): 918 TFLOP/s bf16, 32 GiB HBM, 1,640 GB/s",
};
pub const H100_SXM: Chip = Chip {
    name: "NVIDIA H100 SXM",
    memory_bytes: 80_000_000_000,
    peak_bf16_flops: 989e12,
    memory_bytes_per_s: 3.35e12,
    f32_dot_rate: [0.5, 0.5, 67.0 / 989.0],
    source: "NVIDIA H100 datasheet, SXM: 989 TFLOP/s dense bf16, 80 GB HBM3, 3.35 TB/s",
};

/// A TPU slice: its chips, how libtpu names its shape, and how many chips each host holds.
#[derive(Clone, Debug, PartialEq)]
pub struct TpuSlice {
    /// As Cloud TPU names it: `v5e-8`, `v4-8` (v4 and v5p count TensorCores, two per chip).
    pub name: String,
    pub chip: Chip,
    pub chips: usize,
    /// libtpu's topology name: `v5e:2x4`, `v4:2x2x1`.
    pub topology: String,
    /// Chips per host along each axis: a slice larger than that spans several hosts.
    pub chips_per_host: [i64; 3],
    /// libtpu's `chip_config_name`: `megacore` where a chip's two TensorCores are one device.
    pub chip_config: &'static str,
}

impl TpuSlice {
    pub fn hosts(&self) -> usize {
        self.chips / self.chips_per_host.iter().product::<i64>() as usize
    }
}

/// Each generation: its name prefixes, chip, whether a slice's number counts TensorCores (two
/// per chip) rather than chips, libtpu's name for it, and the slice shapes Cloud TPU offers.
struct Generation {
    prefixes: &'static [&'static str],
    chip: Chip,
    cores_per_chip: usize,
    libtpu_name: &'static str,
    chip_config: &'static str,
    /// (chips, topology shape, chips per host).
    shapes: &'static [(usize, &'static str, [i64; 3])],
}

// Slice shapes per the Cloud TPU documentation's topology tables: v5e and v6e slices of up to
// 8 chips are one host (1, 4 or 8 chips); larger ones are built from 4-chip (2x2) hosts.
// v4 and v5p hosts hold 4 chips (2x2x1).
const TWO_D_SHAPES: &[(usize, &str, [i64; 3])] = &[
    (1, "1x1", [1, 1, 1]),
    (4, "2x2", [2, 2, 1]),
    (8, "2x4", [2, 4, 1]),
    (16, "4x4", [2, 2, 1]),
    (32, "4x8", [2, 2, 1]),
    (64, "8x8", [2, 2, 1]),
    (128, "8x16", [2, 2, 1]),
    (256, "16x16", [2, 2, 1]),
];
const THREE_D_SHAPES: &[(usize, &str, [i64; 3])] = &[
    (4, "2x2x1", [2, 2, 1]),
    (8, "2x2x2", [2, 2, 1]),
    (16, "2x2x4", [2, 2, 1]),
    (32, "2x4x4", [2, 2, 1]),
    (64, "4x4x4", [2, 2, 1]),
];

const GENERATIONS: &[Generation] = &[
    Generation { prefixes: &["v5e", "v5litepod"], chip: TPU_V5E, cores_per_chip: 1, libtpu_name: "v5e", chip_config: "default", shapes: TWO_D_SHAPES },
    Generation { prefixes: &["v6e"], chip: TPU_V6E, cores_per_chip: 1, libtpu_name: "v6e", chip_config: "default", shapes: TWO_D_SHAPES },
    Generation { prefixes: &["v4"], chip: TPU_V4, cores_per_chip: 2, libtpu_name: "v4", chip_config: "megacore", shapes: THREE_D_SHAPES },
    Generation { prefixes: &["v5p"], chip: TPU_V5P, cores_per_chip: 2, libtpu_name: "v5p", chip_config: "default", shapes: THREE_D_SHAPES },
];

/// Every slice name `tpu_slice` knows, for messages and help.
pub fn tpu_slice_names() -> Vec<String> {
    GENERATIONS
        .iter()
        .flat_map(|g| g.shapes.iter().map(move |&(chips, _, _)| format!("{}-{}", g.prefixes[0], chips * g.cores_per_chip)))
        .collect()
}

/// The slice a Cloud TPU name stands for (`v5e-8`, `v5litepod-16`, `v4-8`, `v5p-8`, `v6e-8`).
pub fn tpu_slice(name: &str) -> Result<TpuSlice> {
    let lower = name.to_ascii_lowercase();
    let found = lower.split_once('-').and_then(|(prefix, count)| {
        let g = GENERATIONS.iter().find(|g| g.prefixes.contains(&prefix))?;
        let count: usize = count.parse().ok()?;
        let &(chips, shape, per_host) =
            g.shapes.iter().find(|&&(chips, _, _)| chips * g.cores_per_chip == count)?;
        Some(TpuSlice {
            name: format!("{}-{count}", g.prefixes[0]),
            chip: g.chip,
            chips,
            topology: format!("{}:{shape}", g.libtpu_name),
            chips_per_host: per_host,
            chip_config: g.chip_config,
        })
    });
    match found {
        Some(s) => Ok(s),
        None => bail!("unknown TPU slice '{name}'; known: {} (v5litepod-N means v5e-N)", tpu_slice_names().join(", ")),
    }
}

/// The reference workload's training split: Food-101's first 20 classes, 750 training images
/// each (the tutorial's `xlavit train` default), for seconds-per-epoch estimates.
pub const REFERENCE_TRAIN_IMAGES: usize = 20 * 750;
/// The tutorial's measured epoch on a v5e-8 (JAX + Flax, ViT-B/16), as it reports it.
pub const TUTORIAL_SECONDS_PER_EPOCH_V5E_8: f64 = 101.0;

/// The roofline lower bound of one step: at least the time to do its FLOPs at the chip's peak
/// for these numerics and to move its bytes at full bandwidth. An estimate, never a measurement.
pub fn roofline_seconds(chip: &Chip, numerics: Numerics, flops: f64, bytes: f64) -> f64 {
    let rate = match numerics.precision {
        Precision::Bf16 => 1.0,
        Precision::F32 => chip.f32_dot_rate[match numerics.dots {
            DotPrecision::Default => 0,
            DotPrecision::High => 1,
            DotPrecision::Highest => 2,
        }],
    };
    (flops / (chip.peak_bf16_flops * rate)).max(bytes / chip.memory_bytes_per_s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_map_to_their_topologies_and_hosts() {
        let s = tpu_slice("v5e-8").unwrap();
        assert_eq!((s.chips, s.topology.as_str(), s.chips_per_host, s.hosts()), (8, "v5e:2x4", [2, 4, 1], 1));
        let s = tpu_slice("v5litepod-16").unwrap();
        assert_eq!((s.name.as_str(), s.chips, s.topology.as_str(), s.hosts()), ("v5e-16", 16, "v5e:4x4", 4));
        assert_eq!(tpu_slice("v5e-32").unwrap().hosts(), 8);
        let s = tpu_slice("v4-8").unwrap();
        assert_eq!((s.chips, s.topology.as_str(), s.hosts()), (4, "v4:2x2x1", 1));
        assert_eq!(tpu_slice("v5p-8").unwrap().chip, TPU_V5P);
        assert_eq!(tpu_slice("V6E-8").unwrap().topology, "v6e:2x4");
        assert_eq!(tpu_slice("v5e-1").unwrap().chips_per_host, [1, 1, 1]);
    }

    #[test]
    fn unknown_slices_list_the_known_ones() {
        for bad in ["v5e-3", "v7-8", "h100", "v5e", "v4-4"] {
            let e = tpu_slice(bad).unwrap_err().to_string();
            assert!(e.contains(&format!("unknown TPU slice '{bad}'")) && e.contains("v5e-8") && e.contains("v6e-8"), "{e}");
        }
    }

    #[test]
    fn roofline_is_the_slower_of_compute_and_memory() {
        let bf16 = Numerics { precision: Precision::Bf16, dots: DotPrecision::Highest };
        let f32_highest = Numerics { precision: Precision::F32, dots: DotPrecision::Highest };
        // 197 TFLOP at 197 TFLOP/s is 1 s; 819 GB at 819 GB/s is 1 s.
        assert!((roofline_seconds(&TPU_V5E, bf16, 197e12, 1.0) - 1.0).abs() < 1e-12);
        assert!((roofline_seconds(&TPU_V5E, bf16, 1.0, 2.0 * 819e9) - 2.0).abs() < 1e-12);
        assert!((roofline_seconds(&TPU_V5E, f32_highest, 197e12, 1.0) - 6.0).abs() < 1e-12);
        assert!((roofline_seconds(&TPU_V5E, Numerics::default(), 197e12, 1.0) - 1.0).abs() < 1e-12);
        assert_eq!(TPU_V5E.memory_label(), "16 GiB");
        assert_eq!(H100_SXM.memory_label(), "80 GB");
    }
}

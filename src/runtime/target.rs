//! Compiling for a device this machine does not have: PJRT's ahead-of-time path
//! (`PJRT_TopologyDescription_Create` from a description of the target, then `PJRT_Compile`
//! with no client). The CUDA plugin compiles this way from a `GpuTargetConfigProto` in text
//! form, without a GPU or a CUDA driver, and libtpu from a TPU slice's topology name and its
//! chips per host, without a TPU, so `xlavit compile --target` shows what XLA makes of a
//! program, and how much memory it plans per device, for an H100 or a v5e-8 on a laptop.
//! Nothing compiled here can run.

use super::compile_options::{compile_options_proto, mlir_program};
use super::error::{int_list_option, int_option, string_option};
use super::executable::{read_cost_analysis, read_memory_stats, CompiledMemoryStats, CostAnalysis};
use super::ffi::*;
use super::plugin::{pjrt_call, Plugin};
use crate::program::Program;
use anyhow::{Context, Result};
use std::sync::Arc;

/// The XLA GPU description of an H100 SXM (80 GB HBM3), as `xla/tools/hlo_opt/gpu_specs`
/// spells such descriptions; what `--target h100` compiles for.
pub const H100_SXM: &str = r#"gpu_device_info {
  threads_per_block_limit: 1024
  threads_per_warp: 32
  shared_memory_per_block: 49152
  shared_memory_per_core: 233472
  threads_per_core_limit: 2048
  core_count: 132
  fpus_per_core: 128
  block_dim_limit_x: 2147483647
  block_dim_limit_y: 65535
  block_dim_limit_z: 65535
  memory_bandwidth: 3352320000000
  l2_cache_size: 52428800
  clock_rate_ghz: 1.98
  device_memory_size: 84978434048
  shared_memory_per_block_optin: 232448
  cuda_compute_capability { major: 9 }
  registers_per_core_limit: 65536
  registers_per_block_limit: 65536
}
platform_name: "CUDA"
device_description_str: "NVIDIA H100 80GB HBM3"
"#;

/// The GPU a `--target` names: `h100`, or a file holding a `GpuTargetConfigProto` in text form.
/// Returns the description and a name for messages.
pub fn gpu_target_config(spec: &str) -> Result<(String, String)> {
    match spec {
        "h100" => Ok((H100_SXM.to_string(), "NVIDIA H100 80GB HBM3".to_string())),
        path => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading the GPU target config {path}"))?;
            Ok((text, path.to_string()))
        }
    }
}

/// What compiling for a target tells without running: XLA's memory plan and cost estimate,
/// per device, each `None` where the plugin gives none.
#[derive(Clone, Debug, Default)]
pub struct AotReport {
    pub memory: Option<CompiledMemoryStats>,
    pub cost: Option<CostAnalysis>,
}

/// A device description a plugin compiles for without the device (`PJRT_TopologyDescription`).
pub struct Target {
    plugin: Arc<Plugin>,
    raw: *mut PJRT_TopologyDescription,
}

impl Drop for Target {
    fn drop(&mut self) {
        let mut a = PJRT_TopologyDescription_Destroy_Args::new_zeroed();
        a.topology = self.raw;
        let _ = pjrt_call!(*self.plugin, PJRT_TopologyDescription_Destroy, &mut a);
    }
}

impl Target {
    /// One device described by `target_config` (a `GpuTargetConfigProto` in text form).
    pub fn gpu(plugin: Arc<Plugin>, target_config: &str) -> Result<Target> {
        let options = [string_option("target_config", target_config), string_option("topology", "1x1x1")];
        let mut a = PJRT_TopologyDescription_Create_Args::new_zeroed();
        a.create_options = options.as_ptr();
        a.num_options = options.len();
        pjrt_call!(*plugin, PJRT_TopologyDescription_Create, &mut a).with_context(|| {
            format!("describing the compile target to {} (a GPU target config and a CUDA plugin are needed)", plugin.path().display())
        })?;
        Ok(Target { plugin, raw: a.topology })
    }

    /// A TPU slice as libtpu names it (`v5e:2x4`, `v4:2x2x1`) with the chips each host holds
    /// (`[2, 2, 1]`: a slice larger than that spans several hosts, one process each) and how a
    /// chip's cores form devices (`default`; `megacore` makes a v4 chip's two cores one device,
    /// as JAX sees a v4).
    /// Compiling for it needs no TPU: `TPU_SKIP_MDS_QUERY=1` (set by the caller before the plugin
    /// loads) keeps libtpu from asking a cloud metadata server what machine it is on.
    pub fn tpu(plugin: Arc<Plugin>, topology: &str, chips_per_host: [i64; 3], chip_config: &str) -> Result<Target> {
        let options = [
            string_option("chip_config_name", chip_config),
            int_list_option("chips_per_host_bounds", &chips_per_host),
            int_option("num_slices", 1),
        ];
        let mut a = PJRT_TopologyDescription_Create_Args::new_zeroed();
        a.topology_name = topology.as_ptr() as *const _;
        a.topology_name_size = topology.len();
        a.create_options = options.as_ptr();
        a.num_options = options.len();
        pjrt_call!(*plugin, PJRT_TopologyDescription_Create, &mut a)
            .with_context(|| format!("{} refused the TPU topology {topology} with {chips_per_host:?} chips per host", plugin.path().display()))?;
        Ok(Target { plugin, raw: a.topology })
    }

    /// The devices the description holds, and over how many processes (hosts) they spread.
    pub fn devices_and_processes(&self) -> Result<(usize, usize)> {
        let mut a = PJRT_TopologyDescription_GetDeviceDescriptions_Args::new_zeroed();
        a.topology = self.raw;
        pjrt_call!(*self.plugin, PJRT_TopologyDescription_GetDeviceDescriptions, &mut a)?;
        let descriptions: &[*mut PJRT_DeviceDescription] = if a.num_descriptions == 0 {
            &[]
        } else {
            // SAFETY: the plugin hands out `num_descriptions` entries living as long as the topology.
            unsafe { std::slice::from_raw_parts(a.descriptions, a.num_descriptions) }
        };
        let mut processes = std::collections::BTreeSet::new();
        for &d in descriptions {
            let mut p = PJRT_DeviceDescription_ProcessIndex_Args::new_zeroed();
            p.device_description = d;
            pjrt_call!(*self.plugin, PJRT_DeviceDescription_ProcessIndex, &mut p)?;
            processes.insert(p.process_index);
        }
        Ok((descriptions.len(), processes.len()))
    }

    /// Compiles `program` for the target and reads what XLA planned (the executable cannot be
    /// loaded here). XLA's HLO dumps land under `--xla_dump_to` as usual.
    pub fn compile(&self, program: &Program) -> Result<AotReport> {
        self.compile_mlir(&program.mlir, program.devices())
    }

    /// `compile` for StableHLO text from anywhere (a peer's program, to compare XLA's work on both).
    pub fn compile_mlir(&self, mlir: &str, devices: usize) -> Result<AotReport> {
        let code = mlir_program(mlir);
        let options = compile_options_proto(1, devices as u32);
        let mut a = PJRT_Compile_Args::new_zeroed();
        a.topology = self.raw;
        a.program = &code;
        a.compile_options = options.as_ptr() as *const _;
        a.compile_options_size = options.len();
        pjrt_call!(*self.plugin, PJRT_Compile, &mut a)?;
        // SAFETY: the executable is alive until destroyed below.
        let (memory, cost) = unsafe { (read_memory_stats(&self.plugin, a.executable), read_cost_analysis(&self.plugin, a.executable)) };
        // Destroyed before either reading's error is passed on, so a failed read leaks nothing
        // (a batch search compiles many times).
        let mut d = PJRT_Executable_Destroy_Args::new_zeroed();
        d.executable = a.executable;
        pjrt_call!(*self.plugin, PJRT_Executable_Destroy, &mut d)?;
        Ok(AotReport { memory: memory?, cost: cost? })
    }
}

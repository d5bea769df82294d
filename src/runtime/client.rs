//! A PJRT client: the devices of one plugin, and compilation onto them.

use super::buffer::Buffer;
use super::compile_options::{compile_options_proto, mlir_program};
use super::error::{int_option, str_from_raw};
use super::executable::Executable;
use super::ffi::*;
use super::plugin::{pjrt_call, pjrt_fn, Plugin};
use crate::host::HostTensor;
use crate::program::Program;
use anyhow::{bail, Context, Result};
use std::fmt;
use std::sync::Arc;

/// Options for `PJRT_Client_Create`. Only options that are set are sent:
/// some plugins reject option names they do not know.
#[derive(Clone, Debug, Default)]
pub struct ClientOptions {
    /// Number of CPU devices the CPU plugin should expose.
    pub cpu_device_count: Option<i64>,
    /// Keep compiled executables here and load them instead of compiling again (see `compile_cache`).
    pub compile_cache: Option<std::path::PathBuf>,
    /// Use only the first N addressable devices (all when None).
    pub max_devices: Option<usize>,
    /// Told what went wrong but did not stop the work (a damaged compile cache entry). The
    /// runtime never prints; without this, such warnings are dropped.
    pub on_warning: Option<fn(&str)>,
    /// Join a client that spans several processes (hosts).
    pub distributed: Option<Distributed>,
}

/// This process's place in a multi-process client, and the store through which the processes'
/// clients exchange their topology (as `jax.distributed.initialize` sets up for JAX). Sent as
/// the plugin's `node_id` and `num_nodes` options and its key-value callbacks.
#[derive(Clone)]
pub struct Distributed {
    pub node_id: i64,
    pub num_nodes: i64,
    pub store: Arc<dyn super::kv_store::KeyValueStore>,
}

impl fmt::Debug for Distributed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Distributed {{ node_id: {}, num_nodes: {} }}", self.node_id, self.num_nodes)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceInfo {
    /// Global device id.
    pub id: i32,
    /// e.g. "cpu", "NVIDIA H100 80GB HBM3".
    pub kind: String,
    pub debug_string: String,
}

/// Owns the `PJRT_Client`. Buffers and executables hold an `Arc` to it so the
/// client is destroyed only after everything created from it.
pub(crate) struct ClientInner {
    pub(crate) plugin: Arc<Plugin>,
    pub(crate) raw: *mut PJRT_Client,
    /// Addressable devices; `Buffer::device()` and `to_device` index into this.
    pub(crate) devices: Vec<*mut PJRT_Device>,
    compile_cache: Option<std::path::PathBuf>,
    on_warning: Option<fn(&str)>,
    /// What the key-value callbacks' `user_arg` points to: dropped after the client is
    /// destroyed (fields drop after `Drop::drop`), so no callback outlives it.
    _kv: Option<Box<super::kv_store::CallbackState>>,
}

// SAFETY: a PJRT client is thread-safe; device handles are immutable and
// owned by the client.
unsafe impl Send for ClientInner {}
unsafe impl Sync for ClientInner {}

impl Drop for ClientInner {
    fn drop(&mut self) {
        let mut a = PJRT_Client_Destroy_Args::new_zeroed();
        a.client = self.raw;
        let _ = pjrt_call!(*self.plugin, PJRT_Client_Destroy, &mut a);
    }
}

#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<ClientInner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("plugin", &self.inner.plugin.path())
            .field("devices", &self.inner.devices.len())
            .finish()
    }
}

impl Client {
    pub fn new(plugin: Arc<Plugin>, opts: &ClientOptions) -> Result<Client> {
        // Names must outlive the call: they are 'static strings.
        let mut ints: Vec<(&'static str, i64)> = Vec::new();
        if let Some(n) = opts.cpu_device_count {
            if n < 1 {
                bail!("cpu_device_count must be at least 1, got {n}");
            }
            ints.push(("cpu_device_count", n));
        }
        if let Some(d) = &opts.distributed {
            if d.num_nodes < 1 || d.node_id < 0 || d.node_id >= d.num_nodes {
                bail!("process {} of {}: the process id must be in 0..{}", d.node_id, d.num_nodes, d.num_nodes);
            }
            ints.push(("node_id", d.node_id));
            ints.push(("num_nodes", d.num_nodes));
        }
        let options: Vec<PJRT_NamedValue> = ints.iter().map(|&(name, v)| int_option(name, v)).collect();

        let mut a = PJRT_Client_Create_Args::new_zeroed();
        if !options.is_empty() {
            a.create_options = options.as_ptr();
            a.num_options = options.len();
        }
        let kv = opts.distributed.as_ref().map(|d| Box::new(super::kv_store::CallbackState { store: d.store.clone() }));
        if let Some(state) = &kv {
            let user = &**state as *const super::kv_store::CallbackState as *mut std::os::raw::c_void;
            a.kv_get_callback = Some(super::kv_store::kv_get);
            a.kv_get_user_arg = user;
            a.kv_try_get_callback = Some(super::kv_store::kv_try_get);
            a.kv_try_get_user_arg = user;
            a.kv_put_callback = Some(super::kv_store::kv_put);
            a.kv_put_user_arg = user;
        }
        pjrt_call!(*plugin, PJRT_Client_Create, &mut a).with_context(|| match &opts.distributed {
            Some(d) => format!(
                "creating a PJRT client for process {} of {} from {} (a plugin that rejects the node_id and num_nodes options cannot span processes)",
                d.node_id,
                d.num_nodes,
                plugin.path().display()
            ),
            None => format!("creating a PJRT client from {}", plugin.path().display()),
        })?;
        let mut inner =
            ClientInner { plugin, raw: a.client, devices: Vec::new(), compile_cache: opts.compile_cache.clone(), on_warning: opts.on_warning, _kv: kv };

        let mut a = PJRT_Client_AddressableDevices_Args::new_zeroed();
        a.client = inner.raw;
        pjrt_call!(*inner.plugin, PJRT_Client_AddressableDevices, &mut a)?;
        if a.num_addressable_devices > 0 && !a.addressable_devices.is_null() {
            // SAFETY: the plugin returned this many device handles owned by the client.
            inner.devices =
                unsafe { std::slice::from_raw_parts(a.addressable_devices, a.num_addressable_devices) }.to_vec();
        }
        if inner.devices.is_empty() {
            bail!("the PJRT plugin {} reports no addressable devices", inner.plugin.path().display());
        }
        if let Some(n) = opts.max_devices {
            if n == 0 || n > inner.devices.len() {
                bail!("--devices {n}: {} presents only {} device(s)", inner.plugin.path().display(), inner.devices.len());
            }
            inner.devices.truncate(n);
        }
        Ok(Client { inner: Arc::new(inner) })
    }

    pub fn plugin(&self) -> &Arc<Plugin> {
        &self.inner.plugin
    }

    /// e.g. "cpu", "cuda", "tpu".
    pub fn platform_name(&self) -> Result<String> {
        let mut a = PJRT_Client_PlatformName_Args::new_zeroed();
        a.client = self.inner.raw;
        pjrt_call!(*self.inner.plugin, PJRT_Client_PlatformName, &mut a)?;
        // SAFETY: the string lives as long as the client.
        Ok(unsafe { str_from_raw(a.platform_name, a.platform_name_size) })
    }

    pub fn platform_version(&self) -> Result<String> {
        let mut a = PJRT_Client_PlatformVersion_Args::new_zeroed();
        a.client = self.inner.raw;
        pjrt_call!(*self.inner.plugin, PJRT_Client_PlatformVersion, &mut a)?;
        // SAFETY: as above.
        Ok(unsafe { str_from_raw(a.platform_version, a.platform_version_size) })
    }

    /// The memory the first device's allocator may hand out (`PJRT_Device_MemoryStats`'s
    /// `bytes_limit`), or `None` where the plugin does not say (the CPU plugins).
    pub fn device_memory_limit(&self) -> Result<Option<u64>> {
        let plugin = &*self.inner.plugin;
        let Some(&dev) = self.inner.devices.first() else { return Ok(None) };
        let Ok(f) = pjrt_fn!(plugin, PJRT_Device_MemoryStats) else { return Ok(None) };
        let mut a = PJRT_Device_MemoryStats_Args::new_zeroed();
        a.device = dev;
        // SAFETY: a valid, zeroed argument struct for this function.
        let err = unsafe { f(&mut a) };
        if let Some(e) = plugin.take_error(err, "PJRT_Device_MemoryStats") {
            return if e.is_unimplemented() { Ok(None) } else { Err(e.into()) };
        }
        Ok((a.bytes_limit_is_set && a.bytes_limit > 0).then_some(a.bytes_limit as u64))
    }

    pub fn addressable_device_count(&self) -> usize {
        self.inner.devices.len()
    }

    /// Devices of every process of the client (more than the addressable ones only when the
    /// client spans processes).
    pub fn global_device_count(&self) -> Result<usize> {
        let mut a = PJRT_Client_Devices_Args::new_zeroed();
        a.client = self.inner.raw;
        pjrt_call!(*self.inner.plugin, PJRT_Client_Devices, &mut a)?;
        Ok(a.num_devices)
    }

    /// The addressable devices, in the order `to_device` numbers them.
    pub fn devices(&self) -> Result<Vec<DeviceInfo>> {
        let plugin = &*self.inner.plugin;
        let mut out = Vec::with_capacity(self.inner.devices.len());
        for &dev in &self.inner.devices {
            let mut a = PJRT_Device_GetDescription_Args::new_zeroed();
            a.device = dev;
            pjrt_call!(plugin, PJRT_Device_GetDescription, &mut a)?;
            let desc = a.device_description;

            let mut a = PJRT_DeviceDescription_Id_Args::new_zeroed();
            a.device_description = desc;
            pjrt_call!(plugin, PJRT_DeviceDescription_Id, &mut a)?;
            let id = a.id;

            let mut a = PJRT_DeviceDescription_Kind_Args::new_zeroed();
            a.device_description = desc;
            pjrt_call!(plugin, PJRT_DeviceDescription_Kind, &mut a)?;
            // SAFETY: description strings live as long as the client.
            let kind = unsafe { str_from_raw(a.device_kind, a.device_kind_size) };

            let mut a = PJRT_DeviceDescription_DebugString_Args::new_zeroed();
            a.device_description = desc;
            pjrt_call!(plugin, PJRT_DeviceDescription_DebugString, &mut a)?;
            // SAFETY: as above.
            let debug_string = unsafe { str_from_raw(a.debug_string, a.debug_string_size) };

            out.push(DeviceInfo { id, kind, debug_string });
        }
        Ok(out)
    }

    /// Compiles StableHLO text (entry `@main`) for one device, or loads it from the client's
    /// compile cache. XLA's diagnostics (parse errors with line:column, verifier errors) come back
    /// in the error message.
    pub fn compile(&self, program: &Program) -> Result<Executable> {
        check_signature(program)?;
        let Some(dir) = &self.inner.compile_cache else { return self.compile_uncached(program) };
        let options = compile_options_proto(1, program.devices() as u32);
        let entry = super::compile_cache::entry_path(dir, &program.mlir, &options, &self.plugin_identity());
        let cached = super::compile_cache::load(&entry).and_then(|bytes| match bytes {
            Some(b) => self.deserialize(&b, program).map(Some),
            None => Ok(None),
        });
        match cached {
            Ok(Some(mut exe)) => {
                exe.from_cache = true;
                return Ok(exe);
            }
            Ok(None) => {}
            Err(e) => self.warn(&format!("ignoring compile cache entry {}: {e:#}; compiling again", entry.display())),
        }
        let exe = self.compile_uncached(program)?;
        // A cache that cannot be written costs the next run a compile, not this run its result.
        if let Err(e) = exe.serialize().and_then(|bytes| super::compile_cache::store(&entry, &bytes)) {
            self.warn(&format!("cannot keep the compiled program in {}: {e:#}", dir.display()));
        }
        Ok(exe)
    }

    /// Hands a warning to the caller's `ClientOptions::on_warning`.
    pub fn warn(&self, message: &str) {
        if let Some(f) = self.inner.on_warning {
            f(message);
        }
    }

    /// What the compiled code depends on besides the program: the plugin file and its versions,
    /// the compiler flags it reads from the environment, and the hardware it compiled for (a
    /// cache on a shared home must not hand an AVX-512 or sm_90 build to an older machine).
    fn plugin_identity(&self) -> String {
        let path = self.inner.plugin.path();
        let meta = std::fs::metadata(path).ok();
        let mtime = meta.as_ref().and_then(|m| m.modified().ok()).and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
        let devices: Vec<String> = self.devices().map(|d| d.into_iter().map(|d| d.kind).collect()).unwrap_or_default();
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|t| t.lines().find(|l| l.starts_with("flags")).map(str::to_string))
            .unwrap_or_default();
        format!(
            "{} {} {:?} {:?} {} {} | XLA_FLAGS={} LIBTPU_INIT_ARGS={} | devices {:?} | {cpu}",
            path.display(),
            meta.map_or(0, |m| m.len()),
            mtime,
            self.inner.plugin.api_version(),
            self.platform_name().unwrap_or_default(),
            self.platform_version().unwrap_or_default(),
            std::env::var("XLA_FLAGS").unwrap_or_default(),
            std::env::var("LIBTPU_INIT_ARGS").unwrap_or_default(),
            devices,
        )
    }

    /// Compiles without looking at the compile cache (e.g. so XLA writes its HLO dumps).
    pub fn compile_uncached(&self, program: &Program) -> Result<Executable> {
        check_signature(program)?;
        let have = self.addressable_device_count();
        if program.devices() > have {
            let platform = self.platform_name().unwrap_or_default();
            let hint = if platform == "cpu" { " (the CPU plugin presents more with --cpu-devices N)" } else { "" };
            bail!("the program runs on {} devices but the {platform} client has {have}{hint}", program.devices());
        }
        let code = mlir_program(&program.mlir);
        let options = compile_options_proto(1, program.devices() as u32);
        let mut a = PJRT_Client_Compile_Args::new_zeroed();
        a.client = self.inner.raw;
        a.program = &code;
        a.compile_options = options.as_ptr() as *const _;
        a.compile_options_size = options.len();
        pjrt_call!(*self.inner.plugin, PJRT_Client_Compile, &mut a)?;
        Executable::adopt(&self.inner, a.executable, program)
    }

    /// Copies `host` to addressable device number `device`, waiting until
    /// `host` is no longer needed.
    pub fn to_device(&self, host: &HostTensor, device: usize) -> Result<Buffer> {
        Buffer::from_host(&self.inner, host, device)
    }

    /// Loads bytes from `Executable::serialize` (made by the same plugin
    /// version); `program` supplies the signature calls are checked against.
    pub fn deserialize(&self, bytes: &[u8], program: &Program) -> Result<Executable> {
        check_signature(program)?;
        let mut a = PJRT_Executable_DeserializeAndLoad_Args::new_zeroed();
        a.client = self.inner.raw;
        a.serialized_executable = bytes.as_ptr() as *const _;
        a.serialized_executable_size = bytes.len();
        pjrt_call!(*self.inner.plugin, PJRT_Executable_DeserializeAndLoad, &mut a)?;
        Executable::adopt(&self.inner, a.loaded_executable, program)
    }
}

/// Catches inconsistent signatures before XLA sees them (it would abort on
/// some, e.g. an alias between differently shaped buffers).
fn check_signature(p: &Program) -> Result<()> {
    if !p.input_names.is_empty() && p.input_names.len() != p.inputs.len() {
        bail!("program has {} inputs but {} input names", p.inputs.len(), p.input_names.len());
    }
    if !p.output_names.is_empty() && p.output_names.len() != p.outputs.len() {
        bail!("program has {} outputs but {} output names", p.outputs.len(), p.output_names.len());
    }
    for (i, spec) in p.inputs.iter().chain(&p.outputs).enumerate() {
        if spec.dims.iter().any(|&d| d < 0) {
            bail!("program signature entry {i} has a negative dimension: {spec}");
        }
    }
    if let Some(part) = &p.partitioning {
        if part.devices < 2 || part.split_inputs.len() != p.inputs.len() || part.split_outputs.len() != p.outputs.len() {
            bail!("program partitioning: {} devices, {} of {} inputs and {} of {} outputs described", part.devices, part.split_inputs.len(), p.inputs.len(), part.split_outputs.len(), p.outputs.len());
        }
        let specs = p.inputs.iter().zip(&part.split_inputs).chain(p.outputs.iter().zip(&part.split_outputs));
        for (spec, &split) in specs {
            if let Some(axis) = split {
                if axis >= spec.dims.len() || spec.dims[axis] % part.devices as i64 != 0 {
                    bail!("{spec} cannot be split evenly over {} devices along axis {axis}", part.devices);
                }
            }
        }
    }
    for &(i, o) in &p.donations {
        let (Some(input), Some(output)) = (p.inputs.get(i), p.outputs.get(o)) else {
            bail!("donation ({i} -> {o}) is out of range: {} inputs, {} outputs", p.inputs.len(), p.outputs.len());
        };
        if input != output {
            bail!("donated input {i} is {input} but the output {o} it becomes is {output}");
        }
        if p.donations.iter().filter(|&&(i2, _)| i2 == i).count() > 1 {
            bail!("input {i} is donated more than once");
        }
        if p.donations.iter().filter(|&&(_, o2)| o2 == o).count() > 1 {
            bail!("output {o} is the target of more than one donation");
        }
    }
    Ok(())
}

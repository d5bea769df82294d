//! Compiled programs: running them, and what XLA reports about them.

use super::buffer::Buffer;
use super::client::ClientInner;
use super::error::read_named_values;
use super::ffi::*;
use super::plugin::{pjrt_call, pjrt_fn, Plugin};
use crate::program::{Program, Shape};
use anyhow::{bail, Result};
use std::collections::BTreeMap;
use std::fmt;
use std::ptr::null_mut;
use std::sync::Arc;

/// One argument of a call. A program input marked as donated
/// (`tf.aliasing_output`) must be passed as `Donate`: PJRT reuses its memory
/// for an output and the buffer is gone afterwards, so the call consumes it.
/// Every other input is passed as `Borrow`.
pub enum Arg<'a> {
    Borrow(&'a Buffer),
    Donate(Buffer),
}

impl Arg<'_> {
    pub fn buffer(&self) -> &Buffer {
        match self {
            Arg::Borrow(b) => b,
            Arg::Donate(b) => b,
        }
    }
}

impl<'a> From<&'a Buffer> for Arg<'a> {
    fn from(b: &'a Buffer) -> Self {
        Arg::Borrow(b)
    }
}

impl From<Buffer> for Arg<'static> {
    fn from(b: Buffer) -> Self {
        Arg::Donate(b)
    }
}

/// A call refused before it reached the device; holds the donated buffers, untouched.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct RejectedCall {
    pub message: String,
    pub donated: Vec<Buffer>,
}

/// Why a call gave no outputs. Callers that want their donated state back match on
/// `Rejected`; the rest pass it on with `?`.
#[derive(Debug, thiserror::Error)]
pub enum CallError {
    /// Refused before it reached the device (wrong arguments): the donated buffers come back.
    #[error(transparent)]
    Rejected(RejectedCall),
    /// The plugin failed while running it, or returned outputs that contradict the signature;
    /// donated buffers are gone.
    #[error(transparent)]
    Failed(anyhow::Error),
}

fn donated_of(args: Vec<Vec<Arg<'_>>>) -> Vec<Buffer> {
    args.into_iter()
        .flatten()
        .filter_map(|a| match a {
            Arg::Donate(b) => Some(b),
            Arg::Borrow(_) => None,
        })
        .collect()
}

/// XLA's cost model estimate for one execution.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CostAnalysis {
    pub flops: Option<f64>,
    pub transcendentals: Option<f64>,
    pub bytes_accessed: Option<f64>,
    pub optimal_seconds: Option<f64>,
    /// Every numeric property as reported (names like `bytes accessed0{}`).
    pub properties: BTreeMap<String, f64>,
}

/// Sizes XLA planned at compile time, in bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompiledMemoryStats {
    pub generated_code_size_in_bytes: i64,
    pub argument_size_in_bytes: i64,
    pub output_size_in_bytes: i64,
    pub alias_size_in_bytes: i64,
    pub temp_size_in_bytes: i64,
    pub host_generated_code_size_in_bytes: i64,
    pub host_argument_size_in_bytes: i64,
    pub host_output_size_in_bytes: i64,
    pub host_alias_size_in_bytes: i64,
    pub host_temp_size_in_bytes: i64,
    pub peak_memory_in_bytes: i64,
}

impl CompiledMemoryStats {
    /// What one execution holds on a device at once: its arguments, its outputs less those that
    /// reuse a donated argument's memory, its temporaries and its code (as JAX's
    /// `memory_analysis` adds them up).
    pub fn device_bytes(&self) -> i64 {
        self.argument_size_in_bytes + self.output_size_in_bytes - self.alias_size_in_bytes
            + self.temp_size_in_bytes
            + self.generated_code_size_in_bytes
    }
}

/// `PJRT_ExecuteOptions` grew after 0.81; a newer plugin trusting its own
/// layout over `struct_size` then reads zeros instead of our stack.
#[repr(C)]
struct PaddedExecuteOptions {
    options: PJRT_ExecuteOptions,
    _spare: [u8; 256],
}

/// A compiled program loaded on the client's devices.
pub struct Executable {
    client: Arc<ClientInner>,
    raw: *mut PJRT_LoadedExecutable,
    /// The program's signature; its `mlir` is dropped after compiling.
    signature: Program,
    num_outputs: usize,
    /// Loaded from the compile cache rather than compiled.
    pub(crate) from_cache: bool,
}

// SAFETY: PJRT loaded executables may be executed concurrently from any thread.
unsafe impl Send for Executable {}
unsafe impl Sync for Executable {}

impl fmt::Debug for Executable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Executable")
            .field("inputs", &self.signature.inputs.len())
            .field("outputs", &self.num_outputs)
            .finish()
    }
}

impl Drop for Executable {
    fn drop(&mut self) {
        let mut a = PJRT_LoadedExecutable_Destroy_Args::new_zeroed();
        a.executable = self.raw;
        let _ = pjrt_call!(*self.client.plugin, PJRT_LoadedExecutable_Destroy, &mut a);
    }
}

/// Frees the `PJRT_Executable` view that `PJRT_LoadedExecutable_GetExecutable` hands out.
struct ExecutableView<'a> {
    client: &'a ClientInner,
    raw: *mut PJRT_Executable,
}

impl Drop for ExecutableView<'_> {
    fn drop(&mut self) {
        let mut a = PJRT_Executable_Destroy_Args::new_zeroed();
        a.executable = self.raw;
        let _ = pjrt_call!(*self.client.plugin, PJRT_Executable_Destroy, &mut a);
    }
}

fn input_name(p: &Program, i: usize) -> String {
    match p.input_names.get(i) {
        Some(n) => format!("argument {i} ('{n}')"),
        None => format!("argument {i}"),
    }
}

fn output_name(p: &Program, i: usize) -> String {
    match p.output_names.get(i) {
        Some(n) => format!("output {i} ('{n}')"),
        None => format!("output {i}"),
    }
}

impl Executable {
    /// Takes ownership of a freshly compiled or deserialized executable and
    /// checks its output count against the program's signature.
    pub(crate) fn adopt(client: &Arc<ClientInner>, raw: *mut PJRT_LoadedExecutable, program: &Program) -> Result<Self> {
        let signature = Program {
            mlir: String::new(),
            inputs: program.inputs.clone(),
            input_names: program.input_names.clone(),
            outputs: program.outputs.clone(),
            output_names: program.output_names.clone(),
            donations: program.donations.clone(),
            partitioning: program.partitioning.clone(),
        };
        let mut exe = Executable { client: client.clone(), raw, signature, num_outputs: 0, from_cache: false };
        let view = exe.view()?;
        let mut a = PJRT_Executable_NumOutputs_Args::new_zeroed();
        a.executable = view.raw;
        pjrt_call!(*client.plugin, PJRT_Executable_NumOutputs, &mut a)?;
        drop(view);
        exe.num_outputs = a.num_outputs;
        if exe.num_outputs != exe.signature.outputs.len() {
            bail!(
                "the compiled program has {} outputs but its signature lists {}",
                exe.num_outputs,
                exe.signature.outputs.len()
            );
        }
        Ok(exe)
    }

    fn view(&self) -> Result<ExecutableView<'_>> {
        let mut a = PJRT_LoadedExecutable_GetExecutable_Args::new_zeroed();
        a.loaded_executable = self.raw;
        pjrt_call!(*self.client.plugin, PJRT_LoadedExecutable_GetExecutable, &mut a)?;
        Ok(ExecutableView { client: &self.client, raw: a.executable })
    }

    /// Whether this executable came from the compile cache instead of the compiler.
    pub fn from_cache(&self) -> bool {
        self.from_cache
    }

    /// The signature calls are checked against (the program without its text).
    pub fn signature(&self) -> &Program {
        &self.signature
    }

    pub fn num_outputs(&self) -> usize {
        self.num_outputs
    }

    /// Runs the program on device 0 and waits for it to finish. Arguments are
    /// checked against the signature first (XLA aborts the process on a
    /// mismatched argument); outputs are checked after.
    ///
    /// A call rejected before it runs gives back the donated buffers
    /// ([`CallError::Rejected`]), so one bad batch never costs the training state.
    pub fn execute(&self, args: Vec<Arg<'_>>) -> std::result::Result<Vec<Buffer>, CallError> {
        if self.signature.devices() != 1 {
            let message = format!("the program runs on {} devices: call execute_on_devices", self.signature.devices());
            return Err(CallError::Rejected(RejectedCall { message, donated: donated_of(vec![args]) }));
        }
        let mut per_device = self.execute_on_devices(vec![args])?;
        Ok(per_device.pop().unwrap_or_default())
    }

    /// Runs a program on all its devices at once (a partitioned program, see
    /// [`crate::program::Partitioning`]): `args[d]` are device d's arguments, each on device d,
    /// holding its shard of split inputs and a full copy of the others. Returns each device's
    /// outputs the same way. Rejected calls give back the donated buffers, as `execute`'s do.
    pub fn execute_on_devices(&self, args: Vec<Vec<Arg<'_>>>) -> std::result::Result<Vec<Vec<Buffer>>, CallError> {
        let checked = if args.len() != self.signature.devices() {
            Err(anyhow::anyhow!("the program runs on {} devices, got arguments for {}", self.signature.devices(), args.len()))
        } else {
            let many = args.len() > 1;
            args.iter().enumerate().try_for_each(|(d, a)| {
                self.check_args(a, d).map_err(|e| if many { e.context(format!("device {d}")) } else { e })
            })
        };
        if let Err(e) = checked {
            return Err(CallError::Rejected(RejectedCall { message: format!("{e:#}"), donated: donated_of(args) }));
        }
        let raw: Vec<Vec<*mut PJRT_Buffer>> = args.iter().map(|l| l.iter().map(|a| a.buffer().raw).collect()).collect();
        let per_device = self.launch(&raw).map_err(CallError::Failed)?;
        // Donated buffers are now deleted on the device; drop their handles.
        drop(args);
        for outputs in &per_device {
            self.check_outputs(outputs).map_err(CallError::Failed)?;
        }
        Ok(per_device)
    }

    fn check_args(&self, args: &[Arg<'_>], device: usize) -> Result<()> {
        let p = &self.signature;
        if args.len() != p.inputs.len() {
            bail!("the program takes {} arguments, got {}", p.inputs.len(), args.len());
        }
        for (i, arg) in args.iter().enumerate() {
            let spec = &p.device_input(i);
            let b = arg.buffer();
            if b.dtype() != spec.dtype || b.dims() != spec.dims.as_slice() {
                bail!(
                    "{} has shape {} but the program expects {}",
                    input_name(p, i),
                    Shape::new(b.dtype(), b.dims()),
                    spec
                );
            }
            if !Arc::ptr_eq(&b.client, &self.client) {
                bail!("{} lives on a different PJRT client than the program", input_name(p, i));
            }
            if b.device() != device {
                bail!("{} is on device {} but this call runs on device {device}", input_name(p, i), b.device());
            }
            match (arg, p.is_donated(i)) {
                (Arg::Borrow(_), true) => {
                    bail!("{} is donated by the program and must be passed as Arg::Donate", input_name(p, i))
                }
                (Arg::Donate(_), false) => {
                    bail!("{} is not donated by the program; pass it as Arg::Borrow", input_name(p, i))
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn check_outputs(&self, outputs: &[Buffer]) -> Result<()> {
        let p = &self.signature;
        if outputs.len() != p.outputs.len() {
            bail!("the program returned {} outputs, its signature lists {}", outputs.len(), p.outputs.len());
        }
        for (i, b) in outputs.iter().enumerate() {
            let spec = &p.device_output(i);
            if b.dtype() != spec.dtype || b.dims() != spec.dims.as_slice() {
                bail!(
                    "{} came back as {} but the signature says {}",
                    output_name(p, i),
                    Shape::new(b.dtype(), b.dims()),
                    spec
                );
            }
        }
        Ok(())
    }

    /// One `PJRT_LoadedExecutable_Execute` over `per_device.len()` devices
    /// (one argument list each, already validated), waiting for completion.
    fn launch(&self, per_device: &[Vec<*mut PJRT_Buffer>]) -> Result<Vec<Vec<Buffer>>> {
        let plugin = &*self.client.plugin;
        let num_devices = per_device.len();
        let num_args = self.signature.inputs.len();
        let arg_lists: Vec<*const *mut PJRT_Buffer> = per_device.iter().map(|l| l.as_ptr()).collect();
        let mut out_storage: Vec<Vec<*mut PJRT_Buffer>> = vec![vec![null_mut(); self.num_outputs]; num_devices];
        let out_lists: Vec<*mut *mut PJRT_Buffer> = out_storage.iter_mut().map(|l| l.as_mut_ptr()).collect();
        let mut events: Vec<*mut PJRT_Event> = vec![null_mut(); num_devices];

        // Inputs the program does not donate are listed as non-donatable too,
        // so PJRT never consumes a buffer the caller still holds.
        let non_donatable: Vec<i64> = (0..num_args).filter(|&i| !self.signature.is_donated(i)).map(|i| i as i64).collect();
        // SAFETY: all-zero is a valid PJRT_ExecuteOptions (no callbacks, no context).
        let mut opts: PaddedExecuteOptions = unsafe { std::mem::zeroed() };
        opts.options.set_struct_size();
        if !non_donatable.is_empty() {
            opts.options.non_donatable_input_indices = non_donatable.as_ptr();
            opts.options.num_non_donatable_input_indices = non_donatable.len();
        }

        let mut a = PJRT_LoadedExecutable_Execute_Args::new_zeroed();
        a.executable = self.raw;
        a.options = &mut opts.options;
        a.argument_lists = arg_lists.as_ptr();
        a.num_devices = num_devices;
        a.num_args = num_args;
        a.output_lists = out_lists.as_ptr();
        a.device_complete_events = events.as_mut_ptr();
        // execute_device stays null: run on the devices chosen at compile time.
        pjrt_call!(plugin, PJRT_LoadedExecutable_Execute, &mut a)?;

        // Own every output before anything else can fail, so none leaks.
        let mut outputs: Vec<Vec<Buffer>> = out_storage
            .iter()
            .map(|list| list.iter().filter(|b| !b.is_null()).map(|&b| Buffer::adopt(&self.client, b)).collect())
            .collect();
        let mut first_err = None;
        for ev in events {
            if let Err(e) = plugin.await_event(ev, "the program to finish") {
                first_err.get_or_insert(e);
            }
        }
        if let Some(e) = first_err {
            return Err(e);
        }
        for list in &mut outputs {
            if list.len() != self.num_outputs {
                bail!("the plugin returned {} of {} outputs", list.len(), self.num_outputs);
            }
            for b in list.iter_mut() {
                b.load_metadata()?;
            }
        }
        Ok(outputs)
    }

    /// XLA's cost estimate, or `None` where the plugin does not provide one
    /// (newer plugins answer UNIMPLEMENTED).
    pub fn cost_analysis(&self) -> Result<Option<CostAnalysis>> {
        let view = self.view()?;
        // SAFETY: the view stays alive for the call.
        unsafe { read_cost_analysis(&self.client.plugin, view.raw) }
    }

    /// Memory XLA planned for one execution, or `None` where unsupported.
    pub fn compiled_memory_stats(&self) -> Result<Option<CompiledMemoryStats>> {
        let view = self.view()?;
        // SAFETY: the view stays alive for the call.
        unsafe { read_memory_stats(&self.client.plugin, view.raw) }
    }

    /// The compiled executable as bytes, for `Client::deserialize` with the
    /// same plugin build.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        let view = self.view()?;
        let mut a = PJRT_Executable_Serialize_Args::new_zeroed();
        a.executable = view.raw;
        pjrt_call!(*self.client.plugin, PJRT_Executable_Serialize, &mut a)?;
        let bytes = if a.serialized_bytes.is_null() {
            Vec::new()
        } else {
            // SAFETY: the bytes stay valid until the deleter runs below.
            unsafe { std::slice::from_raw_parts(a.serialized_bytes as *const u8, a.serialized_bytes_size) }.to_vec()
        };
        if let Some(deleter) = a.serialized_executable_deleter {
            // SAFETY: hands back what the plugin allocated, once.
            unsafe { deleter(a.serialized_executable) };
        }
        if bytes.is_empty() {
            bail!("the plugin serialized the executable to zero bytes");
        }
        Ok(bytes)
    }
}

/// XLA's cost estimate of a compiled (loaded or ahead-of-time) executable, or `None` where the
/// plugin gives none.
///
/// # Safety
/// `exe` must be a live executable of `plugin`.
pub(crate) unsafe fn read_cost_analysis(plugin: &Plugin, exe: *mut PJRT_Executable) -> Result<Option<CostAnalysis>> {
    let Ok(f) = pjrt_fn!(plugin, PJRT_Executable_GetCostAnalysis) else { return Ok(None) };
    let mut a = PJRT_Executable_GetCostAnalysis_Args::new_zeroed();
    a.executable = exe;
    // SAFETY: valid argument struct for this function.
    let err = unsafe { f(&mut a) };
    if let Some(e) = plugin.take_error(err, "PJRT_Executable_GetCostAnalysis") {
        return if e.is_unimplemented() { Ok(None) } else { Err(e.into()) };
    }
    // SAFETY: the properties live as long as `exe`.
    let props = unsafe { read_named_values(a.properties, a.num_properties) };
    if props.is_empty() {
        return Ok(None);
    }
    let mut cost = CostAnalysis::default();
    for (name, value) in props {
        let Some(v) = value.as_f64() else { continue };
        match name.as_str() {
            "flops" => cost.flops = Some(v),
            "transcendentals" => cost.transcendentals = Some(v),
            "bytes accessed" => cost.bytes_accessed = Some(v),
            "optimal_seconds" => cost.optimal_seconds = Some(v),
            _ => {}
        }
        cost.properties.insert(name, v);
    }
    Ok(Some(cost))
}

/// The memory XLA planned for one execution of a compiled executable, per device, or `None`
/// where the plugin does not say.
///
/// # Safety
/// `exe` must be a live executable of `plugin`.
pub(crate) unsafe fn read_memory_stats(plugin: &Plugin, exe: *mut PJRT_Executable) -> Result<Option<CompiledMemoryStats>> {
    let Ok(f) = pjrt_fn!(plugin, PJRT_Executable_GetCompiledMemoryStats) else { return Ok(None) };
    let mut a = PJRT_Executable_GetCompiledMemoryStats_Args::new_zeroed();
    a.executable = exe;
    // SAFETY: valid argument struct for this function.
    let err = unsafe { f(&mut a) };
    if let Some(e) = plugin.take_error(err, "PJRT_Executable_GetCompiledMemoryStats") {
        return if e.is_unimplemented() { Ok(None) } else { Err(e.into()) };
    }
    Ok(Some(CompiledMemoryStats {
        generated_code_size_in_bytes: a.generated_code_size_in_bytes,
        argument_size_in_bytes: a.argument_size_in_bytes,
        output_size_in_bytes: a.output_size_in_bytes,
        alias_size_in_bytes: a.alias_size_in_bytes,
        temp_size_in_bytes: a.temp_size_in_bytes,
        host_generated_code_size_in_bytes: a.host_generated_code_size_in_bytes,
        host_argument_size_in_bytes: a.host_argument_size_in_bytes,
        host_output_size_in_bytes: a.host_output_size_in_bytes,
        host_alias_size_in_bytes: a.host_alias_size_in_bytes,
        host_temp_size_in_bytes: a.host_temp_size_in_bytes,
        peak_memory_in_bytes: a.peak_memory_in_bytes,
    }))
}

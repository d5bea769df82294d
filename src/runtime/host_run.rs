//! Conveniences over buffers for one-off calls: host tensors in, host tensors out.

use super::{locate_plugin, Arg, Client, ClientOptions, DeviceKind, Executable, Plugin};
use crate::host::HostTensor;
use anyhow::Result;

/// Uploads `inputs` to device 0, runs `exe` (donating what the program donates) and downloads every output.
pub fn run_host(client: &Client, exe: &Executable, inputs: &[HostTensor]) -> Result<Vec<HostTensor>> {
    let program = exe.signature();
    // Buffers the call only borrows must outlive it; donated ones are moved into it.
    let kept = inputs
        .iter()
        .enumerate()
        .map(|(i, h)| if program.is_donated(i) { Ok(None) } else { client.to_device(h, 0).map(Some) })
        .collect::<Result<Vec<_>>>()?;
    let args = inputs
        .iter()
        .zip(&kept)
        .map(|(h, k)| match k {
            Some(b) => Ok(Arg::Borrow(b)),
            None => Ok(Arg::Donate(client.to_device(h, 0)?)),
        })
        .collect::<Result<Vec<_>>>()?;
    exe.execute(args)?.iter().map(|b| b.to_host()).collect()
}

/// Finds and loads the plugin for `kind` (or the one at `explicit`) and creates a client.
/// Warns when the plugin's platform isn't the kind asked for (e.g. XLAVIT_PJRT_PLUGIN
/// pointing at the CPU plugin while `--device cuda` was given).
pub fn open_client(
    kind: DeviceKind,
    explicit: Option<&std::path::Path>,
    opts: &ClientOptions,
) -> Result<Client> {
    // Before anything is loaded: without the hardware, a TPU plugin hangs for minutes.
    super::hardware::check(kind)?;
    let (path, why) = super::locate_plugin_with_reason(kind, explicit)?;
    // Known by its file name, before it is loaded: libtpu on a machine without a TPU retries the
    // cloud metadata server for minutes, and a CUDA plugin rejects the CPU's options obscurely.
    if let Some(named) = DeviceKind::accelerator_named_by(&path).filter(|&k| k != kind) {
        anyhow::bail!("{} ({why}) is a {named} plugin, but --device {kind} was asked for: pass --device {named}, or a {kind} plugin", path.display());
    }
    if kind == DeviceKind::Cuda {
        super::hardware::preload_cuda_libraries(&path);
    }
    let plugin = Plugin::load(&path)?;
    let client = Client::new(plugin, opts)?;
    let platform = client.platform_name().unwrap_or_default().to_ascii_lowercase();
    let expected = match kind {
        DeviceKind::Cpu => &["cpu", "host"][..],
        DeviceKind::Cuda => &["cuda", "gpu", "rocm"][..],
        DeviceKind::Tpu => &["tpu"][..],
    };
    if !expected.iter().any(|e| platform.contains(e)) {
        client.warn(&format!("asked for --device {kind}, but {} is a '{platform}' plugin", path.display()));
    }
    Ok(client)
}

/// A client on the CPU plugin found the usual way (tests and examples).
pub fn cpu_client_for_tests() -> Result<Client> {
    let plugin = Plugin::load(locate_plugin(DeviceKind::Cpu, None)?)?;
    Client::new(plugin, &ClientOptions::default())
}

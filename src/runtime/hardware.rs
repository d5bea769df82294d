//! Is the accelerator a plugin drives attached? Answered from the file system
//! in milliseconds, before any plugin is loaded: libtpu on a machine without a
//! TPU retries the cloud metadata server for minutes before it fails, and a
//! CUDA plugin without a driver fails deep inside its client creation. JAX
//! looks before it loads for the same reason.
//!
//! Also: the CUDA libraries that pip installs beside a CUDA plugin
//! (`site-packages/nvidia/*/lib`), loaded before the plugin as JAX does, so
//! nobody has to export `LD_LIBRARY_PATH`.

use super::DeviceKind;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

/// Set to 1 to load a TPU or CUDA plugin even where these checks find no hardware.
pub const SKIP_CHECK_ENV: &str = "XLAVIT_SKIP_HARDWARE_CHECK";

/// Google's PCI vendor id. Google's virtual NIC (gVNIC, device 0x0042) carries it too, on every
/// GCE VM, so the device id decides.
const GOOGLE_PCI_VENDOR: &str = "0x1ae0";
/// TPU chips' PCI device ids, as JAX lists them: v2/v3, (unnamed), v4, v5p, v5e, v6e, 7x.
const TPU_PCI_DEVICES: [&str; 7] = ["0x0027", "0x0056", "0x005e", "0x0062", "0x0063", "0x006f", "0x0076"];

fn entries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).map(|it| it.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default()
}

fn name_of(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn read_trimmed(p: &Path) -> String {
    std::fs::read_to_string(p).map(|s| s.trim().to_ascii_lowercase()).unwrap_or_default()
}

/// A TPU under `root` (`/` outside tests): a `/dev/accel*` node (v2-v4), or a Google PCI device
/// with a TPU device id (v5e and later sit behind VFIO). `Err` says what was looked at.
pub fn find_tpu(root: &Path) -> std::result::Result<String, String> {
    if let Some(a) = entries(&root.join("dev")).into_iter().find(|p| name_of(p).starts_with("accel")) {
        return Ok(format!("{}", a.display()));
    }
    let google: Vec<(PathBuf, String)> = entries(&root.join("sys/bus/pci/devices"))
        .into_iter()
        .filter(|d| read_trimmed(&d.join("vendor")) == GOOGLE_PCI_VENDOR)
        .map(|d| {
            let id = read_trimmed(&d.join("device"));
            (d, id)
        })
        .collect();
    if let Some((d, id)) = google.iter().find(|(_, id)| TPU_PCI_DEVICES.contains(&id.as_str())) {
        return Ok(format!("TPU PCI device {} (id {id})", name_of(d)));
    }
    let others: Vec<&str> = google.iter().map(|(_, id)| id.as_str()).collect();
    Err(format!(
        "no /dev/accel* device and no TPU among the PCI devices under /sys/bus/pci/devices (Google devices: {})",
        if others.is_empty() { "none".to_string() } else { others.join(", ") }
    ))
}

/// The NVIDIA kernel driver (`/proc/driver/nvidia/version`) or its user-space library.
pub fn find_nvidia_driver(root: &Path) -> std::result::Result<String, String> {
    let version = root.join("proc/driver/nvidia/version");
    if let Ok(v) = std::fs::read_to_string(&version) {
        return Ok(v.lines().next().unwrap_or("").trim().to_string());
    }
    // Containers often lack /proc/driver/nvidia but map the driver library in.
    // SAFETY: loading the system's CUDA driver library runs only its initializers.
    if root == Path::new("/") && unsafe { libloading::Library::new("libcuda.so.1") }.is_ok() {
        return Ok("libcuda.so.1".into());
    }
    Err(format!("{} is missing and libcuda.so.1 cannot be loaded", version.display()))
}

/// Fails in one line when `kind` needs hardware that is not there.
pub fn check(kind: DeviceKind) -> Result<()> {
    if std::env::var(SKIP_CHECK_ENV).is_ok_and(|v| v.trim() == "1") {
        return Ok(());
    }
    let root = Path::new("/");
    match kind {
        DeviceKind::Cpu => Ok(()),
        DeviceKind::Tpu => match find_tpu(root) {
            Ok(_) => Ok(()),
            Err(why) => bail!(
                "--device tpu: no TPU is attached to this machine ({why}); the TPU plugin was not loaded. \
                 Run on a Cloud TPU VM, or set {SKIP_CHECK_ENV}=1 if this check is wrong here"
            ),
        },
        DeviceKind::Cuda => match find_nvidia_driver(root) {
            Ok(_) => Ok(()),
            Err(why) => bail!(
                "--device cuda: no NVIDIA driver on this machine ({why}); the CUDA plugin was not loaded. \
                 Run on a machine with an NVIDIA GPU and driver, or set {SKIP_CHECK_ENV}=1 if this check is wrong here"
            ),
        },
    }
}

/// Loads, globally, the CUDA libraries pip put beside a CUDA plugin (`<site>/nvidia/*/lib`), so
/// that the plugin finds them without `LD_LIBRARY_PATH`. Libraries are tried in rounds until no
/// more load, which settles their mutual dependencies without a hand-kept order. Returns how many
/// loaded; the handles stay open for the life of the process.
pub fn preload_cuda_libraries(plugin: &Path) -> usize {
    // <site>/jax_plugins/xla_cudaNN/xla_cuda_plugin.so
    let Some(site) = plugin.parent().and_then(Path::parent).and_then(Path::parent) else { return 0 };
    let mut pending: Vec<PathBuf> = entries(&site.join("nvidia"))
        .into_iter()
        .flat_map(|d| entries(&d.join("lib")))
        .filter(|p| name_of(p).contains(".so"))
        .collect();
    pending.sort();
    let mut loaded = 0;
    loop {
        let before = pending.len();
        pending.retain(|lib| {
            // SAFETY: these are the CUDA libraries the plugin itself would load.
            match unsafe { libloading::os::unix::Library::open(Some(lib), libloading::os::unix::RTLD_NOW | libloading::os::unix::RTLD_GLOBAL) } {
                Ok(handle) => {
                    std::mem::forget(handle);
                    loaded += 1;
                    false
                }
                Err(_) => true,
            }
        });
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    loaded
}

/// Readies libtpu to compile for a described slice on a machine without a TPU, before it is
/// loaded (it reads its environment once): never ask a cloud metadata server what machine this
/// is (`TPU_SKIP_MDS_QUERY`, which also skips minutes of retries), and keep libtpu's own log
/// (warnings about the TPU_* variables a TPU VM sets) in files under `log_dir/libtpu_logs`
/// instead of the terminal. A user who set `TPU_STDERR_LOG_LEVEL` or `TPU_LOG_DIR` keeps theirs
/// and sees libtpu's lines. Returns the folder of the logs, where they go there.
pub fn quiet_libtpu_for_compiling(log_dir: &Path) -> Result<Option<PathBuf>> {
    // libtpu locks /tmp/libtpu_lockfile against a second process on the same TPU; compiling
    // touches no TPU, so several compiles (tests, a peer's script) may run at once.
    for (name, value) in [("TPU_SKIP_MDS_QUERY", "1"), ("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")] {
        if std::env::var_os(name).is_none() {
            std::env::set_var(name, value);
        }
    }
    if std::env::var_os("TPU_STDERR_LOG_LEVEL").is_some() || std::env::var_os("TPU_LOG_DIR").is_some() {
        return Ok(None);
    }
    let dir = log_dir.join("libtpu_logs");
    std::fs::create_dir_all(&dir).map_err(|e| anyhow::anyhow!("creating {}: {e}", dir.display()))?;
    std::env::set_var("TPU_LOG_DIR", &dir);
    // absl's levels: 0 info, 1 warning, 2 error, 3 fatal. Only what stops the compile shows.
    std::env::set_var("TPU_STDERR_LOG_LEVEL", "3");
    std::env::set_var("TPU_MIN_LOG_LEVEL", "0");
    Ok(Some(dir))
}

/// Sends this process's standard error to a file until dropped. libtpu writes a few lines
/// straight to file descriptor 2 while it loads (before its logging starts), which no
/// variable turns off.
pub struct StderrToFile {
    saved: i32,
}

impl StderrToFile {
    pub fn new(path: &Path) -> Result<StderrToFile> {
        use std::os::fd::IntoRawFd;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| anyhow::anyhow!("opening {}: {e}", path.display()))?;
        let fd = file.into_raw_fd();
        // SAFETY: plain descriptor calls on descriptors this process owns.
        let saved = unsafe { libc::dup(2) };
        if saved < 0 || unsafe { libc::dup2(fd, 2) } < 0 {
            unsafe { libc::close(fd) };
            bail!("redirecting standard error to {}", path.display());
        }
        unsafe { libc::close(fd) };
        Ok(StderrToFile { saved })
    }
}

impl Drop for StderrToFile {
    fn drop(&mut self) {
        // SAFETY: restores the descriptor saved in `new`.
        unsafe {
            libc::dup2(self.saved, 2);
            libc::close(self.saved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(p: &Path, text: &str) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    #[test]
    fn tpu_is_found_by_device_node_or_google_pci_vendor() {
        let empty = tempfile::tempdir().unwrap();
        let why = find_tpu(empty.path()).unwrap_err();
        assert!(why.contains("/dev/accel") && why.contains("Google devices: none"), "{why}");

        let v4 = tempfile::tempdir().unwrap();
        touch(&v4.path().join("dev/accel0"), "");
        assert!(find_tpu(v4.path()).unwrap().ends_with("accel0"));

        let v5e = tempfile::tempdir().unwrap();
        touch(&v5e.path().join("dev/vfio/0"), "");
        touch(&v5e.path().join("sys/bus/pci/devices/0000:00:04.0/vendor"), "0x1ae0\n");
        touch(&v5e.path().join("sys/bus/pci/devices/0000:00:04.0/device"), "0x0063\n");
        touch(&v5e.path().join("sys/bus/pci/devices/0000:00:05.0/vendor"), "0x8086\n");
        assert!(find_tpu(v5e.path()).unwrap().contains("0000:00:04.0"));

        // An ordinary GCE VM: Google's virtual NIC has Google's vendor id but is no TPU.
        let gce = tempfile::tempdir().unwrap();
        touch(&gce.path().join("sys/bus/pci/devices/0000:00:04.0/vendor"), "0x1ae0\n");
        touch(&gce.path().join("sys/bus/pci/devices/0000:00:04.0/device"), "0x0042\n");
        touch(&gce.path().join("sys/bus/pci/devices/0000:00:05.0/vendor"), "0x10de\n");
        let why = find_tpu(gce.path()).unwrap_err();
        assert!(why.contains("0x0042"), "{why}");
    }

    #[test]
    fn nvidia_driver_is_found_by_its_proc_file() {
        let empty = tempfile::tempdir().unwrap();
        assert!(find_nvidia_driver(empty.path()).unwrap_err().contains("proc/driver/nvidia/version"));
        let with = tempfile::tempdir().unwrap();
        touch(&with.path().join("proc/driver/nvidia/version"), "NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.1\n");
        assert!(find_nvidia_driver(with.path()).unwrap().contains("580.1"));
    }
}

//! Finding a PJRT plugin: which file serves a device kind (`--plugin`, `XLAVIT_PJRT_PLUGIN`, this
//! repository's `.deps`, Python's site-packages), and what to install where none is found.

use anyhow::{bail, Context, Result};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Environment variable naming a plugin to use instead of the search.
pub const PLUGIN_ENV_VAR: &str = "XLAVIT_PJRT_PLUGIN";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeviceKind {
    Cpu,
    Cuda,
    Tpu,
}

impl DeviceKind {
    /// Where each kind's plugin sits under a site-packages style directory.
    fn relative_paths(self) -> &'static [&'static str] {
        match self {
            // Newest XLA first: the CPU plugin built from jaxlib 0.11.2 (PJRT API 0.115) runs
            // small models about 25% faster than xla-cpu-pjrt 0.0.1 (API 0.81), whose header the
            // bindings still come from (see BENCHMARKS.md).
            DeviceKind::Cpu => &["lammps_jax_pjrt_cpu/pjrt_c_api_cpu_plugin.so", "xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so"],
            DeviceKind::Cuda => &["jax_plugins/xla_cuda13/xla_cuda_plugin.so", "jax_plugins/xla_cuda12/xla_cuda_plugin.so"],
            DeviceKind::Tpu => &["libtpu/libtpu.so"],
        }
    }

    /// The accelerator whose installed plugin file has `path`'s file name (`libtpu.so`,
    /// `xla_cuda_plugin.so`), if any: known before the plugin is loaded.
    pub fn accelerator_named_by(path: &Path) -> Option<DeviceKind> {
        let name = path.file_name()?;
        [DeviceKind::Cuda, DeviceKind::Tpu]
            .into_iter()
            .find(|k| k.relative_paths().iter().any(|r| Path::new(r).file_name() == Some(name)))
    }

    fn install_hint(self) -> &'static str {
        match self {
            DeviceKind::Cpu => {
                "run `scripts/setup.sh`, or `pip install xla-cpu-pjrt==0.0.1 --target .deps/python` in the repository root"
            }
            DeviceKind::Cuda => "run `bash scripts/setup.sh cuda13` (or cuda12; it installs jax-cuda13-pjrt and the CUDA libraries into .deps/cuda13)",
            DeviceKind::Tpu => "run `bash scripts/setup.sh tpu` (it installs libtpu into .deps/tpu)",
        }
    }
}

impl fmt::Display for DeviceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DeviceKind::Cpu => "cpu",
            DeviceKind::Cuda => "cuda",
            DeviceKind::Tpu => "tpu",
        })
    }
}

impl FromStr for DeviceKind {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "cpu" => DeviceKind::Cpu,
            "cuda" | "gpu" => DeviceKind::Cuda,
            "tpu" => DeviceKind::Tpu,
            other => bail!("unknown device kind '{other}' (expected cpu, cuda or tpu)"),
        })
    }
}

/// Picks the plugin library for `kind`: `explicit` if given, else
/// `$XLAVIT_PJRT_PLUGIN`, else the first well-known location that exists.
///
/// Searched directories, in order: `.deps/python` under this crate's source
/// tree and under the current directory (where `scripts/setup.sh` installs),
/// then the site-packages directories `python3` reports.
///
/// CUDA: the jax CUDA plugins find the `nvidia/*/lib` libraries of their
/// site-packages through their own rpath, so nothing is preloaded here; a
/// plugin copied elsewhere needs those directories on `LD_LIBRARY_PATH`.
pub fn locate_plugin(kind: DeviceKind, explicit: Option<&Path>) -> Result<PathBuf> {
    locate_plugin_with_reason(kind, explicit).map(|(p, _)| p)
}

/// `locate_plugin`, and why that plugin (for `xlavit devices`).
pub fn locate_plugin_with_reason(kind: DeviceKind, explicit: Option<&Path>) -> Result<(PathBuf, String)> {
    if explicit.is_some() {
        return Ok((locate_plugin_inner(kind, explicit)?, "named by --plugin".into()));
    }
    if std::env::var_os(PLUGIN_ENV_VAR).is_some_and(|v| !v.is_empty()) {
        return Ok((locate_plugin_inner(kind, None)?, format!("named by {PLUGIN_ENV_VAR}")));
    }
    let path = locate_plugin_inner(kind, None)?;
    // Each candidate by its package folder (the file's parent).
    let order: Vec<&str> = kind.relative_paths().iter().map(|r| r.rsplit('/').nth(1).unwrap_or(r)).collect();
    let place = if repo_site_dirs().iter().any(|d| path.starts_with(d)) { "this repository's .deps" } else { "Python's site-packages" };
    Ok((path, format!("found in {place}: the first installed of the {kind} plugins in order of preference (newest first): {}", order.join(", "))))
}

/// The CUDA plugin that compiles for a GPU this machine lacks (`xlavit compile --target`): one
/// named by --plugin or the environment, else the compile-only install of
/// `scripts/install_deps.sh` (`.deps/gpu-compile`: the plugin with libdevice and ptxas beside
/// it), else a full CUDA install.
pub fn locate_gpu_compiler(explicit: Option<&Path>) -> Result<PathBuf> {
    if explicit.is_some() || std::env::var_os(PLUGIN_ENV_VAR).is_some_and(|v| !v.is_empty()) {
        return locate_plugin_inner(DeviceKind::Cuda, explicit);
    }
    let compile_only = || repo_roots().into_iter().map(|r| r.join(".deps").join("gpu-compile")).collect();
    search(DeviceKind::Cuda, [Box::new(compile_only) as DirGroup, Box::new(repo_site_dirs), Box::new(python_site_dirs)])
        .context("compiling for a GPU without one needs the CUDA plugin: `bash scripts/install_deps.sh` installs it into .deps/gpu-compile")
}

fn locate_plugin_inner(kind: DeviceKind, explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        if p.is_file() {
            return Ok(p.to_path_buf());
        }
        if p.is_dir() {
            bail!("PJRT plugin {}: this is a folder; give the plugin's .so file", p.display());
        }
        bail!("PJRT plugin {} does not exist; to get a {kind} plugin, {}", p.display(), kind.install_hint());
    }
    if let Some(p) = std::env::var_os(PLUGIN_ENV_VAR).filter(|v| !v.is_empty()) {
        let p = PathBuf::from(p);
        if p.is_file() {
            return Ok(p);
        }
        bail!(
            "{PLUGIN_ENV_VAR} names {}, which does not exist; fix or unset it (to get a {kind} plugin, {})",
            p.display(),
            kind.install_hint()
        );
    }

    // Python is only asked when the repository-local install is absent:
    // starting it costs tens of milliseconds.
    search(kind, [Box::new(repo_site_dirs) as DirGroup, Box::new(python_site_dirs)])
}

/// Directories to search, computed only when the search gets to them.
type DirGroup = Box<dyn FnOnce() -> Vec<PathBuf>>;

/// The first `<dir>/<kind's relative path>` that exists, trying the groups of
/// directories in order (each produced only when reached); the error lists
/// every path tried.
fn search(kind: DeviceKind, groups: impl IntoIterator<Item = DirGroup>) -> Result<PathBuf> {
    let mut looked: Vec<PathBuf> = Vec::new();
    for group in groups {
        for dir in group() {
            for rel in kind.relative_paths() {
                let candidate = dir.join(rel);
                if candidate.is_file() {
                    return Ok(candidate);
                }
                if !looked.contains(&candidate) {
                    looked.push(candidate);
                }
            }
        }
    }
    let list: String = looked.iter().map(|p| format!("\n  {}", p.display())).collect();
    bail!(
        "no PJRT plugin for {kind} found. Looked in:{list}\n\
         To install one, {}; or pass the plugin path explicitly or set {PLUGIN_ENV_VAR}.",
        kind.install_hint()
    )
}

/// Where the set-up scripts install: the newest CPU plugin into `.deps/cpu`, the CPU plugin that
/// ships the PJRT header into `.deps/python`, accelerator plugins each
/// into their own folder (`scripts/install_accelerator.sh`), under this crate's source tree and
/// under the current directory.
fn repo_site_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![];
    for root in repo_roots() {
        for sub in ["cpu", "python", "tpu", "cuda13", "cuda12"] {
            dirs.push(root.join(".deps").join(sub));
        }
    }
    dirs
}

/// This crate's source tree, and the current directory.
fn repo_roots() -> Vec<PathBuf> {
    let mut roots = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR"))];
    if let Ok(cwd) = std::env::current_dir() {
        if !roots.contains(&cwd) {
            roots.push(cwd);
        }
    }
    roots
}

fn python_site_dirs() -> Vec<PathBuf> {
    // sys.path adds PYTHONPATH and `pip --target` style directories; the
    // standard library directories in it can hold no plugin.
    let script = "import site, sys, sysconfig\n\
                  d = []\n\
                  try: d += site.getsitepackages()\n\
                  except Exception: pass\n\
                  try: d.append(site.getusersitepackages())\n\
                  except Exception: pass\n\
                  std = {sysconfig.get_paths().get(k) for k in ('stdlib', 'platstdlib')}\n\
                  d += [p for p in sys.path if p and p not in std and not p.endswith('lib-dynload')]\n\
                  print('\\n'.join(d))";
    let Ok(out) = std::process::Command::new("python3").arg("-c").arg(script).output() else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let p = PathBuf::from(line.trim());
        if p.is_dir() && !dirs.contains(&p) {
            dirs.push(p);
        }
    }
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_lists_every_place_it_looked() {
        let groups: Vec<DirGroup> =
            vec![Box::new(|| vec![PathBuf::from("/nonexistent/a")]), Box::new(|| vec![PathBuf::from("/nonexistent/b")])];
        let err = search(DeviceKind::Cuda, groups).unwrap_err().to_string();
        for p in [
            "/nonexistent/a/jax_plugins/xla_cuda13/xla_cuda_plugin.so",
            "/nonexistent/a/jax_plugins/xla_cuda12/xla_cuda_plugin.so",
            "/nonexistent/b/jax_plugins/xla_cuda13/xla_cuda_plugin.so",
        ] {
            assert!(err.contains(p), "{err}");
        }
        assert!(err.contains("scripts/setup.sh cuda13") && err.contains(PLUGIN_ENV_VAR), "{err}");
    }

    #[test]
    fn search_finds_a_plugin_in_a_later_group() {
        let dir = std::env::temp_dir().join(format!("xlavit-plugin-search-{}", std::process::id()));
        let so = dir.join("libtpu/libtpu.so");
        std::fs::create_dir_all(so.parent().unwrap()).unwrap();
        std::fs::write(&so, b"").unwrap();
        let d2 = dir.clone();
        let groups: Vec<DirGroup> =
            vec![Box::new(|| vec![PathBuf::from("/nonexistent")]), Box::new(move || vec![d2])];
        assert_eq!(search(DeviceKind::Tpu, groups).unwrap(), so);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

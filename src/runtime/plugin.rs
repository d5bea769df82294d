//! Loading a PJRT plugin (a shared library exporting `GetPjrtApi`): its API version checked, its
//! function table, and the macros that call through it.

use super::error::{read_named_values, NamedValue, PjrtError};
use super::ffi::*;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashMap;
use std::fmt;
use std::mem::ManuallyDrop;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The oldest API the bindings (generated from the 0.81 header) can drive.
pub const MIN_API_VERSION: (i32, i32) = (0, 81);


/// A loaded plugin: its library and its `PJRT_Api` function table.
pub struct Plugin {
    // Never unloaded: XLA plugins start threads and register atexit handlers
    // that would run into unmapped code after dlclose.
    _lib: ManuallyDrop<libloading::Library>,
    api: *const PJRT_Api,
    api_struct_size: usize,
    path: PathBuf,
    version: (i32, i32),
}

// SAFETY: the PJRT_Api table is immutable after GetPjrtApi, and the C API is
// specified as callable from any thread.
unsafe impl Send for Plugin {}
unsafe impl Sync for Plugin {}

impl fmt::Debug for Plugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Plugin").field("path", &self.path).field("version", &self.version).finish()
    }
}

/// Fetches a function from the plugin's `PJRT_Api` table as
/// `Result<unsafe extern "C" fn(..)>`, refusing a field that lies past the
/// plugin's `struct_size` (an older plugin's table is shorter) or is null.
macro_rules! pjrt_fn {
    ($plugin:expr, $field:ident) => {
        $plugin.function(std::mem::offset_of!($crate::runtime::ffi::PJRT_Api, $field), stringify!($field), |api| {
            // SAFETY: `function` calls this only after checking the field
            // lies inside the table the plugin handed out.
            unsafe { std::ptr::addr_of!((*api).$field).read() }
        })
    };
}

/// Calls a PJRT function with one argument struct; a returned PJRT_Error
/// becomes a `PjrtError` naming the function.
macro_rules! pjrt_call {
    ($plugin:expr, $field:ident, $args:expr) => {{
        let plugin: &$crate::runtime::plugin::Plugin = &$plugin;
        match $crate::runtime::plugin::pjrt_fn!(plugin, $field) {
            // SAFETY: `$args` is a zero-initialised struct of the type this
            // function takes, with `struct_size` set and its inputs filled in.
            Ok(f) => plugin.check(unsafe { f($args) }, stringify!($field)),
            Err(e) => Err(e),
        }
    }};
}

pub(crate) use {pjrt_call, pjrt_fn};

fn registry() -> &'static Mutex<HashMap<PathBuf, Arc<Plugin>>> {
    static LOADED: OnceLock<Mutex<HashMap<PathBuf, Arc<Plugin>>>> = OnceLock::new();
    LOADED.get_or_init(Default::default)
}

impl Plugin {
    /// Loads the plugin at `path`, checks its API version and initialises it.
    /// Loading the same file again returns the same `Plugin`, since a plugin
    /// must be initialised only once per process.
    pub fn load(path: impl AsRef<Path>) -> Result<Arc<Plugin>> {
        let path = path.as_ref();
        if !path.is_file() {
            bail!(
                "PJRT plugin {} does not exist (see runtime::locate_plugin; for the CPU plugin run `scripts/setup.sh`)",
                path.display()
            );
        }
        let key = path.canonicalize().with_context(|| format!("resolving {}", path.display()))?;
        let mut loaded = registry().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = loaded.get(&key) {
            return Ok(p.clone());
        }
        let plugin = Arc::new(Plugin::open(&key)?);
        loaded.insert(key, plugin.clone());
        Ok(plugin)
    }

    fn open(path: &Path) -> Result<Plugin> {
        let lib = open_library(path)?;
        type GetApi = unsafe extern "C" fn() -> *const PJRT_Api;
        // SAFETY: GetPjrtApi has this signature in every PJRT plugin.
        let api = unsafe {
            let get: libloading::Symbol<GetApi> = lib
                .get(b"GetPjrtApi\0")
                .with_context(|| format!("{} is not a PJRT plugin (no GetPjrtApi symbol)", path.display()))?;
            get()
        };
        if api.is_null() {
            bail!("GetPjrtApi in {} returned null", path.display());
        }
        // SAFETY: every version of the table starts with struct_size.
        let api_struct_size = unsafe { (*api).struct_size };
        let version_end = std::mem::offset_of!(PJRT_Api, pjrt_api_version) + std::mem::size_of::<PJRT_Api_Version>();
        if api_struct_size < version_end {
            bail!("{}: PJRT_Api table too small ({api_struct_size} bytes) to hold a version", path.display());
        }
        // SAFETY: in bounds per the check above.
        let v = unsafe { std::ptr::addr_of!((*api).pjrt_api_version).read() };
        let version = (v.major_version, v.minor_version);
        check_api_version(path, version)?;
        let plugin =
            Plugin { _lib: ManuallyDrop::new(lib), api, api_struct_size, path: path.to_path_buf(), version };
        // Older plugins do without initialisation and leave the slot empty.
        if let Ok(init) = pjrt_fn!(plugin, PJRT_Plugin_Initialize) {
            let mut args = PJRT_Plugin_Initialize_Args::new_zeroed();
            // SAFETY: args is a valid, zeroed argument struct.
            plugin
                .check(unsafe { init(&mut args) }, "PJRT_Plugin_Initialize")
                .with_context(|| format!("initialising PJRT plugin {}", path.display()))?;
        }
        Ok(plugin)
    }

    /// `(major, minor)` of the C API the plugin implements.
    pub fn api_version(&self) -> (i32, i32) {
        self.version
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The plugin's attributes (`xla_version`, `stablehlo_current_version`, ...).
    pub fn attributes(&self) -> Result<Vec<(String, NamedValue)>> {
        let mut args = PJRT_Plugin_Attributes_Args::new_zeroed();
        pjrt_call!(self, PJRT_Plugin_Attributes, &mut args)?;
        // SAFETY: the plugin returned `num_attributes` entries that live as long as the process.
        Ok(unsafe { read_named_values(args.attributes, args.num_attributes) })
    }

    /// Returns the function at byte `offset` of the API table, if the plugin's
    /// table reaches that far and fills it in. Use via `pjrt_fn!`.
    pub(crate) fn function<F>(
        &self,
        offset: usize,
        name: &'static str,
        read: impl FnOnce(*const PJRT_Api) -> Option<F>,
    ) -> Result<F> {
        if offset + std::mem::size_of::<usize>() > self.api_struct_size {
            bail!(
                "the PJRT plugin {} (API {}.{}) does not provide {name}",
                self.path.display(),
                self.version.0,
                self.version.1
            );
        }
        read(self.api).ok_or_else(|| anyhow!("the PJRT plugin {} does not implement {name}", self.path.display()))
    }

    /// Converts a returned `PJRT_Error*` (null = success) into a Rust error,
    /// destroying the plugin's error object.
    pub(crate) fn check(&self, err: *mut PJRT_Error, call: &'static str) -> Result<()> {
        match self.take_error(err, call) {
            None => Ok(()),
            Some(e) => Err(e.into()),
        }
    }

    pub(crate) fn take_error(&self, err: *mut PJRT_Error, call: &'static str) -> Option<PjrtError> {
        if err.is_null() {
            return None;
        }
        let mut message = String::from("(the plugin gave no message)");
        if let Ok(f) = pjrt_fn!(self, PJRT_Error_Message) {
            let mut args = PJRT_Error_Message_Args::new_zeroed();
            args.error = err;
            // SAFETY: err is a live error from this plugin; the message lives as long as it.
            unsafe {
                f(&mut args);
                message = super::error::str_from_raw(args.message, args.message_size).trim_end().to_string();
            }
        }
        let mut code = PJRT_Error_Code_UNKNOWN;
        if let Ok(f) = pjrt_fn!(self, PJRT_Error_GetCode) {
            let mut args = PJRT_Error_GetCode_Args::new_zeroed();
            args.error = err;
            // SAFETY: as above. GetCode's own error return is not expected; drop it.
            unsafe {
                let e2 = f(&mut args);
                if e2.is_null() {
                    code = args.code;
                } else {
                    self.destroy_error(e2);
                }
            }
        }
        self.destroy_error(err);
        Some(PjrtError { call, code, message })
    }

    fn destroy_error(&self, err: *mut PJRT_Error) {
        if let Ok(f) = pjrt_fn!(self, PJRT_Error_Destroy) {
            let mut args = PJRT_Error_Destroy_Args::new_zeroed();
            args.error = err;
            // SAFETY: err is live and not used after this.
            unsafe { f(&mut args) };
        }
    }

    /// Blocks until `event` is ready and destroys it; the event's error, if any, is returned.
    pub(crate) fn await_event(&self, event: *mut PJRT_Event, what: &'static str) -> Result<()> {
        if event.is_null() {
            return Ok(());
        }
        let mut args = PJRT_Event_Await_Args::new_zeroed();
        args.event = event;
        let awaited = pjrt_call!(self, PJRT_Event_Await, &mut args);
        let mut dargs = PJRT_Event_Destroy_Args::new_zeroed();
        dargs.event = event;
        let destroyed = pjrt_call!(self, PJRT_Event_Destroy, &mut dargs);
        awaited.with_context(|| format!("waiting for {what}"))?;
        destroyed
    }
}

fn check_api_version(path: &Path, version: (i32, i32)) -> Result<()> {
    let (min_major, min_minor) = MIN_API_VERSION;
    if version.0 != min_major || version.1 < min_minor {
        bail!(
            "PJRT plugin {} implements C API {}.{}, but xlavit needs {min_major}.{min_minor} or a later {min_major}.x; \
             install a newer plugin (cpu: `scripts/setup.sh`; cuda: `scripts/setup.sh cuda13`; tpu: `scripts/setup.sh tpu`)",
            path.display(),
            version.0,
            version.1,
        );
    }
    Ok(())
}

#[cfg(unix)]
fn open_library(path: &Path) -> Result<libloading::Library> {
    use libloading::os::unix::{Library, RTLD_LOCAL, RTLD_NOW};
    // RTLD_NOW: a plugin with missing dependencies fails here with the
    // loader's message instead of crashing at its first call.
    // SAFETY: loading a library runs its initialisers; PJRT plugins are made to be dlopened.
    let lib = unsafe { Library::open(Some(path), RTLD_NOW | RTLD_LOCAL) }
        .with_context(|| format!("loading PJRT plugin {}", path.display()))?;
    Ok(lib.into())
}

#[cfg(not(unix))]
fn open_library(path: &Path) -> Result<libloading::Library> {
    // SAFETY: as above.
    unsafe { libloading::Library::new(path) }.with_context(|| format!("loading PJRT plugin {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_or_other_major_api_versions_are_refused() {
        let p = Path::new("/x/plugin.so");
        assert!(check_api_version(p, (0, 81)).is_ok());
        assert!(check_api_version(p, (0, 117)).is_ok());
        let err = check_api_version(p, (0, 80)).unwrap_err().to_string();
        assert!(err.contains("0.80") && err.contains("0.81"), "{err}");
        assert!(check_api_version(p, (1, 0)).is_err());
    }
}

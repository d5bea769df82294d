//! The key-value store through which the processes of one multi-process PJRT client exchange
//! their topology (JAX's `jax.distributed` role): a [`KeyValueStore`] trait, an etcd-backed
//! store (etcd's v3 JSON gateway, so no gRPC stack), and the three C callbacks that
//! `PJRT_Client_Create` takes (`kv_get`, `kv_try_get`, `kv_put`).

use super::ffi::*;
use anyhow::{anyhow, bail, Context, Result};
use std::os::raw::{c_char, c_void};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a multi-process client needs from a store. Implementations are shared by the
/// plugin's threads, so they must be thread-safe; `get` blocks.
pub trait KeyValueStore: Send + Sync {
    fn put(&self, key: &str, value: &[u8]) -> Result<()>;
    /// The value, or `None` when the key is not there (yet).
    fn try_get(&self, key: &str) -> Result<Option<Vec<u8>>>;
    /// Waits up to `timeout` for the key to appear; `None` when it did not.
    fn get(&self, key: &str, timeout: Duration) -> Result<Option<Vec<u8>>> {
        let deadline = Instant::now() + timeout;
        let mut pause = Duration::from_millis(5);
        loop {
            if let Some(v) = self.try_get(key)? {
                return Ok(Some(v));
            }
            let now = Instant::now();
            if now >= deadline {
                return Ok(None);
            }
            std::thread::sleep(pause.min(deadline - now));
            pause = (pause * 2).min(Duration::from_millis(200));
        }
    }
}

/// A store in etcd (v3 API through its JSON gateway), every key under `prefix`.
pub struct EtcdStore {
    endpoint: String,
    prefix: String,
    agent: ureq::Agent,
}

impl EtcdStore {
    /// `http://HOST:PORT[/PREFIX]`: the prefix (default `xlavit`) keeps one run's keys apart
    /// from another's on the same etcd.
    pub fn new(url: &str) -> Result<EtcdStore> {
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| anyhow!("--coordinator {url:?}: expected http://HOST:PORT[/PREFIX] (an etcd endpoint)"))?;
        let (host, prefix) = match rest.split_once('/') {
            Some((h, p)) if !p.trim_matches('/').is_empty() => (h, p.trim_matches('/').to_string()),
            Some((h, _)) => (h, "xlavit".to_string()),
            None => (rest, "xlavit".to_string()),
        };
        if host.is_empty() {
            bail!("--coordinator {url:?}: no host");
        }
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(10)).build();
        Ok(EtcdStore { endpoint: format!("http://{host}"), prefix, agent })
    }

    fn call(&self, method: &str, body: serde_json::Value) -> Result<serde_json::Value> {
        let url = format!("{}/v3/kv/{method}", self.endpoint);
        let resp = self.agent.post(&url).send_json(body).map_err(|e| match e {
            ureq::Error::Status(code, r) => anyhow!("etcd at {}: {method} answered {code}: {}", self.endpoint, r.into_string().unwrap_or_default()),
            other => anyhow!("etcd at {}: {method}: {other}", self.endpoint),
        })?;
        resp.into_json().with_context(|| format!("etcd at {}: {method} answered something other than JSON", self.endpoint))
    }

    fn full_key(&self, key: &str) -> String {
        B64.encode(format!("{}/{key}", self.prefix))
    }
}

use base64::Engine as _;
const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

impl KeyValueStore for EtcdStore {
    fn put(&self, key: &str, value: &[u8]) -> Result<()> {
        self.call("put", serde_json::json!({"key": self.full_key(key), "value": B64.encode(value)}))?;
        Ok(())
    }

    fn try_get(&self, key: &str) -> Result<Option<Vec<u8>>> {
        let r = self.call("range", serde_json::json!({"key": self.full_key(key)}))?;
        let Some(kv) = r.get("kvs").and_then(|k| k.as_array()).and_then(|k| k.first()) else { return Ok(None) };
        // etcd leaves out empty fields: an empty value has no "value".
        let v = kv.get("value").and_then(|v| v.as_str()).unwrap_or("");
        Ok(Some(B64.decode(v).with_context(|| format!("etcd at {}: the value of {key} is not base64", self.endpoint))?))
    }
}

/// What the callbacks' `user_arg` points to; owned by the client, so it outlives every call.
pub(crate) struct CallbackState {
    pub(crate) store: Arc<dyn KeyValueStore>,
}

/// Values handed to the plugin carry their length in front, so the deleter (which gets only
/// the pointer) can free them.
fn leak_value(v: Vec<u8>) -> (*mut c_char, usize) {
    let n = v.len();
    let mut boxed = Vec::with_capacity(8 + n);
    boxed.extend_from_slice(&(n as u64).to_le_bytes());
    boxed.extend_from_slice(&v);
    let ptr = Box::into_raw(boxed.into_boxed_slice()) as *mut u8;
    // SAFETY: the allocation is 8 + n bytes long.
    (unsafe { ptr.add(8) } as *mut c_char, n)
}

unsafe extern "C" fn free_value(value: *mut c_char) {
    if value.is_null() {
        return;
    }
    // SAFETY: `value` came from leak_value: 8 bytes of length precede it.
    unsafe {
        let start = (value as *mut u8).sub(8);
        let n = u64::from_le_bytes(std::slice::from_raw_parts(start, 8).try_into().unwrap()) as usize;
        drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(start, 8 + n)));
    }
}

/// An error for the plugin, made with the callback it gave us.
unsafe fn error(make: *mut PJRT_CallbackError, code: PJRT_Error_Code, msg: &str) -> *mut PJRT_Error {
    // SAFETY: the plugin passes a valid pointer to its error constructor (or null).
    match unsafe { make.as_ref() }.and_then(|f| *f) {
        Some(f) => unsafe { f(code, msg.as_ptr() as *const c_char, msg.len()) },
        None => std::ptr::null_mut(),
    }
}

unsafe fn key_of(key: *const c_char, len: usize) -> String {
    // SAFETY: the plugin passes `len` bytes at `key`.
    String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(key as *const u8, len) }).into_owned()
}

/// Runs `f` without letting a panic unwind into the plugin's C++ frames.
fn guarded<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| Err(anyhow!("the key-value store panicked")))
}

/// Where a get writes its answer: the out fields that `PJRT_KeyValueGetCallback_Args` and
/// `PJRT_KeyValueTryGetCallback_Args` share.
struct ValueOut<'a> {
    value: &'a mut *mut c_char,
    size: &'a mut usize,
    deleter: &'a mut PJRT_KeyValueGetCallback_ValueDeleter,
    callback_error: *mut PJRT_CallbackError,
}

/// The plugin's view of a get: the value with its deleter, or an error with `missing` (the
/// key is not there) or UNAVAILABLE (the store failed).
unsafe fn answer(out: ValueOut, got: Result<Option<Vec<u8>>>, key: &str, missing: (PJRT_Error_Code, String)) -> *mut PJRT_Error {
    match got {
        Ok(Some(v)) => {
            (*out.value, *out.size) = leak_value(v);
            *out.deleter = Some(free_value);
            std::ptr::null_mut()
        }
        Ok(None) => unsafe { error(out.callback_error, missing.0, &missing.1) },
        Err(e) => unsafe { error(out.callback_error, PJRT_Error_Code_UNAVAILABLE, &format!("key-value store: get {key}: {e:#}")) },
    }
}

pub(crate) unsafe extern "C" fn kv_get(args: *mut PJRT_KeyValueGetCallback_Args) -> *mut PJRT_Error {
    // SAFETY: the plugin passes valid arguments, and user_arg is the client's CallbackState.
    let a = unsafe { &mut *args };
    let state = unsafe { &*(a.user_arg as *const CallbackState) };
    let key = unsafe { key_of(a.key, a.key_size) };
    let timeout = Duration::from_millis(a.timeout_in_ms.max(0) as u64);
    let got = guarded(|| state.store.get(&key, timeout));
    let missing = (PJRT_Error_Code_DEADLINE_EXCEEDED, format!("key-value store: {key} did not appear within {timeout:?}"));
    let out = ValueOut { value: &mut a.value, size: &mut a.value_size, deleter: &mut a.value_deleter_callback, callback_error: a.callback_error };
    unsafe { answer(out, got, &key, missing) }
}

pub(crate) unsafe extern "C" fn kv_try_get(args: *mut PJRT_KeyValueTryGetCallback_Args) -> *mut PJRT_Error {
    // SAFETY: as in kv_get.
    let a = unsafe { &mut *args };
    let state = unsafe { &*(a.user_arg as *const CallbackState) };
    let key = unsafe { key_of(a.key, a.key_size) };
    let got = guarded(|| state.store.try_get(&key));
    let missing = (PJRT_Error_Code_NOT_FOUND, format!("key-value store: {key} not found"));
    let out = ValueOut { value: &mut a.value, size: &mut a.value_size, deleter: &mut a.value_deleter_callback, callback_error: a.callback_error };
    unsafe { answer(out, got, &key, missing) }
}

pub(crate) unsafe extern "C" fn kv_put(args: *mut PJRT_KeyValuePutCallback_Args) -> *mut PJRT_Error {
    // SAFETY: as in kv_get; the value lives for the call.
    let a = unsafe { &mut *args };
    let state = unsafe { &*(a.user_arg as *const CallbackState) };
    let key = unsafe { key_of(a.key, a.key_size) };
    let value = unsafe { std::slice::from_raw_parts(a.value as *const u8, a.value_size) };
    match guarded(|| state.store.put(&key, value)) {
        Ok(()) => std::ptr::null_mut(),
        Err(e) => unsafe { error(a.callback_error, PJRT_Error_Code_UNAVAILABLE, &format!("key-value store: put {key}: {e:#}")) },
    }
}

/// The three callbacks as a plugin would call them, for tests: each returns what the plugin
/// would see (the value, or the error code the callback reported).
#[doc(hidden)]
pub mod through_c {
    use super::*;
    use std::cell::Cell;

    thread_local! { static LAST_CODE: Cell<Option<PJRT_Error_Code>> = const { Cell::new(None) }; }

    // Stands in for the plugin's error constructor: remembers the code, returns a dummy
    // non-null error.
    unsafe extern "C" fn record(code: PJRT_Error_Code, _: *const c_char, _: usize) -> *mut PJRT_Error {
        LAST_CODE.with(|c| c.set(Some(code)));
        std::ptr::NonNull::dangling().as_ptr()
    }

    fn take(value: *mut c_char, size: usize, deleter: PJRT_KeyValueGetCallback_ValueDeleter) -> Vec<u8> {
        // SAFETY: the callback returned `size` bytes at `value` and a deleter for them.
        let v = unsafe { std::slice::from_raw_parts(value as *const u8, size) }.to_vec();
        unsafe { deleter.expect("a deleter")(value) };
        v
    }

    /// `Ok(value)` or `Err(error code)`.
    pub fn get(store: Arc<dyn KeyValueStore>, key: &str, timeout_ms: i32) -> std::result::Result<Vec<u8>, u32> {
        let state = CallbackState { store };
        let mut make: PJRT_CallbackError = Some(record);
        let mut a = PJRT_KeyValueGetCallback_Args::new_zeroed();
        (a.key, a.key_size, a.timeout_in_ms) = (key.as_ptr() as *const c_char, key.len(), timeout_ms);
        a.callback_error = &mut make;
        a.user_arg = &state as *const CallbackState as *mut c_void;
        // SAFETY: arguments built as a plugin builds them.
        if unsafe { kv_get(&mut a) }.is_null() {
            Ok(take(a.value, a.value_size, a.value_deleter_callback))
        } else {
            Err(LAST_CODE.with(|c| c.take()).unwrap_or(u32::MAX))
        }
    }

    pub fn try_get(store: Arc<dyn KeyValueStore>, key: &str) -> std::result::Result<Vec<u8>, u32> {
        let state = CallbackState { store };
        let mut make: PJRT_CallbackError = Some(record);
        let mut a = PJRT_KeyValueTryGetCallback_Args::new_zeroed();
        (a.key, a.key_size) = (key.as_ptr() as *const c_char, key.len());
        a.callback_error = &mut make;
        a.user_arg = &state as *const CallbackState as *mut c_void;
        // SAFETY: as above.
        if unsafe { kv_try_get(&mut a) }.is_null() {
            Ok(take(a.value, a.value_size, a.value_deleter_callback))
        } else {
            Err(LAST_CODE.with(|c| c.take()).unwrap_or(u32::MAX))
        }
    }

    pub fn put(store: Arc<dyn KeyValueStore>, key: &str, value: &[u8]) -> std::result::Result<(), u32> {
        let state = CallbackState { store };
        let mut make: PJRT_CallbackError = Some(record);
        let mut a = PJRT_KeyValuePutCallback_Args::new_zeroed();
        (a.key, a.key_size) = (key.as_ptr() as *const c_char, key.len());
        (a.value, a.value_size) = (value.as_ptr() as *const c_char, value.len());
        a.callback_error = &mut make;
        a.user_arg = &state as *const CallbackState as *mut c_void;
        // SAFETY: as above.
        if unsafe { kv_put(&mut a) }.is_null() {
            Ok(())
        } else {
            Err(LAST_CODE.with(|c| c.take()).unwrap_or(u32::MAX))
        }
    }

    pub const NOT_FOUND: u32 = PJRT_Error_Code_NOT_FOUND;
    pub const DEADLINE_EXCEEDED: u32 = PJRT_Error_Code_DEADLINE_EXCEEDED;
    pub const UNAVAILABLE: u32 = PJRT_Error_Code_UNAVAILABLE;
}

//! Device buffers and host <-> device copies.

// Matching on the C API's constant names as the header spells them.
#![allow(non_upper_case_globals)]

use super::client::ClientInner;
use super::ffi::*;
use super::plugin::pjrt_call;
use crate::dtype::DType;
use crate::host::HostTensor;
use anyhow::{bail, Result};
use std::fmt;
use std::sync::Arc;

pub(crate) fn dtype_to_pjrt(d: DType) -> PJRT_Buffer_Type {
    match d {
        DType::Pred => PJRT_Buffer_Type_PRED,
        DType::U8 => PJRT_Buffer_Type_U8,
        DType::U32 => PJRT_Buffer_Type_U32,
        DType::U64 => PJRT_Buffer_Type_U64,
        DType::S32 => PJRT_Buffer_Type_S32,
        DType::S64 => PJRT_Buffer_Type_S64,
        DType::F16 => PJRT_Buffer_Type_F16,
        DType::BF16 => PJRT_Buffer_Type_BF16,
        DType::F32 => PJRT_Buffer_Type_F32,
        DType::F64 => PJRT_Buffer_Type_F64,
    }
}

/// The plugin's element type as a `DType`; types xlavit has no `DType` for
/// (and values newer than the header) are errors.
pub(crate) fn dtype_from_pjrt(t: PJRT_Buffer_Type) -> Result<DType> {
    Ok(match t {
        PJRT_Buffer_Type_PRED => DType::Pred,
        PJRT_Buffer_Type_U8 => DType::U8,
        PJRT_Buffer_Type_U32 => DType::U32,
        PJRT_Buffer_Type_U64 => DType::U64,
        PJRT_Buffer_Type_S32 => DType::S32,
        PJRT_Buffer_Type_S64 => DType::S64,
        PJRT_Buffer_Type_F16 => DType::F16,
        PJRT_Buffer_Type_BF16 => DType::BF16,
        PJRT_Buffer_Type_F32 => DType::F32,
        PJRT_Buffer_Type_F64 => DType::F64,
        other => bail!("device buffer has element type {other} (PJRT_Buffer_Type), which xlavit does not support"),
    })
}

/// Byte size of a dense array, or an error for negative or overflowing dims.
pub(crate) fn checked_size_bytes(dtype: DType, dims: &[i64]) -> Result<usize> {
    let mut n = dtype.size_bytes();
    for &d in dims {
        if d < 0 {
            bail!("negative dimension in shape {dims:?}");
        }
        n = match n.checked_mul(d as usize) {
            Some(n) => n,
            None => bail!("shape {dims:?} of {dtype} is too large"),
        };
    }
    Ok(n)
}

static DEVICE_TO_HOST: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static HOST_TO_DEVICE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Device-to-host copies made by this process so far (each `Buffer::to_host` is one): the
/// training loop promises few, and tests hold it to that.
pub fn device_to_host_transfers() -> u64 {
    DEVICE_TO_HOST.load(std::sync::atomic::Ordering::Relaxed)
}

/// Host-to-device copies so far (each buffer made from host data is one), counted as
/// `device_to_host_transfers` are.
pub fn host_to_device_transfers() -> u64 {
    HOST_TO_DEVICE.load(std::sync::atomic::Ordering::Relaxed)
}

/// An array on a device. Dropping it frees the device memory.
pub struct Buffer {
    pub(crate) client: Arc<ClientInner>,
    pub(crate) raw: *mut PJRT_Buffer,
    dtype: DType,
    dims: Vec<i64>,
    device: usize,
}

// SAFETY: PJRT buffers may be used and freed from any thread.
unsafe impl Send for Buffer {}
unsafe impl Sync for Buffer {}

impl fmt::Debug for Buffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Buffer({}{:?} on device {})", self.dtype, self.dims, self.device)
    }
}

impl Buffer {
    /// Takes ownership of `raw` without asking the plugin anything; call
    /// `load_metadata` next. Owning first means a failure below still frees it.
    pub(crate) fn adopt(client: &Arc<ClientInner>, raw: *mut PJRT_Buffer) -> Buffer {
        Buffer { client: client.clone(), raw, dtype: DType::F32, dims: Vec::new(), device: 0 }
    }

    /// Reads element type, dimensions and device of a buffer the plugin made.
    pub(crate) fn load_metadata(&mut self) -> Result<()> {
        let plugin = &*self.client.plugin;

        let mut a = PJRT_Buffer_ElementType_Args::new_zeroed();
        a.buffer = self.raw;
        pjrt_call!(plugin, PJRT_Buffer_ElementType, &mut a)?;
        self.dtype = dtype_from_pjrt(a.type_)?;

        let mut a = PJRT_Buffer_Dimensions_Args::new_zeroed();
        a.buffer = self.raw;
        pjrt_call!(plugin, PJRT_Buffer_Dimensions, &mut a)?;
        self.dims = if a.num_dims == 0 || a.dims.is_null() {
            Vec::new()
        } else {
            // SAFETY: the plugin returned num_dims values that live as long as the buffer.
            unsafe { std::slice::from_raw_parts(a.dims, a.num_dims) }.to_vec()
        };

        let mut a = PJRT_Buffer_Device_Args::new_zeroed();
        a.buffer = self.raw;
        pjrt_call!(plugin, PJRT_Buffer_Device, &mut a)?;
        self.device = match self.client.devices.iter().position(|&d| d == a.device) {
            Some(i) => i,
            None => bail!("the plugin returned a buffer on a device this process cannot address"),
        };
        Ok(())
    }

    pub(crate) fn from_host(client: &Arc<ClientInner>, host: &HostTensor, device: usize) -> Result<Buffer> {
        HOST_TO_DEVICE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let expected = checked_size_bytes(host.dtype, &host.dims)?;
        if host.data.len() != expected {
            bail!(
                "host tensor {}{:?} needs {expected} bytes of data, but holds {}",
                host.dtype,
                host.dims,
                host.data.len()
            );
        }
        let Some(&dev) = client.devices.get(device) else {
            bail!("device {device} does not exist: this client has {} addressable device(s)", client.devices.len());
        };
        let plugin = &*client.plugin;
        let mut a = PJRT_Client_BufferFromHostBuffer_Args::new_zeroed();
        a.client = client.raw;
        a.data = host.data.as_ptr() as *const _;
        a.type_ = dtype_to_pjrt(host.dtype);
        a.dims = host.dims.as_ptr();
        a.num_dims = host.dims.len();
        // Null byte_strides/device_layout: dense row-major, as HostTensor is.
        a.host_buffer_semantics = PJRT_HostBufferSemantics_kImmutableUntilTransferCompletes;
        a.device = dev;
        pjrt_call!(plugin, PJRT_Client_BufferFromHostBuffer, &mut a)?;
        let buffer = Buffer { client: client.clone(), raw: a.buffer, dtype: host.dtype, dims: host.dims.clone(), device };
        // `host` is only borrowed for this call, so the copy must be finished
        // before returning.
        plugin.await_event(a.done_with_host_buffer, "the host-to-device copy")?;
        Ok(buffer)
    }

    pub fn dtype(&self) -> DType {
        self.dtype
    }

    pub fn dims(&self) -> &[i64] {
        &self.dims
    }

    /// Index of the device (among the client's addressable devices) holding it.
    pub fn device(&self) -> usize {
        self.device
    }

    pub fn size_bytes(&self) -> usize {
        self.dims.iter().map(|&d| d as usize).product::<usize>() * self.dtype.size_bytes()
    }

    /// Copies the buffer to host memory (dense row-major), waiting for it.
    pub fn to_host(&self) -> Result<HostTensor> {
        DEVICE_TO_HOST.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let plugin = &*self.client.plugin;
        let expected = self.size_bytes();

        // A null destination asks for the host size; a different size than a
        // dense array would mean a layout this code cannot interpret.
        let mut a = PJRT_Buffer_ToHostBuffer_Args::new_zeroed();
        a.src = self.raw;
        pjrt_call!(plugin, PJRT_Buffer_ToHostBuffer, &mut a)?;
        if a.dst_size != expected {
            bail!(
                "device buffer {}{:?} needs {} host bytes, expected {expected} for a dense array",
                self.dtype,
                self.dims,
                a.dst_size
            );
        }

        let mut data = vec![0u8; expected];
        let mut a = PJRT_Buffer_ToHostBuffer_Args::new_zeroed();
        a.src = self.raw;
        a.dst = data.as_mut_ptr() as *mut _;
        a.dst_size = data.len();
        pjrt_call!(plugin, PJRT_Buffer_ToHostBuffer, &mut a)?;
        plugin.await_event(a.event, "the device-to-host copy")?;
        Ok(HostTensor { dtype: self.dtype, dims: self.dims.clone(), data })
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        if self.raw.is_null() {
            return;
        }
        let mut a = PJRT_Buffer_Destroy_Args::new_zeroed();
        a.buffer = self.raw;
        // Nothing to report to from a destructor; the error object is freed by check.
        let _ = pjrt_call!(*self.client.plugin, PJRT_Buffer_Destroy, &mut a);
    }
}

//! Where host batches become device buffers, and the evaluation pass that
//! `xlavit train` (after each epoch) and `xlavit eval` share.

use crate::data::batches::{HostBatch, Prefetcher, Remainder};
use crate::data::cache::Cache;
use crate::host::HostTensor;
use crate::runtime::{Arg, Buffer, Client, Executable};
use anyhow::Result;
use std::sync::Arc;

/// One tensor of a data-parallel call: device d's buffer at index d, a shard of a split
/// tensor or a copy of a replicated one. A single-device program has one entry.
pub type PerDevice = Vec<Buffer>;

/// Uploads images (`u8[S, S, 3]` each) and their labels, split over `devices` devices along the
/// batch. `stacking` (the program's, e.g. `[K, N]` for K steps of N micro-batches per call)
/// says how the rows stack before the batch axis: the bytes are in that order already, so they
/// move into the host tensor as they are. This runs once per call; a batch of 64 ViT-B/16
/// images is 9.6 MB.
pub fn upload_batch(client: &Client, images: Vec<u8>, labels: &[i32], size: i64, devices: usize, stacking: &[i64]) -> Result<(PerDevice, PerDevice)> {
    let groups: i64 = stacking.iter().product();
    anyhow::ensure!(labels.len().is_multiple_of(groups as usize), "{} labels do not make {groups} equal batches", labels.len());
    let rows = labels.len() as i64 / groups;
    let lead: Vec<i64> = stacking.iter().copied().chain([rows]).collect();
    let dims: Vec<i64> = lead.iter().copied().chain([size, size, 3]).collect();
    anyhow::ensure!(images.len() == crate::host::element_count(&dims), "{groups} batches of {rows} images hold {} bytes", images.len());
    let axis = Some(stacking.len());
    let host = HostTensor { dtype: crate::dtype::DType::U8, dims, data: images };
    let images = scatter(client, &host, devices, axis)?;
    let labels = scatter(client, &HostTensor::from_i32(&lead, labels)?, devices, axis)?;
    Ok((images, labels))
}

/// An argument of [`call`]: a donated tensor (consumed) or a borrowed one, on every device.
pub enum DeviceArg<'a> {
    Donate(PerDevice),
    Borrow(&'a [Buffer]),
}

/// Runs `exe` once on all its devices and returns each output on every device.
pub fn call(exe: &Executable, args: Vec<DeviceArg<'_>>) -> Result<Vec<PerDevice>> {
    let devices = exe.signature().devices();
    let mut per_device: Vec<Vec<Arg>> = (0..devices).map(|_| Vec::with_capacity(args.len())).collect();
    for a in args {
        match a {
            DeviceArg::Donate(v) => {
                anyhow::ensure!(v.len() == devices, "a donated argument is on {} devices, the program runs on {devices}", v.len());
                for (d, b) in v.into_iter().enumerate() {
                    per_device[d].push(Arg::Donate(b));
                }
            }
            DeviceArg::Borrow(v) => {
                anyhow::ensure!(v.len() == devices, "an argument is on {} devices, the program runs on {devices}", v.len());
                for (d, b) in v.iter().enumerate() {
                    per_device[d].push(Arg::Borrow(b));
                }
            }
        }
    }
    let outs = exe.execute_on_devices(per_device)?;
    let mut per_output: Vec<PerDevice> = (0..exe.num_outputs()).map(|_| Vec::with_capacity(devices)).collect();
    for device_outputs in outs {
        for (o, b) in device_outputs.into_iter().enumerate() {
            per_output[o].push(b);
        }
    }
    Ok(per_output)
}

/// Puts `host` on devices 0..devices, as a data-parallel program takes it: split along axis
/// `split`, device d getting piece d, or (None) a whole copy on each.
pub fn scatter(client: &Client, host: &HostTensor, devices: usize, split: Option<usize>) -> Result<Vec<Buffer>> {
    if devices == 1 {
        // The whole tensor is device 0's shard: no split, no copy.
        return Ok(vec![client.to_device(host, 0)?]);
    }
    match split {
        Some(axis) => host.split_axis(axis, devices)?.iter().enumerate().map(|(d, part)| client.to_device(part, d)).collect(),
        None => (0..devices).map(|d| client.to_device(host, d)).collect(),
    }
}

/// Sums over one evaluation pass.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EvalSums {
    pub loss: f64,
    pub correct: f64,
}

/// Runs the accumulating eval program (`train_step::vit_eval_accumulating`, batch `batch`) over
/// every image of `val` once, the last batch padded and masked. The loss and correct sums stay on
/// the device until the end (one transfer); a batch's predictions are read back only when
/// `want(batch)` says so, and handed to `seen(batch, predictions)`. Both see the batch after its
/// images moved to the device: index, labels and row count, no pixels.
pub fn eval_pass(
    client: &Client,
    exe: &Executable,
    params: &[PerDevice],
    val: &Arc<Cache>,
    batch: usize,
    want: impl Fn(&HostBatch) -> bool,
    mut seen: impl FnMut(&HostBatch, &[i32]),
) -> Result<EvalSums> {
    let size = val.meta.height as i64;
    let devices = exe.signature().devices();
    let order: Vec<u32> = (0..val.len() as u32).collect();
    let (acc_out, predictions_out) = (exe.signature().output("eval_metrics")?, exe.signature().output("predictions")?);
    let mut acc = scatter(client, &HostTensor::zeros(crate::dtype::DType::F32, &[2]), devices, None)?;
    for mut b in Prefetcher::new(val.clone(), order, batch, Remainder::Pad, 0, 2) {
        let (images, labels) = upload_batch(client, std::mem::take(&mut b.images), &b.labels, size, devices, &[])?;
        let mask: Vec<f32> = (0..batch).map(|i| if i < b.valid { 1.0 } else { 0.0 }).collect();
        let mask = scatter(client, &HostTensor::from_f32(&[batch as i64], &mask)?, devices, Some(0))?;
        let mut args: Vec<DeviceArg> = params.iter().map(|p| DeviceArg::Borrow(p)).collect();
        args.extend([DeviceArg::Borrow(&images), DeviceArg::Borrow(&labels), DeviceArg::Borrow(&mask), DeviceArg::Donate(acc)]);
        let mut outs: Vec<Option<PerDevice>> = call(exe, args)?.into_iter().map(Some).collect();
        let predictions = outs[predictions_out].take().expect("distinct outputs");
        acc = outs[acc_out].take().expect("distinct outputs");
        if want(&b) {
            // Each device predicted its consecutive shard of the batch.
            let mut all = Vec::with_capacity(batch);
            for p in &predictions {
                all.extend(p.to_host()?.to_i32()?);
            }
            seen(&b, &all);
        }
    }
    let v = acc[0].to_host()?.to_f32()?;
    Ok(EvalSums { loss: v[0] as f64, correct: v[1] as f64 })
}

//! Where host batches become device buffers, and the evaluation pass that
//! `xlavit train` (after each epoch) and `xlavit eval` share.

use crate::data::batches::{HostBatch, Prefetcher, Remainder};
use crate::data::cache::Cache;
use crate::host::HostTensor;
use crate::runtime::{Arg, Buffer, Client, Executable};
use anyhow::Result;
use std::sync::Arc;

/// Uploads a batch's images (u8 [B, S, S, 3]) and labels (s32 [B]). The image bytes move into
/// the host tensor as they are: this runs once per step, and a batch of 64 ViT-B/16 images is 9.6 MB.
pub fn upload_batch(client: &Client, images: Vec<u8>, labels: &[i32], size: i64) -> Result<(Buffer, Buffer)> {
    let rows = labels.len() as i64;
    let dims = vec![rows, size, size, 3];
    anyhow::ensure!(images.len() == crate::host::element_count(&dims), "a batch of {rows} images holds {} bytes", images.len());
    let images = client.to_device(&HostTensor { dtype: crate::dtype::DType::U8, dims, data: images }, 0)?;
    let labels = client.to_device(&HostTensor::from_i32(&[rows], labels)?, 0)?;
    Ok((images, labels))
}

/// Puts `host` on devices 0..devices, as a data-parallel program takes it: split along the
/// first axis, device d getting piece d, or a whole copy on each.
pub fn scatter(client: &Client, host: &HostTensor, devices: usize, split: bool) -> Result<Vec<Buffer>> {
    if split {
        host.split_rows(devices)?.iter().enumerate().map(|(d, part)| client.to_device(part, d)).collect()
    } else {
        (0..devices).map(|d| client.to_device(host, d)).collect()
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
    params: &[Buffer],
    val: &Arc<Cache>,
    batch: usize,
    want: impl Fn(&HostBatch) -> bool,
    mut seen: impl FnMut(&HostBatch, &[i32]),
) -> Result<EvalSums> {
    let size = val.meta.height as i64;
    let order: Vec<u32> = (0..val.len() as u32).collect();
    let (acc_out, predictions_out) = (exe.signature().output("eval_metrics")?, exe.signature().output("predictions")?);
    let mut acc = client.to_device(&HostTensor::zeros(crate::dtype::DType::F32, &[2]), 0)?;
    for mut b in Prefetcher::new(val.clone(), order, batch, Remainder::Pad, 0, 2) {
        let (images, labels) = upload_batch(client, std::mem::take(&mut b.images), &b.labels, size)?;
        let mask: Vec<f32> = (0..batch).map(|i| if i < b.valid { 1.0 } else { 0.0 }).collect();
        let mask = client.to_device(&HostTensor::from_f32(&[batch as i64], &mask)?, 0)?;
        let mut args: Vec<Arg> = params.iter().map(Arg::Borrow).collect();
        args.extend([Arg::Borrow(&images), Arg::Borrow(&labels), Arg::Borrow(&mask), Arg::Donate(acc)]);
        let mut outs: Vec<Option<Buffer>> = exe.execute(args)?.into_iter().map(Some).collect();
        let predictions = outs[predictions_out].take().expect("distinct outputs");
        acc = outs[acc_out].take().expect("distinct outputs");
        if want(&b) {
            seen(&b, &predictions.to_host()?.to_i32()?);
        }
    }
    let v = acc.to_host()?.to_f32()?;
    Ok(EvalSums { loss: v[0] as f64, correct: v[1] as f64 })
}

//! Epoch order and batches from a cache, assembled on a background thread
//! into a bounded queue, so the host loop only waits when the host truly
//! cannot keep up. Batches are plain bytes: turning them into device buffers
//! is the training loop's business.

use super::cache::Cache;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;
use std::thread::JoinHandle;

/// The order of `n` examples in `epoch`: dataset order, or a permutation drawn from
/// `seed` and `epoch` alone, so a resumed run draws the very same order.
pub fn epoch_order(n: usize, seed: u64, epoch: u64, shuffle: bool) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    if shuffle {
        let mut rng = rand_pcg::Pcg64::seed_from_u64(seed ^ epoch.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        order.shuffle(&mut rng);
    }
    order
}

/// One batch: `rows` x H x W x 3 bytes and `rows` labels, of which the first `valid` are real
/// (the rest pad a last partial batch and must be masked).
#[derive(Clone, Debug)]
pub struct HostBatch {
    /// 0-based index of the batch within its epoch.
    pub index: usize,
    pub images: Vec<u8>,
    pub labels: Vec<i32>,
    pub valid: usize,
}

/// How a pass over the cache cuts its order into batches.
#[derive(Clone, Copy, Debug)]
pub enum Remainder {
    /// Training: a last partial batch is dropped.
    Drop,
    /// Evaluation: a last partial batch is padded with copies of image 0 and masked.
    Pad,
}

pub fn batch_count(n: usize, batch: usize, rem: Remainder) -> usize {
    match rem {
        Remainder::Drop => n / batch,
        Remainder::Pad => n.div_ceil(batch),
    }
}

/// Assembles batch `index` of `order`.
pub fn assemble(cache: &Cache, order: &[u32], batch: usize, index: usize) -> HostBatch {
    let start = index * batch;
    let end = (start + batch).min(order.len());
    let bytes = cache.image_bytes();
    let mut images = Vec::with_capacity(batch * bytes);
    let mut labels = Vec::with_capacity(batch);
    for &i in &order[start..end] {
        images.extend_from_slice(cache.image(i as usize));
        labels.push(cache.labels[i as usize] as i32);
    }
    let valid = end - start;
    // Padding rows repeat a real image (any will do: the mask zeroes them) with label 0.
    for _ in valid..batch {
        images.extend_from_slice(cache.image(order[0] as usize));
    }
    labels.resize(batch, 0);
    HostBatch { index, images, labels, valid }
}

/// Batches `first..` of one pass, made ahead on a thread into a queue of `depth`.
pub struct Prefetcher {
    rx: Receiver<HostBatch>,
    handle: Option<JoinHandle<()>>,
}

impl Prefetcher {
    pub fn new(cache: Arc<Cache>, order: Vec<u32>, batch: usize, rem: Remainder, first: usize, depth: usize) -> Prefetcher {
        let (tx, rx) = sync_channel(depth.max(1));
        let count = batch_count(order.len(), batch, rem);
        let handle = std::thread::spawn(move || {
            for index in first..count {
                // The receiver hung up (the run stopped): nothing more to make.
                if tx.send(assemble(&cache, &order, batch, index)).is_err() {
                    break;
                }
            }
        });
        Prefetcher { rx, handle: Some(handle) }
    }
}

impl Iterator for Prefetcher {
    type Item = HostBatch;
    fn next(&mut self) -> Option<HostBatch> {
        self.rx.recv().ok()
    }
}

impl Drop for Prefetcher {
    fn drop(&mut self) {
        // Unblock the producer first, then wait for it.
        let (_, dummy) = sync_channel(0);
        drop(std::mem::replace(&mut self.rx, dummy));
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_are_permutations_fixed_by_seed_and_epoch() {
        let a = epoch_order(100, 7, 0, true);
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..100).collect::<Vec<u32>>());
        assert_eq!(a, epoch_order(100, 7, 0, true));
        assert_ne!(a, epoch_order(100, 7, 1, true));
        assert_ne!(a, epoch_order(100, 8, 0, true));
        assert_eq!(epoch_order(5, 7, 3, false), vec![0, 1, 2, 3, 4]);
        assert_eq!(batch_count(10, 4, Remainder::Drop), 2);
        assert_eq!(batch_count(10, 4, Remainder::Pad), 3);
    }
}

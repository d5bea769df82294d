//! `xlavit bench`: times the compiled train step on deterministic weights and
//! images, and prints step time, throughput, FLOP rate and (given the chip's
//! peak) MFU. The first loss is printed exactly so runs on two devices can be
//! compared.

use crate::augment::Augment;
use crate::checkpoint::model_config;
use crate::host::HostTensor;
use crate::optim::{AdamW, Schedule};
use crate::feed::{call, scatter, DeviceArg, PerDevice};
use anyhow::{Context, Result};
use std::time::Instant;

pub struct BenchOptions {
    pub config: Option<String>,
    pub batch: i64,
    pub steps: usize,
    pub warmup: usize,
    pub augment: Augment,
    pub peak_tflops: Option<f64>,
    pub json: Option<std::path::PathBuf>,
    pub numerics: crate::model::Numerics,
    /// Steps per call (a loop over K stacked batches); times are per step.
    pub steps_per_call: usize,
    pub recipe: crate::recipe::Recipe,
}

pub fn run(client: &crate::runtime::Client, o: &BenchOptions) -> Result<()> {
    // Fail before minutes of benchmarking, not after.
    if let Some(dir) = o.json.as_ref().and_then(|p| p.parent()).filter(|d| !d.as_os_str().is_empty()) {
        anyhow::ensure!(dir.is_dir(), "--json: directory {} does not exist", dir.display());
    }
    if let Some(path) = o.json.as_ref().filter(|p| p.is_dir()) {
        anyhow::bail!("--json {}: this is a folder; name the file to write", path.display());
    }
    let (cfg, pre) = model_config(None, o.config.as_deref())?;
    let opt = AdamW { schedule: Schedule::WarmupCosine { peak: 1e-4, warmup_steps: 10, total_steps: 1000 }, ..AdamW::default() };
    let aug = &o.augment;
    let k = o.steps_per_call.max(1);
    // The program `train` runs: metrics summed on the device, the state the only output.
    let options = crate::train_step::StepOptions { accumulate: true, steps_per_call: k, recipe: o.recipe };
    let mut f = crate::train_step::vit_train_step_with(&cfg, &pre, o.batch, &opt, aug, o.numerics, options)?;
    // FLOPs of one step: a loop's body counts once; the K loop's body is one step, and within
    // it the micro-batch loop's body one of N micro-batches (the optimizer, once a step, is
    // counted N times: a rounding error).
    let micro = o.recipe.grad_accum_steps;
    let flops = f.flop_count() * micro as f64;
    // Images one optimizer step sees.
    let step_images = o.batch as f64 * micro as f64;
    // Data-parallel over every device, as `train` runs.
    let devices = client.addressable_device_count();
    anyhow::ensure!(o.batch % devices as i64 == 0, "--batch {} does not split over the {devices} devices: use a multiple of {devices}", o.batch);
    crate::train_step::split_train_step(&mut f, devices, options)?;
    let program = crate::emit::program(&f)?;
    let device = client.devices()?.first().map(|d| d.kind.clone()).unwrap_or_default();
    let t0 = Instant::now();
    let exe = client.compile(&program).context("compiling the train step")?;
    let compile_s = t0.elapsed().as_secs_f64();
    let layout = options.layout(&crate::model::vit::params(&cfg));

    // Deterministic weights and images, so every device sees the same first step.
    let params = crate::checkpoint::formula_params(&cfg);
    let mut state = layout
        .initial(&params)
        .iter()
        .map(|h| scatter(client, h, devices, None))
        .collect::<Result<Vec<PerDevice>>>()?;
    let s = cfg.input_size();
    let dims = [o.batch, s, s, cfg.num_channels];
    let pixels = crate::checkpoint::formula_pixels("bench_images", dims.iter().product::<i64>() as usize);
    let classes = cfg.labels.len() as i64;
    let labels: Vec<i32> = (0..o.batch).map(|i| (i % classes) as i32).collect();
    let (mut images, mut labels) = (HostTensor::from_u8(&dims, &pixels)?, HostTensor::from_i32(&[o.batch], &labels)?);
    // The same batch for each of the K steps of a call and each of a step's N micro-batches.
    let stacking = options.stacking();
    for t in [&mut images, &mut labels] {
        t.dims.splice(0..0, stacking.iter().copied());
        t.data = t.data.repeat(stacking.iter().product::<i64>() as usize);
    }
    let batch_axis = Some(stacking.len());
    let images = scatter(client, &images, devices, batch_axis)?;
    let labels = scatter(client, &labels, devices, batch_axis)?;
    let key = scatter(client, &HostTensor::from_u64(&[2], &[0, 42])?, devices, None)?;

    let mut times = vec![];
    let mut first_loss = None;
    for i in 0..o.warmup + o.steps {
        let mut args: Vec<DeviceArg> = state.drain(..).map(DeviceArg::Donate).collect();
        args.extend([DeviceArg::Borrow(&images), DeviceArg::Borrow(&labels), DeviceArg::Borrow(&key)]);
        let t = Instant::now();
        state = call(&exe, args)?;
        let dt = t.elapsed().as_secs_f64();
        if i == 0 {
            // The loss summed over the call's K steps (the accumulator's first slot), per step.
            first_loss = Some(state[layout.index(crate::state_layout::Part::Metrics)][0].to_host()?.to_f32()?[0] / k as f32);
        }
        if i >= o.warmup {
            times.push(dt / k as f64);
        }
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = median_of_sorted(&times);
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let tflops = flops / median / 1e12;
    println!(
        "device {device}{}, config {}, batch {}, precision {} (dots: {}), augmentation: {}",
        if devices > 1 { format!(" x {devices} (data parallel)") } else { String::new() },
        o.config.as_deref().unwrap_or("tiny"),
        o.batch,
        o.numerics.precision.name(),
        o.numerics.dots.name(),
        aug.describe()
    );
    let how = if exe.from_cache() { " (loaded from the compile cache)" } else { "" };
    let what = if k == 1 { "first loss".to_string() } else { format!("{k} steps per call; mean loss of the first call") };
    println!("compile {compile_s:.2} s{how}; {what} {:.7}", first_loss.unwrap_or(f32::NAN));
    println!(
        "step median {:.2} ms, mean {:.2} ms over {} steps; {:.1} images/s; {:.2} GFLOP/step; {}",
        median * 1e3,
        mean * 1e3,
        times.len(),
        step_images / median,
        flops / 1e9,
        if tflops >= 1.0 { format!("{tflops:.2} TFLOP/s") } else { format!("{:.1} GFLOP/s", tflops * 1e3) }
    );
    // The peak is one chip's; all of them work on the step.
    let mfu = o.peak_tflops.map(|p| tflops / (p * devices as f64));
    if let (Some(m), Some(p)) = (mfu, o.peak_tflops) {
        let of = if devices > 1 { format!("{devices} x {p}") } else { p.to_string() };
        println!("MFU {:.1}% of {of} TFLOP/s", m * 100.0);
    }
    if let Some(path) = &o.json {
        let v = serde_json::json!({
            "device": device, "devices": devices, "steps_per_call": k, "config": o.config.as_deref().unwrap_or("tiny"), "batch": o.batch,
            "precision": o.numerics.precision.name(), "dot_precision": o.numerics.dots.name(), "augmentation": aug.describe(), "compile_seconds": compile_s, "from_compile_cache": exe.from_cache(),
            "first_loss": if k == 1 { first_loss } else { None },
            "first_call_mean_loss": if k > 1 { first_loss } else { None },
            "step_median_seconds": median, "step_mean_seconds": mean,
            "images_per_second": step_images / median, "grad_accum_steps": micro, "flops_per_step": flops, "tflops": tflops, "mfu": mfu,
        });
        std::fs::write(path, serde_json::to_string_pretty(&v)?).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The median of a sorted, non-empty list: the mean of the two middle values for an even count.
fn median_of_sorted(v: &[f64]) -> f64 {
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(super::median_of_sorted(&[5.0]), 5.0);
        assert_eq!(super::median_of_sorted(&[1.0, 119.0]), 60.0);
        assert_eq!(super::median_of_sorted(&[1.0, 2.0, 10.0]), 2.0);
        assert_eq!(super::median_of_sorted(&[1.0, 2.0, 4.0, 10.0]), 3.0);
    }
}

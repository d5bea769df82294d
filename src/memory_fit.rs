//! Does a compiled program fit its device? XLA plans every byte of a program when it compiles
//! it (`CompiledMemoryStats`), so the answer comes before the first step: `compile` prints a
//! verdict per program, and `train` refuses a batch that cannot fit instead of failing out of
//! memory in the middle of a run. The largest batch that fits is found by compiling again.

use crate::runtime::{Client, CompiledMemoryStats, Executable};
use anyhow::{bail, Context, Result};

const GIB: f64 = (1u64 << 30) as f64;

/// Overrides the memory a device is held to, in bytes or with a unit (`12GiB`, `500MB`):
/// to keep room for another job on a shared GPU, or to check a smaller device's fit.
pub const DEVICE_MEMORY_ENV: &str = "XLAVIT_DEVICE_MEMORY";

/// The memory one device has for a program, and how to name it in a verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Capacity {
    pub bytes: u64,
    /// What the figure is, after it in a verdict: `per chip`, `per device (set by ...)`.
    pub per: String,
}

impl Capacity {
    /// `16 GiB per chip`.
    pub fn label(&self) -> String {
        let (c, unit) = in_unit(self.bytes, self.bytes);
        format!("{c} {unit} {}", self.per)
    }
}

/// What a program needs on one device.
#[derive(Clone, Debug, PartialEq)]
pub enum Need {
    /// XLA's plan, `CompiledMemoryStats::device_bytes`.
    Bytes(u64),
    /// The compiler itself refused for lack of memory (the TPU compiler does so): its message,
    /// and the bytes of temporaries it says it needed, where it says.
    CompilerOutOfMemory { message: String, temp_bytes: Option<u64> },
    /// The plugin does not say.
    Unknown,
}

impl Need {
    pub fn from_stats(stats: Option<&CompiledMemoryStats>) -> Need {
        match stats {
            Some(m) => Need::Bytes(m.device_bytes().max(0) as u64),
            None => Need::Unknown,
        }
    }

    /// Reads a compile error: an out-of-memory refusal is a verdict, anything else an error.
    pub fn from_compile_error(e: anyhow::Error) -> Result<Need> {
        let text = format!("{e:#}");
        if is_out_of_memory(&text) {
            let temp_bytes = required_temporaries(&text);
            Ok(Need::CompilerOutOfMemory { message: text, temp_bytes })
        } else {
            Err(e)
        }
    }

    pub fn fits(&self, cap: &Capacity) -> Option<bool> {
        match self {
            Need::Bytes(b) => Some(*b <= cap.bytes),
            Need::CompilerOutOfMemory { .. } => Some(false),
            Need::Unknown => None,
        }
    }
}

/// The TPU compiler's "the total memory required for HLO temporaries (18.12G) exceeds
/// available HBM (15.75G)" gives what it needed; its `G` is 2^30 bytes.
fn required_temporaries(text: &str) -> Option<u64> {
    let rest = &text[text.find("required for HLO temporaries (")? + "required for HLO temporaries (".len()..];
    let number = &rest[..rest.find(')')?];
    let split = number.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let value: f64 = number[..split].parse().ok()?;
    let scale = match &number[split..] {
        "K" => 1024.0,
        "M" => GIB / 1024.0,
        "G" => GIB,
        "T" => GIB * 1024.0,
        "B" => 1.0,
        _ => return None,
    };
    Some((value * scale) as u64)
}

/// XLA's words for a program larger than the device (`RESOURCE_EXHAUSTED`, the TPU compiler's
/// "Ran out of memory in memory space hbm").
fn is_out_of_memory(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    t.contains("resource_exhausted") || t.contains("resource exhausted") || t.contains("ran out of memory") || t.contains("out of memory")
}

fn gib(bytes: u64) -> String {
    format!("{:.1} GiB", bytes as f64 / GIB)
}

/// A size in the unit that reads well beside `cap`: GiB for devices of a GiB or more.
fn in_unit(bytes: u64, cap: u64) -> (String, &'static str) {
    let (scale, unit) = if cap as f64 >= GIB { (GIB, "GiB") } else { (GIB / 1024.0, "MiB") };
    (trim(&format!("{:.1}", bytes as f64 / scale)).to_string(), unit)
}

/// `4.1 of 16 GiB`, `9.7 MiB of 16 GiB`, `4.2 of 3 MiB`.
fn of(need: u64, cap: u64) -> String {
    let (c, unit) = in_unit(cap, cap);
    if unit == "GiB" && (need as f64) < 0.1 * GIB {
        return format!("{} MiB of {c} {unit}", trim(&format!("{:.1}", need as f64 / (GIB / 1024.0))));
    }
    let (n, _) = in_unit(need, cap);
    format!("{n} of {c} {unit}")
}

/// One line: `fits: 4.1 of 16 GiB per chip`, or `does not fit: needs 19.3 of 16 GiB per
/// chip` (the caller adds the largest batch that fits).
pub fn verdict(need: &Need, cap: &Capacity) -> String {
    let (c, unit) = in_unit(cap.bytes, cap.bytes);
    let per = &cap.per;
    match need {
        Need::Bytes(b) if *b <= cap.bytes => format!("fits: {} {per}", of(*b, cap.bytes)),
        Need::Bytes(b) => format!("does not fit: needs {} {per}", of(*b, cap.bytes)),
        Need::CompilerOutOfMemory { temp_bytes: Some(t), .. } => {
            format!("does not fit: needs {} {per} (its temporaries alone; the compiler refused it)", of(*t, cap.bytes))
        }
        Need::CompilerOutOfMemory { message, temp_bytes: None } => {
            format!("does not fit in {c} {unit} {per}: the compiler ran out of memory ({})", first_line(message))
        }
        Need::Unknown => format!("memory unknown: the plugin reports no compiled memory; the device has {c} {unit} {per}"),
    }
}

/// "16.0" reads as "16".
fn trim(s: &str) -> &str {
    s.strip_suffix(".0").unwrap_or(s)
}

fn first_line(s: &str) -> String {
    let line = s.lines().find(|l| l.to_ascii_lowercase().contains("memory")).unwrap_or_else(|| s.lines().next().unwrap_or(""));
    let line = line.trim();
    if line.len() > 300 {
        format!("{}...", &line[..line.char_indices().take_while(|(i, _)| *i < 300).last().map_or(0, |(i, _)| i)])
    } else {
        line.to_string()
    }
}

/// Parses `12GiB`, `500 MB`, `16g`, or a plain byte count.
pub fn parse_bytes(text: &str) -> Result<u64> {
    let t = text.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let n: f64 = number.parse().with_context(|| format!("'{text}' is not a size (e.g. 16GiB, 500MB, 1000000)"))?;
    let scale = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kib" => 1024.0,
        "kb" => 1e3,
        "m" | "mib" => GIB / 1024.0,
        "mb" => 1e6,
        "g" | "gib" => GIB,
        "gb" => 1e9,
        "t" | "tib" => GIB * 1024.0,
        "tb" => 1e12,
        other => bail!("'{text}': unknown unit '{other}' (use B, KB, KiB, MB, MiB, GB, GiB, TB or TiB)"),
    };
    let bytes = n * scale;
    if !(bytes.is_finite() && bytes >= 1.0) {
        bail!("'{text}' is not a positive size");
    }
    Ok(bytes as u64)
}

/// The override of `XLAVIT_DEVICE_MEMORY`, if set.
pub fn capacity_override() -> Result<Option<Capacity>> {
    match std::env::var(DEVICE_MEMORY_ENV) {
        Ok(v) if !v.trim().is_empty() => {
            let bytes = parse_bytes(&v).with_context(|| format!("{DEVICE_MEMORY_ENV}={v}"))?;
            Ok(Some(Capacity { bytes, per: format!("per device (set by {DEVICE_MEMORY_ENV})") }))
        }
        _ => Ok(None),
    }
}

/// The memory each of `client`'s devices has for one program: `XLAVIT_DEVICE_MEMORY` if set,
/// else what the device reports (a GPU's or TPU's allocator limit), else on the CPU this
/// machine's available memory shared among the client's devices. `None` where nothing says.
pub fn client_capacity(client: &Client) -> Result<Option<Capacity>> {
    if let Some(c) = capacity_override()? {
        return Ok(Some(c));
    }
    if let Some(bytes) = client.device_memory_limit().unwrap_or(None) {
        return Ok(Some(Capacity { bytes, per: "per device (its allocator's limit)".into() }));
    }
    if client.platform_name().unwrap_or_default().eq_ignore_ascii_case("cpu") {
        if let Some(avail) = available_memory() {
            let devices = client.addressable_device_count().max(1) as u64;
            let per = if devices > 1 {
                format!("per device ({} available on this machine, shared by {devices} devices)", gib(avail))
            } else {
                "of this machine's available memory".to_string()
            };
            return Ok(Some(Capacity { bytes: avail / devices, per }));
        }
    }
    Ok(None)
}

/// What a compiled program of `client` needs per device, against the device's memory: `None`
/// where it fits or either is unknown, else the verdict.
pub fn misfit(exe: &Executable, cap: &Capacity) -> Option<(Need, String)> {
    let need = Need::from_stats(exe.compiled_memory_stats().unwrap_or(None).as_ref());
    match need.fits(cap) {
        Some(false) => {
            let line = verdict(&need, cap);
            Some((need, line))
        }
        _ => None,
    }
}

/// `MemAvailable` of /proc/meminfo: what a new allocation can have without swapping.
fn available_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// The largest batch, a multiple of `step`, whose program fits `cap`, given what the batch
/// `known` needs; `need_at(b)` compiles the program at batch `b`. Returns `None` when not even
/// `step` fits. Each probe is a compile, so the next batch is interpolated from the bytes
/// measured so far (memory grows about linearly with the batch) and then bracketed.
pub fn largest_fitting_batch(
    known: (u64, &Need),
    step: u64,
    cap: &Capacity,
    mut need_at: impl FnMut(u64) -> Result<Need>,
) -> Result<Option<u64>> {
    let mut b = Bracket::default();
    b.record(known.0.max(step) / step * step, known.1, cap);
    for _ in 0..24 {
        let lo = b.fits.unwrap_or(0);
        if b.too_big.is_some_and(|h| h <= lo + step) {
            break;
        }
        let probe = b.next_probe(step, cap);
        let need = need_at(probe)?;
        if matches!(need, Need::Unknown) {
            return Ok(None);
        }
        b.record(probe, &need, cap);
        // A fitting probe just below the capacity, with nothing yet too large: confirm it.
        if need.fits(cap) == Some(true) && b.fits == Some(probe) && b.too_big.is_none() {
            let next = need_at(probe + step)?;
            b.record(probe + step, &next, cap);
        }
    }
    Ok(b.fits)
}

/// What the batch search knows: the largest batch seen to fit, the smallest seen not to, and
/// the (batch, bytes) measured so far.
#[derive(Default)]
struct Bracket {
    fits: Option<u64>,
    too_big: Option<u64>,
    points: Vec<(u64, u64)>,
}

impl Bracket {
    fn record(&mut self, batch: u64, need: &Need, cap: &Capacity) {
        // A compiler's refusal names only its temporaries: a slight underestimate, close enough
        // to steer the interpolation (the verdict of each probe is exact either way).
        if let Need::Bytes(x) | Need::CompilerOutOfMemory { temp_bytes: Some(x), .. } = need {
            self.points.push((batch, *x));
        }
        if need.fits(cap) == Some(true) {
            self.fits = Some(self.fits.map_or(batch, |l| l.max(batch)));
        } else {
            self.too_big = Some(self.too_big.map_or(batch, |h| h.min(batch)));
        }
    }

    /// The batch whose bytes would reach the capacity, interpolated (or extrapolated) from the
    /// two largest batches measured, kept strictly inside the bracket so each compile narrows it.
    fn next_probe(&self, step: u64, cap: &Capacity) -> u64 {
        let lo = self.fits.unwrap_or(0);
        let guess = match secant(&self.points) {
            Some((a, c)) if c > 0.0 => ((cap.bytes as f64 - a) / c).floor().max(0.0) as u64,
            _ => match (self.fits, self.too_big) {
                (Some(l), None) => l * 2,
                (_, Some(h)) => h / 2,
                (None, None) => step,
            },
        };
        let b = guess / step * step;
        let (min, max) = (lo + step, self.too_big.map_or(u64::MAX, |h| h - step));
        if (min..=max).contains(&b) {
            return b;
        }
        let halfway = match self.too_big {
            Some(h) => (lo + h) / 2 / step * step,
            None => lo.max(step) * 2 / step * step,
        };
        halfway.clamp(min, max)
    }
}

/// `bytes ≈ a + c · batch` through the two largest batches measured (one point: bytes
/// proportional to the batch).
fn secant(points: &[(u64, u64)]) -> Option<(f64, f64)> {
    let mut p: Vec<(u64, u64)> = points.to_vec();
    p.sort();
    p.dedup_by_key(|x| x.0);
    if p.len() < 2 {
        return p.first().map(|&(b, x)| (0.0, x as f64 / b.max(1) as f64));
    }
    let (b0, x0) = p[p.len() - 2];
    let (b1, x1) = p[p.len() - 1];
    let c = (x1 as f64 - x0 as f64) / (b1 as f64 - b0 as f64);
    Some((x1 as f64 - c * b1 as f64, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cap(bytes: u64) -> Capacity {
        Capacity { bytes, per: "per chip".into() }
    }

    #[test]
    fn verdicts_read_as_the_issue_asks() {
        let c = Capacity { bytes: 16 << 30, per: "per chip".into() };
        assert_eq!(c.label(), "16 GiB per chip");
        assert_eq!(verdict(&Need::Bytes((41 << 30) / 10), &c), "fits: 4.1 of 16 GiB per chip");
        assert_eq!(verdict(&Need::Bytes(10 << 20), &c), "fits: 10 MiB of 16 GiB per chip");
        assert_eq!(verdict(&Need::Bytes(193 * (1 << 30) / 10 + 1), &c), "does not fit: needs 19.3 of 16 GiB per chip");
        let small = Capacity { bytes: 3 << 20, per: "per device".into() };
        assert_eq!(verdict(&Need::Bytes(4404019), &small), "does not fit: needs 4.2 of 3 MiB per device");
        let oom = Need::CompilerOutOfMemory { message: "RESOURCE_EXHAUSTED: Ran out of memory in memory space hbm".into(), temp_bytes: None };
        let line = verdict(&oom, &c);
        assert!(line.starts_with("does not fit in 16 GiB per chip: the compiler ran out of memory (RESOURCE_EXHAUSTED"), "{line}");
        let tpu = "PJRT_Compile failed (RESOURCE_EXHAUSTED): E1000: CompileTimeHbmOom: Ran out of memory on HBM, the total memory \
                   required for HLO temporaries (18.12G) exceeds available HBM (15.75G). HLO module: vit_train_step.";
        let need = Need::from_compile_error(anyhow::anyhow!(tpu)).unwrap();
        assert_eq!(need, Need::CompilerOutOfMemory { message: tpu.into(), temp_bytes: Some((18.12 * GIB) as u64) });
        assert_eq!(verdict(&need, &c), "does not fit: needs 18.1 of 16 GiB per chip (its temporaries alone; the compiler refused it)");
        // Any other compile error stays an error.
        assert!(Need::from_compile_error(anyhow::anyhow!("INVALID_ARGUMENT: bad shape")).is_err());
    }

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_bytes("16GiB").unwrap(), 16 << 30);
        assert_eq!(parse_bytes("500 MB").unwrap(), 500_000_000);
        assert_eq!(parse_bytes("1000").unwrap(), 1000);
        assert_eq!(parse_bytes("1.5g").unwrap(), 3 << 29);
        assert!(parse_bytes("lots").unwrap_err().to_string().contains("not a size"));
        assert!(parse_bytes("3 parsecs").unwrap_err().to_string().contains("unknown unit"));
        assert!(parse_bytes("0").is_err());
    }

    /// A made-up compiler: `fixed + per_image · batch` bytes, or a refusal past `refuse_above`.
    fn search(fixed: u64, per_image: u64, capacity: u64, start: u64, step: u64, refuse_above: Option<u64>) -> (Option<u64>, usize) {
        let need = |b: u64| match refuse_above {
            Some(r) if fixed + per_image * b > r => Need::CompilerOutOfMemory { message: "RESOURCE_EXHAUSTED".into(), temp_bytes: None },
            _ => Need::Bytes(fixed + per_image * b),
        };
        let mut compiles = 0;
        let first = need(start);
        let found = largest_fitting_batch((start, &first), step, &cap(capacity), |b| {
            compiles += 1;
            assert_eq!(b % step, 0, "probes are multiples of the device count");
            Ok(need(b))
        })
        .unwrap();
        (found, compiles)
    }

    #[test]
    fn the_search_finds_the_largest_fitting_multiple() {
        // Exact answer: (capacity - fixed) / per_image, rounded down to a multiple of step.
        for &(fixed, per_image, capacity, start, step) in &[
            (1000u64, 37u64, 100_000u64, 8u64, 8u64),
            (1000, 37, 100_000, 4096, 8),
            (5 << 30, 60 << 20, 16 << 30, 256, 8),
            (0, 1, 1000, 1, 1),
            (10, 3, 1000, 999, 1),
        ] {
            let want = (capacity - fixed) / per_image / step * step;
            let (got, compiles) = search(fixed, per_image, capacity, start, step, None);
            assert_eq!(got, Some(want), "fixed {fixed} per image {per_image} capacity {capacity} from {start}");
            assert!(compiles <= 6, "{compiles} compiles from {start}");
        }
        // The compiler refusing (no bytes) past the capacity still brackets the answer.
        let (got, _) = search(1000, 37, 100_000, 4096, 8, Some(100_000));
        assert_eq!(got, Some((100_000 - 1000) / 37 / 8 * 8));
        // Nothing fits.
        assert_eq!(search(200_000, 37, 100_000, 64, 8, None).0, None);
    }
}

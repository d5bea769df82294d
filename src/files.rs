//! Replacing a file whole: written beside its final name, flushed, renamed
//! over it. A crash leaves the old file or the new one, never half of one.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// What marks the temporary file of a [`replace`] (`.<name>.tmp-<pid>-<n>`).
const REPLACING: &str = ".tmp-";

/// Writes `bytes` to `path` atomically (same folder, so the rename cannot cross file systems).
pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    replace_with(path, |tmp| {
        std::fs::File::create(tmp)?.write_all(bytes)?;
        Ok(())
    })
}

/// Removes what [`replace`] calls cut short (a killed process) left in `dir`: its temporary
/// files, each as large as the file it was to replace. Only for a folder that no other process
/// writes into at the same time.
pub fn remove_unfinished_replacements(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.contains(REPLACING) && e.path().is_file() {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// `replace` for writers that want a path of their own to write (e.g. safetensors' serializer).
pub fn replace_with(path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    // Unique per process and call, so concurrent writers never share a temporary file.
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}{REPLACING}{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed)));
    let result = (|| -> Result<()> {
        write(&tmp)?;
        std::fs::File::options().write(true).open(&tmp)?.sync_all()?;
        std::fs::rename(&tmp, path)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// xlavit's folder in the user's cache: `$XDG_CACHE_HOME/xlavit`, else `~/.cache/xlavit`; None
/// without either variable.
pub fn cache_home() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))?;
    Some(base.join("xlavit"))
}

/// Creates the output folder `path` (and its parents) before any long work, so that an `--out`
/// that is a file, or one that cannot be written, fails at once and names itself.
pub fn output_folder(path: &Path, flag: &str) -> Result<()> {
    if path.exists() && !path.is_dir() {
        anyhow::bail!("{flag} {}: this is a file, not a folder", path.display());
    }
    std::fs::create_dir_all(path).with_context(|| format!("{flag} {}: cannot create the folder", path.display()))?;
    // Written and removed now: a read-only folder would otherwise fail only at the first save.
    let probe = path.join(format!(".xlavit-write-test-{}", std::process::id()));
    std::fs::write(&probe, b"").with_context(|| format!("{flag} {}: cannot write in this folder", path.display()))?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// The entries of folder `path` (names, sorted), none for a folder that does not exist.
pub fn entries(path: &Path) -> Result<Vec<String>> {
    if !path.is_dir() {
        return Ok(vec![]);
    }
    let mut names = std::fs::read_dir(path)
        .with_context(|| format!("cannot list {}", path.display()))?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<std::io::Result<Vec<_>>>()
        .with_context(|| format!("cannot list {}", path.display()))?;
    names.sort();
    Ok(names)
}

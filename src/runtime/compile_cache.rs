//! Compiled executables kept on disk, so a second run of the same program
//! loads in milliseconds instead of compiling again (seconds on a CPU, a
//! minute or more for ViT-B/16 on a TPU). An entry's name is a key over all
//! the compiled code depends on: the program text, the compile options and the
//! plugin (its file, PJRT API version, platform and platform version). An entry
//! that fails its checksum, or that the plugin refuses, is reported and rebuilt.

use crate::hash::{key128, Fnv};
use anyhow::{bail, ensure, Context, Result};
use std::path::{Path, PathBuf};

/// Names the cache folder; `off` turns the cache off.
pub const COMPILE_CACHE_ENV: &str = "XLAVIT_COMPILE_CACHE";

const MAGIC: &[u8] = b"xlavit-executable-v1\n";

/// `$XLAVIT_COMPILE_CACHE` (None if it is `off`), else `$XDG_CACHE_HOME/xlavit/compiled`,
/// else `~/.cache/xlavit/compiled`.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os(COMPILE_CACHE_ENV).filter(|d| !d.is_empty()) {
        return if d == "off" { None } else { Some(PathBuf::from(d)) };
    }
    Some(crate::files::cache_home()?.join("compiled"))
}

/// The entry's file for this program, compile options and plugin identity.
pub(crate) fn entry_path(dir: &Path, program: &str, options: &[u8], plugin_identity: &str) -> PathBuf {
    dir.join(format!("{}.xla", key128(&[program.as_bytes(), options, plugin_identity.as_bytes()])))
}

fn checksum(bytes: &[u8]) -> [u8; 8] {
    let mut h = Fnv::new();
    h.write(bytes);
    h.0.to_le_bytes()
}

/// The serialized executable in `path`; `Ok(None)` when there is no entry, `Err` when it is damaged.
pub(crate) fn load(path: &Path) -> Result<Option<Vec<u8>>> {
    let data = match std::fs::read(path) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let mut data = data;
    let head = MAGIC.len() + 8;
    ensure!(data.len() > head && data.starts_with(MAGIC), "{} is not a compile cache entry", path.display());
    if data[MAGIC.len()..head] != checksum(&data[head..]) {
        bail!("{} is damaged (checksum mismatch)", path.display());
    }
    data.drain(..head);
    Ok(Some(data))
}

/// Writes an entry atomically (a reader sees all of it or none).
pub(crate) fn store(path: &Path, executable: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create the compile cache {}", dir.display()))?;
    }
    let mut data = Vec::with_capacity(MAGIC.len() + 8 + executable.len());
    data.extend_from_slice(MAGIC);
    data.extend_from_slice(&checksum(executable));
    data.extend_from_slice(executable);
    crate::files::replace(path, &data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_damage_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        let p = entry_path(dir.path(), "module {}", b"opts", "plugin v1");
        assert_ne!(p, entry_path(dir.path(), "module {}", b"opts", "plugin v2"));
        assert_ne!(p, entry_path(dir.path(), "module { }", b"opts", "plugin v1"));
        assert!(load(&p).unwrap().is_none());
        store(&p, b"compiled bytes").unwrap();
        assert_eq!(load(&p).unwrap().unwrap(), b"compiled bytes");
        let mut raw = std::fs::read(&p).unwrap();
        *raw.last_mut().unwrap() ^= 1;
        std::fs::write(&p, &raw).unwrap();
        assert!(format!("{:#}", load(&p).unwrap_err()).contains("checksum"));
        std::fs::write(&p, b"junk").unwrap();
        assert!(load(&p).is_err());
    }
}

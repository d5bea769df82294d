//! A stable hash for cache keys and checksums: std's hasher may change
//! between Rust releases, and a key must mean the same thing next year.

/// FNV-1a, 64 bit.
pub struct Fnv(pub u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Another start state, for a second hash of the same data (two make a 128-bit key).
    pub fn seeded(seed: u64) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }
}

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}


/// 128 bits of `parts` as 32 hex digits: two FNV-1a hashes from different start states.
pub fn key128(parts: &[&[u8]]) -> String {
    let (mut a, mut b) = (Fnv::new(), Fnv::seeded(1));
    for p in parts {
        a.write(p);
        b.write(p);
    }
    format!("{:016x}{:016x}", a.0, b.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pinned values: cache keys on disk depend on them, so they must never change silently.
    #[test]
    fn hashes_are_stable() {
        let mut h = Fnv::new();
        h.write(b"xlavit");
        assert_eq!(h.0, 0x209dd28ded2691d0);
        assert_eq!(key128(&[b"a", b"bc"]), "a0a3542c19b900abc623322aeb5cb784");
        assert_ne!(key128(&[b"a", b"bc"]), key128(&[b"ab", b"c"]));
    }
}

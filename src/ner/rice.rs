//! Sorted sets of short hashes as Rice-coded gaps: the compact form the model file keeps its
//! word lexicons and name lists in. A set of n uniform hashes of `bits` bits costs about
//! `bits - log2(n) + 1.5` bits a member, and the coded bytes do not compress further.

/// Rice parameter for `n` uniform values below `2^bits`: about log2 of the mean gap.
pub fn parameter(n: usize, bits: u32) -> u8 {
    let mean = (1u64 << bits) / n.max(1) as u64;
    (63 - mean.max(1).leading_zeros()).min(bits - 1) as u8
}

/// Appends a sorted, unique set: its length (u32), Rice parameter (u8), coded length (u32)
/// and the Rice-coded gaps between members.
pub fn write_set(out: &mut Vec<u8>, set: &[u32], bits: u32) {
    debug_assert!(set.windows(2).all(|w| w[0] < w[1]) && set.iter().all(|&h| u64::from(h) < 1u64 << bits));
    let k = parameter(set.len(), bits);
    let mut writer = BitWriter::default();
    let mut last = 0u32;
    for &h in set {
        writer.rice(h - last, k);
        last = h;
    }
    let bytes = writer.bytes;
    out.extend_from_slice(&(set.len() as u32).to_le_bytes());
    out.push(k);
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(&bytes);
}

/// Reading a model section byte by byte; every read is checked.
pub struct Cursor<'a> {
    pub bytes: &'a [u8],
    pub at: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }

    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let out = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(out)
    }

    pub fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// A name of up to 255 bytes, length first.
    pub fn name(&mut self) -> Option<String> {
        let len = self.u8()? as usize;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }

    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// Reads what [`write_set`] wrote; `None` for anything inconsistent (members past
    /// `2^bits`, a count the data cannot hold, truncation).
    pub fn set(&mut self, bits: u32) -> Option<Vec<u32>> {
        let n = self.u32()? as usize;
        let k = self.u8()?;
        let len = self.u32()? as usize;
        let data = self.take(len)?;
        // Each member takes at least one bit: a count beyond that is a corrupt file.
        if k >= bits as u8 || n > data.len() * 8 {
            return None;
        }
        let limit = (1u64 << bits) - 1;
        let mut reader = BitReader { data, at: 0, limit: limit as u32 };
        let mut set = Vec::with_capacity(n);
        let mut last = 0u32;
        for i in 0..n {
            let gap = reader.rice(k)?;
            if i > 0 && gap == 0 {
                return None;
            }
            last = last.checked_add(gap)?;
            if u64::from(last) > limit {
                return None;
            }
            set.push(last);
        }
        Some(set)
    }
}

/// Appends a name of up to 255 bytes, length first.
pub fn write_name(out: &mut Vec<u8>, name: &str) {
    let bytes = &name.as_bytes()[..name.len().min(255)];
    out.push(bytes.len() as u8);
    out.extend_from_slice(bytes);
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn bit(&mut self, b: bool) {
        if self.used % 8 == 0 {
            self.bytes.push(0);
        }
        if b {
            *self.bytes.last_mut().expect("pushed") |= 1 << (self.used % 8);
        }
        self.used += 1;
    }

    /// Quotient in unary (ones closed by a zero), remainder in `k` bits.
    fn rice(&mut self, v: u32, k: u8) {
        for _ in 0..v >> k {
            self.bit(true);
        }
        self.bit(false);
        for i in 0..k {
            self.bit(v >> i & 1 == 1);
        }
    }
}

struct BitReader<'a> {
    data: &'a [u8],
    at: usize,
    /// The largest member: a longer unary run is a corrupt file, not a long loop.
    limit: u32,
}

impl BitReader<'_> {
    fn bit(&mut self) -> Option<bool> {
        let byte = *self.data.get(self.at / 8)?;
        let b = byte >> (self.at % 8) & 1 == 1;
        self.at += 1;
        Some(b)
    }

    fn rice(&mut self, k: u8) -> Option<u32> {
        let mut q = 0u32;
        while self.bit()? {
            q += 1;
            if q > self.limit >> k {
                return None;
            }
        }
        let mut r = 0u32;
        for i in 0..k {
            r |= (self.bit()? as u32) << i;
        }
        Some(q << k | r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_round_trip_and_bad_bytes_are_rejected() {
        for (set, bits) in [
            (vec![], 24),
            (vec![0], 24),
            (vec![3, 9, 1 << 20, (1 << 24) - 1], 24),
            (vec![5, 70_000], 28),
            (vec![0, 1, u32::MAX], 32),
        ] {
            let mut out = Vec::new();
            write_set(&mut out, &set, bits);
            let mut cursor = Cursor::new(&out);
            assert_eq!(cursor.set(bits), Some(set.clone()));
            assert!(cursor.is_done());
            if !out.is_empty() {
                assert_eq!(Cursor::new(&out[..out.len() - 1]).set(bits), None, "truncated {set:?}");
            }
        }
        // A member past the width is refused.
        let mut out = Vec::new();
        write_set(&mut out, &[1 << 27], 28);
        assert_eq!(Cursor::new(&out).set(24), None);
        // A count the data cannot hold.
        let mut out = Vec::new();
        write_set(&mut out, &[1, 2], 24);
        out[0] = 200;
        assert_eq!(Cursor::new(&out).set(24), None);
    }

    #[test]
    fn a_member_costs_about_bits_minus_log2_n_plus_one_and_a_half() {
        // 10,000 spread members of 28 bits: about 28 - 13.3 + 1.5 = 16.2 bits each.
        let set: Vec<u32> = (0..10_000u32)
            .map(|i| i.wrapping_mul(26_843) % (1 << 28))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut out = Vec::new();
        write_set(&mut out, &set, 28);
        let bits_each = (out.len() * 8) as f64 / set.len() as f64;
        assert!((15.0..17.5).contains(&bits_each), "{bits_each}");
    }
}

//! `exp` in plain Rust arithmetic, so that CRF training gives the same bits on every platform.
//!
//! `f64::exp` calls the platform's libm, whose last bit differs between glibc, musl, macOS and
//! Windows; a trained model would then differ by platform, and `cargo xtask test` compares a
//! retrained model with the committed one byte for byte. This is musl's `exp` (from FreeBSD's
//! `e_exp.c`, Sun Microsystems, freely redistributable): argument reduction by ln 2, a degree-5
//! polynomial, then scaling by 2^k. Basic IEEE operations round the same everywhere, and Rust
//! never fuses them into FMAs on its own.

const HALF: [f64; 2] = [0.5, -0.5];
const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
const INV_LN2: f64 = 1.442_695_040_888_963_387_00e0;
const P1: f64 = 1.666_666_666_666_660_190_37e-1;
const P2: f64 = -2.777_777_777_701_559_338_42e-3;
const P3: f64 = 6.613_756_321_437_934_361_17e-5;
const P4: f64 = -1.653_390_220_546_525_153_90e-6;
const P5: f64 = 4.138_136_797_057_238_460_39e-8;

/// e^x, within one unit in the last place, the same on every platform.
pub fn exp(x: f64) -> f64 {
    let bits = x.to_bits();
    let sign = (bits >> 63) as usize;
    let hx = ((bits >> 32) as u32) & 0x7fff_ffff;
    if hx >= 0x4086_232b {
        // |x| >= 708.39
        if x.is_nan() {
            return x;
        }
        if x > 709.782_712_893_383_973_096 {
            return f64::INFINITY;
        }
        if x < -745.133_219_101_941_108_42 {
            return 0.0;
        }
    }
    let (hi, lo, k, x) = if hx > 0x3fd6_2e42 {
        // |x| > 0.5 ln 2: x = k ln 2 + r.
        let k = if hx >= 0x3ff0_a2b2 { (INV_LN2 * x + HALF[sign]) as i32 } else { 1 - 2 * sign as i32 };
        let hi = x - k as f64 * LN2_HI;
        let lo = k as f64 * LN2_LO;
        (hi, lo, k, hi - lo)
    } else if hx > 0x3e30_0000 {
        // |x| > 2^-28
        (x, 0.0, 0, x)
    } else {
        return 1.0 + x;
    };
    let xx = x * x;
    let c = x - xx * (P1 + xx * (P2 + xx * (P3 + xx * (P4 + xx * P5))));
    let y = 1.0 + (x * c / (2.0 - c) - lo + hi);
    if k == 0 {
        y
    } else {
        scale_by_power_of_two(y, k)
    }
}

/// y × 2^n without overflow in the intermediate steps (musl's `scalbn`).
fn scale_by_power_of_two(mut y: f64, mut n: i32) -> f64 {
    let two_1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    // 2^-1022 × 2^53: keeps the final step out of double rounding in the subnormal range.
    let two_minus_969 = f64::from_bits(0x0360_0000_0000_0000);
    if n > 1023 {
        y *= two_1023;
        n -= 1023;
        if n > 1023 {
            y *= two_1023;
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        y *= two_minus_969;
        n += 1022 - 53;
        if n < -1022 {
            y *= two_minus_969;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::exp;

    #[test]
    fn agrees_with_the_platform_within_an_ulp_or_two() {
        let mut x = -745.0;
        while x < 709.0 {
            let (ours, std) = (exp(x), x.exp());
            let tolerance = 4.0 * f64::EPSILON * std.max(f64::MIN_POSITIVE);
            assert!((ours - std).abs() <= tolerance, "exp({x}) = {ours}, std {std}");
            x += 0.037_1;
        }
        for x in [0.0, 1e-30, -1e-30, 0.3, -0.3, 0.5, 1.0, -1.0, 2.0, 30.0, -30.0] {
            assert!((exp(x) - x.exp()).abs() <= 4.0 * f64::EPSILON * x.exp(), "exp({x})");
        }
    }

    #[test]
    fn edges_are_exact() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp(-800.0), 0.0);
        assert_eq!(exp(800.0), f64::INFINITY);
        assert_eq!(exp(f64::INFINITY), f64::INFINITY);
        assert!(exp(f64::NAN).is_nan());
        assert!(exp(-740.0) > 0.0, "subnormal results survive");
    }
}

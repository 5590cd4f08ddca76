//! `exp` in plain Rust arithmetic, so that CRF training gives the same bits on every platform.
//!
//! `f64::exp` calls the platform's libm, whose last bit differs between glibc, musl, macOS and
//! Windows; a trained model would then differ by platform, and `cargo xtask test` compares a
//! retrained model with the committed one byte for byte. This is musl's `exp` (from FreeBSD's
//! `e_exp.c`, Sun Microsystems, freely redistributable): argument reduction by ln 2, a degree-5
//! polynomial, then scaling by 2^k. Basic IEEE operations round the same everywhere, and Rust
//! never fuses them into FMAs on its own.

// musl's constants as it writes them; each rounds to the bits in its comment there.
#[allow(clippy::excessive_precision)]
mod constants {
    pub const HALF: [f64; 2] = [0.5, -0.5];
    pub const LN2_HI: f64 = 6.93147180369123816490e-01; // 0x3fe62e42_fee00000
    pub const LN2_LO: f64 = 1.90821492927058770002e-10; // 0x3dea39ef_35793c76
    pub const INV_LN2: f64 = std::f64::consts::LOG2_E; // 0x3ff71547_652b82fe
    pub const P1: f64 = 1.66666666666666019037e-01; // 0x3fc55555_5555553e
    pub const P2: f64 = -2.77777777770155933842e-03; // 0xbf66c16c_16bebd93
    pub const P3: f64 = 6.61375632143793436117e-05; // 0x3f11566a_af25de2c
    pub const P4: f64 = -1.65339022054652515390e-06; // 0xbebbbd41_c5d26bf1
    pub const P5: f64 = 4.13813679705723846039e-08; // 0x3e663769_72bea4d0
    pub const OVERFLOW: f64 = 709.782712893383973096;
    pub const UNDERFLOW: f64 = -745.13321910194110842;
}
use constants::*;

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
        if x > OVERFLOW {
            return f64::INFINITY;
        }
        if x < UNDERFLOW {
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
    fn constants_have_musls_bits() {
        use super::constants::*;
        let bits = [LN2_HI, LN2_LO, INV_LN2, P1, P2, P3, P4, P5].map(f64::to_bits);
        let musl = [
            0x3fe6_2e42_fee0_0000,
            0x3dea_39ef_3579_3c76,
            0x3ff7_1547_652b_82fe,
            0x3fc5_5555_5555_553e,
            0xbf66_c16c_16be_bd93,
            0x3f11_566a_af25_de2c,
            0xbebb_bd41_c5d2_6bf1,
            0x3e66_3769_72be_a4d0,
        ];
        assert_eq!(bits, musl);
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

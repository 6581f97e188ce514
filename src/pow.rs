//! The one function of the C maths library the binary calls: `pow` (`f64::powf`, in
//! indicatif's rate and ETA estimates). Defined here from the pure-Rust `libm` crate,
//! the link needs nothing from libm.so, and the dynamic loader no longer opens, maps and
//! relocates it at every start (about 0.1 ms of each run, measured on a hello-world
//! with and without it). Only for the GNU C library on Linux, where libm is a library
//! of its own; a call into it from any other library still finds its own.

/// `x` raised to the power `y`, as C's `pow`.
#[unsafe(no_mangle)]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

#[cfg(test)]
mod tests {
    #[test]
    fn it_is_cs_pow() {
        assert_eq!(super::pow(2.0, 10.0), 1024.0);
        assert_eq!(super::pow(9.0, 0.5), 3.0);
        assert!(super::pow(-1.0, 0.5).is_nan());
        assert_eq!(std::hint::black_box(1.5f64).powf(2.0), 2.25);
    }
}

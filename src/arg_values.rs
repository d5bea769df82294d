//! Parsers of flag values the commands share, each refusing what the option cannot mean with a
//! message clap prints beside the flag.

pub fn non_negative_f64(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v >= 0.0 && v.is_finite() => Ok(v),
        _ => Err(format!("'{s}' is not a number >= 0")),
    }
}

pub fn positive_f64(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v.is_finite() => Ok(v),
        _ => Err(format!("'{s}' is not a positive number")),
    }
}

/// A fraction in [0, 1).
pub fn unit_fraction(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..1.0).contains(&v) => Ok(v),
        _ => Err(format!("'{s}' is not a fraction in [0, 1)")),
    }
}

/// The smallest area fraction a random-resized crop may keep.
pub fn area_fraction(s: &str) -> Result<f64, String> {
    crate::augment::Augment::check_crop_area(s.parse::<f64>().map_err(|_| format!("'{s}' is not a number"))?)
}

//! Durations on the command line: `500ms`, `90s`, `5m`, `2h`, `1d`, combined (`1h30m`),
//! or a bare number of seconds.

use std::time::Duration;

/// Parses a duration; the error names the bad value and shows the accepted forms.
pub fn parse(value: &str) -> Result<Duration, String> {
    let text = value.trim();
    let bad = || format!("'{value}' is not a duration (e.g. 500ms, 90s, 5m, 2h, 1h30m)");
    if text.is_empty() {
        return Err(bad());
    }
    if let Ok(seconds) = text.parse::<f64>() {
        return if seconds >= 0.0 && seconds.is_finite() && seconds < 1e9 {
            Ok(Duration::from_secs_f64(seconds))
        } else {
            Err(bad())
        };
    }
    let mut total = Duration::ZERO;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(bad)?;
        if digits == 0 {
            return Err(bad());
        }
        let number: f64 = rest[..digits].parse().map_err(|_| bad())?;
        rest = &rest[digits..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let seconds_per_unit = match &rest[..unit_len] {
            "ms" => 0.001,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            "d" => 86_400.0,
            _ => return Err(bad()),
        };
        rest = &rest[unit_len..];
        let part = number * seconds_per_unit;
        if !part.is_finite() || part >= 1e9 {
            return Err(bad());
        }
        total += Duration::from_secs_f64(part);
    }
    Ok(total)
}

/// A compact human form: `45s`, `2m48s`, `1h05m`, `3d4h`.
pub fn human(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0 if d.subsec_millis() > 0 => format!("{}ms", d.as_millis()),
        0..=59 => format!("{s}s"),
        60..=3599 => format!("{}m{:02}s", s / 60, s % 60),
        3600..=86_399 => format!("{}h{:02}m", s / 3600, (s % 3600) / 60),
        _ => format!("{}d{}h", s / 86_400, (s % 86_400) / 3600),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_forms() {
        let ms = Duration::from_millis;
        assert_eq!(parse("500ms"), Ok(ms(500)));
        assert_eq!(parse("90s"), Ok(ms(90_000)));
        assert_eq!(parse("5m"), Ok(ms(300_000)));
        assert_eq!(parse("2h"), Ok(ms(7_200_000)));
        assert_eq!(parse("1h30m"), Ok(ms(5_400_000)));
        assert_eq!(parse("1.5s"), Ok(ms(1500)));
        assert_eq!(parse("10"), Ok(ms(10_000)));
        assert_eq!(parse(" 0 "), Ok(ms(0)));
    }

    #[test]
    fn rejected_forms_name_the_value() {
        for bad in ["", "s", "5x", "-1", "5 m", "m5", "1e12", "10sec", "nan"] {
            let err = parse(bad).unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{bad}: {err}");
        }
    }

    #[test]
    fn human_form() {
        let s = Duration::from_secs;
        assert_eq!(human(s(45)), "45s");
        assert_eq!(human(Duration::from_millis(300)), "300ms");
        assert_eq!(human(s(168)), "2m48s");
        assert_eq!(human(s(3900)), "1h05m");
        assert_eq!(human(s(3 * 86_400 + 4 * 3600)), "3d4h");
    }
}

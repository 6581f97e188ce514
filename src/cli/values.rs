//! Value parsers that also know their values, so the completion scripts (all five shells)
//! offer states, columns, regions, zones and action names instead of file names, while
//! parsing keeps its own checks and messages (case-insensitive states, did-you-mean…).

use clap::builder::{PossibleValue, TypedValueParser};

/// A parser function plus the values completions offer.
#[derive(Clone)]
pub struct Known<T: Clone + Send + Sync + 'static> {
    values: fn() -> Vec<&'static str>,
    parse: fn(&str) -> Result<T, String>,
}

impl<T: Clone + Send + Sync + 'static> Known<T> {
    pub fn new(values: fn() -> Vec<&'static str>, parse: fn(&str) -> Result<T, String>) -> Self {
        Known { values, parse }
    }
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Known<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_str().ok_or_else(|| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidUtf8,
                "the value is not valid UTF-8\n",
            )
            .with_cmd(cmd)
        })?;
        (self.parse)(text).map_err(|message| {
            let name = arg.map(|a| a.to_string()).unwrap_or_default();
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("invalid value '{text}' for '{name}': {message}\n"),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            (self.values)().into_iter().map(PossibleValue::new),
        ))
    }
}

/// The eight job states.
pub fn states() -> Vec<&'static str> {
    crate::transport::envelope::JOB_STATES.to_vec()
}

/// `--columns`: the csv names.
pub fn columns() -> Vec<&'static str> {
    crate::output::Column::ALL
        .iter()
        .map(|c| c.name())
        .collect()
}

/// The known regions.
pub fn regions() -> Vec<&'static str> {
    batch_api::regions::KNOWN_REGIONS.to_vec()
}

/// The known availability zones.
pub fn zones() -> Vec<&'static str> {
    batch_api::regions::ZONES
        .iter()
        .flat_map(|(_, zones)| zones.iter().copied())
        .collect()
}

/// The keys of `config set|get|unset`.
pub fn config_keys() -> Vec<&'static str> {
    crate::domain::defaults::Key::names()
}

/// A key of `config set|get|unset`.
pub fn parse_config_key(value: &str) -> Result<crate::domain::defaults::Key, String> {
    crate::domain::defaults::Key::parse(value).map_err(|_| {
        format!(
            "not a config key; the keys are {}",
            crate::domain::defaults::Key::names().join(", ")
        )
    })
}

/// A value of a default's flag (`run --image`, `--instance-type`…), checked by the same
/// rule as `config set` takes it.
fn default_value(key: crate::domain::defaults::Key, value: &str) -> Result<String, String> {
    let rules = crate::domain::defaults::Rules {
        formats: crate::cli::config::format_names(),
    };
    crate::domain::defaults::check(key, value, &rules)
}

/// `--image`: an image ID (`img-…`).
pub fn parse_image(value: &str) -> Result<String, String> {
    default_value(crate::domain::defaults::Key::Image, value)
}

/// `--instance-type`: FAMILY.SIZE (`S5.MEDIUM2`).
pub fn parse_instance_type(value: &str) -> Result<String, String> {
    default_value(crate::domain::defaults::Key::InstanceType, value)
}

/// A compute environment ID (`env-…`), as the `compute-env` default holds it.
pub fn parse_compute_env(value: &str) -> Result<String, String> {
    default_value(crate::domain::defaults::Key::ComputeEnv, value)
}

/// Compute environments' resource types (`envs list --resource-type`): cloud servers
/// and bare-metal ones.
pub fn resource_types() -> Vec<&'static str> {
    vec!["CVM", "CPM"]
}

/// Instance charge types (`catalog zone-configs --charge-type`).
pub fn charge_types() -> Vec<&'static str> {
    vec!["POSTPAID_BY_HOUR", "SPOTPAID", "PREPAID", "CDHPAID"]
}

/// The 30 actions of the API.
pub fn actions() -> Vec<&'static str> {
    batch_api::actions().iter().map(|a| a.name).collect()
}

/// Any text that is not blank.
pub fn non_empty(value: &str) -> Result<String, String> {
    if value.trim().is_empty() {
        Err("the value is empty".to_string())
    } else {
        Ok(value.to_string())
    }
}

/// Any text (the service says whether it knows it).
pub fn any(value: &str) -> Result<String, String> {
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_flags_take_what_config_set_takes() {
        assert_eq!(parse_image("img-eb30mz89").unwrap(), "img-eb30mz89");
        assert!(parse_image("ubuntu").unwrap_err().contains("img-"));
        assert!(parse_instance_type("S5.MEDIUM2").is_ok());
        assert!(parse_instance_type("medium").is_err());
        assert!(parse_compute_env("env-4gmc9rbd").is_ok());
        assert!(parse_compute_env("env-").is_err());
        assert!(parse_config_key("zone").is_ok());
        assert!(
            parse_config_key("zones")
                .unwrap_err()
                .contains("instance-type")
        );
    }
}

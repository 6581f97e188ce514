//! `batchctl config set|get|unset KEY [VALUE]`: the defaults batchctl keeps per profile in
//! its own config file (`domain::defaults`). These are the only commands that write it;
//! a bad key or value is a usage error (exit 2) and leaves the file as it was. `get`
//! prints the stored value, or exits 1 printing nothing when there is none, as
//! `git config` does, so `batchctl config get zone || …` reads naturally in scripts.

use std::io::Write;

use crate::cli::config::{Config, format_names};
use crate::cli::{ConfigKeyArg, ConfigSetArgs, Origin};
use crate::domain::defaults::{self, Key, Rules};
use crate::transport::credentials::tccli;
use crate::transport::error::{Error, printable};

/// `config set KEY VALUE`.
pub fn set(config: &Config, args: &ConfigSetArgs) -> Result<(), Error> {
    let key = args.key;
    let rules = Rules {
        formats: format_names(),
    };
    let value = defaults::check(key, &args.value, &rules).map_err(|why| {
        Error::usage(format!(
            "invalid value '{}' for {key}: {why}",
            printable(&args.value)
        ))
    })?;
    let profile = &config.profile.name;
    if key == Key::Zone
        && let Some((region, from)) = region_in_effect(config)
    {
        defaults::zone_in_region(&value, &"the command line", &region, &from)?;
    }
    let mut file = config.defaults.file().clone();
    if key == Key::Region
        && let Some(zone) = file.get(profile, Key::Zone)
        && !batch_api::regions::zone_in_region(zone, &value)
    {
        super::notes(config).warning(&format!(
            "the profile's zone '{zone}' is not in {value}: set a zone of {value} with `batchctl config set zone ZONE`"
        ));
    }
    file.set(profile, key, value);
    file.save()
}

/// `config get KEY`: the profile's stored value on stdout; exit 1 and nothing printed when
/// the profile holds none.
pub fn get(config: &Config, args: &ConfigKeyArg) -> Result<(), Error> {
    match config.defaults.file().get(&config.profile.name, args.key) {
        Some(value) => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", printable(value))?;
            out.flush()?;
            Ok(())
        }
        None => Err(Error::QuietExit(1)),
    }
}

/// `config unset KEY`: removes it from the profile; the file is written only when it
/// changes.
pub fn unset(config: &Config, args: &ConfigKeyArg) -> Result<(), Error> {
    let mut file = config.defaults.file().clone();
    if file.unset(&config.profile.name, args.key) {
        file.save()?;
    }
    Ok(())
}

/// The region a zone is checked against, and where it came from: `--region`,
/// `TENCENTCLOUD_REGION`, the config file, or the profile's tccli configure file; `None`
/// when none names one (then a zone of any known region is taken).
fn region_in_effect(config: &Config) -> Option<(String, String)> {
    if let Some(region) = &config.transport.region {
        return Some((region.clone(), region_origin(config)));
    }
    let home = config.env.present("HOME")?;
    let path = tccli::configure_path(home.as_ref(), &config.profile.name);
    // Read as credentials are: regular files only, at most 1 MiB.
    let text = crate::transport::credentials::read_file(&path)
        .ok()
        .flatten()?;
    let region = tccli::parse_region(&text).ok().flatten()?;
    Some((region, path.display().to_string()))
}

/// Where the configuration's region came from, for messages.
pub fn region_origin(config: &Config) -> String {
    match config.origins.region {
        Origin::CommandLine => "--region".to_string(),
        Origin::Env => "TENCENTCLOUD_REGION".to_string(),
        Origin::ConfigFile => config_file_origin(config),
        Origin::Unset => "the profile".to_string(),
    }
}

/// The config file's profile table, as a source: `PATH [PROFILE]`.
pub fn config_file_origin(config: &Config) -> String {
    match config.defaults.file().path() {
        Some(path) => format!("{} [{}]", path.display(), printable(&config.profile.name)),
        None => "the config file".to_string(),
    }
}

//! The man pages checked into `man/` are the ones clap_mangen generates from the same
//! command-line definition as `--help`: one for `batchctl`, one per subcommand.
//! Regenerate with: `BATCHCTL_UPDATE_MAN=1 cargo test --test it man::`.

use clap::CommandFactory;

/// Every (file name, page) pair: `batchctl.1`, `batchctl-jobs-describe.1`, …
fn pages() -> Vec<(String, String)> {
    // The plain version: a page must not go stale at every commit.
    // Each command's page lists the globals it takes, as its `--help` does.
    let command = batchctl::cli::hide_refused_globals(
        batchctl::cli::Cli::command().version(env!("CARGO_PKG_VERSION")),
    );
    let mut out = Vec::new();
    collect(&command, "batchctl", &mut out);
    out
}

fn collect(command: &clap::Command, name: &str, out: &mut Vec<(String, String)>) {
    let mut page = Vec::new();
    // clap names need a static str; a handful leaked in a test is fine.
    let static_name: &'static str = Box::leak(name.to_string().into_boxed_str());
    clap_mangen::Man::new(command.clone().name(static_name))
        .render(&mut page)
        .expect("renders");
    out.push((format!("{name}.1"), String::from_utf8(page).expect("UTF-8")));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        collect(sub, &format!("{name}-{}", sub.get_name()), out);
    }
}

#[test]
fn checked_in_man_pages_match_the_definition() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = pages();
    assert!(
        pages
            .iter()
            .any(|(name, _)| name == "batchctl-jobs-describe.1")
    );
    let (_, top) = &pages[0];
    assert!(
        top.contains(".TH batchctl 1") && top.contains("\\-\\-output"),
        "{top}"
    );
    if std::env::var_os("BATCHCTL_UPDATE_MAN").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, page) in &pages {
            std::fs::write(dir.join(name), page).unwrap();
        }
    }
    for (name, page) in &pages {
        let checked_in = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            &checked_in == page,
            "man/{name} is stale: run BATCHCTL_UPDATE_MAN=1 cargo test --test it man::"
        );
    }
}

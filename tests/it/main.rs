//! The integration tests, as one test binary: each file here is a module of it, so the
//! product is linked once for all of them instead of once per file (as ripgrep, uv and
//! jj do). Shared helpers are in `common`; fixtures stay in `tests/fixtures/`.
//!
//! A new file must be declared below.

mod common;

mod adopt_tables;
mod api_emulator;
mod api_examples;
mod api_pacing;
mod api_params;
mod api_retries;
mod catalog;
mod completions;
mod config_defaults;
mod credentials;
mod decoder_props;
mod describe_errors;
mod describe_output;
mod describe_selection;
mod describe_watch;
mod emulator_fds;
mod emulator_serve;
mod envs_commands;
mod envs_loop;
mod exec_local;
mod first_contact;
mod follow;
mod help;
mod hostile;
mod hostile_inputs;
mod hostile_terminal;
mod jobs_act;
mod jobs_graph;
mod jobs_loop;
mod jobs_read;
mod jobs_submit;
mod jobs_timeline;
mod jobs_usage;
mod man;
mod manners;
mod notes;
mod output_query;
mod output_yaml;
mod readme;
mod resilience;
mod run;
mod signing_vectors;
mod table_fit;
mod templates_commands;
mod top;
mod wait;
mod wait_manners;

use std::collections::BTreeSet;
use std::path::Path;

/// Every `.rs` file under `tests/it/` is a module of this binary (a file nobody declares
/// is never compiled, so its tests would silently never run), and no test binary of its
/// own (`tests/*.rs`, `tests/*/main.rs`) has come back beside it.
#[test]
fn every_test_file_is_declared_as_a_module() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let problems = unbuilt(&tests);
    assert!(
        problems.is_empty(),
        "test files the test binary does not include:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_module_check_names_each_file_left_out() {
    let tests = tempfile::tempdir().unwrap();
    let it = tests.path().join("it");
    for dir in ["common", "loose", "other"] {
        std::fs::create_dir_all(it.join(dir)).unwrap();
    }
    let files = [
        ("main.rs", "mod common;\npub mod kept;\nmod inline {}\n"),
        ("kept.rs", ""),
        ("forgotten.rs", ""),
        ("inline.rs", ""),
        ("common/mod.rs", "pub mod declared;\n"),
        ("common/declared.rs", ""),
        ("common/helper.rs", ""),
        ("loose/a.rs", ""),
    ];
    for (file, text) in files {
        std::fs::write(it.join(file), text).unwrap();
    }
    std::fs::write(tests.path().join("stray.rs"), "").unwrap();
    std::fs::write(it.join("other/main.rs"), "").unwrap();
    std::fs::create_dir_all(tests.path().join("apart")).unwrap();
    std::fs::write(tests.path().join("apart/main.rs"), "").unwrap();

    let problems = unbuilt(tests.path());
    let named = |file: &str| problems.iter().any(|p| p.starts_with(file));
    for file in [
        "tests/it/forgotten.rs ",
        "tests/it/inline.rs ",
        "tests/it/common/helper.rs ",
        "tests/it/loose/ ",
        "tests/it/other/ ",
        "tests/stray.rs ",
        "tests/apart/main.rs ",
    ] {
        assert!(named(file), "{file}not named: {problems:#?}");
    }
    assert_eq!(problems.len(), 7, "{problems:#?}");
}

/// What cargo would not build into this binary under `tests` (the folder): each file
/// under `it/` that no module declares, and each test binary of its own beside `it/`.
fn unbuilt(tests: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let it = tests.join("it");
    undeclared(tests, &it.join("main.rs"), &it, &mut problems);
    let mut entries: Vec<_> = std::fs::read_dir(tests)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let own_main = path.join("main.rs");
        if path.extension().is_some_and(|e| e == "rs") {
            problems.push(format!(
                "{} is a test binary of its own: move it to tests/it/ and declare it in main.rs",
                shown(tests, &path)
            ));
        } else if path != it && own_main.is_file() {
            problems.push(format!(
                "{} is a test binary of its own: move its files to tests/it/",
                shown(tests, &own_main)
            ));
        }
    }
    problems
}

/// Adds to `problems` each file in `dir` (the folder of `module`'s submodules) that
/// `module` does not declare, and goes on down the folders it does.
fn undeclared(tests: &Path, module: &Path, dir: &Path, problems: &mut Vec<String>) {
    let declared = declared(module);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            let own = path.join("mod.rs");
            let beside = dir.join(format!("{name}.rs"));
            if !declared.contains(&name) {
                problems.push(format!(
                    "{}/ is not a module: add `mod {name};` to {}",
                    shown(tests, &path),
                    shown(tests, module)
                ));
            } else if own.is_file() {
                undeclared(tests, &own, &path, problems);
            } else if beside.is_file() {
                undeclared(tests, &beside, &path, problems);
            }
        } else if path != module
            && let Some(stem) = name.strip_suffix(".rs")
            && !declared.contains(stem)
        {
            problems.push(format!(
                "{} is not a module: add `mod {stem};` to {}",
                shown(tests, &path),
                shown(tests, module)
            ));
        }
    }
}

/// The modules `module` declares from files: `mod name;`, `pub mod name;`, ….
fn declared(module: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(module).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line
                .strip_prefix("pub ")
                .or_else(|| line.strip_prefix("pub(crate) "))
                .unwrap_or(line);
            let name = rest.strip_prefix("mod ")?.strip_suffix(';')?.trim();
            Some(name.to_string())
        })
        .collect()
}

/// `path` as `tests/…`.
fn shown(tests: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(tests).unwrap_or(path);
    format!("tests/{}", relative.display())
}

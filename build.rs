//! Build script: records the commit and target for `batchctl --version`. Without git or
//! a `.git` (a source tarball), the commit is `unknown`; the build never fails for it.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}

fn main() {
    let commit = git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=BATCHCTL_COMMIT={commit}");
    let target = std::env::var("TARGET").unwrap_or_else(|_| "unknown".into());
    println!("cargo:rustc-env=BATCHCTL_TARGET={target}");
    println!("cargo:rerun-if-changed=build.rs");
    pack_relative_relocations();
    static_unwinder();
    // Rebuild when HEAD moves (a commit, a checkout), wherever the git directory is.
    for path in ["HEAD"] {
        if let Some(file) = git(&["rev-parse", "--git-path", path]) {
            println!("cargo:rerun-if-changed={file}");
        }
    }
    if let Some(head_ref) = git(&["symbolic-ref", "-q", "HEAD"])
        && let Some(file) = git(&["rev-parse", "--git-path", &head_ref])
    {
        println!("cargo:rerun-if-changed={file}");
    }
}

/// Links the GCC unwinder (`libgcc_eh.a`, what std's panics and backtraces call) into
/// the binary rather than loading `libgcc_s.so.1` at every start: the loader then opens,
/// maps and relocates one library less (about 0.1-0.2 ms of each run: a Rust hello-world
/// 1.14 vs 0.92-0.97 ms median). The whole archive goes in ahead of std's `-lgcc_s`, which
/// `--as-needed` then drops, as nothing is left for it to define. Only on Linux with glibc
/// when a C program links with it; `BATCHCTL_NO_STATIC_UNWINDER=1` turns it off.
fn static_unwinder() {
    if !native_linux_gnu("BATCHCTL_NO_STATIC_UNWINDER") {
        return;
    }
    let linked = links_with(
        "unwind_probe",
        &["-Wl,--whole-archive", "-lgcc_eh", "-Wl,--no-whole-archive"],
    );
    if linked {
        println!("cargo:rustc-link-lib=static:+whole-archive,-bundle=gcc_eh");
    }
}

/// Whether the build is for Linux with glibc on that same machine (its C compiler is the
/// one that links), and `opt_out` is not set.
fn native_linux_gnu(opt_out: &str) -> bool {
    println!("cargo:rerun-if-env-changed={opt_out}");
    let target = std::env::var("TARGET").unwrap_or_default();
    let host = std::env::var("HOST").unwrap_or_default();
    std::env::var_os(opt_out).is_none() && target.contains("linux-gnu") && target == host
}

/// Whether an empty C program links with `flags`, without a word on stderr.
fn links_with(name: &str, flags: &[&str]) -> bool {
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        return false;
    };
    let dir = std::path::PathBuf::from(out_dir);
    let source = dir.join(format!("{name}.c"));
    if std::fs::write(&source, "int main(void) { return 0; }\n").is_err() {
        return false;
    }
    Command::new("cc")
        .arg(&source)
        .arg("-o")
        .arg(dir.join(name))
        .args(flags)
        .output()
        .is_ok_and(|out| out.status.success() && out.stderr.is_empty())
}

/// The binary's ~10,000 relative relocations packed as DT_RELR (`-z pack-relative-relocs`)
/// rather than as 24-byte RELA entries: some 230 KB less to map and read at every start,
/// and as many bytes off the binary. Only on Linux with GNU ld or lld that take the flag
/// (a link of an empty C program with it is tried first); GNU ld packs them only when the
/// C library it links against (glibc 2.36 or later) can unpack them.
/// `BATCHCTL_NO_PACKED_RELOCS=1` turns it off.
fn pack_relative_relocations() {
    if !native_linux_gnu("BATCHCTL_NO_PACKED_RELOCS") {
        return;
    }
    let linked = links_with("relr_probe", &["-Wl,-z,pack-relative-relocs"]);
    if linked {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

//! Support for the black-box suites: where the built binaries are, and running the CLI with a
//! clean environment.
// Test support: a failed expectation here is a failing test, so unwrap/expect are allowed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace's target folder (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
    }
}

/// A binary built by `cargo build` (debug profile), e.g. `ibis-cli` or `ibis`.
pub fn binary(name: &str) -> PathBuf {
    let path = target_dir().join("debug").join(name);
    assert!(
        path.exists(),
        "{} is missing: run `cargo build --workspace` first (make test does)",
        path.display()
    );
    path
}

/// One `ibis-cli` run: exit code, stdout, stderr.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(out: Output) -> Self {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// Runs `ibis-cli` on `vault` with `env` (and nothing of the caller's IBIS_* variables).
pub fn cli(vault: &Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut command = Command::new(binary("ibis-cli"));
    for var in [
        "IBIS_VAULT",
        "IBIS_PASSPHRASE",
        "IBIS_NEW_PASSPHRASE",
        "IBIS_RECOVERY_KEY",
    ] {
        command.env_remove(var);
    }
    command
        .arg("--vault")
        .arg(vault)
        .args(args)
        .envs(env.iter().copied());
    let output = command.output().expect("ibis-cli runs");
    Run::from(output)
}

/// Every file in `dir` with its bytes, sorted by name (to prove a folder did not change).
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("readable folder")
        .flatten()
        .map(|e| {
            let bytes = std::fs::read(e.path()).expect("readable file");
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    files.sort();
    files
}

//! `ibis-cli`: the administrator's command line over ibis-core. Dutch messages on stderr,
//! machine-readable output (`--json`) on stdout, and fixed exit codes:
//! 0 ok, 2 usage, 3 wrong passphrase, 4 vault damaged or unreadable, 5 not found,
//! 6 invalid input. No GUI libraries.

mod absence;
mod args;
mod attachment;
mod dispute;
mod enrolment;
mod exit;
mod hearing;
mod opp;
mod run;
mod secrets;
mod template;
mod tlv;
mod today;

use clap::Parser;

fn main() {
    let args = args::Cli::parse();
    let clock = ibis_core::clock::SystemClock::new();
    match run::run(args, &clock) {
        Ok(()) => {}
        Err(failure) => {
            eprintln!("{}", failure.message);
            std::process::exit(failure.code);
        }
    }
}

//! The native command line (`hashiya annotate`), per `docs/cli-contract.md`.
//! Offsets in its output are Unicode code points.

mod annotate;
mod jsonl;
mod ordered;
mod surrogates;

use std::process::ExitCode;

pub use annotate::annotate_command;

pub const USAGE: &str = "\
hashiya: people, organisations, places and quotes in Arabic and English news

usage:
  hashiya annotate [--lang auto|ar|en] [FILE|-]     one plain-text document -> one JSON object
  hashiya annotate --jsonl [--lang auto|ar|en] [--keep-going] [--jobs N] [FILE|-]
                                                    JSON Lines {\"id\",\"text\",\"lang\"?} -> JSON Lines,
                                                    in input order, on N threads (default: one per core)
  hashiya train --lang ar|en --data FILE.conll [--dev FILE | --dev-tail PCT] [--gazetteers DIR]... --out FILE
  hashiya eval FILE.conll [--lang ar|en] [--dev-tail PCT] [--model FILE]
  hashiya eval-quotes DIR [--show-errors] [--no-entities]
                                                    direct quotes and speakers against PolNeAR (DIR: text/, attributions/)
  hashiya --help | --version

Offsets are Unicode code points into the input text, end exclusive.
With --jsonl a bad line stops the run (exit 1) after the results of the lines before it;
--keep-going reports it on stderr and goes on.";

/// A failure to report: the message goes to stderr and the code is the exit status.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub code: u8,
}

impl CliError {
    /// Bad input data (exit 1).
    pub fn input(message: impl Into<String>) -> CliError {
        CliError { message: message.into(), code: 1 }
    }

    /// A wrong command line (exit 2).
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError { message: format!("{}\n\n{USAGE}", message.into()), code: 2 }
    }
}

/// Runs the CLI with `args` (without the program name) and returns the exit status.
pub fn run(args: &[String]) -> ExitCode {
    // `hashiya annotate --help` asks for help, not for a file called --help.
    let asks_help = args.iter().skip(1).any(|a| a == "-h" || a == "--help");
    let result = match args.first().map(String::as_str) {
        Some(_) if asks_help => {
            println!("{USAGE}");
            Ok(())
        }
        Some("annotate") => annotate_command(&args[1..]),
        Some("train") => crate::ner::train_command(&args[1..]).map_err(CliError::input),
        Some("eval") => crate::ner::eval_command(&args[1..]).map_err(CliError::input),
        Some("eval-quotes") => crate::quotes::eval::eval_command(&args[1..]).map_err(CliError::input),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("hashiya {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some(other) => Err(CliError::usage(format!("unknown command {other:?}"))),
        None => Err(CliError::usage("no command given")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("hashiya: {}", error.message);
            ExitCode::from(error.code)
        }
    }
}

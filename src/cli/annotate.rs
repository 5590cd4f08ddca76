//! `hashiya annotate`: arguments, single-document mode, and output writing.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};

use super::jsonl;
use super::CliError;
use crate::{annotate, LangChoice, Options, Output, Unit};

struct Args {
    lang: LangChoice,
    jsonl: bool,
    keep_going: bool,
    /// Worker threads for `--jsonl`.
    jobs: usize,
    input: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, CliError> {
    let all_cores = std::thread::available_parallelism().map_or(1, usize::from);
    let mut parsed = Args { lang: LangChoice::Auto, jsonl: false, keep_going: false, jobs: all_cores, input: None };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--jsonl" => parsed.jsonl = true,
            "--keep-going" => parsed.keep_going = true,
            "--lang" => {
                let value = rest.next().ok_or_else(|| CliError::usage("--lang needs a value: auto, ar or en"))?;
                parsed.lang = parse_lang(value)?;
            }
            _ if arg.starts_with("--lang=") => parsed.lang = parse_lang(&arg["--lang=".len()..])?,
            "--jobs" | "-j" => {
                let value = rest.next().ok_or_else(|| CliError::usage("--jobs needs a number of threads"))?;
                parsed.jobs = parse_jobs(value, all_cores)?;
            }
            "-" => parsed.input = Some(arg.clone()),
            _ if arg.starts_with('-') => return Err(CliError::usage(format!("unknown option {arg:?}"))),
            _ if parsed.input.is_none() => parsed.input = Some(arg.clone()),
            _ => return Err(CliError::usage(format!("more than one input file ({arg:?})"))),
        }
    }
    Ok(parsed)
}

fn parse_lang(value: &str) -> Result<LangChoice, CliError> {
    LangChoice::parse(value).ok_or_else(|| CliError::usage(format!("--lang must be auto, ar or en, not {value:?}")))
}

/// A thread count; 0 means one per core.
fn parse_jobs(value: &str, all_cores: usize) -> Result<usize, CliError> {
    match value.parse::<usize>() {
        Ok(0) => Ok(all_cores),
        Ok(n) => Ok(n.min(256)),
        Err(_) => Err(CliError::usage(format!("--jobs must be a whole number, not {value:?}"))),
    }
}

fn open_input(input: Option<&str>) -> Result<Box<dyn BufRead>, CliError> {
    match input {
        None | Some("-") => Ok(Box::new(BufReader::new(io::stdin().lock()))),
        Some(path) => {
            let file = File::open(path).map_err(|e| CliError::input(format!("cannot open {path}: {e}")))?;
            Ok(Box::new(BufReader::new(file)))
        }
    }
}

/// Writes one JSON value and a newline.
fn write_json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> Result<(), CliError> {
    let mut line = serde_json::to_vec(value).map_err(|e| CliError::input(format!("cannot write output: {e}")))?;
    line.push(b'\n');
    write_line(out, &line)
}

/// Writes one finished output line. A closed pipe (`| head`) ends the run quietly.
pub(super) fn write_line(out: &mut impl Write, line: &[u8]) -> Result<(), CliError> {
    out.write_all(line).map_err(|e| match e.kind() {
        io::ErrorKind::BrokenPipe => CliError { message: "output closed".into(), code: 0 },
        _ => CliError::input(format!("cannot write output: {e}")),
    })
}

/// Where invalid UTF-8 starts, as a 1-based line and the byte offset in the input.
fn utf8_error_message(bytes: &[u8], error: std::str::Utf8Error) -> String {
    let at = error.valid_up_to();
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    format!("input is not valid UTF-8: line {line}, byte offset {at}")
}

pub fn annotate_command(args: &[String]) -> Result<(), CliError> {
    let args = parse_args(args)?;
    let input = open_input(args.input.as_deref())?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = if args.jsonl {
        jsonl::run(input, &mut out, args.lang, args.keep_going, args.jobs)
    } else {
        single(input, &mut out, args.lang)
    };
    // Flush what was written even when a later line failed: earlier results are kept.
    let flushed = out.flush();
    match result {
        Err(e) if e.code == 0 => Ok(()),
        Err(e) => Err(e),
        Ok(()) => flushed.or_else(|e| match e.kind() {
            io::ErrorKind::BrokenPipe => Ok(()),
            _ => Err(CliError::input(format!("cannot write output: {e}"))),
        }),
    }
}

fn single(mut input: Box<dyn BufRead>, out: &mut impl Write, lang: LangChoice) -> Result<(), CliError> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| CliError::input(format!("cannot read input: {e}")))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| CliError::input(utf8_error_message(&bytes, e)))?;
    let found = annotate(text, &Options::new().with_lang(lang));
    write_json(out, &Output::new(text, &found, Unit::CodePoint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_the_line_of_invalid_utf8() {
        let bytes = std::hint::black_box(&b"ok\nstill ok\nbad \xff here"[..]);
        let error = std::str::from_utf8(bytes).unwrap_err();
        assert_eq!(utf8_error_message(bytes, error), "input is not valid UTF-8: line 3, byte offset 16");
    }

    #[test]
    fn parses_options() {
        let args: Vec<String> = ["--jsonl", "--lang", "ar", "in.jsonl"].iter().map(|s| s.to_string()).collect();
        let parsed = parse_args(&args).unwrap_or_else(|e| panic!("{}", e.message));
        assert!(parsed.jsonl && parsed.input.as_deref() == Some("in.jsonl"));
        assert_eq!(parsed.lang, LangChoice::parse("ar").unwrap());
        let jobs: Vec<String> = ["--jsonl", "-j", "3"].iter().map(|s| s.to_string()).collect();
        assert_eq!(parse_args(&jobs).map(|a| a.jobs).ok(), Some(3));
        for bad in [&["--lang", "fr"][..], &["--lang"], &["--frobnicate"], &["a", "b"], &["--jobs", "many"], &["-j"]] {
            let args: Vec<String> = bad.iter().map(|s| s.to_string()).collect();
            assert_eq!(parse_args(&args).err().map(|e| e.code), Some(2), "help: {bad:?} should be a usage error");
        }
    }
}

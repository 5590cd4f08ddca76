//! `hashiya annotate --jsonl`: one JSON document per input line, one result per output line,
//! streamed so memory stays bounded by the largest document.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::annotate::write_line;
use super::ordered::for_each_ordered;
use super::surrogates::replace_lone_surrogate_escapes;
use super::CliError;
use crate::{annotate, LangChoice, Options, Output, Unit};

#[derive(Deserialize)]
struct InputLine {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    output: Output,
}

/// Annotates one line; the error says what is wrong with it (the caller adds the line number).
fn annotate_line(line: &[u8], default_lang: LangChoice) -> Result<(serde_json::Value, Output), String> {
    let line =
        std::str::from_utf8(line).map_err(|e| format!("not valid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    // JSON from JavaScript or Python may carry lone surrogates (`"\ud800"`); they become U+FFFD,
    // which keeps every code-point offset where it was.
    let line = replace_lone_surrogate_escapes(line);
    let input: InputLine = serde_json::from_str(&line).map_err(|e| format!("malformed JSON: {e}"))?;
    let lang = match input.lang.as_deref() {
        None => default_lang,
        Some(code) => LangChoice::parse(code)
            .ok_or_else(|| format!("\"lang\" must be \"auto\", \"ar\" or \"en\", not {code:?}"))?,
    };
    let found = annotate(&input.text, &Options::new().with_lang(lang));
    let output = Output::new(&input.text, &found, Unit::CodePoint);
    Ok((input.id, output))
}

/// One input line for a worker, or the read error that ends the input.
enum Item {
    Line(usize, Vec<u8>),
    Unreadable(CliError),
}

/// Annotates each line on `jobs` threads and writes the results in input order.
pub fn run(
    mut input: impl BufRead,
    out: &mut impl Write,
    lang: LangChoice,
    keep_going: bool,
    jobs: usize,
) -> Result<(), CliError> {
    let mut number = 0usize;
    let mut ended = false;
    let lines = std::iter::from_fn(|| {
        while !ended {
            number += 1;
            let mut line = Vec::new();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => ended = true,
                Ok(_) => {
                    let content = line.strip_suffix(b"\n").unwrap_or(&line);
                    let content = content.strip_suffix(b"\r").unwrap_or(content);
                    if !content.iter().all(u8::is_ascii_whitespace) {
                        let length = content.len();
                        line.truncate(length);
                        return Some(Item::Line(number, line));
                    }
                }
                Err(e) => {
                    ended = true;
                    return Some(Item::Unreadable(CliError::input(format!("cannot read input: {e}"))));
                }
            }
        }
        None
    });
    let work = |item: Item| match item {
        Item::Line(number, line) => {
            Ok((number, annotate_line(&line, lang).and_then(|(id, output)| to_json_line(&id, output))))
        }
        Item::Unreadable(error) => Err(error),
    };
    let mut failed = 0usize;
    let sink = |result: Result<(usize, Result<Vec<u8>, String>), CliError>| match result? {
        (_, Ok(json)) => write_line(out, &json),
        (number, Err(message)) if keep_going => {
            failed += 1;
            eprintln!("hashiya: line {number}: {message}");
            Ok(())
        }
        (number, Err(message)) => Err(CliError::input(format!("line {number}: {message}"))),
    };
    for_each_ordered(jobs, lines, work, sink)?;
    match failed {
        0 => Ok(()),
        n => Err(CliError::input(format!("{n} line(s) could not be annotated (see above)"))),
    }
}

/// One result as a JSON line, built on the worker so that serialising runs in parallel too.
fn to_json_line(id: &serde_json::Value, output: Output) -> Result<Vec<u8>, String> {
    let mut json =
        serde_json::to_vec(&OutputLine { id, output }).map_err(|e| format!("cannot write its result: {e}"))?;
    json.push(b'\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &str, keep_going: bool) -> (String, Result<(), CliError>) {
        let mut out = Vec::new();
        let result = run(input.as_bytes(), &mut out, LangChoice::Auto, keep_going, 2);
        (String::from_utf8(out).unwrap(), result)
    }

    #[test]
    fn one_output_line_per_document_in_order() {
        let (out, result) =
            run_on("{\"id\":\"a\",\"text\":\"one\"}\n\n{\"id\":7,\"text\":\"قال\",\"lang\":\"ar\"}\n", false);
        assert!(result.is_ok());
        let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[0]["id"].as_str(), lines[1]["id"].as_i64()), (Some("a"), Some(7)));
        assert_eq!(lines[1]["lang"], "ar");
    }

    #[test]
    fn a_bad_line_keeps_earlier_results_and_names_its_line() {
        let (out, result) =
            run_on("{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"x\"}\n", false);
        assert_eq!(out.lines().count(), 1, "the first document's result is kept");
        let error = result.unwrap_err();
        assert!(error.message.starts_with("line 2: malformed JSON"), "{}", error.message);
        assert_eq!(error.code, 1);
    }

    #[test]
    fn keep_going_skips_bad_lines_but_still_fails() {
        let (out, result) =
            run_on("nonsense\n{\"id\":\"c\",\"text\":\"x\"}\n{\"id\":1,\"text\":\"y\",\"lang\":\"fr\"}\n", true);
        assert_eq!(out.lines().count(), 1);
        assert_eq!(result.unwrap_err().code, 1);
    }

    #[test]
    fn invalid_utf8_on_a_line_is_an_error_with_its_number() {
        let mut out = Vec::new();
        let input: &[u8] = b"{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"\xc3\x28\"}\n";
        let error = run(input, &mut out, LangChoice::Auto, false, 1).unwrap_err();
        assert!(error.message.starts_with("line 2: not valid UTF-8"), "{}", error.message);
    }

    #[test]
    fn lone_surrogates_keep_offsets() {
        let (out, result) = run_on("{\"id\":1,\"text\":\"\\ud800 said \\ud83d\\ude00 ok\"}\n", false);
        assert!(result.is_ok(), "{:?}", result.err().map(|e| e.message));
        let value: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(value["paragraphs"][0]["end"], 11, "U+FFFD, space, said, space, emoji, space, ok");
    }
}

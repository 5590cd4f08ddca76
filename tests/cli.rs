//! The `hashiya` binary against the CLI contract (docs/cli-contract.md).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn hashiya(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("stdout is JSON")
}

/// Every span's offsets are code points: slicing the input by them gives the span's text.
fn assert_code_point_spans(text: &str, value: &serde_json::Value) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |span: &serde_json::Value| -> String {
        let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        chars[s..e].iter().collect()
    };
    for key in ["entities", "quotes"] {
        for span in value[key].as_array().unwrap() {
            assert_eq!(slice(span), span["text"].as_str().unwrap(), "help: {key} span {span}");
        }
    }
    for quote in value["quotes"].as_array().unwrap() {
        if !quote["speaker"].is_null() {
            assert_eq!(slice(&quote["speaker"]), quote["speaker"]["text"].as_str().unwrap());
        }
    }
}

#[test]
fn annotates_one_document_from_stdin_with_the_contract_keys() {
    let text = "😀 Barack Obama told reporters: \"We will not leave Iraq before the job is done,\" in Baghdad.\n";
    let out = hashiya(&["annotate", "-"], text.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let value = json(&out.stdout);
    for key in ["lang", "entities", "quotes", "clusters"] {
        assert!(value.get(key).is_some(), "help: output lacks {key:?}");
    }
    assert_eq!(value["lang"], "en");
    assert_code_point_spans(text, &value);
}

#[test]
fn annotates_the_seed_article_with_code_point_offsets() {
    let text = include_str!("fixtures/seed/article.txt");
    let out = hashiya(&["annotate", "--lang", "auto"], text.as_bytes());
    assert!(out.status.success());
    let value = json(&out.stdout);
    assert_eq!(value["lang"], "ar");
    assert_code_point_spans(text, &value);
}

#[test]
fn invalid_utf8_is_a_clear_error() {
    let out = hashiya(&["annotate"], b"first line\nsecond \xff\xfe line\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not valid UTF-8: line 2"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn jsonl_streams_and_stops_at_a_bad_line_keeping_earlier_results() {
    let input = "{\"id\":\"one\",\"text\":\"The minister said so.\"}\n{\"id\":\"two\",\"text\":\"قال الوزير\",\"lang\":\"ar\"}\n{broken\n{\"id\":\"four\",\"text\":\"x\"}\n";
    let out = hashiya(&["annotate", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["one", "two"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 3: malformed JSON"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["annotate", "--lang", "de"][..], &["frobnicate"], &[]] {
        let out = hashiya(args, b"");
        assert_eq!(out.status.code(), Some(2), "help: args {args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn empty_input_is_an_empty_result() {
    let out = hashiya(&["annotate"], b"");
    assert!(out.status.success());
    let value = json(&out.stdout);
    assert_eq!(value["entities"].as_array().map(Vec::len), Some(0));
    assert_eq!(value["lang"], "und");
}

#[test]
fn help_after_a_command_prints_the_usage_instead_of_reading_a_file() {
    for args in [&["annotate", "--help"][..], &["annotate", "--jsonl", "-h"], &["eval", "--help"]] {
        let out = hashiya(args, b"");
        assert!(out.status.success(), "help: {args:?} exited {:?}", out.status);
        assert!(String::from_utf8_lossy(&out.stdout).contains("hashiya annotate --jsonl"), "help: {args:?}");
    }
}

#[test]
fn jsonl_on_several_threads_writes_the_same_lines_in_input_order() {
    let texts = [
        "Barack Obama met Angela Merkel in Berlin.",
        "قال الكاظمي إن \\\"العراق سيظل يطلب التدريب من الولايات المتحدة\\\".",
        "",
        "Le président a parlé à Paris.",
    ];
    let input: String = (0..60).map(|i| format!("{{\"id\":{i},\"text\":\"{}\"}}\n", texts[i % texts.len()])).collect();
    let one = hashiya(&["annotate", "--jsonl", "--jobs", "1"], input.as_bytes());
    let four = hashiya(&["annotate", "--jsonl", "-j", "4"], input.as_bytes());
    assert!(one.status.success() && four.status.success(), "{}", String::from_utf8_lossy(&four.stderr));
    assert_eq!(String::from_utf8_lossy(&one.stdout), String::from_utf8_lossy(&four.stdout));
    let ids: Vec<i64> =
        four.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(|l| json(l)["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, (0..60).collect::<Vec<i64>>());

    // A bad line in the middle: everything before it, in order, then the error naming it.
    let mut lines: Vec<&str> = input.lines().collect();
    lines[37] = "{\"id\":37,\"text\":";
    let broken = lines.join("\n") + "\n";
    let out = hashiya(&["annotate", "--jsonl", "-j", "4"], broken.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count(), 37);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 38: malformed JSON"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_unnamed_source_is_marked_and_a_named_one_is_not() {
    let text = "\"We will respond to this in due course,\" a senior U.S. official said.\n\
                \"The talks will go on in Paris next week,\" Barack Obama said.";
    let out = hashiya(&["annotate"], text.as_bytes());
    assert!(out.status.success());
    let value = json(&out.stdout);
    let quotes = value["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "{value}");
    assert_eq!(quotes[0]["speaker_name"], "a senior U.S. official");
    assert_eq!(quotes[0]["speaker_unnamed"], true);
    assert!(quotes[0]["speaker_entity"].is_null());
    assert_eq!(quotes[1]["speaker_name"], "Barack Obama");
    // Only present when true, so a named speaker's quote keeps the contract's keys.
    assert!(quotes[1].get("speaker_unnamed").is_none(), "{}", quotes[1]);
    assert_code_point_spans(text, &value);
}

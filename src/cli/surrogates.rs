//! Lone UTF-16 surrogate escapes in JSON input.
//!
//! JSON written from JavaScript or Python strings may contain `\ud800` with no partner.
//! Such a string has no UTF-8 form, so serde_json rejects it; we replace each lone
//! surrogate escape by `\ufffd`, one code point for one, so offsets do not move.

use std::borrow::Cow;

fn surrogate_at(bytes: &[u8], i: usize) -> Option<u16> {
    if bytes.get(i) != Some(&b'\\') || bytes.get(i + 1) != Some(&b'u') {
        return None;
    }
    let hex = std::str::from_utf8(bytes.get(i + 2..i + 6)?).ok()?;
    let unit = u16::from_str_radix(hex, 16).ok()?;
    (0xD800..=0xDFFF).contains(&unit).then_some(unit)
}

/// Replaces lone surrogate escapes (`\uD800`–`\uDFFF` not in a high-low pair) by `\uFFFD`.
pub fn replace_lone_surrogate_escapes(line: &str) -> Cow<'_, str> {
    if !line.contains("\\u") {
        return Cow::Borrowed(line);
    }
    let bytes = line.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(unit) = surrogate_at(bytes, i) else {
            i += 2; // an escape such as \\ or \" is skipped whole
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&unit) && surrogate_at(bytes, i + 6).is_some_and(|low| low >= 0xDC00);
        if paired {
            i += 12;
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(line.len()));
        out.push_str(&line[copied..i]);
        out.push_str("\\ufffd");
        i += 6;
        copied = i;
    }
    match out {
        None => Cow::Borrowed(line),
        Some(mut out) => {
            out.push_str(&line[copied..]);
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_only_lone_surrogates() {
        let cases = [
            (r#""a\ud800b""#, r#""a\ufffdb""#),
            (r#""\udc00""#, r#""\ufffd""#),
            (r#""\ud83d\ude00""#, r#""\ud83d\ude00""#),
            (r#""\ud83d\ud83d\ude00""#, r#""\ufffd\ud83d\ude00""#),
            (r#""\\ud800""#, r#""\\ud800""#),
            (r#""\u0041""#, r#""\u0041""#),
            (r#""\ud80""#, r#""\ud80""#),
        ];
        for (input, want) in cases {
            assert_eq!(replace_lone_surrogate_escapes(input), want, "help: {input}");
        }
    }
}

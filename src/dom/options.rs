//! The JS options object, parsed strictly: a typo is an error, not a silent default.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::annotations::EntityKind;
use crate::lang::Lang;
use crate::options::{LangChoice, Options};

/// How much of a page [`super::api::annotate_page`] reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Only the article body found by [`crate::extract`].
    #[default]
    Article,
    /// All visible text.
    Page,
}

/// Options of `annotatePage`: the core's options plus the scope.
#[derive(Clone, Debug, Default)]
pub struct PageOptions {
    pub core: Options,
    pub scope: Scope,
}

/// Parses `{lang, names, langs}` for `annotateText` and sets the language hints of `langs`
/// (`[[utf16Offset, "fa" | null], ...]`: from that offset of `text` on, the page's `lang`).
pub fn text_options(value: &JsValue, text: &str) -> Result<Options, String> {
    let options = parse(value, &["lang", "names", "langs"])?.core;
    let langs = match value.is_object() {
        true => Reflect::get(value, &"langs".into()).unwrap_or(JsValue::UNDEFINED),
        false => JsValue::UNDEFINED,
    };
    if langs.is_undefined() {
        return Ok(options);
    }
    Ok(options.with_lang_hints(to_bytes(text, parse_langs(&langs)?)))
}

/// `[[offset, tag | null], ...]` with UTF-16 offsets; a tag hashiya does not know means no hint.
fn parse_langs(field: &JsValue) -> Result<Vec<(usize, Option<Lang>)>, String> {
    let bad = || format!("hashiya: option `langs` must be like [[0, \"ar\"], [120, null]], not {field:?}");
    let list = field.dyn_ref::<js_sys::Array>().ok_or_else(bad)?;
    let mut hints = Vec::with_capacity(list.length() as usize);
    for pair in list.iter() {
        let pair = pair.dyn_ref::<js_sys::Array>().ok_or_else(bad)?;
        let offset = pair.get(0).as_f64().filter(|n| n.is_finite() && *n >= 0.0).ok_or_else(bad)? as usize;
        let tag = pair.get(1);
        let lang = match tag.as_string() {
            Some(tag) => Lang::from_tag(&tag),
            None if tag.is_null() || tag.is_undefined() => None,
            None => return Err(bad()),
        };
        hints.push((offset, lang));
    }
    Ok(hints)
}

/// UTF-16 offsets into `text` as byte offsets (sorted first; past the end means the end).
pub fn to_bytes(text: &str, mut hints: Vec<(usize, Option<Lang>)>) -> Vec<(usize, Option<Lang>)> {
    hints.sort_by_key(|&(offset, _)| offset);
    let mut chars = text.char_indices();
    let (mut byte, mut unit) = (0, 0);
    for (offset, _) in &mut hints {
        while unit < *offset {
            match chars.next() {
                Some((_, c)) => {
                    unit += c.len_utf16();
                    byte += c.len_utf8();
                }
                None => break,
            }
        }
        *offset = byte;
    }
    hints
}

/// Parses `{lang, scope, names}` for `annotatePage`.
pub fn page_options(value: &JsValue) -> Result<PageOptions, String> {
    parse(value, &["lang", "scope", "names"])
}

/// `names: {PER: ["..."], ORG: [...], LOC: [...], MISC: [...]}`: the caller's own names.
fn parse_names(field: &JsValue) -> Result<Vec<(EntityKind, String)>, String> {
    let bad = || format!("hashiya: option `names` must be like {{PER: [\"name\", ...], ORG: [...]}}, not {field:?}");
    let object = field.dyn_ref::<Object>().filter(|_| !js_sys::Array::is_array(field)).ok_or_else(bad)?;
    let mut names = Vec::new();
    for key in Object::keys(object).iter() {
        let label = key.as_string().unwrap_or_default();
        let kind = EntityKind::from_label(&label).ok_or_else(|| format!("hashiya: `names`: unknown type `{label}`"))?;
        let list = Reflect::get(object, &key).map_err(|_| bad())?;
        let list = list.dyn_ref::<js_sys::Array>().ok_or_else(bad)?;
        for name in list.iter() {
            names.push((
                kind,
                name.as_string().ok_or_else(|| format!("hashiya: `names.{label}`: {name:?} is not a string"))?,
            ));
        }
    }
    Ok(names)
}

fn parse(value: &JsValue, allowed: &[&str]) -> Result<PageOptions, String> {
    let mut options = PageOptions::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let object = value
        .dyn_ref::<Object>()
        .filter(|_| !js_sys::Array::is_array(value) && !value.is_function())
        .ok_or_else(|| format!("hashiya: options must be an object like {{lang: \"auto\"}}, not {value:?}"))?;
    for key in Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(format!("hashiya: unknown option `{key}` (known options: {})", allowed.join(", ")));
        }
        let field =
            Reflect::get(object, &key.as_str().into()).map_err(|e| format!("hashiya: option `{key}`: {e:?}"))?;
        if field.is_undefined() {
            continue;
        }
        let text = field.as_string();
        match key.as_str() {
            "lang" => {
                let lang = text.as_deref().and_then(LangChoice::parse).ok_or_else(|| {
                    format!("hashiya: option `lang` must be \"auto\", \"ar\" or \"en\", not {field:?}")
                })?;
                options.core = options.core.with_lang(lang);
            }
            "scope" => {
                options.scope = match text.as_deref() {
                    Some("article") => Scope::Article,
                    Some("page") => Scope::Page,
                    _ => return Err(format!("hashiya: option `scope` must be \"article\" or \"page\", not {field:?}")),
                };
            }
            "names" => options.core = options.core.with_extra_names(parse_names(&field)?),
            "langs" => {} // needs the text: see `text_options`
            other => return Err(format!("hashiya: unknown option `{other}`")),
        }
    }
    Ok(options)
}

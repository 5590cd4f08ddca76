//! The JS options object, parsed strictly: a typo is an error, not a silent default.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::annotations::EntityKind;
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

/// Parses `{lang, names}` for `annotateText`.
pub fn text_options(value: &JsValue) -> Result<Options, String> {
    parse(value, &["lang", "names"]).map(|o| o.core)
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
            other => return Err(format!("hashiya: unknown option `{other}`")),
        }
    }
    Ok(options)
}

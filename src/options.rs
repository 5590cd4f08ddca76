//! Settings for [`crate::annotate`].

use crate::annotations::EntityKind;
use crate::lang::Lang;

/// How to choose the language of each paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum LangChoice {
    /// Detect per paragraph (pages mix languages).
    #[default]
    Auto,
    /// Treat every paragraph as this language.
    Fixed(Lang),
}

impl LangChoice {
    /// Parses `auto`, `ar` or `en` (the CLI's `--lang` and the JS `lang` option).
    pub fn parse(value: &str) -> Option<LangChoice> {
        match value {
            "auto" => Some(LangChoice::Auto),
            "ar" => Some(LangChoice::Fixed(Lang::Ar)),
            "en" => Some(LangChoice::Fixed(Lang::En)),
            _ => None,
        }
    }
}

/// Options for one call of [`crate::annotate`]. The default detects languages and finds
/// entities and quotes.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub(crate) lang: LangChoice,
    /// The caller's own names (a newsroom's list), found beside the model's (see `names.rs`).
    pub(crate) extra_names: Vec<(EntityKind, String)>,
    /// What a page's markup says the text is in: from each byte offset on, a language (`None`:
    /// nothing said), sorted by offset. Hints only: see [`crate::lang::detect_with_hint`].
    pub(crate) lang_hints: Vec<(usize, Option<Lang>)>,
}

impl Options {
    pub fn new() -> Options {
        Options::default()
    }

    pub fn with_lang(mut self, lang: LangChoice) -> Options {
        self.lang = lang;
        self
    }

    pub fn lang(&self) -> LangChoice {
        self.lang
    }

    /// Adds names to find as entities of the given kind, beside what the model finds.
    pub fn with_extra_names(mut self, names: impl IntoIterator<Item = (EntityKind, String)>) -> Options {
        self.extra_names.extend(names);
        self
    }

    pub fn extra_names(&self) -> &[(EntityKind, String)] {
        &self.extra_names
    }

    /// Language hints from a page's markup (`lang` attributes): from each byte offset on, the
    /// language the page gives the text, `None` where it gives none. They weigh in where the
    /// text itself cannot tell; the text's script wins where it is clear. Unsorted hints are sorted.
    pub fn with_lang_hints(mut self, hints: impl IntoIterator<Item = (usize, Option<Lang>)>) -> Options {
        self.lang_hints = hints.into_iter().collect();
        self.lang_hints.sort_by_key(|&(offset, _)| offset);
        self
    }

    pub fn lang_hints(&self) -> &[(usize, Option<Lang>)] {
        &self.lang_hints
    }
}

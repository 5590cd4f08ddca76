//! hashiya (حاشية, "marginal note") finds the people, organisations, places and other
//! names in Arabic and English news text, and the direct quotes and who said them.
//!
//! The core is plain Rust with no web dependency; `src/dom/` (wasm32 only) reads a live
//! page, calls [`annotate`] once and paints the result with the CSS Custom Highlight API.
//!
//! ```
//! use hashiya::{annotate, Options, Output, Unit};
//! let text = "Barack Obama said: \"We will not leave Iraq before the job is done.\"";
//! let found = annotate(text, &Options::default());
//! let json = Output::new(text, &found, Unit::CodePoint); // what the CLI prints
//! assert_eq!(json.lang, "en");
//! ```

mod acronyms;
mod aircraft;
mod annotate;
mod annotations;
mod arabic_datelines;
mod blocs;
mod cities;
mod company_words;
mod country_nisba;
mod cups;
mod currency_words;
mod document;
mod english;
mod laws;
mod ministries;
mod name_tails;
mod named_buildings;
mod named_heads;
mod names;
mod not_names;
mod official_names;
mod options;
mod org_nisba;
mod org_person;
mod outlets;
mod output;
mod party_short_names;
mod people_repeats;
mod person_halves;
mod retype;
mod span;
mod spelled_names;
mod sports_clubs;
mod stadiums;
mod titled_names;
mod unknown_names;
mod works;

pub mod extract;
pub mod hash;
pub mod lang;
pub mod link;
pub mod ner;
pub mod quotes;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(target_arch = "wasm32")]
pub mod dom;

pub use annotate::annotate;
pub use annotations::{Annotations, Cluster, Entity, EntityKind, Paragraph, Quote};
pub use document::{Block, Document};
pub use lang::Lang;
pub use options::{LangChoice, Options};
pub use output::{Output, OutputCluster, OutputEntity, OutputParagraph, OutputQuote, OutputSpan};
pub use span::Span;
pub use text::offsets::Unit;

//! The DOM layer (wasm32 only): reads the page, calls the core once, paints highlights.
//! The only module that uses `wasm-bindgen`, `web-sys` and `js-sys`.

mod api;
mod clock;
mod collect;
mod element;
mod locate;
mod options;
mod page_lang;
mod paint;
mod staged;
mod visibility;
mod wrap;

pub use api::{annotate_page, annotate_text, article_blocks, clear_annotations};
pub use paint::NAMES as HIGHLIGHT_NAMES;
pub use staged::{paint_page, read_page, read_page_slice, start_read_page};
pub use wrap::TAG as MARK_TAG;

//! The DOM layer (wasm32 only): reads the page, calls the core once, paints highlights.

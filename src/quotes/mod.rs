//! Direct quotes and their speakers.

use crate::annotations::{Cluster, Entity, Quote};
use crate::document::Document;

/// Finds the direct quotes of a document and attributes each to a speaker.
pub fn find(doc: &Document, entities: &[Entity], clusters: &[Cluster]) -> Vec<Quote> {
    let _ = (doc, entities, clusters);
    Vec::new()
}

//! Reads the text of a live page in one walk: every visible text node, the block-level
//! element it belongs to, whether it sits inside a link, and the language the markup gives it.
//! The DOM is only read. The walk can run in slices ([`Collector::step`]) so that a very long
//! page never holds the main thread for long; [`collect`] runs it in one go.

use std::rc::Rc;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node, Text, TreeWalker, Window};

use super::clock::now;
use super::element::ElementApi;
use super::visibility::{Seen, Visibility};
use crate::extract::Block;

/// One text node of the page and where it belongs.
pub struct Piece {
    pub node: Text,
    /// The node's text, with line breaks and tabs turned into spaces outside `<pre>` (same
    /// length, so offsets still match the node's).
    pub text: String,
    /// Length in UTF-16 code units, the DOM's offsets.
    pub len16: usize,
    /// Index of the nearest block-level ancestor in [`Page::blocks`].
    pub block: usize,
    /// A `<br>` came between the previous piece and this one.
    pub break_before: bool,
}

/// The text of a page: its pieces in document order and its blocks for [`crate::extract`].
pub struct Page {
    pub pieces: Vec<Piece>,
    pub blocks: Vec<Block>,
    /// The element of each block (`None` for the first, which stands for the root).
    pub block_elements: Vec<Option<Element>>,
    /// The language the markup gives each block: the closest `lang` or `xml:lang` around it.
    pub block_langs: Vec<Option<Rc<str>>>,
    /// The open shadow roots whose text was read: the painter's styles must be adopted there too.
    pub shadow_roots: Vec<Object>,
    /// The documents of the same-origin frames whose text was read.
    pub frames: Vec<Document>,
}

/// Elements laid out as blocks by default: a line break separates their text from the rest.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;
const SHOW_ELEMENT: u32 = 0x1;
const SHOW_TEXT: u32 = 0x4;
/// Nodes walked between two looks at the clock.
const NODES_PER_CLOCK_READ: u32 = 64;

/// What entering an element changed, undone when the walk leaves it.
#[derive(Clone, Copy, Default)]
struct Frame {
    block: bool,
    link: bool,
    pre: bool,
    /// Pushed onto [`Walk::shown`].
    visibility: bool,
    /// A page-wide `visibility: hidden` that is ignored (see [`super::visibility`]).
    unhidden: bool,
    /// Pushed onto [`Walk::langs`].
    lang: bool,
}

struct Walk {
    api: ElementApi,
    visibility: Visibility,
    page: Page,
    open_blocks: Vec<usize>,
    links: usize,
    pres: usize,
    pending_break: bool,
    frames: Vec<Frame>,
    /// Whether text is visible at each open element (`visibility` is inherited and overridable).
    shown: Vec<bool>,
    /// How many open elements are [`Seen::Unhidden`].
    unhidden: usize,
    /// The `lang` of the open elements that have one (an empty one means unknown).
    langs: Vec<Option<Rc<str>>>,
}

/// One tree being walked: the document, a shadow root, a slot's assigned node or a frame's body.
struct Cursor {
    walker: TreeWalker,
    root: Node,
    node: Node,
    document: Document,
    window: Option<Window>,
    /// `node` has been entered; `descend` says whether into its children.
    entered: bool,
    descend: bool,
    /// A language was pushed for this tree (a frame's own `<html lang>`), to pop at its end.
    lang: bool,
}

/// A walk over a page that can stop and resume: the DOM must not change in between (what
/// changed is read as found, and a removed subtree ends its part of the walk early).
pub struct Collector {
    walk: Walk,
    cursors: Vec<Cursor>,
}

/// Collects the visible text under `root`, skipping scripts, styles, form fields, editable
/// and hidden elements and hashiya's own interface (ids starting with `hashiya`).
pub fn collect(document: &Document, root: &Node) -> Result<Page, JsValue> {
    let mut collector = Collector::new(document, root)?;
    collector.step(f64::INFINITY)?;
    Ok(collector.finish())
}

impl Collector {
    pub fn new(document: &Document, root: &Node) -> Result<Collector, JsValue> {
        let api = ElementApi::new()?;
        let inherited = inherited_lang(&api, root);
        let mut walk = Walk {
            api,
            visibility: Visibility::new(root),
            page: Page {
                pieces: Vec::new(),
                blocks: vec![Block::new(None, "body", "", "", 0)],
                block_elements: vec![root.dyn_ref::<Element>().cloned()],
                block_langs: vec![inherited.clone()],
                shadow_roots: Vec::new(),
                frames: Vec::new(),
            },
            open_blocks: vec![0],
            links: 0,
            pres: 0,
            pending_break: false,
            frames: Vec::new(),
            shown: Vec::new(),
            unhidden: 0,
            langs: vec![inherited],
        };
        let cursor = walk.cursor(document, root, document.default_view(), None)?;
        Ok(Collector { walk, cursors: vec![cursor] })
    }

    /// Walks until done or until `budget_ms` milliseconds have passed; returns whether done.
    pub fn step(&mut self, budget_ms: f64) -> Result<bool, JsValue> {
        let deadline = if budget_ms.is_finite() { now() + budget_ms } else { f64::INFINITY };
        let mut count = 0u32;
        while let Some(cursor) = self.cursors.last_mut() {
            count += 1;
            if count % NODES_PER_CLOCK_READ == 0 && deadline.is_finite() && now() >= deadline {
                return Ok(false);
            }
            if !cursor.entered {
                cursor.entered = true;
                let (descend, nested) = self.walk.enter(&cursor.document, &cursor.node, cursor.window.as_ref())?;
                cursor.descend = descend;
                // Nested trees render in place of the children: walked first, the last pushed first.
                let nested: Vec<Cursor> = nested
                    .into_iter()
                    .map(|(document, node, window, lang)| self.walk.cursor(&document, &node, window, lang))
                    .collect::<Result<_, _>>()?;
                self.cursors.extend(nested.into_iter().rev());
                continue;
            }
            if cursor.descend {
                if let Some(child) = cursor.walker.first_child()? {
                    cursor.node = child;
                    cursor.entered = false;
                    continue;
                }
            }
            self.walk.leave();
            if cursor.node != cursor.root {
                if let Some(next) = cursor.walker.next_sibling()? {
                    cursor.node = next;
                    cursor.entered = false;
                    continue;
                }
                if let Some(parent) = cursor.walker.parent_node()? {
                    // The parent's children are done: leave it next.
                    cursor.node = parent;
                    cursor.descend = false;
                    continue;
                }
            }
            if cursor.lang {
                self.walk.langs.pop();
            }
            self.cursors.pop();
        }
        Ok(true)
    }

    pub fn finish(self) -> Page {
        self.walk.page
    }
}

/// A tree to walk in place of an element's children: its document, root node, window, and
/// the language it starts with when that is not the host's (a frame's `<html lang>`).
type Nested = (Document, Node, Option<Window>, Option<Option<Rc<str>>>);

impl Walk {
    fn cursor(
        &mut self,
        document: &Document,
        root: &Node,
        window: Option<Window>,
        lang: Option<Option<Rc<str>>>,
    ) -> Result<Cursor, JsValue> {
        let walker = document.create_tree_walker_with_what_to_show(root, SHOW_ELEMENT | SHOW_TEXT)?;
        let pushed = lang.map(|lang| self.langs.push(lang)).is_some();
        Ok(Cursor {
            walker,
            root: root.clone(),
            node: root.clone(),
            document: document.clone(),
            window,
            entered: false,
            descend: false,
            lang: pushed,
        })
    }

    /// Handles one node; returns whether to walk into its children, and the trees that render
    /// in their place (an open shadow tree, a slot's assigned nodes, a same-origin frame's body).
    fn enter(
        &mut self,
        document: &Document,
        node: &Node,
        window: Option<&Window>,
    ) -> Result<(bool, Vec<Nested>), JsValue> {
        // `instanceof` first (a form's named inputs cannot fake it); `nodeType` for the nodes
        // of a same-origin frame, which belong to another realm.
        let kind = if node.is_instance_of::<Text>() {
            TEXT_NODE
        } else if node.is_instance_of::<Element>() {
            ELEMENT_NODE
        } else {
            node.node_type()
        };
        if kind == TEXT_NODE {
            self.frames.push(Frame::default());
            self.add_text(node.unchecked_ref());
            return Ok((false, Vec::new()));
        }
        if kind != ELEMENT_NODE {
            self.frames.push(Frame::default());
            return Ok((true, Vec::new()));
        }
        let element: &Element = node.unchecked_ref();
        let tag = self.api.tag(element);
        if tag == "br" {
            self.pending_break = true;
            self.frames.push(Frame::default());
            return Ok((false, Vec::new()));
        }
        let parent_shown = self.shown.last() != Some(&false);
        let seen = self.visibility.seen(&self.api, element, &tag, window, parent_shown, self.unhidden > 0)?;
        if seen == Seen::Skipped {
            self.frames.push(Frame::default());
            return Ok((false, Vec::new()));
        }
        let mut frame = Frame { visibility: true, ..Frame::default() };
        self.shown.push(seen != Seen::Invisible);
        if seen == Seen::Unhidden {
            self.unhidden += 1;
            frame.unhidden = true;
        }
        if let Some(lang) = own_lang(&self.api, element) {
            self.langs.push(lang);
            frame.lang = true;
        }
        if BLOCK_TAGS.contains(&tag.as_str()) {
            let parent = *self.open_blocks.last().unwrap_or(&0);
            self.page.blocks.push(Block::new(Some(parent), &tag, &self.hints(element), "", 0));
            self.page.block_elements.push(Some(element.clone()));
            self.page.block_langs.push(self.langs.last().cloned().flatten());
            self.open_blocks.push(self.page.blocks.len() - 1);
            frame.block = true;
        }
        if tag == "a" && self.api.attribute(element, "href").is_some() {
            self.links += 1;
            frame.link = true;
        }
        if tag == "pre" {
            self.pres += 1;
            frame.pre = true;
        }
        self.frames.push(frame);
        // What renders in place of the children: an open shadow tree, or a slot's assigned nodes.
        if let Some(shadow) = self.api.shadow_root(element) {
            self.page.shadow_roots.push(shadow.clone());
            return Ok((false, vec![(document.clone(), shadow.unchecked_into(), window.cloned(), None)]));
        }
        if tag == "iframe" {
            // A same-origin frame's body reads in place; a cross-origin one has no contentDocument.
            if let Some(inner) = frame_document(element) {
                if let Some(body) = inner.body() {
                    self.page.frames.push(inner.clone());
                    let lang = inherited_lang(&self.api, &body);
                    let view = inner.default_view();
                    return Ok((false, vec![(inner, body.into(), view, Some(lang))]));
                }
            }
            return Ok((false, Vec::new()));
        }
        if tag == "slot" {
            let assigned = assigned_nodes(element);
            if !assigned.is_empty() {
                let nested = assigned.into_iter().map(|node| (document.clone(), node, window.cloned(), None)).collect();
                return Ok((false, nested));
            }
        }
        Ok((true, Vec::new()))
    }

    fn leave(&mut self) {
        // Saturating: a page that changed between two slices may lead the walker out of order.
        let frame = self.frames.pop().unwrap_or_default();
        if frame.block && self.open_blocks.len() > 1 {
            self.open_blocks.pop();
        }
        self.links = self.links.saturating_sub(usize::from(frame.link));
        self.pres = self.pres.saturating_sub(usize::from(frame.pre));
        self.unhidden = self.unhidden.saturating_sub(usize::from(frame.unhidden));
        if frame.visibility {
            self.shown.pop();
        }
        if frame.lang && self.langs.len() > 1 {
            self.langs.pop();
        }
    }

    fn add_text(&mut self, node: &Text) {
        let mut text = node.data();
        if text.is_empty() || self.shown.last() == Some(&false) {
            return;
        }
        if self.pres == 0 && text.contains(['\n', '\r', '\t', '\u{000C}']) {
            // Collapsible whitespace: one space for one character keeps the node's offsets.
            text = text.replace(['\n', '\r', '\t', '\u{000C}'], " ");
        }
        let block = *self.open_blocks.last().unwrap_or(&0);
        let owner = &mut self.page.blocks[block];
        owner.text.push_str(&text);
        if self.links > 0 {
            owner.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        let len16 = text.encode_utf16().count();
        let break_before = std::mem::take(&mut self.pending_break);
        self.page.pieces.push(Piece { node: node.clone(), text, len16, block, break_before });
    }

    /// Class, id, role and itemprop: what [`crate::extract`] reads as hints.
    fn hints(&self, element: &Element) -> String {
        let mut hints = String::new();
        if !self.api.has_attributes(element) {
            return hints;
        }
        for name in ["class", "id", "role", "itemprop"] {
            if let Some(value) = self.api.attribute(element, name) {
                if !hints.is_empty() {
                    hints.push(' ');
                }
                hints.push_str(&value);
            }
        }
        hints
    }
}

/// An element's own `lang` (or `xml:lang`): `Some(None)` for `lang=""` (unknown), `None` when
/// it has neither.
fn own_lang(api: &ElementApi, element: &Element) -> Option<Option<Rc<str>>> {
    if !api.has_attributes(element) {
        return None;
    }
    let value = api.attribute(element, "lang").or_else(|| api.attribute(element, "xml:lang"))?;
    let value = value.trim();
    Some((!value.is_empty()).then(|| Rc::from(value)))
}

/// The language `node` inherits from its ancestors (itself included), up to `<html lang>`.
fn inherited_lang(api: &ElementApi, node: &Node) -> Option<Rc<str>> {
    let mut current = Some(node.clone());
    while let Some(node) = current {
        if let Some(element) = node.dyn_ref::<Element>() {
            if let Some(lang) = own_lang(api, element) {
                return lang;
            }
        }
        current = node.parent_node();
    }
    None
}

/// A `<slot>`'s assigned nodes, flattened through nested slots (empty when none are assigned).
fn assigned_nodes(slot: &Element) -> Vec<Node> {
    let options = Object::new();
    let _ = Reflect::set(&options, &"flatten".into(), &JsValue::TRUE);
    let Ok(method) = Reflect::get(slot, &"assignedNodes".into()).and_then(|f| f.dyn_into::<Function>()) else {
        return Vec::new();
    };
    let Ok(nodes) = method.call1(slot, &options) else { return Vec::new() };
    js_sys::Array::from(&nodes).iter().filter_map(|n| n.dyn_into::<Node>().ok()).collect()
}

/// The document of a same-origin `<iframe>`; `None` for a cross-origin or empty one.
fn frame_document(iframe: &Element) -> Option<Document> {
    let inner = Reflect::get(iframe, &"contentDocument".into()).ok()?;
    // A frame's document is of the frame's realm: `instanceof Document` is false here.
    inner.is_object().then(|| inner.unchecked_into())
}

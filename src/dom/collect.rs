//! Reads the text of a live page in one walk: every visible text node, the block-level
//! element it belongs to, and whether it sits inside a link. The DOM is only read.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node, Text};

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
    /// The open shadow roots whose text was read: the painter's styles must be adopted there too.
    pub shadow_roots: Vec<Object>,
    /// The documents of the same-origin frames whose text was read.
    pub frames: Vec<Document>,
}

/// Elements whose content is never page text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "input", "select", "option", "button", "svg", "math",
    "canvas", "object", "embed", "video", "audio", "head", "title", "meta", "link",
];

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

/// What entering an element changed, undone when the walk leaves it.
#[derive(Clone, Copy, Default)]
struct Frame {
    block: bool,
    link: bool,
    pre: bool,
    /// Pushed onto [`Walk::shown`].
    visibility: bool,
}

/// What an element's attributes and computed style say about its text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Not page text, children included.
    Skipped,
    /// Its own text is invisible (`visibility: hidden`), but children may be visible again.
    Invisible,
    Visible,
}

/// `Element.prototype`'s own `localName` getter and `getAttribute`, called on each element.
/// A `<form>` with an `<input name="id">` or `name="getAttribute"` shadows the element's
/// properties with its inputs (DOM clobbering); the prototype's functions cannot be shadowed.
struct ElementApi {
    local_name: Function,
    get_attribute: Function,
    /// `hasAttributes`: most elements have none, and then five attribute reads are saved.
    has_attributes: Function,
    /// `checkVisibility` where the browser has it: one cheap call for the common visible case.
    check_visibility: Option<Function>,
    /// `{visibilityProperty: true}`: `visibility: hidden` counts as invisible too.
    visibility_options: Object,
    /// The `shadowRoot` getter: an open shadow root or null.
    shadow_root: Function,
}

impl ElementApi {
    fn new() -> Result<ElementApi, JsValue> {
        let class = Reflect::get(&js_sys::global(), &"Element".into())?;
        let prototype: Object = Reflect::get(&class, &"prototype".into())?.dyn_into()?;
        let local_name =
            Reflect::get(&Object::get_own_property_descriptor(&prototype, &"localName".into()), &"get".into())?;
        let get_attribute = Reflect::get(&prototype, &"getAttribute".into())?;
        let has_attributes = Reflect::get(&prototype, &"hasAttributes".into())?;
        let check_visibility = Reflect::get(&prototype, &"checkVisibility".into())?.dyn_into::<Function>().ok();
        let shadow_root =
            Reflect::get(&Object::get_own_property_descriptor(&prototype, &"shadowRoot".into()), &"get".into())?;
        let visibility_options = Object::new();
        Reflect::set(&visibility_options, &"visibilityProperty".into(), &JsValue::TRUE)?;
        Ok(ElementApi {
            local_name: local_name.dyn_into()?,
            get_attribute: get_attribute.dyn_into()?,
            has_attributes: has_attributes.dyn_into()?,
            check_visibility,
            visibility_options,
            shadow_root: shadow_root.dyn_into()?,
        })
    }

    /// Whether the element surely renders visibly; `false` also when unsure (no box, no API).
    fn surely_visible(&self, element: &Element) -> bool {
        self.check_visibility
            .as_ref()
            .and_then(|check| check.call1(element, &self.visibility_options).ok())
            .is_some_and(|visible| visible.is_truthy())
    }

    /// The lowercase tag name (empty for an element the getter rejects).
    fn tag(&self, element: &Element) -> String {
        self.local_name.call0(element).ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    /// The element's open shadow root (closed ones cannot be read, and are not).
    fn shadow_root(&self, element: &Element) -> Option<Object> {
        self.shadow_root.call0(element).ok().and_then(|v| v.dyn_into::<Object>().ok())
    }

    fn has_attributes(&self, element: &Element) -> bool {
        self.has_attributes.call0(element).map_or(true, |v| v.is_truthy())
    }

    fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        self.get_attribute.call1(element, &name.into()).ok().and_then(|v| v.as_string())
    }
}

struct Walk {
    api: ElementApi,
    page: Page,
    open_blocks: Vec<usize>,
    links: usize,
    pres: usize,
    pending_break: bool,
    frames: Vec<Frame>,
    /// Whether text is visible at each open element (`visibility` is inherited and overridable).
    shown: Vec<bool>,
}

/// Collects the visible text under `root`, skipping scripts, styles, form fields, editable
/// and hidden elements and hashiya's own interface (ids starting with `hashiya`).
pub fn collect(document: &Document, root: &Node) -> Result<Page, JsValue> {
    let window = document.default_view();
    let mut walk = Walk {
        api: ElementApi::new()?,
        page: Page {
            pieces: Vec::new(),
            blocks: vec![Block::new(None, "body", "", "", 0)],
            shadow_roots: Vec::new(),
            frames: Vec::new(),
        },
        open_blocks: vec![0],
        links: 0,
        pres: 0,
        pending_break: false,
        frames: Vec::new(),
        shown: Vec::new(),
    };
    walk.tree(document, root, window.as_ref())?;
    Ok(walk.page)
}

impl Walk {
    /// Walks `root` and everything under it. A shadow host's open shadow tree and a slot's
    /// assigned nodes are walked by a nested call, in the order they render.
    fn tree(&mut self, document: &Document, root: &Node, window: Option<&web_sys::Window>) -> Result<(), JsValue> {
        let walker = document.create_tree_walker_with_what_to_show(root, SHOW_ELEMENT | SHOW_TEXT)?;
        // Depth-first with explicit enter and leave, so open blocks and links are tracked exactly.
        let mut node = root.clone();
        let mut descend = self.enter(document, &node, window)?;
        loop {
            if descend {
                if let Some(child) = walker.first_child()? {
                    node = child;
                    descend = self.enter(document, &node, window)?;
                    continue;
                }
            }
            loop {
                self.leave();
                if node == *root {
                    return Ok(());
                }
                if let Some(next) = walker.next_sibling()? {
                    node = next;
                    descend = self.enter(document, &node, window)?;
                    break;
                }
                match walker.parent_node()? {
                    Some(parent) => node = parent,
                    None => return Ok(()),
                }
            }
        }
    }

    /// Handles one node; returns whether to walk into its children.
    fn enter(&mut self, document: &Document, node: &Node, window: Option<&web_sys::Window>) -> Result<bool, JsValue> {
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
            return Ok(false);
        }
        if kind != ELEMENT_NODE {
            self.frames.push(Frame::default());
            return Ok(true);
        }
        let element: &Element = node.unchecked_ref();
        let tag = self.api.tag(element);
        if tag == "br" {
            self.pending_break = true;
            self.frames.push(Frame::default());
            return Ok(false);
        }
        let seen = self.seen(element, &tag, window)?;
        if seen == Seen::Skipped {
            self.frames.push(Frame::default());
            return Ok(false);
        }
        let mut frame = Frame { visibility: true, ..Frame::default() };
        self.shown.push(seen == Seen::Visible);
        if BLOCK_TAGS.contains(&tag.as_str()) {
            let parent = *self.open_blocks.last().unwrap_or(&0);
            self.page.blocks.push(Block::new(Some(parent), &tag, &self.hints(element), "", 0));
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
            self.tree(document, shadow.unchecked_ref(), window)?;
            return Ok(false);
        }
        if tag == "iframe" {
            // A same-origin frame's body reads in place; a cross-origin one has no contentDocument.
            if let Some(inner) = frame_document(element) {
                if let Some(body) = inner.body() {
                    self.page.frames.push(inner.clone());
                    self.tree(&inner, &body, inner.default_view().as_ref())?;
                }
            }
            return Ok(false);
        }
        if tag == "slot" {
            let assigned = assigned_nodes(element);
            if !assigned.is_empty() {
                for node in assigned {
                    self.tree(document, &node, window)?;
                }
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn leave(&mut self) {
        let frame = self.frames.pop().unwrap_or_default();
        if frame.block && self.open_blocks.len() > 1 {
            self.open_blocks.pop();
        }
        self.links -= usize::from(frame.link);
        self.pres -= usize::from(frame.pre);
        if frame.visibility {
            self.shown.pop();
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
}

impl Walk {
    /// Whether an element's subtree is page text, and whether its own text is visible.
    fn seen(&self, element: &Element, tag: &str, window: Option<&web_sys::Window>) -> Result<Seen, JsValue> {
        if SKIPPED_TAGS.contains(&tag) {
            return Ok(Seen::Skipped);
        }
        let attributed = self.api.has_attributes(element);
        let attribute = |name| attributed.then(|| self.api.attribute(element, name)).flatten();
        if attribute("id").is_some_and(|id| id.starts_with("hashiya"))
            || attribute("hidden").is_some()
            || attribute("inert").is_some()
            || attribute("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
            || attribute("contenteditable").is_some_and(|v| !v.eq_ignore_ascii_case("false"))
        {
            return Ok(Seen::Skipped);
        }
        if self.api.surely_visible(element) {
            return Ok(Seen::Visible);
        }
        // Computed style tells `display: none` (skip) from `visibility: hidden` (children may
        // show again) and from boxless `display: contents`; pages without a window have none.
        if let Some(style) = window.map(|w| w.get_computed_style(element)).transpose()?.flatten() {
            let display = style.get_property_value("display")?;
            let visibility = style.get_property_value("visibility")?;
            if display == "none" {
                return Ok(Seen::Skipped);
            }
            if visibility == "hidden" || visibility == "collapse" {
                return Ok(Seen::Invisible);
            }
        }
        Ok(Seen::Visible)
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

/// A `<slot>`'s assigned nodes, flattened through nested slots (empty when none are assigned).
fn assigned_nodes(slot: &Element) -> Vec<Node> {
    let options = Object::new();
    let _ = Reflect::set(&options, &"flatten".into(), &JsValue::TRUE);
    let Ok(method) =
        Reflect::get(slot, &"assignedNodes".into()).and_then(|f| f.dyn_into::<Function>().map_err(Into::into))
    else {
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

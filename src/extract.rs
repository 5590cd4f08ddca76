//! Article-body detection: which blocks of a page are the article, and which are site
//! furniture (navigation, "read also" links, "you may also like", newsletter boxes, footers).
//!
//! The scorer follows the shape of Mozilla Readability over plain block data, so it needs no
//! DOM and is tested natively: paragraphs score by length and commas (Latin and Arabic), the
//! score flows to their ancestors, class/id hints in several languages push containers up or
//! down, link density discounts them, the best container is widened to its good siblings,
//! and link-heavy or furniture-like blocks inside it are dropped.
//!
//! The DOM collector (`src/dom/collect.rs`) supplies one [`Block`] per block-level element,
//! in document order, with the text whose nearest block ancestor it is.

mod hints;

use hints::{class_weight, is_furniture_text, is_unlikely};

/// One block-level element of a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// The index of the enclosing block; always smaller than this block's own index.
    /// `None` only for the root.
    pub parent: Option<usize>,
    /// The lowercase tag name (`p`, `div`, `article`, ...).
    pub tag: String,
    /// Class, id, role and itemprop values, space separated.
    pub hints: String,
    /// The block's own text: text whose nearest block ancestor is this block.
    pub text: String,
    /// How many of the own text's characters (not counting whitespace) sit inside links.
    pub link_chars: usize,
}

impl Block {
    pub fn new(parent: Option<usize>, tag: &str, hints: &str, text: &str, link_chars: usize) -> Block {
        Block { parent, tag: tag.to_string(), hints: hints.to_string(), text: text.to_string(), link_chars }
    }
}

/// Below this many characters a block's text is not scored as a paragraph.
const MIN_PARAGRAPH_CHARS: usize = 25;
/// How many ancestor levels a paragraph's score reaches.
const SCORE_DEPTH: usize = 5;
/// How many levels up an enclosing `<article>` is looked for.
const ARTICLE_REACH: usize = 3;
/// The share of an `<article>`'s text the candidate must hold to be widened to it.
const ARTICLE_SHARE: f64 = 0.6;
/// Link density above which a container inside the article is furniture (Readability's
/// conditional cleaning), and the higher bar for one whose class says it is content.
const MAX_LINK_DENSITY: f64 = 0.2;
const MAX_LINK_DENSITY_CONTENT: f64 = 0.5;
/// A container with this many commas is prose, whatever its links.
const PROSE_COMMAS: usize = 10;
/// Blocks of running text: never dropped for their links (a paragraph that cites sources,
/// a list of links the story is about); furniture among them is caught by its words.
const TEXT_TAGS: &[&str] = &[
    "p",
    "li",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "td",
    "th",
    "figcaption",
    "caption",
];

/// Per-block measurements, own and over the whole subtree.
#[derive(Clone, Copy, Debug, Default)]
struct Measure {
    own_chars: usize,
    commas: usize,
    chars: usize,
    link_chars: usize,
    /// Subtree totals: commas, and characters inside `<ul>`/`<ol>`.
    all_commas: usize,
    list_chars: usize,
    children: usize,
    /// Removed with its subtree before scoring (unlikely candidate, furniture tag).
    unlikely: bool,
}

impl Measure {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// Below this many visible characters an article is suspect, and the next, laxer pass runs.
const MIN_ARTICLE_CHARS: usize = 500;

/// The heuristics a pass uses; later passes drop them one by one, as Readability does when
/// a site's class names mislead it (a `site_header` row that holds the whole story).
#[derive(Clone, Copy, Debug)]
struct Pass {
    strip_unlikely: bool,
    weigh_classes: bool,
    prune: bool,
}

const PASSES: [Pass; 4] = [
    Pass { strip_unlikely: true, weigh_classes: true, prune: true },
    Pass { strip_unlikely: false, weigh_classes: true, prune: true },
    Pass { strip_unlikely: false, weigh_classes: false, prune: true },
    Pass { strip_unlikely: false, weigh_classes: false, prune: false },
];

/// Marks the blocks that make up the article body. Blocks must be in document order with
/// each parent before its children (`parent < index`); a malformed parent link makes the
/// block a root. When nothing scores (a tiny page), every likely block is kept.
pub fn article_blocks(blocks: &[Block]) -> Vec<bool> {
    if blocks.is_empty() {
        return Vec::new();
    }
    // What every pass measures the same way, counted once.
    let counts = counts(blocks);
    let kept_chars =
        |keep: &[bool]| counts.iter().zip(keep).filter(|(_, k)| **k).map(|((chars, _), _)| chars).sum::<usize>();
    // A laxer pass wins only by finding much more: on a small page the strict answer stands.
    let mut best = one_pass(blocks, &counts, PASSES[0]);
    let mut best_chars = kept_chars(&best);
    for pass in &PASSES[1..] {
        if best_chars >= MIN_ARTICLE_CHARS {
            break;
        }
        let keep = one_pass(blocks, &counts, *pass);
        let chars = kept_chars(&keep);
        if chars > 2 * best_chars {
            (best, best_chars) = (keep, chars);
        }
    }
    best
}

fn one_pass(blocks: &[Block], counts: &[(usize, usize)], pass: Pass) -> Vec<bool> {
    let n = blocks.len();
    let parent = |i: usize| blocks[i].parent.filter(|&p| p < i);
    let measures = measure(blocks, counts, &parent, pass);

    let mut scores: Vec<Option<f64>> = vec![None; n];
    for (i, block) in blocks.iter().enumerate() {
        let m = &measures[i];
        if m.unlikely || m.own_chars < MIN_PARAGRAPH_CHARS || is_furniture_text(&block.text) {
            continue;
        }
        let score = paragraph_score(m);
        // The paragraph's own container counts as its parent: a div holding text directly is
        // scored like Readability's div-turned-paragraph.
        let mut level = 0;
        let mut ancestor = parent(i);
        while let (Some(a), true) = (ancestor, level < SCORE_DEPTH) {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            let s = scores[a].get_or_insert_with(|| initial_score(&blocks[a], pass));
            *s += score / divider;
            ancestor = parent(a);
            level += 1;
        }
    }

    let final_score = |i: usize| scores[i].map(|s| s * (1.0 - measures[i].link_density()));
    let mut ranked: Vec<(usize, f64)> =
        (0..n).filter(|&i| !measures[i].unlikely).filter_map(|i| final_score(i).map(|s| (i, s))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let Some(&(top, _)) = ranked.first() else {
        return measures.iter().map(|m| !m.unlikely).collect();
    };
    let top = common_ancestor_of_close_candidates(&ranked, &parent).unwrap_or(top);
    let top = widen(top, &measures, &final_score, &parent, blocks);
    let top = enclosing_article(top, &measures, &parent, blocks);

    // The article: the top candidate plus the siblings that look like more of it.
    let top_score = final_score(top).unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let mut roots = vec![false; n];
    roots[top] = true;
    if let Some(p) = parent(top) {
        for s in (p + 1..n).filter(|&s| parent(s) == Some(p) && s != top) {
            let m = &measures[s];
            if m.unlikely {
                continue;
            }
            let same_class = !blocks[top].hints.is_empty() && blocks[s].hints == blocks[top].hints;
            let bonus = if same_class { top_score * 0.2 } else { 0.0 };
            let density = m.link_density();
            // A sibling dressed like the candidate joins on its looks alone, as in Readability:
            // sections whose paragraphs sit too deep to have scored it. Where the candidate's own
            // score is too small for that bonus to count, a same-class sibling of prose joins too.
            let prose = m.all_commas >= PROSE_COMMAS && density < 0.25;
            let keep = final_score(s).unwrap_or(0.0) + bonus >= threshold
                || (same_class && prose)
                || (m.chars > 80 && density < 0.25 && m.children == 0)
                || (m.chars > 0 && m.chars <= 80 && density == 0.0 && ends_sentence(&blocks[s].text));
            roots[s] = keep;
        }
    }

    // Furniture is pruned below the chosen containers, never the containers themselves.
    // A box title ("اقرأ أيضاً", "Related") also takes the list of links right after it.
    let mut keep = vec![false; n];
    let mut after_box_title = vec![false; n];
    let in_data_table = data_tables(blocks, &parent);
    for i in 0..n {
        let titled = parent(i).is_some_and(|p| std::mem::take(&mut after_box_title[p]));
        let links_after_title = titled && measures[i].link_density() > MAX_LINK_DENSITY_CONTENT;
        let furniture =
            pass.prune && (links_after_title || is_furniture(&blocks[i], &measures[i], pass, in_data_table[i]));
        keep[i] = roots[i] || (parent(i).is_some_and(|p| keep[p]) && !furniture);
        if let Some(p) = parent(i) {
            after_box_title[p] = measures[i].own_chars > 0 && is_furniture_text(&blocks[i].text);
        }
    }
    keep
}

/// Readability's paragraph score: one point, one per comma (Latin, Arabic or CJK), one per
/// hundred characters up to three.
fn paragraph_score(m: &Measure) -> f64 {
    1.0 + m.commas as f64 + (m.own_chars / 100).min(3) as f64
}

/// The starting score of a container, by tag and class/id hints.
fn initial_score(block: &Block, pass: Pass) -> f64 {
    let by_tag = match block.tag.as_str() {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    by_tag + if pass.weigh_classes { class_weight(&block.hints) } else { 0.0 }
}

/// Each block's visible characters and commas (Latin, Arabic or CJK).
fn counts(blocks: &[Block]) -> Vec<(usize, usize)> {
    blocks
        .iter()
        .map(|b| (visible_chars(&b.text), b.text.chars().filter(|c| matches!(c, ',' | '،' | '，')).count()))
        .collect()
}

/// `counts`: each block's visible characters and commas, from [`counts`].
fn measure(
    blocks: &[Block],
    counts: &[(usize, usize)],
    parent: &impl Fn(usize) -> Option<usize>,
    pass: Pass,
) -> Vec<Measure> {
    let mut measures: Vec<Measure> = blocks
        .iter()
        .zip(counts)
        .map(|(b, &(own_chars, commas))| Measure {
            own_chars,
            commas,
            all_commas: commas,
            chars: own_chars,
            link_chars: b.link_chars.min(own_chars),
            ..Measure::default()
        })
        .collect();
    // Unlikely is inherited downwards; parents come first.
    for i in 0..blocks.len() {
        let inherited = parent(i).is_some_and(|p| measures[p].unlikely);
        measures[i].unlikely = inherited || (pass.strip_unlikely && is_unlikely(&blocks[i].tag, &blocks[i].hints));
    }
    // Subtree totals flow upwards; children come after their parents.
    for i in (0..blocks.len()).rev() {
        // Every child of `i` has been added by now.
        if matches!(blocks[i].tag.as_str(), "ul" | "ol") {
            measures[i].list_chars = measures[i].chars;
        }
        if let Some(p) = parent(i) {
            let child = measures[i];
            let total = &mut measures[p];
            total.chars += child.chars;
            total.link_chars += child.link_chars;
            total.all_commas += child.all_commas;
            total.list_chars += child.list_chars;
            total.children += 1;
        }
    }
    measures
}

/// Readability's answer to stories split over sibling sections: when at least three of the
/// next best candidates score close to the best one, the first ancestor of the best that
/// also holds three of them is the article.
fn common_ancestor_of_close_candidates(
    ranked: &[(usize, f64)],
    parent: &impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    const CANDIDATES: usize = 5;
    const CLOSE: f64 = 0.75;
    const NEEDED: usize = 3;
    /// Deep enough for real pages; keeps a pathological nesting linear.
    const MAX_DEPTH: usize = 64;
    let &(top, top_score) = ranked.first()?;
    let close: Vec<usize> =
        ranked.iter().take(CANDIDATES).skip(1).filter(|(_, s)| *s >= CLOSE * top_score).map(|&(i, _)| i).collect();
    if close.len() < NEEDED {
        return None;
    }
    let has_ancestor = |mut node: usize, ancestor: usize| {
        for _ in 0..MAX_DEPTH {
            match parent(node) {
                Some(p) if p == ancestor => return true,
                Some(p) => node = p,
                None => return false,
            }
        }
        false
    };
    let mut ancestor = parent(top);
    for _ in 0..MAX_DEPTH {
        let a = ancestor?;
        parent(a)?; // never the root
        if close.iter().filter(|&&c| has_ancestor(c, a)).count() >= NEEDED {
            return Some(a);
        }
        ancestor = parent(a);
    }
    None
}

/// Moves the top candidate up to an ancestor that scores better, or that is its only content.
fn widen(
    mut top: usize,
    measures: &[Measure],
    final_score: &impl Fn(usize) -> Option<f64>,
    parent: &impl Fn(usize) -> Option<usize>,
    blocks: &[Block],
) -> usize {
    let top_score = final_score(top).unwrap_or(0.0);
    let mut last = top_score;
    let mut ancestor = parent(top);
    while let Some(a) = ancestor.filter(|&a| parent(a).is_some()) {
        let Some(score) = final_score(a) else {
            ancestor = parent(a);
            continue;
        };
        if score < top_score / 3.0 {
            break;
        }
        if score > last {
            top = a;
            break;
        }
        last = score;
        ancestor = parent(a);
    }
    // A wrapper whose only content is the candidate says nothing new; its parent may hold
    // the candidate's siblings, so climb while the candidate is an only child with no text.
    while let Some(p) = parent(top).filter(|&p| parent(p).is_some()) {
        let only_child = measures[p].children == 1 && measures[p].own_chars == 0;
        if !only_child || measures[p].unlikely || blocks[p].tag == "body" {
            break;
        }
        top = p;
    }
    top
}

/// The `<article>` element around the candidate, when the candidate is most of it: its
/// headline belongs to the story (Readability drops it as the page title; a reader wants
/// the names in it marked too).
fn enclosing_article(
    top: usize,
    measures: &[Measure],
    parent: &impl Fn(usize) -> Option<usize>,
    blocks: &[Block],
) -> usize {
    let mut ancestor = parent(top);
    for _ in 0..ARTICLE_REACH {
        let Some(a) = ancestor else { break };
        if blocks[a].tag == "article" {
            let most = measures[top].chars as f64 >= ARTICLE_SHARE * measures[a].chars as f64;
            return if most && !measures[a].unlikely { a } else { top };
        }
        ancestor = parent(a);
    }
    top
}

/// Which blocks are (in) a data table: a table of facts whose cells may well all be links (a
/// list of films, of results), kept whole as Readability keeps them. A table is data when it
/// has headers or a caption, or more than ten cells, and no table inside it (layout tables
/// nest), unless its role says it is presentation.
fn data_tables(blocks: &[Block], parent: &impl Fn(usize) -> Option<usize>) -> Vec<bool> {
    const MIN_CELLS: usize = 11;
    let n = blocks.len();
    let (mut cells, mut heads, mut tables) = (vec![0usize; n], vec![0usize; n], vec![0usize; n]);
    for i in (0..n).rev() {
        let tag = blocks[i].tag.as_str();
        cells[i] += usize::from(matches!(tag, "td" | "th"));
        heads[i] += usize::from(matches!(tag, "th" | "thead" | "caption"));
        if let Some(p) = parent(i) {
            cells[p] += cells[i];
            heads[p] += heads[i];
            tables[p] += tables[i] + usize::from(tag == "table");
        }
    }
    let mut inside = vec![false; n];
    for i in 0..n {
        let data = blocks[i].tag == "table"
            && tables[i] == 0
            && !blocks[i].hints.to_ascii_lowercase().contains("presentation")
            && (heads[i] > 0 || cells[i] >= MIN_CELLS);
        inside[i] = data || parent(i).is_some_and(|p| inside[p]);
    }
    inside
}

/// Whether a block inside the article is furniture to drop with its subtree.
fn is_furniture(block: &Block, m: &Measure, pass: Pass, in_data_table: bool) -> bool {
    if m.unlikely || is_furniture_text(&block.text) {
        return true;
    }
    if in_data_table {
        return false;
    }
    if TEXT_TAGS.contains(&block.tag.as_str()) || m.all_commas >= PROSE_COMMAS || m.chars == 0 {
        return false;
    }
    let weight = if pass.weigh_classes { class_weight(&block.hints) } else { 0.0 };
    let density = m.link_density();
    let list = matches!(block.tag.as_str(), "ul" | "ol") || m.list_chars as f64 > 0.9 * m.chars as f64;
    (!list && weight < 25.0 && density > MAX_LINK_DENSITY) || (weight >= 25.0 && density > MAX_LINK_DENSITY_CONTENT)
}

/// Characters that are not whitespace: the length of a text as a reader sees it.
fn visible_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn ends_sentence(text: &str) -> bool {
    matches!(text.trim_end().chars().last(), Some('.' | '!' | '?' | '۔' | '؟' | '"' | '”' | '»'))
}

#[cfg(test)]
mod tests;

//! What class/id names, tags and short texts say about a block, in several languages.
//!
//! Hints are matched as lowercase substrings of the block's class, id, role and itemprop
//! values, as Readability does; Arabic sites mostly use English or transliterated names, so
//! both are listed, and the few Arabic slugs seen in WordPress themes too.

/// Containers that are almost never the article: removed before scoring, with their subtree,
/// unless a hint also says they may hold the content.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "agegate",
    "ai2html",
    "banner",
    "breadcrumb",
    "byline",
    "combx",
    "comment",
    "community",
    "cookie",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "most-read",
    "newsletter",
    "pager",
    "pagination",
    "popular",
    "popup",
    "read-also",
    "readalso",
    "related",
    "remark",
    "replies",
    "rss",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "supplemental",
    "trending",
    "yom-remote", // English (Readability's list and more)
    "aqra",
    "iqra",
    "mawadi3",
    "ta3liq",
    "taalik", // transliterated Arabic: read also, topics, comments
    "تعليق",
    "ذات-صلة",
    "اقرأ", // Arabic slugs
    "commentaire",
    "partage",
    "comentario",
    "relacionad",
    "kommentar", // French, Spanish, German
];

/// Hints that rescue an unlikely-looking container.
const MAYBE_CONTENT: &[&str] = &["article", "body", "column", "content", "main", "shadow"];

/// Hints that a container holds the article.
const POSITIVE: &[&str] = &[
    "article",
    "blog",
    "body",
    "content",
    "entry",
    "h-entry",
    "hentry",
    "main",
    "page",
    "post",
    "story",
    "text",
    "akhbar",
    "khabar",
    "maqal",
    "tafasil",
    "tafaseel",
    "details", // Arabic sites
    "مقال",
    "محتوى",
    "خبر", // Arabic slugs
    "contenu",
    "noticia",
    "contenido",
    "inhalt",
    "artikel", // French, Spanish, German
];

/// Hints that a container is furniture.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "banner",
    "com-",
    "combx",
    "comment",
    "contact",
    "footer",
    "gdpr",
    "hidden",
    "masthead",
    "media",
    "menu",
    "meta",
    "nav",
    "newsletter",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shopping",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "subscribe",
    "tags",
    "widget", // English
    "aqra",
    "iqra",
    "ta3liq",
    "taalik",
    "تعليق",
    "ذات-صلة", // Arabic
    "commentaire",
    "partage",
    "comentario",
    "relacionad",
    "kommentar", // French, Spanish, German
];

/// Tags that are site furniture whatever their classes say.
const FURNITURE_TAGS: &[&str] = &["nav", "aside", "footer", "header", "form", "button", "menu", "dialog"];

/// ARIA roles of furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "menu",
    "menubar",
    "complementary",
    "contentinfo",
    "banner",
    "alert",
    "alertdialog",
    "dialog",
    "search",
];

/// Openings of short blocks that are links to elsewhere, boxes and calls to action.
const FURNITURE_OPENINGS: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ ايضا",
    "إقرأ أيضا",
    "إقرأ ايضا",
    "اقرأ المزيد",
    "شاهد أيضا",
    "شاهد ايضا",
    "قد تحب أيضا",
    "قد تحب ايضا",
    "قد يعجبك",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "اخبار ذات صلة",
    "منشورات شائعة",
    "الأكثر قراءة",
    "النشرة الإخبارية",
    "النشرة البريدية",
    "اشترك في",
    "تابعونا على", // Arabic
    "read also",
    "read more",
    "related:",
    "see also",
    "also read",
    "sign up for",
    "subscribe to",
    "share this",
    "advertisement",
    "most read",
    "you may also like",
    "recommended for you", // English
];

/// Short texts only: an article paragraph may well start with "see also" and go on.
const FURNITURE_TEXT_MAX_CHARS: usize = 160;

fn any_in(hints: &str, list: &[&str]) -> bool {
    list.iter().any(|h| hints.contains(h))
}

/// +25 for a content hint, -25 for a furniture hint (both can apply).
pub fn class_weight(hints: &str) -> f64 {
    if hints.is_empty() {
        return 0.0;
    }
    let hints = hints.to_lowercase();
    let mut weight = 0.0;
    if any_in(&hints, POSITIVE) {
        weight += 25.0;
    }
    if any_in(&hints, NEGATIVE) {
        weight -= 25.0;
    }
    weight
}

/// Whether a block is furniture by its tag, role or class/id, to be removed with its subtree.
pub fn is_unlikely(tag: &str, hints: &str) -> bool {
    if FURNITURE_TAGS.contains(&tag) {
        return true;
    }
    if matches!(tag, "body" | "html" | "article" | "main") || hints.is_empty() {
        return false;
    }
    let hints = hints.to_lowercase();
    if hints.split_whitespace().any(|h| FURNITURE_ROLES.contains(&h)) {
        return true;
    }
    any_in(&hints, UNLIKELY) && !any_in(&hints, MAYBE_CONTENT)
}

/// Whether a short text reads like a "read also" line, a box title or a call to action.
pub fn is_furniture_text(text: &str) -> bool {
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '•' | '|' | '«' | '"'));
    let visible = trimmed.chars().filter(|c| !c.is_whitespace()).take(FURNITURE_TEXT_MAX_CHARS + 1).count();
    if visible == 0 || visible > FURNITURE_TEXT_MAX_CHARS {
        return false;
    }
    // Compare without the tanween and hamza spellings sites mix ("أيضاً", "ايضا").
    let folded: String =
        trimmed.chars().take(40).filter(|&c| c != '\u{064B}' && c != '\u{0640}').flat_map(char::to_lowercase).collect();
    FURNITURE_OPENINGS.iter().any(|opening| folded.starts_with(opening))
}

use super::*;

/// A page under construction: block 0 is `<body>`.
struct Page {
    blocks: Vec<Block>,
}

impl Page {
    fn new() -> Page {
        Page { blocks: vec![Block::new(None, "body", "", "", 0)] }
    }

    fn add(&mut self, parent: usize, tag: &str, hints: &str, text: &str) -> usize {
        self.blocks.push(Block::new(Some(parent), tag, hints, text, 0));
        self.blocks.len() - 1
    }

    /// A block whose text is `before` followed by a link reading `link`.
    fn with_link(&mut self, parent: usize, tag: &str, before: &str, link: &str) -> usize {
        let links = visible_chars(link);
        self.blocks.push(Block::new(Some(parent), tag, "", &format!("{before}{link}"), links));
        self.blocks.len() - 1
    }

    fn kept(&self) -> Vec<&str> {
        let keep = article_blocks(&self.blocks);
        assert_eq!(keep.len(), self.blocks.len());
        self.blocks.iter().zip(keep).filter(|(b, k)| *k && !b.text.is_empty()).map(|(b, _)| b.text.as_str()).collect()
    }
}

const AR_PARAGRAPHS: &[&str] = &[
    "قال رئيس الوزراء العراقي، في مقابلة مع وكالة أسوشيتد برس، نشرت اليوم الأحد، إن بلاده لم تعد بحاجة إلى قوات قتالية أمريكية لمحاربة تنظيم الدولة الإسلامية.",
    "وأضاف الكاظمي أن \"العراق سيظل يطلب تدريب الولايات المتحدة وجمع معلومات استخبارية عسكرية\". وتأتي تصريحات الكاظمي قبل رحلة مخططة إلى واشنطن، حيث من المقرر أن يلتقي بالرئيس جو بايدن.",
    "وأوضح الكاظمي، أن قوات الأمن والجيش العراقي قادرة على الدفاع عن البلاد بدون قوات التحالف بقيادة الولايات المتحدة، ولم يعلن عن موعد نهائي لرحيل القوات الأمريكية.",
    "ولتهدئة خطر عدم الاستقرار على نطاق واسع في العراق، عقدت الولايات المتحدة والعراق ثلاث جولات على الأقل من المحادثات الاستراتيجية.",
];

/// The seed page as the demo lays it out: nav, article with read-also links and a credit
/// line, then "you may also like", popular posts and the newsletter box.
fn seed_like() -> Page {
    let mut page = Page::new();
    let nav = page.add(0, "nav", "site-nav", "");
    for item in ["الرئيسية", "سياسة", "اقتصاد", "رياضة"] {
        page.with_link(nav, "li", "", item);
    }
    let main = page.add(0, "main", "", "");
    let article = page.add(main, "article", "post", "");
    page.add(article, "h1", "", "الكاظمي: العراق لا يحتاج إلى قوات قتالية أمريكية.. والزيارة لتعزيز العلاقات");
    page.add(article, "p", "", AR_PARAGRAPHS[0]);
    page.add(article, "p", "", AR_PARAGRAPHS[1]);
    page.with_link(article, "p", "اقرأ أيضاً: ", "وكلاء إيران في سوريا والعراق يشنّون هجمات منسقة ضد القوات الأمريكية");
    page.add(article, "p", "", AR_PARAGRAPHS[2]);
    page.with_link(article, "p", "", "https://www.facebook.com/GovernmentofIraq/posts/1217316905340505");
    page.add(article, "p", "", AR_PARAGRAPHS[3]);
    page.add(article, "p", "", "ليفانت نيوز_ أسوشيتد برس");
    let aside = page.add(main, "aside", "related-posts", "");
    page.add(aside, "h2", "", "قد تحب أيضا");
    page.with_link(aside, "div", "", "من وحي الساحات في سوريا");
    let footer = page.add(0, "footer", "", "");
    page.add(footer, "h3", "", "النشرة الإخبارية");
    page.add(footer, "p", "", "اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!");
    page
}

#[test]
fn seed_layout_keeps_the_article_and_ends_at_the_credit_line() {
    let page = seed_like();
    let kept = page.kept();
    assert_eq!(kept.first(), Some(&"الكاظمي: العراق لا يحتاج إلى قوات قتالية أمريكية.. والزيارة لتعزيز العلاقات"));
    assert_eq!(kept.last(), Some(&"ليفانت نيوز_ أسوشيتد برس"), "help: the body ends at the credit line");
    for paragraph in AR_PARAGRAPHS {
        assert!(kept.contains(paragraph), "help: article paragraph dropped: {paragraph}");
    }
    // The statement's source link is part of the story (the gold body runs past it).
    assert!(kept.iter().any(|t| t.contains("facebook.com/GovernmentofIraq")));
    for furniture in ["اقرأ أيضاً", "قد تحب", "الساحات", "اشترك", "الرئيسية"] {
        assert!(!kept.iter().any(|t| t.contains(furniture)), "help: furniture kept: {furniture}");
    }
}

#[test]
fn link_lists_lose_to_prose_however_long() {
    let mut page = Page::new();
    let links = page.add(0, "div", "", "");
    for i in 0..40 {
        page.with_link(links, "p", "", &format!("A long headline of another story, number {i}, with commas, and more"));
    }
    let story = page.add(0, "div", "", "");
    for _ in 0..3 {
        page.add(
            story,
            "p",
            "",
            "The minister said the talks, which began in March, would continue, and that a deal was close.",
        );
    }
    let kept = page.kept();
    assert_eq!(kept.len(), 3, "help: kept {kept:?}");
    assert!(kept.iter().all(|t| t.starts_with("The minister")));
}

#[test]
fn good_siblings_of_the_best_container_join_it() {
    let mut page = Page::new();
    let wrap = page.add(0, "div", "", "");
    let first = page.add(wrap, "div", "story-part", "");
    let second = page.add(wrap, "div", "story-part", "");
    let sidebar = page.add(wrap, "div", "sidebar", "");
    for part in [first, second] {
        for _ in 0..3 {
            page.add(
                part,
                "p",
                "",
                "Officials said on Monday that the bridge, closed since the flood, would reopen in spring.",
            );
        }
    }
    page.add(
        sidebar,
        "p",
        "",
        "Officials said on Monday that the bridge, closed since the flood, would reopen in spring.",
    );
    assert_eq!(page.kept().len(), 6);
}

#[test]
fn class_hints_in_several_languages() {
    assert!(class_weight("entry-content") > 0.0);
    assert!(class_weight("maqal-body") > 0.0);
    assert!(class_weight("contenu-principal") > 0.0);
    assert!(class_weight("share-buttons") < 0.0);
    assert!(class_weight("commentaires") < 0.0);
    assert!(class_weight("iqra-aydan") < 0.0);
    assert_eq!(class_weight(""), 0.0);
    assert!(is_unlikely("div", "sidebar widget"));
    assert!(!is_unlikely("div", "sidebar main-content"), "help: a content hint rescues it");
    assert!(is_unlikely("div", "box navigation"), "help: ARIA role navigation");
    assert!(is_unlikely("aside", "article"), "help: furniture tags win");
    assert!(!is_unlikely("article", "related"));
}

#[test]
fn furniture_openings_are_short_lines_only() {
    assert!(is_furniture_text("اقرأ أيضاً: قصف أمريكي على الحشد الشعبي"));
    assert!(is_furniture_text("  اقرأ ايضا وكلاء إيران"));
    assert!(is_furniture_text("Read more: the talks in Vienna"));
    assert!(!is_furniture_text("قال الكاظمي إن العراق لا يحتاج إلى قوات قتالية"));
    let long = format!("See also {}", "the long paragraph that goes on and on ".repeat(10));
    assert!(!is_furniture_text(&long), "help: a long paragraph is prose, whatever its first words");
    assert!(!is_furniture_text(""));
}

#[test]
fn arabic_commas_score_like_latin_ones() {
    let score = |text: &str| {
        let blocks = [Block::new(None, "p", "", text, 0)];
        paragraph_score(&measure(&blocks, &counts(&blocks), &|_| None, PASSES[0])[0])
    };
    assert_eq!(score("أ، ب، ج، د"), score("a, b, c, d"));
    assert_eq!(score("أ، ب، ج، د"), 4.0);
    assert_eq!(score(&"كلمة ".repeat(100)), 1.0 + 3.0, "help: length counts up to three points");
}

#[test]
fn tiny_pages_keep_every_likely_block() {
    let mut page = Page::new();
    let nav = page.add(0, "nav", "", "");
    page.with_link(nav, "li", "", "Home");
    page.add(0, "p", "", "Short.");
    page.add(0, "p", "", "Also short.");
    assert_eq!(page.kept(), ["Short.", "Also short."]);
}

#[test]
fn odd_input_never_panics() {
    assert!(article_blocks(&[]).is_empty());
    // Parents that point forwards or at themselves are treated as roots.
    let blocks = vec![
        Block::new(Some(5), "div", "", "A paragraph, long enough to be scored as one, with commas.", 0),
        Block::new(Some(1), "p", "", "", 10),
        Block::new(Some(0), "p", "", "😀\u{200F}\u{0640}،،،", 99),
    ];
    assert_eq!(article_blocks(&blocks).len(), 3);
    let deep: Vec<Block> = (0..10_000usize).map(|i| Block::new(i.checked_sub(1), "div", "", "word, ", 0)).collect();
    assert_eq!(article_blocks(&deep).len(), 10_000);
}

#[test]
fn the_headline_of_an_enclosing_article_is_kept_but_not_its_byline() {
    let mut page = Page::new();
    let article = page.add(0, "article", "", "");
    page.add(article, "h1", "", "Danube flood defences hold");
    page.add(article, "p", "byline", "By Clara Jensen in Vienna");
    let body = page.add(article, "div", "story-body", "");
    for _ in 0..4 {
        page.add(
            body,
            "p",
            "",
            "Flood barriers along the Danube held overnight, and officials said the worst was near.",
        );
    }
    let kept = page.kept();
    assert_eq!(kept.first(), Some(&"Danube flood defences hold"));
    assert!(!kept.contains(&"By Clara Jensen in Vienna"));
    assert_eq!(kept.len(), 5);
}

#[test]
fn a_story_under_a_misleading_class_is_found_by_a_laxer_pass() {
    let mut page = Page::new();
    page.add(0, "nav", "", "");
    let row = page.add(0, "div", "row site_header", "");
    let article = page.add(row, "article", "", "");
    for _ in 0..8 {
        page.add(
            article,
            "p",
            "",
            "The council said on Monday, after a long debate, that the new bridge would open in May.",
        );
    }
    assert_eq!(page.kept().len(), 8, "help: `site_header` looks unlikely, but it holds the whole story");
}

#[test]
fn link_heavy_containers_inside_the_article_go_but_lists_and_paragraphs_stay() {
    let mut page = Page::new();
    let article = page.add(0, "article", "", "");
    for _ in 0..5 {
        page.add(
            article,
            "p",
            "",
            "The council said on Monday, after a long debate, that the new bridge would open in May.",
        );
    }
    let list = page.add(article, "ul", "", "");
    page.with_link(list, "li", "", "Here is our year in review");
    page.with_link(list, "li", "", "Here is our performance review");
    let share = page.add(article, "div", "", "");
    page.with_link(share, "span", "", "Facebook Twitter Email");
    page.with_link(article, "p", "Source: ", "the council's minutes");
    let kept = page.kept();
    assert!(kept.contains(&"Here is our year in review"), "help: a list of links in the story is content");
    assert!(kept.contains(&"Source: the council's minutes"), "help: paragraphs are never dropped for links");
    assert!(!kept.contains(&"Facebook Twitter Email"), "help: a block of only links is furniture");
}

#[test]
fn a_story_split_over_sibling_sections_is_found_whole() {
    let mut page = Page::new();
    page.add(0, "nav", "", "");
    let body = page.add(0, "div", "post-body", "");
    for _ in 0..4 {
        // Each section buries its paragraphs too deep for their scores to reach `body`.
        let mut inner = page.add(body, "div", "acf-section", "");
        for depth in 0..6 {
            inner = page.add(inner, "div", &format!("wrapper-{depth}"), "");
        }
        for _ in 0..3 {
            page.add(
                inner,
                "p",
                "",
                "The council said on Monday, after a long debate, that the new bridge would open in May.",
            );
        }
    }
    assert_eq!(page.kept().len(), 12, "help: all four sections are the story");
}

#[test]
fn a_read_also_title_takes_its_list_of_links_with_it() {
    let mut page = Page::new();
    let content = page.add(0, "div", "entry-content", "");
    for paragraph in AR_PARAGRAPHS {
        page.add(content, "p", "", paragraph);
    }
    page.add(content, "h4", "", "اقرأ أيضاً");
    let list = page.add(content, "ul", "", "");
    page.with_link(list, "li", "", "قصف أمريكي على الحشد الشعبي في الحدود العراقية");
    page.with_link(list, "li", "", "وكلاء إيران في سوريا والعراق يشنّون هجمات منسقة");
    page.add(content, "p", "", "ليفانت نيوز_ أسوشيتد برس");
    page.add(content, "h4", "", "مصادر");
    let sources = page.add(content, "ul", "", "");
    page.with_link(sources, "li", "", "بيان الحكومة العراقية");
    let kept = page.kept();
    assert!(!kept.iter().any(|t| t.contains("الحشد") || t.contains("اقرأ")), "help: kept {kept:?}");
    assert!(kept.contains(&"ليفانت نيوز_ أسوشيتد برس"));
    assert!(kept.contains(&"بيان الحكومة العراقية"), "help: a list after an ordinary heading stays");
}

#[test]
fn a_sibling_dressed_like_the_article_joins_it_without_a_score() {
    let mut page = Page::new();
    let wrap = page.add(0, "div", "", "");
    let first = page.add(wrap, "div", "story-part", "");
    for _ in 0..10 {
        page.add(
            first,
            "p",
            "",
            "Officials said on Monday that the bridge, closed since the flood, would reopen in spring.",
        );
    }
    // Same class, but its paragraph sits too deep for its score to reach the section.
    let mut deep = page.add(wrap, "div", "story-part", "");
    for depth in 0..6 {
        deep = page.add(deep, "div", &format!("inner-{depth}"), "");
    }
    page.add(deep, "p", "", "The second part of the story goes on after a photograph and a caption.");
    let kept = page.kept();
    assert_eq!(kept.len(), 11, "help: kept {kept:?}");
}

#[test]
fn a_data_table_of_links_stays_but_a_layout_table_of_links_goes() {
    let story = "The council said on Monday, after a long debate, that the new bridge would open in May.";
    let build = |headed: bool, nested: bool| {
        let mut page = Page::new();
        let article = page.add(0, "article", "", "");
        for _ in 0..5 {
            page.add(article, "p", "", story);
        }
        let table = page.add(article, "table", "", "");
        let body = page.add(table, "tbody", "", "");
        if headed {
            let head = page.add(body, "tr", "", "");
            page.add(head, "th", "", "Film");
            page.add(head, "th", "", "Year");
        }
        for film in ["Groundhog Day", "Source Code", "Edge of Tomorrow"] {
            let row = page.add(body, "tr", "", "");
            let cell = if nested { page.add(row, "td", "", "") } else { row };
            let inner = if nested { page.add(cell, "table", "", "") } else { row };
            let td = page.add(inner, "td", "", "");
            page.with_link(td, "span", "", film);
        }
        page
    };
    let data = build(true, false);
    let kept = data.kept();
    assert!(kept.contains(&"Groundhog Day") && kept.contains(&"Year"), "help: a table with headers is data: {kept:?}");
    let layout = build(false, true);
    let kept = layout.kept();
    assert!(!kept.contains(&"Groundhog Day"), "help: nested tables are layout, links in them furniture: {kept:?}");
}

#[test]
fn a_deep_section_dressed_like_a_weakly_scored_article_joins_it() {
    // Sections of one story in same-class wrappers, their paragraphs four levels down: the
    // best wrapper scores little, so a class bonus of a fifth of it is not enough.
    let story = "Officials said on Monday that the bridge, closed since the flood, would reopen in spring.";
    let mut page = Page::new();
    let wrap = page.add(0, "div", "", "");
    let section = |page: &mut Page, levels: usize, paragraphs: usize, text: &str| {
        let mut inner = page.add(wrap, "div", "story-part", "");
        for level in 0..levels {
            inner = page.add(inner, "div", &format!("inner-{level}"), "");
        }
        for _ in 0..paragraphs {
            page.add(inner, "p", "", text);
        }
    };
    section(&mut page, 3, 8, story);
    section(&mut page, 5, 2, "A second part, deeper down, with commas, clauses, asides, and more, as stories have.");
    let kept = page.kept();
    assert_eq!(kept.len(), 10, "help: kept {kept:?}");
}

//! A small Arabic news text written for these tests, through the whole pipeline: cues
//! before, after and with a colon, a dropped subject, feminine verbs, an organisation's
//! statement, بحسب, and a one-word quote that is not one.

use hashiya::{annotate, Options};

const ARTICLE: &str = include_str!("fixtures/quotes/ar-talks.txt");
const STATEMENTS: &str = include_str!("fixtures/quotes/ar-statements.txt");
const ROLES: &str = include_str!("fixtures/quotes/ar-roles.txt");

/// Checks each quote's start and a word its speaker's mention must contain: the mention's
/// exact extent is the tagger's, the person is ours.
fn check(text: &str, want: &[(&str, &str)]) {
    let found = annotate(text, &Options::default());
    let got: Vec<(&str, &str)> =
        found.quotes.iter().map(|q| (q.span.of(text), q.speaker.map_or("", |s| s.of(text)))).collect();
    assert_eq!(got.len(), want.len(), "help: quotes found: {got:?}");
    for ((quote, speaker), (start, name)) in got.iter().zip(want) {
        assert!(quote.starts_with(start), "help: quote {quote:?} should start with {start:?}");
        assert!(speaker.contains(name), "help: speaker of {start:?} is {speaker:?}, should name {name:?}");
    }
}

#[test]
fn arabic_article_quotes_and_speakers() {
    check(
        ARTICLE,
        &[
            ("لن نتخلى عن حلفائنا", "بايدن"),
            ("الولايات المتحدة لن تتخلى", "بايدن"),
            ("سنواصل العمل مع شركائنا", "بايدن"),
            ("أوروبا مستعدة للمساهمة", "بيربوك"),
            ("لا يمكن أن نقف", "بيربوك"),
            ("نحن نراقب الوضع", "دوجاريك"),
            ("الدوحة ستواصل جهود الوساطة", "وزارة الخارجية"),
            ("المفاوضات ستستأنف الأسبوع المقبل", "رويترز"),
        ],
    );
    let found = annotate(ARTICLE, &Options::default());
    assert!(found.quotes.iter().all(|q| q.span.of(ARTICLE) != "تاريخية"), "a one-word quote is a fragment");
}

#[test]
fn arabic_relays_roles_and_dropped_subjects() {
    check(
        STATEMENTS,
        &[
            // A colon after a place: the verb's subject speaks, not the place.
            ("نحن ملتزمون بأمن شركائنا", "بلينكن"),
            ("الحكومة ماضية في تنفيذ", "العوادي"),
            // No subject: the last speaker.
            ("لن نسمح لأي جهة", "العوادي"),
            // نقل … عن X قوله: X, not the agency.
            ("القوات الأمنية أحبطت", "مصدر أمني"),
            // After the quote, and the clitic preposition لـ is not part of the speaker.
            ("الوضع هنا صعب جدا", "أحد السكان"),
            ("على الحكومة أن تكشف", "عالية نصيف"),
            // A feminine verb with no subject: the woman who spoke last.
            ("البرلمان سيستضيف الوزير", "عالية نصيف"),
        ],
    );
    let found = annotate(STATEMENTS, &Options::default());
    let resident = found.quotes.iter().find_map(|q| q.speaker.filter(|s| s.of(STATEMENTS).contains("السكان")));
    assert_eq!(resident.map(|s| s.of(STATEMENTS)), Some("أحد السكان"));
}

#[test]
fn a_title_with_a_prepositional_complement_is_spoken_by_the_name_after_it() {
    check(
        ROLES,
        &[
            // «…» marks, the verb before with its subject and place.
            ("نحن نعمل ليل نهار", "شكري"),
            ("الأردن لن يقبل", "الصفدي"),
            // نقل … عن X قوله: the king, not the agency.
            ("السلام العادل", "عبد الله الثاني"),
            // الأمين العام | للأمم المتحدة | أنطونيو غوتيريش: the name, not the title.
            ("كارثي بكل المقاييس", "غوتيريش"),
        ],
    );
}

#[test]
fn a_dropped_subject_after_a_verb_first_clause_is_that_clauses_subject() {
    // وقال has no subject of its own: the subject of دعا in the same sentence speaks, not the
    // person who spoke in the paragraph before.
    let text = "من جهته، قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو في بيان إن الوفد سيتوجه إلى القاهرة.\n\
                وفي نيويورك، دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش مجلس الأمن إلى التحرك، وقال: \"لا يمكن للعالم أن يقف متفرجا\".\n\
                وعقب لقائه بلينكن، أكد أن \"الولايات المتحدة ستواصل دعم جهود الوساطة\".";
    check(
        text,
        &[
            ("لا يمكن للعالم", "غوتيريش"),
            // A person after a noun ("after meeting Guterres") is no subject: the last speaker.
            ("الولايات المتحدة ستواصل", "غوتيريش"),
        ],
    );
}

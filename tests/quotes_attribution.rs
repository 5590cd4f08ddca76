//! Speakers of quotes, with entities given by hand (as the tagger would give them) and
//! without any (the capitalised-name and Arabic noun-phrase fallback).

use hashiya::{quotes, Cluster, Document, Entity, EntityKind, Span};

/// Entities for `names` found in order in `text`: (name, kind, cluster id).
fn entities(text: &str, names: &[(&str, EntityKind, usize)]) -> (Vec<Entity>, Vec<Cluster>) {
    let mut from = 0;
    let mut out = Vec::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    for &(name, kind, cluster) in names {
        let start = from + text[from..].find(name).unwrap_or_else(|| panic!("{name:?} in text"));
        from = start + name.len();
        out.push(Entity { span: Span::new(start, from), kind, cluster });
        if clusters.len() <= cluster {
            clusters.push(Cluster { id: cluster, kind, name: name.to_string(), mentions: 0 });
        }
        clusters[cluster].mentions += 1;
    }
    (out, clusters)
}

/// (quote text, speaker text or None, speaker cluster) for each quote found.
fn speakers(text: &str, names: &[(&str, EntityKind, usize)]) -> Vec<(String, Option<String>, Option<usize>)> {
    let doc = Document::new(text, None);
    let (entities, clusters) = entities(text, names);
    quotes::find(&doc, &entities, &clusters)
        .iter()
        .map(|q| (q.span.of(text).to_string(), q.speaker.map(|s| s.of(text).to_string()), q.speaker_cluster))
        .collect()
}

use EntityKind::{Org, Per};

struct Case {
    text: &'static str,
    names: &'static [(&'static str, EntityKind, usize)],
    /// (quote, speaker, cluster) expected, in order.
    want: &'static [(&'static str, Option<&'static str>, Option<usize>)],
}

fn check(cases: &[Case]) {
    for case in cases {
        let got = speakers(case.text, case.names);
        let want: Vec<(String, Option<String>, Option<usize>)> =
            case.want.iter().map(|(q, s, c)| (q.to_string(), s.map(str::to_string), *c)).collect();
        assert_eq!(got, want, "help: attributing in {:?}", case.text);
    }
}

#[test]
fn english_cue_positions() {
    check(&[
        // Before, with a colon.
        Case {
            text: "Barack Obama said: \"We will not leave before the job is done.\"",
            names: &[("Barack Obama", Per, 0)],
            want: &[("We will not leave before the job is done.", Some("Barack Obama"), Some(0))],
        },
        // After.
        Case {
            text: "\"We will not leave before the job is done,\" Obama said on Tuesday.",
            names: &[("Obama", Per, 0)],
            want: &[("We will not leave before the job is done,", Some("Obama"), Some(0))],
        },
        // Inverted, with a title left out of the span.
        Case {
            text: "\"There's a lot of new complexity here,\" said Mr. Burman.",
            names: &[],
            want: &[("There's a lot of new complexity here,", Some("Burman"), None)],
        },
        // Inside: one attribution between two halves speaks for both.
        Case {
            text: "\"This country needs a leader,\" Clinton said, \"and we need one with integrity.\"",
            names: &[("Clinton", Per, 0)],
            want: &[
                ("This country needs a leader,", Some("Clinton"), Some(0)),
                ("and we need one with integrity.", Some("Clinton"), Some(0)),
            ],
        },
        // An apposition between the quote's speaker and the verb.
        Case {
            text: "\"The sooner he releases his returns, the better,\" Fred Goldberg, a former IRS \
                   commissioner, told CNBC.",
            names: &[],
            want: &[("The sooner he releases his returns, the better,", Some("Fred Goldberg"), None)],
        },
        // According to.
        Case {
            text: "\"The deal is off for now and for good,\" according to Senator Mitch McConnell.",
            names: &[("Mitch McConnell", Per, 0)],
            want: &[("The deal is off for now and for good,", Some("Mitch McConnell"), Some(0))],
        },
        // X said in a statement.
        Case {
            text: "The Pentagon said in a statement: \"The strike hit a weapons depot near the border.\"",
            names: &[("Pentagon", Org, 0)],
            want: &[("The strike hit a weapons depot near the border.", Some("Pentagon"), Some(0))],
        },
    ]);
}

#[test]
fn english_pronouns_roles_and_continuations() {
    check(&[
        // A pronoun: the person who spoke last.
        Case {
            text: "Jill Stein spoke in Ohio on Monday.\nStein said the race was rigged.\n\
                   \"Nobody has the guts to talk about it,\" she added.",
            names: &[("Jill Stein", Per, 0), ("Stein", Per, 0)],
            want: &[("Nobody has the guts to talk about it,", Some("Stein"), Some(0))],
        },
        // A role: the person named with that title.
        Case {
            text: "President Barack Obama met Angela Merkel in Berlin.\n\
                   \"We stand together on this question,\" the president said.",
            names: &[("Barack Obama", Per, 0), ("Angela Merkel", Per, 1)],
            want: &[("We stand together on this question,", Some("Barack Obama"), Some(0))],
        },
        // A continuation in the next sentence keeps the speaker; a quote with no
        // attribution and nothing before it has none.
        Case {
            text: "\"We will win this state in November,\" Trump said. \"And we will win it big, believe me.\"\n\n\
                   Elsewhere on the trail.\n\nA third paragraph.\n\n\"Nobody said this in a sentence we can attribute.\"",
            names: &[("Trump", Per, 0)],
            want: &[
                ("We will win this state in November,", Some("Trump"), Some(0)),
                ("And we will win it big, believe me.", Some("Trump"), Some(0)),
                ("Nobody said this in a sentence we can attribute.", None, None),
            ],
        },
        // A verb the lexicon lacks, right after the quote.
        Case {
            text: "\"You are a disgrace to this great party,\" Kelly charged.",
            names: &[],
            want: &[("You are a disgrace to this great party,", Some("Kelly"), None)],
        },
        // A participle right after a cue keeps that cue's subject, not the sentence's first name.
        Case {
            text: "Ryan and Trump will meet next week, Spicer said, adding, \"They need to sit down and talk.\"",
            names: &[("Ryan", Per, 0), ("Trump", Per, 1), ("Spicer", Per, 2)],
            want: &[("They need to sit down and talk.", Some("Spicer"), Some(2))],
        },
        // Adverbs and times between the subject and its verb; the colon is the verb's own.
        Case {
            text: "Priebus later Thursday told Fox News: \"Both of them are meeting next week.\"\n\
                   Clinton, exasperated, famously responded: \"What difference does it make?\"",
            names: &[("Priebus", Per, 0), ("Fox News", Org, 1), ("Clinton", Per, 2)],
            want: &[
                ("Both of them are meeting next week.", Some("Priebus"), Some(0)),
                ("What difference does it make?", Some("Clinton"), Some(2)),
            ],
        },
        // A relative clause earlier in the sentence does not hide the name before the verb.
        Case {
            text: "Of the analysts who claim to find her more palatable, Bolton said, \"They do not understand her.\"",
            names: &[("Bolton", Per, 0)],
            want: &[("They do not understand her.", Some("Bolton"), Some(0))],
        },
        // A short utterance is not reported but passes its speaker on.
        Case {
            text: "\"Never,\" said Mr. Khan. \"We will not be thrown out of this country.\"",
            names: &[],
            want: &[("We will not be thrown out of this country.", Some("Khan"), None)],
        },
    ]);
}

#[test]
fn arabic_cue_positions_gender_and_statements() {
    check(&[
        // Verb first, with a clitic: وأضاف الكاظمي أن "…".
        Case {
            text: "وأضاف الكاظمي أن \"العراق سيظل يطلب تدريب القوات الأمريكية\".",
            names: &[("الكاظمي", Per, 0)],
            want: &[("العراق سيظل يطلب تدريب القوات الأمريكية", Some("الكاظمي"), Some(0))],
        },
        // Inverted after the quote: "…"، قال الوزير فؤاد حسين.
        Case {
            text: "«لن نسمح بأي تدخل في شؤوننا الداخلية»، قال وزير الخارجية فؤاد حسين.",
            names: &[("فؤاد حسين", Per, 0)],
            want: &[("لن نسمح بأي تدخل في شؤوننا الداخلية", Some("فؤاد حسين"), Some(0))],
        },
        // No subject: the person spoken of last, by the verb's gender.
        Case {
            text: "قالت هيفاء الأمين إن المحادثات ستستمر.\nوقال بايدن إن واشنطن ملتزمة.\n\
                   وأضافت أن \"الحكومة لن تتراجع عن وعودها للناخبين\".",
            names: &[("هيفاء الأمين", Per, 0), ("بايدن", Per, 1)],
            want: &[("الحكومة لن تتراجع عن وعودها للناخبين", Some("هيفاء الأمين"), Some(0))],
        },
        // A role: كما أكد الوزير → the minister named before.
        Case {
            text: "التقى وزير الخارجية فؤاد حسين نظيره الإيراني.\nكما أكد الوزير أن \"العلاقات بين البلدين متينة جدا\".",
            names: &[("فؤاد حسين", Per, 0)],
            want: &[("العلاقات بين البلدين متينة جدا", Some("فؤاد حسين"), Some(0))],
        },
        // Untagged: the name after a title and its complements, and the title used again.
        Case {
            text: "وقال وزير الخارجية العراقي فؤاد حسين إن \"المباحثات كانت مثمرة وبناءة جدا\".\n\
                   كما أكد الوزير أن \"العراق لن يكون منطلقا للاعتداء على جيرانه\".",
            names: &[],
            want: &[
                ("المباحثات كانت مثمرة وبناءة جدا", Some("فؤاد حسين"), None),
                ("العراق لن يكون منطلقا للاعتداء على جيرانه", Some("فؤاد حسين"), None),
            ],
        },
        // A statement voiced by an organisation, then "the statement" again, then a person
        // quoted by the statement.
        Case {
            text: "ذكر بيان لوزارة الخارجية أن \"الوفد سيصل إلى بغداد يوم الأحد المقبل\".\n\
                   وأضاف البيان أن \"الزيارة تستمر ثلاثة أيام كاملة\".\n\
                   ونقل البيان عن الوزير حسين قوله إن \"العراق لن يكون ساحة للصراع\".",
            names: &[("وزارة الخارجية", Org, 0), ("حسين", Per, 1)],
            want: &[
                ("الوفد سيصل إلى بغداد يوم الأحد المقبل", Some("وزارة الخارجية"), Some(0)),
                ("الزيارة تستمر ثلاثة أيام كاملة", Some("وزارة الخارجية"), Some(0)),
                ("العراق لن يكون ساحة للصراع", Some("حسين"), Some(1)),
            ],
        },
        // An untagged issuer: the phrase itself, without its clitic, and no cluster.
        Case {
            text: "وذكر بيان للحكومة العراقية، أن \"الوفد غادر بغداد صباح اليوم\".",
            names: &[],
            want: &[("الوفد غادر بغداد صباح اليوم", Some("لحكومة العراقية"), None)],
        },
        // وفق ما نقلت X: the subject of the verb after ما; an untagged role phrase stays as written.
        Case {
            text: "\"المفاوضات ستستأنف الأسبوع المقبل في القاهرة\"، وفق ما نقلت وكالة الأنباء العراقية.\n\
                   وأشار المتحدث باسم الخارجية إلى أن \"الوزير سيزور طهران خلال أيام\".",
            names: &[],
            want: &[
                ("المفاوضات ستستأنف الأسبوع المقبل في القاهرة", Some("وكالة الأنباء العراقية"), None),
                ("الوزير سيزور طهران خلال أيام", Some("المتحدث باسم الخارجية"), None),
            ],
        },
        // حسبما + verb.
        Case {
            text: "\"الحدود ستفتح أمام المسافرين يوم السبت\"، حسبما ذكرت وزارة الداخلية.",
            names: &[("وزارة الداخلية", Org, 0)],
            want: &[("الحدود ستفتح أمام المسافرين يوم السبت", Some("وزارة الداخلية"), Some(0))],
        },
        // According to.
        Case {
            text: "\"الانتخابات ستجري في موعدها المحدد\"، بحسب المفوضية العليا.",
            names: &[("المفوضية العليا", Org, 0)],
            want: &[("الانتخابات ستجري في موعدها المحدد", Some("المفوضية العليا"), Some(0))],
        },
    ]);
}

#[test]
fn multi_paragraph_quote_has_one_speaker() {
    let text = "Cruz continued:\n\n“You look at the questions in this debate tonight.\n\n\
                “How about talking about the issues people care about?”\n\nThe crowd cheered.";
    let got = speakers(text, &[("Cruz", Per, 0)]);
    let want = [
        ("You look at the questions in this debate tonight.", Some("Cruz"), Some(0)),
        ("How about talking about the issues people care about?", Some("Cruz"), Some(0)),
    ];
    let want: Vec<_> = want.iter().map(|(q, s, c)| (q.to_string(), s.map(str::to_string), *c)).collect();
    assert_eq!(got, want);
}

// The embed's interface strings, in the languages a newsroom can choose with `uiLang`.
export const STRINGS = {
  en: {
    dir: 'ltr',
    title: 'In this article',
    PER: 'People',
    ORG: 'Organisations',
    LOC: 'Places',
    MISC: 'Other names',
    QUOTE: 'Quotes',
    speakers: 'Who is quoted',
    unattributed: 'Unattributed quotes',
    quotes: (n) => (n === 1 ? '1 quote' : `${n} quotes`),
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    nothing: 'No names or quotes found.',
    export: 'Download annotations (W3C JSON)',
  },
  ar: {
    dir: 'rtl',
    title: 'في هذا المقال',
    PER: 'أشخاص',
    ORG: 'منظمات',
    LOC: 'أماكن',
    MISC: 'أسماء أخرى',
    QUOTE: 'اقتباسات',
    speakers: 'من اقتُبس كلامه',
    unattributed: 'اقتباسات بلا قائل',
    quotes: (n) => (n === 1 ? 'اقتباس واحد' : n === 2 ? 'اقتباسان' : `${n} اقتباسات`),
    mentions: (n) => (n === 1 ? 'ذِكر واحد' : n === 2 ? 'ذِكران' : `${n} مرات ذِكر`),
    nothing: 'لم يُعثر على أسماء أو اقتباسات.',
    export: 'تنزيل التعليقات (W3C JSON)',
  },
};

export const UI_LANGS = Object.keys(STRINGS);

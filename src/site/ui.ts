// The site's own words, in both languages of its pages: every label, note and button the
// components print comes from here, never from the converter or the data. Chinese is the site's
// language; English is the unofficial reading layer under /en/.

/** The language a page is in: Chinese (the default, at the root) or English (/en/). */
export type Lang = 'zh' | 'en';

const zh = {
  noteMark: '〔注〕',
  editorNote: '编者注',
  /** The label of an editorial note: 编者注：附件8（二）. */
  editorNoteFor: (where: string) => `编者注：${where}`,
  colon: '：',
};

type Ui = typeof zh;

const en: Ui = {
  noteMark: '[note]',
  editorNote: 'Editor’s note',
  editorNoteFor: (where: string) => `Editor’s note: ${where}`,
  colon: ': ',
};

/** The words of the site in one language. */
export function uiOf(lang: Lang): Ui {
  return lang === 'en' ? en : zh;
}

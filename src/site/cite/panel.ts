// The citation panel, loaded by the cite bar (./bar.ts) the first time the reader reaches for it:
// its format menu and sheet, the sentences it cites (the one the address points to, #s4, or the
// words the reader selected, quoted clean: src/site/text/clean-text.ts), and the sentence numbers
// that copy each sentence's address.

import { dismissable } from '../dismiss.ts';
import { textOf, textOfElement } from '../text/clean-text.ts';
import { fetchPage, wordsOf } from '../text/parsed-text.ts';
import { BAR_WORDS, copyText, type CiteBar } from './bar.ts';
import type { CiteTarget, Passage, Style } from './formats.ts';
import { loadSheet } from '../sheet.ts';
import sheet from './panel.css?url';

/** The panel's words, in the page's language (the bar's own are in ./bar.ts). */
const WORDS = {
  zh: {
    citationCopied: '已复制引用。',
    cannotCopy: '无法复制，请手动选择文本。',
    close: '关闭',
    format: '格式',
    eb: ' 文献类型 [EB/OL]',
    cite: '引用',
    whole: '本条',
    sentences: (p: Passage) => (p.first === p.last ? `第${p.first}句` : `第${p.first}–${p.last}句`),
    selected: '（所选文字）',
    lead: '',
    numbersOn: '已在每句前显示编号，点击编号复制该句链接。',
    sentenceLink: (k: number) => `复制第${k}句的链接`,
    sentenceCopied: (k: number, url: string) => `已复制第${k}句的链接：${url}`,
    sentenceLinkIs: (k: number, url: string) => `第${k}句的链接：${url}`,
  },
  en: {
    citationCopied: 'Citation copied.',
    cannotCopy: 'Could not copy: select the text by hand.',
    close: 'Close',
    format: 'Format',
    eb: ' Type [EB/OL]',
    cite: 'Cite',
    whole: 'The clause',
    sentences: (p: Passage) => (p.first === p.last ? `Sentence ${p.first}` : `Sentences ${p.first}–${p.last}`),
    selected: ' (the words selected)',
    lead: 'Cite the English translation first',
    numbersOn: 'Each sentence now shows its number: select a number to copy that sentence’s link.',
    sentenceLink: (k: number) => `Copy the link to sentence ${k}`,
    sentenceCopied: (k: number, url: string) => `Link to sentence ${k} copied: ${url}`,
    sentenceLinkIs: (k: number, url: string) => `Link to sentence ${k}: ${url}`,
  },
};
type Words = (typeof WORDS)['zh'] & (typeof BAR_WORDS)['zh'];

/** A passage and where it came from: the reader's selection, or the address (#s4). */
type Reading = Passage & { selected: boolean };

/**
 * Mounts the panel of a cite bar (the formats load when it first opens); returns what the bar
 * calls: open, when the panel opens, with the selection taken as the reader reached for it; and
 * showNumbers, when the sentence numbers' switch is pressed.
 */
export function mountPanel(context: CiteBar): { open: (selected: Range | null) => void; showNumbers: (on: boolean) => void } {
  const { bar, target, paragraph } = context;
  const words = { ...WORDS[context.lang], ...BAR_WORDS[context.lang] };
  const output = bar.querySelector<HTMLElement>('.cite-output')!;
  const copyCitation = bar.querySelector<HTMLButtonElement>('.cite-copy')!;
  copyCitation.addEventListener('click', async () => context.say((await copyText(output.textContent ?? '')) ? words.citationCopied : words.cannotCopy));
  const details = bar.querySelector<HTMLDetailsElement>('.cite-panel')!;
  mountSheet(details, words);
  let formats: Promise<(p: Reading | null) => void> | null = null;
  let numbers: ((on: boolean) => void) | null = null;
  let original: Promise<string[] | null> | null = null;
  return {
    open: (selected) => {
      const range = selectedRange(selected);
      formats ??= Promise.all([import('./formats.ts'), loadSheet(sheet)]).then(([f]) => mountFormats(output, target, f, words, context.lang === 'en'));
      void Promise.all([formats, paragraph && context.lang === 'en' ? (original ??= chineseOf(context)) : null]).then(([show, chinese]) => {
        // On an English page a passage is quoted in Chinese: without the Chinese, the clause is cited whole.
        show(paragraph && (context.lang === 'zh' || chinese) ? passageOf(paragraph, chinese, range) : null);
        reveal(details);
      });
    },
    showNumbers: (on) => {
      if (!paragraph) return;
      void loadSheet(sheet).then(() => {
        numbers ??= mountSentenceNumbers(paragraph, context.link, words, context.say);
        numbers(on);
      });
    },
  };
}

/** The words the reader selected: taken as they reached for the panel, else the selection there is. */
function selectedRange(selected: Range | null): Range | null {
  const selection = getSelection();
  return selected ?? (selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null);
}

/**
 * On an English clause page, the clause's Chinese sentences, quoted with the English: read from the
 * Chinese page (the alternate the head names) as a reader copying there would quote them, corrected
 * and without marks; fetched once, when a passage is first cited, so that the English page does not
 * carry them. Null when they cannot be had.
 */
async function chineseOf(context: CiteBar): Promise<string[] | null> {
  const href = document.querySelector<HTMLLinkElement>('link[rel="alternate"][hreflang="zh-CN"]')?.href ?? context.target.url;
  try {
    const page = await fetchPage(href);
    const sentences = [...page.querySelectorAll(`.clause-text .s[id]`)].map(wordsOf);
    return sentences.length > 0 ? sentences : null;
  } catch {
    return null;
  }
}

/**
 * The sentences of the clause the reader means: those the selection touches (the one taken as the
 * reader reached for the panel, else the one there is; quoted as selected), or
 * else the one the address points to (#s4, quoted whole); null when neither. On an English page the
 * quote is the Chinese of the same sentences, with the English as the reader sees it.
 */
function passageOf(paragraph: HTMLElement, original: string[] | null, range: Range | null): Reading | null {
  const sentences = [...paragraph.querySelectorAll<HTMLElement>('.s[id]')];
  const number = (s: HTMLElement) => Number(s.id.slice(1));
  const quoteOf = (first: number, last: number, seen: string, selected: boolean): Reading =>
    original ? { first, last, quote: original.slice(first - 1, last).join(''), quoteEn: seen, selected } : { first, last, quote: seen, selected };
  if (range && !range.collapsed) {
    const touched = sentences.filter((s) => range.intersectsNode(s) && textOf(clip(range, s)) !== '');
    if (touched.length > 0) return quoteOf(number(touched[0]), number(touched.at(-1)!), textOf(range), true);
  }
  const match = /^#s(\d+)$/.exec(location.hash);
  const at = match ? sentences.find((s) => s.id === `s${match[1]}`) : undefined;
  return at ? quoteOf(number(at), number(at), textOfElement(at), false) : null;
}

/** The part of a range inside an element. */
function clip(range: Range, element: Element): Range {
  const inside = document.createRange();
  inside.selectNodeContents(element);
  if (range.compareBoundaryPoints(Range.START_TO_START, inside) > 0) inside.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, inside) < 0) inside.setEnd(range.endContainer, range.endOffset);
  return inside;
}

/**
 * The format menu (made here: without JavaScript only the footnote form is shown), the choice of the
 * clause or the sentences, and on an English page which text leads; returns how to show a passage.
 */
function mountFormats(output: HTMLElement, target: CiteTarget, { cite, STYLES, STYLES_EN, today }: typeof import('./formats.ts'), words: Words, en: boolean): (p: Reading | null) => void {
  const label = Object.assign(document.createElement('label'), { htmlFor: 'cite-style', textContent: words.format });
  const select = Object.assign(document.createElement('select'), { id: 'cite-style' });
  for (const [value, name] of Object.entries(en ? STYLES_EN : STYLES)) select.append(new Option(name, value));
  const eb = Object.assign(document.createElement('label'), { className: 'cite-eb' });
  const ebBox = Object.assign(document.createElement('input'), { type: 'checkbox' });
  eb.append(ebBox, words.eb);
  const lead = Object.assign(document.createElement('label'), { className: 'cite-lead' });
  const leadBox = Object.assign(document.createElement('input'), { type: 'checkbox' });
  lead.append(leadBox, ` ${words.lead}`);
  lead.hidden = !target.translation;
  // What is cited: the clause, or the sentences (shown when there are some).
  const scope = Object.assign(document.createElement('fieldset'), { className: 'cite-scope' });
  scope.append(Object.assign(document.createElement('legend'), { textContent: words.cite }));
  const choice = (value: string) => {
    const wrap = document.createElement('label');
    const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'cite-scope', value });
    const text = document.createElement('span');
    wrap.append(radio, ' ', text);
    scope.append(wrap);
    return { radio, text };
  };
  const whole = choice('whole');
  whole.text.textContent = words.whole;
  const part = choice('part');
  const note = Object.assign(document.createElement('p'), { className: 'cite-numbering', textContent: words.numbering });
  scope.append(note);
  let passage: Reading | null = null;
  const render = () => {
    const style = select.value as Style;
    eb.hidden = style !== 'gbt';
    const translationFirst = leadBox.checked && !!target.translation;
    output.lang = translationFirst ? 'en' : 'zh-CN';
    output.textContent = cite(target, style, today(), {
      gbtType: ebBox.checked ? 'EB/OL' : 'A/OL',
      passage: passage && part.radio.checked ? { first: passage.first, last: passage.last, quote: passage.quote, quoteEn: passage.quoteEn } : undefined,
      lead: translationFirst ? 'translation' : 'original',
    });
  };
  select.value = 'gbt';
  for (const input of [select, ebBox, leadBox, whole.radio, part.radio]) input.addEventListener('change', render);
  output.before(...(target.kind === 'clause' ? [scope] : []), label, select, eb, lead);
  return (p) => {
    passage = p;
    scope.hidden = !p;
    if (p) {
      part.text.textContent = words.sentences(p) + (p.selected ? words.selected : '');
      part.radio.checked = true;
    } else whole.radio.checked = true;
    render();
  };
}

/**
 * The citation panel opens as a sheet at the foot of a phone's screen (CSS), and on a wider screen
 * as a card under its button, scrolled into view if it would not be; its close button, Escape or a
 * click elsewhere shuts it.
 */
function mountSheet(details: HTMLDetailsElement, words: Words): void {
  const summary = details.querySelector('summary')!;
  const shut = () => {
    details.open = false;
    summary.focus();
  };
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'cite-close', textContent: words.close });
  close.addEventListener('click', shut);
  details.querySelector('.cite-head')?.append(close);
  // A click elsewhere closes it (on a phone the dimmed page is part of the panel's summary), and
  // Escape while the focus is in it.
  dismissable(details, details);
}

/** Scrolls an open citation panel into view where it opens in place (not as a sheet). */
function reveal(details: HTMLDetailsElement): void {
  const body = details.querySelector<HTMLElement>('.cite-body')!;
  if (details.open && getComputedStyle(body).position !== 'fixed') body.scrollIntoView({ block: 'nearest' });
}

/**
 * Sentence numbers: the bar's "句子编号" switch shows each sentence's number before it, like a
 * paragraph mark; the number copies the sentence's address (…/#s3). Hidden until asked for, so
 * reading is not interrupted and the keyboard does not tab through seven extra stops. Returns how
 * to show or hide them.
 */
function mountSentenceNumbers(paragraph: HTMLElement, url: string, words: Words, say: (message: string) => void): (on: boolean) => void {
  for (const sentence of paragraph.querySelectorAll<HTMLElement>('.s[id]')) {
    const k = Number(sentence.id.slice(1));
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 's-link', textContent: String(k) });
    button.setAttribute('aria-label', words.sentenceLink(k));
    button.addEventListener('click', async () => {
      const address = `${url.replace(/#.*$/, '')}#${sentence.id}`;
      history.replaceState(null, '', `#${sentence.id}`);
      document.querySelectorAll('.s.s-current').forEach((s) => s.classList.remove('s-current'));
      sentence.classList.add('s-current');
      say((await copyText(address)) ? words.sentenceCopied(k, address) : words.sentenceLinkIs(k, address));
    });
    sentence.before(button);
  }
  return (on) => {
    paragraph.classList.toggle('show-sentence-links', on);
    say(on ? words.numbersOn : '');
    if (on) paragraph.querySelector<HTMLElement>('.s-link')?.focus();
  };
}

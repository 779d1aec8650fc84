// The cite bar in the browser: copying, the citation panel (a sheet on a phone) with its format
// menu, and on clause pages a link button after every sentence (#s1, #s2 …) that works with a mouse,
// a keyboard and a finger.

import { dismissable } from '../dismiss.ts';
import type { CiteTarget, Style } from './formats.ts';

/** Copies text; falls back to a selection when the Clipboard API is unavailable (plain http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: text });
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * The target with an absolute URL: as built when the build knew its origin, else completed from
 * the address this page was loaded from (origin and base path), never an invented host.
 */
function resolveTarget(target: CiteTarget, here: string): CiteTarget {
  return { ...target, url: new URL(target.url, here).href };
}

/** Wires one cite bar: the link and sentence buttons at once, the formats when the panel first opens. */
export function mountCitePanel(bar: HTMLElement): void {
  const target = resolveTarget(JSON.parse(bar.dataset.cite ?? '{}') as CiteTarget, location.href);
  const output = bar.querySelector<HTMLElement>('.cite-output')!;
  const status = bar.querySelector<HTMLElement>('.cite-status')!;
  const say = (message: string) => {
    status.textContent = message;
    setTimeout(() => {
      if (status.textContent === message) status.textContent = '';
    }, 4000);
  };
  const copyLink = bar.querySelector<HTMLButtonElement>('.cite-copy-link')!;
  const copyCitation = bar.querySelector<HTMLButtonElement>('.cite-copy')!;
  copyLink.hidden = false;
  copyCitation.hidden = false;
  copyLink.addEventListener('click', async () => say((await copyText(target.url)) ? `已复制链接：${target.url}` : '无法复制，请手动选择链接。'));
  copyCitation.addEventListener('click', async () => say((await copyText(output.textContent ?? '')) ? '已复制引用。' : '无法复制，请手动选择文本。'));

  const details = bar.querySelector<HTMLDetailsElement>('.cite-panel')!;
  mountSheet(details);
  // The formats are only needed once the reader asks for a citation: they load then, so that the
  // page itself stays light (until they come, the footnote form the page was built with is shown).
  const load = () =>
    void import('./formats.ts').then((formats) => {
      mountFormats(output, target, formats);
      reveal(details);
    });
  details.addEventListener('toggle', load, { once: true });
  if (target.kind === 'clause') mountSentenceLinks(target.url, say);
}

/** The format menu (made here: without JavaScript only the footnote form is shown) and the citation in the chosen format. */
function mountFormats(output: HTMLElement, target: CiteTarget, { cite, STYLES, today }: typeof import('./formats.ts')): void {
  const label = Object.assign(document.createElement('label'), { htmlFor: 'cite-style', textContent: '格式' });
  const select = Object.assign(document.createElement('select'), { id: 'cite-style' });
  for (const [value, name] of Object.entries(STYLES)) select.append(new Option(name, value));
  const eb = Object.assign(document.createElement('label'), { className: 'cite-eb' });
  const ebBox = Object.assign(document.createElement('input'), { type: 'checkbox' });
  eb.append(ebBox, ' 文献类型 [EB/OL]');
  const render = () => {
    const style = select.value as Style;
    eb.hidden = style !== 'gbt';
    output.textContent = cite(target, style, today(), { gbtType: ebBox.checked ? 'EB/OL' : 'A/OL' });
  };
  select.value = 'gbt';
  select.addEventListener('change', render);
  ebBox.addEventListener('change', render);
  render();
  output.before(label, select, eb);
}

/**
 * The citation panel opens as a sheet at the foot of a phone's screen (CSS), and on a wider screen
 * as a card under its button, scrolled into view if it would not be; its close button, Escape or a
 * click elsewhere shuts it.
 */
function mountSheet(details: HTMLDetailsElement): void {
  const summary = details.querySelector('summary')!;
  const shut = () => {
    details.open = false;
    summary.focus();
  };
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'cite-close', textContent: '关闭' });
  close.addEventListener('click', shut);
  details.querySelector('.cite-head')?.append(close);
  // A click elsewhere closes it (on a phone the dimmed page is part of the panel's summary), and
  // Escape while the focus is in it.
  dismissable(details, details);
  details.addEventListener('toggle', () => reveal(details));
}

/** Scrolls an open citation panel into view where it opens in place (not as a sheet). */
function reveal(details: HTMLDetailsElement): void {
  const body = details.querySelector<HTMLElement>('.cite-body')!;
  if (details.open && getComputedStyle(body).position !== 'fixed') body.scrollIntoView({ block: 'nearest' });
}

/**
 * Sentence links: a "句子链接" switch in the cite bar shows a small # button after each sentence of
 * the clause, which copies that sentence's URL (…/#s3). Hidden until asked for, so reading is not
 * interrupted and the keyboard does not tab through seven extra stops.
 */
function mountSentenceLinks(url: string, say: (message: string) => void): void {
  const paragraph = document.querySelector<HTMLElement>('.clause-text');
  const bar = document.querySelector<HTMLElement>('.cite-bar');
  if (!paragraph || !bar) return;
  const toggle = Object.assign(document.createElement('button'), { type: 'button', className: 'sentence-mode', textContent: '句子链接' });
  toggle.setAttribute('aria-pressed', 'false');
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    paragraph.classList.toggle('show-sentence-links', on);
    say(on ? '已在每句后显示链接按钮 #。' : '');
    if (on) paragraph.querySelector<HTMLElement>('.s-link')?.focus();
  });
  bar.querySelector('.cite-copy-link')?.after(toggle);
  for (const sentence of paragraph.querySelectorAll<HTMLElement>('.s[id]')) {
    const k = sentence.id.slice(1);
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 's-link', textContent: '#' });
    button.setAttribute('aria-label', `复制第${k}句的链接`);
    button.addEventListener('click', async () => {
      const link = `${url}#${sentence.id}`;
      history.replaceState(null, '', `#${sentence.id}`);
      document.querySelectorAll('.s.s-current').forEach((s) => s.classList.remove('s-current'));
      sentence.classList.add('s-current');
      say((await copyText(link)) ? `已复制第${k}句的链接：${link}` : `第${k}句的链接：${link}`);
    });
    sentence.after(button);
  }
}

// The cite bar as every page loads it: its buttons shown, the link copied at once. The rest (the
// citation panel's formats and sheet, the sentences a citation quotes, the sentence numbers) is in
// ./panel.ts, loaded the first time the reader reaches for the panel or the numbers, so a page that
// is read and not cited carries none of it.

import type { CiteTarget } from './formats.ts';

/** The words the bar shows before the panel is loaded, in the page's language (./panel.ts has the rest). */
export const BAR_WORDS = {
  zh: {
    linkCopied: (url: string) => `已复制链接：${url}`,
    cannotCopyLink: '无法复制，请手动选择链接。',
    numbers: '句子编号',
    numbering: '句子按网址编号：第1句（#s1）是条款标题句。',
  },
  en: {
    linkCopied: (url: string) => `Link copied: ${url}`,
    cannotCopyLink: 'Could not copy: select the link by hand.',
    numbers: 'Sentence numbers',
    numbering: 'Sentences are numbered as in their addresses: sentence 1 (#s1) is the clause’s title.',
  },
};

/** One cite bar, as both modules see it. */
export interface CiteBar {
  bar: HTMLElement;
  lang: 'zh' | 'en';
  /** The target with absolute URLs. */
  target: CiteTarget;
  /** The clause's text, on a clause page. */
  paragraph: HTMLElement | null;
  /** The address of the page the reader is on (the English page on an English page). */
  link: string;
  /** Says something in the bar's status line for a few seconds. */
  say: (message: string) => void;
}

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
 * The target with absolute URLs: as built when the build knew its origin, else completed from the
 * address this page was loaded from (origin and base path), never an invented host.
 */
function resolveTarget(target: CiteTarget, here: string): CiteTarget {
  const translation = target.translation && { ...target.translation, url: new URL(target.translation.url, here).href };
  return { ...target, url: new URL(target.url, here).href, translation };
}

/** Wires one cite bar: the link button at once, the panel and the sentence numbers when first asked for. */
export function mountCiteBar(bar: HTMLElement): void {
  const lang = bar.dataset.lang === 'en' ? 'en' : 'zh';
  const words = BAR_WORDS[lang];
  const target = resolveTarget(JSON.parse(bar.dataset.cite ?? '{}') as CiteTarget, location.href);
  const status = bar.querySelector<HTMLElement>('.cite-status')!;
  const say = (message: string) => {
    status.textContent = message;
    setTimeout(() => {
      if (status.textContent === message) status.textContent = '';
    }, 4000);
  };
  const context: CiteBar = {
    bar,
    lang,
    target,
    paragraph: target.kind === 'clause' ? document.querySelector<HTMLElement>('.clause-text') : null,
    link: target.translation?.url ?? target.url,
    say,
  };
  let panel: ReturnType<typeof load> | null = null;
  const load = () => import('./panel.ts').then((m) => m.mountPanel(context));
  const loaded = () => (panel ??= load());

  const copyLink = bar.querySelector<HTMLButtonElement>('.cite-copy-link')!;
  copyLink.addEventListener('click', async () => say((await copyText(context.link)) ? words.linkCopied(context.link) : words.cannotCopyLink));

  // The selection is taken as the reader reaches for the panel: a press on its button would clear
  // it before the panel opens. The panel's code starts loading then too.
  const details = bar.querySelector<HTMLDetailsElement>('.cite-panel')!;
  const summary = details.querySelector('summary')!;
  let selected: Range | null = null;
  const read = () => {
    if (details.open) return;
    const selection = getSelection();
    selected = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    void loaded();
  };
  summary.addEventListener('pointerdown', read);
  summary.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') read();
  });
  details.addEventListener('toggle', () => {
    if (details.open) void loaded().then((p) => p.open(selected));
  });

  // Sentence numbers, on a clause page: a switch that shows a number before each sentence, made
  // when first pressed.
  if (!context.paragraph) return;
  const toggle = Object.assign(document.createElement('button'), { type: 'button', className: 'sentence-mode', textContent: words.numbers, title: words.numbering });
  toggle.setAttribute('aria-pressed', 'false');
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    void loaded().then((p) => p.showNumbers(on));
  });
  copyLink.after(toggle);
}

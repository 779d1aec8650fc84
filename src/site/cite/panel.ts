// The cite bar in the browser: the format menu, copying, and on clause pages a link button after
// every sentence (#s1, #s2 …) that works with a mouse, a keyboard and a finger.

import { cite, STYLES, today, type CiteTarget, type Style } from './formats.ts';

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
export function resolveTarget(target: CiteTarget, here: string): CiteTarget {
  return { ...target, url: new URL(target.url, here).href };
}

/** Wires one cite bar. */
export function mountCitePanel(bar: HTMLElement): void {
  const target = resolveTarget(JSON.parse(bar.dataset.cite ?? '{}') as CiteTarget, location.href);
  const output = bar.querySelector<HTMLElement>('.cite-output')!;
  // The format menu is made here: without JavaScript only the footnote form is shown.
  const label = Object.assign(document.createElement('label'), { htmlFor: 'cite-style', textContent: '格式' });
  const select = Object.assign(document.createElement('select'), { id: 'cite-style' });
  for (const [value, name] of Object.entries(STYLES)) select.append(new Option(name, value));
  const eb = Object.assign(document.createElement('label'), { className: 'cite-eb' });
  const ebBox = Object.assign(document.createElement('input'), { type: 'checkbox' });
  eb.append(ebBox, ' 文献类型 [EB/OL]');
  output.before(label, select, eb);
  const status = bar.querySelector<HTMLElement>('.cite-status')!;
  const say = (message: string) => {
    status.textContent = message;
    setTimeout(() => {
      if (status.textContent === message) status.textContent = '';
    }, 4000);
  };
  const render = () => {
    const style = select.value as Style;
    eb.hidden = style !== 'gbt';
    output.textContent = cite(target, style, today(), { gbtType: ebBox.checked ? 'EB/OL' : 'A/OL' });
  };
  select.value = 'gbt';
  select.addEventListener('change', render);
  ebBox.addEventListener('change', render);
  render();

  const copyLink = bar.querySelector<HTMLButtonElement>('.cite-copy-link')!;
  const copyCitation = bar.querySelector<HTMLButtonElement>('.cite-copy')!;
  copyLink.hidden = false;
  copyCitation.hidden = false;
  copyLink.addEventListener('click', async () => say((await copyText(target.url)) ? `已复制链接：${target.url}` : '无法复制，请手动选择链接。'));
  copyCitation.addEventListener('click', async () => say((await copyText(output.textContent ?? '')) ? '已复制引用。' : '无法复制，请手动选择文本。'));

  if (target.kind === 'clause') mountSentenceLinks(target.url, say);
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

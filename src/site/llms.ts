// /llms.txt and /llms-full.txt, after the llms.txt convention (llmstxt.org): what the site is and how
// to cite it, with links, for assistants that read sites; and the whole text with each clause's
// address, so that they quote the clause and cite its URL rather than paraphrase.

import { annexName, chineseDate, clauseHeading, clauseRef, correctionNote, sectionHeading } from '../model/labels.ts';
import { DOMAINS } from '../model/tables.ts';
import { allClauses, clauseCount } from '../model/walk.ts';
import { cite } from './cite/formats.ts';
import { clauseTarget } from './cite/targets.ts';
import { english } from './english.ts';
import { COUNTS_ZH, exampleClause, model, publicHref } from './model.ts';

const { meta, letter } = model;

function header(): string[] {
  return [
    `# ${meta.title}（${meta.docNumber}）`,
    '',
    `> ${meta.issuer}${chineseDate(meta.dateWritten)}批复同意在${model.annexes.length}个地区开展要素市场化配置综合改革试点，附件为各试点的实施方案。本站收录批复和全部实施方案的全文（非官方整理，以官方发布文本为准），每一条都有固定网址。`,
    '',
  ];
}

function citing(): string[] {
  const example = exampleClause();
  return [
    '引用时请给出条款的网址，并照录原文。条款网址的形式为 `/{试点}/{条}/`，第 k 句为 `#s{k}`；法律文书脚注的写法如：',
    '',
    `    ${cite(clauseTarget(example.id), 'footnote', '')}`,
    `    ${publicHref({ kind: 'clause', region: example.region, clause: example.number })}`,
    '',
  ];
}

/** /llms.txt: what the site is, how to cite it, and where everything is. */
export function llmsIndex(): string {
  return [
    ...header(),
    ...citing(),
    '## 文件',
    '',
    `- [${letter.titleText}](${publicHref({ kind: 'letter' })}): 批复正文（${meta.docNumber}）`,
    ...model.annexes.map((a) => `- [${annexName(a)}：${a.titleText}](${publicHref({ kind: 'annex', region: a.region })}): ${a.scope?.text ?? ''}共${clauseCount(a)}条`),
    `- [全文（一页）](${publicHref({ kind: 'print' })}): 批复和全部实施方案`,
    '',
    '## 按要素',
    '',
    ...DOMAINS.map((d) => `- [${d.label}](${publicHref({ kind: 'domain', domain: d.slug })}): ${COUNTS_ZH.pilots}个试点在该要素上的全部条款`),
    '',
    '## 数据',
    '',
    `- [全文，含每条网址](${publicHref({ kind: 'asset', path: 'llms-full.txt' })}): 纯文本`,
    `- [clauses.json](${publicHref({ kind: 'data', file: 'clauses.json' })}): 每条一项，字段见关于页`,
    `- [document.json](${publicHref({ kind: 'data', file: 'document.json' })}): 文件结构`,
    `- [concordance.json](${publicHref({ kind: 'data', file: 'concordance.json' })}): 经人工审核的共同举措及各试点原文`,
    '',
    ...(english
      ? [
          '## English',
          '',
          'An unofficial English translation, aligned sentence by sentence with the Chinese (the Chinese text is authoritative; cite it). Every page of the document has its English at the same path under /en/, with the same anchors (#s{k}); `sentencesEn` in clauses.json holds the English of each sentence.',
          '',
          `- [${english.letter.title}](${publicHref({ kind: 'letter' }, 'en')}): the reply (${english.letter.docNumber})`,
          ...model.annexes.map((a) => `- [Annex ${a.number}: ${english!.annexes[a.region]?.title ?? ''}](${publicHref({ kind: 'annex', region: a.region }, 'en')}): ${clauseCount(a)} clauses`),
          `- [Glossary](${publicHref({ kind: 'data', file: 'glossary.json' })}): the one English rendering of each term, with explanations`,
          '',
        ]
      : []),
    '## Optional',
    '',
    `- [关于本站](${publicHref({ kind: 'about' })}): 底本、修复记录、勘误、引用格式`,
    '',
  ].join('\n');
}

/** /llms-full.txt: the whole document as text, every clause followed by its address; corrections given beside. */
export function llmsFull(): string {
  const lines = [...header(), ...citing(), `## ${letter.titleText}`, '', letter.docNumber.text, '', letter.addressees.text, '', letter.opening.text, ''];
  for (const p of letter.paragraphs) lines.push(`${p.label.text}${p.text}`, `<${publicHref({ kind: 'letter', paragraph: p.number })}>`, '');
  lines.push(letter.annexListLead.text.trim(), ...letter.annexList.map((e) => `${e.number}. ${e.titleText}`), '', letter.signature.text, letter.date.text, '');
  for (const a of model.annexes) {
    lines.push(`## ${annexName(a)}：${a.titleText}`, '', `<${publicHref({ kind: 'annex', region: a.region })}>`, '', a.scope?.text ?? '', '');
    for (const s of a.sections) {
      lines.push(`### ${sectionHeading(s)}`, '');
      for (const c of s.clauses) {
        lines.push(`${c.labelText}${c.text}`);
        for (const x of c.corrections) lines.push(`（勘误：第${x.sentence}句${correctionNote(x)}）`);
        lines.push(`— ${clauseRef(c)} ${clauseHeading(c)} <${publicHref({ kind: 'clause', region: c.region, clause: c.number })}>`, '');
      }
    }
  }
  return lines.join('\n');
}

// Every diagnostic the converter can report, in one table: its id, severity, where it is raised,
// what it means and what to do, and, for the repairs a reader should know about, how the about
// page says it in Chinese. The table drives `ingest --help`, the README's table (a test keeps them
// equal), the about page, and a test that every id has a fixture folder.

import type { Facts, Severity } from './diagnostics.ts';

/** Where in the converter a diagnostic is raised. */
export type Stage = 'read' | 'rule' | 'errata' | 'topics' | 'measures' | 'translations' | 'link';

/** How the about page tells readers about a repair. */
export interface ReaderWording {
  /** The heading of the group of repairs of this kind. */
  heading: string;
  /** One repair, from its facts and line. */
  line: (facts: Facts, line: number) => string;
}

/** One kind of diagnostic. */
export interface DiagnosticKind {
  id: string;
  severity: Severity;
  stage: Stage;
  /** One line, for --help and the README. */
  summary: string;
  /** What it means and what to do about it. */
  explanation: string;
  /** For repairs made to the published text: what readers are told. */
  reader?: ReaderWording;
}

const str = (facts: Facts, key: string) => String(facts[key] ?? '');

/** The catalogue, in the order a reader of the README meets them: input, structure, numbering, repairs, companions. */
export const CATALOGUE: readonly DiagnosticKind[] = [
  { id: 'input-missing', severity: 'error', stage: 'read', summary: 'the seed (or an errata or topics file) cannot be read', explanation: 'The path given with --seed, --errata or --topics does not exist or is not readable. Check the path.' },
  { id: 'input-not-file', severity: 'error', stage: 'read', summary: 'an input path that is not a regular file (a folder, a device, a pipe)', explanation: 'The seed and its companion files are read whole, so each must be a regular file: /dev/zero or a named pipe would never end. Point the option at the file itself.' },
  { id: 'input-too-large', severity: 'error', stage: 'read', summary: 'an input file larger than the converter reads', explanation: 'The seed may hold up to 4 MiB (the real one holds 0.12 MiB) and each companion file up to 1 MiB. A larger file is not this document; check the path.' },
  { id: 'input-encoding', severity: 'error', stage: 'read', summary: 'bytes that are not UTF-8', explanation: 'The seed must be UTF-8. The diagnostic points at the first bad byte; re-save the file as UTF-8 (not GB18030 or another legacy encoding).' },
  { id: 'input-empty', severity: 'error', stage: 'read', summary: 'a seed without text', explanation: 'The file holds only whitespace. Point --seed at the document’s text.' },
  { id: 'input-control-char', severity: 'error', stage: 'read', summary: 'a control character (NUL, escape, bidirectional override …) in the text', explanation: 'Text extracted from a web page never needs control characters, and they would pass invisibly into pages, data and PDFs. Remove the character at the position given (a text editor with “show invisibles” finds it).' },
  { id: 'input-invisible-char', severity: 'error', stage: 'read', summary: 'an invisible character (zero-width space, soft hyphen, tag character …) in the text', explanation: 'A zero-width space, joiner, word joiner, soft hyphen, Hangul filler or tag character shows nothing on the page but splits the words for search and comparison: a sentence holding one cannot be found by the words printed. Delete the character at the position given.' },
  { id: 'letter-structure', severity: 'error', stage: 'rule', summary: 'the approval letter lacks one of its parts', explanation: 'The letter needs its title, 文号, addressees, opening, numbered paragraphs, annex list, signature and date, in that order. Restore the missing line from the official publication.' },
  { id: 'text-outside-structure', severity: 'error', stage: 'rule', summary: 'text that belongs to no part of the document', explanation: 'A paragraph stands where no letter part, annex title, scope, section or clause can hold it. Attach it to the clause it belongs to, or give it the 附件N / 一、 / （一） line it lost.' },
  { id: 'annex-count', severity: 'error', stage: 'rule', summary: 'an annex count that differs from the letter’s annex list', explanation: 'The annexes in the text must be exactly those the letter lists, numbered 1…N in order.' },
  { id: 'annex-title-unmatched', severity: 'error', stage: 'rule', summary: 'an annex title that matches no entry of the letter’s list', explanation: 'Each annex title must be the title its number has in the letter’s annex list (spaces aside).' },
  { id: 'annex-region', severity: 'error', stage: 'rule', summary: 'an annex that is not the pilot the region table expects', explanation: 'Annex N is the pilot that the region table (src/model/tables.ts, a public contract) gives for N, and its title names that pilot.' },
  { id: 'annex-scope-missing', severity: 'error', stage: 'rule', summary: 'an annex without its scope sentence', explanation: 'Each annex states its scope (试点范围包括…) after its title and before its first section.' },
  { id: 'section-number-sequence', severity: 'error', stage: 'rule', summary: 'section or letter paragraph numbers out of sequence', explanation: 'Sections 一、…七、 of each annex and the letter’s paragraphs are numbered 1, 2, 3 … in order. Fix the number or restore the missing heading.' },
  { id: 'section-domain', severity: 'error', stage: 'rule', summary: 'a section heading that maps to no domain, or to the wrong one', explanation: 'Every annex has seven sections that map, in order, onto the seven domains. If a heading uses a new wording, add a keyword to DOMAINS in src/model/tables.ts.' },
  { id: 'section-empty', severity: 'error', stage: 'rule', summary: 'a section (or an annex) without clauses', explanation: 'Every section of an annex holds clauses, and every clause has a public address: a section without them means the text lost its clauses (an extraction cut short, a heading without its text). Restore them from the official publication.' },
  { id: 'clause-number-sequence', severity: 'error', stage: 'rule', summary: 'clause numbers that skip, repeat or go backwards', explanation: 'Clauses are numbered （一）（二）… continuously through each annex. Restore the missing clause or fix the number.' },
  { id: 'clause-title-missing', severity: 'error', stage: 'rule', summary: 'a clause without a title sentence', explanation: 'A clause opens with a short sentence ending in 。, which the site and citations show as its title.' },
  {
    id: 'page-break-join',
    severity: 'warning',
    stage: 'rule',
    summary: 'a paragraph split by a page break, joined again',
    explanation: 'A paragraph that is no part of the structure continues the clause (or letter paragraph) before it: the page break of the web page split it. Review the join and list the line under `reviewed` in the errata file.',
    reader: {
      heading: '分页断开的段落已合并',
      line: (f, line) =>
        `第${str(f, 'previousLine')}行与第${line}行同属一条，${f.atSentenceEnd ? '分页恰在句末' : `分页断在句中（“…${str(f, 'before')}｜${str(f, 'after')}…”）`}，已合并。`,
    },
  },
  {
    id: 'title-space',
    severity: 'warning',
    stage: 'rule',
    summary: 'a line-wrap space removed from a title',
    explanation: 'Titles are one line in the official text; a space inside one was left by line wrapping. The model keeps the printed title and uses the title without the space.',
    reader: { heading: '标题中的换行空格已删除', line: (f) => `${str(f, 'where')}标题“${str(f, 'printed')}”中的空格已删除。` },
  },
  {
    id: 'annex-marker-missing',
    severity: 'warning',
    stage: 'rule',
    summary: 'an annex whose 附件N line is missing, recovered from its title',
    explanation: 'A title from the letter’s annex list stands where a new annex begins, without its 附件N line. The annex is recovered with the number of the list entry.',
    reader: { heading: '缺失的“附件N”行已按标题恢复', line: (f, line) => `第${line}行前缺少“附件${str(f, 'annex')}”一行；其标题与批复附件列表第${str(f, 'annex')}项一致，已按附件${str(f, 'annex')}恢复。` },
  },
  {
    id: 'latin-word',
    severity: 'warning',
    stage: 'rule',
    summary: 'a stray Latin word inside Chinese text',
    explanation: 'A lower-case Latin word between Chinese characters (… 规则 and 标准 …) where the official text has a Chinese word. The text stays as printed; record the correction in the errata file.',
    reader: { heading: '中文句中混入的英文单词（原文保留，见勘误）', line: (f) => `中文句中出现英文单词“${str(f, 'word')}”；原文照录，更正见勘误。` },
  },
  {
    id: 'clause-label-halfwidth',
    severity: 'warning',
    stage: 'rule',
    summary: 'a clause label in half-width parentheses, normalised',
    explanation: 'A clause label printed as (十二) or with inner spaces is read as （十二）. The printed label stays in the model.',
    reader: { heading: '半角括号的条款编号已规范', line: (f) => `条款编号“${str(f, 'printed')}”按“${str(f, 'normalised')}”读取。` },
  },
  {
    id: 'footer-key-space',
    severity: 'warning',
    stage: 'rule',
    summary: 'a metadata key with an inner space, normalised',
    explanation: 'A key of the metadata footer printed with a space (标 题) is read without it (标题).',
    reader: { heading: '信息表键名中的空格已规范', line: (f) => `文件信息表中的键名“${str(f, 'printed')}”规范为“${str(f, 'normalised')}”。` },
  },
  {
    id: 'footer-field-missing',
    severity: 'warning',
    stage: 'rule',
    summary: 'a metadata field missing from the footer',
    explanation: 'The footer should have 索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号 and 发布日期; the letter supplies what it can. Copy the missing field from the official page’s information table.',
    reader: { heading: '文件信息表缺少的字段', line: (f) => `文件信息表中没有“${str(f, 'key')}”。` },
  },
  { id: 'errata-format', severity: 'error', stage: 'errata', summary: 'a malformed errata file or entry', explanation: 'The errata file is YAML with `corrections` and `reviewed` lists; see its header for the entry format.' },
  { id: 'errata-mismatch', severity: 'error', stage: 'errata', summary: 'a correction that does not match the seed', explanation: 'A correction’s line and column must point at the first character of `original`, inside a clause or letter paragraph, and the seed must have exactly `original` there.' },
  { id: 'errata-unused', severity: 'warning', stage: 'errata', summary: 'a reviewed repair that no longer happens', explanation: 'The errata file lists a line for a rule that does not fire there any more. Remove the line, so the file cannot go stale silently.' },
  { id: 'topics-format', severity: 'error', stage: 'topics', summary: 'a malformed topics file or entry', explanation: 'The topics file is YAML with a `topics` list; each entry has a slug, label, domain, phrases, optional exclude and a one-sentence explanation (see the file’s header).' },
  { id: 'measures-format', severity: 'error', stage: 'measures', summary: 'a malformed measures file or entry', explanation: 'A measures file (measures/{domain}.yaml beside the seed) is YAML with `measures` (id, name, verdict, note, parts) and `distinct` lists; a part is `{clause id}#s{sentence}: quote`. See seeds/measures/README.md.' },
  { id: 'measure-quote', severity: 'error', stage: 'measures', summary: 'a measure part that is not in the sentence it names', explanation: 'Each part of a reviewed measure quotes its sentence exactly, as published, and is a part of one measure only; a clause title (#s1) is a heading, never a part. When the seed changed, review the measure again and update the quote.' },
  { id: 'measure-conflict', severity: 'error', stage: 'measures', summary: 'a pair recorded as different that a measure holds together', explanation: 'The measures record says both that two parts state different measures (`distinct`) and that one measure holds them. Decide once: take one part out of the measure, or remove the pair.' },
  { id: 'glossary-format', severity: 'error', stage: 'translations', summary: 'a malformed glossary or glossary entry', explanation: 'The glossary (glossary.yaml beside the seed) is YAML with a `terms` list; each entry has zh, en, kind (and the topic, region or domain it names), pinyin where it helps and an explanation in English (and Chinese). See its header.' },
  { id: 'translation-format', severity: 'error', stage: 'translations', summary: 'a malformed translation file', explanation: 'A translation file (translations/en/{letter,region}.yaml beside the seed) pairs each Chinese item (`zh`) with its English (`en`) in the order of the seed. See seeds/translations/README.md.' },
  { id: 'translation-source', severity: 'error', stage: 'translations', summary: 'a translated Chinese item that is not the seed’s text there', explanation: 'Each `zh` must be exactly the seed’s sentence (or title, heading) at its place. When the seed changes, the English of what changed is stale: translate the new text and copy it into `zh`.' },
  { id: 'translation-missing', severity: 'warning', stage: 'translations', summary: 'a sentence without English, or English without a sentence', explanation: 'Every item of the letter and the annexes has its English, one per Chinese sentence, and no file holds more items than the seed has. With --strict this is an error: no English page ships a gap.' },
  { id: 'translation-figure', severity: 'warning', stage: 'translations', summary: 'English that lost a figure or Latin token of the Chinese', explanation: 'Every figure (2年内, 70%) and Latin token (REITs, 5G, EOD) of the Chinese appears in its English; a date’s month may be its English name.' },
  { id: 'translation-glossary', severity: 'warning', stage: 'translations', summary: 'English that does not use the glossary’s rendering of a term', explanation: 'Where the Chinese contains a glossary term, its English contains the glossary’s rendering (or one of its listed forms), case aside. Change the sentence, or the glossary with a reviewed reason.' },
  { id: 'translation-variant', severity: 'warning', stage: 'translations', summary: 'the same Chinese translated two ways', explanation: 'A sentence that recurs across the annexes reads the same in English wherever it stands; the message names the other wording.' },
  { id: 'duplicate-id', severity: 'error', stage: 'link', summary: 'two things with the same id (and the same URL)', explanation: 'Every addressable thing — annex, section, clause, domain, topic — has one id and one URL. Rename one of the two (for a topic: its slug).' },
  { id: 'xref-not-found', severity: 'error', stage: 'link', summary: 'a cross-reference to something that does not exist', explanation: 'A reference (a topic’s domain, an entry of the letter’s annex list …) names an id the registry does not have. The message lists the ids of that kind.' },
];

const byId = new Map(CATALOGUE.map((k) => [k.id, k]));

/** The catalogue entry of an id; a converter bug if it has none. */
export function diagnosticKind(id: string): DiagnosticKind {
  const kind = byId.get(id);
  if (!kind) throw new Error(`diagnostic id “${id}” is not in src/model/catalogue.ts`);
  return kind;
}

/** The catalogue as the README's Markdown table. */
export function diagnosticsTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return ['| id | severity | what | what it means, what to do |', '|---|---|---|---|', ...CATALOGUE.map((k) => `| \`${k.id}\` | ${k.severity} | ${cell(k.summary)} | ${cell(k.explanation)} |`)].join('\n');
}

// The converter's report in the reader's language, for the about page: every repair it made, where,
// and what it did. The wording comes from the catalogue (src/model/catalogue.ts), the details from
// each diagnostic's facts, and the link from the registry.

import { diagnosticKind } from '../model/catalogue.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { RegistryEntry } from '../model/site-model.ts';
import { urlFor } from '../model/urls.ts';

type Registry = Readonly<Record<string, RegistryEntry>>;

/** One repair as the about page lists it. */
export interface RepairLine {
  rule: string;
  line: number;
  column: number;
  what: string;
  link?: { label: string; href: string };
}

/** A group of repairs of one kind, under the catalogue's heading. */
interface RepairGroup {
  rule: string;
  heading: string;
  lines: RepairLine[];
}

/** One repair in Chinese, linking what it repaired when the registry knows it. */
export function describeRepair(d: Diagnostic, registry: Registry, base = '/'): RepairLine {
  const kind = diagnosticKind(d.ruleId);
  const facts = d.facts ?? {};
  // Own entries only: the registry is a plain object, and an id such as `constructor` is no entry.
  const entry = typeof facts.target === 'string' && Object.hasOwn(registry, facts.target) ? registry[facts.target] : undefined;
  return {
    rule: d.ruleId,
    line: d.line,
    column: d.column,
    what: kind.reader ? kind.reader.line(facts, d.line) : d.message,
    ...(entry ? { link: { label: entry.ref, href: urlFor(entry.target, base) } } : {}),
  };
}

/** Every repair the converter reported, grouped by kind in catalogue order, each group in seed order. */
export function repairGroups(warnings: readonly Diagnostic[], registry: Registry, base = '/'): RepairGroup[] {
  const groups = new Map<string, RepairGroup>();
  for (const d of warnings) {
    const kind = diagnosticKind(d.ruleId);
    if (!kind.reader) continue;
    const group = groups.get(kind.id) ?? { rule: kind.id, heading: kind.reader.heading, lines: [] };
    group.lines.push(describeRepair(d, registry, base));
    groups.set(kind.id, group);
  }
  return [...groups.values()];
}

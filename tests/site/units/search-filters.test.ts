// The search's filters as pure functions: the counts per pilot, domain and topic, and the filters an
// address may ask for. Slugs are data: one named like a property every object inherits
// (constructor, __proto__, toString) must count, and be looked up, like any other.

import { describe, expect, it } from 'vitest';
import { countFilters, knownFilters, passes } from '../../../src/site/search/filters.ts';

const OBJECT_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('the counts of the search filters', () => {
  const entries = [
    { region: 'constructor', domain: '__proto__', topics: ['toString', 'constructor'] },
    { region: 'beijing', domain: 'land', topics: ['constructor', '__proto__'] },
    { region: '', domain: '', topics: [] },
  ];

  it('count a slug named like an object property (constructor, __proto__, toString) as a number, like any other', () => {
    const counts = countFilters(entries, {});
    expect(counts.region.get('constructor')).toBe(1);
    expect(counts.domain.get('__proto__')).toBe(1);
    expect(counts.topic.get('constructor')).toBe(2);
    expect(counts.topic.get('__proto__')).toBe(1);
    expect(counts.topic.get('toString')).toBe(1);
    // A value no entry has counts nothing: it is absent, not a function inherited from Object.
    for (const word of OBJECT_WORDS) expect(counts.region.get(word) ?? 0, word).toBe(word === 'constructor' ? 1 : 0);
    expect([...counts.topic.values()].every((n) => typeof n === 'number')).toBe(true);
    expect([counts.anyRegion, counts.anyDomain, counts.anyTopic]).toEqual([3, 3, 3]);
  });

  it('count each filter’s values under the other filters, as choosing that value would give', () => {
    const counts = countFilters(entries, { region: 'beijing', topic: 'constructor' });
    expect([...counts.region]).toEqual([['constructor', 1], ['beijing', 1]]);
    expect([...counts.domain]).toEqual([['land', 1]]);
    expect([...counts.topic]).toEqual([['constructor', 1], ['__proto__', 1]]);
    expect(passes(entries[0], { topic: 'toString' })).toBe(true);
    expect(passes(entries[1], { topic: 'toString' })).toBe(false);
  });
});

describe('the filters an address asks for', () => {
  const known = { region: ['beijing', 'chengdu'], domain: ['land'], topic: ['standard-land', 'constructor'] };

  it('keep the values the page offers', () => {
    expect(knownFilters(new URLSearchParams('region=chengdu&domain=land&topic=constructor'), known)).toEqual({ region: 'chengdu', domain: 'land', topic: 'constructor' });
  });

  it('drop every value the page does not offer, so that nothing it cannot apply is searched', () => {
    expect(knownFilters(new URLSearchParams('region=bogus&domain=LAND&topic=__proto__'), known)).toEqual({});
    expect(knownFilters(new URLSearchParams('region=toString&topic=hasOwnProperty&domain='), known)).toEqual({});
    expect(knownFilters(new URLSearchParams('region=%&topic=%E0%A4%A&domain=land'), known)).toEqual({ domain: 'land' });
  });
});

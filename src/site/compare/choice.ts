// What a comparison view shows, said in words that claim no more than the comparison found: for
// the chosen pilots, how many measures all of them state, how many only some, how many none (those
// are collapsed). A measure a pilot is not in was not found in its plan: never "it has no such
// measure". Pure, for the page scripts and their tests.

/** The two sides of a pair, and the measures none of them states. */
export interface PairCount {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
}

/** The status line and the note standing for the collapsed measures ('' when none are). `coverage` has, for each measure, how many of the chosen pilots state it. */
export function describeChoice(names: string[], coverage: number[], pilots: number): { status: string; collapsed: string } {
  const n = names.length;
  if (n === 0) return { status: `显示全部${pilots}个试点。勾选一个试点看它的举措，两个试点逐项比较，最多四个并列。`, collapsed: '' };
  const every = coverage.filter((c) => c === n).length;
  const some = coverage.filter((c) => c > 0 && c < n).length;
  const none = coverage.filter((c) => c === 0).length;
  if (n === 1) {
    return {
      status: `只看${names[0]}：它采用其中${every}项共同举措；另${none}项在它的方案中未找到相近表述，已折叠。`,
      collapsed: none > 0 ? `另有${none}项共同举措在${names[0]}的方案中未找到相近表述。` : '',
    };
  }
  return {
    status: `${names.join('、')}：${every}项共同举措所选试点都采用，${some}项只在部分试点的方案中找到${none > 0 ? `；另${none}项所选试点都未找到，已折叠` : ''}。`,
    collapsed: none > 0 ? `另有${none}项共同举措在所选试点的方案中都未找到相近表述。` : '',
  };
}

/** The summary of a pair: what both state, what was found in one plan only, and what neither states. */
export function describePair(first: string, second: string, count: PairCount): { status: string; collapsed: string } {
  return {
    status: `${first}与${second}：${count.both}项举措两者都有；${count.onlyFirst}项只在${first}的方案中找到，${count.onlySecond}项只在${second}的方案中找到${count.neither > 0 ? `；另${count.neither}项其他试点采用、两者都未找到，已折叠` : ''}。两者都有的举措，${second}的措辞对照${first}标出差异。`,
    collapsed: count.neither > 0 ? `另有${count.neither}项共同举措在两者的方案中都未找到相近表述。` : '',
  };
}

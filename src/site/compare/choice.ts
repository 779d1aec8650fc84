// What a concordance view shows, said in words: for the chosen pilots, how many measures all of
// them have, how many only some, and how many none (those rows are collapsed). Pure, for the page
// script and its tests.

/**
 * The status line, and the note that stands for the collapsed rows ('' when none are). `coverage`
 * has, for each row, how many of the chosen pilots have a sentence in it.
 */
export function describeChoice(names: string[], coverage: number[], pilots: number): { status: string; collapsed: string } {
  const n = names.length;
  if (n === 0) return { status: `显示全部${pilots}个试点。勾选一至四个试点即可并列对照。`, collapsed: '' };
  const every = coverage.filter((c) => c === n).length;
  const some = coverage.filter((c) => c > 0 && c < n).length;
  const none = coverage.filter((c) => c === 0).length;
  const folded = none > 0 ? `；另${none}项已折叠` : '';
  if (n === 1) {
    return {
      status: `只看${names[0]}：参与${every}项共同举措${folded}。`,
      collapsed: none > 0 ? `另有${none}项共同举措${names[0]}没有。` : '',
    };
  }
  const who = n === 2 ? `${names[0]}与${names[1]}` : names.join('、');
  const both = n === 2 ? '两者' : '所选试点';
  return {
    status: `${who}：${every}项共同举措${both}都有，${some}项只有${n === 2 ? '其中一方' : '部分试点'}有${folded}。`,
    collapsed: none > 0 ? `另有${none}项共同举措${both}都没有。` : '',
  };
}

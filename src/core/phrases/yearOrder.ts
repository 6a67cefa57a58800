import type { Phrase } from "./types";

const YEAR_TAG = /^(20\d{2})/;

function phraseYear(p: Phrase): number | null {
  for (const t of p.tags) {
    const m = YEAR_TAG.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The library in the order the default list shows it for a 年度: phrases of that year first, then
 * the previous year's, then those of no particular year, then older years (newest first). Stable
 * within each group; search ranking keeps this order for equal scores.
 */
export function orderByYear(phrases: readonly Phrase[], year: number): Phrase[] {
  const rank = (p: Phrase) => {
    const y = phraseYear(p);
    if (y === null) return 2;
    if (y === year) return 0;
    if (y === year - 1) return 1;
    return y > year ? 3 : 3 + (year - y);
  };
  return phrases
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.p);
}

/**
 * Stock-phrase density (the “老三样”: 学习不够、调研不够、创新不够 and the like). Pure.
 * Patterns come from src/data/review/stock-phrases.json and are matched on the text with spaces
 * and punctuation removed; density is per 1,000 such characters.
 */
import data from "../../data/review/stock-phrases.json";
import { normalizeForMatch } from "./fingerprint";

export interface StockPhrase {
  label: string;
  patterns: string[];
}

export const STOCK_PHRASES: StockPhrase[] = data.phrases;

const COMPILED = STOCK_PHRASES.map((p) => ({ label: p.label, re: new RegExp(p.patterns.join("|"), "g") }));

export interface StockDensity {
  /** Occurrences of any stock phrase. */
  count: number;
  /** Normalized characters the density is computed over. */
  base: number;
  /** Occurrences per 1,000 characters (0 when base is 0). */
  perThousand: number;
  /** Per label, only those found, most frequent first. */
  hits: { label: string; count: number }[];
}

export function stockDensity(texts: readonly string[]): StockDensity {
  const norm = texts.map(normalizeForMatch).join("|");
  const base = norm.length - Math.max(0, texts.length - 1);
  const hits: { label: string; count: number }[] = [];
  let count = 0;
  for (const { label, re } of COMPILED) {
    re.lastIndex = 0;
    const m = norm.match(re);
    if (m && m.length) {
      hits.push({ label, count: m.length });
      count += m.length;
    }
  }
  hits.sort((a, b) => b.count - a.count);
  return { count, base, perThousand: base > 0 ? Math.round((count / base) * 10000) / 10 : 0, hits };
}

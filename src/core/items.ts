/** Lookups over outline items, which are always in paragraph order (binary search). */
import type { OutlineItem } from "./types";

/** The outline item of a paragraph, by binary search (items must be in paragraph order). */
export function itemAt(items: OutlineItem[], paragraph: number): OutlineItem | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = items[mid].paragraph;
    if (p === paragraph) return items[mid];
    if (p < paragraph) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

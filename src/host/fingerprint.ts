/**
 * Paragraph fingerprints shared by every host: "<length>:<fnv1a>" of the normalized text (width
 * folded, spaces collapsed, \r and \n removed). src/office/navigate.ts re-exports this one, so a
 * ParagraphRef means the same on Word and on WPS.
 */
import { normalizeText } from "../core/normalize";

function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export function fingerprint(text: string): string {
  const n = normalizeText(text.replace(/[\r\n]+/g, " "));
  return `${n.length}:${hash32(n)}`;
}

/** Index of the text matching `fp` nearest to `index` (the index itself first, then ±1, ±2…), or -1. */
export function nearestMatch(texts: readonly string[], index: number, fp: string): number {
  const n = texts.length;
  if (index >= 0 && index < n && fingerprint(texts[index]) === fp) return index;
  for (let d = 1; d < n; d++) {
    const a = index - d;
    const b = index + d;
    if (a < 0 && b >= n) break;
    if (a >= 0 && a < n && fingerprint(texts[a]) === fp) return a;
    if (b >= 0 && b < n && fingerprint(texts[b]) === fp) return b;
  }
  return -1;
}

/**
 * Character n-gram fingerprints (winnowing, Schleimer–Wilkerson–Aiken 2003) over a normalized text
 * stream, and exact shared passages between two streams. Pure; linear in the text size.
 *
 * Normalization keeps Han characters, Latin letters and digits (width-folded, lower-cased) and drops
 * spaces and punctuation, so “，”/“,” or a line break do not hide a copy. Masked spans (fixed political
 * formulas, preset wording) are dropped: they never count as shared text, yet a copied passage that
 * quotes a formula stays one passage. Segments (paragraphs) are joined, so a copy spanning several
 * paragraphs is one passage too.
 *
 * With K-grams and a window of W, every shared run of at least K + W − 1 characters is guaranteed to
 * share a fingerprint; each shared fingerprint is then verified and extended character by character,
 * so hash collisions never produce a passage.
 */

/** n-gram length in normalized characters. */
export const K = 12;
/** Winnowing window: runs of K + W − 1 = 19 characters or more are always found. */
export const W = 8;
/** End of the stream: never part of an n-gram. */
export const SEP = 0;

export interface TextStream {
  /** Normalized character codes, ending with SEP. */
  codes: Uint16Array;
  /** For each position: paragraph index and offset in that paragraph's original text (-1 for SEP). */
  para: Int32Array;
  off: Int32Array;
  /** Number of non-separator characters. */
  length: number;
}

export interface Segment {
  paragraph: number;
  text: string;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x3007 // 〇
  );
}

/** Folds one UTF-16 code to its comparison form, or -1 when it is not kept. */
export function foldCode(c: number): number {
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) c -= 0xfee0;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return isWordChar(c) ? c : -1;
}

/** Normalized form of a string (for formulas and tests). */
export function normalizeForMatch(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = foldCode(s.charCodeAt(i));
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Builds the stream of the given segments. `masks` are normalized strings (see normalizeForMatch)
 * whose occurrences are replaced by a separator.
 */
export function buildStream(segments: readonly Segment[], masks: readonly string[] = []): TextStream {
  let total = 0;
  for (const s of segments) total += s.text.length + 1;
  const codes = new Uint16Array(total);
  const para = new Int32Array(total);
  const off = new Int32Array(total);
  let n = 0;
  let length = 0;
  const sep = () => {
    if (n > 0 && codes[n - 1] !== SEP) {
      codes[n] = SEP;
      para[n] = -1;
      off[n] = -1;
      n++;
    }
  };
  for (const seg of segments) {
    // Normalized text of the segment with offsets back into the original.
    let norm = "";
    const offs: number[] = [];
    for (let i = 0; i < seg.text.length; i++) {
      const c = foldCode(seg.text.charCodeAt(i));
      if (c >= 0) {
        norm += String.fromCharCode(c);
        offs.push(i);
      }
    }
    if (!norm) continue;
    let masked: Uint8Array | null = null;
    for (const m of masks) {
      if (!m) continue;
      let at = norm.indexOf(m);
      while (at >= 0) {
        masked ??= new Uint8Array(norm.length);
        masked.fill(1, at, at + m.length);
        at = norm.indexOf(m, at + m.length);
      }
    }
    for (let i = 0; i < norm.length; i++) {
      if (masked && masked[i]) continue;
      codes[n] = norm.charCodeAt(i);
      para[n] = seg.paragraph;
      off[n] = offs[i];
      n++;
      length++;
    }
  }
  sep();
  return { codes: codes.slice(0, n), para: para.slice(0, n), off: off.slice(0, n), length };
}

export interface Fingerprints {
  /** Selected n-gram hashes and the stream positions where their n-grams start. */
  hashes: Int32Array;
  positions: Int32Array;
}

/** Winnowed fingerprints of a stream (robust winnowing: the rightmost minimum of each window). */
export function fingerprint(s: TextStream): Fingerprints {
  const hashes: number[] = [];
  const positions: number[] = [];
  const codes = s.codes;
  const n = codes.length;
  let i = 0;
  while (i < n) {
    // One run without separators: [i, j).
    while (i < n && codes[i] === SEP) i++;
    let j = i;
    while (j < n && codes[j] !== SEP) j++;
    const grams = j - i - K + 1;
    if (grams > 0) {
      const h = new Int32Array(grams);
      for (let g = 0; g < grams; g++) {
        let x = 0x811c9dc5 | 0;
        for (let t = 0; t < K; t++) x = Math.imul(x ^ codes[i + g + t], 0x01000193);
        h[g] = x;
      }
      let last = -1;
      const windows = Math.max(1, grams - W + 1);
      for (let w = 0; w < windows; w++) {
        const end = Math.min(grams, w + W);
        let best = w;
        for (let t = w + 1; t < end; t++) if (h[t] <= h[best]) best = t;
        if (best !== last) {
          hashes.push(h[best]);
          positions.push(i + best);
          last = best;
        }
      }
    }
    i = j;
  }
  return { hashes: Int32Array.from(hashes), positions: Int32Array.from(positions) };
}

export interface Passage {
  /** Half-open ranges of stream positions in A and in B. */
  a: [number, number];
  b: [number, number];
}

/**
 * Exact shared passages from seeds (pairs of positions whose n-grams share a hash): each seed is
 * verified and extended both ways; seeds inside a passage already found on the same diagonal are
 * skipped. Passages shorter than `minLength` characters are dropped.
 */
export function passagesFromSeeds(a: TextStream, b: TextStream, seeds: readonly number[], minLength: number): Passage[] {
  const ca = a.codes;
  const cb = b.codes;
  const order: number[] = [];
  for (let k = 0; k < seeds.length; k += 2) order.push(k);
  order.sort((x, y) => seeds[x] - seeds[y] || seeds[x + 1] - seeds[y + 1]);
  const out: Passage[] = [];
  for (const k of order) {
    const pa = seeds[k];
    const pb = seeds[k + 1];
    let covered = false;
    for (let q = out.length - 1; q >= 0 && q >= out.length - 16; q--) {
      const p = out[q];
      if (pa >= p.a[0] && pa < p.a[1] && pa - p.a[0] === pb - p.b[0]) {
        covered = true;
        break;
      }
    }
    if (covered) continue;
    let ok = true;
    for (let t = 0; t < K; t++) {
      if (ca[pa + t] !== cb[pb + t] || ca[pa + t] === SEP) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    let s = 0;
    while (pa - s - 1 >= 0 && pb - s - 1 >= 0 && ca[pa - s - 1] !== SEP && ca[pa - s - 1] === cb[pb - s - 1]) s++;
    let e = K;
    while (pa + e < ca.length && pb + e < cb.length && ca[pa + e] !== SEP && ca[pa + e] === cb[pb + e]) e++;
    if (s + e >= minLength) out.push({ a: [pa - s, pa + e], b: [pb - s, pb + e] });
  }
  return out;
}

/** Number of stream positions covered by the union of the ranges. */
export function coverage(ranges: readonly [number, number][]): number {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -1;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

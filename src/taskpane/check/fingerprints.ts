/**
 * The fingerprints (core findingFingerprint) of a check's findings, computed where the check ran:
 * the check worker sends them with the findings (checkRunner.ts remembers them here), so the 检查
 * tab does not normalize tens of thousands of quotes and paragraphs on the UI thread. Where the
 * check ran on this thread, they are computed here, once per findings array.
 */
import { findingFingerprint } from "../../core/findingPrefs";
import type { DocumentModel, Finding } from "../../core/types";

const known = new WeakMap<readonly Finding[], readonly string[]>();

/** Records `fingerprints[i]` as the fingerprint of `findings[i]` (same length, same order). */
export function rememberFingerprints(findings: readonly Finding[], fingerprints: readonly string[]): void {
  if (fingerprints.length === findings.length) known.set(findings, fingerprints);
}

/**
 * The fingerprint of every finding of `shown`, which is `all` or an ordered selection of its very
 * finding objects (e.g. what the 本单位词表 left): taken from what was remembered for `all` when
 * possible, else computed against `doc`.
 */
export function fingerprintsOf(shown: readonly Finding[], all: readonly Finding[], doc: DocumentModel | null): readonly string[] {
  const fps = known.get(all);
  if (fps) {
    if (shown === all) return fps;
    const out: string[] = [];
    let j = 0;
    for (const f of shown) {
      while (j < all.length && all[j] !== f) j++;
      if (j === all.length) return shown.map((g) => findingFingerprint(g, doc)); // not a selection of `all`
      out.push(fps[j++]);
    }
    return out;
  }
  return shown.map((f) => findingFingerprint(f, doc));
}

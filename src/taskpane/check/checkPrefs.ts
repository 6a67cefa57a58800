import { currentHost } from "../host";
import { defaultStorage, MSG_STORAGE_FULL, MSG_STORAGE_UNAVAILABLE, STORAGE_VERSION, type StorageLike } from "../storage";

/**
 * Per-user storage of the 检查 tab's preferences in localStorage (same helper and versioned JSON as
 * 我的常用语): findings ignored per document (fingerprints from core/findingPrefs, keyed by
 * documentKey) and the 本单位词表. Tolerates storage being unavailable or full: the tab keeps
 * working in memory and `warning` says so.
 */
export const IGNORED_DOCS_MAX = 200;

export class CheckPrefsStore {
  private readonly storage: StorageLike | null;
  private readonly keys: { ignored: string; words: string };
  warning: string | null = null;

  constructor(opts: { storage?: StorageLike | null; prefix?: string } = {}) {
    this.storage = opts.storage === undefined ? defaultStorage() : opts.storage;
    const prefix = opts.prefix ?? currentHost().partitionKey();
    this.keys = { ignored: `${prefix}duizhao.ignored.v1`, words: `${prefix}duizhao.words.v1` };
  }

  private read(key: string): Record<string, unknown> | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(key);
      if (raw == null) return null;
      const v = JSON.parse(raw);
      return typeof v === "object" && v !== null && typeof v.v === "number" && v.v <= STORAGE_VERSION ? v : null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: object): boolean {
    if (!this.storage) {
      this.warning = MSG_STORAGE_UNAVAILABLE;
      return false;
    }
    try {
      this.storage.setItem(key, JSON.stringify({ v: STORAGE_VERSION, ...value }));
      this.warning = null;
      return true;
    } catch {
      this.warning = MSG_STORAGE_FULL;
      return false;
    }
  }

  private docs(): Record<string, string[]> {
    const d = this.read(this.keys.ignored)?.docs;
    return typeof d === "object" && d !== null ? (d as Record<string, string[]>) : {};
  }

  /** Fingerprints ignored in the document with this key. */
  ignored(docKey: string): string[] {
    const list = this.docs()[docKey];
    return Array.isArray(list) ? list.filter((x) => typeof x === "string") : [];
  }

  saveIgnored(docKey: string, fingerprints: readonly string[]): boolean {
    const docs = this.docs();
    delete docs[docKey];
    if (fingerprints.length) docs[docKey] = [...fingerprints];
    // Most recently saved last; the oldest documents are dropped beyond the cap.
    const keys = Object.keys(docs);
    for (const k of keys.slice(0, Math.max(0, keys.length - IGNORED_DOCS_MAX))) delete docs[k];
    return this.write(this.keys.ignored, { docs });
  }

  words(): string[] {
    const w = this.read(this.keys.words)?.words;
    return Array.isArray(w) ? w.filter((x): x is string => typeof x === "string") : [];
  }

  saveWords(words: readonly string[]): boolean {
    return this.write(this.keys.words, { words });
  }
}

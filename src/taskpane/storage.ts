import { USER_ROOT, type Phrase } from "../core/phrases/types";
import { currentHost } from "./host";

/**
 * Per-user storage of 我的常用语, favourites and recently used phrases in localStorage, keyed by
 * Office.context.partitionKey where the host defines it. Versioned JSON; tolerates localStorage
 * being unavailable or full (the pane keeps working in memory and shows a Chinese message).
 */

export const STORAGE_VERSION = 1;
export const RECENT_MAX = 50;

export interface RecentItem {
  id: string;
  count: number;
  /** Epoch ms of the last use. */
  last: number;
}

export interface UserData {
  phrases: Phrase[];
  /** The user's own categories, in display order (may include empty ones). */
  categories: string[];
  favorites: string[];
  recent: RecentItem[];
}

export const MSG_STORAGE_UNAVAILABLE = "浏览器存储不可用，您的常用语只保存在本次打开期间。";
export const MSG_STORAGE_FULL = "浏览器存储空间已满，最近的修改只保存在本次打开期间。请导出备份后删除部分短语。";
export const MSG_STORAGE_CORRUPT = "已保存的常用语数据已损坏，无法读取，已按空白数据载入。";

export type StorageLike = Pick<Storage, "getItem" | "setItem">;

export function storageKeys(prefix = currentHost().partitionKey()) {
  return {
    phrases: `${prefix}duizhao.phrases.v1`,
    favorites: `${prefix}duizhao.favorites.v1`,
    recent: `${prefix}duizhao.recent.v1`,
  };
}

/** localStorage when usable (probed), else null. Shared by the other per-user stores (check/checkPrefs.ts). */
export function defaultStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    const probe = "duizhao.probe";
    s.setItem(probe, "1");
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

function isStr(v: unknown): v is string {
  return typeof v === "string";
}

function parsePhrases(v: unknown): Phrase[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((p) => p && isStr(p.id) && isStr(p.text) && Array.isArray(p.path) && p.path.every(isStr))
    .map((p) => ({
      id: p.id,
      path: [USER_ROOT, isStr(p.path[1]) ? p.path[1] : "未分类"],
      text: p.text,
      tags: Array.isArray(p.tags) ? p.tags.filter(isStr) : [],
      voice: p.voice === "班子" || p.voice === "个人" ? (p.voice as "班子" | "个人") : ("通用" as const),
      user: true,
    }));
}

export class PhraseStore {
  private readonly keys: ReturnType<typeof storageKeys>;
  private readonly storage: StorageLike | null;
  /** Message to show the user (unavailable, full, corrupt), or null. */
  warning: string | null = null;

  constructor(opts: { storage?: StorageLike | null; prefix?: string } = {}) {
    this.storage = opts.storage === undefined ? defaultStorage() : opts.storage;
    this.keys = storageKeys(opts.prefix ?? currentHost().partitionKey());
    if (!this.storage) this.warning = MSG_STORAGE_UNAVAILABLE;
  }

  private read(key: string): Record<string, unknown> | null {
    if (!this.storage) return null;
    let raw: string | null;
    try {
      raw = this.storage.getItem(key);
    } catch {
      this.warning = MSG_STORAGE_UNAVAILABLE;
      return null;
    }
    if (raw == null) return null;
    try {
      const v = JSON.parse(raw);
      if (typeof v !== "object" || v === null || typeof v.v !== "number" || v.v > STORAGE_VERSION) throw new Error();
      return v;
    } catch {
      this.warning = MSG_STORAGE_CORRUPT;
      return null;
    }
  }

  load(): UserData {
    const p = this.read(this.keys.phrases);
    const f = this.read(this.keys.favorites);
    const r = this.read(this.keys.recent);
    const phrases = parsePhrases(p?.phrases);
    const cats = Array.isArray(p?.categories) ? (p.categories as unknown[]).filter(isStr) : [];
    for (const ph of phrases) if (!cats.includes(ph.path[1])) cats.push(ph.path[1]);
    const favorites = Array.isArray(f?.ids) ? (f.ids as unknown[]).filter(isStr) : [];
    const recent = Array.isArray(r?.items)
      ? (r.items as RecentItem[]).filter((x) => x && isStr(x.id) && typeof x.count === "number" && typeof x.last === "number")
      : [];
    return { phrases, categories: cats, favorites, recent: recent.slice(0, RECENT_MAX) };
  }

  private write(key: string, value: object): boolean {
    if (!this.storage) {
      this.warning = MSG_STORAGE_UNAVAILABLE;
      return false;
    }
    try {
      this.storage.setItem(key, JSON.stringify({ v: STORAGE_VERSION, ...value }));
      if (this.warning === MSG_STORAGE_FULL) this.warning = null;
      return true;
    } catch {
      this.warning = MSG_STORAGE_FULL;
      return false;
    }
  }

  savePhrases(phrases: readonly Phrase[], categories: readonly string[]): boolean {
    return this.write(this.keys.phrases, {
      // voice only when chosen (班子 / 个人): older data without it stays as it was.
      phrases: phrases.map((p) => ({ id: p.id, path: p.path, text: p.text, tags: p.tags, ...(p.voice !== "通用" ? { voice: p.voice } : {}) })),
      categories,
    });
  }

  saveFavorites(ids: readonly string[]): boolean {
    return this.write(this.keys.favorites, { ids });
  }

  saveRecent(items: readonly RecentItem[]): boolean {
    return this.write(this.keys.recent, { items: items.slice(0, RECENT_MAX) });
  }
}

/** Records one use of a phrase: moves it to the front, bumps its count. */
export function recordUse(recent: readonly RecentItem[], id: string, now = Date.now()): RecentItem[] {
  const old = recent.find((r) => r.id === id);
  return [{ id, count: (old?.count ?? 0) + 1, last: now }, ...recent.filter((r) => r.id !== id)].slice(0, RECENT_MAX);
}

/** Ranking bonus from use and favourites (0..90), see SearchOptions.boost. */
export function usageBoost(recent: readonly RecentItem[], favorites: ReadonlySet<string>): (p: Phrase) => number {
  const rank = new Map(recent.map((r) => [r.id, r] as const));
  const pos = new Map(recent.map((r, i) => [r.id, i] as const));
  return (p) => {
    let b = favorites.has(p.id) ? 40 : 0;
    const r = rank.get(p.id);
    if (r) b += Math.max(0, 30 - (pos.get(p.id) ?? 0)) + Math.min(20, Math.round(Math.log2(1 + r.count) * 6));
    return Math.min(90, b);
  };
}

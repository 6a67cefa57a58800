import { makeUserPhrase } from "../../src/core/phrases/importExport";
import {
  MSG_STORAGE_CORRUPT,
  MSG_STORAGE_FULL,
  MSG_STORAGE_UNAVAILABLE,
  PhraseStore,
  recordUse,
  storageKeys,
  usageBoost,
  type StorageLike,
} from "../../src/taskpane/storage";

class MemStorage implements StorageLike {
  map = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new Error("QuotaExceededError");
    this.map.set(k, v);
  }
}

describe("PhraseStore", () => {
  it("saves and reloads user phrases, favourites and recent (survives a new instance)", () => {
    const mem = new MemStorage();
    const a = new PhraseStore({ storage: mem, prefix: "pk1" });
    const p = makeUserPhrase("自己写的一句话。", "我的分类");
    expect(a.savePhrases([p], ["我的分类", "空分类"])).toBe(true);
    a.saveFavorites(["dy-001", p.id]);
    a.saveRecent(recordUse([], "dy-001", 5));
    const b = new PhraseStore({ storage: mem, prefix: "pk1" }).load();
    expect(b.phrases).toEqual([p]);
    expect(b.categories).toEqual(["我的分类", "空分类"]);
    expect(b.favorites).toEqual(["dy-001", p.id]);
    expect(b.recent).toEqual([{ id: "dy-001", count: 1, last: 5 }]);
    expect([...mem.map.keys()].every((k) => k.startsWith("pk1duizhao."))).toBe(true);
  });

  it("keys by Office.context.partitionKey", () => {
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = { context: { partitionKey: "abc" } };
    try {
      expect(storageKeys().phrases).toBe("abcduizhao.phrases.v1");
    } finally {
      delete g.Office;
    }
    expect(storageKeys().phrases).toBe("duizhao.phrases.v1");
  });

  it("keeps working in memory when storage is unavailable", () => {
    const s = new PhraseStore({ storage: null, prefix: "" });
    expect(s.warning).toBe(MSG_STORAGE_UNAVAILABLE);
    expect(s.load().phrases).toEqual([]);
    expect(s.savePhrases([], [])).toBe(false);
  });

  it("reports a full storage and recovers", () => {
    const mem = new MemStorage();
    const s = new PhraseStore({ storage: mem, prefix: "" });
    mem.full = true;
    expect(s.saveFavorites(["x"])).toBe(false);
    expect(s.warning).toBe(MSG_STORAGE_FULL);
    mem.full = false;
    expect(s.saveFavorites(["x"])).toBe(true);
    expect(s.warning).toBeNull();
  });

  it("tolerates corrupt or newer data", () => {
    const mem = new MemStorage();
    mem.map.set("duizhao.phrases.v1", "{oops");
    mem.map.set("duizhao.favorites.v1", JSON.stringify({ v: 99, ids: ["a"] }));
    const s = new PhraseStore({ storage: mem, prefix: "" });
    const d = s.load();
    expect(d.phrases).toEqual([]);
    expect(d.favorites).toEqual([]);
    expect(s.warning).toBe(MSG_STORAGE_CORRUPT);
  });
});

describe("usage", () => {
  it("recordUse moves to front and counts", () => {
    let r = recordUse([], "a", 1);
    r = recordUse(r, "b", 2);
    r = recordUse(r, "a", 3);
    expect(r).toEqual([
      { id: "a", count: 2, last: 3 },
      { id: "b", count: 1, last: 2 },
    ]);
  });
  it("usageBoost favours favourites and recent use, capped at 90", () => {
    const b = usageBoost(recordUse([], "a"), new Set(["a", "f"]));
    const ph = (id: string) => ({ id, path: ["导语"], text: "x", tags: [], voice: "通用" as const });
    expect(b(ph("a"))).toBeGreaterThan(b(ph("f")));
    expect(b(ph("f"))).toBeGreaterThan(b(ph("z")));
    expect(b(ph("a"))).toBeLessThanOrEqual(90);
  });
});

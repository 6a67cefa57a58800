import { CheckPrefsStore, IGNORED_DOCS_MAX } from "../../src/taskpane/check/checkPrefs";
import { MSG_STORAGE_FULL, MSG_STORAGE_UNAVAILABLE } from "../../src/taskpane/storage";

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

test("ignored fingerprints per document key, and the word list, round-trip", () => {
  const s = memory();
  const a = new CheckPrefsStore({ storage: s, prefix: "p:" });
  expect(a.ignored("文档甲#0")).toEqual([]);
  expect(a.saveIgnored("文档甲#0", ["placeholder|q:XX"])).toBe(true);
  a.saveIgnored("文档乙#0", ["wording|q:此此"]);
  a.saveWords(["张三丰"]);
  const b = new CheckPrefsStore({ storage: s, prefix: "p:" });
  expect(b.ignored("文档甲#0")).toEqual(["placeholder|q:XX"]);
  expect(b.ignored("文档乙#0")).toEqual(["wording|q:此此"]);
  expect(b.words()).toEqual(["张三丰"]);
  // Another partition (prefix) sees nothing.
  expect(new CheckPrefsStore({ storage: s, prefix: "q:" }).words()).toEqual([]);
  // Emptying a document's list removes its entry.
  b.saveIgnored("文档甲#0", []);
  expect(Object.keys(JSON.parse(s.m.get("p:duizhao.ignored.v1")!).docs)).toEqual(["文档乙#0"]);
});

test("keeps at most IGNORED_DOCS_MAX documents, dropping the least recently saved", () => {
  const st = new CheckPrefsStore({ storage: memory(), prefix: "" });
  for (let i = 0; i <= IGNORED_DOCS_MAX; i++) st.saveIgnored(`d${i}`, ["x"]);
  expect(st.ignored("d0")).toEqual([]);
  expect(st.ignored(`d${IGNORED_DOCS_MAX}`)).toEqual(["x"]);
  expect(st.ignored("d1")).toEqual(["x"]);
});

test("corrupt data reads as empty; unavailable or full storage is reported, not thrown", () => {
  const s = memory();
  s.setItem("duizhao.words.v1", "{not json");
  s.setItem("duizhao.ignored.v1", JSON.stringify({ v: 99, docs: { a: ["x"] } }));
  const st = new CheckPrefsStore({ storage: s, prefix: "" });
  expect(st.words()).toEqual([]);
  expect(st.ignored("a")).toEqual([]);
  const none = new CheckPrefsStore({ storage: null, prefix: "" });
  expect(none.saveWords(["甲"])).toBe(false);
  expect(none.warning).toBe(MSG_STORAGE_UNAVAILABLE);
  const full = new CheckPrefsStore({
    storage: { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); } },
    prefix: "",
  });
  expect(full.saveIgnored("a", ["x"])).toBe(false);
  expect(full.warning).toBe(MSG_STORAGE_FULL);
});

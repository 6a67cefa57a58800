import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { libraryPhrases, PHRASE_FILES } from "../../src/core/phrases/library";
import { hasPinyin } from "../../src/core/phrases/pinyin";
import { PHRASE_SECTIONS, PHRASE_VOICES } from "../../src/core/phrases/types";
import { validatePhrase, validatePhraseFile } from "../../src/core/phrases/validate";
import schema from "../../src/data/phrase.schema.json";

const root = join(__dirname, "../..");
const dataDir = join(root, "src/data/phrases");
const files = readdirSync(dataDir).filter((f) => f.endsWith(".json")).sort();
const HAN = /\p{Script=Han}/u;

describe("phrase data", () => {
  it("every data file is imported by library.ts", () => {
    expect(Object.keys(PHRASE_FILES).sort()).toEqual(files);
  });

  it.each(files)("%s is valid against the schema", (f) => {
    const data = JSON.parse(readFileSync(join(dataDir, f), "utf8"));
    expect(validatePhraseFile(data, f)).toEqual([]);
  });

  it("holds at least 600 phrases", () => {
    expect(libraryPhrases().length).toBeGreaterThanOrEqual(600);
  });

  it("has unique ids and unique texts", () => {
    const ps = libraryPhrases();
    const dupIds = ps.map((p) => p.id).filter((id, i, a) => a.indexOf(id) !== i);
    const norm = (t: string) => t.replace(/\s+/g, "");
    const dupTexts = ps.map((p) => norm(p.text)).filter((t, i, a) => a.indexOf(t) !== i);
    expect(dupIds).toEqual([]);
    expect(dupTexts).toEqual([]);
  });

  it("has no near-duplicates (character-bigram overlap below 60% for every pair, slots and punctuation ignored)", () => {
    const ps = libraryPhrases();
    const bigrams = (t: string) => {
      const n = t.replace(/【[^】]*】/g, "").replace(/[^\p{Script=Han}A-Za-z0-9]/gu, "");
      const s = new Set<string>();
      for (let i = 0; i + 1 < n.length; i++) s.add(n.slice(i, i + 2));
      return s;
    };
    const grams = ps.map((p) => bigrams(p.text));
    const near: string[] = [];
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const a = grams[i];
        const b = grams[j];
        let common = 0;
        for (const g of a) if (b.has(g)) common++;
        if (common / (a.size + b.size - common) >= 0.6) near.push(`${ps[i].id} ≈ ${ps[j].id}`);
      }
    }
    expect(near).toEqual([]);
  });

  it("frames for 存在的问题 carry a slot for the concrete example; voices use the right pronoun", () => {
    const ps = libraryPhrases();
    // Problem statements either are short topic sentences (tag 标题句 / 过渡句) or carry 【…】 slots.
    const bare = ps.filter(
      (p) => p.path[0] === "存在的问题" && !/【[^】]+】/.test(p.text) && !p.tags.some((t) => t === "标题句" || t === "过渡句"),
    );
    expect(bare.map((p) => p.id)).toEqual([]);
    expect(ps.filter((p) => p.voice === "个人" && !/我|本人|自己|自身|个人/.test(p.text)).map((p) => p.id)).toEqual([]);
    expect(ps.filter((p) => p.voice === "班子" && !/班子|我们|支部|支委|党委|党组|委员会|单位/.test(p.text)).map((p) => p.id)).toEqual([]);
  });

  it("the committed pinyin map covers every Han character of the shipped phrases", () => {
    const missing = new Set<string>();
    for (const p of libraryPhrases()) for (const ch of p.text) if (HAN.test(ch) && !hasPinyin(ch)) missing.add(ch);
    // If this fails, run: node scripts/build-pinyin.mjs
    expect([...missing].join("")).toBe("");
  });

  it("the committed pinyin map is exactly what scripts/build-pinyin.mjs generates", () => {
    const r = spawnSync(process.execPath, [join(root, "scripts/build-pinyin.mjs"), "--check"], { encoding: "utf8" });
    expect(r.stderr + r.stdout).toContain("up to date");
    expect(r.status).toBe(0);
  });
});

describe("schema and validator agree", () => {
  const item = schema.items;
  it("enumerations match the TypeScript constants", () => {
    expect(item.properties.path.prefixItems[0].enum).toEqual([...PHRASE_SECTIONS]);
    expect(item.properties.voice.enum).toEqual([...PHRASE_VOICES]);
    expect(item.required).toEqual(["id", "path", "text", "tags", "voice"]);
    expect(item.properties.text.minLength).toBe(8);
    expect(item.properties.text.maxLength).toBe(200);
  });

  it("the validator rejects what the schema rejects", () => {
    const ok = { id: "wt-llxx-003", path: ["存在的问题", "理论学习"], text: "在理论学习上【时间】还不够深入。", tags: ["框架"], voice: "班子" };
    expect(validatePhrase(ok)).toEqual([]);
    expect(validatePhrase({ ...ok, id: "Bad_ID" })).not.toEqual([]);
    expect(validatePhrase({ ...ok, path: ["别的"] })).not.toEqual([]);
    expect(validatePhrase({ ...ok, text: "太短" })).not.toEqual([]);
    expect(validatePhrase({ ...ok, text: "字".repeat(201) })).not.toEqual([]);
    expect(validatePhrase({ ...ok, voice: "我" })).not.toEqual([]);
    expect(validatePhrase({ ...ok, extra: 1 })).not.toEqual([]);
    expect(validatePhrase({ ...ok, text: "<b>这是一段加粗的文字</b>" })).not.toEqual([]);
    const { text: _t, ...noText } = ok;
    expect(validatePhrase(noText)).not.toEqual([]);
  });
});

/** Shape of the rule word lists in src/data/rules and safety of their regular expressions. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "..", "..", "..", "src", "data", "rules");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const load = (f: string) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Record<string, unknown>;

/** A quantified group (`(…)+`, `(…)*`, `(…){n,}`) can backtrack exponentially; lists must not use one. */
const QUANTIFIED_GROUP = /\)[*+]|\)\{\d+,\}/;

function regexSources(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  const pats = data.patterns;
  if (Array.isArray(pats)) for (const p of pats) out.push(typeof p === "string" ? p : (p as { source: string }).source);
  return out;
}

describe("rule data files", () => {
  it("has the expected files", () => {
    expect(files.sort()).toEqual(
      ["achievement.json", "balance.json", "canonical-terms.json", "copy-residue.json", "example-signals.json", "measure-signals.json", "objective-cause.json", "placeholder.json", "set-phrases.json", "wording.json", "year-themes.json"].sort(),
    );
  });

  it.each(files)("%s: string lists are non-empty and duplicate-free, regexes compile without quantified groups", (f) => {
    const data = load(f);
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith("$")) continue;
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
        expect(new Set(value).size).toBe(value.length);
        for (const v of value) expect(v.length).toBeGreaterThan(0);
      }
    }
    for (const src of regexSources(data)) {
      expect(() => new RegExp(src)).not.toThrow();
      expect(QUANTIFIED_GROUP.test(src)).toBe(false);
    }
  });

  it("canonical terms have a correct form and variants that differ from it", () => {
    const data = load("canonical-terms.json") as { terms: { correct: string; wrong: string[] }[] };
    for (const t of data.terms) for (const w of t.wrong) expect(w).not.toBe(t.correct);
  });

  it("balance thresholds are sane", () => {
    const b = load("balance.json") as { minShare: number; targetShare: number; minChars: number };
    expect(b.minShare).toBeGreaterThan(0);
    expect(b.minShare).toBeLessThan(b.targetShare);
    expect(b.targetShare).toBeLessThanOrEqual(1);
  });
});

import data from "../../../src/data/rules/canonical-terms.json";
import { rule } from "../../../src/core/rules/canonical-term";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("canonical-term", () => {
  it("dictionary is well-formed: no variant equals or occurs inside a correct form", () => {
    const corrects = data.terms.map((t) => t.correct);
    for (const t of data.terms) {
      expect(t.correct.length).toBeGreaterThan(0);
      expect(t.wrong.length).toBeGreaterThan(0);
      for (const w of t.wrong) for (const c of corrects) expect(c.includes(w)).toBe(false);
    }
  });

  it("every correct form passes untouched", () => {
    expect(run(data.terms.map((t) => `我们深入学习${t.correct}的内涵。`))).toEqual([]);
  });

  it("fixes the longest wrong variant with the correct form", () => {
    const r = run(["班子深入学习习近平新世代中国特色社会主义思想，增强四种意识。"]);
    expect(r.map((f) => [f.data?.wrong, f.data?.correct])).toEqual([
      ["习近平新世代中国特色社会主义思想", "习近平新时代中国特色社会主义思想"],
      ["四种意识", "四个意识"],
    ]);
    expect(r[0].fix).toMatchObject({ type: "replace", offset: 6, expected: "习近平新世代中国特色社会主义思想", replacement: "习近平新时代中国特色社会主义思想" });
    expect(r[1].message).toBe("“四种意识”表述不规范，应为“四个意识”");
  });

  it("catches missing words and numerals in formulas", () => {
    const r = run(["学习习近平新时代特色社会主义思想和党的20大精神，落实中央8项规定精神，贯彻20届四中全会部署。"]);
    expect(r.map((f) => f.data?.correct)).toEqual(["习近平新时代中国特色社会主义思想", "党的二十大", "中央八项规定精神", "二十届四中全会"]);
  });

  it("accepts legitimate shorter forms", () => {
    expect(run(["坚持从严治党，落实八项规定，坚定拥护“两个确立”、坚决做到“两个维护”。"])).toEqual([]);
  });
});

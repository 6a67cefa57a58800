import { buildStream, fingerprint, K, normalizeForMatch, passagesFromSeeds, W } from "../../src/core/review/fingerprint";
import { reviewBatch, type FileSummary } from "../../src/core/review/batch";
import { stockDensity, STOCK_PHRASES } from "../../src/core/review/stock";
import { barChartSvg, barsByRule, htmlReport, opinionText, summaryCsv, summaryRows, SUMMARY_HEADER } from "../../src/core/review/export";
import { documentFromText } from "../../src/core/text";
import formulas from "../../src/data/review/formulas.json";
import stock from "../../src/data/review/stock-phrases.json";
import { COPIED, material, previousMaterial, RECYCLED } from "./materials";

const doc = (text: string) => documentFromText(text);

function fourWithOneCopy() {
  return [0, 1, 2, 3].map((i) => ({ name: `材料${i + 1}.txt`, doc: doc(material(i, i === 1 || i === 3 ? { extraProblem: COPIED } : {})) }));
}

describe("fingerprints", () => {
  test("normalization drops punctuation and spaces, folds width and case", () => {
    expect(normalizeForMatch("学习， 不够！ＡＢ c１")).toBe("学习不够abc1");
  });

  test("a shared run of K + W − 1 characters is always found, in any surroundings", () => {
    const run = "对群众反映的灌溉渠年久失修问题没有跟踪";
    expect(run.length).toBeGreaterThanOrEqual(K + W - 1);
    const a = buildStream([{ paragraph: 0, text: `甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉${run}天地玄黄宇宙洪荒日月盈昃` }]);
    const b = buildStream([{ paragraph: 3, text: `春夏秋冬${run}东南西北中发白` }]);
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    const seeds: number[] = [];
    fa.hashes.forEach((h, i) => fb.hashes.forEach((g, j) => h === g && seeds.push(fa.positions[i], fb.positions[j])));
    const ps = passagesFromSeeds(a, b, seeds, 10);
    expect(ps).toHaveLength(1);
    expect(ps[0].a[1] - ps[0].a[0]).toBe(run.length);
    expect(b.para[ps[0].b[0]]).toBe(3);
  });

  test("masked formulas are not shared text", () => {
    const masks = [normalizeForMatch("习近平新时代中国特色社会主义思想")];
    const s = buildStream([{ paragraph: 0, text: "深入学习习近平新时代中国特色社会主义思想" }], masks);
    expect(s.length).toBe(4);
  });
});

describe("batch review", () => {
  test("four files, two sharing a copied passage: one flagged pair with the passage", () => {
    const r = reviewBatch(fourWithOneCopy());
    expect(r.files).toHaveLength(4);
    const flagged = r.pairs.filter((p) => p.flagged);
    expect(flagged).toHaveLength(1);
    expect([flagged[0].a, flagged[0].b]).toEqual(["材料2.txt", "材料4.txt"]);
    expect(flagged[0].longest).toBeGreaterThanOrEqual(250);
    expect(flagged[0].passages[0].aText).toContain("用发通知代替抓落实");
    expect(flagged[0].passages[0].bText).toBe(flagged[0].passages[0].aText);
  });

  test("the same fixed formulas and headings in every file do not make pairs", () => {
    const common = "深入学习贯彻习近平新时代中国特色社会主义思想，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。";
    const files = [0, 2].map((i) => ({ name: `${i}.txt`, doc: doc(material(i, { extraProblem: common })) }));
    expect(reviewBatch(files).pairs.filter((p) => p.flagged)).toEqual([]);
  });

  test("a 存在的问题 paragraph repeating last year's is 年年提", () => {
    const cur = [
      { name: "今年甲.txt", doc: doc(material(0, { extraProblem: RECYCLED })) },
      { name: "今年乙.txt", doc: doc(material(2)) },
    ];
    const r = reviewBatch(cur, [{ name: "去年甲.txt", doc: doc(previousMaterial()) }]);
    expect(r.recycled.map((x) => [x.file, x.paragraph, x.previousFile])).toEqual([["今年甲.txt", 6, "去年甲.txt"]]);
    expect(r.recycled[0].text).toContain("灌溉渠年久失修");
  });

  test("an unreadable input keeps its reason and the others are checked", () => {
    const r = reviewBatch([{ name: "坏.docx", error: "文件已损坏" }, ...fourWithOneCopy().slice(0, 1)]);
    expect(r.files[0]).toEqual({ file: "坏.docx", ok: false, reason: "文件已损坏" });
    expect(r.files[1].ok).toBe(true);
  });

  test("summary: author, parts, counts", () => {
    const f = reviewBatch(fourWithOneCopy()).files[0] as FileSummary;
    expect(f.author).toBe("青禾县农业农村局周明远");
    expect(f.presetId).toBe("dlsh-2025/geren");
    expect(f.parts.have).toBe(f.parts.need);
    expect(f.characters).toBeGreaterThan(300);
  });
});

describe("stock phrases", () => {
  test("data: every pattern compiles and every entry has a label", () => {
    for (const p of STOCK_PHRASES) {
      expect(p.label).toBeTruthy();
      for (const re of p.patterns) expect(() => new RegExp(re)).not.toThrow();
    }
    expect(stock.phrases.map((p) => p.label)).toEqual(expect.arrayContaining(["学习不够", "调研不够", "创新不够"]));
    expect(new Set(formulas.formulas).size).toBe(formulas.formulas.length);
  });

  test("density per 1,000 characters", () => {
    const d = stockDensity(["理论学习不够深入，调查研究不够，创新意识不强。", "例如三月份的台账没有更新。"]);
    expect(d.count).toBe(3);
    expect(d.hits.map((h) => h.label).sort()).toEqual(["创新不够", "学习不够", "调研不够"].sort());
    expect(d.perThousand).toBeGreaterThan(50);
  });
});

describe("exports", () => {
  const r = reviewBatch([...fourWithOneCopy(), { name: "坏.docx", error: "不是有效的 .docx 文件" }], [{ name: "去年.txt", doc: doc(previousMaterial()) }]);

  test("CSV: BOM, header, one row per file, quoted fields", () => {
    const csv = summaryCsv(r);
    expect(csv.startsWith("\ufeff文件,作者/单位")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines[5]).toContain("不是有效的 .docx 文件");
    expect(summaryRows(r)[0]).toHaveLength(SUMMARY_HEADER.length);
  });

  test("HTML report is self-contained and shows the copied passage", () => {
    const html = htmlReport(r, { generatedAt: "2026-01-10 09:00" });
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("用发通知代替抓落实");
    expect(html).toContain("<svg");
    expect(html).toContain("不是有效的 .docx 文件");
  });

  test("SVG chart escapes labels", () => {
    const svg = barChartSvg([{ label: "<a&b>", values: [1, 2, 0] }], { title: "t" });
    expect(svg).toContain("&lt;a&amp;b&gt;");
    expect(barsByRule(r).length).toBeGreaterThan(0);
  });

  test("审核意见 names the copy and the reason of an unreadable file", () => {
    const copied = r.files[1];
    expect(opinionText(r, copied)).toContain("与“材料4.txt”有");
    expect(opinionText(r, r.files[4])).toContain("文件无法读取：不是有效的 .docx 文件");
  });
});

import { buildIndex, MATCH_CLASS, normalizeText, queryTerms, search, segments } from "../../src/core/phrases/search";
import type { Phrase } from "../../src/core/phrases/types";

const mk = (id: string, text: string, path: string[] = ["存在的问题", "理论学习"]): Phrase => ({
  id,
  path,
  text,
  tags: [],
  voice: "通用",
});

// Original test sentences written for this suite.
const phrases: Phrase[] = [
  mk("a1", "理论学习抓得不够紧，满足于读原文、记笔记。"),
  mk("a2", "整改措施要具体可行，明确【时间】节点和责任人。", ["整改措施", "理论学习"]),
  mk("a3", "对照检查中发现，我们在联系群众方面做得不够。"),
  mk("a4", "执行制度有时打折扣，存在以会议落实会议的现象。"),
  mk("a5", "银行网点的服务行为规范需要进一步加强。"),
  mk("a6", "带头学习贯彻习近平新时代中国特色社会主义思想。"),
  mk("a7", "按照GB/T 9704排版，字号统一。"),
];
const index = buildIndex(phrases);
const ids = (q: string) => search(index, q).map((r) => r.phrase.id);

describe("normalize", () => {
  it("maps full-width ASCII to half-width lower case and keeps the length", () => {
    expect(normalizeText("ＡＢｃ（１）")).toBe("abc(1)");
    expect(normalizeText("理论Ａ").length).toBe(3);
  });
  it("splits terms and drops pinyin separators", () => {
    expect(queryTerms("  li'lun  XUEXI ")).toEqual(["lilun", "xuexi"]);
  });
});

describe("search", () => {
  it("matches Han substrings and highlights them", () => {
    const r = search(index, "联系群众");
    expect(r.map((x) => x.phrase.id)).toEqual(["a3"]);
    const t = r[0].phrase.text;
    expect(t.slice(r[0].ranges[0][0], r[0].ranges[0][1])).toBe("联系群众");
  });

  it("matches pinyin initials: llxx → 理论学习, zgcs → 整改措施", () => {
    const r = search(index, "llxx");
    expect(r[0].phrase.id).toBe("a1");
    expect(r[0].phrase.text.slice(...r[0].ranges[0])).toBe("理论学习");
    const z = search(index, "zgcs");
    expect(z[0].phrase.id).toBe("a2");
    expect(z[0].phrase.text.slice(...z[0].ranges[0])).toBe("整改措施");
  });

  it("matches full pinyin with optional spaces and a partial last syllable", () => {
    expect(ids("lilun")[0]).toBe("a1");
    expect(ids("lilunxuexi")[0]).toBe("a1");
    expect(ids("li lun xue xi")[0]).toBe("a1");
    expect(ids("lilunx")[0]).toBe("a1");
    const r = search(index, "lilunxue")[0];
    expect(r.phrase.text.slice(...r.ranges[0])).toBe("理论学");
  });

  it("matches both readings of a polyphone (行 xing / hang)", () => {
    expect(ids("yinhang")).toContain("a5");
    expect(ids("xingwei")).toContain("a5");
    expect(ids("zhixing")).toContain("a4");
  });

  it("matches mixtures of Han and pinyin", () => {
    expect(ids("理论xx")).toEqual(["a1"]);
    expect(ids("lilxx")).toContain("a1");
  });

  it("ANDs multiple terms", () => {
    expect(ids("整改 时间")).toEqual(["a2"]);
    expect(ids("zgcs shijian")).toEqual(["a2"]);
    expect(ids("llxx zgcs")).toEqual([]);
    expect(ids("理论 不存在的词")).toEqual([]);
  });

  it("ranks substring above full pinyin above initials", () => {
    const idx = buildIndex([
      mk("ini", "理论联系实际，学习要深入扎实。"),
      mk("py", "要把这些理论学习成果用好用活。"),
      mk("sub", "llxx 这个缩写出现在原文中了。"),
    ]);
    const r = search(idx, "llxx").map((x) => x.phrase.id);
    expect(r[0]).toBe("sub");
    const r2 = search(idx, "lilun").map((x) => x.phrase.id);
    expect(r2).toEqual(["ini", "py"]); // both pinyin; earlier position wins
  });

  it("ranks full-pinyin matches above initials matches", () => {
    // "an" is the full syllable of 安 but only the initials of 阿能.
    const idx = buildIndex([mk("i", "阿能同志的事迹很感人。"), mk("p", "我们要安心做好本职工作。")]);
    expect(search(idx, "an").map((r) => r.phrase.id)).toEqual(["p", "i"]);
  });

  it("prefers exact and prefix matches, earlier positions and shorter texts", () => {
    const idx = buildIndex([
      mk("late", "在日常工作中加强理论学习。"),
      mk("start", "理论学习是第一位的任务。"),
      mk("long", "理论学习是第一位的任务，这一点我们在今后的工作中必须始终牢记并一以贯之。"),
    ]);
    expect(search(idx, "理论学习").map((r) => r.phrase.id)).toEqual(["start", "long", "late"]);
  });

  it("applies the usage boost and the filter", () => {
    const idx = buildIndex([mk("x", "理论学习要抓紧。"), mk("y", "理论学习要抓实。")]);
    expect(search(idx, "理论").map((r) => r.phrase.id)).toEqual(["x", "y"]);
    expect(search(idx, "理论", { boost: (p) => (p.id === "y" ? 50 : 0) }).map((r) => r.phrase.id)).toEqual(["y", "x"]);
    expect(search(idx, "理论", { filter: (p) => p.id === "x" }).map((r) => r.phrase.id)).toEqual(["x"]);
  });

  it("returns everything in library order for an empty query", () => {
    expect(ids("  ")).toEqual(phrases.map((p) => p.id));
  });

  it("matches ASCII text and full-width input", () => {
    expect(ids("gb/t")).toEqual(["a7"]);
    expect(ids("ＧＢ")).toEqual(["a7"]);
  });

  it("classes a one-syllable query by the syllables each phrase holds (xi: 习 full, 新 partial)", () => {
    const idx = buildIndex([mk("part", "新的一年要有新气象。"), mk("full", "我们坚持每周集体学习。"), mk("none", "按时完成本职工作。")]);
    const r = search(idx, "xi");
    expect(r.map((x) => x.phrase.id)).toEqual(["full", "part"]);
    expect(r[0].phrase.text.slice(...r[0].ranges[0])).toBe("习");
    expect(search(idx, "xin").map((x) => x.phrase.id)).toEqual(["part"]);
  });

  it("lets Latin letters in the text chain with Han readings (zh + 额 matches zhe)", () => {
    const idx = buildIndex([mk("lat", "缩写zh额外说明一下。"), mk("han", "我们这样做是对的。")]);
    const r = search(idx, "zhe");
    expect(r.map((x) => x.phrase.id).sort()).toEqual(["han", "lat"]);
    // Both are whole-syllable matches, not mere initials.
    for (const x of r) expect(x.score).toBeGreaterThan(MATCH_CLASS.pinyinPartial);
  });

  it("keeps library order among equal scores and honours the limit with many hits", () => {
    const many = Array.from({ length: 300 }, (_, i) => mk(`m${i}`, `理论学习第${i % 10}条。`));
    const idx = buildIndex(many);
    const r = search(idx, "l");
    expect(r).toHaveLength(300);
    for (let i = 1; i < r.length; i++) {
      const a = r[i - 1], b = r[i];
      expect(a.score > b.score || (a.score === b.score && many.indexOf(a.phrase) < many.indexOf(b.phrase))).toBe(true);
    }
    expect(search(idx, "l", { limit: 7 }).map((x) => x.phrase.id)).toEqual(r.slice(0, 7).map((x) => x.phrase.id));
    const boosted = search(idx, "l", { boost: (p) => (p.id === "m299" ? 5 : 0) });
    expect(boosted[0].phrase.id).toBe("m299");
  });

  it("does not match unrelated pinyin", () => {
    expect(ids("qqqq")).toEqual([]);
    expect(ids("zzzzzz")).toEqual([]);
  });
});

describe("segments", () => {
  it("splits text into highlighted and plain parts", () => {
    expect(segments("理论学习抓紧", [[0, 2], [3, 4]])).toEqual([
      { text: "理论", hit: true },
      { text: "学", hit: false },
      { text: "习", hit: true },
      { text: "抓紧", hit: false },
    ]);
    expect(segments("abc", [])).toEqual([{ text: "abc", hit: false }]);
  });
});

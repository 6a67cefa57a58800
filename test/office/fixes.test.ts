import { createWordHost, type WordHostOptions } from "../../src/playground/host";
import { applyFix, escapeSearch, leftWidenedWindow, MSG_FIX_SPAN_CHANGED, MSG_FIX_STALE, occurrences } from "../../src/office/fixes";
import { readDocument } from "../../src/office/read";
import { PLACEHOLDER_TAG, type Fix } from "../../src/core/types";

const PARAS: WordHostOptions["paragraphs"] = [
  { text: "某单位领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" },
  { text: "一、存在的问题", styleBuiltIn: "Heading1" },
  { text: "（一）、在深化理论武装方面", styleBuiltIn: "Heading2" },
  { text: "学习停留在读原文层面，联系分管工作思考不够。本文来自某某网" },
  { text: "某某网，www.example.com" },
  { text: "二、整改措施", styleBuiltIn: "Heading1" },
  { text: "制定年度学习计划，每季度至少集中研讨一次。" },
];

function setup(opts: WordHostOptions = {}) {
  const host = createWordHost({ paragraphs: PARAS, ...opts });
  host.install(globalThis);
  return host;
}
const texts = (host: ReturnType<typeof setup>) => host.doc.body.map((p) => p.text);

describe("pure helpers", () => {
  test("escapeSearch doubles carets", () => expect(escapeSearch("a^p")).toBe("a^^p"));
  test("occurrences are non-overlapping, left to right", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 2]);
    expect(occurrences("一是一是", "一是")).toEqual([0, 2]);
  });
  test("leftWidenedWindow widens until the first occurrence is the span", () => {
    expect(leftWidenedWindow("ab，cd，", 2, 1)).toEqual({ start: 2, end: 3 });
    expect(leftWidenedWindow("ab，cd，", 5, 1)).toEqual({ start: 4, end: 6 });
  });
});

describe("applyFix on the simulated host", () => {
  test("replace: corrects a marker in ≤ 2 syncs and leaves the rest", async () => {
    const host = setup();
    const { model } = await readDocument();
    const before = texts(host);
    host.resetSyncCount();
    const fix: Fix = { type: "replace", label: "改为“（一）”", paragraph: 2, offset: 0, length: 4, expected: "（一）、", replacement: "（一）" };
    const out = await applyFix(fix, model);
    expect(out.syncs).toBeLessThanOrEqual(2);
    expect(host.syncCount()).toBe(out.syncs);
    const after = texts(host);
    expect(after[2]).toBe("（一）在深化理论武装方面");
    expect(host.doc.body[2].builtIn).toBe("Heading2");
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
  });

  test("replace with '' deletes a span (copy residue inside a paragraph)", async () => {
    const host = setup();
    const { model } = await readDocument();
    const t = model.paragraphs[3].text;
    const offset = t.indexOf("本文来自某某网");
    await applyFix({ type: "replace", label: "删除", paragraph: 3, offset, length: 7, expected: "本文来自某某网", replacement: "" }, model);
    expect(texts(host)[3]).toBe("学习停留在读原文层面，联系分管工作思考不够。");
  });

  test("replace is refused when the span changed", async () => {
    const host = setup();
    const { model } = await readDocument();
    host.doc.userSetText(2, "（二）、在深化理论武装方面");
    await expect(
      applyFix({ type: "replace", label: "x", paragraph: 2, offset: 0, length: 4, expected: "（一）、", replacement: "（一）" }, model),
    ).rejects.toThrow(MSG_FIX_STALE);
    expect(texts(host)[2]).toBe("（二）、在深化理论武装方面");
  });

  test("delete-paragraph removes exactly that paragraph; refused when gone", async () => {
    const host = setup();
    const { model } = await readDocument();
    host.resetSyncCount();
    const fix: Fix = { type: "delete-paragraph", label: "删除水印", paragraph: 4, expected: "某某网，www.example.com" };
    const out = await applyFix(fix, model);
    expect(out).toMatchObject({ syncs: 2, paragraphsDelta: -1 });
    expect(texts(host)).toEqual(PARAS!.filter((_, i) => i !== 4).map((p) => p.text));
    await expect(applyFix(fix, model)).rejects.toThrow(MSG_FIX_STALE);
  });

  test("insert-skeleton after a paragraph: heading styles, placeholder controls, first heading selected", async () => {
    const host = setup();
    const { model } = await readDocument();
    host.resetSyncCount();
    const fix: Fix = {
      type: "insert-skeleton",
      label: "插入“原因分析”",
      after: 4,
      nodes: [
        { level: 1, text: "二、原因分析", section: "原因分析" },
        { level: "body", text: "【从理想信念、政治能力等方面剖析根源】" },
      ],
    };
    const out = await applyFix(fix, model);
    expect(out).toMatchObject({ syncs: 2, paragraphsDelta: 2 });
    const body = host.doc.body;
    expect(body[5].text).toBe("二、原因分析");
    expect(body[5].builtIn).toBe("Heading1");
    expect(body[6].builtIn).toBe("Normal");
    expect(body[6].ccs.some((c) => c.tag === PLACEHOLDER_TAG && c.type === "PlainText")).toBe(true);
    expect(body[7].text).toBe("二、整改措施");
    expect(host.doc.selectionIndex()).toBe(5);
  });

  test("insert-skeleton on WordApi 1.3 (index path, rich-text placeholders)", async () => {
    const host = setup({ requirementSets: { WordApi: "1.3" } });
    const { model } = await readDocument();
    const fix: Fix = { type: "insert-skeleton", label: "x", after: 4, nodes: [{ level: 1, text: "二、原因分析" }, { level: "body", text: "待填写" }] };
    const out = await applyFix(fix, model);
    expect(out.syncs).toBe(2);
    expect(host.doc.body[5].text).toBe("二、原因分析");
    expect(host.doc.body[6].ccs[0].type).toBe("RichText");
  });

  test("insert-skeleton at the very start uses one sync", async () => {
    const host = setup();
    const { model } = await readDocument();
    const out = await applyFix({ type: "insert-skeleton", label: "x", after: -1, nodes: [{ level: 0, text: "标题" }] }, model);
    expect(out.syncs).toBe(1);
    expect(host.doc.body[0].text).toBe("标题");
  });

  test("a read-only document gives a Chinese message and no change", async () => {
    const host = setup({ readOnly: "protected" });
    const { model } = await readDocument();
    await expect(
      applyFix({ type: "delete-paragraph", label: "x", paragraph: 4, expected: "某某网，www.example.com" }, model),
    ).rejects.toThrow(/只读|受保护/);
    expect(host.doc.body).toHaveLength(PARAS!.length);
  });

  test("delete-paragraph refused when text differs", async () => {
    const host = setup({ requirementSets: { WordApi: "1.3" } });
    const { model } = await readDocument();
    await expect(applyFix({ type: "delete-paragraph", label: "x", paragraph: 4, expected: "别的文字" }, model)).rejects.toThrow(MSG_FIX_SPAN_CHANGED);
    expect(host.doc.body).toHaveLength(PARAS!.length);
  });
});

describe("replace through Word search (id path)", () => {
  /** A minimal stand-in for the Word objects the search path touches. */
  function fakeWord(text: string) {
    const calls: string[] = [];
    let syncs = 0;
    const hits: { text: string; at: number }[] = [];
    const mkRange = (h: { text: string; at: number }) => ({
      text: h.text,
      insertText: (r: string, loc: string) => calls.push(`insert@${h.at}:${r}:${loc}`),
      delete: () => calls.push(`delete@${h.at}`),
    });
    const paragraph = {
      text,
      load: () => {},
      getText: () => ({ value: text }),
      search: (s: string) => {
        for (const at of occurrences(text, s)) hits.push({ text: s, at });
        return { load: () => {}, items: hits.map(mkRange) };
      },
    };
    const context = {
      document: { getParagraphByUniqueLocalId: () => paragraph },
      sync: async () => {
        syncs++;
      },
    };
    (globalThis as Record<string, unknown>).Word = { run: (b: (c: unknown) => Promise<unknown>) => b(context) };
    (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: () => true } } };
    return { calls, syncs: () => syncs };
  }

  test("picks the occurrence at the offset", async () => {
    const text = "一是学习不够，二是学习不够，";
    const w = fakeWord(text);
    const model = { paragraphs: [{ index: 0, id: "p0", text, styleName: "", headingLevel: null, listString: "", inTable: false }] };
    const out = await applyFix({ type: "replace", label: "x", paragraph: 0, offset: 13, length: 1, expected: "，", replacement: "。" }, model);
    expect(out).toMatchObject({ method: "search", syncs: 2 });
    expect(w.calls).toEqual(["insert@13:。:Replace"]);
  });
});

describe("missing-section quick fix with renumbering, end to end on the simulated host", () => {
  const MATERIAL: WordHostOptions["paragraphs"] = [
    { text: "青禾县示范局领导班子2025年度民主生活会对照检查材料" },
    { text: "按照部署，班子会前集中学习4次。现将对照检查情况报告如下。" },
    { text: "一、存在的问题" },
    { text: "一是学习有时停留在传达层面。比如，2025年5月的专题学习只印发了通知。" },
    { text: "二、整改措施" },
    { text: "一是年底前完成专题研讨3次，由主要负责同志牵头。" },
    { text: "三、个人有关事项" },
  ];

  for (const requirementSets of [undefined, { WordApi: "1.3" }]) {
    test(`inserts 二、原因分析 and shifts 二、→三、, 三、→四、 in ≤ 2 syncs (${requirementSets ? "WordApi 1.3" : "WordApi 1.9"})`, async () => {
      const { checkDocument } = await import("../../src/core");
      const host = createWordHost({ paragraphs: MATERIAL, requirementSets });
      host.install(globalThis);
      const { model } = await readDocument();
      const finding = checkDocument(model, { presetId: "tongyong/banzi" }).findings.find(
        (f) => f.ruleId === "missing-section" && f.data?.section === "原因分析",
      );
      expect(finding?.fix?.type).toBe("insert-skeleton");
      host.resetSyncCount();
      const out = await applyFix(finding!.fix!, model);
      expect(out.syncs).toBeLessThanOrEqual(2);
      const after = host.doc.body.map((p) => p.text);
      expect(after.filter((t) => /^[一二三四五]、/.test(t))).toEqual(["一、存在的问题", "二、原因分析", "三、整改措施", "四、个人有关事项"]);
      // Nothing but the numerals changed in the user's paragraphs.
      expect(after).toContain(MATERIAL![5].text);
      expect(after).toContain(MATERIAL![3].text);
      const { model: again } = await readDocument();
      const ids = checkDocument(again, { presetId: "tongyong/banzi" }).findings.map((f) => f.ruleId);
      expect(ids).not.toContain("numbering");
      expect(checkDocument(again, { presetId: "tongyong/banzi" }).findings.some((f) => f.data?.section === "原因分析")).toBe(false);
    });
  }

  test("refuses, changing nothing, when a heading to renumber was edited since the check", async () => {
    const { checkDocument } = await import("../../src/core");
    const host = createWordHost({ paragraphs: MATERIAL });
    host.install(globalThis);
    const { model } = await readDocument();
    const fix = checkDocument(model, { presetId: "tongyong/banzi" }).findings.find((f) => f.data?.section === "原因分析")!.fix!;
    host.doc.userSetText(4, "二．整改措施");
    const before = host.doc.body.map((p) => p.text);
    await expect(applyFix(fix, model)).rejects.toThrow();
    expect(host.doc.body.map((p) => p.text)).toEqual(before);
  });
});

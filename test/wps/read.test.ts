import { checkDocument, documentFromText } from "../../src/core";
import { readDocument, headingLevelOf, STYLE_MAX, WARN_TRACKED_INCLUDED } from "../../src/wps/read";
import { MSG_NO_WPS } from "../../src/wps/app";
import { installWps, uninstallWps } from "./helpers";

afterEach(uninstallWps);

const PARAS = [
  { text: "某单位领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" as const },
  { text: "一、存在的问题", styleBuiltIn: "Heading1" as const },
  { text: "在深化理论武装方面", style: "标题 2" },
  { text: "学习不够深入。" },
  { text: "" },
  { text: "原因分析", styleBuiltIn: "Other" as const, style: "标题 1" },
  { text: "理想信念有所松懈", list: { listId: "a", format: "paren-cn" as const } },
  { text: "宗旨意识有所淡化", list: { listId: "a", format: "paren-cn" as const } },
];

describe("headingLevelOf", () => {
  test("built-in style number, then outline level, then localized name", () => {
    expect(headingLevelOf(-2, 10)).toBe(1);
    expect(headingLevelOf(-4, 10)).toBe(3);
    expect(headingLevelOf("正文", 2)).toBe(2);
    expect(headingLevelOf("标题 3", 10)).toBe(3);
    expect(headingLevelOf("Heading 2", 10)).toBe(2);
    expect(headingLevelOf("正文", 10)).toBeNull();
    expect(headingLevelOf(-1, 10)).toBeNull();
  });
});

describe("readDocument on the simulated WPS host", () => {
  test("texts from one Content.Text read; headings, list strings, styles; calls counted and equal to the host's", async () => {
    const host = installWps(PARAS);
    host.resetCallCount();
    const r = await readDocument();
    expect(r.mode).toBe("single");
    expect(r.syncs).toBe(host.callCount());
    const ps = r.model.paragraphs;
    expect(ps.map((p) => p.text)).toEqual(PARAS.map((p) => p.text));
    expect(ps.map((p) => p.headingLevel)).toEqual([null, 1, 2, null, null, 1, null, null]);
    expect(ps[0].styleName).toBe("标题");
    expect(ps[6].listString).toBe("（一）");
    expect(ps[7].listString).toBe("（二）");
    expect(ps.every((p) => !p.inTable)).toBe(true);
    expect(r.hostInfo.host).toBe("WPS");
    expect(r.trackedDeletions).toBe("included");
    expect(r.warnings).toEqual([]);
    // 5 (texts) + 7 non-empty × 2 (Item, OutlineLevel) + 7 × Style + 2 + 2 lists × 5 + 2 (revisions)
    expect(r.syncs).toBe(5 + 14 + 7 + 2 + 10 + 2);
  });

  test("long paragraphs skip the Style read; a long heading still counts through OutlineLevel", async () => {
    const long = "学".repeat(STYLE_MAX + 1);
    const host = installWps([{ text: long }, { text: long, styleBuiltIn: "Heading2" }]);
    host.resetCallCount();
    const r = await readDocument();
    expect(r.model.paragraphs.map((p) => p.headingLevel)).toEqual([null, 2]);
    expect(r.syncs).toBe(5 + 4 + 2 + 2);
  });

  test("tables: cell and row marks break the single read; per-paragraph reads give texts and the table flag", async () => {
    const host = installWps([
      { text: "一、存在的问题", styleBuiltIn: "Heading1" },
      { text: "问题", table: { tableId: 1, row: 0, col: 0 } },
      { text: "表现", table: { tableId: 1, row: 0, col: 1 } },
      { text: "学习不深", table: { tableId: 1, row: 1, col: 0 } },
      { text: "" , table: { tableId: 1, row: 1, col: 1 } },
      { text: "二、原因分析", styleBuiltIn: "Heading1" },
    ]);
    const r = await readDocument();
    expect(r.mode).toBe("two-pass");
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(["一、存在的问题", "问题", "表现", "学习不深", "", "二、原因分析"]);
    expect(r.model.paragraphs.map((p) => p.inTable)).toEqual([false, true, true, true, true, false]);
    expect(r.model.paragraphs[5].headingLevel).toBe(1);
    expect(r.syncs).toBe(host.callCount());
  });

  test("tracked deletions stay in the text and the result warns", async () => {
    installWps([{ text: "学习不够深入深入。", deleted: [[6, 8]] }]);
    const r = await readDocument();
    expect(r.model.paragraphs[0].text).toBe("学习不够深入深入。");
    expect(r.trackedDeletions).toBe("included");
    expect(r.warnings).toEqual([WARN_TRACKED_INCLUDED]);
  });

  test("reads a read-only or protected document", async () => {
    installWps(PARAS, { readOnly: true });
    expect((await readDocument()).model.paragraphs).toHaveLength(PARAS.length);
    uninstallWps();
    installWps(PARAS, { readOnly: "protected" });
    expect((await readDocument()).model.paragraphs).toHaveLength(PARAS.length);
  });

  test("outside WPS: a Chinese UserError, no crash", async () => {
    await expect(readDocument()).rejects.toThrow(MSG_NO_WPS);
  });

  test("the same material reads to the same findings as from plain text", async () => {
    const text = ["一、存在的问题", "（一）在深化理论武装方面", "学习不够深入。", "二、整改措施", "制定学习计划。"];
    installWps(text.map((t) => ({ text: t })));
    const r = await readDocument();
    const fromText = documentFromText(text.join("\n"));
    const ids = (m: typeof fromText) => checkDocument(m, { presetId: "dlsh-2025/banzi" }).findings.map((f) => f.ruleId).sort();
    expect(ids(r.model)).toEqual(ids(fromText));
  });
});

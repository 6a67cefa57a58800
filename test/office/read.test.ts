import { createWordHost, type SimParagraphInit } from "../../src/playground/host";
import { deletedPieces, headingLevelOf, mayHoldDeletion, readDocument, WARN_TRACKED_INCLUDED } from "../../src/office/read";
import { MSG_READ_ONLY, MSG_NO_WORD, toUserError, userMessage, UserError } from "../../src/office/errors";
import { hostInfo, supports } from "../../src/office/host";

const g = globalThis as unknown as Record<string, unknown>;

function install(paragraphs: SimParagraphInit[], requirementSets?: Record<string, string>) {
  const host = createWordHost({ paragraphs, requirementSets });
  host.install(globalThis);
  return host;
}

afterEach(() => {
  delete g.Office;
  delete g.Word;
  delete g.OfficeExtension;
});

const MATERIAL: SimParagraphInit[] = [
  { text: "某某局领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" },
  { text: "存在的问题", styleBuiltIn: "Heading1", list: { listId: "top", format: "cn" } },
  { text: "在带头强化政治忠诚、提高政治能力方面", style: "二级标题", styleBuiltIn: "Other", outlineLevel: 2 },
  { text: "一是学习研讨停留在读原文。", list: { listId: "sub", format: "arabic" } },
  { text: "二是调研走访不够深入。", list: { listId: "sub", format: "arabic" } },
  { text: "原因分析", style: "标题 1", styleBuiltIn: "Other" },
  { text: "问题清单", table: { tableId: 1 } },
  { text: "整改措施", styleBuiltIn: "Heading1", list: { listId: "top", format: "cn" } },
];

describe("headingLevelOf", () => {
  test("built-in style, then outline level, then localized name", () => {
    expect(headingLevelOf("Heading2", 10, "标题 2")).toBe(2);
    expect(headingLevelOf("Other", 3, "我的标题")).toBe(3);
    expect(headingLevelOf("Other", 10, "标题 4")).toBe(4);
    expect(headingLevelOf("Other", 10, "Heading 5")).toBe(5);
    expect(headingLevelOf("Other", 10, "标题1")).toBe(1);
    expect(headingLevelOf("Title", 10, "标题")).toBeNull();
    expect(headingLevelOf("Normal", 10, "正文")).toBeNull();
    expect(headingLevelOf(undefined, undefined, undefined)).toBeNull();
  });
});

describe("readDocument against the simulated host", () => {
  test("one Word.run, exactly one sync; list strings, table flag, heading levels, ids", async () => {
    const host = install(MATERIAL);
    const r = await readDocument();
    expect(r.syncs).toBe(1);
    expect(host.syncCount()).toBe(1);
    expect(r.mode).toBe("single");
    const ps = r.model.paragraphs;
    expect(ps.map((p) => p.text)).toEqual(MATERIAL.map((p) => p.text));
    expect(ps.map((p) => p.listString)).toEqual(["", "一、", "", "1.", "2.", "", "", "二、"]);
    expect(ps.map((p) => p.inTable)).toEqual([false, false, false, false, false, false, true, false]);
    expect(ps.map((p) => p.headingLevel)).toEqual([null, 1, 2, null, null, 1, null, 1]);
    expect(ps.map((p) => p.styleName)).toEqual(["标题", "标题 1", "二级标题", "正文", "正文", "标题 1", "正文", "标题 1"]);
    expect(ps.every((p) => typeof p.id === "string" && p.id.length > 0)).toBe(true);
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(r.hostInfo).toMatchObject({ host: "Word", platform: "OfficeOnline", wordApi: "1.9", wordApiDesktop: null });
  });

  test("WordApi 1.3: no ids, still one sync", async () => {
    const host = install(MATERIAL, { WordApi: "1.3" });
    const r = await readDocument();
    expect(host.syncCount()).toBe(1);
    expect(r.model.paragraphs.some((p) => "id" in p)).toBe(false);
    expect(r.hostInfo.wordApi).toBe("1.3");
    expect(r.model.paragraphs[1].listString).toBe("一、");
  });

  test("tracked deletions are excluded on WordApi 1.7 (second sync only when there are any)", async () => {
    const host = install([
      { text: "存在的问题", styleBuiltIn: "Heading1" },
      { text: "一是学习不够深入系统。", deleted: [[6, 8]] },
      { text: "二是调研不够。" },
    ]);
    const r = await readDocument();
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(["存在的问题", "一是学习不够系统。", "二是调研不够。"]);
    expect(r.trackedDeletions).toBe("excluded");
    expect(r.syncs).toBe(2);
    expect(host.syncCount()).toBe(2);
  });

  test("a deletion spanning paragraphs: each paragraph holding a piece of it is re-read", () => {
    // Word reports one TrackedChange for a deletion across a paragraph mark ("\r").
    const pieces = deletedPieces(["深入系统。\r二是调研"]);
    expect(pieces).toEqual(["深入系统。", "二是调研"]);
    expect(mayHoldDeletion("一是学习不够深入系统。", pieces)).toBe(true);
    expect(mayHoldDeletion("二是调研不够。", pieces)).toBe(true);
    expect(mayHoldDeletion("三是落实不够。", pieces)).toBe(false);
    // Only breaks deleted: nothing to search for, every paragraph is a suspect.
    expect(deletedPieces(["x", "\r"])).toBeNull();
    expect(mayHoldDeletion("三是落实不够。", null)).toBe(true);
  });

  test("WordApi 1.3: tracked-deleted text stays in the text (documented limitation)", async () => {
    install([{ text: "一是学习不够深入系统。", deleted: [[6, 8]] }], { WordApi: "1.3" });
    const r = await readDocument();
    expect(r.model.paragraphs[0].text).toBe("一是学习不够深入系统。");
    expect(r.trackedDeletions).toBe("included");
    expect(r.syncs).toBe(1);
  });

  test("WordApi 1.6: deletions detected but not removable → warning", async () => {
    install([{ text: "一是学习不够深入系统。", deleted: [[6, 8]] }], { WordApi: "1.6" });
    const r = await readDocument();
    expect(r.model.paragraphs[0].text).toBe("一是学习不够深入系统。");
    expect(r.trackedDeletions).toBe("included");
    expect(r.warnings).toContain(WARN_TRACKED_INCLUDED);
  });

  test("falls back to two passes when the combined list load fails (office-js#5335)", async () => {
    const host = install([
      { text: "存在的问题", styleBuiltIn: "Heading1", list: { listId: "top" } },
      { text: "已删除的段落", listLoadFails: true },
      { text: "原因分析", styleBuiltIn: "Heading1", list: { listId: "top" } },
    ]);
    const r = await readDocument();
    expect(r.mode).toBe("two-pass");
    expect(r.model.paragraphs.map((p) => p.listString)).toEqual(["一、", "", "二、"]);
    expect(host.syncCount()).toBe(3);
  });

  test("without Word: a Chinese UserError", async () => {
    await expect(readDocument()).rejects.toEqual(new UserError(MSG_NO_WORD));
    expect(supports("WordApi", "1.1")).toBe(false);
    expect(hostInfo()).toEqual({ host: null, platform: null, wordApi: null, wordApiDesktop: null });
  });
});

describe("error messages", () => {
  test("read-only and protected documents", async () => {
    const host = install([{ text: "甲" }]);
    host.doc.setReadOnly("protected");
    let caught: unknown;
    try {
      await host.Word.run(async (ctx) => {
        ctx.document.body.paragraphs.getFirst().insertText("乙", "End");
        await ctx.sync();
      });
    } catch (e) {
      caught = e;
    }
    expect(userMessage(caught, "插入")).toBe(MSG_READ_ONLY);
    expect(toUserError(caught, "插入")).toMatchObject({ message: MSG_READ_ONLY, code: "AccessDenied" });
    expect(userMessage({ code: "GeneralException" })).toMatch(/^文档处于只读或受保护状态，无法修改。/);
    expect(userMessage({ code: "ItemNotFound" })).toMatch(/找不到/);
    expect(userMessage({ code: "ApiNotFound" })).toMatch(/不支持/);
    expect(userMessage(new Error("boom"), "读取文档")).toBe("读取文档失败：boom");
  });
});

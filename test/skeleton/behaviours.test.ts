/**
 * 骨架 behaviours a new user meets (issue 10), in the simulated Word host: a second 插入骨架 does
 * not nest inside the first one's placeholder (refused, or inserted at the end), a section or aspect
 * the document already has is not duplicated (refused after one read), an empty paragraph at the
 * cursor is used rather than left above the skeleton, and 个人 skeletons end with the 结束语.
 * Sync counts: a refusal costs 1 sync and writes nothing; an insertion 2.
 */
import { createWordHost, type SimParagraphInit } from "../../src/playground/host";
import { getPreset } from "../../src/core";
import { PLACEHOLDER_TAG } from "../../src/core/types";
import { findExisting, skeletonBuilder, type InsertTarget } from "../../src/core/skeletonPlan";
import { DuplicateError, insertSkeletonAtCursor, MSG_NESTED, NESTED_CODE, undoLastInsertion } from "../../src/office/skeleton";
import { readDocument } from "../../src/office/read";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Office;
  delete g.Word;
  delete g.OfficeExtension;
});

function install(paragraphs: SimParagraphInit[] = [{ text: "" }]) {
  const host = createWordHost({ paragraphs });
  host.install(globalThis);
  return host;
}

const banzi = getPreset("dlsh-2026/banzi")!;
const geren = getPreset("dlsh-2026/geren")!;
const insert = (target: InsertTarget, extra: Parameters<typeof insertSkeletonAtCursor>[1] = {}) =>
  insertSkeletonAtCursor(skeletonBuilder(banzi, target), { existing: findExisting(banzi, target), ...extra });

describe("插入骨架 twice", () => {
  test("the second click is refused inside the first one's placeholder (1 sync, nothing written); 插入到文档末尾 adds it after, not inside", async () => {
    const host = install();
    const first = await insert(null);
    expect(first.syncs).toBe(2);
    // The cursor now sits in the first placeholder.
    const sel = host.doc.body[host.doc.selectionIndex()];
    expect(host.doc.innerControl(sel)?.tag).toBe(PLACEHOLDER_TAG);
    const before = host.doc.body.map((p) => p.text);
    host.resetSyncCount();
    await expect(insert(null)).rejects.toMatchObject({ message: MSG_NESTED, code: NESTED_CODE });
    expect(host.syncCount()).toBe(1);
    expect(host.doc.body.map((p) => p.text)).toEqual(before);

    host.resetSyncCount();
    const second = await insert(null, { atEnd: true });
    expect(second.syncs).toBe(2);
    expect(host.syncCount()).toBe(2);
    const texts = host.doc.body.map((p) => p.text);
    expect(texts.slice(0, before.length)).toEqual(before);
    // The first insertion is intact (its undo still finds exactly its own text).
    await undoLastInsertion();
    expect(host.doc.body.map((p) => p.text)).toEqual(before);
  });
});

describe("a section or aspect the document already has", () => {
  test("is refused after one read with where it is; without the check it is inserted", async () => {
    const host = install([
      { text: "××党委领导班子2026年度民主生活会对照检查材料" },
      { text: "一、存在的问题" },
      { text: "（一）在带头科学决策，完整准确全面贯彻新发展理念方面" },
      { text: "一是论证不足。比如，2026年3月……" },
      { text: "二、原因分析" },
      { text: "理论学习不深。" },
    ]);
    host.doc.setSelection(5, 0);
    host.resetSyncCount();
    const err = await insert({ section: "原因分析", label: "原因分析" }).catch((e) => e);
    expect(err).toBeInstanceOf(DuplicateError);
    expect(err).toMatchObject({ paragraph: 4, text: "二、原因分析" });
    expect(err.message).toContain("文档中已有“原因分析”部分（第 5 段");
    expect(host.syncCount()).toBe(1);
    expect(host.doc.body).toHaveLength(6);

    const aspect = banzi.aspects.find((a) => a.short === "科学决策")!;
    const err2 = await insert({ section: "存在的问题", aspectId: aspect.id, label: aspect.name }).catch((e) => e);
    expect(err2).toMatchObject({ paragraph: 2 });

    // An aspect not yet there goes in; 仍然插入 (no check) duplicates on purpose.
    const other = banzi.aspects.find((a) => a.short === "真抓实干")!;
    await expect(insert({ section: "存在的问题", aspectId: other.id, label: other.name })).resolves.toMatchObject({ syncs: 2 });
    host.doc.setSelection(host.doc.body.findIndex((p) => p.text === "理论学习不深。"), 0);
    await expect(insert({ section: "原因分析", label: "原因分析" }, { existing: undefined })).resolves.toMatchObject({ syncs: 2 });
  });
});

describe("shape of an inserted skeleton", () => {
  test("no empty paragraph before it; a 个人 skeleton ends with the 结束语", async () => {
    const host = install();
    await insertSkeletonAtCursor(skeletonBuilder(geren, null));
    const { model } = await readDocument();
    expect(model.paragraphs[0].text).toBe("××同志2026年度民主生活会个人对照检查材料");
    expect(host.doc.body[0].text).not.toBe("");
    expect(model.paragraphs.at(-1)!.text).toBe("以上对照检查，不妥之处，恳请同志们批评指正。");
  });

  test("a non-empty paragraph at the cursor stays as it is", async () => {
    const host = install([{ text: "用户写的开头" }]);
    host.doc.setSelection(0, 2);
    await insertSkeletonAtCursor(skeletonBuilder(banzi, { section: "原因分析", label: "原因分析" }));
    expect(host.doc.body[0].text).toBe("用户写的开头");
    expect(host.doc.body[1].builtIn).toBe("Heading1");
  });
});

import { MSG_READ_ONLY, MSG_READ_ONLY_OR_VIEWING } from "../../src/office/errors";
import { insertAtCursor } from "../../src/office/insertText";
import { createWordHost, type WordHostOptions } from "../../src/playground/host";

const g = globalThis as unknown as Record<string, unknown>;
function host(opts: WordHostOptions = {}) {
  const h = createWordHost({ paragraphs: [{ text: "一、存在的问题" }, { text: "在学习方面。" }], ...opts });
  h.install(globalThis);
  return h;
}
afterEach(() => {
  delete g.Word;
  delete g.Office;
  delete g.OfficeExtension;
});

describe("insertAtCursor against the simulated Word host", () => {
  it("inserts at a collapsed cursor, leaves the caret after the phrase, ≤ 2 syncs", async () => {
    const h = host();
    h.doc.setSelection(1, 2);
    const r = await insertAtCursor("理论学习");
    expect(r.syncs).toBeLessThanOrEqual(2);
    expect(h.syncCount()).toBeLessThanOrEqual(2);
    expect(h.doc.body[1].text).toBe("在学理论学习习方面。");
    expect(h.doc.selection.start.offset).toBe(6);
    expect(h.doc.selection.end.offset).toBe(6);
  });

  it("replaces a non-empty selection (what the user asked for by selecting)", async () => {
    const h = host();
    h.doc.setSelection(1, 1, 3);
    await insertAtCursor("【事例】");
    expect(h.doc.body[1].text).toBe("在【事例】方面。");
  });

  it("reports a read-only or protected document in Chinese and changes nothing", async () => {
    for (const [readOnly, msg] of [
      [true, MSG_READ_ONLY_OR_VIEWING],
      ["protected", MSG_READ_ONLY],
    ] as const) {
      const h = host({ readOnly });
      h.doc.setSelection(1, 0);
      await expect(insertAtCursor("理论学习")).rejects.toThrow(msg);
      expect(h.doc.body[1].text).toBe("在学习方面。");
    }
  });

  it("works with the cursor in a header", async () => {
    const h = host({ header: [{ text: "页眉" }] });
    h.doc.setCursorInStory("Header");
    await insertAtCursor("某单位");
    expect(h.doc.story("Header")[0].text).toContain("某单位");
  });
});

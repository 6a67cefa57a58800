import { insertAtCursor, MSG_INSERT_NO_WORD, MSG_INSERT_READONLY } from "../../src/office/insertText";

/** Minimal fake of the Word API surface insertAtCursor uses; records calls. */
function fakeWord(opts: { failCode?: string } = {}) {
  const log: string[] = [];
  let syncs = 0;
  const range = {
    select: (mode: string) => log.push(`select:${mode}`),
  };
  const selection = {
    insertText: (t: string, loc: string) => {
      log.push(`insertText:${t}:${loc}`);
      return range;
    },
  };
  const context = {
    document: { getSelection: () => selection },
    sync: async () => {
      syncs++;
      if (opts.failCode) throw Object.assign(new Error("x"), { code: opts.failCode });
    },
  };
  const Word = { run: async <T>(cb: (c: typeof context) => Promise<T>) => cb(context) };
  return { Word, log, syncs: () => syncs };
}

describe("insertAtCursor", () => {
  const g = globalThis as unknown as { Word?: unknown };
  afterEach(() => delete g.Word);

  it("inserts plain text replacing the selection and puts the caret after it, in one sync", async () => {
    const f = fakeWord();
    g.Word = f.Word;
    const r = await insertAtCursor("在理论学习方面，【事例】。");
    expect(r.syncs).toBe(1);
    expect(f.syncs()).toBe(1);
    expect(f.log).toEqual(["insertText:在理论学习方面，【事例】。:Replace", "select:End"]);
  });

  it("reports a read-only document in Chinese", async () => {
    g.Word = fakeWord({ failCode: "AccessDenied" }).Word;
    await expect(insertAtCursor("一句话")).rejects.toThrow(MSG_INSERT_READONLY);
  });

  it("reports a missing Word host", async () => {
    await expect(insertAtCursor("一句话")).rejects.toThrow(MSG_INSERT_NO_WORD);
  });
});

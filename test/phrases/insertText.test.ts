import { MSG_NO_WORD, MSG_READ_ONLY, MSG_READ_ONLY_OR_VIEWING, UserError } from "../../src/office/errors";
import { insertAtCursor, MSG_INSERT_EMPTY } from "../../src/office/insertText";

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

  it("reports a read-only document in Chinese as a UserError carrying the Office code", async () => {
    g.Word = fakeWord({ failCode: "AccessDenied" }).Word;
    const err = await insertAtCursor("一句话").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(MSG_READ_ONLY);
    expect((err as UserError).code).toBe("AccessDenied");
  });

  it("explains Word's Viewing mode (GeneralException on a write)", async () => {
    g.Word = fakeWord({ failCode: "GeneralException" }).Word;
    await expect(insertAtCursor("一句话")).rejects.toThrow(MSG_READ_ONLY_OR_VIEWING);
  });

  it("says where to put the cursor when Word rejects the location", async () => {
    g.Word = fakeWord({ failCode: "InvalidArgument" }).Word;
    await expect(insertAtCursor("一句话")).rejects.toThrow(/插入失败：.*光标/);
  });

  it("reports a missing Word host and an empty phrase", async () => {
    await expect(insertAtCursor("一句话")).rejects.toThrow(MSG_NO_WORD);
    g.Word = fakeWord().Word;
    await expect(insertAtCursor("")).rejects.toThrow(MSG_INSERT_EMPTY);
  });
});

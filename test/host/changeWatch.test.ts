/**
 * Learning that the document changed (issue 9 item 11): the shared watch (src/host/changeWatch.ts)
 * and the Word and WPS implementations over the simulated hosts.
 */
import { textsSignature, watchForChange } from "../../src/host/changeWatch";
import { readDocument } from "../../src/office/read";
import { onDocumentChange as wordOnDocumentChange, pagedSignature, READ_PAGE } from "../../src/office/changes";
import { onDocumentChange as wpsOnDocumentChange } from "../../src/wps/changes";
import { createWordHost } from "../../src/playground/host";
import { installWps, uninstallWps } from "../wps/helpers";
import { until } from "./waits";

/** A hint source and a signature under the test's control. */
function source() {
  let poke: (() => void) | null = null;
  let sig = "a";
  let reads = 0;
  let unlistened = 0;
  return {
    src: {
      listen(p: () => void) {
        poke = p;
        return () => {
          unlistened++;
          poke = null;
        };
      },
      signature: async () => {
        reads++;
        return sig;
      },
      debounceMs: 0,
    },
    poke: () => poke?.(),
    set: (s: string) => {
      sig = s;
    },
    reads: () => reads,
    unlistened: () => unlistened,
    listening: () => poke !== null,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("watchForChange", () => {
  test("a hint without a change does nothing; a change calls back once and stops listening", async () => {
    const s = source();
    const onChange = jest.fn();
    watchForChange(s.src, onChange);
    s.poke();
    await settle();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    expect(s.reads()).toBe(2); // baseline + one comparison
    s.set("b");
    s.poke();
    await new Promise<void>((r) => {
      const t = setInterval(() => {
        if (onChange.mock.calls.length) {
          clearInterval(t);
          r();
        }
      }, 1);
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(s.listening()).toBe(false);
    s.poke();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test("hints in a burst lead to one read (debounced)", async () => {
    jest.useFakeTimers();
    try {
      const s = source();
      s.src.debounceMs = 100;
      watchForChange(s.src, jest.fn());
      await Promise.resolve();
      const base = s.reads();
      for (let i = 0; i < 10; i++) {
        s.poke();
        jest.advanceTimersByTime(50);
      }
      expect(s.reads()).toBe(base);
      await jest.advanceTimersByTimeAsync(100);
      expect(s.reads()).toBe(base + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  test("stopping early unsubscribes and no callback follows", async () => {
    const s = source();
    const onChange = jest.fn();
    const stop = watchForChange(s.src, onChange);
    stop();
    expect(s.unlistened()).toBe(1);
    s.set("b");
    s.poke();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});

const called = (fn: jest.Mock) => until(() => fn.mock.calls.length > 0);

describe("Word (simulated host)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Word;
    delete g.OfficeExtension;
  });
  const twoTicks = async () => {
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
  };

  test("WordApi 1.6+: the check's read is the baseline (no extra sync); moving the cursor reads nothing; an edit is noticed", async () => {
    const host = createWordHost({ paragraphs: [{ text: "一、存在的问题" }, { text: "学习不够深入。" }] });
    host.install(globalThis);
    const read = await readDocument();
    expect(read.signature).toBe(pagedSignature(READ_PAGE, [["一、存在的问题", "学习不够深入。"]]));
    expect(read.signature).toBe(`${READ_PAGE}|${textsSignature(["一、存在的问题", "学习不够深入。"])}`);
    const onChange = jest.fn();
    wordOnDocumentChange(onChange, read.signature, 0);
    await twoTicks();
    // The paragraph events were registered in the read's own batch: no sync of their own.
    expect(host.syncCount()).toBe(read.syncs);
    const before = host.syncCount();
    host.doc.setSelection(1, 2);
    await twoTicks();
    expect(host.syncCount()).toBe(before);
    expect(onChange).not.toHaveBeenCalled();
    host.doc.setParagraphs([{ text: "一、存在的问题" }, { text: "学习不够深入，补充一句。" }]);
    await called(onChange);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(host.syncCount()).toBe(before + 1);
  });

  test("WordApi 1.3: selection changes are the hint; a change after the check is noticed", async () => {
    const host = createWordHost({ paragraphs: [{ text: "一、存在的问题" }, { text: "学习不够深入。" }], requirementSets: { WordApi: "1.3" } });
    host.install(globalThis);
    const read = await readDocument();
    const onChange = jest.fn();
    wordOnDocumentChange(onChange, read.signature, 0);
    // A cursor move: one comparison read, no change.
    const before = host.syncCount();
    host.doc.setSelection(1, 2);
    await until(() => host.syncCount() > before);
    await twoTicks();
    expect(onChange).not.toHaveBeenCalled();
    host.doc.setParagraphs([{ text: "一、存在的问题" }, { text: "" }, { text: "学习不够深入。" }]);
    await called(onChange);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe("WPS (simulated host)", () => {
  afterEach(uninstallWps);

  test("a changed Content.Text is noticed by the poll where there is no ApiEvent", async () => {
    const host = installWps([{ text: "一、存在的问题" }, { text: "学习不够深入。" }]);
    jest.useFakeTimers({ doNotFake: ["setImmediate", "queueMicrotask", "nextTick"] });
    try {
      const onChange = jest.fn();
      const stop = wpsOnDocumentChange(onChange, undefined, 0);
      host.doc.setParagraphs([{ text: "一、存在的问题" }, { text: "学习不够深入，补充一句。" }]);
      for (let i = 0; i < 20 && onChange.mock.calls.length === 0; i++) {
        await jest.advanceTimersByTimeAsync(1000);
      }
      expect(onChange).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("Word with WordApi 1.6 paragraph events (mocked)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Word;
  });

  test("an edit that leaves the selection alone (paragraph event) is noticed too", async () => {
    let texts = ["一、存在的问题", "学习不够深入。"];
    const handlers: (() => Promise<void>)[] = [];
    const event = { add: (h: () => Promise<void>) => handlers.push(h) };
    g.Office = {
      EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
      context: { requirements: { isSetSupported: () => true }, document: {} },
    };
    g.Word = {
      run: async <T>(batch: (ctx: unknown) => Promise<T>) => {
        const paragraphs = { items: [] as { text: string }[], load: () => undefined };
        const ctx = {
          document: { body: { paragraphs }, onParagraphChanged: event, onParagraphAdded: event, onParagraphDeleted: event },
          sync: async () => {
            paragraphs.items = texts.map((text) => ({ text }));
          },
        };
        return batch(ctx);
      },
    };
    const onChange = jest.fn();
    wordOnDocumentChange(onChange, pagedSignature(READ_PAGE, [texts]), 0);
    await until(() => handlers.length === 3);
    texts = ["一、存在的问题", "学习不够深入"];
    await handlers[0]();
    await called(onChange);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

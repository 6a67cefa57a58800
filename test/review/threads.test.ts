/**
 * Where the 审核台's readers and store run (src/review/threads.ts): script-file workers, else
 * Blob-URL workers, else the page's thread — and the page's thread really reviews files through
 * the same ReviewClient.
 */
import { ReviewClient } from "../../src/review/client";
import { PageThread, startThreads, type WorkerLike } from "../../src/review/threads";

/** A fake worker: answers the probe with "pong", or with an error event. */
function fake(answer: "pong" | "error"): WorkerLike & { terminated: boolean } {
  const w = {
    onmessage: null as WorkerLike["onmessage"],
    onerror: null as WorkerLike["onerror"],
    terminated: false,
    postMessage(m: unknown) {
      if ((m as { type?: string }).type !== "ping") return;
      setTimeout(() => (answer === "pong" ? w.onmessage?.({ data: { type: "pong" } } as MessageEvent) : w.onerror?.({ message: "blocked" } as ErrorEvent)));
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

const throws = (): WorkerLike => {
  throw new Error("SecurityError: cannot be accessed from origin 'null'");
};

describe("startThreads", () => {
  test("script-file workers when they answer", async () => {
    const store = fake("pong");
    const sources = jest.fn(async () => null);
    const t = await startThreads({ store: () => store, reader: () => fake("pong"), sources });
    expect(t.mode).toBe("worker");
    expect(t.store).toBe(store);
    expect(sources).not.toHaveBeenCalled();
  });

  test("the constructor throws (file://): Blob-URL workers from the sources", async () => {
    const urls: string[] = [];
    const made: string[] = [];
    const t = await startThreads({
      store: throws,
      reader: throws,
      sources: async () => ({ store: "/*store*/", reader: "/*reader*/" }),
      blobUrl: (code) => (urls.push(code), `blob:null/${urls.length}`),
      workerFrom: (url, name) => (made.push(`${name}@${url}`), fake("pong")),
    });
    expect(t.mode).toBe("blob");
    expect(urls).toEqual(["/*store*/", "/*reader*/"]);
    t.makeReader();
    expect(made).toEqual(["duizhao-review-store@blob:null/1", "duizhao-review-reader@blob:null/2"]);
  });

  test("an error at start also moves on; no sources and no workers: the page's thread", async () => {
    const broken = fake("error");
    const t = await startThreads({ store: () => broken, reader: () => broken, sources: async () => null });
    expect(broken.terminated).toBe(true);
    expect(t.mode).toBe("page");
    expect(t.store).toBeInstanceOf(PageThread);
    expect(t.makeReader()).toBeInstanceOf(PageThread);
  });

  test("Blob workers that fail at start: the page's thread", async () => {
    const t = await startThreads({
      store: throws,
      reader: throws,
      sources: async () => ({ store: "", reader: "" }),
      blobUrl: () => "blob:null/x",
      workerFrom: () => fake("error"),
    });
    expect(t.mode).toBe("page");
  });
});

describe("the page's thread", () => {
  test("ReviewClient reads and checks files with the store and a reader on the page's thread", async () => {
    const t = await startThreads({ store: throws, reader: throws, sources: async () => null });
    const client = new ReviewClient(t.store, t.makeReader, 1);
    const enc = new TextEncoder();
    const text = (problem: string) =>
      ["2025年度民主生活会个人对照检查材料", "一、存在的问题", problem, "二、问题产生的原因", "理想信念有所弱化。", "三、整改措施", "加强学习，转变作风。"].join("\n");
    const progress: number[] = [];
    client.subscribe(() => {
      const p = client.getState().progress;
      if (p) progress.push(p.done);
    });
    await client.loadFiles([
      { name: "甲.txt", bytes: enc.encode(text("一是理论学习不够系统，联系实际思考不深。")) },
      { name: "乙.txt", bytes: enc.encode(text("一是调查研究不够深入，掌握一手情况不够。")) },
      { name: "坏.docx", bytes: new Uint8Array([1, 2, 3]) },
    ]);
    const files = client.getState().view!.files;
    expect(files.map((f) => f.file)).toEqual(["甲.txt", "乙.txt", "坏.docx"]);
    expect(files.map((f) => f.ok)).toEqual([true, true, false]);
    expect(client.getState().error).toBeNull();
    // The store reports progress for the last file at least.
    expect(progress).toContain(3);
    const detail = await client.detail("甲.txt");
    expect(detail?.paragraphs.join("\n")).toContain("理论学习");
    client.close();
  });

  test("an exception in the body is reported as an error event, not thrown to the caller", async () => {
    const w = new PageThread(() => () => {
      throw new Error("boom");
    });
    const message = await new Promise<string>((resolve) => {
      w.onerror = (ev) => resolve(ev.message);
      w.postMessage({ type: "x" });
    });
    expect(message).toBe("boom");
  });
});

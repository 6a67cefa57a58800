/**
 * An edit made while a long read pauses (between Word pages, between WPS slices) raises its hint
 * before any watch listens; the watch started with that read's signature compares at once
 * (HintLog), and only then. A file of its own: the WPS hint (ApiEvent) is chosen once per module.
 */
import { HintLog } from "../../src/host/changeWatch";
import { readDocument } from "../../src/office/read";
import { onDocumentChange as wordOnDocumentChange } from "../../src/office/changes";
import { onDocumentChange as wpsOnDocumentChange } from "../../src/wps/changes";
import { readDocument as wpsReadDocument } from "../../src/wps/read";
import { createWordHost, type SimParagraphInit } from "../../src/playground/host";
import { installWps, uninstallWps } from "../wps/helpers";
import { stops, ticks, until } from "./waits";


function paragraphs(n: number): SimParagraphInit[] {
  return Array.from({ length: n }, (_, i) => ({ text: `第${i}段：工作推进中存在调研不深、跟踪不紧的情况。` }));
}

test("HintLog: a hint after the read's mark, for that read's signature only", () => {
  const log = new HintLog();
  log.hint();
  const mark = log.mark();
  log.note("sig-a", mark);
  expect(log.hintedSince("sig-a")).toBe(false);
  log.hint();
  expect(log.hintedSince("sig-a")).toBe(true);
  expect(log.hintedSince("sig-b")).toBe(false);
  expect(log.hintedSince(undefined)).toBe(false);
});

describe("Word (WordApi 1.6 paragraph events)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Word;
    delete g.OfficeExtension;
  });

  test("an edit on page 1 while page 2 is read: the watch compares at once and calls back", async () => {
    const host = createWordHost({ paragraphs: paragraphs(2500) });
    host.install(globalThis);
    let edited = false;
    const read = await readDocument({
      pageSize: 1000,
      onProgress: (n) => {
        if (n === 1000) {
          host.doc.userSetText(5, "第5段：读取期间改的。");
          edited = true;
        }
      },
    });
    expect(edited).toBe(true);
    expect(read.model.paragraphs[5].text).not.toBe("第5段：读取期间改的。");
    const onChange = jest.fn();
    stops.push(wordOnDocumentChange(onChange, read.signature, 0));
    await until(() => onChange.mock.calls.length > 0);
  });

  test("no edit during the read: watching starts without a comparison (no sync)", async () => {
    const host = createWordHost({ paragraphs: paragraphs(2500) });
    host.install(globalThis);
    const read = await readDocument({ pageSize: 1000 });
    const before = host.syncCount();
    const onChange = jest.fn();
    stops.push(wordOnDocumentChange(onChange, read.signature, 0));
    await ticks();
    expect(host.syncCount()).toBe(before);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe("WPS (WindowSelectionChange through wps.ApiEvent)", () => {
  afterEach(uninstallWps);

  test("an edit between two slices: the watch compares at once; without one, no call at all", async () => {
    const host = installWps(paragraphs(5000));
    let fire: () => void = () => undefined;
    (globalThis as unknown as { wps: Record<string, unknown> }).wps.ApiEvent = {
      AddApiEventListener: (_name: string, cb: () => void) => {
        fire = cb;
      },
    };
    // The event is registered by the first watch (once per pane).
    wpsOnDocumentChange(() => undefined, "0|", 0)();

    const quiet = await wpsReadDocument({ slice: { every: 500, budgetMs: Infinity } });
    host.resetCallCount();
    const none = jest.fn();
    stops.push(wpsOnDocumentChange(none, quiet.signature, 0));
    await ticks();
    expect(host.callCount()).toBe(0);
    stops.pop()!();

    let edited = false;
    const read = await wpsReadDocument({
      slice: { every: 500, budgetMs: Infinity },
      onProgress: (n) => {
        if (!edited && n > 1000) {
          edited = true;
          host.doc.userSetText(4000, "第4000段：读取期间改的。");
          fire();
        }
      },
    });
    expect(edited).toBe(true);
    const onChange = jest.fn();
    stops.push(wpsOnDocumentChange(onChange, read.signature, 0));
    await until(() => onChange.mock.calls.length > 0);
  });
});

/**
 * window.duizhaoDemo: the automation surface of the playground, used by the browser tests
 * (test/browser) and handy from the DevTools console.
 *
 *   loadDocx(bytes)            open a .docx (ArrayBuffer | Uint8Array); resolves once the document is
 *                              fully loaded (a long one is read in a worker and built in slices, see
 *                              chunkedLoad.ts); rejects with a Chinese message. Opening another
 *                              document meanwhile abandons it (its promise resolves, nothing applied).
 *   loading()                  "正在载入…" while a loadDocx is under way, else null
 *   subscribeLoading(fn)       fn() on every change of loading(); returns the unsubscribe function
 *   loadText(text)             replace the document with pasted text (paragraphsFromText)
 *   loadExample()              the built-in example material
 *   clear()                    empty document
 *   paragraphs()               [{ text, style, headingLevel, listString, inTable }]
 *   selection()                { paragraphIndex, start, end, story } (paragraphIndex -1 outside the body)
 *   setCursor(i, offset = 0)   put the cursor in body paragraph i
 *   select(i, start, end)      a non-empty selection inside paragraph i
 *   setCursorInHeader()        cursor in the header (parentBody.type === "Header")
 *   setCursorInTable()         cursor in the first table paragraph; false when there is no table
 *   syncCount() / resetSyncCount()   Word: context.sync() round trips; WPS: object-model calls
 *                              (every property read, write or method call on a WPS object)
 *   setSyncLatency(ms)         Word: every later context.sync() answers after ms (a real round
 *                              trip). WPS: no effect — its object model is synchronous, each call
 *                              returns before the next line runs, so there is no reply to delay.
 *   setReadOnly(false | true | "protected")   true = Viewing mode, "protected" = restricted editing
 *   setRequirement(set, version | null)       e.g. ("WordApi", "1.3")
 *   contentControls()          [{ tag, title, placeholderText, type, text, paragraphs: number[] }]
 *   highlighted()              indexes of paragraphs with a temporary highlight (Range.highlight)
 *   lastSelectedByAddin()      index of the paragraph the add-in last select()ed, or -1
 *   host()                     the simulated host itself: WordHost (doc, Office, Word,
 *                              OfficeExtension) or, with ?host=wps, WpsHost (doc, Application, wps)
 *   hostKind()                 "word" | "wps"
 */
import { paragraphsFromText } from "../core/text";
import { headingLevelOf } from "../office/read";
import { buildParagraphs, readDocxParagraphs } from "./chunkedLoad";
import { toSimParagraphs } from "./convert";
import { EXAMPLE_MATERIAL } from "./example";
import type { WordHost } from "./host";
import type { SimParagraph } from "./host/model";
import type { PlaygroundHostKind } from "./hostKind";
import type { WpsHost } from "./wps/sim";

/** The simulated host the playground runs: Word (Office.js) or WPS 文字 (its object model). */
export type PlaygroundHost = WordHost | WpsHost;

function isWpsHost(host: PlaygroundHost): host is WpsHost {
  return "callCount" in host;
}

export interface DemoParagraph {
  text: string;
  style: string;
  headingLevel: number | null;
  listString: string;
  inTable: boolean;
}

export interface DuizhaoDemo {
  loadDocx(bytes: ArrayBuffer | Uint8Array): Promise<void>;
  loading(): string | null;
  subscribeLoading(fn: () => void): () => void;
  loadText(text: string): void;
  loadExample(): void;
  clear(): void;
  paragraphs(): DemoParagraph[];
  selection(): { paragraphIndex: number; start: number; end: number; story: string };
  setCursor(paragraphIndex: number, offset?: number): void;
  select(paragraphIndex: number, start: number, end: number): void;
  setCursorInHeader(): void;
  setCursorInTable(): boolean;
  syncCount(): number;
  resetSyncCount(): void;
  setSyncLatency(ms: number): void;
  setReadOnly(readOnly: boolean | "protected"): void;
  setRequirement(set: string, version: string | null): void;
  contentControls(): { tag: string; title: string; placeholderText: string; type: string; text: string; paragraphs: number[] }[];
  highlighted(): number[];
  lastSelectedByAddin(): number;
  host(): PlaygroundHost;
  hostKind(): PlaygroundHostKind;
}

/** Chinese message for a failure to open a file. */
export function openErrorMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return `无法打开该文件：${msg}`;
}

export function createDemo(host: PlaygroundHost, onError: (message: string | null) => void): DuizhaoDemo {
  const doc = host.doc;
  const wps = isWpsHost(host) ? host : null;
  let lastSelected: SimParagraph | null = null;
  doc.subscribe((e) => {
    if (e.kind === "select" && e.paragraph) lastSelected = e.paragraph;
  });
  /** Bumped by every document replacement: a slower loadDocx still under way is abandoned. */
  let generation = 0;
  let loading: string | null = null;
  const loadingListeners = new Set<() => void>();
  const setLoading = (text: string | null) => {
    if (text === loading) return;
    loading = text;
    for (const fn of [...loadingListeners]) fn();
  };
  /** A synchronous replacement (text, example, clear) supersedes any load under way. */
  const replaced = () => {
    generation++;
    setLoading(null);
  };
  const demo: DuizhaoDemo = {
    async loadDocx(bytes) {
      const gen = ++generation;
      const current = () => gen === generation;
      setLoading("正在载入…");
      try {
        const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
        const paragraphs = await readDocxParagraphs(u8);
        if (!current()) return;
        doc.newListScope();
        const created = await buildParagraphs(doc, paragraphs, current, (done, total) =>
          setLoading(`正在载入… ${Math.floor((100 * done) / total)}%`),
        );
        if (!created || !current()) return;
        doc.replaceBody(created);
        onError(null);
      } catch (e) {
        if (!current()) return;
        const message = openErrorMessage(e);
        onError(message);
        throw new Error(message);
      } finally {
        if (current()) setLoading(null);
      }
    },
    loading: () => loading,
    subscribeLoading(fn) {
      loadingListeners.add(fn);
      return () => loadingListeners.delete(fn);
    },
    loadText(text) {
      replaced();
      doc.setParagraphs(toSimParagraphs(paragraphsFromText(text)));
      onError(null);
    },
    loadExample() {
      replaced();
      doc.setParagraphs(EXAMPLE_MATERIAL);
      onError(null);
    },
    clear() {
      replaced();
      doc.setParagraphs([]);
      onError(null);
    },
    paragraphs() {
      return doc.body.map((p) => ({
        text: p.text,
        style: p.style,
        headingLevel: headingLevelOf(p.builtIn, p.outlineLevel, p.style),
        listString: doc.listString(p),
        inTable: p.table !== null,
      }));
    },
    selection() {
      const s = doc.selection;
      const sameParagraph = s.start.p === s.end.p;
      return {
        paragraphIndex: doc.selectionIndex(),
        start: s.start.offset,
        end: sameParagraph ? s.end.offset : s.start.p.text.length,
        story: s.story,
      };
    },
    setCursor(i, offset = 0) {
      doc.setSelection(i, offset);
    },
    select(i, start, end) {
      doc.setSelection(i, start, end);
    },
    setCursorInHeader() {
      doc.setCursorInStory("Header");
    },
    setCursorInTable() {
      const i = doc.body.findIndex((p) => p.table !== null);
      if (i < 0) return false;
      doc.setSelection(i, 0);
      return true;
    },
    syncCount: () => (wps ? wps.callCount() : (host as WordHost).syncCount()),
    resetSyncCount: () => (wps ? wps.resetCallCount() : (host as WordHost).resetSyncCount()),
    // WPS calls are synchronous: there is no round trip to delay (see the header).
    setSyncLatency: (ms) => (wps ? undefined : (host as WordHost).setSyncLatency(ms)),
    setReadOnly: (r) => doc.setReadOnly(r),
    setRequirement: (set, version) => doc.setRequirement(set, version),
    contentControls() {
      return doc.contentControls().map(({ cc, paragraphs }) => ({
        tag: cc.tag,
        title: cc.title,
        placeholderText: cc.placeholderText,
        type: cc.type,
        text: paragraphs.map((p) => p.text).join("\n"),
        paragraphs: paragraphs.map((p) => doc.body.indexOf(p)),
      }));
    },
    highlighted() {
      return doc.body.flatMap((p, i) => (p.highlight ? [i] : []));
    },
    lastSelectedByAddin() {
      return lastSelected ? doc.body.indexOf(lastSelected) : -1;
    },
    host: () => host,
    hostKind: () => (wps ? "wps" : "word"),
  };
  return demo;
}

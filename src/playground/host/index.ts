/**
 * A simulated Word host: `Office`, `Word` and `OfficeExtension` globals backed by an in-memory
 * document. Used by the browser playground and by the unit tests of src/office.
 *
 *   const host = createWordHost({ paragraphs: [{ text: "一、存在的问题", styleBuiltIn: "Heading1" }] });
 *   host.install(globalThis);              // window.Office / Word / OfficeExtension
 *   await Word.run(async (ctx) => { ... });
 *   host.syncCount();                     // number of context.sync() round trips so far
 *
 * Office.js behaviour modelled: see the header of ./api.ts.
 */
import {
  SimClientObject,
  SimClientResult,
  SimRequestContext,
  type HostCore,
} from "./api";
import { ErrorCodes, SimOfficeError } from "./errors";
import { SimDocument, type SimDocumentOptions } from "./model";

export type { SimParagraphInit, SimDocumentOptions } from "./model";
export { SimDocument } from "./model";
export { SimOfficeError } from "./errors";

/** Options of createWordHost: those of the simulated document. */
export type WordHostOptions = SimDocumentOptions;

export interface WordHost {
  /** Assign these to window/globalThis before the add-in's code runs (see install()). */
  Office: SimOffice;
  Word: SimWord;
  OfficeExtension: SimOfficeExtension;
  /** The live document: edit it, set the cursor, subscribe to changes. */
  doc: SimDocument;
  syncCount(): number;
  resetSyncCount(): void;
  /** Makes every later context.sync() answer after `ms` milliseconds (0, the default: at once). */
  setSyncLatency(ms: number): void;
  /** Sets Office, Word and OfficeExtension on `target` (default globalThis). */
  install(target?: object): void;
}

export interface SimOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  initialize?: () => void;
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  EventType: Record<string, string>;
  AsyncResultStatus: Record<string, string>;
  context: {
    host: string;
    platform: string;
    displayLanguage: string;
    contentLanguage: string;
    partitionKey: string | undefined;
    officeTheme: {
      bodyBackgroundColor: string;
      bodyForegroundColor: string;
      controlBackgroundColor: string;
      controlForegroundColor: string;
      isDarkTheme: boolean;
    };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    diagnostics: { host: string; platform: string; version: string };
    document: {
      mode: string;
      url: string;
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(callback?: (r: { status: string }) => void): void;
      };
      addHandlerAsync(eventType: string, handler: (e: unknown) => void, optionsOrCallback?: unknown, callback?: unknown): void;
      removeHandlerAsync(eventType: string, optionsOrCallback?: unknown, callback?: unknown): void;
    };
  };
}

export interface SimWord {
  run<T>(batch: (context: SimRequestContext) => Promise<T> | T): Promise<T>;
  RequestContext: new () => SimRequestContext;
  InsertLocation: Record<string, string>;
  BuiltInStyleName: Record<string, string>;
  ContentControlType: Record<string, string>;
  ContentControlAppearance: Record<string, string>;
  SelectionMode: Record<string, string>;
  Alignment: Record<string, string>;
  BodyType: Record<string, string>;
  HeaderFooterType: Record<string, string>;
  RangeLocation: Record<string, string>;
  ErrorCodes: Record<string, string>;
}

export interface SimOfficeExtension {
  Error: typeof SimOfficeError;
  ErrorCodes: typeof ErrorCodes;
  ClientResult: typeof SimClientResult;
  ClientObject: typeof SimClientObject;
  ClientRequestContext: typeof SimRequestContext;
}

const BUILT_IN_STYLE_NAME: Record<string, string> = {
  normal: "Normal",
  title: "Title",
  listParagraph: "ListParagraph",
  other: "Other",
};
for (let i = 1; i <= 9; i++) BUILT_IN_STYLE_NAME[`heading${i}`] = `Heading${i}`;

export function createWordHost(options: WordHostOptions = {}): WordHost {
  const doc = new SimDocument(options);
  const core: HostCore = { doc, syncs: 0, latencyMs: 0 };

  const Word: SimWord = {
    /**
     * Word.run(batch): a fresh request context; after the batch's promise settles, actions still
     * queued are flushed with a final (counted) sync, as Office.js does. Errors reject the run.
     */
    async run<T>(batch: (context: SimRequestContext) => Promise<T> | T): Promise<T> {
      if (typeof batch !== "function") throw new SimOfficeError("InvalidArgument", undefined, "Word.run");
      const ctx = new SimRequestContext(core);
      try {
        const result = await batch(ctx);
        if (ctx._hasPending()) await ctx.sync();
        return result;
      } finally {
        ctx._finished = true;
      }
    },
    RequestContext: class extends SimRequestContext {
      constructor() {
        super(core);
      }
    },
    InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
    BuiltInStyleName: BUILT_IN_STYLE_NAME,
    ContentControlType: { richText: "RichText", plainText: "PlainText" },
    ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
    SelectionMode: { select: "Select", start: "Start", end: "End" },
    Alignment: { mixed: "Mixed", unknown: "Unknown", left: "Left", centered: "Centered", right: "Right", justified: "Justified" },
    BodyType: { unknown: "Unknown", mainDoc: "MainDoc", section: "Section", header: "Header", footer: "Footer", tableCell: "TableCell" },
    HeaderFooterType: { primary: "Primary", firstPage: "FirstPage", evenPages: "EvenPages" },
    RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      notAllowed: "NotAllowed",
      notImplemented: "NotImplemented",
      searchDialogIsOpen: "SearchDialogIsOpen",
      searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
    },
  };

  const handlers = new Map<string, Set<(e: unknown) => void>>();
  doc.subscribe((e) => {
    if (e.kind !== "selection") return;
    for (const h of handlers.get("documentSelectionChanged") ?? []) {
      h({ type: "documentSelectionChanged", document: Office.context.document });
    }
  });
  const callbackOf = (a: unknown, b: unknown) => (typeof a === "function" ? a : typeof b === "function" ? b : undefined) as
    | ((r: { status: string; value?: unknown }) => void)
    | undefined;

  const Office: SimOffice = {
    onReady(callback) {
      const info = { host: "Word", platform: doc.platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      OfficeThemeChanged: "officeThemeChanged",
      SettingsChanged: "settingsChanged",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      host: "Word",
      get platform() {
        return doc.platform;
      },
      displayLanguage: "zh-CN",
      contentLanguage: "zh-CN",
      // "undefined in environments without partitioning" (word-api.md §4).
      partitionKey: undefined,
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#323130",
        isDarkTheme: false,
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          return doc.isSetSupported(name, minVersion === undefined ? undefined : String(minVersion));
        },
      },
      diagnostics: { host: "Word", platform: doc.platform, version: "16.0.0.0 (simulated)" },
      document: {
        get mode() {
          // Office reports "readWrite" even in Viewing mode (office-js#5484, #6209).
          return "readWrite";
        },
        url: "https://localhost/simulated.docx",
        settings: {
          get: (name: string) => (doc.settings.has(name) ? doc.settings.get(name) : null),
          set: (name: string, value: unknown) => void doc.settings.set(name, value),
          remove: (name: string) => void doc.settings.delete(name),
          saveAsync: (callback?: (r: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
        addHandlerAsync(eventType, handler, optionsOrCallback, callback) {
          let set = handlers.get(eventType);
          if (!set) handlers.set(eventType, (set = new Set()));
          set.add(handler);
          callbackOf(optionsOrCallback, callback)?.({ status: "succeeded" });
        },
        removeHandlerAsync(eventType, optionsOrCallback, callback) {
          handlers.delete(eventType);
          callbackOf(optionsOrCallback, callback)?.({ status: "succeeded" });
        },
      },
    },
  };

  const OfficeExtension: SimOfficeExtension = {
    Error: SimOfficeError,
    ErrorCodes,
    ClientResult: SimClientResult,
    ClientObject: SimClientObject,
    ClientRequestContext: SimRequestContext,
  };

  return {
    Office,
    Word,
    OfficeExtension,
    doc,
    syncCount: () => core.syncs,
    resetSyncCount: () => {
      core.syncs = 0;
    },
    setSyncLatency: (ms: number) => {
      core.latencyMs = Math.max(0, ms);
    },
    install(target: object = globalThis) {
      Object.assign(target, { Office, Word, OfficeExtension });
    },
  };
}

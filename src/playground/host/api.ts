/**
 * The Office.js proxy layer of the simulated Word host (the `Word` namespace the add-in sees).
 *
 * Office.js semantics modelled here (see /work/shared/docs/word-api.md and the Office docs article
 * "application-specific API model"):
 * - Every object is a PROXY. Methods and property writes are QUEUED on the request context and
 *   applied, in order, when `context.sync()` runs; until then the document does not change.
 * - A scalar property can be read only after `load()` + `await context.sync()`; earlier reads throw
 *   OfficeExtension.Error "PropertyNotLoaded" with Office's message. A property the add-in SET is
 *   readable at once (Office.js keeps the written value on the proxy).
 * - `load()` takes a string ("text,style"), a string[] (with navigation paths such as
 *   "items/listItemOrNullObject/listString" or "font/name", word-api.md §1.2) or
 *   `{ select, top, skip }` (word-api.md §1.3, paging). A load with no argument loads every scalar
 *   (Office discourages that; it works).
 * - Loads are queued like writes, so a load queued after a write sees the written state.
 * - `*OrNullObject` getters never fail: after the next sync `isNullObject` tells whether the object
 *   exists; properties of a null object read as undefined and methods on it are ignored. The plain
 *   variants (`listItem`, `parentTable`, `getParagraphByUniqueLocalId`) fail the sync with
 *   "ItemNotFound" (word-api.md §1.1, §2A).
 * - Methods return ClientResult objects (`getText()`, WordApi 1.7) whose `value` exists after sync.
 * - The first failing action rejects the sync with an OfficeExtension.Error; actions before it stay
 *   applied, actions after it are dropped (Word has no transactions).
 * - APIs newer than the host's WordApi version fail the sync with "ApiNotFound".
 * - Read-only documents: writes fail at sync with GeneralException (Word "Viewing" mode,
 *   office-js#5484) or AccessDenied (restricted editing); reads, select() and highlight() still work.
 * - Objects are bound to their `Word.run` context; using them after the run ended throws
 *   "InvalidRequestContext".
 */
import { SimOfficeError, propertyNotLoaded, valueNotLoaded } from "./errors";
import { paragraphEvent } from "./paragraphEvents";
import {
  LOCALIZED_STYLE,
  outlineOf,
  resolveStyle,
  type BuiltInStyle,
  type SimContentControl,
  type SimDocument,
  type SimParagraph,
  type SimSpan,
  type SimTable,
  type StoryType,
} from "./model";

type Feature = [set: string, version: string];

interface Op {
  kind: "read" | "write" | "ui";
  location: string;
  feature?: Feature;
  run: () => void;
}

/** Thrown inside an action that targets a null object: the action is skipped. */
class NullTarget {}

export interface HostCore {
  doc: SimDocument;
  syncs: number;
  /** Extra time each sync's answer takes (ms); 0 = next microtask. Real Word takes a round trip. */
  latencyMs: number;
}

// ---------------------------------------------------------------------------------------------
// Request context

export class SimRequestContext {
  readonly document: SimDocumentProxy;
  /** Word.run releases tracked objects at the end; the simulation keeps nothing, so these are no-ops. */
  readonly trackedObjects = { add: (_o: unknown) => {}, remove: (_o: unknown) => {} };
  _queue: Op[] = [];
  _inSync = false;
  _finished = false;

  constructor(readonly _core: HostCore) {
    this.document = new SimDocumentProxy(this);
  }

  get _doc(): SimDocument {
    return this._core.doc;
  }

  _enqueue(op: Op): void {
    if (this._finished) throw new SimOfficeError("InvalidRequestContext", undefined, op.location);
    if (this._inSync) {
      // Created while a sync is being processed (e.g. a navigation proxy made by a load): run now.
      op.run();
      return;
    }
    this._queue.push(op);
  }

  /** `context.load(object, properties)`: the legacy spelling of `object.load(properties)`. */
  load(obj: { load: (spec?: unknown) => unknown }, spec?: unknown): void {
    obj.load(spec);
  }

  /** Processes the queued actions in order (one round trip). Every call counts as one sync. */
  async sync(): Promise<void> {
    if (this._finished) throw new SimOfficeError("InvalidRequestContext", undefined, "RequestContext.sync");
    this._core.syncs++;
    const ops = this._queue;
    this._queue = [];
    // A real sync is a round trip: results arrive asynchronously (after a task when a latency is
    // set, so the pane renders its busy state in between, as it does against a real Word).
    if (this._core.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this._core.latencyMs));
    else await Promise.resolve();
    const doc = this._doc;
    let wrote = false;
    this._inSync = true;
    try {
      for (const op of ops) {
        if (op.feature && !doc.isSetSupported(op.feature[0], op.feature[1])) {
          throw new SimOfficeError("ApiNotFound", undefined, op.location);
        }
        if (op.kind === "write" && doc.readOnly) {
          throw new SimOfficeError(doc.readOnly === "protected" ? "AccessDenied" : "GeneralException", undefined, op.location);
        }
        try {
          op.run();
        } catch (e) {
          if (e instanceof NullTarget) continue;
          if (e instanceof SimOfficeError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.location;
          throw e;
        }
        if (op.kind === "write") wrote = true;
      }
    } finally {
      this._inSync = false;
      if (wrote) doc.emit({ kind: "content" });
    }
  }

  _hasPending(): boolean {
    return this._queue.length > 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Proxy base

interface ScalarDef {
  read: (self: never) => unknown;
  write?: (self: never, v: unknown) => void;
  feature?: Feature;
}

type LoadPaths = string[][];

interface ParsedLoad {
  paths: LoadPaths;
  top?: number;
  skip?: number;
}

function parseLoad(spec: unknown): ParsedLoad {
  let names: string[] = [];
  let top: number | undefined;
  let skip: number | undefined;
  if (spec == null) names = [];
  else if (typeof spec === "string") names = spec.split(",");
  else if (Array.isArray(spec)) names = spec.flatMap((s) => String(s).split(","));
  else if (typeof spec === "object") {
    const o = spec as { select?: string | string[]; top?: number; skip?: number };
    names = typeof o.select === "string" ? o.select.split(",") : (o.select ?? []).flatMap((s) => s.split(","));
    top = o.top;
    skip = o.skip;
  }
  const paths = names
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => n.split("/").map((s) => s.trim()));
  return { paths, top, skip };
}

/** Set while a navigation property creates its proxy (see the SimClientObject constructor). */
let creatingNavigation = false;

export abstract class SimClientObject<T> {
  _values: Record<string, unknown> = {};
  _target: T | null | undefined = undefined;
  _nullKnown = false;
  private _navCache = new Map<string, unknown>();

  constructor(
    readonly context: SimRequestContext,
    protected readonly _resolver: () => T | null,
    protected readonly _nullable: boolean,
    protected readonly _typeName: string,
  ) {
    if (_nullable && !creatingNavigation) {
      // An *OrNullObject returned by a METHOD (getFirstOrNullObject, getItemOrNullObject…) is
      // instantiated at the next sync even without a load, so `isNullObject` is available
      // afterwards. A navigation PROPERTY (listItemOrNullObject, parentTableOrNullObject…) only
      // creates a path: its isNullObject is known once it was loaded or used by an action.
      context._enqueue({ kind: "read", location: `${_typeName}.isNullObject`, run: () => void this._t() });
    }
  }

  abstract _scalars(): Record<string, ScalarDef>;
  /** Navigation properties that load paths may traverse. */
  _navs(): string[] {
    return [];
  }

  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded("isNullObject");
    return this._target === null;
  }

  /** Resolves the proxy to its document object (once); ItemNotFound for a missing non-null object. */
  _t(): T | null {
    if (this._target === undefined) {
      const t = this._resolver();
      if (t === null && !this._nullable) throw new SimOfficeError("ItemNotFound", undefined, this._typeName);
      this._target = t;
      this._nullKnown = true;
    }
    return this._target;
  }

  /** The target of an action; a null object makes the action a no-op. */
  _tt(): T {
    const t = this._t();
    if (t === null) throw new NullTarget();
    return t;
  }

  _nav<P>(name: string, make: () => P): P {
    let p = this._navCache.get(name) as P | undefined;
    if (!p) {
      creatingNavigation = true;
      try {
        p = make();
      } finally {
        creatingNavigation = false;
      }
      this._navCache.set(name, p);
    }
    return p;
  }

  _get(name: string): unknown {
    if (!(name in this._values)) {
      if (this._nullKnown && this._target === null) return undefined;
      throw propertyNotLoaded(name);
    }
    return this._values[name];
  }

  _set(name: string, value: unknown): void {
    const def = this._scalars()[name];
    if (!def?.write) throw new TypeError(`Cannot set property ${name} of ${this._typeName}: it is read-only`);
    this._values[name] = value;
    this.context._enqueue({
      kind: "write",
      location: `${this._typeName}.${name}`,
      feature: def.feature,
      run: () => (def.write as (s: unknown, v: unknown) => void)(this, value),
    });
  }

  _write(location: string, run: () => void, feature?: Feature): void {
    this.context._enqueue({ kind: "write", location: `${this._typeName}.${location}`, run, feature });
  }

  _ui(location: string, run: () => void, feature?: Feature): void {
    this.context._enqueue({ kind: "ui", location: `${this._typeName}.${location}`, run, feature });
  }

  load(spec?: unknown): this {
    const parsed = parseLoad(spec);
    this.context._enqueue({ kind: "read", location: `${this._typeName}.load`, run: () => this._applyLoad(parsed.paths) });
    return this;
  }

  _applyLoad(paths: LoadPaths): void {
    const t = this._t();
    if (t === null) return;
    const scalars = this._scalars();
    const list = paths.length ? paths : Object.keys(scalars).map((k) => [k]);
    const navs = this._navs();
    for (const [head, ...rest] of list) {
      if (head === "isNullObject") continue;
      const def = scalars[head];
      if (def) {
        if (rest.length) throw new SimOfficeError("InvalidArgument", undefined, `${this._typeName}.load(${head})`);
        if (def.feature && !this.context._doc.isSetSupported(def.feature[0], def.feature[1])) {
          throw new SimOfficeError("ApiNotFound", undefined, `${this._typeName}.${head}`);
        }
        this._values[head] = (def.read as (s: unknown) => unknown)(this);
        continue;
      }
      if (navs.includes(head)) {
        const child = (this as unknown as Record<string, SimClientObject<unknown>>)[head];
        child._applyLoad(rest.length ? [rest] : []);
        continue;
      }
      throw new SimOfficeError("InvalidArgument", `Unknown property '${head}' of ${this._typeName}.`, `${this._typeName}.load`);
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._values };
  }
}

function defineScalars(cls: { prototype: object }, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimClientObject<unknown>) {
        return this._get(name);
      },
      set(this: SimClientObject<unknown>, v: unknown) {
        this._set(name, v);
      },
    });
  }
}

export class SimClientResult<T> {
  _value: T | undefined;
  _set = false;
  get value(): T {
    if (!this._set) throw valueNotLoaded();
    return this._value as T;
  }
  _resolve(v: T): void {
    this._value = v;
    this._set = true;
  }
}

abstract class SimCollection<T, P extends SimClientObject<T>> extends SimClientObject<T[]> {
  _items: P[] | undefined;
  _itemCache = new Map<T, P>();

  abstract _makeItem(target: T): P;

  _item(target: T): P {
    let p = this._itemCache.get(target);
    if (!p) {
      p = this._makeItem(target);
      p._target = target;
      p._nullKnown = true;
      this._itemCache.set(target, p);
    }
    return p;
  }

  _scalars(): Record<string, ScalarDef> {
    return {};
  }

  get items(): P[] {
    if (!this._items) throw propertyNotLoaded("items");
    return this._items;
  }

  override load(spec?: unknown): this {
    const parsed = parseLoad(spec);
    this.context._enqueue({
      kind: "read",
      location: `${this._typeName}.load`,
      run: () => {
        const all = this._tt();
        const skip = parsed.skip ?? 0;
        const slice = all.slice(skip, parsed.top === undefined ? undefined : skip + parsed.top);
        const itemPaths = parsed.paths
          .map((p) => (p[0] === "items" ? p.slice(1) : p))
          .filter((p) => p.length > 0);
        this._items = slice.map((t) => this._item(t));
        for (const item of this._items) item._applyLoad(itemPaths);
      },
    });
    return this;
  }

  override _applyLoad(paths: LoadPaths): void {
    const all = this._tt();
    this._items = all.map((t) => this._item(t));
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of this._items) item._applyLoad(itemPaths);
  }

  /** A collection re-enumerates the document every time it is loaded. */
  override _t(): T[] | null {
    const t = this._resolver();
    this._target = t;
    this._nullKnown = true;
    return t;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by paragraphs, ranges and content controls

function badArg(location: string): SimOfficeError {
  return new SimOfficeError("InvalidArgument", undefined, location);
}

function checkEditable(p: SimParagraph, location: string): void {
  if (p.ccs.some((c) => c.cannotEdit)) throw new SimOfficeError("AccessDenied", undefined, location);
}

function paragraphSpan(doc: SimDocument, p: SimParagraph, loc: string = "Whole"): SimSpan {
  const where = doc.locate(p);
  if (!where) throw new SimOfficeError("ItemNotFound", undefined, "Paragraph");
  const len = p.text.length;
  const a = loc === "End" || loc === "After" ? len : 0;
  const b = loc === "Start" || loc === "Before" ? 0 : len;
  return { story: where.story, start: { p, offset: a }, end: { p, offset: b } };
}

function applyBuiltIn(p: SimParagraph, builtIn: BuiltInStyle): void {
  if (builtIn === "Other") throw badArg("Paragraph.styleBuiltIn");
  p.builtIn = builtIn;
  p.style = LOCALIZED_STYLE[builtIn];
  p.outlineLevel = outlineOf(builtIn);
  // Applying a style resets direct paragraph formatting to the style's (simplified).
  p.firstLineIndent = builtIn === "Normal" ? 32 : 0;
  p.alignment = builtIn === "Title" ? "Centered" : "Justified";
  p.font = {
    ...p.font,
    bold: /^Heading[3-9]$/.test(builtIn),
    name: builtIn === "Title" ? "方正小标宋简体" : builtIn === "Heading1" ? "黑体" : builtIn === "Heading2" ? "楷体_GB2312" : "仿宋_GB2312",
    size: builtIn === "Title" ? 22 : 16,
  };
}

/** Inserts text into a span; returns the span covering the inserted text. */
function insertIntoSpan(doc: SimDocument, span: SimSpan, text: string, loc: string, location: string): SimSpan {
  const paras = doc.spanParagraphs(span);
  if (!paras.length) throw new SimOfficeError("ItemNotFound", undefined, location);
  for (const p of paras) checkEditable(p, location);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1) {
    // Word turns "\n" in insertText into new paragraphs; keep the simulation to single paragraphs.
    text = lines.join(" ");
  }
  const { start, end } = span;
  if (loc === "Replace") {
    if (start.p === end.p) {
      doc.spliceText(start.p, start.offset, end.offset, text);
    } else {
      const tail = end.p.text.slice(end.offset);
      doc.spliceText(start.p, start.offset, start.p.text.length, text + tail);
      for (const p of paras.slice(1)) doc.removeParagraph(p);
    }
    return { story: span.story, start: { p: start.p, offset: start.offset }, end: { p: start.p, offset: start.offset + text.length } };
  }
  if (loc === "Start" || loc === "Before") {
    doc.spliceText(start.p, start.offset, start.offset, text);
    return { story: span.story, start: { p: start.p, offset: start.offset }, end: { p: start.p, offset: start.offset + text.length } };
  }
  if (loc === "End" || loc === "After") {
    const at = end.offset;
    doc.spliceText(end.p, at, at, text);
    return { story: span.story, start: { p: end.p, offset: at }, end: { p: end.p, offset: at + text.length } };
  }
  throw badArg(location);
}

/**
 * Body/Paragraph/Range.search (WordApi 1.1): literal matches inside single paragraphs, left to
 * right, non-overlapping. "^^" is Word's escape for "^". More than 255 characters fails the
 * sync with SearchStringInvalidOrTooLong (word-api.md §2.D); wildcards are not simulated.
 */
function searchSpans(
  doc: SimDocument,
  story: StoryType,
  paras: SimParagraph[],
  text: string,
  options: { matchCase?: boolean } | undefined,
  within?: SimSpan,
): SimSpan[] {
  if (!text) throw new SimOfficeError("InvalidArgument", undefined, "search");
  if (text.length > 255) throw new SimOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.", "search");
  const needle0 = text.replace(/\^\^/g, "^");
  const fold = (x: string) => (options?.matchCase ? x : x.toLowerCase());
  const needle = fold(needle0);
  const out: SimSpan[] = [];
  for (const p of paras) {
    let from = 0;
    let to = p.text.length;
    if (within && p === within.start.p) from = within.start.offset;
    if (within && p === within.end.p) to = within.end.offset;
    const hay = fold(p.text.slice(0, to));
    for (let i = hay.indexOf(needle, from); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
      out.push({ story, start: { p, offset: i }, end: { p, offset: i + needle.length } });
    }
  }
  void doc;
  return out;
}

export class SimRangeCollection extends SimCollection<SimSpan, SimRangeProxy> {
  constructor(ctx: SimRequestContext, resolver: () => SimSpan[]) {
    super(ctx, resolver, false, "RangeCollection");
  }
  _makeItem(target: SimSpan): SimRangeProxy {
    return new SimRangeProxy(this.context, () => target);
  }
  getFirst(): SimRangeProxy {
    return new SimRangeProxy(this.context, () => this._tt()[0] ?? null);
  }
  getFirstOrNullObject(): SimRangeProxy {
    return new SimRangeProxy(this.context, () => this._tt()[0] ?? null, true);
  }
  getLast(): SimRangeProxy {
    return new SimRangeProxy(this.context, () => this._tt()[this._tt().length - 1] ?? null);
  }
}

// ---------------------------------------------------------------------------------------------
// Document

export class SimDocumentProxy extends SimClientObject<SimDocument> {
  declare readonly changeTrackingMode: string;

  constructor(ctx: SimRequestContext) {
    super(ctx, () => ctx._doc, false, "Document");
  }
  _scalars(): Record<string, ScalarDef> {
    return { changeTrackingMode: { read: () => "Off", feature: ["WordApi", "1.4"] } };
  }
  override _navs(): string[] {
    return ["body", "pageSetup"];
  }
  get pageSetup(): SimPageSetupProxy {
    return this._nav("pageSetup", () => new SimPageSetupProxy(this.context));
  }
  get body(): SimBodyProxy {
    return this._nav("body", () => new SimBodyProxy(this.context, () => ({ story: "MainDoc" as StoryType }), false));
  }
  get contentControls(): SimContentControlCollection {
    return this.body.contentControls;
  }
  get sections(): SimSectionCollection {
    return this._nav("sections", () => new SimSectionCollection(this.context));
  }
  get settings(): SimSettingCollection {
    return this._nav("settings", () => new SimSettingCollection(this.context));
  }
  /** WordApi 1.6 paragraph events (./paragraphEvents.ts). */
  get onParagraphChanged() {
    return paragraphEvent(this.context._doc, "paragraphChanged");
  }
  get onParagraphAdded() {
    return paragraphEvent(this.context._doc, "paragraphAdded");
  }
  get onParagraphDeleted() {
    return paragraphEvent(this.context._doc, "paragraphDeleted");
  }
  /** The current selection, evaluated at the next sync (WordApi 1.1). */
  getSelection(): SimRangeProxy {
    const doc = this.context._doc;
    return new SimRangeProxy(this.context, () => {
      const s = doc.selection;
      return { story: s.story, start: { ...s.start }, end: { ...s.end } };
    });
  }
  /** WordApi 1.6. No OrNullObject variant exists: a vanished id fails the sync with ItemNotFound. */
  getParagraphByUniqueLocalId(id: string): SimParagraphProxy {
    const doc = this.context._doc;
    const p = new SimParagraphProxy(this.context, () => {
      if (!doc.isSetSupported("WordApi", "1.6")) throw new SimOfficeError("ApiNotFound", undefined, "Document.getParagraphByUniqueLocalId");
      for (const s of ["MainDoc", "Header", "Footer"] as StoryType[]) {
        const found = doc.story(s).find((q) => q.uid === id);
        if (found) return found;
      }
      return null;
    });
    return p;
  }
}
defineScalars(SimDocumentProxy, ["changeTrackingMode"]);

// ---------------------------------------------------------------------------------------------
// Body

interface BodyTarget {
  story: StoryType;
  /** Set for a table cell body. */
  cell?: { table: SimTable; row: number; col: number };
}

export class SimBodyProxy extends SimClientObject<BodyTarget> {
  declare readonly type: string;
  declare readonly text: string;
  declare style: string;
  declare styleBuiltIn: string;

  constructor(ctx: SimRequestContext, resolver: () => BodyTarget | null, nullable: boolean) {
    super(ctx, resolver, nullable, "Body");
  }
  _paras(): SimParagraph[] {
    const t = this._tt();
    const all = this.context._doc.story(t.story);
    if (!t.cell) return all;
    const c = t.cell;
    return all.filter((p) => p.table?.table === c.table && p.table.row === c.row && p.table.col === c.col);
  }
  _scalars(): Record<string, ScalarDef> {
    return {
      type: { read: (s: SimBodyProxy) => (s._tt().cell ? "TableCell" : s._tt().story) },
      text: { read: (s: SimBodyProxy) => s._paras().map((p) => s.context._doc.apiText(p)).join("\r") },
      style: { read: (s: SimBodyProxy) => s._paras()[0]?.style ?? "" },
      styleBuiltIn: { read: (s: SimBodyProxy) => s._paras()[0]?.builtIn ?? "Normal" },
    };
  }
  get paragraphs(): SimParagraphCollection {
    return this._nav("paragraphs", () => new SimParagraphCollection(this.context, () => this._paras()));
  }
  get contentControls(): SimContentControlCollection {
    return this._nav("contentControls", () => new SimContentControlCollection(this.context, () => ccsOf(this.context._doc, this._paras())));
  }
  /** For a table-cell body: the body holding the table; null for a story body. */
  get parentBodyOrNullObject(): SimBodyProxy {
    return this._nav(
      "parentBodyOrNullObject",
      () => new SimBodyProxy(this.context, () => (this._tt().cell ? { story: this._tt().story } : null), true),
    );
  }
  /** Body.insertParagraph accepts "Start" | "End" only (word-api.md §3.1). */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Start" && loc !== "End") throw badArg("Body.insertParagraph");
      const t = this._tt();
      const doc = this.context._doc;
      const np = doc.createParagraph({ text });
      if (t.cell) {
        const ps = this._paras();
        const anchor = loc === "Start" ? ps[0] : ps[ps.length - 1];
        np.table = { ...t.cell };
        doc.insertNear(anchor, np, loc === "Start" ? "Before" : "After");
      } else doc.insertInStory(t.story, np, loc as "Start" | "End");
      created = np;
    });
    return proxy;
  }
  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const ps = this._paras();
      const first = ps[0];
      const last = ps[ps.length - 1];
      const t = this._tt();
      const a = { p: first, offset: 0 };
      const b = { p: last, offset: last.text.length };
      if (loc === "Start") return { story: t.story, start: a, end: { ...a } };
      if (loc === "End") return { story: t.story, start: b, end: { ...b } };
      return { story: t.story, start: a, end: b };
    });
  }
  search(text: string, options?: { matchCase?: boolean }): SimRangeCollection {
    return new SimRangeCollection(this.context, () => searchSpans(this.context._doc, this._tt().story, this._paras(), text, options));
  }

  /** WordApi 1.6: the tracked changes in the body (the simulation tracks deletions only). */
  getTrackedChanges(): SimTrackedChangeCollection {
    return new SimTrackedChangeCollection(this.context, () => {
      if (!this.context._doc.isSetSupported("WordApi", "1.6")) throw new SimOfficeError("ApiNotFound", undefined, "Body.getTrackedChanges");
      const out: TrackedChangeTarget[] = [];
      for (const p of this._paras()) for (const [a, b] of p.deleted) out.push({ p, start: a, end: b });
      return out;
    });
  }

  /** Clears the body: one empty paragraph remains. */
  clear(): void {
    this._write("clear", () => {
      const ps = [...this._paras()];
      for (const p of ps.slice(1)) this.context._doc.removeParagraph(p);
      const first = ps[0];
      this.context._doc.spliceText(first, 0, first.text.length, "");
      first.ccs = [];
    });
  }
  select(mode: string = "Select"): void {
    this.getRange("Whole").select(mode);
  }
}
defineScalars(SimBodyProxy, ["type", "text", "style", "styleBuiltIn"]);

/** The innermost control enclosing all of `paras`, or null. */
function commonControl(paras: SimParagraph[]): SimContentControl | null {
  if (!paras.length) return null;
  const first = paras[0].ccs;
  let common: SimContentControl | null = null;
  for (const c of first) {
    if (paras.every((p) => p.ccs.includes(c))) common = c;
  }
  return common;
}

function ccsOf(doc: SimDocument, paras: SimParagraph[]): SimContentControl[] {
  const out: SimContentControl[] = [];
  for (const p of paras) for (const c of p.ccs) if (!out.includes(c)) out.push(c);
  void doc;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

export class SimParagraphCollection extends SimCollection<SimParagraph, SimParagraphProxy> {
  constructor(ctx: SimRequestContext, resolver: () => SimParagraph[]) {
    super(ctx, resolver, false, "ParagraphCollection");
  }
  _makeItem(target: SimParagraph): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => target);
  }
  getFirst(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[0] ?? null);
  }
  getFirstOrNullObject(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[0] ?? null, true);
  }
  getLast(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[this._tt().length - 1] ?? null);
  }
  getLastOrNullObject(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[this._tt().length - 1] ?? null, true);
  }
}

export class SimParagraphProxy extends SimClientObject<SimParagraph> {
  declare readonly text: string;
  declare style: string;
  declare styleBuiltIn: string;
  declare outlineLevel: number;
  declare readonly isListItem: boolean;
  declare readonly isLastParagraph: boolean;
  declare readonly tableNestingLevel: number;
  declare readonly uniqueLocalId: string;
  declare alignment: string;
  declare firstLineIndent: number;
  declare leftIndent: number;
  declare lineSpacing: number;
  declare lineUnitAfter: number;
  declare lineUnitBefore: number;
  declare spaceAfter: number;
  declare spaceBefore: number;

  constructor(ctx: SimRequestContext, resolver: () => SimParagraph | null, nullable = false) {
    super(ctx, resolver, nullable, "Paragraph");
  }

  /** The paragraph, which must still be in the document. */
  _p(): SimParagraph {
    const p = this._tt();
    if (!this.context._doc.locate(p)) throw new SimOfficeError("ItemNotFound", undefined, "Paragraph");
    return p;
  }

  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    const num = (name: keyof SimParagraph): ScalarDef => ({
      read: (s: SimParagraphProxy) => s._p()[name],
      write: (s: SimParagraphProxy, v: unknown) => {
        if (typeof v !== "number" || !Number.isFinite(v)) throw badArg(`Paragraph.${String(name)}`);
        const p = s._p();
        checkEditable(p, `Paragraph.${String(name)}`);
        (p as unknown as Record<string, number>)[name] = v;
      },
    });
    return {
      text: { read: (s: SimParagraphProxy) => doc.apiText(s._p()) },
      style: {
        read: (s: SimParagraphProxy) => s._p().style,
        write: (s: SimParagraphProxy, v: unknown) => {
          const p = s._p();
          checkEditable(p, "Paragraph.style");
          const r = resolveStyle(String(v));
          if (r.builtIn !== "Other") return applyBuiltIn(p, r.builtIn);
          // A custom style must exist in the document (here: be used by some paragraph).
          const known = [...doc.body, ...doc.header, ...doc.footer].some((q) => q.style === r.style);
          if (!known) throw new SimOfficeError("ItemNotFound", undefined, "Paragraph.style");
          p.style = r.style;
          p.builtIn = "Other";
        },
      },
      styleBuiltIn: {
        read: (s: SimParagraphProxy) => s._p().builtIn,
        write: (s: SimParagraphProxy, v: unknown) => {
          const p = s._p();
          checkEditable(p, "Paragraph.styleBuiltIn");
          const r = resolveStyle(String(v));
          applyBuiltIn(p, r.builtIn);
        },
      },
      outlineLevel: {
        read: (s: SimParagraphProxy) => s._p().outlineLevel,
        write: (s: SimParagraphProxy, v: unknown) => {
          if (typeof v !== "number" || v < 1 || v > 10) throw badArg("Paragraph.outlineLevel");
          s._p().outlineLevel = v;
        },
      },
      isListItem: { read: (s: SimParagraphProxy) => doc.isListItem(s._p()) },
      isLastParagraph: {
        read: (s: SimParagraphProxy) => {
          const loc = doc.locate(s._p());
          return !!loc && loc.index === doc.story(loc.story).length - 1;
        },
      },
      tableNestingLevel: { read: (s: SimParagraphProxy) => (s._p().table ? 1 : 0) },
      uniqueLocalId: { read: (s: SimParagraphProxy) => s._p().uid, feature: ["WordApi", "1.6"] },
      alignment: {
        read: (s: SimParagraphProxy) => s._p().alignment,
        write: (s: SimParagraphProxy, v: unknown) => {
          if (!["Left", "Centered", "Right", "Justified"].includes(String(v))) throw badArg("Paragraph.alignment");
          s._p().alignment = v as SimParagraph["alignment"];
        },
      },
      firstLineIndent: num("firstLineIndent"),
      leftIndent: num("leftIndent"),
      lineSpacing: num("lineSpacing"),
      lineUnitAfter: num("lineUnitAfter"),
      lineUnitBefore: num("lineUnitBefore"),
      spaceAfter: num("spaceAfter"),
      spaceBefore: num("spaceBefore"),
    };
  }

  override _navs(): string[] {
    return ["font", "listItemOrNullObject", "listItem", "parentBody", "parentTableOrNullObject", "parentContentControlOrNullObject"];
  }

  get font(): SimFontProxy {
    return this._nav("font", () => new SimFontProxy(this.context, () => [this._p()]));
  }
  /** WordApi 1.3. Null object for a paragraph that is not a list item (word-api.md §1.1). */
  get listItemOrNullObject(): SimListItemProxy {
    return this._nav("listItemOrNullObject", () => new SimListItemProxy(this.context, () => this._listTarget(), true));
  }
  /** WordApi 1.3. Fails the sync with ItemNotFound on a non-list paragraph. */
  get listItem(): SimListItemProxy {
    return this._nav("listItem", () => new SimListItemProxy(this.context, () => this._listTarget(), false));
  }
  _listTarget(): SimParagraph | null {
    const p = this._p();
    // office-js#5335: on Word on the web, loading listItemOrNullObject of a paragraph deleted under
    // track changes throws GeneralException and fails the whole batch.
    if (p.listLoadFails) throw new SimOfficeError("GeneralException", undefined, "Paragraph.listItemOrNullObject");
    return this.context._doc.isListItem(p) ? p : null;
  }
  get parentBody(): SimBodyProxy {
    return this._nav(
      "parentBody",
      () =>
        new SimBodyProxy(
          this.context,
          () => {
            const p = this._p();
            const loc = this.context._doc.locate(p);
            return { story: loc!.story, cell: p.table ?? undefined };
          },
          false,
        ),
    );
  }
  get parentTableOrNullObject(): SimTableProxy {
    return this._nav("parentTableOrNullObject", () => new SimTableProxy(this.context, () => this._p().table?.table ?? null, true));
  }
  get parentTable(): SimTableProxy {
    return this._nav("parentTable", () => new SimTableProxy(this.context, () => this._p().table?.table ?? null, false));
  }
  get parentContentControlOrNullObject(): SimContentControlProxy {
    return this._nav("parentContentControlOrNullObject", () => new SimContentControlProxy(this.context, () => this.context._doc.innerControl(this._p()), true));
  }
  get parentContentControl(): SimContentControlProxy {
    return this._nav("parentContentControl", () => new SimContentControlProxy(this.context, () => this.context._doc.innerControl(this._p()), false));
  }

  /**
   * "Before" | "After" (word-api.md §3.1). The new paragraph takes the anchor's paragraph
   * formatting: it stays in the same table cell and content control, and continues the list.
   */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Before" && loc !== "After") throw badArg("Paragraph.insertParagraph");
      const p = this._p();
      checkEditable(p, "Paragraph.insertParagraph");
      const doc = this.context._doc;
      const np = doc.cloneFormatting(p, text);
      doc.insertNear(p, np, loc);
      created = np;
    });
    return proxy;
  }

  /** "Replace" | "Start" | "End"; returns the range of the inserted text. */
  insertText(text: string, loc: string): SimRangeProxy {
    let span: SimSpan | null = null;
    const proxy = new SimRangeProxy(this.context, () => span);
    this._write("insertText", () => {
      if (loc !== "Replace" && loc !== "Start" && loc !== "End") throw badArg("Paragraph.insertText");
      const doc = this.context._doc;
      span = insertIntoSpan(doc, paragraphSpan(doc, this._p()), text, loc, "Paragraph.insertText");
    });
    return proxy;
  }

  /** Wraps the paragraph in a content control. "PlainText" needs WordApi 1.5 (word-api.md §3.2). */
  insertContentControl(type?: string): SimContentControlProxy {
    let created: SimContentControl | null = null;
    const proxy = new SimContentControlProxy(this.context, () => created, false);
    this._write("insertContentControl", () => {
      const doc = this.context._doc;
      const kind = type ?? "RichText";
      if (kind !== "RichText" && kind !== "PlainText") throw badArg("Paragraph.insertContentControl");
      if (kind === "PlainText" && !doc.isSetSupported("WordApi", "1.5")) throw badArg("Paragraph.insertContentControl");
      const p = this._p();
      checkEditable(p, "Paragraph.insertContentControl");
      const cc = doc.newContentControl({ type: kind });
      p.ccs = [...p.ccs, cc];
      created = cc;
    });
    return proxy;
  }

  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      if (!["Whole", "Start", "End", "Content", "After", "Before"].includes(loc)) throw badArg("Paragraph.getRange");
      return paragraphSpan(this.context._doc, this._p(), loc);
    });
  }

  select(mode: string = "Select"): void {
    this.getRange("Whole").select(mode);
  }

  delete(): void {
    this._write("delete", () => {
      const p = this._p();
      checkEditable(p, "Paragraph.delete");
      if (p.ccs.some((c) => c.cannotDelete)) throw new SimOfficeError("AccessDenied", undefined, "Paragraph.delete");
      this.context._doc.removeParagraph(p);
    });
  }

  /** WordApi 1.7: text without tracked deletions (and hidden text) by default (word-api.md §1.5). */
  getText(options?: { IncludeHiddenText?: boolean; IncludeTextMarkedAsDeleted?: boolean }): SimClientResult<string> {
    const r = new SimClientResult<string>();
    this.context._enqueue({
      kind: "read",
      location: "Paragraph.getText",
      feature: ["WordApi", "1.7"],
      run: () => {
        const p = this._p();
        r._resolve(options?.IncludeTextMarkedAsDeleted ? p.text : this.context._doc.visibleText(p));
      },
    });
    return r;
  }

  search(text: string, options?: { matchCase?: boolean }): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      const p = this._p();
      return searchSpans(this.context._doc, this.context._doc.locate(p)!.story, [p], text, options);
    });
  }

  /** WordApi 1.3. */
  detachFromList(): void {
    this._write("detachFromList", () => {
      const p = this._p();
      p.list = null;
      p.fixedListString = null;
    });
  }
}
defineScalars(SimParagraphProxy, [
  "text",
  "style",
  "styleBuiltIn",
  "outlineLevel",
  "isListItem",
  "isLastParagraph",
  "tableNestingLevel",
  "uniqueLocalId",
  "alignment",
  "firstLineIndent",
  "leftIndent",
  "lineSpacing",
  "lineUnitAfter",
  "lineUnitBefore",
  "spaceAfter",
  "spaceBefore",
]);

export class SimListItemProxy extends SimClientObject<SimParagraph> {
  declare readonly listString: string;
  declare level: number;
  declare readonly siblingIndex: number;
  constructor(ctx: SimRequestContext, resolver: () => SimParagraph | null, nullable: boolean) {
    super(ctx, resolver, nullable, "ListItem");
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      listString: { read: (s: SimListItemProxy) => doc.listString(s._tt()) },
      level: {
        read: (s: SimListItemProxy) => s._tt().list?.level ?? 0,
        write: (s: SimListItemProxy, v: unknown) => {
          const p = s._tt();
          if (typeof v !== "number" || v < 0 || v > 8) throw badArg("ListItem.level");
          if (p.list) p.list.level = v;
        },
      },
      siblingIndex: {
        read: (s: SimListItemProxy) => {
          const p = s._tt();
          const str = doc.listString(p);
          void str;
          if (!p.list) return 0;
          const loc = doc.locate(p)!;
          const ps = doc.story(loc.story);
          let n = 0;
          for (let i = loc.index - 1; i >= 0; i--) {
            const q = ps[i];
            if (!q.list || q.list.list !== p.list.list) continue;
            if (q.list.level < p.list.level) break;
            if (q.list.level === p.list.level) n++;
          }
          return n;
        },
      },
    };
  }
}
defineScalars(SimListItemProxy, ["listString", "level", "siblingIndex"]);

export class SimFontProxy extends SimClientObject<SimParagraph[]> {
  declare name: string;
  declare nameFarEast: string;
  declare size: number;
  declare bold: boolean;
  declare color: string;
  constructor(ctx: SimRequestContext, resolver: () => SimParagraph[] | null) {
    super(ctx, resolver, false, "Font");
  }
  _scalars(): Record<string, ScalarDef> {
    const prop = (name: "name" | "size" | "bold" | "color", valid: (v: unknown) => boolean): ScalarDef => ({
      // Mixed formatting reads as null, as Word reports it for ranges spanning differing runs.
      read: (s: SimFontProxy) => {
        const vals = s._tt().map((p) => p.font[name]);
        return vals.every((v) => v === vals[0]) ? vals[0] : null;
      },
      write: (s: SimFontProxy, v: unknown) => {
        if (!valid(v)) throw badArg(`Font.${name}`);
        for (const p of s._tt()) {
          checkEditable(p, `Font.${name}`);
          (p.font as unknown as Record<string, unknown>)[name] = v;
        }
      },
    });
    return {
      name: prop("name", (v) => typeof v === "string" && v.length > 0),
      // Font.nameFarEast is WordApiDesktop 1.3 (word-api.md §5): not on Word on the web.
      nameFarEast: {
        read: (s: SimFontProxy) => {
          const vals = s._tt().map((p) => p.font.nameFarEast ?? p.font.name);
          return vals.every((v) => v === vals[0]) ? vals[0] : null;
        },
        write: (s: SimFontProxy, v: unknown) => {
          if (typeof v !== "string" || !v) throw badArg("Font.nameFarEast");
          for (const p of s._tt()) {
            checkEditable(p, "Font.nameFarEast");
            p.font.nameFarEast = v;
          }
        },
        feature: ["WordApiDesktop", "1.3"],
      },
      size: prop("size", (v) => typeof v === "number" && v > 0),
      bold: prop("bold", (v) => typeof v === "boolean"),
      color: prop("color", (v) => typeof v === "string"),
    };
  }
}
defineScalars(SimFontProxy, ["name", "nameFarEast", "size", "bold", "color"]);

/** Document.pageSetup (WordApiDesktop 1.3): margins in points. */
export class SimPageSetupProxy extends SimClientObject<SimDocument> {
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  constructor(ctx: SimRequestContext) {
    super(ctx, () => ctx._doc, false, "PageSetup");
  }
  _scalars(): Record<string, ScalarDef> {
    const margin = (name: "topMargin" | "bottomMargin" | "leftMargin" | "rightMargin"): ScalarDef => ({
      read: (s: SimPageSetupProxy) => s._t()!.pageSetup[name],
      write: (s: SimPageSetupProxy, v: unknown) => {
        if (typeof v !== "number" || !(v >= 0)) throw badArg(`PageSetup.${name}`);
        const doc = s._t()!;
        if (doc.readOnly) throw new SimOfficeError(doc.readOnly === "protected" ? "AccessDenied" : "GeneralException", undefined, `PageSetup.${name}`);
        doc.pageSetup[name] = v;
      },
      feature: ["WordApiDesktop", "1.3"],
    });
    return { topMargin: margin("topMargin"), bottomMargin: margin("bottomMargin"), leftMargin: margin("leftMargin"), rightMargin: margin("rightMargin") };
  }
}
defineScalars(SimPageSetupProxy, ["topMargin", "bottomMargin", "leftMargin", "rightMargin"]);

// ---------------------------------------------------------------------------------------------
// Ranges

export class SimRangeProxy extends SimClientObject<SimSpan> {
  declare readonly text: string;
  declare readonly isEmpty: boolean;
  declare style: string;
  declare styleBuiltIn: string;

  constructor(ctx: SimRequestContext, resolver: () => SimSpan | null, nullable = false) {
    super(ctx, resolver, nullable, "Range");
  }
  _span(): SimSpan {
    const s = this._tt();
    if (!this.context._doc.locate(s.start.p) || !this.context._doc.locate(s.end.p)) {
      throw new SimOfficeError("ItemNotFound", undefined, "Range");
    }
    return s;
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      text: { read: (s: SimRangeProxy) => doc.spanText(s._span()) },
      isEmpty: {
        read: (s: SimRangeProxy) => {
          const sp = s._span();
          return sp.start.p === sp.end.p && sp.start.offset === sp.end.offset;
        },
      },
      style: {
        read: (s: SimRangeProxy) => s._span().start.p.style,
        write: (s: SimRangeProxy, v: unknown) => {
          const r = resolveStyle(String(v));
          for (const p of doc.spanParagraphs(s._span())) {
            checkEditable(p, "Range.style");
            if (r.builtIn !== "Other") applyBuiltIn(p, r.builtIn);
            else p.style = r.style;
          }
        },
      },
      styleBuiltIn: {
        read: (s: SimRangeProxy) => s._span().start.p.builtIn,
        write: (s: SimRangeProxy, v: unknown) => {
          const r = resolveStyle(String(v));
          for (const p of doc.spanParagraphs(s._span())) {
            checkEditable(p, "Range.styleBuiltIn");
            applyBuiltIn(p, r.builtIn);
          }
        },
      },
    };
  }
  override _navs(): string[] {
    return ["font", "paragraphs", "parentBody", "parentContentControlOrNullObject", "parentTableOrNullObject"];
  }
  get font(): SimFontProxy {
    return this._nav("font", () => new SimFontProxy(this.context, () => this.context._doc.spanParagraphs(this._span())));
  }
  get paragraphs(): SimParagraphCollection {
    return this._nav("paragraphs", () => new SimParagraphCollection(this.context, () => this.context._doc.spanParagraphs(this._span())));
  }
  get parentBody(): SimBodyProxy {
    return this._nav(
      "parentBody",
      () =>
        new SimBodyProxy(
          this.context,
          () => {
            const s = this._span();
            return { story: s.story, cell: s.start.p.table ?? undefined };
          },
          false,
        ),
    );
  }
  get parentContentControlOrNullObject(): SimContentControlProxy {
    return this._nav(
      "parentContentControlOrNullObject",
      () =>
        new SimContentControlProxy(
          this.context,
          () => {
            const s = this._span();
            return commonControl(this.context._doc.spanParagraphs(s));
          },
          true,
        ),
    );
  }
  get parentContentControl(): SimContentControlProxy {
    return this._nav(
      "parentContentControl",
      () =>
        new SimContentControlProxy(
          this.context,
          () => {
            const s = this._span();
            return commonControl(this.context._doc.spanParagraphs(s));
          },
          false,
        ),
    );
  }
  get parentTableOrNullObject(): SimTableProxy {
    return this._nav("parentTableOrNullObject", () => new SimTableProxy(this.context, () => this._span().start.p.table?.table ?? null, true));
  }

  /** "Replace" | "Start" | "End" | "Before" | "After" (WordApi 1.1). Returns the inserted text's range. */
  insertText(text: string, loc: string): SimRangeProxy {
    let span: SimSpan | null = null;
    const proxy = new SimRangeProxy(this.context, () => span);
    this._write("insertText", () => {
      if (!["Replace", "Start", "End", "Before", "After"].includes(loc)) throw badArg("Range.insertText");
      span = insertIntoSpan(this.context._doc, this._span(), text, loc, "Range.insertText");
    });
    return proxy;
  }

  /**
   * "Before" | "After" only. The simulation inserts a whole paragraph before the first / after the
   * last paragraph the range touches (it does not split the paragraph at the range).
   */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Before" && loc !== "After") throw badArg("Range.insertParagraph");
      const s = this._span();
      const anchor = loc === "Before" ? s.start.p : s.end.p;
      checkEditable(anchor, "Range.insertParagraph");
      const doc = this.context._doc;
      const np = doc.cloneFormatting(anchor, text);
      doc.insertNear(anchor, np, loc);
      created = np;
    });
    return proxy;
  }

  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const s = this._span();
      if (loc === "Whole" || loc === "Content") return { story: s.story, start: { ...s.start }, end: { ...s.end } };
      if (loc === "Start" || loc === "Before") return { story: s.story, start: { ...s.start }, end: { ...s.start } };
      if (loc === "End" || loc === "After") return { story: s.story, start: { ...s.end }, end: { ...s.end } };
      throw badArg("Range.getRange");
    });
  }

  /** Selects and scrolls to the range: "Select" | "Start" | "End" (WordApi 1.1; allowed read-only). */
  select(mode: string = "Select"): void {
    this._ui("select", () => {
      const s = this._span();
      const doc = this.context._doc;
      if (mode === "Start") doc.selection = { story: s.story, start: { ...s.start }, end: { ...s.start } };
      else if (mode === "End") doc.selection = { story: s.story, start: { ...s.end }, end: { ...s.end } };
      else if (mode === "Select") doc.selection = { story: s.story, start: { ...s.start }, end: { ...s.end } };
      else throw badArg("Range.select");
      doc.emit({ kind: "selection" });
      doc.emit({ kind: "select", paragraph: mode === "End" ? s.end.p : s.start.p });
    });
  }

  search(text: string, options?: { matchCase?: boolean }): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      const sp = this._span();
      return searchSpans(this.context._doc, sp.story, this.context._doc.spanParagraphs(sp), text, options, sp);
    });
  }

  /** A range from the start of this range to the end of `other` (WordApi 1.3). */
  expandTo(other: SimRangeProxy): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const a = this._span();
      const b = other._span();
      if (a.story !== b.story) throw badArg("Range.expandTo");
      const ps = this.context._doc.story(a.story);
      const ia = ps.indexOf(a.start.p);
      const ib = ps.indexOf(b.end.p);
      if (ib < ia || (ib === ia && b.end.offset < a.start.offset)) return { story: a.story, start: { ...b.start }, end: { ...a.end } };
      return { story: a.story, start: { ...a.start }, end: { ...b.end } };
    });
  }

  /**
   * Wraps the paragraphs the range touches in a content control (the simulation has only
   * paragraph-level controls). Controls already enclosing only part of the range end up inside.
   */
  insertContentControl(type?: string): SimContentControlProxy {
    let created: SimContentControl | null = null;
    const proxy = new SimContentControlProxy(this.context, () => created, false);
    this._write("insertContentControl", () => {
      const doc = this.context._doc;
      const kind = type ?? "RichText";
      if (kind !== "RichText" && kind !== "PlainText") throw badArg("Range.insertContentControl");
      if (kind === "PlainText" && !doc.isSetSupported("WordApi", "1.5")) throw badArg("Range.insertContentControl");
      const paras = doc.spanParagraphs(this._span());
      for (const p of paras) checkEditable(p, "Range.insertContentControl");
      const outer = commonControl(paras);
      const cc = doc.newContentControl({ type: kind });
      for (const p of paras) {
        const at = outer ? p.ccs.indexOf(outer) + 1 : 0;
        p.ccs = [...p.ccs.slice(0, at), cc, ...p.ccs.slice(at)];
      }
      created = cc;
    });
    return proxy;
  }

  /** WordApi 1.8: temporary highlight, not document content (works read-only). */
  highlight(color: string = "Yellow"): void {
    this._ui(
      "highlight",
      () => {
        for (const p of this.context._doc.spanParagraphs(this._span())) p.highlight = color;
        this.context._doc.emit({ kind: "highlight" });
      },
      ["WordApi", "1.8"],
    );
  }

  removeHighlight(): void {
    this._ui(
      "removeHighlight",
      () => {
        for (const p of this.context._doc.spanParagraphs(this._span())) p.highlight = null;
        this.context._doc.emit({ kind: "highlight" });
      },
      ["WordApi", "1.8"],
    );
  }

  delete(): void {
    this._write("delete", () => {
      insertIntoSpan(this.context._doc, this._span(), "", "Replace", "Range.delete");
    });
  }
}
defineScalars(SimRangeProxy, ["text", "isEmpty", "style", "styleBuiltIn"]);

// ---------------------------------------------------------------------------------------------
// Tables

export class SimTableProxy extends SimClientObject<SimTable> {
  declare readonly rowCount: number;
  declare readonly nestingLevel: number;
  constructor(ctx: SimRequestContext, resolver: () => SimTable | null, nullable: boolean) {
    super(ctx, resolver, nullable, "Table");
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      rowCount: { read: (s: SimTableProxy) => new Set(doc.tableParagraphs(s._tt()).map((p) => p.table!.row)).size },
      nestingLevel: { read: () => 1 },
    };
  }
  /** "Before" | "After": a body paragraph outside the table (WordApi 1.3, word-api.md §3.4). */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Before" && loc !== "After") throw badArg("Table.insertParagraph");
      const doc = this.context._doc;
      const ps = doc.tableParagraphs(this._tt());
      if (!ps.length) throw new SimOfficeError("ItemNotFound", undefined, "Table");
      const anchor = loc === "Before" ? ps[0] : ps[ps.length - 1];
      const np = doc.createParagraph({ text });
      doc.insertNear(anchor, np, loc);
      created = np;
    });
    return proxy;
  }
  select(mode: string = "Select"): void {
    const doc = this.context._doc;
    new SimRangeProxy(this.context, () => {
      const ps = doc.tableParagraphs(this._tt());
      const loc = doc.locate(ps[0])!;
      const last = ps[ps.length - 1];
      return { story: loc.story, start: { p: ps[0], offset: 0 }, end: { p: last, offset: last.text.length } };
    }).select(mode);
  }
}
defineScalars(SimTableProxy, ["rowCount", "nestingLevel"]);

// ---------------------------------------------------------------------------------------------
// Content controls

export class SimContentControlCollection extends SimCollection<SimContentControl, SimContentControlProxy> {
  constructor(ctx: SimRequestContext, resolver: () => SimContentControl[]) {
    super(ctx, resolver, false, "ContentControlCollection");
  }
  _makeItem(target: SimContentControl): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => target, false);
  }
  getByTag(tag: string): SimContentControlCollection {
    return new SimContentControlCollection(this.context, () => this._tt().filter((c) => c.tag === tag));
  }
  getByTitle(title: string): SimContentControlCollection {
    return new SimContentControlCollection(this.context, () => this._tt().filter((c) => c.title === title));
  }
  getById(id: number): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt().find((c) => c.id === id) ?? null, false);
  }
  getByIdOrNullObject(id: number): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt().find((c) => c.id === id) ?? null, true);
  }
  getFirst(): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt()[0] ?? null, false);
  }
  getFirstOrNullObject(): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt()[0] ?? null, true);
  }
}

export class SimContentControlProxy extends SimClientObject<SimContentControl> {
  declare readonly id: number;
  declare tag: string;
  declare title: string;
  declare placeholderText: string;
  declare appearance: string;
  declare cannotEdit: boolean;
  declare cannotDelete: boolean;
  declare color: string;
  declare readonly type: string;
  declare readonly text: string;

  constructor(ctx: SimRequestContext, resolver: () => SimContentControl | null, nullable: boolean) {
    super(ctx, resolver, nullable, "ContentControl");
  }
  _paras(): SimParagraph[] {
    const cc = this._tt();
    const ps = [...this.context._doc.body, ...this.context._doc.header, ...this.context._doc.footer].filter((p) => p.ccs.includes(cc));
    if (!ps.length) throw new SimOfficeError("ItemNotFound", undefined, "ContentControl");
    return ps;
  }
  _scalars(): Record<string, ScalarDef> {
    const str = (name: "tag" | "title" | "placeholderText" | "color"): ScalarDef => ({
      read: (s: SimContentControlProxy) => s._tt()[name],
      write: (s: SimContentControlProxy, v: unknown) => {
        s._paras();
        s._tt()[name] = String(v);
      },
    });
    const bool = (name: "cannotEdit" | "cannotDelete"): ScalarDef => ({
      read: (s: SimContentControlProxy) => s._tt()[name],
      write: (s: SimContentControlProxy, v: unknown) => {
        s._paras();
        s._tt()[name] = !!v;
      },
    });
    return {
      id: { read: (s: SimContentControlProxy) => s._tt().id },
      tag: str("tag"),
      title: str("title"),
      placeholderText: str("placeholderText"),
      color: str("color"),
      cannotEdit: bool("cannotEdit"),
      cannotDelete: bool("cannotDelete"),
      appearance: {
        read: (s: SimContentControlProxy) => s._tt().appearance,
        write: (s: SimContentControlProxy, v: unknown) => {
          if (!["BoundingBox", "Tags", "Hidden"].includes(String(v))) throw badArg("ContentControl.appearance");
          s._tt().appearance = v as SimContentControl["appearance"];
        },
      },
      type: { read: (s: SimContentControlProxy) => s._tt().type },
      // The control's own text; an empty control reads "" (whether Word returns the placeholder
      // text instead is unverified, word-api.md §3.2).
      text: { read: (s: SimContentControlProxy) => s._paras().map((p) => s.context._doc.apiText(p)).join("\r") },
    };
  }
  override _navs(): string[] {
    return ["paragraphs"];
  }
  get paragraphs(): SimParagraphCollection {
    return this._nav("paragraphs", () => new SimParagraphCollection(this.context, () => this._paras()));
  }
  /** keepContent: true removes only the control; false removes it with its paragraphs. */
  delete(keepContent: boolean): void {
    this._write("delete", () => {
      const cc = this._tt();
      if (cc.cannotDelete) throw new SimOfficeError("AccessDenied", undefined, "ContentControl.delete");
      const ps = this._paras();
      const doc = this.context._doc;
      if (keepContent) for (const p of ps) p.ccs = p.ccs.filter((c) => c !== cc);
      else {
        if (cc.cannotEdit) throw new SimOfficeError("AccessDenied", undefined, "ContentControl.delete");
        for (const p of ps) doc.removeParagraph(p);
      }
    });
  }
  insertText(text: string, loc: string): SimRangeProxy {
    let span: SimSpan | null = null;
    const proxy = new SimRangeProxy(this.context, () => span);
    this._write("insertText", () => {
      if (!["Replace", "Start", "End"].includes(loc)) throw badArg("ContentControl.insertText");
      const ps = this._paras();
      const doc = this.context._doc;
      const first = ps[0];
      const last = ps[ps.length - 1];
      const story = doc.locate(first)!.story;
      span = insertIntoSpan(
        doc,
        { story, start: { p: first, offset: 0 }, end: { p: last, offset: last.text.length } },
        text,
        loc,
        "ContentControl.insertText",
      );
    });
    return proxy;
  }
  /** "Start"/"End" insert inside the control; "Before"/"After" outside it. */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (!["Start", "End", "Before", "After"].includes(loc)) throw badArg("ContentControl.insertParagraph");
      const ps = this._paras();
      const doc = this.context._doc;
      const inside = loc === "Start" || loc === "End";
      const anchor = loc === "Start" || loc === "Before" ? ps[0] : ps[ps.length - 1];
      if (inside) checkEditable(anchor, "ContentControl.insertParagraph");
      const np = doc.cloneFormatting(anchor, text);
      if (!inside) np.ccs = anchor.ccs.slice(0, anchor.ccs.indexOf(this._tt()));
      doc.insertNear(anchor, np, loc === "Start" || loc === "Before" ? "Before" : "After");
      created = np;
    });
    return proxy;
  }
  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const ps = this._paras();
      const first = ps[0];
      const last = ps[ps.length - 1];
      const story = this.context._doc.locate(first)!.story;
      const a = { p: first, offset: 0 };
      const b = { p: last, offset: last.text.length };
      if (loc === "Start" || loc === "Before") return { story, start: a, end: { ...a } };
      if (loc === "End" || loc === "After") return { story, start: b, end: { ...b } };
      return { story, start: a, end: b };
    });
  }
  select(mode: string = "Select"): void {
    this.getRange("Whole").select(mode);
  }
  clear(): void {
    this._write("clear", () => {
      const ps = this._paras();
      checkEditable(ps[0], "ContentControl.clear");
      for (const p of ps.slice(1)) this.context._doc.removeParagraph(p);
      this.context._doc.spliceText(ps[0], 0, ps[0].text.length, "");
    });
  }
}
defineScalars(SimContentControlProxy, [
  "id",
  "tag",
  "title",
  "placeholderText",
  "appearance",
  "cannotEdit",
  "cannotDelete",
  "color",
  "type",
  "text",
]);

// ---------------------------------------------------------------------------------------------
// Sections (header / footer bodies)

export class SimSectionCollection extends SimCollection<number, SimSectionProxy> {
  constructor(ctx: SimRequestContext) {
    super(ctx, () => [0], false, "SectionCollection");
  }
  _makeItem(_t: number): SimSectionProxy {
    return new SimSectionProxy(this.context);
  }
  getFirst(): SimSectionProxy {
    return this._item(0);
  }
}

export class SimSectionProxy extends SimClientObject<number> {
  constructor(ctx: SimRequestContext) {
    super(ctx, () => 0, false, "Section");
  }
  _scalars(): Record<string, ScalarDef> {
    return {};
  }
  /** The simulation has one section and one header/footer per story, whatever the type asked for. */
  getHeader(_type: string = "Primary"): SimBodyProxy {
    return this._nav("header", () => new SimBodyProxy(this.context, () => ({ story: "Header" as StoryType }), false));
  }
  getFooter(_type: string = "Primary"): SimBodyProxy {
    return this._nav("footer", () => new SimBodyProxy(this.context, () => ({ story: "Footer" as StoryType }), false));
  }
  get body(): SimBodyProxy {
    return this.context.document.body;
  }
}

// ---------------------------------------------------------------------------------------------
// Settings (WordApi 1.4)

export class SimSettingCollection extends SimCollection<string, SimSettingProxy> {
  constructor(ctx: SimRequestContext) {
    super(
      ctx,
      () => {
        if (!ctx._doc.isSetSupported("WordApi", "1.4")) throw new SimOfficeError("ApiNotFound", undefined, "Document.settings");
        return [...ctx._doc.settings.keys()];
      },
      false,
      "SettingCollection",
    );
  }
  _makeItem(key: string): SimSettingProxy {
    return new SimSettingProxy(this.context, () => key, false);
  }
  add(key: string, value: unknown): SimSettingProxy {
    this._write(
      "add",
      () => {
        this.context._doc.settings.set(key, JSON.parse(JSON.stringify(value)));
        this.context._doc.emit({ kind: "settings" });
      },
      ["WordApi", "1.4"],
    );
    return new SimSettingProxy(this.context, () => key, false);
  }
  getItem(key: string): SimSettingProxy {
    return new SimSettingProxy(this.context, () => (this.context._doc.settings.has(key) ? key : null), false);
  }
  getItemOrNullObject(key: string): SimSettingProxy {
    return new SimSettingProxy(this.context, () => (this.context._doc.settings.has(key) ? key : null), true);
  }
  deleteAll(): void {
    this._write("deleteAll", () => this.context._doc.settings.clear(), ["WordApi", "1.4"]);
  }
}

export class SimSettingProxy extends SimClientObject<string> {
  declare readonly key: string;
  declare value: unknown;
  constructor(ctx: SimRequestContext, resolver: () => string | null, nullable: boolean) {
    super(ctx, resolver, nullable, "Setting");
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      key: { read: (s: SimSettingProxy) => s._tt() },
      value: {
        read: (s: SimSettingProxy) => doc.settings.get(s._tt()),
        write: (s: SimSettingProxy, v: unknown) => void doc.settings.set(s._tt(), JSON.parse(JSON.stringify(v))),
      },
    };
  }
  delete(): void {
    this._write("delete", () => void this.context._doc.settings.delete(this._tt()));
  }
}
defineScalars(SimSettingProxy, ["key", "value"]);

// ---------------------------------------------------------------------------------------------
// Tracked changes (WordApi 1.6; deletions only)

interface TrackedChangeTarget {
  p: SimParagraph;
  start: number;
  end: number;
}

export class SimTrackedChangeCollection extends SimCollection<TrackedChangeTarget, SimTrackedChangeProxy> {
  constructor(ctx: SimRequestContext, resolver: () => TrackedChangeTarget[]) {
    super(ctx, resolver, false, "TrackedChangeCollection");
  }
  _makeItem(t: TrackedChangeTarget): SimTrackedChangeProxy {
    return new SimTrackedChangeProxy(this.context, () => t);
  }
}

export class SimTrackedChangeProxy extends SimClientObject<TrackedChangeTarget> {
  declare readonly type: string;
  declare readonly text: string;
  declare readonly author: string;
  declare readonly date: Date;
  constructor(ctx: SimRequestContext, resolver: () => TrackedChangeTarget | null) {
    super(ctx, resolver, false, "TrackedChange");
  }
  _scalars(): Record<string, ScalarDef> {
    return {
      type: { read: () => "Deleted" },
      text: { read: (s: SimTrackedChangeProxy) => s._tt().p.text.slice(s._tt().start, s._tt().end) },
      author: { read: () => "审阅人" },
      date: { read: () => new Date(0) },
    };
  }
}
defineScalars(SimTrackedChangeProxy, ["type", "text", "author", "date"]);

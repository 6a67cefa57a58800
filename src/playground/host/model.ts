/**
 * The state of the simulated Word document: plain data plus editing primitives. The Office.js-like
 * proxy layer (api.ts) reads and changes this state only while a `context.sync()` is processed; the
 * playground UI edits it directly (typing in the page is "the user", not the add-in).
 *
 * No DOM and no Office here, so jest can use it in node.
 */

export type BuiltInStyle =
  | "Normal"
  | "Title"
  | "Heading1"
  | "Heading2"
  | "Heading3"
  | "Heading4"
  | "Heading5"
  | "Heading6"
  | "Heading7"
  | "Heading8"
  | "Heading9"
  | "ListParagraph"
  | "Other";

export type StoryType = "MainDoc" | "Header" | "Footer";

/** Automatic numbering formats the simulation can render (Chinese materials use the first three). */
export type ListFormat = "cn" | "paren-cn" | "arabic" | "paren-arabic" | "bullet";

export interface SimFont {
  name: string;
  /** East Asian font (w:eastAsia); unset means the run uses `name` for every script. */
  nameFarEast?: string;
  size: number;
  bold: boolean;
  color: string;
}

/** Page margins in points (Word's default A4 page: 2.54 cm top/bottom, 3.17 cm left/right). */
export interface SimPageSetup {
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
}

export interface SimContentControl {
  id: number;
  tag: string;
  title: string;
  placeholderText: string;
  appearance: "BoundingBox" | "Tags" | "Hidden";
  cannotEdit: boolean;
  cannotDelete: boolean;
  type: "RichText" | "PlainText";
  color: string;
}

export interface SimTable {
  id: number;
}

export interface SimList {
  id: string;
  format: ListFormat;
}

export interface SimParagraph {
  /** Word's uniqueLocalId (session-scoped GUID, WordApi 1.6). */
  uid: string;
  /** Full text as Word's `Paragraph.text` returns it: tracked deletions INCLUDED (office-js#1267). */
  text: string;
  /** Tracked deletions as [start, end) offsets into `text`; `getText()` (1.7) leaves them out. */
  deleted: [number, number][];
  /** Localized style name ("标题 1", "正文") or a custom style's name. */
  style: string;
  builtIn: BuiltInStyle;
  /** 1..9 for headings / outline-level paragraphs, 10 = body text (VBA wdOutlineLevelBodyText). */
  outlineLevel: number;
  /** Automatic numbering; `listString` is computed from the position in the list. */
  list: { list: SimList; level: number } | null;
  /** A fixed list string (paragraphs imported from a .docx whose numbering was already rendered). */
  fixedListString: string | null;
  table: { table: SimTable; row: number; col: number } | null;
  /** Paragraph-level content controls around this paragraph, outermost first (several paragraphs
   *  may share one; a hidden wrapper control may enclose placeholder controls). */
  ccs: SimContentControl[];
  alignment: "Left" | "Centered" | "Right" | "Justified";
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  lineUnitAfter: number;
  lineUnitBefore: number;
  spaceAfter: number;
  spaceBefore: number;
  font: SimFont;
  /** Temporary highlight set by `Range.highlight()` (WordApi 1.8); not document content. */
  highlight: string | null;
  /** Simulates office-js#5335: loading listItemOrNullObject on this paragraph throws GeneralException. */
  listLoadFails: boolean;
}

/** What a test or the playground passes to create a paragraph. Everything but `text` is optional. */
export interface SimParagraphInit {
  text: string;
  /** Localized ("标题 1"), English ("Heading 1") or built-in id ("Heading1"); custom names kept as is. */
  style?: string;
  styleBuiltIn?: BuiltInStyle;
  /** Overrides the outline level the style implies (a custom style with an outline level). */
  outlineLevel?: number;
  /** Automatic list membership: paragraphs with the same listId number together. */
  list?: { listId?: string; level?: number; format?: ListFormat };
  /** A fixed, already rendered list string ("一、"), e.g. from a .docx reader. */
  listString?: string;
  /** Put the paragraph in a table cell; paragraphs with the same tableId form one table. */
  table?: { tableId?: number; row?: number; col?: number };
  contentControl?: Partial<Omit<SimContentControl, "id">>;
  /** Tracked deletions: [start, end) offsets into `text`. */
  deleted?: [number, number][];
  alignment?: SimParagraph["alignment"];
  firstLineIndent?: number;
  font?: Partial<SimFont>;
  listLoadFails?: boolean;
}

export interface SimPosition {
  p: SimParagraph;
  offset: number;
}

/** A contiguous span in one story; paragraphs are held by identity so edits elsewhere don't move it. */
export interface SimSpan {
  story: StoryType;
  start: SimPosition;
  end: SimPosition;
}

export type ChangeKind = "content" | "selection" | "settings" | "highlight" | "select";

export interface ChangeEvent {
  kind: ChangeKind;
  /** For "select": the paragraph the add-in selected (the UI scrolls it into view). */
  paragraph?: SimParagraph;
}

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for list numbering). */
export function cnNumber(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return "十" + (n % 10 ? CN_DIGITS[n % 10] : "");
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? CN_DIGITS[n % 10] : "");
  return String(n);
}

function formatListNumber(format: ListFormat, n: number): string {
  switch (format) {
    case "cn":
      return `${cnNumber(n)}、`;
    case "paren-cn":
      return `（${cnNumber(n)}）`;
    case "arabic":
      return `${n}.`;
    case "paren-arabic":
      return `（${n}）`;
    case "bullet":
      return "•";
  }
}

/** Localized (zh-CN Word) names of the built-in styles the simulation knows. */
export const LOCALIZED_STYLE: Record<Exclude<BuiltInStyle, "Other">, string> = {
  Normal: "正文",
  Title: "标题",
  Heading1: "标题 1",
  Heading2: "标题 2",
  Heading3: "标题 3",
  Heading4: "标题 4",
  Heading5: "标题 5",
  Heading6: "标题 6",
  Heading7: "标题 7",
  Heading8: "标题 8",
  Heading9: "标题 9",
  ListParagraph: "列表段落",
};

const ENGLISH_STYLE: Record<string, Exclude<BuiltInStyle, "Other">> = {
  normal: "Normal",
  title: "Title",
  "list paragraph": "ListParagraph",
};
for (let i = 1; i <= 9; i++) ENGLISH_STYLE[`heading ${i}`] = `Heading${i}` as BuiltInStyle as Exclude<BuiltInStyle, "Other">;

/**
 * Resolves a style name to the built-in style it denotes. Like Word, built-in styles can be
 * addressed by their localized or English name; anything else is a custom style ("Other").
 */
export function resolveStyle(name: string): { style: string; builtIn: BuiltInStyle } {
  const trimmed = name.trim();
  if (trimmed in LOCALIZED_STYLE) {
    const b = trimmed as Exclude<BuiltInStyle, "Other">;
    return { style: LOCALIZED_STYLE[b], builtIn: b };
  }
  for (const [b, local] of Object.entries(LOCALIZED_STYLE)) {
    if (local === trimmed) return { style: local, builtIn: b as BuiltInStyle };
  }
  const en = ENGLISH_STYLE[trimmed.toLowerCase().replace(/\s+/g, " ")];
  if (en) return { style: LOCALIZED_STYLE[en], builtIn: en };
  return { style: trimmed, builtIn: "Other" };
}

export function outlineOf(builtIn: BuiltInStyle): number {
  const m = /^Heading(\d)$/.exec(builtIn);
  return m ? Number(m[1]) : 10;
}

function defaultFont(builtIn: BuiltInStyle): SimFont {
  const level = outlineOf(builtIn);
  if (builtIn === "Title") return { name: "方正小标宋简体", size: 22, bold: false, color: "#000000" };
  if (level === 1) return { name: "黑体", size: 16, bold: false, color: "#000000" };
  if (level === 2) return { name: "楷体_GB2312", size: 16, bold: false, color: "#000000" };
  if (level <= 9) return { name: "仿宋_GB2312", size: 16, bold: true, color: "#000000" };
  return { name: "仿宋_GB2312", size: 16, bold: false, color: "#000000" };
}

let uidCounter = 0;
function newUid(): string {
  uidCounter++;
  const hex = uidCounter.toString(16).toUpperCase().padStart(12, "0");
  const rand = Math.floor(Math.random() * 0xffff)
    .toString(16)
    .toUpperCase()
    .padStart(4, "0");
  return `{5A1D${rand}-0D0C-4C6B-9E2A-${hex}}`;
}

export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = {
  WordApi: "1.9",
  WordApiOnline: "1.1",
  DialogApi: "1.2",
  SharedRuntime: "1.1",
};

/** Compares dotted versions: "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface SimDocumentOptions {
  paragraphs?: SimParagraphInit[];
  header?: SimParagraphInit[];
  footer?: SimParagraphInit[];
  /** e.g. { WordApi: "1.3" } to simulate Office 2019; default WordApi 1.9 (Word on the web). */
  requirementSets?: Record<string, string>;
  /** true = Word "Viewing" mode (writes fail with GeneralException, office-js#5484);
   *  "protected" = restricted editing (writes fail with AccessDenied). */
  readOnly?: boolean | "protected";
  platform?: "OfficeOnline" | "PC" | "Mac";
}

/** The live simulated document. */
const STORIES: StoryType[] = ["MainDoc", "Header", "Footer"];
const STORY_STRIDE = 2 ** 28;

export class SimDocument {
  pageSetup: SimPageSetup = { topMargin: 72, bottomMargin: 72, leftMargin: 89.85, rightMargin: 89.85 };
  body: SimParagraph[] = [];
  header: SimParagraph[] = [];
  footer: SimParagraph[] = [];
  selection!: SimSpan;
  readOnly: boolean | "protected";
  requirementSets: Record<string, string>;
  platform: "OfficeOnline" | "PC" | "Mac";
  /** Word.SettingCollection (WordApi 1.4) and Office.context.document.settings share this store. */
  settings = new Map<string, unknown>();
  private listeners = new Set<(e: ChangeEvent) => void>();
  private ccCounter = 0;
  private tableCounter = 0;
  private listCache = new Map<string, SimList>();

  constructor(opts: SimDocumentOptions = {}) {
    this.readOnly = opts.readOnly ?? false;
    this.requirementSets = { ...(opts.requirementSets ?? DEFAULT_REQUIREMENT_SETS) };
    this.platform = opts.platform ?? "OfficeOnline";
    this.header = (opts.header ?? [{ text: "" }]).map((p) => this.createParagraph(p));
    this.footer = (opts.footer ?? [{ text: "" }]).map((p) => this.createParagraph(p));
    this.setParagraphs(opts.paragraphs ?? [{ text: "" }]);
  }

  // ---- requirement sets ------------------------------------------------------------------

  isSetSupported(name: string, minVersion?: string): boolean {
    const have = this.requirementSets[name];
    if (have === undefined) return false;
    return compareVersions(have, minVersion ?? "1.1") >= 0;
  }

  setRequirement(name: string, version: string | null): void {
    if (version === null) delete this.requirementSets[name];
    else this.requirementSets[name] = version;
    this.emit({ kind: "settings" });
  }

  setReadOnly(readOnly: boolean | "protected"): void {
    this.readOnly = readOnly;
    this.emit({ kind: "settings" });
  }

  // ---- events ------------------------------------------------------------------------------

  subscribe(fn: (e: ChangeEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  emit(e: ChangeEvent): void {
    for (const fn of [...this.listeners]) fn(e);
  }

  // ---- paragraphs --------------------------------------------------------------------------

  createParagraph(init: SimParagraphInit): SimParagraph {
    let style: string;
    let builtIn: BuiltInStyle;
    if (init.styleBuiltIn && init.styleBuiltIn !== "Other") {
      builtIn = init.styleBuiltIn;
      style = init.style ?? LOCALIZED_STYLE[builtIn];
    } else if (init.styleBuiltIn === "Other") {
      // A custom style, even one named like a built-in (WPS documents define their own "标题 1").
      builtIn = "Other";
      style = init.style ?? "自定义";
    } else if (init.style) {
      ({ style, builtIn } = resolveStyle(init.style));
    } else {
      builtIn = "Normal";
      style = LOCALIZED_STYLE.Normal;
    }
    let table: SimParagraph["table"] = null;
    if (init.table) {
      const id = init.table.tableId ?? ++this.tableCounter;
      this.tableCounter = Math.max(this.tableCounter, id);
      table = { table: this.tableById(id), row: init.table.row ?? 0, col: init.table.col ?? 0 };
    }
    let list: SimParagraph["list"] = null;
    if (init.list) {
      const id = init.list.listId ?? "list1";
      let l = this.listCache.get(id);
      if (!l) {
        l = { id, format: init.list.format ?? "cn" };
        this.listCache.set(id, l);
      }
      list = { list: l, level: init.list.level ?? 0 };
    }
    return {
      uid: newUid(),
      text: init.text,
      deleted: (init.deleted ?? []).map(([a, b]) => [a, b] as [number, number]),
      style,
      builtIn,
      outlineLevel: init.outlineLevel ?? outlineOf(builtIn),
      list,
      fixedListString: init.listString ? init.listString : null,
      table,
      ccs: init.contentControl ? [this.newContentControl(init.contentControl)] : [],
      alignment: init.alignment ?? (builtIn === "Title" ? "Centered" : "Justified"),
      firstLineIndent: init.firstLineIndent ?? (builtIn === "Normal" ? 32 : 0),
      leftIndent: 0,
      lineSpacing: 28,
      lineUnitAfter: 0,
      lineUnitBefore: 0,
      spaceAfter: 0,
      spaceBefore: 0,
      font: { ...defaultFont(builtIn), ...(init.font ?? {}) },
      highlight: null,
      listLoadFails: init.listLoadFails ?? false,
    };
  }

  private tables = new Map<number, SimTable>();
  private tableById(id: number): SimTable {
    let t = this.tables.get(id);
    if (!t) {
      t = { id };
      this.tables.set(id, t);
    }
    return t;
  }

  newTableId(): number {
    return ++this.tableCounter;
  }

  newContentControl(init: Partial<Omit<SimContentControl, "id">> = {}): SimContentControl {
    return {
      id: ++this.ccCounter,
      tag: init.tag ?? "",
      title: init.title ?? "",
      placeholderText: init.placeholderText ?? "",
      appearance: init.appearance ?? "BoundingBox",
      cannotEdit: init.cannotEdit ?? false,
      cannotDelete: init.cannotDelete ?? false,
      type: init.type ?? "RichText",
      color: init.color ?? "#4472C4",
    };
  }

  /** Replaces the whole main body (the user opened another document). The cursor goes to the start. */
  setParagraphs(inits: SimParagraphInit[]): void {
    this.newListScope();
    this.replaceBody(inits.map((p) => this.createParagraph(p)));
  }

  /** Forgets the list definitions: the following createParagraph calls build a new document. */
  newListScope(): void {
    this.listCache.clear();
  }

  /**
   * Replaces the whole main body with paragraphs made by createParagraph (after newListScope), in
   * one step: what a long document built in slices uses (see ../chunkedLoad.ts).
   */
  replaceBody(created: SimParagraph[]): void {
    this.body = created.length ? created : [this.createParagraph({ text: "" })];
    const first = this.body[0];
    this.selection = { story: "MainDoc", start: { p: first, offset: 0 }, end: { p: first, offset: 0 } };
    this.emit({ kind: "content" });
    this.emit({ kind: "selection" });
  }

  story(type: StoryType): SimParagraph[] {
    return type === "MainDoc" ? this.body : type === "Header" ? this.header : this.footer;
  }

  /**
   * Where each paragraph was last seen, checked on every hit and rebuilt on a miss: story number
   * × 2^28 + index (a number, not an object per paragraph: rebuilding it for 200,000 paragraphs
   * must not flood the garbage collector).
   */
  private locations = new Map<SimParagraph, number>();

  /** Where a paragraph lives, or null when it has been deleted. */
  locate(p: SimParagraph): { story: StoryType; index: number } | null {
    // Constant time for a document that has not changed since the last miss (a read of 200,000
    // paragraphs locates each one): indexOf per call made such reads quadratic.
    const hit = this.locations.get(p);
    if (hit !== undefined) {
      const story = STORIES[Math.floor(hit / STORY_STRIDE)];
      const index = hit % STORY_STRIDE;
      if (this.story(story)[index] === p) return { story, index };
    }
    const locations = new Map<SimParagraph, number>();
    let found: { story: StoryType; index: number } | null = null;
    STORIES.forEach((s, k) => {
      const paras = this.story(s);
      for (let i = 0; i < paras.length; i++) {
        locations.set(paras[i], k * STORY_STRIDE + i);
        if (paras[i] === p && !found) found = { story: s, index: i };
      }
    });
    this.locations = locations;
    return found;
  }

  /** uniqueLocalId → paragraph, checked on every hit (the paragraph must still be in a story). */
  private uids = new Map<string, SimParagraph>();

  /** The paragraph with this uniqueLocalId in any story, or null (constant time on a hit). */
  findByUid(id: string): SimParagraph | null {
    const hit = this.uids.get(id);
    if (hit && this.locate(hit)) return hit;
    this.uids.clear();
    let found: SimParagraph | null = null;
    for (const s of ["MainDoc", "Header", "Footer"] as StoryType[]) {
      for (const q of this.story(s)) {
        this.uids.set(q.uid, q);
        if (q.uid === id && !found) found = q;
      }
    }
    return found;
  }

  isListItem(p: SimParagraph): boolean {
    return p.list !== null || p.fixedListString !== null;
  }

  /** The rendered number of a list paragraph ("一、", "（二）"), "" otherwise. */
  listString(p: SimParagraph): string {
    if (p.fixedListString !== null) return p.fixedListString;
    if (!p.list) return "";
    const loc = this.locate(p);
    if (!loc) return "";
    const paras = this.story(loc.story);
    let n = 0;
    for (let i = loc.index; i >= 0; i--) {
      const q = paras[i];
      if (!q.list || q.list.list !== p.list.list) continue;
      if (q.list.level < p.list.level) break;
      if (q.list.level === p.list.level) n++;
    }
    return formatListNumber(p.list.list.format, n);
  }

  /** Text without tracked deletions (what `Paragraph.getText()` returns on WordApi 1.7). */
  visibleText(p: SimParagraph): string {
    if (!p.deleted.length) return this.apiText(p);
    let out = "";
    for (let i = 0; i < p.text.length; i++) {
      if (!p.deleted.some(([a, b]) => i >= a && i < b)) out += p.text[i];
    }
    return out;
  }

  /** Inserts `np` next to `anchor` in anchor's story. */
  insertNear(anchor: SimParagraph, np: SimParagraph, where: "Before" | "After"): void {
    const loc = this.locate(anchor);
    if (!loc) throw new Error("anchor paragraph is not in the document");
    this.story(loc.story).splice(where === "Before" ? loc.index : loc.index + 1, 0, np);
  }

  insertInStory(story: StoryType, np: SimParagraph, where: "Start" | "End"): void {
    const paras = this.story(story);
    if (where === "Start") paras.unshift(np);
    else paras.push(np);
  }

  /** A new paragraph inheriting the paragraph formatting of `from`, as Word's insertParagraph does. */
  cloneFormatting(from: SimParagraph, text: string): SimParagraph {
    return {
      ...from,
      uid: newUid(),
      text,
      deleted: [],
      font: { ...from.font },
      ccs: [...from.ccs],
      highlight: null,
      listLoadFails: false,
    };
  }

  removeParagraph(p: SimParagraph): void {
    const loc = this.locate(p);
    if (!loc) return;
    const paras = this.story(loc.story);
    paras.splice(loc.index, 1);
    if (paras.length === 0) paras.push(this.createParagraph({ text: "" }));
    const fallback = paras[Math.min(loc.index, paras.length - 1)];
    for (const pos of [this.selection.start, this.selection.end]) {
      if (pos.p === p) {
        pos.p = fallback;
        pos.offset = 0;
      }
    }
  }

  /** Replaces text[a, b) of a paragraph; tracked deletions are dropped from the edited paragraph. */
  spliceText(p: SimParagraph, a: number, b: number, insert: string): void {
    p.text = p.text.slice(0, a) + insert + p.text.slice(b);
    p.deleted = [];
    for (const pos of [this.selection.start, this.selection.end]) {
      if (pos.p !== p) continue;
      if (pos.offset >= b) pos.offset += insert.length - (b - a);
      else if (pos.offset > a) pos.offset = a + insert.length;
    }
  }

  // ---- user editing (the playground UI) -------------------------------------------------

  /** The user retyped a paragraph. */
  userSetText(index: number, text: string): void {
    const p = this.body[index];
    if (!p || p.text === text) return;
    p.text = text;
    p.deleted = [];
    this.emit({ kind: "content" });
  }

  /** The user pressed Enter at `offset`: the paragraph splits and the cursor goes to the new one. */
  userSplit(index: number, offset: number): void {
    const p = this.body[index];
    if (!p) return;
    const tail = p.text.slice(offset);
    p.text = p.text.slice(0, offset);
    p.deleted = [];
    const np = this.cloneFormatting(p, tail);
    // Like Word, Enter at the end of a heading continues with body text.
    if (p.builtIn !== "Normal" && p.builtIn !== "Other" && p.builtIn !== "ListParagraph" && tail === "") {
      np.builtIn = "Normal";
      np.style = LOCALIZED_STYLE.Normal;
      np.outlineLevel = 10;
      np.font = defaultFont("Normal");
      np.firstLineIndent = 32;
      np.alignment = "Justified";
    }
    np.ccs = [];
    this.body.splice(index + 1, 0, np);
    this.setSelection(index + 1, 0);
    this.emit({ kind: "content" });
  }

  /** Backspace at the start of a paragraph: merge it into the previous one. */
  userMergeWithPrevious(index: number): void {
    if (index <= 0 || index >= this.body.length) return;
    const prev = this.body[index - 1];
    const cur = this.body[index];
    const at = prev.text.length;
    prev.text += cur.text;
    prev.deleted = [];
    this.body.splice(index, 1);
    this.setSelection(index - 1, at);
    this.emit({ kind: "content" });
  }

  /** Sets the cursor (or a selection within one paragraph) in the main body. */
  setSelection(index: number, start: number, end = start): void {
    const p = this.body[Math.max(0, Math.min(index, this.body.length - 1))];
    const a = Math.max(0, Math.min(start, p.text.length));
    const b = Math.max(a, Math.min(end, p.text.length));
    this.selection = { story: "MainDoc", start: { p, offset: a }, end: { p, offset: b } };
    this.emit({ kind: "selection" });
  }

  /** Selects across paragraphs of the main body. */
  setSelectionSpan(startIndex: number, startOffset: number, endIndex: number, endOffset: number): void {
    const sp = this.body[startIndex];
    const ep = this.body[endIndex];
    if (!sp || !ep) return;
    this.selection = {
      story: "MainDoc",
      start: { p: sp, offset: Math.min(startOffset, sp.text.length) },
      end: { p: ep, offset: Math.min(endOffset, ep.text.length) },
    };
    this.emit({ kind: "selection" });
  }

  setCursorInStory(story: "Header" | "Footer"): void {
    const p = this.story(story)[0];
    this.selection = { story, start: { p, offset: 0 }, end: { p, offset: 0 } };
    this.emit({ kind: "selection" });
  }

  /** Index of the paragraph holding the selection start in the main body, -1 when elsewhere. */
  selectionIndex(): number {
    if (this.selection.story !== "MainDoc") return -1;
    return this.body.indexOf(this.selection.start.p);
  }

  /** Paragraphs (in story order) a span touches. */
  spanParagraphs(span: SimSpan): SimParagraph[] {
    const paras = this.story(span.story);
    const a = paras.indexOf(span.start.p);
    const b = paras.indexOf(span.end.p);
    if (a < 0 || b < 0) return [];
    return paras.slice(Math.min(a, b), Math.max(a, b) + 1);
  }

  spanText(span: SimSpan): string {
    const ps = this.spanParagraphs(span);
    if (ps.length === 0) return "";
    const whole = (p: SimParagraph) => (p.text === "" ? this.apiText(p) : p.text);
    if (ps.length === 1) {
      const p = ps[0];
      return p.text.slice(span.start.offset, span.end.offset);
    }
    const parts = ps.map((p, i) =>
      i === 0 ? (span.start.offset === 0 ? whole(p) : p.text.slice(span.start.offset)) : i === ps.length - 1 ? (span.end.offset >= p.text.length ? whole(p) : p.text.slice(0, span.end.offset)) : whole(p),
    );
    // Word separates paragraphs inside Range.text with "\r".
    return parts.join("\r");
  }

  /** Paragraph index → all content controls of the main body, in document order. */
  contentControls(story: StoryType = "MainDoc"): { cc: SimContentControl; paragraphs: SimParagraph[] }[] {
    const out: { cc: SimContentControl; paragraphs: SimParagraph[] }[] = [];
    const byCc = new Map<SimContentControl, SimParagraph[]>();
    for (const p of this.story(story)) {
      for (const cc of p.ccs) {
        let ps = byCc.get(cc);
        if (!ps) {
          byCc.set(cc, (ps = []));
          out.push({ cc, paragraphs: ps });
        }
        ps.push(p);
      }
    }
    return out;
  }

  /** The innermost content control around a paragraph, or null. */
  innerControl(p: SimParagraph): SimContentControl | null {
    return p.ccs.length ? p.ccs[p.ccs.length - 1] : null;
  }

  /**
   * Text as the API reads it. An empty paragraph inside a control showing its placeholder reads
   * as the placeholder text (what VBA's Range.Text does; unverified for Office.js, word-api.md §3.2).
   */
  apiText(p: SimParagraph): string {
    if (p.text === "") {
      const cc = this.innerControl(p);
      if (cc?.placeholderText) return cc.placeholderText;
    }
    return p.text;
  }

  /** Table paragraphs of one table, in order. */
  tableParagraphs(t: SimTable): SimParagraph[] {
    for (const s of ["MainDoc", "Header", "Footer"] as StoryType[]) {
      const ps = this.story(s).filter((p) => p.table?.table === t);
      if (ps.length) return ps;
    }
    return [];
  }
}

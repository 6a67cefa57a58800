/**
 * A simulated WPS 文字 host: the synchronous, 1-based, VBA-like object model that WPS 加载项 see
 * (`window.Application`, `wps.WpsApplication()`), over the SAME SimDocument as the simulated Word
 * host (../host/model.ts), so the playground can show either host on one document.
 *
 *   const host = createWpsHost({ paragraphs: [{ text: "一、存在的问题", styleBuiltIn: "Heading1" }] });
 *   host.install(globalThis);            // window.wps / window.Application
 *   Application.ActiveDocument.Paragraphs.Item(1).Range.Text   // "一、存在的问题\r"
 *   host.callCount();                    // object-model calls so far (each one a process hop in WPS)
 *
 * Behaviour modelled (and its limits):
 * - Every property read, property write and method call on an object counts as one call.
 * - Character positions: each paragraph occupies its text plus one position for its mark. In
 *   Range.Text a paragraph mark reads "\r"; the mark ending a table cell reads "\r\x07" (two
 *   characters for one position) and every table row adds an end-of-row mark ("\r\x07", one
 *   position, not a paragraph). So offsets counted in Content.Text drift after a table, as in WPS.
 * - Style reads as the localized name ("标题 1"); writes accept a name or a WdBuiltinStyle number.
 * - No content controls (whether WPS's JS API has them is not verified), no comments, no fields.
 * - Read-only: SimDocument.readOnly === true → ActiveDocument.ReadOnly; "protected" →
 *   ProtectionType 3 (wdAllowOnlyReading). Writes then throw, like a locked document.
 * - Tracked deletions stay in Range.Text (what Word VBA does with markup shown); Revisions.Count
 *   counts paragraphs holding deleted text.
 */
import { LOCALIZED_STYLE, outlineOf, SimDocument, type BuiltInStyle, type SimDocumentOptions, type SimParagraph, type StoryType } from "../host/model";
import type {
  WpsApplication,
  WpsBookmark,
  WpsBookmarks,
  WpsDocument,
  WpsFind,
  WpsFont,
  WpsListFormat,
  WpsPageSetup,
  WpsParagraph,
  WpsParagraphFormat,
  WpsParagraphs,
  WpsPluginStorage,
  WpsRange,
  WpsRevisions,
  WpsSelection,
  WpsStyleValue,
} from "../../wps/om";

export const MSG_SIM_LOCKED = "此方法或属性无效，因为文档已锁定，无法编辑。";

/** The error a write to a locked document raises (message and number as in Word VBA, error 4605). */
export class SimWpsError extends Error {
  constructor(
    message: string,
    readonly number = 4605,
  ) {
    super(message);
    this.name = "SimWpsError";
  }
}

const BUILTIN_BY_NUMBER: Record<number, BuiltInStyle> = { [-1]: "Normal", [-63]: "Title" };
for (let i = 1; i <= 9; i++) BUILTIN_BY_NUMBER[-1 - i] = `Heading${i}` as BuiltInStyle;

const STORY_NUMBER: Record<StoryType, number> = { MainDoc: 1, Header: 7, Footer: 9 };
const ALIGN_NUMBER = { Left: 0, Centered: 1, Right: 2, Justified: 3 } as const;
const ALIGN_NAME = ["Left", "Centered", "Right", "Justified"] as const;

interface Slot {
  p: SimParagraph;
  /** Position of the paragraph's first character. */
  start: number;
  /** Position of its mark (start + text length). */
  mark: number;
  /** The mark ends a table cell ("\r\x07"). */
  cellEnd: boolean;
  /** An end-of-row mark follows (one more position). */
  rowEnd: boolean;
}

export interface WpsHost {
  doc: SimDocument;
  Application: WpsApplication;
  wps: { WpsApplication(): WpsApplication; PluginStorage: WpsPluginStorage };
  callCount(): number;
  resetCallCount(): void;
  /** Sets `wps` and `Application` on `target` (default globalThis). */
  install(target?: object): void;
}

export function createWpsHost(opts: SimDocumentOptions | SimDocument = {}): WpsHost {
  const doc = opts instanceof SimDocument ? opts : new SimDocument(opts);
  return new WpsSim(doc).host();
}

class WpsSim {
  calls = 0;
  screenUpdating = true;
  bookmarks = new Map<string, { first: SimParagraph; last: SimParagraph }>();
  storage = new Map<string, unknown>();
  constructor(readonly doc: SimDocument) {}

  tick(): void {
    this.calls++;
  }

  host(): WpsHost {
    const app = new SimApplication(this);
    const storage: WpsPluginStorage = {
      getItem: (k) => (this.storage.has(k) ? this.storage.get(k) : null),
      setItem: (k, v) => void this.storage.set(k, v),
    };
    const wps = { WpsApplication: () => app, PluginStorage: storage };
    return {
      doc: this.doc,
      Application: app,
      wps,
      callCount: () => this.calls,
      resetCallCount: () => {
        this.calls = 0;
      },
      install: (target: object = globalThis) => {
        Object.assign(target, { wps, Application: app });
      },
    };
  }

  // ---- layout ------------------------------------------------------------------------------

  slots(): Slot[] {
    const out: Slot[] = [];
    const body = this.doc.body;
    let pos = 0;
    for (let i = 0; i < body.length; i++) {
      const p = body[i];
      const next = body[i + 1];
      const t = p.table;
      const sameCell = !!t && !!next?.table && next.table.table === t.table && next.table.row === t.row && next.table.col === t.col;
      const sameRow = !!t && !!next?.table && next.table.table === t.table && next.table.row === t.row;
      const cellEnd = !!t && !sameCell;
      const rowEnd = !!t && !sameRow;
      out.push({ p, start: pos, mark: pos + p.text.length, cellEnd, rowEnd });
      pos += p.text.length + 1 + (rowEnd ? 1 : 0);
    }
    return out;
  }

  storyEnd(): number {
    const s = this.slots();
    const last = s[s.length - 1];
    return last.mark + 1 + (last.rowEnd ? 1 : 0);
  }

  /** The slot holding position `pos` (a mark or end-of-row position belongs to its paragraph). */
  slotAt(pos: number, slots = this.slots()): Slot {
    for (const s of slots) if (pos <= s.mark + (s.rowEnd ? 1 : 0)) return s;
    return slots[slots.length - 1];
  }

  /** Text of [start, end) with the characters' positions. */
  textOf(start: number, end: number): { text: string; pos: number[] } {
    let text = "";
    const pos: number[] = [];
    for (const s of this.slots()) {
      const last = s.mark + (s.rowEnd ? 1 : 0);
      if (last < start || s.start >= end) continue;
      for (let k = Math.max(start, s.start); k < Math.min(end, s.mark); k++) {
        text += s.p.text[k - s.start];
        pos.push(k);
      }
      if (s.mark >= start && s.mark < end) {
        text += s.cellEnd ? "\r\x07" : "\r";
        pos.push(s.mark);
        if (s.cellEnd) pos.push(s.mark);
      }
      if (s.rowEnd && s.mark + 1 >= start && s.mark + 1 < end) {
        text += "\r\x07";
        pos.push(s.mark + 1, s.mark + 1);
      }
    }
    return { text, pos };
  }

  /** textOf(start, end).text without the positions, a slice per paragraph (Range.Text of a long story stays linear). */
  textIn(start: number, end: number): string {
    const out: string[] = [];
    for (const s of this.slots()) {
      const last = s.mark + (s.rowEnd ? 1 : 0);
      if (last < start || s.start >= end) continue;
      const a = Math.max(start, s.start);
      const b = Math.min(end, s.mark);
      if (b > a) out.push(s.p.text.slice(a - s.start, b - s.start));
      if (s.mark >= start && s.mark < end) out.push(s.cellEnd ? "\r\x07" : "\r");
      if (s.rowEnd && s.mark + 1 >= start && s.mark + 1 < end) out.push("\r\x07");
    }
    return out.join("");
  }

  paragraphsIn(start: number, end: number): SimParagraph[] {
    const slots = this.slots();
    const a = this.slotAt(start, slots);
    const b = this.slotAt(Math.max(start, end - 1), slots);
    const body = this.doc.body;
    return body.slice(body.indexOf(a.p), body.indexOf(b.p) + 1);
  }

  // ---- editing -------------------------------------------------------------------------------

  assertWritable(): void {
    if (this.doc.readOnly) throw new SimWpsError(MSG_SIM_LOCKED);
  }

  /** Replaces [start, end) of the main story with `text` ("\r" starts a new paragraph). */
  replace(start: number, end: number, text: string): void {
    this.assertWritable();
    if (end > start) this.remove(start, end);
    if (text) this.insertAt(start, text);
    this.doc.emit({ kind: "content" });
  }

  private remove(start: number, end: number): void {
    const slots = this.slots();
    const a = this.slotAt(start, slots);
    let b = this.slotAt(end - 1, slots);
    const body = this.doc.body;
    const ia = body.indexOf(a.p);
    let ib = body.indexOf(b.p);
    const oa = Math.min(start - a.start, a.p.text.length);
    if (a === b && end <= b.mark) {
      this.doc.spliceText(a.p, oa, end - a.start, "");
      return;
    }
    // The range reaches b's mark: it ends at the start of the paragraph after b.
    if (end > b.mark) {
      if (oa === 0 && ib + 1 >= body.length) {
        // Removing up to the final mark: the last paragraph stays, emptied (Word keeps the final mark).
        for (let i = ib; i > ia; i--) this.doc.removeParagraph(body[i]);
        this.doc.spliceText(a.p, 0, a.p.text.length, "");
        return;
      }
      if (oa === 0) {
        for (let i = ib; i >= ia; i--) this.doc.removeParagraph(body[i]);
        return;
      }
      ib++;
      b = slots[ib];
      end = b.start;
    }
    const tail = b.p.text.slice(end - b.start);
    this.doc.spliceText(a.p, oa, a.p.text.length, tail);
    for (let i = ib; i > ia; i--) this.doc.removeParagraph(body[i]);
  }

  private insertAt(pos: number, text: string): void {
    const s = this.slotAt(pos);
    const p = s.p;
    const offset = Math.min(Math.max(0, pos - s.start), p.text.length);
    const pieces = text.split("\r");
    if (pieces.length === 1) {
      this.doc.spliceText(p, offset, offset, text);
      return;
    }
    const tail = p.text.slice(offset);
    this.doc.spliceText(p, offset, p.text.length, pieces[0]);
    let prev = p;
    for (let i = 1; i < pieces.length; i++) {
      const np = this.doc.cloneFormatting(p, i === pieces.length - 1 ? pieces[i] + tail : pieces[i]);
      np.ccs = [];
      this.doc.insertNear(prev, np, "After");
      prev = np;
    }
  }

  setStyle(paras: SimParagraph[], value: WpsStyleValue): void {
    this.assertWritable();
    let builtIn: BuiltInStyle;
    let name: string;
    if (typeof value === "number") {
      builtIn = BUILTIN_BY_NUMBER[value] ?? "Other";
      name = builtIn === "Other" ? String(value) : LOCALIZED_STYLE[builtIn as Exclude<BuiltInStyle, "Other">];
    } else {
      name = typeof value === "string" ? value : (value?.NameLocal ?? "");
      const found = Object.entries(LOCALIZED_STYLE).find(([, local]) => local === name.trim());
      builtIn = found ? (found[0] as BuiltInStyle) : "Other";
    }
    for (const p of paras) {
      p.style = name;
      p.builtIn = builtIn;
      p.outlineLevel = outlineOf(builtIn);
    }
    this.doc.emit({ kind: "content" });
  }

  select(start: number, end: number): void {
    const slots = this.slots();
    const a = this.slotAt(start, slots);
    const b = this.slotAt(end > start ? end - 1 : start, slots);
    const clamp = (s: Slot, x: number) => Math.max(0, Math.min(x - s.start, s.p.text.length));
    this.doc.selection = { story: "MainDoc", start: { p: a.p, offset: clamp(a, start) }, end: { p: b.p, offset: clamp(b, end) } };
    this.doc.emit({ kind: "selection" });
    this.doc.emit({ kind: "select", paragraph: a.p });
  }

  /** Position of a (paragraph, offset) of the main story. */
  position(p: SimParagraph, offset: number): number {
    const s = this.slots().find((x) => x.p === p);
    return s ? s.start + Math.min(offset, p.text.length) : 0;
  }
}

// ---- objects ---------------------------------------------------------------------------------

class SimApplication implements WpsApplication {
  private document: SimWpsDocument;
  constructor(private sim: WpsSim) {
    this.document = new SimWpsDocument(sim);
  }
  get ActiveDocument(): WpsDocument {
    this.sim.tick();
    return this.document;
  }
  get Selection(): WpsSelection {
    this.sim.tick();
    return new SimSelection(this.sim);
  }
  get Name(): string {
    this.sim.tick();
    // WPS answers like Word; detect WPS by window.wps instead (shared/docs/hosts-and-deployment.md §4).
    return "Microsoft Word";
  }
  get ScreenUpdating(): boolean {
    this.sim.tick();
    return this.sim.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.sim.tick();
    this.sim.screenUpdating = v;
  }
}

class SimWpsDocument implements WpsDocument {
  constructor(private sim: WpsSim) {}
  get Paragraphs(): WpsParagraphs {
    this.sim.tick();
    return new SimParagraphs(this.sim, () => this.sim.doc.body);
  }
  get ListParagraphs(): WpsParagraphs {
    this.sim.tick();
    return new SimParagraphs(this.sim, () => this.sim.doc.body.filter((p) => this.sim.doc.isListItem(p)));
  }
  get Content(): WpsRange {
    this.sim.tick();
    return new SimRange(this.sim, 0, this.sim.storyEnd());
  }
  get Bookmarks(): WpsBookmarks {
    this.sim.tick();
    return new SimBookmarks(this.sim);
  }
  get Revisions(): WpsRevisions {
    this.sim.tick();
    const sim = this.sim;
    return {
      get Count() {
        sim.tick();
        return sim.doc.body.filter((p) => p.deleted.length > 0).length;
      },
    };
  }
  get PageSetup(): WpsPageSetup {
    this.sim.tick();
    const sim = this.sim;
    const ps = sim.doc.pageSetup;
    const prop = (k: keyof typeof ps) => ({
      get() {
        sim.tick();
        return ps[k];
      },
      set(v: number) {
        sim.tick();
        sim.assertWritable();
        ps[k] = v;
        sim.doc.emit({ kind: "content" });
      },
      enumerable: true,
    });
    return Object.defineProperties({} as WpsPageSetup, {
      TopMargin: prop("topMargin"),
      BottomMargin: prop("bottomMargin"),
      LeftMargin: prop("leftMargin"),
      RightMargin: prop("rightMargin"),
    });
  }
  get ReadOnly(): boolean {
    this.sim.tick();
    return this.sim.doc.readOnly === true;
  }
  get ProtectionType(): number {
    this.sim.tick();
    return this.sim.doc.readOnly === "protected" ? 3 : -1;
  }
  Range(start = 0, end = start): WpsRange {
    this.sim.tick();
    const max = this.sim.storyEnd();
    return new SimRange(this.sim, Math.max(0, Math.min(start, max)), Math.max(0, Math.min(end, max)));
  }
}

class SimParagraphs implements WpsParagraphs {
  constructor(
    private sim: WpsSim,
    private list: () => SimParagraph[],
  ) {}
  get Count(): number {
    this.sim.tick();
    return this.list().length;
  }
  Item(index: number): WpsParagraph {
    this.sim.tick();
    const p = this.list()[index - 1];
    if (!p) throw new SimWpsError("集合所要求的成员不存在。", 5941);
    return new SimWpsParagraph(this.sim, p);
  }
}

class SimWpsParagraph implements WpsParagraph {
  constructor(
    private sim: WpsSim,
    private p: SimParagraph,
  ) {}
  private slot(): Slot {
    const s = this.sim.slots().find((x) => x.p === this.p);
    if (!s) throw new SimWpsError("该段落已被删除。", 5941);
    return s;
  }
  get Range(): WpsRange {
    this.sim.tick();
    const s = this.slot();
    return new SimRange(this.sim, s.start, s.mark + 1);
  }
  get Style(): WpsStyleValue {
    this.sim.tick();
    return this.p.style;
  }
  set Style(v: WpsStyleValue) {
    this.sim.tick();
    this.sim.setStyle([this.p], v);
  }
  get OutlineLevel(): number {
    this.sim.tick();
    return this.p.outlineLevel;
  }
}

class SimRange implements WpsRange {
  constructor(
    private sim: WpsSim,
    private start: number,
    private end: number,
  ) {}
  private paras(): SimParagraph[] {
    return this.sim.paragraphsIn(this.start, this.end);
  }
  get Text(): string {
    this.sim.tick();
    return this.sim.textIn(this.start, this.end);
  }
  set Text(v: string) {
    this.sim.tick();
    this.sim.replace(this.start, this.end, v);
    this.end = this.start + v.length;
  }
  get Start(): number {
    this.sim.tick();
    return this.start;
  }
  get End(): number {
    this.sim.tick();
    return this.end;
  }
  get Style(): WpsStyleValue {
    this.sim.tick();
    return this.paras()[0]?.style ?? "";
  }
  set Style(v: WpsStyleValue) {
    this.sim.tick();
    this.sim.setStyle(this.paras(), v);
  }
  get StoryType(): number {
    this.sim.tick();
    return 1;
  }
  get Paragraphs(): WpsParagraphs {
    this.sim.tick();
    return new SimParagraphs(this.sim, () => this.paras());
  }
  get ListFormat(): WpsListFormat {
    this.sim.tick();
    const sim = this.sim;
    const paras = () => this.paras();
    return {
      get ListString() {
        sim.tick();
        const p = paras()[0];
        return p ? sim.doc.listString(p) : "";
      },
      RemoveNumbers() {
        sim.tick();
        sim.assertWritable();
        for (const p of paras()) {
          p.list = null;
          p.fixedListString = null;
        }
        sim.doc.emit({ kind: "content" });
      },
    };
  }
  get Font(): WpsFont {
    this.sim.tick();
    const sim = this.sim;
    const paras = () => this.paras();
    const first = () => paras()[0]?.font;
    const set = (f: (p: SimParagraph) => void) => {
      sim.tick();
      sim.assertWritable();
      for (const p of paras()) f(p);
      sim.doc.emit({ kind: "content" });
    };
    return {
      get Name() {
        sim.tick();
        return first()?.name ?? "";
      },
      set Name(v: string) {
        set((p) => (p.font.name = v));
      },
      get NameAscii() {
        sim.tick();
        return first()?.name ?? "";
      },
      set NameAscii(v: string) {
        set((p) => (p.font.name = v));
      },
      get NameFarEast() {
        sim.tick();
        return first()?.nameFarEast ?? first()?.name ?? "";
      },
      set NameFarEast(v: string) {
        set((p) => (p.font.nameFarEast = v));
      },
      get Size() {
        sim.tick();
        return first()?.size ?? 0;
      },
      set Size(v: number) {
        set((p) => (p.font.size = v));
      },
      get Bold() {
        sim.tick();
        return first()?.bold ? -1 : 0;
      },
      set Bold(v: number | boolean) {
        set((p) => (p.font.bold = !!v));
      },
    };
  }
  get ParagraphFormat(): WpsParagraphFormat {
    this.sim.tick();
    const sim = this.sim;
    const paras = () => this.paras();
    const p0 = () => paras()[0];
    const set = (f: (p: SimParagraph) => void) => {
      sim.tick();
      sim.assertWritable();
      for (const p of paras()) f(p);
      sim.doc.emit({ kind: "content" });
    };
    let rule = 4;
    return {
      get Alignment() {
        sim.tick();
        return ALIGN_NUMBER[p0()?.alignment ?? "Left"];
      },
      set Alignment(v: number) {
        set((p) => (p.alignment = ALIGN_NAME[v] ?? "Left"));
      },
      get FirstLineIndent() {
        sim.tick();
        return p0()?.firstLineIndent ?? 0;
      },
      set FirstLineIndent(v: number) {
        set((p) => (p.firstLineIndent = v));
      },
      get LeftIndent() {
        sim.tick();
        return p0()?.leftIndent ?? 0;
      },
      set LeftIndent(v: number) {
        set((p) => (p.leftIndent = v));
      },
      get LineSpacingRule() {
        sim.tick();
        return rule;
      },
      set LineSpacingRule(v: number) {
        set(() => (rule = v));
      },
      get LineSpacing() {
        sim.tick();
        return p0()?.lineSpacing ?? 0;
      },
      set LineSpacing(v: number) {
        set((p) => (p.lineSpacing = v));
      },
      get SpaceBefore() {
        sim.tick();
        return p0()?.spaceBefore ?? 0;
      },
      set SpaceBefore(v: number) {
        set((p) => (p.spaceBefore = v));
      },
      get SpaceAfter() {
        sim.tick();
        return p0()?.spaceAfter ?? 0;
      },
      set SpaceAfter(v: number) {
        set((p) => (p.spaceAfter = v));
      },
    };
  }
  get Find(): WpsFind {
    this.sim.tick();
    return {
      Execute: (findText: string, matchCase = false, _wholeWord = false, wildcards = false) => {
        this.sim.tick();
        if (wildcards) throw new SimWpsError("模拟宿主不支持通配符查找。", 5560);
        // Word's special codes: "^^" is a literal caret; other ^-codes are not modelled.
        const needle = findText.replace(/\^\^/g, "^");
        const { text, pos } = this.sim.textOf(this.start, this.end);
        const i = matchCase ? text.indexOf(needle) : text.toLowerCase().indexOf(needle.toLowerCase());
        if (!needle || i < 0) return false;
        this.start = pos[i];
        this.end = pos[i + needle.length - 1] + 1;
        return true;
      },
    };
  }
  Information(type: number): unknown {
    this.sim.tick();
    if (type === 12) return this.paras().some((p) => p.table !== null);
    return undefined;
  }
  InsertAfter(text: string): void {
    this.sim.tick();
    this.sim.replace(this.end, this.end, text);
    this.end += text.length;
  }
  InsertBefore(text: string): void {
    this.sim.tick();
    this.sim.replace(this.start, this.start, text);
    this.end += text.length;
  }
  InsertParagraphAfter(): void {
    this.sim.tick();
    // After a paragraph range (ending behind its mark) the new mark goes before that mark.
    const s = this.sim.slotAt(Math.max(this.start, this.end - 1));
    const at = this.end > s.mark ? s.mark : this.end;
    this.sim.replace(at, at, "\r");
    this.end += 1;
  }
  Select(): void {
    this.sim.tick();
    this.sim.select(this.start, this.end);
  }
  Delete(): void {
    this.sim.tick();
    this.sim.replace(this.start, this.end, "");
    this.end = this.start;
  }
}

class SimSelection implements WpsSelection {
  constructor(private sim: WpsSim) {}
  private span() {
    return this.sim.doc.selection;
  }
  get Range(): WpsRange {
    this.sim.tick();
    const s = this.span();
    if (s.story !== "MainDoc") return new SimRange(this.sim, 0, 0);
    return new SimRange(this.sim, this.sim.position(s.start.p, s.start.offset), this.sim.position(s.end.p, s.end.offset));
  }
  get Start(): number {
    this.sim.tick();
    const s = this.span();
    return s.story === "MainDoc" ? this.sim.position(s.start.p, s.start.offset) : s.start.offset;
  }
  get End(): number {
    this.sim.tick();
    const s = this.span();
    return s.story === "MainDoc" ? this.sim.position(s.end.p, s.end.offset) : s.end.offset;
  }
  get StoryType(): number {
    this.sim.tick();
    return STORY_NUMBER[this.span().story];
  }
  Information(type: number): unknown {
    this.sim.tick();
    if (type === 12) return this.sim.doc.spanParagraphs(this.span()).some((p) => p.table !== null);
    return undefined;
  }
  TypeText(text: string): void {
    this.sim.tick();
    this.sim.assertWritable();
    const s = this.span();
    if (s.story !== "MainDoc") {
      // Header/footer: the sim keeps such edits inside the one paragraph.
      this.sim.doc.spliceText(s.start.p, s.start.offset, s.start.p === s.end.p ? s.end.offset : s.start.p.text.length, text.replace(/\r/g, ""));
      const off = s.start.offset + text.length;
      this.sim.doc.selection = { story: s.story, start: { p: s.start.p, offset: off }, end: { p: s.start.p, offset: off } };
      this.sim.doc.emit({ kind: "content" });
      return;
    }
    const a = this.sim.position(s.start.p, s.start.offset);
    const b = this.sim.position(s.end.p, s.end.offset);
    this.sim.replace(a, b, text);
    // The caret ends after the typed text (a collapsed selection).
    const after = a + text.length;
    const slot = this.sim.slotAt(after);
    const off = Math.max(0, Math.min(after - slot.start, slot.p.text.length));
    this.sim.doc.selection = { story: "MainDoc", start: { p: slot.p, offset: off }, end: { p: slot.p, offset: off } };
    this.sim.doc.emit({ kind: "selection" });
  }
}

class SimBookmarks implements WpsBookmarks {
  constructor(private sim: WpsSim) {}
  private live(name: string) {
    const b = this.sim.bookmarks.get(name);
    if (!b) return null;
    const body = this.sim.doc.body;
    const a = body.indexOf(b.first);
    const z = body.indexOf(b.last);
    if (a < 0 || z < 0 || z < a) {
      // Word deletes a bookmark together with its text.
      this.sim.bookmarks.delete(name);
      return null;
    }
    return b;
  }
  Add(name: string, range: WpsRange): WpsBookmark {
    this.sim.tick();
    if (!/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(name)) throw new SimWpsError("书签名无效。", 5828);
    const r = range as SimRange;
    // Reading the range's bounds through the proxy would count calls the add-in did not make.
    const { start, end } = r as unknown as { start: number; end: number };
    const paras = this.sim.paragraphsIn(start, end);
    this.sim.bookmarks.set(name, { first: paras[0], last: paras[paras.length - 1] });
    return this.bookmark(name);
  }
  Exists(name: string): boolean {
    this.sim.tick();
    return this.live(name) !== null;
  }
  Item(name: string): WpsBookmark {
    this.sim.tick();
    if (!this.live(name)) throw new SimWpsError("集合所要求的成员不存在。", 5941);
    return this.bookmark(name);
  }
  private bookmark(name: string): WpsBookmark {
    const sim = this.sim;
    const live = () => this.live(name);
    return {
      get Name() {
        sim.tick();
        return name;
      },
      get Range() {
        sim.tick();
        const b = live();
        if (!b) throw new SimWpsError("集合所要求的成员不存在。", 5941);
        const slots = sim.slots();
        const a = slots.find((s) => s.p === b.first)!;
        const z = slots.find((s) => s.p === b.last)!;
        return new SimRange(sim, a.start, z.mark + 1);
      },
      Delete() {
        sim.tick();
        sim.bookmarks.delete(name);
      },
    };
  }
}

/**
 * The port between the task pane and a document host (issue 12). The pane needs exactly these
 * operations; src/office implements them for Word (Office.js), src/wps for WPS 文字 (the
 * synchronous, VBA-like WPS JS API). The pane receives one DocumentHost and imports neither.
 *
 * The shapes below are structurally identical to today's src/office signatures, so that wiring the
 * pane is mechanical (`readDocument()` → `host.readDocument()`). They are declared here, not
 * imported from src/office, so that dependencies point one way: office → host ← wps.
 *
 * Pure types and pure helpers only: no DOM, no Office, no WPS.
 */
import type { DocumentModel, Fix, OutlineItem, Paragraph, SkeletonNode } from "../core/types";
import type { FormatRole, LineSpacingChoice } from "../core/format";

// ---- reading ------------------------------------------------------------------------------

export interface HostInfo {
  /** "Word" inside Word, "WPS" inside WPS 文字, null outside a host. */
  host: string | null;
  /** "OfficeOnline" | "PC" | "Mac" | "Windows" | "Linux" | …, null when unknown. */
  platform: string | null;
  /** Highest WordApi minor version supported ("1.9"); null on WPS and outside Office. */
  wordApi: string | null;
  /** Highest WordApiDesktop version; null on the web, on older desktops and on WPS. */
  wordApiDesktop: string | null;
}

export interface ReadResult {
  model: DocumentModel;
  /** Round trips used: context.sync() calls on Word, object-model calls on WPS. */
  syncs: number;
  hostInfo: HostInfo;
  /** "single" = one combined load; "two-pass" = list strings (Word) or paragraphs (WPS) read separately. */
  mode: "single" | "two-pass";
  /** "excluded": text without tracked deletions; "included": the host cannot tell them apart. */
  trackedDeletions: "excluded" | "included";
  /** Chinese notes for the user (degraded reads). */
  warnings: string[];
  /** Signature of the body as read, the baseline of onDocumentChange (opaque: only the same host's watch reads it); absent where the host gives none. */
  signature?: string;
}

/** Options of DocumentHost.readDocument. */
export interface ReadDocumentOptions {
  /**
   * Called while a long read runs (Word: after each page of paragraphs; WPS: after each slice of
   * per-paragraph calls): paragraphs read so far and, where the host knows it without an extra
   * round trip, the total (WPS; Word has no cheap paragraph count).
   */
  onProgress?: (paragraphsRead: number, total?: number) => void;
}

// ---- inserting ----------------------------------------------------------------------------

/** What to insert is computed by the caller from the paragraphs before the cursor (core/skeletonPlan.ts). */
export type NodeBuilder = (preceding: Paragraph[]) => SkeletonNode[];

export interface InsertOutcome {
  /** Paragraphs added to the document. */
  paragraphs: number;
  /** Identifies the inserted block for 撤销插入 (Word: content-control tag; WPS: bookmark name). */
  tag: string;
  /** Round trips used. */
  syncs: number;
  /** First top-level number used ("三" when continuing after 一、二、), if a top-level heading was inserted. */
  firstNumber?: string;
  /** Headings after the insertion whose numbers were shifted (顺延后面的序号). */
  renumbered?: number;
}

/** Options of insertSkeletonAtCursor (the same as src/office/skeleton.ts InsertOptions). */
export interface InsertOptions {
  /** 顺延后面各部分的序号. */
  renumberFollowing?: boolean;
  /** Insert at the end of the document instead of after the cursor (offered when the cursor is in a placeholder). */
  atEnd?: boolean;
  /** Finds what the insertion would duplicate in the whole body; a hit refuses the insertion (insertRefusal → "duplicate"). */
  existing?: (all: Paragraph[]) => { paragraph: number; message: string } | null;
}

/** Why an insertion was refused, as the pane offers an alternative: jump to the existing part, or insert at the end. */
export type InsertRefusal = { kind: "duplicate"; ref: ParagraphRef } | { kind: "nested" };

export interface LastInsertion {
  tag: string;
  text: string;
}

// ---- navigating ---------------------------------------------------------------------------

export interface ParagraphRef {
  /** 0-based index in the body at the time of the check. */
  index: number;
  /** Host paragraph id (Word uniqueLocalId, WordApi 1.6), when the host gave one. */
  id?: string;
  /** fingerprint(text) of the paragraph as it was read. */
  fingerprint: string;
}

export interface SelectOutcome {
  ok: boolean;
  /** The document changed since the check: the paragraph is gone or its text differs. */
  stale: boolean;
  syncs: number;
  index?: number;
}

// ---- fixing and formatting ------------------------------------------------------------------

export interface FixOutcome {
  syncs: number;
  /** Paragraphs inserted (insert-skeleton) or removed (delete-paragraph(s), join-paragraphs: as a negative number). */
  paragraphsDelta: number;
  method?: "search" | "paragraph";
}

export interface FormatOptions {
  scope: "document" | "selection" | "inserted";
  lineSpacing: LineSpacingChoice;
  analyze: (paragraphs: Paragraph[]) => { items: OutlineItem[]; title: number | null };
}

export interface FormatOutcome {
  paragraphs: number;
  byRole: Record<FormatRole, number>;
  eastAsianFontSlot: "nameFarEast" | "name";
  margins: boolean;
  syncs: number;
}

// ---- boot -----------------------------------------------------------------------------------

export type BootResult = { kind: "ready" } | { kind: "error"; message: string };

// ---- capabilities ---------------------------------------------------------------------------

/**
 * What the host can do beyond the common core. Word's depend on its requirement sets and are
 * evaluated at call time; WPS's are fixed. The pane uses them to explain in Chinese what is
 * missing (missingCapabilityNotes) and hides nothing else: every operation works on every host.
 */
export interface HostCapabilities {
  /** A temporary, content-neutral highlight of the paragraph a finding points to. */
  highlight: boolean;
  /** 【…】 prompts become placeholder content controls (else they are inserted as plain 【…】 text). */
  contentControls: boolean;
  /** Text deleted under track changes can be left out of the check. */
  excludeTrackedDeletions: boolean;
  /** Paragraphs have stable ids (jump/fix find a paragraph even after edits above it). */
  paragraphIds: boolean;
  /** 公文格式 can set the East Asian font separately from the Latin one (digits in Times New Roman). */
  eastAsianFont: boolean;
  /** 公文格式 can set the page margins. */
  pageMargins: boolean;
}

export interface DocumentHost {
  kind: "word" | "wps";
  /** Name shown to the user: "Word" / "WPS 文字". */
  label: string;
  capabilities(): HostCapabilities;

  /** Start-up: resolves when the pane can talk to the host (waitForOffice on Word). */
  boot(): Promise<BootResult>;

  readDocument(options?: ReadDocumentOptions): Promise<ReadResult>;

  insertSkeletonAtCursor(build: NodeBuilder, opts?: InsertOptions): Promise<InsertOutcome>;
  /** Classifies an error thrown by insertSkeletonAtCursor: a refusal the pane can offer a way around, else null. */
  insertRefusal(e: unknown): InsertRefusal | null;
  lastInsertion(): LastInsertion | null;
  undoLastInsertion(opts?: { force?: boolean }): Promise<{ syncs: number }>;
  insertAtCursor(text: string): Promise<{ syncs: number }>;

  applyFix(fix: Fix, model: DocumentModel): Promise<FixOutcome>;
  paragraphRef(model: DocumentModel, index: number): ParagraphRef;
  selectParagraph(ref: ParagraphRef, opts?: { highlight?: boolean }): Promise<SelectOutcome>;
  clearHighlight(): Promise<void>;

  applyOfficialFormat(opts: FormatOptions): Promise<FormatOutcome>;

  /** Chinese message for an error raised while doing `action`; `write` = the action changes the document. */
  userMessage(e: unknown, action?: string, write?: boolean): string;

  /** Prefix of every localStorage key of the pane (Word: Office partitionKey; WPS: "wps:"). */
  partitionKey(): string;
  /** Pane background from the host theme ("#RRGGBB"), undefined where the host has none. */
  themeBackground(): string | undefined;
  /** Calls `handler` when the host theme changes; a no-op where the host raises no such event. */
  onThemeChanged(handler: () => void): void;

  /** Opens another page of the add-in (review.html, the 审核台) beside the document. */
  openAddinPage(page: string): void;

  /**
   * Calls `onChange` once, when the document has changed since this call (the user typed, pasted,
   * deleted…; also the pane's own later edits), then stops. Returns a function that stops watching
   * earlier. `since`: the signature of the read to compare with (ReadResult.signature); absent,
   * the host reads one now. Optional: a host that cannot tell leaves it out (检查 then only notices
   * a change when 定位 finds different text). See ./changeWatch.ts.
   */
  onDocumentChange?(onChange: () => void, since?: string): () => void;
}

/** Chinese notes, one per capability the host lacks, for the pane's 帮助/状态 area. */
export function missingCapabilityNotes(host: Pick<DocumentHost, "label" | "capabilities">): string[] {
  const c = host.capabilities();
  const out: string[] = [];
  if (!c.highlight) out.push(`${host.label} 不支持临时高亮：定位时只选中段落，不加底色。`);
  if (!c.contentControls) out.push(`${host.label} 中骨架的待填写内容以“【……】”提示文字插入，而不是内容控件；填写时直接改写提示文字即可。`);
  if (!c.excludeTrackedDeletions) out.push(`${host.label} 无法排除修订中已删除的文字，检查前请先接受或拒绝修订。`);
  if (!c.paragraphIds) out.push(`${host.label} 没有段落标识：检查后若在前面增删了段落，定位和修正会先核对文字，不符时请重新检查。`);
  if (!c.eastAsianFont) out.push(`${host.label} 套用公文格式时中西文使用同一字体（数字不会单独设为 Times New Roman）。`);
  if (!c.pageMargins) out.push(`${host.label} 套用公文格式时无法设置页边距，请在“页面设置”中手动设置。`);
  return out;
}

/**
 * What the 检查 tab needs from the outside world, behind one interface so that component tests
 * can substitute it. The default binds the document host set by the entry (read, navigate, fixes; src/host/port.ts) and the core.
 */
import { checkDocument } from "../../core/checker";
import { allPresets, getPreset } from "../../core/presets";
import type { DocumentModel, Fix, Preset } from "../../core/types";
import type { FixOutcome, ParagraphRef, ReadDocumentOptions, SelectOutcome } from "../../host/port";
import { currentHost } from "../host";
import type { CheckResult } from "./report";
import { createCheckRunner } from "./checkRunner";

export interface ReadOutcome {
  model: DocumentModel;
  syncs: number;
  warnings: string[];
  /** The host's signature of the body as read: the baseline of onDocumentChange. */
  signature?: string;
}

export interface PresetOption {
  id: string;
  label: string;
  verified: boolean;
}

export interface CheckService {
  /**
   * Reads the document through the host (one sync up to 10,000 paragraphs on Word). `onProgress`
   * is called while a long read runs: paragraphs read so far and the total where the host knows it.
   */
  read(options?: ReadDocumentOptions): Promise<ReadOutcome>;
  /** Pure: runs the checker on a model already read. No presetId = detect. */
  check(model: DocumentModel, presetId?: string): CheckResult;
  /** The same check off the UI thread (a worker); absent = `check` is used. */
  checkAsync?(model: DocumentModel, presetId?: string): Promise<CheckResult>;
  presets(): PresetOption[];
  preset(id: string): Preset | undefined;
  select(ref: ParagraphRef): Promise<SelectOutcome>;
  applyFix(fix: Fix, model: DocumentModel): Promise<FixOutcome>;
  /** Removes the temporary highlight of the last jump (no-op when there is none). */
  clearHighlight?(): Promise<void>;
  /**
   * Calls `onChange` once when the document differs from the read whose signature is `since`
   * (host port onDocumentChange); returns the function that stops watching, or null where the
   * host cannot tell.
   */
  onDocumentChange?(onChange: () => void, since?: string): (() => void) | null;
}

const runner = createCheckRunner();

export const officeCheckService: CheckService = {
  async read(options) {
    const r = await currentHost().readDocument(options?.onProgress ? { onProgress: options.onProgress } : undefined);
    return { model: r.model, syncs: r.syncs, warnings: r.warnings, signature: r.signature };
  },
  check(model, presetId) {
    return checkDocument(model, presetId ? { presetId } : {}) as CheckResult;
  },
  checkAsync: (model, presetId) => runner.check(model, presetId),
  presets: () => allPresets().map((p) => ({ id: p.id, label: p.label, verified: p.verified })),
  preset: (id) => getPreset(id),
  select: (ref) => currentHost().selectParagraph(ref),
  applyFix: (fix, model) => currentHost().applyFix(fix, model),
  clearHighlight: () => currentHost().clearHighlight(),
  onDocumentChange: (onChange, since) => currentHost().onDocumentChange?.(onChange, since) ?? null,
};

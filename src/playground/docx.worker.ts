/**
 * Reads a .docx off the playground's UI thread (a 200,000-paragraph file takes the reader well
 * over a second). Protocol: in { bytes: Uint8Array }; out { type: "paragraphs", items } in batches
 * of BATCH, then { type: "done" }, or { type: "error", message } (the reader's Chinese message).
 */
import { readDocx } from "../docx";
import type { Paragraph } from "../core/types";

export type DocxWorkerResponse =
  | { type: "paragraphs"; items: Paragraph[] }
  | { type: "done"; total: number }
  | { type: "error"; message: string };

/** Paragraphs per message: each structured clone stays a short task on the receiving side. */
const BATCH = 2000;

const scope = self as unknown as {
  onmessage: ((e: { data: { bytes: Uint8Array } }) => void) | null;
  postMessage(message: DocxWorkerResponse): void;
};

scope.onmessage = ({ data }) => {
  let paragraphs: Paragraph[];
  try {
    paragraphs = readDocx(data.bytes).paragraphs;
  } catch (e) {
    scope.postMessage({ type: "error", message: e instanceof Error ? e.message : String(e) });
    return;
  }
  for (let i = 0; i < paragraphs.length; i += BATCH) scope.postMessage({ type: "paragraphs", items: paragraphs.slice(i, i + BATCH) });
  scope.postMessage({ type: "done", total: paragraphs.length });
};

import type { DocumentModel } from "./types";

/** The error shown instead of “未发现问题” when a document has nothing to check. */
export const NO_CHECKABLE_TEXT = "文档中没有可检查的文字";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * True when the document has at least one letter or digit to check. An empty file, whitespace,
 * lone punctuation or an image-only document has none: reporting “未发现问题” for it would be false.
 */
export function hasCheckableText(doc: DocumentModel | { paragraphs: readonly { text: string }[] }): boolean {
  for (const p of doc.paragraphs) if (LETTER_OR_DIGIT.test(p.text)) return true;
  return false;
}

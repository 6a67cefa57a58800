/** Typed errors of the .docx reader; `message` is a one-line Chinese reason for the user. */

export type DocxErrorCode =
  | "not-zip"
  | "corrupt-zip"
  | "encrypted"
  | "no-document"
  | "bad-xml"
  | "too-large"
  | "inflate-limit"
  | "bad-encoding";

export class DocxReadError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "DocxReadError";
  }
}

export function isDocxReadError(e: unknown): e is DocxReadError {
  return e instanceof DocxReadError || (e instanceof Error && e.name === "DocxReadError" && "code" in e);
}

/**
 * Inserts a phrase at the cursor as plain text (never HTML/OOXML): one Word.run, one sync.
 * A non-empty selection is replaced — that is what the user asks for by selecting text and picking
 * a phrase, exactly as typing would. The caret is left after the inserted phrase.
 */

export const MSG_INSERT_READONLY = "文档处于只读或受保护状态，无法插入。";
export const MSG_INSERT_NO_WORD = "无法连接 Word，请在 Word 中打开本加载项后重试。";
export const MSG_INSERT_FAILED = "插入失败，请把光标放到正文中后重试。";
export const MSG_INSERT_EMPTY = "要插入的文字为空。";

export class InsertError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "InsertError";
  }
}

const READONLY_CODES = new Set(["AccessDenied", "NotAllowed", "GeneralException", "InvalidArgument"]);

/** Maps an Office error to the Chinese message shown in the pane. */
export function insertErrorMessage(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === "string" && READONLY_CODES.has(code)) return MSG_INSERT_READONLY;
  return MSG_INSERT_FAILED;
}

export async function insertAtCursor(text: string): Promise<{ syncs: number }> {
  if (!text) throw new InsertError(MSG_INSERT_EMPTY);
  const word = (globalThis as unknown as { Word?: typeof Word }).Word;
  if (!word || typeof word.run !== "function") throw new InsertError(MSG_INSERT_NO_WORD);
  let syncs = 0;
  try {
    await word.run(async (context) => {
      const range = context.document.getSelection().insertText(text, "Replace");
      range.select("End");
      syncs++;
      await context.sync();
    });
  } catch (e) {
    const code = (e as { code?: unknown })?.code;
    throw new InsertError(insertErrorMessage(e), typeof code === "string" ? code : undefined);
  }
  return { syncs };
}

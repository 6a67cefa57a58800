/**
 * Inserts a phrase at the cursor as plain text (never HTML/OOXML): one Word.run, one sync.
 * A non-empty selection is replaced — that is what the user asks for by selecting text and picking
 * a phrase, exactly as typing would. The caret is left after the inserted phrase.
 *
 * Errors are UserErrors from ./errors (Chinese messages shared with the other Word operations):
 * read-only / protected → MSG_READ_ONLY, Viewing mode → MSG_READ_ONLY_OR_VIEWING, no Word → MSG_NO_WORD.
 */
import { MSG_NO_WORD, toUserError, UserError } from "./errors";

export const MSG_INSERT_EMPTY = "要插入的文字为空。";

export async function insertAtCursor(text: string): Promise<{ syncs: number }> {
  if (!text) throw new UserError(MSG_INSERT_EMPTY);
  const word = (globalThis as unknown as { Word?: typeof Word }).Word;
  if (!word || typeof word.run !== "function") throw new UserError(MSG_NO_WORD);
  let syncs = 0;
  try {
    await word.run(async (context) => {
      const range = context.document.getSelection().insertText(text, "Replace");
      range.select("End");
      syncs++;
      await context.sync();
    });
  } catch (e) {
    throw toUserError(e, "插入");
  }
  return { syncs };
}

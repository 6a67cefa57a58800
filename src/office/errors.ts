/**
 * Maps errors from Word (OfficeExtension.Error codes) to Chinese messages for the task pane.
 * Read-only and protected documents cannot be detected up front on every platform; a write then
 * fails at sync with AccessDenied, NotAllowed or (Word "Viewing" mode, office-js#5484)
 * GeneralException (shared/docs/word-api.md §3.4).
 */

export const MSG_READ_ONLY = "文档处于只读或受保护状态，无法修改。";
export const MSG_READ_ONLY_OR_VIEWING =
  "文档处于只读或受保护状态，无法修改。如果 Word 处于“查看”模式，请切换到“编辑”模式后重试。";
export const MSG_ITEM_NOT_FOUND = "找不到要操作的内容，文档可能已被修改。请重新检查后再试。";
export const MSG_API_NOT_FOUND =
  "当前 Word 版本不支持此功能。请使用 Microsoft 365 版 Word、Word 2024 或网页版 Word。";
export const MSG_INVALID_ARGUMENT = "当前位置不支持此操作。请把光标放到正文中后重试。";
export const MSG_PAYLOAD_TOO_LARGE = "文档过大，Word 无法一次读取。请分段检查，或使用桌面版 Word。";
export const MSG_NO_WORD = "无法连接 Word，请在 Word 中打开本加载项后重试。";
export const MSG_INTERNAL = "加载项内部错误，请重试；若问题持续，请重新打开任务窗格。";

/** An error whose message can be shown to the user as is. */
export class UserError extends Error {
  constructor(
    message: string,
    /** The Office error code behind it, if any. */
    readonly code?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Skeleton insertion refused: the cursor is in one of our placeholders (office/skeleton.ts). */
export const NESTED_CODE = "duizhao:nested";
export const DUPLICATE_CODE = "duizhao:duplicate";

/** Skeleton insertion refused: the section or aspect to insert is already in the document (found in the first sync; nothing was written). */
export class DuplicateError extends UserError {
  constructor(
    message: string,
    /** 0-based paragraph of the existing heading, to jump there. */
    readonly paragraph: number,
    /** Text of that paragraph as read (to jump there safely). */
    readonly text: string,
    readonly id?: string,
  ) {
    super(message, DUPLICATE_CODE);
  }
}

/** The OfficeExtension.Error code of an error, if it has one. */
export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Chinese message for an error raised while doing `action` ("插入", "读取文档"…). `write` says
 * whether the action changes the document: a GeneralException then most likely means Viewing mode.
 */
export function userMessage(e: unknown, action = "操作", write = true): string {
  if (e instanceof UserError) return e.message;
  const code = officeErrorCode(e);
  switch (code) {
    case "AccessDenied":
    case "NotAllowed":
      return write ? MSG_READ_ONLY : `${action}失败：Word 拒绝了此操作。`;
    case "GeneralException":
      return write ? MSG_READ_ONLY_OR_VIEWING : `${action}失败：Word 报告内部错误，请重试。`;
    case "ItemNotFound":
      return MSG_ITEM_NOT_FOUND;
    case "ApiNotFound":
      return MSG_API_NOT_FOUND;
    case "InvalidArgument":
      return `${action}失败：${MSG_INVALID_ARGUMENT}`;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return MSG_PAYLOAD_TOO_LARGE;
    case "PropertyNotLoaded":
    case "ValueNotLoaded":
    case "InvalidRequestContext":
    case "InvalidObjectPath":
      return MSG_INTERNAL;
    case undefined:
      break;
    default:
      return `${action}失败（${code}）。请重试。`;
  }
  if (e instanceof ReferenceError && /\b(Word|Office)\b/.test(e.message)) return MSG_NO_WORD;
  const message = e instanceof Error ? e.message : String(e);
  return `${action}失败：${message}`;
}

/** Wraps any error into a UserError with a Chinese message (UserErrors pass through). */
export function toUserError(e: unknown, action = "操作", write = true): UserError {
  if (e instanceof UserError) return e;
  return new UserError(userMessage(e, action, write), officeErrorCode(e));
}

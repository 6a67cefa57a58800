/**
 * Access to the WPS application, error mapping and call counting for src/wps.
 *
 * Detection: WPS answers `Application.Name` like Word ("Microsoft Word"), so a WPS 加载项 page is
 * recognised by the `wps` global (shared/docs/hosts-and-deployment.md §4). The application object
 * is `window.Application` inside a task pane, else `wps.WpsApplication()`.
 *
 * Counting: every member access on a WPS object crosses a process boundary, so each operation runs
 * on a counting view of the object model (a Proxy: one property read, property write or method
 * call = one call) and reports the number as `syncs`. Arguments passed back to WPS are unwrapped,
 * so native methods receive native objects.
 */
import type { WpsApplication, WpsDocument, WpsGlobal } from "./om";
import { WD_NO_PROTECTION } from "./om";

export const MSG_NO_WPS = "当前页面不在 WPS 文字中运行。请在 WPS 文字的“开始”选项卡中点击“对照检查助手”。";
export const MSG_NO_DOCUMENT = "WPS 中没有打开的文档。请先打开或新建一个文字文档。";
export const MSG_READ_ONLY = "文档处于只读或受保护状态，无法修改。请在 WPS 的“审阅 → 限制编辑”中取消保护，或另存为可编辑的文档后重试。";
export const MSG_INTERNAL = "加载项内部错误，请重试；若问题持续，请重新打开任务窗格。";

/** An error whose message can be shown to the user as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

type Scope = { wps?: WpsGlobal; Application?: WpsApplication };

/** The live WPS application, or null outside WPS. */
export function wpsApplication(scope: Scope = globalThis as unknown as Scope): WpsApplication | null {
  if (!scope.wps) return null;
  try {
    return scope.Application ?? scope.wps.WpsApplication?.() ?? null;
  } catch {
    return null;
  }
}

const TARGET = new WeakMap<object, object>();

function unwrap(v: unknown): unknown {
  return v !== null && typeof v === "object" && TARGET.has(v) ? TARGET.get(v) : v;
}

function counting<T extends object>(target: T, count: () => void): T {
  const proxy = new Proxy(target, {
    get(t, prop) {
      count();
      const v = Reflect.get(t, prop, t) as unknown;
      if (typeof v === "function") {
        return (...args: unknown[]) => wrap((v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap)), count);
      }
      return wrap(v, count);
    },
    set(t, prop, value) {
      count();
      return Reflect.set(t, prop, unwrap(value), t);
    },
  });
  TARGET.set(proxy, target);
  return proxy;
}

function wrap(v: unknown, count: () => void): unknown {
  return v !== null && typeof v === "object" ? counting(v as object, count) : v;
}

/** One operation's view of WPS: the counted application, its active document and the call count. */
export interface Session {
  app: WpsApplication;
  doc: WpsDocument;
  calls(): number;
}

/** Opens a counted session; throws UserError outside WPS or without a document. */
export function session(scope?: Scope): Session {
  const raw = wpsApplication(scope);
  if (!raw) throw new UserError(MSG_NO_WPS);
  let n = 0;
  const app = counting(raw, () => n++);
  let doc: WpsDocument | null = null;
  try {
    doc = app.ActiveDocument;
  } catch {
    // Some hosts throw instead of returning null when no document is open.
    doc = null;
  }
  if (!doc) throw new UserError(MSG_NO_DOCUMENT);
  return { app, doc, calls: () => n };
}

/** Refuses to write to a protected or read-only document (2 calls). */
export function assertWritable(doc: WpsDocument): void {
  if (doc.ProtectionType !== WD_NO_PROTECTION || doc.ReadOnly) throw new UserError(MSG_READ_ONLY);
}

/**
 * Chinese message for an error raised while doing `action`. WPS raises COM-style errors (a
 * message, sometimes a `number`); a locked document is recognised by Word's error 4605/6124 or
 * by its message.
 */
export function userMessage(e: unknown, action = "操作", write = true): string {
  if (e instanceof UserError) return e.message;
  const num = (e as { number?: unknown } | null)?.number;
  const message = e instanceof Error ? e.message : String(e);
  if (write && (num === 4605 || num === 6124 || /锁定|保护|只读|locked|protect|read-?only/i.test(message))) return MSG_READ_ONLY;
  if (!message) return `${action}失败：${MSG_INTERNAL}`;
  return `${action}失败：${message}`;
}

export function toUserError(e: unknown, action = "操作", write = true): UserError {
  return e instanceof UserError ? e : new UserError(userMessage(e, action, write));
}

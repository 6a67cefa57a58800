/**
 * The document host the pane talks to (src/host/port.ts): Word (src/office) or WPS 文字 (src/wps).
 * The pane imports neither; its entry (src/taskpane/index.tsx for Word, src/wps/entry.tsx for WPS)
 * calls setHost() before rendering and wraps the pane in <HostProvider>.
 *
 * Components use useHost(); module-level code (storage keys, theme, the check service) uses
 * currentHost(), the host set by the entry. The context's default is none: useHost() then falls back
 * to currentHost(), which throws when no entry has set a host.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { DocumentHost } from "../host/port";

let current: DocumentHost | null = null;

/** Called by the entry before anything reads the host (storage keys, theme, first render). */
export function setHost(host: DocumentHost | null): void {
  current = host;
}

/** The host set by the entry. */
export function currentHost(): DocumentHost {
  if (!current) throw new Error("任务窗格尚未连接到 Word 或 WPS 文字（未设置宿主）。");
  return current;
}

export const HostContext = createContext<DocumentHost | null>(null);

export function HostProvider({ host, children }: { host: DocumentHost; children?: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The host of the nearest <HostProvider>, else the one set by the entry (resolved at call time). */
export function useHost(): DocumentHost {
  return useContext(HostContext) ?? currentHost();
}

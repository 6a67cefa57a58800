/**
 * Feature detection for the Word host. Requirement sets decide what the add-in may call
 * (shared/docs/word-api.md §6): the manifest asks for WordApi 1.3; 1.5 (plain-text content
 * controls), 1.6 (uniqueLocalId), 1.7 (getText without tracked deletions) and 1.8 (highlight) are
 * detected at run time. Never throws: outside Office everything is reported as unsupported.
 */

import type { HostInfo } from "../host/port";
// The result types are the port's (src/host/port.ts): one definition for every host.
export type { HostInfo };

function office(): typeof Office | undefined {
  return (globalThis as unknown as { Office?: typeof Office }).Office;
}

/** Office.context.requirements.isSetSupported(set, version), false when Office is absent. */
export function supports(set: string, version: string): boolean {
  try {
    return !!office()?.context?.requirements?.isSetSupported(set, version);
  } catch {
    return false;
  }
}

function highest(set: string, max: number): string | null {
  let best: string | null = null;
  for (let minor = 1; minor <= max; minor++) {
    const v = `1.${minor}`;
    if (supports(set, v)) best = v;
    else break;
  }
  return best;
}

export function hostInfo(): HostInfo {
  const o = office();
  let host: string | null = null;
  let platform: string | null = null;
  try {
    const ctx = o?.context as unknown as { host?: unknown; platform?: unknown; diagnostics?: { host?: unknown; platform?: unknown } } | undefined;
    host = String(ctx?.host ?? ctx?.diagnostics?.host ?? "") || null;
    platform = String(ctx?.platform ?? ctx?.diagnostics?.platform ?? "") || null;
  } catch {
    // Office.context is not ready or not available.
  }
  return { host, platform, wordApi: highest("WordApi", 12), wordApiDesktop: highest("WordApiDesktop", 8) };
}

/** Office.context.officeTheme.bodyBackgroundColor ("#RRGGBB"), undefined outside Office or where the host has no theme. */
export function officeThemeBackground(): string | undefined {
  try {
    return office()?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    // officeTheme is not available on every host.
    return undefined;
  }
}

/** Calls `handler` when Office reports a theme change; a no-op where the host does not raise the event. */
export function onOfficeThemeChanged(handler: () => void): void {
  const o = office();
  try {
    o?.context?.document?.addHandlerAsync?.(o.EventType.OfficeThemeChanged as unknown as Office.EventType, handler);
  } catch {
    // The theme-changed event is not raised by every host.
  }
}

/** Office.context.partitionKey (separates storage per Office account on the web), "" when absent. */
export function partitionKey(): string {
  try {
    return office()?.context?.partitionKey ?? "";
  } catch {
    return "";
  }
}

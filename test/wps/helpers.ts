import { createWpsHost } from "../../src/playground/wps/sim";
import type { SimDocumentOptions, SimParagraphInit } from "../../src/playground/host";

const g = globalThis as unknown as Record<string, unknown>;

/** Installs a simulated WPS host as window.wps / window.Application; removed after each test. */
export function installWps(paragraphs: SimParagraphInit[] = [{ text: "" }], opts: SimDocumentOptions = {}) {
  const host = createWpsHost({ paragraphs, ...opts });
  host.install(globalThis);
  return host;
}

export function uninstallWps(): void {
  delete g.wps;
  delete g.Application;
}

export const texts = (host: ReturnType<typeof installWps>) => host.doc.body.map((p) => p.text);

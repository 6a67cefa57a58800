/**
 * WPS 文字: learning that the document changed since a check (issue 9 item 11;
 * src/host/changeWatch.ts). The hint is WPS's WindowSelectionChange event where the page has
 * wps.ApiEvent (registered once, never removed), else a timer while the pane's page is visible.
 * Either way the decision is a fingerprint of ActiveDocument.Content.Text (3 object-model calls)
 * compared with the one read when watching started.
 */
import { watchForChange } from "../host/changeWatch";
import { fingerprint } from "../host/fingerprint";
import { session } from "./app";

type Poke = () => void;
type ApiEventGlobal = { wps?: { ApiEvent?: { AddApiEventListener?(name: string, cb: () => void): void } } };

/** Without events: how often the signature is compared while watching. */
export const POLL_MS = 2000;

const listeners = new Set<Poke>();
let mode: "event" | "poll" | null = null;
let poll: ReturnType<typeof setInterval> | null = null;

const pokeAll = () => {
  for (const l of [...listeners]) l();
};

function ensureHint(): void {
  if (mode === null) {
    mode = "poll";
    try {
      const api = (globalThis as unknown as ApiEventGlobal).wps?.ApiEvent;
      if (api && typeof api.AddApiEventListener === "function") {
        api.AddApiEventListener("WindowSelectionChange", pokeAll);
        mode = "event";
      }
    } catch {
      mode = "poll";
    }
  }
  if (mode === "poll" && poll === null && listeners.size > 0) {
    poll = setInterval(() => {
      const hidden = typeof document !== "undefined" && document.visibilityState === "hidden";
      if (!hidden) pokeAll();
    }, POLL_MS);
  }
}

function stopPollIfIdle(): void {
  if (poll !== null && listeners.size === 0) {
    clearInterval(poll);
    poll = null;
  }
}

async function contentSignature(): Promise<string> {
  return fingerprint(session().doc.Content.Text);
}

/** `since` is ignored: the WPS read gives no signature of its own, the baseline is read now (3 calls). */
export function onDocumentChange(onChange: () => void, _since?: string, debounceMs?: number): () => void {
  return watchForChange(
    {
      listen(poke) {
        listeners.add(poke);
        ensureHint();
        return () => {
          listeners.delete(poke);
          stopPollIfIdle();
        };
      },
      signature: contentSignature,
      debounceMs,
    },
    onChange,
  );
}

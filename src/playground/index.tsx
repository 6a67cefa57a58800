/**
 * Entry of the browser playground. playground.html loads only this chunk. It installs a simulated
 * host synchronously, exposes `window.duizhaoDemo` (see ./demo.ts), renders the simulated document
 * on the left, then loads the real task pane's entry script, which boots on the right from
 * #boot / #container exactly as inside the host:
 *
 * - playground.html (or ?host=word): `Office`, `Word` and `OfficeExtension` globals (../host),
 *   then taskpane.js — the Word entry (src/taskpane/index.tsx, wordHost).
 * - playground.html?host=wps: `wps` and `Application` globals (./wps/sim.ts) over the same kind of
 *   document and the same DocumentView, NO Office globals, then wpspane.js — the WPS entry
 *   (src/wps/entry.tsx, wpsHost), as in the WPS package (no office.js).
 */
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { createDemo, type DuizhaoDemo, type PlaygroundHost } from "./demo";
import { DocumentView } from "./DocumentView";
import { EXAMPLE_MATERIAL } from "./example";
import { createWordHost } from "./host";
import type { SimDocumentOptions } from "./host/model";
import { paneScript, playgroundHostKind } from "./hostKind";
import { createWpsHost } from "./wps/sim";

const kind = playgroundHostKind(window.location.search);
const initial: SimDocumentOptions = {
  paragraphs: EXAMPLE_MATERIAL,
  header: [{ text: "青禾县示范局 · 民主生活会材料（页眉）" }],
};
const host: PlaygroundHost = kind === "wps" ? createWpsHost(initial) : createWordHost(initial);
host.install(window);

let showError: (m: string | null) => void = () => {};
let pendingError: string | null = null;
const demo = createDemo(host, (m) => {
  pendingError = m;
  showError(m);
});
(window as unknown as { duizhaoDemo: DuizhaoDemo }).duizhaoDemo = demo;
// The host itself, for specs and the console (same object as duizhaoDemo.host()).
(window as unknown as { duizhaoHost: typeof host }).duizhaoHost = host;

function Playground() {
  const [error, setError] = useState<string | null>(pendingError);
  showError = setError;
  return <DocumentView host={host} demo={demo} error={error} setError={setError} />;
}

const root = document.getElementById("playground-root");
if (root) createRoot(root).render(<Playground />);

// The pane's entry runs after the simulated host is installed (this script has already run).
const pane = document.createElement("script");
pane.src = paneScript(kind);
pane.async = false;
document.body.appendChild(pane);

/**
 * Entry of the browser playground. Runs BEFORE taskpane.js (webpack orders the chunks
 * playground → taskpane, both deferred): it installs the simulated `Office`, `Word` and
 * `OfficeExtension` globals synchronously, exposes `window.duizhaoDemo` (see ./demo.ts), then
 * renders the simulated document on the left. The real task pane boots on the right from
 * #boot / #container exactly as inside Word.
 */
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { createDemo, type DuizhaoDemo } from "./demo";
import { DocumentView } from "./DocumentView";
import { EXAMPLE_MATERIAL } from "./example";
import { createWordHost } from "./host";

const host = createWordHost({
  paragraphs: EXAMPLE_MATERIAL,
  header: [{ text: "青禾县示范局 · 民主生活会材料（页眉）" }],
});
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

/**
 * The 常用语 and 检查 tabs as separate chunks (React.lazy + dynamic import): the first load carries
 * only the shell and 骨架; the phrase library, its search index and the checker load on demand.
 */
import { lazy, useEffect } from "react";

const loadPhrases = () => import(/* webpackChunkName: "tab-phrases" */ "./tabs/PhrasesTab");
const loadCheck = () => import(/* webpackChunkName: "tab-check" */ "./tabs/CheckTab");

export const PhrasesTab = lazy(() => loadPhrases().then((m) => ({ default: m.PhrasesTab })));
export const CheckTab = lazy(() => loadCheck().then((m) => ({ default: m.CheckTab })));

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

/**
 * After the pane has painted, fetches (and evaluates) the other tabs' chunks while the user reads
 * 骨架, so opening them later does not wait for the network. Nothing is mounted or built here: the
 * phrase index is built only when 常用语 is opened.
 */
export function usePrefetchTabs(): void {
  useEffect(() => {
    let cancelled = false;
    const prefetch = () => {
      if (cancelled) return;
      // A failed prefetch is retried by React.lazy when the tab is opened.
      loadPhrases()
        .then(() => (cancelled ? undefined : loadCheck()))
        .catch(() => undefined);
    };
    const w = window as unknown as IdleWindow;
    // Wait for a frame (the first paint), then for the main thread to be idle.
    const frame = requestAnimationFrame(() => {
      if (w.requestIdleCallback) w.requestIdleCallback(prefetch, { timeout: 2000 });
      else setTimeout(prefetch, 200);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, []);
}

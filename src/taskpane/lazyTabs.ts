/**
 * The three tabs as separate chunks (React.lazy + dynamic import): the first load carries only the
 * shell (theme, tab list), so the pane paints its tabs before any tab's code is fetched. 骨架 (its
 * controls, the presets and the outline) is fetched right after that first paint; the phrase
 * library, its search index and the checker are prefetched once 骨架 has rendered and the main
 * thread is idle.
 */
import { lazy, useEffect, useState } from "react";
import { skeletonShown } from "./firstTab";

const loadSkeleton = () => import(/* webpackChunkName: "tab-skeleton" */ "./tabs/SkeletonTab");
/** The preset store (and with it the shipped presets), in 骨架's chunk: every tab needs it first. */
export const loadPresetStore = () => import(/* webpackChunkName: "tab-skeleton" */ "./presetStore");
const loadPhrases = () => import(/* webpackChunkName: "tab-phrases" */ "./tabs/PhrasesTab");
const loadCheck = () => import(/* webpackChunkName: "tab-check" */ "./tabs/CheckTab");

export const SkeletonTab = lazy(() => loadSkeleton().then((m) => ({ default: m.SkeletonTab })));
export const PhrasesTab = lazy(() => loadPhrases().then((m) => ({ default: m.PhrasesTab })));
export const CheckTab = lazy(() => loadCheck().then((m) => ({ default: m.CheckTab })));

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

/**
 * Once 骨架 has rendered (./firstTab.ts), fetches (and evaluates) the other tabs' chunks while the
 * main thread is idle and the user reads 骨架, so opening them later does not wait for the network.
 * Nothing is mounted or built here: the phrase index is built only when 常用语 is opened.
 */
export function usePrefetchTabs(): void {
  useEffect(() => {
    let cancelled = false;
    let frame = 0;
    const prefetch = () => {
      if (cancelled) return;
      // A failed prefetch is retried by React.lazy when the tab is opened.
      loadPhrases()
        .then(() => (cancelled ? undefined : loadCheck()))
        .catch(() => undefined);
    };
    const w = window as unknown as IdleWindow;
    void skeletonShown.then(() => {
      if (cancelled) return;
      // Wait for a frame (骨架 painted), then for the main thread to be idle.
      frame = requestAnimationFrame(() => {
        if (w.requestIdleCallback) w.requestIdleCallback(prefetch, { timeout: 2000 });
        else setTimeout(prefetch, 200);
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, []);
}

/**
 * False until the frame after the first paint: 骨架 is rendered (and its chunk requested) only
 * then, so its bytes never delay the first paint of the pane.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the frame callback runs after that frame has painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (!cancelled) setPainted(true);
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

/**
 * 骨架 is the tab the pane opens on. The other tabs' chunks are prefetched only once it has
 * rendered (./lazyTabs.ts usePrefetchTabs), so their download and evaluation never compete with
 * the tab the user is looking at.
 */
let markShown: () => void = () => undefined;

/** Resolves once 骨架 has rendered for the first time. */
export const skeletonShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

export function markSkeletonShown(): void {
  markShown();
}

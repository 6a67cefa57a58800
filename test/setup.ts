// Shared jest setup. jsdom-only polyfills are applied when a DOM exists (component tests).
if (typeof window !== "undefined") {
  require("@testing-library/jest-dom");
  // Wait for states, not durations: on a loaded machine findBy*/waitFor must not give up after 1 s.
  (require("@testing-library/react") as typeof import("@testing-library/react")).configure({ asyncUtilTimeout: 60_000 });
  // Fluent UI v9 components (MessageBar, positioning) need ResizeObserver, which jsdom lacks.
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver =
    (globalThis as unknown as { ResizeObserver?: unknown }).ResizeObserver ?? ResizeObserverStub;
  if (!window.matchMedia) {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    })) as unknown as typeof window.matchMedia;
  }
}

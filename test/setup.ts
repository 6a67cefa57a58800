// Shared jest setup. jsdom-only polyfills are applied when a DOM exists (component tests).
if (typeof window !== "undefined") {
  require("@testing-library/jest-dom");
  // jsdom lacks TextDecoder (browsers and Node have it); core/encoding needs it.
  if (typeof globalThis.TextDecoder === "undefined") {
    (globalThis as unknown as { TextDecoder: unknown }).TextDecoder = require("node:util").TextDecoder;
  }
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

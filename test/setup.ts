// Shared jest setup. jsdom-only polyfills are applied when a DOM exists (component tests).
if (typeof window !== "undefined") {
  require("@testing-library/jest-dom");
  // findBy…/waitFor poll for a state; their 1 s default ceiling is too short on a busy 2-core
  // machine. They still return as soon as the state is reached.
  require("@testing-library/react").configure({ asyncUtilTimeout: 60000 });
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

// The pane's entry sets its document host (src/taskpane/host.tsx) before rendering. Tests render
// components and call pane modules without an entry: they get Word's host, resolved at call time so
// that a test's jest.mock of src/office modules applies (and a test may still set its own host).
{
  const word = () => require("../src/office").wordHost;
  require("../src/taskpane/host").setHost(new Proxy({}, { get: (_t, key) => word()[key] }));
}

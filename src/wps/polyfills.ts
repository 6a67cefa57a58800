/**
 * Runtime APIs the WPS package calls unguarded that are newer than the Chromium it must run on
 * (floor: Chromium 80; scripts/package-wps.mjs lowers the syntax, not the library). Imported first by
 * src/wps/entry.tsx. test/wps/package.test.ts lists what the built package calls and fails on a new
 * unguarded API that is neither here nor shown to be guarded.
 *
 *  - WeakRef (Chrome 84): tabster (Fluent's focus management) wraps every element it tracks in
 *    `new WeakRef(...)` and keyborg keeps the last programmatically focused element in one. Without
 *    it the first focus throws. The stand-in holds its target strongly: deref() always returns it, so
 *    such elements are kept alive as long as tabster keeps the reference (tabster drops its references
 *    when elements are disposed); behaviour is otherwise the same.
 */
interface WeakRefLike<T extends object> {
  deref(): T | undefined;
}

export class StrongRef<T extends object> implements WeakRefLike<T> {
  private readonly target: T;
  constructor(target: T) {
    if (target === null || (typeof target !== "object" && typeof target !== "function")) {
      throw new TypeError("WeakRef: target must be an object");
    }
    this.target = target;
  }
  deref(): T {
    return this.target;
  }
}

/** Installs the stand-ins missing from `scope` (the page's global object); returns their names. */
export function installPolyfills(scope: Record<string, unknown>): string[] {
  const installed: string[] = [];
  if (typeof scope.WeakRef !== "function") {
    Object.defineProperty(scope, "WeakRef", { value: StrongRef, writable: true, configurable: true });
    installed.push("WeakRef");
  }
  return installed;
}

installPolyfills(globalThis as unknown as Record<string, unknown>);

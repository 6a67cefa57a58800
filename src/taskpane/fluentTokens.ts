/**
 * Build-time stand-in for @fluentui/tokens' `tokens` object (webpack.config.js aliases
 * @fluentui/tokens/lib/tokens.js here). The original is a 467-entry literal that maps every token
 * name to `var(--name)` (about 30 KB minified) and stays in the first chunk because Fluent's
 * precompiled styles read a few tokens at module level. Reading any token gives the same string.
 * Types still come from the real package, so a misspelt token is a compile error as before.
 */
import type { tokens as FluentTokens } from "@fluentui/react-components";

export const tokens = new Proxy({} as typeof FluentTokens, {
  get: (_target, name) => (typeof name === "string" ? `var(--${name})` : undefined),
});

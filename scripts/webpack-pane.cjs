// What every build of the task pane shares: the Word build (webpack.config.js: taskpane.js, and
// wpspane.js for the playground's ?host=wps) and the WPS package (scripts/package-wps.mjs).
//  - typeScriptRule: ts-loader, then Griffel's loader precompiling our makeStyles() calls into
//    __styles() (ahead-of-time CSS, as Fluent's own packages ship), so the runtime style compiler
//    (stylis, rtl-css-js) stays out of the bundle;
//  - fluentTokensAlias: Fluent's `tokens` object (467 entries name → "var(--name)") replaced by a
//    Proxy giving the same strings (src/taskpane/fluentTokens.ts);
//  - paneSplitChunks: 骨架 (the tab the pane opens on) arrives as ONE chunk after the first paint,
//    not as its own chunk plus the vendor and shared chunks webpack would split off it.
//  - DownlevelOutputPlugin (WPS package only): every emitted script, node_modules code included,
//    transpiled to ES2017 syntax for the old Chromium inside WPS.
const fs = require("fs");
const path = require("path");

const FLUENT_TOKENS = "node_modules/@fluentui/tokens/lib/tokens.js";

/**
 * The rule for our TypeScript (node_modules are not transpiled). Loaders run last to first.
 * @param {object} [compilerOptions] passed to ts-loader (e.g. { target: "ES2017" } for WPS)
 */
function typeScriptRule(compilerOptions) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: [
      { loader: "@griffel/webpack-loader" },
      { loader: "ts-loader", options: { transpileOnly: true, ...(compilerOptions ? { compilerOptions } : {}) } },
    ],
  };
}

/** resolve.alias entry: @fluentui/tokens' tokens object → src/taskpane/fluentTokens.ts. */
function fluentTokensAlias(root) {
  const from = path.resolve(root, FLUENT_TOKENS);
  // Fail loudly if a Fluent upgrade moves the file: a silent miss would ship the 30 KB literal again.
  if (!fs.existsSync(from)) throw new Error(`webpack-pane: ${FLUENT_TOKENS} not found (Fluent upgrade?): update the tokens alias`);
  return { [from]: path.resolve(root, "src/taskpane/fluentTokens.ts") };
}

/** The chunk name lazyTabs.ts gives 骨架 and the preset store (webpackChunkName). */
const SKELETON_CHUNK = "tab-skeleton";
/** The one chunk 骨架 arrives in (skeleton.js); it replaces tab-skeleton.js. */
const SKELETON_ALL = "skeleton";

/** The names of the entrypoints a chunk is loaded from (through any chain of dynamic imports). */
function entryNames(chunk) {
  const names = new Set();
  const seen = new Set();
  const stack = [...chunk.groupsIterable];
  while (stack.length) {
    const group = stack.pop();
    if (seen.has(group)) continue;
    seen.add(group);
    if (group.isInitial()) names.add(group.name);
    for (const parent of group.parentsIterable) stack.push(parent);
  }
  return names;
}

/**
 * optimization.splitChunks for a build with the pane's entries `paneEntries` (and others, e.g. the
 * 审核台). With webpack's defaults 骨架 came as tab-skeleton.js plus seven chunks split off it (Fluent's
 * components as vendor chunks, src/core and the presets as chunks shared with 检查 and the Word host's
 * editing code), eight requests after the first paint. Here every module of tab-skeleton, including
 * those the pane's other lazy chunks also use, goes into ONE chunk, skeleton.js; those other chunks
 * (常用语, 检查, word-edit) load after 骨架 in practice (every tab waits for the presets in it), and when
 * opened they name skeleton.js among their chunks, so they find it already loaded. (webpack refuses
 * to put the modules back into tab-skeleton itself, which is not a parent of those chunks, hence the
 * new name; tab-skeleton is left empty and dropped.) Chunks loaded only from other entries (the 审核台)
 * keep their own copies rather than loading 骨架's chunk. Initial chunks are not touched, so the first
 * load does not change. Everything else is webpack's default splitting.
 * @param {string[]} paneEntries entry names of the pane (e.g. ["taskpane", "wpspane"])
 */
function paneSplitChunks(paneEntries) {
  const paneOnly = (chunk) => {
    if (chunk.canBeInitial()) return false;
    const names = entryNames(chunk);
    return names.size > 0 && [...names].every((n) => paneEntries.includes(n));
  };
  const inSkeleton = (module, { chunkGraph }) => {
    for (const c of chunkGraph.getModuleChunksIterable(module)) if (c.name === SKELETON_CHUNK) return true;
    return false;
  };
  return {
    cacheGroups: {
      // enforce: no minSize, minChunks or request limits apply to this group.
      skeleton: { name: SKELETON_ALL, chunks: paneOnly, test: inSkeleton, enforce: true, priority: 20 },
    },
  };
}

const DOWNLEVEL = "DownlevelOutputPlugin";
/** The first statement TypeScript emits for every file it transpiles (alwaysStrict). */
const USE_STRICT = /^"use strict";\r?\n/;
/** A script that already starts with a "use strict" directive (possibly after comments). */
const STARTS_STRICT = /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*["']use strict["']/;

/**
 * The syntax of every emitted .js asset lowered to `target` (default ES2017) with TypeScript's
 * transpiler. ts-loader only sees our own TypeScript; Fluent's dependencies ship newer syntax (class
 * static blocks and fields in tabster, `?.`, `??`, object spread), which a Chromium older than the
 * syntax cannot parse at all: a SyntaxError is a blank pane. Runs at PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY,
 * before the minimizer (Terser at OPTIMIZE_SIZE), so TypeScript's helpers (__rest, private-field
 * helpers) and its longer forms are minified with the rest.
 *  - useDefineForClassFields: class fields keep their [[Define]] semantics (Object.defineProperty),
 *    as in the source, not the assignments TypeScript emits below ES2022 by default;
 *  - module Preserve: the chunk is a script (webpack's IIFE / JSONP push); nothing is rewritten as
 *    a module; helpers land at the script's top level (`var __rest = (this && this.__rest) || …`,
 *    so chunks share one definition);
 *  - TypeScript's "use strict" prologue is dropped unless the script already had one: webpack
 *    puts "use strict" inside each strict module's function, and sloppy node_modules code must
 *    stay sloppy.
 * Not lowered: regular-expression syntax (named groups, lookbehind, the s flag; Chrome 62-64) and
 * library APIs (see test/wps/package.test.ts for the check of those).
 */
class DownlevelOutputPlugin {
  /** @param {{ target?: string }} [options] target: a TypeScript ScriptTarget name, e.g. "ES2017" */
  constructor(options = {}) {
    this.target = options.target || "ES2017";
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(DOWNLEVEL, (compilation) => {
      compilation.hooks.processAssets.tap({ name: DOWNLEVEL, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY }, (assets) => {
        const ts = require("typescript");
        const target = ts.ScriptTarget[this.target];
        if (target === undefined) throw new Error(`${DOWNLEVEL}: unknown target ${this.target}`);
        for (const name of Object.keys(assets)) {
          if (!/\.[cm]?js$/.test(name)) continue;
          const code = compilation.getAsset(name).source.source().toString();
          const out = ts.transpileModule(code, {
            fileName: name.replace(/\.[cm]?js$/, ".js"),
            reportDiagnostics: true,
            compilerOptions: { target, module: ts.ModuleKind.Preserve, allowJs: true, useDefineForClassFields: true, sourceMap: false, removeComments: false },
          });
          const errors = (out.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
          if (errors.length) {
            const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ");
            compilation.errors.push(new Error(`${DOWNLEVEL}: ${name}: ${text}`));
            continue;
          }
          const js = STARTS_STRICT.test(code) ? out.outputText : out.outputText.replace(USE_STRICT, "");
          compilation.updateAsset(name, new sources.RawSource(js));
        }
      });
    });
  }
}

module.exports = { typeScriptRule, fluentTokensAlias, paneSplitChunks, DownlevelOutputPlugin };

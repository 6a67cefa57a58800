/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane (taskpane.html + taskpane.js), the browser playground (playground.html:
// simulated Word host + the same taskpane.js; with ?host=wps the simulated WPS host + wpspane.js,
// the WPS entry), the manifest with its base URL, and the CLI.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// Shared with the WPS package (scripts/package-wps.mjs): Griffel's loader, the tokens alias, splitChunks.
const { typeScriptRule, fluentTokensAlias, paneSplitChunks } = require("./scripts/webpack-pane.cjs");

const DEV_BASE_URL = "https://localhost:3000/";

function baseUrl(isProd) {
  let url = process.env.ADDIN_BASE_URL || (isProd ? "https://localhost:3000/" : DEV_BASE_URL);
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头：${url}`);
  if (!url.endsWith("/")) url += "/";
  return url;
}

async function httpsOptions() {
  // office-addin-dev-certs throws on Linux when it cannot install the CA (no sudo); the generated
  // files are still usable, so fall back to reading them directly (see shared/docs/toolchain.md P9).
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    return {
      ca: fs.readFileSync(path.join(dir, "ca.crt")),
      cert: fs.readFileSync(path.join(dir, "localhost.crt")),
      key: fs.readFileSync(path.join(dir, "localhost.key")),
    };
  }
}

function webConfig(env, argv) {
  const isProd = argv.mode === "production";
  const url = baseUrl(isProd);
  // The playground is for `npm run demo` and the browser tests (development builds); a production
  // build ships only the add-in, unless asked for with --env playground.
  const hasPlayground =
    (!isProd || Boolean(env && env.playground)) && fs.existsSync(path.resolve(__dirname, "src/playground/index.tsx"));
  // review: the 审核台 (review.html), shipped in every build; its worker and the lazily loaded
  // .xlsx writer are ordinary chunks next to it.
  const entry = { taskpane: "./src/taskpane/index.tsx", review: "./src/review/index.tsx" };
  // The playground loads one pane entry itself, after installing its simulated host
  // (src/playground/index.tsx): taskpane.js for Word, wpspane.js (src/wps/entry.tsx) for ?host=wps.
  if (hasPlayground) {
    entry.playground = "./src/playground/index.tsx";
    entry.wpspane = "./src/wps/entry.tsx";
  }
  const plugins = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      chunksSortMode: "manual",
      scriptLoading: "defer",
      inject: "body",
    }),
    new HtmlWebpackPlugin({
      filename: "review.html",
      template: "./src/review/review.html",
      chunks: ["review"],
      scriptLoading: "defer",
      inject: "body",
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/help.html", to: "help.html" },
        // Copied, not bundled: it must stay plain ES5 for Internet-Explorer-based webviews.
        { from: "src/taskpane/legacy.js", to: "legacy.js", info: { minimized: true } },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => content.toString().split(DEV_BASE_URL).join(url),
        },
      ],
    }),
  ];
  // OFFICE_JS=local: office.js from office-js/ on the same server (intranet), see scripts/office-js-local.cjs.
  plugins.push(...require("./scripts/office-js-local.cjs").localOfficeJsPlugins({ root: __dirname, CopyWebpackPlugin, HtmlWebpackPlugin }));
  if (hasPlayground) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "body",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "body",
      }),
    );
  }
  return {
    name: "web",
    mode: isProd ? "production" : "development",
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval.
    devtool: isProd ? "source-map" : "cheap-module-source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // review-workers.js comes from the "review-workers" configuration below (same directory).
      clean: { keep: /^cli\/|^review-workers\.js$/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // Fluent's `tokens` object (name → "var(--name)") replaced by a Proxy giving the same strings.
      alias: fluentTokensAlias(__dirname),
    },
    // ts-loader, then Griffel's loader (makeStyles() precompiled: no runtime style compiler).
    module: { rules: [typeScriptRule()] },
    // 骨架 and what it shares with the other lazy chunks: one chunk after the first paint.
    optimization: { splitChunks: paneSplitChunks(["taskpane", "wpspane"]) },
    plugins,
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: Number(process.env.PORT || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env && env.WEBPACK_SERVE ? httpsOptions() : undefined },
      hot: false,
      liveReload: true,
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const configs = [webConfig(env, argv)];
  if (env.WEBPACK_SERVE && configs[0].devServer.server.options) {
    configs[0].devServer.server.options = await configs[0].devServer.server.options;
  }
  // review-workers.js beside review.html: the 审核台's workers as text, for file:// pages (src/review/threads.ts).
  if (!env.WEBPACK_SERVE) {
    const { reviewWorkersConfig } = require("./scripts/review-workers.cjs");
    configs.push(reviewWorkersConfig({ root: __dirname, outDir: configs[0].output.path, mode: configs[0].mode }));
  }
  const cliPath = path.resolve(__dirname, "webpack.cli.js");
  if (!env.WEBPACK_SERVE && !env.webOnly && fs.existsSync(cliPath)) configs.push(require(cliPath)(env, argv));
  return configs;
};

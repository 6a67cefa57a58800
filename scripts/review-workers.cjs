// The 审核台's workers as text, for pages opened from file:// (see src/review/threads.ts): a webpack
// configuration that bundles src/review/store.worker.ts and reader.worker.ts each into ONE
// self-contained script (no further chunks: one chunk per entry: a Blob-URL worker on a file:// page can load
// nothing else) and writes them as review-workers.js:
//   self.duizhaoReviewWorkerSources = { store: "<code>", reader: "<code>" };
// The page loads that file with a <script> tag only when it cannot start the normal workers.
// Used by webpack.config.js and scripts/package-wps.mjs.
const path = require("path");

const ASSET = "review-workers.js";

class ReviewWorkersPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ReviewWorkersPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ReviewWorkersPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const out = {};
        for (const key of ["store", "reader"]) {
          const file = `review-worker-${key}.js`;
          const asset = compilation.getAsset(file);
          if (!asset) {
            compilation.errors.push(new Error(`review-workers: ${file} missing`));
            return;
          }
          out[key] = asset.source.source().toString();
          compilation.deleteAsset(file);
        }
        // JSON.stringify keeps U+2028/2029 escaped in modern engines; the replace covers old ones.
        const body = JSON.stringify(out).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
        compilation.emitAsset(ASSET, new sources.RawSource(`self.duizhaoReviewWorkerSources=${body};\n`));
      });
    });
  }
}

/**
 * @param {{ root: string, outDir: string, mode: "development" | "production", target?: string[], compilerOptions?: object }} o
 */
function reviewWorkersConfig(o) {
  const webpack = require("webpack");
  return {
    name: "review-workers",
    mode: o.mode,
    context: o.root,
    devtool: false,
    target: o.target ?? ["webworker"],
    entry: {
      "review-worker-store": "./src/review/store.worker.ts",
      "review-worker-reader": "./src/review/reader.worker.ts",
    },
    output: { path: o.outDir, filename: "[name].js", clean: false, publicPath: "" },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: false, ...(o.compilerOptions || {}) } } },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 2 }), new ReviewWorkersPlugin()],
    performance: { hints: false },
  };
}

module.exports = { reviewWorkersConfig, ReviewWorkersPlugin, REVIEW_WORKERS_ASSET: ASSET, root: path.resolve(__dirname, "..") };

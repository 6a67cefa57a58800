// Bundle of the `duizhao` command-line tool: dist/cli/duizhao.js (node, executable, shebang).
// The main webpack.config.js merges this: `require("./webpack.cli.js")(env, argv)`.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const OUT_DIR = path.resolve(__dirname, "dist/cli");
const OUT_FILE = "duizhao.js";

class ChmodPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ChmodPlugin", () => {
      const file = path.join(compiler.options.output.path || OUT_DIR, OUT_FILE);
      if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || (env && env.production ? "production" : "production");
  return {
    name: "cli",
    mode,
    target: "node20",
    entry: { duizhao: path.resolve(__dirname, "src/cli/bin.ts") },
    output: { path: OUT_DIR, filename: OUT_FILE, clean: false },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json"), compilerOptions: { sourceMap: false } },
        },
      ],
    },
    // Readable stack traces matter more than size for a local tool.
    optimization: { minimize: false, nodeEnv: false },
    devtool: false,
    performance: { hints: false },
    stats: "errors-warnings",
    plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }), new ChmodPlugin()],
  };
};

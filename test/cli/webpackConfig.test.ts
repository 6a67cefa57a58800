import * as path from "node:path";

it("webpack.cli.js exports a node config producing dist/cli/duizhao.js with a shebang banner", () => {
  const make = require("../../webpack.cli.js") as (env: unknown, argv: unknown) => Record<string, unknown>;
  expect(typeof make).toBe("function");
  const cfg = make({}, { mode: "development" }) as {
    target: string;
    mode: string;
    output: { path: string; filename: string };
    plugins: { constructor: { name: string }; options?: { banner?: unknown } }[];
  };
  expect(cfg.mode).toBe("development");
  expect(cfg.target).toMatch(/^node/);
  expect(path.relative(path.resolve(__dirname, "../.."), path.join(cfg.output.path, cfg.output.filename))).toBe(path.join("dist", "cli", "duizhao.js"));
  const banner = cfg.plugins.find((p) => p.constructor.name === "BannerPlugin");
  expect(banner?.options?.banner).toBe("#!/usr/bin/env node");
  expect(cfg.plugins.some((p) => p.constructor.name === "ChmodPlugin")).toBe(true);
});

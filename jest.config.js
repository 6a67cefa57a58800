/** @type {import('jest').Config} */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Component tests opt in with a `@jest-environment jsdom` docblock; everything else runs in node.
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // A ceiling, not an expectation: tests wait for states (findBy…/waitFor), never for durations.
  // jest's 5 s default failed a component test on a busy 2-core machine (first Fluent render in
  // jsdom pays style insertion and module initialisation), so hangs are bounded at 120 s instead.
  testTimeout: 120000,
};

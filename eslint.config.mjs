// ESLint flat config: typescript-eslint plus Microsoft's Office add-in rules
// (eslint-plugin-office-addins: load-before-read, no context.sync in loops, …).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".bench-tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      // no-navigational-load, call-sync-before-read and load-object-before-read treat navigation properties
      // (selection.parentBody, paragraphs, listItemOrNullObject…) as scalar reads and flag correct
      // code. Load-before-read is enforced at run time instead: the simulated host throws
      // PropertyNotLoaded exactly as Office.js does, and every src/office test runs against it.
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-navigational-load": "off",
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly", module: "writable", process: "readonly", console: "readonly",
        __dirname: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly",
        URL: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", performance: "readonly",
        window: "readonly", document: "readonly", navigator: "readonly", globalThis: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

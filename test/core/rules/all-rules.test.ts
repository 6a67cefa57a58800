/**
 * All text rules over two fixtures of our own: a clean, complete 2025年度 班子 material (few or no
 * findings) and a messy one (every rule id expected). Uses the real `analyze`/`getPreset` when the
 * core engine provides them, else the mini analysis of the rule tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis, DocumentModel, Preset, RuleContext } from "../../../src/core/types";
import { TEXT_RULES, runAll } from "../../fixtures/rules/text-rules";
import { MINI_PRESET, miniAnalysis } from "../../fixtures/rules/mini-analysis";
import { paragraphsFromText } from "../../../src/core/text";

type Analyze = (doc: DocumentModel, preset: Preset) => Analysis;

function engine(): { analyze: Analyze; preset: Preset; real: boolean } {
  try {
    const a = require("../../../src/core/analyze") as { analyze?: Analyze };
    let p: { getPreset?: (id: string) => Preset | undefined } = {};
    try {
      p = require("../../../src/core/presets");
    } catch {
      // presets not available yet
    }
    let preset: Preset | undefined;
    try {
      preset = p.getPreset?.("dlsh-2025/banzi");
    } catch {
      preset = undefined;
    }
    if (a.analyze) return { analyze: a.analyze, preset: preset ?? MINI_PRESET, real: true };
  } catch {
    // core engine not available yet
  }
  return { analyze: (doc) => miniAnalysis(doc), preset: MINI_PRESET, real: false };
}

function load(name: string): DocumentModel {
  return { paragraphs: paragraphsFromText(readFileSync(join(__dirname, "..", "..", "fixtures", "rules", name), "utf8")) };
}

const real = engine();
const engines = [
  { name: "mini analysis", analyze: ((doc) => miniAnalysis(doc)) as Analyze, preset: MINI_PRESET },
  ...(real.real ? [{ name: "core analyze", analyze: real.analyze, preset: real.preset }] : []),
];

describe.each(engines)("text rules over whole materials ($name)", ({ analyze, preset }) => {
  const ctxOf = (name: string): RuleContext => {
    const doc = load(name);
    return { doc, analysis: analyze(doc, preset), preset };
  };

  it("a clean, complete material stays (almost) silent", () => {
    const findings = runAll(TEXT_RULES, ctxOf("clean-banzi-2025.txt"));
    expect(findings.map((f) => `${f.ruleId}@${f.paragraph}: ${f.message}`)).toEqual([]);
  });

  it("a messy material triggers every text rule", () => {
    const findings = runAll(TEXT_RULES, ctxOf("messy-banzi-2025.txt"));
    const ids = new Set(findings.map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(TEXT_RULES.map((r) => r.id).filter((id) => id !== "balance").sort());
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(0);
      expect((f.quote ?? "").length).toBeLessThanOrEqual(40);
      if (f.fix?.type === "replace") {
        const text = load("messy-banzi-2025.txt").paragraphs[f.fix.paragraph].text;
        expect(text.slice(f.fix.offset, f.fix.offset + f.fix.length)).toBe(f.fix.expected);
      }
    }
  });

  it("rule ids, severities and descriptions are set", () => {
    for (const r of TEXT_RULES) {
      expect(r.id).toMatch(/^[a-z-]+$/);
      expect(["error", "warning", "info"]).toContain(r.severity);
      expect(r.description).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

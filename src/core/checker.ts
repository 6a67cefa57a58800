/**
 * checkDocument: pick the preset (given, by id, or detected from the title/date), analyze, run every
 * rule, and return the report sorted by paragraph.
 *
 * A rule that throws does not stop the check: it is reported as one info finding of that rule
 * (“检查规则“…”运行出错，已跳过”, data.internalError = true) and the other rules still run.
 */
import type { Analysis, DocumentModel, Finding, MaterialType, Preset, Report, Rule, Severity } from "./types";
import { analyze } from "./analyze";
import { detectPreset, getPreset, PresetError } from "./presets";
import { RULES } from "./rules";
import { refineByText, type DetectionBasis } from "./textDetect";
import { SEVERITY_RANK } from "./findings";

export interface CheckOptions {
  /** Preset id ("dlsh-2025/banzi"); ignored when `preset` is given. */
  presetId?: string;
  preset?: Preset;
  /** Switch the (given or detected) theme to this material type when the theme has it. */
  materialType?: MaterialType;
  /** Drop findings below this severity. */
  minSeverity?: Severity;
  file?: string;
  rules?: Rule[];
  /** Date used for preset detection (tests). */
  today?: Date;
  /** A preset already chosen by `choosePreset` (e.g. on the UI thread before a worker checks). */
  chosen?: PresetChoice;
}

/** The preset a check uses, whether it was detected, and what each part of the choice rests on. */
export interface PresetChoice {
  preset: Preset;
  detected: boolean;
  basis: DetectionBasis;
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** Picks the preset as checkDocument does: given (object or id), else detected from title, text and date. */
export function choosePreset(doc: DocumentModel, opts: CheckOptions = {}): PresetChoice {
  let chosen: PresetChoice;
  if (opts.preset) chosen = refineByText(doc, { preset: opts.preset, detected: false }, true);
  else if (opts.presetId) {
    const p = getPreset(opts.presetId);
    if (!p) throw new PresetError(`未知的预设“${opts.presetId}”。`);
    chosen = refineByText(doc, { preset: p, detected: false }, true);
  } else chosen = refineByText(doc, detectPreset(doc, { today: opts.today }), false);
  if (opts.materialType && chosen.preset.materialType !== opts.materialType) {
    const other = getPreset(`${chosen.preset.themeId}/${opts.materialType}`);
    if (other) chosen = { preset: other, detected: chosen.detected, basis: { ...chosen.basis, type: "指定" } };
  }
  return chosen;
}

export function checkDocument(doc: DocumentModel, opts: CheckOptions = {}): Report & { analysis: Analysis } {
  const t0 = now();
  const { preset, detected, basis } = opts.chosen ?? choosePreset(doc, opts);
  const analysis = analyze(doc, preset);
  const ctx = { doc, analysis, preset };
  const findings: Finding[] = [];
  for (const rule of opts.rules ?? RULES) {
    try {
      for (const r of rule.check(ctx)) findings.push({ ...r, ruleId: rule.id, severity: r.severity ?? rule.severity });
    } catch (e) {
      findings.push({
        ruleId: rule.id,
        severity: "info",
        message: `检查规则“${rule.id}”运行出错，已跳过：${e instanceof Error ? e.message : String(e)}`,
        paragraph: 0,
        data: { internalError: true },
      });
    }
  }
  const min = SEVERITY_RANK[opts.minSeverity ?? "info"];
  const kept = findings
    .filter((f) => SEVERITY_RANK[f.severity] <= min)
    .sort((a, b) => a.paragraph - b.paragraph || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  let characters = 0;
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; i++) characters += ps[i].text.length;
  const report: Report & { analysis: Analysis } = {
    preset: { id: preset.id, label: preset.label, detected, basis },
    sections: analysis.sections.map((s) => ({ kind: s.kind, title: s.title, start: s.start, end: s.end })),
    findings: kept,
    stats: { paragraphs: doc.paragraphs.length, characters, ms: Math.round((now() - t0) * 10) / 10 },
    analysis,
  };
  if (opts.file !== undefined) report.file = opts.file;
  return report;
}

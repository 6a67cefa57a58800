import type { CliEngine, CliIO } from "../../src/cli/duizhao";
import type { DocumentModel, Finding, Report } from "../../src/core/types";

export interface Captured extends CliIO {
  out: () => string;
  err: () => string;
}

export function captureIO(opts: Partial<CliIO> = {}): Captured {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    ...opts,
    out: () => out,
    err: () => err,
  };
}

/** A tiny stand-in engine: one error per paragraph containing "XX", one warning per "似乎". */
export const fakeEngine: CliEngine = {
  check(doc: DocumentModel, presetId: string | null): Report {
    const findings: Finding[] = [];
    for (const p of doc.paragraphs) {
      if (p.text.includes("XX")) findings.push({ ruleId: "placeholder", severity: "error", message: "未填写的占位内容", paragraph: p.index, quote: p.text.slice(0, 40) });
      if (p.text.includes("似乎")) findings.push({ ruleId: "vague", severity: "warning", message: "表述含糊", paragraph: p.index });
    }
    findings.push({ ruleId: "note", severity: "info", message: "仅供参考", paragraph: 0 });
    return {
      preset: { id: presetId ?? "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", detected: presetId === null },
      sections: [],
      findings,
      stats: { paragraphs: doc.paragraphs.length, characters: doc.paragraphs.reduce((n, p) => n + p.text.length, 0), ms: 0.1 },
    };
  },
  usePresetFiles() {},
  aspectSets: () => [],
  useAspectSet() {},
  presets: () => [
    { id: "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", verified: true },
    { id: "zzsh-2025/dangyuan", label: "2025年度组织生活会 · 党员", verified: false },
  ],
  fromText: (text: string) => ({
    paragraphs: text
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((t, index) => ({ index, text: t, styleName: "", headingLevel: null, listString: "", inTable: false })),
  }),
};

/** Binding of the CLI to the real core engine. */
import { checkDocument } from "../core/checker";
import { allPresets } from "../core/presets";
import { paragraphsFromText } from "../core/text";
import type { CliEngine } from "./duizhao";

export const coreEngine: CliEngine = {
  check(doc, presetId, file) {
    const report = checkDocument(doc, presetId ? { presetId } : {});
    return { ...report, file };
  },
  presets: () => allPresets().map((p) => ({ id: p.id, label: p.label, verified: p.verified })),
  fromText: (text) => ({ paragraphs: paragraphsFromText(text) }),
};

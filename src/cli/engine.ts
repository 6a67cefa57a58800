/** Binding of the CLI to the real core engine. */
import { checkDocument } from "../core/checker";
import { allPresets, parseUserThemes, PresetError, setUserThemes, type ThemeDef } from "../core/presets";
import { paragraphsFromText } from "../core/text";
import type { Report } from "../core/types";
import type { CliEngine } from "./duizhao";

export const coreEngine: CliEngine = {
  check(doc, presetId, file): Report {
    // checkDocument also returns its Analysis; the CLI report is the plain Report shape.
    const { analysis: _analysis, ...report } = checkDocument(doc, presetId ? { presetId, file } : { file });
    return report;
  },
  presets: () => allPresets().map((p) => ({ id: p.id, label: p.label, verified: p.verified })),
  fromText: (text) => ({ paragraphs: paragraphsFromText(text) }),
  usePresetFiles(files) {
    const themes: ThemeDef[] = [];
    for (const f of files) {
      try {
        themes.push(...parseUserThemes(f.json));
      } catch (e) {
        if (e instanceof PresetError) throw new Error(`预设文件 ${f.name} 无效：${e.message}`);
        throw e;
      }
    }
    setUserThemes(themes);
  },
};

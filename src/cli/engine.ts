/** Binding of the CLI to the real core engine. */
import { checkDocument } from "../core/checker";
import { allPresets, parseUserThemes, PresetError, setAspectSetChoice, setUserThemes, type ThemeDef } from "../core/presets";
import { paragraphsFromText } from "../core/text";
import type { Report } from "../core/types";
import type { AspectSetTheme, CliEngine } from "./duizhao";

export const coreEngine: CliEngine = {
  check(doc, presetId, file): Report {
    // checkDocument also returns its Analysis; the CLI report is the plain Report shape.
    const { analysis: _analysis, ...report } = checkDocument(doc, presetId ? { presetId, file } : { file });
    return report;
  },
  presets: () => allPresets().map((p) => ({ id: p.id, label: p.label, verified: p.verified })),
  aspectSets() {
    const byTheme = new Map<string, AspectSetTheme>();
    for (const p of allPresets()) {
      if (p.aspectSets && !byTheme.has(p.themeId)) byTheme.set(p.themeId, { themeId: p.themeId, label: p.label.split(" · ")[0], sets: p.aspectSets });
    }
    return [...byTheme.values()];
  },
  useAspectSet(id) {
    // The same switch as the pane's 查摆方面 (core setAspectSetChoice), for every theme offering `id`.
    for (const t of coreEngine.aspectSets()) if (t.sets.some((s) => s.id === id)) setAspectSetChoice(t.themeId, id);
  },
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

/**
 * 编辑预设: the pure half of the task pane's preset editor. A unit copies a shipped (or imported)
 * theme, edits it as a draft, validates it with exactly the rules and Chinese messages of a preset
 * file import (validateTheme), and exports the JSON that colleagues import and `duizhao
 * --preset-file` reads.
 */
import type { Aspect } from "./types";
import { validateTheme, type ThemeDef } from "./presetValidate";
import { getThemeDef } from "./presets";

/** A copy of a theme to edit: new id and label, the chosen aspect set made the theme's own list. */
export function copyThemeForEditing(themeId: string, taken: Iterable<string> = []): ThemeDef | undefined {
  const t = getThemeDef(themeId);
  if (!t) return undefined;
  const draft = JSON.parse(JSON.stringify(t)) as ThemeDef;
  const used = new Set(taken);
  let id = `${t.id}-bendanwei`;
  for (let n = 2; used.has(id); n++) id = `${t.id}-bendanwei-${n}`;
  draft.id = id;
  draft.label = `${t.label}（本单位）`;
  if (draft.aspectSets) {
    // The editor edits one list of aspects: the one in use now.
    draft.aspectSets = undefined;
    delete draft.aspectSets;
  }
  return draft;
}

/** Validates a draft exactly as an imported preset file is validated; returns the theme or throws PresetError. */
export function validateDraft(draft: ThemeDef): ThemeDef {
  return validateTheme(JSON.parse(JSON.stringify(draft)), "编辑的预设");
}

/** The preset file of a draft (one theme object; "$schema" kept for editors that show hints). */
export function exportTheme(draft: ThemeDef): string {
  const t = validateDraft(draft);
  return JSON.stringify(t, null, 2) + "\n";
}

/** A fresh aspect id not used in the list (a1, a2, …). */
export function newAspectId(aspects: Aspect[]): string {
  const used = new Set(aspects.map((a) => a.id));
  let n = aspects.length + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}

/** Splits a keyword field typed by a user: 、，,；; and spaces separate. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((k) => k.trim())
    .filter(Boolean);
}

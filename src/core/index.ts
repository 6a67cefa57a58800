/** Public API of the core engine (pure TypeScript: no DOM, no Office). */
export * from "./types";
export { analyze } from "./analyze";
export { parseMarker, detectOutline } from "./outline";
export { paragraphsFromText, documentFromText } from "./text";
export { normalizeText, compact, foldWidth, parseChineseNumeral, toChineseNumeral } from "./normalize";
export { classifyHeading, isClosingParagraph } from "./sections";
export { matchAspect } from "./aspects";
export { detectTitle } from "./title";
export {
  listThemes,
  getPreset,
  allPresets,
  detectPreset,
  parsePresetFile,
  parseUserThemes,
  setUserThemes,
  isUserTheme,
  setAspectSetChoice,
  aspectSetChoices,
  getThemeDef,
  resolvePreset,
  titleHints,
  PresetError,
  GENERIC_THEME_ID,
  type ThemeInfo,
  type ThemeDef,
} from "./presets";
export { buildSkeleton, type SkeletonOptions } from "./skeleton";
export { nextTopLevelNumber, sectionInsertion, aspectInsertion, topLevelNumbered, type Insertion } from "./insertion";
export { checkDocument, type CheckOptions } from "./checker";
export {
  SEVERITY_RANK,
  SEVERITY_ORDER,
  SEVERITY_LABEL,
  atLeast,
  countFindings,
  shortQuote,
  paragraphLabel,
  type SeverityCounts,
} from "./findings";
export { RULES } from "./rules";
export { hasCheckableText, NO_CHECKABLE_TEXT } from "./checkable";
export { decodeText, encodingLabel, TextDecodeError, type DecodedText, type TextEncodingName } from "./encoding";
export { copyThemeForEditing, validateDraft, exportTheme, newAspectId, splitKeywords } from "./presetEdit";

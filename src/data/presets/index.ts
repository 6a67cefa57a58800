/**
 * The shipped theme presets, one JSON file per theme (validated by src/core/presets.ts at load time
 * and by test/core/presets.test.ts against src/data/preset.schema.json). Add a theme: drop its JSON
 * file here and add one import line below.
 */
import dlsh2021 from "./dlsh-2021.json";
import dlsh2022 from "./dlsh-2022.json";
import dlsh2023 from "./dlsh-2023.json";
import dlsh2024 from "./dlsh-2024.json";
import dlsh2025 from "./dlsh-2025.json";
import dlsh2026 from "./dlsh-2026.json";
import zzsh2022 from "./zzsh-2022.json";
import zzsh2023 from "./zzsh-2023.json";
import zzsh2024 from "./zzsh-2024.json";
import zzsh2025 from "./zzsh-2025.json";
import zzsh2026 from "./zzsh-2026.json";
import zjgxxjy2026 from "./zjgxxjy-2026.json";
import tongyong from "./tongyong.json";

export const SHIPPED_THEME_FILES: Record<string, unknown> = {
  "dlsh-2021.json": dlsh2021,
  "dlsh-2022.json": dlsh2022,
  "dlsh-2023.json": dlsh2023,
  "dlsh-2024.json": dlsh2024,
  "dlsh-2025.json": dlsh2025,
  "dlsh-2026.json": dlsh2026,
  "zzsh-2022.json": zzsh2022,
  "zzsh-2023.json": zzsh2023,
  "zzsh-2024.json": zzsh2024,
  "zzsh-2025.json": zzsh2025,
  "zzsh-2026.json": zzsh2026,
  "zjgxxjy-2026.json": zjgxxjy2026,
  "tongyong.json": tongyong,
};

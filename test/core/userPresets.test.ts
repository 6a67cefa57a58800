import { allPresets, detectPreset, getPreset, isUserTheme, parseUserThemes, PresetError, setUserThemes } from "../../src/core";
import { SHIPPED_THEME_FILES } from "../../src/data/presets";
import { doc } from "./helpers";

afterEach(() => setUserThemes([]));

function shippedTheme(id: string): Record<string, unknown> {
  const file = Object.values(SHIPPED_THEME_FILES).find((j) => (j as { id: string }).id === id);
  return JSON.parse(JSON.stringify(file));
}

describe("a user's own preset file", () => {
  it("adds a theme: it is listed, found by id and used by detection's id lookup", () => {
    const mine = { ...shippedTheme("dlsh-2025"), id: "qinghe-2025", label: "青禾县2025年度民主生活会（县委组织部下发）" };
    setUserThemes(parseUserThemes(mine));
    expect(getPreset("qinghe-2025/banzi")?.label).toBe("青禾县2025年度民主生活会（县委组织部下发） · 班子");
    expect(allPresets().some((p) => p.id === "qinghe-2025/geren")).toBe(true);
    expect(isUserTheme("qinghe-2025")).toBe(true);
    expect(isUserTheme("dlsh-2025")).toBe(false);
  });

  it("overrides a shipped theme with the same id, including in detection", () => {
    const corrected = { ...shippedTheme("dlsh-2025"), verified: true, note: "已按本年度通知核对" };
    (corrected as unknown as { aspectGroup: string }).aspectGroup = "五个带头（本单位版）";
    setUserThemes(parseUserThemes(corrected));
    expect(getPreset("dlsh-2025/banzi")?.aspectGroup).toBe("五个带头（本单位版）");
    const { preset, detected } = detectPreset(doc("青禾县示范局领导班子2025年度民主生活会对照检查材料", "正文。"));
    expect(detected).toBe(true);
    expect(preset.aspectGroup).toBe("五个带头（本单位版）");
    setUserThemes([]);
    expect(getPreset("dlsh-2025/banzi")?.aspectGroup).not.toBe("五个带头（本单位版）");
  });

  it("rejects a malformed file with a Chinese message and leaves the presets as they were", () => {
    const before = allPresets().map((p) => p.id);
    expect(() => parseUserThemes({ id: "x" })).toThrow(PresetError);
    expect(() => parseUserThemes("not a preset")).toThrow(/[\u4e00-\u9fff]/);
    expect(allPresets().map((p) => p.id)).toEqual(before);
  });

  it("calls a wrapper whose themes has the wrong type a wrong type, not an unknown field", () => {
    for (const [value, kind] of [[1, "数字"], ["a", "文字"], [{}, "对象"]] as const) {
      let message = "";
      try {
        parseUserThemes({ themes: value });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain("themes 应为主题列表");
      expect(message).toContain(kind);
      expect(message).not.toContain("未知字段");
    }
    // A theme object that also has a stray "themes" key still names that key as unknown.
    const theme = shippedTheme(allPresets()[0].id.split("/")[0]);
    expect(() => parseUserThemes({ ...theme, themes: 1 })).toThrow(/themes 是未知字段/);
  });
});

/** Phrase library types (常用语). Pure data: no DOM, no Office. */

/** Top-level categories of the shipped library; path[0] of every shipped phrase is one of these. */
export const PHRASE_SECTIONS = [
  "导语",
  "会前准备",
  "上年度整改落实",
  "存在的问题",
  "典型案例剖析",
  "原因分析",
  "整改措施",
  "结束语",
] as const;

/** 班子 = written as 我们 / 班子; 个人 = written as 我; 通用 = fits both. */
export const PHRASE_VOICES = ["班子", "个人", "通用"] as const;
export type PhraseVoice = (typeof PHRASE_VOICES)[number];

/** A phrase as stored in src/data/phrases/*.json. */
export interface Phrase {
  /** `[a-z0-9-]+`, unique across the library (user phrases start with "u-"). */
  id: string;
  /** Category path, e.g. ["存在的问题", "理论学习"]. User phrases: ["我的常用语", <own category>]. */
  path: string[];
  /** Plain text; frames carry slots such as 【时间】【事例】【数据】. */
  text: string;
  tags: string[];
  voice: PhraseVoice;
  /** Set on phrases the user wrote or imported (absent for shipped ones). */
  user?: boolean;
}

/** Path[0] of all user phrases. */
export const USER_ROOT = "我的常用语";

/** Limits shared by validation, import and the edit dialog. */
export const LIMITS = {
  /** Shipped phrases. */
  libraryTextMin: 8,
  libraryTextMax: 200,
  /** User / imported phrases. */
  userTextMax: 500,
  categoryMax: 30,
  tagMax: 20,
  tagsMax: 20,
  importBytesMax: 2 * 1024 * 1024,
  importCountMax: 10000,
} as const;

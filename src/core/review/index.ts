/** The 审核台's batch review: summaries, similarity, 年年提, stock phrases and exports. Pure. */
export * from "./batch";
export * from "./similarity";
export * from "./stock";
export * from "./export";
export { normalizeForMatch, K as NGRAM_LENGTH, W as WINNOW_WINDOW } from "./fingerprint";

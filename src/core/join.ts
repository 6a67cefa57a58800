/**
 * Joining paragraphs that a PDF copy split mid-sentence (the join-paragraphs fix): one definition of
 * the joined text for the core (tests, re-check) and every host.
 */

/**
 * The text appended to the first paragraph when `texts` (the run's paragraphs, in order) are joined:
 * each following text without its leading whitespace, a space only between two Latin letters or
 * digits ("Office" + "365"), nothing between Chinese characters.
 */
export function joinAppendix(texts: readonly string[]): string {
  let out = "";
  let prev = texts[0] ?? "";
  for (let k = 1; k < texts.length; k++) {
    const t = texts[k].replace(/^[\s\u3000\u00a0]+/, "");
    out += (/[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(t) ? " " : "") + t;
    prev = t;
  }
  return out;
}

/** The joined paragraph's text. */
export function joinedText(texts: readonly string[]): string {
  return (texts[0] ?? "") + joinAppendix(texts);
}

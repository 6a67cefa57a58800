/**
 * Text from outside (file names, document text quoted in findings) must not drive the terminal:
 * an ESC sequence in a file name could recolour, retitle or clear the screen. Every C0/C1 control
 * character, DEL and the bidirectional overrides are shown as visible escapes instead (so an ESC
 * sequence prints as the harmless text `\x1b[2J`).
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

/** `s` with control characters replaced by visible escapes (\x1b, \n, \u202e…). */
export function sanitizeForTerminal(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const c = ch.charCodeAt(0);
    return c <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
  });
}

const JSON_UNSAFE = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify leaves DEL, the C1 controls and bidi overrides raw; escape them as \uXXXX too.
 * The result is the same JSON value, only safe to print.
 */
export function safeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`);
}

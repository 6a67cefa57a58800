/**
 * Learning that the document changed (issue 9 item 11), the same way on every host: a host event
 * hints that something may have changed (Word: the selection moved — typing moves it; WPS: the same
 * event, or a timer), and a cheap signature of the body read after a quiet moment decides whether
 * it did. The baseline is the signature of the check's own read (ReadResult.signature) where the
 * host gives one, else read when watching starts. Pure TS: no DOM, no Office, no WPS.
 */

/**
 * Signature of a body given as its paragraphs' texts: paragraph count, total length and a 32-bit
 * FNV-1a hash, raw (an added empty paragraph or a changed space changes it).
 */
export function textsSignature(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  let length = 0;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2029;
    h = Math.imul(h, 0x01000193);
    length += t.length;
  }
  return `${texts.length}:${length}:${(h >>> 0).toString(16)}`;
}

/**
 * A body signature in parts (issue 14): Word's pages of paragraphs, WPS's slices of the text. A
 * comparison reads the body part by part and stops at the first part that differs, so an edit near
 * the top of a long document costs one page, not the whole body. `unit` is the part size (paragraphs
 * per page, characters per slice), so that a later comparison cuts the body the same way.
 */
export interface PartedSignature {
  unit: number;
  parts: string[];
}

/** "<unit>|<part>;<part>;…" (parts hold no "|" or ";": textsSignature and textSignature give digits, hex and ":"). */
export function formatParted(sig: PartedSignature): string {
  return `${sig.unit}|${sig.parts.join(";")}`;
}

/** The parts of a formatParted signature; null for anything else. */
export function parseParted(sig: string | undefined | null): PartedSignature | null {
  const m = /^(\d+)\|(.*)$/s.exec(sig ?? "");
  if (!m) return null;
  const unit = Number(m[1]);
  if (!(unit > 0)) return null;
  return { unit, parts: m[2] === "" ? [] : m[2].split(";") };
}

/** Signature of one piece of text: length and the raw 32-bit FNV-1a hash (a changed space changes it). */
export function textSignature(text: string, from = 0, to = text.length): string {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${to - from}:${(h >>> 0).toString(16)}`;
}

/**
 * Hints that arrive while no watch listens are lost: during a long read (Word pauses between pages,
 * WPS between slices) the user may keep editing, and the watch only starts once the read is done.
 * A HintLog counts every hint; a read takes mark() when it starts and note()s its signature with
 * that mark; a watch started with that signature asks hintedSince() and, if a hint came after the
 * read started, compares at once instead of waiting for the next hint.
 */
export class HintLog {
  private count = 0;
  private last: { signature: string; mark: number } | null = null;
  hint(): void {
    this.count++;
  }
  mark(): number {
    return this.count;
  }
  note(signature: string, mark: number): void {
    this.last = { signature, mark };
  }
  hintedSince(signature: string | undefined): boolean {
    return signature !== undefined && this.last !== null && this.last.signature === signature && this.count > this.last.mark;
  }
}

export interface ChangeWatchSource {
  /** Subscribes to the host's hint; returns the unsubscribe function. */
  listen(poke: () => void): () => void;
  /** A fingerprint of the whole body, the baseline when the caller gives none. */
  signature(): Promise<string>;
  /**
   * Whether the body differs from `baseline` (a signature()): where given, used instead of
   * comparing a fresh signature(), so that a host can stop reading at the first difference.
   */
  changed?(baseline: string): Promise<boolean>;
  /** Quiet time after the last hint before the signature is read (one read per burst of typing). */
  debounceMs?: number;
}

/**
 * Calls `onChange` once, the first time the body's signature differs from `baseline` (the
 * signature of the read the caller's results came from; absent: read now, one round trip); then
 * stops. The returned function stops watching earlier. A failed read is ignored (the next hint
 * tries again). `compareNow`: compare once right away, without waiting for a hint.
 */
export function watchForChange(source: ChangeWatchSource, onChange: () => void, baseline?: string, opts: { compareNow?: boolean } = {}): () => void {
  const debounce = source.debounceMs ?? 400;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reading = false;
  let again = false;
  const base0 = baseline !== undefined ? Promise.resolve<string | null>(baseline) : source.signature().catch(() => null);

  const compare = async () => {
    if (stopped) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      const base = await base0;
      const differs = base === null ? false : source.changed ? await source.changed(base) : (await source.signature()) !== base;
      if (!stopped && differs) {
        stop();
        onChange();
        return;
      }
    } catch {
      // Unreadable just now (the host is busy): the next hint tries again.
    } finally {
      reading = false;
    }
    if (again && !stopped) {
      again = false;
      void compare();
    }
  };

  const unlisten = source.listen(() => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void compare();
    }, debounce);
  });

  // A hint came before listening (HintLog.hintedSince): compare once now.
  if (opts.compareNow) void compare();

  function stop() {
    if (stopped) return;
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    try {
      unlisten();
    } catch {
      // The host may already be gone.
    }
  }
  return stop;
}

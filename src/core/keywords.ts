/**
 * KeywordIndex: find which of many keywords occur in a short text in one pass.
 * Keywords are indexed by their first character; scanning a text looks up each character and checks
 * the few keywords starting with it, so the cost is about the text length, not the keyword count.
 * Each distinct keyword is reported at most once per scan (overlapping keywords are all found:
 * “存在的问题” reports both 存在的问题 and 问题).
 */
export interface KeywordEntry<T> {
  word: string;
  tag: T;
  weight: number;
}

interface Indexed<T> extends KeywordEntry<T> {
  id: number;
}

export class KeywordIndex<T> {
  private readonly byFirst = new Map<string, Indexed<T>[]>();
  private readonly stamp: Uint32Array;
  private generation = 0;

  constructor(entries: KeywordEntry<T>[]) {
    let id = 0;
    for (const e of entries) {
      if (!e.word) continue;
      const list = this.byFirst.get(e.word[0]);
      const ie = { ...e, id: id++ };
      if (list) list.push(ie);
      else this.byFirst.set(e.word[0], [ie]);
    }
    this.stamp = new Uint32Array(id);
  }

  /** Calls `hit` once for each distinct keyword occurring in `text`. */
  scan(text: string, hit: (tag: T, weight: number, word: string) => void): void {
    const g = ++this.generation;
    if (g === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    for (let i = 0; i < text.length; i++) {
      const list = this.byFirst.get(text[i]);
      if (!list) continue;
      for (const e of list) {
        if (this.stamp[e.id] !== gen && text.startsWith(e.word, i)) {
          this.stamp[e.id] = gen;
          hit(e.tag, e.weight, e.word);
        }
      }
    }
  }
}

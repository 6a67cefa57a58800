/**
 * The proxy base of the simulated Word host: SimClientObject (load / queued writes / null
 * objects), SimCollection, SimClientResult and the queued action type. Semantics: see ./api.ts.
 */
import { SimOfficeError, propertyNotLoaded, valueNotLoaded } from "./errors";
import type { SimRequestContext } from "./context";

export type Feature = [set: string, version: string];

export interface Op {
  kind: "read" | "write" | "ui";
  location: string;
  feature?: Feature;
  run: () => void;
  /**
   * The same action in slices, with a pause for the browser between them (a long collection load):
   * used by sync(), which awaits it; `run` stays for actions made while a sync is processed.
   */
  runSliced?: () => Promise<void>;
}

/**
 * A collection load of more than LOAD_SLICED items is assembled LOAD_SLICE items at a time, with a
 * pause (a macrotask) between slices.
 */
export const LOAD_SLICED = 5000;
export const LOAD_SLICE = 2000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Thrown inside an action that targets a null object: the action is skipped. */
export class NullTarget {}

export interface ScalarDef {
  read: (self: never) => unknown;
  write?: (self: never, v: unknown) => void;
  feature?: Feature;
}

type LoadPaths = string[][];

interface ParsedLoad {
  paths: LoadPaths;
  top?: number;
  skip?: number;
}

const invalidLoadArg = (name: string) => new SimOfficeError("InvalidArgument", undefined, name);

/** "items/text" and "items.text" name an item property of a collection (Office.js strips the prefix). */
function stripItems(name: string): string {
  const lower = name.toLowerCase();
  if (lower === "items" || lower === "items/") return "";
  return lower.startsWith("items/") || lower.startsWith("items.") ? name.slice(6) : name;
}

function splitNames(v: unknown, argName: string): string[] {
  if (typeof v === "string") return v.split(",");
  if (Array.isArray(v)) return v.flatMap((s) => String(s).split(","));
  throw invalidLoadArg(argName);
}

/** The `{ $top, $skip, text: true, font: { name: true } }` form (Office.js "strict" load option). */
function parseStrict(o: Record<string, unknown>, prefix: string, argName: string, out: ParsedLoad & { names: string[] }): void {
  for (const [key, value] of Object.entries(o)) {
    const arg = `${argName}.${key}`;
    if (key === "$top" || key === "$skip") {
      if (typeof value !== "number" || prefix) throw invalidLoadArg(arg);
      if (key === "$top") out.top = value;
      else out.skip = value;
    } else if (key === "$all") {
      if (typeof value !== "boolean") throw invalidLoadArg(arg);
      // $all: every scalar of the object at this path (an empty path below the prefix).
      if (value) out.names.push(prefix ? prefix : "*");
    } else if (typeof value === "boolean") {
      if (value) out.names.push(prefix ? `${prefix}/${key}` : key);
    } else if (value && typeof value === "object") {
      parseStrict(value as Record<string, unknown>, prefix ? `${prefix}/${key}` : key, arg, out);
    } else throw invalidLoadArg(arg);
  }
}

/**
 * load()'s argument as Office.js reads it (ClientRequestContext._parseQueryOption): a string
 * ("text,style"), a string[] (paths, "items/" optional on collections), a LoadOption
 * `{ select, expand, top, skip }` (top/skip only mean something on collections), or the strict form
 * `{ $top, $skip, $all, text: true, listItemOrNullObject: { listString: true } }`. A malformed
 * argument throws InvalidArgument at once, as Office.js does.
 */
export function parseLoad(spec: unknown): ParsedLoad {
  const out: ParsedLoad & { names: string[] } = { paths: [], names: [] };
  if (spec == null) {
    // everything
  } else if (typeof spec === "string" || Array.isArray(spec)) out.names = splitNames(spec, "option");
  else if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    const isLoadOption =
      typeof o.select === "string" ||
      Array.isArray(o.select) ||
      typeof o.expand === "string" ||
      Array.isArray(o.expand) ||
      typeof o.top === "number" ||
      typeof o.skip === "number" ||
      Object.keys(o).length === 0;
    if (isLoadOption) {
      if (o.select != null) out.names.push(...splitNames(o.select, "option.select"));
      // An expanded navigation property comes with all its scalars.
      if (o.expand != null) out.names.push(...splitNames(o.expand, "option.expand"));
      if (o.top != null && typeof o.top !== "number") throw invalidLoadArg("option.top");
      if (o.skip != null && typeof o.skip !== "number") throw invalidLoadArg("option.skip");
      out.top = o.top as number | undefined;
      out.skip = o.skip as number | undefined;
    } else parseStrict(o, "", "option", out);
  } else throw invalidLoadArg("option");
  for (const v of [out.top, out.skip]) {
    if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw invalidLoadArg("option");
  }
  // "*" ($all) = every scalar of the object the path ends at, like a load without names.
  const paths = out.names
    .map((n) => stripItems(n.trim()))
    .filter((n) => n !== "")
    .map((n) => n.split("/").map((s) => s.trim()));
  return { paths, top: out.top, skip: out.skip };
}

/** Set while a navigation property creates its proxy (see the SimClientObject constructor). */
let creatingNavigation = false;

export abstract class SimClientObject<T> {
  _values: Record<string, unknown> = {};
  _target: T | null | undefined = undefined;
  _nullKnown = false;
  private _navCache = new Map<string, unknown>();

  constructor(
    readonly context: SimRequestContext,
    protected readonly _resolver: () => T | null,
    protected readonly _nullable: boolean,
    protected readonly _typeName: string,
  ) {
    if (_nullable && !creatingNavigation) {
      // An *OrNullObject returned by a METHOD (getFirstOrNullObject, getItemOrNullObject…) is
      // instantiated at the next sync even without a load, so `isNullObject` is available
      // afterwards. A navigation PROPERTY (listItemOrNullObject, parentTableOrNullObject…) only
      // creates a path: its isNullObject is known once it was loaded or used by an action.
      context._enqueue({ kind: "read", location: `${_typeName}.isNullObject`, run: () => void this._t() });
    }
  }

  abstract _scalars(): Record<string, ScalarDef>;
  /** Navigation properties that load paths may traverse. */
  _navs(): string[] {
    return [];
  }

  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded("isNullObject");
    return this._target === null;
  }

  /** Resolves the proxy to its document object (once); ItemNotFound for a missing non-null object. */
  _t(): T | null {
    if (this._target === undefined) {
      const t = this._resolver();
      if (t === null && !this._nullable) throw new SimOfficeError("ItemNotFound", undefined, this._typeName);
      this._target = t;
      this._nullKnown = true;
    }
    return this._target;
  }

  /** The target of an action; a null object makes the action a no-op. */
  _tt(): T {
    const t = this._t();
    if (t === null) throw new NullTarget();
    return t;
  }

  _nav<P>(name: string, make: () => P): P {
    let p = this._navCache.get(name) as P | undefined;
    if (!p) {
      creatingNavigation = true;
      try {
        p = make();
      } finally {
        creatingNavigation = false;
      }
      this._navCache.set(name, p);
    }
    return p;
  }

  _get(name: string): unknown {
    if (!(name in this._values)) {
      if (this._nullKnown && this._target === null) return undefined;
      throw propertyNotLoaded(name);
    }
    return this._values[name];
  }

  _set(name: string, value: unknown): void {
    const def = this._scalars()[name];
    if (!def?.write) throw new TypeError(`Cannot set property ${name} of ${this._typeName}: it is read-only`);
    this._values[name] = value;
    this.context._enqueue({
      kind: "write",
      location: `${this._typeName}.${name}`,
      feature: def.feature,
      run: () => (def.write as (s: unknown, v: unknown) => void)(this, value),
    });
  }

  _write(location: string, run: () => void, feature?: Feature): void {
    this.context._enqueue({ kind: "write", location: `${this._typeName}.${location}`, run, feature });
  }

  _ui(location: string, run: () => void, feature?: Feature): void {
    this.context._enqueue({ kind: "ui", location: `${this._typeName}.${location}`, run, feature });
  }

  load(spec?: unknown): this {
    const parsed = parseLoad(spec);
    this.context._enqueue({ kind: "read", location: `${this._typeName}.load`, run: () => this._applyLoad(parsed.paths) });
    return this;
  }

  _applyLoad(paths: LoadPaths): void {
    const t = this._t();
    if (t === null) return;
    const scalars = this._scalars();
    const list = paths.length ? paths : Object.keys(scalars).map((k) => [k]);
    const navs = this._navs();
    for (const [head, ...rest] of list) {
      if (head === "isNullObject") continue;
      if (head === "*") {
        this._applyLoad([]);
        continue;
      }
      const def = scalars[head];
      if (def) {
        if (rest.length) throw new SimOfficeError("InvalidArgument", undefined, `${this._typeName}.load(${head})`);
        if (def.feature && !this.context._doc.isSetSupported(def.feature[0], def.feature[1])) {
          throw new SimOfficeError("ApiNotFound", undefined, `${this._typeName}.${head}`);
        }
        this._values[head] = (def.read as (s: unknown) => unknown)(this);
        continue;
      }
      if (navs.includes(head)) {
        const child = (this as unknown as Record<string, SimClientObject<unknown>>)[head];
        child._applyLoad(rest.length ? [rest] : []);
        continue;
      }
      throw new SimOfficeError("InvalidArgument", `Unknown property '${head}' of ${this._typeName}.`, `${this._typeName}.load`);
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._values };
  }
}

export function defineScalars(cls: { prototype: object }, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimClientObject<unknown>) {
        return this._get(name);
      },
      set(this: SimClientObject<unknown>, v: unknown) {
        this._set(name, v);
      },
    });
  }
}

export class SimClientResult<T> {
  _value: T | undefined;
  _set = false;
  get value(): T {
    if (!this._set) throw valueNotLoaded();
    return this._value as T;
  }
  _resolve(v: T): void {
    this._value = v;
    this._set = true;
  }
}

export abstract class SimCollection<T, P extends SimClientObject<T>> extends SimClientObject<T[]> {
  _items: P[] | undefined;
  _itemCache = new Map<T, P>();

  abstract _makeItem(target: T): P;

  _item(target: T): P {
    let p = this._itemCache.get(target);
    if (!p) {
      p = this._makeItem(target);
      p._target = target;
      p._nullKnown = true;
      this._itemCache.set(target, p);
    }
    return p;
  }

  _scalars(): Record<string, ScalarDef> {
    return {};
  }

  get items(): P[] {
    if (!this._items) throw propertyNotLoaded("items");
    return this._items;
  }

  override load(spec?: unknown): this {
    const parsed = parseLoad(spec);
    const itemPaths = parsed.paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    const page = () => {
      const all = this._tt();
      const skip = parsed.skip ?? 0;
      return all.slice(skip, parsed.top === undefined ? undefined : skip + parsed.top);
    };
    this.context._enqueue({
      kind: "read",
      location: `${this._typeName}.load`,
      run: () => {
        this._items = page().map((t) => this._item(t));
        for (const item of this._items) item._applyLoad(itemPaths);
      },
      // In the playground the "host" shares the page's thread: a page of 10,000 paragraphs loaded
      // at once is a long task there (real Word does this work in its own process). The answer is
      // the same; it is only assembled in slices.
      runSliced: async () => {
        const items = page().map((t) => this._item(t));
        if (items.length <= LOAD_SLICED) {
          for (const item of items) item._applyLoad(itemPaths);
          this._items = items;
          return;
        }
        for (let i = 0; i < items.length; i += LOAD_SLICE) {
          if (i > 0) await pause();
          for (const item of items.slice(i, i + LOAD_SLICE)) item._applyLoad(itemPaths);
        }
        this._items = items;
      },
    });
    return this;
  }

  override _applyLoad(paths: LoadPaths): void {
    const all = this._tt();
    this._items = all.map((t) => this._item(t));
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of this._items) item._applyLoad(itemPaths);
  }

  /** A collection re-enumerates the document every time it is loaded. */
  override _t(): T[] | null {
    const t = this._resolver();
    this._target = t;
    this._nullKnown = true;
    return t;
  }
}

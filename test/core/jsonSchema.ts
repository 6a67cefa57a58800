/**
 * A minimal JSON Schema (draft-07 subset) checker for tests: $ref to #/definitions, oneOf, type,
 * enum, required, properties, additionalProperties:false, minProperties, items, minItems,
 * minLength, maxLength, pattern, minimum, maximum. Returns the list of errors (empty = valid).
 */
type Schema = Record<string, unknown>;

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

export function validateSchema(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const walk = (s: Schema, v: unknown, path: string): void => {
    if (typeof s.$ref === "string") {
      const name = s.$ref.replace("#/definitions/", "");
      walk((root.definitions as Record<string, Schema>)[name], v, path);
      return;
    }
    if (Array.isArray(s.oneOf)) {
      const ok = (s.oneOf as Schema[]).filter((sub) => validateAt(sub, v).length === 0).length;
      if (ok !== 1) errors.push(`${path}: matches ${ok} of oneOf`);
      return;
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      const t = typeOf(v);
      if (!types.includes(t) && !(t === "integer" && types.includes("number"))) {
        errors.push(`${path}: type ${t}, expected ${types.join("|")}`);
        return;
      }
    }
    if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${path}: not in enum`);
    if (typeof v === "string") {
      if (typeof s.minLength === "number" && v.length < s.minLength) errors.push(`${path}: too short`);
      if (typeof s.maxLength === "number" && v.length > s.maxLength) errors.push(`${path}: too long`);
      if (typeof s.pattern === "string" && !new RegExp(s.pattern).test(v)) errors.push(`${path}: pattern`);
    }
    if (typeof v === "number") {
      if (typeof s.minimum === "number" && v < s.minimum) errors.push(`${path}: < minimum`);
      if (typeof s.maximum === "number" && v > s.maximum) errors.push(`${path}: > maximum`);
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === "number" && v.length < s.minItems) errors.push(`${path}: too few items`);
      if (s.items) v.forEach((x, i) => walk(s.items as Schema, x, `${path}[${i}]`));
    }
    if (typeOf(v) === "object") {
      const o = v as Record<string, unknown>;
      for (const r of (s.required as string[]) ?? []) if (!(r in o)) errors.push(`${path}: missing ${r}`);
      if (typeof s.minProperties === "number" && Object.keys(o).length < s.minProperties) errors.push(`${path}: too few properties`);
      const props = (s.properties as Record<string, Schema>) ?? {};
      for (const [k, x] of Object.entries(o)) {
        if (props[k]) walk(props[k], x, `${path}.${k}`);
        else if (s.additionalProperties === false) errors.push(`${path}: unknown property ${k}`);
      }
    }
  };
  const validateAt = (s: Schema, v: unknown): string[] => {
    const saved = errors.length;
    walk(s, v, "$");
    return errors.splice(saved);
  };
  walk(root, value, "$");
  return errors;
}

import fc from "fast-check";
import type { z } from "zod";

// Inputs for a zod schema, mostly of the schema's own shape (so they reach the code behind validation), with hostile
// strings in string places, now and then a very long list in a list's place, and a value of the wrong type altogether.

/** A holiday list of about 5,500 characters: each line a valid day. */
export const LONG_DATE_LIST = Array.from({ length: 500 }, () => "2027-10-01").join("\n");

export const hostileString = fc.constantFrom(
  "\u0000",
  "张\u0000三",
  "a\u0007b\u001b[31m",
  "\r\n\t",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "'; DROP TABLE \"User\"; --",
  "../../../etc/passwd",
  "C:\\Windows\\win.ini",
  "%00%0d%0a",
  "\u202egnp.exe",
  "\ud800",
  "\udfff",
  "意见\ud800末尾",
  "0000-01-01",
  "0001-01-01",
  "0000-01",
  "0000-01-01T00:00",
  LONG_DATE_LIST,
  "𠀀𪚥".repeat(40),
  "x".repeat(5000),
  "__proto__",
  "null",
  " ",
  "",
);

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp } } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const chinese = fc.constantFrom(..."张王李赵刘陈贵州黔匠智造科技有限公司工程师申报·ABC123 -");

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const pattern = checks.find((c) => c.check === "string_format" && c.pattern)?.pattern;
  if (pattern) return fc.stringMatching(pattern);
  const max = Math.min(checks.find((c) => c.check === "max_length")?.maximum ?? 60, 200);
  const min = Math.min(checks.find((c) => c.check === "min_length")?.minimum ?? 0, max);
  return fc.string({ unit: chinese, minLength: min, maxLength: max });
}

function shaped(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return stringArbitrary(def);
    case "number":
      return fc.oneof(fc.integer({ min: -10, max: 3000 }), fc.double());
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries!));
    case "literal":
      return fc.constantFrom(...def.values!);
    case "object":
      return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([key, s]) => [key, arbitraryOf(s)])));
    case "array": {
      const element = arbitraryOf(def.element!);
      return fc.oneof({ weight: 5, arbitrary: fc.array(element, { maxLength: 3 }) }, { weight: 1, arbitrary: element.map((e) => Array<unknown>(1000).fill(e)) });
    }
    case "record":
      return fc.dictionary(arbitraryOf(def.keyType!) as fc.Arbitrary<string>, arbitraryOf(def.valueType!), { maxKeys: 3 });
    case "union":
      return fc.oneof(...def.options!.map(arbitraryOf));
    case "optional":
      return fc.option(arbitraryOf(def.innerType!), { nil: undefined });
    case "nullable":
      return fc.option(arbitraryOf(def.innerType!), { nil: null });
    case "default":
    case "catch":
    case "readonly":
      return arbitraryOf(def.innerType!);
    case "pipe":
      return arbitraryOf(def.in!);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const own = shaped(schema);
  const type = defOf(schema).type;
  const hostile = type === "string" ? hostileString : fc.anything({ maxDepth: 2 });
  return fc.oneof({ weight: 6, arbitrary: own }, { weight: type === "string" ? 4 : 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.constant(undefined) });
}

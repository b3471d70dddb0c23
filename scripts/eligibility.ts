import { checkEligibility, UnknownTarget } from "../lib/eligibility/check-eligibility";
import { eligibilityInputSchema } from "../lib/eligibility/input-schema";
import { ENGINEERING_RULES, type SeriesRules } from "../lib/eligibility/rules";

// `npm run --silent eligibility -- check '<json>'` → {"eligible":false,"reasons":["YEARS"]}; without the JSON argument
// it reads a JSON array from standard input and answers one line per element, in order. No database: the rules are
// the national defaults (the bureau's edited rules apply inside the app).

const USAGE = `用法:
  npm run --silent eligibility -- check '<JSON 对象>'     一个申报人的资格预检
  npm run --silent eligibility -- check < 数组.json       每个元素一行结果`;

const SERIES: Record<string, SeriesRules> = { 工程: ENGINEERING_RULES, 工程系列: ENGINEERING_RULES };

function answer(value: unknown): { line: string; ok: boolean } {
  const parsed = eligibilityInputSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { line: JSON.stringify({ error: `${issue.path.join(".") || "输入"}: ${issue.message}` }), ok: false };
  }
  const rules = SERIES[parsed.data.series];
  try {
    if (!rules) throw new UnknownTarget(parsed.data.series, parsed.data.target);
    const { eligible, reasons } = checkEligibility(parsed.data, rules);
    return { line: JSON.stringify({ eligible, reasons }), ok: true };
  } catch (error) {
    if (!(error instanceof UnknownTarget)) throw error;
    return { line: JSON.stringify({ error: error.message }), ok: false };
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const [command, arg, ...rest] = process.argv.slice(2);
if (command !== "check" || rest.length > 0) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const input = parseJson(arg ?? (await readStdin()));
  const items = arg === undefined ? input : [input];
  if (!Array.isArray(items) || (arg !== undefined && input === undefined)) {
    console.error(arg === undefined ? "标准输入应为 JSON 数组" : "参数应为 JSON 对象");
    process.exitCode = 2;
  } else {
    for (const item of items) {
      const { line, ok } = answer(item);
      console.log(line);
      if (!ok) process.exitCode = 1;
    }
  }
}

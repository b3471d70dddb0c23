import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/db/generated/enums";

// The pipelines' states are named in their rules modules only; everything else derives its lists, comparisons and
// labels from there, so that adding or renaming a state cannot miss a file. This test reads the sources and names
// each place that writes a state by hand.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "components", "lib", "prisma/seed"];
const RULES_MODULES = ["lib/declarations/state-machine.ts", "lib/certificates/rules.ts", "lib/evaluation/rules.ts"];
const GENERATED = "lib/db/generated/";

/** The enums whose values are states of a pipeline with a rules module. */
const GOVERNED = ["DeclarationStatus", "CertificateStatus", "CertificateBatchStatus", "CertificatePhotoStatus", "MeetingStatus", "FilingStatus", "TallyOutcome"] as const;
const STATES = new Set(GOVERNED.flatMap((name) => Object.values(enums[name]) as string[]));
const SQL_STATE = new RegExp(`'(${[...STATES].join("|")})'`);

const isState = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && STATES.has(node.text);

const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

function propertyName(node: ts.Node): string | undefined {
  if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && !ts.isComputedPropertyName(node.name)) return node.name.text;
  return undefined;
}

/** Inside a query's `where: { … }` (at any depth of nested objects and conditions). */
function inWhere(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (propertyName(n) === "where") return true;
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isFunctionLike(n)) return false;
  }
  return false;
}

/** Each hand-written state in a source file, as "line: what". */
export function handWrittenStates(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push(`${line}: ${what}: ${node.getText(source).replace(/\s+/g, " ").slice(0, 120)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && EQUALITY.has(node.operatorToken.kind) && (isState(node.left) || isState(node.right))) {
      report(node, "compares a state with a literal");
    } else if (ts.isCaseClause(node) && isState(node.expression)) {
      report(node.expression, "branches on a literal state");
    } else if (ts.isArrayLiteralExpression(node) && node.elements.length > 0 && node.elements.every(isState)) {
      report(node, "lists states");
    } else if (isState(node) && inWhere(node) && !ts.isArrayLiteralExpression(node.parent)) {
      report(node.parent, "a literal state in a query's where");
    } else if (ts.isLiteralTypeNode(node) && isState(node.literal)) {
      report(node, "a literal state as a type");
    } else if (ts.isObjectLiteralExpression(node) && node.properties.length > 1 && node.properties.every((p) => STATES.has(propertyName(p) ?? ""))) {
      report(node, "a table keyed by state");
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && (GOVERNED as readonly string[]).includes(node.expression.text)) {
      report(node, "names a state through its enum");
    } else if ((ts.isTemplateLiteralToken(node) || ts.isNoSubstitutionTemplateLiteral(node)) && SQL_STATE.test(node.text)) {
      report(node, "a literal state in SQL");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return relative.startsWith(GENERATED.slice(0, -1)) ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !RULES_MODULES.includes(relative) ? [relative] : [];
  });
}

describe("states come from the rules modules only", () => {
  it("no source file outside them compares a status with a literal or lists states", () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const offences = files.flatMap((file) => handWrittenStates(file, readFileSync(path.join(ROOT, file), "utf8")).map((f) => `${file}:${f}`));
    expect(offences).toEqual([]);
  });

  it.each([
    ['if (d.status === "SUBMITTED") go();', "compares a state with a literal"],
    ['const open = "NEEDS_SUPPLEMENT" !== row.status;', "compares a state with a literal"],
    ['switch (s) { case "DRAFT": break; }', "branches on a literal state"],
    ['const OPEN = ["RECOMMENDED", "DEPT_APPROVED"];', "lists states"],
    ['db.certificate.findMany({ where: { status: { in: UNSUBMITTED }, photoStatus: { not: "APPROVED" } } });', "a literal state in a query's where"],
    ['db.declaration.findFirst({ where: { id, status: "PASSED" } });', "a literal state in a query's where"],
    ['type SubmitInput = { status: "DRAFT" | "RETURNED" };', "a literal state as a type"],
    ['const LABELS = { PREPARING: "准备中", VOTING: "投票中" };', "a table keyed by state"],
    ["const s = DeclarationStatus.DRAFT;", "names a state through its enum"],
    ["db.$queryRaw`SELECT 1 FROM \"Certificate\" WHERE status = 'CONFIRMED' AND id = ${id}`;", "a literal state in SQL"],
  ])("flags %s", (code, what) => {
    expect(handWrittenStates("sample.tsx", code).join("\n")).toContain(what);
  });

  it.each([
    'if (round.status === "OPEN") go();',
    'db.committee.findFirst({ where: { status: "ACTIVE" } });',
    'const data = { status: "SUBMITTED", count: 1 };',
    'const ROUND_LABELS = { DRAFT: "未发布", OPEN: "开放申报", CLOSED: "已关闭" };',
    'z.enum(["DRAFT", "OPEN", "CLOSED"]);',
    'const label = "已申报"; const tab = { key: "passed", label: "核验通过" };',
    "db.$queryRaw`SELECT 1 FROM \"CommitteeMember\" WHERE role = 'CHAIR'`;",
  ])("leaves alone %s", (code) => {
    expect(handWrittenStates("sample.tsx", code)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { can, mayApply, PERMISSIONS, scopedGrants, type Grant, type PersonActor, type Permission } from "@/lib/auth/permissions";
import { menuFor } from "@/lib/auth/menu";

const grant = (g: Partial<Grant>): Grant => ({ role: "UNIT_HANDLER", unitId: "u-ent", unitKind: "ENTERPRISE", regionCode: "520100", regionLevel: "CITY", selfEvaluating: false, ...g });
const person = (...grants: Grant[]): PersonActor => ({ kind: "person", userId: "p", name: "某人", unitId: grants[0]?.unitId ?? null, grants });

const admin = person(grant({ role: "UNIT_ADMIN" }));
const handler = person(grant({}));
const applicant = person();
const deptHandler = person(grant({ unitId: "u-dept", unitKind: "COMPETENT_DEPT", regionCode: "520000", regionLevel: "PROVINCE" }));
const cityBureau = person(grant({ unitId: "u-gy", unitKind: "HR_BUREAU", regionCode: "520100", regionLevel: "CITY" }));
const provinceStaff = person(grant({ unitId: "u-prov", unitKind: "HR_BUREAU", regionCode: "520000", regionLevel: "PROVINCE" }));
const selfEvalHandler = person(grant({ unitId: "u-self", unitKind: "PUBLIC_INSTITUTION", selfEvaluating: true }));
const expert = person(grant({ role: "EXPERT", unitId: "u-self", unitKind: "PUBLIC_INSTITUTION" }));
const chair = person(grant({ role: "COMMITTEE_CHAIR", unitId: "u-self", unitKind: "PUBLIC_INSTITUTION", selfEvaluating: true }));
const groupLeader = person(grant({ role: "GROUP_LEADER", unitId: "u-self", unitKind: "PUBLIC_INSTITUTION", selfEvaluating: true }));

/** Every permission each role holds somewhere; the whole table is pinned so a change to it is deliberate. */
const HELD: [string, PersonActor, Permission[]][] = [
  ["单位管理员", admin, ["account.accept", "account.exit", "account.roles", "account.names", "unit.info", "unit.rename", "unit.changeAdmin", "unit.superior"]],
  ["单位经办员", handler, ["account.accept", "account.exit", "account.createApplicant", "unit.info", "unit.superior", "declaration.verify", "staff.records", "publicity.manage", "recommendation.submit"]],
  ["申报人", applicant, []],
  ["主管部门经办员", deptHandler, ["account.accept", "account.exit", "account.createApplicant", "unit.info", "unit.superior", "declaration.verify", "staff.records", "publicity.manage", "recommendation.submit", "recommendation.review", "filing.deptReview"]],
  ["市人社局经办员", cityBureau, ["account.accept", "account.exit", "account.createApplicant", "unit.info", "unit.superior", "unit.createSub", "unit.registrationReview", "declaration.verify", "staff.records", "publicity.manage", "recommendation.submit", "qualification.review", "certificate.entry", "filing.submit", "integrity.manage", "evaluation.manage"]],
  ["自主评审单位经办员", selfEvalHandler, ["account.accept", "account.exit", "account.createApplicant", "unit.info", "unit.superior", "unit.createSub", "declaration.verify", "staff.records", "publicity.manage", "recommendation.submit", "certificate.entry", "filing.submit", "integrity.manage", "evaluation.manage"]],
  ["省人社厅专技处", provinceStaff, ["account.accept", "account.exit", "account.createApplicant", "unit.info", "unit.superior", "unit.createSub", "unit.registrationReview", "declaration.verify", "staff.records", "publicity.manage", "recommendation.submit", "qualification.review", "round.manage", "calendar.manage", "eligibility.manage", "certificate.entry", "certificate.confirm", "audit.read", "filing.submit", "filing.approve", "integrity.manage", "evaluation.manage"]],
  ["专家", expert, ["expert.profile", "evaluation.review"]],
  ["评委会主任", chair, ["evaluation.review", "evaluation.distribute", "evaluation.tally"]],
  ["评议组组长", groupLeader, ["evaluation.review", "evaluation.distribute"]],
];

describe("权限表", () => {
  it.each(HELD)("%s holds exactly its permissions", (_, actor, expected) => {
    const held = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(actor, p));
    expect(held.sort()).toEqual([...expected].sort());
  });

  it("a unit login holds no person permission", () => {
    expect((Object.keys(PERMISSIONS) as Permission[]).some((p) => can({ kind: "unit", unitId: "u-ent", name: "单位" }, p))).toBe(false);
  });
});

describe("单位范围", () => {
  const scopes = (actor: PersonActor, permission: Permission) => scopedGrants(actor, permission).map((g) => [g.grant.unitId, g.scope]);
  it("own scope: a handler acts on its own unit only", () => {
    expect(scopes(handler, "declaration.verify")).toEqual([["u-ent", "own"]]);
  });
  it("tree scope: an admin manages roles in its unit and the units below", () => {
    expect(scopes(admin, "account.roles")).toEqual([["u-ent", "tree"]]);
  });
  it("a competent department reviews recommendations of units below it", () => {
    expect(scopes(deptHandler, "recommendation.review")).toEqual([["u-dept", "tree"]]);
  });
  it("region scope: a city bureau reviews its region; a bureau's admin designates admins in its tree and in its region", () => {
    expect(scopes(cityBureau, "qualification.review")).toEqual([["u-gy", "region"]]);
    expect(scopes(person(grant({ role: "UNIT_ADMIN", unitId: "u-gy", unitKind: "HR_BUREAU" })), "unit.changeAdmin")).toEqual([["u-gy", "tree"], ["u-gy", "region"]]);
  });
  it("the province bureau covers the whole province: its region, or everywhere", () => {
    expect(scopes(provinceStaff, "qualification.review")).toEqual([["u-prov", "region"]]);
    expect(scopes(provinceStaff, "audit.read")).toEqual([["u-prov", "all"]]);
  });
  it("no scope without the permission", () => {
    expect(scopes(handler, "account.roles")).toEqual([]);
  });
});

describe("职责分离", () => {
  it("admins and handlers may not apply; applicants and experts may", () => {
    expect(mayApply(admin)).toBe(false);
    expect(mayApply(handler)).toBe(false);
    expect(mayApply(applicant)).toBe(true);
    expect(mayApply(expert)).toBe(true);
  });
});

describe("菜单", () => {
  const labels = (actor: PersonActor) => menuFor(actor).flatMap((g) => g.items.map((i) => i.label));
  it("shows the audit log to the province bureau only", () => {
    expect(labels(provinceStaff)).toContain("审计日志");
    expect(labels(cityBureau)).not.toContain("审计日志");
    expect(labels(applicant)).toContain("密码修改");
  });
  it("shows 个人职称申报 and 补充申报材料 to those who may apply, not to admins or handlers", () => {
    for (const actor of [applicant, expert]) expect(labels(actor)).toEqual(expect.arrayContaining(["个人职称申报", "补充申报材料"]));
    for (const actor of [admin, handler, provinceStaff]) expect(labels(actor)).not.toContain("个人职称申报");
  });
  it.each(["申报批次管理", "节假日管理"])("shows %s to the province bureau's handlers only", (label) => {
    expect(labels(provinceStaff)).toContain(label);
    expect(labels(cityBureau)).not.toContain(label);
    expect(labels(handler)).not.toContain(label);
  });
  it("drops groups with nothing the actor may use", () => {
    expect(menuFor(applicant).every((g) => g.items.length > 0)).toBe(true);
  });
});

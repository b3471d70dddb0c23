import type { RegionLevel, Role, UnitKind } from "@/lib/db/generated/enums";

// The one permission table: which role, at which kind of unit, may do what, and over which records.

export const ROLE_LABELS: Record<Role, string> = {
  UNIT_ADMIN: "单位管理员",
  UNIT_HANDLER: "职称经办",
  EXPERT: "专家",
  COMMITTEE_CHAIR: "评委会主任",
  GROUP_LEADER: "评议组组长",
};

/** own: the grant's unit; tree: that unit and every unit below it; region: units in the bureau's region; all: everywhere (read over the database by lib/auth/scope.ts). */
export type Scope = "own" | "tree" | "region" | "all";

/** selfEvaluating: the grant's unit must be a 自主评审单位 (a rule may list HR bureaus beside it as another rule). */
type Rule = { role: Role; unitKinds?: UnitKind[]; regionLevel?: RegionLevel; selfEvaluating?: true; scope: Scope };

const HANDLER_ANYWHERE: Rule = { role: "UNIT_HANDLER", scope: "own" };
const ADMIN_ANYWHERE: Rule = { role: "UNIT_ADMIN", scope: "own" };
/** The units that form committees: 自主评审单位 and HR bureaus. */
const COMMITTEE_FORMERS: Rule[] = [
  { role: "UNIT_HANDLER", selfEvaluating: true, scope: "own" },
  { role: "UNIT_HANDLER", unitKinds: ["HR_BUREAU"], scope: "own" },
];
const PROVINCE_BUREAU = { unitKinds: ["HR_BUREAU"] as UnitKind[], regionLevel: "PROVINCE" as RegionLevel, scope: "all" as Scope };

export const PERMISSIONS = {
  "account.accept": { description: "新进账号管理：确认接收或拒绝绑定申请", rules: [ADMIN_ANYWHERE, HANDLER_ANYWHERE] },
  "account.exit": { description: "账号退出管理：解除账号与本单位的绑定", rules: [ADMIN_ANYWHERE, HANDLER_ANYWHERE] },
  "account.roles": { description: "账号角色管理：绑定、解绑角色，启用、禁用账号", rules: [{ role: "UNIT_ADMIN", scope: "tree" }] },
  "account.names": { description: "账号信息维护：完善本单位账号的姓名", rules: [ADMIN_ANYWHERE] },
  "account.createApplicant": { description: "个人账号管理：为本单位申报人添加账号", rules: [HANDLER_ANYWHERE] },
  "unit.info": { description: "单位基础信息管理：维护单位信息", rules: [ADMIN_ANYWHERE, HANDLER_ANYWHERE] },
  "unit.rename": { description: "修改单位名称（单位管理员）", rules: [ADMIN_ANYWHERE] },
  "unit.changeAdmin": {
    description: "更换管理员，指定下级单位管理员",
    rules: [{ role: "UNIT_ADMIN", scope: "tree" }, { role: "UNIT_ADMIN", unitKinds: ["HR_BUREAU"], scope: "region" }],
  },
  "unit.superior": { description: "主管部门（上级推送节点）：发起与审核归口申请", rules: [ADMIN_ANYWHERE, HANDLER_ANYWHERE] },
  "unit.createSub": {
    description: "创建下级单位",
    rules: [{ role: "UNIT_HANDLER", unitKinds: ["PUBLIC_INSTITUTION", "HR_BUREAU"], scope: "own" }],
  },
  "unit.registrationReview": {
    description: "单位注册人工审核",
    rules: [{ role: "UNIT_HANDLER", unitKinds: ["HR_BUREAU"], scope: "region" }],
  },
  "declaration.verify": { description: "单位内部核验", rules: [HANDLER_ANYWHERE] },
  "staff.records": { description: "离退休与处分登记：登记本单位人员的离退休日期和受处分期间（资格预检据此判断）", rules: [HANDLER_ANYWHERE] },
  "publicity.manage": { description: "申报公示", rules: [HANDLER_ANYWHERE] },
  "recommendation.submit": { description: "单位推荐上报", rules: [HANDLER_ANYWHERE] },
  "recommendation.review": {
    description: "职称评审推荐审核（主管部门）",
    rules: [{ role: "UNIT_HANDLER", unitKinds: ["COMPETENT_DEPT"], scope: "tree" }],
  },
  "qualification.review": {
    description: "资格性审查（人社部门）",
    rules: [{ role: "UNIT_HANDLER", unitKinds: ["HR_BUREAU"], scope: "region" }],
  },
  "round.manage": { description: "申报批次管理", rules: [{ role: "UNIT_HANDLER", ...PROVINCE_BUREAU }] },
  "calendar.manage": { description: "节假日管理", rules: [{ role: "UNIT_HANDLER", ...PROVINCE_BUREAU }] },
  "eligibility.manage": { description: "申报条件管理：各系列各级别职称的学历、资历条件与继续教育要求", rules: [{ role: "UNIT_HANDLER", ...PROVINCE_BUREAU }] },
  "certificate.entry": {
    description: "证书补录：评委会组建单位（自主评审单位、人社部门）录入、导入证书，审核照片并提交",
    rules: [
      { role: "UNIT_HANDLER", selfEvaluating: true, scope: "own" },
      { role: "UNIT_HANDLER", unitKinds: ["HR_BUREAU"], scope: "own" },
    ],
  },
  "certificate.confirm": { description: "证书确认（专技处）：确认或退回评委会组建单位提交的证书", rules: [{ role: "UNIT_HANDLER", ...PROVINCE_BUREAU }] },
  "audit.read": {
    description: "审计日志查询",
    rules: [{ role: "UNIT_ADMIN", ...PROVINCE_BUREAU }, { role: "UNIT_HANDLER", ...PROVINCE_BUREAU }],
  },
  "expert.profile": { description: "专家个人信息维护", rules: [{ role: "EXPERT", scope: "own" }] },
  "filing.submit": { description: "评审权备案（自主评审单位、组建评委会的人社部门）", rules: COMMITTEE_FORMERS },
  "filing.deptReview": {
    description: "评审权备案审核（备案单位的主管部门）",
    rules: [{ role: "UNIT_HANDLER", unitKinds: ["COMPETENT_DEPT"], scope: "own" }],
  },
  "filing.approve": { description: "评审权备案批准（省人社厅）", rules: [{ role: "UNIT_HANDLER", ...PROVINCE_BUREAU }] },
  "integrity.manage": {
    description: "诚信档案：记录、撤销对申报人或专家的处理决定（省人社厅；评委会组建单位限本单位的评审结果和专家）",
    rules: [{ role: "UNIT_HANDLER", ...PROVINCE_BUREAU }, ...COMMITTEE_FORMERS],
  },
  "evaluation.manage": { description: "专家库管理、评委会抽取、线上评审管理、评审结果公示（组建评委会的单位）", rules: COMMITTEE_FORMERS },
  "evaluation.review": {
    description: "线上评审：阅看分发的申报材料、投票（本评委会的专家）",
    rules: [{ role: "EXPERT", scope: "own" }, { role: "GROUP_LEADER", scope: "own" }, { role: "COMMITTEE_CHAIR", scope: "own" }],
  },
  "evaluation.distribute": {
    description: "分发材料（评委会主任、评议组组长）",
    rules: [{ role: "COMMITTEE_CHAIR", scope: "own" }, { role: "GROUP_LEADER", scope: "own" }],
  },
  "evaluation.tally": { description: "开始投票、统票（评委会主任）", rules: [{ role: "COMMITTEE_CHAIR", scope: "own" }] },
} satisfies Record<string, { description: string; rules: Rule[] }>;

export type Permission = keyof typeof PERMISSIONS;

export type Grant = {
  role: Role;
  unitId: string;
  unitKind: UnitKind;
  regionCode: string;
  regionLevel: RegionLevel;
  /** The grant's unit is a 自主评审单位 (Unit.selfEvaluating). */
  selfEvaluating: boolean;
};

export type PersonActor = {
  kind: "person";
  userId: string;
  name: string;
  unitId: string | null;
  grants: Grant[];
};

export type UnitActor = { kind: "unit"; unitId: string; name: string };

export type Actor = PersonActor | UnitActor;

function ruleMatches(rule: Rule, grant: Grant) {
  return (
    rule.role === grant.role &&
    (!rule.unitKinds || rule.unitKinds.includes(grant.unitKind)) &&
    (!rule.regionLevel || rule.regionLevel === grant.regionLevel) &&
    (!rule.selfEvaluating || grant.selfEvaluating)
  );
}

/** Each grant through which the actor holds the permission, once per scope its rules give it (a bureau's admin: its tree and its region). */
export function scopedGrants(actor: Actor, permission: Permission): { grant: Grant; scope: Scope }[] {
  if (actor.kind !== "person") return [];
  const rules: Rule[] = PERMISSIONS[permission].rules;
  return actor.grants.flatMap((grant) => {
    const scopes = new Set(rules.filter((rule) => ruleMatches(rule, grant)).map((rule) => rule.scope));
    return [...scopes].map((scope) => ({ grant, scope }));
  });
}

/** Whether the actor holds the permission through any grant; over which records is the scope's business (lib/auth/scope.ts). */
export function can(actor: Actor, permission: Permission): boolean {
  return scopedGrants(actor, permission).length > 0;
}

export function hasRole(actor: Actor, ...roles: Role[]) {
  return actor.kind === "person" && actor.grants.some((g) => roles.includes(g.role));
}

/** Separation of duties: admins and handlers may not apply for a title. */
export function mayApply(actor: Actor) {
  return actor.kind === "person" && !hasRole(actor, "UNIT_ADMIN", "UNIT_HANDLER");
}

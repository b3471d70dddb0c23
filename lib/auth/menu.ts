import { QUEUE_KEYS, QUEUES } from "@/lib/review/queue-config";
import { PASSWORD_PAGE } from "./password-page";
import { can, mayApply, type Actor, type Permission } from "./permissions";

// Navigation grouped as the manuals group it; an item shows only when the actor may use its page.

export type MenuItem = { label: string; href: string; allowed: (actor: Actor) => boolean };
export type MenuGroup = { subsystem: string; section: string; items: MenuItem[] };

const person = (actor: Actor) => actor.kind === "person";
const holds = (permission: Permission) => (actor: Actor) => can(actor, permission);
const holdsAny = (...permissions: Permission[]) => (actor: Actor) => permissions.some((p) => can(actor, p));

export const MENU: MenuGroup[] = [
  {
    subsystem: "统一门户子系统",
    section: "系统管理",
    items: [{ label: "密码修改", href: PASSWORD_PAGE, allowed: person }],
  },
  {
    subsystem: "统一门户子系统",
    section: "账号管理",
    items: [
      { label: "账号角色管理", href: "/portal/accounts/roles", allowed: holds("account.roles") },
      { label: "新进账号管理", href: "/portal/accounts/incoming", allowed: holds("account.accept") },
      { label: "账号退出管理", href: "/portal/accounts/exits", allowed: holds("account.exit") },
      { label: "账号信息维护", href: "/portal/accounts/names", allowed: holds("account.names") },
    ],
  },
  {
    subsystem: "职称评审子系统",
    section: "账号管理",
    items: [
      { label: "个人账号管理", href: "/title/applicant-accounts", allowed: holds("account.createApplicant") },
      { label: "离退休与处分登记", href: "/title/staff-records", allowed: holds("staff.records") },
    ],
  },
  {
    subsystem: "职称评审子系统",
    section: "职称申报评审管理",
    items: [
      { label: "个人职称申报", href: "/title/declarations", allowed: mayApply },
      { label: "补充申报材料", href: "/title/supplements", allowed: mayApply },
      ...QUEUE_KEYS.map((key) => ({ label: QUEUES[key].title, href: QUEUES[key].href, allowed: holds(QUEUES[key].permission) })),
    ],
  },
  {
    subsystem: "职称评审子系统",
    section: "评审管理",
    items: [
      { label: "评审权备案", href: "/title/evaluation/filings", allowed: holds("filing.submit") },
      { label: "评审权备案审核", href: "/title/evaluation/filing-review", allowed: holdsAny("filing.deptReview", "filing.approve") },
      { label: "专家库管理", href: "/title/evaluation/experts", allowed: holds("evaluation.manage") },
      { label: "评委会管理", href: "/title/evaluation/committees", allowed: holds("evaluation.manage") },
      { label: "线上评审管理", href: "/title/evaluation/meetings", allowed: holds("evaluation.manage") },
      { label: "在线评审", href: "/title/evaluation/review", allowed: holds("evaluation.review") },
      { label: "专家个人信息维护", href: "/title/evaluation/profile", allowed: holds("expert.profile") },
      { label: "诚信档案", href: "/title/integrity", allowed: holds("integrity.manage") },
    ],
  },
  {
    subsystem: "职称评审子系统",
    section: "证书管理",
    items: [
      { label: "证书补录", href: "/title/certificates", allowed: holds("certificate.entry") },
      { label: "证书确认", href: "/title/certificate-batches", allowed: holds("certificate.confirm") },
    ],
  },
  {
    subsystem: "统一门户子系统",
    section: "个人办事",
    items: [
      { label: "职称证书补录", href: "/personal/certificates", allowed: person },
      { label: "职称证书查询", href: "/query/certificates", allowed: person },
      { label: "我的证书", href: "/personal/my-certificates", allowed: person },
    ],
  },
  {
    subsystem: "系统配置子系统",
    section: "系统配置",
    items: [
      { label: "单位基础信息管理", href: "/config/units", allowed: holds("unit.info") },
      { label: "单位注册审核", href: "/config/registrations", allowed: holds("unit.registrationReview") },
      { label: "申报批次管理", href: "/config/rounds", allowed: holds("round.manage") },
      { label: "申报条件管理", href: "/config/eligibility", allowed: holds("eligibility.manage") },
      { label: "节假日管理", href: "/config/holidays", allowed: holds("calendar.manage") },
      { label: "审计日志", href: "/config/audit", allowed: holds("audit.read") },
    ],
  },
];

export function menuFor(actor: Actor): MenuGroup[] {
  return MENU.map((group) => ({ ...group, items: group.items.filter((item) => item.allowed(actor)) })).filter(
    (group) => group.items.length > 0,
  );
}

import type { DeclarationStatus } from "@/lib/db/generated/enums";
import type { Permission } from "@/lib/auth/permissions";

// The five reviewer queues of the pipeline differ in who sees them, which states they show and what their rows
// lead to; the frame (filters, paging, counts, 审核 view, 导出) is one.

export type QueueKey = "verify" | "publicity" | "recommend" | "dept" | "qualification";

export type QueueTab = { key: string; label: string; statuses: DeclarationStatus[] };

export type QueueConfig = {
  title: string;
  href: string;
  permission: Permission;
  /** The first tab is the work waiting (its count is the 待办 on the home page). */
  tabs: QueueTab[];
  /** What the home page says of the waiting count: "单位内部核验 3 条待审核". */
  pendingWord: string;
};

const AFTER_VERIFICATION: DeclarationStatus[] = [
  "UNIT_VERIFIED",
  "IN_PUBLICITY",
  "PUBLICIZED",
  "RECOMMENDED",
  "DEPT_APPROVED",
  "NEEDS_SUPPLEMENT",
  "QUALIFIED",
  "REJECTED",
  "PASSED",
  "FAILED",
];

export const QUEUES: Record<QueueKey, QueueConfig> = {
  verify: {
    title: "单位内部核验",
    href: "/title/review/verify",
    permission: "declaration.verify",
    pendingWord: "待审核",
    tabs: [
      { key: "pending", label: "待核验", statuses: ["SUBMITTED"] },
      { key: "passed", label: "核验通过", statuses: AFTER_VERIFICATION },
      { key: "returned", label: "核验不通过", statuses: ["RETURNED"] },
    ],
  },
  publicity: {
    title: "申报公示",
    href: "/title/review/publicity",
    permission: "publicity.manage",
    pendingWord: "待公示",
    tabs: [
      { key: "pending", label: "待公示", statuses: ["UNIT_VERIFIED"] },
      { key: "open", label: "公示中", statuses: ["IN_PUBLICITY"] },
      { key: "done", label: "已公示", statuses: ["PUBLICIZED"] },
    ],
  },
  recommend: {
    title: "单位推荐上报",
    href: "/title/review/recommend",
    permission: "recommendation.submit",
    pendingWord: "待推荐",
    tabs: [
      { key: "pending", label: "待推荐", statuses: ["PUBLICIZED"] },
      { key: "sent", label: "已上报", statuses: ["RECOMMENDED", "DEPT_APPROVED", "NEEDS_SUPPLEMENT", "QUALIFIED", "REJECTED", "PASSED", "FAILED"] },
    ],
  },
  dept: {
    title: "职称评审推荐审核",
    href: "/title/review/dept",
    permission: "recommendation.review",
    pendingWord: "待审核",
    tabs: [
      { key: "pending", label: "待审核", statuses: ["RECOMMENDED"] },
      { key: "passed", label: "审核通过", statuses: ["DEPT_APPROVED", "NEEDS_SUPPLEMENT", "QUALIFIED", "REJECTED", "PASSED", "FAILED"] },
    ],
  },
  qualification: {
    title: "资格性审查",
    href: "/title/review/qualification",
    permission: "qualification.review",
    pendingWord: "待审查",
    tabs: [
      { key: "pending", label: "待审查", statuses: ["RECOMMENDED", "DEPT_APPROVED"] },
      { key: "supplement", label: "补充材料中", statuses: ["NEEDS_SUPPLEMENT"] },
      { key: "qualified", label: "审查通过", statuses: ["QUALIFIED", "PASSED", "FAILED"] },
      { key: "rejected", label: "不通过", statuses: ["REJECTED"] },
    ],
  },
};

export const QUEUE_KEYS = Object.keys(QUEUES) as QueueKey[];

export function isQueueKey(key: string): key is QueueKey {
  return (QUEUE_KEYS as string[]).includes(key);
}

import type { DeclarationStatus } from "@/lib/db/generated/enums";
import type { Permission } from "@/lib/auth/permissions";
import { landsIn, MOVES, REACHED_BUREAU, reachedBy } from "@/lib/declarations/state-machine";

// The five reviewer queues of the pipeline differ in who sees them, which states they show and what their rows
// lead to; the frame (filters, paging, counts, 审核 view, 导出) is one. Each tab's states come from the state machine.

export type QueueKey = "verify" | "publicity" | "recommend" | "dept" | "qualification";

export type QueueTab = { key: string; label: string; statuses: readonly DeclarationStatus[] };

export type QueueConfig = {
  title: string;
  href: string;
  permission: Permission;
  /** The first tab is the work waiting (its count is the 待办 on the home page). */
  tabs: QueueTab[];
  /** What the home page says of the waiting count: "单位内部核验 3 条待审核". */
  pendingWord: string;
};

export const QUEUES: Record<QueueKey, QueueConfig> = {
  verify: {
    title: "单位内部核验",
    href: "/title/review/verify",
    permission: "declaration.verify",
    pendingWord: "待审核",
    tabs: [
      { key: "pending", label: "待核验", statuses: MOVES.verifyPass.from },
      { key: "passed", label: "核验通过", statuses: reachedBy("verifyPass") },
      { key: "returned", label: "核验不通过", statuses: landsIn("verifyFail") },
    ],
  },
  publicity: {
    title: "申报公示",
    href: "/title/review/publicity",
    permission: "publicity.manage",
    pendingWord: "待公示",
    tabs: [
      { key: "pending", label: "待公示", statuses: MOVES.publicize.from },
      { key: "open", label: "公示中", statuses: MOVES.completePublicity.from },
      { key: "done", label: "已公示", statuses: landsIn("completePublicity") },
    ],
  },
  recommend: {
    title: "单位推荐上报",
    href: "/title/review/recommend",
    permission: "recommendation.submit",
    pendingWord: "待推荐",
    tabs: [
      { key: "pending", label: "待推荐", statuses: MOVES.recommend.from },
      { key: "sent", label: "已上报", statuses: REACHED_BUREAU },
    ],
  },
  dept: {
    title: "职称评审推荐审核",
    href: "/title/review/dept",
    permission: "recommendation.review",
    pendingWord: "待审核",
    tabs: [
      { key: "pending", label: "待审核", statuses: MOVES.deptApprove.from },
      { key: "passed", label: "审核通过", statuses: reachedBy("deptApprove") },
    ],
  },
  qualification: {
    title: "资格性审查",
    href: "/title/review/qualification",
    permission: "qualification.review",
    pendingWord: "待审查",
    tabs: [
      { key: "pending", label: "待审查", statuses: MOVES.qualify.from },
      { key: "supplement", label: "补充材料中", statuses: landsIn("requestSupplement") },
      { key: "qualified", label: "审查通过", statuses: reachedBy("qualify") },
      { key: "rejected", label: "不通过", statuses: landsIn("reject") },
    ],
  },
};

export const QUEUE_KEYS = Object.keys(QUEUES) as QueueKey[];

export function isQueueKey(key: string): key is QueueKey {
  return (QUEUE_KEYS as string[]).includes(key);
}

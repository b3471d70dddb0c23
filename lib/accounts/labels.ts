import type { AccountStatus, RequestStatus } from "@/lib/db/generated/enums";

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = { PENDING: "待处理", APPROVED: "已通过", REJECTED: "不通过" };
export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = { ACTIVE: "启用", DISABLED: "禁用" };

/** The answer for an account that does not exist and for one outside the actor's units alike. */
export const ACCOUNT_NOT_FOUND = "该账号不存在或不属于您管理的单位";

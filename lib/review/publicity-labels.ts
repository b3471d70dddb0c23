import type { PublicityStatus, ResultPublicityStatus } from "@/lib/db/generated/enums";

/** The states of both publicities, 申报公示 and 评审结果公示, which go through the same two. */
export const PUBLICITY_STATUS_LABELS: Record<PublicityStatus & ResultPublicityStatus, string> = { OPEN: "公示中", COMPLETED: "已完成公示" };

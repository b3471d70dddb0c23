import type { PublicityStatus } from "@/lib/db/generated/enums";

export const PUBLICITY_STATUS_LABELS: Record<PublicityStatus, string> = { OPEN: "公示中", COMPLETED: "已完成公示" };

import type { PublicityStatus, ResultPublicityStatus } from "@/lib/db/generated/enums";

/** The states of both publicities, 申报公示 and 评审结果公示, which go through the same two. */
export const PUBLICITY_STATUS_LABELS: Record<PublicityStatus & ResultPublicityStatus, string> = { OPEN: "公示中", COMPLETED: "已完成公示" };

/** The two kinds of publicity on the public 公示公告 board. */
export type PublicityKind = "declaration" | "result";
export const PUBLICITY_KIND_LABELS: Record<PublicityKind, string> = { declaration: "申报公示", result: "评审结果公示" };
export const isPublicityKind = (value: string): value is PublicityKind => Object.hasOwn(PUBLICITY_KIND_LABELS, value);

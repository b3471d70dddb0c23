import "server-only";
import type { PersonActor } from "@/lib/auth/permissions";
import type { Publicity } from "@/lib/db/generated/client";
import { formatShanghai } from "@/lib/time";
import { renderPublicityTable, type PublicityRow } from "@/lib/pdf/publicity-table";
import { getPublicityDetail } from "./get-publicity";

/** The 公示表 of a publicity the actor may see, ID numbers masked. */
export async function renderPublicityPdf(opts: { actor: PersonActor; id: string; now?: Date }) {
  const { publicity, unitName, rows } = await getPublicityDetail(opts);
  return publicityTablePdf({ ...publicity, unitName, rows }, opts.now);
}

type Printed = Pick<Publicity, "title" | "startDate" | "endDate" | "workingDays" | "contactName" | "contactPhone" | "content"> & { unitName: string; rows: PublicityRow[] };

/** The 公示表 of a publicity already found within the reader's reach (申报公示 or 评审结果公示). */
export async function publicityTablePdf(p: Printed, now = new Date()) {
  const pdf = await renderPublicityTable({ ...p, printedAt: formatShanghai(now, "yyyy-MM-dd HH:mm") });
  return { pdf, filename: `${p.title}-公示表.pdf` };
}

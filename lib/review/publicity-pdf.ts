import "server-only";
import type { PersonActor } from "@/lib/auth/permissions";
import { formatShanghai } from "@/lib/time";
import { renderPublicityTable } from "@/lib/pdf/publicity-table";
import { getPublicityDetail } from "./get-publicity";

/** The 公示表 of a publicity the actor may see, ID numbers masked. */
export async function renderPublicityPdf(opts: { actor: PersonActor; id: string; now?: Date }) {
  const { publicity, unitName, rows } = await getPublicityDetail(opts);
  const pdf = await renderPublicityTable({
    title: publicity.title,
    unitName,
    startDate: publicity.startDate,
    endDate: publicity.endDate,
    workingDays: publicity.workingDays,
    contactName: publicity.contactName,
    contactPhone: publicity.contactPhone,
    content: publicity.content,
    rows,
    printedAt: formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd HH:mm"),
  });
  return { pdf, filename: `${publicity.title}-公示表.pdf` };
}

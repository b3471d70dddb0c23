import type { Certificate } from "@/lib/db/generated/client";
import { maskIdNumber } from "@/lib/validation/id-number";
import { downloadable, NOT_DOWNLOADABLE_REASON } from "./rules";
import { CERTIFICATE_COLUMNS } from "./schemas";

/** The certificate's own fields as stored (what it says, not where it is in the workflow). */
export type CertificateFields = Pick<
  Certificate,
  "id" | "number" | "name" | "idNumber" | "gender" | "titleName" | "level" | "series" | "specialty" | "committee" | "approvalNo" | "obtainedOn" | "issuer"
>;

export type PublicCertificate = CertificateFields & { downloadable: boolean; notDownloadableReason?: string };

/** What the public sees of a confirmed certificate: everything but the ID number, which is masked. */
export function publicCertificate(c: CertificateFields): PublicCertificate {
  const canDownload = downloadable(c.obtainedOn);
  return {
    id: c.id,
    number: c.number,
    name: c.name,
    idNumber: maskIdNumber(c.idNumber),
    gender: c.gender,
    titleName: c.titleName,
    level: c.level,
    series: c.series,
    specialty: c.specialty,
    committee: c.committee,
    approvalNo: c.approvalNo,
    obtainedOn: c.obtainedOn,
    issuer: c.issuer,
    downloadable: canDownload,
    ...(canDownload ? {} : { notDownloadableReason: NOT_DOWNLOADABLE_REASON }),
  };
}

/** The fields as the public pages and the electronic certificate label them. */
export const PUBLIC_FIELDS = CERTIFICATE_COLUMNS.map((c) => (c.key === "idNumber" ? { ...c, label: "证件号码" } : c));

import { PUBLIC_FIELDS, type PublicCertificate } from "@/lib/certificates/public-certificate";

/** A certificate's fields as a definition list (ID number already masked). */
export function CertificateFields({ certificate }: { certificate: PublicCertificate }) {
  return (
    <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
      {PUBLIC_FIELDS.map((f) => (
        <div key={f.key} className="contents">
          <dt className="text-slate-500">{f.label}</dt>
          <dd data-field={f.key}>{String(certificate[f.key] ?? "")}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { PageTitle } from "@/components/ui/page-title";
import { CertificateForm } from "@/components/certificates/certificate-form";

export const metadata: Metadata = { title: "新增证书" };

export default async function NewCertificatePage() {
  await requirePermission("certificate.entry");
  return (
    <div>
      <PageTitle title="新增证书" trail={["职称评审子系统", "证书管理", "证书补录", "新增"]} />
      <CertificateForm />
    </div>
  );
}

import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { IMPORT_LIMITS_TEXT } from "@/lib/certificates/import-limits";
import { PageTitle } from "@/components/ui/page-title";
import { ImportPanel } from "@/components/certificates/import-panel";

export const metadata: Metadata = { title: "导入证书" };

export default async function ImportCertificatesPage() {
  await requirePermission("certificate.entry");
  return (
    <div>
      <PageTitle title="导入证书" trail={["职称评审子系统", "证书管理", "证书补录", "导入"]} />
      <p className="mb-2 text-sm">
        请先
        <a href="/title/certificates/template" className="mx-1 text-brand-700 underline">
          下载模板
        </a>
        ，按模板填写后选择文件并点击“校验”；校验结果列出每个错误行的行号和原因，可选择只导入正确的行，或全部不导入。
      </p>
      <ImportPanel limits={IMPORT_LIMITS_TEXT} />
    </div>
  );
}

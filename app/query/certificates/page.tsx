import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { LookupForm } from "@/components/certificates/lookup-form";

export const metadata: Metadata = { title: "职称证书查询" };

export default function CertificateLookupPage() {
  return (
    <div>
      <PageTitle title="职称证书查询" trail={["个人办事", "职称证书查询", "立即办理"]} />
      <p className="mb-4 text-sm text-slate-600">
        提供姓名、证件号码、证书编号中的任意两项即可查询证书信息。2020年度及之后取得的职称可下载电子证书，2020年度之前的证书信息仅提供查看。
      </p>
      <LookupForm />
    </div>
  );
}

import type { Metadata } from "next";
import { verifyCertificate } from "@/lib/certificates/certificate-for-public";
import { PageTitle } from "@/components/ui/page-title";
import { CertificateFields } from "@/components/certificates/certificate-fields";

export const metadata: Metadata = { title: "电子证书验证" };

export default async function VerifyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ code?: string }> }) {
  const [{ id }, { code }] = await Promise.all([params, searchParams]);
  const result = await verifyCertificate({ id, code: code ?? "" });
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title="电子证书验证" trail={["个人办事", "职称证书查询", "电子证书验证"]} />
      {result.valid ? (
        <>
          <p className="rounded bg-green-50 p-3 text-sm text-green-800" data-testid="verify-result">
            验证通过：验证码{result.code}与系统中存储的证书记录一致。以下为系统记录，请与电子证书逐项核对，不一致之处以本页为准。
          </p>
          <div className="flex flex-wrap items-start gap-6">
            {result.hasPhoto ? (
              // The code in the address is what lets the photo through: the same proof the page itself rests on.
              <img src={`/query/verify/${id}/photo?code=${encodeURIComponent(result.code)}`} alt="证书照片" className="h-[165px] w-[118px] rounded border object-cover" />
            ) : (
              <p className="flex h-[165px] w-[118px] items-center justify-center rounded border text-xs text-slate-500">无照片</p>
            )}
            <CertificateFields certificate={result.certificate} />
          </div>
        </>
      ) : (
        <p className="rounded bg-red-50 p-3 text-sm text-red-700" data-testid="verify-result">
          验证未通过：未找到与该验证码一致的已确认证书。该电子证书可能被篡改，或证书信息已变更，请以职称证书查询结果为准。
        </p>
      )}
    </div>
  );
}

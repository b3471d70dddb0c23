import Link from "next/link";

/** The public pages (no sign-in): 个人办事 → 职称证书查询 and the e-certificate 验证 page. */
export default function QueryLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
          <Link href="/query/certificates" className="text-base font-bold sm:text-lg">
            贵州省人才人事综合业务管理服务平台
          </Link>
          <Link href="/login" className="text-sm underline">
            登录
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl p-4">
        <div className="rounded bg-white p-4 shadow-sm sm:p-6">{children}</div>
      </main>
    </>
  );
}

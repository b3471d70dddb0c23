import Link from "next/link";

export default function RegisterLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
          <Link href="/login" className="text-base font-bold sm:text-lg">
            贵州省人才人事综合业务管理服务平台
          </Link>
          <Link href="/login" className="text-sm underline">
            返回登录
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl p-4">
        <div className="rounded bg-white p-4 shadow-sm sm:p-6">{children}</div>
      </main>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { LoginTabs } from "@/components/auth/login-tabs";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

export const metadata: Metadata = { title: "登录" };

const REASONS: Record<string, string> = {
  expired: "登录已超时，请重新登录",
  ended: "账号状态已变更（禁用、修改密码或在其他地方退出），请重新登录",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-100 px-4 py-10">
      <h1 className="text-center text-xl font-bold text-brand-800 sm:text-2xl">贵州省人才人事综合业务管理服务平台</h1>
      <p className="mt-1 text-sm text-slate-600">职称评审子系统</p>
      {params.reason && REASONS[params.reason] ? (
        <p className="mt-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="login-reason">
          {REASONS[params.reason]}
        </p>
      ) : null}
      <LoginTabs callbackUrl={callbackUrl} initialTab={params.tab === "unit" ? "unit" : "person"} />
      <Link href="/" className="mt-4 text-sm text-brand-700 underline">
        返回首页
      </Link>
    </main>
  );
}

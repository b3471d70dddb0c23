import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-xl font-semibold">无权访问</h1>
      <p className="mt-2 text-slate-600">您的账号没有访问该页面的权限。如需办理，请联系所在单位管理员授权。</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        返回首页
      </Link>
    </main>
  );
}

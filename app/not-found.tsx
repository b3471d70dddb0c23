import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-xl font-semibold">页面不存在</h1>
      <p className="mt-2 text-slate-600">您访问的页面或记录不存在，或您无权查看。</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        返回首页
      </Link>
    </main>
  );
}

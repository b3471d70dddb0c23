import Link from "next/link";
import { LogoutButton } from "./logout-button";

export function AppHeader({ who, unitName, links }: { who: string; unitName?: string | null; links?: { href: string; label: string }[] }) {
  return (
    <header className="bg-brand-800 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-2 focus:text-brand-800">
        跳到主要内容
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-base font-bold sm:text-lg">
          贵州省人才人事综合业务管理服务平台
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="signed-in">
          <span>
            {who}
            {unitName ? <span className="ml-1 text-brand-100">（{unitName}）</span> : null}
          </span>
          {links?.map((l) => (
            <Link key={l.href} href={l.href} className="rounded px-2 py-1 hover:bg-brand-700">
              {l.label}
            </Link>
          ))}
          <LogoutButton />
        </div>
      </div>
    </header>
  );
}

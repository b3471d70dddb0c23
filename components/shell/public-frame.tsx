import Link from "next/link";

/** The frame of the pages reached without signing in: the platform's name, one link back, the content. */
export function PublicFrame({ home, link, wide, children }: { home: string; link: { href: string; label: string }; wide?: boolean; children: React.ReactNode }) {
  const width = wide ? "max-w-4xl" : "max-w-3xl";
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className={`mx-auto flex ${width} items-center justify-between px-4 py-3`}>
          <Link href={home} className="text-base font-bold sm:text-lg">
            贵州省人才人事综合业务管理服务平台
          </Link>
          <Link href={link.href} className="text-sm underline">
            {link.label}
          </Link>
        </div>
      </header>
      <main id="main" className={`mx-auto ${width} p-4`}>
        <div className="rounded bg-white p-4 shadow-sm sm:p-6">{children}</div>
      </main>
    </>
  );
}

import Link from "next/link";
import { listRunningPublicities } from "@/lib/review/running-publicities";
import { PUBLICITY_KIND_LABELS } from "@/lib/review/publicity-labels";
import { PublicFrame } from "@/components/shell/public-frame";
import { Pagination } from "@/components/ui/pagination";

type Service = { label: string; href: string; note?: string };

// The manual: 在首页“个人办事”事项中找到“职称证书查询”. Services that need an account go through the login page.
const SECTIONS: { title: string; items: Service[] }[] = [
  {
    title: "个人办事",
    items: [
      { label: "职称证书查询", href: "/query/certificates", note: "无需登录" },
      { label: "职称证书补录", href: "/personal/certificates", note: "登录后办理" },
      { label: "我的证书", href: "/personal/my-certificates", note: "登录后办理" },
    ],
  },
  {
    title: "单位办事",
    items: [
      { label: "单位注册", href: "/register/unit" },
      { label: "单位登录", href: "/login?tab=unit" },
    ],
  },
  {
    title: "个人账号",
    items: [
      { label: "个人登录", href: "/login" },
      { label: "个人注册", href: "/register/person" },
    ],
  },
];

/** 首页 for the signed-out: the services, and the 公示公告 board of the publicities now running. */
export async function PublicHome({ page }: { page: number }) {
  const board = await listRunningPublicities({ page });
  return (
    <PublicFrame home="/" link={{ href: "/login", label: "登录" }} wide>
      <h1 className="text-xl font-bold text-brand-800">职称评审子系统</h1>
      <p className="mt-1 text-sm text-slate-600">职称申报、评审、证书补录与公开查询</p>
      <div className="mt-5 grid gap-4 sm:grid-cols-3">
        {SECTIONS.map((s) => (
          <section key={s.title} aria-labelledby={`home-${s.title}`} className="rounded border border-slate-200 p-3">
            <h2 id={`home-${s.title}`} className="mb-2 font-semibold">
              {s.title}
            </h2>
            <ul className="flex flex-col gap-2 text-sm">
              {s.items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="font-medium text-brand-700 underline">
                    {item.label}
                  </Link>
                  {item.note ? <span className="ml-2 text-xs text-slate-500">{item.note}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <section aria-labelledby="home-board" className="mt-6">
        <h2 id="home-board" className="mb-2 font-semibold">
          公示公告
        </h2>
        {board.rows.length ? (
          <ul className="flex flex-col divide-y divide-slate-100 text-sm">
            {board.rows.map((p) => (
              <li key={`${p.kind}-${p.id}`} data-testid="board-item" className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:justify-between">
                <span>
                  <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{PUBLICITY_KIND_LABELS[p.kind]}</span>
                  <Link href={`/publicity/${p.kind}/${p.id}`} className="text-brand-700 underline">
                    {p.title}
                  </Link>
                </span>
                <span className="text-xs text-slate-600">
                  {p.unitName} · 公示期 {p.startDate} 至 {p.endDate}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">目前没有正在公示的申报公示或评审结果公示。</p>
        )}
        {board.total > board.pageSize ? <Pagination page={board.page} pageSize={board.pageSize} total={board.total} params={{}} /> : null}
      </section>
    </PublicFrame>
  );
}

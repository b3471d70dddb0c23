import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listSuperiorRequests, listUnits } from "@/lib/units/list-units";
import { listQuerySchema } from "@/lib/list-query";
import { UNIT_KIND_LABELS } from "@/lib/units/schemas";
import { approveSuperiorAction, rejectSuperiorAction } from "@/lib/units/actions";
import { SuperiorRequests } from "@/components/units/superior-requests";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "单位基础信息管理" };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("unit.info");
  const query = listQuerySchema.parse(await searchParams);
  const [list, requests] = await Promise.all([listUnits({ actor, query }), listSuperiorRequests({ actor })]);
  const { rows } = list;
  return (
    <ListPage
      title="单位基础信息管理"
      trail={["系统配置子系统", "单位基础信息管理"]}
      list={list}
      params={{ q: query.q }}
      searchLabel="单位名称或统一社会信用代码"
      before={requests.length ? <SuperiorRequests requests={requests} approve={approveSuperiorAction} reject={rejectSuperiorAction} /> : null}
    >
      <Table head={["单位名称", "单位类型", "上级单位", "管理员", "操作"]}>
        {rows.map((u) => (
          <tr key={u.id} className="border-b">
            <td className="p-2">{u.name}</td>
            <td className="p-2">{UNIT_KIND_LABELS[u.kind]}</td>
            <td className="p-2">{u.superior?.name ?? "—"}</td>
            <td className="p-2">{u.grants[0]?.user.name ?? "未指定"}</td>
            <td className="p-2">
              <Link href={`/config/units/${u.id}`} className="text-brand-700 underline" aria-label={`修改 ${u.name}`}>
                修改
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}

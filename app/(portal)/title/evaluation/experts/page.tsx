import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listExperts } from "@/lib/evaluation/list-experts";
import { listQuerySchema } from "@/lib/list-query";
import { formatShanghai } from "@/lib/time";
import { ListPage, Table } from "@/components/ui/list-page";
import { SchemaForm } from "@/components/ui/schema-form";
import { inviteExpertAction } from "@/lib/evaluation/actions";

export const metadata: Metadata = { title: "专家库管理" };

const FIELDS = [
  { name: "idNumber", label: "身份证号" },
  { name: "name", label: "姓名", hint: "该身份证号尚无账号时必填，将以初始密码 123@abc 创建账号，首次登录须修改", required: false },
  { name: "specialty", label: "专业" },
  { name: "title", label: "职称" },
  { name: "workUnitName", label: "工作单位" },
  { name: "contact", label: "联系方式" },
  { name: "termStart", label: "聘期开始日期", type: "date" as const },
  { name: "termEnd", label: "聘期结束日期", type: "date" as const, hint: "聘期不超过3年" },
];
const EMPTY = Object.fromEntries(FIELDS.map((f) => [f.name, ""]));

export default async function ExpertsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("evaluation.manage");
  const params = await searchParams;
  const { q, page } = listQuerySchema.parse(params);
  const list = await listExperts({ actor, q, page, today: formatShanghai(new Date(), "yyyy-MM-dd") });
  return (
    <ListPage
      title="专家库管理"
      trail={["职称评审子系统", "评审管理", "专家库管理"]}
      list={list}
      params={{ q }}
      searchLabel="姓名、身份证号或专业"
      before={
        params.new ? (
          <section aria-label="邀请专家" className="mb-6 rounded border border-slate-200 p-4">
            <h2 className="mb-3 font-medium">邀请专家</h2>
            <SchemaForm schema="inviteExpert" action={inviteExpertAction} fields={FIELDS} defaults={EMPTY} submitLabel="保存" resetOnSuccess className="grid gap-x-4 sm:grid-cols-2" />
          </section>
        ) : (
          <Link href="/title/evaluation/experts?new=1" className="mb-4 inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            邀请专家
          </Link>
        )
      }
    >
      <Table head={["姓名", "身份证号", "专业", "职称", "工作单位", "联系方式", "聘期", "状态"]} caption="专家库">
        {list.rows.map((e) => (
          <tr key={e.id} className="border-b border-slate-100" data-testid="expert-row">
            <td className="p-2">{e.name}</td>
            <td className="p-2">{e.idNumberMasked}</td>
            <td className="p-2">{e.specialty}</td>
            <td className="p-2">{e.title}</td>
            <td className="p-2">{e.workUnitName}</td>
            <td className="p-2">{e.contact}</td>
            <td className="p-2">
              {e.termStart} 至 {e.termEnd}
            </td>
            <td className="p-2">{e.inTerm ? "聘期内" : "不在聘期"}</td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}

import { ADDED, REMOVED, type FormChange } from "@/lib/declarations/form-diff";

/** 变更内容: what changed in the declaration form between two versions, one row per changed field or list row. */
export function FormChanges({ changes, caption = "变更内容" }: { changes: FormChange[]; caption?: string }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-2 py-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">
              部分
            </th>
            <th scope="col" className="p-2">
              项目
            </th>
            <th scope="col" className="p-2">
              变更前
            </th>
            <th scope="col" className="p-2">
              变更后
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.length === 0 ? (
            <tr>
              <td colSpan={4} className="p-2 text-slate-500">
                无变更
              </td>
            </tr>
          ) : (
            changes.map((c, i) => (
              <tr key={i} className="border-b border-slate-100 align-top">
                <td className="whitespace-nowrap p-2">{c.section}</td>
                <th scope="row" className="p-2 font-normal">
                  {c.field}
                </th>
                <td className={`whitespace-pre-wrap break-words p-2 ${c.before === ADDED ? "text-slate-500" : "text-red-700"}`}>{c.before}</td>
                <td className={`whitespace-pre-wrap break-words p-2 ${c.after === REMOVED ? "text-slate-500" : "text-green-800"}`}>{c.after}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

import type { FieldValues } from "react-hook-form";
import type { ActionState } from "@/lib/errors";
import { SchemaForm } from "@/components/ui/schema-form";

type UnitInfo = { id: string; name: string; contactName: string | null; contactMobile: string | null; address: string | null };

/** 单位基础信息: the same form for the unit login and for 单位基础信息管理 → 修改. */
export function UnitInfoForm({ unit, action, nameHint }: { unit: UnitInfo; action: (input: FieldValues) => Promise<ActionState>; nameHint?: string }) {
  return (
    <SchemaForm
      schema="unitInfo"
      action={action}
      fields={[
        { name: "unitId", label: "", type: "hidden" },
        { name: "name", label: "单位名称", hint: nameHint },
        { name: "contactName", label: "联系人" },
        { name: "contactMobile", label: "联系人手机号码" },
        { name: "address", label: "单位地址" },
      ]}
      defaults={{ unitId: unit.id, name: unit.name, contactName: unit.contactName ?? "", contactMobile: unit.contactMobile ?? "", address: unit.address ?? "" }}
      submitLabel="保存"
    />
  );
}

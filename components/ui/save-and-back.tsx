import { Button } from "./button";
import { FormMessage } from "./form-message";

/** The end of an edit form: the outcome of the last 保存, then 保存 and 返回. */
export function SaveAndBack({ result, saving, onBack }: { result?: { ok: boolean; message?: string }; saving: boolean; onBack: () => void }) {
  return (
    <div className="flex flex-col gap-2 sm:col-span-2">
      <FormMessage ok={result?.ok} message={result?.message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={saving}>
          保存
        </Button>
        <Button variant="secondary" onClick={onBack}>
          返回
        </Button>
      </div>
    </div>
  );
}

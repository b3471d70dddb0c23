import { refusalText, type ActionState } from "@/lib/errors";

// Sends one file to the declaration upload route; the server judges the bytes and answers with a message when it refuses.
export async function uploadFile(file: File, kind: "photo" | "attachment"): Promise<{ id: string; name: string } | { error: string }> {
  const body = new FormData();
  body.set("file", file);
  body.set("kind", kind);
  try {
    const res = await fetch("/api/declarations/files", { method: "POST", body });
    const answer = (await res.json().catch(() => null)) as (ActionState & { data?: { id: string; name: string } }) | null;
    if (!res.ok || !answer?.data) return { error: refusalText(answer, "上传失败，请重试") };
    return { id: answer.data.id, name: answer.data.name ?? file.name };
  } catch {
    return { error: "网络错误，上传失败，请重试" };
  }
}

export const fileUrl = (id: string) => `/api/declarations/files/${id}`;

/** The label that stands in for a hidden file input; shows the input's keyboard focus (peer). */
export const FILE_BUTTON =
  "inline-flex w-fit cursor-pointer rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-700";

import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { routePerson } from "@/lib/declarations/route-actor";
import { uploadDeclarationFile, uploadKindSchema } from "@/lib/declarations/upload-declaration-file";
import { ipFromHeaders } from "@/lib/request-ip";

// Upload of a declaration photo or attachment; the bytes are judged by uploadDeclarationFile, not by this route.
export async function POST(req: Request) {
  const actor = await routePerson();
  if (!actor) return NextResponse.json({ message: "请先登录" }, { status: 401 });
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  const kind = uploadKindSchema.safeParse(form?.get("kind"));
  if (!(file instanceof File) || !kind.success) return NextResponse.json({ message: "请选择要上传的文件" }, { status: 400 });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const saved = await uploadDeclarationFile({ actor, ip: ipFromHeaders(req.headers), kind: kind.data, name: file.name, bytes });
    return NextResponse.json(saved);
  } catch (e) {
    if (e instanceof AppError) return NextResponse.json({ message: e.message }, { status: e.code === "FORBIDDEN" ? 403 : 400 });
    throw e;
  }
}

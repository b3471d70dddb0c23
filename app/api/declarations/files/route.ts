import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { crossSite, routePerson } from "@/lib/auth/route-session";
import { uploadDeclarationFile, uploadKindSchema } from "@/lib/declarations/upload-declaration-file";
import { ipFromHeaders } from "@/lib/request-ip";

const MAX_BODY = 11 * 1024 * 1024;

// Upload of a declaration photo or attachment; the bytes are judged by uploadDeclarationFile, not by this route.
export async function POST(req: Request) {
  if (crossSite(req)) return NextResponse.json({ message: "请求来源不正确" }, { status: 403 });
  const actor = await routePerson();
  if (!actor) return NextResponse.json({ message: "请先登录" }, { status: 401 });
  // Refuse an oversized body before reading it; the exact limits per kind are checked on the bytes.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY) return NextResponse.json({ message: "文件过大，附件不超过10MB" }, { status: 413 });
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

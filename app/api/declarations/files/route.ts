import type { NextRequest } from "next/server";
import { z } from "zod";
import { fromForm, personRoute } from "@/lib/http/route";
import { uploadDeclarationFile, uploadKindSchema } from "@/lib/declarations/upload-declaration-file";

// Refuse an oversized body before reading it; the exact limits per kind are checked on the bytes.
const MAX_BODY = 11 * 1024 * 1024;
const uploadSchema = z.object({ file: z.instanceof(File, { error: "请选择要上传的文件" }), kind: uploadKindSchema });

// Upload of a declaration photo or attachment; the bytes are judged by uploadDeclarationFile, not by this route.
export async function POST(req: NextRequest) {
  const input = fromForm(MAX_BODY, (form) => ({ file: form?.get("file"), kind: form?.get("kind") }));
  return personRoute(req, { schema: uploadSchema, input, tooLargeMessage: "文件过大，附件不超过10MB" }, async ({ actor, ip, data: { file, kind } }) =>
    uploadDeclarationFile({ actor, ip, kind, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
  );
}

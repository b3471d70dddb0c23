import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { routePerson } from "@/lib/auth/route-session";
import { readDeclarationFile } from "@/lib/declarations/read-declaration-file";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const actor = await routePerson();
  if (!actor) return NextResponse.json({ message: "请先登录" }, { status: 401 });
  try {
    const file = await readDeclarationFile({ actor, fileId: (await ctx.params).id });
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mime,
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AppError) return NextResponse.json({ message: e.message }, { status: 404 });
    throw e;
  }
}

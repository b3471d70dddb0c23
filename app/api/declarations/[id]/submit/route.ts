import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { crossSite, routePerson } from "@/lib/auth/route-session";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { ipFromHeaders } from "@/lib/request-ip";

// 申报 over HTTP: the same business function as the page's button, for clients that are not the browser form (the benchmark).
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  if (crossSite(req)) return NextResponse.json({ message: "请求来源不正确" }, { status: 403 });
  const actor = await routePerson();
  if (!actor) return NextResponse.json({ message: "请先登录" }, { status: 401 });
  try {
    const status = await submitDeclaration({ actor, ip: ipFromHeaders(req.headers), id: (await ctx.params).id });
    return NextResponse.json({ status });
  } catch (e) {
    if (e instanceof AppError) return NextResponse.json({ message: e.message }, { status: e.code === "CONFLICT" ? 409 : e.code === "NOT_FOUND" ? 404 : 400 });
    throw e;
  }
}

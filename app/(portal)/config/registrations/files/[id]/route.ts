import { routePerson } from "@/lib/auth/route-session";
import { AppError } from "@/lib/errors";
import { readUnitFile } from "@/lib/units/read-unit-file";

// Registration files are never public: served only to whom readUnitFile allows, always as a download of its checked type.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routePerson();
  if (!actor) return new Response("请先登录", { status: 401 });
  try {
    const { file, bytes } = await readUnitFile({ actor, fileId: (await params).id });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": file.mime,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response(e.message, { status: 404 });
    throw e;
  }
}

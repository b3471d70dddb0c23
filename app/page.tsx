import { sessionState } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/list-query";
import { PublicHome } from "@/components/home/public-home";
import { PortalHome } from "@/components/home/portal-home";
import { PortalShell } from "@/components/shell/portal-shell";

// 首页: the public one for the signed-out (services and 公示公告), the signed-in person's own one otherwise.
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if ((await sessionState()).status === "none") return <PublicHome page={listQuerySchema.shape.page.parse(params.page)} />;
  return (
    <PortalShell>
      <PortalHome params={params} />
    </PortalShell>
  );
}

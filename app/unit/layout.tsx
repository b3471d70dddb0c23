import { requireUnitLogin } from "@/lib/auth/session";
import { AppHeader } from "@/components/shell/app-header";

export default async function UnitLayout({ children }: { children: React.ReactNode }) {
  const unit = await requireUnitLogin();
  return (
    <>
      <AppHeader who={`单位账号：${unit.name}`} />
      <main id="main" className="mx-auto max-w-4xl p-4">
        {children}
      </main>
    </>
  );
}

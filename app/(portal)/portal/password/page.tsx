import type { Metadata } from "next";
import { requirePerson } from "@/lib/auth/session";
import { PageTitle } from "@/components/ui/page-title";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";

export const metadata: Metadata = { title: "密码修改" };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ first?: string }> }) {
  await requirePerson({ allowPendingPasswordChange: true });
  const { first } = await searchParams;
  return (
    <div className="max-w-md">
      <PageTitle title="密码修改" trail={["统一门户子系统", "系统管理", "密码修改"]} />
      {first ? (
        <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="first-login-notice">
          您正在使用初始密码登录，请先修改密码后再使用其他功能。
        </p>
      ) : null}
      <ChangePasswordForm />
    </div>
  );
}

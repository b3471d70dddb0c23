import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { PersonRegistrationForm } from "@/components/accounts/person-registration-form";

export const metadata: Metadata = { title: "个人注册" };

export default function PersonRegistrationPage() {
  return (
    <div className="max-w-md">
      <PageTitle title="个人注册" />
      <PersonRegistrationForm />
    </div>
  );
}

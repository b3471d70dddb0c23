import { PublicFrame } from "@/components/shell/public-frame";

export default function RegisterLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicFrame home="/" link={{ href: "/login", label: "返回登录" }}>
      {children}
    </PublicFrame>
  );
}

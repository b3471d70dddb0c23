import { PublicFrame } from "@/components/shell/public-frame";

/** The public pages (no sign-in): 个人办事 → 职称证书查询 and the e-certificate 验证 page. */
export default function QueryLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicFrame home="/" link={{ href: "/login", label: "登录" }} wide>
      {children}
    </PublicFrame>
  );
}

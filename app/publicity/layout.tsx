import { PublicFrame } from "@/components/shell/public-frame";

/** 公示公告: a running publicity, readable without signing in. */
export default function PublicityLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicFrame home="/" link={{ href: "/", label: "返回首页" }} wide>
      {children}
    </PublicFrame>
  );
}

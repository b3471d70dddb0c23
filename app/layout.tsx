import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "贵州省人才人事综合业务管理服务平台", template: "%s - 贵州省人才人事综合业务管理服务平台" },
  description: "职称评审子系统",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so the scripts Next writes into it carry that request's CSP nonce.
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}

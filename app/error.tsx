"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { Button } from "@/components/ui/button";

// What a page shows when the server could not answer it (the database restarting, for one): a plain message and a
// way to try again, never a stack trace or a blank page.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  return (
    <main className="mx-auto max-w-lg p-8 text-center" role="alert">
      <h1 className="text-xl font-semibold">系统繁忙，请稍后重试</h1>
      <p className="mt-2 text-slate-600">服务器暂时无法处理您的请求，您填写或提交的内容不会只保存一半。</p>
      <Button
        className="mt-4"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      >
        重试
      </Button>
    </main>
  );
}

"use client";

import { useId, useRef, useState } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { refusalText, type ActionState } from "@/lib/errors";
import type { ImportProgress, ImportReport } from "@/lib/certificates/import-certificates";

type Line = { progress?: ImportProgress; report?: ImportReport; error?: string };

const STAGES: Record<ImportProgress["stage"], string> = { read: "正在读取", check: "正在校验", save: "正在保存" };

/** 校验 sends the workbook; 导入 only the reference the check's report gave for it (the server kept the file). */
type ImportRequest = { mode: "check"; file: File } | { mode: "keep"; upload: string };

/** Posts with XMLHttpRequest: its upload events and the streamed lines of the answer drive the bar. */
function send(request: ImportRequest, onLine: (line: Line) => void, onUpload: (fraction: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    const drain = () => {
      const text = xhr.responseText;
      let end = text.indexOf("\n", seen);
      while (end !== -1) {
        onLine(JSON.parse(text.slice(seen, end)) as Line);
        seen = end + 1;
        end = text.indexOf("\n", seen);
      }
    };
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(e.loaded / e.total);
    xhr.onprogress = drain;
    xhr.onload = () => {
      if (xhr.getResponseHeader("content-type")?.includes("ndjson")) drain();
      else onLine({ error: refusalText(JSON.parse(xhr.responseText || "{}") as ActionState, "导入失败") });
      resolve();
    };
    xhr.onerror = () => reject(new Error("network"));
    const body = new FormData();
    body.set("mode", request.mode);
    if (request.mode === "check") body.set("file", request.file);
    else body.set("upload", request.upload);
    xhr.open("POST", "/api/certificates/import");
    xhr.send(body);
  });
}

export function ImportPanel({ limits }: { limits: string }) {
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [percent, setPercent] = useState(0);
  const [stage, setStage] = useState("");
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();

  async function run(request: ImportRequest) {
    setBusy(true);
    setError(undefined);
    setPercent(0);
    try {
      await send(
        request,
        (line) => {
          if (line.progress) {
            setStage(STAGES[line.progress.stage]);
            const base = { read: 20, check: 60, save: 70 }[line.progress.stage];
            const share = line.progress.total ? Math.round((line.progress.done / line.progress.total) * 30) : 0;
            setPercent(Math.min(99, base + share));
          }
          if (line.report) {
            setReport(line.report);
            setPercent(100);
          }
          if (line.error) setError(line.error);
        },
        (f) => {
          setStage("正在上传");
          setPercent(Math.round(f * 20));
        },
      );
    } catch {
      setError("导入失败，请检查网络后重试");
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setFile(null);
    setReport(undefined);
    setPercent(0);
    if (fileRef.current) fileRef.current.value = "";
  }

  const good = report ? report.total - report.bad.length : 0;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{limits}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
            导入文件
          </label>
          <input
            id={inputId}
            ref={fileRef}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(undefined);
            }}
            className="text-sm"
          />
        </div>
        <Button onClick={() => (file ? run({ mode: "check", file }) : setError("请选择要导入的.xlsx文件"))} disabled={busy || !file}>
          校验
        </Button>
      </div>
      {busy || percent > 0 ? (
        <div className="flex items-center gap-2 text-sm">
          <progress aria-label="导入进度" max={100} value={percent} className="h-3 w-64" />
          <span>{busy ? `${stage}… ${percent}%` : `${percent}%`}</span>
        </div>
      ) : null}
      <FormMessage ok={false} message={error} />
      {report ? (
        <section aria-label="导入结果" className="flex flex-col gap-3">
          <p data-testid="import-summary" className="text-sm">
            {report.mode === "check"
              ? `共${report.total}行：正确${good}行，错误${report.bad.length}行。`
              : `导入完成：已导入${report.kept}行，未导入${report.total - report.kept}行。`}
          </p>
          {report.bad.length ? (
            <table className="w-full max-w-2xl text-left text-sm">
              <caption className="mb-1 text-left font-medium">错误行</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th className="p-2">行号</th>
                  <th className="p-2">原因</th>
                </tr>
              </thead>
              <tbody>
                {report.bad.slice(0, 500).map((b) => (
                  <tr key={b.rowNumber} className="border-b border-slate-100" data-testid="bad-row">
                    <td className="p-2">第{b.rowNumber}行</td>
                    <td className="p-2">{b.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.bad.length > 500 ? <p className="text-xs text-slate-500">仅列出前500条错误</p> : null}
          {report.mode === "check" ? (
            <div className="flex gap-2">
              <Button onClick={() => report.upload && run({ mode: "keep", upload: report.upload })} disabled={busy || !report.upload}>
                {report.bad.length ? "导入正确的行" : "确认导入"}
              </Button>
              <Button variant="secondary" onClick={reset} disabled={busy}>
                全部不导入
              </Button>
            </div>
          ) : (
            <Link href="/title/certificates" className="text-sm text-brand-700 underline">
              返回证书补录
            </Link>
          )}
        </section>
      ) : null}
    </div>
  );
}

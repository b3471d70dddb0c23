"use client";

import { useState } from "react";
import { PersonLoginForm } from "./person-login-form";
import { UnitLoginForm } from "./unit-login-form";

const TABS = [
  { key: "person", label: "个人登录" },
  { key: "unit", label: "单位登录" },
] as const;

export type LoginTab = (typeof TABS)[number]["key"];

export function LoginTabs({ callbackUrl, initialTab = "person" }: { callbackUrl: string; initialTab?: LoginTab }) {
  const [tab, setTab] = useState<LoginTab>(initialTab);
  return (
    <section className="mt-6 w-full max-w-md rounded-lg bg-white p-6 shadow">
      <div role="tablist" aria-label="登录方式" className="mb-4 flex border-b border-slate-200">
        {TABS.map((t) => (
          <button
            key={t.key}
            role="tab"
            type="button"
            id={`tab-${t.key}`}
            aria-selected={tab === t.key}
            aria-controls={`panel-${t.key}`}
            onClick={() => setTab(t.key)}
            className={`flex-1 py-2 text-sm font-medium ${tab === t.key ? "border-b-2 border-brand-700 text-brand-700" : "text-slate-500"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "person" ? <PersonLoginForm callbackUrl={callbackUrl} /> : <UnitLoginForm />}
      </div>
    </section>
  );
}

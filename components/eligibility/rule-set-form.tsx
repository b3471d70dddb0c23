"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/field";
import { saveRuleSetAction } from "@/lib/eligibility/actions";
import type { RuleSetView } from "@/lib/eligibility/list-rule-sets";
import { routeChoice } from "@/lib/eligibility/rule-set-schema";
import { EDUCATION_LEVELS, type Route } from "@/lib/eligibility/rules";

type Cell = { route: string; years: string };
type Conventions = { countToMonthDay: string; ceMinHours: string; ceNumerator: string; ceDenominator: string; ceMaxYears: string; integrityBanYears: string };

const CONVENTION_FIELDS: [keyof Conventions, string, string][] = [
  ["countToMonthDay", "年限计算截止日（月-日）", "conventions.countToMonthDay"],
  ["ceMinHours", "继续教育每年学时", "conventions.ceMinHours"],
  ["ceNumerator", "专业科目占比（分子）", "conventions.ceProfessionalShare.numerator"],
  ["ceDenominator", "专业科目占比（分母）", "conventions.ceProfessionalShare.denominator"],
  ["ceMaxYears", "继续教育核查最近年数", "conventions.ceMaxYears"],
  ["integrityBanYears", "诚信档案限制申报年数", "conventions.integrityBanYears"],
];

function cellOf(route: Route | undefined): Cell {
  return { route: routeChoice(route), years: route && route.kind !== "direct" ? String(route.years) : "" };
}

function routeOf(cell: Cell): unknown {
  if (cell.route === "direct") return { kind: "direct" };
  if (cell.route === "graduation") return { kind: "afterGraduation", years: cell.years };
  if (cell.route.startsWith("title:")) return { kind: "sinceTitle", title: cell.route.slice(6), years: cell.years };
  return undefined;
}

/** 申报条件管理: one series' table (职称 × 最高学历) and its conventions. */
export function RuleSetForm({ view }: { view: RuleSetView }) {
  const [cells, setCells] = useState(() =>
    Object.fromEntries(view.titles.map((t) => [t, Object.fromEntries(EDUCATION_LEVELS.map((e) => [e, cellOf(view.rules.routes[t]?.[e])]))])),
  );
  const c = view.rules.conventions;
  const [conventions, setConventions] = useState<Conventions>({
    countToMonthDay: c.countToMonthDay,
    ceMinHours: String(c.ceMinHours),
    ceNumerator: String(c.ceProfessionalShare.numerator),
    ceDenominator: String(c.ceProfessionalShare.denominator),
    ceMaxYears: String(c.ceMaxYears),
    integrityBanYears: String(c.integrityBanYears),
  });
  const [result, setResult] = useState<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>();
  const [pending, setPending] = useState(false);
  const [version, setVersion] = useState(view.version);
  const errorAt = (prefix: string) => Object.entries(result?.fieldErrors ?? {}).find(([key]) => key === prefix || key.startsWith(`${prefix}.`))?.[1];

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const routes = Object.fromEntries(
      view.titles.map((t) => [t, Object.fromEntries(EDUCATION_LEVELS.flatMap((e) => (routeOf(cells[t][e]) ? [[e, routeOf(cells[t][e])]] : [])))]),
    );
    const rules = {
      routes,
      conventions: {
        countToMonthDay: conventions.countToMonthDay,
        ceMinHours: conventions.ceMinHours,
        ceProfessionalShare: { numerator: conventions.ceNumerator, denominator: conventions.ceDenominator },
        ceMaxYears: conventions.ceMaxYears,
        integrityBanYears: conventions.integrityBanYears,
      },
    };
    const res = await saveRuleSetAction({ seriesId: view.seriesId, version, rules });
    // The next save starts from the version this one wrote (the page's refresh keeps this form and its message).
    if (res.ok && res.data) setVersion(res.data.version);
    setResult(res);
    setPending(false);
  }

  const setCell = (t: string, e: string, patch: Partial<Cell>) => setCells((all) => ({ ...all, [t]: { ...all[t], [e]: { ...all[t][e], ...patch } } }));

  return (
    <form onSubmit={save} noValidate aria-label={`${view.seriesName}申报条件`}>
      <div className="overflow-x-auto">
        <table className="mb-4 min-w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-medium">{view.seriesName}：各职称按最高学历的申报路径</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">申报职称</th>
              {EDUCATION_LEVELS.map((e) => (
                <th key={e} scope="col" className="p-2">
                  {e}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.titles.map((t, rank) => (
              <tr key={t} className="border-b border-slate-100 align-top">
                <th scope="row" className="p-2 text-left font-medium">
                  {t}
                </th>
                {EDUCATION_LEVELS.map((e) => {
                  const cell = cells[t][e];
                  const error = errorAt(`routes.${t}.${e}`);
                  const errorId = `err-${rank}-${e}`;
                  return (
                    <td key={e} className="p-2">
                      <select
                        aria-label={`${t}（${e}）申报路径`}
                        aria-describedby={error ? errorId : undefined}
                        aria-invalid={error ? true : undefined}
                        value={cell.route}
                        onChange={(ev) => setCell(t, e, { route: ev.target.value })}
                        className={`${inputClass} min-w-32`}
                      >
                        <option value="">不能申报</option>
                        <option value="direct">可直接申报</option>
                        <option value="graduation">毕业后满…年</option>
                        {view.titles.slice(0, rank).map((lower) => (
                          <option key={lower} value={`title:${lower}`}>
                            取得{lower}后满…年
                          </option>
                        ))}
                      </select>
                      {cell.route && cell.route !== "direct" ? (
                        <input
                          aria-label={`${t}（${e}）年限`}
                          aria-describedby={error ? errorId : undefined}
                          inputMode="numeric"
                          value={cell.years}
                          onChange={(ev) => setCell(t, e, { years: ev.target.value })}
                          className={`${inputClass} mt-1 w-20`}
                        />
                      ) : null}
                      <p id={errorId} className="min-h-4 text-xs text-red-600" aria-live="polite">
                        {error ?? ""}
                      </p>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="mb-4 grid gap-x-4 sm:grid-cols-3">
        <legend className="mb-2 font-medium">计算规则</legend>
        {CONVENTION_FIELDS.map(([key, label, path]) => {
          const error = errorAt(path);
          return (
            <div key={key} className="mb-2 flex flex-col gap-1">
              <label htmlFor={`conv-${key}`} className="text-sm text-slate-700">
                {label}
              </label>
              <input
                id={`conv-${key}`}
                value={conventions[key]}
                onChange={(ev) => setConventions((all) => ({ ...all, [key]: ev.target.value }))}
                aria-describedby={`conv-${key}-error`}
                aria-invalid={error ? true : undefined}
                className={inputClass}
              />
              <p id={`conv-${key}-error`} className="min-h-4 text-xs text-red-600" aria-live="polite">
                {error ?? ""}
              </p>
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-col gap-2">
        <FormMessage ok={result?.ok} message={result?.message} />
        <div>
          <Button type="submit" disabled={pending}>
            保存
          </Button>
        </div>
      </div>
    </form>
  );
}

import Link from "next/link";
import type { MenuGroup } from "@/lib/auth/menu";

// Collapsible at phone width (a native <details>, so it works with the keyboard and without script).
export function SideNav({ groups }: { groups: MenuGroup[] }) {
  const bySubsystem = new Map<string, MenuGroup[]>();
  for (const g of groups) bySubsystem.set(g.subsystem, [...(bySubsystem.get(g.subsystem) ?? []), g]);
  return (
    <nav aria-label="主菜单" className="md:w-60 md:shrink-0">
      <details className="group rounded bg-white shadow-sm md:open:block" open>
        <summary className="cursor-pointer list-none px-4 py-3 text-sm font-semibold text-slate-700 md:hidden">菜单</summary>
        <ul className="px-2 pb-3">
          {[...bySubsystem].map(([subsystem, sections]) => (
            <li key={subsystem} className="mt-2">
              <p className="px-2 py-1 text-sm font-semibold text-brand-800">{subsystem}</p>
              {sections.map((section) => (
                <div key={section.section} className="ml-2">
                  <p className="px-2 py-1 text-xs text-slate-500">{section.section}</p>
                  <ul>
                    {section.items.map((item) => (
                      <li key={item.href}>
                        <Link href={item.href} className="block rounded px-3 py-1.5 text-sm text-slate-800 hover:bg-brand-50">
                          {item.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

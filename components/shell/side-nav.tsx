import Link from "next/link";
import type { MenuGroup } from "@/lib/auth/menu";

function MenuList({ groups }: { groups: MenuGroup[] }) {
  const bySubsystem = new Map<string, MenuGroup[]>();
  for (const g of groups) bySubsystem.set(g.subsystem, [...(bySubsystem.get(g.subsystem) ?? []), g]);
  return (
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
  );
}

// At phone width the menu folds into a native <details> (keyboard-operable without script); on wider screens it
// is a fixed column. Only one of the two is displayed, so assistive technology sees one menu.
export function SideNav({ groups }: { groups: MenuGroup[] }) {
  return (
    <nav aria-label="主菜单" className="rounded bg-white shadow-sm md:w-60 md:shrink-0 md:self-start">
      <details className="md:hidden">
        <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-700">菜单</summary>
        <MenuList groups={groups} />
      </details>
      <div className="hidden md:block">
        <MenuList groups={groups} />
      </div>
    </nav>
  );
}

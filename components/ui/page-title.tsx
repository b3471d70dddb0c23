export function PageTitle({ title, trail }: { title: string; trail?: string[] }) {
  return (
    <div className="mb-4">
      {trail?.length ? <p className="text-xs text-slate-500">{trail.join(" → ")}</p> : null}
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
    </div>
  );
}

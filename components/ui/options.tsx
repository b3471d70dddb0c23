/** The options of a select, with an optional empty first choice ("请选择", "全部"). */
export function Options({ items, empty }: { items: { value: string; label: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {items.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

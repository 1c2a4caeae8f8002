/** A titled group of fields in the long biller form (a fieldset, so the title names the group). */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <fieldset className="space-y-3 border-t border-slate-200 pt-5 first-of-type:border-t-0 first-of-type:pt-0">
      <legend className="contents">
        <span className="block text-base font-semibold text-slate-900">{title}</span>
      </legend>
      {description ? <p className="-mt-1 text-sm text-slate-600">{description}</p> : null}
      {children}
    </fieldset>
  );
}

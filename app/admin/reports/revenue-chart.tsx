import { formatRupiah } from '@/lib/domain/money';

/** A small bar chart of net revenue per day, drawn as plain markup (no client script). */
export function RevenueChart({
  label,
  points,
}: {
  label: string;
  points: { label: string; value: number }[];
}) {
  const max = Math.max(1, ...points.map((point) => Math.abs(point.value)));
  return (
    <figure aria-label={label} className="rounded-card border border-slate-200 bg-white p-3">
      <div className="flex h-32 items-end gap-0.5" aria-hidden="true">
        {points.map((point) => (
          <div
            key={point.label}
            title={`${point.label}: ${formatRupiah(point.value)}`}
            className={
              point.value < 0 ? 'flex-1 rounded-t bg-red-400' : 'bg-brand-500 flex-1 rounded-t'
            }
            style={{ height: `${Math.max(2, (Math.abs(point.value) / max) * 100)}%` }}
          />
        ))}
      </div>
      <div className="mt-1 flex justify-between text-[10px] text-slate-500" aria-hidden="true">
        <span>{points[0]?.label}</span>
        <span>{points[points.length - 1]?.label}</span>
      </div>
    </figure>
  );
}

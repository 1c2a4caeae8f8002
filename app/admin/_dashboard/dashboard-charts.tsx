'use client';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

// The dashboard's two charts. The server hands over plain numbers and words already in the
// reader's language; each chart is described by the text next to it and repeated as a table
// for anyone who cannot see it.

export type DayPoint = {
  label: string;
  succeeded: number;
  failed: number;
  other: number;
};

const AXIS = { fontSize: 12, fill: '#475569' };
const compact = (locale: string) =>
  new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });

export function DayChart({
  data,
  labels,
}: {
  data: DayPoint[];
  labels: { succeeded: string; failed: string; other: string };
}) {
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: '#f1f5f9' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="succeeded" name={labels.succeeded} stackId="day" fill="#15803d" />
          <Bar dataKey="failed" name={labels.failed} stackId="day" fill="#b91c1c" />
          <Bar
            dataKey="other"
            name={labels.other}
            stackId="day"
            fill="#94a3b8"
            radius={[3, 3, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type CategoryPoint = { label: string; amount: number; formatted: string };

export function CategoryChart({
  data,
  locale,
  seriesLabel,
}: {
  data: CategoryPoint[];
  locale: string;
  seriesLabel: string;
}) {
  const format = compact(locale);
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis
            type="number"
            tick={AXIS}
            tickLine={false}
            tickFormatter={(value: number) => format.format(value)}
          />
          <YAxis type="category" dataKey="label" tick={AXIS} tickLine={false} width={96} />
          <Tooltip
            cursor={{ fill: '#f1f5f9' }}
            formatter={(_value, _name, item) => [
              (item.payload as CategoryPoint).formatted,
              seriesLabel,
            ]}
          />
          <Bar dataKey="amount" name={seriesLabel} fill="#0f766e" radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

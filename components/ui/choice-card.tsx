import { cn } from './cn';

/**
 * A radio option drawn as a card (a denomination, a payment method). The native radio stays
 * in the card, so arrow keys and screen readers work as with any radio group.
 */
export function ChoiceCard({
  name,
  value,
  checked,
  onChange,
  hideRadio = false,
  className,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  hideRadio?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <label
      className={cn(
        'has-focus-visible:ring-brand-700 flex cursor-pointer rounded-lg border px-3 py-2 has-focus-visible:ring-2',
        checked ? 'border-brand-700 bg-brand-50' : 'border-slate-200 hover:border-slate-300',
        className,
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        className={hideRadio ? 'sr-only' : 'accent-brand-700 size-4 self-center'}
      />
      {children}
    </label>
  );
}

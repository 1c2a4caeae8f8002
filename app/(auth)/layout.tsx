import { ClientMessages } from '@/components/i18n/client-messages';
import { Brand } from '@/components/shell/brand';
import { LocaleSwitch } from '@/components/shell/locale-switch';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-md items-center justify-between px-4 py-4">
        <Brand />
        <LocaleSwitch />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 pb-12">
        <ClientMessages area="auth">{children}</ClientMessages>
      </main>
    </div>
  );
}

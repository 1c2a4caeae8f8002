import { ExternalLink } from 'lucide-react';
import { useTranslations } from 'next-intl';

const KINDS = ['ktp', 'selfie'] as const;

/**
 * The KTP photo and the selfie, side by side and large enough to read; each opens at full size
 * in a new tab. The image route checks the admin and logs the view itself.
 */
export function SubmissionImages({ id, name }: { id: string; name: string }) {
  const t = useTranslations('identityReview');
  return (
    <section aria-labelledby="images-heading" className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="images-heading" className="text-lg font-semibold">
          {t('imagesTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('imagesHint')}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {KINDS.map((kind) => {
          const src = `/api/identity/submissions/${encodeURIComponent(id)}/images/${kind}`;
          return (
            <figure
              key={kind}
              className="rounded-card border border-slate-200 bg-white p-2 shadow-sm"
            >
              <a
                href={src}
                target="_blank"
                rel="noopener noreferrer"
                className="block overflow-hidden rounded-md bg-slate-100"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- a private, per-request image behind an authorized route: next/image would cache and resize it through the image optimizer */}
                <img
                  src={src}
                  alt={t(kind === 'ktp' ? 'ktpAlt' : 'selfieAlt', { name })}
                  className="h-80 w-full object-contain p-2 text-sm text-slate-500 lg:h-96"
                />
              </a>
              <figcaption className="flex items-center justify-between gap-2 px-1 pt-2 text-sm">
                <span className="font-medium text-slate-700">
                  {t(kind === 'ktp' ? 'ktpPhoto' : 'selfiePhoto')}
                </span>
                <a
                  href={src}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-brand-700 inline-flex items-center gap-1 font-medium hover:underline"
                >
                  {t('openFullSize')}
                  <ExternalLink aria-hidden="true" className="size-3.5" />
                  <span className="sr-only">
                    : {t(kind === 'ktp' ? 'ktpPhoto' : 'selfiePhoto')}
                  </span>
                </a>
              </figcaption>
            </figure>
          );
        })}
      </div>
    </section>
  );
}

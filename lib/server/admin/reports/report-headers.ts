import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ReportCsvHeaders } from './export-report';

/** The CSV column titles: the tables' own headings, in the reader's language. */
export async function reportCsvHeaders(): Promise<ReportCsvHeaders> {
  const t = await getTranslations('reports');
  return {
    revenue: [
      t('revenue.columnDay'),
      t('revenue.columnEarned'),
      t('revenue.columnReturned'),
      t('revenue.columnCommissions'),
      t('revenue.columnNet'),
    ],
    commissions: [
      t('commissions.columnOutlet'),
      t('commissions.columnSales'),
      t('commissions.columnCommission'),
    ],
    volume: [
      t('volume.columnCode'),
      t('volume.columnBiller'),
      t('volume.columnCount'),
      t('volume.columnBillAmount'),
      t('volume.columnAdminFees'),
    ],
  };
}

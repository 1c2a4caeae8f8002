import { getLocale } from 'next-intl/server';
import { requireActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { isAppError } from '@/lib/server/errors';
import { getReceipt } from '@/lib/server/receipts/get-receipt';
import { renderReceiptPdf } from '@/lib/server/receipts/receipt-pdf';

// The receipt as the PDF the e-mail carries, for the customer who paid.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const receipt = await getReceipt({
      actor: await requireActor(['CUSTOMER']),
      transactionId: id,
    });
    const pdf = await renderReceiptPdf(receipt, toLocale(await getLocale()), receipt.verifyUrl);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${receipt.number}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isAppError(error) && ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(error.code)) {
      return new Response(null, { status: error.code === 'UNAUTHENTICATED' ? 401 : 404 });
    }
    throw error;
  }
}

import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { ReceiptData } from '@/lib/domain/receipt';
import { parseEmailPayload, renderEmail } from '@/lib/server/outbox/templates';

const data: ReceiptData = {
  transactionId: 'txn_1',
  biller: {
    code: 'PLN_PREPAID',
    nameId: 'PLN Token Listrik',
    nameEn: 'PLN electricity token',
    kind: 'PREPAID',
    category: 'ELECTRICITY',
  },
  product: { code: 'PLNPRE50', nameId: 'Token PLN 50.000', nameEn: 'PLN token 50,000' },
  customerNo: '14000000011',
  customerName: 'Budi <b>Santoso</b> & "Co"',
  operator: null,
  details: { meterNo: '14000000011', idpel: '532000000011', tariff: 'R1', powerVa: 1300 },
  periods: [],
  billAmount: 50_000,
  penalty: 0,
  adminFee: 2_500,
  methodFee: 4_000,
  total: 56_500,
  payment: { method: 'VA', channel: 'BCA', cardLast4: null },
  billerRef: 'SBX000000000042',
  token: '12345678901234567890',
  kwhHundredths: 3356,
  paidAt: '2026-11-24T08:05:00.000Z',
};

const payload = {
  name: 'Siti Rahayu',
  receipt: { number: 'LKT-2026-00000042', issuedAt: '2026-11-24T08:05:01.000Z', data },
  receiptUrl: 'https://loket.id/home/payments/txn_1/receipt',
  verifyUrl: 'https://loket.id/verify/LKT-2026-00000042.AAAAAAAAAAAAAAAAAAAAAA',
};

describe('the receipt e-mail', () => {
  it('has the subject, the lines, the grouped token and a PDF, in Indonesian', async () => {
    const email = await renderEmail('receipt', 'id', payload);
    expect(email.subject).toBe('Struk pembayaran PLN Token Listrik – Rp56.500 – LKT-2026-00000042');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('1234-5678-9012-3456-7890');
      expect(part).toContain('Rp56.500');
      expect(part).toContain('LKT-2026-00000042');
    }
    expect(email.text).toContain('Total bayar: Rp56.500');
    expect(email.text).toContain(payload.verifyUrl);
    expect(email.html).toContain('lang="id"');
    expect(email.html).not.toContain('<b>Santoso</b>');
    expect(email.html).toContain('Budi &lt;b&gt;Santoso&lt;/b&gt; &amp; &quot;Co&quot;');

    const [pdf, ...more] = email.attachments ?? [];
    expect(more).toEqual([]);
    expect(pdf).toMatchObject({
      filename: 'LKT-2026-00000042.pdf',
      contentType: 'application/pdf',
    });
    const parser = new PDFParse({ data: new Uint8Array(pdf!.content as Buffer) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain('LKT-2026-00000042');
    expect(text).toContain('Rp56.500');
    expect(text).toContain('1234-5678-9012-3456-7890');
  });

  it('speaks English to an English reader', async () => {
    const email = await renderEmail('receipt', 'en', payload);
    expect(email.subject).toBe(
      'Payment receipt PLN electricity token – Rp56.500 – LKT-2026-00000042',
    );
    expect(email.text).toContain('Total paid: Rp56.500');
    expect(email.text).toContain('Enter this token on your electricity meter');
  });

  it('refuses a payload whose receipt is incomplete or whose links are not web links', () => {
    expect(() => parseEmailPayload('receipt', { ...payload, verifyUrl: 'javascript:1' })).toThrow();
    expect(() =>
      parseEmailPayload('receipt', { ...payload, receipt: { ...payload.receipt, number: 'X' } }),
    ).toThrow();
  });
});

import { fetchSettlementFile, type SettlementFeed } from '../settlement-feed';
import { signedHeaders } from './signature';
import type { TransportConfig } from './transport';

/** The switch's settlement file: `GET {baseUrl}/settlement?date=`, signed over the empty body. */
export function createHttpBillerSettlement(
  config: TransportConfig & { timeoutMs: number; maxBytes: number },
): SettlementFeed {
  return {
    fetchSettlement: (date) =>
      fetchSettlementFile({
        provider: 'biller-switch',
        url: `${config.baseUrl.replace(/\/+$/, '')}/settlement?date=${encodeURIComponent(date)}`,
        headers: signedHeaders(config.partnerId, config.key, ''),
        timeoutMs: config.timeoutMs,
        maxBytes: config.maxBytes,
        fallbackName: `biller-settlement-${date}.csv`,
        fetch: config.fetch,
      }),
  };
}

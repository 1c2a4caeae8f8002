import { fetchSettlementFile, type SettlementFeed } from '../settlement-feed';
import type { TransportConfig } from './transport';

/** The gateway's settlement file: `GET {baseUrl}/settlement?date=` with the server key. */
export function createHttpGatewaySettlement(
  config: TransportConfig & { maxBytes: number },
): SettlementFeed {
  return {
    fetchSettlement: (date) =>
      fetchSettlementFile({
        provider: 'payment-gateway',
        url: `${config.baseUrl.replace(/\/+$/, '')}/settlement?date=${encodeURIComponent(date)}`,
        headers: {
          Authorization: `Basic ${Buffer.from(`${config.serverKey}:`).toString('base64')}`,
        },
        timeoutMs: config.timeoutMs,
        maxBytes: config.maxBytes,
        fallbackName: `gateway-settlement-${date}.csv`,
        fetch: config.fetch,
      }),
  };
}

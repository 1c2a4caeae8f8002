import type { Route } from '../http';
import { apiRoutes } from './api-routes';
import { cardRoutes } from './card-routes';
import { controlRoutes } from './control';
import { createGateway, type GatewayOptions } from './gateway';
import { settlementRoutes } from './settlement-routes';
import { simulatorRoutes } from './simulator-routes';
import { walletRoutes } from './wallet-routes';

/** The payment gateway (docs/gateway.md): merchant API, hosted pages, simulator, control API. */
export function createGatewayRoutes(
  options: GatewayOptions & { key: string; publicUrl?: string },
): Route[] {
  const gateway = createGateway(options);
  return [
    ...apiRoutes(gateway, options),
    ...cardRoutes(gateway),
    ...walletRoutes(gateway),
    ...simulatorRoutes(gateway),
    ...controlRoutes(gateway),
    ...settlementRoutes(gateway, options),
  ];
}

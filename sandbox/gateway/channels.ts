// Payment methods, their channels, and how long a charge of each stays payable by default.

export const CHANNELS = {
  VA: ['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA'],
  CARD: ['CARD'],
  EWALLET: ['GOPAY', 'OVO', 'DANA', 'SHOPEEPAY', 'QRIS'],
} as const;

export type Method = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[Method][number];
export type Bank = (typeof CHANNELS)['VA'][number];

export const METHODS = Object.keys(CHANNELS) as Method[];
export const ALL_CHANNELS = METHODS.flatMap((method) => CHANNELS[method]) as Channel[];

export const DEFAULT_EXPIRY_SECONDS: Record<Method, number> = {
  VA: 24 * 60 * 60,
  CARD: 15 * 60,
  EWALLET: 15 * 60,
};

// QRIS transactions are capped by Bank Indonesia's rule for the scheme.
export const QRIS_MAX_AMOUNT = 10_000_000;

export const isChannelOf = (method: Method, channel: Channel) =>
  (CHANNELS[method] as readonly Channel[]).includes(channel);

/** The e-wallets paid on an approval page (QRIS is paid by scanning instead). */
export const isApprovalWallet = (channel: Channel) =>
  channel !== 'QRIS' && isChannelOf('EWALLET', channel);

// The fixed demo accounts documented in the README. Every one uses the same password.
export const DEMO_PASSWORD = 'demo-loket-2026';

export const DEMO_ACCOUNTS = {
  customer: {
    email: 'pelanggan@demo.loket.id',
    name: 'Siti Rahayu',
    role: 'CUSTOMER',
    verified: true,
  },
  newCustomer: {
    email: 'baru@demo.loket.id',
    name: 'Budi Santoso',
    role: 'CUSTOMER',
    verified: false,
  },
  // E-mail verified, KTP sent: waits in the admin's identity review queue.
  inReview: {
    email: 'ktp@demo.loket.id',
    name: 'Rina Kartika',
    role: 'CUSTOMER',
    verified: 'email',
  },
  agent: { email: 'agen@demo.loket.id', name: 'Agus Wijaya', role: 'AGENT', verified: true },
  admin: { email: 'admin@demo.loket.id', name: 'Admin Loket', role: 'ADMIN', verified: true },
} as const;

export const DEMO_OUTLET = {
  name: 'Loket Berkah Jaya',
  address: 'Jl. Merdeka No. 12, Sumur Bandung, Kota Bandung',
} as const;

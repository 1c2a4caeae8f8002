import { jakartaNow, type Product } from './product';
import { personName, seedOf, type Seed } from './seed';

// Tickets booked elsewhere and paid at the counter: a KAI train booking code, an event booking.
// The single "period" is the departure or event date, and its amount the ticket price.

const TRAINS = [
  { train: 'Argo Parahyangan', origin: 'Gambir (GMR)', destination: 'Bandung (BD)', fare: 150_000 },
  {
    train: 'Argo Bromo Anggrek',
    origin: 'Gambir (GMR)',
    destination: 'Surabaya Pasarturi (SBI)',
    fare: 650_000,
  },
  { train: 'Taksaka', origin: 'Gambir (GMR)', destination: 'Yogyakarta (YK)', fare: 450_000 },
  { train: 'Gajayana', origin: 'Gambir (GMR)', destination: 'Malang (ML)', fare: 580_000 },
  { train: 'Lodaya', origin: 'Bandung (BD)', destination: 'Solo Balapan (SLO)', fare: 320_000 },
  {
    train: 'Jayakarta',
    origin: 'Pasar Senen (PSE)',
    destination: 'Surabaya Gubeng (SGU)',
    fare: 280_000,
  },
];

const EVENTS = [
  { event: 'Konser Simfoni Nusantara', venue: 'Istora Senayan, Jakarta', price: 350_000 },
  { event: 'Festival Jazz Kota Tua', venue: 'Taman Fatahillah, Jakarta', price: 250_000 },
  { event: 'Pameran Kopi Indonesia', venue: 'JIExpo Kemayoran, Jakarta', price: 75_000 },
  { event: 'Pentas Wayang Semalam Suntuk', venue: 'Taman Budaya Yogyakarta', price: 100_000 },
  { event: 'Konser Rock Parahyangan', venue: 'Lapangan Gasibu, Bandung', price: 200_000 },
  { event: 'Malam Komedi Surabaya', venue: 'Grand City Convex, Surabaya', price: 150_000 },
];

/** A date 3 to 40 days ahead, as ISO 8601 with the Jakarta offset. */
function upcoming(seed: Seed): string {
  const day = jakartaNow();
  day.setUTCDate(day.getUTCDate() + seed.int(3, 3, 40));
  const date = day.toISOString().slice(0, 10);
  const hour = String(seed.int(4, 6, 21)).padStart(2, '0');
  const minute = seed.pick(5, ['00', '15', '30', '45']);
  return `${date}T${hour}:${minute}:00+07:00`;
}

const kai: Product = {
  code: 'KAI',
  kind: 'bill',
  accepts: (customerNo) => /^[A-Z0-9]{7}$/.test(customerNo),
  describe(customerNo) {
    const seed = seedOf('KAI', customerNo);
    const { fare, ...trip } = seed.pick(1, TRAINS);
    const passengers = seed.int(2, 1, 4);
    const departure = upcoming(seed);
    return {
      name: personName(seed),
      details: { ...trip, departure, passengers },
      periods: [{ period: departure.slice(0, 10), amount: fare * passengers, penalty: 0 }],
    };
  },
};

const eventTickets: Product = {
  code: 'TIXEVENT',
  kind: 'bill',
  accepts: (customerNo) => /^TIX[A-Z0-9]{7}$/.test(customerNo),
  describe(customerNo) {
    const seed = seedOf('TIXEVENT', customerNo);
    const { price, ...event } = seed.pick(1, EVENTS);
    const tickets = seed.int(2, 1, 4);
    const date = upcoming(seed);
    return {
      name: personName(seed),
      details: { ...event, date, tickets },
      periods: [{ period: date.slice(0, 10), amount: price * tickets, penalty: 0 }],
    };
  },
};

export const ticketProducts: Product[] = [kai, eventTickets];

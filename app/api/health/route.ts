import { checkHealth } from '@/lib/server/health';

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { headers: { 'Cache-Control': 'no-store' } });
}

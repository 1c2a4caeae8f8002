import { env } from '@/lib/env';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// Keys whose values must never reach a log line, wherever they appear.
const REDACTED = /password|token|secret|authorization|cookie|nik|card|cvv/i;

function redact(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Error)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        REDACTED.test(key) ? '[redacted]' : redact(inner),
      ]),
    );
  }
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** One JSON object per line: time, level, message, and context such as requestId and actorId. */
export function log(level: Level, message: string, context: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[env.LOG_LEVEL]) return;
  const line = JSON.stringify({
    ...(redact(context) as object),
    time: new Date().toISOString(),
    level,
    message,
  });
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}

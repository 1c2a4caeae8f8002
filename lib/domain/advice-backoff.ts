// How long to wait before asking the biller again about a payment it has not settled. Starts
// quick (most pending answers settle within a minute) and backs off to a steady half hour.
const STEPS_SECONDS = [15, 30, 60, 120, 300, 600, 1800];

export function nextAdviceDelaySeconds(attempt: number): number {
  return STEPS_SECONDS[Math.min(Math.max(attempt, 0), STEPS_SECONDS.length - 1)] ?? 1800;
}

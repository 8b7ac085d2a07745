/**
 * Whether a channel is configured, from the settings it needs: false when none is given (the
 * channel is off), true when all are; some but not all is a mistake worth stopping for, and the
 * error names the missing ones. `alsoOn` turns the channel on without any required setting
 * (e.g. a local provider URL), which then requires them all.
 */
export function requireAllOrNone<K extends string>(channel: string, config: Partial<Record<K, string | undefined>>, required: readonly K[], alsoOn = false): boolean {
  const given = required.filter((name) => config[name]);
  if (given.length === 0 && !alsoOn) return false;
  const missing = required.filter((name) => !config[name]);
  if (missing.length > 0) throw new Error(`${channel} is half-configured: set ${missing.join(', ')} too, or none of the ${channel} settings`);
  return true;
}

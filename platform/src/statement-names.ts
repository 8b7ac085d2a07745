import { createHash } from 'node:crypto';

/** Texts remembered as seen once (for `sightings: 2`) before the memory starts over. */
const SEEN_ONCE_LIMIT = 10_000;

/**
 * Names for parameterised statements, so a pooled connection prepares each text once and
 * PostgreSQL reuses its parse and plan (custom plans for the first five runs, then a generic plan
 * when that is no dearer).
 *
 * The name is a hash of the text, so one text always has one name (pg refuses a name reused for
 * another text). At most `max` texts are named per process, which bounds what each backend keeps.
 * With `sightings: 2` a text is named only when it comes a second time: texts that carry a
 * one-off value (an ORM insert with an amount written into it) are never named, so they cannot
 * use up the names the repeated statements need.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new Set<string>();
  private generation = 0;

  constructor(
    private readonly prefix: string,
    private readonly options: { max: number; sightings: 1 | 2 },
  ) {}

  /** The name to prepare `text` under, or undefined to send it unnamed (parsed and planned each time). */
  nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.options.max) return known;
    if (this.options.sightings > 1 && !this.seenOnce.has(text)) {
      if (this.seenOnce.size >= SEEN_ONCE_LIMIT) this.seenOnce.clear();
      this.seenOnce.add(text);
      return undefined;
    }
    this.seenOnce.delete(text);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    const name = this.generation ? `${this.prefix}_g${this.generation}_${hash}` : `${this.prefix}_${hash}`;
    this.names.set(text, name);
    return name;
  }

  /**
   * Forgets every name: later uses prepare their texts again under new names on every connection.
   * For when PostgreSQL refuses a prepared statement because a table changed under it (a
   * migration added a column to what a `select *` returns: isStalePlan).
   */
  invalidate(): void {
    this.names.clear();
    this.seenOnce.clear();
    this.generation++;
  }

  get size(): number {
    return this.names.size;
  }
}

/**
 * PostgreSQL's refusal to run a prepared statement whose result columns changed since it was
 * prepared (ALTER TABLE … ADD COLUMN under a `select *`, as in a rolling update whose new
 * version migrated first). The statement stays refused on that connection, so its name must
 * change; outside a transaction the statement can simply be sent again.
 */
export function isStalePlan(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}

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
    const name = `${this.prefix}_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    this.names.set(text, name);
    return name;
  }

  get size(): number {
    return this.names.size;
  }
}
